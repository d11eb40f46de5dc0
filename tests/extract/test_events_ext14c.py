"""Extraction defects left open by ext14 and ext14b (session 13): a signing's title running
on into "of negotiations", a date basis quoting its reference event from inside a list of
names, capitals missing from the capitals table (La Paz), and a reaction dated before the
act it reacts to.  Each rule is also checked on text of another region than the article it
was found in."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import event_vocabulary as vocab
from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.phrases import CAPITALS, COUNTRIES, HISTORICAL_STATES

LA_PAZ = (
    "LA PAZ, Sept 24 (AFP) - The foreign ministers of Bolivia, Peru and Chile signed a "
    "border water-sharing agreement on Thursday after three days of negotiations in the "
    "Bolivian capital.\n\n"
    "Protests erupted on Tuesday after the government in La Paz raised fuel prices.")
LA_PAZ_DCT = dt.date(2026, 9, 24)  # a Thursday

LUSAKA = (
    "LUSAKA, Nov 13 (Reuters) - The energy ministers of Zambia, Malawi, Botswana and Namibia "
    "signed a regional power-pool treaty on Friday after two weeks of consultations in the "
    "Zambian capital.\n\n"
    "The Southern African Development Community welcomed the treaty in a statement on "
    "Saturday.")
LUSAKA_DCT = dt.date(2026, 11, 13)  # a Friday


def _found(text: str, dct: dt.date, category: str = ""):  # type: ignore[no-untyped-def]
    """The article's candidates, of one category when given."""
    return [c for c in extract_events(text, dct=dct).candidates
            if not category or c.category == category]


# -- 1. a title ends at the object's noun phrase --------------------------------------

def test_a_signing_title_stops_before_the_length_of_what_came_before() -> None:
    """"signed a border water-sharing agreement on Thursday after three days of
    negotiations": the "of negotiations" belongs to the three days, not to the agreement
    (ext14b: "... sign border water-sharing agreement of negotiations in Lima")."""
    for text, dct, title in ((LA_PAZ, LA_PAZ_DCT, "sign border water-sharing agreement"),
                             (LUSAKA, LUSAKA_DCT, "sign regional power-pool treaty")):
        signed = _found(text, dct, "treaty")
        assert signed, text
        assert title in signed[0].title and " of " not in signed[0].title, signed[0].title


# -- 2. the date basis quotes its reference cleanly ----------------------------------

def test_an_anchored_date_quotes_its_reference_from_the_verb_to_its_date() -> None:
    """The talks "after three days of negotiations" are dated from the signing: the basis
    quoted "'Ecuador signed a border ... after three days of negotiations in the Peruvian
    capital'" (the clause opened after the list's "and", and ran on); now it quotes the act
    up to its own date."""
    for text, dct, quote in (
            (LA_PAZ, LA_PAZ_DCT, "'signed a border water-sharing agreement on Thursday'"),
            (LUSAKA, LUSAKA_DCT, "'signed a regional power-pool treaty on Friday'")):
        talks = _found(text, dct, "meeting")
        assert talks and quote in talks[0].date_basis, [c.date_basis for c in talks]


def test_a_reference_clause_with_its_own_subject_keeps_it() -> None:
    """A clause that opens on its subject is quoted with it, up to its date."""
    text = ("GENEVA, 5 March 2026 (Reuters) - The ministers signed the accord on Thursday "
            "after two days of talks in Geneva.")
    talks = _found(text, dt.date(2026, 3, 5), "meeting")
    assert talks and "'ministers signed the accord on Thursday'" in talks[0].date_basis, \
        [c.date_basis for c in talks]


# -- 3. the capitals table --------------------------------------------------------------

def test_the_government_in_la_paz_is_bolivia() -> None:
    """"the government in La Paz" is Bolivia's, and "the Bolivian capital" is La Paz (its
    seat of government; Sucre is the constitutional capital)."""
    talks = _found(LA_PAZ, LA_PAZ_DCT, "meeting")
    assert talks and talks[0].location == "La Paz", [(c.title, c.location) for c in talks]
    rose = _found(LA_PAZ, LA_PAZ_DCT, "policy")
    assert rose and rose[0].participants == ("Bolivia",), [(c.title, c.participants)
                                                           for c in rose]


