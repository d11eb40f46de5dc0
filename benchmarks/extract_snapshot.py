"""Record, or check, everything ``extract_events`` says about a fixed set of articles.

Usage::

    python benchmarks/extract_snapshot.py write SNAPSHOT.json [--timebank]
    python benchmarks/extract_snapshot.py check SNAPSHOT.json [--timebank]

The set is the seed article (``resources/seed-article.txt``) and every MEANTIME
article (``../shared/corpora/meantime-en``, detokenised as
``extract_smoke.py`` does), plus with ``--timebank`` every TimeBank document
(``../shared/corpora/tbaq-cleaned/TimeBank``).  For each article the snapshot holds
the DCT, its basis, and every candidate field (title, date, basis, category,
confidence, place, participants, evidence offsets).  ``check`` prints every article
whose output differs from the snapshot and exits 1 if any does: a refactoring of the
extractor must leave it at 0.  The snapshot is written outside the repository (the
corpora are evaluation data only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.extract_smoke import detokenize
from benchmarks.timex_eval import read_tml
from timeline_app.extract import extract_events

SHARED = ROOT.parent / "shared"
SEED = ROOT / "resources" / "seed-article.txt"


def articles(timebank: bool) -> list[tuple[str, str, Any]]:
    """``(name, text, dct)`` for every article of the set (dct ``None``: from the dateline)."""
    found: list[tuple[str, str, Any]] = [("seed", SEED.read_text(encoding="utf-8"), None)]
    for path in sorted((SHARED / "corpora" / "meantime-en").glob("*.tml")):
        dct, text = read_tml(path)
        found.append((f"meantime/{path.stem}", detokenize(text.strip("\n")), dct))
    if timebank:
        for path in sorted((SHARED / "corpora" / "tbaq-cleaned" / "TimeBank").glob("*.tml")):
            dct, text = read_tml(path)
            found.append((f"timebank/{path.stem}", text, dct))
    return found


def describe(text: str, dct: Any) -> dict[str, Any]:
    """Everything the extractor returns for one article, as plain JSON values."""
    result = extract_events(text, dct)
    return {
        "dct": result.dct.isoformat() if result.dct else None,
        "dct_basis": result.dct_basis,
        "timexes": [[t.start, t.end, t.type, t.value] for t in result.timexes],
        "candidates": [
            {
                "title": c.title, "date": str(c.date), "date_repr": repr(c.date),
                "date_basis": c.date_basis, "category": c.category,
                "confidence": c.confidence, "location": c.location,
                "participants": list(c.participants),
                "evidence": [[e.start, e.end, e.date_start, e.date_end] for e in c.evidence],
            }
            for c in result.candidates
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("write", "check"))
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--timebank", action="store_true", help="also every TimeBank document")
    args = parser.parse_args(argv)
    now = {name: describe(text, dct) for name, text, dct in articles(args.timebank)}
    if args.action == "write":
        args.snapshot.write_text(json.dumps(now, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{len(now)} articles written to {args.snapshot}")
        return 0
    before = json.loads(args.snapshot.read_text(encoding="utf-8"))
    differ = [name for name in now if before.get(name) != now[name]]
    missing = [name for name in before if name not in now]
    for name in differ:
        print(f"DIFFERS: {name}")
        old, new = before.get(name, {}), now[name]
        for key in ("dct", "dct_basis", "timexes"):
            if old.get(key) != new[key]:
                print(f"   {key}: {old.get(key)!r} -> {new[key]!r}")
        old_c = {json.dumps(c, sort_keys=True) for c in old.get("candidates", [])}
        new_c = {json.dumps(c, sort_keys=True) for c in new["candidates"]}
        for c in sorted(old_c - new_c):
            print(f"   - {c}")
        for c in sorted(new_c - old_c):
            print(f"   + {c}")
    print(f"{len(now)} articles, {len(differ)} differ, {len(missing)} missing")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
