"""The lead's own news (session 45, ext74, from verify55's South Caucasus wires, F34 and
F22): a dateline that is a sentence of its own ("MOSCOW, November 18. /TASS/.", "BAKU,
Azerbaijan, October 10.") is not the lead; a statement made after a meeting of its own
sentence is that meeting; a gerund "after meeting X" names who met.

The texts are invented in those shapes (none is a dev article's, hers, or an evaluation
corpus's).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers

DCT = dt.date(2025, 3, 12)  # a Wednesday

events, _with = readers(DCT)

_TASS_LEAD = (
    "Fidan says Turkey ready to back Kars-Gyumri railway\n\n"
    "ANKARA, March 12. /TASS/. Turkish Foreign Minister Hakan Fidan said on Wednesday that "
    "Ankara is ready to support the reopening of the Kars-Gyumri railway, after meeting "
    "Georgian Foreign Minister Maka Botchorishvili in Ankara.\n\n"
    "The two ministers last met in Tbilisi in January.\n")


def test_a_statement_after_a_meeting_under_a_dateline_sentence_is_that_meeting() -> None:
    # verify55 F34: "MOSCOW, November 18. /TASS/." was taken for the lead, so the lead's
    # statement was never looked for, and the gerund's meeting named nobody: no row at all
    found = events(_TASS_LEAD)
    day = [c for c in found if c.date.year == 2025 and c.date.month == 3]
    assert len(day) == 1, [(str(c.date), c.title) for c in found]
    (met,) = day
    assert str(met.date) == "12 March 2025"
    assert met.category == "meeting"
    assert met.title == "Hakan Fidan and Maka Botchorishvili meet in Ankara"
    # (what was said is about a railway, not who met: no state of its object joins)
    assert list(met.participants) == ["Hakan Fidan", "Maka Botchorishvili"]
    assert met.location == "Ankara"
    assert "said on Wednesday" in met.evidence[0].sentence


def test_a_statement_after_a_meeting_of_another_day_stays_apart() -> None:
    found = events(
        "ANKARA, March 12. /TASS/. Turkish Foreign Minister Hakan Fidan said on Wednesday "
        "that Ankara is ready to support the reopening of the Kars-Gyumri railway, a day "
        "after meeting Georgian Foreign Minister Maka Botchorishvili in Tbilisi on "
        "Tuesday.\n")
    titles = sorted(c.title for c in found)
    assert any(t.startswith("Hakan Fidan says") for t in titles), titles
    assert "Hakan Fidan and Maka Botchorishvili meet in Tbilisi" in titles, titles


def test_the_lead_after_a_dateline_sentence_is_dated_by_the_dateline() -> None:
    # verify55 F22's shape: "BAKU, Azerbaijan, October 10." is a sentence; the lead's act
    # with no date of its own is the dateline's day (as under any other dateline)
    found = events("Georgia reopens Upper Lars crossing\n\n"
                   "TBILISI, Georgia, June 2. Georgia has reopened the Upper Lars border "
                   "crossing with Russia to cargo trucks, the country's Interior Ministry "
                   "reports.\n\nThe crossing was closed in May after a landslide.\n",
                   dt.date(2025, 6, 2))
    (lead,) = [c for c in found if "reopens" in c.title]
    assert (lead.date.year, lead.date.month, lead.date.day) == (2025, 6, 2)
