"""Session 14, branch ux15: the import review's columns share the width by what each
needs (verify14 finding 5: names cut at 100 px on a 1280×800 screen beside 80 px of the
Title's blank; the eight states' list cut at a 360 px cap on a 1600×1000 screen beside
250 px of it; a long date typed narrowed the names while the Title had room)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events

ARTICLE = """Qatar, Egypt host renewed talks on Congo-Rwanda ceasefire

DOHA, Nov 18 (Reuters) - Qatar and Egypt will host a fresh round of talks between the \
Democratic Republic of Congo and Rwanda in Doha on December 9, Qatar's Minister of State \
Mohammed bin Abdulaziz Al-Khulaifi said on Tuesday.

Cairo joined the mediation earlier this year after talks in Luanda collapsed in March.
"""
#: The eight states of trial13's article2 (~430 px at the default font).
EIGHT = ("Denmark", "Estonia", "Finland", "Iceland", "Latvia", "Lithuania", "Norway",
         "Sweden")
#: Columns that may be cut (their widest cell) while the Title has room, px: none.
SLACK = 4


def _review(qtbot, monkeypatch, screen, titles=None):  # type: ignore[no-untyped-def]
    """A review of ``ARTICLE``'s candidates on a ``screen`` (w, h): the first with the
    eight states, the second a range in Washington, titles ``titles`` if given."""
    from PySide6.QtCore import QRect

    from timeline_app.ui import main_window
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: QRect(0, 0, *screen))
    result = extract_events(ARTICLE, dct=dt.date(2025, 11, 18))
    first, second, *rest = result.candidates
    candidates = [dataclasses.replace(first, participants=EIGHT),
                  dataclasses.replace(second, location="Washington and Kinshasa",
                                      date=FuzzyDate.of_day(dt.date(2025, 11, 2)),
                                      end=FuzzyDate.of_day(dt.date(2025, 11, 5))),
                  *rest]
    if titles is not None:
        candidates = [dataclasses.replace(c, title=titles) for c in candidates]
    dialog = ReviewDialog(dataclasses.replace(result, candidates=tuple(candidates)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _cut_beside_room(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    """The columns cut while the Title is wider than its widest title."""
    from timeline_app.ui.import_article import ReviewDialog

    table = dialog.table
    spare = table.columnWidth(ReviewDialog.TITLE) - table.sizeHintForColumn(ReviewDialog.TITLE)
    if spare <= SLACK:
        return []
    shared = (ReviewDialog.DATE, ReviewDialog.PARTICIPANTS, ReviewDialog.PLACE)
    return [ReviewDialog.COLUMNS[c] for c in shared
            if table.columnWidth(c) < table.sizeHintForColumn(c)]


@pytest.mark.parametrize("screen", [(1280, 800), (1600, 1000), (1024, 700)])
@pytest.mark.parametrize("titles", [None, "Talks"])
def test_no_column_is_cut_while_the_title_has_room(qtbot, monkeypatch, screen, titles):  # type: ignore[no-untyped-def]
    """At the width the review opens at and at every width it is resized to, a
    Participants, Place or Date column is cut only when the Title needs all its
    width; the Title keeps a third of the dialog, or its widest title if narrower."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, screen, titles)
    table = dialog.table
    for width in (dialog.width(), 900, 1100, 1240, 1400, 1560):
        dialog.resize(width, dialog.height())
        assert _cut_beside_room(dialog) == [], (width, dialog.width())
        assert table.columnWidth(ReviewDialog.TITLE) >= min(
            dialog.width() // 4 - 40, table.sizeHintForColumn(ReviewDialog.TITLE)), width


def test_the_eight_states_are_whole_on_a_1600_screen(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify14: "…, Lithuania, No…" at a 360 px cap with ~250 px of the Title blank."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (1600, 1000))
    table = dialog.table
    assert table.item(0, ReviewDialog.PARTICIPANTS).text() == ", ".join(EIGHT)
    for column in (ReviewDialog.TITLE, ReviewDialog.DATE, ReviewDialog.PARTICIPANTS,
                   ReviewDialog.PLACE):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), \
            ReviewDialog.COLUMNS[column]
    assert dialog.width() <= 1560


def test_a_long_date_typed_takes_the_titles_room_first(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify14: typing "c. 15 September 2025 to c. 20 September 2025" narrowed
    Participants from 360 to ~320 px while the Title had ~150 px blank.  Now the Date
    takes the Title's spare room; the names keep their width."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (1600, 1000), "Talks")
    dialog.resize(1560, dialog.height())
    table = dialog.table
    names, title = (table.columnWidth(ReviewDialog.PARTICIPANTS),
                    table.columnWidth(ReviewDialog.TITLE))
    assert names >= table.sizeHintForColumn(ReviewDialog.PARTICIPANTS)
    date = table.columnWidth(ReviewDialog.DATE)
    dialog.set_cell(0, "Date", "c. 15 September 2025 to c. 20 September 2025")
    assert table.columnWidth(ReviewDialog.DATE) >= table.sizeHintForColumn(ReviewDialog.DATE)
    assert table.columnWidth(ReviewDialog.DATE) > date
    assert table.columnWidth(ReviewDialog.PARTICIPANTS) == names
    assert table.columnWidth(ReviewDialog.TITLE) < title


def test_a_width_set_by_hand_stays_at_any_dialog_width(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """A Place column dragged to 150 px stays 150 px however the dialog is resized (it
    stayed only while a resize kept the old rule's step); a place typed that it cuts
    measures the column again (one that fits leaves it: verify24, U6)."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (1600, 1000))
    table = dialog.table
    table.setColumnWidth(ReviewDialog.PLACE, 150)  # as a drag of its header's edge does
    for width in (1500, 1000, 1300):
        dialog.resize(width, dialog.height())
        assert table.columnWidth(ReviewDialog.PLACE) == 150, width
    dialog.set_cell(0, "Place", "Doha")
    assert table.columnWidth(ReviewDialog.PLACE) == 150
    dialog.set_cell(0, "Place", "the Lusail Palace in Doha and the Amiri Diwan, Qatar")
    assert table.columnWidth(ReviewDialog.PLACE) != 150


def test_column_shares_cut_the_fewest_cells() -> None:
    """``column_shares`` (review16, verify15 finding 4): the widths that cut the fewest
    cells, a title before names on a tie and a date last; what is left to the columns
    still cut, then room to type, then the Title.  The old order (the Title whole
    before the names) cut the names in 3 rows here to keep one long title whole."""
    from timeline_app.ui.import_article import column_shares

    title, date, names, place = 2, 1, 3, 4
    least = {title: 150, date: 95, names: 100, place: 70}
    comfort = {date: 140, names: 180, place: 100}
    rank = {title: 0, names: 1, place: 1, date: 2}
    cells = {title: [400, 200, 150, 150], date: [100, 100, 100, 100],
             names: [300, 250, 250, 100], place: [80, 80, 80, 80]}

    def shares(room: int, cells: dict[int, list[int]] = cells) -> dict[int, int]:
        got = column_shares(room, cells, title, least, comfort, rank)
        others = sum(w for c, w in least.items() if c != title)
        assert sum(got.values()) == max(room, others)
        return got

    assert shares(200) == {title: 0, date: 95, names: 100, place: 70}  # too narrow
    # Everything whole, each column room to type, the rest to the Title.
    assert shares(1000) == {title: 1000 - 140 - 300 - 100, date: 140, names: 300,
                            place: 100}
    # 80 px short: the one long title is cut, not the three lists of names; what is
    # left goes back to the title.
    assert shares(800) == {title: 320, date: 100, names: 300, place: 80}
    assert shares(700) == {title: 220, date: 100, names: 300, place: 80}
    # Shorter still: two titles and one list of names cut (3 cells, not the names' 3
    # and a title's 1); the 20 px left go to the narrower of the two cut columns.
    assert shares(600) == {title: 170, date: 100, names: 250, place: 80}
    # A tie, one cell either way: the title is cut, not the date.
    tie = {title: [300, 150], date: [250, 100], names: [100, 100], place: [70, 70]}
    assert shares(600, tie) == {title: 180, date: 250, names: 100, place: 70}
