"""verify46 F2 in the window: a title typed in the event editor (``Document.update_event``)
or in a review's Title cell is kept by a later merge, and File → Merge's line says so — but
for a typed plan another file or article tells held, which takes the held title (verify65 F6)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QDialog

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.merge_dialog import MergeDialog

JAN_15 = FuzzyDate.of_day(dt.date(2027, 1, 15))


def test_file_merge_keeps_a_title_typed_in_the_editor(window, qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                                      recorded_prompts, monkeypatch):
    document = window.document
    plan = Event("plan", "Leaders to return to Brussels (scheduled)", JAN_15,
                 category="meeting", location="Brussels",
                 participants=("Aleksandar Vučić", "Albin Kurti"))
    document.add_event(plan)
    assert not document.title_by_hand("plan")
    typed = "Vučić and Kurti due back in Brussels to review statute (scheduled)"
    document.update_event(dataclasses.replace(plan, title=typed))  # as the editor's OK
    assert document.title_by_hand("plan")
    held = Event("other-1", "Vučić and Kurti meet in Brussels", JAN_15, category="meeting",
                 location="Brussels", participants=("Aleksandar Vučić", "Albin Kurti"))
    path = tmp_path / "other.json"
    timeline_io.save(Timeline.from_events([held], title="Other"), path)
    recorded_prompts.open_path = str(path)
    said = {}

    def exec_(dialog: MergeDialog) -> int:  # the real prompts.review_merge, its dialog run
        assert list(dialog.duplicates) == ["other-1"]
        dialog.set_checked(0, True)  # Merge
        said["line"] = dialog.duplicate_text(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", exec_)
    window.merge_action.trigger()
    # the other file's telling of it held: a typed plan takes that title (verify65 F6;
    # it was kept, "keeps its title, not …")
    assert f"title: “{typed}” → “Vučić and Kurti meet in Brussels”" in said["line"]
    assert document.timeline.get("plan").title == "Vučić and Kurti meet in Brussels"
    assert len(document.timeline.get("plan").evidence) == 0  # (merged: nothing else lost)


def test_a_review_says_which_titles_were_typed(window, qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.extract import extract_events
    from timeline_app.ui.import_article import ReviewDialog

    text = ("BRUSSELS, Nov 27, 2026 (AFP) - Serbian President Aleksandar Vucic and Kosovo "
            "Prime Minister Albin Kurti met in Brussels on Friday. The two leaders are due "
            "to return to Brussels on 15 January 2027, the EU said.")
    dialog = ReviewDialog(extract_events(text), True, None, ())
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 1
    for row in range(dialog.table.rowCount()):
        dialog.set_checked(row, True)
    dialog.table.item(0, ReviewDialog.TITLE).setText("Vučić and Kurti meet in Brussels")
    outcome = dialog.outcome()
    assert outcome.typed_titles == frozenset({outcome.events[0].id})


def test_a_title_typed_in_a_review_is_noted_at_import(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from timeline_app.extract import extract_events
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewDialog

    text = ("BRUSSELS, Nov 27, 2026 (AFP) - The two leaders are due to return to Brussels "
            "on 15 January 2027, the EU said.")
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(text))

    def review(_parent, result, can_add, existing=(), prefer_new=False):  # type: ignore[no-untyped-def]
        dialog = ReviewDialog(result, can_add, None, existing)
        qtbot.addWidget(dialog)
        dialog.set_checked(0, True)
        dialog.table.item(0, ReviewDialog.TITLE).setText(
            "Vučić and Kurti due back in Brussels (scheduled)")
        return dialog.outcome()

    monkeypatch.setattr(prompts, "review_candidates", review)
    before = {e.id for e in window.document.timeline}
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    (added,) = [e for e in window.document.timeline if e.id not in before]
    assert added.title == "Vučić and Kurti due back in Brussels (scheduled)"
    assert window.document.title_by_hand(added.id)


def test_the_next_articles_review_says_the_typed_title_stays_and_it_does(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch):
    """The trial's steps: a row retitled in one article's review, then another article's
    row merged into it.  The review's line had said "title: … → …" (and the import did it)."""
    from timeline_app.extract import extract_events
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewDialog

    texts = [("BRUSSELS, Nov 27, 2026 (AFP) - Serbian President Aleksandar Vucic and Kosovo "
              "Prime Minister Albin Kurti met in Brussels on Friday. The two leaders are due "
              "to return to Brussels on 15 January 2027 to review the statute, the EU said."),
             ("LONDON, Jan 16, 2027 (BBC) - Vucic and Kurti met in Brussels on Friday to "
              "review the statute.")]
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(texts.pop(0)))
    typed = "Vučić and Kurti due back in Brussels to review statute (scheduled)"
    lines, shown = [], []

    def exec_(dialog: ReviewDialog) -> int:  # the real prompts.review_candidates's dialog
        if not lines:
            (row,) = [r for r in range(dialog.table.rowCount())
                      if "(scheduled)" in dialog.table.item(r, ReviewDialog.TITLE).text()]
            for r in range(dialog.table.rowCount()):
                dialog.set_checked(r, True)
            dialog.table.item(row, ReviewDialog.TITLE).setText(typed)
        else:
            (row,) = dialog.duplicates
            shown.append(dialog.duplicate_label.text())  # as the dialog opens on it
            dialog.set_checked(row, True)  # Merge
        lines.append(dialog.duplicate_text(row) if dialog.duplicates else "")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    for _ in range(2):
        with qtbot.waitSignal(window.import_finished, timeout=20000):
            window.import_action.trigger()
    # the next article tells it held: the typed plan takes the held title, and the line
    # says so (verify65 F6; it said "keeps its title, typed by hand" and kept it)
    held = "Vucic and Kurti meet in Brussels"
    assert f"title: “{typed}” → “{held}”" in lines[1] and "title:" in shown[0]
    assert "keeps its title" not in lines[1]
    assert [e.title for e in window.document.timeline if "Brussels" in e.title and
            e.date.describe() == "15 January 2027"] == [held]
