"""Child process of ``test_linear_time.py``: time one entry point on hostile text.

Run as ``python tests/linear_time_probe.py ENTRY FAMILY...``; prints one JSON line per
family as soon as it is measured (so that a hang names its family):
``{"family": ..., "chars": n, "small": seconds at n / 2, "large": seconds at 2n}``.
``ENTRY`` ``pipeline`` times ``tag_timexes``, the event builder and ``extract_events`` in
the same runs (``measure_pipeline``) and prints a line for each, with its ``"entry"``.
Each time is the best of two runs, alternating sizes, with the garbage collector off while
timing (its own cost is not the code's growth), to shave off the noise of a shared machine;
the second run of the larger size is left out when the first already passes
(``grows_linearly``: a second run could only lower the larger time, so the verdict is the
one both runs give, at about 40 % less CPU: session 60, suite60).
The step is 4x (n / 2 to 2n) since session 20: on CI's shared machine a doubling of linear
code read up to 3x, too close to a quadratic's 4x (``tests/extract/test_linear_time.py``).
"""

from __future__ import annotations

import datetime as _dt
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


from benchmarks.hostile_families import EVENT_DENSE, ONE_EVENT_REPEATED
from benchmarks.hostile_families import FAMILIES as HOSTILE_FAMILIES
from timeline_app.core.parse_date import parse_fuzzy_date
from timeline_app.extract import (
    events,
    extract_events,
    read_dateline,
    tag_timexes,
)

DCT = _dt.date(2025, 3, 22)

MAX_GROWTH = 9.0  # a 4x larger input: linear 4x, quadratic 16x
NOISE_FLOOR = 0.3  # CPU seconds at the larger size: below it, timer and cache noise dominate


def grows_linearly(small: float, large: float) -> bool:
    """The verdict of ``test_linear_time_pipeline.py`` on one family's CPU seconds at the
    smaller and the four times larger size: under ``NOISE_FLOOR`` at the larger size, or
    at most ``MAX_GROWTH`` times the smaller."""
    return large < NOISE_FLOOR or large <= MAX_GROWTH * small

# name -> (repeated unit, characters at the small size).  The big families are the ones
# the hostile-text sweep of issue 9 and the TimeBank blow-up of issue 8 found.
FAMILIES: dict[str, tuple[str, int]] = {
    "spaces": (" ", 5_000),
    "digits": ("7", 5_000),
    "commas": (",", 5_000),
    "thousands": (",000", 5_000),
    "capitalised words": ("Minister ", 5_000),
    "month names": ("March ", 5_000),
    "and and and": ("and ", 5_000),
    "newlines": ("\n", 5_000),
    "initials": ("a.", 5_000),
    "dashes": (" -- ", 5_000),
    "quotes": ('"', 5_000),
    "blanked dates": ("In the past two months ", 5_000),
    "years": ("1999 ", 5_000),
    "met": ("met ", 2_000),
    "meeting sentence": ("The ministers met in Tokyo on Saturday. ", 4_000),
    "hedged plans": ("Officials said they may have planned to meet next month, ", 4_000),
    # a title's "what was said" pattern backtracked exponentially on a run of capitals
    "capitals before a verb": ("x, " + "A" * 30 + " 1 signed the pact. ", 4_000),
    "asides": ("met -- ", 4_000),
    # "the two ministers" looked up the last two people named by rescanning the article
    "two ministers": (("Foreign Minister Han Min-su met Foreign Minister Oda Kenji. The two "
                       "ministers met on Monday. "), 4_000),
    # each "earlier on Friday" event stands alone: placing one asked every event of the month
    "earlier on the day": ("Earlier on Friday, Blinken held talks with Wang. ", 20_000),
    # each relative-clause verb dated, each "treaty" undated: adopting one asked every member
    "undated nouns": ("the treaty that Moscow and Pyongyang concluded in 2000 and ", 20_000),
}

def _event_builder(text: str) -> Callable[[], object]:
    """extract_events with the tagger's answer computed beforehand: times the event
    builder alone, so that a slow tagger cannot hide (or fake) a slow builder."""
    timexes = tag_timexes(text, DCT)

    def run() -> object:
        saved = events.tag_timexes
        events.tag_timexes = lambda _text, _dct, **_options: timexes
        try:
            return extract_events(text, DCT)
        finally:
            events.tag_timexes = saved
    return run


def _plain(entry: Callable[[str], object]) -> Callable[[str], Callable[[], object]]:
    return lambda text: lambda: entry(text)


# name -> prepare(text) -> the call to time
ENTRY_POINTS: dict[str, Callable[[str], Callable[[], object]]] = {
    "extract_events": _plain(lambda text: extract_events(text, DCT)),
    "event builder (tagger excluded)": _event_builder,
    "tag_timexes": _plain(lambda text: tag_timexes(text, DCT)),
    "read_dateline": _plain(read_dateline),
    "parse_fuzzy_date": _plain(parse_fuzzy_date),
}


def _distinct_dates(chars: int, follow_up: str = "") -> str:
    """A meeting on a different day in each sentence: as many events as sentences."""
    day, out, size = _dt.date(1900, 1, 1), [], 0
    while size < chars:
        out.append(f"The ministers met in Seoul on {day.day} {day:%B} {day.year}. {follow_up}")
        size += len(out[-1])
        day += _dt.timedelta(days=3)
    return "".join(out)[:chars]


