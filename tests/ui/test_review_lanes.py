"""The import review offers the timeline's own lanes (verify33 F18): the analyst had made a
lane "Domestic politics"; each row's Category box listed Treaty, Policy, Dispute, Visit,
Meeting, Anniversary, Statement, Event, and not it."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def test_each_rows_category_box_lists_the_timelines_own_lanes(qtbot):
    mine = Event("mine", "Takaichi takes office as prime minister", FuzzyDate(2025, 10, 21),
                 category="Domestic politics")
    dialog = ReviewDialog(extract_events(SEED), True, None, [mine])
    qtbot.addWidget(dialog)
    combo = dialog.table.cellWidget(0, dialog.CATEGORY)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Domestic politics" in labels and "Meeting" in labels
    assert combo.currentIndex() == 0  # the extractor's own choice stays the current one
    dialog.set_cell(0, "Category", "Domestic politics")
    assert dialog.outcome().events[0].category == "Domestic politics"
