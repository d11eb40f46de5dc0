"""View defects found by new-user trial 8 (branch view8b)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import native as timeline_io


def _many_lanes(count: int = 40) -> Timeline:
    categories = ("statement", "sanction", "treaty", "policy", "dispute", "visit", "meeting",
                  "anniversary")  # the first event in a low lane
    first = _dt.date(1990, 1, 1).toordinal()
    events = [Event(f"e{i}", f"Event number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + i * 90)),
                    category=categories[i % len(categories)])
              for i in range(count)]
    return Timeline.from_events(events, title="Many lanes")


def test_a_file_opened_with_the_event_list_focused_starts_at_the_top_unselected(
        window, qtbot, tmp_path, recorded_prompts):
    """trial8-24: File → Open with the event list focused showed the new file's first
    event selected and the lanes scrolled down to it (the Treaty lane hidden): the focus
    coming back to the list from the file dialog made its first row current, which the
    list took for a click on it."""
    path = tmp_path / "many.json"
    timeline_io.save(_many_lanes(), path)
    window.activateWindow()
    qtbot.waitActive(window)
    window.event_list.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    window.selection.select(window.view.event_ids()[0])
    recorded_prompts.open_path = str(path)
    window.open_action.trigger()
    # the file dialog closing gives the focus back to the list
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    window.event_list.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    QApplication.processEvents()
    assert window.view.event_ids()[:1] == ["e0"]
    assert window.selection.event_id == ""
    assert window.selection.event_ids == ()
    assert window.view.verticalScrollBar().value() == 0
    # a key pressed in the list still selects (the list is still usable by keyboard)
    qtbot.keyClick(window.event_list, Qt.Key.Key_Down)
    assert window.selection.event_id != ""


def _with_a_second_article(window) -> None:  # type: ignore[no-untyped-def]
    """The default timeline plus the events of a second article (Korea-Vietnam, dated
    14 October 2024), one of them in December 1992: Fit All then has two bands."""
    from timeline_app.core.model import Source

    source = Source("korea-vietnam", "Korea and Vietnam", dateline_date=_dt.date(2024, 10, 14))
    events = [
        Event("kv1", "South Korea and Vietnam establish diplomatic relations",
              FuzzyDate.of_month(1992, 12), category="treaty", source_id=source.id),
        Event("kv2", "South Korea and Vietnam sign a trade pact",
              FuzzyDate.of_day(_dt.date(1992, 12, 22)), category="policy",
              source_id=source.id),
        Event("kv3", "Cho Tae-yul and Bui Thanh Son meet in Seoul",
              FuzzyDate.of_month(2024, 8), category="meeting", source_id=source.id),
        Event("kv4", "Cho Tae-yul and Bui Thanh Son meet in Hanoi",
              FuzzyDate.of_day(_dt.date(2024, 10, 14)), category="meeting",
              source_id=source.id)]
    window.document.import_events(source, events)


def test_fit_all_with_two_bands_shows_every_stretch_its_titles_years_and_articles(
        window, qtbot):
    """trial8-53: with a second article's 1992 events, Fit All had two bands; the 1965
    and 1992 events had no titles, the 1992 stretch no year label and the 22 Mar 2025
    article's line was gone (its badge dropped beside the 14 Oct 2024 one)."""
    window.resize(1600, 1000)
    _with_a_second_article(window)
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    assert len(view._scale.breaks) == 2
    layout = view._layout()
    for event_id in ("kv1", "kv2", *[e.id for e in window.document.timeline.events
                                      if e.date.year == 1965]):
        item = layout.items_by_id[event_id]
        assert item.label and item.label_rect.width() >= 100, event_id
    texts = [text for _rect, text in view.axis_labels()]
    assert "1965" in texts and "1992" in texts
    badges = [label for _box, label in view._article_badges(view.viewport().width())]
    assert badges == ["Article · 14 Oct 2024", "Article · 22 Mar 2025"]
    assert len(view._article_line_columns()) == 2
    # each badge still stands over its own line
    for x, box, _label in view._named_article_columns(view.viewport().width()):
        assert box.left() + 4 <= x <= box.right() - 4


def test_fit_all_with_one_band_is_the_start_up_view_as_before(window):
    """The default timeline's one band: no room is added (the left margin keeps the
    1965 titles, uifix8)."""
    view = window.view
    view.fit_all()
    assert view._fit_room_days == {}
    assert len(view._scale.breaks) == 1
