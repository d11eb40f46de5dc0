"""Join Names… (Edit menu, a participant's or place's lane header, the Filters' lists): one
actor written several ways made one name, so that it has one lane and one Filters row.

verify43 F9: by participant, Vučić had three lanes ("Aleksandar Vucic", "Vučić",
"Aleksandar Vučić") and the only way to join them was to open every event.  Spellings that
differ only by case, accents or spaces are one lane already (``core.names``); a surname
alone and a full name are not joined by themselves ("Vučić" may be his brother, "Kim" one
of many), so the person says which names are one here.  The change is one undo step
through ``Document.join_names``.

The dialog is opened through ``ask_join_names``, a module function tests replace; no test
blocks on ``exec()``.  Names come from files: every label shows them as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.names import lane_name_key
from timeline_app.ui.dialog_buttons import ok_cancel_buttons
from timeline_app.words import counted

#: A name longer than this is cut in the dialog's sentences (the name is kept whole).
SHOWN_NAME = 60


def _shown(name: str) -> str:
    return f"“{name if len(name) <= SHOWN_NAME else name[:SHOWN_NAME - 1] + '…'}”"


class JoinNamesDialog(QDialog):
    """Which name (``names``: participants' or places' names with their events, as
    ``core.names.name_counts`` gives them) is written as which: "Vučić" into "Aleksandar
    Vučić" (an existing name: a join) or into a name typed (a rename)."""

    def __init__(self, participants: Sequence[tuple[str, int]],
                 places: Sequence[tuple[str, int]], by_place: bool = False, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Join Names")
        self._names = {False: list(participants), True: list(places)}
        layout = QVBoxLayout(self)
        kinds = QHBoxLayout()
        self.participants_button = QRadioButton("&Participants", self)
        self.places_button = QRadioButton("Pl&aces", self)
        for button in (self.participants_button, self.places_button):
            kinds.addWidget(button)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        form = QFormLayout()
        self.name_combo = QComboBox(self)
        self.name_combo.setAccessibleName("The name to write otherwise")
        self.into_combo = QComboBox(self)
        self.into_combo.setEditable(True)
        self.into_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.into_combo.setAccessibleName("The name it becomes: another name, or one typed")
        name_label = QLabel("&Name:", self)
        name_label.setBuddy(self.name_combo)
        into_label = QLabel("&Into:", self)
        into_label.setBuddy(self.into_combo)
        form.addRow(name_label, self.name_combo)
        form.addRow(into_label, self.into_combo)
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        layout.addWidget(self.hint)
        buttons, self.ok_button = ok_cancel_buttons(self)
        layout.addWidget(buttons)
        (self.places_button if by_place else self.participants_button).setChecked(True)
        self._fill_names(name)
        self.participants_button.toggled.connect(lambda _on: self._fill_names(""))
        self.name_combo.currentIndexChanged.connect(lambda _i: self._fill_into())
        self.into_combo.currentIndexChanged.connect(self._picked)
        self.into_combo.editTextChanged.connect(lambda _t: self._say())
        self.into_combo.setFocus()

    # -- what is chosen -------------------------------------------------------------------
    def by_place(self) -> bool:
        return self.places_button.isChecked()

    def name(self) -> str:
        """The name chosen to be written otherwise (as its lane spells it), or ``""``."""
        return str(self.name_combo.currentData() or "")

    def into(self) -> str:
        """The name it becomes, its spaces collapsed (``""`` while none is typed)."""
        return " ".join(self.into_combo.currentText().split())

    def is_join(self) -> bool:
        """Whether the name it becomes is another name the timeline has."""
        key = lane_name_key(self.into())
        return bool(key) and key != lane_name_key(self.name()) and any(
            lane_name_key(other) == key for other, _ in self._names[self.by_place()])

    def choose(self, name: str, into: str) -> None:
        """Choose ``name`` (one of the list's) and type ``into``, as the person would."""
        index = self.name_combo.findData(name)
        if index >= 0:
            self.name_combo.setCurrentIndex(index)
        self.into_combo.setEditText(into)

    # -- filling and saying ---------------------------------------------------------------
    def _fill_names(self, name: str) -> None:
        names = self._names[self.by_place()]
        self.name_combo.blockSignals(True)
        self.name_combo.clear()
        for written, events in names:
            self.name_combo.addItem(f"{written} ({counted(events, 'event')})", written)
        key = lane_name_key(name)
        at = next((i for i, (written, _) in enumerate(names) if lane_name_key(written) == key),
                  0) if key else 0
        self.name_combo.setCurrentIndex(at if names else -1)
        self.name_combo.blockSignals(False)
        self._fill_into()

    def _fill_into(self) -> None:
        chosen = self.name()
        self.into_combo.blockSignals(True)
        self.into_combo.clear()
        for written, events in self._names[self.by_place()]:
            if written != chosen:
                self.into_combo.addItem(f"{written} ({counted(events, 'event')})", written)
        self.into_combo.setCurrentIndex(-1)
        self.into_combo.setEditText(self.suggestion(chosen))
        self.into_combo.blockSignals(False)
        line = self.into_combo.lineEdit()
        if line is not None:
            line.selectAll()  # typed over, or a name chosen with ↓
        self._say()

    def _picked(self, index: int) -> None:
        """A name chosen from the list (↓ or a click) reads "Serbia (17 events)" there: the
        field takes the name alone."""
        if index >= 0 and self.into_combo.itemData(index):
            self.into_combo.setEditText(str(self.into_combo.itemData(index)))

    def suggestion(self, name: str) -> str:
        """What "Into" starts with for ``name``: the one other name that ends with it, when
        ``name`` is one word ("Vučić" → "Aleksandar Vucic", accents aside: a surname and
        the full name an article gave first), else ``name`` itself (typed over).  Only
        proposed: a surname may be another person's, so nothing is joined unasked."""
        key = lane_name_key(name)
        if not key or " " in key:
            return name
        ending = [other for other, _ in self._names[self.by_place()]
                  if other != name and lane_name_key(other).rsplit(" ", 1)[-1] == key
                  and " " in lane_name_key(other)]
        return ending[0] if len(ending) == 1 else name

    def _say(self) -> None:
        """The sentence under the fields, and OK's word: Join, Rename, or disabled."""
        name, into = self.name(), self.into()
        kind = "place" if self.by_place() else "participant"
        events = dict(self._names[self.by_place()]).get(name, 0)
        if not name:
            words, ok = f"The timeline has no {kind}'s name to join.", ""
        elif not into:
            words, ok = "Type the name it becomes, or choose another name with ↓.", ""
        elif lane_name_key(into) == lane_name_key(name) and into == name:
            words, ok = (f"Choose the {kind} {_shown(name)} is the same as (↓), or type its "
                         "new name."), ""
        elif self.is_join():
            words, ok = (f"{_shown(name)} ({counted(events, 'event')}) becomes {_shown(into)}: "
                         f"one lane and one Filters row from now on. Edit → Undo takes it "
                         "back."), "&Join"
        else:
            words, ok = (f"{_shown(name)} is written {_shown(into)} in its "
                         f"{counted(events, 'event')}. Edit → Undo takes it back."), "&Rename"
        self.hint.setText(words)
        self.ok_button.setEnabled(bool(ok))
        self.ok_button.setText(ok or "&OK")


def ask_join_names(parent: QWidget | None, participants: Sequence[tuple[str, int]],
                   places: Sequence[tuple[str, int]], by_place: bool = False,
                   name: str = "") -> tuple[str, str, bool] | None:
    """``(name, into, by_place)`` chosen in a ``JoinNamesDialog`` (``name`` chosen first),
    or ``None`` when cancelled."""
    dialog = JoinNamesDialog(participants, places, by_place, name, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name(), dialog.into(), dialog.by_place()
    finally:
        dialog.deleteLater()
