"""Narrative mode (issue 8, section 3): year-less and relative dates anchored to the story."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract.timex import MODES, choose_mode, reads_as_narrative, tag_timexes

STORY = ("The republic was proclaimed in March 1921. On June 4, the new parliament met. "
         "The following year it was dissolved. In 1923 a constitution followed; in May the "
         "king left, and two years later he died. The next day, mourners gathered.")


def values(text: str, dct: dt.date | None, mode: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct, mode=mode)}


def test_the_issues_example() -> None:
    found = values("The republic was proclaimed in March 1921. On June 4, the new parliament met.",
                   None, "narrative")
    assert found == {"March 1921": "1921-03", "June 4": "1921-06-04"}


def test_year_less_and_relative_dates_follow_the_story() -> None:
    found = values(STORY, None, "narrative")
    assert found["June 4"] == "1921-06-04"
    assert found["The following year"] == "1922"
    assert found["May"] == "1923-05"
    assert found["two years later"] == "1925"


def test_a_dct_does_not_pull_year_less_dates_in_narrative_mode() -> None:
    # WikiWars' DCT is a download date: the story's dates win over it
    found = values(STORY, dt.date(2009, 12, 19), "narrative")
    assert found["June 4"] == "1921-06-04" and found["May"] == "1923-05"


def test_the_basis_names_the_date_mentioned_before() -> None:
    june = next(t for t in tag_timexes(STORY, None, mode="narrative") if t.text == "June 4")
    assert "March 1921" in june.basis


def test_without_any_reference_only_absolute_dates_are_kept() -> None:
    found = values("Last month the talks failed. They had begun in March 2023.", None, "news")
    assert found == {"March 2023": "2023-03"}
    found = values("Last month the talks failed. They had begun in March 2023.", None, "narrative")
    assert found == {"March 2023": "2023-03"}


def test_news_mode_is_unchanged_by_the_story() -> None:
    # (in a new paragraph: within the one that told 'March 1921', 'On June 4, the new
    # parliament met' is June 1921 in news too, verify49 F9)
    story = STORY.replace(". On June 4", ".\n\nOn June 4")
    assert values(story, dt.date(2025, 3, 22), "news")["June 4"].startswith("202")  # the DCT rules


def test_unknown_mode_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown tagging mode"):
        tag_timexes("in May", None, mode="history")
    assert MODES == ("news", "narrative")


def test_the_mode_is_chosen_from_the_text() -> None:
    assert reads_as_narrative(STORY)
    assert not reads_as_narrative("The ministers met on Saturday and will meet again next week.")
    assert choose_mode(STORY, None) == "narrative"
    assert choose_mode(STORY, dt.date(2025, 3, 22)) == "news"  # a dated article is news
    assert choose_mode("They met yesterday.", None) == "news"


def test_a_story_before_the_common_era_keeps_its_bc_year() -> None:
    found = values("Xerxes invaded in 480 BC. In September the fleet stayed off Salamis.",
                   None, "narrative")
    assert found == {"480 BC": "BC0480", "September": "BC0480-09"}


def test_a_year_in_passing_does_not_move_the_story() -> None:
    text = ("In 1975 the offensive began. Documents declassified in 2005 later told more. "
            "On 11 March the defence collapsed.")
    assert values(text, None, "narrative")["11 March"] == "1975-03-11"
