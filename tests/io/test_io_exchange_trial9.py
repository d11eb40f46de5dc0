"""Exchange formats after new-user trial 9: our own exports come back as they were, and
every import or export says what it could not carry."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from tests.io.test_io_exchange_formats import DEFAULT, SHARED, _default, needs_shared
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Evidence
from timeline_app.io import FormatError, load
from timeline_app.io.csv_table import dumps_csv, kept_evidence, read_table, rows_to_events
from timeline_app.io.exchange import category_from_display, display_category
from timeline_app.io.formats import error_in_words, export_bytes, export_notes
from timeline_app.io.ical import dumps_icalendar, loads_icalendar
from timeline_app.io.timeline_project import (
    MARKER,
    dumps_timeline_project,
    loads_timeline_project,
)
from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs


def _without_comments(xml: str) -> str:
    """The file as The Timeline Project saves it again: its writer keeps no comments."""
    return re.sub(r"\s*<!--.*?-->", "", xml, flags=re.DOTALL)


# -- The Timeline Project: our own export round-trips ----------------------------------

def test_our_timeline_project_export_reopens_as_it_was() -> None:
    """Months stayed months, "late 2024" stayed late 2024, participants, place and sources
    came back as fields (trial 9: they became day ranges and description text)."""
    timeline = _default()
    back = loads_timeline_project(dumps_timeline_project(timeline).encode())
    assert back.timeline.events == timeline.events
    assert back.timeline.sources == timeline.sources
    assert (back.timeline.title, back.timeline.description) == (timeline.title,
                                                                 timeline.description)
    assert back.notes == []  # nothing to say: everything came back
    june = next(e for e in back.timeline if e.date.describe() == "June 1965")
    assert june.date.precision.value == "month"


def test_the_marker_survives_double_hyphens_and_comment_ends() -> None:
    event = Event("x1", "A -- B --> C", FuzzyDate.of_part(2024, "late", circa=True),
                  None, "treaty", ("Japan--Korea",), "Sado", "sum--mary\n\nline two",
                  "said -->", None, (Evidence("It was -- late.", 0, 15, None, None),))
    xml = dumps_timeline_project(Timeline.from_events([event], title="T--", description="-"))
    assert xml.count("<!--") == xml.count("-->") - 0 and "--->" not in xml
    back = loads_timeline_project(xml.encode()).timeline
    assert back.events == [event] and back.title == "T--"


def test_the_timeline_projects_own_fields_are_still_written_for_it() -> None:
    xml = dumps_timeline_project(_default())
    assert f"<!-- {MARKER} " in xml
    assert "<category>Treaty</category>" in xml and "<name>Treaty</name>" in xml
    assert "<category>treaty</category>" not in xml
    # The Timeline Project shows the description as text: labelled lines, line breaks kept.
    assert re.search(r"\n\nParticipants: South Korea, Japan\n\nPlace: ", xml)


def test_a_file_the_timeline_project_saved_again_reads_back_from_the_labelled_lines() -> None:
    """Without our comments (The Timeline Project keeps none when it saves), the labelled
    lines our export writes in the description still bring the fields back."""
    timeline = _default()
    result = loads_timeline_project(_without_comments(dumps_timeline_project(timeline))
                                    .encode())
    back = result.timeline
    assert {e.category for e in back} == {e.category for e in timeline}
    assert [(e.title, e.date, e.end, e.participants, e.location, e.summary, e.date_basis,
             [x.sentence for x in e.evidence]) for e in back] == [
        (e.title, e.date, e.end, e.participants, e.location, e.summary, e.date_basis,
         [x.sentence for x in e.evidence]) for e in timeline]
    assert any("read back from the labelled lines" in n for n in result.notes)


def test_labelled_lines_that_do_not_match_the_days_stay_text() -> None:
    summary = "Talks.\n\nPlace: Paris\n\nDate: March 2020 (month)"
    xml = _xml(_event("2024-05-01 00:00:00", "2024-05-01 00:00:00",
                      f"<description>{summary}</description>"))
    (event,) = loads_timeline_project(xml).timeline
    assert event.location == "Paris" and event.date == FuzzyDate(2024, 5, 1)
    assert event.summary == "Talks.\n\nDate: March 2020 (month)"


# -- The Timeline Project: a file changed after our export reads its own fields ----------

_SADO = "South Korea boycotts the Sado mines memorial"


def _edited(xml: str, title: str, old: str, new: str) -> str:
    """``xml`` with ``old`` replaced by ``new`` inside the one <event> whose <text> is
    ``title``: a hand edit or a script that keeps XML comments."""
    blocks = re.split(r"(?=<event>)", xml)
    (n,) = [i for i, b in enumerate(blocks) if f"<text>{title}</text>" in b]
    assert old in blocks[n]
    blocks[n] = blocks[n].replace(old, new)
    return "".join(blocks)


def _changed_note(notes: list[str]) -> str:
    (note,) = [n for n in notes if "changed after this app exported" in n]
    return note


def test_a_moved_start_and_end_open_at_the_files_dates() -> None:
    """User re-check: Sado moved to 2023-05-01 by hand still opened as "late 2024"."""
    timeline = _default()
    xml = dumps_timeline_project(timeline)
    data = _edited(_edited(xml, _SADO, "<start>2024-09-01 00:00:00</start>",
                           "<start>2023-05-01 00:00:00</start>"),
                   _SADO, "<end>2024-12-31 00:00:00</end>", "<end>2023-05-01 00:00:00</end>")
    result = loads_timeline_project(data.encode())
    sado = next(e for e in result.timeline if e.title == _SADO)
    # (circa: "late 2024" is written fuzzy since verify84 F4, and the file's day is too)
    assert (sado.date, sado.end) == (FuzzyDate(2023, 5, 1, circa=True), None)
    assert sado.date_basis == ""  # the old date's basis no longer applies
    # Title and description untouched: the comment's other fields still come back.
    before = next(e for e in timeline if e.title == _SADO)
    assert (sado.id, sado.participants, sado.location, sado.summary, sado.evidence,
            sado.source_id, sado.category) == (
        before.id, before.participants, before.location, before.summary, before.evidence,
        before.source_id, before.category)
    assert _changed_note(result.notes).startswith("1 event was changed")
    # Every other event still comes back field for field.
    others = [e for e in result.timeline if e.title != _SADO]
    assert others == [e for e in timeline if e.title != _SADO]


def test_a_changed_title_opens_with_the_new_title() -> None:
    timeline = _default()
    data = _edited(dumps_timeline_project(timeline), _SADO, f"<text>{_SADO}</text>",
                   "<text>Seoul skips the Sado ceremony</text>")
    result = loads_timeline_project(data.encode())
    (sado,) = [e for e in result.timeline if "Sado" in e.title and "Seoul" in e.title]
    before = next(e for e in timeline if e.title == _SADO)
    assert sado.title == "Seoul skips the Sado ceremony"
    # Days unchanged: the comment's "late 2024" still holds; the description's labelled
    # lines give participants and place.
    assert (sado.date, sado.date_basis) == (before.date, before.date_basis)
    assert (sado.participants, sado.location) == (before.participants, before.location)
    assert not any(e.title == _SADO for e in result.timeline)
    assert "1 event was changed" in _changed_note(result.notes)


def test_a_changed_category_opens_in_the_files_lane() -> None:
    timeline = _default()
    data = _edited(dumps_timeline_project(timeline), _SADO, "<category>Dispute</category>",
                   "<category>Memorials</category>")
    result = loads_timeline_project(data.encode())
    sado = next(e for e in result.timeline if e.title == _SADO)
    before = next(e for e in timeline if e.title == _SADO)
    assert sado == replace(before, category="memorials")  # shown as "Memorials"
    _changed_note(result.notes)


def test_a_changed_fuzzy_opens_circa() -> None:
    munich = "Cho and Iwaya meet in Munich"
    data = _edited(dumps_timeline_project(_default()), munich, "<fuzzy>False</fuzzy>",
                   "<fuzzy>True</fuzzy>")
    event = next(e for e in loads_timeline_project(data.encode()).timeline if e.title == munich)
    assert event.date == FuzzyDate.of_month(2025, 2, circa=True)
    # A vague date ("late 2024") is written fuzzy (verify84 F4): unticked there, it opens
    # as told, not circa; ticked, as it was written, it is not made circa either.
    data = _edited(dumps_timeline_project(_default()), _SADO, "<fuzzy>True</fuzzy>",
                   "<fuzzy>False</fuzzy>")
    sado = next(e for e in loads_timeline_project(data.encode()).timeline if e.title == _SADO)
    assert sado.date == FuzzyDate.of_part(2024, "late")


def test_a_changed_description_is_read_from_the_file() -> None:
    timeline = _default()
    data = _edited(dumps_timeline_project(timeline), _SADO, "<description>South Korea stays",
                   "<description>Seoul stays")
    sado = next(e for e in loads_timeline_project(data.encode()).timeline if e.title == _SADO)
    assert sado.summary.startswith("Seoul stays")


def test_a_changed_era_opens_at_the_files_dates_and_name() -> None:
    era = Event("e1", "Cold War", FuzzyDate.of_year(1947), FuzzyDate.of_year(1991), "era",
                summary="Bipolar order")
    xml = dumps_timeline_project(Timeline.from_events([era]))
    data = xml.replace("<start>1947-01-01 00:00:00</start>",
                       "<start>1946-03-05 00:00:00</start>").encode()
    result = loads_timeline_project(data)
    (back,) = result.timeline
    assert (back.title, back.date, back.end) == ("Cold War", FuzzyDate(1946, 3, 5),
                                                  FuzzyDate(1991, 12, 31))
    assert (back.id, back.summary) == ("e1", "Bipolar order")  # the name is unchanged
    assert any(n.startswith("1 era was changed") for n in result.notes), result.notes
    renamed = loads_timeline_project(xml.replace("<name>Cold War</name>",
                                                 "<name>Long peace</name>").encode())
    (back,) = renamed.timeline
    assert (back.title, back.date, back.end) == ("Long peace", era.date, era.end)
    assert back.id != "e1" and back.summary == ""


# -- The Timeline Project: what an import drops is said ---------------------------------

def _xml(events: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<timeline><version>2.3.0</version>'
            f"<timetype>gregoriantime</timetype><categories></categories><events>{events}"
            "</events><view></view></timeline>").encode()


def _event(start: str, end: str, extra: str = "") -> str:
    return (f"<event><start>{start}</start><end>{end}</end><text>E</text>"
            f"<progress>0</progress><fuzzy>False</fuzzy><locked>False</locked>{extra}</event>")


def test_times_of_day_are_kept_seconds_progress_and_locked_are_each_noted() -> None:
    data = _xml(_event("2024-05-01 09:15:30", "2024-05-01 17:00:00")
                + _event("2024-05-02 00:00:00", "2024-05-02 00:00:00")
                + _event("2024-05-03 00:00:00", "2024-05-04 00:00:00")
                .replace("<progress>0</progress>", "<progress>50</progress>")
                .replace("<locked>False</locked>", "<locked>True</locked>"))
    result = loads_timeline_project(data)
    notes = result.notes
    # Times of day are kept since edit33 (they were dropped with a note); seconds are not.
    timed = result.timeline.events[0]
    assert (timed.date.describe(), timed.end and timed.end.describe()) == (
        "1 May 2024, 09:15", "1 May 2024, 17:00")
    assert not any(n.startswith("times of day dropped") for n in notes), notes
    assert any(n.startswith("seconds of times of day dropped (1 event)") for n in notes), notes
    assert any(n.startswith("progress percentages dropped (1 event)") for n in notes), notes
    assert any(n.startswith('"locked" dropped (1 event)') for n in notes), notes


def test_nothing_dropped_means_no_note() -> None:
    data = _xml(_event("2024-05-02 00:00:00", "2024-05-02 00:00:00"))
    assert loads_timeline_project(data).notes == []


@needs_shared
def test_the_real_example_keeps_its_times_of_day() -> None:
    timeline = loads_timeline_project(
        (SHARED / "timeline-project-example.timeline").read_bytes()).timeline
    # 43 <start>s carry a time (trial 9's count); one of them is <view>'s displayed period.
    assert sum(1 for e in timeline if e.date.time is not None) == 42
    released = [e for e in timeline if e.title.startswith("0.20.0")
                or "0.20.0" in e.title]
    assert released and released[0].date.describe() == "30 March 2013, 11:16"


# -- exports say what the other tool cannot hold ---------------------------------------

def test_a_timeline_project_export_names_what_it_cannot_hold() -> None:
    notes = export_notes(_default(), "Timeline Project")
    assert notes is not None
    assert "cannot hold everything" in notes.sentence and "." not in notes.sentence
    text = "\n".join(notes.details)
    assert "6 dates that are not single days" in text
    assert "participants" in text and "places" in text and "source sentences" in text
    days_only = Timeline.from_events([Event("a", "A", FuzzyDate(2024, 5, 1))])
    assert export_notes(days_only, "Timeline Project") is None


def test_a_timeline_project_export_of_one_such_event_says_one() -> None:
    # verify9: "1 dates that are not single days ..." (and "1 events' places")
    one = Timeline.from_events([Event("a", "A", FuzzyDate.of_month(2024, 5), location="Seoul")])
    notes = export_notes(one, "Timeline Project")
    assert notes is not None
    text = "\n".join(notes.details)
    assert "1 date that is not a single day" in text and "it covers" in text
    assert "1 event's place is written" in text
    assert "1 dates" not in text and "1 events" not in text

def test_an_icalendar_export_names_the_events_it_leaves_out() -> None:
    timeline = Timeline.from_events([Event("a", "Caesar dies", FuzzyDate(-43, 3, 15)),
                                     Event("b", "Treaty", FuzzyDate(2024, 5, 1))])
    notes = export_notes(timeline, "iCalendar")
    assert notes is not None and "before AD 1" in notes.sentence
    assert notes.details == ["1 event before AD 1 left out: \u201cCaesar dies\u201d"]
    assert b"Caesar" not in export_bytes(timeline, "iCalendar")
    assert export_notes(_default(), "iCalendar") is None


def test_a_timelinejs_export_says_which_slide_the_news_is() -> None:
    """verify54 F28: the export opened on its title, then the oldest slide (1965), where
    a reader of the news looks for 22 March 2025.  TimelineJS's JSON has no field for the
    slide it opens on (``start_at_slide`` is an option of the page that shows it:
    ``Timeline.js``, ``options.njk``): the message after the export gives its number,
    counted as TimelineJS counts (title 0, events by start date)."""
    import json

    from timeline_app.io.timelinejs import dumps_timelinejs, news_slide

    timeline = _default()
    number, event = news_slide(timeline) or (0, None)
    assert event is not None and event.title == "Cho and Iwaya hold bilateral talks in Tokyo"
    slides = json.loads(dumps_timelinejs(timeline))["events"]
    assert "title" in json.loads(dumps_timelinejs(timeline))  # what TimelineJS opens on
    assert slides[number - 1]["unique_id"] == event.id  # 7: the 60th anniversary after it
    notes = export_notes(timeline, "TimelineJS")
    # what the slide number means, said (verify86 F8: "the news is slide 16")
    assert notes is not None and notes.summary == (
        "it opens on its title slide, not on the latest news (slide 7): see Details")
    assert "start_at_slide: 7" in notes.text() and "&start_at_slide=7" in notes.text()
    plain = Timeline.from_events([Event("a", "A", FuzzyDate(2024, 5, 1)),
                                  Event("b", "B", FuzzyDate(2024, 6, 1))])
    assert export_notes(plain, "TimelineJS") is None  # no article: no news to open on


def test_the_news_slide_is_the_newest_articles_held_event_not_one_typed_by_hand() -> None:
    """verify74 F10: "the news is slide 22" named a legal review typed by hand for January
    2025, dated before the feature's typed date (20 January 2025) but after every
    article's news; the news the articles report is the Montevideo conclusion of
    6 December 2024, the wire's day.  A plan ("(scheduled)") is no news either."""
    import datetime as dt

    from timeline_app.core.dates import Precision
    from timeline_app.core.model import Source
    from timeline_app.core.sourced import SourcedEvidence
    from timeline_app.io.timelinejs import news_slide

    wire = Source("wire", "EU and Mercosur seal trade pact", "Reuters",
                  dateline_date=dt.date(2024, 12, 6), text="x" * 40)
    feature = Source("feature", "The long road to Montevideo",
                     dateline_date=dt.date(2025, 1, 20), text="y" * 40)
    said = Evidence("x" * 10, 0, 10)
    told = SourcedEvidence("y" * 10, 0, 10, source="feature")
    events = [
        Event("launch", "Negotiations launched", FuzzyDate.of_month(1999, 6),
              source_id="wire", evidence=(said,)),
        Event("stall", "Talks stall again", FuzzyDate.from_iso("2024", Precision.YEAR),
              source_id="feature", evidence=(told,)),
        Event("deal", "Negotiations concluded in Montevideo", FuzzyDate(2024, 12, 6),
              source_id="wire", evidence=(said, told)),
        Event("photo", "Leaders pose for the family photo", FuzzyDate(2024, 12, 6)),
        Event("warsaw", "Polish farmers protest in Warsaw (scheduled)",
              FuzzyDate(2024, 12, 12), source_id="feature", evidence=(told,)),
        Event("review", "EU legal review of the agreement", FuzzyDate.of_month(2025, 1),
              end=FuzzyDate.of_month(2025, 6)),
    ]
    timeline = Timeline.from_events(events, sources={"wire": wire, "feature": feature})
    number, event = news_slide(timeline) or (0, None)
    assert event is not None and event.id == "deal"  # (not "review", slide 6)
    assert number == 3
    # A newest article that tells only a plan: the last held event of any article's.
    later = Source("later", "Next steps", dateline_date=dt.date(2025, 3, 1), text="z" * 40)
    plan = Event("vote", "Council votes on the agreement (scheduled)",
                 FuzzyDate(2025, 2, 4), source_id="later",
                 evidence=(Evidence("z" * 10, 0, 10),))
    timeline = Timeline.from_events([*events, plan], sources={
        "wire": wire, "feature": feature, "later": later})
    assert news_slide(timeline) == (3, timeline.get("deal"))
    # The feature, the newest, is a retrospective whose last event ends two months before
    # its date: that is its background, not news; the wire's day is (verify74's file).
    events[2] = Event("deal", "Negotiations concluded in Montevideo", FuzzyDate(2024, 12, 6),
                      source_id="wire", evidence=(said,))
    trump = Event("trump", "Re-election of Donald Trump", FuzzyDate.of_month(2024, 11),
                  source_id="feature", evidence=(told,))
    timeline = Timeline.from_events([*events, trump],
                                    sources={"wire": wire, "feature": feature})
    assert news_slide(timeline) == (4, timeline.get("deal"))


