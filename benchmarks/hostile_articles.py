"""Hostile article text: does tagging and extraction stay fast and linear for any input?

Usage::

    python benchmarks/hostile_articles.py [--sizes 50000 100000] [--timeout 60] [--jobs 1]
        [--families SUBSTRING ...] [--functions tag extract] [--json OUT] [--list]

Each *family* is one kind of hostile article text (a year repeated, "met " repeated,
only tabs, nested brackets, right-to-left text, markup, ...) built to exactly each size
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
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DCT = dt.date(2025, 3, 22)
DEFAULT_SIZES = (50_000, 100_000)
LIMIT_SECONDS = 2.0  # at 100 000 characters (issue 9)
MAX_GROWTH = 2.5  # time ratio for a doubling of the text (issue 9)
MIN_TIME_FOR_GROWTH = 0.25  # seconds: growth is not judged for faster runs
FUNCTIONS = ("tag", "extract")

_MONTHS = ("January February March April May June July August September October "
           "November December").split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _repeat(unit: str) -> Callable[[int], str]:
    """A family made of one unit repeated, cut to the size asked."""

    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return build


def _nested(opening: str, closing: str) -> Callable[[int], str]:
    """All openings, then all closings: nesting as deep as the text is long."""

    def build(size: int) -> str:
        half = size // 2
        return (_repeat(opening)(half) + _repeat(closing)(size - half)) if half else closing[:size]

    return build


def _cycled(units: list[str]) -> Callable[[int], str]:
    """The units one after another, cycling, cut to the size asked."""

    def build(size: int) -> str:
        out: list[str] = []
        length = 0
        i = 0
        while length < size:
            out.append(units[i % len(units)])
            length += len(out[-1])
            i += 1
        return "".join(out)[:size]

    return build


def _random_words(seed: int, capitalised: bool = False) -> Callable[[int], str]:
    def build(size: int) -> str:
        rng = random.Random(seed)
        letters = "abcdefghijklmnopqrstuvwxyz"
        out: list[str] = []
        length = 0
        while length < size:
            word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
            if capitalised:
                word = word.capitalize()
            out.append(word + rng.choice("    ,.;\n"))
            length += len(out[-1])
        return "".join(out)[:size]

    return build


def _random_chars(seed: int, alphabet: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        rng = random.Random(seed)
        return "".join(rng.choice(alphabet) for _ in range(size))

    return build


_SENTENCE = "The ministers met in Tokyo on Saturday. "
_SEED_LIKE = ("South Korean Foreign Minister Cho Tae-yul held a one-on-one meeting with "
              "Japanese Foreign Minister Takeshi Iwaya on Saturday, agreeing to maintain "
              "exchanges two months following Iwaya's visit to Seoul. ")

#: name -> builder(size) -> text of exactly ``size`` characters.
FAMILIES: dict[str, Callable[[int], str]] = {
    # numbers and years
    "year 1999": _repeat("1999 "),
    "year comma": _repeat("1999, "),
    "years cycling": _cycled([f"{y} " for y in range(1900, 2100)]),
    "year range": _repeat("1999-2000 "),
    "year slash": _repeat("1999/2000 "),
    "decade": _repeat("the 1990s "),
    "century": _repeat("the 19th century "),
    "BC year": _repeat("500 BC "),
    "AD year": _repeat("AD 1066 "),
    "in year comma": _repeat("in 1999, "),
    "apostrophe year": _repeat("'99 "),
    "the year": _repeat("the year 2025 "),
    "digits only": _repeat("0123456789"),
    "nines": _repeat("9"),
    "5-digit numbers": _repeat("12345 "),
    "single digits": _repeat("1 "),
    ",000": _repeat(",000"),
    "thousands commas": _repeat("1,000,000 "),
    "thousands dots": _repeat("1.000.000 "),
    "thousands spaces": _repeat("1 000 000 "),
    "decimals": _repeat("3.14159 "),
    "percent": _repeat("45% "),
    "money": _repeat("$1.5 billion "),
    "ordinals": _repeat("1st 2nd 3rd 4th "),
    "ordinal words": _repeat("first second third "),
    "number words": _repeat("twenty-five thousand "),
    "roman numerals": _repeat("XIV "),
    "No. numbers": _repeat("No. 1 "),
    "phone numbers": _repeat("+1 (555) 123-4567 "),
    "times": _repeat("10:30 a.m. "),
    "clock colons": _repeat("12:34:56 "),
    "ISO dates": _repeat("2025-03-22 "),
    "ISO date-times": _repeat("2025-03-22T10:30:00Z "),
    "slashed dates": _repeat("03/22/2025 "),
    "dotted dates": _repeat("22.03.2025 "),
    "full-width dates": _repeat("２０２５年３月２２日 "),
    "arabic-indic digits": _repeat("١٩٩٩ "),
    "year NBSP": _repeat("1999\u00a0"),
    # calendar words
    "month names": _repeat(" ".join(_MONTHS) + " "),
    "month abbreviations": _repeat("Jan. Feb. Mar. Apr. Aug. Sept. Oct. Nov. Dec. "),
    "month day": _repeat("March 22 "),
    "day month year": _repeat("22 March 2025 "),
    "month year": _repeat("March 2025 "),
    "month comma year": _repeat("March 22, 2025, "),
    "weekday names": _repeat(" ".join(_WEEKDAYS) + " "),
    "weekday abbreviations": _repeat("Mon. Tue. Wed. Thu. Fri. Sat. Sun. "),
    "on Saturday": _repeat("on Saturday "),
    "every Monday": _repeat("every Monday "),
    "last month": _repeat("last month "),
    "relative mix": _repeat("two weeks ago next year yesterday "),
    "today tomorrow": _repeat("today tomorrow yesterday now "),
    "durations": _repeat("for three years "),
    "the past months": _repeat("the past two months "),
    "earlier this year": _repeat("earlier this year "),
    "seasons": _repeat("spring summer autumn winter "),
    "late year": _repeat("late 2024 "),
    "mid-month": _repeat("mid-March "),
    "decades and": _repeat("the 1990s and 2000s "),
    "from to": _repeat("from March to April "),
    "between and": _repeat("between 1999 and 2000 "),
    "since": _repeat("since March 2023 "),
    "quarters": _repeat("Q1 Q2 the third quarter "),
    "fiscal year": _repeat("fiscal year 2024 "),
    "time zones": _repeat("GMT UTC EST local time "),
    "full date phrase": _repeat("Saturday, March 22, 2025, at 10 a.m. local time "),
    "month 1999 met": _repeat("March 1999 met "),
    "1999 met": _repeat("1999 met "),
    "CJK year": _repeat("2025年 "),
    # event words and sentences
    "met": _repeat("met "),
    "met with": _repeat("met with "),
    "signed": _repeat("signed "),
    "agreed to": _repeat("agreed to "),
    "visited": _repeat("visited "),
    "said": _repeat("said "),
    "announced on Monday": _repeat("announced on Monday "),
    "real sentence": _repeat(_SENTENCE),
    "article sentence": _repeat(_SEED_LIKE),
    "dated sentence": _repeat("Foreign Minister Wang Yi met his counterpart on 22 March. "),
    "no full stop": _repeat("the ministers met and agreed "),
    "and and and": _repeat("and "),
    "the the the": _repeat("the "),
    "of the": _repeat("of the "),
    "capitalised words": _repeat("Foreign Minister "),
    "capitalised random": _random_words(2, capitalised=True),
    "ALL CAPS": _repeat("MINISTERS MET "),
    "person names": _repeat("President Yoon Suk Yeol "),
    "country list": _repeat("Japan, South Korea, China, "),
    "abbreviations": _repeat("Mr. Dr. U.S. "),
    "U.S.": _repeat("U.S. "),
    "e.g.": _repeat("e.g. "),
    "random words": _random_words(1),
    # whitespace and punctuation
    "spaces": _repeat(" "),
    "tabs": _repeat("\t"),
    "newlines": _repeat("\n"),
    "CRLF": _repeat("\r\n"),
    "mixed whitespace": _repeat(" \t\n"),
    "commas": _repeat(","),
    "comma space": _repeat(", "),
    "semicolons": _repeat("; "),
    "full stops": _repeat("."),
    "ellipses": _repeat("... "),
    "exclamations": _repeat("!"),
    "questions": _repeat("? "),
    "hyphens": _repeat("-"),
    "em dashes": _repeat("—"),
    "spaced double dash": _repeat(" -- "),
    "colons": _repeat(":"),
    "slashes": _repeat("/"),
    "backslashes": _repeat("\\"),
    "nested parentheses": _nested("(", ")"),
    "nested brackets": _nested("[{(", ")}]"),
    "mixed brackets": _repeat("[()]{}<>"),
    "double quotes": _repeat('"'),
    "nested quotes": _nested("\"'“‘«", "»’”'\""),
    "unbalanced quote": _repeat('" word '),
    "apostrophes": _repeat("'s "),
    "unicode punctuation": _repeat("“”‘’«»–—…·•"),
    "bullets": _repeat("• March 2023\n"),
    "list items": _repeat("- item\n"),
    "random printable": _random_chars(3, "abc XYZ 019 .,;:!?'\"()[]-\n\t"),
    # scripts, marks, symbols
    "Arabic": _repeat("مرحبا بالعالم "),
    "Hebrew": _repeat("שלום עולם "),
    "bidi controls": _repeat("\u202e\u202d\u200f"),
    "combining stack": _repeat("e" + "\u0301\u0302\u0303\u0308" * 5),
    "combining marks only": _repeat("\u0301"),
    "emoji": _repeat("😀🎉👍 "),
    "emoji ZWJ": _repeat("👨‍👩‍👧‍👦 "),
    "CJK sentence": _repeat("東京で会談した。"),
    "Korean": _repeat("서울에서 회담 "),
    "Cyrillic": _repeat("Москва март "),
    "zero-width spaces": _repeat("\u200b"),
    "control characters": _repeat("\x00\x01\x02\x1b"),
    # markup and machine text
    "HTML": _repeat("<p><b>March 22</b></p>"),
    "HTML entities": _repeat("&amp; &#8212; "),
    "script tags": _repeat("<script>alert(1)</script>"),
    "TIMEX3 tags": _repeat("<TIMEX3 value='2025'>2025</TIMEX3>"),
    "markdown": _repeat("**March** _22_ "),
    "URLs": _repeat("https://example.com/2025/03/22/news.html "),
    "e-mail addresses": _repeat("user@example.com "),
    "file paths": _repeat("/dev/zero "),
    "datelines": _repeat("Tokyo, March 22 (NationPress) "),
    "datelines dashes": _repeat("SEOUL, May 2 -- "),
    "very long word": _repeat("x"),
    "long words": _repeat("a" * 1000 + " "),
    "hyphenated chain": _repeat("well-known-"),
}


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
