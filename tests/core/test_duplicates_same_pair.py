"""One happening told by two articles in other words, the same kind of event between the
same parties (verify34 F2): a teacher's explainer gave "Treaty on Basic Relations signed in
Tokyo" (22 June 1965, a treaty, South Korea and Japan) beside the sample's "South Korea and
Japan normalize diplomatic ties" (June 1965, a treaty, South Korea and Japan), and the
review said it was "not like any event already in the timeline": the titles share no word,
and the rule on two shared participants asks for titles 55 % alike."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

SIGNED = ("The Treaty on Basic Relations was signed in Tokyo on June 22, 1965, after fourteen "
          "years of negotiations.")
ANNIVERSARY = ("The two ministers likely also discussed preparations for the upcoming 60th "
               "anniversary of the normalization of diplomatic ties between their countries, "
               "scheduled for June this year.")


def _normalization() -> Event:
    return Event("seed", "South Korea and Japan normalize diplomatic ties",
                 FuzzyDate.of_month(1965, 6), category="treaty",
                 participants=("South Korea", "Japan"),
                 evidence=(Evidence(ANNIVERSARY, 0, len(ANNIVERSARY)),))


def test_the_same_kind_between_the_same_parties_in_the_same_month_is_possibly_one():
    treaty = Event("x", "Treaty on Basic Relations signed in Tokyo", FuzzyDate.of_ymd(1965, 6, 22),
                   category="treaty", participants=("South Korea", "Japan"), location="Tokyo",
                   evidence=(Evidence(SIGNED, 0, len(SIGNED)),))
    match = find_duplicates([_normalization()], [treaty])["x"]
    assert match.existing.id == "seed" and not match.likely  # possible: kept unless merged


def test_other_parties_another_kind_or_another_month_stay_apart():
    base = dict(category="treaty", participants=("South Korea", "Japan"), location="Tokyo")
    others = [
        Event("kind", "Treaty on Basic Relations signed in Tokyo",
              FuzzyDate.of_ymd(1965, 6, 22), **{**base, "category": "meeting"}),
        Event("who", "Treaty on Basic Relations signed in Tokyo",
              FuzzyDate.of_ymd(1965, 6, 22), **{**base, "participants": ("South Korea", "China")}),
        Event("one", "Treaty on Basic Relations signed in Tokyo",
              FuzzyDate.of_ymd(1965, 6, 22), **{**base, "participants": ("Japan",)}),
        Event("when", "Treaty on Basic Relations signed in Tokyo",
              FuzzyDate.of_ymd(1965, 8, 14), **base),
    ]
    assert find_duplicates([_normalization()], others) == {}
