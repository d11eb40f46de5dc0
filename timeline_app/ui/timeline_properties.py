"""Timeline → Properties: the timeline's name and description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.name_years import name_with_years, years_words
from timeline_app.ui import prompts
from timeline_app.ui.alt_keys import guard_alt_typing
from timeline_app.ui.dialog_buttons import ok_cancel_buttons
from timeline_app.ui.style import error_text_color

#: Said under the Name field while it is empty, the reason OK is disabled (verify16
#: finding 9: the disabled OK gave none; the event editor says "Give the event a title.").
NAME_NEEDED = "Give the timeline a name: it is the window's title and the suggested file name."


class TimelinePropertiesDialog(QDialog):
    """Edits a timeline's title and description; OK is disabled while the title is empty,
    and a line under the Name field says why (``NAME_NEEDED``)."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None,
                 note: str = "", years: tuple[int, int] | None = None) -> None:
        """``note``: why the dialog is offered, shown above the fields (plain text), when
        the app offers it itself (a stale name after an import); empty from the menu.
        ``years``: the first and last year of the timeline's events (astronomical), which
        a button beside the name offers while the name ends in other years ("Use years
        431 BC–2026": verify80 F12, Properties offered nothing after an event of 431 BC
        went beyond a name of "…, 1650-2026")."""
        super().__init__(parent)
        self.setObjectName("timelineProperties")
        self.setWindowTitle("Timeline properties")
        self.setMinimumWidth(480)
        self.title_edit = QLineEdit(title)
        self.description_edit = QPlainTextEdit(description)
        self.description_edit.setTabChangesFocus(True)
        self.buttons, self.ok_button = ok_cancel_buttons(self)
        #: The timeline's events' years (``years``), offered by ``years_button``.
        self._years = years
        self.years_button = QPushButton(self)
        self.years_button.setObjectName("propertiesUseYears")
        self.years_button.setToolTip("Put the years the timeline's events span at the end "
                                     "of the name")
        self.years_button.clicked.connect(self._use_years)
        name_row = QHBoxLayout()
        name_row.addWidget(self.title_edit, 1)
        name_row.addWidget(self.years_button)
        form = QFormLayout()
        name_label = QLabel("&Name:", self)
        name_label.setBuddy(self.title_edit)  # (its row is a layout: no buddy of its own)
        form.addRow(name_label, name_row)
        self.name_hint = QLabel(NAME_NEEDED, self)
        self.name_hint.setObjectName("propertiesNameHint")
        self.name_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.name_hint.setStyleSheet(f"color: {error_text_color()}")  # either theme
        self.name_hint.setWordWrap(True)
        form.addRow("", self.name_hint)
        self._form = form
        form.addRow("&Description:", self.description_edit)
        layout = QVBoxLayout(self)
        self.note_label = QLabel(note, self)
        self.note_label.setObjectName("propertiesNote")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the title
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._check_name)
        self.title_edit.textChanged.connect(self._offer_years)
        self._check_name(title)  # a dialog opened on an empty name says so at once
        self._offer_years(title)
        # Alt + a letter that is no key of the dialog types nothing (ui19, verify18).
        guard_alt_typing(self, [self.title_edit, self.description_edit])
        self.title_edit.selectAll()
        # The keys in the Name field, its caret shown, as the dialog opens (verify86 F5:
        # they were on OK, whose default frame reads as no focus at all)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._initial_values = self._typed()

    def _typed(self) -> tuple[str, str]:
        return self.title_edit.text(), self.description_edit.toPlainText()

    def has_changes(self) -> bool:
        """True when the name or the description was typed otherwise since it opened."""
        return self._typed() != self._initial_values

    def reject(self) -> None:
        # Esc and Cancel dropped a description typed here (paragraphs, written nowhere
        # else) without a word, where the event editor and the article dialog ask
        # (fix72, looking for work lost on a cancel).
        if not self.has_changes() or prompts.ask_discard(
                self, "Discard your changes?",
                "The timeline's name and description stay as they were: what was typed "
                "here is lost."):
            super().reject()

    def _check_name(self, text: str) -> None:
        named = bool(text.strip())
        self.ok_button.setEnabled(named)
        self._form.setRowVisible(self.name_hint, not named)

    def _named_with_years(self, text: str) -> str | None:
        """``text`` with the events' years at its end in place of its own, or None when
        it ends in none (``core.name_years.name_with_years``) or says these."""
        return None if self._years is None else name_with_years(text, *self._years)

    def _offer_years(self, text: str) -> None:
        """"Use years 431 BC–2026" beside the name while it ends in other years."""
        offered = self._named_with_years(text)
        self.years_button.setVisible(offered is not None)
        if offered is not None and self._years is not None:
            self.years_button.setText(f"&Use years {years_words(*self._years, '–')}")

    def _use_years(self) -> None:
        offered = self._named_with_years(self.title_edit.text())
        if offered is not None:
            self.title_edit.setText(offered)
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[str, str]:
        """(title, description), stripped."""
        return (" ".join(self.title_edit.text().split()),
                self.description_edit.toPlainText().strip())
