"""One rule for a vague date's start and end in every export (verify74 F12).

A graphics editor's CSV wrote "by the mid-2000s" from 2000 ("Date (ISO)") to 2006, with an
empty "End" beside "End (ISO)", while the TimelineJS export of the same timeline started
the slide in 2004; "summer 2019" and "early 2024" were the bare year in "Date (ISO)".
"""

from __future__ import annotations

import calendar
import csv
import io
import json

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv, guess_mapping, read_table, rows_to_events
from timeline_app.io.timelinejs import dumps_timelinejs


def _timeline() -> Timeline:
    mid = FuzzyDate.from_iso("2000", FuzzyDate.of_decade(2000).precision, mod="MID",
                             limit="ON_OR_BEFORE")
    return Timeline.from_events([
        Event("nineties", "Pedro Souza visits Brussels", FuzzyDate.of_decade(1990)),
        Event("mid", "Talks stall", mid),
        Event("summer", "Amazon fires", FuzzyDate.of_part(2019, "SU")),
        Event("june", "Political agreement", FuzzyDate.of_month(2019, 6, mod="END")),
        Event("early", "Talks stall again", FuzzyDate.of_part(2024, "early")),
        Event("review", "Legal review", FuzzyDate.of_month(2025, 1),
              end=FuzzyDate.of_part(2025, "SU")),
        Event("day", "Montevideo", FuzzyDate(2024, 12, 6)),
    ])


def _slide_years(slide: dict) -> tuple[str, str]:  # type: ignore[type-arg]
    def iso(parts: dict | None) -> str:  # type: ignore[type-arg]
        if parts is None:
            return ""
        return "-".join([f"{parts['year']:04d}"] + [f"{parts[k]:02d}" for k in ("month", "day")
                                                    if k in parts])
    return iso(slide["start_date"]), iso(slide.get("end_date"))


def _to_its_last_day(iso: str) -> str:
    """A CSV's end cell ("1999", "2019-08") as its last day: the TimelineJS export writes
    an end down to its day, which TimelineJS would read as the 1st (verify80 F17)."""
    if not iso or iso.count("-") == 2:
        return iso
    year, _, month = iso.partition("-")
    last_month = int(month or 12)
    return f"{year}-{last_month:02d}-{calendar.monthrange(int(year), last_month)[1]:02d}"


def test_the_csv_and_timelinejs_start_and_end_a_vague_date_alike() -> None:
    timeline = _timeline()
    rows = {row["Id"]: row for row in csv.DictReader(io.StringIO(dumps_csv(timeline)))}
    document = json.loads(dumps_timelinejs(timeline))
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    for key, row in rows.items():
        assert (row["Date (ISO)"], _to_its_last_day(row["End (ISO)"])) \
            == _slide_years(slides[key]), key
        # the End words whenever its ISO cell is filled
        assert bool(row["End"]) == bool(row["End (ISO)"]), key
    assert (rows["mid"]["Date (ISO)"], rows["mid"]["End"], rows["mid"]["End (ISO)"]) == (
        "2004", "2006", "2006")
    assert (rows["summer"]["Date (ISO)"], rows["summer"]["End"]) == ("2019-06", "August 2019")
    assert (rows["review"]["End"], rows["review"]["End (ISO)"]) == ("summer 2025", "2025-08")
    assert (rows["day"]["End"], rows["day"]["End (ISO)"]) == ("", "")


def test_the_csv_reads_back_the_same_vague_dates_from_either_date_column() -> None:
    timeline = _timeline()
    text = dumps_csv(timeline)
    table = read_table(text.encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert {e.id: (e.date, e.end) for e in events} == {e.id: (e.date, e.end) for e in timeline}
    # Its ISO columns chosen as the dates: "2019-06" beside "summer 2019" is that season.
    mapping = dict(guess_mapping(table.header))
    mapping["date"] = table.header.index("Date (ISO)")
    mapping["end"] = table.header.index("End (ISO)")
    events, errors = rows_to_events(table, mapping)
    assert errors == []
    assert {e.id: (e.date, e.end) for e in events} == {e.id: (e.date, e.end) for e in timeline}


def test_a_picture_has_its_own_csv_columns_and_comes_back() -> None:
    """verify74 F12: the picture of a hand-made event was folded into "Summary"
    ("…\\n\\nMedia: https://…\\nCaption: …\\nCredit: …").  It has the columns TimelineJS's
    spreadsheet names (Media, Media Caption, Media Credit), read back into the event; a
    timeline without pictures has the table as before, and nothing reads as "not read"."""
    from timeline_app.core.model import Evidence
    from timeline_app.core.picture import Picture, with_picture
    from timeline_app.io.csv_table import EXPORT_HEADERS, columns_not_read, export_losses

    sentence = "Leaders posed for the family photo in Montevideo on Friday."
    photo = Event("photo", "Leaders pose for the family photo", FuzzyDate(2024, 12, 6),
                  summary=with_picture("The leaders of both blocs.", Picture(
                      "https://example.org/family.jpg", "The family photo", "Mercosur press")))
    quoted = Event("quoted", "Family photo", FuzzyDate(2024, 12, 6),
                   summary=with_picture(sentence, Picture("https://example.org/2.jpg")),
                   evidence=(Evidence(sentence, 0, len(sentence)),))
    timeline = Timeline.from_events([photo, quoted, Event("plain", "Plain", FuzzyDate(2024, 1, 1))])
    text = dumps_csv(timeline)
    rows = {row["Id"]: row for row in csv.DictReader(io.StringIO(text))}
    assert (rows["photo"]["Summary"], rows["photo"]["Media"], rows["photo"]["Media Caption"],
            rows["photo"]["Media Credit"]) == (
        "The leaders of both blocs.", "https://example.org/family.jpg", "The family photo",
        "Mercosur press")
    assert (rows["quoted"]["Summary"], rows["quoted"]["Media"]) == ("", "https://example.org/2.jpg")
    assert rows["plain"]["Media"] == ""
    assert "Media:" not in text
    table = read_table(text.encode("utf-8"))
    assert columns_not_read(table) == []
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert {e.id: e.summary for e in events} == {e.id: e.summary for e in timeline}
    assert export_losses(timeline) == []  # (the picture is no kind of detail left out)
    plain = Timeline.from_events([Event("plain", "Plain", FuzzyDate(2024, 1, 1))])
    assert next(csv.reader(io.StringIO(dumps_csv(plain)))) == list(EXPORT_HEADERS)
