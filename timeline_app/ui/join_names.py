"""Join Names… (Edit menu, a participant's or place's lane header, the Filters' lists): one
actor written several ways made one name, so that it has one lane and one Filters row.
Several spellings are ticked in the dialog's list and joined as one step (a Filters row's
menu ticks the rows ticked there).

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

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.names import lane_name_key
from timeline_app.ui.dialog_buttons import ok_cancel_buttons
from timeline_app.ui.focus_back import run_modal
from timeline_app.words import counted

#: A name longer than this is cut in the dialog's sentences (the name is kept whole).
SHOWN_NAME = 60


def _shown(name: str) -> str:
    return f"“{name if len(name) <= SHOWN_NAME else name[:SHOWN_NAME - 1] + '…'}”"


def _known_groups(names: Sequence[tuple[str, int]]) -> list[tuple[str, ...]]:
    """The groups of ``names`` that are known names of one state or body, the name to keep
    first (``extract.state_names.same_actor_names``: the extractor's table of states and
    blocs, and an acronym of another name's words), busiest groups first."""
    from timeline_app.extract.state_names import same_actor_names

    counts = dict(names)
    groups = same_actor_names(name for name, _ in names)
    return sorted(groups, key=lambda group: -sum(counts.get(n, 0) for n in group))


def join_with_known_action(name: str, names: Iterable[str], parent: QObject,
                           join: Callable[[tuple[str, ...]], object]) -> QAction | None:
    """"Join With “United Kingdom”…" (Alt+W) for a menu of ``name`` (a Filters row, a
    participant's lane header) when ``name`` and others of ``names`` are known names of
    one state or body (``extract.state_names.same_actor_names``; verify47 F21: nothing
    said that "Britain" and "United Kingdom" were one); its ``join`` gets the group (the
    name to keep first), for Join Names to open on them ticked.  None otherwise."""
    from timeline_app.extract.state_names import same_actor_names

    group = next((g for g in same_actor_names(names) if name in g), ())
    if not group:
        return None
    others = ", ".join(f"“{n}”" for n in group if n != name).replace("&", "&&")
    action = QAction(f"Join &With {others}…", parent)
    action.setStatusTip("Known names of one state or body: write them as one (one row and "
                        "one lane from then on); Edit → Undo takes it back")
    action.triggered.connect(lambda: join(tuple(group)))
    return action


class JoinNamesDialog(QDialog):
    """Which names (``names``: participants' or places' names with their events, as
    ``core.names.name_counts`` gives them; one or several ticked) are written as which:
    "Vučić" and "Aleksandar Vucic" into "Aleksandar Vučić" (an existing name: a join) or
    into a name typed (a rename).  Three spellings of one actor are one step, one undo
    (session 35, verify43 F9: they took two joins).

    Names known to be one state or body ("Britain" and "United Kingdom", "IAEA" and
    "International Atomic Energy Agency": ``_known_groups``) are offered in "Known
    spellings" (Alt+K); opened without a name (Edit → Join Names…), the dialog ticks the
    busiest such group and proposes the name to keep, else it ticks nothing (verify47 F21:
    it ticked the selected event's participant, which had to be unticked).  Nothing is
    renamed before the person presses Join."""

    def __init__(self, participants: Sequence[tuple[str, int]],
                 places: Sequence[tuple[str, int]], by_place: bool = False,
                 name: str | Sequence[str] = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Join Names")
        self._names = {False: list(participants), True: list(places)}
        self._typed = False  # "Into" typed or chosen by the person: kept as the ticks change
        layout = QVBoxLayout(self)
        kinds = QHBoxLayout()
        self.participants_button = QRadioButton("&Participants", self)
        self.places_button = QRadioButton("Pl&aces", self)
        for button in (self.participants_button, self.places_button):
            kinds.addWidget(button)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        self._groups = {False: _known_groups(participants), True: _known_groups(places)}
        known = QHBoxLayout()
        self.known_label = QLabel("&Known spellings of one actor:", self)
        self.known_combo = QComboBox(self)
        self.known_combo.setAccessibleName(
            "Names known to be one state or body: choose one to tick them")
        self.known_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.known_combo.setMinimumContentsLength(36)
        self.known_label.setBuddy(self.known_combo)
        known.addWidget(self.known_label)
        known.addWidget(self.known_combo, 1)
        layout.addLayout(known)
        names_label = QLabel("&Names (tick every spelling of one actor):", self)
        layout.addWidget(names_label)
        self.names_list = QListWidget(self)
        self.names_list.setAccessibleName("The names to write as one: tick each with Space")
        self.names_list.setUniformItemSizes(True)
        names_label.setBuddy(self.names_list)
        self.names_list.setMinimumHeight(self.fontMetrics().height() * 9)  # ~7 rows
        layout.addWidget(self.names_list)
        form = QFormLayout()
        self.into_combo = QComboBox(self)
        self.into_combo.setEditable(True)
        self.into_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The names, not "European Union (3 events)", in a list under the field that
        # Return passes over: inline completion wrote "EU" typed as a new name into
        # "EUropean Union (3 events)" and Return took that name (verify76 F12)
        self._completer = QCompleter(self)
        self._completer.setModel(QStringListModel(self._completer))
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.into_combo.setCompleter(self._completer)
        # A click on the names or a button while its list is open goes there, as in the
        # event editor (verify78 F4: the list took the click meant for another field)
        from timeline_app.ui.event_editor import CompletionGivesWayToTheMouse

        CompletionGivesWayToTheMouse(self.into_combo.lineEdit(), listed=False)
        self.into_combo.setAccessibleName("The name they become: another name, or one typed")
        into_label = QLabel("&Into:", self)
        into_label.setBuddy(self.into_combo)
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
        self._fill_names(((name,) if isinstance(name, str) else tuple(name)) if name else ())
        self.participants_button.toggled.connect(lambda _on: self._fill_names(()))
        self.known_combo.activated.connect(self._known_chosen)
        self.names_list.itemChanged.connect(lambda _item: self._ticks_changed())
        self.into_combo.currentIndexChanged.connect(self._picked)
        self.into_combo.lineEdit().textEdited.connect(self._edited)
        self.into_combo.editTextChanged.connect(lambda _t: self._say())
        from timeline_app.ui.check_style import make_checks_visible

        make_checks_visible(self)  # (its choices seen in the dark theme too)
        # Nothing ticked: the list first, where Space ticks (its hint says so); ↓ ↓ Space
        # typed into Into picked a name and a blank there (verify76 F12)
        (self.into_combo if self.names() else self.names_list).setFocus()

    # -- what is chosen -------------------------------------------------------------------
    def by_place(self) -> bool:
        return self.places_button.isChecked()

    def names(self) -> tuple[str, ...]:
        """The names ticked to be written otherwise (as their lanes spell them), in the
        list's order."""
        found = []
        for row in range(self.names_list.count()):
            item = self.names_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(found)

    def name(self) -> str:
        """The first name ticked, or ``""``."""
        return next(iter(self.names()), "")

    def into(self) -> str:
        """The name they become, its spaces collapsed (``""`` while none is typed).  A
        list entry's text ("United Kingdom (2 events)", which the field's inline
        completion shows while the name is typed) is its name: the line under the fields
        said "… become “United Kingdom (2 events)”" (verify47 F21)."""
        text = self.into_combo.currentText()
        index = self.into_combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0 and self.into_combo.itemData(index):
            text = str(self.into_combo.itemData(index))
        return " ".join(text.split())

    def is_join(self) -> bool:
        """Whether the name they become is a name the timeline has, other than the one
        name ticked (several ticked: any of them, the one the others are joined into)."""
        key = lane_name_key(self.into())
        ticked = {lane_name_key(name) for name in self.names()}
        return bool(key) and (key not in ticked or len(ticked) > 1) and any(
            lane_name_key(other) == key for other, _ in self._names[self.by_place()])

    def choose(self, name: str | Sequence[str], into: str) -> None:
        """Tick ``name`` (or several names: the list's) alone and type ``into``, as the
        person would."""
        wanted = {name} if isinstance(name, str) else set(name)
        self.names_list.blockSignals(True)
        for row in range(self.names_list.count()):
            item = self.names_list.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.names_list.blockSignals(False)
        self._typed = True
        self.into_combo.setEditText(into)
        self._say()

    # -- filling and saying ---------------------------------------------------------------
    def known_groups(self) -> list[tuple[str, ...]]:
        """The kind's names known to be one state or body (``_known_groups``)."""
        return self._groups[self.by_place()]

    def _fill_known(self) -> None:
        """"Known spellings": the kind's groups, "“Britain” (3), “United Kingdom” (2)";
        the row hidden when there are none."""
        counts = dict(self._names[self.by_place()])
        self.known_combo.clear()
        for group in self.known_groups():
            self.known_combo.addItem(", ".join(
                f"{_shown(n)} ({counts.get(n, 0)})" for n in sorted(
                    group, key=lambda n: -counts.get(n, 0))), group)
        for widget in (self.known_label, self.known_combo):
            widget.setVisible(bool(self.known_groups()))

    def _known_chosen(self, index: int) -> None:
        """A group chosen in "Known spellings": its names ticked, its name to keep in Into."""
        group = self.known_combo.itemData(index)
        if group:
            self.choose(tuple(group), group[0])

    def _fill_names(self, ticked: Sequence[str]) -> None:
        """List the kind's names, ``ticked`` ticked (any spelling of their lanes) and
        first, then the names that end with the same word as one of them (a surname and
        the full name an article gave: "Vučić", "Aleksandar Vucic"), then the known
        groups' names, then the rest.  Nothing given: the busiest known group
        (``known_groups``) ticked, else none."""
        names = self._names[self.by_place()]
        self._fill_known()
        keys = {lane_name_key(name) for name in ticked} - {""}
        if not keys and self.known_groups():
            keys = {lane_name_key(name) for name in self.known_groups()[0]}
        lasts = {key.rsplit(" ", 1)[-1] for key in keys}

        # then the other known groups' names, each group together ("IAEA" beside
        # "International Atomic Energy Agency"), then the rest
        in_group = {lane_name_key(name): at for at, group in enumerate(self.known_groups())
                    for name in group}

        def rank(entry: tuple[str, int]) -> tuple[int, int]:
            key = lane_name_key(entry[0])
            return ((0, 0) if key in keys else (1, 0) if key.rsplit(" ", 1)[-1] in lasts
                    else (2, in_group[key]) if key in in_group else (3, 0))

        self.names_list.blockSignals(True)
        self.names_list.clear()
        for written, events in sorted(names, key=rank):  # (stable: most events first)
            item = QListWidgetItem(f"{written} ({counted(events, 'event')})")
            item.setData(Qt.ItemDataRole.UserRole, written)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = lane_name_key(written) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.names_list.addItem(item)
        if self.names_list.count():
            self.names_list.setCurrentRow(0)
        self.names_list.blockSignals(False)
        self._typed = False
        self._fill_into()

    def _ticks_changed(self) -> None:
        self._order_into(None if self._typed else self.suggestion(self.names()))
        self._say()

    def _order_into(self, into: str | None) -> None:
        """The "Into" list in the order ↓ goes: ``into`` (the name proposed), then the
        other names ticked, then the rest as listed; the field shows ``into`` (its entry
        current, so ↓ / ↑ step from it), or keeps what was typed when ``into`` is None.
        ↓ went to the list's first name whatever was ticked: "Côte d'Ivoire" and "Ivory
        Coast" ticked, ↓ proposed "ECOWAS" (verify56 F9)."""
        combo = self.into_combo
        text = combo.currentText() if into is None else into
        ticked = self.names()
        listed = self._names[self.by_place()]
        first = [entry for name in (into, *ticked) for entry in listed if entry[0] == name]
        first = list(dict.fromkeys(first))
        rest = [entry for entry in listed if entry not in first]
        combo.blockSignals(True)
        combo.clear()
        for written, events in (*first, *rest):
            combo.addItem(f"{written} ({counted(events, 'event')})", written)
        model = self._completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList([written for written, _events in (*first, *rest)])
        combo.setCurrentIndex(0 if into is not None and first and first[0][0] == into
                              else -1)
        combo.setEditText(text)
        combo.blockSignals(False)

    def _edited(self, _text: str) -> None:
        self._typed = True

    def _fill_into(self) -> None:
        self._order_into(self.suggestion(self.names()))
        line = self.into_combo.lineEdit()
        if line is not None:
            line.selectAll()  # typed over, or a name chosen with ↓
        self._say()

    def _picked(self, index: int) -> None:
        """A name chosen from the list (↓ or a click) reads "Serbia (17 events)" there: the
        field takes the name alone."""
        if index >= 0 and self.into_combo.itemData(index):
            self._typed = True
            self.into_combo.setEditText(str(self.into_combo.itemData(index)))

    def suggestion(self, names: str | Sequence[str]) -> str:
        """What "Into" starts with for the names ticked: of several, the fullest (most
        words, then most events: "Aleksandar Vučić" of "Vučić" and "Aleksandar Vucic");
        of one that is one word, the one other name that ends with it ("Vučić" →
        "Aleksandar Vucic", accents aside: a surname and the full name an article gave
        first), else the name itself (typed over); names of one known state or body
        (``known_groups``), its own name ("Britain" → "United Kingdom").  Only proposed:
        a surname may be another person's, so nothing is joined unasked."""
        ticked = [names] if isinstance(names, str) else list(names)
        counts = dict(self._names[self.by_place()])
        keys = {lane_name_key(n) for n in ticked}
        for group in self.known_groups():  # a known state's or body's own name
            if keys and keys <= {lane_name_key(n) for n in group}:
                if len(ticked) > 1 or lane_name_key(group[0]) not in keys:
                    return group[0]
        if len(ticked) > 1:
            return max(ticked, key=lambda n: (len(lane_name_key(n).split()), counts.get(n, 0)))
        name = ticked[0] if ticked else ""
        key = lane_name_key(name)
        if not key or " " in key:
            return name
        ending = [other for other, _ in self._names[self.by_place()]
                  if other != name and lane_name_key(other).rsplit(" ", 1)[-1] == key
                  and " " in lane_name_key(other)]
        return ending[0] if len(ending) == 1 else name

    def _say(self) -> None:
        """The sentence under the fields, and OK's word: Join, Rename, or disabled."""
        names, into = self.names(), self.into()
        kind = "place" if self.by_place() else "participant"
        counts = dict(self._names[self.by_place()])
        moved = [name for name in names if name != into] or list(names)
        told = ", ".join(f"{_shown(name)} ({counted(counts.get(name, 0), 'event')})"
                         for name in moved[:4])
        if len(moved) > 4:
            told += f" and {len(moved) - 4} more"
        become = "becomes" if len(moved) == 1 else "become"
        if not self._names[self.by_place()]:
            words, ok = f"The timeline has no {kind}'s name to join.", ""
        elif not names:
            words, ok = "Tick the names to write as one (Space ticks the row).", ""
        elif not into:
            words, ok = "Type the name they become, or choose another name with ↓.", ""
        elif len(names) == 1 and lane_name_key(into) == lane_name_key(names[0]) \
                and into == names[0]:
            words, ok = (f"Tick the other spellings of {_shown(names[0])}, choose the "
                         f"{kind} it is the same as (↓), or type its new name."), ""
        elif self.is_join():
            words, ok = (f"{told} {become} {_shown(into)}: one lane and one Filters row "
                         "from now on. Edit → Undo takes it back."), "&Join"
        else:
            words, ok = (f"{told} {become} {_shown(into)} in every event. Edit → Undo "
                         "takes it back."), "&Rename"
        self.hint.setText(words)
        self.ok_button.setEnabled(bool(ok))
        self.ok_button.setText(ok or "&OK")


def ask_join_names(parent: QWidget | None, participants: Sequence[tuple[str, int]],
                   places: Sequence[tuple[str, int]], by_place: bool = False,
                   name: str | Sequence[str] = "") -> tuple[tuple[str, ...], str, bool] | None:
    """``(names, into, by_place)`` chosen in a ``JoinNamesDialog`` (``name``, or several
    names, ticked first), or ``None`` when cancelled."""
    dialog = JoinNamesDialog(participants, places, by_place, name, parent)
    try:
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.names(), dialog.into(), dialog.by_place()
    finally:
        dialog.deleteLater()
