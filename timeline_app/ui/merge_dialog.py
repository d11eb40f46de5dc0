"""File → Merge…: review another timeline's events before adding them, likely duplicates first.

Events that look like ones already in the timeline (see ``core.duplicates``) are unticked
and say which event they repeat and why; ticking one merges it into that event, unless
"keep both" is chosen, and choosing either in its row ticks it (verify25: a "Keep both"
chosen on an unticked row was dropped without a word).  Select All / Select None tick or
untick every row; Esc or Cancel after a change asks before the choices are dropped, as the
import review does.
"""

from __future__ import annotations

import dataclasses
import heapq
from collections.abc import Callable, Collection, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFont,
    QFontMetrics,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.core.duplicates import (
    SAME_EVENT_SCORE,
    DuplicateMatch,
    disagreement,
    find_duplicates,
    merge_changes,
    merge_events,
    reads_again,
)
from timeline_app.core.edited_copy import missing_from_copy
from timeline_app.core.model import LeftOut, date_sort_number
from timeline_app.core.names import name_list
from timeline_app.core.occurrence import WHETHER, occurrence_disagreement
from timeline_app.core.reimport import gone_here
from timeline_app.document import dates_in_words
from timeline_app.ui import prompts
from timeline_app.ui.dialog_buttons import ok_cancel_buttons
from timeline_app.ui.event_chooser import EventChooser
from timeline_app.ui.import_article import (
    BoxKeysBackToTable,
    DefaultOutsideTable,
    DuplicateBox,
    KeysIntoBox,
    KeysPickEvent,
    ReturnEditsCell,
    ReviewOutcome,
    ReviewTable,
    SpaceTicksRow,
    duplicate_words,
    mark_current_cell,
)
from timeline_app.ui.safe_text import display_title, tooltip_text
from timeline_app.ui.steady_label import SteadyLabel
from timeline_app.ui.style import category_label
from timeline_app.ui.theme import VisibleCheckStyle
from timeline_app.words import counted


def _changes_in_words(existing: Event, incoming: Event, keep_title: bool = False) -> str:
    """What merging ``incoming`` into ``existing`` would change, for the review: the
    fields (``merge_changes``), else "only its sources", else "nothing" when the merged
    event would equal it (verify19: an identical copy was told "only its sources").

    A title of the other file's that differs is said too, since a merge keeps the
    existing event's (``merge_events``): a retitled copy merged back lost its new title
    with nothing saying so (verify26).  ``keep_title``: the existing event's title was
    typed by hand (``Document.title_by_hand``), which a merge keeps (verify46 F2)."""
    from timeline_app.words import shortened

    # (both summaries kept: a colleague's notes are why a file is merged, verify59 F26)
    changes = merge_changes(existing, incoming, keep_title, keep_summaries=True)
    merged = merge_events(existing, incoming, keep_title=keep_title, keep_summaries=True)
    if incoming.title.split() != existing.title.split() and merged.title == existing.title:
        changes.append(f"keeps its title, not “{shortened(incoming.title, 40)}”")
    # What the other file says otherwise and the merge does not take (verify36 F3: a
    # corrected date and a renamed lane were marked "≠ date, lane" while this line said
    # "only its sources"): its date (unless finer, which the merge takes) and lane, and a
    # place the existing event already has.
    if (incoming.date, incoming.end) != (existing.date, existing.end) and (
            (merged.date, merged.end) == (existing.date, existing.end)):
        changes.append(f"keeps its date {dates_in_words(existing.date, existing.end)}, "
                       f"not {dates_in_words(incoming.date, incoming.end)}")
    if incoming.category != existing.category:
        changes.append(f"keeps its lane {category_label(existing.category)}, "
                       f"not {category_label(incoming.category)}")
    if (incoming.location.split() and existing.location.split()
            and incoming.location.split() != existing.location.split()):
        changes.append(f"keeps its place {shortened(existing.location, 40)}, "
                       f"not {shortened(incoming.location, 40)}")
    if incoming.status and existing.status and incoming.status != existing.status:
        changes.append(f"keeps its status {existing.status}, not {incoming.status}")
    dropped = [name for name in incoming.participants if name not in merged.participants]
    if dropped and reads_again(existing, incoming):
        # (verify54 F31: a copy's uncorrected reading of these words put back a name
        # removed here; the words say it is not taken, and what it would have added)
        changes.append(f"keeps its participants {name_list(existing.participants) or 'none'}"
                       f", not also {name_list(dropped)} (the same words of the same "
                       "article read again: what was set here stands)")
    if changes:
        return "; ".join(changes)
    return "nothing" if merged == existing else "only its sources"


def edits_in_words(existing: Event, edited: Event,
                   untold: Collection[str] = frozenset()) -> str:
    """What taking a copy's edits (``core.edited_copy.take_edits``) changes in ``existing``,
    field by field with the value before and after ("title “A” → “B”; participants
    Somalia, Trkiye → Somalia, Türkiye"), for the line under the Merge dialog's table;
    "nothing" when the copy tells the event as it is."""
    from timeline_app.words import shortened

    def said(value: str) -> str:
        return f"“{shortened(value, 60)}”" if value.strip() else "none"
    words = []
    fields = differences(existing, edited, untold)
    for field in fields:
        if field == "title":
            words.append(f"title {said(existing.title)} → {said(edited.title)}")
        elif field == "date" or (field == "end" and "date" not in fields):
            words.append(f"date {dates_in_words(existing.date, existing.end)} → "
                         f"{dates_in_words(edited.date, edited.end)}")
        elif field == "lane":
            words.append(f"lane {category_label(existing.category)} → "
                         f"{category_label(edited.category)}")
        elif field == "place":
            words.append(f"place {said(existing.location)} → {said(edited.location)}")
        elif field == "participants":
            words.append(f"participants {name_list(existing.participants) or 'none'} → "
                         f"{name_list(edited.participants) or 'none'}")
        elif field == "summary":
            words.append("summary replaced")
        elif field == "status":
            words.append(f"status {existing.status or 'not assessed'} → "
                         f"{edited.status or 'not assessed'}")
    return "; ".join(words) or "nothing"


def differences(existing: Event, incoming: Event,
                untold: Collection[str] = frozenset()) -> list[str]:
    """The fields in which ``incoming`` differs from ``existing`` (the event of the open
    timeline it repeats), in the words of the Merge dialog's "Differs" column: "title",
    "date", "end", "lane", "place", "participants", "summary", "status"; [] when none
    does (white space and the order of participants aside).  Sources and sentences are
    not compared.  ``untold``: those of these fields the other file has no place for (a
    CSV without a Summary column, ``io.csv_table.fields_not_told``), never a difference
    (verify61 F18: "≠ summary" on every row of such a sheet)."""
    found = [name for name in _compared(existing, incoming) if name not in untold]
    return found


def _summary_read_back(existing: Event, incoming: Event) -> bool:
    """Whether ``incoming``'s summary is what the CSV export wrote of ``existing``'s,
    read back: the source sentence (written once, as the sentence, ``io.csv_table``) in
    place of the summary that was the sentence (verify36 F4), or of an empty one (an
    event entered by hand with a quote, verify61 F13: a phantom "≠ summary", which
    "take its edits" would have written over the empty summary, or over one written
    here since the copy was made).  A summary that is the event's own first sentence
    says nothing the sentence does not: no edit."""
    if not incoming.evidence:
        return False
    sentence = incoming.evidence[0].sentence.split()
    if not incoming.summary.strip():
        return sentence == existing.summary.split()
    return incoming.summary.split() == sentence


def told_as_here(existing: Event, incoming: Event, untold: Collection[str]) -> Event:
    """``incoming`` with the fields of ``untold`` (the Merge dialog's names) and a summary
    the CSV export wrote as the sentence (``_summary_read_back``) as ``existing`` has
    them: what taking a copy's edits must not clear."""
    changes: dict[str, object] = {}
    if "summary" in untold or _summary_read_back(existing, incoming):
        changes["summary"] = existing.summary
    for name, attribute in (("end", "end"), ("lane", "category"), ("place", "location"),
                            ("participants", "participants"), ("status", "status")):
        if name in untold:
            changes[attribute] = getattr(existing, attribute)
    return dataclasses.replace(incoming, **changes) if changes else incoming  # type: ignore[arg-type]


