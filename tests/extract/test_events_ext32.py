"""Session 23, ext32: spans and places on real news.  Each rule is checked on a sentence of
the kind the brief names and a variant:

- "from Monday to Wednesday": the range's end is the Wednesday after the Monday (it was
  read alone, as the DCT's Wednesday before the Monday), so the visit gets its span;
- venues: "at the Kremlin", "at the White House", "on the sidelines of the U.N. General
  Assembly" are in Moscow, Washington, New York (the place was "White House", or none);
- "Macron will receive Indian Prime Minister Narendra Modi": a host receiving a guest is a
  meeting (there was no event);
- "agreed here", "held talks ... in the capital": the dateline's city (no place, and the
  title said "agree here");
- "The talks are to continue on Monday and Tuesday": the two days are one stretch, the
  talks go on where they were, and the row says who talks (it was "Talks (scheduled)",
  one day, no place);
- "signed ... on Sunday at the ASEAN summit": the bloc names the gathering, not a place
  (the lead's place was "ASEAN", title "in ASEAN", not the dateline's Kuala Lumpur);
- hosts: "Indonesia will host the ASEAN summit", "the State of Kuwait hosted the
  International Conference": a gathering is where its host is, the dateline's city when it
  is the host's ("DOHA - Qatar hosted talks": Doha, not Qatar);
- trips: "leaves for Washington" goes to Washington (the lead took the dateline's Ottawa,
  "leaves for Washington in Ottawa"), "leave for Washington on Friday for talks" holds the
  talks there, "a day after Ishiba arrived from Tashkent" arrived where the sentence's talks
  were, "Kovac's planned visit to Belgrade was postponed" is Belgrade's;
- "will meet in the coming weeks", "visit Washington in the coming days", "hold a summit
  in the next two weeks": about then, at the precision the words give (no event before;
  the tagger's DURATION PXW has no date);
- "talks ... that will run until Friday", "The talks will continue until the end of March":
  the talks end then (no end, and the Friday was a second beginning of the talks);
  "agreed to extend the programme through 2027": 2027 is the programme's new end, no event;
- occasions told before: "After the signing, Kamikawa ... held talks" and "agreed ...,
  envoys announced after a new round of talks in Vienna" are where the signing and the
  talks were; "The two governments also adopted an action plan" is where the lead was;
- "Warsaw (dpa) - ...": dpa's lower-case outlet makes a dateline (no place before);
- "the next rainy season, which begins in June": a row titled by its verb alone ("Begins")
  names what begins.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events, tag_timexes

WEDNESDAY = dt.date(2026, 3, 4)


def _values(text: str, dct: dt.date = WEDNESDAY) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct)}


# ------------------------------------------------------------ a range of weekdays
def test_a_weekday_ending_a_range_is_after_its_start() -> None:
    values = _values("Modi will visit Japan from Monday to Wednesday, the ministry said.")
    assert values == {"Monday": "2026-03-09", "Wednesday": "2026-03-11"}
    values = _values("The summit will be held between Thursday and Saturday in Berlin.")
    assert values == {"Thursday": "2026-03-05", "Saturday": "2026-03-07"}


def test_a_weekday_range_end_after_its_start_already_keeps_its_reading() -> None:
    # (TimeBank wsj_0570: "from Sept. 14 to Thursday" is the DCT's Thursday)
    values = _values("Shares were bought from Sept. 14 to Thursday.", dt.date(1989, 10, 30))
    assert values["Thursday"] == "1989-10-26"
    # two days, not a range: no "between"
    assert _values("He met Merz on Monday and Wednesday.")["Wednesday"] == "2026-03-04"


def test_a_visit_from_monday_to_wednesday_spans_the_three_days() -> None:
    text = ("NEW DELHI, March 4 - Indian Prime Minister Narendra Modi will visit Japan from "
            "Monday to Wednesday, the foreign ministry said.\n")
    (visit,) = extract_events(text, dct=WEDNESDAY).candidates
    assert visit.end is not None
    assert (visit.date.to_timex()[0], visit.end.to_timex()[0]) == ("2026-03-09", "2026-03-11")


# ------------------------------------------------------------ venues and their cities
def _one(text: str) -> tuple[str, str]:
    (c,) = extract_events(text, dct=WEDNESDAY).candidates
    return c.title, c.location


@pytest.mark.parametrize(("text", "title", "location"), [
    ("MOSCOW, March 4 (TASS) - Russian President Vladimir Putin received Iranian President "
     "Masoud Pezeshkian at the Kremlin on Tuesday.\n",
     "Vladimir Putin and Masoud Pezeshkian meet in Moscow", "Kremlin, Moscow"),
    ("PARIS, March 4 (AFP) - French President Emmanuel Macron will receive Indian Prime "
     "Minister Narendra Modi at the Elysee Palace on Friday, his office said.\n",
     "Emmanuel Macron and Narendra Modi meet in Paris (scheduled)", "Elysee Palace, Paris"),
    ("WASHINGTON, March 4 (AP) - Biden will host Japanese Prime Minister Fumio Kishida at the "
     "White House on April 10.\n",
     "Biden and Fumio Kishida meet in Washington (scheduled)", "White House, Washington"),
    # a dateline elsewhere: the venue's city, not the dateline's
    ("TOKYO, March 4 (Kyodo) - Japanese Prime Minister Shigeru Ishiba met South Korean "
     "President Lee Jae-myung on the sidelines of the U.N. General Assembly on Tuesday.\n",
     "Shigeru Ishiba and Lee Jae-myung meet in New York", "U.N. General Assembly, New York"),
])
def test_a_venue_is_in_its_city(text: str, title: str, location: str) -> None:
    assert _one(text) == (title, location)


def test_a_venue_followed_by_its_city_keeps_the_city() -> None:
    text = ("ASTANA, March 4 (Reuters) - Kazakh President Kassym-Jomart Tokayev received Uzbek "
            "President Shavkat Mirziyoyev at the Akorda presidential palace in Astana on "
            "Tuesday.\n")
    assert _one(text)[1] == "Astana"


def test_receiving_a_thing_is_no_meeting() -> None:
    text = "MOSCOW, March 4 (TASS) - Russia received the first payment on Tuesday.\n"
    assert extract_events(text, dct=WEDNESDAY).candidates == ()


# ------------------------------------------------------------ "here", "in the capital"
def test_here_is_the_datelines_city_and_the_title_names_it() -> None:
    text = ("OTTAWA, March 4 (Reuters) - Indian Foreign Minister S. Jaishankar met Canadian Prime "
            "Minister Mark Carney on Monday. The two sides agreed here on Tuesday to resume "
            "trade talks.\n")
    rows = {c.title: c.location for c in extract_events(text, dct=WEDNESDAY).candidates}
    assert rows["India and Canada agree to resume trade talks in Ottawa"] == "Ottawa"


def test_in_the_capital_is_the_datelines_city() -> None:
    text = ("BEIJING, March 4 (Xinhua) - Chinese Foreign Minister Wang Yi held talks with "
            "Brazilian Foreign Minister Mauro Vieira in the capital on Tuesday.\n")
    assert _one(text) == ("Wang Yi and Mauro Vieira meet in Beijing", "Beijing")


def test_the_capital_of_a_named_state_is_not_the_datelines() -> None:
    text = ("BEIJING, March 4 (Xinhua) - Wang Yi held talks with Kenyan officials in the "
            "capital of Kenya on Tuesday.\n")
    assert _one(text)[1] != "Beijing"


# ------------------------------------------------------------ talks that go on
NILE = ("ADDIS ABABA, Nov. 16 (Xinhua) -- Egypt, Ethiopia and Sudan resumed talks on the dam on "
        "Sunday in the Ethiopian capital, after a break of almost two years.\n\n"
        "Sewilam told reporters that Cairo wanted a binding agreement. The talks are to "
        "continue on Monday and Tuesday.\n")


def test_talks_that_go_on_span_the_two_days_where_they_were_and_say_who() -> None:
    rows = [(c.title, c.location, c.date.to_timex()[0], c.end and c.end.to_timex()[0])
            for c in extract_events(NILE, dct=dt.date(2025, 11, 16)).candidates]
    assert ("Talks between Egypt, Ethiopia and Sudan in Addis Ababa (scheduled)",
            "Addis Ababa", "2025-11-17", "2025-11-18") in rows


def test_two_days_apart_are_no_stretch_and_other_talks_keep_no_place() -> None:
    text = NILE.replace("on Monday and Tuesday", "on Monday and Wednesday").replace(
        "The talks are to continue", "Separate talks on trade are planned")
    rows = [(c.title, c.location, c.end) for c in
            extract_events(text, dct=dt.date(2025, 11, 16)).candidates
            if c.date.to_timex()[0] == "2025-11-17"]
    assert rows and all(end is None and location == "" for _, location, end in rows)


# ------------------------------------------------------------ a gathering named by a body
def test_a_summit_named_by_its_bloc_is_no_place() -> None:
    text = ("KUALA LUMPUR, Oct 26 (Reuters) - Thai Prime Minister Anutin Charnvirakul and "
            "Cambodian Prime Minister Hun Manet signed an expanded ceasefire deal on Sunday at "
            "the ASEAN summit.\n")
    (c,) = extract_events(text).candidates
    assert (c.title, c.location) == (
        "Anutin Charnvirakul and Hun Manet sign expanded ceasefire deal in Kuala Lumpur",
        "Kuala Lumpur")


def test_a_summit_named_by_its_bloc_in_a_city_is_in_the_city() -> None:
    text = ("VILNIUS, July 11 (Reuters) - Leaders met at the NATO summit in Vilnius on "
            "Tuesday.\n")
    (c,) = extract_events(text).candidates
    assert c.location == "Vilnius"


# ------------------------------------------------------------ hosts
@pytest.mark.parametrize(("text", "location"), [
    ("JAKARTA, March 4, 2026 (Antara) - Indonesia will host the ASEAN summit in May, the "
     "foreign ministry said.\n", "Jakarta"),
    ("SEOUL, March 4, 2026 (Yonhap) - Indonesia will host the ASEAN summit in May, the "
     "foreign ministry said.\n", "Indonesia"),
    ("NEW DELHI, March 4, 2026 (PTI) - India hosted the G20 summit in September 2023.\n",
     "New Delhi"),
    ("KUWAIT CITY, March 4, 2026 (KUNA) -- The joint committee last met in March 2018, a month "
     "after the State of Kuwait hosted the International Conference for the Reconstruction of "
     "Iraq.\n", "Kuwait City"),
    ("DOHA, March 4, 2026 - Qatar hosted talks between Kenya and Uganda on Tuesday.\n", "Doha"),
])
def test_a_gathering_is_where_its_host_is(text: str, location: str) -> None:
    places = {c.location for c in extract_events(text).candidates}
    assert location in places


def test_a_person_hosting_gives_no_place() -> None:
    text = ("SEOUL, March 4, 2026 (Yonhap) - President Lee Jae-myung will host the APEC summit "
            "dinner in May.\n")
    assert {c.location for c in extract_events(text).candidates} <= {""}


# ------------------------------------------------------------ trips
def _places(text: str) -> dict[str, str]:
    return {c.title: c.location for c in extract_events(text).candidates}


def test_leaving_for_a_place_goes_there() -> None:
    places = _places("OTTAWA, March 4, 2026 (Reuters) - Jaishankar leaves for Washington on "
                     "Wednesday.\n")
    assert places == {"Jaishankar leaves for Washington": "Washington"}
    # (not a place: "left the bloc")
    places = _places("LONDON, March 4, 2026 (Reuters) - Britain left the European Union on "
                     "Wednesday.\n")
    assert "Washington" not in places.values()


def test_talks_a_trip_is_for_are_where_it_goes() -> None:
    places = _places("TOKYO, March 4, 2026 (Kyodo) - Prime Minister Shigeru Ishiba will leave for "
                     "Washington on Friday for talks with Trump.\n")
    assert list(places.values()) == ["Washington"]


def test_an_arrival_from_elsewhere_is_where_the_sentences_act_was() -> None:
    places = _places("ASTANA, Aug. 9, 2025 (Kyodo) -- Ishiba held talks with Tokayev in Astana on "
                     "Saturday, a day after Ishiba arrived from Tashkent.\n")
    assert set(places.values()) == {"Astana"}


def test_what_is_put_off_is_where_it_was_to_be() -> None:
    places = _places("ZAGREB, March 4, 2026 - Kovac's planned visit to Belgrade was postponed last "
                     "month.\n")
    assert list(places.values()) == ["Belgrade"]


# ------------------------------------------------------------ "in the coming weeks"
@pytest.mark.parametrize(("sentence", "date"), [
    ("European Union and Mercosur negotiators will meet in the coming weeks to settle the "
     "remaining issues.", "c. March 2026"),
    ("Foreign Minister Cho Hyun will visit Washington in the coming days to discuss tariffs.",
     "c. 7 March 2026"),
    ("The two sides agreed to hold a summit in the next two weeks.", "c. 18 March 2026"),
    ("Kamikawa said she hoped to visit Manila in the coming months.", "c. May 2026"),
])
def test_the_coming_weeks_give_an_approximate_date(sentence: str, date: str) -> None:
    text = f"SEOUL, March 4, 2026 (Yonhap) - {sentence}\n"
    assert [c.date.describe() for c in extract_events(text).candidates] == [date]


def test_the_coming_months_of_a_trend_are_no_event() -> None:
    text = "SEOUL, March 4, 2026 (Yonhap) - Exports will fall in the coming months.\n"
    assert extract_events(text).candidates == ()


# ------------------------------------------------------------ "until", "through"
def _spans(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.title, c.date.describe(), c.end.describe() if c.end else None)
            for c in extract_events(text).candidates]


def test_talks_that_run_until_a_day_end_then() -> None:
    text = ("GENEVA, March 4, 2026 (Reuters) - Iran and the E3 began a new round of talks in "
            "Geneva on Wednesday that will run until Friday.\n")
    assert [(date, end) for _, date, end in _spans(text)] == [("4 March 2026", "6 March 2026")]


def test_talks_that_continue_until_the_end_of_a_month_end_then() -> None:
    text = ("GENEVA, March 4, 2026 (Reuters) - Iran and the E3 held talks in Geneva on Wednesday. "
            "The talks will continue until the end of March, a diplomat said.\n")
    assert [(date, end) for _, date, end in _spans(text)] == [("4 March 2026", "late March 2026")]
    # another subject's "until" is not the talks' end
    text = text.replace("The talks will continue", "Sanctions will remain in force")
    assert [end for title, _, end in _spans(text) if "talks" in title] == [None]


def test_a_new_end_of_what_is_extended_is_no_event() -> None:
    text = ("WASHINGTON, March 4, 2026 - The United States and the Philippines agreed on "
            "Wednesday to extend the joint patrol programme through 2027.\n")
    assert [date for _, date, _ in _spans(text)] == ["4 March 2026"]


# ------------------------------------------------------------ occasions told before
def test_acts_after_the_signing_are_where_it_was() -> None:
    text = ("MANILA, July 8, 2024 (Kyodo) -- Japan and the Philippines signed a defense pact in "
            "Manila on Monday. After the signing, Kamikawa and Defense Minister Minoru Kihara held "
            "\"two-plus-two\" security talks with Teodoro and Foreign Secretary Enrique Manalo.\n")
    assert set(_places(text).values()) == {"Manila"}


def test_what_was_agreed_after_talks_in_a_city_was_agreed_there() -> None:
    text = ("YEREVAN, March 4, 2026 (Reuters) - Armenia and Turkey have agreed to establish "
            "diplomatic relations, special envoys announced after a new round of talks in Vienna "
            "on Wednesday.\n")
    assert set(_places(text).values()) == {"Vienna"}
    # a plan keeps its own place
    text = ("YEREVAN, March 4, 2026 (Reuters) - Armenia and Turkey said after talks in Vienna on "
            "Wednesday that they would sign a treaty in Geneva next month.\n")
    assert "Armenia and Turkey sign treaty in Geneva (scheduled)" in _places(text)
    # talks that are a clause's subject are no occasion of the act ("after talks in Luanda
    # collapsed in March": Cairo did not join the mediation in Luanda)
    text = ("DOHA, Nov 18, 2025 (Reuters) - Cairo joined the mediation earlier this year after "
            "talks in Luanda collapsed in March.\n")
    assert "Luanda" not in {p for t, p in _places(text).items() if "join" in t}


def test_a_lower_case_outlet_makes_a_dateline_and_the_leads_follow_up_is_there() -> None:
    text = ("02.07.2024, 16:05\n\nWarsaw (dpa) - German Chancellor Olaf Scholz and Polish Prime "
            "Minister Donald Tusk on Tuesday held the first German-Polish government "
            "consultations in six years.\n\nScholz and Tusk met in Warsaw along with more than "
            "a dozen cabinet ministers.\n\nThe two governments also adopted an action plan "
            "covering defence, energy and cross-border infrastructure.\n")
    result = extract_events(text)
    assert result.dateline.place == "Warsaw"
    assert {c.location for c in result.candidates} == {"Warsaw"}


# ------------------------------------------------------------ a verb alone as a title
def test_a_bare_verb_title_names_its_relatives_antecedent() -> None:
    text = ("ADDIS ABABA, Nov. 16, 2025 (Xinhua) -- Youssouf urged the parties to reach an "
            "agreement before the next rainy season, which begins in June.\n")
    titles = [c.title for c in extract_events(text).candidates]
    assert "Begins" not in titles and "Next rainy season begins" in titles


def test_a_gathering_title_that_says_what_happened_keeps_its_words() -> None:
    # (make test, ux15's article: "Talks in Luanda collapse" became "Talks between Democratic
    # Republic of Congo and Rwanda in Luanda collapse")
    text = ("DOHA, Nov 18 (Reuters) - Qatar and Egypt will host a fresh round of talks between "
            "the Democratic Republic of Congo and Rwanda in Doha on December 9, a minister said "
            "on Tuesday.\n\nCairo joined the mediation earlier this year after talks in Luanda "
            "collapsed in March.\n")
    titles = [c.title for c in extract_events(text, dct=dt.date(2025, 11, 18)).candidates]
    assert "Talks in Luanda collapse" in titles
