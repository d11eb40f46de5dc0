"""Session 63, ext150: titles that name what their verb was done to, bodies that act named as
participants, and two weekdays told in reverse order ("Friday and Thursday") read as two
past days.  The sentences are written for these tests (places and names invented)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2025, 3, 3)


def _rows(text: str, dct: dt.date = DCT) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.title, tuple(c.participants)) for c in extract_events(text, dct).candidates]


# --- weekdays told in reverse order (TempEval-3 TimeBank value F1 82.43 -> 82.35) ---

def test_weekdays_told_backwards_are_two_past_days() -> None:
    friday = dt.date(1998, 2, 6)
    text = "Below are remarks issued Friday and Thursday by the council's spokesman."
    assert [t.value for t in tag_timexes(text, friday)] == ["1998-02-06", "1998-02-05"]


def test_a_weekend_pair_still_runs_on() -> None:
    sunday = dt.date(2025, 11, 16)
    text = "Envoys meet in Ostrava on Saturday and Sunday for the conference."
    assert [t.value for t in tag_timexes(text, sunday)] == ["2025-11-22", "2025-11-23"]


# --- titles that name their object (verify84 finding 2) ---

def _title(text: str, dct: dt.date = DCT) -> str:
    rows = _rows(text, dct)
    assert len(rows) == 1, rows
    return rows[0][0]


def test_object_relative_with_a_named_subject_names_its_object() -> None:
    text = ("Vienna, 3 March 2025. The envoys hailed the return of river navigation, which "
            "Belgravia had suspended in May 2019.")
    assert _title(text) == "Belgravia suspends river navigation"


def test_object_relative_with_a_counted_subject_names_its_object() -> None:
    text = ("Vienna, 3 March 2025. The note recalls the law of the sea, including the Geneva "
            "Convention on Inland Transit, which both states ratified in the early 2000s.")
    assert _title(text) == "Both states ratify Geneva Convention on Inland Transit"


def test_a_second_which_clause_on_the_same_noun() -> None:
    text = ("Vienna, 3 March 2025. The envoys hailed the return of river navigation, which "
            "Belgravia had suspended in May 2019 and which the two governments agreed to "
            "revive with effect from 1 June 2025.")
    titles = [t for t, _ in _rows(text)]
    assert "Two governments revive river navigation (scheduled)" in titles, titles


def test_with_effect_from_leaves_no_words_behind() -> None:
    text = ("Vienna, 3 March 2025. Belgravia reopened the border crossing with effect from "
            "1 February.")
    assert "with effect" not in _title(text)


def test_after_a_gerund_the_noun_is_the_gerund_s_object() -> None:
    text = ("Vienna, 3 March 2025. Tarsia asked Belgravia to back its bid for the Lake "
            "Games, which Tarsia withdrew from hosting in 2019.")
    assert _title(text) == "Tarsia withdraws from hosting Lake Games"


def test_a_pronoun_s_relative_is_left_alone() -> None:
    # "its entry into the alliance, which it joined": nothing tells which noun "it" joined
    text = ("Vienna, 3 March 2025. Belgravia welcomed Tarsia's entry into NATO, which it "
            "joined in 2019.")
    assert "entry" not in _title(text).lower()


def test_a_participle_cut_from_its_agent_goes_with_it() -> None:
    text = ("Vienna, 3 March 2025. Around 1985 Belgravia granted a licence to a company led "
            "by a retired admiral, and Tarsia protested.")
    assert _title(text) == "Belgravia grants licence to a company"


def test_a_day_s_possessive_opening_the_object_keeps_the_object() -> None:
    text = ("Vienna, 3 March 2025. The ministers also condemned Sunday's shelling of a "
            "refugee camp near the border.")
    assert _title(text).startswith("Ministers condemn shelling of a refugee camp")


# --- bodies that act are participants ---

def test_armed_group_named_by_its_noun_takes_part() -> None:
    text = "Vienna, 3 March 2025. The rebels signed a ceasefire with the Tarsian army on Sunday."
    ((_, people),) = _rows(text)
    assert people[:1] == ("Rebels",), people


def test_a_commission_that_meets_takes_part_and_its_title_stays() -> None:
    text = "Vienna, 3 March 2025. The joint boundary commission met in Ostrava on Tuesday."
    assert _rows(text) == [("Joint boundary commission meets in Ostrava",
                            ("Joint boundary commission",))]


def test_a_state_s_parliament_is_its_state_a_panel_is_itself() -> None:
    text = "Vienna, 3 March 2025. The Russian parliament ratified the accord on Friday."
    ((_, people),) = _rows(text)
    assert people == ("Russia",), people
    text = ("Vienna, 3 March 2025. A UN panel of experts found on Monday that Belgravia had "
            "broken the embargo, and the joint border panel met in Ostrava on Tuesday.")
    assert ("Joint border panel meets in Ostrava", ("Joint border panel",)) in _rows(text)


def test_a_body_s_possession_is_no_participant() -> None:
    text = "Vienna, 3 March 2025. The committee's findings were published on Friday."
    ((_, people),) = _rows(text)
    assert people == (), people


def test_a_body_set_up_is_named_by_its_own_name() -> None:
    text = "Vienna, 3 March 2025. The Lake Contact Group was set up in 1994 to mediate."
    assert _rows(text) == [("Lake Contact Group set up", ("Lake Contact Group",))]


def test_an_instrument_s_name_before_that_is_what_was_concluded() -> None:
    text = ("Vienna, 3 March 2025. The new pact replaces the Treaty of Friendship, Trade and "
            "Cooperation that Belgravia and Tarsia concluded in February 2000.")
    assert _title(text) == ("Belgravia and Tarsia conclude Treaty of Friendship, Trade and "
                            "Cooperation")


def test_that_after_a_verb_of_telling_opens_what_was_told() -> None:
    text = ("Vienna, 3 March 2025. The minister told the Senate on Monday that Tarsia had "
            "ratified the accord in January.")
    titles = [t for t, _ in _rows(text)]
    assert "Tarsia ratifies accord" in titles and not any("Senate" in t and "ratif" in t
                                                          for t in titles), titles


def test_the_object_after_a_date_and_its_commas() -> None:
    text = ("Vienna, 3 March 2025. The visit comes after Belgravia and Tarsia announced on "
            "October 3, 2024, an agreement under which Belgravia would cede the islands.")
    assert _title(text) == "Belgravia and Tarsia announce agreement"


def test_how_long_before_the_object_is_no_part_of_it() -> None:
    text = ("Vienna, 3 March 2025. The Security Council on Wednesday renewed for another year "
            "the mandate of the observer mission in Tarsia.")
    assert _title(text).startswith("Security Council renews mandate of the observer mission")


def test_an_aside_after_a_date_is_no_object() -> None:
    text = ("Vienna, 3 March 2025. Direct flights from Ostrava to Zenda will resume on Friday, "
            "both governments said.")
    assert "said" not in _title(text), _rows(text)
    text = ("Vienna, 3 March 2025. Belgravia and Tarsia agreed on a border patrol plan, the "
            "foreign minister announced on Monday, a day before the summit opens.")
    assert not any("day before" in t or "opens" in t for t, _ in _rows(text)), _rows(text)
