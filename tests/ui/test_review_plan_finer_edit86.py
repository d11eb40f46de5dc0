"""fix87 F3's open case in the import review: the follow-up's planned signing, told to its
day, beside the timeline's planned signing of that month whose sides were read wrongly,
started ticked with Keep both (the import made two).  Now it starts as the timeline's
plan: unticked, Merge offered.  Our own events (``tests/core/
test_duplicates_plan_finer_edit86``).  Fails before session 63 (branch edit86)."""

from __future__ import annotations

import dataclasses
import os

from tests.core.test_duplicates_plan_finer_edit86 import RETOLD, _plan
from timeline_app.core import Evidence, FuzzyDate, Timeline
from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate
from timeline_app.ui.import_article import ReviewDialog


def test_the_plan_told_to_its_day_starts_as_the_timelines_not_keep_both(qtbot) -> None:  # type: ignore[no-untyped-def]
    row = Candidate("Peace agreement reached (scheduled)", FuzzyDate.of_ymd(2025, 5, 18), "",
                    "treaty", 0.75, "", (), (Evidence(RETOLD, 0, len(RETOLD)),))
    result = dataclasses.replace(extract_events(RETOLD), candidates=(row,))
    dialog = ReviewDialog(result, True, None, Timeline.from_events([_plan()]))
    qtbot.addWidget(dialog)
    dialog.show()
    if os.environ.get("EDIT86_PNG"):  # (the picture in the report, by hand only)
        dialog.resize(1500, 600)
        qtbot.wait(300)
        dialog.grab().save(os.environ["EDIT86_PNG"])
    assert dialog.duplicates[0].existing.id == "plan" and dialog.duplicates[0].likely
    assert not (dialog.is_checked(0) and dialog.duplicate_choice(0) == dialog.KEEP_BOTH)
