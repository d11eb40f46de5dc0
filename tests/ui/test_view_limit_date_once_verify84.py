"""verify84 F6: a date told as a limit was said twice on the timeline: "Licences issued
(by the late 1970s)" (the title says a deadline's date, ``view_layout._shown_title``) and
then "by the late 1970s" beside it.  A whole title that says its date has no date
beside it; other titles keep theirs."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision
from timeline_app.ui.view_dates import short_date

LATE_70S = FuzzyDate(1970, None, None, Precision.DECADE, None, False, "END", "ON_OR_BEFORE")


def _timeline() -> Timeline:
    timeline = Timeline("sound")
    for event in [
        Event("a", "Licences issued", LATE_70S, category="policy"),
        Event("b", "Fisheries accord signed", FuzzyDate.of_year(1974), category="treaty"),
        Event("c", "Commission set up (scheduled)",
              FuzzyDate.of_ymd(1985, 7, 31).with_limit("ON_OR_BEFORE"), category="treaty"),
        Event("d", "Sound question referred to arbitration", FuzzyDate.of_year(1990),
              category="dispute")]:
        timeline.add(event)
    return timeline


def test_a_title_that_says_its_date_has_no_date_beside_it(shown_view) -> None:  # type: ignore[no-untyped-def]
    timeline = _timeline()
    view = shown_view(timeline, size=(1200, 600))
    view.viewport().grab()
    assert view.label_text("a") == "Licences issued (by the late 1970s)"
    assert view.date_beside("a")[0] == ""
    assert view.label_text("c").endswith("(by 31 July 1985)")
    assert view.date_beside("c")[0] == ""
    # the others keep their dates beside their titles
    assert view.date_beside("b")[0] == short_date(timeline.get("b")) == "1974"
    assert view.date_beside("d")[0] == "1990"
