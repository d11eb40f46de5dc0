"""Hostile article text: does tagging and extraction stay fast and linear for any input?

Usage::

    python benchmarks/hostile_articles.py [--sizes 50000 100000] [--timeout 60] [--jobs 1]
        [--families SUBSTRING ...] [--functions tag extract] [--json OUT] [--list]

Each *family* (``hostile_families.py``) is one kind of hostile article text (a year
repeated, "met " repeated, only tabs, nested brackets, right-to-left text, markup, ...)
built to exactly each size
(default 50 000 and 100 000 characters).  Every family runs ``tag_timexes`` and
``extract_events`` (DCT 22 March 2025) in a fresh child process per family and function,
with a wall-clock ``--timeout`` per measurement: a run that does not finish is killed and
counted as over the limit (the larger size is then not tried).  A measurement is the
child's CPU time (``time.process_time``; the machine is shared, so wall time would count
the neighbours' work), the fastest of up to three runs when a run takes under 0.5 s.

Printed per family and function: the time at each size, the growth ratio (largest size
over smallest; time should double when the text doubles), and a verdict; then the worst
families.  Limits (issue 9): at 100 000 characters at most ``--limit`` seconds (2 s), and
growth at most ``--max-growth`` (2.5×) for a doubling.  Growth is judged only when the
larger run takes at least ``MIN_TIME_FOR_GROWTH`` (0.25 s): below that, timer noise and
start-up costs make ratios meaningless.

Exit status: 0 when every family passes, 1 when any is over a limit (so CI can run it),
2 on bad arguments.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import json
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.hostile_families import FAMILIES  # one declaration of the families, shared

DCT = dt.date(2025, 3, 22)
DEFAULT_SIZES = (50_000, 100_000)
LIMIT_SECONDS = 2.0  # at 100 000 characters (issue 9)
MAX_GROWTH = 2.5  # time ratio for a doubling of the text (issue 9)
MIN_TIME_FOR_GROWTH = 0.25  # seconds: growth is not judged for faster runs
FUNCTIONS = ("tag", "extract")


@dataclass
class Measurement:
    """One function on one family at one size: CPU seconds, or None when it timed out."""

    size: int
    seconds: float | None


@dataclass
class Outcome:
    """What one function did on one family."""

    family: str
    function: str
    measurements: list[Measurement] = field(default_factory=list)
    error: str = ""
    skipped: str = ""  # why it was not run (counted as timed out)

    def at(self, size: int) -> float | None:
        return next((m.seconds for m in self.measurements if m.size == size), None)

    def ran(self, size: int) -> bool:
        return any(m.size == size for m in self.measurements)


# ----------------------------------------------------------------------------- child
def _child(family: str, function: str, sizes: list[int]) -> int:
    """Runs in the child process: one JSON line per size, as soon as it is measured."""
    from timeline_app.extract import extract_events, tag_timexes

    def run(text: str) -> object:
        if function == "tag":
            return tag_timexes(text, DCT)
        return extract_events(text, DCT)

    run("Tokyo, March 22 -- The ministers met on Saturday, a month after talks in 1999.")
    build = FAMILIES[family]
    for size in sizes:
        text = build(size)
        assert len(text) == size, (family, size, len(text))
        best = None
        for _attempt in range(3):
            start = time.process_time()
            run(text)
            took = time.process_time() - start
            best = took if best is None else min(best, took)
            if took >= 0.5:
                break
        print(json.dumps({"size": size, "seconds": best}), flush=True)
    return 0


# ---------------------------------------------------------------------------- parent
def _measure(family: str, function: str, sizes: list[int], timeout: float) -> Outcome:
    """Run one family and function in a child; each size gets ``timeout`` seconds."""
    outcome = Outcome(family, function)
    with subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--child", family, function,
             *map(str, sizes)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"}) as process:
        lines: queue.Queue[str | None] = queue.Queue()

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.put(line)
            lines.put(None)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            for size in sizes:
                try:
                    line = lines.get(timeout=timeout)
                except queue.Empty:
                    outcome.measurements.append(Measurement(size, None))
                    break
                if line is None:
                    assert process.stderr is not None
                    process.wait()
                    last = (process.stderr.read().strip().splitlines() or [""])[-1]
                    outcome.error = last if process.returncode else "child ended early"
                    break
                data = json.loads(line)
                outcome.measurements.append(Measurement(data["size"], data["seconds"]))
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
            reader.join()
    return outcome


def _verdict(outcome: Outcome, sizes: list[int], limit: float, max_growth: float,
             timeout: float) -> tuple[str, float | None, str]:
    """``(growth text, growth or None, problems)`` of one outcome."""
    small, large = sizes[0], sizes[-1]
    # The limit is for a doubling: other size ratios scale it (4× the text: 5× the time).
    max_growth = max_growth * (large / small) / 2
    problems = []
    if outcome.error:
        problems.append(f"error: {outcome.error}")
    t_small, t_large = outcome.at(small), outcome.at(large)
    growth: float | None = None
    growth_text = ""
    if t_small is not None and t_large is not None:
        growth = t_large / t_small if t_small > 0 else None
        growth_text = f"{growth:.2f}×" if growth is not None else "-"
        if growth is not None and growth > max_growth and t_large >= MIN_TIME_FOR_GROWTH:
            problems.append(f"growth {growth:.1f}×")
    elif t_small is not None and outcome.ran(large):  # the larger one timed out
        growth_text = f">{timeout / t_small:.1f}×" if t_small > 0 else ">?"
        growth = timeout / t_small if t_small > 0 else None
        if growth is None or growth > max_growth:
            problems.append("growth")
    if outcome.skipped:
        return "", None, f"not run ({outcome.skipped}), counted as over"
    if outcome.ran(large) and (t_large is None or t_large > limit):
        problems.append(f">{limit:g} s at {large:,}")
    elif not outcome.ran(large) and not outcome.error:
        problems.append(f"timed out at {small:,}" if outcome.ran(small) else "not run")
    return growth_text, growth, "; ".join(problems)


def _fmt(seconds: float | None, ran: bool, timeout: float, skipped: bool = False) -> str:
    if skipped:
        return "skip"
    if not ran:
        return "-"
    return f">{timeout:g}" if seconds is None else f"{seconds:.2f}"


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--child"]:
        family, function, *sizes = args_list[1:]
        return _child(family, function, [int(s) for s in sizes])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES),
                        help="text sizes in characters (default: 50000 100000)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="wall-clock seconds per measurement (default 60)")
    parser.add_argument("--limit", type=float, default=LIMIT_SECONDS,
                        help="seconds allowed at the largest size (default 2)")
    parser.add_argument("--max-growth", type=float, default=MAX_GROWTH,
                        help="time ratio allowed from the smallest to the largest size")
    parser.add_argument("--jobs", type=int, default=1, help="children at a time (default 1)")
    parser.add_argument("--families", nargs="*", default=[],
                        help="only families whose name contains one of these")
    parser.add_argument("--functions", nargs="+", choices=FUNCTIONS, default=list(FUNCTIONS))
    parser.add_argument("--json", type=Path, help="write every measurement here")
    parser.add_argument("--list", action="store_true", help="list the families and exit")
    args = parser.parse_args(args_list)
    if args.list:
        for name in FAMILIES:
            print(name)
        return 0
    sizes = sorted(set(args.sizes))
    if len(sizes) < 2:
        parser.error("--sizes needs two sizes or more (growth is their ratio)")
    families = [name for name in FAMILIES
                if not args.families or any(f.lower() in name.lower() for f in args.families)]
    if not families:
        parser.error("no family matches --families")
    print(f"{len(families)} families × {', '.join(args.functions)}; sizes "
          f"{', '.join(f'{s:,}' for s in sizes)} characters; CPU seconds; timeout "
          f"{args.timeout:g} s per measurement; limits: {args.limit:g} s at {sizes[-1]:,}, "
          f"growth {args.max_growth:g}× (judged from {MIN_TIME_FOR_GROWTH} s)", flush=True)

    started = time.monotonic()
    outcomes: dict[tuple[str, str], Outcome] = {}

    def run_family(family: str) -> list[Outcome]:
        done: list[Outcome] = []
        for function in args.functions:
            tagged = next((o for o in done if o.function == "tag"), None)
            if (function == "extract" and tagged is not None and tagged.ran(sizes[0])
                    and tagged.at(sizes[0]) is None):
                # Extraction tags first: tagging timed out, so would extraction.
                done.append(Outcome(family, function, [Measurement(sizes[0], None)],
                                    skipped="tagging timed out"))
                continue
            done.append(_measure(family, function, sizes, args.timeout))
        return done

    header = (f"{'family':<24} {'function':<8} "
              + " ".join(f"{f'{s // 1000}K s':>8}" for s in sizes)
              + f" {'growth':>8}  problems")
    print(header)
    print("-" * len(header), flush=True)
    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for results in pool.map(run_family, families):
            for outcome in results:
                outcomes[(outcome.family, outcome.function)] = outcome
                growth_text, _growth, problems = _verdict(
                    outcome, sizes, args.limit, args.max_growth, args.timeout)
                failures += bool(problems)
                cells = " ".join(
                    f"{_fmt(outcome.at(s), outcome.ran(s), args.timeout, bool(outcome.skipped)):>8}"
                    for s in sizes)
                print(f"{outcome.family[:24]:<24} {outcome.function:<8} {cells} "
                      f"{growth_text:>8}  {problems or 'ok'}", flush=True)

    def worst_key(outcome: Outcome) -> float:
        if not outcome.ran(sizes[-1]):
            return float("inf")  # timed out at the smaller size already
        seconds = outcome.at(sizes[-1])
        return float("inf") if seconds is None else seconds

    ranked = sorted(outcomes.values(), key=worst_key, reverse=True)
    failed_families = sorted({o.family for o in outcomes.values()
                              if _verdict(o, sizes, args.limit, args.max_growth,
                                          args.timeout)[2]})
    print()
    print(f"Worst at {sizes[-1]:,} characters:")
    for outcome in ranked[:15]:
        growth_text, _g, problems = _verdict(outcome, sizes, args.limit, args.max_growth,
                                             args.timeout)
        if outcome.ran(sizes[-1]):
            shown = f"{_fmt(outcome.at(sizes[-1]), True, args.timeout):>8} s"
        else:  # over the timeout at a smaller size already (or not run because of it)
            shown = f">{args.timeout:g} s at {sizes[0]:,}"
        print(f"  {outcome.family:<24} {outcome.function:<8} {shown:>10} "
              f"{growth_text:>8}  {problems or 'ok'}")
    grown = [(o, g) for o in outcomes.values()
             if (g := _verdict(o, sizes, args.limit, args.max_growth, args.timeout)[1])]
    if grown:
        steepest = max(grown, key=lambda item: item[1])
        print(f"Steepest growth: {steepest[0].family} ({steepest[0].function}) "
              f"{steepest[1]:.2f}×")
    print(f"{len(failed_families)} of {len(families)} families over a limit "
          f"({failures} of {len(outcomes)} runs); {time.monotonic() - started:.0f} s in all")
    if failed_families:
        print("Over a limit: " + ", ".join(failed_families))
    if args.json:
        args.json.write_text(json.dumps({
            "sizes": sizes, "timeout": args.timeout, "limit": args.limit,
            "max_growth": args.max_growth,
            "outcomes": [{"family": o.family, "function": o.function, "error": o.error,
                          "seconds": {str(m.size): m.seconds for m in o.measurements},
                          "problems": _verdict(o, sizes, args.limit, args.max_growth,
                                               args.timeout)[2]}
                         for o in outcomes.values()]}, indent=1), "utf-8")
    return 1 if failed_families else 0


if __name__ == "__main__":
    raise SystemExit(main())
