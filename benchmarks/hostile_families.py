"""The families of hostile article text, declared once for every script and test that
times the tagger or the extractor on them (issue 9, section 3).

Each family is a builder: ``FAMILIES[name](size)`` is a text of exactly ``size``
characters of one kind (a year repeated, "met " repeated, only tabs, nested brackets,
right-to-left text, markup, ...).  Used by ``hostile_articles.py`` (tag and extract, each
family in a child process), ``hostile_text.py`` (the tagger's modes and the dateline
reader, in one process) and ``tests/linear_time_probe.py`` (the event-dense families,
doubled in the test suite).
"""

from __future__ import annotations

import random
from collections.abc import Callable

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
    # from the first tagging sweep (hostile_text.py's own list until they were merged)
    "digit 1": _repeat("1"),
    "capitalised Foo": _repeat("Foo "),
    "March": _repeat("March "),
    "month day 3": _repeat("March 3 "),
    "full dates": _repeat("March 3, 1999 "),
    "Monday": _repeat("Monday "),
    "Q1": _repeat("Q1 "),
    "years ago": _repeat("two years ago "),
    "periods": _repeat(". "),
    "initials": _repeat("A. "),
    "digit slashes": _repeat("1/"),
    "dash space": _repeat("- "),
    "since year": _repeat("since 2019 "),
    "anniversary": _repeat("the 60th anniversary this year of 1965 "),
    "day ranges": _repeat("12-14 July "),
    "dash runs": _repeat("1-"),
    "number and": _repeat("12 and "),
    "BC short year": _repeat("44 BC "),
    "ordinal days": _repeat("on the 11th "),
    "Now comma": _repeat("Now, "),
    "clock dates": _repeat("3pm on 5/6/2007 "),
    "hyphen months": _repeat("19-Nov-"),
    "dotted day month": _repeat("10.11."),
    "Published lines": _repeat("Published: 2024-05-14\n"),
    "caps months": _repeat("MARCH 22 "),
}

#: The 33 families of the first tagging sweep (``hostile_text.py``'s own list until the
#: lists were merged): the in-suite tagging test (``tests/extract/test_linear_time.py``)
#: doubles these, to stay quick; the benchmarks run every family.
FIRST_SWEEP: tuple[str, ...] = (
    "year 1999", ",000", "spaces", "newlines", "digit 1", "capitalised Foo", "March",
    "month day 3", "full dates", "Monday", "and and and", "met", "real sentence", "Q1",
    "years ago", "periods", "initials", "digit slashes", "dash space", "since year",
    "anniversary", "year range", "day ranges", "dash runs", "number and", "BC short year",
    "ordinal days", "Now comma", "clock dates", "hyphen months", "dotted day month",
    "Published lines", "caps months")

#: Event-dense text without a full stop: a date every few words, every phrase reaching
#: every date of its (length-bounded) segment.  The slowest extraction families once
#: (6.8, 5.1 and 2.9 s at 100 KB); the in-suite extraction test doubles them.
EVENT_DENSE: tuple[str, ...] = ("1999 met", "month 1999 met", "announced on Monday")

#: One event told again and again ("The ministers met in Tokyo on Saturday."): every
#: mention joins one event, whose members each later mention was once checked against
#: (x2.7 a doubling at 100 KB, session 3); the in-suite extraction test doubles them too.
ONE_EVENT_REPEATED: tuple[str, ...] = ("real sentence", "dated sentence")

assert set(FIRST_SWEEP) <= set(FAMILIES) and set(EVENT_DENSE) <= set(FAMILIES)
assert set(ONE_EVENT_REPEATED) <= set(FAMILIES)
