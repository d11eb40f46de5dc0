"""verify86 F3: an import named the timeline "How we, 1952-2025" after its headline "How
we got here: seventy years of …" and two neighbours' names: the words before the verb
"got" were taken for the subject, and the years stopped at the article's date though an
event of the spring after it was imported.  Now a subject that is a clause's start names
the two sides the headline names (else the events' two sides, else the words after the
kicker), and the years span every imported event."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.dates import Precision
from timeline_app.extract.subject import timeline_name


def _event(key: str, iso: str, title: str, *participants: str) -> Event:
    precision = Precision.YEAR if len(iso) == 4 else Precision.DAY
    return Event(key, title, FuzzyDate.from_iso(iso, precision), participants=participants)


#: Invented neighbours; titles name them, participants mostly left empty (as extracted)
_EVENTS = [
    _event("a", "1951-05-02", "Ostmark and Pellia open embassies"),
    _event("b", "1957", "Pellia joins a defence compact", "Pellia"),
    _event("c", "1982-11-19", "Both capitals send their envoys home"),
    _event("d", "2024-06-01", "Ministers reopen the Lorn rail bridge"),
    _event("e", "2027", "A jubilee of the water accord (planned)"),
]


def test_a_how_we_kicker_names_the_two_sides_the_headline_names() -> None:
    name = timeline_name("How we got here: seventy years of Ostmark and Pellia", _EVENTS)
    assert name == "Ostmark and Pellia, 1951-2027"


def test_the_years_span_every_event_a_planned_one_too() -> None:
    name = timeline_name("Lorn Basin water talks resume in Vienna", _EVENTS)
    assert name == "Lorn Basin water talks, 1951-2027"


def test_without_sides_in_the_headline_the_events_sides_or_the_kicker_s_phrase() -> None:
    sided = [*_EVENTS, _event("f", "1990-04-03", "Joint statement", "Ostmark", "Pellia"),
             _event("g", "2013", "Grazing quarrel settled", "Pellia", "Ostmark")]
    assert timeline_name("Why we still quarrel over the river", sided) == (
        "Pellia and Ostmark, 1951-2027")
    assert timeline_name("How it began: a century of river treaties", _EVENTS) == (
        "A century of river treaties, 1951-2027")
    # nothing readable at all: the caller's name (the headline itself)
    assert timeline_name("How we got here", _EVENTS) is None


def test_a_name_with_a_pronoun_in_capitals_or_a_plain_subject_is_kept() -> None:
    events = [_event("a", "2024-03-01", "IT ministers meet")]
    assert timeline_name("IT ministers meet in Tallinn", events) == "IT ministers, 2024"
    assert timeline_name("Ostmark and Pellia agree to share the river", _EVENTS) == (
        "Ostmark and Pellia, 1951-2027")
