"""The event editor: add or correct one event by hand.

Dates are typed as a person writes them ("22 March 2025", "late 2024", "c. 1965",
"44 BC", "1965–1970") and read back in words with their precision while typing ("late
2024 — the last third of 2024, September–December"), so a misreading shows before OK.
A slash date that reads two ways ("12/11/2024") shows both readings as a choice under
the field, the locale's order chosen first.  A range typed in the date field fills the
date and the end.  OK stays disabled, and a line under the fields says why, while the
title is empty, a date cannot be read, or the end is before the start (the rule the
native file format enforces).

Every typed date goes through :func:`read_typed_date`, the one place that calls the date
parser, so a richer parser can replace it without touching the dialog.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import threading
import weakref
from collections.abc import Iterable
from itertools import chain, pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import Event, Evidence, FuzzyDate, Precision, Timeline, clock, new_event_id
from timeline_app.core.dates import (
    LIMIT_MEANING,
    MONTH_NAMES,
    day_number,
    from_day_number,
    year_words,
)
from timeline_app.core.merge import (
    participant_key,
    spells_at_least_as_exactly,
    summary_without_sentences,
)
from timeline_app.core.names import list_separator, name_list, split_name_list
from timeline_app.core.occurrence import NOT_HELD_SUFFIX, OWN_STANDING, retitled
from timeline_app.core.parse_date import EXAMPLES, ParseResult, say_date
from timeline_app.core.picture import Picture
from timeline_app.core.plans import is_plan_title, plain_title, planned_title, still_to_come
from timeline_app.core.query import event_facts, fold
from timeline_app.core.sourced import SourcedEvidence
from timeline_app.core.weeks import when_words
from timeline_app.ui import dates_input, prompts
from timeline_app.ui.alt_keys import guard_alt_typing
from timeline_app.ui.dialog_buttons import ok_cancel_buttons
from timeline_app.ui.focus_back import keys_back_after
from timeline_app.ui.safe_text import (
    SafeTextBrowser,
    capped,
    cited_html,
    kind_of,
    tooltip_text,
)
from timeline_app.ui.status_choice import chosen_status, status_combo
from timeline_app.ui.steady_label import SteadyLabel
from timeline_app.ui.style import (
    LANE_ORDER,
    category_label,
    dim_text_color,
    error_text_color,
    notice_text_color,
)
from timeline_app.ui.theme import VisibleCheckStyle
from timeline_app.ui.type_ahead import keep_after_letter, kept

if TYPE_CHECKING:
    from timeline_app.core.duplicates import DuplicateMatch, RepeatCheck
    from timeline_app.core.lane_fit import LaneFit
    from timeline_app.io.review_recovery import EditorState

__all__ = ["EventEditor", "NameCompleter", "OrderChooser", "describe_with_precision",
           "known_spelling", "names_in", "read_typed_date"]

_PART_WORDS = {"early": "the first third of", "mid": "the middle third of",
               "late": "the last third of"}
# A part of a month or a decade (its TIMEX3 mod; days and years: ``dates.MONTH_THIRDS``,
# ``dates.DECADE_THIRDS``).
_MOD_PART_WORDS = {"START": "the early part", "MID": "the middle part", "END": "the late part"}
# Before the Gregorian reform (15 October 1582) sources write Julian dates, whose weekday
# is not the proleptic Gregorian one the model counts in: no weekday is claimed for them.
_GREGORIAN_REFORM_DAY = day_number(1582, 10, 15)
_END_PLACEHOLDER = "optional: when it ended, for events that last"

_PLAN_WORDS = "Planned — not &yet held"
_SUGGESTED_WORDS = "Planned — after toda&y"  # (as long: the row keeps its width)

_PLAN_TIP = ("Still to come: the title ends “(scheduled)”, the timeline draws it hollow, "
             "Filters → Plans only lists it and a calendar export marks it tentative. "
             "Edit → Mark as Held takes it away once it took place.")


def _own_ending(title: str) -> bool:
    """Whether ``title`` ends in a standing of the person's own ("(announced)",
    ``core.occurrence.OWN_STANDING``) or "(did not take place)", which the plan's mark
    would contradict (verify79 F6)."""
    typed = title.rstrip()
    return (OWN_STANDING.search(typed) is not None
            or typed.casefold().endswith(NOT_HELD_SUFFIX))
#: How many of the timeline's articles (the most recently imported) Add quote… offers an
#: event that cites none: their sentences are split when it opens, ~1 ms an article of 700
#: words, and a list of more would not be read (a file of 10 000 articles offered them all).
TIMELINE_ARTICLES_OFFERED = 20
#: How long typing in a date field pauses before a date that cannot be read is called an
#: error (ms): "12 Ma" on the way to "12 March 2025" is not one (new-user trial 8).  Leaving
#: the field (or Enter) says it at once.  Close to the 0.5-1 s people pause between words.
SETTLE_MS = 800
#: How long the fields of a new event rest before the editor says what it likely repeats
#: (ms; ``EventEditor.check_repeat``): a title half typed is not yet worth a comparison.
REPEAT_MS = 400
#: The words a date was typed as, in a basis the editor wrote ("typed by hand as “early
#: April 2025” (was …)"; ``EventEditor._typed_basis``).
_TYPED_AS = re.compile(r"^(?:entered|typed) by hand as “([^”]{1,200})”")
#: A basis the editor wrote for a typed date ("typed by hand (was 2 December 2026; …)"):
#: its "was …" (group 1), the date before and the history kept after it (``_history``).
_EDITOR_TYPED = re.compile(
    r"^(?:entered|typed) by hand(?: as “[^”]{1,200}”)? \(was ([^\n]*)\)\Z")
#: The clause ``_end_basis`` adds to a basis when only the end was changed by hand.
_END_CLAUSE = re.compile(r"; end (?:removed|typed) by hand.*\Z", re.DOTALL)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _history(basis: str) -> str:
    """What a date typed in the editor keeps of the basis it replaces, after "was <the
    date before>": how that date was found — the article's words ("'a day after signing
    a ceasefire': … c. 1 December 2026"), a date typed in the import review with its own
    "was …" (verify39 F6: "typed by hand (was 2 December 2026)" had lost that the
    extractor read c. 1 December 2026 from 'a day after'), a move by hand — or, for a
    basis this editor wrote, the history it kept (not its date before: a basis keeps the
    last date and the first derivation, so it does not grow with each edit).  "" when
    there is none ("entered by hand", no basis)."""
    basis = _END_CLAUSE.sub("", basis).strip()
    if not basis or basis == "entered by hand":
        return ""
    own = _EDITOR_TYPED.match(basis)
    if own is not None:
        return own.group(1).partition("; ")[2]
    return basis


def read_typed_date(text: str, day_first: bool | None = None) -> ParseResult:
    """What a person typed as a date (the one parser call of the editor).

    Args:
        text: The typed text.
        day_first: The order of day and month in slash dates ("12/11/2024"); ``None``
            takes the system locale's (``dates_input.locale_day_first``).

    Returns:
        The parser's ``ParseResult``: ``date`` (and ``end`` for a range) or ``error``,
        with ``alternatives`` when the text reads two ways.
    """
    return dates_input.read_from_today(text, day_first)


def read_with_year(text: str, anchor: _dt.date, anchor_words: str,
                   day_first: bool | None = None) -> ParseResult | None:
    """``text`` typed without its year ("early December", "14 March", "3–5 May") read
    in the year that puts it nearest ``anchor`` (the year before, of, or after it; the
    earlier on a tie), as the extractor's tagger dates such words in news against the
    article's date (the DCT); the reading's ``note`` says where the year came from
    ("year from ``anchor_words``").  None when the text is no such date: it reads as it
    is, or not even with a year (verify81 F9: "early December" was refused for an event
    of an article dated 14 November 2025).
    """
    middle = FuzzyDate.of_day(anchor).start_day()
    best: tuple[float, ParseResult] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        result = read_typed_date(f"{text} {year}", day_first)
        if result.date is None or result.ambiguous:
            continue
        last = (result.end or result.date).end_day()
        gap = abs((result.date.start_day() + last) / 2 - middle)
        if best is None or gap < best[0]:
            best = gap, result
    if best is None:
        return None
    note = f"year from {anchor_words}"
    return dataclasses.replace(best[1], text=text, note=(
        f"{best[1].note}; {note}" if best[1].note else note))


def _year_range_words(first: int, last: int) -> str:
    """'1990–1999', 'AD 800–AD 809', '51 BC–42 BC' (astronomical years, inclusive)."""
    if first >= 1000:
        return f"{first}–{last}"
    return f"{year_words(first)}–{year_words(last)}"


def _month_span(date: FuzzyDate) -> str:
    """'September–December' (same year) or 'December 2024–February 2025' (any era)."""
    first_year, first_month, _ = from_day_number(date.start_day())
    last_year, last_month, _ = from_day_number(date.end_day() - 1)
    a, b = MONTH_NAMES[first_month - 1], MONTH_NAMES[last_month - 1]
    if first_year == last_year:
        return f"{a}–{b}"
    return f"{a} {year_words(first_year)}–{b} {year_words(last_year)}"


def describe_with_precision(date: FuzzyDate) -> str:
    """The date in words followed by what it covers, e.g. 'late 2024 — the last third of
    2024, September–December'; 'c.' dates say they are approximate.  Works on both sides
    of year 0 (day numbers, never ``datetime.date``)."""
    p = date.precision
    plain = dataclasses.replace(date, circa=False)
    if date.limit is not None:
        # "by mid 2027 — no later than mid 2027 (the middle third of 2027, May–August)"
        inner = describe_with_precision(plain.with_limit(None)).replace(
            " — ", " (", 1).replace(": some time in it", "")
        text = f"{date.describe()} — {LIMIT_MEANING[date.limit]} {inner})"
        # ("by c. June 2027 — …": the limit's word first, as the date is written; "about
        # by June 2027" read badly)
        return f"{text} (circa: the date is approximate)" if date.circa else text
    if p is Precision.DAY:
        meaning = "a day"
        if date.time is not None:  # "a time of day, to the minute, local time, a Saturday"
            meaning = date.span_words().partition(" — ")[2]
        if date.start_day() >= _GREGORIAN_REFORM_DAY:
            # Day 1 (1 January AD 1, proleptic Gregorian) was a Monday.
            meaning += f", a {_WEEKDAYS[(date.start_day() - 1) % 7]}"
    elif p is Precision.MONTH and date.mod is not None:
        first, last = from_day_number(date.start_day())[2], from_day_number(date.end_day() - 1)[2]
        meaning = f"{_MOD_PART_WORDS[date.mod]} of a month, days {first}–{last}"
    elif p is Precision.MONTH:
        meaning = "a month: some time in it"
    elif p is Precision.PART_OF_YEAR:
        assert date.part is not None
        if date.part in _PART_WORDS:
            meaning = f"{_PART_WORDS[date.part]} {year_words(date.year)}, {_month_span(date)}"
        else:
            kind = ("a season" if date.part in ("SP", "SU", "FA", "WI")
                    else "a quarter" if date.part.startswith("Q") else "a half year")
            meaning = f"{kind}, {_month_span(date)}"
    elif p is Precision.YEAR:
        meaning = "a year: some time in it"
    elif date.mod is not None:
        first, last = from_day_number(date.start_day())[0], from_day_number(date.end_day() - 1)[0]
        meaning = f"{_MOD_PART_WORDS[date.mod]} of a decade, {_year_range_words(first, last)}"
    else:
        meaning = f"a decade, {_year_range_words(date.year, date.year + 9)}"
    text = f"{plain.describe()} — {meaning}"
    return f"about {text} (circa: the date is approximate)" if date.circa else text


#: A typed date longer than this is cut in the editor's messages ("Cannot read “…” as the
#: date"); the field keeps it whole.  80, not 40: a typed range ("c. 15 Octobre 2025 to
#: c. 31 Decembre 2025", 42 characters) was cut before the word at fault (lanes17).
QUOTED_AT_MOST = 80


def _quoted(edit: QLineEdit) -> str:
    text = edit.text().strip()
    return (f"“{text}”" if len(text) <= QUOTED_AT_MOST
            else f"“{text[:QUOTED_AT_MOST - 1]}…”")


def _reading_words(date: FuzzyDate, end: FuzzyDate | None) -> str:
    return date.describe() if end is None else f"{date.describe()} to {end.describe()}"


class OrderChooser(QWidget):
    """Both readings of a slash date that reads two ways, as two radio buttons.

    Signals:
        chosen(bool): the person picked a reading; True for day first.
    """

    chosen = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateOrderChooser")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # quotes typed text
        # amber, light or dark with the theme (#8A5300 was 2.3:1 on the dark window)
        self.label.setStyleSheet(f"color: {notice_text_color()}")
        self.label.setWordWrap(True)
        self.day_first_radio = QRadioButton()
        self.month_first_radio = QRadioButton()
        group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        from timeline_app.ui.theme import VisibleCheckStyle

        for radio in (self.day_first_radio, self.month_first_radio):
            radio.setStyle(VisibleCheckStyle(radio))  # seen in the dark theme (verify27, 11)
            group.addButton(radio)
            row.addWidget(radio)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.day_first_radio.clicked.connect(lambda: self.chosen.emit(True))
        self.month_first_radio.clicked.connect(lambda: self.chosen.emit(False))
        self.hide()

    def offer(self, question: str, day_first_reading: str, month_first_reading: str,
              day_first: bool) -> None:
        """Show the two readings, ``day_first`` saying which one is taken now."""
        self.label.setText(question)
        self.day_first_radio.setText(f"{day_first_reading} (day first)")
        self.month_first_radio.setText(f"{month_first_reading} (month first)")
        (self.day_first_radio if day_first else self.month_first_radio).setChecked(True)
        self.show()


#: The role a completing field matches what is typed against: the name folded
#: (``core.query.fold``: case and accents aside).
FOLDED_NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def folded_names(names: Iterable[str], parent: QObject) -> QStandardItemModel:
    """``names`` as a completion model of one column: each row shows a name and holds it
    folded (``core.query.fold``) in ``FOLDED_NAME_ROLE``, what ``NameCompleter`` matches.
    ~20 µs a name: a review shares one among its cells' editors."""
    model = QStandardItemModel(parent)
    items = []
    for name in names:
        item = QStandardItem(name)
        item.setData(fold(name), FOLDED_NAME_ROLE)
        items.append(item)
    if items:
        model.appendColumn(items)
    return model


