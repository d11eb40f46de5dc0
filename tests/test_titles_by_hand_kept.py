"""fix81 (session 38): a title a person typed is kept across Save and reopen, and so are
the readings they left out of an import (verify46 F2, F15).  fix77 knew a typed title only
while the app ran, so after reopening a typed "(scheduled)" title could be replaced by a
merge.  The native format's version 8 keeps both (``titles_by_hand``, ``left_out``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.duplicates import merge_events
from timeline_app.core.model import LeftOut
from timeline_app.document import Document
from timeline_app.io import native
from timeline_app.io.csv_table import export_losses
from timeline_app.io.errors import FormatError
from timeline_app.io.native_schema import FORMAT_VERSION, HAND_VERSION

JAN_15 = FuzzyDate.of_day(dt.date(2027, 1, 15))
PLAN = Event("plan", "Next High-Level Meeting (scheduled)", JAN_15, category="meeting",
             location="Brussels")
TYPED = "Vučić and Kurti due back in Brussels to review statute (scheduled)"
LEFT = LeftOut("article-1", "Kurti said the talks had failed.", "statement",
               "27 November 2026", dt.date(2026, 12, 4))


def test_a_typed_title_survives_save_and_reopen(tmp_path: Path) -> None:
    document = Document(Timeline.from_events([PLAN]))
    document.update_event(Event(**{**_fields(PLAN), "title": TYPED}))
    assert document.title_by_hand("plan")
    path = tmp_path / "kosovo.json"
    document.save(str(path))
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["version"] == HAND_VERSION and written["titles_by_hand"] == ["plan"]
    reopened = Document.open(path)
    assert reopened.title_by_hand("plan")
    # ... so a merge keeps it word for word -- but not a typed plan's title merged with a
    # telling that it happened: that takes the held title (edit60, session 52, verify65 F6:
    # "… meets in Paramaribo (scheduled)" stayed on a meeting held on 14 May)
    held = Event("row", "Vučić and Kurti meet in Brussels", JAN_15, category="meeting")
    merged = merge_events(reopened.timeline.get("plan"), held,
                          keep_title=reopened.title_by_hand("plan"))
    assert merged.title == "Vučić and Kurti meet in Brussels"
    other = Event("row", "Statute reviewed (scheduled)", JAN_15, category="meeting")
    merged = merge_events(reopened.timeline.get("plan"), other,
                          keep_title=reopened.title_by_hand("plan"))
    assert merged.title == TYPED


def test_left_out_readings_survive_save_and_reopen(tmp_path: Path) -> None:
    timeline = Timeline.from_events([PLAN])
    timeline.left_out = [LEFT]
    path = tmp_path / "kosovo.json"
    native.save(timeline, path)
    back = native.load(path)
    assert back.left_out == [LEFT] and back.titles_by_hand == set()


def test_a_file_without_either_stays_its_older_version() -> None:
    timeline = Timeline.from_events([PLAN])
    assert native.needed_version(timeline) == 1
    timeline.titles_by_hand = {"gone"}  # an event removed since (Undo may bring it back)
    assert native.needed_version(timeline) == 1
    assert "titles_by_hand" not in json.loads(native.dumps(timeline))
    assert native.loads(native.dumps(timeline)).titles_by_hand == set()


def test_an_older_file_opens_and_a_newer_one_is_refused() -> None:
    timeline = Timeline.from_events([PLAN])
    document = json.loads(native.dumps(timeline))
    assert native.loads(json.dumps(document)).titles_by_hand == set()  # version 1
    document["titles_by_hand"] = ["plan"]
    with pytest.raises(FormatError, match="key of version 8"):
        native.loads(json.dumps(document))
    document["version"] = HAND_VERSION
    assert native.loads(json.dumps(document)).titles_by_hand == {"plan"}
    document["titles_by_hand"] = ["nowhere"]
    with pytest.raises(FormatError, match="names no event"):
        native.loads(json.dumps(document))
    document["version"] = FORMAT_VERSION + 1
    with pytest.raises(FormatError, match="newer version"):
        native.loads(json.dumps(document))


def test_undo_and_redo_keep_it() -> None:
    document = Document(Timeline.from_events([PLAN]))
    document.update_event(Event(**{**_fields(PLAN), "title": TYPED}))
    document.remove_event("plan")
    document.undo_stack.undo()
    assert document.timeline.get("plan").title == TYPED and document.title_by_hand("plan")
    assert json.loads(native.dumps(document.timeline))["titles_by_hand"] == ["plan"]


def test_an_undone_merge_or_retitle_forgets_its_note() -> None:
    """verify56 F16: Merge Selected Events, then Undo, left the merged event noted as
    titled by hand: the file and the CSV export's message counted one title more than
    before the merge.  The note is in the merge's (and a retitle's) undo step; a title
    noted before the step stays noted when it is undone."""
    other = Event("row", "Withdrawal of Niger, Mali and Burkina Faso from ECOWAS takes effect",
                  JAN_15, category="policy")
    document = Document(Timeline.from_events([PLAN, other]))
    document.merge_into_one(["row", "plan"])
    assert document.title_by_hand("row")
    document.undo_stack.undo()
    assert document.timeline.titles_by_hand == set()
    assert export_losses(document.timeline) == export_losses(
        Timeline.from_events([PLAN, other]))
    document.undo_stack.redo()
    assert document.title_by_hand("row")
    document.undo_stack.undo()
    # a retitle, undone and redone
    document.update_event(Event(**{**_fields(PLAN), "title": TYPED}))
    assert document.title_by_hand("plan")
    document.undo_stack.undo()
    assert not document.title_by_hand("plan") and document.timeline.get("plan") == PLAN
    document.undo_stack.redo()
    assert document.title_by_hand("plan")
    # noted before: a merge undone leaves it noted
    document.merge_into_one(["plan", "row"])
    document.undo_stack.undo()
    assert document.timeline.titles_by_hand == {"plan"}


def test_a_csv_export_says_it_does_not_keep_them() -> None:
    timeline = Timeline.from_events([PLAN])
    timeline.titles_by_hand = {"plan"}
    timeline.left_out = [LEFT]
    lines = export_losses(timeline)
    assert "that 1 title was typed by hand (a merge into the reopened file may replace it)" \
        in lines
    assert any(line.startswith("the 1 reading left out of imports") for line in lines)


def _fields(event: Event) -> dict[str, object]:
    return {name: getattr(event, name) for name in event.__dataclass_fields__}
