"""What a load with no rich objects could cost: the native loader's build of the model
from a decoded file, beside the least work a lazy model would still do (issue 11:
"open 100 000 events, whole <= 1 s"; benchmarks/README.md, session 19, ``open21``).

Usage::

    .venv/bin/python benchmarks/load_bounds.py FILE [--rounds 3] [--callgrind]
        [--variants build checks byid share objects columns]

Each variant runs in a fresh child process on the same decoded file (``io.native``'s
whole-file decoder, outside what is measured), the collector off as in a real load, and
prints the thread CPU of the variant alone (min over ``--rounds`` runs, variants
alternating), and with ``--callgrind`` the instructions of one run of each (Valgrind's
callgrind, repeatable whatever the machine's load):

``build``
    ``io.native._Reader.timeline``: the app's model, as the loader makes it today.
``checks``
    Every check of the loader, per event in one Python loop (ids not empty and unique,
    each distinct date made once and its sort number kept, ends after starts, sources
    known, evidence on its sentence in the source's text), and nothing made or shared:
    the least a load does that still refuses every file the loader refuses, if events
    were made only when something asks for one.
``byid``
    ``checks`` with the ids in a dict of the decoded events (an index by id) instead of
    a set.
``share``
    ``checks`` plus the loader's sharing of repeated strings (lanes, places, date bases,
    each participant's name).
``objects``
    ``checks`` plus an ``Event`` and its ``Evidence`` made an event (fields not shared).
``columns``
    Eleven fields of every decoded event read into lists by ``map(attrgetter(...))``, no
    check: where checks "column by column" would start from.

The variants are measurement stand-ins, not loaders: only ``build`` words errors.
"""

from __future__ import annotations

import argparse
import functools
import gc
import operator
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = ("build", "checks", "byid", "share", "objects", "columns")
COLUMN_FIELDS = ("id", "title", "date", "end", "category", "participants", "location",
                 "summary", "date_basis", "source", "evidence")


def _checks(reader: Any, raws: list[Any], by_id: bool = False, share: bool = False,
            objects: bool = False) -> tuple[list[int], dict[str, Any], list[Any]]:
    """The loader's checks of ``raws`` in one loop (see the module's doc): the sort
    numbers of the events' dates, the index by id and the events made (if asked)."""
    from msgspec import UNSET

    from timeline_app.core.model import make_event, make_evidence

    dates_get, new_date, sources_get = reader._dates.get, reader.date, reader.sources.get
    ids: set[str] = set()
    index: dict[str, Any] = {}
    shared = reader._strings.setdefault
    made = []
    numbers: list[int] = []
    last_raw = found = None
    unset = UNSET
    for i, raw in enumerate(raws):
        event_id = raw.id
        if not event_id or event_id.isspace():
            raise ValueError(i)
        if by_id:
            index[event_id] = raw
        else:
            ids.add(event_id)
        raw_date = raw.date
        if raw_date != last_raw:
            found = dates_get(raw_date) or new_date(raw_date, i, "date")
            last_raw = raw_date
        raw_end = raw.end
        if raw_end is not None and raw_end is not unset:
            found_end = dates_get(raw_end) or new_date(raw_end, i, "end")
            if found_end[2] < found[2]:  # type: ignore[index]
                raise ValueError(i)
        source_id = raw.source
        source = None
        if source_id is not unset and source_id is not None:
            source = sources_get(source_id)
            if source is None:
                raise ValueError(i)
        raw_evidence = raw.evidence
        if raw_evidence:
            text = None if source is None else source.text
            length = 0 if text is None else len(text)
            # (_Reader.evidence's condition, repeated on purpose: the stand-in must do
            # the same work without making the items)
            for item in raw_evidence:
                sentence, start, end = item.sentence, item.start, item.end
                date_start, date_end = item.date_start, item.date_end
                if date_start is unset:
                    date_start = None
                if date_end is unset:
                    date_end = None
                if (start < 0 or end < start or (date_start is None) is not (date_end is None)
                        or (date_start is not None and (
                            date_start < 0 or date_end < date_start
                            or (text is not None and date_end > length)))
                        or (text is not None and (
                            end > length or end - start != len(sentence)
                            or not text.startswith(sentence, start)))):
                    raise ValueError(i)
        if share:
            for value in (raw.category, raw.location, raw.date_basis):
                if value is not unset:
                    shared(value, value)
            if raw.participants is not unset:
                tuple(map(shared, raw.participants, raw.participants))
        if objects:
            evidence = (tuple(make_evidence(e.sentence, e.start, e.end, None, None)
                              for e in raw_evidence) if raw_evidence else ())
            made.append(make_event(event_id, raw.title, found[0], None,  # type: ignore[index]
                                   raw.category, (), "", "", "", None, evidence, ""))
        numbers.append(found[1])  # type: ignore[index]
    if not by_id and len(ids) != len(raws):
        raise ValueError("a repeated id")
    return numbers, index, made


