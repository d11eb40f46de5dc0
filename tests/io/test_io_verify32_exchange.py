"""verify32 (a newsroom's trial of keeping and exchanging timelines): what The Timeline
Project export loses.

F1. A span whose start or end is not a single day (``September 2013`` – ``July 2015``)
    came back from a file The Timeline Project saved again as days (1 September 2013 –
    31 July 2015), with a stray "Date: September 2013 (month); …" paragraph in its summary:
    the export's date line named only the start, so it never covered the file's days.
F2. With nine lanes and none given a colour, the export's eight colours wrapped round:
    Agreement and Withdrawal were both 128,177,255 in The Timeline Project; a palette
    colour could also be one a lane had chosen.
"""

from __future__ import annotations

import re

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project


def _without_comments(xml: str) -> str:
    """The file as The Timeline Project saves it again: its writer keeps no comments."""
    return re.sub(r"\s*<!--.*?-->", "", xml, flags=re.DOTALL)


_SPANS = [
    # (start, end, basis): the shapes of the trial's timeline
    (FuzzyDate.of_month(2013, 9), FuzzyDate.of_month(2015, 7), "entered by hand"),
    (FuzzyDate.of_ymd(2003, 10, 21), FuzzyDate.of_month(2004, 11), "typed by hand"),
    (FuzzyDate.of_ymd(2025, 3, 10, circa=True), FuzzyDate.of_ymd(2025, 3, 16, circa=True),
     "'next week'"),
    (FuzzyDate.of_year(2003), FuzzyDate.of_year(2005), ""),
    (FuzzyDate.of_ymd(2000, 7, 11), FuzzyDate.of_month(2000, 8), ""),
    (FuzzyDate.of_month(2024, 12, mod="START"), FuzzyDate.of_month(2024, 12, mod="MID"), ""),
    (FuzzyDate.of_part(2024, "late"), FuzzyDate.of_part(2025, "early"), "a basis; (with) parens"),
    (FuzzyDate.of_year(-44), FuzzyDate.of_year(-30), ""),
    (FuzzyDate.of_decade(1990, mod="END"), FuzzyDate.of_year(2003, circa=True), ""),
    (FuzzyDate.of_part(2019, "Q4"), FuzzyDate.of_part(2020, "Q1"), ""),
]


@pytest.mark.parametrize(("start", "end", "basis"), _SPANS)
def test_a_span_comes_back_from_a_file_the_timeline_project_saved_again(
        start: FuzzyDate, end: FuzzyDate, basis: str) -> None:
    event = Event("e1", "Negotiations on the comprehensive deal", start, end, "negotiation",
                  ("Iran", "P5+1"), "Vienna", "Talks.", basis)
    xml = dumps_timeline_project(Timeline.from_events([event], title="Talks"))
    (back,) = loads_timeline_project(_without_comments(xml).encode()).timeline
    assert (back.date, back.end) == (start, end)
    assert back.summary == "Talks."
    # A person's own basis ("typed by hand …") is our history, not the file's text: the
    # description's date line no longer carries it (verify70 F9, session 54), so a file
    # The Timeline Project saved again has the date without it.
    assert back.date_basis == ("" if basis.endswith("by hand") else basis)
    assert (back.participants, back.location) == (("Iran", "P5+1"), "Vienna")


def test_a_span_exported_before_verify32_still_reopens_unchanged() -> None:
    """A file our earlier export wrote (the date line naming only the start) with its
    comment still reopens as it was, not as "changed after this app exported it"."""
    event = Event("e1", "Talks", FuzzyDate.of_month(2013, 9), FuzzyDate.of_month(2015, 7),
                  "negotiation", (), "", "", "entered by hand")
    xml = dumps_timeline_project(Timeline.from_events([event], title="Talks"))
    earlier = xml.replace("Date: September 2013 \u2013 July 2015 (month)",
                          "Date: September 2013 (month)")
    assert earlier != xml
    result = loads_timeline_project(earlier.encode())
    assert list(result.timeline) == [event]
    assert not any("changed after" in note for note in result.notes)


def _category_colours(xml: str) -> dict[str, tuple[int, ...]]:
    found = re.findall(r"<category>\s*<name>([^<]+)</name>\s*<color>([^<]+)</color>", xml)
    return {name: tuple(int(v) for v in colour.split(",")) for name, colour in found}


@pytest.mark.parametrize("lanes", [9, 12, 20])
def test_every_lane_gets_a_colour_of_its_own(lanes: int) -> None:
    names = ["agreement", "dispute", "ceremony", "meeting", "negotiation", "policy",
             "statement", "treaty", "withdrawal", "sanctions", "summit", "ceasefire",
             "election", "protest", "visit", "anniversary", "talks", "deal", "vote",
             "report"][:lanes]
    events = [Event(f"e{n}", f"Event {n}", FuzzyDate.of_year(2000 + n), None, lane)
              for n, lane in enumerate(names)]
    colours = _category_colours(dumps_timeline_project(Timeline.from_events(events)))
    assert len(colours) == lanes
    values = list(colours.values())
    for i, a in enumerate(values):
        for b in values[i + 1:]:  # told apart at a glance, not only not equal
            assert sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5 >= 40, (a, b)


def test_a_palette_colour_is_never_one_a_lane_chose() -> None:
    events = [Event("e1", "A", FuzzyDate.of_year(2001), None, "agreement"),
              Event("e2", "B", FuzzyDate.of_year(2002), None, "withdrawal")]
    timeline = Timeline.from_events(events, category_colors={"withdrawal": "#80b1ff"})
    colours = _category_colours(dumps_timeline_project(timeline))
    assert colours["Withdrawal"] == (128, 177, 255)
    assert colours["Agreement"] != (128, 177, 255)
    back = loads_timeline_project(dumps_timeline_project(timeline).encode()).timeline
    assert back.category_colors == {"withdrawal": "#80b1ff"}
