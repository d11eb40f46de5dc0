"""Era titles whole wherever there is room (verify47 F16): at Fit All a lecturer's five
eras read "E3 …", "Oba…", "JCPO…", "Maxi…", "S…" on screen, in the PNG and in the print,
with free room after them: only a band narrower than ``ERA_LEAST_TITLE_PX`` had its
title run on past its edge.  And the legend entry of a lane shown as eras read
"Periods 5" after the lanes went back to categories (until the next edit)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate

PERIODS = (  # (id, title, start, end): verify47's "Periods" lane
    ("e3", "E3 talks", FuzzyDate.of_day(dt.date(2003, 10, 21)), FuzzyDate.of_month(2005, 8)),
    ("obama", "Obama-era talks", FuzzyDate.of_month(2013, 6),
     FuzzyDate.of_day(dt.date(2015, 7, 14))),
    ("jcpoa", "JCPOA in force", FuzzyDate.of_day(dt.date(2016, 1, 16)),
     FuzzyDate.of_day(dt.date(2018, 5, 8))),
    ("max", "Maximum pressure", FuzzyDate.of_day(dt.date(2018, 5, 8)), FuzzyDate.of_year(2021)),
    ("snap", "Snapback and after", FuzzyDate.of_month(2025, 8), FuzzyDate.of_year(2026)),
)


def _periods(window) -> None:  # type: ignore[no-untyped-def]
    for event_id, title, start, end in PERIODS:
        window.document.add_event(Event(event_id, title, start, end=end, category="periods"))
    window.document.set_era_lane("periods", True)
    window.view.fit_all()
    QApplication.processEvents()


def test_a_title_longer_than_its_band_runs_into_the_room_after_it(window) -> None:  # type: ignore[no-untyped-def]
    _periods(window)
    view = window.view
    titled = view._era_titles(view._content_offset())
    width = float(view.viewport().width())
    whole = 0
    for index, (event, x0, x1, row, box) in enumerate(titled):
        after = min([x for _e, x, _x1, r, _b in titled[index + 1:] if r == row and x > x0]
                    + [width])
        needed = view._era_title_px(event)
        if after - 4 - box.left() >= needed + 1:  # room for the whole title
            assert box.width() >= needed, event.title
            whole += 1
        assert box.right() <= after - 4 + 0.5 or box.width() <= x1 - x0  # never over the next
    assert whole >= 2  # (at this size "E3 talks" and "Snapback and after" have the room)
    cut = [e.title for e, x0, x1, _r, _b in titled
           if view._era_title_px(e) > x1 - x0 - 8 and x1 - x0 >= 22]
    assert cut  # some titles are longer than their bands here (the case in question)


def test_the_legend_says_eras_again_after_lanes_by_participant(window) -> None:  # type: ignore[no-untyped-def]
    _periods(window)
    button = window.legend_bar._buttons["periods"]
    assert button.text().endswith("· eras")
    window.set_lanes_by("participant")
    QApplication.processEvents()
    # By participant the entries are filters, not lanes: unmarked, before an edit and after
    assert not button.text().endswith("· eras")
    window.document.add_event(Event("talk", "Talks in Vienna", FuzzyDate.of_year(2021),
                                    category="meeting"))
    QApplication.processEvents()
    assert not window.legend_bar._buttons["periods"].text().endswith("· eras")
    window.set_lanes_by("category")
    QApplication.processEvents()
    assert window.legend_bar._buttons["periods"].text().endswith("· eras")


def test_a_cut_title_takes_a_free_row_of_titles(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    document = window.document
    document.add_event(Event("a", "The first era, with a long title", FuzzyDate.of_year(2000),
                             end=FuzzyDate.of_year(2001), category="periods"))
    document.add_event(Event("b", "Second", FuzzyDate.of_year(2002),
                             end=FuzzyDate.of_year(2022), category="periods"))
    document.add_event(Event("c", "Third", FuzzyDate.of_year(2020),
                             end=FuzzyDate.of_year(2021), category="periods"))  # row 2
    document.set_era_lane("periods", True)
    window.view.fit_all()
    QApplication.processEvents()
    view = window.view
    first, second = view.era_title_rect("a"), view.era_title_rect("b")
    assert first.width() >= view._era_title_px(document.timeline.get("a"))  # whole
    assert first.top() > second.top()  # in the second row, free there
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=first.center().toPoint())
    assert window.selection.event_id == "a"  # and it still selects its era