def _child(path: str, variant: str, rounds: int) -> None:
    """Run ``variant`` ``rounds`` times on a fresh decode each; print its thread CPU."""
    import numpy  # noqa: F401  (the view imports it; the loader's keys use it)

    from timeline_app.io import native

    data = Path(path).read_bytes()
    times = []
    for _ in range(rounds):
        gc.disable()
        times.append(_one_run(native, data, path, variant))
        gc.enable()
        gc.collect()
    print(f"{min(times) * 1000:.1f}")


def _one_run(native: Any, data: bytes, path: str, variant: str) -> float:
    """The thread CPU (s) of ``variant`` on a fresh decode of ``data``."""
    document = native._decode(data, path)
    reader = native._Reader(path)
    raws = document.events
    if variant != "build":
        reader.header(document)

    def work() -> Any:
        if variant == "build":
            return reader.timeline(document)
        if variant == "columns":
            return [list(map(operator.attrgetter(name), raws)) for name in COLUMN_FIELDS]
        return _checks(reader, raws, by_id=variant == "byid", share=variant == "share",
                       objects=variant == "objects")

    began = time.thread_time()
    # (callgrind counts only inside functools.reduce: --toggle-collect=functools_reduce)
    out = functools.reduce(lambda _a, _b: work(), [0, 1])
    spent = time.thread_time() - began
    del out  # (freed outside the figures, as a loaded timeline is kept)
    return spent


def _run(path: str, variant: str, rounds: int, callgrind: bool) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, __file__, "--child", path, variant, str(rounds)]
    if not callgrind:
        return subprocess.run(command, env=env, capture_output=True, text=True,
                              check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no",
             "--toggle-collect=functools_reduce", f"--callgrind-out-file={tmp}/out",
             *command[:-1], "1"], env=env, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    return f"{int(found[1]) / 1e6:.1f}" if found else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--variants", nargs="*", choices=VARIANTS, default=list(VARIANTS))
    args = parser.parse_args(argv)
    cpu: dict[str, list[float]] = {variant: [] for variant in args.variants}
    for _ in range(args.rounds):  # variants alternating, one process each
        for variant in args.variants:
            cpu[variant].append(float(_run(args.file, variant, 1, False)))
    print(f"{'variant':10} {'thread CPU ms (min)':>20} {'runs':>24}"
          + (f" {'M instructions':>16}" if args.callgrind else ""))
    for variant in args.variants:
        line = (f"{variant:10} {min(cpu[variant]):20.1f} "
                f"{' '.join(f'{t:.0f}' for t in cpu[variant]):>24}")
        if args.callgrind:
            line += f" {_run(args.file, variant, 1, True):>16}"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    if "--child" in sys.argv:
        sys.path.insert(0, str(ROOT))
        index = sys.argv.index("--child")
        _child(sys.argv[index + 1], sys.argv[index + 2], int(sys.argv[index + 3]))
    else:
        sys.exit(main())
