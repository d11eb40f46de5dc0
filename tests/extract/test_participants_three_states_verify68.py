"""Participants of a three-state story (verify68 F5, F4): every state of a list of their
adjectives takes part, not the story's two named most (made-up sentences in the shapes of
verify68's Syr Darya stories, other names)."""

from __future__ import annotations

from timeline_app.extract import extract_events

_BRIEF = ("Caspian Brief No. 12: A visit to watch\n\n"
          "Caspian Policy Institute, 6 March 2026\n\n"
          "The talks of the Kazakh, Turkmen and Azerbaijani energy ministers in Baku on 2 March "
          "ended without a deal on gas quotas. Kazakh officials told us the meeting broke down "
          "over transit fees.\n")


def _row(text: str, words: str) -> tuple[str, ...]:
    (cand,) = [c for c in extract_events(text).candidates if words in c.title]
    return cand.participants


def test_the_last_adjective_of_a_list_cut_from_its_noun_takes_part() -> None:
    # ("the Kazakh, Turkmen and Azerbaijani | energy ministers": the phrase ended before
    # the noun, so Azerbaijan, whose adjective alone stood before it, was dropped)
    assert _row(_BRIEF, "Baku") == ("Kazakhstan", "Turkmenistan", "Azerbaijan")