def test_a_csv_export_names_what_it_cannot_carry() -> None:
    # verify9: the CSV export said only "Exported seed.csv"; its date bases came back as
    # "row N of an imported CSV file" and its articles were gone, unannounced.
    notes = export_notes(_default(), "CSV")
    assert notes is not None and "CSV table cannot hold everything" in notes.sentence
    # Session 9 (ui10): the date bases and the date's words now have columns of their own.
    assert notes.details == [
        "1 article that 8 events were read from",
        "the timeline's title \u201cSouth Korea and Japan, 1965-2025\u201d and description "
        "(a reopened table is named after its file)"]  # (verify65 F9: what comes back)
    plain = Timeline.from_events([Event("a", "A", FuzzyDate.of_month(2024, 5), location="X")])
    assert export_notes(plain, "CSV") is None  # its columns carry all of it


def test_a_csv_export_names_the_lanes_colours_and_order() -> None:
    # verify22 (session 18): the note named the articles only; the reopened table had
    # other lane colours and its lanes in another order, unannounced.
    timeline = Timeline.from_events(
        [Event("a", "A", FuzzyDate(2024, 5, 1), category="meeting"),
         Event("b", "B", FuzzyDate(2024, 5, 2), category="treaty")],
        category_colors={"meeting": "#2a7f3f", "treaty": "#0072b2"},
        lane_order=["treaty", "meeting"])
    notes = export_notes(timeline, "CSV")
    assert notes is not None
    assert notes.details == [
        "the colours of 2 lanes (a reopened table gives each lane the colour of its name)",
        "the lanes' order (a reopened table shows them in the app's own order)"]
    assert "2 kinds of detail" in notes.summary


