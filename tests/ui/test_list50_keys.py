"""Issue 11 (the Events list's keys at 100 000 rows ≤ 8 ms), session 45, list50: what a
key in the Events list sets off besides the list itself.

The status line names the selected event: its new text at each key laid the status bar
and the main window out again (``QLabel.setText`` → ``updateGeometry``) and repainted the
docks' separators and the whole status bar.  It now draws its text itself, as the label
as wide as its text drew it, and asks for a layout only for a text wider than any before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel
from test_list49_paint import _Paints  # (counts an object's paint events)


class _Layouts(QObject):
    """Counts the layout requests each watched widget gets."""

    def __init__(self, *widgets) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.counts = {id(w): 0 for w in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest and id(obj) in self.counts:
            self.counts[id(obj)] += 1
        return False

    def total(self) -> int:
        return sum(self.counts.values())


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def _by_status_width(window):  # type: ignore[no-untyped-def]
    """The default timeline's event ids, the one whose status text is widest first."""
    status = window._status
    widths = {}
    for event in window.document.timeline:
        window.selection.select(event.id)
        widths[event.id] = status.fontMetrics().horizontalAdvance(status.text())
    return sorted(widths, key=lambda i: -widths[i])


def test_a_key_in_the_events_list_does_not_lay_the_window_out(window, qtbot):  # type: ignore[no-untyped-def]
    ids = _by_status_width(window)
    window.selection.select(ids[0])  # the widest line shown once: its room is kept
    _settle(qtbot)
    table = window.event_list
    table.setFocus()
    layouts = _Layouts(window, window.statusBar(), window._status)
    texts = []
    for event_id in ids[1:]:  # each narrower: by the list's keys, one row at a time
        row = table.model().row_of(event_id)
        table.setCurrentIndex(table.model().index(row, 0))
        _settle(qtbot)
        assert window.selection.event_id == event_id
        texts.append(window._status.text())
        title = window.document.timeline.get(event_id).title
        assert f"selected: {title}" in window._status.text()
    assert len(set(texts)) == len(texts) > 3  # a new line each time
    assert layouts.total() == 0  # main: 2 a row (the status bar's, the window's)


def test_a_wider_line_still_gets_its_room(window, qtbot):  # type: ignore[no-untyped-def]
    import dataclasses

    ids = _by_status_width(window)
    window.selection.select(ids[0])  # the widest line yet
    _settle(qtbot)
    status = window._status
    room = status.width()
    assert room >= status.fontMetrics().horizontalAdvance(status.text())
    event = window.document.timeline.get(ids[0])
    window.document.update_event(dataclasses.replace(event, title=event.title + " and more"))
    _settle(qtbot)
    assert status.width() > room  # laid out for the wider line
    assert status.width() >= status.fontMetrics().horizontalAdvance(status.text())
    assert status.text().endswith(")") and "and more" in status.text()


