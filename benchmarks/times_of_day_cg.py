"""Instructions of a native load and of sorting a day's events, this tree against another,
counted by callgrind (session 36, edit33: times of day).

Usage::

    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python benchmarks/times_of_day_cg.py \\
        FILE --against TREE

Times of day added a check per distinct date to the native loader (a day's ``time`` key),
a wider rank to the sort index (``model.date_sort_number``: 11 bits instead of 3) and an
attribute read per one-day event to the view's packing loop.  This runs, for each tree (a
worktree of this repository; the other tree's bytecode goes to a temporary prefix, nothing
is written into it), one process under ``valgrind --tool=callgrind`` that imports the
loader, then loads ``FILE`` (``native.load``), then builds a ``Timeline`` again from the
loaded events (``Timeline.from_events``: the sort index alone), each step cut by a call of
``functools.reduce`` (``--dump-before=functools_reduce``), and prints the instructions of
each step beside the other tree's, measured in the same run.  A run takes a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import functools, sys
from timeline_app.io import native
from timeline_app.core.model import Timeline
functools.reduce(lambda a, b: a, [0])           # cut: imports done
timeline = native.load(sys.argv[1])
functools.reduce(lambda a, b: a, [0])           # cut: loaded
events = list(timeline.events)
functools.reduce(lambda a, b: a, [0])           # cut: events listed
again = Timeline.from_events(events)
functools.reduce(lambda a, b: a, [0])           # cut: sort index built
print(len(again))
"""
STEPS = ("interpreter and imports", "native.load", "events listed", "Timeline.from_events")


def counts(tree: Path, path: str) -> list[int]:
    """Instructions of each step of ``_CHILD`` run from ``tree``."""
    with tempfile.TemporaryDirectory() as out:
        env = dict(os.environ, PYTHONPATH=str(tree),
                   PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir())
                                           / f"tod-cg-pycache-{tree.name}"))
        # bytecode first, outside valgrind
        subprocess.run([sys.executable, "-c", _CHILD, path], env=env, check=True,
                       capture_output=True, cwd=tree)
        subprocess.run(["valgrind", "--tool=callgrind", "--dump-before=functools_reduce",
                        f"--callgrind-out-file={out}/callgrind.out",
                        sys.executable, "-c", _CHILD, path],
                       env=env, check=True, capture_output=True, cwd=tree)
        found = []
        for dump in Path(out).glob("callgrind.out*"):
            text = dump.read_text(encoding="utf-8", errors="replace")
            part = re.search(r"^part: (\d+)", text, re.M)
            total = re.search(r"^summary: (\d+)", text, re.M)
            if total:
                found.append((int(part.group(1)) if part else 0, int(total.group(1))))
        return [n for _, n in sorted(found)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--against", required=True, type=Path)
    args = parser.parse_args(argv)
    here = Path(__file__).resolve().parents[1]
    ours, theirs = counts(here, args.file), counts(args.against.resolve(), args.file)
    print(f"{'step':<26}{'baseline':>16}{'this tree':>16}{'change':>9}")
    for name, a, b in zip(STEPS, theirs, ours, strict=False):
        print(f"{name:<26}{a:>16,}{b:>16,}{(b - a) / a:>+9.2%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
