"""verify64 F11: importing an article again, the Duplicate? boxes of the rows already in
the timeline read "Left out — tick to merge", while the intro's "1 row you left out when
you imported this article before" named the row the person left out last time: "left
out" said two things.  The boxes now read "Skipped — tick to merge" (and the intro's
count of them "skipped (unticked)"); "left out" is kept for the earlier import."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from tests.ui.test_left_out_reimport import TEXT


def test_a_reimport_says_left_out_only_of_the_row_left_out_before(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch):
    from timeline_app.extract import extract_events
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import DuplicateBox, ReviewDialog

    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(TEXT))
    seen: list[dict[str, object]] = []

    def exec_(dialog: ReviewDialog) -> int:  # the real prompts.review_candidates's dialog
        table = dialog.table
        (plan,) = [r for r in range(table.rowCount())
                   if "(scheduled)" in table.item(r, ReviewDialog.TITLE).text()]
        boxes = [(r, box) for r in range(table.rowCount())
                 if isinstance(box := table.cellWidget(r, ReviewDialog.DUPLICATE),
                               DuplicateBox)]
        if seen:  # the second: a row already in the timeline left unticked
            dialog.add_radio.setChecked(True)
            for r, _box in boxes:
                dialog.set_checked(r, False)
        seen.append({"plan": plan, "intro": dialog.intro.text(),
                     "boxes": {r: box.shown_text() for r, box in boxes}})
        if len(seen) == 1:  # the first import: everything but the plan
            dialog.add_radio.setChecked(True)
            for r in range(table.rowCount()):
                dialog.set_checked(r, r != plan)
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    for _ in range(2):
        with qtbot.waitSignal(window.import_finished, timeout=20000):
            window.import_action.trigger()
        monkeypatch.setattr(prompts, "ask_discard", lambda *_a: True)  # (Cancel's question)
    again = seen[1]
    assert "1 row you left out when you imported this article before" in again["intro"]
    assert again["boxes"]  # a row already in the timeline, unticked
    for text in again["boxes"].values():  # type: ignore[attr-defined]
        assert text == "Skipped — tick to merge"
    assert "left out (unticked)" not in again["intro"]
