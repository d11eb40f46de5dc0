"""Session 64's new-user trial: a TimelineJS export's title slide read "Untitled
timeline" for a timeline of events typed into a new timeline and an article imported
after them (an import names only an empty timeline), and the file name proposed said so
too.  An export now names a timeline never given a name after what it holds, as an
import into a new timeline does: its first article, else the two parties its events name
most, else its first event.  A timeline opened from another tool's file and exported
under the name proposed has that file's name, not "quota talks-timelinejs"."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from timeline_app.core import Event, FuzzyDate, Source


def _exported_headline(window, recorded_prompts, path: Path) -> str:  # type: ignore[no-untyped-def]
    recorded_prompts.export_path = str(path)
    assert window.export_as("TimelineJS")
    return json.loads(path.read_text("utf-8"))["title"]["text"]["headline"]


def test_typed_events_then_an_article_are_named_after_the_article(
        window, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    window.new_timeline()
    window.document.add_event(Event("t1", "Envoys open talks in Vaduz",
                                     FuzzyDate.of_ymd(2026, 3, 2)))
    source = Source("wire", title="Quota deal reached after night of talks",
                    dateline_date=dt.date(2026, 3, 4))
    window.document.import_events(
        source, [Event("t2", "Quota deal reached", FuzzyDate.of_ymd(2026, 3, 4),
                       source_id="wire")], "Quota deal, 2026")
    assert window.document.timeline.title == "Untitled timeline"  # (not renamed)
    headline = _exported_headline(window, recorded_prompts, tmp_path / "a.json")
    assert headline != "Untitled timeline" and "Quota deal" in headline
    # The file name proposed is the same name's.
    assert Path(recorded_prompts.export_suggestions[-1]).name.startswith(headline)
    assert window.document.timeline.title == "Untitled timeline"  # (the export renames nothing)


def test_typed_events_are_named_after_their_parties_else_the_first(
        window, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    window.new_timeline()
    window.document.add_event(Event("t1", "Envoys open talks in Vaduz",
                                     FuzzyDate.of_ymd(2026, 3, 2)))
    window.document.add_event(Event("t2", "Second round in Vaduz",
                                     FuzzyDate.of_ymd(2026, 5, 2)))
    assert _exported_headline(window, recorded_prompts, tmp_path / "a.json") == (
        "Envoys open talks in Vaduz")
    window.new_timeline()
    for n, day in enumerate((2, 9, 16)):
        window.document.add_event(Event(f"p{n}", f"Round {n + 1} of talks",
                                         FuzzyDate.of_ymd(2026, 3, day),
                                         participants=("Norway", "Iceland")))
    headline = _exported_headline(window, recorded_prompts, tmp_path / "b.json")
    assert "Norway" in headline and "Iceland" in headline and "2026" in headline


def test_a_named_timeline_keeps_its_name(window, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    name = window.document.timeline.title
    assert name != "Untitled timeline"
    assert _exported_headline(window, recorded_prompts, tmp_path / "a.json") == name
    window.new_timeline()  # empty: nothing to name it after
    assert _exported_headline(window, recorded_prompts, tmp_path / "b.json") == (
        "Untitled timeline")


def test_a_csv_opened_and_exported_under_the_name_proposed(
        window, recorded_prompts, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    csv = tmp_path / "quota talks.csv"
    csv.write_text("Date,Title\n2026-03-02,Talks open\n2026-04-01,Talks close\n", "utf-8")
    window.open_path(str(csv), background=False)
    qtbot.waitUntil(lambda: len(window.document.timeline) == 2)
    assert window.document.shown_title == "quota talks"
    headline = _exported_headline(window, recorded_prompts,
                                  tmp_path / "quota talks-timelinejs.json")
    assert headline == "quota talks"
    again = _exported_headline(window, recorded_prompts,
                               tmp_path / "quota talks-timelinejs (exported).json")
    assert again == "quota talks"
