"""The pairs the import review flags as one event told twice (``ui.told_twice``) on the
repository's dev and held-out articles, this tree's rule beside another tree's in the
same run: how many flags each gives, and the pairs only one of them flags (to read).

    PYTHONPATH=. python benchmarks/told_twice_devset.py [--baseline REV]

The articles are extracted once (as the app reads them, the gold DCT given) and both
rules judge the same candidates; the baseline's ``told_twice.py`` is taken from ``git
show REV:timeline_app/ui/told_twice.py`` (default ``main``) and loaded beside this one.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.extract_eval import load_dataset
from timeline_app.extract import extract_events
from timeline_app.ui import told_twice as ours


def _baseline(rev: str):  # type: ignore[no-untyped-def]
    source = subprocess.run(["git", "show", f"{rev}:timeline_app/ui/told_twice.py"],
                            check=True, capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "told_twice_baseline.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("told_twice_baseline", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default="main")
    args = parser.parse_args()
    base = _baseline(args.baseline)
    totals = {"baseline": 0, "this tree": 0}
    for article in load_dataset():
        candidates = extract_events(article.text, article.dct).candidates
        pairs = {}
        for name, module in (("baseline", base), ("this tree", ours)):
            found = module.told_twice(candidates)
            pairs[name] = {tuple(sorted((row, t.row))) for row, t in found.items()}
            totals[name] += len(pairs[name])
        for name, other in (("baseline", "this tree"), ("this tree", "baseline")):
            for a, b in sorted(pairs[name] - pairs[other]):
                print(f"only {name}: {article.name}{' (held out)' if article.heldout else ''}: "
                      f"{candidates[a].date.describe()} “{candidates[a].title}” / "
                      f"{candidates[b].date.describe()} “{candidates[b].title}”")
    print(f"pairs flagged: baseline {args.baseline} {totals['baseline']}, "
          f"this tree {totals['this tree']}")


if __name__ == "__main__":
    main()