def test_a_csv_export_of_one_such_event_says_one() -> None:
    one = Timeline.from_events([Event(
        "a", "A", FuzzyDate(2024, 5, 1), date_basis="typed", source_id="s",
        evidence=(Evidence("On 1 May.", 0, 9, 3, 8), Evidence("Later.", 10, 16)))])
    notes = export_notes(one, "CSV")
    assert notes is not None
    assert notes.details == [
        "1 article that 1 event was read from"]  # its further sentence has a column (F18)


# -- CSV: source sentences and ids come back -------------------------------------------

def test_our_csv_export_brings_back_source_sentences_and_ids() -> None:
    timeline = _default()
    table = read_table(dumps_csv(timeline).encode("utf-8"))
    assert table.mapping["source"] == 11 and table.mapping["more_sources"] == 12
    assert table.mapping["references"] == 13  # (verify53 F17: after the sentences)
    assert table.mapping["id"] == 15
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert [e.id for e in events] == [e.id for e in timeline]
    # (the sentence the date basis quotes, trial 12: ``kept_evidence``)
    assert [e.evidence[0].sentence for e in events] == [
        evidence.sentence for e in timeline if (evidence := kept_evidence(e)) is not None]


def test_repeated_or_unusable_csv_ids_get_new_ones() -> None:
    table = read_table(b"Date,Title,Id\n2024,A,x1\n2025,B,x1\n2026,C,\n")
    events, _ = rows_to_events(table, table.mapping)
    assert events[0].id == "x1" and len({e.id for e in events}) == 3


