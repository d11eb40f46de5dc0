"""An explainer's "Key dates" list gives a row a line (verify52 F3: 3 of 8 lines gave no row
and nothing said so; one entry's subject list was cut, another entry was titled "Deal
reached" for "Deal extended for 120 days")."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

ARTICLE = (
    "EXPLAINER: What is at stake in the Black Sea grain talks?\n\n"
    "KYIV, Ukraine (AP) - Dec. 5, 2026 - Ukraine, Russia, Turkey and the United Nations are "
    "talking again about a corridor for grain ships.\n\n"
    "Key dates:\n\n"
    "22 July 2022: Russia, Ukraine, Turkey and the UN sign the grain initiative in Istanbul\n"
    "1 August 2022: First grain ship, the Razoni, leaves Odesa\n"
    "17 November 2022: Deal extended for 120 days\n"
    "14 October 2026: Ankara round ends without agreement\n")


def _rows() -> dict[str, tuple[str, tuple[str, ...]]]:
    result = extract_events(ARTICLE, dt.date(2026, 12, 5))
    return {str(c.date): (c.title, c.participants) for c in result.candidates}


def test_every_line_of_the_list_gives_a_row_titled_by_its_words() -> None:
    rows = _rows()
    assert rows["1 August 2022"][0] == "First grain ship, the Razoni, leaves Odesa"
    assert rows["14 October 2026"][0] == "Ankara round ends without agreement"
    assert rows["17 November 2022"][0] == "Deal extended for 120 days"


def test_an_entry_s_date_is_no_part_of_its_subject() -> None:
    title, participants = _rows()["22 July 2022"]
    assert title.startswith("Russia, Ukraine, Turkey and the UN sign")
    assert participants == ("Russia", "Ukraine", "Turkey", "United Nations")
