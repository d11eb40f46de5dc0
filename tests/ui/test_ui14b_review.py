"""Session 13, branch ui14b: the import review's Participants and Date columns, and a
Keep-one action for a pair of rows that may tell one event twice (verify13 finding 4,
ui13b's "Not done")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

from timeline_app.extract import extract_events
from timeline_app.ui.safe_text import tooltip_text

#: Two events of trial13's article1, no range among them.
ARTICLE = """Qatar, Egypt host renewed talks on Congo-Rwanda ceasefire

DOHA, Nov 18 (Reuters) - Qatar and Egypt will host a fresh round of talks between the \
Democratic Republic of Congo and Rwanda in Doha on December 9, Qatar's Minister of State \
Mohammed bin Abdulaziz Al-Khulaifi said on Tuesday.

Cairo joined the mediation earlier this year after talks in Luanda collapsed in March.
"""
#: The eight states of trial13's article1 (verify13 finding 4: cut at 180 px).
EIGHT = ("Qatar", "Egypt", "Democratic Republic of Congo", "Rwanda", "United States",
         "Angola", "Togo", "African Union")


def _review(qtbot, monkeypatch, screen, candidates=None):  # type: ignore[no-untyped-def]
    """``ARTICLE`` (or ``candidates`` in its place) in the review on a ``screen`` (w, h)."""
    from PySide6.QtCore import QRect

    from timeline_app.ui import main_window
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: QRect(0, 0, *screen))
    result = extract_events(ARTICLE, dct=dt.date(2025, 11, 18))
    assert result.candidates and all(c.end is None for c in result.candidates)
    if candidates is None:
        first = result.candidates[0]
        candidates = (dataclasses.replace(first, participants=EIGHT), *result.candidates[1:])
    dialog = ReviewDialog(dataclasses.replace(result, candidates=tuple(candidates)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _looking(dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    if os.environ.get("UI14B_PNG"):
        dialog.grab().save(f"/tmp/ui14b/{name}.png")


def test_a_long_list_of_participants_reads_whole_where_there_is_room(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify13 finding 4: eight states in a 180 px column.  On a 1600×1000 screen the
    column is as wide as the list (capped at ``MOST``), the Title keeps a third, and the
    whole list is in the cell's plain-text tooltip; a dialog widened by hand from its
    narrower size gives the names room, not only the Title."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (1600, 1000))
    table = dialog.table
    cell = table.item(0, ReviewDialog.PARTICIPANTS)
    assert cell.text() == ", ".join(EIGHT)
    assert cell.toolTip() == tooltip_text(", ".join(EIGHT))
    names = table.columnWidth(ReviewDialog.PARTICIPANTS)
    assert names > ReviewDialog.WANTED[ReviewDialog.PARTICIPANTS]
    assert names >= min(ReviewDialog.MOST[ReviewDialog.PARTICIPANTS],
                        table.sizeHintForColumn(ReviewDialog.PARTICIPANTS)), names
    assert table.columnWidth(ReviewDialog.TITLE) >= dialog.width() // 3 - 80
    assert not table.wordWrap()  # cut with "…", not at a second line without a sign
    _looking(dialog, "test_names_1600")
    dialog.resize(1200, dialog.height())
    narrow = table.columnWidth(ReviewDialog.PARTICIPANTS)
    title = table.columnWidth(ReviewDialog.TITLE)
    dialog.resize(1400, dialog.height())
    assert table.columnWidth(ReviewDialog.PARTICIPANTS) > narrow
    assert table.columnWidth(ReviewDialog.TITLE) >= title  # (the Title keeps its room)


def test_a_range_typed_in_the_review_widens_the_date_column(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """ui13b "Not done": the Date column was measured once, from the extracted dates; a
    range typed over a day ("9 December 2025 to 11 December 2025") stayed cut."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (1600, 1000))
    table = dialog.table
    before = table.columnWidth(ReviewDialog.DATE)
    dialog.set_cell(0, "Date", "9 December 2025 to 11 December 2025")
    assert table.columnWidth(ReviewDialog.DATE) >= table.sizeHintForColumn(ReviewDialog.DATE)
    assert table.columnWidth(ReviewDialog.DATE) > before
    _looking(dialog, "test_range_typed")