# -- category names as the app shows them ----------------------------------------------

def test_exports_show_category_names_as_the_app_does() -> None:
    timeline = _default()
    groups = {slide["group"] for slide in json.loads(dumps_timelinejs(timeline))["events"]}
    assert "Treaty" in groups and "treaty" not in groups
    assert b"CATEGORIES:Treaty" in dumps_icalendar(timeline)
    # ... and come back as the lanes they were, with or without our own fields.
    assert loads_timelinejs(dumps_timelinejs(timeline)).timeline.events == timeline.events
    assert loads_icalendar(dumps_icalendar(timeline)).timeline.events == timeline.events
    document = json.loads(dumps_timelinejs(timeline))
    for slide in document["events"]:
        del slide["diplomatic_timeline"]
    stripped = loads_timelinejs(json.dumps(document)).timeline
    assert {e.category for e in stripped} == {e.category for e in timeline}


@pytest.mark.parametrize(("shown", "lane"), [("Treaty", "treaty"), ("Policy change",
                                                                   "policy change"),
                                            ("USA", "USA"), ("EU summits", "EU summits"),
                                            ("treaty", "treaty"), ("", "")])
def test_category_names_read_back(shown: str, lane: str) -> None:
    assert category_from_display(shown) == lane
    if lane.islower():
        assert display_category(lane) == (shown if shown[:1].isupper() else lane.title()[:1]
                                          + lane[1:])


