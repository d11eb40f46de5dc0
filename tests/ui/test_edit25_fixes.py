"""Leftovers of the new-user trial verify30 (session 23, branch edit25): one negotiation
followed through several wire stories."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

# Two short wire stories on one negotiation, written for these tests (not from the
# evaluation corpora): the second tells two of the first's events in its own words.
FIRST_ARTICLE = """\
Thailand, Cambodia agree to pull heavy weapons back from border

KUALA LUMPUR, Oct 6 (Reuters) - Thailand and Cambodia agreed on Monday to withdraw heavy \
weapons from their disputed border by the end of next month, Malaysia's foreign minister \
said after talks in Kuala Lumpur.

Thai Foreign Minister Sihasak Phuangketkeow and Cambodian Foreign Minister Prak Sokhonn met \
for three hours at Malaysia's foreign ministry, with Malaysian Foreign Minister Mohamad Hasan \
chairing the talks.

The talks followed a ceasefire agreed in Putrajaya on July 28 after five days of fighting \
that killed at least 43 people and displaced more than 300,000.

The General Border Committee, which groups the two countries' defence ministers, will meet in \
Bangkok on Oct. 15 to agree on a timetable for the withdrawal, Mohamad told reporters.
"""
SECOND_ARTICLE = """\
Thai, Cambodian defence chiefs set timetable for border pullback

BANGKOK, Oct 15, 2025 (AFP) - Thai and Cambodian defence ministers agreed in Bangkok on \
Wednesday on a timetable for pulling heavy weapons back from their border, nine days after \
the two countries' foreign ministers reached a deal in Malaysia.

Under the timetable, the withdrawal will begin on Nov. 1 and be completed within three \
weeks, Thai Defence Minister Nattaphon Narkphanit told a news conference.

At talks in Kuala Lumpur on Oct. 6, Thai Foreign Minister Sihasak Phuangketkeow and \
Cambodian Foreign Minister Prak Sokhonn agreed to pull back heavy weapons and to set up an \
observer team under Malaysian leadership.

Fighting in July killed at least 43 people before a ceasefire was agreed in Putrajaya on \
July 28.
"""


def test_the_second_article_s_telling_of_an_event_is_proposed_as_merge_into_it(qtbot):
    """verify30, fault 5: "Talks in Kuala Lumpur" (6 October, the two ministers) from the
    second article was not flagged (now: flagged as possible) against the first's
    "Thailand and Cambodia agree to withdraw heavy weapons in Kuala Lumpur" (6 October),
    nor the Bangkok meeting told before and after: the person found and merged them by
    hand."""
    existing = [c.to_event(f"first{i}")
                for i, c in enumerate(extract_events(FIRST_ARTICLE).candidates)]
    by_sentence = {e.evidence[0].sentence.split(" - ")[-1][:30]: e for e in existing}
    kuala_lumpur = by_sentence["Thailand and Cambodia agreed o"]
    bangkok = by_sentence["The General Border Committee, "]
    dialog = ReviewDialog(extract_events(SECOND_ARTICLE), existing=existing)
    qtbot.addWidget(dialog)
    rows = {candidate.evidence[0].sentence[:20]: row
            for row, candidate in enumerate(dialog.extraction.candidates)}
    for start, event in (("At talks in Kuala Lu", kuala_lumpur),
                         ("BANGKOK, Oct 15, 202", bangkok)):
        row = next(r for s, r in rows.items() if s == start
                   and dialog.extraction.candidates[r].date == event.date)
        match = dialog.duplicates[row]
        if event is kuala_lumpur:
            # The talks and the agreement reached at them, two kinds on one day: flagged as
            # possibly one event, the person's to merge (session 59, edit82, verify79 F4a:
            # an agreement and the talks opened that day, likely on alike sentences alone,
            # started as a mere citation and the default lost the day's key event)
            assert match.existing.id == event.id and not match.likely
            continue
        assert match.existing.id == event.id and match.likely
        choice = dialog.table.cellWidget(row, ReviewDialog.DUPLICATE)
        assert isinstance(choice, QComboBox) and choice.currentData() == ReviewDialog.MERGE
        dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
        assert "source sentences" in dialog.duplicate_label.text()


def _visible_events(window, count: int) -> list[str]:
    """``count`` events laid out in the view, in date order (the view shows 2023-2025)."""
    view = window.view
    events = window.document.timeline.events
    late = [e for e in events if e.date.start_day() >= events[-4].date.start_day()]
    view.show_range(late[0].date.start_day() - 30, late[-1].date.end_day() + 30)
    shown = [e.id for e in late if not view.marker_rect(e.id).isNull()]
    assert len(shown) >= count, shown
    return shown[:count]


def test_a_shift_click_on_the_timeline_keeps_the_first_clicked_first(window, monkeypatch):
    """ui29 made Ctrl+M follow the order of the Events list's selection; a Shift-click on
    the timeline still handed its range over in date order, so Merge offered the earliest
    event's title first, not the one clicked first."""
    from view_mouse import click

    from timeline_app.ui import prompts

    early, middle, late = _visible_events(window, 3)
    view = window.view
    click(view, view.marker_rect(late).center())
    click(view, view.marker_rect(early).center(), Qt.KeyboardModifier.ShiftModifier)
    assert window.selection.event_ids == (late, middle, early)
    assert window.selection.event_id == early  # the one Shift-clicked is shown
    offered: list[list[str]] = []
    monkeypatch.setattr(prompts, "ask_merge_choices",
                        lambda _parent, events, **_told: offered.append([e.id for e in events]))
    window.merge_selected()
    assert offered == [[late, middle, early]]
    # A Ctrl-click, then a Shift-click from it: what was picked keeps its place.
    click(view, view.marker_rect(middle).center())
    click(view, view.marker_rect(late).center(), Qt.KeyboardModifier.ControlModifier)
    click(view, view.marker_rect(early).center(), Qt.KeyboardModifier.ShiftModifier)
    assert window.selection.event_ids == (middle, late, early)


