"""verify85 F1, F4 in the import review: a second wire's loosely told signing and its
clash of "last month" started ticked with Keep both (the signing matched to a visit), and
a day told inside the timeline's "week of" event started cited only, its sharper date
dropped.  Now both retellings start as the event's (cited, not Keep both), and the day
in the week starts ticked to merge.  Our own events (``tests/core/
test_duplicates_settled_fix89``).  Fails before session 62 (branch fix89)."""

from __future__ import annotations

import dataclasses

from tests.core.test_duplicates_settled_fix89 import _rows, _timeline
from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate
from timeline_app.ui.import_article import ReviewDialog


def _candidates() -> tuple[Candidate, ...]:
    return tuple(Candidate(row.title, row.date, "", row.category, 0.85, row.location,
                           row.participants, row.evidence) for row in _rows())


def _review(qtbot):  # type: ignore[no-untyped-def]
    article = "\n\n".join(row.evidence[0].sentence for row in _rows())
    result = dataclasses.replace(extract_events(article), candidates=_candidates())
    dialog = ReviewDialog(result, True, None, _timeline())
    qtbot.addWidget(dialog)
    return dialog


def test_retellings_start_as_the_events_not_keep_both(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    for row, event_id in ((0, "clash"), (2, "sign"), (3, "sign")):
        assert dialog.duplicates[row].existing.id == event_id
        assert not (dialog.is_checked(row)
                    and dialog.duplicate_choice(row) == dialog.KEEP_BOTH), row


def test_a_day_inside_a_told_week_starts_ticked_to_merge(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    assert dialog.duplicates[4].existing.id == "panel"
    assert dialog.is_checked(4) and dialog.duplicate_choice(4) == dialog.MERGE
