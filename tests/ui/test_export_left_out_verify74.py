"""A TimelineJS export keeps the readings left out of imports in its own key, also without
the articles' texts (verify74 F13): a graphics editor left out a duplicate row of the wire,
reopened her own TimelineJS export and imported the wire again; the row came back ticked,
"Keep both", where over the native file it started unticked.  (Qt-free: ``write_export``
runs on any thread.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.io.test_io_exchange_formats import _default
from timeline_app.core.model import LeftOut
from timeline_app.core.reimport import left_out_rows
from timeline_app.io.formats import open_timeline_file
from timeline_app.ui.export_job import write_export


def _with_a_reading_left_out():  # type: ignore[no-untyped-def]
    timeline = _default()
    (source_id,) = timeline.sources
    event = next(e for e in timeline if e.source_id == source_id and e.evidence)
    reading = LeftOut(source_id, event.evidence[0].sentence, event.category,
                      event.date.describe(), dt.date(2026, 12, 6))
    timeline.left_out = [reading]
    return timeline, reading, event


def test_the_timelinejs_export_keeps_what_was_left_out(tmp_path: Path) -> None:
    timeline, reading, event = _with_a_reading_left_out()
    target = tmp_path / "published.json"
    notes = write_export(str(target), timeline, "TimelineJS", article_texts=False)
    again = open_timeline_file(target).timeline
    assert again.left_out == [reading]
    # the article imported again over it: that row starts unticked, as over the native file
    assert left_out_rows(again.left_out, reading.source_id, [event]) == {0: reading}
    assert notes is not None and "still start unticked" in notes.text()
    # A calendar sent to colleagues still carries no sentence left out (verify58 F18).
    calendar = tmp_path / "sent.ics"
    write_export(str(calendar), timeline, "iCalendar", article_texts=False)
    assert reading.sentence not in calendar.read_text("utf-8")