ONE_SENTENCE = "iwaya-seoul-visit"  # one sentence, one participant: nothing to split


def _open_edit_menu(window, qtbot):
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    edit.popup(window.mapToGlobal(QPoint(100, 100)))
    qtbot.waitUntil(edit.isVisible)
    return edit


def test_alt_e_v_on_an_event_that_cannot_be_split_says_why(window, qtbot):
    """Split Event's reason showed only while the pointer was on its greyed entry: Alt+E,
    V (its underlined letter) or a click on it did nothing at all."""
    window.selection.select(ONE_SENTENCE)
    window.statusBar().clearMessage()
    edit = _open_edit_menu(window, qtbot)
    QTest.keyClick(edit, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: "nothing to split" in window.statusBar().currentMessage())
    assert not edit.isVisible()
    assert window.statusBar().currentMessage().startswith("Split Event is disabled: ")
    # A click on the greyed entry says it too.
    window.statusBar().clearMessage()
    edit = _open_edit_menu(window, qtbot)
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton,
                     pos=edit.actionGeometry(window.split_action).center())
    qtbot.waitUntil(lambda: "nothing to split" in window.statusBar().currentMessage())
    assert not edit.isVisible()
    # In the right-click menu as well; with nothing selected, it says what to select.
    menu = window.context_menu_for(ONE_SENTENCE)
    menu.popup(window.mapToGlobal(QPoint(100, 100)))
    qtbot.waitUntil(menu.isVisible)
    QTest.keyClick(menu, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: not menu.isVisible())
    menu.deleteLater()
    window.selection.select(None)
    edit = _open_edit_menu(window, qtbot)
    QTest.keyClick(edit, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: "select one event" in window.statusBar().currentMessage())


def test_a_letter_of_an_enabled_entry_still_does_what_qt_does(window, qtbot, monkeypatch):
    from timeline_app.ui import prompts

    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_split_choices", lambda _p, e: asked.append(e.id))
    window.selection.select("trilateral-tokyo")
    assert window.split_action.isEnabled()
    edit = _open_edit_menu(window, qtbot)
    QTest.keyClick(edit, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: asked == ["trilateral-tokyo"])
    assert "disabled" not in window.statusBar().currentMessage()


