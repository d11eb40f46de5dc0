"""A title whose object was cut to "that NAME" drops the stub (verify41's a1: "Vologases I
agrees at Rhandeia that Tiridates")."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.titles import clean_object


def test_a_that_clause_cut_to_its_subject_is_dropped() -> None:
    [c] = extract_events("In 1529 the king Francis I and the emperor Charles V agreed at Cambrai "
                         "that Charles, the emperor of the Romans, would keep Milan.",
                         mode="narrative").candidates
    assert c.title.endswith("at Cambrai") and "that" not in c.title


def test_a_that_clause_of_saying_keeps_its_subject() -> None:
    # (guard: what was said, "announced that Japan ...", is the title's)
    assert clean_object(" that Japan would join", [], 0, "announce").startswith("Japan")



# verify55 F10: titles cut mid-phrase, or naming the wrong doer (invented sentences)
DCT = __import__("datetime").date(2025, 9, 3)


def _titles(text: str) -> dict[str, str]:
    return {str(c.date): c.title for c in extract_events(text, DCT).candidates}


def test_a_title_cut_at_a_coordination_or_a_relative_clause_ends_before_it() -> None:
    titles = _titles("Elbonia's constitution refers to the 1990 Declaration of Sovereignty and, "
                     "through it, to a later act.\n\nOn May 19, 2023, Ruritania launched an "
                     "offensive that lasted barely a week.")
    assert titles["1990"] == "Declaration of Sovereignty"
    assert titles["19 May 2023"] == "Ruritania launches offensive"


def test_a_semicolon_ends_the_relative_clause_before_the_next_subject() -> None:
    """'an offensive that lasted barely a day; the Sylvanian authorities agreed to a truce':
    the truce was agreed by the authorities, not by the offensive's state."""
    titles = _titles("On May 19, 2023, Ruritania launched an offensive that lasted barely a "
                     "day; the Sylvanian authorities agreed to a truce on May 20.")
    assert titles["20 May 2023"] == "Sylvanian authorities agree to a truce"


def test_activists_blocking_a_corridor_are_the_blockade() -> None:
    titles = _titles("In December 2022, Ruritanian activists blocked the Vesna corridor, the "
                     "only road linking the enclave to Elbonia, and a blockade of some nine "
                     "months followed.")
    assert titles["December 2022"] == "Ruritanian activists block Vesna corridor"


def test_the_people_of_a_fronted_when_clause_hold_the_occasion() -> None:
    titles = _titles("When Elbonian Prime Minister Anna Kovac and Ruritanian President Ivo "
                     "Marten stood beside the UN secretary-general at the palace on August 8, the "
                     "ceremony looked like the end of an old conflict.")
    assert titles["8 August 2025"] == "Anna Kovac and Ivo Marten: Ceremony"


def test_whose_noun_is_what_the_verb_after_it_did() -> None:
    titles = _titles("SOFIA, Aug 8 (Reuters) - Foreign ministers Ivo Marten and Anna Kovac "
                     "initialled the 17-article treaty, whose text the two sides said they had "
                     "agreed on March 13.")
    assert titles["13 March 2025"].endswith("agree text of 17-article treaty")


def test_a_relative_clause_cut_after_its_comma_goes_with_the_comma() -> None:
    text = ("BUDAPEST, July 2 (dpa) - Hungary and Austria held talks on Tuesday.\n\n"
            "Next month Hungary marks the 70th anniversary of the Danube Uprising, which began "
            "on August 1, 1954.")
    titles = [c.title for c in extract_events(text, __import__("datetime").date(2024, 7, 2))
              .candidates]
    assert "Danube Uprising" in titles
    assert "70th anniversary of the Danube Uprising (scheduled)" in titles
    assert not any("which" in t or t.endswith(",") for t in titles)
