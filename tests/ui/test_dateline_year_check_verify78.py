"""A year-less dateline whose day falls on the lead's weekday in a later year too says so
under Article date, and a typed year whose weekday the lead contradicts is questioned
(verify78 F3: "AACHEN, Germany, February 3 (AFP) -- … on Monday …" was given 2020, 2025
fitting as well, said only in a tooltip; a typed 3 February 2026, a Tuesday, was taken
without a word and "on Monday" became 2 February 2026).  Fails before session 58."""

from __future__ import annotations

import datetime as _dt

from timeline_app.extract.dateline import read_dateline
from timeline_app.ui.import_article import ArticleDialog, weekday_elsewhere

ARTICLE = """France and Germany sign new defence pact in Aachen

AACHEN, Germany, February 3 (AFP) -- France and Germany on Monday signed a defence \
cooperation agreement in the city of Aachen, officials said.

The leaders signed the pact in the town hall where their predecessors signed the Treaty of \
Aachen on January 22, 2019.
"""


def _latest_monday_3_february(up_to: _dt.date) -> _dt.date:
    year = up_to.year if _dt.date(up_to.year, 2, 3) <= up_to else up_to.year - 1
    while _dt.date(year, 2, 3).weekday() != 0:
        year -= 1
    return _dt.date(year, 2, 3)


def test_words_for_a_later_year_and_for_a_weekday_the_lead_contradicts() -> None:
    dateline = read_dateline(ARTICLE)
    up_to = _dt.date(2026, 12, 7)
    assert weekday_elsewhere(ARTICLE, dateline, up_to, _dt.date(2020, 2, 3)) == \
        "3 February is a Monday in 2025 too"
    assert weekday_elsewhere(ARTICLE, dateline, up_to, _dt.date(2025, 2, 3)) == ""
    assert weekday_elsewhere(ARTICLE, dateline, up_to, _dt.date(2026, 2, 3)) == (
        "3 February 2026 is a Tuesday, and the lead says Monday (“and Germany on Monday "
        "signed a defence”): 3 February was a Monday in 2025")


def test_the_dialog_says_a_later_year_fits_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(ARTICLE)
    year = int(dialog.date_edit.text().rsplit(" ", 1)[-1])
    latest = _latest_monday_3_february(_dt.date.today())
    hint = dialog.date_hint.text()
    assert hint.startswith("From the dateline: it gives 3 February without a year; ")
    assert ("too: check the year" in hint) == (year != latest.year), hint
    if year != latest.year:
        assert hint.endswith(f"3 February is a Monday in {latest.year} too: check the year")


def test_a_typed_year_whose_weekday_the_lead_contradicts_is_questioned(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(ARTICLE)
    latest = _latest_monday_3_february(_dt.date.today())
    tuesday = next(y for y in range(latest.year + 1, latest.year + 12)
                   if _dt.date(y, 2, 3).weekday() == 1)
    dialog.date_edit.setText(f"3 February {tuesday}")  # (textEdited is the user's only)
    dialog._on_date_typed(f"3 February {tuesday}")
    dialog._check_typed_date()
    hint = dialog.date_hint.text()
    assert hint.startswith(f"Your date is used; 3 February {tuesday} is a Tuesday, and the "
                           "lead says Monday (“and Germany on Monday signed a defence”): 3 "
                           "February was a Monday in "), hint
    assert hint.endswith(": check the year.")
    dialog.date_edit.setText(f"3 February {latest.year}")  # a Monday: nothing to question
    dialog._on_date_typed(f"3 February {latest.year}")
    dialog._check_typed_date()
    assert "check the year" not in dialog.date_hint.text()


CORRECTION = """CORRECTED-Envoys open border talks in Doha

(Corrects day of the signing in the last paragraph to Saturday)

DOHA, Dec 2 (Reuters) - Envoys of the two neighbours opened talks on their border in Doha on \
Tuesday, mediated by Qatar.

The first meeting lasted four hours. A signing is set for Saturday, December 5.
"""


def test_a_story_filed_the_day_after_its_lead_is_not_questioned() -> None:
    """verify79 F11: a correction filed on Wednesday about Tuesday's talks, its year fixed
    by "Saturday, December 5", was told "2 December was a Tuesday in 2025: check the
    year"; the dateline reader itself lets a story be filed a day or two after its lead."""
    dateline = read_dateline(CORRECTION)
    assert dateline.date == _dt.date(2026, 12, 2)
    up_to = _dt.date(2026, 12, 7)
    assert weekday_elsewhere(CORRECTION, dateline, up_to, dateline.date, filed_later=True) == ""
    # a day typed by hand is still questioned, as before
    assert "the lead says Tuesday" in weekday_elsewhere(CORRECTION, dateline, up_to,
                                                         dateline.date)
    # a later year with the lead's weekday itself is still named
    assert weekday_elsewhere(CORRECTION, dateline, up_to, _dt.date(2020, 12, 2),
                             filed_later=True) == "2 December was a Tuesday in 2025"


def test_the_dialog_leaves_a_story_filed_the_day_after_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(CORRECTION)
    assert dialog.date_edit.text() == "2 December 2026"
    assert "check the year" not in dialog.date_hint.text(), dialog.date_hint.text()
