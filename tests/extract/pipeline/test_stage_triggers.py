"""Stage 3a: trigger words read as events (fact or plan) or as no event."""

from __future__ import annotations

from stage_helpers import run_until


def _words(text: str) -> list[tuple[str, bool]]:
    return [(m.word, m.planned) for m in run_until(text, "triggers").mentions]


def test_verbs_and_nouns_are_triggers_with_their_mood() -> None:
    assert ("met", False) in _words("The ministers met in Tokyo on Saturday.")
    assert ("visit", True) in _words("The minister will visit Canberra next month.")


def test_words_that_are_no_event_here() -> None:
    # an adjective
    assert not any(w == "announced" for w, _ in _words("The recently announced phone sold."))
    assert not any(w == "cuts" for w, _ in _words("Job cuts were feared."))  # a noun
    assert _words("Nobody knows whether it should be approved.") == []  # a possibility


def test_headings_are_not_read() -> None:
    assert _words("Ministers meet in Tokyo\nThe weather was fine.") == []


def test_a_noun_that_is_only_the_object_of_an_anniversary_is_absorbed() -> None:
    staged = run_until("They marked the 60th anniversary of the normalization of ties on "
                       "Sunday.", "arguments")
    assert [m.word for m in staged.mentions] == ["anniversary"]


def test_a_sentence_of_dozens_of_triggers_is_read_only_in_part() -> None:
    from timeline_app.extract.pipeline.triggers import MAX_MENTIONS_PER_SEGMENT

    staged = run_until("They met " + "and met " * 100 + "on Monday.", "triggers")
    assert len(staged.mentions) == MAX_MENTIONS_PER_SEGMENT


def test_an_apposition_renames_the_event_before_it() -> None:
    staged = run_until("The two ministers will hold talks in Tokyo next week, the first visit "
                       "by a defense chief in 15 years, officials said Thursday.", "arguments")
    assert [m.word for m in staged.mentions] == ["talks"]
    # a second event after a comma, with no "the first ..." apposition, stays
    staged = run_until("The two ministers held talks in Tokyo, and a visit to Osaka followed.",
                       "arguments")
    assert [m.word for m in staged.mentions] == ["talks", "visit"]


def test_a_day_or_a_manner_between_a_verb_of_doing_and_to_keeps_it_done() -> None:
    from timeline_app.extract.pipeline.lexicon import DONE_TO
    for before in ("voted Saturday to ", "voted on Saturday to ", "voted unanimously to ",
                   "agreed today to ", "agreed to "):
        assert DONE_TO.search("The assembly " + before), before
    assert not DONE_TO.search("The assembly voted against the plan to ")


def test_an_event_noun_before_another_is_that_noun_s_modifier() -> None:
    # "would return to ceasefire talks in Jeddah": the talks are the event, headed by their
    # last noun; the ceasefire is what they are about (ext83, session 48; verify58 F25: a
    # treaty row "Ceasefire in Jeddah" after "a 72-hour truce collapsed overnight")
    words = [w for w, _ in _words("The army and the rebels said on Tuesday they would return "
                                  "to ceasefire talks in Mombasa next week, after a truce "
                                  "broke down.")]
    assert "talks" in words and "ceasefire" not in words
    assert "ceasefire" in [w for w, _ in _words("The two sides agreed a ceasefire on Tuesday.")]
