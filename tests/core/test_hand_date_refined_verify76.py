"""verify76 F8 (session 57): "mid-December 2026", typed by hand for a wire's "next
month", stayed when the ministry's statement told the talks on 15–16 December and its row
was merged ("keeps its date mid-December 2026, set by hand"): another article's finer
date inside the person's refines it.  The same article read again still never undoes a
date the person set (verify51 F19)."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import keeps_hand_date, merge_events

MID_DECEMBER = FuzzyDate.of_month(2026, 12, mod="MID")


def _typed() -> Event:
    return Event("vienna", "Talks between Lithuania and Belarus in Vienna", MID_DECEMBER,
                 category="meeting", date_basis="typed by hand", source_id="wire",
                 evidence=(Evidence("Talks will be held in Vienna next month.", 0, 41),))


def _told(source: str, day: int, end: int | None = None) -> Event:
    return Event("x", "Talks in Vienna (scheduled)", FuzzyDate.of_ymd(2026, 12, day),
                 FuzzyDate.of_ymd(2026, 12, end) if end else None, category="meeting",
                 date_basis="'15-16 December 2026'", source_id=source,
                 evidence=(Evidence("Talks in Vienna on 15-16 December 2026.", 0, 38),))


def test_another_articles_finer_date_inside_refines_a_date_set_by_hand() -> None:
    merged = merge_events(_typed(), _told("statement", 15, 16))
    assert (merged.date, merged.end) == (FuzzyDate.of_ymd(2026, 12, 15),
                                         FuzzyDate.of_ymd(2026, 12, 16))
    assert not keeps_hand_date(_typed(), _told("statement", 15, 16))


def test_the_same_article_or_a_date_outside_keeps_the_persons_date() -> None:
    assert keeps_hand_date(_typed(), _told("wire", 15, 16))  # (verify51 F19)
    assert merge_events(_typed(), _told("wire", 15, 16)).date == MID_DECEMBER
    assert keeps_hand_date(_typed(), _told("statement", 28))  # (late December: outside)
    assert merge_events(_typed(), _told("statement", 28)).date == MID_DECEMBER
