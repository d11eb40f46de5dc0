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
    # the extractor's own choice stays the current one (selected where the one order of
    # every row's list has it, no longer moved first: verify76 F6)
    assert combo.currentData() == dialog.extraction.candidates[0].category
    dialog.set_cell(0, "Category", "Domestic politics")
    assert dialog.outcome().events[0].category == "Domestic politics"


def test_the_timeline_s_own_lanes_come_right_after_the_extractor_s_choice(qtbot):
    """verify40 F10: a newsroom's timeline has its lanes (Talks, Sanctions); each import
    row suggested the extractor's kind and listed the timeline's lanes after the eight
    built-in ones, so every import made new lanes merged by hand afterwards.  The
    timeline's lanes now come first, the built-in ones after; the row's own choice is
    selected where it stands (verify76 F6: moved first, it made the order differ from row
    to row)."""
    mine = [Event("t", "Vienna talks open", FuzzyDate(2021, 4, 6), category="talks"),
            Event("s", "UN reimposes sanctions", FuzzyDate(2025, 9, 26), category="sanctions"),
            Event("m", "Ministers meet", FuzzyDate(2024, 2, 17), category="meeting")]
    dialog = ReviewDialog(extract_events(SEED), True, None, mine)
    qtbot.addWidget(dialog)
    combo = dialog.table.cellWidget(0, dialog.CATEGORY)
    keys = [combo.itemData(i) for i in range(combo.count())]
    first = combo.currentData()
    kind = dialog.extraction.candidates[0].category
    # (a treaty row proposes her "talks", where treaties' talks go: verify55 F5)
    assert (first, kind) == ("talks", "treaty")
    assert keys[:3] == ["meeting", "sanctions", "talks"]  # hers first
    assert keys[3] == kind  # then the built-in kinds, the extractor's among them
    built_in = next(k for k in ("policy", "dispute", "visit") if k != first)
    assert keys.index(built_in) > keys.index("talks")
    assert len(keys) == len(set(keys))  # each lane once
