"""The legend at 1280 px and under a filter (new-user trial 11: three of eight categories
of the 100 000-event file sat unseen behind "»", and with a participant filter on, the
entries still counted every event)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

CATEGORIES = ["treaty", "policy", "dispute", "visit", "meeting", "anniversary", "statement",
              "event", "sanctions"]


def _many_categories() -> Timeline:
    """Nine categories of 1 000-odd events each (four-digit counts, as in the trial's
    file); every other event has Seoul among its participants."""
    events = [Event(f"e{i}", f"Event {i}", FuzzyDate.of_year(1950 + i % 70),
                    category=CATEGORIES[i % len(CATEGORIES)],
                    participants=("Seoul",) if i % 2 == 0 else ("Tokyo",))
              for i in range(len(CATEGORIES) * 1111)]
    return Timeline.from_events(events)


@pytest.fixture
def big_window(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(_many_categories())
    qtbot.addWidget(window)
    window.resize(1280, 776)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_category_is_shown_at_1280_px(qtbot, big_window):
    legend = big_window.legend_bar
    chips = legend.buttons()
    assert len(chips) == len(CATEGORIES)
    qtbot.waitUntil(lambda: all(chip.isVisible() for chip in chips.values()))
    assert big_window.toolBarBreak(legend)  # on a row of its own
    big_window.resize(2400, 900)  # room beside the toolbar: back on the shared row
    qtbot.waitUntil(lambda: not big_window.toolBarBreak(legend))
    assert all(chip.isVisible() for chip in chips.values())


def test_the_default_timeline_keeps_the_shared_row_at_1280_px(qtbot, window):
    window.resize(1280, 800)
    QApplication.processEvents()
    QApplication.processEvents()
    assert not window.toolBarBreak(window.legend_bar)
    assert all(chip.isVisible() for chip in window.legend_bar.buttons().values())


def test_under_a_participant_filter_the_legend_counts_the_events_shown(big_window):
    legend = big_window.legend_bar
    state = big_window.find_state
    assert legend.buttons()["treaty"].text() == "Treaty 1111"
    state.set_filter(dataclasses.replace(state.filter, participants=frozenset({"Seoul"})))
    seoul = {c: sum(1 for e in big_window.document.timeline.events
                    if e.category == c and "Seoul" in e.participants) for c in CATEGORIES}
    assert seoul["treaty"] < 1111
    for category, chip in legend.buttons().items():
        assert chip.text().endswith(f" {seoul[category]}"), (category, chip.text())
        assert f"{seoul[category]} of its 1111 events" in chip.toolTip()
    state.toggle_category("treaty")  # hidden: struck through, its count as before
    assert legend.buttons()["treaty"].text() == f"Treaty {seoul['treaty']}"
    state.clear_filter()
    assert legend.buttons()["treaty"].text() == "Treaty 1111"


def test_a_file_opened_at_1280_px_is_first_painted_where_it_stays(qtbot, window, tmp_path):
    """Verify14 (session 13): at 1280 px the 100 000-event file's events were first painted
    under an empty "Categories:" bar; 40-80 ms later its entries took a row of their own
    and the lanes, the axis and Details moved down one row.  The view is now where it
    stays, with every entry shown, from the first paint with the file's events (fails on
    51a05ef: first painted one row higher, with 6 of the 9 entries shown)."""
    from PySide6.QtCore import QEvent, QObject

    from timeline_app.io.native import save

    path = tmp_path / "many.json"
    save(_many_categories(), path)
    window.resize(1280, 776)
    qtbot.waitUntil(lambda: window.width() == 1280)
    qtbot.wait(50)  # the row of the default timeline's legend settled
    assert not window.toolBarBreak(window.legend_bar)
    painted: list[tuple[object, int]] = []

    class Paints(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if (event.type() == QEvent.Type.Paint
                    and len(window.document.timeline.events) > 1000 and not painted):
                painted.append((window.view.geometry(), sum(
                    chip.isVisible() for chip in window.legend_bar.buttons().values())))
            return False

    paints = Paints()
    window.view.viewport().installEventFilter(paints)
    assert window.open_path(str(path), background=False)
    qtbot.waitUntil(lambda: bool(painted))
    qtbot.wait(100)  # the legend's own timer has run
    window.view.viewport().removeEventFilter(paints)
    assert window.toolBarBreak(window.legend_bar)  # its own row at 1280 px
    first, chips = painted[0]
    assert chips == len(CATEGORIES)
    # Where the lanes start (the Events list's height may follow the lanes afterwards:
    # ``MainWindow._fit_list_to_timeline``, which moves only the view's bottom edge).
    assert (first.topLeft(), first.width()) == (window.view.geometry().topLeft(),
                                                window.view.width())


def test_a_legend_row_saved_with_another_file_does_not_move_the_next_start(qtbot, big_window):
    """The window's saved state brings back the legend's own row, taken for a file of
    nine categories; the next start's timeline fits beside the toolbar.  The row is
    settled before the panels' first paint: it was removed 40-80 ms after it and the
    lanes moved up a row (fails on 51a05ef)."""
    from PySide6.QtCore import QByteArray, QEvent, QObject

    from timeline_app import settings
    from timeline_app.app import create_main_window

    qtbot.waitUntil(lambda: big_window.toolBarBreak(big_window.legend_bar))
    big_window.close()  # saves its state: the legend on a row of its own
    # (not its geometry: restored, it would be cut to the offscreen screen's 800 px)
    settings.WINDOW_GEOMETRY.set(settings.open_settings(), QByteArray())
    window = create_main_window(defer_panels=True)
    qtbot.addWidget(window)
    painted: list[object] = []

    class Paints(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and window.is_ready():
                painted.append(window.view.geometry())
            return False

    paints = Paints()
    window.view.viewport().installEventFilter(paints)
    window.resize(1280, 776)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready() and bool(painted), timeout=10_000)
    qtbot.wait(150)  # the legend's own timer, and any repaint after it
    window.view.viewport().removeEventFilter(paints)
    assert not window.toolBarBreak(window.legend_bar)
    assert painted[0].topLeft() == window.view.geometry().topLeft(), painted


def test_the_entries_keep_their_names_when_the_more_button_is_gone(window, qtbot):  # type: ignore[no-untyped-def]
    """verify58 F7: after imports the legend showed its swatches alone, no names nor
    counts, until the next edit; her log: ``refresh`` raised RuntimeError at the "»"
    button, already deleted, before the entries' texts were set.  The texts come first,
    and a "»" that is gone is looked up again."""
    import shiboken6
    from PySide6.QtWidgets import QToolButton

    legend = window.legend_bar
    gone = QToolButton()
    shiboken6.delete(gone)
    legend._more = gone  # as Qt left it
    event = Event("e52-attack", "Houthis strike a tanker", FuzzyDate.of_year(2026),
                  category="Attack")
    window.document.add_event(event)
    QApplication.processEvents()
    buttons = legend.buttons()
    assert buttons["Attack"].text() == "Attack 1"
    assert all(button.text() for button in buttons.values())
    more = legend.more_button()
    assert more is not None and shiboken6.isValid(more)
    assert more.objectName() == "qt_toolbar_ext_button"


def test_an_ampersand_in_a_lane_name_is_no_mnemonic(window, qtbot):  # type: ignore[no-untyped-def]
    """verify59 F1: a Timeline Project file's categories "China & Taiwan", "Security &
    defence" read "China _Taiwan 7" in the legend: the "&" was taken as a mnemonic, the
    space after it underlined.  A name from a file is shown as written."""
    event = Event("e59-taiwan", "Kiribati switches recognition", FuzzyDate.of_year(2019),
                  category="China & Taiwan")
    window.document.add_event(event)
    QApplication.processEvents()
    button = window.legend_bar.buttons()["China & Taiwan"]
    assert button.text() == "China && Taiwan 1"  # ("&&" is how Qt writes a plain "&")
    # drawn as written: as wide as "China & Taiwan 1" in the button's font, not narrower
    fm = button.fontMetrics()
    assert button.sizeHint().width() >= fm.horizontalAdvance("China & Taiwan 1")
