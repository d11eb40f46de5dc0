"""The tagger's tense cues: a sentence read on past 'U.S.', 'U.N.', 'Mr.' (verify36, F5: 'Israeli
Prime Minister Benjamin Netanyahu told the U.S. Congress on March 3 that the deal would
pave Iran's way to a bomb', under an April 2015 dateline, was dated 3 March 2016: the
tagger's own sentence scan ended the sentence at 'U.S. ', lost 'told' and took 'would'
after the date), and a gathering told in the simple present is ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.sentences import continues_after
from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2015, 4, 2)


@pytest.mark.parametrize("words", ["the U.S. Congress", "the U.N. Security Council",
                                   "Mr. Obama", "the American Congress"])
def test_a_past_verb_before_an_initialism_still_governs_the_date(words):
    text = f"Netanyahu told {words} on March 3 that the deal would pave the way to a bomb."
    found = [t.value for t in tag_timexes(text, DCT) if t.text == "March 3"]
    assert found == ["2015-03-03"]


def test_next_to_is_a_place_not_a_time_to_come():
    """Read whole, the sentence of AQUAINT XIE19980809.0010's blasts has 'next to the U.S.
    embassies ... on Friday': 'next' there is beside, no future cue."""
    text = ("More than 100 people have been killed and more than 1,000 others wounded in "
            "the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.")
    found = [t.value for t in tag_timexes(text, dt.date(1998, 8, 9)) if t.text == "Friday"]
    assert found == ["1998-08-07"]


def test_a_sentence_still_ends_after_an_initialism_before_a_new_one():
    text = "He flew to the U.S. The talks resume on Friday."
    assert not continues_after(text, text.index("S. The") + 1)
    assert continues_after("the U.S. Congress", 7)
    assert continues_after("John F. Kennedy", 6)
    assert not continues_after("It ended. Then", 8)


def test_verify36_f5_the_article():
    result = extract_events(
        "Iran talks\n\nLAUSANNE, Switzerland, April 2, 2015 (AP) - Iran and six world powers "
        "reached a framework agreement on Thursday.\nIsraeli Prime Minister Benjamin "
        "Netanyahu told the U.S. Congress on March 3 that the deal would pave Iran's way to "
        "a bomb.\n")
    told = next(c for c in result.candidates if "Netanyahu" in c.title)
    assert (told.date.year, told.date.month, told.date.day) == (2015, 3, 3)


def test_verify36_f6_the_dateline_note_names_what_narrowed_the_years():
    """A year-less weekday dateline whose years a date to come in the text cuts off: the
    note said "nothing in the text narrows it down" while the list stopped at 2013."""
    result = extract_events(
        "Iran and six powers reach interim nuclear deal\n\nGENEVA, Nov 24 (Reuters) - Iran "
        "and six world powers agreed on Sunday to curb Tehran's nuclear programme.\nThe deal "
        "is due to take effect on January 20, 2014, officials said.\n")
    basis = result.source.date_basis
    assert result.source.dateline_date == dt.date(2013, 11, 24)
    assert "nothing in the text narrows it down" not in basis
    assert "up to 2013 ('January 20, 2014' has not come yet)" in basis


@pytest.mark.parametrize(("text", "value"), [
    ("EU foreign ministers meet in Luxembourg on Monday to discuss sanctions.", "2025-10-20"),
    ("The two sides meet again on Friday.", "2025-10-17"),
    ("NATO defence ministers gather in Brussels on Wednesday.", "2025-10-22"),
    ("They did not meet on Monday.", "2025-10-13"),
    ("The ministers met on Monday.", "2025-10-13"),
])
def test_a_gathering_told_in_the_present_is_ahead(text, value):
    """ext39's own story: 'EU foreign ministers meet in Luxembourg on Monday', under a
    Thursday DCT, was dated the Monday before.  A gathering in the simple present with no
    other cue is a schedule ahead (TimeBank VOA19980501.1800.0355's 'Arafat meet
    separately Monday with ... Albright' is 4 May in its gold, was read 27 April); not after
    an auxiliary or a negation."""
    found = [t.value for t in tag_timexes(text, dt.date(2025, 10, 16))]
    assert found == [value]
