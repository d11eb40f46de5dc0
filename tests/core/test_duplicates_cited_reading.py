"""A row read again from the very words of the same article that an event of the timeline
cites is that event, whatever the dates' precisions (verify47 F19): "2015 — Deal reached",
read from a Reuters wire and merged into the lecture's "JCPOA concluded in Vienna" (14 July
2015), came back ticked "Keep both" when the wire was imported again — a year beside a day
is not "close", so the shared sentence made it only a possible duplicate."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import (
    disagreement,
    find_duplicates,
    merge_changes,
    merge_events,
)

LECTURE = ("Federica Mogherini, then the EU's foreign policy chief, said in Vienna on 14 July "
           "2015 that the agreement was a sign of hope for the entire world.")
WIRE = ("Britain, France and Germany triggered the so-called snapback mechanism on Aug. 28, "
        "2025, accusing Iran of failing to meet its commitments under the 2015 deal.")
AT = 558  # the sentence's place in the wire


def _deal(event_id: str, source: str = "src-wire", place: str = "") -> Event:
    year = WIRE.index("2015")
    return Event(event_id, "Deal reached", FuzzyDate.of_year(2015), category="agreement",
                 location=place, source_id=source,
                 evidence=(Evidence(WIRE, AT, AT + len(WIRE), AT + year, AT + year + 4),))


JCPOA = Event("jcpoa", "JCPOA concluded in Vienna", FuzzyDate.of_ymd(2015, 7, 14),
              category="treaty", location="Vienna", source_id="src-lecture",
              evidence=(Evidence(LECTURE, 207, 207 + len(LECTURE), 281, 293),))


def test_a_reading_merged_away_is_a_likely_duplicate_when_read_again() -> None:
    merged = merge_events(JCPOA, _deal("d"))
    (match,) = find_duplicates([merged], [_deal("again")]).values()
    assert match.existing is merged and match.likely
    assert "the same words of the same article" in match.reason


def test_the_same_sentence_of_another_article_is_still_only_possible() -> None:
    merged = merge_events(JCPOA, _deal("d"))
    (match,) = find_duplicates([merged], [_deal("other", source="src-other")]).values()
    assert not match.likely
    # nor at other offsets of the same article (another paragraph telling the same words)
    moved = _deal("moved")
    shifted = Evidence(WIRE, AT + 1, AT + 1 + len(WIRE))
    (match,) = find_duplicates([merged], [Event(
        "moved", moved.title, moved.date, category=moved.category, source_id="src-wire",
        evidence=(shifted,))]).values()
    assert not match.likely


def test_even_where_the_places_differ() -> None:
    """The place read again from the very words the event cites is no other place told:
    one of the two is a correction of that reading (verify54 F31: a colleague's
    uncorrected "Tokyo" beside the "Singapore" typed here made the same sentence only
    possibly the event, "Keep both", with "Merge, disputed" offered).  Before, a
    place differing made such a row only possible."""
    merged = merge_events(JCPOA, _deal("d"))
    (match,) = find_duplicates([merged], [_deal("again", place="Lausanne")]).values()
    assert match.likely and "places differ" not in match.reason
    assert disagreement(merged, _deal("again", place="Lausanne")) == ""
    # another article's sentence at another place is still told apart
    (match,) = find_duplicates([merged], [_deal("other", "src-other", "Lausanne")]).values()
    assert not match.likely


#: The Japan Times wire of verify54 (F31), the missile sentence and where it stands.
MISSILES = ("Pyongyang then sent more than 260 balloons carrying garbage and excrement into "
            "South Korea on Tuesday night and Wednesday, and on Thursday it fired 18 "
            "short-range ballistic missiles off its east coast from the Sunan area of "
            "Pyongyang.")


def _missiles(event_id: str, participants: tuple[str, ...], place: str) -> Event:
    at = 1200
    day = MISSILES.index("Thursday")
    return Event(event_id, "North Korea fires 18 short-range ballistic missiles",
                 FuzzyDate.of_ymd(2024, 5, 30), category="military", location=place,
                 participants=participants, source_id="src-japantimes",
                 evidence=(Evidence(MISSILES, at, at + len(MISSILES), at + day,
                                    at + day + 8),))


def test_a_copys_uncorrected_reading_of_the_same_words_puts_nothing_back() -> None:
    """verify54 F31: File → Merge of a colleague's uncorrected copy of the same import
    re-added the participant removed here (Japan, on North Korea's missile launch): merge
    takes the union of participants.  The rule chosen: the very words this event cites,
    read again, are no second telling — what the event says of its date, participants,
    place and summary is that reading as the person left it, so the merge takes only the
    copy's other sentences."""
    mine = _missiles("mine", ("North Korea",), "Sunan")
    theirs = _missiles("theirs", ("Japan", "North Korea"), "")
    second = Evidence("It was the latest in a string of launches.", 1500, 1542)
    theirs = Event(theirs.id, theirs.title, theirs.date, category=theirs.category,
                   participants=theirs.participants, source_id=theirs.source_id,
                   evidence=(*theirs.evidence, second))
    merged = merge_events(mine, theirs)
    assert merged.participants == ("North Korea",) and merged.location == "Sunan"
    assert merge_changes(mine, theirs) == []
    assert second in merged.evidence  # its other sentence is taken
    # ...but another article telling Japan took part still adds it
    other = Event("other", theirs.title, theirs.date, category="military",
                  participants=("Japan", "North Korea"), source_id="src-other",
                  evidence=(Evidence(MISSILES, 0, len(MISSILES)),))
    assert merge_events(mine, other).participants == ("North Korea", "Japan")


FORUM_SENTENCE = ("The 18th South Pacific Forum in 1987, held in Apia only two weeks after "
                  "Sitiveni Rabuka's first coup, spent most of its communiqué on Fiji.")
FORUM_AT = 2048
APIA = Event("apia", "18th South Pacific Forum, Apia", FuzzyDate.of_ymd(1987, 5, 29),
             category="Regional institutions")


def _forum_row(event_id: str, marked: bool = True) -> Event:
    weeks = FORUM_SENTENCE.index("two weeks after")
    marks = ((FORUM_AT + weeks, FORUM_AT + weeks + len("two weeks after")) if marked
             else (None, None))
    return Event(event_id, "18th South Pacific Forum: Rabuka's first coup",
                 FuzzyDate.of_ymd(2026, 2, 17).with_circa(True), category="dispute",
                 participants=("18th South Pacific Forum",), source_id="src-pukpuk",
                 evidence=(Evidence(FORUM_SENTENCE, FORUM_AT, FORUM_AT + len(FORUM_SENTENCE),
                                    *marks),))


def test_a_reading_re_dated_and_merged_in_the_review_is_in_the_timeline() -> None:
    """verify59 F21: the row dated c. 17 February 2026 from "two weeks after" was typed
    1987 in the first review and merged into her "18th South Pacific Forum, Apia"; the
    article imported again offered it with its old date, ticked, "no" — though the merged
    event cites that very sentence.  The dates share no day: only the cited words tell."""
    corrected = _forum_row("first", marked=False)  # (its marks went with the correction)
    merged = merge_events(APIA, Event(
        corrected.id, corrected.title, FuzzyDate.of_year(1987), category="dispute",
        source_id="src-pukpuk", evidence=corrected.evidence))
    (match,) = find_duplicates([merged], [_forum_row("again")]).values()
    assert match.existing is merged and match.likely
    assert "which that event cites" in match.reason
    # another article's same sentence is no telling this event cites
    assert not find_duplicates([merged], [dataclasses.replace(
        _forum_row("other"), source_id="src-other")])


def test_another_act_of_a_sentence_telling_several_is_not_the_event_citing_it() -> None:
    """One sentence, three dated acts (verify59 F25): the event of its 2019 act cites it,
    its date marked on "September 2019"; the 1980 act read from it is another event."""
    text = ("Kiribati first recognised Beijing in 1980, switched to Taiwan in November 2003, "
            "and returned to Beijing in September 2019.")
    at = 300

    def act(event_id: str, title: str, date: FuzzyDate, words: str) -> Event:
        where = at + text.index(words)
        return Event(event_id, title, date, category="policy", participants=("Kiribati",),
                     source_id="src-b", evidence=(
                         Evidence(text, at, at + len(text), where, where + len(words)),))

    returned = act("r", "Kiribati returns to Beijing", FuzzyDate.of_month(2019, 9),
                   "September 2019")
    first = act("f", "Kiribati recognises Beijing", FuzzyDate.of_year(1980), "1980")
    assert not find_duplicates([returned], [first])


def test_two_rows_of_one_sentence_the_event_cites_are_both_in_the_timeline() -> None:
    """Each existing event is matched once, but an event citing the very words of two
    rows is both rows' (verify59 F21, today's extractor: "18th South Pacific Forum in
    Apia" took the event, and "…: Rabuka's first coup", merged into it too, was "no")."""
    merged = merge_events(APIA, Event(
        "first", "18th South Pacific Forum: Rabuka's first coup", FuzzyDate.of_year(1987),
        category="dispute", source_id="src-pukpuk", evidence=_forum_row("x", False).evidence))
    year = FORUM_SENTENCE.index("1987")
    meeting = Event("meeting", "18th South Pacific Forum in Apia", FuzzyDate.of_year(1987),
                    category="meeting", location="Apia", source_id="src-pukpuk", evidence=(
                        Evidence(FORUM_SENTENCE, FORUM_AT, FORUM_AT + len(FORUM_SENTENCE),
                                 FORUM_AT + year, FORUM_AT + year + 4),))
    coup = dataclasses.replace(_forum_row("coup"), date=FuzzyDate.of_year(1987, circa=True))
    found = find_duplicates([merged], [meeting, coup])
    assert set(found) == {"meeting", "coup"}
    assert all(m.existing is merged and m.likely for m in found.values())
    # (another event's words are not: the one-event-once rule holds for them)
    other = dataclasses.replace(coup, id="other", source_id="src-other")
    assert set(find_duplicates([merged], [meeting, other])) == {"meeting"}
