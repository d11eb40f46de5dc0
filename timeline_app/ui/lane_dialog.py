"""Naming a lane: Rename Lane… (the legend's and the lane header's menus) and New Lane…
(Move to Lane ▸ of an event's menu), and the question before two lanes are merged.

The questions are module functions tests replace (``ask_lane_name``, ``ask_merge_lanes``);
no test blocks on ``exec()``.  Lane names come from files: every label here shows them
as plain text (``safe_text.plain``), and a name typed is stored as typed (brief rule 4).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.lanes import lane_names
from timeline_app.document import Document
from timeline_app.io.exchange import category_from_display
from timeline_app.ui import prompts
from timeline_app.ui.alt_keys import guard_alt_typing
from timeline_app.ui.dialog_buttons import ok_cancel_buttons
from timeline_app.ui.focus_back import run_modal
from timeline_app.ui.safe_text import plain
from timeline_app.ui.style import category_color, category_label, lanes_in_order
from timeline_app.words import counted

#: What the dialog says while the name is empty (OK is disabled meanwhile).
EMPTY_NAME = "A lane needs a name: type one, or press Cancel."
#: A lane name longer than this is cut in the dialog's questions (the name is kept whole).
SHOWN_NAME = 80


def shown_name(category: str) -> str:
    """A lane's name as the dialogs quote it: its label, cut to ``SHOWN_NAME`` characters."""
    label = category_label(category)
    return label if len(label) <= SHOWN_NAME else label[:SHOWN_NAME - 1] + "…"


def lane_for_name(typed: str, lanes: Iterable[str]) -> str:
    """The lane a typed name stands for: a lane of ``lanes`` shown so (letter case aside:
    "treaty" and "TREATY" are the lane Treaty), else a new lane named as typed, stored as
    the editor and imports store it ("Accords" → "accords", shown "Accords"; "USA" kept;
    ``io.exchange.category_from_display``).  ``typed`` is stripped of outer white space."""
    typed = typed.strip()
    wanted = typed.casefold()
    for lane in sorted(lanes):
        if lane and category_label(lane).casefold() == wanted:
            return lane
    return category_from_display(typed)


def _merge_note(lane: str) -> str:
    """Rename Lane's note on a name of another lane: OK asks before the two merge."""
    return f"{shown_name(lane)} is already a lane: OK asks whether to merge the two."


