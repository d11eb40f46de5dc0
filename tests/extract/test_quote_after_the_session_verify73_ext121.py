"""A quote's speaker "told reporters after the session" of a gathering that is over: never the
meeting "the ministers" agreed to hold weeks later, told just before (verify73 F3: the plan
became "Meeting with <the speaker> in <city> (scheduled)", its only participant the speaker,
and the unrelated quote its source).  "The ministers" of the plan are the article's parties.
Sentences written for these tests, of the same shape as the trial user's article."""

from __future__ import annotations

from timeline_app.extract import extract_events

_HEAD = (
    "Kenya, Uganda and Tanzania reopen customs talks in Nairobi\n\n"
    "NAIROBI, March 3 (Reuters) -- Trade ministers of Kenya, Uganda and Tanzania resumed "
    "talks on the East African customs union in Nairobi on Tuesday.\n\n"
    "Kenyan Trade Minister Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa and "
    "Tanzanian Trade Minister Ashatu Kijaji at the Serena hotel.\n\n"
    "The ministers agreed to hold expert talks on tariffs in Nairobi on Wednesday, and to meet "
    "again in Kampala on March 20 to review a protocol.\n\n")
_QUOTE = '"We arrived in Nairobi ready to listen," Kinyanjui told reporters after the session.\n'


def _the_plan(text: str):  # type: ignore[no-untyped-def]
    found = [c for c in extract_events(text).candidates if c.location == "Kampala"]
    assert len(found) == 1, [(str(c.date), c.title) for c in extract_events(text).candidates]
    return found[0]


def test_the_session_a_speaker_left_is_not_the_meeting_still_to_come() -> None:
    plan = _the_plan(_HEAD + _QUOTE)
    assert not any("ready to listen" in e.sentence for e in plan.evidence), plan.evidence
    assert "Lee Kinyanjui" not in plan.participants and "Kinyanjui" not in plan.title


def test_the_ministers_of_the_plan_are_the_article_s_parties() -> None:
    plan = _the_plan(_HEAD + _QUOTE)
    assert set(plan.participants) == {"Kenya", "Uganda", "Tanzania"}, plan.participants
    assert plan.title.startswith("Ministers") and "(scheduled)" in plan.title, plan.title


def test_without_the_quote_the_plan_is_the_same() -> None:
    with_quote, without = _the_plan(_HEAD + _QUOTE), _the_plan(_HEAD)
    assert (with_quote.title, with_quote.participants) == (without.title, without.participants)
