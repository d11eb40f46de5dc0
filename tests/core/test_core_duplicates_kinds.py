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


def _likely_as_one_act(found):  # type: ignore[no-untyped-def]
    # (since session 40 "US" is compared as "United States", which the other title spells
    # out: the titles are 84 % alike, a possible duplicate of another kind; since session
    # 62 (fix89, verify85 F1) the same act ("withdraw") whose day the row's month holds,
    # its parties the event's, makes it likely whatever the kinds: cited, not "Keep both")
    return found["row0"].likely and "the same act (“withdraw”)" in found["row0"].reason


def test_without_kinds_every_category_counts():
    assert _likely_as_one_act(find_duplicates([MINE], [ARTICLE]))


def test_two_of_the_extractors_kinds_told_as_one_act_are_likely():
    treaty = Event("t", "US withdraws from the JCPOA", FuzzyDate.of_ymd(2018, 5, 8),
                   category="treaty", participants=("United States",))
    assert _likely_as_one_act(find_duplicates([treaty], [ARTICLE], kinds=CATEGORIES))
