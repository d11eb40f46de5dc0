"""An article imported while the window shows the untouched sample timeline starts a
timeline of its own by default (verify20 F7: it was added to the Korea–Japan sample and
Save suggested the sample's title); once the person has saved the timeline, or changed
it and imports an article about what its name names, adding to it stays the default (an
unrelated article over the changed sample: tests/ui/test_ui23_fixes.py, U2)."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui import prompts
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _import(window, qtbot, monkeypatch, text: str = SEED,  # type: ignore[no-untyped-def]
            named: bool = False) -> ReviewDialog:
    """The review of ``text`` (the seed article by default) imported into the window,
    cancelled: only what it starts with is looked at.  ``named``: given the timeline's
    name, as ``prompts.review_candidates`` gives it."""
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(text))
    seen = {}

    def review(_parent, result, can_add, existing=(), prefer_new=False):  # type: ignore[no-untyped-def]
        dialog = ReviewDialog(result, can_add, None, existing, prefer_new,
                              timeline_name=window.document.timeline.title if named else "")
        qtbot.addWidget(dialog)
        seen["dialog"] = dialog
        return None  # cancelled: only the default is looked at

    monkeypatch.setattr(prompts, "review_candidates", review)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    return seen["dialog"]


def test_the_untouched_sample_gets_a_new_timeline_by_default(window, qtbot, monkeypatch):
    assert window.document.path is None and not window.document.is_modified
    dialog = _import(window, qtbot, monkeypatch)
    assert dialog.new_radio.isChecked() and dialog.add_radio.isEnabled()
    outcome = dialog.outcome()
    assert outcome.new_timeline and not outcome.merges


def test_a_changed_timeline_is_added_to_by_default(window, qtbot, monkeypatch):
    window.document.add_event(Event(id="mine", title="My own note",
                                    date=FuzzyDate(2025, 4, 1)))
    dialog = _import(window, qtbot, monkeypatch)
    assert dialog.add_radio.isChecked()
