"""Every modal question the app asks, as small functions that tests replace.

No test may block on ``exec()``: tests monkeypatch these module attributes.  Messages
quote file names and file content, so every message box shows its text as plain text
(``safe_text.plain``); only ``show_about`` takes rich text, and only text of our own.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from timeline_app.core.dates import MONTH_NAMES
from timeline_app.ui.alt_keys import guard_alt_typing
from timeline_app.ui.focus_back import keys_back_after, run_modal
from timeline_app.ui.safe_text import display_title, plain
from timeline_app.words import counted, events_and_eras, shortened

if TYPE_CHECKING:
    import datetime as _dt

    from PySide6.QtGui import QAction, QIcon

    from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline
    from timeline_app.core.picture import Picture
    from timeline_app.extract import ExtractionResult
    from timeline_app.io.recovery import RecoveryCopy
    from timeline_app.io.review_recovery import ArticleDraft, EditorState, ReviewState
    from timeline_app.ui.import_article import (
        ArticleBatch,
        ArticleRequest,
        ReviewDialog,
        ReviewOutcome,
    )

#: Save As writes this app's own format only: its filter says so, and lists no other
#: tool's JSON (``_OtherToolsHidden``; verify70 F19: "Timelines (*.json)" listed two
#: TimelineJS exports, one click from being overwritten with a native file).
FILE_FILTER = "Diplomatic Timeline files (*.json);;All files (*)"
#: Save As's title, which names the format it writes (verify70 F19).
SAVE_TITLE = "Save as a Diplomatic Timeline file (.json)"
#: File → Open reads other tools' files too (recognised by content, not by extension).
OPEN_FILTER = ("All timelines (*.json *.timeline *.ics *.csv);;Diplomatic Timeline (*.json);;"
               "TimelineJS (*.json);;The Timeline Project (*.timeline);;iCalendar (*.ics);;"
               "CSV (*.csv);;All files (*)")


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
                ) -> QMessageBox:
    """The box ``QMessageBox.critical`` and friends build, with the message as plain text.

    Not shown: ``_ask`` runs it (tests build and render it without blocking).
    """
    box = plain(QMessageBox(icon, title, "", buttons, parent))
    box.setText(message)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def _ask(box: QMessageBox) -> QMessageBox.StandardButton:
    run_modal(box)
    clicked = box.clickedButton()  # None if the box closed without a button
    answer = (QMessageBox.StandardButton.NoButton if clicked is None
              else box.standardButton(clicked))
    box.deleteLater()
    return answer


class _FileDialog(QFileDialog):
    """Qt's file dialog, refusing a name typed with a double quote when saving: Qt's own
    dialog reads quoted parts as a list of names ('"a" "b"'), so `Mackerel "Ísland".json`
    typed in Save As saved to `Ísland.json` in the dialog's folder, not the folder typed
    (verify31, finding 12).  A desktop's native dialog never calls this ``accept``."""

    def accept(self) -> None:
        edit = self.findChild(QLineEdit, "fileNameEdit")
        if (self.acceptMode() == QFileDialog.AcceptMode.AcceptSave and edit is not None
                and '"' in edit.text()):
            show_error(self, "Cannot use this name",
                       'A file name typed here cannot contain a straight double quote ("): '
                       "the dialog would read the quoted part as a name of its own. Use "
                       "“curly” quotes or none.")
            return
        super().accept()


def _noted(dialog: QFileDialog, note: str) -> None:
    """``note`` (plain text, wrapped) as a row of its own at the bottom of Qt's own file
    dialog, across its columns (its layout is a grid); nothing for a dialog without one."""
    from PySide6.QtWidgets import QGridLayout

    layout = dialog.layout()
    if not isinstance(layout, QGridLayout):
        return
    label = QLabel(note, dialog)
    label.setObjectName("fileDialogNote")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    layout.addWidget(label, layout.rowCount(), 0, 1, max(layout.columnCount(), 1))


def _file_dialog(parent: QWidget | None, title: str, start: str, file_filter: str, *,
                 save: bool, suffix: str = "", confirm_overwrite: bool = True,
                 ours_only: bool = False, note: str = "") -> str:
    """A file to open or to save to ("" if cancelled), in a dialog wide enough for its
    columns: Qt's own dialog (used where the desktop offers none) opened so narrow that
    sizes, kinds and dates were cut ("61....MiB", "30 11 2...6": new-user trial).  A
    desktop's native dialog keeps its own size.  ``suffix`` ("json") is added by the
    dialog to a name typed without one, so its question before replacing a file asks
    about the file that is written ("kj" typed beside kj.json replaced it unasked).
    ``ours_only``: the list leaves other tools' JSON files out (``_other_tools_hidden``).
    ``note``: plain words shown wrapped under Qt's own dialog's fields
    (``_noted``)."""
    import os

    folder, name = (start, "") if not start or os.path.isdir(start) else os.path.split(start)
    dialog = _FileDialog(parent, title, folder, file_filter)
    if note:
        _noted(dialog, note)
    if ours_only:  # (before the folder is listed)
        _other_tools_hidden(dialog)
    if name:
        dialog.selectFile(name)  # as the static functions do with a suggested file name
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if suffix:
            dialog.setDefaultSuffix(suffix)
        if not confirm_overwrite:  # the caller asks, in its own words (save_guard)
            dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    screen = dialog.screen().availableGeometry() if dialog.screen() is not None else None
    width, height = 960, 560
    if screen is not None:
        width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
    dialog.resize(width, height)
    dates_readable(dialog)
    _fit_columns_when_listed(dialog, screen.width() - 40 if screen is not None else width)
    if run_modal(dialog) != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return str(dialog.selectedFiles()[0])


def system_locale_has_no_dates() -> bool:
    """Whether the system's locale is the C (POSIX) one, as under ``LANG=C.UTF-8`` or no
    ``LANG`` at all: Qt's C locale writes a short date and time as "d MM yyyy HH:mm"
    ("6 12 2026 06:04"), a format no reader knows (CLDR's root locale, which Qt's C
    locale takes its formats from)."""
    from PySide6.QtCore import QLocale

    return QLocale.system().language() == QLocale.Language.C


#: The Date Modified column's format under the C locale (``dates_readable``): ISO 8601's
#: date and time of day, which reads one way in every country.
ISO_DATE_TIME = "yyyy-MM-dd HH:mm"


def dates_readable(dialog: QFileDialog) -> None:
    """Qt's own file dialog's Date Modified column in ISO 8601 ("2026-12-06 06:04") when
    the system's locale is C (``system_locale_has_no_dates``): Qt's file list writes its
    dates in ``QLocale::system()``'s short format, which ``QLocale.setDefault`` does not
    change, and C's read "6 12 2026 06:04" (verify63 F17).  A real locale's dates are
    left as the desktop writes them; a native dialog has no such list."""
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtWidgets import (
        QFileSystemModel,
        QStyledItemDelegate,
        QStyleOptionViewItem,
        QTreeView,
    )

    tree = dialog.findChild(QTreeView, "treeView")
    model = dialog.findChild(QFileSystemModel)
    if tree is None or model is None or not system_locale_has_no_dates():
        return

    class IsoDates(QStyledItemDelegate):
        def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's
                            index: QModelIndex | QPersistentModelIndex) -> None:
            super().initStyleOption(option, index)
            source = index.model()
            if isinstance(source, QFileSystemModel):
                option.text = source.lastModified(index).toString(ISO_DATE_TIME)

    tree.setItemDelegateForColumn(3, IsoDates(tree))


