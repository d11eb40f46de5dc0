"""Plans are drawn as plans, and a moved plan says so (verify87 F3): a plan (a title ending
"(scheduled)") was drawn with the same filled diamond and bar as an event that took place,
the Events list told it only by its title, and a plan a later article pushed back said the
day it had been set for only in the Details pane's date basis."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.occurrence import SCHEDULED_SUFFIX
from timeline_app.core.plans import (
    PLAN_MARK,
    is_plan,
    moved_from,
    noted_title,
    was_words,
)
from timeline_app.core.plans import (
    SCHEDULED_SUFFIX as PLANS_SUFFIX,
)
from timeline_app.document import Document
from timeline_app.ui.event_list import EventTableModel
from timeline_app.ui.view_layout import _shown_title

#: As ``core.duplicates.merge_events`` writes a move into the basis (edit87, verify87 F1).
MOVED_BASIS = ("'3 March', year chosen relative to the dateline 20 February 2027; pushed back "
               "from 24 February 2027 ('24 February', year chosen relative to the dateline "
               "10 February 2027)")


def _plan(event_id: str = "plan", basis: str = "", day: int = 3) -> Event:
    return Event(event_id, "Envoys meet in Tarsk (scheduled)", FuzzyDate.of_ymd(2027, 3, day),
                 category="meeting", date_basis=basis)


def test_the_plan_ending_is_the_occurrence_one() -> None:
    assert PLANS_SUFFIX == SCHEDULED_SUFFIX


def test_a_moved_plan_names_the_day_it_was_set_for() -> None:
    moved = _plan(basis=MOVED_BASIS)
    assert is_plan(moved)
    assert moved_from(moved) == FuzzyDate.of_ymd(2027, 2, 24)
    assert was_words(moved) == "was 24 Feb"
    assert was_words(moved, short=False) == "was 24 February"
    assert noted_title(moved) == "Envoys meet in Tarsk (scheduled, was 24 Feb)"
    assert _shown_title(moved) == "Envoys meet in Tarsk (scheduled, was 24 Feb)"
    # another year is said; a plan moved back to its old day, or an event that is no
    # plan, or a basis that only quotes such words, says nothing
    earlier = Event("p", "Vote (scheduled)", FuzzyDate.of_ymd(2027, 1, 5),
                    date_basis="pushed back from 30 December 2026 ('30 December')")
    assert was_words(earlier) == "was 30 Dec 2026"
    assert moved_from(Event(
        "p", "Vote (scheduled)", FuzzyDate.of_ymd(2027, 2, 24), date_basis=MOVED_BASIS)) is None
    held = Event("h", "Envoys meet in Tarsk", FuzzyDate.of_ymd(2027, 3, 3),
                 date_basis=MOVED_BASIS)
    assert not is_plan(held) and noted_title(held) == held.title
    quoted = _plan(basis="read from 'talks, moved from 24 February 2027 to March'")
    assert moved_from(quoted) is None and _shown_title(quoted) == quoted.title


def test_the_events_list_marks_plans_and_moved_plans(qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline = Timeline.from_events([
        _plan("moved", MOVED_BASIS),
        Event("plan", "Donors meet (scheduled)", FuzzyDate.of_ymd(2027, 4, 1)),
        Event("held", "Ceasefire holds", FuzzyDate.of_ymd(2027, 1, 1))])
    model = EventTableModel(Document(timeline))
    dates = {str(model.data(model.index(row, 1))): str(model.data(model.index(row, 0)))
             for row in range(model.rowCount())}
    assert dates == {"Ceasefire holds": "1 January 2027",
                     "Envoys meet in Tarsk (scheduled)":
                         f"{PLAN_MARK} 3 March 2027, was 24 February",
                     "Donors meet (scheduled)": f"{PLAN_MARK} 1 April 2027"}
    assert model.cell(model.row_of("moved"), 0)[0] == dates["Envoys meet in Tarsk (scheduled)"]


def _at(image: QImage, x: float, y: float) -> QColor:
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(x * ratio), round(y * ratio))


def test_plans_are_drawn_hollow(shown_view) -> None:  # type: ignore[no-untyped-def]
    """A plan's diamond is open (its middle the lane's background, not its colour), a held
    event's filled; a plan's bar has a rim of the background inside its outline, stripes
    still inside it; a held event's hatched bar has none."""
    timeline = Timeline.from_events([
        Event("held", "Ceasefire holds", FuzzyDate.of_ymd(2027, 3, 1), category="meeting"),
        _plan("plan", day=20),
        Event("vague", "Summit (scheduled)", FuzzyDate.of_month(2027, 5), category="meeting"),
        Event("vaguer", "Review", FuzzyDate.of_month(2027, 7), category="meeting")])
    view = shown_view(timeline, size=(900, 300))
    items = view._layout().items_by_id
    assert [items[i].plan for i in ("held", "plan", "vague", "vaguer")] == [
        False, True, True, False]
    image = view.viewport().grab().toImage()
    held, plan = view.marker_rect("held").center(), view.marker_rect("plan").center()
    lane = _at(image, held.x(), held.y())
    hollow = _at(image, plan.x(), plan.y())
    assert lane.saturation() > 60  # the lane's colour fills a held day
    assert hollow.saturation() < 30  # a plan's is open
    for event_id, rimmed in (("vague", True), ("vaguer", False)):
        box = view.marker_rect(event_id)
        assert box.width() > 30
        # the pixels 2 and 3 px inside the bar's top edge, halfway along it: the rim is
        # the base's colour
        base = view.palette().base().color()
        near = any(all(abs(a - b) <= 24 for a, b in zip(
            _at(image, box.center().x(), box.top() + dy).getRgb()[:3], base.getRgb()[:3],
            strict=True)) for dy in (2, 3))
        assert near is rimmed, event_id


def test_the_printed_list_says_the_day_a_moved_plan_was_set_for() -> None:
    from timeline_app.ui.print_pages import chronology_rows

    rows = chronology_rows([_plan("moved", MOVED_BASIS), _plan("plan", day=9)], {})
    assert [title for _date, title, _names, _who in rows] == [
        "Envoys meet in Tarsk (scheduled, was 24 February)",
        "Envoys meet in Tarsk (scheduled)"]
