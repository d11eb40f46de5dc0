"""A new timeline's name from its first article: the subject and the years, not the
whole headline (verify52 F8: "Black Sea shipping talks resume in Istanbul, no deal yet"
named the timeline and Save's file)."""

from __future__ import annotations

import pytest

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.dates import Precision
from timeline_app.extract.subject import headline_subject, timeline_name


@pytest.mark.parametrize(("headline", "subject"), [
    ("Black Sea shipping talks resume in Istanbul, no deal yet", "Black Sea shipping talks"),
    ("Black Sea Shipping Talks Resume in Istanbul", "Black Sea Shipping Talks"),
    ("Kenya and Somalia agree to reopen border crossing after talks in Nairobi",
     "Kenya and Somalia"),
    ("Japan, Philippines agree to start talks on military supply pact", "Japan, Philippines"),
    ("Argentina recalls ambassador from Madrid as row with Spain deepens", "Argentina"),
    ("Vietnam and South Korea: three decades of a partnership built on trade",
     "Vietnam and South Korea"),
    ("Nepal PM Prachanda to visit India from May 31; border, power trade on agenda",
     "Nepal PM Prachanda"),
    # verify74 F9: a verb that is a noun too, before a noun that is a verb too ("seal trade
    # pact"), is the parties' verb, not a word of their subject.
    ("EU and Mercosur seal trade pact in Montevideo after 25 years of talks",
     "EU and Mercosur"),
    ("EU and Mercosur ink trade pact", "EU and Mercosur"),
    ("EU, Mercosur clinch trade deal", "EU, Mercosur"),
    ("Japan and Vietnam strike trade deal", "Japan and Vietnam"),
    ("Rwanda and Congo hammer out peace deal", "Rwanda and Congo"),
    ("Qatar and Egypt broker Gaza truce talks", "Qatar and Egypt"),
    ("Farm protests spread across Europe", "Farm protests"),
    # No verb the rule takes: "long" after "Lithuania's", "War" inside a name.
    ("Lithuania's long road back to independence", "Lithuania's long road back to independence"),
    ("Division of Korea and the Korean War armistice",
     "Division of Korea and the Korean War armistice"),
])
def test_a_headlines_subject_is_its_words_before_the_verb(headline, subject):  # type: ignore[no-untyped-def]
    assert headline_subject(headline) == subject


def _event(key: str, iso: str, *participants: str) -> Event:
    return Event(key, key, FuzzyDate.from_iso(iso, Precision.DAY), participants=participants)


BLACK_SEA = [
    _event("signed", "2022-07-22", "Turkey", "United Nations"),
    _event("quits", "2023-07-17", "Russia"),
    _event("resume", "2026-12-02", "Russia", "Ukraine", "Turkey"),
    _event("geneva", "2027-01-15", "Russia", "Ukraine"),  # planned after the article
]


def test_the_name_is_the_subject_and_the_years_of_every_event():
    """The years are every event's, a round planned after the article's date too
    (verify86 F3: "…, 1952-2025" named a timeline with an event of spring 2026, while
    Timeline → Properties offered its years, 1952–2026; verify52 F17 had left such a
    round out)."""
    name = timeline_name("Black Sea shipping talks resume in Istanbul, no deal yet",
                         BLACK_SEA)
    assert name == "Black Sea shipping talks, 2022-2027"


def test_a_pact_sealed_by_two_parties_is_named_after_them():
    """verify74 F9: the timeline, its TimelineJS title slide, its PDF and every export's
    file were named "EU and Mercosur seal, 1990-2025"."""
    events = [_event("a", "1999-06-28", "European Union", "Mercosur"),
              _event("b", "2024-12-06", "European Union", "Mercosur")]
    assert timeline_name("EU and Mercosur seal trade pact in Montevideo after 25 years of "
                         "talks", events) == "EU and Mercosur, 1999-2024"


def test_a_subject_of_one_name_gives_way_to_the_parties_states_first():
    events = [_event("a", "2024-03-01", "Spain", "Javier Milei"),
              _event("b", "2024-05-21", "Spain", "Argentina")]
    assert timeline_name("Argentina recalls ambassador from Madrid as row with Spain "
                         "deepens", events) == "Argentina and Spain, 2024"
    # A misread headline ("-- BERNAMA") too; without two parties the caller keeps it.
    assert timeline_name("-- BERNAMA", events) == "Spain and Argentina, 2024"
    assert timeline_name("-- BERNAMA", events[:1][:0]) is None
    assert timeline_name("", events) is None


def test_a_two_item_subject_reads_with_and():
    events = [_event("a", "2023-11-03", "Japan", "Philippines")]
    assert timeline_name("Japan, Philippines agree to start talks on military supply pact",
                         events) == "Japan and Philippines, 2023"


def test_a_list_with_its_own_and_keeps_its_comma():
    """verify73 F11: "Egypt, Ethiopia and Sudan resume Nile dam talks" was named "Egypt
    and Ethiopia and Sudan, 2015-2026" (and so its file, calendar and TimelineJS title)."""
    events = [_event("a", "2026-11-30", "Egypt", "Ethiopia")]
    assert timeline_name("Egypt, Ethiopia and Sudan resume Nile dam talks in Khartoum",
                         events) == "Egypt, Ethiopia and Sudan, 2026"


