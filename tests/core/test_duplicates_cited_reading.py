"""A row read again from the very words of the same article that an event of the timeline
cites is that event, whatever the dates' precisions (verify47 F19): "2015 — Deal reached",
read from a Reuters wire and merged into the lecture's "JCPOA concluded in Vienna" (14 July
2015), came back ticked "Keep both" when the wire was imported again — a year beside a day
is not "close", so the shared sentence made it only a possible duplicate."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates, merge_events

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


def test_not_where_the_places_differ() -> None:
    merged = merge_events(JCPOA, _deal("d"))
    matches = find_duplicates([merged], [_deal("again", place="Lausanne")])
    assert all(not m.likely for m in matches.values())
