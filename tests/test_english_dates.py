"""Dates written in words are English whatever the machine's locale (verify37 F1).

``QApplication`` calls ``setlocale(LC_ALL, "")`` on Unix, so after it Python's
``strftime("%B")``, ``f"{d:%B}"`` and ``calendar.month_name`` follow the desktop's language:
on a German desktop the bases saved in a file read "relative to the dateline 27 März 2026",
Details said "Article: … · 27 März 2026", the axis badge "Article · 27 Mär 2026" and the
recovery prompt "as of 3 Dezember 2026", beside an English interface.
"""

from __future__ import annotations

import datetime as dt
import locale
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app.core import Source

ROOT = Path(__file__).resolve().parent.parent / "timeline_app"

REUTERS = (
    "ISTANBUL, March 27 (Reuters) - Russian Foreign Minister Sergei Lavrov and Ukrainian "
    "Foreign Minister Dmytro Kuleba met in Istanbul on Tuesday for talks hosted by Turkish "
    "President Recep Tayyip Erdogan.\n\nLavrov is due to travel to Beijing next week.\n")


@pytest.fixture
def german_time_locale() -> Iterator[None]:
    """LC_TIME set to German, as QApplication leaves it on a German desktop."""
    before = locale.setlocale(locale.LC_TIME)
    for name in ("de_DE.UTF-8", "de_DE.utf8", "de_DE"):
        try:
            locale.setlocale(locale.LC_TIME, name)
            break
        except locale.Error:
            continue
    else:
        pytest.skip("no German locale installed (apt-get install locales; locale-gen de_DE.UTF-8)")
    assert dt.date(2026, 3, 1).strftime("%B") == "März"
    try:
        yield
    finally:
        locale.setlocale(locale.LC_TIME, before)


def test_no_locale_dependent_month_or_weekday_names_in_the_source() -> None:
    """The months and days are spelt from ``core.dates.MONTH_NAMES`` / ``WEEKDAY_NAMES``."""
    pattern = re.compile(r"""strftime\(\s*["'][^"']*%[aAbBc]|:%[aAbBc]"""
                         r"|calendar\.(?:month|day)_(?:name|abbr)")
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if pattern.search(code) and "``" not in code:
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


@pytest.mark.usefixtures("german_time_locale")
def test_extraction_bases_are_english_under_a_german_locale() -> None:
    from timeline_app.extract import extract_events, read_dateline

    dateline = read_dateline(REUTERS)  # "the lead says 'Tuesday', and 27 March is a Tuesday in …"
    assert "27 March" in dateline.year_basis, dateline.year_basis
    result = extract_events(REUTERS, dt.date(2026, 3, 27))
    bases = [c.date_basis for c in result.candidates]
    assert any("27 March 2026" in basis for basis in bases), bases
    assert not any("März" in basis or "Dienstag" in basis for basis in bases), bases


@pytest.mark.usefixtures("german_time_locale")
def test_csv_year_month_day_columns_compose_english_dates() -> None:
    from timeline_app.io import csv_table

    assert csv_table._composed_date(["2025", "3", "4"], 0, 1, 2) == "4 March 2025"
    assert csv_table._composed_date(["2025", "12", ""], 0, 1, 2) == "December 2025"


@pytest.mark.usefixtures("german_time_locale")
def test_details_article_line_is_english_under_a_german_locale() -> None:
    from timeline_app.ui.detail_pane import article_line

    source = Source(id="s", title="Talks", outlet="Reuters", dateline_place="Istanbul",
                    dateline_date=dt.date(2026, 3, 27))
    assert article_line(source).endswith("27 March 2026")


def test_a_basis_saved_by_an_earlier_version_on_a_german_desktop_reads_in_english() -> None:
    """Files already saved keep "relative to the dateline 27 März 2026" in their bases:
    Details says the dateline's day in English (the months ``parse_typed_date`` reads)."""
    from timeline_app.ui.detail_pane import basis_in_words

    assert basis_in_words("'Tuesday', relative to the dateline 27 März 2026") == \
        "'Tuesday' in an article dated 27 March 2026"
    assert basis_in_words("'April', relative to the dateline 27 Mai 2026") == \
        "'April' in an article dated 27 May 2026"
    assert basis_in_words("'Saturday', relative to the dateline 29 mars 2026") == \
        "'Saturday' in an article dated 29 March 2026"
    assert basis_in_words("'next week', relative to the dateline 27 March 2026: the week "
                          "of 30 March 2026") == "'next week' in an article dated 27 March 2026"
