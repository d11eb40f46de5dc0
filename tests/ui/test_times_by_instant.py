"""Times with a stated UTC offset are ordered by their instant (verify46 F18).

Two events of 27 November 2026, 09:45 UTC+01:00 (Brussels, 08:45 UTC) and 09:00Z (10:00
in Brussels), were listed and stepped through 09:00 first: by the clock as written.  Where
both offsets are known the instant orders them; each is still shown as written.
"""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.clock import ClockTime

DAY = FuzzyDate.of_ymd(2026, 11, 27)


def _timeline() -> Timeline:
    return Timeline.from_events([
        Event("gmt", "Live blog: leaders arrive", DAY.with_time(ClockTime(9, 0, 0))),
        Event("cet", "Kallas opens the meeting", DAY.with_time(ClockTime(9, 45, 60))),
        Event("local", "Statement read out", DAY.with_time(ClockTime(8, 50))),
        Event("tokyo", "Tokyo reacts", DAY.with_time(ClockTime(17, 30, 540))),
    ], title="Live")


def test_the_timeline_orders_a_day_by_the_instant_and_shows_the_clock() -> None:
    timeline = _timeline()
    # 17:30+09:00 = 08:30Z, 08:50 (no offset, as written), 09:45+01:00 = 08:45Z, 09:00Z
    assert [e.id for e in timeline.events] == ["tokyo", "cet", "local", "gmt"]
    assert "09:45" in timeline.get("cet").date.describe()
    assert "17:30" in timeline.get("tokyo").date.describe()


def test_the_list_and_the_view_step_in_that_order(window, qtbot):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_timeline(), None, unsaved=True)
    model = window.event_list.model()
    titles = [str(model.index(row, 0).data()) + " " + str(model.index(row, 1).data())
              for row in range(model.rowCount())]
    order = [next(i for i, t in enumerate(titles) if words in t)
             for words in ("Tokyo reacts", "Kallas opens", "Statement read", "leaders arrive")]
    assert order == sorted(order), titles
    view = window.view
    view.select_event("cet")
    view.step_selection(1)
    assert window.selection.event_id == "local"
    view.step_selection(1)
    assert window.selection.event_id == "gmt"