# -- errors in words -------------------------------------------------------------------

def test_a_bad_date_names_the_event_and_keeps_the_json_path(tmp_path: Path) -> None:
    document = json.loads(DEFAULT.read_text(encoding="utf-8"))
    document["events"][1]["date"]["value"] = "2024-13-45"
    path = tmp_path / "baddate.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        load(path)
    message = error_in_words(caught.value)
    title = document["events"][1]["title"]
    first, _, details = message.partition("\n\n")
    assert first.startswith(f"baddate.json: event 2 (\u201c{title[:59]}")
    assert ", its date: " in first and "$." not in first
    assert details == f"Where in the file: {caught.value.place}"


def test_errors_placed_otherwise_read_as_before() -> None:
    error = FormatError("x.json", "line 3, column 2", "invalid JSON")
    assert error_in_words(error) == str(error)


def test_a_timelinejs_file_without_our_key_keeps_circa_from_its_display_date() -> None:
    """Trial 9, item 19: "c. January 2025" came back as "January 2025"."""
    timeline = Timeline.from_events([Event("a", "A", FuzzyDate.of_month(2025, 1, True)),
                                     Event("b", "B", FuzzyDate.of_month(2025, 2))])
    document = json.loads(dumps_timelinejs(timeline))
    for slide in document["events"]:
        del slide["diplomatic_timeline"]
    back = loads_timelinejs(json.dumps(document)).timeline
    assert [e.date for e in back] == [e.date for e in timeline]


