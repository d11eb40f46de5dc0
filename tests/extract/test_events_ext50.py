"""A wire desk's Essequibo explainer (verify44's X-table): acts the extractor missed or titled
wrongly, each checked on sentences of the same shape from other stories."""

from __future__ import annotations

import datetime as _dt

import pytest

from timeline_app.extract import Candidate, extract_events

DCT = _dt.date(2026, 12, 3)  # a Thursday
DATELINE = "Bridgetown, December 3, 2026 (Caribbean Wire) — "


def events(sentence: str) -> list[Candidate]:
    return list(extract_events(DATELINE + sentence, DCT).candidates)


@pytest.mark.parametrize(("sentence", "value", "words"), [
    # verify44 X2, X20: only the protest after it was a row, or nothing
    ("In early 2008 Venezuelan troops blew up two dredges on the Cuyuni River, and Guyana "
     "protested to Caracas.", "early 2008", "blow up two dredges"),
    ("Venezuelan troops blew up two dredges on the Cuyuni River in early 2008.",
     "early 2008", "blow up two dredges"),
    ("Rebels blew up a pipeline near Kirkuk on 4 March 2019.", "4 March 2019", "blow up a pipeline"),
    ("Retreating forces blew the bridge up on 9 May 1945.", "9 May 1945", "blow"),
    # verify44 X5, X21: no row
    ("On 30 January 2018 UN Secretary-General António Guterres referred the controversy to the "
     "International Court of Justice.", "30 January 2018", "refers controversy to the International"),
    ("UN Secretary-General António Guterres referred the controversy to the International Court "
     "of Justice on 30 January 2018.", "30 January 2018", "refers controversy"),
    ("The Security Council referred the situation in Darfur to the International Criminal Court "
     "in March 2005.", "March 2005", "refers situation in Darfur"),
])
def test_a_thing_blown_up_or_a_case_referred_to_a_court_is_an_event(
        sentence: str, value: str, words: str) -> None:
    found = events(sentence)
    assert [str(c.date) for c in found] == [value]
    assert words in found[0].title
    assert found[0].category == "dispute"


@pytest.mark.parametrize("sentence", [
    "The minister referred to the report on Monday.",
    "He referred questions to his spokesman on Monday.",
    "The foreign minister blew a chance to settle the matter on Monday.",
])
def test_referring_to_a_text_or_blowing_a_chance_is_no_event(sentence: str) -> None:
    assert events(sentence) == []


@pytest.mark.parametrize(("sentence", "title"), [
    # verify44 X12, X22: "Guyana rejects late a Venezuelan proposal …"
    ("Guyana rejected late on Thursday a Venezuelan proposal to share oil revenue.",
     "Guyana rejects Venezuelan proposal to share oil revenue"),
    ("Guyana rejected a Venezuelan proposal late on Thursday.", "Guyana rejects Venezuelan proposal"),
    ("Serbia recalled its ambassador early on Monday.", "Serbia recalls its ambassador"),
    ("The parliament ratified the treaty late on Tuesday, officials said.", "Parliament ratifies treaty"),
    ("Kenya and Somalia signed early in March 2024 a memorandum on border security.",
     "Kenya and Somalia sign memorandum on border security"),
])
def test_late_or_early_before_a_date_goes_with_the_date(sentence: str, title: str) -> None:
    found = events(sentence)
    assert len(found) == 1
    assert found[0].title.startswith(title)
    assert " late" not in found[0].title and " early" not in found[0].title


@pytest.mark.parametrize(("sentence", "value", "title"), [
    # verify44 X7: titled "Holding elections for the region", the opposite of the order
    ("The ICJ ordered Venezuela in May 2025 to refrain from holding elections for the region.",
     "May 2025", "ICJ orders Venezuela to refrain from holding elections"),
    ("The ICJ ordered Venezuela to refrain from holding elections for the region in May 2025.",
     "May 2025", "ICJ orders Venezuela to refrain from holding elections"),
    ("The International Court of Justice ordered Venezuela on 1 December 2023 to refrain from any "
     "action that would modify the situation.", "1 December 2023",
     "International Court of Justice orders Venezuela to refrain from any action"),
    ("The tribunal ordered China in July 2016 to halt construction on the reef.", "July 2016",
     "Tribunal orders China to halt construction"),
    ("The court ordered both sides to refrain from any military action on 3 March 2021.",
     "3 March 2021", "Court orders both sides to refrain from any military action"),
])
def test_a_court_s_order_is_the_event_not_what_it_forbids(sentence: str, value: str, title: str) -> None:
    found = events(sentence)
    assert [str(c.date) for c in found] == [value]
    assert found[0].title.startswith(title)
    assert found[0].category == "dispute"