def _fit_columns_when_listed(dialog: QFileDialog, widest: int) -> None:
    """Each time Qt's own file dialog has listed a folder, its Size, Type and Date Modified
    columns as wide as their longest entry and Name as wide as its longest name or the rest
    of the list's width; the dialog widened for them up to ``widest`` pixels (then the list
    scrolls sideways).  Qt gives the columns fixed widths: at 960 pixels, or 760 on a
    1024-pixel screen's default, "South Korea and J...5-timelinejs.json", "120...KiB",
    "JSO...ent" (edit44's leftover).  A native dialog has no such list: nothing is done."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileSystemModel, QTreeView

    tree = dialog.findChild(QTreeView, "treeView")
    model = dialog.findChild(QFileSystemModel)
    if tree is None or model is None:
        return

    def fit() -> None:
        header = tree.header()
        count = header.count()
        if count == 0:
            return
        for column in range(1, count):
            tree.resizeColumnToContents(column)
        others = sum(header.sectionSize(c) for c in range(1, count) if not tree.isColumnHidden(c))
        names = max(tree.sizeHintForColumn(0), header.sectionSizeHint(0))
        short = names + others - tree.viewport().width()
        if short > 0 and dialog.width() < widest:
            dialog.resize(min(widest, dialog.width() + short), dialog.height())
        header.resizeSection(0, max(names, tree.viewport().width() - others))

    model.directoryLoaded.connect(lambda _folder: QTimer.singleShot(0, dialog, fit))
    fit()


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """An error box; ``details`` (the system's own words) goes behind its Details button."""
    box = message_box(parent, QMessageBox.Icon.Critical, title, message)
    if details:
        box.setDetailedText(details)  # QTextEdit, plain text
    _ask(box)


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def ask_open_path(parent: QWidget | None, directory: str,
                  title: str = "Open timeline") -> str | None:
    """A file to open, or None; ``title`` names what it is for ("Merge a timeline into
    this one": the merge's dialog said "Open timeline", verify11)."""
    path = _file_dialog(parent, title, directory, OPEN_FILTER, save=False)
    return path or None


def ask_save_path(parent: QWidget | None, suggestion: str) -> str | None:
    path = _file_dialog(parent, SAVE_TITLE, suggestion, FILE_FILTER, save=True,
                        suffix="json", confirm_overwrite=False,  # save_guard.confirm_replace
                        ours_only=True)  # asks, naming another tool's file
    return path or None


def _other_tools_hidden(dialog: QFileDialog) -> None:
    """Leave other tools' JSON files (``io.write_problems.another_tools_json``: a
    TimelineJS export) out of the list of Qt's own ``dialog`` under its first filter,
    "Diplomatic Timeline files (*.json)"; "All files (*)" lists them.  A desktop's native
    dialog lists what it lists (it has no proxy model).  Each file is looked at once per
    size and time."""
    from functools import lru_cache

    from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
    from PySide6.QtWidgets import QFileSystemModel

    from timeline_app.io.write_problems import another_tools_json

    theirs = lru_cache(maxsize=4096)(lambda path, _size, _time: another_tools_json(path))
    first_filter = FILE_FILTER.split(";;")[0]

    class OtherToolsHidden(QSortFilterProxyModel):
        def filterAcceptsRow(self, row: int,  # noqa: N802 - Qt override
                             parent: QModelIndex | QPersistentModelIndex) -> bool:
            model = self.sourceModel()
            if not isinstance(model, QFileSystemModel) or \
                    dialog.selectedNameFilter() != first_filter:
                return True
            index = model.index(row, 0, parent)
            if model.isDir(index) or not model.fileName(index).lower().endswith(".json"):
                return True
            info = model.fileInfo(index)
            return not theirs(model.filePath(index), info.size(),
                              info.lastModified().toMSecsSinceEpoch())

    proxy = OtherToolsHidden(dialog)
    dialog.setProxyModel(proxy)
    dialog.filterSelected.connect(lambda _name: proxy.invalidate())
    _say_what_is_hidden(dialog, proxy, first_filter)


def _say_what_is_hidden(dialog: QFileDialog, proxy: object, first_filter: str) -> None:
    """Under the list of Qt's own ``dialog``, a line naming the other tools' JSON files
    its first filter leaves out of the folder shown (``_other_tools_hidden``), and how to
    see them; none when it leaves none out.  verify74 F16: the folder she had just
    copied a TimelineJS example into looked empty, as if the dialog had not read it."""
    from PySide6.QtCore import QSortFilterProxyModel, QTimer
    from PySide6.QtWidgets import QFileSystemModel, QGridLayout, QLabel

    layout = dialog.layout()
    if not isinstance(layout, QGridLayout) or not isinstance(proxy, QSortFilterProxyModel):
        return
    note = plain(QLabel(dialog))
    note.setObjectName("otherToolsNote")
    note.setWordWrap(True)
    note.hide()
    layout.addWidget(note, layout.rowCount(), 0, 1, layout.columnCount())

    def update(*_args: object) -> None:
        model = proxy.sourceModel()
        names: list[str] = []
        if isinstance(model, QFileSystemModel) and dialog.selectedNameFilter() == first_filter:
            root = model.index(dialog.directory().absolutePath())
            for row in range(model.rowCount(root)):
                index = model.index(row, 0, root)
                if not proxy.filterAcceptsRow(row, root):
                    names.append(model.fileName(index))
        if names:
            one = len(names) == 1
            what = (f"“{names[0]}”, another program's file, is" if one
                    else f"{len(names)} other programs' .json files are")
            note.setText(f"{what} not listed here, so that {'it is' if one else 'they are'} "
                         "not overwritten by mistake: choose “All files (*)” in Files of "
                         f"type to see {'it' if one else 'them'}.")
        note.setVisible(bool(names))

    def soon(*_args: object) -> None:
        QTimer.singleShot(0, dialog, update)

    model = proxy.sourceModel()
    if isinstance(model, QFileSystemModel):
        model.directoryLoaded.connect(soon)
    dialog.directoryEntered.connect(soon)
    dialog.filterSelected.connect(soon)


def _ask_to_go_on(parent: QWidget | None, title: str, message: str,
                  go_on: QMessageBox.StandardButton, text: str, default_go_on: bool) -> bool:
    """A warning with two buttons: ``go_on`` (labelled ``text``) and Cancel."""
    cancel = QMessageBox.StandardButton.Cancel
    box = message_box(parent, QMessageBox.Icon.Warning, title, message, go_on | cancel,
                      go_on if default_go_on else cancel)
    box.button(go_on).setText(text)
    return _ask(box) == go_on


def ask_export_scope(parent: QWidget | None, kind: str, shown: int, total: int,
                     shown_words: str = "") -> bool | None:
    """A data export (CSV, iCalendar, ...) while the filters hide events: True to write
    only the ``shown`` events, False for every one of the ``total``, None for Cancel.
    "Only Those Shown" is the default: the filters are what the person asked to see
    (verify33, finding 13: a table of a filtered period held the whole timeline)."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    what = shown_words or f"{shown} of the timeline's {total} events"
    box = message_box(parent, QMessageBox.Icon.Question, f"Export as {kind}",
                      f"The filters show {what}. Export only those shown, or every event?",
                      yes | no | QMessageBox.StandardButton.Cancel, yes)
    # No counts on the buttons: eras are counted apart in the message (verify55 F32: "Only
    # the 25 Shown" of 23 events and 2 eras).
    box.button(yes).setText("&Only Those Shown")
    box.button(no).setText("&All of Them")
    answer = _ask(box)
    return True if answer == yes else False if answer == no else None


def ask_replace(parent: QWidget | None, message: str) -> bool:
    """Save As chose an existing file: True to replace it (&Replace; Cancel is the default)."""
    return _ask_to_go_on(parent, "Replace file?", message, QMessageBox.StandardButton.Yes,
                         "&Replace", False)


#: How many of the events a Delete would remove ``ask_delete_many`` names, in date order
#: (the rest counted: "and 9 more").
NAMED_TO_DELETE = 5


def ask_delete_many(parent: QWidget | None, count: int, unseen: int,
                    titles: Sequence[str] = ()) -> bool:
    """Delete was pressed with ``count`` events selected (at least two), ``unseen`` of
    them not in view: True to delete them (&Delete N Events), False for Cancel (the
    default, and Esc).

    ``titles``: the events' titles in date order; the first ``NAMED_TO_DELETE`` are named
    in the question, as plain text ("Delete 3 events: “A”, “B”, “C”?"), the rest counted.
    verify60 F20: undoing a lane's rename left its 12 433 events selected, and the next
    Delete removed them all, unasked.  verify79 F8: after a redone import left its 3 events
    selected with no focus shown, a Delete meant for one event removed the 3 — so every
    Delete of more than one event asks, as The Timeline Project asks before any delete
    ("Are you sure you want to delete 3 events?"); naming them shows what the selection
    holds.  A single Delete is not asked: the status line names it and Undo brings it
    back."""
    named = [f"“{display_title(t, 60)}”" for t in titles[:NAMED_TO_DELETE]]
    if named and count > len(named):
        names = ", ".join(named) + f" and {count - len(named)} more"
    elif len(named) > 1:
        names = ", ".join(named[:-1]) + " and " + named[-1]
    else:
        names = "".join(named)
    # (numbers written as ``counted`` writes them everywhere else: "12433 events")
    what = (f"Delete {counted(count, 'event')}: {names}?" if names
            else f"Delete the {counted(count, 'event')} selected?")
    unseen_words = (f" {unseen} of them {'is' if unseen == 1 else 'are'} not in view."
                    if unseen else "")
    return _ask_to_go_on(
        parent, "Delete events?",
        f"{what}{unseen_words} Edit → Undo (Ctrl+Z) brings them back.",
        QMessageBox.StandardButton.Yes, f"&Delete {count} Events", False)


def ask_save_as_json(parent: QWidget | None, name: str, kind: str, instead: str) -> bool:
    """Save As was given ``name``, a name of another format (``kind``: "CSV"): True to
    save as ``instead`` (the name with .json; the default), False for Cancel.  Save
    writes the app's own file (JSON) whatever the name says: a file notes.csv held the
    timeline's JSON, rows of braces in a spreadsheet (verify36 F11)."""
    # The new name is said in the message, not on the button: there a long one made the
    # button as wide, and an "&" in it a mnemonic.
    return _ask_to_go_on(
        parent, "Save as a timeline file?",
        f"“{name}” is a {kind} file's name, but Save writes a Diplomatic Timeline file "
        f"(JSON), which other programs do not read as {kind}. Save the timeline as "
        f"“{instead}”? (File → Export writes {kind}.)",
        QMessageBox.StandardButton.Save, "&Save as JSON", True)


def ask_read_long_text(parent: QWidget | None, message: str) -> bool:
    """Extract Events on a text far longer than an article (``message`` says its size and
    the wait, ``import_article.long_text_question``): True to read it all, False for
    Cancel (the default: a paste that size is more often a mistake than a plan)."""
    return _ask_to_go_on(parent, "Read a very long text?", message,
                         QMessageBox.StandardButton.Yes, "&Read It All", False)


def ask_read_as_article(parent: QWidget | None, message: str) -> bool:
    """A file opened as an article is a timeline file (a CSV table, a TimelineJS file:
    ``import_article.timeline_file_words``): True to read it as an article all the same,
    False for Cancel (the default)."""
    return _ask_to_go_on(parent, "Open a timeline file as an article?", message,
                         QMessageBox.StandardButton.Yes, "&Read as Article", False)


def ask_save_copy(parent: QWidget | None, message: str) -> bool:
    """Save refused to overwrite a read-only file: True to Save As (Save &As…/Cancel)."""
    return _ask_to_go_on(parent, "File is read-only", message,
                         QMessageBox.StandardButton.Save, "Save &As…", True)


def format_upgrade_box(parent: QWidget | None, name: str, kept: str) -> QMessageBox:
    """The question before a save that raises a file's format version (built here so it
    can be looked at and driven): &Save (the default), Save a &Copy As…, Cancel (Esc).
    ``kept``: what the newer version keeps, in words (``io.declared_version.kept_from``),
    "" for none known."""
    why = f", which keeps {kept}" if kept else ""
    box = message_box(
        parent, QMessageBox.Icon.Question, "Save in a newer format",
        f"Saving “{name}” writes it in a newer file format{why}. Older copies of this app "
        "will not open it then.\n\nSave a copy instead to keep this file as it is.",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.SaveAll
        | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
    for button, text in ((QMessageBox.StandardButton.Save, "&Save"),
                         (QMessageBox.StandardButton.SaveAll, "Save a &Copy As…"),
                         (QMessageBox.StandardButton.Cancel, "Cancel")):
        box.button(button).setText(text)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_format_upgrade(parent: QWidget | None, name: str, kept: str) -> str:
    """Before a save that raises the format version of the file ``name``: "save",
    "copy" (Save As a copy) or "cancel" (``format_upgrade_box``; verify91 F7)."""
    answer = _ask(format_upgrade_box(parent, name, kept))
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    return "copy" if answer == QMessageBox.StandardButton.SaveAll else "cancel"


def save_changes_box(parent: QWidget | None, name: str, before: str = "") -> QMessageBox:
    """The unsaved-changes question (built here so it can be looked at and driven).

    ``before`` says what comes next ("opening “b.json”"); by default "closing it".

    Every button has an Alt mnemonic: Qt's standard "Discard" text has none on most
    desktops, so the three texts are set here (&Save, &Discard, Cancel with Esc).
    """
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    box = message_box(parent, QMessageBox.Icon.Warning, "Unsaved changes",
                      f"Save the changes to “{name}” before {before or 'closing it'}?",
                      buttons, QMessageBox.StandardButton.Save)
    for button, text in ((QMessageBox.StandardButton.Save, "&Save"),
                         (QMessageBox.StandardButton.Discard, "&Discard"),
                         (QMessageBox.StandardButton.Cancel, "&Cancel")):
        box.button(button).setText(text)
    return box


def ask_save_changes(parent: QWidget | None, name: str, before: str = "") -> SaveChoice:
    answer = _ask(save_changes_box(parent, name, before))
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def discard_box(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A "throw this work away?" question: &Discard, or &Keep Editing (the default, and
    what Esc answers), so that a stray Esc never loses work."""
    box = message_box(parent, QMessageBox.Icon.Question, title, message,
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                      QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Discard).setText("&Discard")
    box.button(QMessageBox.StandardButton.Cancel).setText("&Keep Editing")
    return box


def ask_discard(parent: QWidget | None, title: str, message: str) -> bool:
    """True when the person chose to discard (see :func:`discard_box`)."""
    return _ask(discard_box(parent, title, message)) == QMessageBox.StandardButton.Discard


#: :func:`ask_several_articles`' answers: review each article in turn with its own
#: dateline (the default), read the whole text as one article, or go back to editing.
EACH_ARTICLE, AS_ONE_ARTICLE, BACK_TO_EDITING = "each", "one", "back"


def several_articles_box(parent: QWidget | None, count: int, second: str,
                         date_words: str, long_words: str = "") -> QMessageBox:
    """The question before reading a text that seems to hold ``count`` articles (verify46
    F12): Review &Each Article (the default), &Read as One Article, or &Back to Editing
    (what Esc answers).  ``second``: the first line of the second article;
    ``date_words``: the first article's date in words, or ""; ``long_words``: what a text
    far longer than an article is told of its size and the wait
    (``import_article.long_text_words``), said here so that one question asks both
    (edit36: a multi-megabyte paste was asked two questions in a row)."""
    against = f" ({date_words})" if date_words else ""
    long_part = f"{long_words}\n\n" if long_words else ""
    box = message_box(
        parent, QMessageBox.Icon.Question, "Several articles?",
        f"{long_part}This text seems to hold {counted(count, 'article')}: a new one "
        f"begins at “{shortened(second, 70)}”.\n\nReview Each Article reads each with "
        "its own dateline and date, and shows its events in a review of its own, one "
        "after another: import, skip or stop at any one.\n\nRead as one article, every "
        f"date in it is read against the first article's date{against}, so the others' "
        "“Friday” or “last month” would be dated wrongly.\n\nBack to Editing selects "
        "the second article and those after it, to cut (Ctrl+X) and import in turn.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    box.setObjectName("severalArticlesPrompt")
    each = box.addButton("Review &Each Article", QMessageBox.ButtonRole.AcceptRole)
    each.setObjectName("reviewEachArticle")
    box.setDefaultButton(each)
    box.button(QMessageBox.StandardButton.Yes).setText("&Read as One Article")
    box.button(QMessageBox.StandardButton.Cancel).setText("&Back to Editing")
    box.setEscapeButton(box.button(QMessageBox.StandardButton.Cancel))
    return box


def several_articles_answer(box: QMessageBox) -> str:
    """What :func:`several_articles_box` was answered, once shown: :data:`EACH_ARTICLE`,
    :data:`AS_ONE_ARTICLE` or :data:`BACK_TO_EDITING` (also when it closed without a
    button)."""
    clicked = box.clickedButton()
    if clicked is not None and clicked.objectName() == "reviewEachArticle":
        return EACH_ARTICLE
    if clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Yes:
        return AS_ONE_ARTICLE
    return BACK_TO_EDITING


def ask_several_articles(parent: QWidget | None, count: int, second: str,
                         date_words: str, long_words: str = "") -> str:
    """How to read a text that seems to hold several articles
    (:func:`several_articles_box`): :data:`EACH_ARTICLE`, :data:`AS_ONE_ARTICLE` or
    :data:`BACK_TO_EDITING`."""
    box = several_articles_box(parent, count, second, date_words, long_words)
    run_modal(box)
    answer = several_articles_answer(box)
    box.deleteLater()
    return answer


def ask_article_path(parent: QWidget | None, directory: str = "") -> str | None:
    """An article text file, the dialog starting in ``directory``; None if cancelled."""
    path = _file_dialog(parent, "Open article", directory,
                        "Text files (*.txt);;All files (*)", save=False)
    return path or None


def text_dialog(parent: QWidget | None, title: str, label: str, text: str = "") -> QInputDialog:
    """A one-line text question, not yet shown, ``text`` proposed: ``QInputDialog`` with
    Alt + a letter that is no key of the dialog typing nothing into its field
    (``alt_keys``; verify18, and ui19's "not done" for Go to Date)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    guard_alt_typing(dialog, dialog.findChildren(QLineEdit))
    return dialog


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text asked for (Go to Date) in a :func:`text_dialog`; None if
    cancelled (as ``QInputDialog.getText``)."""
    dialog = text_dialog(parent, title, label, text)
    try:
        return dialog.textValue() if run_modal(dialog) == QInputDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


#: The article-date question reads on at most this many lines, and the dialog is never
#: narrower or wider than these (px): at its size hint a wrapped QLabel took ~260 px and
#: the question six lines (new-user trial 8, ext8-no-dateline-prompt.png).
ARTICLE_DATE_LINES = 3
ARTICLE_DATE_WIDTHS = (380, 680)


def article_date_dialog(parent: QWidget | None, message: str, suggestion: str) -> QInputDialog:
    """The dialog of :func:`ask_article_date`, not yet shown: its question wide enough to
    read on ``ARTICLE_DATE_LINES`` lines (within ``ARTICLE_DATE_WIDTHS`` and the screen),
    wrapped at words, never cut (the dialog grows with the label's height)."""
    # Alt + a letter that is no mnemonic (Alt+X for Extract) types nothing (verify18).
    dialog = text_dialog(parent, "Article date", message, suggestion)
    dialog.setOkButtonText("&Extract Events")
    for label in dialog.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        metrics = label.fontMetrics()
        # a line's share of the text, and room for the words that do not fill a line
        wanted = metrics.horizontalAdvance(message) // ARTICLE_DATE_LINES \
            + 4 * metrics.averageCharWidth() * 3
        least, most = ARTICLE_DATE_WIDTHS
        screen = dialog.screen()
        if screen is not None:
            most = min(most, int(screen.availableGeometry().width() * 0.8))
        label.setMinimumWidth(max(min(least, most), min(wanted, most)))
    return dialog


def ask_article_date(parent: QWidget | None, message: str, suggestion: str) -> str | None:
    """The article's date, typed (``suggestion`` proposed, selected to type over); ``None``
    if cancelled.  ``message`` (which quotes the article) is shown as plain text."""
    dialog = article_date_dialog(parent, message, suggestion)
    accepted = run_modal(dialog) == QInputDialog.DialogCode.Accepted
    typed = dialog.textValue().strip()
    dialog.deleteLater()
    return typed if accepted and typed else None


def show_message(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """An information box; ``details`` (e.g. titles the message cut with "…", whole) goes
    behind its Details button, as plain text."""
    box = message_box(parent, QMessageBox.Icon.Information, title, message)
    if details:
        box.setDetailedText(details)  # QTextEdit, plain text
    _ask(box)


@contextlib.contextmanager
def _kept_for_a_crash(parent: QWidget | None, keeper: str, dialog: QDialog) -> Iterator[None]:
    """While the block runs, the window's keeper called ``keeper`` (``editor_keeper``,
    ``article_keeper``: ``review_keeping``) follows ``dialog``, and forgets it after."""
    kept = getattr(parent, keeper, None)
    if kept is not None:
        kept.watch(dialog)
    try:
        yield
    finally:
        if kept is not None:
            kept.end()


def read_article_events(parent: QWidget | None, article: ArticleRequest | None = None, *,
                        timeline_days: Sequence[_dt.date] = (),
                        article_days: Mapping[str, _dt.date] | None = None, kept: bool = False,
                        discarded: Callable[[], None] | None = None,
                        ) -> ExtractionResult | ArticleBatch | None:
    """Steps 1 and 2 of File → Import article: the article dialog (``article`` shown in it,
    e.g. a dropped file; with ``kept``, the article of a review the person left, selected
    whole so that a paste replaces it: ``ArticleDialog.show_kept``), which reads the text
    while it stays open and closes only with events found; ``timeline_days``, the open
    timeline's dates, settle a dateline's year that the text leaves open
    (``extract.read_dateline``); ``article_days``, the dates its articles were imported
    with by the id of their text (``core.reimport.article_days``), give the same text
    imported again its year.  ``None`` when the person cancels; ``discarded`` is called
    when they closed it answering Discard to "Discard the article?".  A text of several
    articles read with Review Each Article gives an ``import_article.ArticleBatch``: its
    articles, each read with its own dateline, to review in turn."""
    from timeline_app.ui.import_article import ArticleDialog

    dialog = ArticleDialog(parent)
    dialog.timeline_days = tuple(timeline_days)
    dialog.article_days = dict(article_days or {})
    if discarded is not None:
        dialog.discarded.connect(discarded)
    if article is not None and kept:
        dialog.show_kept(article)
    elif article is not None:
        dialog.restore(article, "")
    with _kept_for_a_crash(parent, "article_keeper", dialog):
        if run_modal(dialog) != ArticleDialog.DialogCode.Accepted:
            return None
        return dialog.batch or dialog.extraction


def review_candidates(parent: QWidget | None, result: ExtractionResult, can_add: bool,
                      existing: Sequence[Event] = (),
                      prefer_new: bool | str = False,
                      sources: Mapping[str, Source] | None = None, *,
                      article_of: tuple[int, int] | None = None,
                      ) -> ReviewOutcome | str | None:
    """Step 3 of File → Import article: accept, correct or drop each candidate; likely
    duplicates of ``existing`` events are shown to merge or keep both; ``prefer_new``
    starts with "Start a new timeline" chosen (``import_article.UNLESS_RELATED``: when
    the article shares nothing with ``existing`` and the timeline's name,
    ``ReviewDialog._relates_to``); ``sources``, the timeline's articles (the
    review says when this one is among them; ``None``: those of ``parent``'s document,
    when it is the window); ``article_of``: (position, count) when the article is one of
    a paste of several (``ReviewDialog.show_article_of``).  Import with "Start a new
    timeline" chosen asks ``parent.before_new_timeline(review)`` (the window's unsaved-
    changes question) while the review is still open: False keeps the review open
    (``ReviewDialog.accept``).  ``None`` when cancelled,
    ``import_article.BACK`` when the person went back to the article,
    ``import_article.SKIP`` when they skipped it."""
    from timeline_app.ui.import_article import BACK, SKIP, ReviewCancelledError, ReviewDialog

    if sources is None:  # the window's timeline's articles (the window is the parent)
        document = getattr(parent, "document", None)
        sources = getattr(getattr(document, "timeline", None), "sources", None)
    document = getattr(parent, "document", None)  # titles typed by hand: a merge keeps them
    # the lanes chosen for the extractor's kinds in earlier reviews (verify50 F11)
    lanes_for_kinds = getattr(document, "lanes_for_kinds", None)
    # Shown from the moment the article dialog closes until the review shows, with
    # Cancel (verify86 F7: ~11 s of nothing on screen while a review of 20 rows was
    # matched with a timeline's events; she thought the import lost).
    progress = _review_progress(parent, len(result.candidates))
    try:
        dialog = _build_review(progress, result, can_add, parent, existing, prefer_new,
                               sources, document, lanes_for_kinds)
    except ReviewCancelledError:
        _close_progress(progress)
        return None
    except BaseException:
        _close_progress(progress)
        raise
    if progress is not None:
        # Closed once the review is shown and painted, in its own event loop: closed
        # before, the review's window stood blank seconds as it was laid out
        QTimer.singleShot(0, progress, lambda: _close_progress(progress))
    if article_of is not None:
        dialog.show_article_of(*article_of)
    dialog.before_new_timeline = getattr(parent, "before_new_timeline", None)
    keeper = getattr(parent, "review_keeper", None)  # the window's: kept for a crash
    if keeper is not None:
        keeper.watch(dialog)
    try:
        code = run_modal(dialog)
    finally:
        dialog.before_new_timeline = None  # (no reference from the dialog to the window)
    if code == ReviewDialog.BACK_CODE:
        return BACK
    if code == ReviewDialog.SKIP_CODE:
        return SKIP
    if code != ReviewDialog.DialogCode.Accepted:
        return None
    if isinstance(lanes_for_kinds, dict):  # kept for the next import into this timeline
        lanes_for_kinds.clear()
        lanes_for_kinds.update(dialog.lanes_chosen)
    return dialog.outcome()


#: The longest the review's progress waits to be shown on screen before the rows are
#: matched (s): a window manager maps a new window in a few ms, a loaded one in more.
EXPOSE_WAIT_S = 0.5


def _review_progress(parent: QWidget | None, rows: int) -> QProgressDialog | None:
    """"Preparing the review of 20 rows…" with Cancel, shown at once over ``parent`` (a
    shown window; None for none), its bar at 0 of ``rows``."""
    if parent is None or not parent.isVisible() or rows <= 0:
        return None
    progress = QProgressDialog(parent)
    progress.setWindowTitle("Import article")
    progress.setLabelText(f"Preparing the review of {rows} row{'s' if rows != 1 else ''}: "
                          "each is compared with the timeline's events…")
    progress.setCancelButtonText("Cancel")
    progress.setRange(0, rows)
    progress.setMinimumDuration(0)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)
    progress.show()
    # Painted before the first row is matched: its window mapped and exposed by the
    # window manager first (under X11 it stood unpainted, the timeline showing through)
    deadline = time.monotonic() + EXPOSE_WAIT_S
    while time.monotonic() < deadline and not (
            progress.windowHandle() is not None and progress.windowHandle().isExposed()):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    progress.repaint()
    QApplication.processEvents()
    return progress


def _close_progress(progress: QProgressDialog | None) -> None:
    """Close and delete ``_review_progress``'s dialog (None: none)."""
    if progress is not None:
        progress.close()
        progress.deleteLater()


def _build_review(progress: QProgressDialog | None, result: ExtractionResult,
                  can_add: bool, parent: QWidget | None, existing: Sequence[Event],
                  prefer_new: bool | str, sources: Mapping[str, Source] | None,
                  document: object, lanes_for_kinds: object) -> ReviewDialog:
    """``review_candidates``' ``ReviewDialog``, its rows counted on ``progress``;
    ``import_article.ReviewCancelledError`` when its Cancel was pressed."""
    from timeline_app.ui.import_article import ReviewDialog

    def step(done: int, total: int) -> bool:
        assert progress is not None
        progress.setValue(done)
        QApplication.processEvents()
        return not progress.wasCanceled()

    return ReviewDialog(result, can_add, parent, existing, prefer_new, sources,
                        timeline_name=getattr(getattr(document, "timeline", None),
                                              "title", ""),
                        title_by_hand=getattr(document, "title_by_hand", None),
                        # rows left out of an earlier import start unticked (F15)
                        left_out=getattr(getattr(document, "timeline", None),
                                         "left_out", ()),
                        lanes_for_kinds=lanes_for_kinds,  # type: ignore[arg-type]
                        # her lanes of eras never proposed for a row (verify55 F5)
                        is_era_lane=getattr(getattr(document, "timeline", None),
                                            "is_era_lane", None),
                        # why a new timeline is chosen, said beside it (verify83 F6)
                        new_reason=(getattr(parent, "new_timeline_reason", lambda: "")()
                                    if prefer_new is True else ""),
                        progress=step if progress is not None else None)


def ask_export_path(parent: QWidget | None, title: str, suggestion: str,
                    file_filter: str, note: str = "") -> str | None:
    """Where to write an export; ``None`` if the user cancelled.  Qt's own "replace?" is
    off: the caller asks in its own words (``save_guard.confirm_replace``).  ``note``:
    what the file will hold, in plain words, shown wrapped under Qt's own dialog's list
    (a desktop's native dialog has no room for it: the status line says it after the
    export, ``MainWindow._exported``); the title stays the export's short name
    (verify80 F18: a sentence there was cut mid-word)."""
    path = _file_dialog(parent, title, suggestion, file_filter, save=True,
                        confirm_overwrite=False, note=note)
    return path or None


def ask_picture_width(parent: QWidget | None, kind: str, what: str, key: str,
                      screen: int) -> str | None:
    """How wide a ``kind`` ("PNG", "SVG") picture of ``what`` ("the current view", "the
    whole timeline") is made (``picture_width.PictureWidthDialog``, starting on the
    choice ``key``; ``screen``: the picture's width in px as on screen): "web",
    "screen", "report" or a width in px as text; ``None`` for Cancel (verify61 F15)."""
    from timeline_app.ui.picture_width import PictureWidthDialog

    dialog = PictureWidthDialog(parent, kind, what, key, screen)
    try:
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.key()
    finally:
        dialog.deleteLater()


def show_import_summary(parent: QWidget | None, title: str, summary: str) -> None:
    """What an import carried and what it could not (plain text: it quotes file content)."""
    _ask(message_box(parent, QMessageBox.Icon.Information, title, summary))


class Printed(NamedTuple):
    """Where a print went (``print_with_preview``): ``where`` is the file written when
    ``to_file`` (Print to File (PDF)), else the printer's name."""

    where: str
    to_file: bool


class PrintChoice(NamedTuple):
    """A way to print the preview's toolbar offers as a checkable button: its text, its
    tooltip, whether it is on, what to call when it is turned on or off (the preview
    is then painted again), its mnemonic: a letter of the text ("O": Alt+O, shown
    underlined on the button; "" for none), and what the preview's status line says
    once it is turned on or off and the pages painted again (``says(on, pages)``, the
    pages in all then; plain text: whether it changed anything, and why not)."""

    text: str
    tip: str
    checked: bool
    toggled: Callable[[bool], None]
    mnemonic: str = ""
    says: Callable[[bool, int], str] | None = None


def _check_icon(widget: QWidget) -> QIcon:
    """A check box as an icon, ticked for the On state and empty for Off, drawn by the
    style (``PE_IndicatorCheckBox``): a checkable tool button shows it beside its text, so
    that it reads as pressed or not in any style (verify75 F15: the print preview's
    "One Page" and "Dated List" looked the same either way)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QIcon, QPainter, QPixmap
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    style = widget.style()
    size = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
    ratio = widget.devicePixelRatioF()
    icon = QIcon()
    for state, checked in ((QIcon.State.On, True), (QIcon.State.Off, False)):
        pixmap = QPixmap(int(size * ratio), int(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        option = QStyleOptionButton()
        option.rect = QRect(0, 0, size, size)
        option.palette = widget.palette()
        option.state = (QStyle.StateFlag.State_Enabled
                        | (QStyle.StateFlag.State_On if checked
                           else QStyle.StateFlag.State_Off))
        painter = QPainter(pixmap)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter,
                            widget)
        painter.end()
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon


#: Keys of the print preview's own page buttons (``print_with_preview``): Qt gives them
#: none, and Page Down scrolled a page fitted to the window by nothing (verify58 F17).
_PAGE_KEYS = {"First page": "Ctrl+Home", "Previous page": "PgUp", "Next page": "PgDown",
              "Last page": "Ctrl+End"}


#: The text of the print preview's own Print action (``QPrintPreviewDialog``'s toolbar)
#: and its keys there (``_keyboard_preview``): Ctrl+P, as File → Print opened it, and
#: Ctrl+Return, as the review imports (verify79 F10).
_PRINT_ACTION = "Print"
_PRINT_KEYS = ("Ctrl+P", "Ctrl+Return")


def _with_mnemonic(text: str, letter: str) -> str:
    """``text`` with "&" before the first ``letter`` of it (either case), its own "&"
    doubled; the text as it is when ``letter`` is not in it."""
    text = text.replace("&", "&&")
    at = text.casefold().find(letter.casefold()) if letter else -1
    return text if at < 0 else f"{text[:at]}&{text[at:]}"


def _keyboard_preview(bar: QWidget, choices: dict[QAction, str]) -> None:
    """The print preview's toolbar from the keyboard (verify58 F17: its choices were
    buttons Tab never reached, with no mnemonic, and Page Down did not change the page):
    each choice's button shows its mnemonic (Alt+letter toggles it) and is a Tab stop
    (Space toggles it); Page Up / Page Down go to the previous / next page, Ctrl+Home /
    Ctrl+End to the first / last, the tooltips saying so; Qt's Print button is a Tab
    stop, Ctrl+P or Ctrl+Return prints (``_PRINT_KEYS``, verify79 F10)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QToolBar, QToolButton

    assert isinstance(bar, QToolBar)
    for action in bar.actions():
        keys = _PAGE_KEYS.get(action.text())
        if keys is not None:
            sequence = QKeySequence(keys)
            action.setShortcut(sequence)
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({shown})")
    for action in bar.actions():
        if action.text().replace("&", "") == _PRINT_ACTION:
            # (verify79 F10: the Print button was no Tab stop and Ctrl+P, pressed again in
            # the preview, did nothing: printing needed the mouse)
            action.setShortcuts([QKeySequence(keys) for keys in _PRINT_KEYS])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(f"Print ({', '.join(_PRINT_KEYS)})")
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.setAccessibleName("Print")
    for action, letter in choices.items():
        button = bar.widgetForAction(action)
        if not isinstance(button, QToolButton):
            continue
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if letter:
            # The button's text is the action's icon text: with "&", Qt underlines the
            # letter and makes Alt+letter click the button (QAbstractButton::setText).
            action.setIconText(_with_mnemonic(action.text(), letter))
            action.setToolTip(f"{action.toolTip()} (Alt+{letter.upper()})")


def print_with_preview(parent: QWidget | None, paint: object,
                       choices: Sequence[PrintChoice] = (), title: str = "",
                       folder: str = "") -> Printed | None:
    """File → Print: Qt's print preview; ``paint(printer)`` draws the pages.

    ``choices``: checkable buttons added to the preview's toolbar (``PrintChoice``);
    ``title``: the document's name, a PDF's /Title (verify43 F17: it was empty);
    ``folder``: where a PDF goes when no printer is installed (Print to File the only
    way), as Save does (verify54 F26: Qt put it in the home folder).

    Returns:
        Where the pages went once printed, ``None`` when the preview was closed without
        printing (so that the window can say it: verify34 F9, a print to a PDF file
        closed the preview without a word)."""
    from PySide6.QtGui import QAction, QPageLayout
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if title:
        printer.setDocName(title)
    if _printed_to_file:  # the file printed to last (verify43 F25: back to ~/print.pdf)
        printer.setOutputFileName(_printed_to_file[-1])
    elif folder and os.path.isdir(folder) and not _printers():
        from timeline_app.io.files import file_stem  # (Save's and Export's rule)

        printer.setOutputFileName(os.path.join(folder, f"{file_stem(title)}.pdf"))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    bar = dialog.findChild(QToolBar)
    preview = dialog.findChild(QPrintPreviewWidget)
    if preview is not None:
        from timeline_app.ui.accessibility import KeyboardFocusRing

        # The pages have the keys as the preview opens (arrows, Page Down): ringed until
        # a click, as the window's timeline is (verify86 F5: no focus seen)
        KeyboardFocusRing([preview], dialog)
    made: dict[QAction, str] = {}
    # What a choice turned on or off did, under the pages (verify75 F15: One Page on a
    # timeline that fits one page changed nothing, without a word)
    status = QLabel(dialog)
    status.setObjectName("printPreviewStatus")
    status.setTextFormat(Qt.TextFormat.PlainText)
    status.setWordWrap(True)
    status.setContentsMargins(8, 2, 8, 4)
    layout = dialog.layout()
    if layout is not None:
        layout.addWidget(status)
    icon = _check_icon(dialog) if choices else None
    # The choices on a row of their own under Qt's buttons (``printChoices``): with
    # their boxes they no longer fitted beside them at the window's 85 % of 1280 px, the
    # last behind the toolbar's » (verify75 F15)
    frame = dialog.findChild(QMainWindow)
    if choices and bar is not None and frame is not None:
        bar = QToolBar("Print choices", frame)
        bar.setObjectName("printChoices")
        bar.setMovable(False)
        frame.addToolBarBreak()
        frame.addToolBar(bar)
    for choice in choices:
        if bar is None or preview is None:
            break
        action = QAction(choice.text, dialog)
        action.setCheckable(True)
        action.setChecked(choice.checked)
        action.setToolTip(choice.tip)
        if icon is not None:
            action.setIcon(icon)

        def turned(on: bool, choice: PrintChoice = choice) -> None:
            choice.toggled(on)
            preview.updatePreview()
            if choice.says is not None:
                status.setText(choice.says(on, preview.pageCount()))

        action.toggled.connect(turned)
        if bar.actions() and not bar.actions()[-1].isSeparator():
            bar.addSeparator()
        bar.addAction(action)
        made[action] = choice.mnemonic
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):  # (the box beside the words: on or off)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    first = dialog.findChild(QToolBar)  # (Qt's own: the page keys)
    if first is not None and first is not bar:
        _keyboard_preview(first, {})
    if bar is not None:
        _keyboard_preview(bar, made)
    # Most of the window, not Qt's default: the page opened as a 7 % thumbnail in a
    # 770x130 px preview (session 25, File → Print Current View under Xvfb).
    window = parent.window() if parent is not None else None
    if window is not None:
        dialog.resize(max(800, int(window.width() * 0.85)), max(600, int(window.height() * 0.85)))
    if run_modal(dialog) != QDialog.DialogCode.Accepted:  # (the preview accepts once printed)
        return None
    if printer.outputFileName():
        _printed_to_file[:] = [printer.outputFileName()]
        return Printed(printer.outputFileName(), True)
    _printed_to_file.clear()  # (a printer next time, as this time)
    return Printed(printer.printerName(), False)


def _printers() -> list[str]:
    """The printers installed (none: a PDF is the only way to print)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


#: The PDF file the last print went to, while the app runs (``print_with_preview``): the
#: print dialog offers it again, where it went back to ~/print.pdf each time.
_printed_to_file: list[str] = []


def ask_csv_mapping(parent: QWidget | None, table: object, file_name: str,
                    day_first: bool | None = None) -> dict[str, int] | None:
    """The CSV import dialog: the user's column mapping (with the order of numeric dates
    if the user chose one), or ``None`` if cancelled.  ``day_first``: the locale's order."""
    from timeline_app.ui.csv_import import CsvImportDialog

    dialog = CsvImportDialog(table, file_name, day_first, parent)  # type: ignore[arg-type]
    return dialog.mapping() if run_modal(dialog) == CsvImportDialog.DialogCode.Accepted else None


def confirm_row_errors(parent: QWidget | None, errors: list[object], good: int) -> bool:
    """Rows that failed, with their numbers and reasons: import the others, or cancel."""
    shown = "\n".join(str(e) for e in errors[:12]) + ("\n…" if len(errors) > 12 else "")
    left_out = sum(not getattr(e, "kept", False) for e in errors)
    changed = sum(bool(getattr(e, "changed", False)) for e in errors)
    repeated = sum(bool(getattr(e, "repeated", False)) for e in errors)
    no_end = sum(bool(getattr(e, "end_dropped", False)) for e in errors)
    two_ways = len(errors) - left_out - changed - repeated - no_end
    said = []
    if left_out:
        # (the reason of each row is listed below: no date, a date this app cannot read,
        # an End before the start, ... — verify23: an End before its date read "1 row has
        # no usable date", though its date was fine)
        said.append(f"{counted(left_out, 'row')} will be left out (the reason "
                    f"{'is' if left_out == 1 else 'of each is'} below)")
    if two_ways:
        said.append(f"{counted(two_ways, 'row')} "
                    f"{'has a date that reads' if two_ways == 1 else 'have dates that read'} "
                    "two ways: they are read in your "
                    "system's order; check them after the import")
    if changed:  # verify46 F9
        said.append(f"{counted(changed, 'row')} "
                    f"{'has a date' if changed == 1 else 'have dates'} changed in the table "
                    "since the export: the date basis of each says so")
    if repeated:  # verify60 F6: a database's repeated row got a new Id without a word
        said.append(f"{counted(repeated, 'row')} "
                    f"{'has' if repeated == 1 else 'have'} an earlier row's Id: "
                    f"{'it is' if repeated == 1 else 'each is'} imported with a new Id")
    if no_end:  # verify60 F5: such a row was left out whole
        said.append(f"{counted(no_end, 'row')} "
                    f"{'has an end' if no_end == 1 else 'have ends'} before the start: "
                    f"{'it is' if no_end == 1 else 'each is'} imported without an end")
    box = message_box(parent, QMessageBox.Icon.Warning,
                      "Some rows cannot be imported" if left_out
                      else "Some dates read two ways" if two_ways
                      else "Some dates were changed in the table" if changed
                      else "Some rows repeat an Id" if repeated
                      else "Some ends are before their starts",
                      f"{'; '.join(said)}; {counted(good, 'event')} can be imported.\n\n{shown}",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(f"Import {counted(good, 'event')}")
    return _ask(box) == QMessageBox.StandardButton.Ok


def edit_event(parent: QWidget | None, timeline: Timeline, event: Event | None,
               initial_date: FuzzyDate | None = None, heading: str = "", *,
               initial_category: str = "", initial_participants: tuple[str, ...] = (),
               initial_location: str = "",
               merge_target: list[str] | None = None,
               guess_category: bool = False) -> Event | None:
    """The event editor: the edited event (a new id when ``event`` is None), or None if
    cancelled. ``initial_category``: the lane a new event starts in;
    ``initial_participants``, ``initial_location``: its names to start with (the lane
    it is made in, lanes by participant or place); ``merge_target``: given, it receives
    the id of the event the editor's Merge Into It chose (``EventEditor.merge_target``);
    ``guess_category``: ``initial_category`` is the app's guess, which the title as typed
    may change (``EventEditor``)."""
    from timeline_app.ui.event_editor import EventEditor

    dialog = EventEditor(timeline, event, initial_date, heading, parent,
                         initial_category=initial_category,
                         initial_participants=initial_participants,
                         initial_location=initial_location,
                         offer_merge=merge_target is not None,
                         guess_category=guess_category)
    with _kept_for_a_crash(parent, "editor_keeper", dialog):
        if run_modal(dialog) != EventEditor.DialogCode.Accepted:
            return None
        if merge_target is not None and dialog.merge_target():
            merge_target.append(dialog.merge_target())
        return dialog.edited_event()


def ask_timeline_properties(parent: QWidget | None, title: str, description: str,
                            note: str = "", years: tuple[int, int] | None = None
                            ) -> tuple[str, str] | None:
    """Timeline → Properties: the new (title, description), or None if cancelled;
    ``note`` says why it is offered when the app offers it (plain text); ``years``: the
    events' first and last year, offered for a name ending in others."""
    from timeline_app.ui.timeline_properties import TimelinePropertiesDialog

    dialog = TimelinePropertiesDialog(title, description, parent, note, years)
    if run_modal(dialog) != TimelinePropertiesDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def recovery_message_box(parent: QWidget | None, copy: RecoveryCopy,
                         position: tuple[int, int] = (1, 1)) -> QMessageBox:
    """The question asked at start-up after a crash (built here so it can be looked at).

    ``position``: (n, of) when several copies were left: they are offered newest first.
    """
    box = QMessageBox(parent)
    box.setObjectName("recoveryPrompt")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Restore unsaved changes?")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from a file
    when = _when(copy.saved_at)
    # Eras apart, as the status bar counts them after the restore (verify57 F30)
    eras = min(copy.era_count, copy.event_count)
    events = events_and_eras(copy.event_count - eras, eras)
    number, total = position
    if total > 1:
        which = ("newest" if number == 1 else "oldest" if number == total
                 else f"{_ORDINALS.get(number, f'{number}th')} newest")
        box.setText(f"{total} recovery copies were kept ({_WHY_KEPT}).\n\nThe {which} "
                    f"({number} of {total}) is of “{copy.name}”: {events}, as of {when}.")
        later = ("Discard deletes it and shows the next copy" if number < total
                 else "Discard deletes it")
        box.setInformativeText(f"Restore it? ({later}; after a restore, the older copies "
                               "are offered at the next start. Decide Later keeps every "
                               "copy for the next start.)" if number < total
                               else f"Restore it? ({later}; Decide Later keeps it for "
                               "the next start.)")
    else:
        box.setText(f"A recovery copy of “{copy.name}” was kept: {events}, as of {when}."
                    f"\n\n({_WHY_KEPT[0].upper()}{_WHY_KEPT[1:]}.)")
    if copy.problem:  # a journal's base gone or changed (``io.recovery_journal``)
        box.setText(f"{box.text()}\n\n{copy.problem}")
        box.setInformativeText("Restore it? (Discard deletes the copy; Decide Later keeps "
                               "it for the next start.)")
    _kept_work_buttons(box, "&Restore")
    return box


def _kept_work_buttons(box: QMessageBox, accept: str) -> None:
    """``accept`` (the default), Discard and Decide Later, the question about work kept at
    a crash: Esc (and the window's close button) put the choice off, losing nothing: it
    did nothing before, with no way to start without deciding (verify16, notes)."""
    chosen = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.setEscapeButton(box.addButton("Decide &Later", QMessageBox.ButtonRole.RejectRole))
    box.setDefaultButton(chosen)


_ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
# Why a copy is offered: not only a crash, since Decide Later keeps copies for the next
# start, where "did not close properly last time" was false after a clean quit (verify17).
_WHY_KEPT = ("Diplomatic Timeline did not close properly, or the choice was put off "
             "with Decide Later")


def ask_restore_recovery(parent: QWidget | None, copy: RecoveryCopy,
                         position: tuple[int, int] = (1, 1)) -> bool | None:
    """True to restore the recovery copy, False to discard it, None to decide later
    (Decide Later, Esc: the copies are kept and offered at the next start).
    ``position``: (n, of) among the copies left, newest first."""
    return _ask_reopen(recovery_message_box(parent, copy, position))


def review_message_box(parent: QWidget | None, state: ReviewState) -> QMessageBox:
    """The question asked at start-up about an import review left open by a crash (built
    here so it can be looked at)."""
    rows = len(state.rows)
    ticked = sum(row.checked for row in state.rows)
    corrected = state.corrected
    later = len(state.later)
    words = sum(len(article.text.split()) for article in state.later)
    rest = (f", and the {later} article{'s' if later != 1 else ''} after it in the same "
            f"paste, not reviewed yet ({words} word{'s' if words != 1 else ''})"
            if later else "")
    return _reopen_box(
        parent, "reviewRecoveryPrompt", "Reopen the unfinished import?",
        f"An import review was still open when Diplomatic Timeline closed without "
        f"finishing: the article {_article_name(state)} ({rows} "
        f"event{'s' if rows != 1 else ''} found, {ticked} ticked"
        + (f", {corrected} corrected" if corrected else "")
        + f"){rest}, to go into “{state.timeline[:80]}”, as of {_when(state.when())}.",
        "Reopen them as you left them?" if later else "Reopen it as you left it?")


def _article_name(state: ReviewState) -> str:
    """What the review's article is called: its headline as the review's Headline field
    had it (corrected there or not), else the headline read from its text, followed by
    the name of the file it came from ("“Russia, Ukraine swap 150 prisoners” from
    article2.txt"), else its name alone (verify51: the question said "pasted text", the
    review the headline; verify64 F12: "article2.txt", not the headline corrected)."""
    from timeline_app.extract import headline
    from timeline_app.ui.import_article import ArticleRequest

    fields = state.article_fields
    title = (fields[0].strip() if fields is not None else "") or headline(state.article.text)
    name = state.article.name
    if not title:
        return f"“{name[:80]}”"
    if name in (ArticleRequest.name, title):
        return f"“{shortened(title, 100)}”"
    return f"“{shortened(title, 100)}” from {name[:80]}"


def _when(saved: _dt.datetime) -> str:
    return f"{saved.day} {MONTH_NAMES[saved.month - 1]} {saved.year} at {saved:%H:%M}"


def _reopen_box(parent: QWidget | None, name: str, title: str, text: str, question: str
                ) -> QMessageBox:
    """A question about work kept at a crash: Reopen, Discard, Decide Later (Esc, which
    loses nothing); ``text`` shown as plain text (it quotes typed and read text)."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    kept = "them" if question.startswith("Reopen them") else "it"  # (a paste's articles)
    box.setInformativeText(f"{question} (Discard deletes {kept}; Decide Later keeps {kept} "
                           "for the next start.)")
    _kept_work_buttons(box, "&Reopen")
    return box


def _ask_reopen(box: QMessageBox) -> bool | None:
    """The answer to a question about work kept at a crash (``_kept_work_buttons``:
    ``_reopen_box``'s, the recovery copy's): True (Reopen, Restore), False (Discard) or
    None (Decide Later, Esc)."""
    run_modal(box)
    clicked = box.clickedButton()
    role = box.buttonRole(clicked) if clicked is not None else None
    box.deleteLater()
    if role == QMessageBox.ButtonRole.AcceptRole:
        return True
    return False if role == QMessageBox.ButtonRole.DestructiveRole else None


def ask_reopen_review(parent: QWidget | None, state: ReviewState) -> bool | None:
    """True to reopen an import review kept at a crash, False to discard it, None to
    decide later (Esc: it stays for the next start)."""
    return _ask_reopen(review_message_box(parent, state))


def editor_message_box(parent: QWidget | None, state: EditorState, editing: str
                       ) -> QMessageBox:
    """The question asked at start-up about an event left in the editor by a crash;
    ``editing``: the title of the timeline's event it edited, or "" for a new event."""
    title = " ".join(state.title.split())[:80] or "(no title yet)"
    what = (f"changes to “{editing[:80]}” were being made" if editing
            else "a new event was being typed")
    typed = [words for words, text in (("a date", state.date), ("a summary", state.summary),
                                       ("participants", state.participants),
                                       ("a place", state.location)) if text.strip()]
    return _reopen_box(
        parent, "editorRecoveryPrompt", "Reopen the unfinished event?",
        f"When Diplomatic Timeline closed without finishing, {what} in the editor: "
        f"“{title}”" + (f", with {', '.join(typed)}" if typed else "")
        + f", in “{state.timeline[:80]}”, as of {_when(state.when())}.",
        "Reopen the editor with it as you left it?")


def article_draft_message_box(parent: QWidget | None, draft: ArticleDraft) -> QMessageBox:
    """The question asked at start-up about text left in Import Article by a crash."""
    words = len(draft.text.split())
    first = " ".join(draft.text[:400].split())
    if len(first) > 80:  # cut between words
        first = first[:80].rpartition(" ")[0] + "…"
    return _reopen_box(
        parent, "articleRecoveryPrompt", "Reopen the unfinished article?",
        f"When Diplomatic Timeline closed without finishing, an article was in Import "
        f"Article, not read yet: “{draft.name[:80]}”, {words} word{'s' if words != 1 else ''}"
        + (f", beginning “{first}”" if first else "")
        + f", for “{draft.timeline[:80]}”, as of {_when(draft.when())}.",
        "Reopen Import Article with it as you left it?")


def ask_reopen_article(parent: QWidget | None, draft: ArticleDraft) -> bool | None:
    """True to reopen Import Article with text kept at a crash, False to discard it, None
    to decide later (Esc)."""
    return _ask_reopen(article_draft_message_box(parent, draft))


def ask_reopen_event(parent: QWidget | None, state: EditorState, editing: str
                     ) -> bool | None:
    """True to reopen an event editor kept at a crash, False to discard it, None to decide
    later (Esc)."""
    return _ask_reopen(editor_message_box(parent, state, editing))


def ask_reload_changed(parent: QWidget | None, name: str, has_edits: bool) -> bool:
    """The open file changed on disk: True to reload it, False to keep what is shown."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("File changed on disk")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if has_edits:
        box.setText(f"Another program changed “{name}”, and you have unsaved edits.")
        box.setInformativeText("Reload the file (your edits are lost) or keep your edits "
                               "(saving will ask before overwriting the other changes)?")
        reload = box.addButton("&Reload", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("&Keep My Edits", QMessageBox.ButtonRole.RejectRole)
    else:
        box.setText(f"Another program changed “{name}”. Reload it?")
        reload = box.addButton("&Reload", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("&Ignore", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep if has_edits else reload)
    run_modal(box)
    return box.clickedButton() is reload


def ask_overwrite_changed(parent: QWidget | None, name: str) -> bool:
    """Saving would overwrite a file someone else changed: True to overwrite it."""
    box = message_box(
        parent, QMessageBox.Icon.Warning, "File changed on disk",
        f"“{name}” was changed by another program since you opened it. Overwrite it with "
        "your timeline? (Cancel, then Save As, keeps both.)",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return _ask(box) == QMessageBox.StandardButton.Save


def review_merge(parent: QWidget | None, other: Timeline,
                 existing: Sequence[Event], untold: Collection[str] = frozenset(),
                 columns_not_read: Sequence[str] = ()) -> ReviewOutcome | None:
    """File → Merge…: which events of ``other`` to add, and which duplicates to merge.
    ``untold``, ``columns_not_read``: what the other file has no column for and the
    columns nothing was read from (``io.formats.Opened``; verify61 F13, F18); when not
    given, those of the file the window is merging (its ``merge_opened``), if any."""
    from timeline_app.ui.lazy_events import busy_cursor
    from timeline_app.ui.merge_dialog import MergeDialog

    document = getattr(parent, "document", None)  # the window's: titles typed by hand
    opened = getattr(parent, "merge_opened", None)  # the file read (``io.formats.Opened``)
    untold = untold or getattr(opened, "untold", frozenset())
    columns_not_read = columns_not_read or getattr(opened, "columns_not_read", ())
    with busy_cursor():  # its rows are compared and made first (~6 s for 2 003: verify53 F12)
        dialog = MergeDialog(other, existing, parent, getattr(document, "title_by_hand", None),
                             # (what was deleted or merged here since: verify59 F23)
                             left_out=getattr(getattr(document, "timeline", None),
                                              "left_out", ()),
                             untold=untold, columns_not_read=columns_not_read,
                             rows_left_out=getattr(opened, "rows_left_out", ()),
                             ids_left_out=getattr(opened, "ids_left_out", frozenset()),
                             untold_of=getattr(opened, "untold_of", None))
    status = getattr(parent, "statusBar", None)  # its "Comparing …" said while they were
    if status is not None:
        status().clearMessage()
    if run_modal(dialog) != MergeDialog.DialogCode.Accepted:
        return None
    return dialog.outcome()


def ask_category_color(parent: QWidget | None, label: str, current: str) -> str | None:
    """The colour chosen for a category's lane, ``#rrggbb`` (lower case), or ``None`` when
    the dialog is cancelled.  ``label``: the category as the app shows it (a window
    title, which Qt shows as plain text); ``current``: the lane's colour now."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    chosen = QColorDialog.getColor(QColor(current), parent, f"Colour of {label}")
    keys_back_after(parent)
    return chosen.name() if chosen.isValid() else None


def ask_merge_choices(parent: QWidget | None, events: Sequence[Event],
                      told_by: Callable[[Event], str] | None = None
                      ) -> tuple[int, int, int, str, int | None] | None:
    """Edit → Merge Selected Events: the indexes into ``events`` of the title, date and
    place the merged event keeps, its status, and the index of the event whose lane it
    takes (None: all in one lane) (``MergeEventsDialog``; ``told_by`` names who told
    each date), or None if cancelled."""
    from timeline_app.ui.merge_events_dialog import MergeEventsDialog

    dialog = MergeEventsDialog(events, parent, told_by)
    if run_modal(dialog) != MergeEventsDialog.DialogCode.Accepted:
        return None
    return (*dialog.choices(), dialog.lane_choice())


def ask_quote(parent: QWidget | None, sentences: Sequence[Evidence],
              titles: Mapping[str, str] | None = None, *,
              of_timeline: bool = False, cites: bool = False,
              picture: str = "") -> Evidence | str | Picture | None:
    """The event editor's Add quote…: one of ``sentences`` (the sentences of the event's
    articles it does not cite, with their offsets; ``titles`` by article id, "" for the
    event's own; ``of_timeline``: the timeline's articles, offered to an event that cites
    none, or after those it cites when ``cites``) picked, or a quote typed or pasted
    (any number of lines), or a picture's web address for the slide (a ``Picture``;
    ``picture``: the editor's Picture field, which it replaces), or None if cancelled
    (``QuoteDialog``)."""
    from timeline_app.ui.quote_dialog import QuoteDialog

    dialog = QuoteDialog(sentences, titles, parent, of_timeline=of_timeline, cites=cites,
                         picture=picture)
    try:
        if run_modal(dialog) != QuoteDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
    finally:
        dialog.deleteLater()


def ask_split_choices(parent: QWidget | None, event: Event
                      ) -> tuple[list[int], list[int], list[int]] | None:
    """Edit → Split Event: the indexes into ``event.evidence`` and ``event.participants``
    of the source sentences and participants that go to a new event, and of the
    participants that stay on both (``SplitEventDialog``), or None if cancelled."""
    from timeline_app.ui.split_event_dialog import SplitEventDialog

    dialog = SplitEventDialog(event, parent)
    if run_modal(dialog) != SplitEventDialog.DialogCode.Accepted:
        return None
    return (*dialog.choices(), dialog.shared())
