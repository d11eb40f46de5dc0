"""Session 41, edit40 (edit39's leftover): a delete of events of articles imported here still
made every reading it notes at once (~65 000 for 100 000 events, ~2.4× the delete's own
instructions).  The readings are now made when first read (a save, a review, an export),
from the events and articles as they were at the delete: the same readings, so the
re-import's promise holds (README: a deleted event comes back unticked, saying so)."""

from __future__ import annotations

import datetime as dt
import json

from tests.ui.test_deleted_readings_reviewable import _imported
from timeline_app.core import Source
from timeline_app.core.model import LeftOut


def test_a_deletions_readings_are_made_when_read_and_are_the_same(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_left_out_reimport import TEXT
    from timeline_app.core.reimport import pending, readings_removed
    from timeline_app.document import Document
    from timeline_app.extract import extract_events
    from timeline_app.io import native

    document = Document()
    source = extract_events(TEXT).source
    ids = _imported(document, source, "read")
    events = [document.timeline.get(i) for i in ids]
    expected = readings_removed(events, dict(document.timeline.sources), dt.date.today(),
                                LeftOut.DELETED, reviewable_only=True)
    assert expected  # (the article's id is an import's: a review can ask)
    document.remove_events(ids)
    assert pending(document.timeline.left_out)  # nothing made by the delete
    # A later change of the articles changes nothing of what the delete noted.
    document.timeline.sources["other"] = Source("other", text="Another article.")
    snap = native.snapshot(document.timeline)
    assert pending(snap.left_out)  # a save's snapshot, on the window's thread: still not
    document.undo_stack.undo()
    assert document.timeline.left_out == [] and not pending(document.timeline.left_out)
    document.undo_stack.redo()
    assert pending(document.timeline.left_out)
    assert document.timeline.left_out == expected  # read: made, the readings of before
    assert not pending(document.timeline.left_out)
    path = tmp_path / "deleted.json"
    document.save(str(path))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 9
    assert [x["sentence"] for x in saved["left_out"]] == [x.sentence for x in expected]
    assert all(x["how"] == "deleted" for x in saved["left_out"])


def test_a_snapshot_of_a_deletion_not_read_is_written_whole(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_left_out_reimport import TEXT
    from timeline_app.core.reimport import pending
    from timeline_app.document import Document
    from timeline_app.extract import extract_events
    from timeline_app.io import native

    document = Document()
    ids = _imported(document, extract_events(TEXT).source, "read")
    document.remove_events(ids[:1])
    document.remove_events(ids[1:])  # a second delete on the first one's readings not made
    snap = native.snapshot(document.timeline)
    assert pending(snap.left_out)
    text = b"".join(native.encode_pieces(snap)).decode("utf-8")  # (the writer's thread)
    written = json.loads(text)["left_out"]
    assert len(written) == len(document.timeline.left_out) >= len(ids) // 2
    assert native.loads(text).left_out == document.timeline.left_out


def test_a_copy_with_many_readings_to_make_is_written_on_a_worker(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Deleting every event of a large imported file left few events: the recovery copy
    (and a save) was then written on the window's thread, making the readings there."""
    from tests.ui.test_left_out_reimport import TEXT
    from timeline_app.document import Document, writes_in_background
    from timeline_app.extract import extract_events

    document = Document()
    ids = _imported(document, extract_events(TEXT).source, "read")
    assert len(ids) >= 2
    document.remove_events(ids)
    assert len(document.timeline) == 0
    assert writes_in_background(document.timeline, many=len(ids))  # readings to make
    assert not writes_in_background(document.timeline, many=len(ids) + 1)
    assert document.timeline.left_out  # made
    assert not writes_in_background(document.timeline, many=len(ids))
