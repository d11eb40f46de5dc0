"""Session 12, branch ui13b: three small defects of the import review and the start-up
(verify13's findings 2 and 4, paint13's leftover)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate
from timeline_app.ui.told_twice import told_twice


def _candidate(title: str, date: FuzzyDate, place: str,
               participants: tuple[str, ...]) -> Candidate:
    return Candidate(title, date, "'a phrase'", "visit", 0.9, place, participants)


def test_a_shared_place_alone_does_not_pair_two_parties() -> None:
    """verify13 finding 2: "Christopher Landau visits Doha (scheduled)" (December 2025,
    Landau and the United States) and "Qatar, Egypt, DR Congo and Rwanda meet in Doha"
    (9 December) were flagged as one event told twice on the place alone, with no
    participant in common."""
    december = FuzzyDate.of_month(2025, 12)
    ninth = FuzzyDate.of_day(dt.date(2025, 12, 9))
    landau = _candidate("Christopher Landau visits Doha (scheduled)", december, "Doha",
                        ("Christopher Landau", "United States"))
    talks = _candidate("Qatar, Egypt, DR Congo and Rwanda meet in Doha (scheduled)", ninth,
                       "Doha", ("Qatar", "Egypt", "Democratic Republic of Congo", "Rwanda",
                                "Faure Gnassingbe"))
    assert told_twice([landau, talks]) == {}
    # Two people each, none shared: two meetings in Doha, not one.
    one = _candidate("Landau meets Al Thani", ninth, "Doha", ("Christopher Landau", "Al Thani"))
    other = _candidate("Gnassingbe meets Kagame", ninth, "Doha", ("Faure Gnassingbe", "Kagame"))
    assert told_twice([one, other]) == {}
    # A shared state is a participant in common: the place still counts.
    rubio = _candidate("Marco Rubio in Doha", december, "Doha", ("Marco Rubio", "United States"))
    assert set(told_twice([landau, rubio])) == {0, 1}
    # States on one row, people on the other cannot be compared (trial12 finding 6).
    visit = _candidate("Visit to Brasilia", FuzzyDate.of_month(2026, 10), "Brasilia",
                       ("Brazil", "Indonesia"))
    meeting = _candidate("Sugiono and Mauro Vieira meet", FuzzyDate.of_day(dt.date(2026, 10, 21)),
                         "Brasilia", ("Sugiono", "Mauro Vieira"))
    assert "same place (Brasilia)" in told_twice([visit, meeting])[0].reason
    # A row without participants: the place still counts.
    bare = _candidate("Talks in Doha", ninth, "Doha", ())
    assert set(told_twice([landau, bare])) == {0, 1}



#: From trial13's article1 (DCT 18 November 2025): two ranges, four events.
ARTICLE = """Qatar, Egypt host renewed talks on Congo-Rwanda ceasefire

DOHA, Nov 18 (Reuters) - Qatar and Egypt will host a fresh round of talks between the \
Democratic Republic of Congo and Rwanda in Doha next month, Qatar's Minister of State at \
the Foreign Ministry Mohammed bin Abdulaziz Al-Khulaifi said on Tuesday.

Al-Khulaifi told reporters that delegations from Kinshasa and Kigali had confirmed they \
would attend the three-day session, due to open on December 9.