def test_every_known_state_has_its_seat_of_government() -> None:
    """Every state the extractor knows has a row in the Factbook table, except the names
    left out as ambiguous; every row names a known state; La Paz comes before Sucre (the
    seat of government is "the Bolivian capital")."""
    states = set(COUNTRIES.values())
    assert set(vocab.SEATS_OF_GOVERNMENT) <= states
    blocs_and_groups = {"ASEAN", "African Union", "Arab League", "BRICS", "ECOWAS",
                        "European Union", "G20", "G7", "Gulf Cooperation Council", "Hamas",
                        "Hezbollah", "NATO", "OPEC", "Quad", "Shanghai Cooperation Organisation",
                        # (ext122: the American spelling is that name, not a second bloc)
                        "Soviet Union", "Taliban",
                        "United Nations",
                        # (ext40: the regional blocs of Africa, Latin America, South Asia
                        # and the Pacific)
                        "APEC", "SAARC", "BIMSTEC", "Mercosur", "CELAC",
                        "Organization of American States", "SADC", "East African Community",
                        "IGAD", "CARICOM", "Pacific Islands Forum", "OSCE",
                        # (ext41: armed groups that sign and negotiate as one side)
                        "M23", "Houthis", "FARC", "ELN",
                        # (ext68: forums of the Arctic, Europe's free-trade states, the Islamic
                        # states, the post-Soviet and Andean states)
                        "Arctic Council", "EFTA", "Organisation of Islamic Cooperation",
                        "Andean Community", "CSTO", "Eurasian Economic Union",
                        # (ext79: Central Africa's two blocs, Central America's one)
                        "CEMAC", "ECCAS", "SICA",
                        # (ext96: the mediators' Quartet)
                        "Quartet",
                        # (ext131: Eastern and Southern Africa's common market; the UN's
                        # nuclear agency, by its initials)
                        "COMESA", "IAEA",
                        # (ext153: the Sahel confederation, "AES")
                        "Alliance of Sahel States",
                        # (ext87: the two courts in The Hague, as written)
                        "International Criminal Court", "ICC", "International Court of Justice",
                        "ICJ",
                        # (ext45: states of a history, gone)
                        *HISTORICAL_STATES.values()}
    assert states - set(vocab.SEATS_OF_GOVERNMENT) == blocs_and_groups
    ambiguous = {state for state, cities in vocab.SEATS_OF_GOVERNMENT.items()
                 if all(city in vocab.AMBIGUOUS_CAPITALS for city in cities)}
    # (Brussels stands for the European Union, whose seat it is, not for Belgium: session
    # 34, verify43 X10)
    assert states - set(CAPITALS.values()) == \
        (blocs_and_groups - {"European Union"}) | ambiguous | {"Belgium"}
    assert vocab.SEATS_OF_GOVERNMENT["Bolivia"][0] == "La Paz" and CAPITALS["Sucre"] == "Bolivia"


def test_an_ambiguous_capital_is_no_state() -> None:
    """A guard: "San Jose" (California), "Georgetown" stay out of the table."""
    assert "San Jose" not in CAPITALS and "Georgetown" not in vocab.CITIES


# -- 4. a reaction does not precede what it reacts to ------------------------------------

def test_a_welcome_dated_before_the_signing_it_welcomes_says_so() -> None:
    """"ECOWAS welcomed the signing ... on Friday" in a Thursday story whose signing was that
    Thursday: the last Friday (5 June) came before the signing, the Friday after it (12
    June) would be after the article's date; the past reading stays and the basis names
    the contradiction (ext14's Accra story, verify12's ASEAN welcome)."""
    accra = ("ACCRA, June 11 (Reuters) - The foreign ministers of Ghana, Togo, Benin and "
             "Nigeria signed a maritime security accord on Thursday.\n\n"
             "ECOWAS welcomed the signing in a statement issued in Abuja on Friday.")
    for text, dct, who, day, later in (
            (accra, dt.date(2026, 6, 11), "ECOWAS", FuzzyDate(2026, 6, 5), "12 June 2026"),
            # (ext40: the bloc is known, by its short name, as ECOWAS is)
            (LUSAKA, LUSAKA_DCT, "SADC", FuzzyDate(2026, 11, 7),
             "14 November 2026")):
        reaction = [c for c in _found(text, dct) if c.title.startswith(who)]
        assert reaction and reaction[0].date == day, [(c.title, c.date) for c in reaction]
        basis = reaction[0].date_basis
        assert "contradicts itself" in basis and "reacts to" in basis and later in basis


def test_a_welcome_after_an_earlier_act_keeps_the_last_weekday() -> None:
    """A guard: when the act came first (the signing on 1 June), the last Friday stands."""
    text = ("ACCRA, June 11 (Reuters) - The foreign ministers of Ghana and Togo signed a "
            "maritime security accord on June 1.\n\n"
            "ECOWAS welcomed the signing in a statement issued in Abuja on Friday.")
    reaction = [c for c in _found(text, dt.date(2026, 6, 11)) if c.title.startswith("ECOWAS")]
    assert reaction and reaction[0].date == FuzzyDate(2026, 6, 5)
    assert "reacts to" not in reaction[0].date_basis
