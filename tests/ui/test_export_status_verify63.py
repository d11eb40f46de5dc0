"""The export's status message reads whole at 1024 px (verify63 F12: "Exported
east_asia_summit.timeline; not all in The Timeline Project's own fie…", shortened further
once the selection's text grew).  What the export could not carry is behind Details… and
File → Export → What the Last Export Left Out…; the line says that something is, whole,
and a file name too long for the room is shortened in its middle, not the words after it."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def narrow(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    return window


def _shown(window) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    bar = window.statusBar()
    bar.repaint()  # (the tooltip is set as it paints)
    return bar.currentMessage(), bar.shown_message()


@pytest.mark.parametrize(("kind", "name", "tail"), [
    # (the articles' choice said after it, verify76 F14)
    ("Timeline Project", "east_asia_summit.timeline",
     "; cited sentences only; not all in its own fields"),
    ("CSV", "east_asia_summit.csv", "; 2 kinds of detail not in it"),
])
def test_the_export_message_reads_whole_at_1024_px(narrow, recorded_prompts, tmp_path: Path,
                                                   kind: str, name: str, tail: str) -> None:
    recorded_prompts.export_path = str(tmp_path / name)
    assert narrow.export_as(kind)
    message, shown = _shown(narrow)
    assert message == f"Exported {name}{tail}"
    assert shown == message  # whole, not "… own fie…"
    assert narrow._export_details.isVisible()  # Details… beside it


def test_with_a_selection_the_export_message_still_reads_whole(
        narrow, recorded_prompts, tmp_path: Path) -> None:
    # The trial's case: a selection's title widened the status line, which then took
    # Details…'s room from the message too.
    longest = max(narrow.document.timeline, key=lambda e: len(e.title))
    narrow.selection.select(longest.id)
    name = "South Korea and Japan, 1965-2025.timeline"  # the name proposed
    recorded_prompts.export_path = str(tmp_path / name)
    assert narrow.export_as("Timeline Project")
    message, shown = _shown(narrow)
    assert message == f"Exported {name}; cited sentences only; not all in its own fields"
    assert shown == message
    assert longest.title in narrow._status.text()  # (the line gave way, shown elided)


def test_a_long_name_is_shortened_in_its_middle_and_the_words_after_it_read_whole(
        narrow, recorded_prompts, tmp_path: Path) -> None:
    longest = max(narrow.document.timeline, key=lambda e: len(e.title))
    narrow.selection.select(longest.id)
    name = ("South Korea, China and Japan, trilateral summit in Tokyo, with the statements "
            "of the foreign ministers and the joint press conference, 2008-2026.timeline")
    recorded_prompts.export_path = str(tmp_path / name)
    assert narrow.export_as("Timeline Project")
    message, shown = _shown(narrow)
    # (whole in the model)
    assert message == f"Exported {name}; cited sentences only; not all in its own fields"
    assert shown != message and "…" in shown
    assert shown.startswith("Exported South") and shown.endswith(
        "2008-2026.timeline; cited sentences only; not all in its own fields")
    bar = narrow.statusBar()
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_room().width()
    assert name in bar.toolTip() and str(tmp_path) in bar.toolTip()


def test_under_a_filter_the_data_export_says_every_event_in_few_words(
        narrow, recorded_prompts, tmp_path: Path) -> None:
    narrow.find_state.toggle_category("meeting")  # 3 of the 8 events hidden
    recorded_prompts.export_path = str(tmp_path / "all.ics")
    assert narrow.export_as("iCalendar")
    message, shown = _shown(narrow)
    assert message == "Exported all.ics; every event (8) is in it; the articles' texts left out"
    assert shown == message
