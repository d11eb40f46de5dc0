"""File → Open reads other tools' files as new documents; File → Export writes them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline_app.io import load
from timeline_app.io.timelinejs import loads_timelinejs

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "formats"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/formats is not here")


@needs_shared
def test_opening_a_timelinejs_file_makes_a_new_unsaved_document(window, recorded_prompts) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(str(SHARED / "timelinejs-example.json"))
    assert len(window.document.timeline) == 13 and window.document.path is None
    assert window.document.timeline.title == "The Republican Run-Up"
    ((title, text),) = recorded_prompts.summaries
    assert "13 events imported" in text and "media" in text
    assert recorded_prompts.errors == []


@needs_shared
def test_opening_a_timeline_project_file(window, recorded_prompts) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(str(SHARED / "timeline-project-example.timeline"))
    assert len(window.document.timeline) == 59 and window.document.path is None
    # It opens at the period The Timeline Project showed (verify55 F1: it opened fitted on
    # every year of the file): 4 August 2018 - 11 November 2021.
    from timeline_app.core.dates import day_number

    first, last = window.view.visible_days()
    assert abs(first - day_number(2018, 8, 4)) < 2 and abs(last - day_number(2021, 11, 12)) < 2
    assert "at the days it showed" in window.statusBar().currentMessage()


def test_a_spreadsheet_gets_one_clear_sentence(window, recorded_prompts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = window.document.timeline
    path = tmp_path / "events.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert not window.open_path(str(path))
    ((_, message),) = recorded_prompts.errors
    assert "Excel workbook" in message and "CSV" in message and "JSON" not in message.split(";")[0]
    assert window.document.timeline is before


@pytest.mark.parametrize("kind", ["TimelineJS", "Timeline Project", "CSV", "iCalendar"])
def test_each_export_writes_a_file_and_adds_the_extension(window, recorded_prompts,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path, kind: str) -> None:
    recorded_prompts.export_path = str(tmp_path / "out")
    assert window.export_as(kind)
    (written,) = tmp_path.iterdir()
    assert written.suffix in (".json", ".timeline", ".csv", ".ics") and written.stat().st_size
    if kind == "TimelineJS":
        back = loads_timelinejs(written.read_text(encoding="utf-8")).timeline
        assert back.events == window.document.timeline.events


def test_the_next_open_starts_where_an_export_went(window, recorded_prompts,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    """verify17: after an export, File → Open started in the home folder, not where the
    file just went.  Fails on the old code."""
    folder = tmp_path / "exports"
    folder.mkdir()
    recorded_prompts.export_path = str(folder / "out.ics")
    assert window.export_as("iCalendar")
    assert Path(window._last_directory()) == folder.resolve()


@pytest.mark.parametrize(("kind", "magic"), [("PNG", b"\x89PNG"), ("SVG", b"<?xml"),
                                             ("PDF", b"%PDF")])
@pytest.mark.parametrize("whole", [True, False])
def test_pictures_of_the_whole_timeline_and_the_view(window, recorded_prompts, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     kind: str, magic: bytes, whole: bool) -> None:
    recorded_prompts.export_path = str(tmp_path / f"picture.{kind.lower()}")
    assert window.export_picture(kind, whole)
    assert Path(recorded_prompts.export_path).read_bytes().startswith(magic)


def _picture_sizes(monkeypatch) -> list[object]:  # type: ignore[no-untyped-def]
    """The sizes of the timeline painted in each picture (``export_picture._picture``):
    of the current view, the window's viewport wide and its lanes tall (verify34 F6)."""
    from timeline_app.ui import export_picture as pictures

    sizes: list[object] = []
    real = pictures._picture

    def spy(view, kind, path, title, subtitle, size):  # type: ignore[no-untyped-def]
        sizes.append(size)
        return real(view, kind, path, title, subtitle, size)

    monkeypatch.setattr(pictures, "_picture", spy)
    return sizes


