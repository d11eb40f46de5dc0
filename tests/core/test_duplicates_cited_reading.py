"""A row read again from the very words of the same article that an event of the timeline
cites is that event, whatever the dates' precisions (verify47 F19): "2015 — Deal reached",
read from a Reuters wire and merged into the lecture's "JCPOA concluded in Vienna" (14 July
2015), came back ticked "Keep both" when the wire was imported again — a year beside a day
is not "close", so the shared sentence made it only a possible duplicate."""

from __future__ import annotations

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
