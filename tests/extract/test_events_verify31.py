"""verify31's fourth mackerel story, read wrong five ways (session 23).

- "Britain, Norway, Iceland and the Faroe Islands agreed": a list whose last name has "the"
  lost all but its last two names.
- "on Nov. 19, which it said ..." made "19" the "it" of a later sentence (a participant).
- "It will take effect on Jan. 1, 2027" after "signed the framework" was Norway's act.
- "The ministerial meeting, originally planned for Bergen on Nov. 6, had been postponed"
  was dated 6 November of the next year.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2026, 12, 1)


def _rows(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    found = extract_events("LONDON, Dec 1 (Reuters) - " + text, dct=DCT)
    return [(c.title, str(c.date), tuple(c.participants)) for c in found.candidates]


def _row(text: str, word: str) -> tuple[str, str, tuple[str, ...]]:
    return next(r for r in _rows(text) if word in r[0].lower())


def test_a_list_whose_last_name_has_the_keeps_every_name() -> None:
    for subject, names in (
            ("Britain, Norway, Iceland and the Faroe Islands",
             {"Britain", "Norway", "Iceland", "Faroe Islands"}),
            ("Japan, South Korea and the Philippines", {"Japan", "South Korea", "Philippines"}),
            ("The United States, Japan and the European Union",
             {"United States", "Japan", "European Union"})):
        _title, _date, who = _row(f"{subject} agreed on Monday a framework for sharing the "
                                 "mackerel catch.", "agree")
        assert set(who) == names, (subject, who)
        assert not any(w.startswith("the ") for w in who)


def test_a_number_is_no_antecedent() -> None:
    text = ("Britain and Norway agreed on Monday a framework.\n\n"
            "Iceland set a unilateral quota of 21,800 tonnes on Nov. 19, which it said it "
            "would now withdraw.\n\n"
            "The European Union, which is not party to the framework, said it would hold "
            "talks with the four states in January.")
    title, _date, who = _row(text, "talks")
    assert who == ("European Union",) and title.startswith("European Union")


def test_it_that_takes_effect_is_the_thing_agreed() -> None:
    text = ("Britain and Norway agreed on Monday a framework for sharing the catch.\n\n"
            "The two ministers signed the framework at Lancaster House on Monday evening. "
            "It will take effect on Jan. 1, 2027.")
    title, date, who = _row(text, "effect")
    assert title == "Framework takes effect (scheduled)"
    assert date == "1 January 2027"
    assert set(who) == {"Britain", "Norway"}


def test_the_date_first_planned_is_as_past_as_what_became_of_it() -> None:
    text = ("Britain and Norway agreed on Monday a framework.\n\n"
            "The ministerial meeting, originally planned for Bergen on Nov. 6, had been "
            "postponed after Iceland walked out of technical talks there.")
    dates = [d for _t, d, _w in _rows(text)]
    assert "6 November 2026" in dates and "6 November 2027" not in dates
