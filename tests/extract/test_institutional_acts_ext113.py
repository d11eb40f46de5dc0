"""Acts of offices, bodies and courts that gave no row (ext113, from the error kinds of blind set
h19: "X's office said on <weekday> that it was disappointed", an investigation opened, a
minister before a committee, a court challenge, a leader forced from office, talks told by
"discussed it with", "an encounter", a runoff, a state freezing its part in a body).  Each
sentence is written for these tests, under a dated dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events, tag_timexes

DCT = dt.date(2026, 3, 5)  # a Thursday
HEAD = ("Ministers in row over border\n\n"
        "BRUSSELS, 5 March 2026 (Reuters) - Officials gave no further details on Thursday.\n\n")


def _dates(sentence: str) -> list[tuple[int, int | None, int | None]]:
    result = extract_events(HEAD + sentence + "\n", DCT)
    return [(c.date.year, c.date.month, c.date.day) for c in result.candidates
            if c.evidence and sentence[:30] in c.evidence[0].sentence]


@pytest.mark.parametrize(("sentence", "date"), [
    # a stated feeling of the day is a reaction
    ("The prime minister's office said on Tuesday that it was \"concerned\" by the decision.",
     (2026, 3, 3)),
    ("The presidency said on Monday that it was deeply disappointed by the vote.", (2026, 3, 2)),
    # an inquiry opened
    ("The national security agency opened an investigation into the leak on Tuesday.",
     (2026, 3, 3)),
    ("The police opened a probe into the payments on Monday.", (2026, 3, 2)),
    # a hearing
    ("The minister faced the defence committee behind closed doors on Monday.", (2026, 3, 2)),
    # a court filing
    ("The opposition filed a challenge in the Constitutional Court in February.",
     (2026, 2, None)),
    ("In January last year, opposition leaders took the government to the High Court, "
     "arguing that the deal was unlawful.", (2025, 1, None)),
    # a leader ousted
    ("The former leader was forced from office in August and fled abroad.", (2025, 8, None)),
    # talks told by "discussed ... with" an officeholder
    ("The adviser discussed it with Japanese foreign minister Taro Kono in Tokyo in January.",
     (2026, 1, None)),
    ("The foreign minister discussed the issue with his Chinese counterpart in Beijing in "
     "January.", (2026, 1, None)),
    # a meeting told by its noun
    ("The two leaders have not met since a tense encounter in Geneva in March.",
     (2026, 3, None)),
    # a second round of an election
    ("At the runoff on 3 November last year, voters queued for hours.", (2025, 11, 3)),
    # a state's part in a body frozen
    ("Finland froze its participation in the programme in 2024.", (2024, None, None)),
    # a body's debate scheduled
    ("The President of the Assembly has scheduled that debate for Tuesday, 10 March.",
     (2026, 3, 10)),
    # a parliament's debate of a text, in a clause of time
    ("When the National Assembly debated the text in September 2021, opposition members "
     "walked out.", (2021, 9, None)),
    # a parliament's session of a month written after a determiner
    ("The Congress is expected to take up the agreement in its May session.", (2026, 5, None)),
    # a gathering named in capitals, the subject of "take place" and a date
    ("The Recovery Conference will now take place on 6-7 July.", (2026, 7, 6)),
    # a leader's term told by "in office since"
    ("Prime Minister Jan Novak, in office since June last year, still refers to the treaty.",
     (2025, 6, None)),
    ("The president has been in office since 2019.", (2019, None, None)),
    # a mission opened, its name in capitals
    ("The alliance, then still called the League, opened its Mission to Tajikistan in 1994, "
     "during the war.", (1994, None, None)),
])
def test_the_act_is_a_row_of_its_date(sentence: str, date: tuple[int, int | None, int | None]
                                      ) -> None:
    assert date in _dates(sentence)


@pytest.mark.parametrize("sentence", [
    # a feeling not told of a day, a view, a plan: no reaction of the day
    "The president's office said on Monday that the talks had been useful.",
    # no committee, no inquiry
    "The minister faced criticism from the opposition on Monday.",
    # a debate no one schedules or holds
    "The public debate over the border went on for weeks in February.",
    # a talk, not with an officeholder
    "Students discussed the film with their teacher on Tuesday.",
])
def test_guard_other_sayings_and_facings_are_no_row(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Theresa May summit talks went on late.",
    "He said May session notes were lost.",
    "Ministers may meet again.",
])
def test_guard_may_before_a_gathering_is_a_month_only_after_a_determiner(sentence: str) -> None:
    assert [t.text for t in tag_timexes(sentence, DCT)] == []
