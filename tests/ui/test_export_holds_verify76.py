"""verify76 F14: what an export holds (which events; the articles' texts or only the
sentences cited; a slide's participants and places) was said only in the file dialog's
title, which users do not read and a narrow dialog cuts.  After the export the status
line says the choices, and the export's message (Details…) begins with what the file
holds (``ui/export_holds.py``)."""

from __future__ import annotations

from pathlib import Path

from timeline_app.ui.export_holds import export_holds


def test_the_status_line_says_what_a_timelinejs_file_holds(window, recorded_prompts,
                                                            tmp_path: Path) -> None:
    recorded_prompts.export_path = str(tmp_path / "talks.json")
    assert window.export_as("TimelineJS")
    message = window.statusBar().currentMessage()
    assert message.startswith(
        "Exported talks.json; cited sentences only; no participants or places"), message
    title, text, _details = window.export_notes
    assert text.startswith("talks.json holds every event of the timeline (8 events); of the "
                           "articles, only the sentences the events cite"), text
    assert "Participants and Places in TimelineJS Slides writes them" in text
    bar = window.statusBar()
    bar.repaint()  # (the tooltip is set as it paints)
    assert "talks.json holds every event of the timeline (8 events)" in bar.toolTip()
    # Ticked, the line says so too.
    window.working_notes_action.trigger()
    window.article_texts_action.trigger()
    recorded_prompts.export_path = str(tmp_path / "talks2.json")
    assert window.export_as("TimelineJS")
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported talks2.json; the articles' whole texts; "
                              "participants and places in the slides"), message


def test_a_choice_the_notes_say_is_said_once(window, recorded_prompts, tmp_path: Path) -> None:
    recorded_prompts.export_path = str(tmp_path / "talks.ics")
    assert window.export_as("iCalendar")
    assert window.statusBar().currentMessage() == \
        "Exported talks.ics; the articles' texts left out"
    assert window.export_notes[1].startswith("talks.ics holds every event of the timeline")
    recorded_prompts.export_path = str(tmp_path / "talks.csv")
    assert window.export_as("CSV")  # a table: no choice decides what goes in
    assert window.statusBar().currentMessage() == "Exported talks.csv; 2 kinds of detail not in it"
    window.resize(1400, 860)
    window.statusBar().repaint()
    assert "talks.csv holds every event of the timeline" in window.statusBar().toolTip()


def test_only_those_shown_is_said_in_the_message(window, recorded_prompts, tmp_path: Path) -> None:
    window.find_state.toggle_category("meeting")
    recorded_prompts.export_scope = True  # "Only Those Shown"
    recorded_prompts.export_path = str(tmp_path / "talks.timeline")
    assert window.export_as("Timeline Project")
    shown = len(window.document.timeline) - len(window.find_state.hidden)
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Exported talks.timeline; only the {shown} events shown are in "
                              "it; cited sentences only"), message
    assert window.export_notes[1].startswith(
        f"talks.timeline holds only the {shown} events shown (the filters hide the others)")


def test_export_holds_words() -> None:
    holds = export_holds("TimelineJS Sheet", "3 events", False, True, True, False, True)
    assert holds.choices == ("participants and places in the slides",)  # (a sheet: no texts)
    assert holds.sentence.startswith("every event (3 events), not only those shown; ")
    assert holds.line_choices("4 kinds of detail not in it") == holds.choices
    ical = export_holds("iCalendar", "3 events", False, False, False, False, False)
    assert ical.choices == ()  # no articles: the texts' choice changes nothing
    assert ical.sentence == "every event of the timeline (3 events)."


def test_a_csv_export_says_it_is_utf8_with_a_byte_order_mark() -> None:
    # verify84 F8 (session 63, fix90): the TimelineJS sheet starts with a BOM, which a
    # script read as part of "Year"; the message says what the file is and how to read it
    sheet = export_holds("TimelineJS Sheet", "3 events", False, False, False, False, False)
    assert sheet.sentence.endswith(
        "TimelineJS Slides writes them). It is comma-separated UTF-8 text with a byte-order "
        "mark: Google Sheets' File → Import reads it as it is (the mark tells Excel too "
        "that it is UTF-8; a script reads it with the encoding utf-8-sig).")
    for kind in ("CSV", "CSV for Excel"):
        assert "byte-order mark" in export_holds(kind, "3 events", False, False, False,
                                                 False, False).sentence
    assert "byte-order" not in export_holds("TimelineJS", "3 events", False, False, False,
                                            False, False).sentence