class LaneNameDialog(QDialog):
    """A lane's name: a line edit, OK disabled (and the reason said) while it is empty,
    and a note when the name is another lane's (``existing_note`` of that lane: by
    default, for Rename Lane, that OK then asks before merging)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, current: str,
                 other_lanes: Iterable[str] = (),
                 existing_note: Callable[[str], str] = _merge_note) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._others = {category_label(c).casefold(): c for c in other_lanes if c}
        self._existing_note = existing_note
        layout = QVBoxLayout(self)
        self.prompt_label = plain(QLabel(prompt))
        self.prompt_label.setWordWrap(True)
        layout.addWidget(self.prompt_label)
        self._current = current.strip()
        self.name_edit = QLineEdit(current)
        self.name_edit.selectAll()
        self.name_edit.setAccessibleName("Lane name")
        guard_alt_typing(self, [self.name_edit])  # Alt + a letter no key takes: nothing
        self.prompt_label.setBuddy(self.name_edit)
        layout.addWidget(self.name_edit)
        self.note_label = plain(QLabel(""))
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        self.buttons, self._ok = ok_cancel_buttons(self)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self._check(current)
        self.resize(max(self.sizeHint().width(), 380), self.sizeHint().height())

    def name(self) -> str:
        """The name typed, without outer white space."""
        return self.name_edit.text().strip()

    def has_changes(self) -> bool:
        """True when a name other than the one it opened with was typed (an emptied field
        holds nothing to lose)."""
        return bool(self.name()) and self.name() != self._current

    def reject(self) -> None:
        # Esc and Cancel dropped a typed name without a word, where Timeline → Properties
        # asks (session 37, fix76; fix72's "What is left").
        if not self.has_changes() or prompts.ask_discard(
                self, "Discard the name?",
                f"The name typed, “{self.name()[:80]}”, is not used: the lanes stay as "
                "they were."):
            super().reject()

    def _check(self, _text: str = "") -> None:
        name = self.name()
        self._ok.setEnabled(bool(name))
        other = self._others.get(name.casefold())
        if not name:
            self.note_label.setText(EMPTY_NAME)
        elif other is not None:
            self.note_label.setText(self._existing_note(other))
        else:
            self.note_label.setText("")


def ask_lane_name(parent: QWidget | None, title: str, prompt: str, current: str,
                  other_lanes: Iterable[str] = (),
                  existing_note: Callable[[str], str] = _merge_note) -> str | None:
    """The name typed in a ``LaneNameDialog`` (stripped, never empty), or None on Cancel."""
    dialog = LaneNameDialog(parent, title, prompt, current, other_lanes, existing_note)
    try:
        if run_modal(dialog) != QDialog.DialogCode.Accepted or not dialog.name():
            return None
        return dialog.name()
    finally:
        dialog.deleteLater()


def merge_box(parent: QWidget | None, source: str, target: str, moved: int,
              there: int) -> QMessageBox:
    """The question before lane ``source`` is merged into lane ``target`` (not shown)."""
    box = plain(QMessageBox(QMessageBox.Icon.Question, "Merge lanes?", "",
                            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                            parent))
    box.setText(f"{shown_name(target)} is already a lane. Merge {shown_name(source)} into "
                f"it?\n\nIts {counted(moved, 'event')} join the {counted(there, 'event')} "
                f"of {shown_name(target)}, and the lane {shown_name(source)} is gone. "
                "Edit → Undo separates them again.")
    box.button(QMessageBox.StandardButton.Yes).setText("&Merge")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_merge_lanes(parent: QWidget | None, source: str, target: str, moved: int,
                    there: int) -> bool:
    """True if the person agrees to merge lane ``source`` into lane ``target``."""
    box = merge_box(parent, source, target, moved, there)
    try:
        return run_modal(box) == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def rename_lane(parent: QWidget | None, document: Document, old: str) -> str | None:
    """Rename Lane…: ask a new name for lane ``old`` and rename it (one undo step); onto
    another lane's name, merge the two after a question.

    Returns:
        The lane the events are in now, or None when nothing changed (cancelled, the
        same name, or the merge refused).
    """
    timeline = document.timeline
    lanes = lane_names(timeline) | set(timeline.category_colors)
    others = lanes - {old}
    typed = ask_lane_name(parent, "Rename Lane",
                          f"New name of the lane {shown_name(old)}:",
                          category_label(old) if old else "", others)
    if typed is None:
        return None
    new = lane_for_name(typed, others)
    if new == old:
        return None
    counts = {old: 0, new: 0}
    for event in timeline:
        if event.category in counts:
            counts[event.category] += 1
    if counts[new] and not ask_merge_lanes(parent, old, new, counts[old], counts[new]):
        return None
    # The app's colours go by name: the lane keeps the one it is shown in; its place, too.
    document.rename_lane(old, new, category_color(old, dark=False).name(),
                         lanes_in_order(timeline))
    return new


def move_to_new_lane(parent: QWidget | None, document: Document,
                     event_ids: Iterable[str]) -> str | None:
    """Move to Lane ▸ New Lane…: ask a lane's name and move the events there (one undo
    step; a name of an existing lane moves them to it).  Returns the lane, or None."""
    ids = list(event_ids)
    lanes = lane_names(document.timeline) | set(document.timeline.category_colors)
    theirs = {document.timeline.get(i).category for i in ids if i in document.timeline}
    them = "it" if len(ids) == 1 else "them"

    def existing(lane: str) -> str:
        # Not Rename Lane's "OK asks whether to merge the two": no lane merges here, and
        # OK asked nothing (session 31, keyboard trial of Move to Lane ▸ New Lane…).
        if theirs == {lane}:
            return (f"{'It is' if len(ids) == 1 else 'They are'} already in "
                    f"{shown_name(lane)}: OK changes nothing.")
        return f"{shown_name(lane)} is already a lane: OK moves {them} to it."
    typed = ask_lane_name(parent, "New Lane",
                          f"Name of the lane to move {counted(len(ids), 'event')} to:",
                          "", lanes, existing)
    if typed is None:
        return None
    lane = lane_for_name(typed, lanes)
    document.move_events_to_lane(ids, lane, lanes_in_order(document.timeline))  # new: last
    return lane

