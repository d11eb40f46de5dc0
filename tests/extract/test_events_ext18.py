"""What a fresh user found wrong in a wire story of a truce (session 16, verify17's Doha
article, now the dev story ``ap-doha-armenia-azerbaijan-truce``): what was agreed taking
effect between the ministers who announced it, "both sides" and the place of "the
Washington summit of <date>, at which both sides initialled ...", negotiators with no
one named, an exchange of fire with no row, a host's official in no row (ext17's
not-done) and a date basis that lower-cased the article's words.  Each rule is checked
on text of my own (Lima, Nairobi), not on the article it was found in."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

LIMA = (
    "LIMA, March 12 (Reuters) - Peru and Ecuador agreed on Wednesday to reopen two border "
    "crossings after three days of talks hosted by Brazil and Chile, Brazilian Foreign Minister "
    "Mauro Vieira said.\n\n"
    "The accord, announced at a news conference with Peruvian Foreign Minister Elmer Schialer "
    "and Ecuadorean Foreign Minister Gabriela Sommerfeld, would take effect at midnight on "
    "Friday, Vieira said.\n\n"
    "Ecuador's army and Peruvian troops exchanged fire near the town of Zarumilla on Sunday, "
    "wounding two soldiers, officials said.\n\n"
    "The deal builds on the Brasilia summit of March 3, 2024, at which both sides signed a "
    "border protocol that neither congress has approved.\n\n"
    "The two delegations plan to reconvene in Quito in mid-April to discuss trade.\n")
DCT = dt.date(2025, 3, 12)

Row = tuple[str, str, tuple[str, ...], str, str, str]


def _rows(text: str, dct: dt.date = DCT) -> list[Row]:
    return [(c.title, str(c.date), c.participants, c.location, c.category, c.date_basis)
            for c in extract_events(text, dct=dct).candidates]


def _row(text: str, word: str, dct: dt.date = DCT) -> Row:
    found = [r for r in _rows(text, dct) if word in r[0]]
    assert len(found) == 1, _rows(text, dct)
    return found[0]


# -- 4. an exchange of fire -----------------------------------------------------------------

def test_an_exchange_of_fire_is_a_clash_between_the_two_forces() -> None:
    """(was no row: "exchanged fire" was no trigger, "Peruvian troops" no side)"""
    title, date, people, place, kind, _basis = _row(LIMA, "fire")
    assert title == "Ecuador's army and Peruvian troops exchange fire near the town of Zarumilla"
    assert (date, people, place, kind) == ("9 March 2025", ("Ecuador", "Peru"), "Zarumilla",
                                           "dispute")


def test_a_bare_near_names_no_place() -> None:
    text = ("NAIROBI, May 6 (AP) - Kenyan troops exchanged fire with militants near Mandera "
            "on Sunday, the army said.\n")
    assert _row(text, "fire", dt.date(2025, 5, 6))[3] == ""


# -- 6. the date basis quotes the article ------------------------------------------------------

def test_the_date_basis_quotes_noon_and_midnight_as_written() -> None:
    """(was "'midnight on friday'")"""
    assert _row(LIMA, "effect")[5] == \
        "'midnight on Friday', relative to the dateline 12 March 2025"
    (noon,) = tag_timexes("It starts at noon Wednesday.", DCT)
    assert noon.basis.startswith("'noon Wednesday'")