class NameCompleter(QCompleter):
    """Offers the known names that contain what is typed, **case and accents aside**
    (``core.query.fold``): "lodz" offers "Łódź", "erdogan" "Recep Tayyip Erdoğan", as
    Find, the Filters and merges already match (verify37's leftover: the lists offered
    only names typed with their accents).  The list shows, and a pick writes, the name
    as known.

    ``names``: the names offered, in order.  ``listed``: the field is a comma-separated
    list and its last name is completed ('Japan, So' → 'Japan, South Korea',
    Participants); else the whole text is one name (Place).

    The model is a ``QStandardItemModel`` holding each folded name in
    ``FOLDED_NAME_ROLE`` (``folded_names``; one made already may be given instead of
    ``names`` and shared), so that Qt filters in C++ for every key (a Python proxy's
    ``data`` would run once per name per key)."""

    def __init__(self, names: Iterable[str] | QStandardItemModel,
                 parent: QObject | None = None, *, listed: bool = False) -> None:
        super().__init__(parent)
        self._listed = listed
        # Parented: an unparented model would be collected by Python, leaving no names.
        self.setModel(names if isinstance(names, QStandardItemModel)
                      else folded_names(names, self))
        self.setCompletionRole(FOLDED_NAME_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides folded
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [fold(path.rsplit(list_separator(path), 1)[-1].strip() if self._listed
                     else path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        # the name as known, not the folded one Qt would write (its completion role)
        chosen = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not self._listed:
            return chosen
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        separator = list_separator(typed)  # (";" once the list has one: verify53 F1)
        head = typed.rsplit(separator, 1)[0] if separator in typed else ""
        return f"{head}{separator} {chosen}" if head else chosen


def known_spelling(text: str, names: Iterable[str], listed: bool) -> str:
    """``text`` with each name typed that is a known one but for case in the known
    spelling ("britain" -> "Britain"); any other text as typed.  ``listed``: ``text`` is a
    comma-separated list (Participants), each name matched on its own; else the whole
    text is one name (Place).

    The rule for Return in a completing field (Participants, Place), the same in the
    event editor and in the import review: Return with the completion list open and
    nothing highlighted keeps what was typed (Qt's ``QCompleter`` standard: "Brit" stays
    "Brit" even when "Britain" is the only name offered: a new name that is part of a
    known one, "Iran" beside "Iranian delegation", must not be replaced unseen); Down
    then Return takes a name offered.  Only the case and the accents are mended
    (``core.merge.participant_key``, as a merge unites names), as the Category box mends
    the case (``QComboBox.findText`` with ``MatchFixedString``): "britain" is the known
    "Britain" (ui22), "Recep Tayyip Erdogan" the known "Recep Tayyip Erdoğan" and "Lodz"
    the known "Łódź", not a second participant or place in the filters (verify37 F17).
    Of two known spellings of one name, the first given is taken.  A known spelling that
    would lose an accent typed, or write another (``core.merge.spells_at_least_as_exactly``:
    "Vučić" typed beside a known "Vucic", "Sørensen" beside "Sorensen"), leaves the name
    as typed: the typed one is the more exact (verify46 F1: a desk's Vučić was silently
    respelled to a wire's ASCII Vucic on leaving the cell); Edit → Join Names… unites
    the others."""
    known: dict[str, list[str]] = {}
    for name in names:
        if name:
            known.setdefault(participant_key(name), []).append(name)
    separator = list_separator(text) if listed else ","
    pieces = text.split(separator) if listed else [text]
    for at, piece in enumerate(pieces):
        name = piece.strip()
        spelled = next((s for s in known.get(participant_key(name), ()) if name
                        and spells_at_least_as_exactly(s, name)), None)
        if spelled is not None and spelled != name:
            pieces[at] = piece.replace(name, spelled, 1)
    return separator.join(pieces)


def mend_spelling_on_finish(edit: QLineEdit, listed: bool) -> None:
    """Mend the case of the names in ``edit`` (``known_spelling`` against its completer's
    names) when editing finishes (Return, or the focus leaving): what is saved is seen."""

    def mend() -> None:
        completer = edit.completer()
        model = completer.model() if completer is not None else None
        if model is None:
            return
        names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        mended = known_spelling(edit.text(), names, listed)
        if mended != edit.text():
            edit.setText(mended)

    edit.editingFinished.connect(mend)


class ClosesCompletionOnLeave(QObject):
    """Closes a line edit's completion list when the focus leaves the field (Alt+C to the
    Category box while the Place list was open).  The list kept the keyboard and handed
    the next key to the field just left: "Geneva", Alt+C, "Meeting" made Place "GenevaM"
    and Category "eeting" (verify22, finding 2).  ``QCompleter`` eats the field's
    FocusOut while its list is open; this filter, installed after it, runs first."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self._edit and isinstance(event, QFocusEvent)
                and event.type() == QEvent.Type.FocusOut
                and event.reason() != Qt.FocusReason.PopupFocusReason):  # not the list's own
            completer = self._edit.completer()
            if completer is not None and completer.popup().isVisible():
                completer.popup().hide()
        return False


class ReturnWithNothingChosenAccepts(QObject):
    """Return in a completing field whose list is open with nothing highlighted does what
    Return does with no list: the dialog's default button (OK), the text kept as typed
    (``known_spelling``'s rule).  Qt's ``QCompleter`` handed that Return to the field
    directly, past the dialog, and it only closed the list: "Seoul" typed in Place, the
    list offering "Seoul", took a second Return to close the editor (verify27, 12).  A
    name highlighted in the list (Down, or the mouse) is still taken by Return, the
    dialog left open: one Return picks, a second accepts.  Installed on the completer's
    list after the completer's own filter, it runs first."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        completer = edit.completer()
        self._popup = completer.popup() if completer is not None else None
        if self._popup is not None:
            self._popup.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        popup = self._popup
        if (watched is popup and popup is not None and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and popup.isVisible() and not popup.currentIndex().isValid()):
            popup.hide()
            # Sent (not handed to ``event``) so that, unaccepted by the field, it goes on
            # to the dialog as any Return in it does.
            QApplication.sendEvent(self._edit, QKeyEvent(
                event.type(), event.key(), event.modifiers(), event.text()))
            return True
        return False


class CompletionGivesWayToTheMouse(QObject):
    """A completing field's list (Participants, Place) in the way of the mouse no more:

    * once the name being typed is the one name the list offers (the whole of it, case
      aside), or one of the names it offers typed whole ("Venezuela" beside "Venezuelan
      government", verify69 F6), the list closes: there is nothing left to choose, and an
      open list lies over the field below.  "South Korea, Japan" left "Japan" offered
      over Place; the click meant for Place picked it and "Tokyo" went into Participants
      ("South Korea, JapanTokyo"), then offered in every editor (verify34, F4);
    * a press outside the open list, which the list takes while it is open (Qt's
      completer eats that press to close the list: the first click on OK only closed
      it, verify34 F4), closes it and does what the press would have done: a button in
      the dialog is clicked, another field takes the focus;
    * a press on the list while the name typed is one it offers whole (the list only
      not closed yet: the check above runs once the keys typed are handled, and a click
      that came with them on a busy machine found the list still open) closes it and
      goes to what lies under it: the list, below Participants, lay over Place, so a
      click on Place picked "France" again, kept the focus in Participants and "Vienna"
      typed next made "FranceVienna" (verify78 F4); so does a press the window system
      still sent to the list just closed.  Installed on the list (and its viewport)
      after the completer's own filter, it runs first.

    ``listed``: the field is a comma-separated list (its last name is completed)."""

    def __init__(self, edit: QLineEdit, listed: bool) -> None:
        super().__init__(edit)
        self._edit = edit
        self._listed = listed
        completer = edit.completer()
        self._popup = completer.popup() if completer is not None else None
        if self._popup is not None:
            self._popup.installEventFilter(self)
            self._rows = self._popup.viewport()
            self._rows.installEventFilter(self)  # (a press on its rows)
            # After the completer has filtered its list for the text (it does so once the
            # field's textEdited has been emitted, in the same call); not once the field is
            # gone (a review cell's editor closed at once: the timer's context is this).
            edit.textEdited.connect(
                lambda _text: QTimer.singleShot(0, self, self._close_if_done))

    def _close_if_done(self) -> None:
        completer = self._edit.completer()
        popup = self._popup
        if completer is None or popup is None or not popup.isVisible():
            return
        def last(text: str) -> str:  # the name completed ("pathFromIndex" gives the list)
            return fold((text.rsplit(",", 1)[-1] if self._listed else text).strip())

        typed = last(self._edit.text())
        if not typed:
            return
        if completer.completionCount() == 1 and last(completer.currentCompletion()) == typed:
            popup.hide()
            return
        # A name typed whole that the list offers among longer ones ("Venezuela" beside
        # "Venezuelan government"): the list lay over Place, and the click meant for Place
        # landed on it; the next name typed went into Participants, "Guyana, VenezuelaThe
        # Hague" (verify69 F6).  Typing on opens the list again for the longer names.
        offered = completer.completionModel()
        if any(fold(str(offered.index(row, 0).data(Qt.ItemDataRole.DisplayRole) or ""))
               == typed for row in range(min(offered.rowCount(), 50))):
            popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        popup = self._popup
        if (event.type() != QEvent.Type.MouseButtonPress or popup is None
                or (watched is not popup and watched is not self._rows)
                or not isinstance(event, QMouseEvent)):
            return False
        at = event.globalPosition().toPoint()
        # A press on the list once it is closed is the window system's, sent where the
        # list was when the click was made (on X11 its window was still there): it was
        # meant for what lies under it (verify78 F4, seen under Xvfb and openbox)
        if popup.isVisible() and popup.rect().contains(popup.mapFromGlobal(at)):
            self._close_if_done()  # (the check the keys typed have not run yet)
            if popup.isVisible():
                return False  # a name picked from the list
        popup.hide()
        target = QApplication.widgetAt(at)
        if target is None or target.window() is not self._edit.window():
            return True  # outside the dialog: only the list closes, as before
        if event.button() == Qt.MouseButton.LeftButton:
            button = target if isinstance(target, QAbstractButton) else None
            if button is not None and button.isEnabled():
                QTimer.singleShot(0, button, button.click)  # after the press's handling
                return True
            # (a list's or a text box's rows are its viewport's, which takes no focus:
            # the box does; verify78 F4, Summary or Join Names' list)
            taker: QWidget | None = target
            while taker is not None and not taker.focusPolicy() & Qt.FocusPolicy.ClickFocus:
                taker = None if taker.isWindow() else taker.parentWidget()
            if taker is not None:
                taker.setFocus(Qt.FocusReason.MouseFocusReason)
        return True


_Names = tuple[list[str], list[str], list[str]]


def names_in(timeline: Iterable[Event]) -> _Names:
    """Participants, places and categories already used in the timeline (or any events):
    three new lists of distinct non-empty names, each sorted case aside.

    A ``Timeline`` is read by ``core.query.event_facts`` and ``Timeline.categories``: a
    lazily loaded timeline's events not made yet are read from its store, nothing made
    (iterating it made every event when the first editor opened after a large file's
    open: 7.3 s of CPU and +98 MiB at 1 000 000 events).  What was found is kept for the
    next editor while the timeline's ``revision`` stays (reading 1 000 000 events again
    took 0.7 s of CPU an editor; session 29)."""
    global _names_kept  # noqa: PLW0603 - a one-entry cache
    if not isinstance(timeline, Timeline):
        events = list(timeline)
        return _sorted_names((p for event in events for p in event.participants),
                             (event.location for event in events),
                             (event.category for event in events))
    kept = _names_kept
    if kept is None or kept[0]() is not timeline or kept[1] != timeline.revision:
        people, locations, _sources = event_facts(timeline)
        kept = _names_kept = (
            weakref.ref(timeline), timeline.revision,
            _sorted_names(chain.from_iterable(people), locations, timeline.categories()))
    participants, places, categories = kept[2]
    return list(participants), list(places), list(categories)


#: The last timeline ``names_in`` read (a weak reference), its ``revision`` then and the
#: names found.
_names_kept: tuple[weakref.ref[Timeline], int, _Names] | None = None


def _sorted_names(participants: Iterable[str], places: Iterable[str],
                  categories: Iterable[str]) -> _Names:
    def distinct(names: Iterable[str]) -> list[str]:
        return sorted(set(names).difference(("",)), key=str.casefold)

    return distinct(participants), distinct(places), distinct(categories)


def _warm_title_kind() -> None:
    """``extract.title_kind.warm``, on a worker thread; a failure is left to the title's
    guess on the GUI thread, which meets it again and reports it."""
    try:
        from timeline_app.extract.title_kind import warm

        warm()
    except Exception:  # noqa: BLE001, S110 - the guess's own call reports it
        pass


class _FormArea(QScrollArea):
    """The editor's fields, scrolled when the screen is too short for them: OK, Cancel and
    the error line under them stay in sight (verify81 F1: at 150 % on a 1366×768 screen the
    dialog was 806 px tall, its buttons and a refused date's message below the screen's
    edge).  As tall as the fields where there is room (a scroll area's own size hint caps
    it at 24 lines); no shorter than :data:`FORM_LEAST` px."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        edge = 2 * self.frameWidth()
        return inner.sizeHint() + QSize(edge + self.verticalScrollBar().sizeHint().width(), edge)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.widget()
        least = super().minimumSizeHint()
        if inner is None:
            return least
        return QSize(inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width(),
                     min(FORM_LEAST, inner.minimumSizeHint().height()))


#: px the editor's fields may shrink to, scrolled, on a short screen: the title and date
#: rows and a few more.
FORM_LEAST = 160


class EventEditor(QDialog):
    """Edits one event; ``edited_event()`` gives the result (a new id for a new event).

    Args:
        timeline: The timeline the event belongs to (names for completion, categories).
        event: The event to edit, or ``None`` for a new one.
        initial_date: For a new event, the date to start from (e.g. under the cursor).
        heading: The window title.
        initial_category: For a new event, the lane to start in (e.g. the lane
            double-clicked); default "event", the neutral lane.
        initial_participants: For a new event, its participants to start with (the
            lane double-clicked in lanes by participant).
        initial_location: For a new event, its place to start with (lanes by place).
        offer_merge: For a new event (not a copy made by Edit → Duplicate, which repeats
            its original on purpose): say what it likely repeats as the fields change and
            offer Merge Into It (``check_repeat``, ``merge_target``).
        guess_category: For a new event (or a draft not in the timeline yet: the Article
            pane's) whose ``initial_category`` is the app's start, the neutral lane
            "event" (verify75 F9), not a lane the person chose: the
            Category follows the title as it is typed, the import's way
            (``extract.title_kind.lane_for_title``: "Foreign ministers meet" a meeting),
            back to ``initial_category`` when the title tells no kind, until the person
            picks or types a category (verify71 F13).

    Signals:
        form_changed(): a field or the sentences cited changed (``MainWindow``'s
            ``EditorKeeper`` keeps the form for after a crash: ``kept_form``).
    """

    form_changed = Signal()

    def __init__(self, timeline: Timeline, event: Event | None = None,
                 initial_date: FuzzyDate | None = None, heading: str = "",
                 parent: QWidget | None = None, *, initial_category: str = "",
                 initial_participants: tuple[str, ...] = (),
                 initial_location: str = "", offer_merge: bool = False,
                 guess_category: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("eventEditor")
        self.setWindowTitle(heading or ("Edit event" if event else "New event"))
        self.setMinimumWidth(560)
        self._original = event
        self._evidence = event.evidence if event else ()
        self._source_id = event.source_id if event else None
        self._date_basis = event.date_basis if event else ""
        self._timeline = timeline
        participants, places, categories = names_in(timeline)

        # The plan's mark " (scheduled)" is the Planned box's, not the Title field's: a
        # plan typed by hand was never one unless its author knew to type the ending, and
        # a title typed over cannot lose it (verify88 F1; verify78 F6).
        self.title_edit = QLineEdit(plain_title(event.title) if event else "")
        self.title_edit.setPlaceholderText("What happened, e.g. Foreign ministers meet in Tokyo")
        if event is not None:  # a title retyped keeps "(did not take place)" (verify78 F6)
            self.title_edit.editingFinished.connect(
                lambda: self._keep_plan_ending(plain_title(event.title)))
        self.title_edit.editingFinished.connect(self._plan_from_typed_ending)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText("e.g. 22 March 2025, late 2024, 1965–1970, 44 BC")
        self.date_words = self._words_label()
        # Slash dates that read two ways: both readings, the locale's order first chosen.
        self._day_first = dates_input.locale_day_first()
        self.order_box = OrderChooser()
        self.order_label = self.order_box.label
        self.day_first_radio = self.order_box.day_first_radio
        self.month_first_radio = self.order_box.month_first_radio
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(_END_PLACEHOLDER)
        self.end_words = self._words_label()
        self.circa_check = QCheckBox("c&irca — the date is approximate")
        # Still to come (verify88 F1): the title's " (scheduled)" (``core.plans``), drawn
        # hollow, listed by Filters → Plans only, TENTATIVE in a calendar.  Ticked for a
        # new event dated after today until the person ticks or unticks it (a suggestion).
        self.plan_check = QCheckBox(_PLAN_WORDS)
        self.plan_check.setObjectName("editorPlanned")
        self.plan_check.setChecked(event is not None and is_plan_title(event.title))
        self.plan_check.setToolTip(_PLAN_TIP)
        self._plan_chosen = False  # the person ticked or unticked it
        self._plan_suggested = False  # ticked for a date after today, not by the person
        self.plan_check.clicked.connect(self._plan_clicked)
        # How the claim stands (verify42 F9: a fact-checker put "disputed" into titles),
        # under the date: a disputed date is the most common dispute.
        self.status_combo = status_combo(event.status if event else "", self)
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        known = list(dict.fromkeys([*categories, *LANE_ORDER]))
        for category in known:
            self.category_combo.addItem(category_label(category), category)
        self.category_combo.setToolTip("Pick a lane or type a new one")
        self.participants_edit = QLineEdit(name_list(event.participants if event
                                                     else initial_participants))
        # (a name with a comma, "Kingdom of Serbs, Croats and Slovenes": the list is
        # written and read with semicolons, ``core.names.split_name_list``; verify53 F1)
        self.participants_edit.setPlaceholderText(
            "names separated by commas (semicolons if a name has a comma)")
        self.participants_edit.setCompleter(NameCompleter(participants, self, listed=True))
        self.location_edit = QLineEdit(event.location if event else initial_location)
        self.location_edit.setCompleter(NameCompleter(places, self))
        # The picture of the event's TimelineJS slide, kept as the summary's last lines
        # ("Media: …", "Caption: …", "Credit: …": ``core.picture``), shown as fields of its
        # own: there was no way to give an event a picture (verify57 F27).  A "Media:"
        # that is no address (a TimelineJS file's embedded quotation) stays in the summary.
        from timeline_app.core.picture import split_picture

        summary, picture = split_picture(event.summary if event else "")
        if picture is None or not picture.is_link:
            summary, picture = (event.summary if event else ""), None
        # A paragraph that is one of the event's source sentences (the import's summary
        # is its sentence, ``Candidate.to_event``) is no summary, as Details and the
        # exports show it: the editor showed a merged event's plan sentence as its Summary
        # beside the held event's title (verify73 F12).  Kept as it is unless the person
        # types a summary (``summary``).
        own = (summary_without_sentences(summary, event.evidence) if event is not None
               else summary)
        self._summary_as_opened = (own, picture)
        self._summary_whole = summary  # (its source sentences too: ``_show_evidence``)
        self.summary_edit = QPlainTextEdit(own)
        if own != summary and not own:
            self.summary_edit.setPlaceholderText(
                "None of its own: its source sentences, below, tell it (type one to add it)")
        self.picture_edit = QLineEdit(picture.url if picture else "")
        self.picture_edit.setObjectName("editorPicture")
        self.picture_edit.setCursorPosition(0)  # "https://host/…" shown, not the end
        self.picture_edit.setPlaceholderText("https://… the TimelineJS slide's picture "
                                             "(never loaded)")
        self.picture_edit.setToolTip("The media of the event's TimelineJS slide: the TimelineJS "
                                     "exports write it; the app keeps it as a link and never "
                                     "loads it")
        self.caption_edit = QLineEdit(picture.caption if picture else "")
        self.caption_edit.setObjectName("editorCaption")
        self.caption_edit.setPlaceholderText("what it shows")
        self.credit_edit = QLineEdit(picture.credit if picture else "")
        self.credit_edit.setObjectName("editorCredit")
        self.credit_edit.setPlaceholderText("who made it")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.evidence_view = SafeTextBrowser()
        self.evidence_view.setObjectName("editorEvidence")
        self.evidence_view.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.evidence_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Alt+H: Alt+D is the Date field's (both had D: Alt+D meant for the date
        # dropped the source sentences, new-user check verify14, finding 4).
        self.detach_button = QPushButton("Detac&h from source")
        self.detach_button.setToolTip("This event no longer claims the article's sentences "
                                      "as its evidence")
        self.detach_button.clicked.connect(self.detach_source)
        # A fact typed by hand had no way to cite where it came from (verify29): a quote,
        # a link or a reference, kept as a source sentence of its own (no article: as a
        # CSV or TimelineJS file's sentences are), shown, searched and exported with them.
        self.add_quote_button = QPushButton("&Add quote…")
        self.add_quote_button.setToolTip("Cite where this comes from: a quote, a link, "
                                         "a reference (kept as a source sentence)")
        self.add_quote_button.clicked.connect(self.ask_quote)
        keep_after_letter(self.add_quote_button)  # (Alt+A, typing at once: verify72 F14)
        # A sentence wrongly cited (an import's): dropped alone, the others kept; only
        # Split Event then Delete did it (verify56 F28: "The withdrawal spread beyond the
        # juntas." cited by the Port-Bouet handover).
        self.remove_quote_button = QPushButton("Remo&ve quote…")
        self.remove_quote_button.setToolTip("Drop one source sentence that is not this "
                                            "event's (the others stay)")
        self.remove_quote_button.clicked.connect(self.ask_remove_quote)
        # Lines kept for what stops OK, said or not: its coming and going moved OK
        # under the pointer (verify47 F15).  Two from the start: a refused date's message
        # ("Cannot read … Try 22 March 2025, …") takes two, and its growing squeezed the
        # fields into their scroll area at 1280×800, scrolled under the pointer
        # (verify84 F5, verify85 F11).  A longer one still grows (once).
        self.error_label = SteadyLabel(2, grow=True)
        # What stops OK, in the placeholder's grey until the person first changes the
        # form, then in the error colour: a New Event editor opened with a red "Give the
        # event a title. Type the date." before anything was typed (verify50).
        self.error_label.setStyleSheet(
            f"color: {self.palette().placeholderText().color().name()}")
        self.buttons, self.ok_button = ok_cancel_buttons(self)  # Alt+O: OK
        # A new event (or a copy) that likely repeats one already in the timeline, said
        # here while the fields change, with Merge Into It (verify48 F8: it was said only
        # after OK, in a status line cut at 1600 px).  Its two lines are kept said or not
        # and the button keeps its room hidden: the line's coming and going moves nothing
        # (OK stays under the pointer, fix83/verify47 F15).  Not for an event edited, nor
        # for Edit → Duplicate's copy (``offer_merge``).
        self._repeat_check: RepeatCheck | None = None
        self._repeat: DuplicateMatch | None = None
        self._merge_target = ""
        self.repeat_label = SteadyLabel(2)
        self.repeat_label.setObjectName("editorRepeats")
        self.merge_button = QPushButton("&Merge Into It")
        self.merge_button.setObjectName("editorMergeIntoIt")
        kept = self.merge_button.sizePolicy()
        kept.setRetainSizeWhenHidden(True)
        self.merge_button.setSizePolicy(kept)
        self.merge_button.hide()
        self.merge_button.clicked.connect(self.merge_into_repeat)
        self._repeat_timer = QTimer(self)
        self._repeat_timer.setSingleShot(True)
        self._repeat_timer.setInterval(REPEAT_MS)
        self._repeat_timer.timeout.connect(self.check_repeat)

        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        for text, edit, words in (("&Date:", self.date_edit, self.date_words),
                                  ("&End:", self.end_edit, self.end_words)):
            label = QLabel(text)
            label.setBuddy(edit)  # a layout in the field has no buddy of its own: Alt+D
            if edit is self.date_edit:
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(edit)
                box.addLayout(self._words_or_order(words))
            else:
                box = self._with_words(edit, words)
            form.addRow(label, box)
        checks = QHBoxLayout()
        checks.addWidget(self.circa_check)
        checks.addSpacing(16)
        checks.addWidget(self.plan_check)
        checks.addStretch(1)
        form.addRow("", checks)
        form.addRow("Stat&us:", self.status_combo)
        form.addRow("&Category:", self.category_combo)
        form.addRow("&Participants:", self.participants_edit)
        form.addRow("P&lace:", self.location_edit)
        form.addRow("&Summary:", self.summary_edit)
        form.addRow("Pictu&re:", self.picture_edit)
        picture_words = QHBoxLayout()
        picture_words.addWidget(self.caption_edit, 3)
        credit_label = QLabel("Credit (&by):")
        credit_label.setBuddy(self.credit_edit)
        picture_words.addWidget(credit_label)
        picture_words.addWidget(self.credit_edit, 2)
        caption_label = QLabel("Captio&n:")
        caption_label.setBuddy(self.caption_edit)
        form.addRow(caption_label, picture_words)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_view, 1)
        source_buttons = QVBoxLayout()
        source_buttons.addWidget(self.detach_button)
        source_buttons.addWidget(self.add_quote_button)
        source_buttons.addWidget(self.remove_quote_button)
        source_buttons.addStretch(1)
        evidence_row.addLayout(source_buttons, 0)
        form.addRow("Source:", evidence_row)
        layout = QVBoxLayout(self)
        fields = QWidget()
        fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        area = self._form_area = _FormArea(self)
        area.setObjectName("eventEditorFields")
        area.setWidget(fields)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (its fields are the Tab stops)
        layout.addWidget(area, 1)
        if offer_merge and (event is None or event.id not in timeline):  # a new event
            from timeline_app.core.duplicates import RepeatCheck

            self._repeat_check = RepeatCheck(timeline)
            repeat_row = QHBoxLayout()
            repeat_row.addWidget(self.repeat_label, 1)
            repeat_row.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(repeat_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Enter in any one-line field means OK (while OK is enabled), as in every dialog.
        self.ok_button.setDefault(True)
        # Tab follows the form top to bottom.  Left to Qt, the chain followed the order the
        # widgets got this dialog as parent: Status, made with it, came first, so Tab
        # skipped it and Tab from it went to Title (verify46 F7: "Meeting", meant for
        # Category, replaced the title).
        tab_chain = [self.title_edit, self.date_edit, self.day_first_radio,
                 self.month_first_radio, self.end_edit, self.circa_check, self.plan_check,
                 self.status_combo,
                 self.category_combo, self.participants_edit, self.location_edit,
                 self.summary_edit, self.picture_edit, self.caption_edit, self.credit_edit,
                 self.detach_button, self.add_quote_button,
                 self.remove_quote_button,
                 *([self.merge_button] if self._repeat_check is not None else []),
                 *self.buttons.buttons()]
        for before, after in pairwise(tab_chain):
            QWidget.setTabOrder(before, after)

        start = event.date if event else initial_date
        if start is not None:
            self.date_edit.setText(self._typed_words(event) or
                                   dataclasses.replace(start, circa=False).describe())
            self.circa_check.setChecked(start.circa)
        if event is not None and event.end is not None:
            self.end_edit.setText(event.end.describe())
        # The End the editor filled (the event's own, or a range's end split off the Date
        # field) follows a retyped Date; an End the person typed is theirs (U1, verify24).
        self._end_filled = self.end_edit.text()
        # (a draft: New Event's, the Article pane's; not an event edited, nor a copy)
        self._suggests_plan = event is None or (guess_category and event.id not in timeline)
        self._end_note = ""  # what became of a filled End, said under the field
        self._set_category(event.category if event else (initial_category or "event"))
        #: The category the title's guess falls back to; the guess stops once the person
        #: picks or types a category (``_category_picked``).
        #: (a new event's; or a draft not in the timeline yet, the Article pane's, whose
        #: lane is the neutral one a new event takes: verify75 F9)
        self._category_guessed = guess_category and (event is None
                                                     or event.id not in timeline)
        self._unguessed_category = initial_category or (event.category if event
                                                        else "event")
        self._lane_fit: LaneFit | None = None
        if self._category_guessed:
            # (what the first title's guess reads, loaded ahead: ~0.3 s of CPU on the
            # keystroke that first needed it)
            threading.Thread(target=_warm_title_kind, name="warm-title-kind",
                             daemon=True).start()
            self.title_edit.textEdited.connect(self._guess_category)
            self.category_combo.activated.connect(self._category_picked)
            line = self.category_combo.lineEdit()
            if line is not None:
                line.textEdited.connect(self._category_picked)
            if self.title_edit.text().strip():  # (a list entry's words, the Article pane's)
                self._guess_category(self.title_edit.text())
        self._show_evidence()
        # The field being typed in: a date it cannot read is an error only once typing
        # pauses (SETTLE_MS) or the field is left; OK is disabled meanwhile all the same.
        self._typing: QLineEdit | None = None
        self._unsettled: list[str] = []
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self.settle)
        for edit in (self.date_edit, self.end_edit):
            edit.textEdited.connect(lambda _text, e=edit: self._typed_in(e))
            edit.editingFinished.connect(self.settle)
        # The circa box follows a typed "circa"/"c." (first: _validate reads the box).
        self._typed_circa = self._reads_circa()
        self.date_edit.textChanged.connect(self._follow_typed_circa)
        for edit in (self.title_edit, self.date_edit, self.end_edit, self.picture_edit,
                     self.caption_edit, self.credit_edit):
            edit.textChanged.connect(self._validate)
        self.circa_check.toggled.connect(self._validate)
        self.circa_check.toggled.connect(self._untick_typed_circa)
        if self._suggests_plan:
            self.date_edit.textChanged.connect(self._suggest_plan)
            self._suggest_plan()
        self.order_box.chosen.connect(self._order_chosen)
        self.date_edit.editingFinished.connect(self.split_range)
        self.end_edit.textEdited.connect(self._forget_end_note)
        self._validate()
        self._initial_state = self._state()
        # Every change of the form, for the copy kept for after a crash (fix72).
        for line in (self.title_edit, self.date_edit, self.end_edit, self.participants_edit,
                     self.location_edit, self.picture_edit, self.caption_edit,
                     self.credit_edit):
            line.textChanged.connect(self.form_changed)
        self.summary_edit.textChanged.connect(self.form_changed)
        self.circa_check.toggled.connect(self.form_changed)
        self.plan_check.toggled.connect(self.form_changed)
        self.category_combo.currentTextChanged.connect(self.form_changed)
        self.status_combo.currentIndexChanged.connect(self.form_changed)
        if self._repeat_check is not None:
            self.form_changed.connect(self._repeat_timer.start)
            self._repeat_timer.start()  # a date or names it opened with
        self.form_changed.connect(self._say_problems_as_errors)
        self.title_edit.setFocus()
        if event is not None and event.id not in timeline:  # a copy: its "(copy)" title
            self.title_edit.selectAll()  # ... to type over, as file managers do
        # Field frames and the circa box that can be seen on the dark theme, too.
        for widget in (*self.findChildren(QLineEdit), *self.findChildren(QCheckBox)):
            widget.setStyle(VisibleCheckStyle(widget))
        # Alt + a letter that is no mnemonic here (Alt+F) types nothing (verify18), in
        # the Category box too: an editable combo box hands its keys to its line edit
        # directly, past that field's filter, so Alt+O typed "o" there (verify22, 3).
        guard_alt_typing(self, [*self.findChildren(QLineEdit), self.summary_edit,
                                self.category_combo])
        for edit in (self.participants_edit, self.location_edit):
            ClosesCompletionOnLeave(edit)
            ReturnWithNothingChosenAccepts(edit)
            CompletionGivesWayToTheMouse(edit, listed=edit is self.participants_edit)
        self._participant_names, self._place_names = participants, places
        mend_spelling_on_finish(self.participants_edit, listed=True)
        mend_spelling_on_finish(self.location_edit, listed=False)

    def _typed_words(self, event: Event | None) -> str:
        """The words a date was typed as ("early April 2025", kept in its basis by
        ``_typed_basis``) while they still read as the event's date; else ''."""
        found = _TYPED_AS.search(event.date_basis) if event is not None else None
        if found is None:
            return ""
        assert event is not None
        result = read_typed_date(found.group(1), self._day_first)
        if result.date is None or result.ambiguous or result.end is not None \
                or dataclasses.replace(result.date, circa=False) \
                != dataclasses.replace(event.date, circa=False):
            return ""
        return found.group(1)

    @staticmethod
    def _words_label() -> SteadyLabel:
        # A line kept for the read-back whether or not it says anything (verify47 F15:
        # leaving Date after typing a range filled End and showed its read-back, the form
        # grew ~20 px and OK moved away from a click on its way; a click aimed at End
        # landed on Date's read-back).  It never grows while typing: a longer read-back is
        # cut with "…", whole in its tooltip and on a click (verify85 F11: the Date's grew
        # a second line under "william", End and Participants moved down and a click meant
        # for Participants typed the names into Date).  ``showEvent`` reserves Date's lines.
        # Plain text: typed text is echoed.
        label = SteadyLabel(1)
        # Secondary text, as dim as 4.5:1 allows in the current theme (a fixed #4A4A4A
        # was 1.3:1 on the dark theme's window: the read-back could not be read).
        palette = QGuiApplication.palette()
        dim = dim_text_color(palette.color(QPalette.ColorRole.WindowText),
                             palette.color(QPalette.ColorRole.Window))
        label.setStyleSheet(f"color: {dim.name()}")
        return label

    def _words_or_order(self, words: SteadyLabel) -> QGridLayout:
        """Date's read-back and the order chooser in one place, one shown at a time, the
        room of the taller kept: a slash date that reads two ways ("3/4/2016") showed the
        chooser under the read-back and every field below went down while typing, as the
        read-back's second line did (verify85 F11).  The chooser's question keeps a line
        (a longer one still grows it, once).  On a short screen ``showEvent`` gives up the
        chooser's room, as the read-back's second line."""
        for widget in (words, self.order_box):
            kept = widget.sizePolicy()
            kept.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(kept)
        label = self.order_box.label
        label.setMinimumHeight(label.fontMetrics().lineSpacing())
        for radio in (self.day_first_radio, self.month_first_radio):  # (as tall as named)
            radio.setText("1 May 2020 (day first)")
            radio.setMinimumHeight(radio.sizeHint().height())
            radio.setText("")
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(words, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.order_box, 0, 0, Qt.AlignmentFlag.AlignTop)
        return grid

    @staticmethod
    def _with_words(edit: QLineEdit, words: QLabel) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(edit)
        box.addWidget(words)
        return box

    @staticmethod
    def _say(words: QLabel, text: str) -> None:
        words.setText(text)  # (its line stays, blank when there is nothing to say)

    def _guess_category(self, title: str) -> None:
        """A new event's Category from its title as typed (``guess_category``): the lane
        ``lane_for_title`` gives, else the one it opened in."""
        if not self._category_guessed:
            return
        from timeline_app.extract.title_kind import event_kind, lane_for_title

        if self._lane_fit is None:  # (built once: ~0.25 s for 20 000 events)
            from timeline_app.core.lane_fit import LaneFit

            timeline = self._timeline
            self._lane_fit = LaneFit(timeline.events, timeline.is_era_lane, event_kind)
        lane = lane_for_title(title, self._lane_fit) or self._unguessed_category
        known = next((self.category_combo.itemData(i) for i in range(self.category_combo.count())
                      if str(self.category_combo.itemData(i)).casefold() == lane.casefold()),
                     lane)
        if known != self.category():
            self._set_category(str(known))

    def _category_picked(self, *_args: object) -> None:
        """The person chose or typed a category: the title's guess no longer moves it."""
        self._category_guessed = False

    def _set_category(self, category: str) -> None:
        index = self.category_combo.findData(category)
        if index < 0:
            self.category_combo.addItem(category_label(category), category)
            index = self.category_combo.count() - 1
        self.category_combo.setCurrentIndex(index)

    def category(self) -> str:
        """The chosen category: a known one, or the new one typed (lower case like the rest,
        a proper name with its capitals: ``core.lanes.typed_lane_name``)."""
        from timeline_app.core.lanes import typed_lane_name

        text = self.category_combo.currentText().strip()
        index = self.category_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.category_combo.itemData(index))
        return typed_lane_name(text) or "event"

    def participants(self) -> tuple[str, ...]:
        typed = known_spelling(self.participants_edit.text(), self._participant_names, True)
        return tuple(dict.fromkeys(split_name_list(typed)))  # (a repeat typed: once)

    # ------------------------------------------------------------------ evidence
    def _show_evidence(self) -> None:
        if hasattr(self, "_initial_state"):  # (built: a sentence added or dropped)
            self.form_changed.emit()
            self._summary_follows_sources()
        if self._evidence:
            # (a merged event's dates told otherwise: their words shaded as in Details)
            told: tuple[str, ...] = ()
            if "told otherwise: " in self._date_basis:
                from timeline_app.core.merge import told_otherwise_words

                told = told_otherwise_words(self._date_basis)
            self.evidence_view.setHtml("".join(f"<p>{cited_html(e, told)}</p>"
                                               for e in self._evidence))
        else:
            palette = self.evidence_view.palette()
            dim = dim_text_color(palette.color(QPalette.ColorRole.Text),
                                 palette.color(QPalette.ColorRole.Base)).name()
            self.evidence_view.setHtml(f"<p style='color:{dim}'>No source sentences: "
                                       f"{self._no_evidence_reason()}</p>")
        self.detach_button.setEnabled(bool(self._evidence or self._source_id))
        self.remove_quote_button.setEnabled(bool(self._evidence))

    def _summary_follows_sources(self) -> None:
        """A paragraph of the summary left out of the box as a source sentence is shown
        again once it is no source sentence any more (Remove quote…, Detach from source):
        kept, it would be the event's summary in Details, unseen here.  Only while the
        box is as it opened."""
        shown, picture = self._summary_as_opened
        own = summary_without_sentences(self._summary_whole, self._evidence)
        if own != shown and self.summary_edit.toPlainText() == shown:
            self._summary_as_opened = (own, picture)
            self.summary_edit.setPlainText(own)

    def _no_evidence_reason(self) -> str:
        """Why the Source box is empty, truthfully: an event imported from a CSV file or
        a TimelineJS file was not "entered by hand"."""
        original = self._original
        if original is None:
            return "a new event, entered by hand (Add quote… cites where it comes from)."
        if original.evidence or original.source_id:
            return "detached from its article (OK keeps it so; Cancel does not)."
        if original.date_basis == "" or original.date_basis.startswith("entered by hand"):
            return "this event was entered by hand."
        return "this event is not linked to the text of an article."

    def add_quote(self, text: str, kind: str = "quote") -> bool:
        """Add ``text`` (its spaces made single, capped at ``safe_text.FIELD_LIMIT``) as a
        source of its own, with no article offsets: for ``kind`` ``"quote"`` a source
        sentence (``Evidence(text, 0, len(text))``, as the CSV and TimelineJS readers keep
        theirs; in an event of an article, a ``SourcedEvidence`` of no article), for
        ``"reference"`` or ``"link"`` a ``core.sourced.Reference`` (verify53 F17); False
        for empty text or a source the event already has."""
        from timeline_app.core.sourced import reference

        words = capped(" ".join(text.split()))
        if not words or any(" ".join(e.sentence.split()) == words for e in self._evidence):
            return False
        # In an event read from an article, a quote of no article says so: its offsets
        # are not the article's (verify30, fault 1: the saved file was refused on opening).
        quote = (reference(words, kind) if kind != "quote"
                 else Evidence(words, 0, len(words)) if self._source_id is None
                 else SourcedEvidence(words, 0, len(words), None, None, None))
        self._evidence = (*self._evidence, quote)
        self._show_evidence()
        return True

    def _article_key(self, evidence: Evidence) -> str | None:
        """The id of the article ``evidence`` (one of the event's) was read from, or
        None (a quote of no article)."""
        if isinstance(evidence, SourcedEvidence):
            return evidence.source
        return self._source_id

    def _cited_spans(self) -> set[tuple[str | None, int, int]]:
        """(article id, start, end) of each sentence the event cites."""
        return {(self._article_key(e), e.start, e.end) for e in self._evidence}

    def add_sentence(self, evidence: Evidence) -> bool:
        """Add a sentence of one of the event's articles (``evidence``: its offsets into
        that article's text; a ``SourcedEvidence`` for an article other than the event's
        own) as a source sentence, as an extracted or merged one is kept; False if the
        event already cites it or it names no article."""
        article = (evidence.source if isinstance(evidence, SourcedEvidence)
                   else self._source_id)
        if article is None or (article, evidence.start, evidence.end) in self._cited_spans():
            return False
        words = " ".join(evidence.sentence.split())
        if any(" ".join(e.sentence.split()) == words for e in self._evidence):
            return False
        fields = (evidence.sentence, evidence.start, evidence.end)
        added = (Evidence(*fields) if article == self._source_id
                 else SourcedEvidence(*fields, None, None, article))
        self._evidence = (*self._evidence, added)
        self._show_evidence()
        return True

    def _cited_articles(self) -> list[str]:
        """The ids of the articles the event cites that the timeline has, its own first."""
        ids = [self._source_id] if self._source_id else []
        ids += [e.source for e in self._evidence
                if isinstance(e, SourcedEvidence) and e.source]
        return [i for i in dict.fromkeys(ids) if i in self._timeline.sources]

    def _offered_articles(self) -> tuple[list[str], int]:
        """The ids of the articles whose sentences Add quote… offers, and how many of them
        (the first) the event cites: the articles the event cites, then the timeline's
        others, newest first (latest dateline date first, then the latest imported: an
        article of no date after the dated ones; a saved file keeps its articles in its
        own order, not the imports'), ``TIMELINE_ARTICLES_OFFERED`` in all unless the
        event cites more.  Before, a new event offered no sentence at all and the person
        typed out again a sentence of an article already in the timeline, kept as a
        quote of no article (new-user trial verify39, F3); and once it cited one article,
        only that one's were offered: a second outlet's sentence for the same fact could
        only be pasted as a quote of no article (verify46 F8)."""

        cited = self._cited_articles()
        sources = [(key, source) for key, source in self._timeline.sources.items()
                   if key not in cited]
        newest = sorted(range(len(sources)), reverse=True,
                        key=lambda i: (sources[i][1].dateline_date or _dt.date.min, i))
        room = max(0, TIMELINE_ARTICLES_OFFERED - len(cited))
        return cited + [sources[i][0] for i in newest[:room]], len(cited)

    def article_sentences(self) -> list[Evidence]:
        """The sentences (and list items; not the headline, a byline or a dateline alone,
        ``extract.furniture_spans``, verify63 F15) of the event's articles that it does
        not cite yet, with their offsets into each article's text: its own article's as
        ``Evidence``, then those of each other article its sentences cite (an event
        merged from several articles) as ``SourcedEvidence``, each in text order; then
        those of the timeline's other most recent articles, as ``SourcedEvidence``
        (``_offered_articles``); empty when there are none (``extract.split_sentences``)."""
        from timeline_app.extract import furniture_spans
        from timeline_app.extract.sentences import split_sentences

        cited = self._cited_spans()
        said = {" ".join(e.sentence.split()) for e in self._evidence}
        found: list[Evidence] = []
        for article in self._offered_articles()[0]:
            text = self._timeline.sources[article].text
            # (not the headline, a byline or a dateline alone: verify63 F15)
            furniture = furniture_spans(text)
            for segment in split_sentences(text):
                if (not segment.text.strip() or (article, segment.start, segment.end) in cited
                        or " ".join(segment.text.split()) in said
                        or any(a <= segment.start and segment.end <= b for a, b in furniture)):
                    continue
                fields = (segment.text, segment.start, segment.end)
                found.append(Evidence(*fields) if article == self._source_id
                             else SourcedEvidence(*fields, None, None, article))
        return found

    def ask_quote(self) -> bool:
        """Add quote…: a sentence of one of the event's articles picked (kept with its
        article and offsets, ``add_sentence``) or a quote typed or pasted (``add_quote``),
        asked for by ``prompts.ask_quote``; False if cancelled or nothing was added.
        Words typed right after Alt+A, while the dialog is being made, go into its filter
        (``type_ahead``; verify72 F14: they were lost)."""
        with kept(self):
            return self._ask_quote()

    def _ask_quote(self) -> bool:
        articles, cited = self._offered_articles()
        titles = {("" if article == self._source_id else article):
                  self._timeline.sources[article].title
                  for article in articles}
        # (the Picture field's address, which a picture's address typed there replaces)
        picture = {"picture": text} if (text := self.picture_edit.text().strip()) else {}
        answer = (prompts.ask_quote(self, self.article_sentences(), titles,
                                    of_timeline=True, cites=bool(cited), **picture)
                  if len(articles) > cited else
                  prompts.ask_quote(self, self.article_sentences(), titles, **picture))
        if isinstance(answer, str):
            return self.add_quote(answer)
        if isinstance(answer, Picture):
            # a picture's address: the slide's picture, in its field (verify57 F27's note)
            self.picture_edit.setText(answer.url)
            self.picture_edit.setCursorPosition(0)
            self.caption_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if kind_of(answer):  # a reference or a link typed (``QuoteDialog.answer``)
            return self.add_quote(answer.sentence, kind_of(answer))
        return answer is not None and self.add_sentence(answer)

    def remove_sentence(self, index: int) -> None:
        """Drop the event's source sentence ``index`` (0-based, as shown), the others and
        the article link kept.

        Raises:
            IndexError: no such sentence."""
        evidence = list(self._evidence)
        del evidence[index]
        self._evidence = tuple(evidence)
        self._show_evidence()

    def ask_remove_quote(self) -> bool:
        """Remove quote…: one source sentence chosen from a list (each as it reads, cut
        to 100 characters; plain text) and dropped; False if cancelled."""
        from PySide6.QtWidgets import QInputDialog

        from timeline_app.ui.safe_text import display_title

        if not self._evidence:
            return False
        items = [f"{n}. {display_title(' '.join(e.sentence.split()), 100)}"
                 for n, e in enumerate(self._evidence, 1)]
        chosen, ok = QInputDialog.getItem(self, "Remove Quote",
                                          "The source sentence to drop from this event:",
                                          items, 0, False)
        keys_back_after(self)  # (the editor active again: verify64 item 12)
        if not ok or chosen not in items:
            return False
        self.remove_sentence(items.index(chosen))
        return True

    def detach_source(self) -> None:
        """Drop the source sentences (and the article link) from the event being edited."""
        self._evidence = ()
        self._source_id = None
        self._date_basis = ""
        self._show_evidence()

    # ------------------------------------------------------------------ validation
    def _parse(self, edit: QLineEdit) -> ParseResult | None:
        text = edit.text().strip()
        if not text:
            return None
        result = read_typed_date(text, self._day_first)
        anchor = self._year_anchor()
        if result.date is None and anchor is not None:
            return read_with_year(text, *anchor, self._day_first) or result
        return result

    def _year_anchor(self) -> tuple[_dt.date, str] | None:
        """The date a date typed without its year takes its year from
        (``read_with_year``): the article's date (the DCT) of the event's source, else the
        middle of the event's date as it was; None for an event typed by hand anew, which
        is asked for its year."""
        source = self._timeline.sources.get(self._source_id or "")
        if source is not None and source.dateline_date is not None:
            day = source.dateline_date
            return day, f"the article's date {FuzzyDate.of_day(day).describe()}"
        event = self._original
        if event is None or not event.date.fits_datetime:
            return None
        start, end = event.date.start_day(), event.date.end_day()
        middle = FuzzyDate.of_day_number((start + end - 1) // 2)
        if middle is None:
            return None
        return middle.start, f"the event's date before, {event.date.describe()}"

    def day_first(self) -> bool:
        """The order in which ambiguous slash dates are read (the locale's until chosen)."""
        return self._day_first

    def choose_order(self, day_first: bool) -> None:
        """Read ambiguous slash dates day first or month first, as the radio buttons do."""
        self._order_chosen(day_first)

    def _order_chosen(self, day_first: bool) -> None:
        self._day_first = day_first
        self._validate()

    def _show_order_choice(self, edit: QLineEdit, result: ParseResult | None) -> None:
        """Both readings of an ambiguous date as two radio buttons, or nothing."""
        if result is None or not result.ambiguous or result.date is None:
            self.order_box.hide()
            self.date_words.setVisible(True)  # (in the chooser's place: _words_or_order)
            return
        self.date_words.setVisible(False)  # (the chooser says both readings)
        other, other_end = result.alternatives[0]
        chosen = _reading_words(result.date, result.end)
        alternative = _reading_words(other, other_end)
        what = "date" if edit is self.date_edit else "end"
        self.order_box.offer(f"{_quoted(edit)} can be read two ways: which {what} is it?",
                             *((chosen, alternative) if self._day_first
                               else (alternative, chosen)), self._day_first)

    def _reads_circa(self) -> bool:
        """Whether the date as typed says circa ("circa 1990", "c. 1965")."""
        result = self._parse(self.date_edit)
        return result is not None and result.date is not None and result.date.circa

    def _follow_typed_circa(self, _text: str) -> None:
        """Tick the circa box when the date typed comes to say circa, untick it when it
        no longer does (trial 11: "circa 1990" was read as circa, the box stayed
        unticked).  Only such a change moves the box: a tick or untick of the box itself
        stands (it decides), and typing another year keeps it."""
        circa = self._reads_circa()
        if circa != self._typed_circa:
            self._typed_circa = circa
            blocked = self.circa_check.blockSignals(True)  # _validate follows the text
            self.circa_check.setChecked(circa)
            self.circa_check.blockSignals(blocked)

    def _untick_typed_circa(self, circa: bool) -> None:
        """The box unticked while the date typed says circa: the field says the date
        without it, as the event will be saved (verify16, notes: "c. 1995" stayed in
        the field, saved as a plain 1995, until the editor was opened again).  A tick
        leaves the text as it is: an approximate date's field shows the plain date
        beside a ticked box, as when an event is opened."""
        if circa or not self._typed_circa:
            return
        result = self._parse(self.date_edit)
        if result is None or result.date is None:
            return
        text = dataclasses.replace(result.date, circa=False).describe()
        if result.end is not None:
            text += f" – {result.end.describe()}"
        self.date_edit.setText(text)

    def _words_for(self, result: ParseResult, circa: bool) -> str:
        """Live feedback: the reading in words with what it covers."""
        assert result.date is not None
        date = dataclasses.replace(result.date, circa=circa)
        if result.end is not None:
            text = say_date(date, result.end)
        else:
            text = describe_with_precision(date)
        if result.note and not result.ambiguous:  # the chooser says the other reading
            text += f" — {result.note}"
        return text

    def _dates(self) -> tuple[FuzzyDate | None, FuzzyDate | None, list[str]]:
        """The start and end as typed (checkbox applied) and the problems, in words."""
        date_result, end_result = self._parse(self.date_edit), self._parse(self.end_edit)
        problems: list[str] = []
        circa = self.circa_check.isChecked()
        date: FuzzyDate | None = None
        end: FuzzyDate | None = None
        if date_result is None:
            self._say(self.date_words, "")
            problems.append("Type the date.")
            if self._typing is self.date_edit:  # cleared to type another one
                self._unsettled.append(problems[-1])
        elif date_result.date is None:
            # said beside the field too, not only under the form (verify81 F1/F9: at 150 %
            # on a 768 px screen the line under the form was below the screen's edge)
            said = date_result.error or ""
            self._say(self.date_words, said)
            # The examples ("Try 22 March 2025, …") once, beside the field, when it shows
            # them whole: with them, the line under the form took a third line and OK went
            # down under the pointer (verify85 F11)
            tail = f" Try {EXAMPLES}."
            if said.endswith(tail) and not self.date_words.is_cut():
                said = said[:-len(tail)]
            problems.append(f"Cannot read {_quoted(self.date_edit)} as the date. {said}")
            if self._typing is self.date_edit:
                self._unsettled.append(problems[-1])
        else:
            date, end = date_result.date, date_result.end
            if circa != date.circa:  # the box decides (it follows a typed "c. 1965")
                date = dataclasses.replace(date, circa=circa)
            self._say(self.date_words, self._words_for(date_result, circa))
        follows = self._end_follows(date, end, end_result)
        if end_result is None:
            self._say(self.end_words, self._end_note)
        elif follows:  # the filled End gives way to the retyped Date (split_range)
            assert end_result.date is not None
            self._say(self.end_words, self._end_gives_way(end_result.date, end, pending=True))
        elif end_result.date is None:
            self._say(self.end_words, "")
            problems.append(f"Cannot read {_quoted(self.end_edit)} as the end. "
                            f"{end_result.error}")
            if self._typing is self.end_edit:
                self._unsettled.append(problems[-1])
        elif end_result.end is not None:
            self._say(self.end_words, "")
            problems.append("Type one date as the end; a range (1965–1970) goes in the "
                            "Date field.")
        else:
            # "c. 22 November 2026" is kept circa: said so (verify33 F14: "a day", as exact)
            self._say(self.end_words, self._words_for(end_result, end_result.date.circa))
            if end is not None:
                problems.append("The Date field already gives the end "
                                f"({end.describe()}): clear the End field or type one date.")
            end = end_result.date
        range_end = date_result.end if date_result is not None else None
        self.end_edit.setPlaceholderText(
            f"{range_end.describe()}, from the range typed in Date" if range_end is not None
            else _END_PLACEHOLDER)
        ambiguous = date_result if date_result is not None and date_result.ambiguous \
            else end_result
        self._show_order_choice(self.date_edit if ambiguous is date_result else self.end_edit,
                                ambiguous)
        if date is not None and end is not None and (date.limit or end.limit):
            # "by June 2027" is a deadline, not a span's start or end (ext49)
            problems.append("A date typed with “by”, “before” or “after” is one date: "
                            "clear the End field, or type the dates without it.")
        if date is not None and end is not None and end.start_day() < date.start_day():
            # The native format's rule: an event cannot end before it starts.
            problems.append(f"The end is before the start: {end.describe()} comes before "
                            f"{date.describe()}.")
        return date, end, problems

    def _end_follows(self, date: FuzzyDate | None, range_end: FuzzyDate | None,
                     end_result: ParseResult | None) -> bool:
        """True when the End field holds the end the editor filled and the Date typed
        since replaces it: the Date is a range (its end wins) or starts after that end.

        The rule (README, "Add and correct events by hand"): a person retyping the date
        of a multi-day event means the new period (verify24, U1: "3-5 May 2024" retyped
        as "late 2024" kept the old end and OK stayed disabled).  An End typed by hand
        in this editor is never overridden: a conflict with it is said and OK waits.
        """
        if end_result is None or end_result.date is None or end_result.end is not None \
                or date is None or not self._end_filled \
                or self.end_edit.text() != self._end_filled:
            return False
        return range_end is not None or end_result.date.start_day() < date.start_day()

    @staticmethod
    def _end_gives_way(old_end: FuzzyDate, range_end: FuzzyDate | None,
                       pending: bool = False) -> str:
        """The words under End for a filled end that the retyped Date replaces:
        ``pending`` while the End field still shows it (the Date field not yet left), in
        the future, so the words never contradict the field (verify26: "cleared" under
        an End still showing 5 May 2024)."""
        if pending:
            if range_end is not None:
                return f"{old_end.describe()} gives way to the range typed in Date"
            return f"{old_end.describe()} is before the new date: it will be cleared"
        if range_end is not None:
            return f"was {old_end.describe()}: the range typed in Date gives the end"
        return f"was {old_end.describe()}: cleared, it is before the new date"

    def _forget_end_note(self, _text: str) -> None:
        self._end_note = ""

    def _typed_in(self, edit: QLineEdit) -> None:
        """A key typed in a date field: its reading waits for a pause to be called wrong."""
        self._settle_timer.start()
        if self._typing is not edit:  # textChanged (which validates) may have come first
            self._typing = edit
            self._validate()

    def settle(self) -> None:
        """Typing paused or the field was left: say what cannot be read (also for tests)."""
        self._settle_timer.stop()
        if self._typing is not None:
            self._typing = None
            self._validate()

    def is_settling(self) -> bool:
        """True while a date being typed is not yet judged (an error in it not yet shown)."""
        return self._typing is not None

    def _say_problems_as_errors(self) -> None:
        """The line of what stops OK in the error colour (either theme), from the first
        change of the form on."""
        self.form_changed.disconnect(self._say_problems_as_errors)
        self.error_label.setStyleSheet(f"color: {error_text_color()}")

    def _validate(self, *_args: object) -> None:
        self._unsettled = []
        _, _, problems = self._dates()
        if not self.title_edit.text().strip():
            problems.insert(0, "Give the event a title.")
        problems += self._picture_problems()
        self.error_label.setText(" ".join(p for p in problems if p not in self._unsettled))
        self.ok_button.setEnabled(not problems)
        self._grow_to_fit_words()

    def _picture_problems(self) -> list[str]:
        """What stops OK in the picture's fields: an address that is no web address (a
        file's path, words), a caption or credit without an address."""
        from timeline_app.core.picture import is_picture_address

        url = self.picture_edit.text().strip()
        if url and not is_picture_address(url):
            return ["The picture is a web address (https://…): TimelineJS loads it from "
                    "there."]
        if not url and (self.caption_edit.text().strip() or self.credit_edit.text().strip()):
            return ["Type the picture's web address, or clear its caption and credit."]
        return []

    def summary(self) -> str:
        """The summary as typed, with the picture's fields as its last lines
        (``core.picture.with_picture``); the event's own summary, as it was written, while
        neither changed (its paragraphs that are source sentences too, which the box leaves
        out) (a picture typed in the summary by hand is read as one, but not
        rewritten unless the editor's fields change)."""
        from timeline_app.core.picture import Picture, with_picture

        body = self.summary_edit.toPlainText()
        url = self.picture_edit.text().strip()
        picture = Picture(url, " ".join(self.caption_edit.text().split()),
                          " ".join(self.credit_edit.text().split())) if url else None
        if self._original is not None and (body, picture) == self._summary_as_opened:
            return self._original.summary.strip()
        return with_picture(body, picture)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Opened on a screen too short for every field, the dialog is as tall as the screen
        allows, its fields scrolled (``_FormArea``; verify81 F1)."""
        super().showEvent(event)
        screen = self.screen()
        if screen is not None and not event.spontaneous():
            room = screen.availableGeometry().height() - 40  # (the title bar)
            # The date's read-back has two lines from the start where the screen has room
            # for them (a refused date's "Try 22 March 2025, …" needs two), one on a screen
            # too short for every field (a second line pushed the form into its scroll
            # area, "Remove quote…" cut: verify83 F8, 1366×768); either way it never grows
            # while typing (verify85 F11), a longer text cut with "…", whole on a click.
            tall = self.sizeHint().height() + self._READ_BACK_ROOM <= room
            self.date_words.reserve_lines(2 if tall else 1)
            kept = self.order_box.sizePolicy()
            kept.setRetainSizeWhenHidden(tall)
            self.order_box.setSizePolicy(kept)
            inner = self._form_area.widget().layout()
            if inner is not None:  # (the layouts kept the hint of one line till activated)
                inner.activate()
            self._form_area.updateGeometry()
            # It opens at the top, at the Title its constructor focused (verify84 F5: at
            # 1280×800 the form was scrolled, the Title under the window's edge).
            self._form_area.verticalScrollBar().setValue(0)
            # (as tall as its fields, else the screen: Qt opened it at two thirds of a short
            # screen, or over its edge)
            wanted = max(min(self.sizeHint().height(), room), self.minimumSizeHint().height())
            if self.height() != wanted:
                self.resize(self.width(), wanted)

    #: px a read-back's second line takes (about a line of the dialog's font and spacing):
    #: a screen without them keeps the date's read-back on one line (``showEvent``).
    _READ_BACK_ROOM = 24

    def _grow_to_fit_words(self) -> None:
        """A longer read-back than there was room for makes the dialog taller: the form
        squeezed it instead, its third line cut under the End field (new-user trial 13:
        "early December 2025" with circa ticked)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:  # never taller than the screen
            needed = min(needed, screen.availableGeometry().height() - 40)
        if needed > self.height():
            self.resize(self.width(), needed)

    def split_range(self) -> None:
        """A range typed in the date field ("1965–1970") fills the date and the end.

        Runs when the date field is left or Enter is pressed, not while typing; an
        ambiguous reading or an End the person typed is left for them to settle.  An End
        the editor filled follows (``_end_follows``): a range replaces it, a date after
        it clears it, with a line under End saying what it was.  OK then writes one
        change, date and end together, so one Undo restores both.
        """
        result = self._parse(self.date_edit)
        if result is None or result.date is None or result.ambiguous:
            return
        end_result = self._parse(self.end_edit)
        follows = self._end_follows(result.date, result.end, end_result)
        if result.end is None:
            if follows:  # a filled End before the new date: cleared, and said so
                assert end_result is not None and end_result.date is not None
                self._end_note = self._end_gives_way(end_result.date, None)
                self._end_filled = ""
                self.end_edit.setText("")
            return
        if self.end_edit.text().strip() and not follows:
            return
        self._end_note = ""
        self._end_filled = result.end.describe()
        self.date_edit.setText(result.date.describe())
        self.end_edit.setText(self._end_filled)

    def is_valid(self) -> bool:
        return self.ok_button.isEnabled()

    def check_repeat(self) -> DuplicateMatch | None:
        """Say under the form which event already in the timeline the new event, as
        typed, likely or possibly repeats (``core.duplicates.RepeatCheck``: the rule of
        the status line after OK, no era lane's period), and show Merge Into It; clear
        both when none (or the form cannot be read yet).  Runs REPEAT_MS after the
        fields last changed.  Returns the match (None: none, or an event edited)."""
        self._repeat_timer.stop()
        if self._repeat_check is None:
            return None
        event = self.edited_event()
        match = self._repeat_check.match(event) if event is not None else None
        self._repeat = match
        if match is None:
            self.repeat_label.setText("")
            self.merge_button.hide()
            return None
        from timeline_app.core.duplicates import merge_changes

        existing = match.existing
        words = existing.title.split()

        def said(title: str) -> str:
            return (f"{'Likely' if match.likely else 'Possibly'} repeats “{title}” "
                    f"({existing.date.describe()}), already in the timeline: Merge Into It "
                    "adds this to it (OK: a second event).")

        whole = text = said(" ".join(words))
        # The title shortened word by word (to three at least) until the line fits its
        # reserved lines, rather than the end of the line cut: at 150 % it read "(OK: a
        # secon…" (verify57 F23); the tooltip gives it whole.
        room = self.repeat_label.reserved_lines()
        kept = len(words)
        while kept > 3 and self.repeat_label.lines_for(text) > room:
            kept -= 1
            text = said(" ".join(words[:kept]).rstrip(",;:—–-") + "…")
        self.repeat_label.setText(text)
        if text != whole:
            self.repeat_label.setToolTip(tooltip_text(whole))
        assert event is not None
        changes = merge_changes(existing, event, typed=True)
        self.merge_button.setToolTip(
            "Add what is typed here to the event already in the timeline (one step: "
            "Edit → Undo takes it back)" + (": " + "; ".join(changes) if changes
                                            else ": it gains this event's sources"))
        self.merge_button.show()
        return match

    def merge_into_repeat(self) -> bool:
        """Merge Into It: close the editor with the event it repeats as its merge target
        (``merge_target``); the main window merges the typed event into it as one undo
        step.  False (the editor stays) when the fields, read again, repeat nothing."""
        match = self.check_repeat()
        if match is None or not self.is_valid():
            return False
        self._merge_target = match.existing.id
        super().accept()
        return True

    def merge_target(self) -> str:
        """The id of the event Merge Into It chose, or ``""`` (OK: a new event)."""
        return self._merge_target

    def _keep_plan_ending(self, old: str) -> None:
        """The title field, once left, gets back the plan's ending " (scheduled)" (or
        " (did not take place)") of the event's title ``old`` that a retyped title lost
        (``core.occurrence.retitled``); deleting only the ending keeps it deleted."""
        typed = self.title_edit.text()
        kept = retitled(old, typed)
        if kept != typed:
            self.title_edit.setText(kept)

    def _plan_clicked(self, checked: bool) -> None:
        """The person ticked or unticked Planned: theirs from now on (no suggestion)."""
        self._plan_chosen = True
        self._say_suggested(False)
        if not checked:
            self._untick_own_ending()

    def _untick_own_ending(self) -> None:
        """Planned unticked: a " (scheduled)" still typed in the Title field goes too."""
        typed = self.title_edit.text()
        if is_plan_title(typed):
            self.title_edit.setText(plain_title(typed))

    def _plan_from_typed_ending(self) -> None:
        """The Title field, once left: a " (scheduled)" typed at its end moves into the
        Planned box (the guide's older way to say it); an ending in the person's own words,
        "(announced)", "(did not take place)", unticks the box, as it replaces the mark
        (verify79 F6)."""
        typed = self.title_edit.text()
        if is_plan_title(typed):
            self.title_edit.setText(plain_title(typed))
            self.plan_check.setChecked(True)
            self._plan_chosen = True
            self._say_suggested(False)
        elif self.plan_check.isChecked() and _own_ending(typed):
            self.plan_check.setChecked(False)
            self._plan_chosen = True
            self._say_suggested(False)

    def _suggest_plan(self, *_args: object) -> None:
        """A draft dated after today (``core.clock.today``) gets Planned ticked, said in
        the box's tooltip; a date moved back to today or before takes the tick away again,
        unless the person ticked or unticked the box (verify88 F1: "spring 2027", picked in
        the Article pane, was drawn as held)."""
        if self._plan_chosen:
            return
        result = self._parse(self.date_edit)
        date = result.date if result is not None else None
        future = date is not None and still_to_come(date, clock.today().toordinal())
        if future and not self.plan_check.isChecked():
            self.plan_check.setChecked(True)
            self._say_suggested(True)
        elif not future and self._plan_suggested:
            self.plan_check.setChecked(False)
            self._say_suggested(False)

    def _say_suggested(self, suggested: bool) -> None:
        """The Planned box says whether it was ticked for a date after today (its words
        and tooltip), not by the person."""
        self._plan_suggested = suggested
        self.plan_check.setText(_SUGGESTED_WORDS if suggested else _PLAN_WORDS)
        self.plan_check.setToolTip(
            "Ticked because the date is after today: untick it if the event took place. "
            + _PLAN_TIP if suggested else _PLAN_TIP)

    def full_title(self) -> str:
        """The title as it will be saved: the Title field's words, " (scheduled)" added
        when Planned is ticked (``core.plans.planned_title``) and the words end in no
        standing of the person's own ("(announced)")."""
        typed = " ".join(self.title_edit.text().split())
        planned = self.plan_check.isChecked() or is_plan_title(typed)
        typed = plain_title(typed)
        if self._original is not None:  # ("(did not take place)" kept: verify78 F6)
            typed = retitled(plain_title(self._original.title), typed)
        return planned_title(typed, planned and not _own_ending(typed))

    def edited_event(self) -> Event | None:
        """The event as typed, or ``None`` while something is invalid."""
        if not self.is_valid():
            return None
        date, end, problems = self._dates()
        if date is None or problems:
            return None
        base = self._original or Event(new_event_id(), "", date)
        date_basis = self._date_basis
        original = self._original
        if original is None or (date, end) != (original.date, original.end) \
                or (self.date_edit.text() != self._initial_state[1]
                    and _TYPED_AS.search(self._typed_basis())):
            if (original is not None and date == original.date and date_basis
                    and self.date_edit.text() == self._initial_state[1]):
                # Only the end changed: the date's own basis still explains it.
                date_basis = self._end_basis(end)
            else:
                # No derivation from a text explains this date (or the words typed say more).
                date_basis = self._typed_basis()
        return dataclasses.replace(
            base, title=self.full_title(), date=date, end=end,
            category=self.category(), participants=self.participants(),
            location=known_spelling(self.location_edit.text(), self._place_names,
                                    False).strip(),
            summary=self.summary(), date_basis=date_basis,
            source_id=self._source_id, evidence=self._evidence, status=self.status())

    def status(self) -> str:
        """The status chosen (``core.status``; ``""``: not assessed)."""
        return chosen_status(self.status_combo)

    def kept_form(self, timeline_name: str) -> EditorState:
        """The form as it is now, for after a crash (``io.review_recovery``): each field
        as typed, valid or not, and the sentences cited."""
        from timeline_app.io.review_recovery import KeptEvidence, new_editor_state

        original = self._original
        evidence = tuple(
            KeptEvidence(e.sentence, e.start, e.end, e.date_start, e.date_end,
                         isinstance(e, SourcedEvidence),
                         e.source if isinstance(e, SourcedEvidence) else None, kind_of(e))
            for e in self._evidence)
        return new_editor_state(
            timeline_name, self.windowTitle(),
            original.id if original is not None and original.id in self._timeline else None,
            self.full_title(), self.date_edit.text(), self.end_edit.text(),
            self.circa_check.isChecked(), self.category_combo.currentText(),
            self.participants_edit.text(), self.location_edit.text(),
            self.summary(), self.status(), self._source_id, evidence)

    def restore_form(self, state: EditorState) -> None:
        """Put back a form kept at a crash (``kept_form``): its fields as typed, the
        status and the sentences cited.  ``has_changes`` still compares with the form as
        it opened, so Cancel asks before dropping it."""
        self.title_edit.setText(plain_title(state.title))
        self.plan_check.setChecked(is_plan_title(state.title))
        self._plan_chosen = True  # (as it was kept)
        self.date_edit.setText(state.date)
        self.end_edit.setText(state.end)
        self.circa_check.setChecked(state.circa)
        self.category_combo.setCurrentText(state.category)
        self._category_guessed = False  # (the category kept stands, as typed or guessed)
        self.participants_edit.setText(state.participants)
        self.location_edit.setText(state.location)
        from timeline_app.core.picture import split_picture

        summary, picture = split_picture(state.summary)
        if picture is None or not picture.is_link:
            summary, picture = state.summary, None
        self.summary_edit.setPlainText(summary)
        self.picture_edit.setText(picture.url if picture else "")
        self.picture_edit.setCursorPosition(0)
        self.caption_edit.setText(picture.caption if picture else "")
        self.credit_edit.setText(picture.credit if picture else "")
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(state.status)))
        self._source_id = state.source_id
        from timeline_app.core.sourced import Reference

        self._evidence = tuple(
            Reference(e.sentence, e.start, e.end, e.date_start, e.date_end, None, e.kind)
            if e.kind else
            SourcedEvidence(e.sentence, e.start, e.end, e.date_start, e.date_end, e.source)
            if e.sourced else Evidence(e.sentence, e.start, e.end, e.date_start, e.date_end)
            for e in state.evidence)
        self._show_evidence()
        self._validate()

    def _end_basis(self, end: FuzzyDate | None) -> str:
        """The basis of an event whose end alone was changed here: the date's basis as it
        was (it still tells how the date was found), then "; end removed by hand (was c. 22
        November 2026)" or "; end typed by hand" (verify33 F9: clearing a merge's end left
        "typed by hand (was …)" and lost the article's "'Tuesday' in an article dated …").
        A clause of an earlier such change is replaced, not added to."""
        original = self._original
        assert original is not None
        base = _END_CLAUSE.sub("", self._date_basis)
        was = f" (was {original.end.describe()})" if original.end is not None else ""
        return f"{base}; end {'typed' if end is not None else 'removed'} by hand{was}"

    def _typed_basis(self) -> str:
        """The date basis of a date typed here: "entered by hand" for a new event (or a
        copy), "typed by hand (was 22 March 2025)" for a date changed in an edit, with the
        words typed when the parser noted a loose reading ("typed by hand as “5th century
        BC” (was …)"): what was written still shows in the detail pane, and the editor
        opens on it again.  (A part of a month, "early April 2025", is a date of its own
        since session 16, its TIMEX3 mod; older bases that kept its words still show.)

        Not "moved by hand from …": that is what a drag or Ctrl+arrow writes (README,
        "move an event"); ``Document.update_event`` writes it only for an edit that leaves
        the basis as it was.
        """
        original = self._original
        new = original is None or original.id not in self._timeline
        basis = "entered by hand" if new else "typed by hand"
        result = self._parse(self.date_edit)
        if result is not None and result.note and not result.ambiguous:
            basis += f" as “{' '.join(self.date_edit.text().split())}”"
            if result.note.startswith("the week of "):
                # (its Monday, as an article's week says it: ``core.weeks.told_week`` draws
                # and writes it as some day of that week; verify89 F6)
                basis += f", {result.note.partition(':')[0]}"
        if not new:
            assert original is not None
            history = _history(original.date_basis)
            basis += (f" (was {when_words(original)}"
                      f"{'; ' + history if history else ''})")
        return basis

    def _state(self) -> tuple[object, ...]:
        """Everything the person can change in the form."""
        return (self.title_edit.text(), self.date_edit.text(), self.end_edit.text(),
                self.circa_check.isChecked(), self.category_combo.currentText(),
                self.participants_edit.text(), self.location_edit.text(),
                self.summary_edit.toPlainText(), self.picture_edit.text(),
                self.caption_edit.text(), self.credit_edit.text(), self._source_id,
                self._evidence, self.status_combo.currentIndex(), self.plan_check.isChecked())

    def has_changes(self) -> bool:
        """True when anything was typed or changed since the editor opened."""
        return self._state() != self._initial_state

    def accept(self) -> None:
        if self.is_valid():
            self._merge_target = ""
            super().accept()

    def reject(self) -> None:
        # Esc (also pressed to close a completion list that was not open) and Cancel must
        # not lose a filled-in form without a question.
        if not self.has_changes() or prompts.ask_discard(
                self, "Discard this event?" if self._original is None else "Discard changes?",
                "The event is not added: what was typed is lost." if self._original is None
                else "The changes made in this editor are not kept."):
            super().reject()
