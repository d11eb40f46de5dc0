"""New-user trial verify39 (an aide's briefing from five wire stories): the review of an
article's events keeps a row the person corrected."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _unsure_first(qtbot, existing=()):  # type: ignore[no-untyped-def]
    """The seed article's review with its first row at 30 % (unticked as unsure)."""
    result = extract_events(SEED)
    low = dataclasses.replace(result.candidates[0], confidence=0.3)
    result = dataclasses.replace(result, candidates=(low, *result.candidates[1:]))
    dialog = ReviewDialog(result, True, None, list(existing))
    qtbot.addWidget(dialog)
    return dialog


def _intro(dialog: ReviewDialog) -> str:
    return dialog.intro.text()  # (the heading and its notes: two labels since fix85)


def test_a_row_unticked_as_unsure_is_ticked_when_the_person_corrects_it(qtbot):
    """verify39 F1: AFP's "Ceasefire" (40 %, c. 1 December) corrected in full to "M23
    begins pullback from Walikale", 2 December, stayed unticked: Import dropped it.
    F2: the intro still said "1 is unticked because the extractor is unsure of it"."""
    dialog = _unsure_first(qtbot)
    assert not dialog.is_checked(0)
    assert "1 is unticked because the extractor is unsure" in _intro(dialog)
    before = dialog.import_button.text()
    dialog.set_cell(0, "Title", "South Korea and Japan sign the Basic Relations Treaty")
    assert dialog.is_checked(0)
    assert "Ticked when you corrected it" in dialog.table.item(0, dialog.CHECK).toolTip()
    assert "unsure" not in _intro(dialog)
    assert dialog.import_button.text() != before
    titles = [event.title for event in dialog.outcome().events]
    assert "South Korea and Japan sign the Basic Relations Treaty" in titles
    # untick it again: a later correction leaves the person's tick alone
    dialog.set_checked(0, False)
    dialog.set_cell(0, "Place", "Tokyo")
    assert not dialog.is_checked(0)


def test_a_row_whose_tick_the_person_set_is_not_ticked_by_a_correction(qtbot):
    dialog = _unsure_first(qtbot)
    dialog.set_checked(0, True)
    dialog.set_checked(0, False)  # the person's choice: leave it out
    assert "unsure" not in _intro(dialog)  # no row is unticked only by the extractor now
    dialog.set_cell(0, "Place", "Tokyo")
    assert not dialog.is_checked(0)


def test_an_unsure_row_that_repeats_an_event_of_the_timeline_keeps_its_tick(qtbot):
    """Ticking a likely duplicate merges it: a correction does not do that for the
    person."""
    from timeline_app.io.bundled import load_default_timeline

    dialog = _unsure_first(qtbot, load_default_timeline().events)
    assert 0 in dialog.duplicates and not dialog.is_checked(0)
    dialog.set_cell(0, "Place", "Tokyo")
    assert 0 in dialog.duplicates
    assert not dialog.is_checked(0)


def test_add_quote_offers_a_hand_made_event_the_sentences_of_the_timelines_articles(
        qtbot, window, monkeypatch, tmp_path):
    """verify39 F3: a new event (the October fighting around Goma, told in a sentence of a
    Reuters story already imported) offered no sentence to cite: the person typed it out
    again, kept as a quote of no article.  Now the timeline's articles are offered; the
    sentence picked keeps its article and its offsets, and the file opens again."""
    from timeline_app.core.sourced import SourcedEvidence
    from timeline_app.io import load, save
    from timeline_app.ui import prompts
    from timeline_app.ui.event_editor import EventEditor
    from timeline_app.ui.quote_dialog import QuoteDialog

    timeline = window.document.timeline
    (article_id, article), = timeline.sources.items()
    seen = []

    def pick(parent, sentences, titles=None, **options):  # type: ignore[no-untyped-def]
        dialog = QuoteDialog(sentences, titles, parent, **options)
        qtbot.addWidget(dialog)
        seen.append([label.text() for label in dialog.findChildren(QLabel)])
        qtbot.keyClicks(dialog.filter_edit, "Munich")
        assert dialog.focus_list()
        return dialog.answer()

    monkeypatch.setattr(prompts, "ask_quote", pick)
    editor = EventEditor(timeline)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title_edit, "Cho and Iwaya agree to meet again")
    qtbot.keyClicks(editor.date_edit, "February 2025")
    assert editor.article_sentences()  # the seed article's, though the event cites none
    assert editor.ask_quote()
    assert any("this event cites no article yet" in text for text in seen[0])
    event = editor.edited_event()
    assert event is not None and event.source_id is None
    (added,) = event.evidence
    assert isinstance(added, SourcedEvidence) and added.source == article_id
    assert "Munich" in added.sentence
    assert article.text[added.start:added.end] == added.sentence
    timeline.add(event)
    path = tmp_path / "quoted.json"
    save(timeline, path)
    assert load(path).get(event.id).evidence == event.evidence


def test_a_hand_made_event_is_offered_the_newest_articles_first(qtbot, monkeypatch):
    """The articles offered to an event that cites none: the latest dateline first (a
    saved file keeps its articles in its own order), at most TIMELINE_ARTICLES_OFFERED."""
    import datetime as dt

    from timeline_app.core import Source, Timeline
    from timeline_app.ui import event_editor
    from timeline_app.ui.event_editor import EventEditor

    days = [dt.date(2026, 12, d) for d in (2, 3, 1)] + [None]
    sources = {f"s{i}": Source(f"s{i}", f"Story {i}", text=f"Story {i} was filed.",
                               dateline_date=day)
               for i, day in enumerate(days)}
    editor = EventEditor(Timeline.from_events([], sources=sources))
    qtbot.addWidget(editor)
    articles, cited = editor._offered_articles()
    assert cited == 0 and articles == ["s1", "s0", "s2", "s3"]
    assert [e.source for e in editor.article_sentences()] == articles
    monkeypatch.setattr(event_editor, "TIMELINE_ARTICLES_OFFERED", 2)
    assert editor._offered_articles()[0] == ["s1", "s0"]


def test_the_intro_says_likely_duplicates_start_unticked(qtbot):
    """verify39 F2: "4 look like events already in the timeline and are unticked" stayed
    above the four rows once the person had ticked them to merge."""
    from timeline_app.io.bundled import load_default_timeline

    dialog = ReviewDialog(extract_events(SEED), True, None,
                          list(load_default_timeline().events))
    qtbot.addWidget(dialog)
    likely = [row for row, match in dialog.duplicates.items() if match.likely]
    assert likely and not any(dialog.is_checked(row) for row in likely)
    for row in likely:
        dialog.set_checked(row, True)
    fresh = ReviewDialog(extract_events(SEED), True, None, list(load_default_timeline().events))
    qtbot.addWidget(fresh)
    assert f"{len(likely)} look like events already in the timeline and start unticked" in (
        _intro(fresh))
    intro = _intro(dialog)
    # once ticked, what Import does with them (verify43 F5)
    assert f"{len(likely)} look like events already in the timeline: {len(likely)} to merge." \
        in intro
    assert "are unticked" not in intro and "start unticked" not in intro