def test_png_is_drawn_at_twice_the_view_size(window, recorded_prompts, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    from PySide6.QtGui import QImage

    sizes = _picture_sizes(monkeypatch)
    recorded_prompts.export_path = str(tmp_path / "view.png")
    assert window.export_picture("PNG", whole=False)
    from timeline_app.ui.export_picture import (
        CURRENT_VIEW_LEAST_WIDTH,
        PNG_MARGIN,
        header_height,
    )

    image = QImage(recorded_prompts.export_path)
    (size,) = sizes
    assert size.width() >= max(window.view.viewport().width(), CURRENT_VIEW_LEAST_WIDTH)
    # a margin round the title and the timeline (verify25)
    assert image.width() == (size.width() + 2 * PNG_MARGIN) * 2
    assert image.height() == (int(size.height() + header_height()) + 2 * PNG_MARGIN) * 2


def test_a_narrow_window_makes_a_figure_wide_enough_for_whole_titles(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path, monkeypatch, qtbot) -> None:
    """verify59 F18: at 1366 × 768 with the Filters dock open, the picture of the current
    view was the timeline pane's width, a 649 × 1619 strip with titles cut at the
    window's edge.  It is at least as wide as a picture of the whole timeline now, the
    same days, wider still while titles are cut."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.ui import export_picture as pictures

    words = "Forum ministers decline China's regional security and policing pact in Suva"
    events = [Event(f"e{n}", f"{words} {n}", FuzzyDate.of_day(
        dt.date(2022, 1, 1) + dt.timedelta(days=9 * n)), category="meeting")
        for n in range(40)]
    window.document.replace_timeline(Timeline.from_events(events, title="Pacific"), None)
    window.resize(1366, 768)
    window._filter_dock.show()
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(5)
    window.view.fit_all()
    assert window.view.viewport().width() < 1000  # the pane beside the dock
    seen: list[tuple[int, int, int]] = []
    real = pictures._picture

    def spy(view, kind, path, title, subtitle, size):  # type: ignore[no-untyped-def]
        seen.append((size.width(), size.height(), view.titles_not_whole()))
        return real(view, kind, path, title, subtitle, size)

    monkeypatch.setattr(pictures, "_picture", spy)
    recorded_prompts.export_path = str(tmp_path / "view.png")
    assert window.export_picture("PNG", whole=False)
    ((width, height, cut),) = seen
    assert width >= pictures.CURRENT_VIEW_LEAST_WIDTH
    assert height < width  # a landscape figure, not a strip
    assert cut == 0


def test_svg_has_the_png_margin_round_the_title(window, recorded_prompts, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch) -> None:
    """The title began at x = 0 in an SVG (verify29, item 9): the PNG's margin, filled."""
    import re

    from timeline_app.ui.export_picture import PNG_MARGIN, header_height

    sizes = _picture_sizes(monkeypatch)
    recorded_prompts.export_path = str(tmp_path / "view.svg")
    assert window.export_picture("SVG", whole=False)
    svg = Path(recorded_prompts.export_path).read_text(encoding="utf-8")
    (viewport,) = sizes
    width = viewport.width() + 2 * PNG_MARGIN
    height = int(viewport.height() + header_height()) + 2 * PNG_MARGIN
    assert f'viewBox="0 0 {width} {height}"' in svg
    title = re.search(r'<text [^>]*x="([0-9.]+)"[^>]*>\s*' + re.escape(window.document.shown_title),
                      svg)
    assert title is not None and float(title.group(1)) >= PNG_MARGIN


def test_an_export_onto_a_fifo_is_refused(window, recorded_prompts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    recorded_prompts.export_path = str(fifo)
    assert not window.export_as("CSV")
    ((_, message),) = recorded_prompts.errors
    assert "not a regular file" in message
    assert load(ROOT / "resources" / "default-timeline.json")  # nothing else touched


CSV_TEXT = ("Date;Title;Who\r\n22 March 2025;Talks in Tokyo;Cho, Iwaya\r\nsoon;Bad row;X\r\n"
            "late 2024;Boycott;\r\n")


def test_opening_a_csv_maps_columns_and_lists_failed_rows(window, recorded_prompts,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    assert window.open_path(str(path))
    timeline = window.document.timeline
    assert [e.title for e in timeline] == ["Boycott", "Talks in Tokyo"]
    assert timeline.events[1].participants == ("Cho", "Iwaya")
    assert [str(e) for e in recorded_prompts.row_errors] == [
        "row 3: 'soon' is not a date this app reads: “soon” is not a month or a date word."]
    assert window.document.path is None


def test_csv_import_cancelled_at_the_mapping_or_the_failures_changes_nothing(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    before = window.document.timeline
    path = tmp_path / "events.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    recorded_prompts.csv_cancel = True
    assert not window.open_path(str(path))
    recorded_prompts.csv_cancel = False
    recorded_prompts.accept_row_errors = False
    assert not window.open_path(str(path))
    assert window.document.timeline is before


def test_the_csv_dialog_previews_how_dates_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.io.csv_table import read_table
    from timeline_app.ui.csv_import import CsvImportDialog

    table = read_table(b"Title,When\n<img src=x>,2024\nB,nonsense\n")
    dialog = CsvImportDialog(table, "t.csv", day_first=True)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(type(dialog._preview), "csvPreview")
    assert preview.item(0, 0).text() == "2024" and preview.item(0, 1).text() == "<img src=x>"
    assert preview.item(1, 0).text().startswith("not a date")
    assert dialog.mapping() == {"date": 1, "title": 0}
    dialog.choose("date", None)
    assert not dialog._ok.isEnabled()
    dialog.choose("date", 1)
    assert dialog._ok.isEnabled()


@pytest.mark.parametrize("rows", [200_000])
def test_a_large_csv_streams_in_the_background_and_cancels(window, recorded_prompts, qtbot,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path, rows: int) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write("Date,Title\n")
        for i in range(rows):
            f.write(f"{1900 + i % 100},Event {i}\n")
    with qtbot.waitSignal(window.open_finished, timeout=20000) as finished:
        assert window.open_path(str(path), background=True)
        window._cancel_job()
    assert finished.args == [False]


def test_our_csv_export_opens_again(window, recorded_prompts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recorded_prompts.export_path = str(tmp_path / "mine.csv")
    before = [(e.title, e.date, e.participants) for e in window.document.timeline]
    assert window.export_as("CSV")
    assert window.open_path(recorded_prompts.export_path)
    assert [(e.title, e.date, e.participants) for e in window.document.timeline] == before


def test_an_import_is_unsaved_until_saved(window, recorded_prompts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recorded_prompts.export_path = str(tmp_path / "mine.json")
    assert window.export_as("TimelineJS")
    assert window.open_path(recorded_prompts.export_path)
    # unsaved, but no "*" while it is the file as opened: it closes without asking
    # (verify52 F11, verify53); the first change marks it
    assert window.document.is_modified and not window.isWindowModified()
    window.document.remove_event(window.document.timeline.events[0].id)
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert window.isWindowModified()  # (changed since it was opened: Close asks now)
    recorded_prompts.save_path = str(tmp_path / "native.json")
    assert window.save()
    assert not window.document.is_modified


def test_ctrl_y_redoes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    first = window.view.event_ids()[0]
    window.selection.select(first)
    window.delete_selected()
    window.document.undo_stack.undo()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert first not in window.document.timeline


def test_opening_a_calendar_lists_what_was_not_carried_and_shows_titles_as_text(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    from tests.io.test_io_exchange_formats import FOREIGN_ICS

    path = tmp_path / "summits.ics"
    path.write_text(FOREIGN_ICS, encoding="utf-8")
    assert window.open_path(str(path))
    assert len(window.document.timeline) == 2 and window.document.path is None
    ((_title, text),) = recorded_prompts.summaries
    assert "2 events imported from summits.ics (iCalendar)" in text
    assert "recurring" in text and "• Times of day are kept" in text  # (bulleted: verify67 F16)
    assert recorded_prompts.errors == []


def test_an_export_onto_the_open_timelines_own_file_is_refused(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path, monkeypatch) -> None:
    """TimelineJS is .json too: exporting over kenya.json replaced the timeline with a
    TimelineJS file, then blamed "another program" for the change (new-user trial)."""
    from timeline_app.ui import prompts

    own = tmp_path / "kenya.json"
    # Named as its file is: an export proposes the timeline's name (verify63 F10), here
    # the open file's own for a TimelineJS export.
    window.document.set_properties("kenya", "")
    recorded_prompts.save_path = str(own)
    assert window.save_as()
    before = own.read_bytes()
    suggestions: list[str] = []
    monkeypatch.setattr(prompts, "ask_export_path",
                        lambda _p, _t, suggestion, _f, *_n:
                        suggestions.append(suggestion) or str(own))
    assert not window.export_as("TimelineJS")
    assert own.read_bytes() == before
    (title, message), = recorded_prompts.errors
    assert "open timeline's own file" in message
    # The timeline's name, and never the open file itself (new-user trial 5:
    # Enter in the export dialog led straight to a "replace it?" question).
    assert Path(suggestions[0]).name == "kenya-timelinejs.json"
    suggestions.clear()
    monkeypatch.setattr(prompts, "ask_export_path",
                        lambda _p, _t, suggestion, _f, *_n: suggestions.append(suggestion) or "")
    window.export_as("CSV")
    assert Path(suggestions[0]).name == "kenya.csv"


def test_a_picture_of_the_view_is_headed_with_the_view_s_range(window, recorded_prompts,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path, monkeypatch) -> None:
    """verify11 (session 10): the current view's picture was headed with the whole
    timeline's range ("May 1815 – the 2020s" over 2006-2009).  (The picture, wider than
    the window's pane since verify59 F18, shows the same days between its margins, so
    a few more at its edges: its header gives its own.)"""
    import datetime as dt
    from xml.sax.saxutils import escape

    from timeline_app.ui import export_picture as pictures
    from timeline_app.ui.dates_input import day_range_words

    days: list[tuple[float, float]] = []
    real = pictures._picture

    def spy(view, *args):  # type: ignore[no-untyped-def]
        days.append(view.shown_days())
        return real(view, *args)

    monkeypatch.setattr(pictures, "_picture", spy)
    start = dt.date(2025, 3, 1).toordinal()
    window.view.go_to_days(start, start + 30)
    recorded_prompts.export_path = str(tmp_path / "view.svg")
    assert window.export_picture("SVG", whole=False)
    svg = Path(recorded_prompts.export_path).read_text(encoding="utf-8")
    ((first, last),) = days
    window_first, window_last = window.view.shown_days()
    assert window_first <= first < start and start + 30 < last <= window_last
    assert escape(day_range_words(first, last)) in svg
    assert "1965" not in svg.split("<desc>", 1)[1].split("</desc>", 1)[0]


def test_opening_a_file_with_an_era_counts_it_apart(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """verify59 F2: a Timeline Project file of 43 events and an era opened as "Imported 44
    events", while the status bar and Details said "43 events and 1 era"."""
    import json

    path = tmp_path / "pacific.json"
    path.write_text(json.dumps({
        "title": {"text": {"headline": "Pacific"}},
        "events": [{"start_date": {"year": "1987", "month": "5", "day": "14"},
                    "text": {"headline": "First Fiji coup"}},
                   {"start_date": {"year": "2021", "month": "9", "day": "15"},
                    "text": {"headline": "AUKUS announced"}}],
        "eras": [{"start_date": {"year": "1947"}, "end_date": {"year": "1991"},
                  "text": {"headline": "Cold War"}}]}), encoding="utf-8")
    assert window.open_path(str(path))
    assert len(window.document.timeline.era_ids()) == 1
    message = window.statusBar().currentMessage()
    assert message.startswith("Imported 2 events and 1 era from pacific.json"), message


def test_our_timeline_project_export_reopens_at_fit_all(window, recorded_prompts,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    """verify65 F8: the export writes the whole timeline as its displayed period (1975 to
    2027 for a two-year story and a lone event of 1975); opened "at the days it showed" the
    window drew them linearly, the story in 30 px at the right edge.  The whole timeline
    opens at Fit All, as Ctrl+0 shows it (its empty years as bands)."""
    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.io.timeline_project import timeline_project_pieces

    events = [Event("x", "Independence", FuzzyDate(1975, 11, 25), category="event")]
    events += [Event(f"e{i}", f"Talks round {i}", FuzzyDate(2025, 1 + i, 10), category="meeting")
               for i in range(10)]
    path = tmp_path / "story.timeline"
    path.write_text("".join(timeline_project_pieces(Timeline.from_events(events))), "utf-8")
    assert window.open_path(str(path))
    opened = window.view.visible_days()
    assert "at the days it showed" not in window.statusBar().currentMessage()
    window.view.fit_all()
    assert window.view.visible_days() == opened


def test_a_timelinejs_export_never_suggests_the_name_save_suggests(window, monkeypatch):  # type: ignore[no-untyped-def]
    """verify71 F7: a new timeline's TimelineJS export proposed "<name>.json", and the first
    Save then proposed the same name in the same folder, a file its dialog does not list."""
    from timeline_app.ui import prompts
    from timeline_app.ui.main_window import suggested_file_name

    suggestions: list[str] = []
    monkeypatch.setattr(prompts, "ask_export_path",
                        lambda _p, _t, suggestion, _f, *_n: suggestions.append(suggestion) or "")
    window.export_as("TimelineJS")
    (suggestion,) = suggestions
    assert Path(suggestion).name != suggested_file_name(window.document.timeline.title)
    assert Path(suggestion).name.endswith("-timelinejs.json")


def test_a_timelinejs_export_leaves_working_notes_out_unless_ticked(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    """verify74 F11: every slide's text carried "Participants: …" and "Place: …" (one of
    them "Participants: Uruguay, France", a misreading) into a newsroom's published embed,
    and exporting without them was not offered.  Off by default, said in the file
    dialog's title; File → Export → Participants and Places in TimelineJS Slides puts them
    in; reopened here, the file brings both back either way (its own key)."""
    import json

    before = [(e.title, e.participants, e.location) for e in window.document.timeline]
    assert any(p for _t, p, _l in before) and any(place for _t, _p, place in before)
    recorded_prompts.export_path = str(tmp_path / "published.json")
    assert window.export_as("TimelineJS")
    assert recorded_prompts.export_titles[-1] == "Export as TimelineJS"  # (verify80 F18)
    assert "Participants and places only on slides with no other text." in (
        recorded_prompts.export_notes[-1])
    slides = json.loads(Path(recorded_prompts.export_path).read_text("utf-8"))["events"]
    texts = " ".join(slide["text"]["text"] for slide in slides)
    assert "Participants:" not in texts and "Place:" not in texts and "Source:" in texts
    assert window.open_path(recorded_prompts.export_path)
    assert [(e.title, e.participants, e.location) for e in window.document.timeline] == before

    window.working_notes_action.trigger()  # (ticked: as before)
    recorded_prompts.export_path = str(tmp_path / "notes.json")
    assert window.export_as("TimelineJS")
    assert "Slides with participants and places." in recorded_prompts.export_notes[-1]
    slides = json.loads(Path(recorded_prompts.export_path).read_text("utf-8"))["events"]
    assert "<p>Participants: " in " ".join(slide["text"]["text"] for slide in slides)
