"""A year told in passing of the same parties' act on a day inside it (verify57 F7): an
article's "after a political deal reached in 2019 unravelled" gave the row "Political deal
reached" (2019, European Union, Mercosur), "not like any event" beside her sheet's
"Mercosur–EU political agreement" (28 June 2019, the same lane, no participants: its
parties in its title), titles 50 % alike.  ``core.duplicates._year_of_its_day``."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

SENTENCE = ("Negotiators concluded the text of the agreement in Montevideo on Dec. 6, 2024, "
            "after a political deal reached in 2019 unravelled over deforestation commitments.")
ROW = Event("a#1", "Political deal reached", FuzzyDate.of_year(2019), category="mercosur–eu",
            participants=("European Union", "Mercosur"), summary=SENTENCE,
            source_id="src-1", evidence=(Evidence(SENTENCE, 0, len(SENTENCE)),))
HERS = Event("sheet-14", "Mercosur–EU political agreement", FuzzyDate.of_ymd(2019, 6, 28),
             category="mercosur–eu",
             summary="Agreement in principle reached in Brussels after 20 years.")
OTHER = Event("sheet-10", "Mercosur–EU talks suspended", FuzzyDate.of_year(2004),
              category="mercosur–eu")


def _match(incoming: Event, existing: list[Event], kinds: frozenset[str] | None = None):  # type: ignore[no-untyped-def]
    return find_duplicates(existing, [incoming], kinds=kinds).get(incoming.id) \
        if kinds is not None else find_duplicates(existing, [incoming]).get(incoming.id)


def test_the_year_of_a_deal_is_possibly_her_agreement_of_that_day() -> None:
    match = _match(ROW, [OTHER, HERS])
    assert match is not None and match.existing is HERS and not match.likely
    assert "the same parties' political agreement reached" in match.reason
    assert "shares European Union, Mercosur" in match.reason


def test_the_extractors_kind_beside_her_lane_counts_as_one_kind() -> None:
    row = dataclasses.replace(ROW, category="treaty")
    match = _match(row, [HERS], kinds=frozenset({"treaty", "meeting", "policy"}))
    assert match is not None and match.existing is HERS and not match.likely


def test_other_parties_another_act_or_another_lane_are_not_it() -> None:
    china = dataclasses.replace(ROW, participants=("European Union", "China"))
    assert _match(china, [HERS]) is None
    summit = dataclasses.replace(HERS, title="Mercosur–EU summit in Brasília")
    assert _match(ROW, [summit]) is None
    assert _match(dataclasses.replace(ROW, category="treaty"), [HERS]) is None
    next_year = dataclasses.replace(HERS, date=FuzzyDate.of_ymd(2020, 6, 28))
    assert _match(ROW, [next_year]) is None


def test_an_acronym_names_its_bloc_only_in_capitals() -> None:
    # "us" is no party: a typed title with the word names nobody
    us = dataclasses.replace(HERS, title="Mercosur tells us of political agreement")
    row = dataclasses.replace(ROW, participants=("United States", "Mercosur"))
    assert _match(row, [us]) is None