# Families that are not one unit repeated: name -> (text of n characters, n).
GENERATED = {
    "distinct dates": (_distinct_dates, 8_000),
    # each undated "talks in Seoul" could join any of the events
    "events and follow-ups": (lambda n: _distinct_dates(n, "The talks in Seoul were long. "),
                              8_000),
    # Event-dense text without a full stop ("1999 met 1999 met ..."), from the shared
    # hostile families: every phrase reaches every date of its segment.  16 000
    # characters: at the larger size (2n) extract_events takes about 0.5 s and the event
    # builder 0.35 s (over NOISE_FLOOR, so both are judged); the three add about 16 s
    # of CPU to the test.
    **{name: (HOSTILE_FAMILIES[name], 16_000) for name in EVENT_DENSE},
    # One event told again and again: each mention once walked all the event's members.
    **{name: (HOSTILE_FAMILIES[name], 32_000) for name in ONE_EVENT_REPEATED},
}


def hostile_text(unit: str, chars: int) -> str:
    """``unit`` repeated to exactly ``chars`` characters."""
    return (unit * (chars // len(unit) + 1))[:chars]


def measure(prepare: Callable[[str], Callable[[], object]], unit: str, chars: int,
            make: Callable[[int], str] | None = None) -> tuple[float, float]:
    """Best-of-two CPU seconds at ``chars // 2`` and at ``2 * chars`` characters (``unit``
    repeated, or the text ``make`` builds), sizes alternated: small, large, small, large.
    The runs whose time cannot change the verdict are left out: all after a first larger
    run under ``NOISE_FLOOR``, and the second larger run when the first already passes
    (a second run could only lower the larger time's best)."""
    def text(n: int) -> str:
        return make(n) if make is not None else hostile_text(unit, n)

    calls = [prepare(text(chars // 2)), prepare(text(2 * chars))]
    best = [float("inf"), float("inf")]
    for round_ in range(2):
        for i, call in enumerate(calls):
            if round_ and (best[1] < NOISE_FLOOR
                           or (i == 1 and grows_linearly(best[0], best[1]))):
                continue
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                call()
                best[i] = min(best[i], time.process_time() - start)
            finally:
                gc.enable()
    return best[0], best[1]


# The three entry points of the pipeline, timed together by ``PIPELINE``'s child: the
# tagger, then the event builder on the tagger's answer; ``extract_events`` is exactly
# these two calls (with ``progress=None`` its tagger call is ``tag_timexes(text, dct)``),
# so its time in each run is the two parts' sum.  One child then does the work of the
# three children it replaces less the whole ``extract_events`` run (~half of the test's
# CPU; session 64, suite64).  A family that seems to grow too fast is measured again by
# the entry point's own child, the real call alone.
PIPELINE = "pipeline"
PIPELINE_PARTS = ("tag_timexes", "event builder (tagger excluded)", "extract_events")


def _pipeline_parts(text: str) -> tuple[float, float]:
    """CPU seconds of ``tag_timexes(text, DCT)`` and of ``extract_events(text, DCT)`` given
    that answer (the tagger patched out, as ``_event_builder``), in one run."""
    start = time.process_time()
    timexes = tag_timexes(text, DCT)
    tagged = time.process_time()
    saved = events.tag_timexes
    events.tag_timexes = lambda _text, _dct, **_options: timexes
    try:
        extract_events(text, DCT)
    finally:
        events.tag_timexes = saved
    return tagged - start, time.process_time() - tagged


def measure_pipeline(text: Callable[[int], str], chars: int,
                     parts: Callable[[str], tuple[float, float]] = _pipeline_parts,
                     ) -> dict[str, tuple[float, float]]:
    """``measure``'s best-of-two (small, large) for each of ``PIPELINE_PARTS`` from the same
    runs, ``text(n)`` being the family's text of n characters: each run times the tagger
    and the builder (``parts``); ``extract_events``' time is their sum in that run.  A run
    is left out only when it can change none of the three verdicts (``measure``'s rule
    for each)."""
    texts = [text(chars // 2), text(2 * chars)]
    best = {name: [float("inf"), float("inf")] for name in PIPELINE_PARTS}

    def decided(name: str, large_too: bool) -> bool:
        small, large = best[name]
        return large < NOISE_FLOOR or (large_too and grows_linearly(small, large))

    for round_ in range(2):
        for i, sample in enumerate(texts):
            if round_ and all(decided(name, i == 1) for name in PIPELINE_PARTS):
                continue
            gc.collect()
            gc.disable()
            try:
                tagger, builder = parts(sample)
            finally:
                gc.enable()
            for name, spent in zip(PIPELINE_PARTS, (tagger, builder, tagger + builder),
                                   strict=True):
                best[name][i] = min(best[name][i], spent)
    return {name: (small, large) for name, (small, large) in best.items()}


def _family_text(family: str) -> tuple[Callable[[int], str], int]:
    """The maker of ``family``'s text of n characters, and its n."""
    if family in GENERATED:
        return GENERATED[family]
    unit, chars = FAMILIES[family]
    return (lambda n: hostile_text(unit, n)), chars


def main(argv: list[str]) -> int:
    if argv[0] == PIPELINE:
        for family in argv[1:]:
            make, chars = _family_text(family)
            for name, (small, large) in measure_pipeline(make, chars).items():
                print(json.dumps({"entry": name, "family": family, "chars": chars,
                                  "small": small, "large": large}), flush=True)
        return 0
    entry = ENTRY_POINTS[argv[0]]
    for family in argv[1:]:
        make, chars = _family_text(family)
        small, large = measure(entry, "", chars, make)
        print(json.dumps({"family": family, "chars": chars, "small": small, "large": large}),
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
