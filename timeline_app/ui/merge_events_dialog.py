"""Edit → Merge Selected Events: whose title, date and place the merged event keeps, its
lane when the events are in different lanes (the kept title's at first), and its status
(how its claim stands: "Disputed" is offered when the dates told differ between articles;
dates told differently in one article are said so, with no offer).

Everything else is kept from every event (``core.merge.merge_into_one``): the first
event's id, all participants, all source sentences, the summaries that differ.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from timeline_app.core import Event
from timeline_app.core.dates import describe_range
from timeline_app.core.duplicates import held_title_among, tells_not_yet
from timeline_app.core.merge import (
    date_source,
    dated_by_hand,
    disagreeing_dates,
    merged_participants,
    merged_status,
)
from timeline_app.core.occurrence import not_held_words
from timeline_app.core.status import DISPUTED
from timeline_app.ui.dialog_buttons import ok_cancel_buttons
from timeline_app.ui.safe_text import display_title, kind_of
from timeline_app.ui.status_choice import chosen_status, status_combo
from timeline_app.ui.style import category_label
from timeline_app.words import counted


def kept_words(events: Sequence[Event]) -> str:
    """What the merge keeps of every event, in words (the dialog's note)."""
    first = events[0]
    people = len(merged_participants(events))
    def cited(kind: str) -> int:  # (a reference or a link is no sentence: verify53 F17)
        return len({" ".join(e.sentence.split()) for event in events for e in event.evidence
                    if kind_of(e) == kind})

    kept = [counted(people, 'participant') if people else "",
            *(counted(n, words) for kind, words in (("", "source sentence"),
                                                    ("reference", "reference"),
                                                    ("link", "link"))
              if (n := cited(kind))),
            "every summary" if any(event.summary for event in events) else ""]
    kept_text = ", ".join(k for k in kept if k)
    lane = (f"in lane {category_label(first.category)}" if _one_lane(events) else
            "in the lane chosen below (the kept title's at first)")
    return (f"The {len(events)} events become one, {lane}"
            + (f"; it keeps all their {kept_text}" if kept_text else "")
            + ". Edit → Undo (Ctrl+Z) gives them back as they were.")


def _one_lane(events: Sequence[Event]) -> bool:
    return len({event.category for event in events}) == 1


class MergeEventsDialog(QDialog):
    """Chooses the title, date and place of the merged event among the events' own (the
    first selected event's at first — another's title telling the happening held where
    the first's tells a plan or a postponement, ``held_title_among`` —; for the place, the
    first selected event's that has one), and its lane when they are in more than one:
    the lane of the title chosen, until a lane is chosen by hand (verify66 F11: the held
    "… visits Suva" kept the lane Event of the first selected "… arrives in Suva
    (scheduled)")."""

    def __init__(self, events: Sequence[Event], parent: QWidget | None = None,
                 told_by: Callable[[Event], str] | None = None) -> None:
        """``told_by``: who told an event's date ("AFP", ``Document.date_teller``), named
        beside each date and each date told otherwise; ``None``: nobody is named."""
        super().__init__(parent)
        self._told_by = told_by
        self.setObjectName("mergeEventsDialog")
        self.setWindowTitle(f"Merge {len(events)} events")
        self.setMinimumWidth(480)
        note = QLabel(kept_words(events), self)
        note.setObjectName("mergeNote")
        note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes lane names from files
        note.setWordWrap(True)
        form = QFormLayout()

        def choice(label: str, texts: list[str]) -> QComboBox:
            box = QComboBox(self)  # its items are plain text
            for number, text in enumerate(texts, 1):
                box.addItem(f"{number}. {text}")
            form.addRow(label, box)
            return box

        self.title_box = choice("&Title:", [display_title(e.title, 80) for e in events])
        # The first selected tells a plan or a postponement, another the happening held:
        # that one's title at first, said (verify58 F12: "… (postponed from 16 March)"
        # stayed on the meeting held).
        self.title_note = QLabel(self)
        self.title_note.setObjectName("mergeTitleNote")
        self.title_note.setTextFormat(Qt.TextFormat.PlainText)  # titles from articles
        self.title_note.setWordWrap(True)
        held = held_title_among(events)
        self._held = held
        if held is not None:
            self.title_box.setCurrentIndex(held)
        self.title_note.setVisible(held is not None)
        form.addRow("", self.title_note)
        # The lane: offered when the events are in more than one; the kept title's event's
        # (it says what kind of happening this is) until one is chosen here.
        self.lane_box = choice("&Lane:", [category_label(e.category) for e in events])
        self.lane_box.setCurrentIndex(self.title_box.currentIndex())
        several_lanes = not _one_lane(events)
        self.lane_box.setVisible(several_lanes)
        label = form.labelForField(self.lane_box)
        if label is not None:
            label.setVisible(several_lanes)
        self._lane_by_hand = False
        self.lane_box.activated.connect(self._lane_chosen)
        self.title_box.currentIndexChanged.connect(self._lane_follows_title)
        # each date with who told it: a fact-checker weighs two outlets' dates by who
        # gave them (verify42 F8: "1. 12 December 2026" / "2. 10 December 2026" alone)
        # (a date a person set is said so, credited to no article: verify70 F6)
        self.date_box = choice("&Date:", [self._told(describe_range(e.date, e.end), e, " \u2014 ")
                                          if not dated_by_hand(e) else
                                          f"{describe_range(e.date, e.end)} \u2014 "
                                          f"{dated_by_hand(e)}" for e in events])
        # A plan merged with its outcome: the held telling's title brings its date (the
        # day it took place), while no date is chosen by hand (verify72 F11: "Congress
        # approves …" kept the plan's 29 November, the vote held on the 30th "told
        # otherwise").
        self._events = list(events)
        self._date_by_hand = False
        self.date_box.activated.connect(self._date_chosen)
        if held is not None:
            self.date_box.setCurrentIndex(self._date_of_title(held))
            self.title_box.currentIndexChanged.connect(self._date_follows_title)
            self._say_held_choice()
        # The dates not kept that disagree with the one chosen: the merged event's basis
        # names them (verify37 F15), said here before OK.
        self.date_note = QLabel(self)
        self.date_note.setObjectName("mergeDateNote")
        self.date_note.setTextFormat(Qt.TextFormat.PlainText)
        self.date_note.setWordWrap(True)
        form.addRow("", self.date_note)
        self.place_box = choice("&Place:", [display_title(e.location, 80) or "(no place)"
                                            for e in events])
        # The first place known, not "(no place)": OK at once must not drop the place the
        # other event gives (verify31 F10: "Bergen, Norway" was lost to "(no place)").
        placed = [number for number, event in enumerate(events) if event.location.strip()]
        if placed:
            self.place_box.setCurrentIndex(placed[0])
        # How the merged claim stands: the first status given, or the one chosen.  When
        # the dates told differ (verify42 F9: five outlets, different dates of the truce
        # talks), "Disputed" is offered under it, never chosen for the person: whether
        # the outlets dispute the date or one of them slipped is theirs to say.
        self.status_box = status_combo(merged_status(events), self)
        form.addRow("Stat&us:", self.status_box)
        self.status_note = QLabel(self)
        self.status_note.setObjectName("mergeStatusNote")
        self.status_note.setTextFormat(Qt.TextFormat.PlainText)
        self.status_note.setWordWrap(True)
        form.addRow("", self.status_note)
        self.date_box.currentIndexChanged.connect(self._show_date_note)
        self.status_box.currentIndexChanged.connect(self._show_date_note)
        self._show_date_note()
        self.buttons, self.ok_button = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _date_of_title(self, index: int) -> int:
        """The date that goes with title ``index`` in a plan merged with its outcome:
        that event's, unless its date holds the first's and more (a coarser telling of
        the same days: "held in March" after "… (scheduled)" on 12 March keeps the day)."""
        if index == 0:
            return 0
        plan, told = self._events[0], self._events[index]
        coarser = (told.date.start_day() <= plan.date.start_day()
                   and plan.date.end_day() <= told.date.end_day()
                   and told.date.end_day() - told.date.start_day()
                   > plan.date.end_day() - plan.date.start_day())
        return 0 if coarser else index

    def _date_chosen(self, _index: int) -> None:
        self._date_by_hand = True
        if self._held is not None:
            self._say_held_choice()

    def _date_follows_title(self, index: int) -> None:
        """The title chosen in a plan merged with its outcome: its date too, unless a
        date was chosen by hand."""
        if not self._date_by_hand:
            self.date_box.setCurrentIndex(self._date_of_title(index))
        self._say_held_choice()

    def _say_held_choice(self) -> None:
        """Under Title: which telling is held, and whether its date came with it."""
        held = self._held
        if held is None:
            return
        brought = (self.title_box.currentIndex() == held
                   and self.date_box.currentIndex() == held and held != 0)
        chosen = (f"title {held + 1} and its date are chosen" if brought else
                  f"title {held + 1} is chosen" if self.title_box.currentIndex() == held
                  else f"title {self.title_box.currentIndex() + 1} is chosen")
        self.title_note.setText(
            f"Title {held + 1} tells it as held, title 1 as planned or put off "
            f"(“{display_title(self._events[0].title, 60)}”): {chosen}; "
            "choose 1 to keep the first's title")

    def _lane_chosen(self, _index: int) -> None:
        self._lane_by_hand = True

    def _lane_follows_title(self, index: int) -> None:
        """The title chosen: its event's lane too, unless a lane was chosen by hand."""
        if not self._lane_by_hand:
            self.lane_box.setCurrentIndex(index)

    def lane_choice(self) -> int | None:
        """The index (into the events) of the event whose lane the merged event takes, or
        None when they are all in one lane (``core.merge.merge_into_one``'s
        ``lane_from``)."""
        return None if self.lane_box.isHidden() else self.lane_box.currentIndex()

    def _show_date_note(self, *_args: object) -> None:
        """Under Date: the other dates told that disagree with the one chosen."""
        others = [self._told(when, event, " by ") for when, event in disagreeing_dates(
            self._events, self._events[self.date_box.currentIndex()]).items()]
        them = "it" if len(others) == 1 else "them"
        self.date_note.setText(f"Told otherwise: {'; '.join(others)} (the merged event's date "
                               f"basis will name {them})" if others else "")
        self.date_note.setVisible(bool(others))
        # one telling held, another called off (``core.occurrence``; session 35)
        whether = next((phrase for event in self._events
                        if (phrase := not_held_words(event)[0])
                        and any(not not_held_words(other)[0] for other in self._events)), "")
        # the other telling is a plan ("(scheduled)"), not a happening: "as planned", never
        # "as held" (verify89 F3: a ceremony "postponed" merged with the plan it was put off
        # to read "another tells it as held")
        as_what = "as planned" if whether and all(
            tells_not_yet(event.title) for event in self._events
            if not not_held_words(event)[0]) else "as held"
        article = self._one_article()
        if article is not None and (others or whether):
            # One article told both (verify69 F8: Reuters' "last week" call and
            # "Thursday" meeting): no outlets disagree, so Disputed is not offered.
            where = f"one article ({article})" if article else "one article"
            one_sentence = _one_sentence(self._events)
            said = ((f"In {where}, the same sentence says “{whether}” of one and tells the "
                     f"other {as_what}" if one_sentence else
                     f"In {where}, one sentence says “{whether}” and another tells it "
                     f"{as_what}") if whether
                    else f"The dates were told differently in {where}")
            self.status_note.setText(f"{said}: check that they tell one happening")
            self.status_note.setVisible(True)
            return
        # (a plan's day beside the day it was held is no dispute over the date: verify72
        # F11's vote planned for the 29th, held on the 30th)
        plans_only = bool(others) and not whether and all(
            tells_not_yet(event.title) for event in disagreeing_dates(
                self._events, self._events[self.date_box.currentIndex()]).values())
        offer = bool(others or whether) and not plans_only \
            and chosen_status(self.status_box) != DISPUTED
        said = (f"One telling says “{whether}”, another tells it {as_what}: choose Disputed if "
                "the outlets dispute whether it took place" if whether else
                "The dates told differ: choose Disputed if the outlets dispute the date")
        self.status_note.setText(f"{said} (Alt+U, then D)" if offer else "")
        self.status_note.setVisible(offer)

    def _one_article(self) -> str | None:
        """Who told the events' dates when one article told them all ("Reuters", or ""
        when nobody can be named), else None (several articles, or an event of none)."""
        sources = {date_source(event) for event in self._events}
        if len(sources) != 1 or None in sources:
            return None
        return self._told("", self._events[0], "")

    def _told(self, when: str, event: Event, joint: str) -> str:
        """``when`` (a date in words) with who told it after ``joint``, if anyone can be
        named."""
        who = self._told_by(event) if self._told_by is not None else ""
        return f"{when}{joint}{who}" if who else when

    def choices(self) -> tuple[int, int, int, str]:
        """The indexes (into the events) of the title, date and place chosen, and the
        status chosen (``core.status``; ``""``: not assessed)."""
        return (self.title_box.currentIndex(), self.date_box.currentIndex(),
                self.place_box.currentIndex(), chosen_status(self.status_box))


def _one_sentence(events: Sequence[Event]) -> bool:
    """Whether every one of ``events`` cites one same sentence (its first evidence's text
    and offsets): the tellings are one sentence's, not two (verify89 F3: "one sentence says
    'postponed' and another …" of two rows read from one sentence)."""
    said = {(e.evidence[0].sentence, e.evidence[0].start) if e.evidence else None
            for e in events}
    return len(said) == 1 and None not in said
