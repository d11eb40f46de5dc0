"""Edit → Merge Selected Events (Ctrl+M): two events a reviewer found to be the same become
one, every source sentence kept, as one undo step that gives both back (verify29, fault 4)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from timeline_app import io as timeline_io
from timeline_app.document import Document
from timeline_app.paths import DEFAULT_TIMELINE, resource_path
from timeline_app.ui import prompts
from timeline_app.ui.merge_events_dialog import MergeEventsDialog

A, B = "cho-iwaya-tokyo", "trilateral-tokyo"


@pytest.fixture
def document(qapp) -> Document:  # type: ignore[no-untyped-def]
    return Document(timeline_io.load(resource_path(DEFAULT_TIMELINE)))


def test_merge_is_one_undo_step_that_restores_both_exactly(document, qtbot):
    timeline = document.timeline
    before = list(timeline.events)
    a, b = timeline.get(A), timeline.get(B)
    merged = document.merge_into_one([A, B], title_from=1)
    assert document.undo_stack.count() == 1 and document.is_modified
    assert B not in timeline and timeline.get(A) == merged
    assert merged.title == b.title and merged.category == a.category
    assert {e.sentence for e in merged.evidence} == {
        e.sentence for e in (*a.evidence, *b.evidence)}
    assert merged.participants == ("Cho Tae-yul", "Takeshi Iwaya", "Wang Yi")
    assert document.undo_stack.undoText().startswith("Merge 2 events into “Trilateral")
    document.undo_stack.undo()
    assert list(timeline.events) == before  # the same events, ids and order
    assert not document.is_modified
    document.undo_stack.redo()
    assert B not in timeline and timeline.get(A) == merged


def test_merge_needs_two_known_events(document):
    with pytest.raises(ValueError):
        document.merge_into_one([A, A])
    with pytest.raises(KeyError):
        document.merge_into_one([A, "no-such-id"])
    assert document.undo_stack.count() == 0


def test_the_command_is_enabled_only_with_two_selected(window):
    action = window.merge_selected_action
    assert action.shortcut() == QKeySequence("Ctrl+M")
    assert not action.isEnabled()
    window.selection.select(A)
    assert not action.isEnabled()
    window.selection.select_many([A, B])
    assert action.isEnabled()
    window.selection.select(None)
    assert not action.isEnabled()
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit.actions()
    # no other action of the window has Ctrl+M
    from PySide6.QtGui import QAction

    keys = [k for a in window.findChildren(QAction) if a is not action for k in a.shortcuts()]
    assert QKeySequence("Ctrl+M") not in keys


def test_the_right_click_menu_offers_it_with_two_selected(window):
    texts = [a.text() for a in window.context_menu_for(A).actions()]
    assert "Merge Selec&ted Events…" not in texts
    window.selection.select_many([A, B])
    texts = [a.text() for a in window.context_menu_for(B).actions()]
    assert "Merge Selec&ted Events…" in texts
    assert window.selection.event_ids == (A, B)  # the right-click kept the selection


def test_merging_selects_the_merged_event_and_undo_both(window, monkeypatch):
    asked = []
    monkeypatch.setattr(prompts, "ask_merge_choices",
                        lambda _p, events, **_told:
                        asked.append([e.id for e in events]) or (0, 0, 1))
    window.selection.select_many([B, A])  # B selected first: B is kept
    window.merge_selected_action.trigger()
    assert asked == [[B, A]]
    timeline = window.document.timeline
    assert A not in timeline and window.selection.event_ids == (B,)
    assert timeline.get(B).location == "Tokyo"
    assert "Merged 2 events" in window.statusBar().currentMessage()
    window.document.undo_stack.undo()
    assert A in timeline and B in timeline
    assert set(window.selection.event_ids) == {A, B}
    assert window.selection.event_id == B


def test_cancel_leaves_no_trace(window, monkeypatch):
    monkeypatch.setattr(prompts, "ask_merge_choices", lambda *_a, **_told: None)
    window.selection.select_many([A, B])
    assert not window.merge_selected()
    assert window.document.undo_stack.count() == 0


def test_the_dialog_offers_each_events_title_date_and_place(qtbot, document):
    events = [document.timeline.get(A), document.timeline.get(B)]
    dialog = MergeEventsDialog(events)
    qtbot.addWidget(dialog)
    assert dialog.choices() == (0, 0, 0, "")  # (and the status: not assessed)
    assert dialog.title_box.count() == 2 and dialog.date_box.itemText(0).startswith("1. 22")
    dialog.title_box.setCurrentIndex(1)
    dialog.place_box.setCurrentIndex(1)
    assert dialog.choices() == (1, 0, 1, "")
    from PySide6.QtWidgets import QLabel

    words = dialog.findChild(QLabel, "mergeNote").text()
    assert "3 participants" in words and "source sentences" in words and "Undo" in words


def test_the_article_shades_only_sentences_found_at_their_offsets(qtbot):
    """A merged event names one article; a sentence read from the other article keeps
    offsets into that text, which must not shade unrelated words of this one."""
    import datetime as dt

    from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline
    from timeline_app.ui.article_pane import _found_here

    text = "Ministers met in Tokyo.\nThey agreed on a hotline.\n"
    here = Evidence("They agreed on a hotline.", 24, 49)
    elsewhere = Evidence("Iwaya flew to Seoul.", 0, 20)  # offsets into another article
    assert _found_here(text, [elsewhere, here]) == [here]
    timeline = Timeline.from_events(
        [Event("e", "Hotline", FuzzyDate.of_day(dt.date(2025, 3, 22)), source_id="s",
               evidence=(elsewhere, here))],
        sources={"s": Source("s", title="Talks", text=text)})
    document = Document(timeline)
    from timeline_app.selection import EventSelection
    from timeline_app.ui.article_pane import ArticlePane

    pane = ArticlePane(document, EventSelection())
    qtbot.addWidget(pane)
    html = pane._article_html(timeline.sources["s"], "e")
    assert html.count('<a name="evidence-') == 1 and 'name="evidence-24"' in html


def test_a_title_told_as_held_is_chosen_over_a_postponed_one(qtbot):
    """verify58 F12: merging the meeting held into "… visits Tehran (postponed from 16
    March)" kept the postponement's title.  The dialog chooses the held telling's title at
    first and says why; the first selected's stays one choice away."""
    import datetime as dt

    from PySide6.QtWidgets import QLabel

    from timeline_app.core import Event, FuzzyDate

    day = FuzzyDate.of_day(dt.date(2026, 3, 24))
    put_off = Event("v", "Faisal bin Farhan visits Tehran (postponed from 16 March)", day,
                    category="visit", location="Tehran")
    held = Event("m", "Faisal bin Farhan and Abbas Araqchi meet in Tehran", day,
                 category="meeting", location="Tehran")
    dialog = MergeEventsDialog([put_off, held])
    qtbot.addWidget(dialog)
    assert dialog.choices()[0] == 1
    note = dialog.findChild(QLabel, "mergeTitleNote")
    assert not note.isHidden() and "tells it as held" in note.text()
    other = MergeEventsDialog([held, put_off])  # the held one first: as before
    qtbot.addWidget(other)
    assert other.choices()[0] == 0
    assert other.findChild(QLabel, "mergeTitleNote").isHidden()


