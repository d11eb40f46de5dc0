"""Extraction defects ext14 found while probing (session 13): a capitalised common noun
opening a sentence taken as a participant ("Violence"), the dateline's place word taken as
the antecedent of "the government" ("DOHA collapses in Luanda"), and "two days of talks"
before a signing giving no event.  Each rule is checked on a second article of another
region (ext14b's own, an Andean one) too."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DOHA = (
    "DOHA, Nov 18 (Reuters) - Qatar said on Tuesday it would host new talks between Congo "
    "and Rwanda after the government in Luanda collapsed in March.\n\n"
    "Violence rose after an attack in Luanda on Monday.")
DOHA_DCT = dt.date(2025, 11, 18)

ACCRA = (
    "ACCRA, June 11 (Reuters) - The foreign ministers of Ghana, Togo, Benin and Nigeria "
    "signed a maritime security accord on Thursday, after two days of talks in the Ghanaian "
    "capital.\n\n"
    "Nigerian President Bola Tinubu met Ghanaian President John Mahama in Accra this week to "
    "discuss the accord.")
ACCRA_DCT = dt.date(2026, 6, 11)  # a Thursday

LIMA = (
    "LIMA, Sept 24 (AFP) - The foreign ministers of Peru, Bolivia and Ecuador signed a border "
    "water-sharing agreement on Thursday after three days of negotiations in the Peruvian "
    "capital.\n\n"
    "Unrest rose after an attack on a border post near Puno on Monday, officials said. "
    "Smuggling has fallen since the border crossing at Desaguadero closed in May.\n\n"
    "The ministers first met in Quito in March.\n\n"
    "Protests erupted on Tuesday after the government in Quito raised fuel prices.")
LIMA_DCT = dt.date(2026, 9, 24)  # a Thursday


def _found(text: str, dct: dt.date):  # type: ignore[no-untyped-def]
    return extract_events(text, dct=dct).candidates


# -- 1. a common noun opening a sentence ----------------------------------------------------

def test_a_common_noun_opening_a_sentence_is_no_participant() -> None:
    """Old: "Violence" and "Unrest" were participants of the attacks."""
    for text, dct, word in ((DOHA, DOHA_DCT, "Violence"), (LIMA, LIMA_DCT, "Unrest")):
        attacks = [c for c in _found(text, dct) if c.title.startswith("Attack")]
        assert len(attacks) == 1, [c.title for c in _found(text, dct)]
        assert word not in attacks[0].participants, attacks[0].participants


def test_a_name_opening_its_sentences_stays_a_participant() -> None:
    """Guard: a company that is also a common noun ("Ford") and opens two sentences of its
    own story, never written in lower case, is a name (MEANTIME's Ford story)."""
    text = ("Ford announces deep production cuts\nAugust 19, 2006\n"
            "Ford has announced sweeping cuts of 21% in its US and Canadian production.\n"
            "Ford is the world's third-largest automaker.")
    found = _found(text, dt.date(2006, 8, 19))
    assert any("Ford" in c.participants for c in found), [(c.title, c.participants)
                                                          for c in found]


def test_an_unknown_name_opening_a_sentence_stays_a_participant() -> None:
    """Guard: a word no lexicon lists ("Zenco") opening a sentence is a name."""
    found = _found("Zenco filed a lawsuit against Ryanair on Monday.", dt.date(2010, 3, 3))
    assert any("Zenco" in c.participants for c in found), [(c.title, c.participants)
                                                           for c in found]


# -- 2. the dateline is no subject ----------------------------------------------------------

def test_the_dateline_is_no_subject_and_the_government_in_a_capital_is_its_state() -> None:
    """Old: "DOHA collapses in Luanda", participant "DOHA"; in the Andean article the
    government in Quito was "Smuggling" (the antecedent of "the government")."""
    found = _found(DOHA, DOHA_DCT)
    assert not any("DOHA" in c.title or "DOHA" in c.participants for c in found), \
        [(c.title, c.participants) for c in found]
    collapse = [c for c in found if "collapses" in c.title]
    assert [(c.title, tuple(c.participants)) for c in collapse] == [
        ("Government in Luanda collapses", ("Angola",))]
    prices = [c for c in _found(LIMA, LIMA_DCT) if "fuel prices" in c.title]
    assert [(c.title, tuple(c.participants)) for c in prices] == [
        ("Government in Quito raises fuel prices", ("Ecuador",))]


# -- 3. "N days of talks" before a signing --------------------------------------------------

def test_days_of_talks_before_a_signing_are_a_meeting() -> None:
    """Old: no event for "after two days of talks in the Ghanaian capital" (nor for the
    Andean "three days of negotiations")."""
    for text, dct, place, states, first, last in (
            (ACCRA, ACCRA_DCT, "Accra", ("Ghana", "Togo", "Benin", "Nigeria"), 9, 10),
            (LIMA, LIMA_DCT, "Lima", ("Peru", "Bolivia", "Ecuador"), 21, 23)):
        talks = [c for c in _found(text, dct) if c.category == "meeting"
                 and "after" in c.date_basis and "days of" in c.date_basis]
        assert len(talks) == 1, [(c.title, c.date_basis) for c in _found(text, dct)]
        c = talks[0]
        assert c.location == place and tuple(c.participants) == states, c
        assert c.date.day == first and c.date.month == dct.month, c.date
        assert c.end is not None and c.end.day == last, c.end
    # the presidents' meeting of "this week" in Accra stays an event of its own
    assert any(c.title == "Bola Tinubu and John Mahama meet in Accra"
               for c in _found(ACCRA, ACCRA_DCT))


def test_days_of_fighting_are_no_meeting() -> None:
    """Guard: only a meeting noun measured so is an event of its own."""
    found = _found("KYIV, June 11 (Reuters) - The two sides agreed a truce on Thursday after "
                   "two days of fighting near the border.", dt.date(2026, 6, 11))
    assert not any(c.category == "meeting" for c in found), [(c.title, c.category)
                                                             for c in found]
