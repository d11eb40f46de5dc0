"""A year-less month told in the past after a date of an earlier year in the same paragraph
takes that year (verify49 F9: "on 6 January 2024 ... In February, Somalia signed" was
February 2027 under a 4 December 2026 dateline)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.extract import extract_events, tag_timexes

_TINY = ("Explainer: the port deal\n4 December 2026\n\n"
         "NAIROBI - On 6 January 2024 President Hassan Sheikh Mohamud signed a law voiding the "
         "deal. In February, Somalia signed a defence agreement with Turkey; its parliament "
         "approved the pact on 21 February. In April, Somalia expelled the Ethiopian "
         "ambassador. In August, Egypt, at odds with Ethiopia over the dam, signed a defence "
         "pact with Somalia.\n")


def _values(text: str, dct: _dt.date) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct)}


def test_months_of_a_past_paragraph_keep_its_year() -> None:
    values = _values(_TINY, _dt.date(2026, 12, 4))
    assert values["February"] == "2024-02"
    assert values["21 February"] == "2024-02-21"
    assert values["April"] == "2024-04"
    assert values["August"] == "2024-08"


def test_in_both_reading_modes() -> None:
    for mode in ("auto", "narrative"):
        dates = {c.date.year for c in extract_events(_TINY, mode=mode).candidates}
        assert dates == {2024}, mode


def test_a_month_before_the_told_one_is_not_pulled_back() -> None:
    text = ("The ceasefire was agreed on 10 December 2026. In March, the ministers met in "
            "Doha.\n")
    assert _values(text, _dt.date(2027, 1, 20))["March"] == "2026-03"


def test_news_leads_are_untouched() -> None:
    # a January story's February told in the future is the coming one
    text = "Talks resumed on 3 March 2025. In February, the ministers will meet in Doha.\n"
    assert _values(text, _dt.date(2026, 1, 10))["February"] == "2026-02"
    # 'on 21 February' said in a story of 23 February is two days before
    text = "The ceasefire of 10 May 2024 held. The ministers met on 21 February.\n"
    assert _values(text, _dt.date(2026, 2, 23))["21 February"] == "2026-02-21"


def test_a_date_that_names_a_thing_gives_no_year() -> None:
    # TimeBank AP900815-0044: 'the August 1988 cease-fire ... Iraq's invasion of Kuwait on
    # Aug. 2' is the dateline's August
    text = ("Iraq acted in peace talks following the August 1988 cease-fire. Iran had "
            "condemned Iraq's invasion of Kuwait on Aug. 2.\n")
    assert _values(text, _dt.date(1990, 8, 15))["Aug. 2"] == "1990-08-02"


def test_a_year_naming_a_thing_is_no_time_counted_from() -> None:
    """verify59 F11: "Two years earlier, in 2023, the governments had celebrated the 2001
    declaration's spirit with a joint statement; two years later, ..." read "two years
    later" as 2003, counted from the year that names the declaration."""
    text = ("ANALYSIS — 22 July 2025\n\nTwo years earlier, in 2023, the governments had "
            "celebrated the 2001 declaration's spirit with a joint statement; two years later, "
            "the relationship was in its worst state since 1965.\n")
    values = _values(text, _dt.date(2025, 7, 22))
    assert values["2023"] == "2023" and values["2001"] == "2001"
    assert values["two years later"] == "2025"


def test_a_month_after_a_month_of_a_sentence_opened_by_a_year() -> None:
    """verify59 F11: "In 2021, after a constitutional crisis that lasted from the April
    election until the Court of Appeal's ruling in July, ..." read April as 2021 and July as
    the dateline's July 2025 ('until' looked ahead)."""
    text = ("ANALYSIS — 22 July 2025\n\nIn 2021, after a constitutional crisis that lasted "
            "from the April election until the Court of Appeal's ruling in July, Fiamē Naomi "
            "Mataʻafa became the country's first woman prime minister.\n")
    timexes = {t.text: t for t in tag_timexes(text, _dt.date(2025, 7, 22))}
    assert timexes["April"].value == "2021-04"
    assert timexes["July"].value == "2021-07"
    assert "the year its sentence opens with ('2021')" in timexes["July"].basis


def test_a_day_of_a_thing_told_as_a_previous_one_is_before_the_dateline() -> None:
    """verify62 (session 49): 'A previous round on March 3 broke down after four hours.'
    under a 13 November 2025 dateline was 3 March 2026 — a day within 120 days ahead of
    the dateline is read as a coming one unless a past verb governs it, and here the past
    verb comes after the date.  A thing told as a previous (prior, earlier) one is past."""
    dct = _dt.date(2025, 11, 13)
    for text, value in (
            ("A previous round on March 3 broke down after four hours.", "2025-03-03"),
            ("The prior meeting of the council in February ended without a deal.", "2025-02"),
            ("An earlier visit in January was cancelled.", "2025-01"),
            # (a coming one stays coming)
            ("The next round on March 3 will follow.", "2026-03-03")):
        (timex,) = [t for t in tag_timexes(text, dct) if t.type == "DATE"]
        assert timex.value == value, text
