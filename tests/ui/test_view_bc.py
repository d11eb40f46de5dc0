"""A timeline of 500 BC - AD 800 in the view: drawn, labelled, zoomed, panned and clicked
across year 0, and Go to Date with years BC and ranges."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from view_mouse import drag, release

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import day_number
from timeline_app.ui.timeline_view import TimelineView

PNG_DIR = Path("/work/coord/png")


def _ancient() -> Timeline:
    return Timeline.from_events([
        Event("marathon", "Battle of Marathon", FuzzyDate.of_year(-489), category="war"),
        Event("peace", "Peace of Callias", FuzzyDate.of_year(-448, circa=True),
              category="treaty"),
        Event("ides", "Assassination of Caesar", FuzzyDate.of_ymd(-43, 3, 15),
              category="event"),
        Event("augustus", "Reign of Augustus", FuzzyDate.of_year(-26),
              end=FuzzyDate.of_year(14), category="event"),
        Event("nicaea", "Council of Nicaea", FuzzyDate.of_month(325, 5), category="meeting"),
        Event("hadrian", "Hadrian's Wall begun", FuzzyDate.of_year(122), category="event"),
        Event("charlemagne", "Coronation of Charlemagne", FuzzyDate.of_ymd(800, 12, 25),
              category="meeting"),
    ], title="Antiquity")


@pytest.fixture
def view(shown_view):  # type: ignore[no-untyped-def]
    return shown_view(_ancient(), (1200, 560))


def _labels(view: TimelineView) -> list[str]:
    return [text for _, text in view.axis_labels()]


def test_the_whole_timeline_shows_bc_and_ad_years(view):
    first, last = view.visible_days()
    assert first < day_number(-489, 1, 1) and day_number(800, 12, 26) < last
    for event_id in view.event_ids():
        assert view.event_rect(event_id).isValid(), event_id
    # Events in date order from left to right, across year 0.
    xs = [view.marker_rect(i).left() for i in ("marathon", "ides", "hadrian", "charlemagne")]
    assert xs == sorted(xs)
    labels = _labels(view)
    assert any(text.endswith(" BC") for text in labels), labels
    assert any(text.startswith("AD ") for text in labels), labels
    assert not any(text.lstrip("-").isdigit() and int(text) <= 0 for text in labels)
    if PNG_DIR.is_dir():
        view.grab().save(str(PNG_DIR / "viewedit-bc-fit.png"))


def test_clicking_bc_events_selects_them(view, qtbot):
    for event_id in ("marathon", "ides", "charlemagne"):
        view.ensure_visible(event_id)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.marker_rect(event_id).center().toPoint())
        assert view.selected_event_id() == event_id


def test_zooming_and_panning_walk_across_year_0_without_an_error(view, qtbot):
    ides = day_number(-43, 3, 15)
    view.go_to_date(ides, 40)
    labels = _labels(view)
    assert "March 44 BC" in labels, labels
    assert any(text.isdigit() for text in labels)  # days of the month
    if PNG_DIR.is_dir():
        view.grab().save(str(PNG_DIR / "viewedit-bc-ides.png"))
    # Pan day by day screens over the year 1 BC into AD 1, reading the axis each time.
    seen: set[str] = set()
    view.go_to_days(day_number(-1, 6, 1), day_number(1, 6, 1))
    for _ in range(12):
        view._pan_pixels(view.viewport().width() * 0.5)
        seen.update(_labels(view))
        view.repaint()
    assert "1 BC" in seen and "AD 1" in seen, seen
    # Zoom out to the limit at a BC day, and back in.
    x = view.x_of_day(ides)
    for _ in range(60):
        view.zoom_by(1 / 1.5, x)
        view.repaint()
    for _ in range(60):
        view.zoom_by(1.5)
        view.repaint()
    assert view.visible_days()[1] - view.visible_days()[0] < 3


def test_panning_to_the_first_representable_day_stops_there(view):
    view.go_to_days(day_number(-9998, 1, 1), day_number(-9998, 3, 1))
    for _ in range(30):
        view._pan_pixels(-view.viewport().width())
        view.repaint()
    assert view.visible_days()[0] >= day_number(-9998, 1, 1) - 1
    assert any("9999 BC" in text for text in _labels(view))


@pytest.mark.parametrize(("typed", "first", "last"), [
    ("44 BC", (-43, 1, 1), (-43, 12, 31)),
    ("15 March 44 BC", (-43, 3, 15), (-43, 3, 15)),
    ("500 BC–AD 800", (-499, 1, 1), (800, 12, 31)),
    ("March to May 1965", (1965, 3, 1), (1965, 5, 31)),
    ("AD 800", (800, 1, 1), (800, 12, 31)),
])
def test_go_to_date_takes_what_people_type(view, monkeypatch, recorded_prompts, typed, first,
                                           last):
    monkeypatch.setattr(type(view), "prompt", staticmethod(lambda *_a: typed))
    assert view.ask_go_to_date()
    assert recorded_prompts.errors == []
    shown = view.visible_days()
    assert shown[0] <= day_number(*first) and day_number(*last) + 1 <= shown[1]
    span = shown[1] - shown[0]
    asked = day_number(*last) + 1 - day_number(*first)
    assert span < max(20.0, asked * 1.5)  # the range fills the view, not a lost corner


def test_an_ambiguous_slash_date_follows_the_locale(view, monkeypatch, recorded_prompts):
    from timeline_app.ui import dates_input

    monkeypatch.setattr(type(view), "prompt", staticmethod(lambda *_a: "12/11/2024"))
    monkeypatch.setattr(dates_input, "locale_day_first", lambda: False)  # month first, as in
    # the United States: 11 December
    assert view.ask_go_to_date()
    first, last = view.visible_days()
    assert first < day_number(2024, 12, 11) < last
    assert not first < day_number(2024, 11, 12) < last


@pytest.mark.parametrize(("typed", "first_line"), [
    ("next blue moon", "Cannot go to “next blue moon”: "),
    ("", "Type a date."),
    ("<b>44 BC</b>", "Cannot go to “<b>44 BC</b>”: "),  # shown as typed, as plain text
])
def test_go_to_date_says_plainly_what_can_be_typed(view, monkeypatch, recorded_prompts, typed,
                                                   first_line):
    answers = iter([typed, None])
    monkeypatch.setattr(type(view), "prompt", staticmethod(lambda *_a: next(answers)))
    before = view.visible_days()
    assert not view.ask_go_to_date()
    assert view.visible_days() == before
    ((title, message),) = recorded_prompts.errors
    assert title == "Go to date"
    assert message.startswith(first_line)
    assert "44 BC" in message and "1965–1970" in message and "March 2025" in message
    assert message.count("22 March 2025") == 1  # the parser's own examples are not repeated
    assert "Traceback" not in message and "ValueError" not in message


def test_double_click_on_bc_space_prefills_a_bc_date():
    from timeline_app.ui.main_window import date_at_zoom

    day = day_number(-43, 3, 15) + 0.5
    assert date_at_zoom(day, 10) == FuzzyDate.of_ymd(-43, 3, 15)
    assert date_at_zoom(day, 1) == FuzzyDate.of_month(-43, 3)
    assert date_at_zoom(day, 0.01) == FuzzyDate.of_year(-43)
    assert date_at_zoom(float("nan"), 10) is not None


def test_a_bc_event_can_be_dragged_across_year_0(view, qtbot):
    document = view._document
    view.go_to_days(day_number(-3, 1, 1), day_number(4, 1, 1))
    event = Event("e", "Census", FuzzyDate.of_year(-1), category="event")
    document.add_event(event)
    start = view.marker_rect("e").center()
    dx = 2 * 365.25 * view.px_per_day()
    view.select_event("e")  # only a selected event moves
    drag(view, start, start + QPointF(dx, 0))
    assert view.drag_preview_text() == "AD 1"  # 2 BC, 1 BC, AD 1: no year 0 between
    release(view, start + QPointF(dx, 0))
    assert document.timeline.get("e").date == FuzzyDate.of_year(1)


def test_go_to_date_offers_the_middle_of_the_view_at_the_zoom_s_precision(view, monkeypatch):
    offered = []
    monkeypatch.setattr(type(view), "prompt",
                        staticmethod(lambda _p, _t, _l, text: offered.append(text)))
    view.go_to_date(day_number(-43, 3, 15), 14)
    view.ask_go_to_date()
    view.fit_all()
    view.ask_go_to_date()
    assert re.fullmatch(r"1[456] March 44 BC", offered[0])  # a day, at a day's zoom
    assert re.fullmatch(r"\d+ BC|AD \d+", offered[1])  # a year, zoomed out to centuries

