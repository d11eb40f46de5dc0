"""verify64 F10: an import that started a new timeline ("Start a new timeline" in the
review) is one undo step with the new timeline: Edit → Undo gives back the timeline shown
before — the sample, its name, unmodified — and Redo imports again.  On int51 the undo
left an empty timeline with the article's name, not marked unsaved."""

from __future__ import annotations

from tests.ui.test_import_article import _import_into_a_new_timeline
from timeline_app.core import Event, FuzzyDate
from timeline_app.ui import prompts

ARTICLE = ("MUSCAT, Nov 13 (Reuters) - Iran and the United States held talks in Muscat on "
           "Thursday, Oman's foreign ministry said.\n\nThe two sides met on 4 May in Rome "
           "and agreed to meet again.\n")


def _import_new(window, qtbot, monkeypatch) -> int:  # type: ignore[no-untyped-def]
    """``ARTICLE`` imported into a new timeline through the review (every row it ticks);
    the number of events imported."""
    return _import_into_a_new_timeline(window, qtbot, monkeypatch, ARTICLE)


def test_undo_of_an_import_over_the_sample_gives_the_sample_back(window, qtbot, monkeypatch):
    document = window.document
    sample = document.timeline
    title, events = sample.title, list(sample.events)
    assert window._showing_sample() and not document.is_modified
    count = _import_new(window, qtbot, monkeypatch)
    assert count and len(document.timeline) == count
    new_title = document.timeline.title
    assert new_title != title and document.is_modified
    assert document.undo_stack.undoText() == f"Import {count} events"

    document.undo_stack.undo()
    assert document.timeline is sample and document.timeline.title == title
    assert list(document.timeline.events) == events
    assert not document.is_modified and document.path is None
    assert window._showing_sample() and title in window.windowTitle()
    assert not window.isWindowModified()

    document.undo_stack.redo()
    assert len(document.timeline) == count and document.timeline.title == new_title
    assert document.is_modified and document.timeline is not sample
    assert not window._showing_sample() and window.isWindowModified()
    document.undo_stack.undo()
    assert document.timeline is sample and not document.is_modified


def test_changes_discarded_for_the_new_timeline_come_back_unsaved(
        window, qtbot, monkeypatch, recorded_prompts):
    document = window.document
    document.add_event(Event(id="mine", title="My own note", date=FuzzyDate(2025, 4, 1)))
    recorded_prompts.save_choice = prompts.SaveChoice.DISCARD
    count = _import_new(window, qtbot, monkeypatch)
    assert count and "mine" not in document.timeline.ids()
    document.undo_stack.undo()
    assert "mine" in document.timeline.ids() and document.is_modified
    document.undo_stack.undo()  # the sample's own history is still there
    assert "mine" not in document.timeline.ids() and not document.is_modified


def test_a_new_timeline_saved_is_redone_with_its_file(window, qtbot, monkeypatch,
                                                      recorded_prompts, tmp_path):
    document = window.document
    sample = document.timeline
    count = _import_new(window, qtbot, monkeypatch)
    path = tmp_path / "talks.json"
    recorded_prompts.save_path = str(path)
    assert window.save_as()
    assert document.path == str(path) and not document.is_modified
    document.undo_stack.undo()
    assert document.timeline is sample and document.path is None and document.is_modified
    document.undo_stack.redo()
    assert document.path == str(path) and len(document.timeline) == count
    assert not document.is_modified


def test_another_tools_file_comes_back_untouched(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Over another tool's file opened as it is (``is_untouched_import``: closing it asks
    nothing), the undo gives it back so, not as a timeline changed by someone."""
    from timeline_app.core import Source, Timeline
    from timeline_app.document import Document

    document = Document()
    shown = Timeline.from_events([Event(id="csv-1", title="Row one",
                                        date=FuzzyDate(2024, 1, 2))])
    document.replace_timeline(shown, None, unsaved=True)
    assert document.is_untouched_import and document.is_modified
    with document.in_new_timeline("Talks, 2026"):
        document.import_events(Source(id="src-a", title="Talks"),
                               [Event(id="new-1", title="Talks", date=FuzzyDate(2026, 1, 2))])
    assert document.timeline.title == "Talks, 2026" and not document.is_untouched_import
    assert document.undo_stack.undoText() == "Import 1 event"
    document.undo_stack.undo()
    assert document.timeline is shown and document.is_untouched_import
    document.undo_stack.redo()
    assert document.timeline.ids() == ["new-1"] and not document.is_untouched_import