def _told_alike_but_when(match: DuplicateMatch, untold: Collection[str]) -> bool:
    """Whether a duplicate differs from its event only by when (``differences``: "date",
    "end"; ``untold`` aside) and is of the same kind (its reason says so): a copy's row
    whose date was changed there.  verify61 F18."""
    found = differences(match.existing, match.incoming, untold)
    return bool(found) and set(found) <= {"date", "end"} and match.reason.startswith(
        "same kind of event")


def _compared(existing: Event, incoming: Event) -> list[str]:
    found = []
    if incoming.title.split() != existing.title.split():
        found.append("title")
    if incoming.date != existing.date:
        found.append("date")
    if incoming.end != existing.end:
        found.append("end")
    if incoming.category != existing.category:
        found.append("lane")
    if incoming.location.split() != existing.location.split():
        found.append("place")
    if set(incoming.participants) != set(existing.participants):
        found.append("participants")
    if incoming.summary.split() != existing.summary.split() and not _summary_read_back(
            existing, incoming):
        # (a summary that is the source sentence, written once as the sentence by the
        # CSV export and read back as none, is no difference: verify36 F4; nor an empty
        # one read back as the sentence, verify61 F13)
        found.append("summary")
    if incoming.status != existing.status:  # (two fact-checkers' verdicts: verify42 F9)
        found.append("status")
    return found


#: The item data a cell sorts by (``_SortItem``) and the record a row shows (column 0).
_SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
#: How the "Differs" column sorts: rows to decide first (edited, new, not in the copy),
#: then the rows told the same (each then in date order: its record comes second).
_DIFFERS_ORDER = {"≠": 0, "new": 1, "not in the copy": 2, "same": 3}


