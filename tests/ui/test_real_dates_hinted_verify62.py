"""The event editor's date field offers only real dates (verify62): typing "31 Feb" the
line under the fields said 'Add the year: “31 February” could be any year (e.g. 31
February 2025)' — a date no calendar has.  Now a day no year has is refused saying
why, 29 February is offered in a leap year, and a day past its month's end offers the
month's last day."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from timeline_app.core.dates import MONTH_NAMES, days_in_month
from timeline_app.core.parse_date import parse_typed_date
from timeline_app.ui.event_editor import EventEditor

_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTH_NAMES) + r") (\d{1,4})\b")


def _impossible(text: str) -> list[str]:
    """The dates of ``text`` ("31 February 2025") offered as examples that no calendar
    has (the refusal's own "There is no …" is not an offer)."""
    offered = re.sub(r"There is no [^:]*:", "", text)
    return [m.group(0) for m in _DAY_MONTH_YEAR.finditer(offered)
            if int(m.group(1)) > days_in_month(int(m.group(3)),
                                               MONTH_NAMES.index(m.group(2)) + 1)]


def test_typing_a_day_no_year_has_offers_no_impossible_date(window, qtbot):
    dialog = EventEditor(window.document.timeline)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Talks")
    said = []
    for key in "31 Feb":  # as she types it, each pause in typing said
        qtbot.keyClicks(dialog.date_edit, key)
        dialog.settle()
        said.append(dialog.error_label.text())
        assert not _impossible(said[-1]), said[-1]
    assert "31 February 2025" not in " ".join(said)
    assert said[-1] == ("Cannot read “31 Feb” as the date. There is no 31 February in any "
                        "year: February has 28 days, 29 in a leap year.")
    assert not dialog.ok_button.isEnabled()
    dialog.date_edit.selectAll()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.date_edit, "29 Feb 2023")
    dialog.settle()
    assert dialog.error_label.text().endswith(
        "There is no 29 February 2023: it has 28 days; 29 February comes only in a leap "
        "year, e.g. 2020 or 2024.")
    assert not dialog.ok_button.isEnabled()


@pytest.mark.parametrize(("typed", "said"), [
    ("31 Feb", "There is no 31 February in any year: February has 28 days, 29 in a leap "
               "year."),
    ("30 February", "There is no 30 February in any year"),
    ("31 April", "There is no 31 April in any year: April has 30 days."),
    ("29 Feb", "Add the year: “29 February” could be any year (e.g. 29 February 2024)."),
    ("30 April", "(e.g. 30 April 2025)"),
    ("31 April 2025", "There is no 31 April 2025: it has 30 days; the last is 30 April 2025."),
    ("29/2/2100", "29 February comes only in a leap year, e.g. 2096 or 2104."),
    ("29 Feb 9999", "e.g. 9996."),  # (AD 10000 is beyond the years a date holds)
    ("0 March 2025", "There is no 0 March 2025: it has 31 days, counted from 1."),
    # a day without its month: a real day, in the year typed (was "e.g. 31 2025",
    # "e.g. 45 March 2025")
    ("31st", "Add the month and the year to the day 31, e.g. 31 March 2025."),
    ("12th 2024", "Add the month to the day 12, e.g. 12 March 2024."),
    ("45 2025", "There is no day 45 in any month: a month has at most 31 days."),
])
def test_hints_offer_only_real_dates(typed: str, said: str) -> None:
    result = parse_typed_date(typed, day_first=True)
    assert result.date is None and said in result.error
    assert not _impossible(result.error)
