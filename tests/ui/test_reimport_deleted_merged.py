"""verify49 F20 (session 40, edit38): re-importing an article brought back, ticked as new,
an event the person had deleted from the timeline, and a row whose event they had merged
by hand (Merge Selected Events) into another was "no" duplicate, ticked.  A deletion (or a
merge by hand) is as deliberate as an untick in the review: the readings of such events
are noted in ``Timeline.left_out`` (``LeftOut.how``, kept by the file from version 9),
and the review offers their rows unticked, saying why.  Fails on main ``9976eeee``
(both rows ticked, nothing said)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from PySide6.QtWidgets import QDialog

from tests.ui.test_left_out_reimport import TEXT  # (the same AFP article: a plan, a meeting)
from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate
from timeline_app.core.model import LeftOut


def test_rows_deleted_or_merged_by_hand_come_back_unticked(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch, tmp_path):
    from timeline_app.extract import extract_events
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(TEXT))
    seen: list[dict[int, dict[str, object]]] = []

    def exec_(dialog: ReviewDialog) -> int:  # the real prompts.review_candidates's dialog
        seen.append({row: {"ticked": dialog.is_checked(row),
                           "tip": dialog.table.item(row, ReviewDialog.CHECK).toolTip(),
                           "title": dialog.table.item(row, ReviewDialog.TITLE).text(),
                           "line": dialog.duplicate_text(row),
                           "intro": dialog.intro.text()}
                     for row in range(dialog.table.rowCount())})
        return (QDialog.DialogCode.Accepted if len(seen) == 1
                else QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    document = window.document
    before = {e.id for e in document.timeline}
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    assert all(row["ticked"] for row in seen[0].values())
    added = [e for e in document.timeline if e.id not in before]
    (plan,) = [e for e in added if "(scheduled)" in e.title]
    (meeting,) = [e for e in added if e is not plan]
    # The plan corrected by hand (another lane), then deleted; the meeting merged by hand
    # into an event typed by hand.
    document.update_event(dataclasses.replace(plan, category="statement"))
    document.remove_events([plan.id])
    talks = Event(id="talks", title="Brussels dialogue", date=meeting.date,
                  category="meeting")
    document.add_event(talks)
    document.merge_into_one(["talks", meeting.id])
    hows = sorted(x.how for x in document.timeline.left_out)
    assert hows == [LeftOut.DELETED, LeftOut.MERGED]
    # kept by the file: saved (version 9), reopened
    path = tmp_path / "kosovo.json"
    document.save(str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 9
    document.replace_timeline(timeline_io.load(path), str(path))
    assert sorted(x.how for x in document.timeline.left_out) == hows
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    today = FuzzyDate.of_day(dt.date.today()).describe()
    rows = seen[1]
    (plan_row,) = [r for r in rows.values() if "(scheduled)" in str(r["title"])]
    (meeting_row,) = [r for r in rows.values() if r is not plan_row]
    assert not plan_row["ticked"] and not meeting_row["ticked"]
    assert plan_row["tip"] == (f"You deleted this event from the timeline on {today}. "
                               "Tick it to add it.")
    # the event it went into named (session 40, edit39), under the title it has now
    assert str(meeting_row["line"]).endswith(
        f"You merged this event into “Brussels dialogue” ({meeting.date.describe()}) by "
        f"hand on {today}.")
    assert ("1 row you deleted from the timeline and 1 you merged into another event by "
            "hand start unticked.") in str(plan_row["intro"])


def test_undo_of_a_deletion_forgets_it(window) -> None:  # type: ignore[no-untyped-def]
    """The note is part of the deletion's undo step; an event typed by hand (no sentence
    of an article) notes nothing.  (An event of an article imported: the default
    timeline's article is kept under an id no review asks for, edit39.)"""
    from timeline_app.extract import extract_events

    document = window.document
    result = extract_events(TEXT)
    document.import_events(result.source, [c.to_event(f"read{i}") for i, c in
                                           enumerate(result.candidates)])
    event = document.timeline.get("read0")
    document.remove_event(event.id)
    assert [x.how for x in document.timeline.left_out] == [LeftOut.DELETED]
    document.undo_stack.undo()
    assert document.timeline.left_out == [] and event.id in document.timeline
    document.add_event(Event(id="typed", title="Typed", date=FuzzyDate.of_day(
        dt.date(2026, 1, 2)), category="meeting"))
    document.remove_event("typed")
    assert document.timeline.left_out == []


def test_a_deleted_reading_matches_its_row_by_sentence() -> None:
    """``left_out_rows``: a reading deleted after its date was corrected is still its
    row's (by its sentence), the row of the same date first among rows of one sentence."""
    from timeline_app.core.model import Evidence
    from timeline_app.core.reimport import left_out_rows

    said = Evidence(sentence="They met on 3 May and again on 9 May.", start=0, end=10)
    rows = [Event(id=f"row{i}", title="Met", date=FuzzyDate.of_day(dt.date(2026, 5, day)),
                  category="meeting", evidence=(said,)) for i, day in enumerate((3, 9))]
    deleted = LeftOut("a", said.sentence, "visit", "9 May 2026", dt.date(2026, 6, 1),
                      LeftOut.DELETED)
    assert left_out_rows([deleted], "a", rows) == {1: deleted}
    assert left_out_rows([deleted], "another article", rows) == {}
    unticked = LeftOut(
        "a", said.sentence, "visit", "9 May 2026", dt.date(2026, 6, 1))
    assert left_out_rows([unticked], "a", rows) == {}  # an untick matches exactly only


def test_a_deleted_event_is_known_by_its_first_sentence_of_each_article() -> None:
    """An event's further sentences may be other rows' first ones (the seed's Tokyo
    meeting cites the trilateral's sentence): only the first of each article is noted, or
    re-importing would untick the trilateral as "merged" too (seen in the real window)."""
    from timeline_app.core import Source
    from timeline_app.core.model import Evidence
    from timeline_app.core.reimport import readings_removed
    from timeline_app.core.sourced import SourcedEvidence

    first, second = (Evidence(sentence=s, start=0, end=5) for s in ("One.", "Two."))
    other = SourcedEvidence(sentence="Elsewhere.", start=0, end=10, source="b")
    event = Event(id="e", title="Met", date=FuzzyDate.of_day(dt.date(2026, 5, 3)),
                  category="meeting", source_id="a", evidence=(first, second, other))
    sources = {"a": Source("a"), "b": Source("b")}
    readings = readings_removed([event], sources, dt.date(2026, 6, 1), LeftOut.MERGED)
    assert [(x.source_id, x.sentence, x.how) for x in readings] == [
        ("a", "One.", "merged"), ("b", "Elsewhere.", "merged")]
    assert readings_removed([event], {}, dt.date(2026, 6, 1), LeftOut.DELETED) == []


def test_a_row_deleted_by_a_copys_merge_comes_back_unticked(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch):
    """verify61 F17: an event deleted by File → Merge of a colleague's copy that lacked it
    ("only here: delete it?", ``Document.merge_events``' ``removed``) came back ticked,
    "no", when its article was imported again: its reading is noted as deleted there too,
    in the merge's undo step."""
    from timeline_app.extract import extract_events
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(TEXT))
    seen: list[dict[str, bool]] = []

    def exec_(dialog: ReviewDialog) -> int:
        seen.append({dialog.table.item(row, ReviewDialog.TITLE).text(): dialog.is_checked(row)
                     for row in range(dialog.table.rowCount())})
        return (QDialog.DialogCode.Accepted if len(seen) == 1
                else QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    document = window.document
    before = {e.id for e in document.timeline}
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    (plan,) = [e for e in document.timeline if e.id not in before and "(scheduled)" in e.title]
    document.merge_events([], [], [], "Merge copy.csv", removed=[plan.id])
    assert plan.id not in document.timeline
    assert [x.how for x in document.timeline.left_out] == [LeftOut.DELETED]
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    (ticked,) = [t for title, t in seen[1].items() if "(scheduled)" in title]
    assert not ticked
    document.undo_stack.undo()  # (the second import was cancelled: the merge's step)
    assert plan.id in document.timeline and document.timeline.left_out == []
