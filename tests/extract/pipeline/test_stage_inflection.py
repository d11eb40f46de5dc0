"""Verb forms come from lemminflect; the trigger table holds every spelling."""

from __future__ import annotations

from stage_helpers import run_until

from timeline_app.extract.pipeline.inflection import (
    past_only,
    third_person,
    verb_forms,
    verb_lemma,
)
from timeline_app.extract.pipeline.lexicon import FORM_KIND, TRIGGER_TABLE


def test_forms_of_regular_and_irregular_verbs() -> None:
    assert verb_forms("drop") == {"base": ("drop",), "s": ("drops",), "past": ("dropped",),
                                  "ing": ("dropping",)}
    assert verb_forms("begin")["ing"] == ("beginning",)  # the old rules wrote "begining"
    assert set(verb_forms("meet")["past"]) == {"met"}
    assert {"traveled", "travelled"} <= set(verb_forms("travel")["past"])


def test_lemmas_third_person_and_past_only() -> None:
    assert verb_lemma("agreed") == "agree" and verb_lemma("chose") == "choose"
    assert verb_lemma("hoped") == "hope" and verb_lemma("prepared") == "prepare"
    assert third_person("go") == "goes" and third_person("agree") == "agrees"
    assert past_only("rise") == {"rose"} and past_only("meet") == set()


def test_every_spelling_is_a_trigger_of_its_lemma() -> None:
    assert TRIGGER_TABLE["cancelled"][3] == TRIGGER_TABLE["canceled"][3] == "cancel"
    assert FORM_KIND["cancelled"] == "past"


def test_a_hyphenated_participle_after_a_determiner_is_an_adjective() -> None:
    staged = run_until("Senators spoke against the now-cancelled deal on Monday.", "triggers")
    assert "cancelled" not in [m.word for m in staged.mentions]
    staged = run_until("The minister was re-elected on Monday.", "triggers")
    assert "elected" in [m.word for m in staged.mentions]


def test_the_verb_table_is_what_lemminflect_says_today() -> None:
    import importlib.util
    from pathlib import Path

    tool = Path(__file__).resolve().parents[3] / "tools" / "build_verb_table.py"
    spec = importlib.util.spec_from_file_location("build_verb_table", tool)
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert builder.TABLE.read_text(encoding="utf-8") == builder.build(), (
        "run tools/build_verb_table.py: the vocabulary's verbs changed")


def test_a_verb_outside_the_table_asks_lemminflect() -> None:
    assert verb_forms("zigzag")["past"][0] == "zigzagged"
    assert verb_lemma("zigzagged") == "zigzag" and third_person("zigzag") == "zigzags"