def test_a_subject_no_imported_event_names_does_not_lead():
    """verify58 F5: "Houthis strike Greek-owned tanker in Red Sea; Saudi minister to visit
    Tehran", the one event imported the visit: named "Houthis and Faisal bin Farhan"."""
    headline = "Houthis strike Greek-owned tanker in Red Sea; Saudi minister to visit Tehran"
    visit = Event("v", "Faisal bin Farhan visits Tehran (scheduled)",
                  FuzzyDate.from_iso("2026-03-16", Precision.DAY), location="Tehran",
                  participants=("Faisal bin Farhan", "Abbas Araqchi"))
    assert timeline_name(headline, [visit]) == "Faisal bin Farhan and Abbas Araqchi, 2026"
    # an event that names them (its title: "Yemen's Houthi forces"): they lead
    attack = Event("a", "Yemen's Houthi forces strike tanker Sea Ardent",
                   FuzzyDate.from_iso("2026-03-08", Precision.DAY), participants=("Yemen",))
    assert timeline_name(headline, [attack, visit]) == "Houthis and Yemen, 2026"


def test_a_kicker_of_who_where_gives_way_to_the_parties():  # type: ignore[no-untyped-def]
    # verify61 F24: "Wang Yi in Delhi: India, China to push border talks, restore trade
    # links" named the timeline "Wang Yi in Delhi, 2020-2025"; its events name India and
    # China most.  A kicker that says what ("Black Sea shipping talks: …") or who with
    # whom ("Vietnam and South Korea: …") stays.
    events = [_event("a", "2020-06-15", "India", "China"),
              _event("b", "2025-08-19", "Wang Yi", "India", "China"),
              _event("c", "2025-08-18", "Wang Yi", "S. Jaishankar")]
    headline = "Wang Yi in Delhi: India, China to push border talks, restore trade links"
    assert timeline_name(headline, events) == "India and China, 2020-2025"
    assert timeline_name("Vietnam and South Korea: three decades of a partnership",
                         events) == "Vietnam and South Korea, 2020-2025"


def test_a_host_of_two_others_talks_does_not_name_the_timeline():  # type: ignore[no-untyped-def]
    """verify63 F17: "Oman hosts first Iran-U.S. talks …" named the timeline "Oman and
    Iran, 2015-2026": the story is Iran's and the United States', Oman the host."""
    events = [_event("a", "2025-04-12", "Iran", "United States", "Oman"),
              _event("b", "2026-12-03", "Oman", "Iran", "United States"),
              _event("c", "2015-07-14", "Iran")]
    name = timeline_name("Oman hosts first Iran-U.S. talks since June collapse as Gulf "
                         "mediators press for deal", events)
    assert name == "Iran and United States, 2015-2026"
    # A host of one other party is one of the story's two.
    name = timeline_name("Japan hosts South Korea's Lee for first shuttle summit",
                         [_event("d", "2026-01-13", "Japan", "South Korea")])
    assert name == "Japan and South Korea, 2026"


@pytest.mark.parametrize(("headline", "name"), [
    # verify81: a mediator's hand in the subject named the timeline after the mediator
    ("Kuwait-brokered talks bring Serbia and Kosovo close to a border deal", "Serbia and Kosovo"),
    ("Swiss-mediated truce between Colombia and Venezuela holds", "Colombia and Venezuela"),
    # guards: one state after the hand, or no hand at all, keep the subject
    ("Norway-brokered deal eases Sudan tensions", "Norway-brokered deal"),
    ("Black Sea shipping talks resume in Istanbul", "Black Sea shipping talks"),
])
def test_a_story_of_mediated_talks_is_named_after_its_sides(headline: str, name: str) -> None:
    assert timeline_name(headline, []) == name


#: A mediated story's events: the mediator names as many as the sides do.
MEDIATED = [
    _event("first", "2024-05-06", "Kuwait", "Serbia", "Kosovo"),
    _event("second", "2025-03-04", "Kuwait", "Serbia", "Kosovo"),
]


@pytest.mark.parametrize("headline", [
    # the hand after the act: "mediated by X" anywhere in the headline (edit84)
    "Talks mediated by Kuwait bring Serbia and Kosovo close to a border deal",
    # the hand in the subject and one side or none in the headline: the events' sides
    "Kuwait-brokered talks resume in Kuwait City",
    "Ceasefire brokered by Kuwait holds",
])
def test_a_mediated_story_is_named_after_its_sides_never_the_mediator(headline: str) -> None:
    """edit84, after verify81 F7 ("Qatar-brokered talks, 2024-2025"): a broker's hand,
    written "X-brokered" or "mediated by X", names the sides, from the headline or, when it
    names fewer than two, from the events, the mediator left out."""
    assert timeline_name(headline, MEDIATED) == "Serbia and Kosovo, 2024-2025"
