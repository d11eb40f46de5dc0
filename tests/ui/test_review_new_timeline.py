"""The import review with "Start a new timeline" chosen (verify33 F4): the rows were
compared with the timeline in the window (the untouched sample) all the same — the
intro said "1 is possibly already in the timeline", the Duplicate? cell offered Keep
both, while the line under the table said "not like any event already in the timeline";
and a likely duplicate of the sample opened unticked, so the seed article imported as a
new timeline would have added nothing.  In a new timeline nothing is a duplicate."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui import prompts
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _review(window, qtbot, monkeypatch) -> ReviewDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None: extract_events(SEED))
    seen = {}

    def review(_parent, result, can_add, existing=(), prefer_new=False):  # type: ignore[no-untyped-def]
        dialog = ReviewDialog(result, can_add, None, existing, prefer_new)
        qtbot.addWidget(dialog)
        seen["dialog"] = dialog
        return None

    monkeypatch.setattr(prompts, "review_candidates", review)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    return seen["dialog"]


def test_a_review_for_a_new_timeline_speaks_of_no_duplicates(window, qtbot, monkeypatch):
    dialog = _review(window, qtbot, monkeypatch)
    rows = dialog.table.rowCount()
    assert dialog.new_radio.isChecked() and rows == 8 and len(dialog.duplicates) == 8
    assert "already in the timeline" not in dialog.intro.text()
    assert len(dialog.outcome().events) == rows  # every row ticked, as the others
    for row in range(rows):
        choice = dialog.table.cellWidget(row, dialog.DUPLICATE)
        assert choice is None or not choice.isEnabled()
    # Not even greyed: the column is hidden (a "Merge" on every row read as merges).
    assert dialog.table.isColumnHidden(dialog.DUPLICATE)
    # Adding to the sample instead: the eight are duplicates again, unticked.
    dialog.add_radio.setChecked(True)
    assert "8 look like events already in the timeline" in dialog.intro.text()
    assert not dialog.table.isColumnHidden(dialog.DUPLICATE)
    assert dialog.outcome().events == []
    dialog.new_radio.setChecked(True)
    assert "already in the timeline" not in dialog.intro.text()
    assert len(dialog.outcome().events) == rows
    assert dialog.table.isColumnHidden(dialog.DUPLICATE)
