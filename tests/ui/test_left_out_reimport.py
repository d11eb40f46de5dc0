"""verify46 F15, second part (session 38, fix81): a row the person unticked (left out) in
an earlier import of the same article was offered again, ticked, when the article was
imported again.  The timeline remembers the readings left out (``Timeline.left_out``,
kept by its file) and the review offers such a row unticked, saying when it was left out.
Fails on main ``5d98e0e0`` (nothing remembered)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QDialog

from timeline_app import io as timeline_io
from timeline_app.core import FuzzyDate

TEXT = ("BRUSSELS, Nov 27, 2026 (AFP) - Serbian President Aleksandar Vucic and Kosovo "
        "Prime Minister Albin Kurti met in Brussels on Friday. The two leaders are due "
        "to return to Brussels on 15 January 2027 to review the statute, the EU said.")


def test_a_row_left_out_is_offered_unticked_when_the_article_comes_again(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch, tmp_path):
    from timeline_app.extract import extract_events
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(TEXT))
    seen: list[dict[str, object]] = []

    def plan_row(dialog: ReviewDialog) -> int:
        (row,) = [r for r in range(dialog.table.rowCount())
                  if "(scheduled)" in dialog.table.item(r, ReviewDialog.TITLE).text()]
        return row

    def exec_(dialog: ReviewDialog) -> int:  # the real prompts.review_candidates's dialog
        row = plan_row(dialog)
        check = dialog.table.item(row, ReviewDialog.CHECK)
        seen.append({"ticked": dialog.is_checked(row), "tip": check.toolTip(),
                     "intro": dialog.intro.text(), "line": dialog.duplicate_text(row)})
        if len(seen) == 1:  # the first import: everything but the plan
            for r in range(dialog.table.rowCount()):
                dialog.set_checked(r, r != row)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    assert seen[0]["ticked"]  # offered ticked the first time
    document = window.document
    assert not [e for e in document.timeline if "(scheduled)" in e.title]
    (reading,) = document.timeline.left_out
    assert reading.date == "15 January 2027" and reading.on == dt.date.today()
    # kept by the file: saved, reopened
    path = tmp_path / "kosovo.json"
    document.save(str(path))
    document.replace_timeline(timeline_io.load(path), str(path))
    assert document.timeline.left_out == [reading]
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    today = FuzzyDate.of_day(dt.date.today()).describe()
    assert not seen[1]["ticked"]
    assert seen[1]["tip"] == ("You left this out when you imported this article on "
                              f"{today}. Tick it to add it.")
    assert "1 row you left out when you imported this article before starts unticked." \
        in str(seen[1]["intro"])
    assert str(seen[1]["line"]).endswith(  # the line under the table
        f"You left this out when you imported this article on {today}.")
    assert "You left" not in str(seen[0]["line"])
    # still left out (nothing added: no import), and remembered once
    assert not [e for e in document.timeline if "(scheduled)" in e.title]
    assert [x.date for x in document.timeline.left_out] == ["15 January 2027"]


def test_a_row_taken_later_is_forgotten() -> None:
    from timeline_app.core import Event
    from timeline_app.core.model import Evidence
    from timeline_app.core.reimport import left_out_before, reading_left_out, with_left_out

    event = Event("r", "Leaders due back (scheduled)", FuzzyDate.of_ymd(2027, 1, 15),
                  category="meeting", evidence=(Evidence("They are due back.", 0, 18),))
    day = dt.date(2026, 12, 4)
    first = with_left_out([], [reading_left_out("a", event, day)], [])
    assert left_out_before(first, "a", event) == first[0]
    assert left_out_before(first, "another article", event) is None
    assert with_left_out(first, [], [reading_left_out("a", event, day)]) == []
    later = with_left_out(first, [reading_left_out("a", event, dt.date(2026, 12, 5))], [])
    assert [x.on for x in later] == [dt.date(2026, 12, 5)]


def test_a_likely_duplicate_left_unticked_is_not_left_out(qtbot):  # type: ignore[no-untyped-def]
    """A row unticked because it is already in the timeline (a likely duplicate, as the
    review offers it) was not left out by the person: not remembered as such."""
    from timeline_app.extract import extract_events
    from timeline_app.ui.import_article import ReviewDialog

    result = extract_events(TEXT)
    meeting = result.candidates[0].to_event("met")
    dialog = ReviewDialog(result, True, None, [meeting])
    qtbot.addWidget(dialog)
    assert dialog.duplicates[0].likely and not dialog.is_checked(0)
    dialog.set_checked(1, False)
    outcome = dialog.outcome()
    assert [x.date for x in outcome.left_out] == ["15 January 2027"]
    dialog.set_checked(1, True)
    assert [x.date for x in dialog.outcome().taken] == ["15 January 2027"]


def test_undoing_the_import_forgets_its_rows_left_out_and_redo_notes_them(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch):
    """Session 38 left it: the readings left out were noted outside the undo stack, so an
    import undone with Ctrl+Z still offered its rows unticked, "left out when you imported
    this article", though nothing of it was imported."""
    from timeline_app.extract import extract_events
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(TEXT))

    def exec_(dialog: ReviewDialog) -> int:  # leave out the plan, take the rest
        for r in range(dialog.table.rowCount()):
            dialog.set_checked(r, "(scheduled)" not in dialog.table.item(
                r, ReviewDialog.TITLE).text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    document = window.document  # (a new timeline, named after the article)
    (reading,) = document.timeline.left_out
    imported = len(document.timeline.events)
    ids = set(document.timeline.ids())
    assert imported and document.undo_stack.undoText().startswith("Import")
    document.undo_stack.undo()
    # (the timeline shown before the new one is back, the sample: verify64 F10)
    assert not ids & set(document.timeline.ids()) and document.timeline.left_out == []
    document.undo_stack.redo()
    assert document.timeline.left_out == [reading]
    assert len(document.timeline.events) == imported


def test_a_merging_import_notes_them_in_its_undo_step_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import Event, Source
    from timeline_app.core.model import LeftOut
    from timeline_app.document import Document

    document = Document()
    old = Event("a", "Talks in Brussels", FuzzyDate.of_ymd(2026, 11, 27))
    document.import_events(None, [old])
    steps = document.undo_stack.count()
    reading = LeftOut("src-x", "They will meet again.", "meeting", "15 January 2027",
                      dt.date(2026, 12, 4))
    source = Source("src-x", "Talks", text="They will meet again.")
    document.merge_events([source], [], [dataclasses.replace(old, title="Talks")],
                          "Import 1 event", dropped=[reading], taken=[])
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Import 1 event"
    assert document.timeline.left_out == [reading]
    document.undo_stack.undo()
    assert document.timeline.left_out == []
    assert document.timeline.get("a").title == "Talks in Brussels"