def _reference(status, text: str, rtl: bool) -> QImage:  # type: ignore[no-untyped-def]
    """``text`` as main's status line drew it: a plain QLabel as wide as its text, at the
    line's trailing end (right, or left right to left), on the status bar's background."""
    image = QImage(status.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(status.palette().color(status.backgroundRole()))
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(status.font())
    label.setPalette(status.palette())
    label.setLayoutDirection(status.layoutDirection())
    label.setText(text)
    label.resize(label.sizeHint().width(), status.height())
    painter = QPainter(image)
    x = 0 if rtl else status.width() - label.width()
    label.render(painter, QPoint(x, 0))
    painter.end()
    return image


def _drawn(status) -> QImage:  # type: ignore[no-untyped-def]
    image = QImage(status.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(status.palette().color(status.backgroundRole()))
    painter = QPainter(image)
    status.render(painter, QPoint(0, 0))
    painter.end()
    return image


def test_the_line_looks_as_the_label_as_wide_as_its_text(window, qtbot):  # type: ignore[no-untyped-def]
    ids = _by_status_width(window)
    status = window._status
    for rtl in (False, True):
        if rtl:
            window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for event_id in (ids[0], ids[-1], ids[len(ids) // 2]):  # the widest, then narrower
            window.selection.select(event_id)
            _settle(qtbot)
            assert status.width() > status.fontMetrics().horizontalAdvance(status.text()) \
                or event_id == ids[0]
            assert _drawn(status) == _reference(status, status.text(), rtl), (rtl, event_id)
    # an event's title in Arabic: QLabel aligned it by the text's own direction
    window.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    import dataclasses

    event = window.document.timeline.get(ids[-1])
    window.document.update_event(dataclasses.replace(event, title="محادثات في الرياض"))
    window.selection.select(ids[0])
    window.selection.select(ids[-1])
    _settle(qtbot)
    assert "محادثات" in status.text()
    assert _drawn(status) == _reference(status, status.text(), False)
    # another font: measured and drawn in it
    font = status.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    status.setFont(font)
    _settle(qtbot)
    assert status.width() >= status.fontMetrics().horizontalAdvance(status.text())
    assert _drawn(status) == _reference(status, status.text(), False)


def test_the_line_is_named_for_screen_readers(window, qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible

    ids = _by_status_width(window)
    window.selection.select(ids[1])
    face = QAccessible.queryAccessibleInterface(window._status)
    assert face is not None
    assert face.text(QAccessible.Text.Name) == window._status.text()
    assert "selected:" in face.text(QAccessible.Text.Name)


# ---------------------------------------------------------------- the rows' scroll bar
def _long_list(qtbot, rows: int = 20_000):  # type: ignore[no-untyped-def]
    """An Events list of ``rows`` events, 300 px tall: a page of ~10 rows moves the
    slider by a small part of a pixel, as a page at 100 000 rows in the docked list."""
    from datetime import date

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.document import Document
    from timeline_app.selection import EventSelection
    from timeline_app.ui.event_list import EventList

    timeline = Timeline.from_events([
        Event(f"e{i}", f"Talks {i}", FuzzyDate.of_day(date.fromordinal(730_000 + i // 7)),
              category="Meeting")
        for i in range(rows)])
    selection = EventSelection()
    events = EventList(Document(timeline), selection)
    qtbot.addWidget(events)
    events.resize(900, 300)
    events.show()
    qtbot.waitExposed(events)
    events.setFocus()
    selection.select("e0")
    QApplication.processEvents()
    return events


def _bar_on_screen(events):  # type: ignore[no-untyped-def]
    """The rows' scroll bar as the window shows it (its backing store, nothing
    repainted)."""
    from PySide6.QtCore import QRect

    QApplication.processEvents()
    bar = events.verticalScrollBar()
    window = events.screen().grabWindow(events.winId()).toImage()
    return window.copy(QRect(bar.mapTo(events, QPoint(0, 0)), bar.size()))


def _key(events, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeyEvent

    QApplication.sendEvent(events, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))


def _slider(bar):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                      QStyle.SubControl.SC_ScrollBarSlider, bar)


def test_a_page_down_that_leaves_the_slider_in_place_repaints_no_scroll_bar(qtbot):  # type: ignore[no-untyped-def]
    events = _long_list(qtbot)
    bar = events.verticalScrollBar()
    _key(events, Qt.Key.Key_PageDown)  # (off the top: the up arrow's look changes)
    _bar_on_screen(events)
    paints = _Paints()
    bar.installEventFilter(paints)
    events.installEventFilter(paints)  # (behind it: the list's frame)
    values, still = [], 0
    for _ in range(8):
        slider, paints.count = _slider(bar), 0
        _key(events, Qt.Key.Key_PageDown)
        _bar_on_screen(events)
        values.append(bar.value())
        if _slider(bar) == slider:  # the slider on the same pixels
            still += 1
            assert paints.count == 0  # main: 2 (the bar, and the list's frame behind it)
    assert len(set(values)) == 8  # the list scrolled each time
    assert still >= 5


def test_the_rows_scroll_bar_on_screen_is_as_painted_afresh(qtbot):  # type: ignore[no-untyped-def]
    events = _long_list(qtbot)
    bar = events.verticalScrollBar()
    ctrl = Qt.KeyboardModifier.ControlModifier
    steps = [(Qt.Key.Key_PageDown, None)] * 3 + [
        (Qt.Key.Key_End, ctrl), (Qt.Key.Key_PageUp, None), (Qt.Key.Key_Up, None),
        (Qt.Key.Key_Home, ctrl), (Qt.Key.Key_Down, None)]
    for key, modifiers in steps:
        before = bar.value()
        _key(events, key, modifiers or Qt.KeyboardModifier.NoModifier)
        shown = _bar_on_screen(events)
        bar.repaint()
        assert shown == _bar_on_screen(events), (key, before, bar.value())
    # the rows' bar is still the list's: the wheel and its arrows scroll the rows
    bar.triggerAction(bar.SliderAction.SliderSingleStepAdd)
    QApplication.processEvents()
    assert events.rowAt(0) == bar.value() > 0


def test_a_new_selection_makes_the_status_line_once(window, qtbot):  # type: ignore[no-untyped-def]
    """``changed`` then ``ids_changed`` (a click, a key in the list): the line was made
    twice, the second time the same; a change of the selected events alone still
    names them."""
    ids = [event.id for event in window.document.timeline]
    made = []
    shown_days = window.view.shown_days
    window.view.shown_days = lambda: (made.append(1), shown_days())[1]  # type: ignore[method-assign]
    try:
        window.selection.select(ids[2])
        assert len(made) == 1  # main: 2
        assert "selected:" in window._status.text() and "2 selected" not in window._status.text()
        window.selection.select_many([ids[2], ids[4]], ids[2])  # the same current one
        assert "2 selected:" in window._status.text()
        window.selection.select_many([ids[2]], ids[2])
        assert "2 selected" not in window._status.text()
        window.selection.select(None)
        assert "selected" not in window._status.text()
    finally:
        del window.view.shown_days


def test_a_message_beside_the_line_gets_the_room_it_had(window, qtbot):  # type: ignore[no-untyped-def]
    """The line keeps the width of the widest text it showed; a temporary message (an
    export's, with its Details… button) gets the room it had beside a line as wide as
    its text: it was cut ("… their p…") beside the room a longer title had kept."""
    import dataclasses

    ids = _by_status_width(window)
    window.resize(1400, 860)
    event = window.document.timeline.get(ids[0])
    window.document.update_event(dataclasses.replace(
        event, title="A rather long title of a meeting " * 3))
    window.selection.select(ids[0])
    _settle(qtbot)
    window.selection.select(ids[-1])  # a short line in the room of a long one
    _settle(qtbot)
    message = "Exported all.ics; 3 events' times of day written in UTC; their places had none"
    window._export_message = message
    window._say_export_notes(("Title", "Message", "Details"))
    window._say_exported("/tmp/all.ics", message)
    window._export_details.show()
    _settle(qtbot)
    bar, status = window.statusBar(), window._status
    assert bar.shown_message() == message  # whole (list50 before the fix: cut)
    assert status.width() <= status.fontMetrics().horizontalAdvance(status.text()) + 1
    assert bar.message_room().right() < status.x()


def test_the_line_is_as_high_as_the_label_was(window, qtbot):  # type: ignore[no-untyped-def]
    """The status bar's height follows the line's: QLabel's hint rounds the line's height
    up, a pixel more than ``QFontMetrics.height`` at 10 or 14 pt (the window's first
    layout foresees the bar with a QLabel: ``first_view``)."""
    status = window._status
    for size in (9.0, 10.0, 10.5, 14.0, 20.0):
        font = QApplication.font()
        font.setPointSizeF(size)
        status.setFont(font)
        label = QLabel("x")
        label.setFont(font)
        assert status.sizeHint().height() == label.sizeHint().height(), size
        assert status.minimumSizeHint().height() == label.minimumSizeHint().height(), size
