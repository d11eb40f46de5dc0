"""The same article imported again is named as such (verify44 F19)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Source
from timeline_app.core.reimport import imported_before

DAY = dt.date(2026, 12, 3)
WIRE = Source("src-a", "Venezuela, Guyana agree to joint border commission", "Caribbean Wire",
              "Bridgetown", DAY)


def _event(source_id: str) -> Event:
    return Event("e", "Commission agreed", FuzzyDate.of_day(DAY), source_id=source_id)


def test_the_same_text_again_is_named_with_its_title_and_the_events_citing_it():
    said = imported_before(WIRE, {"src-a": WIRE}, [_event("src-a"), _event("src-z")])
    assert said == ("This article was imported before, the same text, as “Venezuela, Guyana "
                    "agree to joint border commission” (Caribbean Wire, 3 December 2026); "
                    "1 event in the timeline cites it.")


def test_the_same_headline_and_dateline_with_another_text_is_perhaps_a_resend():
    resent = Source("src-b", "VENEZUELA, Guyana agree to joint  border commission",
                    "Caribbean Wire", "Bridgetown", DAY)
    said = imported_before(resent, {"src-a": WIRE}, [_event("src-a")])
    assert said.startswith("An article with the same headline and dateline was imported before")
    assert "perhaps this one re-sent" in said


def test_another_article_or_day_is_not_named():
    other_day = Source("src-c", WIRE.title, "Caribbean Wire", "Bridgetown", dt.date(2026, 12, 4))
    other = Source("src-d", "Guyana rejects proposal", "Caribbean Wire", "Bridgetown", DAY)
    for source in (other_day, other):
        assert imported_before(source, {"src-a": WIRE}, [_event("src-a")]) == ""


def test_a_wire_without_a_headline_is_named_by_its_dateline_not_untitled():
    """verify48 F14: "as an untitled article (Reuters, 20 November 2025)" read oddly of a
    wire story that opens with its dateline."""
    wire = Source("src-w", "", "Reuters", "Ankara", dt.date(2025, 11, 20))
    said = imported_before(wire, {"src-w": wire}, [])
    assert said == ("This article was imported before, the same text, as the article from "
                    "Ankara (Reuters, 20 November 2025).")
    bare = Source("src-x", "")
    assert "as an article without a headline." in imported_before(bare, {"src-x": bare}, [])


def test_the_same_text_kept_under_another_id_is_the_same_text():
    """The default timeline keeps its article as "nationpress-2025-03-22"; the same text
    pasted again gets an import's id ("src-…"), and was "perhaps re-sent"."""
    from timeline_app.extract import extract_events
    from timeline_app.io.bundled import load_default_timeline
    from timeline_app.paths import resource_path

    timeline = load_default_timeline()
    again = extract_events(resource_path("seed-article.txt").read_text("utf-8")).source
    assert again.id not in timeline.sources
    said = imported_before(again, timeline.sources, timeline.events)
    assert said == ("This article was imported before, the same text, as “South Korea and "
                    "Japan's Diplomats Commit to Ongoing Dialogue as Relations Improve” "
                    "(NationPress, 22 March 2025); 8 events in the timeline cite it.")


def test_could_be_reviewed_only_with_an_article_under_an_import_s_id():
    """Sifted by "src-" in C first (session 49, edit55: every Delete asks), the answer is
    the id's whole shape's: "src-" and ten characters, nothing else."""
    from timeline_app.core.reimport import article_id, could_be_reviewed

    generated = {f"s{i:06d}": WIRE for i in range(50)}
    assert not could_be_reviewed(generated)
    assert not could_be_reviewed({**generated, "src-a": WIRE, "src-0123456789a": WIRE,
                                  "xsrc-012345678": WIRE})
    assert could_be_reviewed({**generated, article_id("text"): WIRE})
    assert not could_be_reviewed({})
