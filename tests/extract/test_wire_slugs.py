"""Wire slugs come off the article's title, not its text (verify44 F21)."""

from __future__ import annotations

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.wire_slugs import correction_words, without_slugs

HEADLINE = "Venezuela, Guyana agree to joint border commission"
BODY = ("\n\nBridgetown, December 3, 2026 (Caribbean Wire) — Venezuela and Guyana agreed on "
        "Thursday afternoon to set up a joint border commission.\n")


@pytest.mark.parametrize("slug", ["UPDATE 2-", "CORRECTED-", "CORRECTION: ", "REFILE-",
                                  "URGENT: ", "UPDATE 1-CORRECTED-"])
def test_one_story_under_each_slug_is_one_article_title(slug: str) -> None:
    result = extract_events(slug + HEADLINE + BODY, None)
    assert result.source.title == HEADLINE
    assert result.source.text.startswith(slug)  # the text keeps it


def test_the_slugs_are_read_in_order_and_a_headline_of_words_is_kept() -> None:
    assert without_slugs("UPDATE 2-CORRECTED-Talks end") == ("Talks end", ("UPDATE 2", "CORRECTED"))
    assert without_slugs("Update on the talks: none") == ("Update on the talks: none", ())
    assert without_slugs("URGENT:") == ("URGENT:", ())


def test_a_correction_is_read_from_its_slug_and_its_note() -> None:
    from timeline_app.extract.wire_slugs import correction_words

    text = ("CORRECTED-Talks end\n\nGENEVA, March 13 (Reuters) - Talks ended on Thursday. "
            "(Corrects day in paragraph 1.)\n")
    assert correction_words(text) == "“CORRECTED-” in its headline; “Corrects day in paragraph 1.”"
    assert correction_words("UPDATE 2-Talks end\n\nThe minister corrects nobody.") == ""


def test_a_correction_slug_after_another_slug_is_read() -> None:
    # (only the first slug was checked: "UPDATE 2-CORRECTED-" was no correction)
    assert correction_words("UPDATE 2-CORRECTED-Venezuela, Guyana agree\n\nText.") \
        == "“UPDATE 2-CORRECTED-” in its headline"