def test_add_quote_picks_a_sentence_of_the_event_s_article_with_its_offsets(
        qtbot, window, monkeypatch, tmp_path):
    """Add quote… was one line of text: a sentence of the event's own article could only
    be typed again, as a quote of no article.  Now the article's sentences the event does
    not cite are listed, a filter narrows them, and the one picked keeps its article and
    offsets (saved and opened again as the article's sentence)."""
    from timeline_app.core.sourced import SourcedEvidence
    from timeline_app.io import load, save
    from timeline_app.ui import prompts
    from timeline_app.ui.event_editor import EventEditor
    from timeline_app.ui.quote_dialog import QuoteDialog

    timeline = window.document.timeline
    event = timeline.get("trilateral-tokyo")
    article = timeline.sources[event.source_id]
    editor = EventEditor(timeline, event)
    qtbot.addWidget(editor)
    offered = editor.article_sentences()
    cited = {(e.start, e.end) for e in event.evidence}
    assert offered and not cited & {(e.start, e.end) for e in offered}
    assert all(article.text[e.start:e.end] == e.sentence for e in offered)
    seen: list[QuoteDialog] = []

    def pick(parent, sentences, titles=None):
        dialog = QuoteDialog(sentences, titles, parent)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(dialog.filter_edit.hasFocus)
        assert titles == {"": article.title}
        assert not dialog.ok_button.isEnabled()  # nothing picked or typed yet
        qtbot.keyClicks(dialog.filter_edit, "munich")
        shown = dialog.shown_rows()
        assert shown and all("munich" in sentences[r].sentence.casefold() for r in shown)
        QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Down)  # into the list
        assert dialog.sentence_list.hasFocus() and dialog.sentence_list.currentRow() == shown[0]
        assert dialog.ok_button.isEnabled() and "with its place" in dialog.hint.text()
        answer = dialog.answer()
        dialog.hide()
        return answer

    monkeypatch.setattr(prompts, "ask_quote", pick)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.mouseClick(editor.add_quote_button, Qt.MouseButton.LeftButton)
    edited = editor.edited_event()
    assert edited is not None and len(edited.evidence) == len(event.evidence) + 1
    added = edited.evidence[-1]
    assert type(added) is not SourcedEvidence  # the event's own article's sentence
    assert "Munich" in added.sentence
    assert article.text[added.start:added.end] == added.sentence
    assert added not in editor.article_sentences()  # not offered twice
    timeline.replace(edited)
    path = tmp_path / "picked.json"
    save(timeline, path)
    assert load(path).get(edited.id).evidence == edited.evidence


def test_add_quote_offers_the_sentences_of_every_article_a_merged_event_cites(qtbot, tmp_path):
    """An event merged from two articles' events (an import's "Merge into") cites both:
    Add quote… lists the sentences of each, under its article's title, and one picked from
    the second article is kept as that article's (its offsets into that text)."""
    import datetime as dt

    from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline
    from timeline_app.core.sourced import SourcedEvidence, evidence_source
    from timeline_app.io import load, save
    from timeline_app.ui.event_editor import EventEditor
    from timeline_app.ui.quote_dialog import QuoteDialog

    first, second = FIRST_ARTICLE, SECOND_ARTICLE
    lead = first.index("KUALA LUMPUR")
    lead_end = first.index("\n", lead)
    talks = second.index("At talks in Kuala Lumpur")
    talks_end = second.index("\n", talks)
    event = Event("kl", "Thailand and Cambodia agree to withdraw heavy weapons",
                  FuzzyDate.of_day(dt.date(2025, 10, 6)), source_id="reuters",
                  evidence=(Evidence(first[lead:lead_end], lead, lead_end),
                            SourcedEvidence(second[talks:talks_end], talks, talks_end,
                                            None, None, "afp")))
    timeline = Timeline.from_events([event], sources={
        "reuters": Source("reuters", "Thailand, Cambodia agree to pull heavy weapons back",
                          text=first),
        "afp": Source("afp", "Thai, Cambodian defence chiefs set timetable", text=second)})
    editor = EventEditor(timeline, event)
    qtbot.addWidget(editor)
    offered = editor.article_sentences()
    others = [e for e in offered if isinstance(e, SourcedEvidence)]
    assert others and all(e.source == "afp" for e in others)
    assert all(second[e.start:e.end] == e.sentence for e in others)
    assert all(first[e.start:e.end] == e.sentence for e in offered if e not in others)
    assert not any(e.start == talks for e in others)  # cited already
    dialog = QuoteDialog(offered, {"": "Reuters", "afp": "AFP story"}, editor)
    qtbot.addWidget(dialog)
    headings = [dialog.sentence_list.item(r).text() for r in range(dialog.sentence_list.count())
                if dialog.sentence_at(r) is None]
    assert headings == ["From “Reuters”:", "From “AFP story”:"]
    dialog.filter_edit.setText("three weeks")
    (row,) = dialog.shown_rows()
    shown_headings = [dialog.sentence_list.item(r).text()
                      for r in range(dialog.sentence_list.count())
                      if dialog.sentence_at(r) is None
                      and not dialog.sentence_list.item(r).isHidden()]
    assert shown_headings == ["From “AFP story”:"]  # only the article with a match
    dialog.sentence_list.setCurrentRow(row)
    picked = dialog.answer()
    assert isinstance(picked, SourcedEvidence) and picked.source == "afp"
    assert editor.add_sentence(picked)
    assert not editor.add_sentence(picked)  # once
    edited = editor.edited_event()
    added = edited.evidence[-1]
    assert evidence_source(edited, added) == "afp" and "three weeks" in added.sentence
    timeline.replace(edited)
    path = tmp_path / "two-articles.json"
    save(timeline, path)
    assert load(path).get("kl").evidence == edited.evidence


