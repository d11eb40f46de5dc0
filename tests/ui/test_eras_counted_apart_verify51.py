"""verify51 F15: the eras were counted as events: the status bar and the PNG/PDF headers
said "25 events" of 23 events and 2 eras, and a picture of the current view "25 of the
timeline's 27 events" when nothing was left out (the 2 missing were the eras, drawn as
bands).  Now "23 events and 2 eras", and "of the timeline's" only when some are left out."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.words import events_and_eras, part_of_events


def _korea() -> Timeline:
    events = [Event(f"e{n}", f"Talks {n}", FuzzyDate.of_ymd(1950 + n, 7, 10),
                    category="armistice negotiations") for n in range(3)]
    events += [Event("war", "Korean War", FuzzyDate.of_ymd(1950, 6, 25), category="era",
                     end=FuzzyDate.of_ymd(1953, 7, 27)),
               Event("talks", "Armistice talks", FuzzyDate.of_ymd(1951, 7, 10),
                     category="era", end=FuzzyDate.of_ymd(1953, 7, 27))]
    return Timeline.from_events(events, title="Korea")


def test_words() -> None:
    assert events_and_eras(23, 2) == "23 events and 2 eras"
    assert events_and_eras(1, 1) == "1 event and 1 era"
    assert events_and_eras(8, 0) == "8 events"
    assert events_and_eras(0, 2) == "2 eras"
    assert part_of_events(23, 2, 23, 2) == "23 events and 2 eras"
    assert part_of_events(9, 2, 23, 2) == "9 of the timeline’s 23 events and 2 eras"
    assert part_of_events(9, 1, 23, 2) == "9 of the timeline’s 23 events and 1 of its 2 eras"


def test_status_bar_and_headers_count_the_eras_apart(window, picture_subtitles,  # type: ignore[no-untyped-def]
                                                      recorded_prompts) -> None:
    timeline = _korea()
    window.document.replace_timeline(timeline, None)
    window.view.fit_all()
    assert window.document.timeline.era_ids() == ("war", "talks")
    window._update_status()
    assert window._status.text().startswith("3 events and 2 eras")
    window.selection.select(None)  # Details with nothing selected counts them so too (verify53 F2)
    assert "3 events and 2 eras. Click an event" in window.detail_pane.plain_text()
    assert window._picture_subtitle().endswith("· 3 events and 2 eras")
    view = window._period_picture_view()
    try:
        current = window._picture_subtitle(False, view)
    finally:
        view.deleteLater()
    assert "3 events and 2 eras" in current and "of the timeline" not in current
    window.export_picture("PNG")  # the header drawn on the PNG says it too
    assert picture_subtitles[-1].endswith("3 events and 2 eras")
    # A filter: the events shown, the eras apart.
    window.find_state.toggle_category("era")
    assert window.find_state.status_text().startswith(
        "3 of 3 events and 0 of 2 eras shown (filter:")
    window.find_state.toggle_category("era")
    window.find_state.toggle_category("armistice negotiations")
    assert window.find_state.status_text().startswith("0 of 3 events and 2 eras shown")
    window.find_state.toggle_category("armistice negotiations")
    window.find_state.toggle_category("era")
    # the export's question counts them so too (verify53 F2: "of the timeline's 5 events")
    window.export_as("CSV")
    assert recorded_prompts.export_scope_words[-1] == "3 of 3 events and 0 of 2 eras"


def test_the_count_follows_the_era_lanes_and_the_edits(window) -> None:  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_korea(), None)
    timeline = window.document.timeline
    window.document.update_event(dataclasses.replace(timeline.get("e0"), category="era"))
    assert window.find_state.status_text() == "2 events and 3 eras"
    window.document.remove_event("war")
    assert window.find_state.status_text() == "2 events and 2 eras"
    assert window.document.set_era_lane("armistice negotiations", True)
    assert window.find_state.status_text() == "4 eras"
    assert window.document.set_era_lane("era", False)
    assert window.find_state.status_text() == "2 events and 2 eras"  # the lanes swapped


def test_a_file_opened_in_the_background_counts_its_eras_from_its_lanes(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path) -> None:
    """A file opened off the GUI thread hands its lanes' counts to the timeline (session 51:
    the Details pane's count of the eras passed over every event on the GUI thread, 0.1-0.3
    s in one piece at 1 000 000 events); the eras are counted apart as before, and the
    counts are what the events give."""
    from collections import Counter

    from timeline_app import io as timeline_io

    path = tmp_path / "korea.json"
    timeline_io.save(_korea(), path)
    with qtbot.waitSignal(window.open_finished, timeout=30_000) as blocker:
        assert window.open_path(str(path), background=True)
    assert blocker.args == [True]
    timeline = window.document.timeline
    assert timeline._category_counts == dict(Counter(e.category for e in timeline.events))
    assert timeline.era_ids() == ("war", "talks")
    window.selection.select(None)
    assert "3 events and 2 eras. Click an event" in window.detail_pane.plain_text()
