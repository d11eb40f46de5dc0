"""The event editor's Add quote…: a sentence of the event's articles, or a quote pasted.

Before, Add quote… asked for one line of text: a quote of several lines could not be
pasted whole, and a sentence of the event's own article could only be typed again, as a
quote of no article (new-user trial verify30: the person wanted to cite another sentence
of the article the event was read from).  Now the dialog lists the article's sentences
that the event does not cite yet, with a filter field above them, and those of every
other article its sentences come from (an event merged from several articles: a heading
row names each article); the sentence picked is kept with its article and offsets (a
source sentence of that article, as an extracted or merged one: the Article tab marks
it).  Or the person types or pastes a quote of any
length in the box below (its line breaks become spaces), kept as a quote of no article,
or a reference to a work or a link (the choice under the box, guessed from the text:
``core.sourced.guessed_kind``; verify53 F17), kept as a ``core.sourced.Reference``,
or the web address of a picture, which goes to the editor's Picture field: the picture
of the event's TimelineJS slide, not a source (guessed for an address ending as an
image's, ``core.picture.is_image_address``; verify57 F27's note: a picture's address
added as "a link" was exported as a line of text, "Link: …").
An event that cites no article (one entered by hand) is offered the sentences of the
timeline's most recent articles instead (verify39, F3), each kept with its article.

Keys: the filter has the focus (Alt+F); Down (or Tab) moves into the list (Return, when
no sentence has the words typed, moves them to the quote box), Alt+Q to the
quote box, Alt+X, Alt+R, Alt+L, Alt+T to what the text typed is; Return or a double-click on a
sentence adds it; Alt+O is OK, Escape cancels.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import Evidence
from timeline_app.core.picture import Picture, is_image_address, is_picture_address
from timeline_app.core.sourced import SourcedEvidence
from timeline_app.ui import prompts
from timeline_app.ui.dialog_buttons import ok_cancel_buttons
from timeline_app.ui.safe_text import display_title

#: Characters of a sentence shown in the list (its whole text is in its tooltip).
SENTENCE_LIMIT = 400


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


class _DownToList(QObject):
    """Down (or Page Down) in the filter field moves to the list's first shown sentence;
    Return, when the words typed are in no sentence, moves them to the quote box."""

    def __init__(self, dialog: QuoteDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                return self._dialog.focus_list()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self._dialog.filter_to_quote()
        return False


def _article_of(evidence: Evidence) -> str:
    """The key of ``evidence``'s article in ``QuoteDialog``'s titles: another article's
    id for a ``SourcedEvidence``, "" for the event's own."""
    return (evidence.source or "") if isinstance(evidence, SourcedEvidence) else ""


