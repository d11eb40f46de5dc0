"""What new-user trial 9 saw of the exchange formats in the window: exports that cannot hold
everything say so in a message, our own exports reopen as they were, errors name the
event, the CSV dialog maps source sentences and ids, SVG text stays sans-serif."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv, read_table
from timeline_app.ui.csv_import import CsvImportDialog

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "formats"
DEFAULT = ROOT / "resources" / "default-timeline.json"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/formats is not here")


def test_a_timeline_project_export_says_what_it_cannot_hold_and_reopens_whole(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    before = window.document.timeline.events
    recorded_prompts.export_path = str(tmp_path / "seed.timeline")
    assert window.export_as("Timeline Project")
    assert recorded_prompts.messages == []  # no box by itself (verify52 F10)
    window.show_export_notes()  # Details…
    ((title, message),) = recorded_prompts.messages
    assert title == "Exported seed.timeline"
    assert "The Timeline Project cannot hold everything" in message
    assert "dates that are not single days" in message
    status = window.statusBar().currentMessage()
    # (verify63 F12; the articles' choice: verify76 F14)
    assert status == "Exported seed.timeline; cited sentences only; not all in its own fields"
    assert not status.endswith(":") and "\n" not in status
    assert window.open_path(recorded_prompts.export_path)
    assert window.document.timeline.events == before
    assert recorded_prompts.summaries == []  # nothing lost, nothing to say


def test_an_icalendar_export_leaving_out_bc_events_says_so_in_a_message(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    window.document.replace_timeline(Timeline.from_events([
        Event("a", "Caesar dies", FuzzyDate(-43, 3, 15)),
        Event("b", "Treaty", FuzzyDate(2024, 5, 1))]), None, unsaved=True)
    recorded_prompts.export_path = str(tmp_path / "rich.ics")
    assert window.export_as("iCalendar")
    assert recorded_prompts.messages == []  # no box by itself (verify52 F10)
    window.show_export_notes()  # Details…
    ((_title, message),) = recorded_prompts.messages
    assert "before AD 1" in message and "\u201cCaesar dies\u201d" in message
    # verify9: the status line ended "...not in the exported file:", its list left out.
    assert window.statusBar().currentMessage() == "Exported rich.ics; 1 event before AD 1 left out"


def test_a_csv_export_says_what_it_cannot_carry(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    # verify9: "Exported seed.csv" and nothing else; the bases came back as "Row N ...".
    recorded_prompts.export_path = str(tmp_path / "seed.csv")
    assert window.export_as("CSV")
    assert recorded_prompts.messages == []  # no box by itself (verify52 F10)
    window.show_export_notes()  # Details…
    ((title, message),) = recorded_prompts.messages
    assert title == "Exported seed.csv"
    assert "A CSV table cannot hold everything" in message
    # Session 9 (ui10): the date bases have a column now; the articles still have none.
    assert "date bases" not in message and "1 article" in message
    assert window.statusBar().currentMessage() == (
        "Exported seed.csv; 2 kinds of detail not in it")
    assert "the timeline's title" in message  # verify22 (session 18)


def test_an_export_that_holds_everything_asks_nothing(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    recorded_prompts.export_path = str(tmp_path / "all.json")
    assert window.export_as("TimelineJS")
    assert recorded_prompts.messages == []


def test_a_bad_date_names_the_event_not_only_a_json_path(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    document = json.loads(DEFAULT.read_text(encoding="utf-8"))
    document["events"][1]["date"]["value"] = "2024-13-45"
    path = tmp_path / "baddate.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert not window.open_path(str(path))
    ((_title, message),) = recorded_prompts.errors
    assert message.startswith("baddate.json: event 2 (\u201c")
    assert ", its date: " in message.splitlines()[0] and "$." not in message.splitlines()[0]
    assert "Where in the file: $.events[1].date.value" in message


def test_summaries_keep_their_line_breaks_in_the_details(qapp) -> None:  # type: ignore[no-untyped-def]
    # (``qapp``: a QTextDocument's fonts need the application; run alone, without
    # one made by an earlier test, Qt warned "QFont::setPixelSize: Pixel size <= 0")
    from PySide6.QtGui import QTextDocument

    from timeline_app.ui.detail_pane import event_html

    event = Event("a", "T", FuzzyDate(2024, 5, 1), summary="First line.\n\nPlace: Sado")
    document = QTextDocument()
    document.setHtml(event_html(event, None))
    assert "First line.\n\nPlace: Sado" in document.toPlainText() or \
        "First line.\u2029\u2029Place: Sado" in document.toPlainText()


def test_the_csv_dialog_maps_source_sentences_and_ids(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.io import load

    table = read_table(dumps_csv(load(DEFAULT)).encode())
    dialog = CsvImportDialog(table, "seed.csv", day_first=True)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QFormLayout

    columns = dialog.layout().itemAt(1).layout()  # the fields in two columns (verify25)
    forms = [columns.itemAt(c).layout() for c in range(columns.count())]
    labels = [form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget().text()
              for form in forms for i in range(form.rowCount())]
    assert "Source sentence" in labels and "Id" in labels
    mapping = dialog.mapping()
    # ("Reported by" before it: verify42; "Other source sentences" after "Source sentence":
    # verify43 F18; "References" after them: verify53 F17)
    assert mapping["source"] == 11 and mapping["more_sources"] == 12 and mapping["id"] == 15
    assert mapping["references"] == 13


def test_svg_text_asks_for_a_sans_serif_font(window, recorded_prompts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recorded_prompts.export_path = str(tmp_path / "picture.svg")
    assert window.export_picture("SVG", True)
    svg = Path(recorded_prompts.export_path).read_text(encoding="utf-8")
    families = re.findall(r'font-family="([^"]*)"', svg)
    assert families and all(f.endswith(", sans-serif") for f in families)
    assert 'font-family="Sans Serif"' not in svg


def _render_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "check_timelinejs_render", ROOT / "tools" / "check_timelinejs_render.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_render_check_counts_eras_apart_and_reads_timelinejs_files(tmp_path: Path) -> None:
    from timeline_app.io.timelinejs import dumps_timelinejs

    tool = _render_tool()
    timeline = Timeline.from_events([
        Event("a", "A", FuzzyDate(2024, 5, 1)), Event("b", "B", FuzzyDate(2024, 6, 1)),
        Event("c", "Cold War", FuzzyDate.of_year(1947), FuzzyDate.of_year(1991), "era")])
    assert tool.expected_slides(timeline) == 3  # title + 2 events; the era is no slide
    path = tmp_path / "tljs.json"
    path.write_text(dumps_timelinejs(timeline), encoding="utf-8")
    assert len(tool.read_timeline(str(path))) == 3
    # (verify52 F9: a lane shown as eras under another name, "Phases", counted as slides)
    phases = Timeline.from_events([
        Event("a", "A", FuzzyDate(2024, 5, 1)),
        Event("p", "In force", FuzzyDate.of_year(2022), FuzzyDate.of_year(2023), "Phases")])
    phases.era_lanes = frozenset({"Phases"})
    assert tool.expected_slides(phases) == 2