class _SortItem(QTableWidgetItem):
    """A cell that sorts by its ``_SORT_ROLE`` data when it has one (a date by its day
    number, not its words; "Differs" rows to decide first), else by its text, case
    folded."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(_SORT_ROLE), other.data(_SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return self.text().casefold() < other.text().casefold()



class MergeDialog(QDialog):
    """Every event of the other timeline with a checkbox; duplicates offer merge / keep both."""

    #: "Differs": what sets each row apart from the open timeline — "new", "same", or
    #: "≠ date, place" (new-user trials, session 20: nothing in the table said which rows
    #: differed; only the line under it, one row at a time).
    COLUMNS = ("Add", "Date", "Title", "Already in the timeline?", "Differs")
    MERGE, KEEP_BOTH = "merge", "keep both"
    #: Take what a copy of this timeline says of one of its events (same id): its title,
    #: date, participants… replace the timeline's (``core.edited_copy.take_edits``;
    #: verify49 F10: a colleague's retitle and corrected spelling could not be taken).
    TAKE_EDITS = "take edits"
    #: Merge, the event then marked Disputed: offered where the two disagree on when or
    #: where (``core.duplicates.disagreement``; edit30 offered it in Merge Selected Events only).
    MERGE_DISPUTED = "merge disputed"
    #: The box's last item, "Another event…": choose which of this timeline's events the
    #: row repeats (the import review's, verify52 F4), on a "no" row too (F2, Return or a
    #: double-click on its cell).  verify56 F13: a row the dialog called "no" could only be
    #: kept both, then merged with Ctrl+M in the window.
    PICK = "pick"
    #: characters of the existing event's title inside a choice ("…" ends a cut one)
    CHOICE_TITLE_LIMIT = 28
    #: px: the Title column's least and most wanted width, the Date's and the choices'
    #: least when the dialog must give way (``_fit_screen``)
    TITLE_LEAST, TITLE_MOST, DATE_LEAST, CHOICE_LEAST = 240, 420, 140, 240
    #: px: the Date column's most (a range of two days with times of day fits)
    DATE_MOST = 420
    #: px the dialog's margins, the table's frame and its scroll bar take (Fusion)
    CHROME = 48

    def __init__(self, other: Timeline, existing: Sequence[Event],
                 parent: QWidget | None = None,
                 title_by_hand: Callable[[str], bool] | None = None,
                 left_out: Sequence[LeftOut] = (), untold: Collection[str] = frozenset(),
                 columns_not_read: Sequence[str] = (),
                 rows_left_out: Sequence[str] = (),
                 ids_left_out: Collection[str] = frozenset(),
                 untold_of: Mapping[str, Collection[str]] | None = None) -> None:
        super().__init__(parent)
        #: The other file's rows that could not become events, in words
        #: (``Opened.rows_left_out``), and their Ids: said under the intro before the
        #: merge, and their events here not taken as deleted there (verify62: a copy's
        #: rows with a date it could not read were offered as "only here: delete it?",
        #: and Select All deleted them; the rows skipped were told only after).
        self.rows_left_out = tuple(rows_left_out)
        self.ids_left_out = frozenset(ids_left_out)
        #: The fields the other file has no place for (``io.formats.Opened.untold``: a
        #: CSV without a Summary column): never a difference, never taken as edits
        #: (verify61 F18: "≠ summary" on every row of such a sheet).
        self.untold = frozenset(untold)
        #: The same, for one event of the other file (``Opened.untold_of``: a TimelineJS
        #: slide without this app's key and without a "Participants: …" line says nothing
        #: of them; verify80 F7: 58 events' participants and places offered for clearing).
        self.untold_of = {event_id: self.untold | frozenset(names)
                          for event_id, names in (untold_of or {}).items()}
        #: The other file's columns nothing was read from (``Opened.columns_not_read``),
        #: said under the intro (verify61 F13: a "Desk note" column dropped unsaid).
        self.columns_not_read = tuple(columns_not_read)
        #: Whether an existing event's title was typed by hand (``Document.title_by_hand``):
        #: what the merge keeps, and what the line under the table says it keeps.
        self.title_by_hand: Callable[[str], bool] = title_by_hand or (lambda _id: False)
        self.setObjectName("mergeDialog")
        self.setWindowTitle("Merge timeline")
        self.resize(900, 520)
        self.other = other
        self.events = list(other.events)
        #: This timeline's events by id, offered by "Another event…" (``choose_other_event``)
        self._existing = {event.id: event for event in existing}
        # (a lane of a person's or another tool's own, "Security & defence" against a
        # sheet's "Security", is no other kind of event, as in an article's review:
        # verify59 F4, "AUKUS announced" on the same day in both files only possibly one)
        from timeline_app.extract.event_vocabulary import CATEGORIES

        self.duplicates = find_duplicates(existing, self.events, kinds=CATEGORIES)
        for event_id, match in list(self.duplicates.items()):
            if not match.likely and _told_alike_but_when(match, self._untold(event_id)):
                # A row of a copy that tells the event word for word but on another
                # date: the date was changed there, not a second happening (verify61
                # F18: "China Eastern Airlines plans to start flights" a day earlier, no
                # Id, was ticked "Keep both"; with its Id the same change is "take its
                # edits", unticked).  Likely: unticked, "Merge into …", with "Merge,
                # disputed" offered, the "Differs" column saying "≠ date".
                self.duplicates[event_id] = DuplicateMatch(
                    match.incoming, match.existing, match.score + 100,
                    f"{match.reason}; told alike but for its date", True)
        #: Records whose event the person chose in "Another event…" (``pick_event``), each
        #: with the dialog's own proposal (None: "no"), given back by Keep both.
        self._picked: dict[int, DuplicateMatch | None] = {}
        #: The "Another event…" chooser while it is open.
        self.event_chooser: EventChooser | None = None
        #: The ids of the other file's events that are this timeline's events: an export
        #: of it edited elsewhere and sent back (``find_duplicates`` matches an event of
        #: the same id to it, however much it was edited: "the same event (its id)").
        self.same_ids = frozenset(event_id for event_id, match in self.duplicates.items()
                                  if match.existing.id == event_id)
        #: The other file's events deleted here or merged by hand into another event
        #: since it was copied, by id: their reading (the timeline's ``left_out``) and the
        #: event each went into (``core.reimport.gone_here``; verify59 F23: "Wang Yi tours
        #: eight island states", merged here into "Wang Yi's Pacific tour", came back from
        #: a colleague's copy as new, ticked).  Unticked: a merged one proposes merging
        #: into the event it went into (adding nothing), a deleted one is "deleted here".
        self.gone = gone_here(self.events, left_out, existing)
        for event in self.events:
            reading, into = self.gone.get(event.id, (None, None))
            if reading is None:
                continue
            if into is None:
                self.duplicates.pop(event.id, None)
            else:
                self.duplicates[event.id] = DuplicateMatch(
                    event, into, SAME_EVENT_SCORE - 1,
                    f"merged here into “{display_title(into.title, 200)}” by hand on "
                    f"{FuzzyDate.of_day(reading.on).describe()}", True)
        #: This timeline's events the other file lacks when it is a copy of it (deleted
        #: there, or added here since): rows after the other's, unticked; ticked, they are
        #: deleted here (verify49 F10: a row deleted in the colleague's table was ignored).
        self.missing = [event for event in missing_from_copy(existing, self.events)
                        if event.id not in self.ids_left_out]
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        told_off = sum(self._whether(event) for event in self.events)
        same = len(self.same_ids)
        merged_here = sum(into is not None for _reading, into in self.gone.values())
        deleted_here = len(self.gone) - merged_here
        n = (sum(match.likely for match in self.duplicates.values()) - told_off - same
             - merged_here)
        possible = len(self.duplicates) - n - told_off - same - merged_here
        count = len(self.events)
        #: Likely duplicates whose merge adds what their event lacks (a place, a summary,
        #: a finer date…): ticked, to merge (verify56 F15: left out, their facts were
        #: dropped without a word).  The others add nothing but sources: left out.
        self._adding = frozenset(
            event.id for event in self.events
            if self._adds_facts(event) and not self._whether(event)
            and event.id not in self.gone)
        adding = len(self._adding)
        if not n:
            found = ("none looks like an event already in this timeline."
                     if not told_off and not same and not self.gone else "")
        else:
            found = (("1 looks like an event" if n == 1 else f"{n} look like events")
                     + " already in this timeline" + (
                         f": {adding} {'adds' if adding == 1 else 'add'} what "
                         f"{'its event lacks' if adding == 1 else 'their events lack'} "
                         f"(place, summary, date…) and {'is' if adding == 1 else 'are'} "
                         "ticked, to merge into "
                         f"{'it' if adding == 1 else 'them'}" if adding else "")
                     + (f"{'; ' if adding else ': '}{n - adding} "
                        f"{'adds' if n - adding == 1 else 'add'} nothing new and "
                        f"{'is' if n - adding == 1 else 'are'} left out (tick one to merge "
                        "it)" if n - adding else "")
                     + ". The box beside each row says what becomes of it; “Keep both” adds "
                     "one as a new event, “Another event…” (F2 on a “no” cell) merges it "
                     "into an event you choose.")
        if told_off:
            found += (f" {told_off} {'disagrees' if told_off == 1 else 'disagree'} with an "
                      "event of this timeline on whether it took place (held / called off): "
                      f"ticked, to merge {'it' if told_off == 1 else 'them'} and mark the "
                      "event Disputed.")
            found = found.strip()
        if possible:
            found += (f" {possible} {'is' if possible == 1 else 'are'} possibly in it "
                      "(weaker evidence): added unless you choose to merge.")
        title = display_title(other.title)  # a label: capped before layout
        if same:
            edited = sum(bool(differences(self.duplicates[e.id].existing, e, self._untold(e.id)))
                         for e in self.events if e.id in self.same_ids)
            found += (f" {same} {'is' if same == 1 else 'are'} this timeline's own "
                      f"{'event' if same == 1 else 'events'} (the same Id), unticked"
                      + (f"; {edited} {'was' if edited == 1 else 'were'} edited there "
                         "(“Differs”): tick one to take its edits (title, date, lane, "
                         "participants, place, summary, status)." if edited else "."))
        if self.gone:
            parts = [f"{merged_here} {'was' if merged_here == 1 else 'were'} merged here "
                     "into another event" if merged_here else "",
                     f"{deleted_here} {'was' if deleted_here == 1 else 'were'} deleted here"
                     if deleted_here else ""]
            how = ("Merge Selected Events, Delete" if merged_here and deleted_here else
                   "Edit → Merge Selected Events" if merged_here else "Delete")
            found += (" " + " and ".join(filter(None, parts)) + f" since ({how}): "
                      "unticked" + ("; ticked, a deleted one is added again" if deleted_here
                                    else "") + ("; “Keep both” in its box adds a merged one "
                                                "again" if merged_here else "") + ".")
            found = found.strip()
        if self.missing:
            n_missing = len(self.missing)
            found += (f" {counted(n_missing, 'event')} of this timeline "
                      f"{'is' if n_missing == 1 else 'are'} not in it (deleted there, or "
                      "added here since): listed at the end, unticked; tick one to delete "
                      "it here too.")
        found += self._columns_words()
        intro.setText(f"“{title}” has {count} event{'s' if count != 1 else ''}; {found}")
        #: Each record's ``differences`` from the event it repeats (``_differences``)
        self._differs: dict[int, list[str]] = {}
        #: Each record's first choice, once its box is made (``_state``: no change)
        self._first: dict[int, str] = {}
        self._make_difference_toggle()  # (made before the table: Tab reaches it first)
        # The arrows keep the keys on the table, a row's box too (``ReviewTable``): ↓
        # after a choice made in a box changed the choice back (verify56 F12).
        self.table = ReviewTable(len(self.events) + len(self.missing), len(self.COLUMNS),
                                 self)
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setAccessibleName("Events of the other timeline")
        self.table.setAccessibleDescription("Space ticks a row to add or merge it")
        # Tab leaves the table, as in the import review; the arrows move between cells.
        # Tab went from cell to cell and round again (fix63): Select All, Merge and
        # Cancel were out of the keyboard's reach but for their Alt letters.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        #: The table's row of each record (an index into ``events`` then ``missing``: the
        #: rows as filled, in date order) and the record of each row, once sorted
        #: (``sort_by``); None while they are the same.
        self._row_of_record: list[int] | None = None
        self._record_of_row: list[int] | None = None
        #: Each row's date in words, as filled (the Date column's width is measured on them)
        self._date_words: list[str] = []
        #: Records whose Merge / Keep both box is made when first in sight: the rows with
        #: nothing to decide, when "Show only rows that differ" hides them at first.
        self._later: set[int] = (set(self.unchanged_rows) if self._hides_at_first()
                                 else set())
        for row, event in enumerate(self.events):
            self._fill_row(row, event)
        for row, event in enumerate(self.missing, len(self.events)):
            self._fill_missing_row(row, event)
        self.table.resizeColumnToContents(0)
        self.table.setWordWrap(False)  # a cut cell ends in "…" and its tooltip is whole
        # Wide enough for the longest dates, a range ("3 May 2024 – 5 May 2024") or a day
        # with a time ("1 September 2009, 10:30 UTC+02:00", verify53 F5: cut at "1
        # September 2009, …" while the Title had room): the 200 longest in characters
        # are measured, not every row (resizeColumnToContents asks each of 100 000 rows).
        metrics = self.table.fontMetrics()
        longest = heapq.nlargest(200, self._date_words, key=len)
        widest = max((metrics.horizontalAdvance(text) for text in longest), default=0) + 16
        self.table.setColumnWidth(1, max(self.DATE_LEAST, min(widest, self.DATE_MOST)))
        # The choices whole (their titles are cut to CHOICE_TITLE_LIMIT): verify25 read
        # 'Merge into "Treaty on Basic Relations signed" (…' in a 300 px column.
        if self._later:  # (the widest of the boxes left for later is made, and measured)
            self._make_choice(max(sorted(self._later)[:500], key=self._choice_words_length))
        combos = [self.table.cellWidget(row, 3) for row in range(min(500, len(self.events)))]
        choice_width = max((c.sizeHint().width() for c in combos if isinstance(c, QComboBox)),
                           default=0)
        header_width = self.table.horizontalHeader().sectionSizeHint(3)
        self.table.setColumnWidth(3, max(header_width, min(choice_width + 8, 460)))
        # "Differs" as wide as its widest mark, in bold as the marks of edited rows are:
        # Qt's own measure took the first rows' ("same"), and at 1366 × 768 the rows to
        # decide read "≠ particip…" and "not in the c…" (session 43, edit44).  The marks
        # are a few distinct words ("same", "new", "≠ date, end"): each measured once.
        bold = QFont(self.table.font())
        bold.setBold(True)
        marks = {self.table.item(row, 4).text() for row in range(self.table.rowCount())}
        widest = max((QFontMetrics(bold).horizontalAdvance(mark) for mark in marks),
                     default=0) + 16
        self.table.setColumnWidth(4, min(max(
            widest, self.table.horizontalHeader().sectionSizeHint(4), 90), 220))
        titles = [metrics.horizontalAdvance(self.table.item(row, 2).text()) + 16
                  for row in range(min(500, len(self.events)))]
        self._title_wanted = max(self.TITLE_LEAST, min(max(titles, default=0),
                                                       self.TITLE_MOST))
        self._fit_screen(parent)
        mark_current_cell(self.table)  # not Qt's frame around the "Add" cell's empty text
        self.table.verticalScrollBar().valueChanged.connect(self._build_in_sight)
        # Space ticks the current row from any column, as in the import review.
        SpaceTicksRow(self.table, lambda row: self.set_checked(
            self.record_of(row), not self.is_checked(self.record_of(row))))
        # As in the import review, Return on the table does what F2 does (a row's box
        # opens its list, the Add column's tick turns) and Ctrl+Return merges: Return on
        # a row merged every ticked row, the choices still to make not made (verify56
        # F12: four duplicates added as new events).
        ReturnEditsCell(self.table, 0, lambda row: self.set_checked(
            self.record_of(row), not self.is_checked(self.record_of(row))))
        KeysIntoBox(self.table)  # F2, Alt+↓ or F4 on a box's cell open its list
        # F2, Return or a double-click on a "no" cell chooses the event it repeats
        # ("Another event…", as in the import review; verify56 F13)
        KeysPickEvent(self.table, 3, lambda row: self.choose_other_event(self.record_of(row)))
        self.table.cellDoubleClicked.connect(
            lambda row, column: self.choose_other_event(self.record_of(row))
            if column == 3 and self.table.cellWidget(row, 3) is None else None)
        # an unticked row's box reads "Left out — tick to …" (verify56 F15)
        self.table.itemChanged.connect(self._tick_changed)
        # Fusion's unticked box is ~1.1:1 on the dark base: invisible (new-user trial 11).
        self.table.setStyle(VisibleCheckStyle(self.table))
        # As the import review has them (verify11: 1 000 events to untick one by one);
        # made before OK and Cancel: Tab reaches them in the order they read (fix63).
        self.all_button = QPushButton("Select &All", self)
        self.none_button = QPushButton("Select &None", self)
        self.next_button = QPushButton("Ne&xt Difference", self)
        self._make_sort_button()
        self.buttons, self.ok_button = ok_cancel_buttons(self, ok_keys=False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._merge_now)
        self.ok_button.setToolTip("Merge the ticked rows (Ctrl+Return from anywhere)")
        DefaultOutsideTable(self.table, self.ok_button)  # not framed where Return edits
        self.table.itemChanged.connect(self._update_button)
        self._update_button()
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        options = QHBoxLayout()
        options.addWidget(self.all_button)
        options.addWidget(self.none_button)
        options.addWidget(self.sort_button)
        options.addStretch(1)
        # The line under the table, as in the import review: why the current row is (or
        # is not) a duplicate and what a merge would change (verify18: the merge showed
        # neither).  Plain text: titles and names come from files.
        # (three lines kept, as the import review's line: a longer text makes it taller,
        # never shorter again, so a row does not move under the pointer after a choice —
        # verify59 F5: the line went from four lines to two, a row near the table's end
        # moved 10-30 px and her next click merged the wrong row)
        self.why_label = SteadyLabel(3, self, grow=True)
        self.why_label.setObjectName("mergeWhy")
        self.table.currentCellChanged.connect(
            lambda row, *_: self.why_label.setText(self.why_text(self.record_of(row))))
        self.table.currentCellChanged.connect(self._chain_through_row)
        self._add_difference_keys(options)
        first = self.rows_to_decide[0] if self.rows_to_decide and self.unchanged_rows else 0
        # (filled in date order: record and row are one until sorted)
        if self.table.rowCount():
            self.table.setCurrentCell(first, 2)
        # A click on a header sorts by its column (again: the other way); verify53 F12.
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)  # until sorted: the rows are in date order
        header.sectionClicked.connect(self._header_clicked)
        header.setToolTip("Click a column's header to sort the rows by it (again: the other "
                          "way); from the keyboard: Sort Rows (Alt+S)")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.unchanged_rows:
            layout.addWidget(self.only_differing)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why_label)
        layout.addLayout(options)
        layout.addWidget(self.buttons)
        # ("Show only rows that differ", its box seen in the dark theme too)
        self.only_differing.setStyle(VisibleCheckStyle(self.only_differing))
        if self.unchanged_rows:
            self.table.setFocus()
        self._initial_state = self._state()

    def _untold(self, event_id: str) -> frozenset[str]:
        """The fields the other file's event ``event_id`` has no place for: the file's
        (``untold``) and its entry's own (``untold_of``)."""
        return self.untold_of.get(event_id, self.untold)

    def _make_difference_toggle(self) -> None:
        """"Show only rows that differ or are new" (``only_differing``) and the rows it
        hides (``unchanged_rows``) and shows (``rows_to_decide``); wired, and shown or
        not, by ``_add_difference_keys``."""
        #: The rows whose event is this timeline's own (the same id) told the same:
        #: nothing to decide there (ticked, it merges "nothing").
        self.unchanged_rows = [row for row, event in enumerate(self.events)
                               if event.id in self.same_ids and not self._differences(row)]
        unchanged = frozenset(self.unchanged_rows)
        #: The others: edited in the copy, new, like an event here, or not in the copy.
        self.rows_to_decide = [row for row in range(len(self.events) + len(self.missing))
                               if row not in unchanged]
        self.only_differing = QCheckBox(
            f"Show only rows that &differ or are new ({counted(len(self.rows_to_decide), 'row')}"
            f"; {len(self.unchanged_rows)} the same as in this timeline hidden)", self)

    def _add_difference_keys(self, options: QHBoxLayout) -> None:
        """The ways to the rows that need a decision (``rows_to_decide``): "Show only rows
        that differ or are new", on when most rows are this timeline's own events unchanged
        (a copy of it sent back), and Next Difference (F3; Shift+F3 the one before).

        verify53 F12: a colleague's copy of 2 003 rows, 3 edited, 1 new and 1 deleted,
        was listed whole in date order; the edited rows were ~8, ~1 270 and ~1 670, with
        no way to them but scrolling for the bold "≠"."""
        self.only_differing.setObjectName("mergeOnlyDiffering")
        self.only_differing.setToolTip(
            "The rows of this timeline's own events told the same in the other file "
            "have nothing to decide: hidden while this is ticked")
        self.only_differing.toggled.connect(self.show_only_differing)
        self.next_button.setToolTip("The next row that differs, is new or is not in the "
                                    "other file (F3; Shift+F3: the one before)")
        self.next_button.setEnabled(bool(self.rows_to_decide))
        self.next_button.clicked.connect(lambda: self.go_to_difference(1))
        if self.unchanged_rows:
            options.insertWidget(2, self.next_button)
        else:  # every row is one to decide (another timeline's events): F3 alone
            self.only_differing.hide()
            self.next_button.hide()
        for keys, step in (("F3", 1), ("Shift+F3", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.go_to_difference(step))
        # on when most rows have nothing to decide: the copy sent back
        if self._hides_at_first():
            self.only_differing.setChecked(True)

    def _merge_now(self) -> None:
        """Ctrl+Return: Merge, when there is a ticked row to merge."""
        if self.ok_button.isEnabled():
            self.ok_button.click()

    def _hides_at_first(self) -> bool:
        """Whether "Show only rows that differ" is on when the dialog opens: most rows
        have nothing to decide (a copy of this timeline sent back)."""
        return bool(self.unchanged_rows) and len(self.unchanged_rows) * 2 > (
            len(self.events) + len(self.missing))

    def show_only_differing(self, on: bool) -> None:
        """Hide (``on``) or show the rows with nothing to decide (``unchanged_rows``); the
        current row stays, or, hidden, the first row to decide becomes current."""
        table = self.table
        table.setUpdatesEnabled(False)
        try:
            for record in self.unchanged_rows:
                table.setRowHidden(self.row_of(record), on)
        finally:
            table.setUpdatesEnabled(True)
        current = table.currentRow()
        if on and (current < 0 or table.isRowHidden(current)) and self.rows_to_decide:
            table.setCurrentCell(min(map(self.row_of, self.rows_to_decide)),
                                 max(0, table.currentColumn()))
        if table.currentRow() >= 0:
            table.scrollTo(table.model().index(table.currentRow(), 0))
        # ("Row N of the M shown" counts the rows shown: it changes with them)
        self.why_label.setText(self.why_text(self.record_of(table.currentRow())))
        self._build_in_sight()

    def go_to_difference(self, step: int = 1) -> int:
        """Make the next (``step`` 1) or previous (-1) row to decide current, after or
        before the current row as the table is sorted, round to the first or last;
        returns its record (``row_of``), -1 when none."""
        rows = sorted(map(self.row_of, self.rows_to_decide))
        if not rows:
            return -1
        current = self.table.currentRow()
        if step > 0:
            row = next((r for r in rows if r > current), rows[0])
        else:
            row = next((r for r in reversed(rows) if r < current), rows[-1])
        self.table.setCurrentCell(row, max(0, self.table.currentColumn()))
        self.table.scrollTo(self.table.model().index(row, 0),
                            QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()
        return self.record_of(row)

    # ------------------------------------------------------------------ sorting
    #: The Sort Rows menu's entries, a column each (``COLUMNS``' order).
    SORT_ENTRIES = ("&Add: Ticked First", "&Date", "&Title",
                    "Already in the Timeline? (&Merge or Keep Both)",
                    "D&iffers: Rows to Decide First")

    def _make_sort_button(self) -> None:
        """Sort Rows (Alt+S): the header's sorting by keyboard (edit44: the rows sorted
        by a click on a header only).  A column's entry sorts by it, the one sorted by
        now again sorts the other way, as a click on its header does; Reverse Order too.
        The entry of the column sorted by is ticked."""
        self.sort_button = QPushButton("&Sort Rows", self)
        self.sort_button.setObjectName("mergeSortRows")
        self.sort_button.setToolTip("Sort the rows by a column (as a click on its header; "
                                    "the column sorted by again: the other way)")
        menu = QMenu(self.sort_button)
        group = QActionGroup(menu)
        self.sort_actions: list[QAction] = []
        for column, text in enumerate(self.SORT_ENTRIES):
            action = menu.addAction(text)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _on=False, column=column:
                                     self._header_clicked(column))
            self.sort_actions.append(action)
        menu.addSeparator()
        self.reverse_action = menu.addAction("&Reverse Order")
        self.reverse_action.triggered.connect(
            lambda: self._header_clicked(self.table.horizontalHeader().sortIndicatorSection()))
        menu.aboutToShow.connect(self._update_sort_menu)
        self.sort_button.setMenu(menu)

    def _update_sort_menu(self) -> None:
        header = self.table.horizontalHeader()
        sorted_by = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
        for column, action in enumerate(self.sort_actions):
            action.setChecked(column == sorted_by)
        self.reverse_action.setEnabled(sorted_by >= 0)

    def row_of(self, record: int) -> int:
        """The table's row showing ``record`` (an index into ``events``, then into
        ``missing``): the same until the table is sorted."""
        return record if self._row_of_record is None else self._row_of_record[record]

    def record_of(self, row: int) -> int:
        """The record (see ``row_of``) the table's ``row`` shows; -1 for no row."""
        if row < 0 or self._record_of_row is None:
            return row
        return self._record_of_row[row]

    def _header_clicked(self, column: int) -> None:
        header = self.table.horizontalHeader()
        again = header.isSortIndicatorShown() and header.sortIndicatorSection() == column
        ascending = not again or header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder
        self.sort_by(column, Qt.SortOrder.AscendingOrder if ascending
                     else Qt.SortOrder.DescendingOrder)

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (a date by its day, "Differs" the rows to decide
        first, the Add column the ticked first, the others by their words), as a click on
        its header does; the current row, the rows hidden by "Show only rows that
        differ" and each row's choice go with it.  Sorted once: a tick or a choice made
        later does not move its row (the table does not sort itself)."""
        table = self.table
        current = self.record_of(table.currentRow())
        hidden = self.only_differing.isChecked() and bool(self.unchanged_rows)
        if column == 0:  # the Add column: its cells have no text; ticked first
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                item.setData(_SORT_ROLE, 0 if item.checkState() == Qt.CheckState.Checked
                             else 1)
        table.setUpdatesEnabled(False)
        try:
            table.sortItems(column, order)
            self._record_of_row = [table.item(row, 0).data(_RECORD_ROLE)
                                   for row in range(table.rowCount())]
            self._row_of_record = [0] * len(self._record_of_row)
            for row, record in enumerate(self._record_of_row):
                self._row_of_record[record] = row
            # (rows are hidden by position: hide the unchanged ones where they are now)
            for row in range(table.rowCount()):
                table.setRowHidden(row, False)
            if hidden:
                for record in self.unchanged_rows:
                    table.setRowHidden(self.row_of(record), True)
        finally:
            table.setUpdatesEnabled(True)
        header = table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        if current >= 0:
            table.setCurrentCell(self.row_of(current), max(0, table.currentColumn()))
            table.scrollTo(table.model().index(self.row_of(current), 0),
                           QAbstractItemView.ScrollHint.PositionAtCenter)
        self.why_label.setText(self.why_text(current))  # (its "Row N" has moved)
        self._build_in_sight()

    def _fit_screen(self, parent: QWidget | None) -> None:
        """The dialog wide enough for every column at its width (the Title up to
        ``TITLE_MOST``), within the screen's available width less 40 px, at least 900 px
        (its size before); on a screen too narrow the Date and the choices give way
        first, down to ``DATE_LEAST`` and ``CHOICE_LEAST``, so the Title keeps
        ``TITLE_LEAST`` and "Differs" stays in sight.

        At 900 px the Title was ~95 px ("Independenc…") and "Differs" was off to the
        right behind a scroll bar, past a 290 px date range and a 415 px choice
        (verify30, fault 8)."""
        from timeline_app.ui.main_window import available_screen_area  # tests replace it

        table = self.table
        others = [table.columnWidth(c) for c in (0, 1, 3, 4)]
        wanted = sum(others) + self._title_wanted + self.CHROME
        room = available_screen_area(parent if parent is not None else self)
        most = room.width() - 40 if room is not None else wanted
        width = max(min(900, most), min(wanted, most))
        self.resize(width, self.height())
        over = sum(others) + self.TITLE_LEAST + self.CHROME - width
        for column, least in ((3, self.CHOICE_LEAST), (1, self.DATE_LEAST)):
            if over <= 0:
                break
            give = min(over, max(0, table.columnWidth(column) - least))
            table.setColumnWidth(column, table.columnWidth(column) - give)
            over -= give

    def _adds_facts(self, event: Event) -> bool:
        """Whether ``event`` likely repeats an event of this timeline (not its own, the
        same id) into which a merge would bring something it lacks (``merge_changes``: a
        place, a summary, a finer date, an end, participants, a status), and Merge is its
        first choice: then the row starts ticked, so that nothing it tells is dropped
        without a word (verify56 F15)."""
        match = self.duplicates.get(event.id)
        if match is None or not match.likely or event.id in self.same_ids:
            return False
        return bool(merge_changes(match.existing, event,
                                  self.title_by_hand(match.existing.id), keep_summaries=True))

    def _columns_words(self) -> str:
        """" It has no Summary column: …" and " Not read: its column “Desk note” …", or "",
        for the intro (verify61 F13, F18)."""
        from timeline_app.words import shortened

        words = ""
        shown = {"summary": "Summary", "place": "Place", "participants": "Participants",
                 "lane": "Category", "status": "Status", "end": "End"}
        lacking = [shown[name] for name in shown if name in self.untold]
        if lacking:
            words += (f" It has no {', '.join(lacking)} column"
                      f"{'s' if len(lacking) > 1 else ''}: what this timeline says there "
                      "is kept, and not told as a difference.")
        if self.columns_not_read:
            names = ", ".join(f"“{shortened(name, 40)}”" for name in self.columns_not_read[:6])
            more = len(self.columns_not_read) - 6
            many = len(self.columns_not_read) > 1
            words += (f" Not read: its column{'s' if many else ''} {names}"
                      + (f" and {more} more" if more > 0 else "")
                      + f" (no field of this app holds {'them' if many else 'it'}).")
        if self.rows_left_out:
            many = len(self.rows_left_out) > 1
            words += (f" {counted(len(self.rows_left_out), 'row')} of it could not be read "
                      f"and {'are' if many else 'is'} left out"
                      + (": their events here are kept" if self.ids_left_out else "")
                      + " — " + "; ".join(shortened(row.rstrip(". "), 90)
                                          for row in self.rows_left_out[:3])
                      + ("…" if len(self.rows_left_out) > 3 else ""))
            words += "" if words.endswith("…") else "."
        return words

    def _whether(self, event: Event) -> bool:
        """Whether ``event`` is a likely duplicate whose telling and the existing event's
        disagree on whether it took place (``core.occurrence``)."""
        match = self.duplicates.get(event.id)
        return match is not None and match.likely and event.id not in self.same_ids and bool(
            occurrence_disagreement(match.existing, event))

    def _differences(self, record: int) -> list[str]:
        """``differences`` of record ``record`` (an event of the other file with a match
        here) from the event it repeats, computed once."""
        found = self._differs.get(record)
        if found is None:
            event = self.events[record]
            found = self._differs[record] = differences(
                self.duplicates[event.id].existing, event, self._untold(event.id))
        return found

    def _fill_row(self, row: int, event: Event) -> None:
        """``row``'s cells for ``event`` (record ``row``: the rows are filled in date
        order); its Merge / Keep both box now, or, for a row hidden by "Show only rows
        that differ", when it is first in sight (``_build_in_sight``)."""
        match = self.duplicates.get(event.id)
        likely = match is not None and match.likely
        # a likely duplicate that says the event did not take place where this timeline
        # has it held (or the other way round) is ticked, merged as disputed (session 35);
        # one that adds what its event lacks is ticked, to merge (verify56 F15)
        whether = match is not None and likely and self._whether(event)
        self._fill_event_cells(row, event, (not likely or whether or event.id in self._adding)
                               and event.id not in self.gone)
        if match is None and event.id in self.gone:  # (deleted here since: ``gone``)
            cell = _SortItem("deleted here")
            cell.setToolTip("You deleted this event here after the copy was made: ticked, "
                            "it is added again")
            self.table.setItem(row, 3, cell)
            self.table.setItem(row, 4, self._differs_mark(row, None))
            return
        if match is None:
            self.table.setItem(row, 3, self._no_cell())
            self.table.setItem(row, 4, self._differs_mark(row, None))
            return
        self.table.setItem(row, 4, self._differs_mark(row, match))
        # (an item under the box, for sorting by the choice's words)
        under = _SortItem()
        self.table.setItem(row, 3, under)
        if row in self._later:
            # A row with nothing to decide, hidden: its box is made when in sight.  Made
            # for each of 2 003 rows (a colleague's copy, 5 to decide), the boxes and
            # their tooltips were ~0.8 s of the dialog's ~1.6 s CPU (session 43, edit44).
            # (sorted by its first choice's words, "Merge into “…” (date)": as made)
            under.setData(_SORT_ROLE, (
                f"merge into “{display_title(match.existing.title, self.CHOICE_TITLE_LIMIT)}"
                f"” ({match.existing.date.describe()})").casefold())
            return
        self._make_choice(row)

    def _offers(self, record: int) -> tuple[list[tuple[str, str, str]], str, str]:
        """Record ``record``'s choices (words, value, tooltip), the one chosen at first,
        and the two tellings' ``disagreement``."""
        event = self.events[record]
        match = self.duplicates[event.id]
        likely = match.likely
        differ = self._differences(record)
        # The title cut inside the choice so that its verb stays readable; the whole one
        # is in each choice's tooltip and in the line under the table.
        whole = display_title(match.existing.title)  # laid out in a tooltip: capped
        short = display_title(match.existing.title, self.CHOICE_TITLE_LIMIT)
        when = match.existing.date.describe()
        same_id = event.id in self.same_ids
        merge_words = ("Merged here into" if event.id in self.gone else "Merge into")
        offers = [(f"{merge_words} “{short}” ({when})", self.MERGE,
                   f"{merge_words} “{whole}” ({when})"),
                  (f"Keep both (“{short}” stays)", self.KEEP_BOTH,
                   f"Keep both (“{whole}” stays)")]
        disputed = disagreement(match.existing, event)
        if disputed:
            offers.append((f"Merge, disputed (“{short}”)", self.MERGE_DISPUTED,
                           f"Merge into “{whole}” ({when}) and mark it Disputed: {disputed}"))
        if same_id and differ:
            offers.append((f"Take its edits (≠ {', '.join(differ)})", self.TAKE_EDITS,
                           f"“{whole}” ({when}) takes the {', '.join(differ)} of this copy"))
        if not same_id:
            offers.append(("Another event…", self.PICK,
                           "Choose which event of this timeline it repeats"))
        # a possible duplicate is added; a likely one told as held and as called off is
        # merged Disputed (session 35); an edited copy's event takes its edits
        first = (self.TAKE_EDITS if same_id and differ else
                 self.MERGE_DISPUTED if likely and disputed.startswith(WHETHER) else
                 self.MERGE if likely or record in self._picked else self.KEEP_BOTH)
        return offers, first, disputed

    def _make_choice(self, row: int) -> QComboBox:
        """Record ``row``'s Merge / Keep both box, in its row (``row_of``)."""
        event = self.events[row]
        match = self.duplicates[event.id]
        likely = match.likely
        offers, first, disputed = self._offers(row)
        choice = DuplicateBox(self.table)  # (a RowBox: the wheel scrolls the table, F22)
        for words, value, tip in offers:
            choice.addItem(words, value)
            choice.setItemData(choice.count() - 1, tooltip_text(tip),
                               Qt.ItemDataRole.ToolTipRole)
        choice.setCurrentIndex(choice.findData(first))
        self._later.discard(row)
        self._first.setdefault(row, first)
        # The choice shown before "Another event…" was chosen: shown again (the chooser
        # decides what the row becomes)
        choice.setProperty("shown", choice.currentIndex())
        choice.currentIndexChanged.connect(
            lambda index, c=choice: c.itemData(index) != self.PICK
            and c.setProperty("shown", index))
        # A choice made is a choice to add the row: it ticks it.
        choice.activated.connect(lambda _index, row=row, c=choice: self._choose(row, c))
        changes = _changes_in_words(match.existing, event,
                                    self.title_by_hand(match.existing.id))
        # Tooltips are rich text, and the reason quotes shared names from the file.
        picked = row in self._picked
        choice.setToolTip(tooltip_text(
            ("You chose it as the event this row repeats.\n" if picked else
             f"{'Likely' if likely else 'Possibly'} the same event: {match.reason}.\n")
            + f"Merge would change it: {changes}"
            + (f"\nThe two disagree — {disputed}: “…, disputed” merges it and marks the "
               "event Disputed." if disputed else "")))
        choice.setAccessibleName(f"Row {row + 1} is already in this timeline: merge or keep both")
        choice.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab: the current row's only
        # ↑ / ↓ / Page keys in the box with its list closed go back to the table, on the
        # row above or below: ↓ after a choice changed it back to "Keep both" (verify56 F12).
        BoxKeysBackToTable(choice, self.table, 2)
        at = self.row_of(row)
        under = self.table.item(at, 3)
        if under is not None:
            under.setData(_SORT_ROLE, choice.currentText().casefold())
        # (a row merged here since reads "Merged here into …" ticked or not: ``gone``)
        choice.set_left_out(not self.is_checked(row) and event.id not in self.gone)
        self.table.setCellWidget(at, 3, choice)
        return choice

    @staticmethod
    def _no_cell() -> QTableWidgetItem:
        """The "Already in the timeline?" cell of a row that repeats no event here."""
        cell = _SortItem("no")
        cell.setToolTip("Not like any event of this timeline: added as a new event. F2, "
                        "Return or a double-click chooses the event it tells, if it is one")
        return cell

    def _choose(self, record: int, choice: QComboBox) -> None:
        """A choice made in record ``record``'s box: "Another event…" opens the chooser
        (the box showing what it showed); Keep both on a row whose event the person chose
        gives the dialog's own proposal back (``_unpick``); any other ticks the row."""
        if choice.currentData() == self.PICK:
            choice.setCurrentIndex(int(choice.property("shown") or 0))
            self.choose_other_event(record)
            return
        if record in self._picked and choice.currentData() == self.KEEP_BOTH:
            self._unpick(record)
            return
        self.set_checked(record, True)
        if record == self.record_of(self.table.currentRow()):
            self.why_label.setText(self.why_text(record))

    def _tick_changed(self, item: QTableWidgetItem) -> None:
        """A row ticked or unticked: its box reads its choice, or "Left out — tick to …"."""
        if item.column() != 0:
            return
        box = self.table.cellWidget(item.row(), 3)
        if isinstance(box, DuplicateBox):
            box.set_left_out(item.checkState() != Qt.CheckState.Checked
                             and self.events[self.record_of(item.row())].id not in self.gone)

    # -- "Another event…": the event a row repeats, chosen by hand (verify56 F13) --------
    def choose_other_event(self, record: int) -> bool:
        """Open the chooser of this timeline's events for record ``record`` ("Another
        event…" in its box; F2, Return or a double-click on its "no" cell): the event
        chosen is the one it merges into (``pick_event``).  False when not opened (no
        such row, a row of this timeline's own events or not in the copy, a timeline
        with no events, or a chooser open already)."""
        if (not 0 <= record < len(self.events) or not self._existing
                or self.events[record].id in self.same_ids or self.event_chooser is not None):
            return False
        event = self.events[record]
        match = self.duplicates.get(event.id)
        taken = {}
        for other, its in enumerate(self.events):
            found = self.duplicates.get(its.id)
            if (other != record and found is not None and self.is_checked(other)
                    and self._chosen(other) in (self.MERGE, self.MERGE_DISPUTED,
                                                self.TAKE_EDITS)):
                taken[found.existing.id] = f"row {self.row_of(other) + 1} merges into it"
        heading = (f"{self.row_words(record)}, “{display_title(event.title, 200)}” "
                   f"({dates_in_words(event.date, event.end)}): which event of this timeline "
                   "does it tell? The row is merged into the one you choose (Keep both in "
                   "its box undoes it).")
        chooser = EventChooser(list(self._existing.values()), event.date,
                               match.existing.id if match is not None else None,
                               taken, heading, self)
        chooser.setWindowModality(Qt.WindowModality.WindowModal)
        chooser.finished.connect(lambda code: self._chooser_closed(record, chooser, code))
        self.event_chooser = chooser
        chooser.open()
        return True

    def _chooser_closed(self, record: int, chooser: EventChooser, code: int) -> None:
        self.event_chooser = None
        chooser.deleteLater()
        if code == QDialog.DialogCode.Accepted and chooser.chosen is not None:
            self.pick_event(record, chooser.chosen)
        self.table.setCurrentCell(self.row_of(record), 3)  # back where the keys were
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def pick_event(self, record: int, event_id: str) -> None:
        """Merge record ``record`` into this timeline's event ``event_id``, chosen by hand:
        the row is ticked with Merge chosen ("Merge, disputed" offered where the two
        disagree).  Choosing the event the dialog proposed is choosing its Merge.  Raises
        KeyError for an id not in this timeline."""
        existing = self._existing[event_id]
        event = self.events[record]
        proposal = self._picked.get(record, self.duplicates.get(event.id))
        if record in self._picked and proposal is not None \
                and proposal.existing.id == event_id:
            del self._picked[record]
            match = proposal
        elif record not in self._picked and proposal is not None \
                and proposal.existing.id == event_id:
            match = proposal
        else:
            self._picked.setdefault(record, proposal)
            match = DuplicateMatch(event, existing, 0.0, "you chose it", likely=True)
        self._set_match(record, match)
        self.set_duplicate_choice(record, self.MERGE)

    def _unpick(self, record: int) -> None:
        """Keep both on a row whose event the person chose: the dialog's own proposal is
        shown again with Keep both chosen, or the row is "no" again; ticked, it is added."""
        proposal = self._picked.pop(record)
        self._set_match(record, proposal)
        if proposal is not None:
            box = self._choice_of(record)
            if box is not None:
                box.setCurrentIndex(box.findData(self.KEEP_BOTH))
        self.set_checked(record, True)
        if record == self.record_of(self.table.currentRow()):
            self.why_label.setText(self.why_text(record))

    def _differs_mark(self, record: int, match: DuplicateMatch | None) -> QTableWidgetItem:
        """Record ``record``'s "Differs" cell: "new" (no ``match``), else "≠ title, date"
        (bold) or "same", sorted by kind, its tooltip naming the event it repeats."""
        if match is None:
            mark = _SortItem("new")
            mark.setData(_SORT_ROLE, (_DIFFERS_ORDER["new"], record))
            mark.setToolTip("Not in the open timeline: added as a new event")
            return mark
        differ = self._differences(record)
        mark = _SortItem("≠ " + ", ".join(differ) if differ else "same")
        mark.setData(_SORT_ROLE, (_DIFFERS_ORDER["≠" if differ else "same"], record))
        existing_title = display_title(match.existing.title)
        mark.setToolTip(tooltip_text(
            f"Differs from “{existing_title}” in its {', '.join(differ)}" if differ else
            f"The same as “{existing_title}” (its sources aside)"))
        if differ:
            font = mark.font()
            font.setBold(True)
            mark.setFont(font)
        return mark

    def _set_match(self, record: int, match: DuplicateMatch | None) -> None:
        """Record ``record`` repeats ``match.existing`` now (None: no event): its box and
        its "Differs" mark made again."""
        event = self.events[record]
        at = self.row_of(record)
        self._differs.pop(record, None)
        self._later.discard(record)
        old = self.table.cellWidget(at, 3)
        if old is not None:
            old.hide()  # (replaced, deleted later: it was painted until then)
            self.table.removeCellWidget(at, 3)
        if match is None:
            self.duplicates.pop(event.id, None)
            self.table.setItem(at, 3, self._no_cell())
            self.table.setItem(at, 4, self._differs_mark(record, None))
            return
        self.duplicates[event.id] = match
        self.table.setItem(at, 3, _SortItem())
        self.table.setItem(at, 4, self._differs_mark(record, match))
        box = self._make_choice(record)
        if at == self.table.currentRow():  # (the current row's box is in the Tab chain)
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _choice_words_length(self, record: int) -> int:
        """The characters of record ``record``'s "Merge into “…” (date)" choice."""
        existing = self.duplicates[self.events[record].id].existing
        return (len(display_title(existing.title, self.CHOICE_TITLE_LIMIT))
                + len(existing.date.describe()))

    def _choice_of(self, record: int) -> QComboBox | None:
        """Record ``record``'s Merge / Keep both box (made now if it was left for later),
        or None (a new row, a row not in the copy)."""
        if record in self._later:
            return self._make_choice(record)
        box = self.table.cellWidget(self.row_of(record), 3)
        return box if isinstance(box, QComboBox) else None

    def _chosen(self, record: int) -> str | None:
        """Record ``record``'s choice (``MERGE``, ``KEEP_BOTH``…), None without a box; a
        box left for later has its first choice (``_offers``), its box not made."""
        if record in self._later:
            return self._offers(record)[1]
        box = self.table.cellWidget(self.row_of(record), 3)
        return box.currentData() if isinstance(box, QComboBox) else None

    def _build_in_sight(self, *_args: object) -> None:
        """Make the boxes left for later (``_later``) of the rows now in sight."""
        if not self._later:
            return
        table = self.table
        top = table.rowAt(0)
        bottom = table.rowAt(table.viewport().height() - 1)
        top = 0 if top < 0 else top
        bottom = table.rowCount() - 1 if bottom < 0 else bottom
        for row in range(top, bottom + 1):
            record = self.record_of(row)
            if record in self._later and not table.isRowHidden(row):
                self._make_choice(record)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._build_in_sight()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if hasattr(self, "table"):
            self._build_in_sight()

    def _fill_event_cells(self, row: int, event: Event, checked: bool) -> None:
        """``row``'s tick, date and title cells for ``event``."""
        check = _SortItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        check.setData(_RECORD_ROLE, row)  # (the row as filled: ``record_of``)
        self.table.setItem(row, 0, check)
        # An event that lasts shows its end too (verify18: "3 May 2024" for 3-5 May).
        when = dates_in_words(event.date, event.end)
        self._date_words.append(when)
        date = _SortItem(when)
        date.setToolTip(tooltip_text(when))
        date.setData(_SORT_ROLE, (date_sort_number(event.date), row))
        self.table.setItem(row, 1, date)
        self.table.setItem(row, 2, _SortItem(display_title(event.title, 1_000)))

    def _fill_missing_row(self, row: int, event: Event) -> None:
        """A row for an event of this timeline the other file (a copy of it) lacks:
        unticked; ticked, the event is deleted here (``outcome``'s ``deletes``)."""
        self._fill_event_cells(row, event, False)
        self.table.item(row, 0).setToolTip("Tick to delete this event here too")
        self.table.setItem(row, 3, _SortItem("only here: delete it?"))
        mark = _SortItem("not in the copy")
        mark.setData(_SORT_ROLE, (_DIFFERS_ORDER["not in the copy"], row))
        mark.setToolTip("This timeline has it, the other file (a copy of it) does not: "
                        "ticked, it is deleted here")
        font = mark.font()
        font.setItalic(True)
        mark.setFont(font)
        self.table.setItem(row, 4, mark)

    def _chain_through_row(self, row: int, _column: int = 0, before: int = -1,
                           *_rest: int) -> None:
        """Only the current row's Merge / Keep both box is in the Tab chain, as in the
        import review: every row's was (fix63), 1 000 Tab presses through a 1 000-event
        merge before Select All."""
        if self.record_of(row) in self._later:
            self._make_choice(self.record_of(row))
        for at, policy in ((before, Qt.FocusPolicy.ClickFocus),
                           (row, Qt.FocusPolicy.StrongFocus)):
            box = self.table.cellWidget(at, 3) if at >= 0 else None
            if box is not None:
                box.setFocusPolicy(policy)

    def row_words(self, record: int) -> str:
        """How the line under the table names ``record``'s row: "Row 7", its place in
        the table as sorted; with rows hidden ("Show only rows that differ"), its place
        among the rows shown and how many are: "Row 2 of the 5 shown" (edit44: "Row
        1271" of a table showing 5 rows counted the hidden ones).  "" for no row."""
        row = self.row_of(record)
        if row < 0:
            return ""
        if not (self.unchanged_rows and self.only_differing.isChecked()):
            return f"Row {row + 1}"
        hidden = [self.row_of(other) for other in self.unchanged_rows]
        before = sum(1 for at in hidden if at < row)
        shown = self.table.rowCount() - len(hidden)
        return f"Row {row - before + 1} of the {shown} shown"

    def why_text(self, row: int) -> str:
        """The line under the table while record ``row`` is current: its
        ``duplicate_text``, or "" when its row is hidden ("Show only rows that differ"):
        with no row shown the current row is a hidden one, and the line said "Row 1 of
        the 0 shown looks like …" under the empty table (verify78 F9)."""
        at = self.row_of(row) if 0 <= row < len(self.events) + len(self.missing) else -1
        return "" if at >= 0 and self.table.isRowHidden(at) else self.duplicate_text(row)

    def duplicate_text(self, row: int) -> str:
        """The line under the table for ``row`` (-1: none): the existing event it repeats,
        why, and what a merge would change; or that it repeats none."""
        if 0 <= row - len(self.events) < len(self.missing):
            gone = self.missing[row - len(self.events)]
            return (f"{self.row_words(row)}, “{display_title(gone.title, 200)}” "
                    f"({dates_in_words(gone.date, gone.end)}), is in this timeline but not in "
                    "the other file, a copy of it: deleted there, or added here since. "
                    "Tick it to delete it here too; unticked, it stays.")
        if not 0 <= row < len(self.events):
            return ""
        event = self.events[row]
        match = self.duplicates.get(event.id)
        reading, _into = self.gone.get(event.id, (None, None))
        if reading is not None:
            day = FuzzyDate.of_day(reading.on).describe()
            return (f"{self.row_words(row)}: you deleted this event here on {day}, after "
                    "the other file was copied from this timeline. Tick it to add it again."
                    if match is None else
                    f"{self.row_words(row)}: you merged this event here into "
                    f"“{display_title(match.existing.title, 200)}” "
                    f"({dates_in_words(match.existing.date, match.existing.end)}) on {day}, "
                    "after the other file was copied from this timeline; that event cites "
                    "its sentence. Unticked, it stays merged; “Keep both” adds it again.")
        if match is None:
            return (f"{self.row_words(row)} is not like any event already in the "
                    "timeline. If it tells one, F2 (or a double-click) on its “no” chooses "
                    "which, to merge it into it.")
        disputed = disagreement(match.existing, event)
        value = self._chosen(row)
        chosen = value == self.MERGE_DISPUTED
        changes = _changes_in_words(match.existing, event, self.title_by_hand(match.existing.id))
        if row in self._picked:
            existing = match.existing
            return (f"{self.row_words(row)}: you chose “{display_title(existing.title, 200)}” "
                    f"({dates_in_words(existing.date, existing.end)}) as the event it tells. "
                    f"Merge changes that event: {changes}; Keep both undoes the choice."
                    + (f" The two disagree — {disputed}: choose “Merge, disputed” to mark "
                       "the event Disputed." if disputed and not chosen else ""))
        # an edited copy's event: what taking its edits changes, said first when chosen
        edits = (edits_in_words(match.existing, event, self._untold(event.id))
                 if event.id in self.same_ids else "")
        taking = value == self.TAKE_EDITS
        chosen_edits = f"“Take its edits” (chosen) changes: {edits}. " if taking else ""
        return chosen_edits + duplicate_words(self.row_of(row), match, changes,
                                              self.row_words(row)) + (
            f" “Take its edits” changes: {edits}." if edits not in ("", "nothing")
            and not taking else "") + (
            f" The two disagree — {disputed}: the event is marked Disputed." if chosen else
            f" The two disagree — {disputed}: choose “Merge, disputed” to merge it and mark "
            "the event Disputed." if disputed else "")

    def _check_all(self, checked: bool) -> None:
        for row in range(self.table.rowCount()):
            self.set_checked(row, checked)

    def _state(self) -> tuple[tuple[bool, object], ...]:
        """What the person can change: each row's tick and its merge / keep both choice."""
        rows = []
        for row in range(self.table.rowCount()):  # (in record order: a sort is no change)
            # (a box left for later has its first choice: no change, none made for it)
            value = None if row in self._later else self._chosen(row)
            rows.append((self.is_checked(row),
                         None if value is not None and value == self._first.get(row)
                         else value))
        return tuple(rows)

    def has_changes(self) -> bool:
        """True when the person ticked, unticked or chose anything since the dialog opened."""
        return self._state() != self._initial_state

    def reject(self) -> None:
        """Esc and Cancel: a stray Esc must not lose the ticks chosen (verify11: Esc after
        unticking two rows closed the dialog without a word); asked as the import review
        and the article dialog ask."""
        if not self.has_changes() or prompts.ask_discard(
                self, "Discard your choices?",
                "Closing drops the ticks and merge choices made here. Nothing has been "
                "merged yet."):
            super().reject()

    def _update_button(self, *_args: object) -> None:
        n = sum(self.is_checked(row) for row in range(self.table.rowCount()))
        # Alt+M as every other button of the dialog has its letter (verify16, notes).
        self.ok_button.setText(f"&Merge {n}" if n else "&Merge")
        self.ok_button.setEnabled(n > 0)

    def is_checked(self, row: int) -> bool:
        """Whether record ``row`` (``row_of``: the table's row until sorted) is ticked."""
        return self.table.item(self.row_of(row), 0).checkState() == Qt.CheckState.Checked

    def set_checked(self, row: int, checked: bool) -> None:
        """Tick or untick record ``row`` (``row_of``)."""
        self.table.item(self.row_of(row), 0).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_duplicate_choice(self, row: int, value: str) -> None:
        """Choose ``value`` (``MERGE``, ``KEEP_BOTH``, ``MERGE_DISPUTED`` or ``TAKE_EDITS``)
        for record ``row`` (``row_of``) as the person does in its drop-down: the row is
        ticked."""
        choice = self._choice_of(row)
        assert choice is not None
        index = choice.findData(value)
        choice.setCurrentIndex(index)
        choice.activated.emit(index)

    def outcome(self) -> ReviewOutcome:
        """The ticked events (unchanged) and which of them merge into which existing event."""
        events: list[Event] = []
        merges: dict[str, str] = {}
        disputed: set[str] = set()
        edits: set[str] = set()
        for row, event in enumerate(self.events):
            if not self.is_checked(row):
                continue
            chosen = self._chosen(row)
            if chosen == self.TAKE_EDITS:  # (what the copy has no place for stays)
                event = told_as_here(self.duplicates[event.id].existing, event,
                                     self._untold(event.id))
            events.append(event)
            if chosen in (self.MERGE, self.MERGE_DISPUTED, self.TAKE_EDITS):
                merges[event.id] = self.duplicates[event.id].existing.id
                if chosen == self.MERGE_DISPUTED:
                    disputed.add(event.id)
                elif chosen == self.TAKE_EDITS:
                    edits.add(event.id)
        deletes = tuple(event.id for row, event in enumerate(self.missing, len(self.events))
                        if self.is_checked(row))
        return ReviewOutcome(Source("merge", title=self.other.title), events, False, merges,
                             frozenset(disputed), takes_edits=frozenset(edits),
                             deletes=deletes)
