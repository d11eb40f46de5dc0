"""verify32's findings in the window (a newsroom's trial of keeping and exchanging
timelines).

F7. After File → Open the keys stayed in the widget that had them (the Events list, the
    Details pane, the legend): Home, ←/→ and Delete did nothing on the opened timeline
    until a click, though File → New and Close give the timeline the keys (verify28).
F3. A timeline never given a title but saved as "iran talks.json" is "iran talks" in the
    window's title, Details and the pictures' header, but its TimelineJS title slide, its
    calendar's name and The Timeline Project file said "Untitled timeline".
F11. File → Merge… of another tool's file left out what it could not read (a slide with
    month 13, a CSV row without a date) and dropped times of day without a word: File →
    Open of the same file lists them in its import summary.
F6. A span from a day to a month ("21 October 2003 – November 2004") was called "(day)"
    in Details, the tooltip and Copy as Text: the end's precision was not said.
F9. A recovery copy of a large timeline still being written when Save ended (or an undo
    went back to the saved state) went on and landed after Save had removed the copy: a
    kill in the seconds before it ended left a copy that the next start offered as
    "unsaved changes" (the saved state). The copy under way is now cancelled.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.core import Timeline
from timeline_app.document import UNTITLED
from timeline_app.io import native
from timeline_app.io.bundled import load_default_timeline
from timeline_app.io.formats import open_timeline_file


@pytest.mark.parametrize("before", ["event_list", "detail_pane", "legend_bar"])
def test_file_open_gives_the_keys_to_the_timeline(window, qtbot, recorded_prompts,
                                                  tmp_path: Path, before: str) -> None:
    path = tmp_path / "talks.json"
    native.save(load_default_timeline(), path)
    window._list_dock.raise_()
    widget = getattr(window, before)
    widget.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is widget)
    recorded_prompts.open_path = str(path)
    assert window.open_file()
    assert window.document.path == str(path)
    assert window.focusWidget() is window.view


@pytest.mark.parametrize(("kind", "extension"), [("TimelineJS", ".json"),
                                                 ("iCalendar", ".ics"),
                                                 ("Timeline Project", ".timeline")])
def test_an_untitled_timelines_export_is_named_as_the_window_names_it(
        window, recorded_prompts, tmp_path: Path, kind: str, extension: str) -> None:
    default = load_default_timeline()
    timeline = Timeline.from_events(list(default), sources=dict(default.sources))
    assert timeline.title == UNTITLED
    path = tmp_path / "iran talks.json"
    native.save(timeline, path)
    recorded_prompts.open_path = str(path)
    assert window.open_file()
    assert window.document.shown_title == "iran talks"
    out = tmp_path / f"out{extension}"
    recorded_prompts.export_path = str(out)
    assert window.export_as(kind)
    assert open_timeline_file(out).timeline.title == "iran talks"
    assert "Untitled" not in out.read_text(encoding="utf-8")
    assert window.document.timeline.title == UNTITLED  # the document itself is unchanged


def test_merge_says_what_the_other_file_could_not_carry(window, recorded_prompts, monkeypatch,
                                                        tmp_path: Path) -> None:
    from timeline_app.ui import prompts
    from timeline_app.ui.merge_dialog import MergeDialog

    colleague = {"title": {"text": {"headline": "Peace process"}}, "events": [
        {"start_date": {"year": "1993", "month": "9", "day": "13"},
         "text": {"headline": "Oslo I Accord signed"}},
        {"start_date": {"year": "2000", "month": "7", "day": "11", "hour": "9", "second": "30"},
         "text": {"headline": "Camp David Summit"}},
        {"start_date": {"year": "2001", "month": "13"}, "text": {"headline": "Bad month"}}]}
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(colleague), encoding="utf-8")
    recorded_prompts.open_path = str(path)

    def review(_parent, other, current):  # every event added, as the dialog's Merge 2
        return MergeDialog(other, current).outcome()

    monkeypatch.setattr(prompts, "review_merge", review)
    before = len(window.document.timeline)
    assert window.merge_file()
    assert len(window.document.timeline) == before + 2
    ((title, text),) = recorded_prompts.summaries
    assert "colleague.json" in text and "2 events" in text
    assert "Bad month" in text and "month 13" in text
    # (a time of day is kept since edit33; its seconds are what is dropped, and said)
    assert "seconds dropped" in text


def test_a_span_of_two_precisions_says_both() -> None:
    from timeline_app.core import Event, FuzzyDate
    from timeline_app.ui.detail_pane import date_line

    talks = Event("e", "Talks with the EU3", FuzzyDate.of_ymd(2003, 10, 21),
                  FuzzyDate.of_month(2004, 11))
    assert date_line(talks) == "21 October 2003 – November 2004 (day to month)"
    week = Event("w", "Geneva", FuzzyDate.of_ymd(2025, 3, 10, circa=True),
                 FuzzyDate.of_ymd(2025, 3, 16, circa=True))
    assert date_line(week).endswith("(day, circa)")
    assert date_line(Event("m", "Munich", FuzzyDate.of_month(2025, 2))) == (
        "February 2025 (month)")


@pytest.mark.parametrize("how", ["saved", "replaced"])
def test_a_copy_under_way_stops_when_nothing_is_unsaved(qtbot, tmp_path: Path, how: str) -> None:
    import threading

    from timeline_app.document import Document
    from timeline_app.ui import autosave

    document = Document()
    saver = autosave.Autosaver(document, str(tmp_path))

    class _Job:
        cancelled = False

        def cancel(self) -> None:
            self.cancelled = True

    job = autosave._CopyJob.__new__(autosave._CopyJob)
    job.job, job.done = _Job(), threading.Event()
    saver._job = job
    if how == "saved":
        saver._on_clean_changed(True)  # Save ended (or Undo came back to the saved state)
    else:
        saver._on_reset()  # another timeline, unmodified, replaced this one
    assert job.job.cancelled
    saver._job = None  # (no worker to report)
