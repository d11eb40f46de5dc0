"""verify79 F13: the lane's one long title ("… agree on a humanitarian corridor in …")
had no date beside it while every other event had its own: its row had no room left of
the title nor right of its marker.  The title is now cut at a word for its date (the date
first); a short title in a crowded row keeps its room and has no date, as before."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.view_dates import DATE_GAP, short_date

LONG = "The northern army and the river militia agree on a humanitarian corridor in Port Louis"


def _timeline() -> Timeline:
    """A story's background (2023, 2024) and its week of talks (1-7 December 2026), the
    years between cut as a band: the week's titles go left of their markers, and the
    long one fills its row up to the band."""
    def day(n: int) -> FuzzyDate:
        return FuzzyDate.of_day(dt.date(2026, 12, n))

    timeline = Timeline("corridor")
    for event in [
        Event("a", "First river truce agreed", FuzzyDate.of_day(dt.date(2023, 5, 20)),
              category="treaty"),
        Event("b", LONG, day(1), category="treaty"),
        Event("c", "War breaks out", FuzzyDate.of_month(2023, 4), category="dispute"),
        Event("d", "Later river talks break down", FuzzyDate.of_month(2023, 12),
              category="dispute"),
        Event("d2", "Talks in Geneva collapse", FuzzyDate.of_month(2024, 8),
              category="dispute"),
        Event("e", "Army and militia open ceasefire talks in Port Louis", day(1),
              category="meeting"),
        Event("f", "Army and militia talks on monitors end without deal", day(3),
              category="meeting"),
        Event("f2", "Talks to resume in Port Louis (scheduled)", day(7), category="meeting"),
        Event("g", "Foreign ministry statement", day(2), category="statement"),
        Event("g2", "Famine declared", FuzzyDate.of_month(2024, 8), category="statement"),
        Event("h", "Army chief visits the port", day(2), category="visit"),
        Event("i", "Signing ceremony (scheduled)", day(5))]:
        timeline.add(event)
    return timeline


@pytest.mark.parametrize("width", [900, 1050])
def test_a_long_title_is_cut_for_its_date(shown_view, width) -> None:  # type: ignore[no-untyped-def]
    timeline = _timeline()
    view = shown_view(timeline, size=(width, 600))
    view.viewport().grab()
    text, box = view.date_beside("b")
    assert text == short_date(timeline.get("b")) == "1 Dec 2026"
    shown = view.label_text("b")
    assert shown.endswith("…") and LONG.startswith(shown[:-1].rstrip()), shown
    assert 0 < box.left() and box.right() < view.viewport().width()
    for other in timeline:  # clear of every title and marker, its own too
        for rect in (view.label_rect(other.id), view.marker_rect(other.id)):
            if rect.isValid() and not rect.isEmpty():
                assert not box.adjusted(-DATE_GAP + 1, 0, DATE_GAP - 1, 0).intersects(
                    rect), other.title
