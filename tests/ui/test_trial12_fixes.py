"""New-user trial 12: a picture of the whole timeline draws every event; a selected span
over a density lane leaves its bars visible; the Filters search box starts empty with a
new file; Fit All shares the width by events; the Events list's height; the no-date
prompt; a participants edit counts as a check; the CSV's date columns agree; the title
after an import."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate


def _crowded_meetings(count: int = 12, apart: int = 7) -> list[Event]:
    """``count`` meetings ``apart`` days apart from September 2026, as the trial's Meeting
    lane had."""
    first = dt.date(2026, 9, 7)
    return [Event(f"m{i}", f"Ministers meet for round {i} of the talks in the capital",
                  FuzzyDate.of_day(first + dt.timedelta(days=apart * i)), category="meeting")
            for i in range(count)]


def test_a_picture_of_the_whole_timeline_draws_every_event(window, recorded_prompts,
                                                           monkeypatch, tmp_path):
    """Trial 12 finding 8: with 24 events, File → Export → PNG picture of the whole
    timeline ended the Meeting lane in a "+3" badge (header: "24 events"); no one can
    click a badge in a picture.  The picture's lanes take the rows their events need."""
    from timeline_app.ui import prompts
    from timeline_app.ui.export_picture import whole_timeline_view

    timeline = window.document.timeline
    window.document.replace_timeline(
        type(timeline).from_events([*timeline.events, *_crowded_meetings()]), None)
    picture = whole_timeline_view(window.document)
    try:
        drawn = {item.event_id for lane in picture._layout().lanes for item in lane.items}
        assert drawn == {event.id for event in window.document.timeline.events}
        assert picture.events_in_badges() == 0
        # The lanes are all in the picture, none cut off at its bottom.
        layout = picture._layout()
        assert layout.lanes[-1].top + layout.lanes[-1].height <= (
            picture.viewport().height() - 84 + 1)
    finally:
        picture.deleteLater()
    subtitles: list[str] = []
    from timeline_app.ui import export_picture as module

    real = module.export_picture

    def spy(view, kind, path, title, subtitle):  # type: ignore[no-untyped-def]
        subtitles.append(subtitle)
        return real(view, kind, path, title, subtitle)

    monkeypatch.setattr(module, "export_picture", spy)
    monkeypatch.setattr(prompts, "ask_export_path", lambda *_a: str(tmp_path / "all.png"))
    assert window.export_picture("PNG", whole=True)
    assert "badge" not in subtitles[-1]


def test_a_picture_too_tall_for_every_row_says_what_it_leaves_out(window):
    """What cannot get a row within the tallest picture is counted in its header."""
    from timeline_app.ui import export_picture

    window.document.replace_timeline(
        type(window.document.timeline).from_events(_crowded_meetings(40, 1)), None)
    old = export_picture.PICTURE_MAX_HEIGHT
    export_picture.PICTURE_MAX_HEIGHT = 400
    try:
        picture = export_picture.whole_timeline_view(window.document, QSize(1400, 300))
    finally:
        export_picture.PICTURE_MAX_HEIGHT = old
    try:
        left = picture.events_in_badges()
        assert left > 0
        assert window._left_out_words(picture) == (
            f' · {left} events in "+N" badges (not drawn)')
    finally:
        picture.deleteLater()
    QApplication.processEvents()