def test_a_plain_source_column_is_not_taken_for_source_sentences() -> None:
    """Spreadsheets' "Source" columns are mostly links: only the export's "Source
    sentence" (or "Evidence", "Quote") is read as a sentence."""
    table = read_table(b"Date,Title,Source\n2024,A,https://example.org/a\n")
    assert "source" not in table.mapping


def test_an_export_message_bullets_each_thing_it_cannot_carry() -> None:
    notes = export_notes(_default(), "CSV")
    assert notes is not None
    lines = notes.text().split("\n\n", 1)[1].splitlines()
    assert len(lines) == len(notes.details) and all(line.startswith("• ") for line in lines)


def test_a_csv_export_counts_an_article_only_merged_sentences_cite() -> None:
    # verify45 F16: the ministry's release had all its rows merged into other articles'
    # events; they still cite it, and the note counted 5 articles of a timeline on 6.
    from timeline_app.core.sourced import SourcedEvidence

    merged = Timeline.from_events([
        Event("a", "A", FuzzyDate(2024, 5, 1), source_id="ap",
              evidence=(Evidence("On 1 May.", 0, 9), SourcedEvidence("Also.", 0, 5, None,
                                                                     None, "mfa"))),
        Event("b", "B", FuzzyDate(2024, 5, 2), source_id="ap"),
        Event("c", "C", FuzzyDate(2024, 5, 3))])
    notes = export_notes(merged, "CSV")
    assert notes is not None
    assert notes.details == ["2 articles that 2 events were read from"]
