"""Build resources/default-timeline.json from resources/seed-article.txt.

The default timeline is curated by hand, but its evidence offsets are not: this
script holds the curated table (titles, dates, how each date follows from the
text) and finds every quoted sentence and date expression in the article itself,
so the offsets are always right and the file can be rebuilt byte for byte::

    .venv/bin/python tools/build_default_timeline.py            # rewrite the resource
    .venv/bin/python tools/build_default_timeline.py -o out.json

It fails loudly (SystemExit with a message) if a quotation is missing from the
article or occurs more than once, or if a date check does not hold.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout, without an install
    sys.path.insert(0, str(ROOT))

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Event, Evidence, Source, Timeline
from timeline_app.io.native import save

ARTICLE = ROOT / "resources" / "seed-article.txt"
OUTPUT = ROOT / "resources" / "default-timeline.json"

SOURCE_ID = "nationpress-2025-03-22"
DATELINE = _dt.date(2025, 3, 22)
DATELINE_WORDS = "the dateline 22 March 2025"

SOURCE_DATE_BASIS = (
    "The article gives no year. Its dateline says 'Tokyo, March 22' and the meeting took place "
    "'on Saturday'; 22 March falls on a Saturday in 2014, 2025 and 2031. 'Significant "
    "improvements in bilateral relations since March 2023' puts the article after March 2023, "
    "which leaves 2025 and 2031, and 'the upcoming 60th anniversary of the normalization of "
    "diplomatic ties between their countries, scheduled for June this year' settles it: ties "
    "were normalized in June 1965, so the 60th anniversary falls in June 2025. The article "
    "was therefore filed on Saturday 22 March 2025."
)


@dataclass(frozen=True)
class Quote:
    """A sentence of the article supporting an event, and the date expression in it.

    Attributes:
        sentence: The sentence exactly as the article has it (found by search).
        date_expression: The words the event's date was derived from; must occur
            exactly once in the sentence.  ``None`` when the sentence supports the
            event but dates it only through another quote.
    """

    sentence: str
    date_expression: str | None


@dataclass(frozen=True)
class Row:
    """One curated event of the default timeline."""

    id: str
    title: str
    date: FuzzyDate
    category: str
    participants: tuple[str, ...]
    location: str
    summary: str
    date_basis: str
    quotes: tuple[Quote, ...]


DATELINE_SENTENCE = (
    "Tokyo, March 22 (NationPress) South Korean Foreign Minister Cho Tae-yul held a one-on-one "
    "meeting with Japanese Foreign Minister Takeshi Iwaya on Saturday, agreeing to maintain "
    "exchanges to ensure the positive momentum in their bilateral relations continues."
)
ANNIVERSARY_SENTENCE = (
    "The two ministers likely also discussed preparations for the upcoming 60th anniversary of "
    "the normalization of diplomatic ties between their countries, scheduled for June this year."
)
MONTHS_SENTENCE = (
    "Cho's discussions with Iwaya took place approximately a month after their last meeting in "
    "Germany and two months following Iwaya's visit to Seoul."
)

KOREA = "South Korea"
JAPAN = "Japan"
CHO = "Cho Tae-yul"
IWAYA = "Takeshi Iwaya"

ROWS: tuple[Row, ...] = (
    Row(
        id="normalization-1965",
        title="South Korea and Japan normalize diplomatic ties",
        date=FuzzyDate.of_month(1965, 6),
        category="treaty",
        participants=(KOREA, JAPAN),
        location="",
        summary=(
            "South Korea and Japan establish diplomatic relations; the article looks ahead to "
            "the 60th anniversary of this normalization."
        ),
        date_basis=(
            "The '60th anniversary' is 'scheduled for June this year' (June 2025, relative to "
            f"{DATELINE_WORDS}), so the normalization was in June 1965."
        ),
        quotes=(Quote(ANNIVERSARY_SENTENCE, "60th anniversary"),),
    ),
    Row(
        id="forced-labour-compensation",
        title="Yoon announces Korea will compensate forced-labour victims itself",
        date=FuzzyDate.of_month(2023, 3),
        category="policy",
        participants=("Yoon Suk Yeol", KOREA),
        location="Seoul",
        summary=(
            "President Yoon Suk Yeol announces that South Korea will compensate victims of "
            "wartime forced labour without financial contributions from Japan, after which "
            "relations improve markedly."
        ),
        date_basis="'in March 2023', stated in the text.",
        quotes=(
            Quote(
                "Relations between Seoul and Tokyo have notably improved since President Yoon Suk "
                "Yeol announced in March 2023 that South Korea would independently compensate "
                "forced labor victims, without financial contributions from Japan.",
                "March 2023",
            ),
        ),
    ),
    Row(
        id="sado-memorial-boycott",
        title="South Korea boycotts the Sado mines memorial",
        date=FuzzyDate.of_part(2024, "late"),
        category="dispute",
        participants=(KOREA, JAPAN),
        location="Sado, Japan",
        summary=(
            "South Korea stays away from a memorial for Korean victims of wartime forced labour "
            "at the UNESCO-listed Sado mines, saying Tokyo did too little to honour them."
        ),
        date_basis=f"'late last year', relative to {DATELINE_WORDS}: late 2024.",
        quotes=(
            Quote(
                "However, tensions resurfaced late last year when South Korea chose to boycott a "
                "memorial event for Korean victims of Japan's wartime forced labor at the "
                "UNESCO-listed Sado mines, citing Tokyo's insufficient efforts to honor the "
                "victims appropriately.",
                "late last year",
            ),
        ),
    ),
    Row(
        id="iwaya-seoul-visit",
        title="Iwaya visits Seoul",
        date=FuzzyDate.of_month(2025, 1, circa=True),
        category="visit",
        participants=(IWAYA,),
        location="Seoul",
        summary="Japanese Foreign Minister Takeshi Iwaya visits Seoul.",
        date_basis=(
            "The Tokyo meeting of 22 March 2025 came 'two months following Iwaya's visit to "
            "Seoul': about two months earlier, so about January 2025."
        ),
        quotes=(Quote(MONTHS_SENTENCE, "two months following"),),
    ),
    Row(
        id="munich-meeting",
        title="Cho and Iwaya meet in Munich",
        date=FuzzyDate.of_month(2025, 2),
        category="meeting",
        participants=(CHO, IWAYA),
        location="Munich, Germany",
        summary=(
            "The two foreign ministers meet on the sidelines of the Munich Security Conference."
        ),
        date_basis=(
            f"'last month', relative to {DATELINE_WORDS}: February 2025; 'approximately a month "
            "after their last meeting in Germany' agrees."
        ),
        quotes=(
            Quote(MONTHS_SENTENCE, "approximately a month after"),
            Quote(
                "The last discussions between Cho and Iwaya took place in Munich last month "
                "during the Munich Security Conference.",
                "last month",
            ),
        ),
    ),
    Row(
        id="trilateral-tokyo",
        title="Trilateral meeting with China's Wang Yi in Tokyo",
        date=FuzzyDate.of_day(DATELINE),
        category="meeting",
        participants=(CHO, IWAYA, "Wang Yi"),
        location="Tokyo",
        summary=(
            "The foreign ministers of South Korea, Japan and China meet in Tokyo, just before "
            "the Korean and Japanese ministers' one-on-one talks."
        ),
        date_basis=(
            "The bilateral talks on Saturday 22 March 2025 (the dateline) were 'following a "
            "trilateral meeting', taken to be the same day."
        ),
        quotes=(
            Quote(
                "The two diplomats reached this consensus during discussions in Tokyo, following a "
                "trilateral meeting that also included Chinese Foreign Minister Wang Yi, as "
                "reported by Yonhap news agency.",
                None,
            ),
            Quote(DATELINE_SENTENCE, "March 22"),
        ),
    ),
    Row(
        id="cho-iwaya-tokyo",
        title="Cho and Iwaya hold bilateral talks in Tokyo",
        date=FuzzyDate.of_day(DATELINE),
        category="meeting",
        participants=(CHO, IWAYA),
        location="Tokyo",
        summary=(
            "The South Korean and Japanese foreign ministers agree to keep up exchanges so that "
            "the improvement in relations continues, and reaffirm the goal of North Korea's "
            "complete denuclearization."
        ),
        date_basis=(
            "'on Saturday', the day of the dateline 'March 22'; the year is 2025 (see "
            "\"How this article's date was found\" under the article's date in the Article "
            "tab)."
        ),
        quotes=(Quote(DATELINE_SENTENCE, "on Saturday"),),
    ),
    Row(
        id="normalization-60th-anniversary",
        title="60th anniversary of normalized ties (scheduled)",
        date=FuzzyDate.of_month(2025, 6),
        category="anniversary",
        participants=(KOREA, JAPAN),
        location="",
        summary=(
            "The 60th anniversary of the normalization of diplomatic ties; the ministers were "
            "expected to discuss preparations for it."
        ),
        date_basis=f"'June this year', relative to {DATELINE_WORDS}: June 2025.",
        quotes=(Quote(ANNIVERSARY_SENTENCE, "June this year"),),
    ),
)


def _find_once(haystack: str, needle: str, what: str, offset: int = 0) -> int:
    """The only position of ``needle`` in ``haystack``; exits with a message otherwise."""
    first = haystack.find(needle)
    if first < 0:
        raise SystemExit(f"build_default_timeline: {what} not found: {needle!r}")
    if haystack.find(needle, first + 1) >= 0:
        raise SystemExit(f"build_default_timeline: {what} occurs more than once: {needle!r}")
    return offset + first


def evidence_for(text: str, quote: Quote) -> Evidence:
    """Locate a quote in the article and return it as evidence with offsets."""
    start = _find_once(text, quote.sentence, "sentence")
    end = start + len(quote.sentence)
    if quote.date_expression is None:
        return Evidence(quote.sentence, start, end)
    date_start = _find_once(quote.sentence, quote.date_expression, "date expression", start)
    return Evidence(quote.sentence, start, end, date_start, date_start + len(quote.date_expression))


def check_dateline_year() -> None:
    """Re-derive the facts the source's date basis states, so the prose cannot drift."""
    saturdays = [y for y in range(2014, 2032) if _dt.date(y, 3, 22).weekday() == 5]
    if saturdays != [2014, 2025, 2031]:
        raise SystemExit(f"build_default_timeline: 22 March is a Saturday in {saturdays}")
    if 1965 + 60 != DATELINE.year:
        raise SystemExit("build_default_timeline: the 60th anniversary does not fall in 2025")