def test_no_warning_for_a_phrase_of_another_clause(qtbot):
    """verify59 F22: two tellings of a minister's tour, one sentence going on ", and his
    proposed … deal was shelved at a meeting …": the dialog said "One telling says
    “shelved”, another tells it as held".  The deal was shelved, not the tour."""
    import datetime as dt

    from timeline_app.core import Event, Evidence, FuzzyDate

    sentence = ("Two weeks later, Foreign Minister Li Qiang visited six island states in "
                "eight days, and his proposed regional policing pact was shelved at a meeting "
                "of Forum leaders in Apia on 12 June 2023.")
    month = FuzzyDate.of_month(2023, 6)
    at = 300
    tour = Event("a", "Li Qiang visits abroad", month, category="visit",
                 evidence=(Evidence(sentence, at, at + len(sentence), at,
                                    at + len("Two weeks later")),))
    told = "Li Qiang toured six island states in June 2023."
    sheet = Event("s", "Li Qiang's Pacific tour", FuzzyDate.of_day(dt.date(2023, 6, 1)),
                  end=FuzzyDate.of_day(dt.date(2023, 6, 10)), category="visit",
                  evidence=(Evidence(told, 0, len(told)),))
    dialog = MergeEventsDialog([sheet, tour])
    qtbot.addWidget(dialog)
    assert "shelved" not in dialog.status_note.text()
    # a telling that the tour itself was called off still says so
    off = "Li Qiang's tour of the island states was cancelled."
    called_off = Event("c", "Li Qiang's Pacific tour", month, category="visit",
                       evidence=(Evidence(off, 0, len(off)),))
    other = MergeEventsDialog([sheet, called_off])
    qtbot.addWidget(other)
    assert "One telling says “cancelled”" in other.status_note.text()