@pytest.mark.parametrize(("sentence", "value", "title"), [
    # verify44 X4: only "Guyana rejects" (no object) was a row
    ("In the summer of 2016 Venezuela issued a decree claiming the waters off the Essequibo, and "
     "Guyana rejected it.", "summer 2016", "Venezuela issues decree"),
    ("In March 2019 the government of Chile issued a new decree banning fishing in the bay.",
     "March 2019", "issues new decree"),
    ("President Putin signed a decree on 21 February 2022 recognising the two regions.",
     "21 February 2022", "Putin signs decree"),
])
def test_a_decree_issued_or_signed_is_an_event(sentence: str, value: str, title: str) -> None:
    found = events(sentence)
    assert [str(c.date) for c in found] == [value]
    assert title in found[0].title


def test_a_decree_only_referred_to_is_no_event() -> None:
    # (the ministry's statement on Monday is a row of its own since ext49's lead-statement
    # rule, merged in the same session; the decree it refers to is none)
    found = events("The ministry said on Monday that under a 2015 decree the waters belong to "
                   "Venezuela.")
    assert [c.date.year for c in found if c.date.year == 2015] == []
    assert all(c.title.startswith("Ministry says") for c in found)


@pytest.mark.parametrize(("text", "pair", "words"), [
    # verify44 X11: "Irfaan Ali and Mia Mottley sign declaration …" (the host and one leader)
    ("Bridgetown, December 3, 2026 (Caribbean Wire) — Venezuelan President Nicolás Maduro and "
     "Guyanese President Irfaan Ali opened their summit in Bridgetown on Thursday morning, hosted "
     "by Barbados Prime Minister Mia Mottley.\n\nThe two leaders last met in Argyle on 14 December "
     "2023, when they signed a declaration pledging not to use force.",
     ("Nicolás Maduro", "Irfaan Ali", "Venezuela", "Guyana"),  # ("Guyanese" a state's since
     "sign declaration"),  # ext98, session 52: then the states, as below)
    ("Hanoi, June 2, 2024 (Wire) — Vietnamese Foreign Minister Bui Thanh Son and Japanese Foreign "
     "Minister Yoko Kamikawa held talks in Hanoi on Sunday, joined by Thai Foreign Minister Maris "
     "Sangiampongsa.\n\nThe two ministers last met in Tokyo in December 2023, when they signed a "
     "maritime security pact.", ("Bui Thanh Son", "Yoko Kamikawa", "Vietnam", "Japan"),
     "sign maritime security pact"),  # (then the states the pact binds, ext64)
])
def test_they_after_the_two_leaders_of_its_sentence_is_that_pair(
        text: str, pair: tuple[str, str], words: str) -> None:
    found = [c for c in extract_events(text).candidates if words in c.title]
    assert len(found) == 1
    assert found[0].participants == pair


@pytest.mark.parametrize(("sentence", "place"), [
    # verify44 X10: the signing the meeting merged into had no place
    ("Maduro and Ali met in Argyle, St Vincent, on 14 December 2023 and signed the Argyle "
     "Declaration, pledging not to use force.", "Argyle"),
    ("The two ministers met in Entebbe, Uganda, on 3 May 2021 and signed a border pact.", "Entebbe"),
    ("The two ministers met in Entebbe, Uganda on 3 May 2021 and signed a border pact.", "Entebbe"),
    ("The two ministers met in Entebbe, Uganda, and signed a border pact on 3 May 2021.", "Entebbe"),
])
def test_a_place_and_its_state_between_commas_is_the_coordinated_act_s_too(
        sentence: str, place: str) -> None:
    found = events(sentence)
    assert found and all(c.location == place for c in found)