Egyptian Foreign Minister Badr Abdelatty visited Kinshasa and Kigali from November 2 to 5, \
carrying messages from President Abdel Fattah al-Sisi, Egypt's foreign ministry said. \
Cairo joined the mediation earlier this year after talks in Luanda collapsed in March.
"""


def _review(qtbot, monkeypatch, screen, duplicates=False):  # type: ignore[no-untyped-def]
    """``ARTICLE`` in the review on a ``screen`` (w, h) px; with ``duplicates``, against
    a timeline that has its events already (the Duplicate? column shows)."""
    from PySide6.QtCore import QRect

    from timeline_app.extract import extract_events
    from timeline_app.ui import main_window
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: QRect(0, 0, *screen))
    result = extract_events(ARTICLE, dct=dt.date(2025, 11, 18))
    assert sum(c.end is not None for c in result.candidates) >= 2, result.candidates
    events = [c.to_event(f"e{i}") for i, c in enumerate(result.candidates)] if duplicates else []
    dialog = ReviewDialog(result, True, None, events)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _dates_whole(dialog) -> bool:  # type: ignore[no-untyped-def]
    """Whether every Date cell's text fits its column (the cell's margins included)."""
    from timeline_app.ui.import_article import ReviewDialog

    table = dialog.table
    ranges = [table.item(row, ReviewDialog.DATE).text() for row in range(table.rowCount())]
    assert any(" to " in text for text in ranges), ranges
    return table.columnWidth(ReviewDialog.DATE) >= table.sizeHintForColumn(ReviewDialog.DATE)


def _looking(dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    import os

    if os.environ.get("UI13B_PNG"):
        dialog.grab().save(f"/tmp/ui13b/{name}.png")


def test_a_date_range_is_whole_in_the_review_when_there_is_room(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify13 finding 4: "2 November 2025 to 5 November 2025" showed as "2 November
    2025 to 5 …": the Date column was 140 px (95 once the Duplicate? column showed at
    1200 px), and widening the dialog gave all the room to the Title.  On a 1600×1000
    screen the review now opens wide enough for the ranges, a dialog narrowed to 1200 px
    keeps the Date whole (Participants and Place give way), and one widened by hand
    gives the columns their widths back."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (1600, 1000), duplicates=True)
    assert not dialog.table.isColumnHidden(ReviewDialog.DUPLICATE)
    assert dialog.width() <= 1560 and _dates_whole(dialog)
    title = dialog.table.columnWidth(ReviewDialog.TITLE)
    assert title >= min(dialog.width() // 4 - 80, dialog.table.sizeHintForColumn(
        ReviewDialog.TITLE)), (title, dialog.width())
    _looking(dialog, "test_open_1600")
    dialog.resize(1000, dialog.height())
    # (ux15: the Title keeps its third, the Date what is left of it over the least widths)
    assert dialog.table.columnWidth(ReviewDialog.DATE) >= ReviewDialog.NARROW[ReviewDialog.DATE]
    assert not _dates_whole(dialog)
    assert dialog.table.columnWidth(ReviewDialog.TITLE) >= min(
        dialog.width() // 4 - 40, dialog.table.sizeHintForColumn(ReviewDialog.TITLE))
    dialog.resize(1200, dialog.height())
    assert _dates_whole(dialog)
    for column in (ReviewDialog.PARTICIPANTS, ReviewDialog.PLACE):
        assert ReviewDialog.NARROW[column] <= dialog.table.columnWidth(column)
    # (the eight states gave way; review16: the fewest cells cut, Place kept whole)
    assert dialog.table.columnWidth(ReviewDialog.PARTICIPANTS) < \
        dialog.table.sizeHintForColumn(ReviewDialog.PARTICIPANTS)
    _looking(dialog, "test_1200")
    dialog.resize(1560, dialog.height())
    assert _dates_whole(dialog)
    # (ui14b: up to the widest list of names, as the Title's third allows)
    assert dialog.table.columnWidth(ReviewDialog.PARTICIPANTS) >= \
        ReviewDialog.WANTED[ReviewDialog.PARTICIPANTS]
    # A width set by hand stays while a resize keeps the same widths' step.
    dialog.table.setColumnWidth(ReviewDialog.PLACE, 150)
    dialog.resize(1540, dialog.height())
    assert dialog.table.columnWidth(ReviewDialog.PLACE) == 150
    _looking(dialog, "test_1560")


def test_the_review_of_ranges_still_fits_a_small_screen(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """The wider columns do not push the buttons off an 800×600 screen."""
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (800, 570), duplicates=True)
    assert dialog.width() <= 760 and dialog.height() <= 510
    assert dialog.table.columnWidth(ReviewDialog.DATE) == ReviewDialog.NARROW[ReviewDialog.DATE]
    buttons = dialog.import_button.mapTo(dialog, dialog.import_button.rect().bottomRight())
    assert dialog.rect().contains(buttons)
    _looking(dialog, "test_800")



def test_a_fresh_start_gets_the_quiet_scroll_bar(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """paint13's leftover: the horizontal scroll bar repaints only its slider's rectangles
    when only the slider moves once PySide has made ``QStyle``; the filter panel or a
    theme made it, but with brand-new settings nothing did, so the bar repainted whole at
    every pan and notch.  The panels' build steps after the first paint make it now: the
    app in a child process with brand-new settings, the deferred start-up and nothing made
    by hand (paint13's child without its ``import QStyle``).  Fails on the old code
    (``[] False``)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from test_view_pan_scroll_bar import BAR_CHILD

    child = BAR_CHILD.replace("from PySide6.QtWidgets import QStyle", "pass").replace(
        "MainWindow(load_default_timeline())",
        "MainWindow(load_default_timeline(), defer_panels=True)")  # as the app starts
    assert "pass" in child and "defer_panels=True" in child
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root),
               TIMELINE_APP_SETTINGS=str(tmp_path / "brand-new.ini"))
    done = subprocess.run([sys.executable, "-c", child], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    last = done.stdout.strip().splitlines()[-1]
    assert last == "['QStyle', 'QStyleOptionSlider'] True", (last, done.stderr[-2000:])
