"""An envoy's or adviser's remit between the title and the name: "Senior Advisor for Africa
Massad Boulos", "Special Envoy for the Great Lakes …", "UN envoy to Yemen Hans Grundberg"
(verify39: the person was "Africa Massad Boulos", or no one)."""

from __future__ import annotations

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.entities import Entities


@pytest.mark.parametrize(("text", "person", "state"), [
    ("KINSHASA, Dec 2 (AP) - U.S. Senior Advisor for Africa Massad Boulos met Congolese "
     "President Felix Tshisekedi on Wednesday.", "Massad Boulos", "United States"),
    ("KINSHASA, Dec 2 (AP) - U.S. Special Envoy for the Great Lakes Region Peter Pham met "
     "Congolese President Felix Tshisekedi on Wednesday.", "Peter Pham", "United States"),
    ("ADEN, Dec 2 (Reuters) - UN envoy to Yemen Hans Grundberg met Houthi officials on "
     "Wednesday in Sanaa.", "Hans Grundberg", None),
    ("GENEVA, Dec 2 (Reuters) - UN Special Envoy for Syria Geir Pedersen met Syrian Foreign "
     "Minister Asaad al-Shaibani on Wednesday.", "Geir Pedersen", None),
])
def test_the_name_after_a_title_and_its_remit_is_the_person(
        text: str, person: str, state: str | None) -> None:
    entities = Entities(text)
    assert person in entities.people, entities.people
    if state is not None:
        assert entities.people[person] == state
    (meeting,) = extract_events(text).candidates
    assert person in meeting.participants, meeting.participants
    assert not any(name.endswith(person) and name != person for name in meeting.participants)


def test_a_free_word_after_for_is_no_remit() -> None:
    """Only states and regions: "Minister for Trade Don Farrell" is the listed portfolio,
    and a capitalised word that is no place stays out of the title."""
    text = ("CANBERRA, Dec 2 (AAP) - Trade Minister Don Farrell met Chinese Commerce Minister "
            "Wang Wentao on Wednesday.")
    assert {"Don Farrell", "Wang Wentao"} <= set(Entities(text).people)
