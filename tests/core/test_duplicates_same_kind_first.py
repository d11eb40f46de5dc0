"""Two rows of one sentence compete for one event of the timeline (verify45 F22): "The regional
body has put off a summit of trade ministers … that had been set for March 3-4 in Lusaka" gives
the postponement (a policy) and the summit (a meeting).  Each event of the timeline is matched
once; the postponement, dated the summit's last day, scored higher and took the timeline's
summit, and the summit row, the same days, place and parties, was offered as new.  My own
sentences, in the tester's shape."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates
from timeline_app.extract.event_vocabulary import CATEGORIES

SENTENCE = ("The Southern African Development Community has put off a summit of trade ministers "
            "from Zambia, Malawi and Zimbabwe that had been set for March 3-4 in Lusaka, two "
            "officials said on Tuesday.")
EARLIER = ("The community said last week it would bring the trade ministers of Zambia, Malawi "
           "and Zimbabwe together in Lusaka on March 3-4.")
PARTIES = ("Southern African Development Community", "Zambia", "Malawi", "Zimbabwe")


def _event(event_id: str, title: str, day: int, category: str, sentence: str,
           end: int | None = None) -> Event:
    return Event(event_id, title, FuzzyDate.of_ymd(2027, 3, day), category=category,
                 participants=PARTIES, location="Lusaka",
                 end=FuzzyDate.of_ymd(2027, 3, end) if end else None,
                 evidence=(Evidence(sentence, 0, len(sentence)),))


def test_the_event_told_again_wins_over_the_act_done_to_it() -> None:
    summit = _event("summit", "Summit in Lusaka (scheduled)", 3, "meeting", EARLIER, end=4)
    put_off = _event("row0", "Southern African Development Community puts off summit of trade "
                     "ministers in Lusaka", 4, "policy", SENTENCE)
    meet = _event("row1", "Southern African Development Community, Zambia, Malawi and Zimbabwe "
                  "meet in Lusaka (scheduled)", 3, "meeting", SENTENCE, end=4)
    found = find_duplicates([summit], [put_off, meet], CATEGORIES)
    assert found["row1"].existing.id == "summit", {k: m.reason for k, m in found.items()}
    assert "row0" not in found


def test_guard_alone_the_act_done_to_it_is_still_offered() -> None:
    summit = _event("summit", "Summit in Lusaka (scheduled)", 3, "meeting", EARLIER, end=4)
    put_off = _event("row0", "Southern African Development Community puts off summit of trade "
                     "ministers in Lusaka", 4, "policy", SENTENCE)
    assert find_duplicates([summit], [put_off], CATEGORIES)["row0"].existing.id == "summit"


def test_the_same_title_date_and_parties_win_whatever_the_lanes() -> None:
    """verify56 F14 (File → Merge of a spreadsheet): its row, word for word the title, day and
    four parties of an event of the timeline, but a policy where hers was an "Event", was
    only possibly that event and lost it to a span of the row's own kind 76 % alike: the
    merge kept both, two identical events."""
    parties = ("Mali", "Burkina Faso", "Niger", "ECOWAS")
    title = "Withdrawal of Niger, Mali and Burkina Faso from ECOWAS takes effect"
    hers = Event("hers", title, FuzzyDate.of_ymd(2025, 1, 29), category="event",
                 participants=parties)
    span = Event("span", "ECOWAS transition period for Niger, Mali and Burkina Faso",
                 FuzzyDate.of_ymd(2025, 1, 29), end=FuzzyDate.of_ymd(2025, 7, 29),
                 category="policy", participants=parties)
    row = Event("row", title, FuzzyDate.of_ymd(2025, 1, 29), category="policy",
                participants=parties)
    match = find_duplicates([span, hers], [row])["row"]
    assert match.existing is hers and match.likely
    # a title alike but another day, or other parties: not by this rule
    other_day = Event("d", title, FuzzyDate.of_ymd(2025, 1, 28), category="policy",
                      participants=parties)
    assert not find_duplicates([hers], [other_day])["d"].likely
