"""Over the sample, "Start a new timeline" is chosen with the reason beside it (verify83
F6: it sat chosen with no line beside it and no tooltip, though the README says a line
beside the choice says why).  Fails before session 62 (branch fix87)."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.ui import prompts

ARTICLE = """ACCRA, March 7, 2025 (Coastline) -- Envoys from Velmora and Dastia signed a truce \
in Accra on Friday, ending a quarrel over fishing waters.
"""


def test_over_the_sample_the_new_timeline_choice_says_why(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ReviewDialog

    assert window.new_timeline_reason() == (
        "The open timeline is the sample: starting a new timeline")
    seen: list[tuple[bool, str, bool, str]] = []

    def capture(dialog):  # type: ignore[no-untyped-def]
        if isinstance(dialog, ReviewDialog):
            seen.append((dialog.new_radio.isChecked(), dialog.target_note.text(),
                         dialog.target_note.isVisibleTo(dialog), dialog.new_radio.toolTip()))
        return ReviewDialog.DialogCode.Rejected

    monkeypatch.setattr(prompts, "run_modal", capture)
    result = extract_events(ARTICLE)
    assert prompts.review_candidates(window, result, True, window.document.timeline.events,
                                     window._prefer_new_timeline(result)) is None
    ((new, note, shown, tip),) = seen
    assert new and shown
    assert note == "The open timeline is the sample: starting a new timeline"
    assert tip == note


def test_a_timeline_of_ones_own_has_no_such_line(window, tmp_path, recorded_prompts) -> None:  # type: ignore[no-untyped-def]
    recorded_prompts.save_path = str(tmp_path / "own.json")
    assert window.save_as()
    assert window.new_timeline_reason() == ""
