"""verify86 F5 (session 63), fix92: every dialog the app opens has the keys in its first
field a person types into or works with keys (a text field, a list, a choice), or in its
default button when it has none, and shows it from the start: Timeline → Properties opened
with the keys on OK and nothing to be seen where they were (fix91 mended that dialog
alone).

A dialog is opened the way the app opens it (``focus_back.run_modal``, or ``open`` for the
two that are not modal), looked at once shown, and closed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from timeline_app.core import Timeline
from timeline_app.ui import focus_back

#: What a person types into or works with keys, in a dialog's Tab order.
_FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QComboBox,
           QAbstractItemView, QRadioButton)


def _first_field(dialog: QDialog) -> QWidget | None:
    """The first field of ``dialog``'s Tab order that takes the keys (Qt's own dialogs'
    fields included), or its default button when it has no field."""
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        if (isinstance(widget, _FIELDS) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not (isinstance(widget, (QPlainTextEdit, QTextEdit))
                         and widget.isReadOnly() and not _is_choice(widget))):
            return widget
        widget = widget.nextInFocusChain()
    return next((b for b in dialog.findChildren(QPushButton) if b.isDefault()), None)


def _is_choice(widget: QWidget) -> bool:
    return bool(widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard)


def _marked(widget: QWidget) -> bool:
    """A widget that shows where the keys are with them or without: a table framing its
    current cell (``CurrentCellDelegate``: the review, Merge), a default button."""
    from timeline_app.ui.import_article import CurrentCellDelegate

    if isinstance(widget, QPushButton):
        return widget.isDefault()
    return (isinstance(widget, QAbstractItemView)
            and isinstance(widget.itemDelegate(), CurrentCellDelegate)
            and widget.currentIndex().isValid())


def _looks(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _opened(qtbot, dialog: QDialog, modal: bool = True) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """``dialog`` opened as the app opens it; the widget with its keys, and whether that
    widget looks other than it would without them (caret, frame, focus rectangle)."""
    seen: dict[str, object] = {}

    def look() -> None:
        if not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        for _ in range(3):
            QApplication.processEvents()
        focus = dialog.focusWidget()
        seen["focus"] = focus
        seen["first"] = _first_field(dialog)
        if focus is not None:
            QApplication.processEvents()
            with_keys = _looks(focus)
            focus.clearFocus()
            QApplication.processEvents()
            seen["seen"] = with_keys != _looks(focus) or _marked(focus)
            focus.setFocus()
        dialog.reject()

    QTimer.singleShot(0, look)
    if modal:
        focus_back.run_modal(dialog)
    else:
        dialog.open()
        qtbot.waitUntil(lambda: "focus" in seen, timeout=5000)
    return seen


def _article(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ArticleDialog

    return ArticleDialog(window)


def _review(window):  # type: ignore[no-untyped-def]
    import timeline_app.extract as extract
    from timeline_app.paths import resource_path
    from timeline_app.ui.import_article import ReviewDialog

    seed = resource_path("seed-article.txt").read_text(encoding="utf-8")
    return ReviewDialog(extract.extract_events(seed, dt.date(2025, 3, 22)), True, window,
                        window.document.timeline.events)


def _merge(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.merge_dialog import MergeDialog

    events = window.document.timeline.events
    other = Timeline.from_events([dataclasses.replace(events[2], id="o1", title="Boycott"),
                                  dataclasses.replace(events[3], id="o2", title="New")])
    return MergeDialog(other, events, window)


def _merge_events(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.merge_events_dialog import MergeEventsDialog

    return MergeEventsDialog(window.document.timeline.events[:3], window)


def _split(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.split_event_dialog import SplitEventDialog

    return SplitEventDialog(window.document.timeline.get("trilateral-tokyo"), window)


def _editor(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.event_editor import EventEditor

    return EventEditor(window.document.timeline, window.document.timeline.get("trilateral-tokyo"),
                       parent=window)


def _new_event(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.event_editor import EventEditor

    return EventEditor(window.document.timeline, None, parent=window)


def _quote(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.quote_dialog import QuoteDialog

    editor = _editor(window)
    return QuoteDialog(editor.article_sentences(), None, editor)


def _lane(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.lane_dialog import LaneNameDialog

    return LaneNameDialog(window, "Rename Lane", "New name:", "Talks")


def _properties(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.timeline_properties import TimelinePropertiesDialog

    return TimelinePropertiesDialog("Talks", "Notes", window)


def _csv(window):  # type: ignore[no-untyped-def]
    from timeline_app.io.csv_table import read_table
    from timeline_app.ui.csv_import import CsvImportDialog

    return CsvImportDialog(read_table(b"Date,Title\n5/6/2020,Ties\n"), "t.csv", None, window)


def _picture(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.picture_width import PictureWidthDialog

    return PictureWidthDialog(window, "PNG", "the current view", "1000", 764)


def _join(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.join_names import JoinNamesDialog

    return JoinNamesDialog([("Japan", 3), ("Japanese government", 1)], [("Tokyo", 2)],
                           False, "", window)


def _lanes(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.choose_lanes import ChooseLanesDialog

    return ChooseLanesDialog([("Treaty", 3), ("Meeting", 2)], set(), "category", window)


def _go_to(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui import prompts

    return prompts.text_dialog(window, "Go to date", "Date:", "")


def _question(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui import prompts

    return prompts.discard_box(window, "Discard event?", "Discard the new event?")


def _messages(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.messages_log import MessagesDialog, MessagesLog

    log = MessagesLog()
    return MessagesDialog(log, window)


def _chooser(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.event_chooser import EventChooser

    events = window.document.timeline.events
    return EventChooser(events, events[0].date, events[0].id, {}, "Which event?", window)


DIALOGS: dict[str, Callable[[QWidget], QDialog]] = {
    "import article": _article, "import review": _review, "merge": _merge,
    "merge events": _merge_events, "split": _split, "edit event": _editor,
    "new event": _new_event, "quote": _quote, "lane name": _lane, "properties": _properties,
    "csv columns": _csv, "picture width": _picture, "join names": _join,
    "choose lanes": _lanes, "go to date": _go_to, "a question": _question,
}
NOT_MODAL = {"messages": _messages, "which event": _chooser}
#: Dialogs whose keys go, by choice, to a field after the first: the review's rows are
#: its work (Space unticks a row, Enter edits a cell; the headline above is rarely typed).
#: The Messages are read: their text has the keys (arrows, Page Down, Ctrl+C), not Close.
#: Join Names' list of names is its work; the choice of Participants or Places above it
#: is made once, if at all.
CHOSEN = {"import review": "table", "messages": "text", "join names": "names_list"}


@pytest.mark.parametrize("name", [*DIALOGS, *NOT_MODAL])
def test_a_dialog_opens_with_the_keys_in_its_first_field_seen(qtbot, window, name) -> None:  # type: ignore[no-untyped-def]
    make = DIALOGS.get(name) or NOT_MODAL[name]
    dialog = make(window)
    qtbot.addWidget(dialog) if dialog.parentWidget() is None else None
    seen = _opened(qtbot, dialog, modal=name in DIALOGS)
    focus = seen["focus"]
    assert focus is not None, name
    first = getattr(dialog, CHOSEN[name]) if name in CHOSEN else seen["first"]
    assert focus is first, (name, focus, first)
    assert seen["seen"], (name, focus)  # caret, frame or focus rectangle drawn


def test_the_print_preview_opens_with_its_pages_ringed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """File → Print…: Qt's preview gives its pages the keys (arrows scroll, Page Down
    turns), and they show no focus of their own."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from timeline_app.ui import prompts
    from timeline_app.ui.accessibility import FocusRing

    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        for _ in range(3):
            QApplication.processEvents()
        focus = dialog.focusWidget()
        seen["pages"] = isinstance(focus, QPrintPreviewWidget)
        ring = dialog.findChild(FocusRing)
        seen["ringed"] = ring is not None and ring.isVisible() and ring.widget() is focus
        dialog.reject()

    QTimer.singleShot(0, look)
    prompts.print_with_preview(window, lambda _printer: None, title="Talks")
    assert seen == {"pages": True, "ringed": True}


def test_the_keyboard_guide_opens_with_the_keys_in_its_text_seen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Help → Keyboard Guide (not modal: beside the window): its text has the keys, with
    a caret."""
    window.show_guide()
    guide = window._guide
    qtbot.waitExposed(guide)
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    QApplication.processEvents()
    text = guide.findChild(QTextEdit, "guideText")
    assert guide.focusWidget() is text
    with_keys = _looks(text)
    text.clearFocus()
    QApplication.processEvents()
    assert with_keys != _looks(text)
    guide.close()
