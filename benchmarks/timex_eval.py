"""Score the temporal tagger against a folder of TimeML (.tml) gold files.

Usage::

    python benchmarks/timex_eval.py CORPUS_DIR [--out SYSTEM_DIR] [--errors]
                                    [--classes N] [--mode news|narrative]
                                    [--scorer PATH/timex_score.py]

For every ``.tml`` file the DCT and the plain text of ``<TEXT>`` are read the
way the TempEval-3 style scorer does (tags stripped, HTML entities
unescaped), :func:`timeline_app.extract.timex.tag_timexes` is run, a system
``.tml`` with the tagger's TIMEX3 tags is written, and the scorer
(``../shared/tools/timex_score.py`` next to the repository by default) is
applied.  Prints strict/relaxed F1, type F1, value F1 and the tagging time;
``--errors`` lists every error, ``--classes N`` the N biggest classes of them.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import html
import importlib.util
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline_app.extract.timex import Timex, tag_timexes

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_DCT = re.compile(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", re.DOTALL)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)


def read_tml(path: Path) -> tuple[_dt.date, str]:
    """Read the DCT and the plain text of a TimeML file.

    Args:
        path: The ``.tml`` file.

    Returns:
        The document creation date and the text inside ``<TEXT>`` with all tags
        stripped and entities unescaped (as the scorer computes it).
    """
    src = path.read_text(encoding="utf-8")
    m = _DCT.search(src)
    if not m:
        raise ValueError(f"no DCT in {path}")
    dct = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    body_m = _TEXT.search(src)
    body = body_m.group(1) if body_m else ""
    plain, pos = [], 0
    for t in _TAG.finditer(body):
        plain.append(html.unescape(body[pos : t.start()]))
        pos = t.end()
    plain.append(html.unescape(body[pos:]))
    return dct, "".join(plain)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(s: str) -> str:
    return _esc(s).replace('"', "&quot;")


def render_tml(docid: str, dct: _dt.date, text: str, timexes: list[Timex]) -> str:
    """Render a system TimeML file with the tagger's TIMEX3 tags."""
    parts, pos = [], 0
    for i, t in enumerate(timexes, 1):
        parts.append(_esc(text[pos : t.start]))
        mod = f' mod="{_attr(t.mod)}"' if t.mod else ""
        parts.append(f'<TIMEX3 tid="t{i}" type="{t.type}" value="{_attr(t.value)}"{mod}>'
                     f"{_esc(t.text)}</TIMEX3>")
        pos = t.end
    parts.append(_esc(text[pos:]))
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{_esc(docid)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" '
        f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n'
        f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )


_CLASS_SUBS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"), "WEEKDAY"),
    (re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|"
                r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"), "MONTH"),
    (re.compile(r"\d+"), "N"),
    (re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few)\b"), "N"),
)


def error_class(kind: str, gold_text: str, sys_text: str) -> str:
    """A coarse class of a scorer error: its kind and the expression's shape.

    ``Friday night`` and ``Monday night`` fall into one class
    (``WRONG-VALUE  weekday night``), so that the biggest classes of errors
    show up first.
    """
    text = " ".join((sys_text if sys_text != "-" else gold_text).lower().split())
    for pat, rep in _CLASS_SUBS:
        text = pat.sub(rep, text)
    return f"{kind:11s}  {text}"


def load_scorer(path: Path) -> ModuleType:
    """Import the scorer module from a file path."""
    spec = importlib.util.spec_from_file_location("timex_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=None, help="directory for the system .tml files")
    ap.add_argument("--errors", action="store_true", help="list wrong values, misses and spurious tags")
    ap.add_argument("--classes", type=int, default=0, metavar="N",
                    help="print the N biggest classes of errors (by kind and expression shape)")
    ap.add_argument("--mode", choices=("news", "narrative"), default="news",
                    help="tagging mode; narrative ignores the file's DCT (as for WikiWars, whose "
                         "DCT is a download date)")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "timex_score.py")
    args = ap.parse_args(argv)

    files = sorted(p for p in args.corpus.iterdir() if p.suffix == ".tml")
    docs = [(p, *read_tml(p)) for p in files]
    t0, c0 = time.perf_counter(), time.process_time()
    if args.mode == "narrative":
        results = [tag_timexes(text, None, mode="narrative") for _, _, text in docs]
    else:
        results = [tag_timexes(text, dct) for _, dct, text in docs]
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0

    tmp = None
    out = args.out
    if out is None:
        tmp = tempfile.TemporaryDirectory(prefix="timex_eval_")
        out = Path(tmp.name)
    out.mkdir(parents=True, exist_ok=True)
    for (p, dct, text), tx in zip(docs, results):
        (out / p.name).write_text(render_tml(p.stem, dct, text, tx), encoding="utf-8")

    scorer = load_scorer(args.scorer)
    res, errs = scorer.score(str(args.corpus), str(out), args.errors or args.classes > 0)
    n_words = sum(len(text.split()) for _, _, text in docs)
    print(f"{args.corpus}: {len(docs)} files, gold={res['gold']} system={res['system']} "
          f"relaxed_matches={res['relaxed_matches']}")
    def pct(*keys: str) -> list[float]:
        return [100 * res[k] for k in keys]

    print("strict  P {:.2f} R {:.2f} F1 {:.2f}".format(*pct("strict_P", "strict_R", "strict_F1")))
    print("relaxed P {:.2f} R {:.2f} F1 {:.2f}".format(*pct("relaxed_P", "relaxed_R", "relaxed_F1")))
    print("type  acc {:.2f} F1 {:.2f} | value acc {:.2f} F1 {:.2f}".format(
        *pct("type_acc", "type_F1", "value_acc", "value_F1")))
    print(f"tagging time {elapsed:.2f} s ({cpu:.2f} s CPU) for {n_words} words "
          f"({n_words / max(cpu, 1e-9):.0f} words per CPU second)")
    if args.errors:
        for e in errs:
            print("\t".join(e))
    if args.classes > 0:
        kinds = {"MISSED": "MISSED", "SPURIOUS": "SPURIOUS"}
        classes = Counter(
            error_class(kinds.get(sys_value, kinds.get(gold_value, "WRONG-VALUE")), gold_text, sys_text)
            for _, gold_text, gold_value, sys_text, sys_value in errs)
        print(f"biggest error classes ({len(errs)} errors):")
        for cls, n in classes.most_common(args.classes):
            print(f"{n:5d}  {cls}")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