class QuoteDialog(QDialog):
    """Pick one of ``sentences`` (the sentences of the event's articles it does not cite,
    with their offsets) or type a quote; ``answer()`` is the picked ``Evidence``, the
    typed text, a reference or link, a ``Picture`` (a picture's address), or None.

    Args:
        sentences: The sentences not yet cited, by article, each in text order: plain
            ``Evidence`` of the event's own article, then a ``SourcedEvidence`` for each
            sentence of another article it cites (merged from it).  May be empty: an
            event of no article, or one that cites every sentence.
        titles: Each article's title, by id ("" for the event's own article), for the
            label above the list and, with several articles, a heading row before each
            article's sentences.
        parent: The event editor.
        of_timeline: The sentences are of the timeline's articles, offered to an event
            that cites none (one entered by hand): the label above the list says so.
        cites: With ``of_timeline``, the first articles are the event's own, the
            timeline's others after them (verify46 F8): the label says that instead.
        picture: The address in the editor's Picture field ("" for none), which a
            picture's address typed here replaces (the line above the buttons says so).
    """

    def __init__(self, sentences: Sequence[Evidence], titles: Mapping[str, str] | None = None,
                 parent: QWidget | None = None, *, of_timeline: bool = False,
                 cites: bool = False, picture: str = "") -> None:
        super().__init__(parent)
        self._picture_before = picture.strip()
        self.setObjectName("quoteDialog")
        self.setWindowTitle("Add a source")
        self.setMinimumWidth(620)
        titles = titles or {}
        self._sentences = list(sentences)
        articles = list(dict.fromkeys(_article_of(e) for e in self._sentences))
        layout = QVBoxLayout(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("words of the sentence")
        self.filter_edit.setClearButtonEnabled(True)
        self.sentence_list = QListWidget(self)
        self.sentence_list.setObjectName("quoteSentences")
        self.sentence_list.setWordWrap(True)
        self.sentence_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sentence_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.sentence_list.setSpacing(2)  # one sentence from the next
        #: The sentence of each row of the list (None: an article's heading row).
        self._rows: list[Evidence | None] = []
        for evidence in self._sentences:
            article = _article_of(evidence)
            if len(articles) > 1 and (not self._rows or self._rows[-1] is None
                                      or _article_of(self._rows[-1]) != article):
                title = titles.get(article, "") or "an article of no title"
                heading = QListWidgetItem(f"From “{display_title(title, 100)}”:",
                                          self.sentence_list)
                # Disabled: the arrows pass over it, as over a menu's section heading.
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self._rows.append(None)
            text = evidence.sentence
            shown = text if len(text) <= SENTENCE_LIMIT else text[:SENTENCE_LIMIT - 1] + "…"
            item = QListWidgetItem(shown, self.sentence_list)  # item text is plain text
            item.setToolTip(text if len(text) <= 2000 else text[:1999] + "…")
            self._rows.append(evidence)
        if self._sentences:
            only = titles.get(articles[0], "") if len(articles) == 1 else ""
            heading_text = (
                "Sentences this event does not cite yet, of its articles first, then of the "
                "timeline's others:" if of_timeline and cites else
                f"Sentences of “{display_title(only, 80)}” (this event cites no article yet):"
                if of_timeline and only else
                "Sentences of the timeline's articles (this event cites none yet):"
                if of_timeline else
                f"Sentences of “{display_title(only, 80)}” this event does not cite yet:"
                if only else "Sentences of the event's article it does not cite yet:"
                if len(articles) == 1 else
                "Sentences of the articles this event cites that it does not cite yet:")
            filter_label = QLabel("&Filter:", self)
            filter_label.setBuddy(self.filter_edit)
            list_label = QLabel(heading_text, self)
            list_label.setTextFormat(Qt.TextFormat.PlainText)  # a title from an article
            list_label.setWordWrap(True)
            layout.addWidget(filter_label)
            layout.addWidget(self.filter_edit)
            layout.addWidget(list_label)
            layout.addWidget(self.sentence_list, 1)
            # (the heading names an article: no letter of its own; a screen reader's name)
            self.sentence_list.setAccessibleName(heading_text)
            self.filter_edit.textChanged.connect(self._filter)
            self.filter_edit.installEventFilter(_DownToList(self))
            self.sentence_list.itemDoubleClicked.connect(lambda _item: self._accept_picked())
            self.sentence_list.itemActivated.connect(lambda _item: self._accept_picked())
            self.sentence_list.currentRowChanged.connect(lambda _row: self._say())
        else:
            self.filter_edit.hide()
            self.sentence_list.hide()
        quote_label = QLabel("Or type or paste a &quote, a link, a reference (any number of "
                             "lines):" if self._sentences else
                             "Where this comes from: a &quote, a link, a reference (any "
                             "number of lines):", self)
        quote_label.setWordWrap(True)
        self.quote_edit = QPlainTextEdit(self)
        self.quote_edit.setObjectName("quoteText")
        self.quote_edit.setTabChangesFocus(True)
        self.quote_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.quote_edit.textChanged.connect(self._say)
        quote_label.setBuddy(self.quote_edit)
        layout.addWidget(quote_label)
        layout.addWidget(self.quote_edit, 0 if self._sentences else 1)
        # What the text typed is (verify53 F17: a reference was kept, shown and exported
        # as a quoted "Source sentence"): guessed from the text until the person chooses.
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel("What it is:", self))
        self.kind_buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        for kind, words in (("quote", "a quote of a te&xt"), ("reference", "a &reference"),
                            ("link", "a &link (web address)"),
                            ("picture", "the slide's pic&ture")):
            button = QRadioButton(words, self)
            button.setObjectName(f"quoteKind_{kind}")
            group.addButton(button)
            kinds.addWidget(button)
            self.kind_buttons[kind] = button
            button.clicked.connect(self._kind_chosen)
        kinds.addStretch(1)
        self.kind_buttons["picture"].setToolTip(
            "A picture's web address goes to the event's Picture field: the picture of its "
            "TimelineJS slide (never loaded here), not a source")
        self.kind_buttons["quote"].setChecked(True)
        #: Whether the person chose the kind (then typing no longer guesses it).
        self._kind_by_hand = False
        layout.addLayout(kinds)
        self.quote_edit.textChanged.connect(self._guess_kind)
        self.hint = QLabel(self)
        self.hint.setObjectName("quoteHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons, self.ok_button = ok_cancel_buttons(self)
        layout.addWidget(self.buttons)
        from timeline_app.ui.check_style import make_checks_visible

        make_checks_visible(self)  # (its choices seen in the dark theme too)
        (self.filter_edit if self._sentences else self.quote_edit).setFocus()
        self._say()

    # ------------------------------------------------------------------ choosing
    def _filter(self, text: str) -> None:
        """Shows the sentences holding every word typed (case and spaces aside), and the
        heading of each article with a sentence shown."""
        words = _folded(text).split()
        heading = -1
        heading_shown = False
        for row, evidence in enumerate(self._rows):
            if evidence is None:
                if heading >= 0:
                    self.sentence_list.item(heading).setHidden(not heading_shown)
                heading, heading_shown = row, False
                continue
            folded = _folded(evidence.sentence)
            shown = all(w in folded for w in words)
            self.sentence_list.item(row).setHidden(not shown)
            heading_shown = heading_shown or shown
        if heading >= 0:
            self.sentence_list.item(heading).setHidden(not heading_shown)
        current = self.sentence_list.currentItem()
        if current is not None and current.isHidden():
            self.sentence_list.setCurrentRow(-1)
        self._say()

    def shown_rows(self) -> list[int]:
        """The rows of the sentences the filter leaves shown (headings left out)."""
        return [row for row, evidence in enumerate(self._rows)
                if evidence is not None and not self.sentence_list.item(row).isHidden()]

    def sentence_at(self, row: int) -> Evidence | None:
        """The sentence of a row of the list (None for a heading or no row)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def focus_list(self) -> bool:
        """Moves the focus to the list, on its first shown sentence (False if none)."""
        rows = self.shown_rows()
        if not rows:
            return False
        if self.sentence_list.currentRow() not in rows:
            self.sentence_list.setCurrentRow(rows[0])
        self.sentence_list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def filter_to_quote(self) -> bool:
        """The filter's words, when they are in no sentence, moved to the quote box (the
        focus with them); False otherwise.  A keyboard user's hour (session 43, edit44):
        the filter has the focus, and a reference typed at once went into it, matched
        nothing, and Return did nothing; the words had to be cut and pasted."""
        words = self.filter_edit.text().strip()
        if not words or self.shown_rows() or self.quote_edit.toPlainText().strip():
            return False
        self.filter_edit.clear()
        self.quote_edit.setPlainText(words)
        self.quote_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.quote_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _picked(self) -> Evidence | None:
        row = self.sentence_list.currentRow()
        evidence = self.sentence_at(row)
        if evidence is not None and not self.sentence_list.item(row).isHidden():
            return evidence
        return None

    def _accept_picked(self) -> None:
        if self._picked() is not None and not self.quote_edit.toPlainText().strip():
            self.accept()

    def reject(self) -> None:
        # A quote typed or pasted in the box exists nowhere else: Esc and Cancel ask
        # before it goes (session 37, fix76).  The filter's words and a sentence picked
        # are no work: the dialog closes at once.
        if not self.quote_edit.toPlainText().strip() or prompts.ask_discard(
                self, "Discard the quote?",
                "The quote typed here is not added to the event."):
            super().reject()

    def kind(self) -> str:
        """What the text typed is: ``"quote"``, ``"reference"`` or ``"link"``."""
        return next(kind for kind, button in self.kind_buttons.items()
                    if button.isChecked())

    def _kind_chosen(self) -> None:
        self._kind_by_hand = True
        self._say()

    def _guess_kind(self) -> None:
        """The kind ``core.sourced.guessed_kind`` reads in the text typed, until the
        person chooses one."""
        if self._kind_by_hand:
            return
        from timeline_app.core.sourced import guessed_kind

        typed = self.quote_edit.toPlainText()
        kind = "picture" if is_image_address(typed) else guessed_kind(typed)
        self.kind_buttons[kind].setChecked(True)
        self._say()

    def answer(self) -> Evidence | str | Picture | None:
        """What OK adds: the quote typed (when the box holds any: a ``str``; a reference
        or a link typed is a ``core.sourced.Reference``; a picture's web address, as
        "the slide's picture", a ``core.picture.Picture`` for the editor's Picture
        field, None when the text is no web address), else the sentence picked (with
        its offsets into its article), else None."""
        typed = self.quote_edit.toPlainText()
        if typed.strip():
            kind = self.kind()
            if kind == "quote":
                return typed
            if kind == "picture":
                return Picture(typed.strip()) if is_picture_address(typed) else None
            from timeline_app.core.sourced import reference

            return reference(typed, kind)
        return self._picked()

    def _say(self) -> None:
        """OK enabled only when it adds something; the line above the buttons says what."""
        answer = self.answer()
        if isinstance(answer, Picture):
            before = self._picture_before
            text = ("OK makes it the event's Picture instead of the one there, not a source."
                    if before and before != answer.url else
                    "OK makes it the event's Picture (its TimelineJS slide's), not a source.")
        elif self.kind() == "picture" and self.quote_edit.toPlainText().strip():
            text = "A picture is a web address (https://…): TimelineJS loads it from there."
        elif isinstance(answer, str):
            text = "OK adds the quote typed, as a source of its own (no article)."
        elif getattr(answer, "kind", ""):
            text = (f"OK adds the {self.kind()} typed, as a source of its own (no article): "
                    "listed as such, not in quotation marks.")
        elif answer is not None:
            text = "OK adds the sentence picked, with its place in the article."
        elif self._sentences and self.filter_edit.text().strip() and not self.shown_rows():
            text = ("No sentence has these words. Return makes them a quote, a reference or "
                    "a link of your own (the box below).")
        elif self._sentences:
            text = "Pick a sentence (Down from the filter, then Return), or type a quote."
        else:
            text = "Type or paste where this comes from."
        self.hint.setText(text)
        self.ok_button.setEnabled(answer is not None)
