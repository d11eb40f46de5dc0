"""What a new user's three-article trial found wrong in the proposed facts (session 22,
verify30's Thailand-Cambodia stories, faults 3-4).  Each rule is checked on the trial's
sentence and on a variant of my own:

- "the 64th anniversary of the 1962 ruling": the year names what is remembered, the
  anniversary is 64 years later (it was dated 1962, and the ruling 1898);
- "in July last year ... a truce on July 28": a year-less day after a date whose year its
  words fix ("last year") in the same sentence is in that year;
- "The talks nearly collapsed": what nearly happened did not happen;
- "who faces a general election in March": what one faces lies ahead.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline import triggers


def _rows(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    return [(c.title, str(c.date), c.date_basis)
            for c in extract_events(text, dct=dct).candidates]


# ----------------------------------------------- the year inside an anniversary's object
def _dates(text: str, dct: dt.date) -> dict[str, str]:
    return {title: date for title, date, _ in _rows(text, dct)}


def _of_anniversary(dates: dict[str, str]) -> str:
    return next(date for title, date in dates.items() if "anniversary" in title)


def test_the_year_of_an_anniversarys_object_dates_what_is_remembered() -> None:
    text = ("KUALA LUMPUR, Oct 6 (Reuters) - Thailand and Cambodia agreed on Monday to extend "
            "their ceasefire.\n\nThe dispute dates back more than a century. In June, Cambodia "
            "marked the 64th anniversary of the 1962 International Court of Justice ruling that "
            "awarded the Preah Vihear temple to Cambodia.\n")
    dates = _dates(text, dt.date(2026, 10, 6))
    assert _of_anniversary(dates) == "June 2026"  # was 1962
    ruling = next(t for t in dates if "ruling" in t and "anniversary" not in t)
    assert dates[ruling].endswith("1962")  # was 1898
    assert not any(d.endswith("1898") for d in dates.values())


def test_the_year_of_an_anniversarys_object_variant() -> None:
    text = ("HELSINKI, Aug 2 (AP) - Finland hosted a conference of European foreign ministers "
            "on Friday.\n\nOn Friday the ministers marked the 50th anniversary of the 1975 "
            "Helsinki Final Act.\n")
    dates = _dates(text, dt.date(2025, 8, 2))
    assert _of_anniversary(dates) == "1 August 2025"
    assert not any(d.endswith("1925") for d in dates.values())


# --------------------------------------------- "in July last year ... on July 28"
def test_a_yearless_day_takes_the_year_last_year_fixed_in_its_sentence() -> None:
    text = ("Chanthaburi, Thailand, Oct 22, 2026 (AFP) - Thai and Cambodian officers agreed on "
            "Thursday to withdraw artillery from the border.\n\nFighting erupted in July last "
            "year over a stretch of the 817-kilometre border, killing at least 43 people before "
            "Malaysia brokered a truce on July 28.\n")
    rows = _rows(text, dt.date(2026, 10, 22))
    truce = next(r for r in rows if "truce" in r[0].lower())
    assert truce[1] == "28 July 2025"  # was 28 July 2026
    assert "in the year of 'July last year' told before it in the sentence" in truce[2]
    # the fighting of July, told before the truce, is an event of its own
    assert any(title.startswith("Fighting erupts") and date == "July 2025"
               for title, date, _ in rows)


def test_a_yearless_day_takes_the_year_last_year_fixed_variant() -> None:
    text = ("LIMA, May 12 (Reuters) - Peru and Ecuador reopened their embassies on Monday.\n\n"
            "The two countries broke off relations in March last year and restored them on "
            "March 30 after mediation by Brazil.\n")
    rows = _rows(text, dt.date(2025, 5, 12))
    restored = next(r for r in rows if r[1].endswith("March 2024") and "30" in r[1])
    assert restored[1] == "30 March 2024"
    # (no year fixed in the sentence: the day is the dateline's year, as before)
    text = text.replace("in March last year", "in a dispute over trade")
    assert any(date == "30 March 2025" for _, date, _ in _rows(text, dt.date(2025, 5, 12)))


def test_a_month_and_a_day_in_it_ordered_by_before_are_two_events_variant() -> None:
    text = ("DHAKA, May 12 (Reuters) - Bangladesh and India agreed on Monday to resume river "
            "talks.\n\nFloods swept the delta in April last year, weeks before the two "
            "governments signed a water-sharing deal on April 28.\n")
    rows = {(title, date) for title, date, _ in _rows(text, dt.date(2025, 5, 12))}
    assert ("Floods sweep delta", "April 2024") in rows
    assert ("Bangladesh and India sign water-sharing deal", "28 April 2024") in rows


# ---------------------------------------------------------- "nearly collapsed"
def test_what_nearly_happened_is_no_event() -> None:
    text = ("Chanthaburi, Thailand, Oct 22, 2026 (AFP) - Thai and Cambodian officers agreed on "
            "Thursday to withdraw artillery from the border.\n\nThe talks nearly collapsed on "
            "Wednesday after Cambodia accused Thai troops of laying new landmines.\n")
    titles = [t for t, _, _ in _rows(text, dt.date(2026, 10, 22))]
    assert not any("collapse" in t.lower() and "nearly" not in t.lower() for t in titles)


def test_what_almost_happened_is_no_event_variant() -> None:
    text = ("GENEVA, March 6 (Reuters) - Armenia and Azerbaijan resumed peace talks on Thursday."
            "\n\nThe two sides almost signed a framework agreement in January, officials said.\n")
    titles = [t for t, _, _ in _rows(text, dt.date(2025, 3, 6))]
    assert not any("sign" in t.lower() for t in titles)
    # (without 'almost' the signing is an event)
    titles = [t for t, _, _ in _rows(text.replace("almost signed", "signed"),
                                     dt.date(2025, 3, 6))]
    assert any("sign" in t.lower() for t in titles)


# ------------------------------------------------------- "faces an election in March"
def test_what_one_faces_lies_ahead() -> None:
    text = ("MANILA, Nov. 11 (Kyodo) -- Thailand and Cambodia signed a peace declaration on "
            "Tuesday.\n\nAnutin, who faces a general election in March, told reporters the "
            "declaration cedes no territory.\n")
    rows = _rows(text, dt.date(2026, 11, 11))
    election = next(r for r in rows if "election" in r[0].lower())
    assert election[1] == "March 2027"  # was March 2026, in the past


def test_what_one_faces_lies_ahead_variant() -> None:
    text = ("OTTAWA, Sept 9 (Reuters) - Canada and Mexico signed a trade accord on Monday."
            "\n\nThe prime minister, facing a general election in February, defended the deal.\n")
    rows = _rows(text, dt.date(2025, 9, 9))
    vote = next(r for r in rows if "election" in r[0].lower())
    assert vote[1] == "February 2026"
    # (a past verb keeps the month before the dateline)
    text = text.replace("facing a general election", "who won a general election")
    assert any(date == "February 2025" for _, date, _ in _rows(text, dt.date(2025, 9, 9)))


def test_nearly_before_a_number_negates_nothing() -> None:
    text = ("GENEVA, March 6 (Reuters) - Armenia and Azerbaijan signed a peace treaty on "
            "Thursday after nearly two years of talks.\n")
    titles = [t for t, _, _ in _rows(text, dt.date(2025, 3, 6))]
    assert any("sign" in t.lower() for t in titles)
    assert triggers._NEGATED_OBJECT.search("after nearly two years of ") is None
    assert triggers._NEGATED_OBJECT.search("The two sides almost signed a framework ")