def build(article: str) -> Timeline:
    """The default timeline, with evidence located in ``article``."""
    check_dateline_year()
    title_line = article.split("\n", 1)[0].strip()
    source = Source(
        id=SOURCE_ID,
        title=title_line,
        outlet="NationPress",  # the article credits Yonhap; see the description
        dateline_place="Tokyo",
        dateline_date=DATELINE,
        date_basis=SOURCE_DATE_BASIS,
        text=article,
        url="",
    )
    if (
        source.title
        != "South Korea and Japan's Diplomats Commit to Ongoing Dialogue as Relations Improve"
    ):
        raise SystemExit(f"build_default_timeline: unexpected headline {source.title!r}")
    events = [
        Event(
            id=row.id,
            title=row.title,
            date=row.date,
            category=row.category,
            participants=row.participants,
            location=row.location,
            summary=row.summary,
            date_basis=row.date_basis,
            source_id=SOURCE_ID,
            evidence=tuple(evidence_for(article, q) for q in row.quotes),
        )
        for row in ROWS
    ]
    return Timeline.from_events(
        events,
        title="South Korea and Japan, 1965-2025",
        description=(
            "Events in relations between South Korea and Japan read from one NationPress "
            "report (via Yonhap) of 22 March 2025, each with the sentences it rests on and "
            "how its date follows from them."
        ),
        sources={SOURCE_ID: source},
    )


def main(argv: list[str] | None = None) -> int:
    """Build the default timeline and write it (atomically)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help="file to write")
    parser.add_argument("--article", type=Path, default=ARTICLE, help="article text to read")
    args = parser.parse_args(argv)
    # newline="" keeps the article's characters exactly, whatever the platform.
    with open(args.article, encoding="utf-8", newline="") as f:
        article = f.read()
    save(build(article), args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