@pytest.mark.parametrize("label", ["URGENT:", "FLASH:", "ALERT \u2014", "NEWSFLASH:", "BULLETIN:"])
def test_a_wire_s_flash_label_is_no_dateline(label: str) -> None:
    # verify44 X24: "URGENT: …" was the dateline of a place "Urgent"; the real one was lost
    from timeline_app.extract import read_dateline
    text = (f"{label} Venezuela, Guyana agree to joint border commission\n\n{DATELINE}"
            "Venezuela and Guyana agreed on Thursday afternoon to set up a joint border commission.")
    line = read_dateline(text)
    assert (line.place, line.month, line.day, line.year) == ("Bridgetown", 12, 3, 2026)
    found = list(extract_events(text).candidates)
    assert [c.title for c in found] == [
        "Venezuela and Guyana agree to set up a joint border commission in Bridgetown"]


@pytest.mark.parametrize(("sentence", "title"), [
    # verify44 X1: the one-word title "Dispute"
    ("In the 1990s the two governments kept the dispute under the UN Good Officer process, and "
     "talks were largely quiet.", "Two governments keep dispute under the UN Good Officer process"),
    ("In 2010 Chile and Bolivia revived the dispute over the Silala river.",
     "Chile and Bolivia revive dispute over the Silala river"),
    ("In March 2021 Kenya and Somalia escalated the dispute over their maritime border.",
     "Kenya and Somalia escalate dispute over their maritime border"),
])
def test_an_event_noun_is_titled_with_what_its_doer_did_to_it(sentence: str, title: str) -> None:
    assert [c.title for c in events(sentence)] == [title]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Japan issued a statement on Friday.", "Japan: Statement"),
    ("Chile and Peru marked the normalization of their diplomatic relations in 1992.",
     "Chile and Peru: Normalization of diplomatic relations"),
])
def test_a_verb_of_saying_or_marking_keeps_its_own_title(sentence: str, title: str) -> None:
    assert [c.title for c in events(sentence)] == [title]


def test_a_participle_before_the_noun_is_no_verb_done_to_it() -> None:
    # (TimeBank wsj_1013: "the recently passed thrift-industry bailout legislation")
    found = events("The adjustments result from the recently passed bailout legislation, which "
                   "requires thrifts to divest all high-yield bond investments by 1994.")
    assert all(" passes " not in c.title for c in found)


@pytest.mark.parametrize(("text", "title"), [
    # verify44 X4: "Guyana rejects", with no object
    ("Venezuela issued a decree in May 2015. Guyana rejected it in July 2015.",
     "Guyana rejects decree"),
    ("Colombia made a proposal on border crossings on 3 May 2022. Venezuela rejected it on 9 May "
     "2022.", "Venezuela rejects proposal"),
])
def test_it_rejected_is_the_decree_or_proposal_named_before(text: str, title: str) -> None:
    assert title in [c.title for c in events(text)]


@pytest.mark.parametrize(("sentence", "value"), [
    # verify44 X23: no row; and "Ministers: Argyle Declaration", a statement
    ("The statement recalls the Argyle Declaration of December 15, 2023.", "15 December 2023"),
    ("The ministers recalled the Argyle Declaration of 12 March 2019.", "12 March 2019"),
])
def test_a_named_declaration_of_a_date_is_a_text_signed_then(sentence: str, value: str) -> None:
    found = events(sentence)
    assert [(str(c.date), c.title, c.category) for c in found] == [
        (value, "Argyle Declaration signed", "treaty")]


def test_a_declaration_by_a_common_noun_stays_a_statement() -> None:
    found = events("The two leaders issued a joint declaration on 12 March 2019.")
    assert [c.category for c in found] == ["statement"]


@pytest.mark.parametrize(("sentence", "value", "title"), [
    # verify44 X13, X23: no row
    ("Todd said Venezuela's 2015 decree on the waters off the Essequibo was never accepted by "
     "Guyana.", "2015", "Venezuela's decree on the waters off the Essequibo"),
    ("Russia's 2022 decree on grain exports was criticised by Kyiv.", "2022",
     "Russia's decree on grain exports"),
])
def test_a_state_s_decree_of_a_year_is_an_event_of_that_year(
        sentence: str, value: str, title: str) -> None:
    assert [(str(c.date), c.title) for c in events(sentence)] == [(value, title)]


def test_it_opening_a_clause_after_ruled_that_stays_it() -> None:
    # (the decree named before is not what "it" is: the court itself)
    text = ("Venezuela issued a decree in the summer of 2016. The ICJ ruled on 18 December 2020 "
            "that it has jurisdiction over the case.")
    assert "ICJ rules it has jurisdiction" in [c.title for c in events(text)]
