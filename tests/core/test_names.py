"""Lanes by participant or place take a name's spellings that differ only by case,
accents or spaces as one lane (``core.names``; edit29's leftover: "France" and "france"
were two)."""

from __future__ import annotations

from timeline_app.core.names import lane_name_key, lane_spellings, respelled_names


def test_a_names_key_ignores_case_accents_and_spaces_as_participant_key() -> None:
    from timeline_app.core.merge import participant_key

    assert lane_name_key("  New \t York ") == lane_name_key("new york") == "new york"
    assert lane_name_key("   ") == ""
    assert lane_name_key("Türkiye") == lane_name_key("TURKIYE") == "turkiye"
    for name in ("Erdoğan", " Łukasz ", "São Tomé", "France"):
        assert lane_name_key(name) == participant_key(name)


def test_the_lane_takes_the_spelling_of_most_events_then_capitals_first() -> None:
    assert lane_spellings([("France", 5), ("france", 1)]) == {"france": "France"}
    assert lane_spellings([("France", 1), ("france", 5)]) == {"France": "france"}
    # a tie: the spelling that sorts first by code point (capitals before small letters)
    assert lane_spellings([("france", 2), ("France", 2)]) == {"france": "France"}
    assert lane_spellings([("Dprk", 1), ("DPRK", 1)]) == {"Dprk": "DPRK"}
    assert lane_spellings([("Erdoğan", 3), ("Erdogan", 1)]) == {"Erdogan": "Erdoğan"}
    # spaces: counted as one spelling, written without them
    assert lane_spellings([(" Rome", 1), ("Rome", 1), ("Rome ", 1)]) == {
        " Rome": "Rome", "Rome ": "Rome"}
    assert lane_spellings([("  Rome", 3)]) == {"  Rome": "Rome"}
    # nothing to do: the common case gives an empty map
    assert lane_spellings([("France", 3), ("Rome", 2), ("", 4), ("  ", 1)]) == {}


def test_respelled_names_of_places_and_of_participants() -> None:
    places = ["France", "france", "france", " Rome", "Rome", "", "Paris"]
    respelled, spellings = respelled_names(places, True)
    assert respelled == ["france", "france", "france", "Rome", "Rome", "", "Paris"]
    assert spellings == {"France": "france", " Rome": "Rome"}
    people = [("France", "Rome"), ("france",), ("France",), ("Rome", " rome"), ()]
    respelled, spellings = respelled_names(people, False)
    assert respelled == [("France", "Rome"), ("France",), ("France",), ("Rome", "Rome"), ()]
    unchanged = [("France",), ("Rome",)]
    assert respelled_names(unchanged, False) == (unchanged, {})
    assert respelled_names(unchanged, False)[0] is unchanged  # not copied


def test_a_hidden_lane_hides_the_events_it_alone_draws_blank_names_aside() -> None:
    """``EventFilter.hidden_lanes``: the C-level mask and ``accepts`` agree, a blank name
    being no lane (the event of "" and Rome is Rome's alone)."""
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.core.query import EventFilter, hidden_by

    day = FuzzyDate.of_day(dt.date(2020, 1, 1))
    people = {"a": ("Rome",), "b": ("rome", "Parthia"), "c": ("", "Rome"), "d": ("  ",),
              "e": (), "f": ("Erdoğan",)}
    timeline = Timeline.from_events([Event(i, i, day, participants=p)
                                     for i, p in people.items()])
    for hidden, expected in (({"rome"}, {"a", "c"}), ({"rome", "parthia"}, {"a", "b", "c"}),
                             ({""}, {"d", "e"}), ({"erdogan"}, {"f"})):
        f = EventFilter(hidden_lanes=frozenset(hidden))
        assert hidden_by(timeline, f) == expected, hidden
        assert {e.id for e in timeline if not f.accepts(e)} == expected, hidden


def test_a_list_with_semicolons_keeps_the_commas_of_its_names() -> None:
    """verify53 F1: a spreadsheet's Parties cell "Turkey; …; Kingdom of Serbs, Croats and
    Slovenes" was split at every comma too (nine participants for eight)."""
    from timeline_app.core.names import name_list, split_name_list

    assert split_name_list("Turkey; Greece; Kingdom of Serbs, Croats and Slovenes") == (
        "Turkey", "Greece", "Kingdom of Serbs, Croats and Slovenes")
    assert split_name_list(" France , Germany,,France ") == ("France", "Germany", "France")
    assert split_name_list("Korea, Republic of;") == ("Korea, Republic of",)
    assert split_name_list("") == ()
    for names in [(), ("Japan",), ("Japan", "South Korea"), ("Korea, Republic of",),
                  ("Turkey", "Kingdom of Serbs, Croats and Slovenes")]:
        assert split_name_list(name_list(names)) == names
        assert split_name_list(name_list(names, "; ")) == names
    assert name_list(("Japan", "South Korea")) == "Japan, South Korea"
    assert name_list(("Japan", "South Korea"), "; ") == "Japan; South Korea"
    assert name_list(("Turkey", "Serbs, Croats")) == "Turkey; Serbs, Croats"
