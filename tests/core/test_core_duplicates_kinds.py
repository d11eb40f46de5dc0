"""A lane of the person's own is no different kind (verify32, finding 5).

"US withdraws from the JCPOA" (8 May 2018, United States) in the person's lane
"Withdrawal" was not proposed for an article's "United States withdraws from the nuclear
deal" (May 2018, United States), which the extractor files as a policy: the two
categories differed, so the titles' 59 % and the shared state were not enough.
"""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates
from timeline_app.extract.event_vocabulary import CATEGORIES

MINE = Event("mine", "US withdraws from the JCPOA", FuzzyDate.of_ymd(2018, 5, 8),
             category="Withdrawal", participants=("United States",))
ARTICLE = Event("row0", "United States withdraws from the nuclear deal",
                FuzzyDate.of_month(2018, 5), category="policy",
                participants=("United States",))


def test_a_lane_of_ones_own_is_no_other_kind_for_an_import():
    found = find_duplicates([MINE], [ARTICLE], kinds=CATEGORIES)
    assert found["row0"].existing is MINE
    assert found["row0"].likely


def _not_likely(found):  # type: ignore[no-untyped-def]
    # (since session 40 "US" is compared as "United States", which the other title spells
    # out: the titles are 84 % alike, a possible duplicate of another kind, not a likely one)
    return "row0" not in found or not found["row0"].likely


def test_without_kinds_every_category_counts():
    assert _not_likely(find_duplicates([MINE], [ARTICLE]))


def test_two_of_the_extractors_kinds_still_differ():
    treaty = Event("t", "US withdraws from the JCPOA", FuzzyDate.of_ymd(2018, 5, 8),
                   category="treaty", participants=("United States",))
    assert _not_likely(find_duplicates([treaty], [ARTICLE], kinds=CATEGORIES))