def test_add_quote_takes_a_pasted_quote_of_several_lines(qtbot, window):
    from timeline_app.ui.event_editor import EventEditor
    from timeline_app.ui.quote_dialog import QuoteDialog

    timeline = window.document.timeline
    editor = EventEditor(timeline, timeline.get("trilateral-tokyo"))
    qtbot.addWidget(editor)
    dialog = QuoteDialog(editor.article_sentences(), None, editor)
    qtbot.addWidget(dialog)
    dialog.sentence_list.setCurrentRow(0)
    dialog.quote_edit.setPlainText("“We agreed,” Cho said.\nReuters, 23 March 2025\n")
    answer = dialog.answer()
    assert answer == "“We agreed,” Cho said.\nReuters, 23 March 2025\n"  # typed wins
    assert "quote typed" in dialog.hint.text()
    assert editor.add_quote(answer)
    assert editor.edited_event().evidence[-1].sentence == (
        "“We agreed,” Cho said. Reuters, 23 March 2025")
    # An event of no article: no list, the quote box alone, focused.
    bare = QuoteDialog([], None, editor)
    qtbot.addWidget(bare)
    assert bare.sentence_list.isHidden() and bare.filter_edit.isHidden()
    assert not bare.ok_button.isEnabled()


def test_split_can_leave_a_participant_on_both_events(qtbot, window, monkeypatch):
    """Split moved each checked participant to the new event; a participant of both
    happenings (a mediator, a host) had to be typed back into the other one.  Space
    again on a checked participant puts it on both."""
    from PySide6.QtWidgets import QLabel

    from timeline_app.ui import prompts
    from timeline_app.ui.split_event_dialog import ON_BOTH, SplitEventDialog

    timeline = window.document.timeline
    event = timeline.get("trilateral-tokyo")
    dialog = SplitEventDialog(event)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    people = dialog.participant_list
    people.setFocus()
    qtbot.waitUntil(people.hasFocus)
    people.setCurrentRow(0)
    QTest.keyClick(people, Qt.Key.Key_Space)  # goes
    assert dialog.choices()[1] == [0] and dialog.shared() == []
    QTest.keyClick(people, Qt.Key.Key_Space)  # on both
    assert people.item(0).checkState() == Qt.CheckState.PartiallyChecked
    assert people.item(0).text() == event.participants[0] + ON_BOTH
    assert dialog.choices()[1] == [] and dialog.shared() == [0]
    assert not dialog.ok_button.isEnabled()  # nothing goes yet: it would be a copy
    assert "on both" in dialog.findChild(QLabel, "splitState").text()
    QTest.keyClick(people, Qt.Key.Key_Space)  # stays
    assert people.item(0).checkState() == Qt.CheckState.Unchecked
    assert people.item(0).text() == event.participants[0] and dialog.shared() == []
    # Wang Yi goes, Cho Tae-yul (the host of both meetings) is on both.
    QTest.keyClick(people, Qt.Key.Key_Space)
    QTest.keyClick(people, Qt.Key.Key_Space)
    people.setCurrentRow(2)
    QTest.keyClick(people, Qt.Key.Key_Space)
    assert dialog.choices() == ([], [2]) and dialog.shared() == [0]
    assert dialog.ok_button.isEnabled()
    assert dialog.state.text().endswith(f"{event.participants[0]} is on both.")
    choices = (*dialog.choices(), dialog.shared())
    monkeypatch.setattr(prompts, "ask_split_choices", lambda _p, _e: choices)
    monkeypatch.setattr(prompts, "edit_event", lambda _p, _t, new, *_a, **_k: new)
    window.selection.select(event.id)
    assert window.split_selected()
    kept, new = timeline.get(event.id), timeline.get(window.selection.event_id)
    assert kept.participants == event.participants[:2]
    assert new.participants == (event.participants[0], event.participants[2])
