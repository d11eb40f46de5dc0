"""A lane keeps the colour it had in the window once the file is saved and opened again
(verify67 F5: the Era lane, brown while the teacher worked, was indigo after a save and
a reopen, in the window and in the PNG, because a Culture lane whose event she deleted had
made it take the brown).  The save writes such a lane's colour beside the chosen ones; a
file whose lanes get their colours back by themselves is written as before."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui.style import category_color


def _add(window, event_id: str, lane: str, year: int) -> None:  # type: ignore[no-untyped-def]
    window.document.add_event(Event(event_id, f"An event of {lane}", FuzzyDate.of_year(year),
                                    category=lane))
    QApplication.processEvents()


def _colours(window) -> dict[tuple[str, bool], str]:  # type: ignore[no-untyped-def]
    return {(lane, dark): category_color(lane, dark=dark).name()
            for lane in ("War", "Colonial rule", "Era") for dark in (False, True)}


def test_a_saved_file_reopens_in_the_colours_it_was_shown_in(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for event_id, lane, year in (("c", "Culture", 2005), ("w", "War", 1592),
                                 ("r", "Colonial rule", 1910), ("e", "Era", 1920)):
        _add(window, event_id, lane, year)
    window.document.remove_event("c")  # the Culture lane goes; the others keep theirs
    QApplication.processEvents()
    shown = _colours(window)
    path = tmp_path / "lesson.json"
    window.document.save(str(path))
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written.get("category_colors"), "the Era lane's brown is kept by the file"
    assert not window.document.timeline.category_colors  # (the model is not changed)
    assert window.open_path(str(path), background=False)
    QApplication.processEvents()
    assert _colours(window) == shown  # in either theme


def test_a_file_whose_colours_come_back_by_themselves_is_written_as_ever(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _add(window, "w", "War", 1592)
    _add(window, "e", "Era", 1920)
    path = tmp_path / "plain.json"
    window.document.save(str(path))
    assert "category_colors" not in json.loads(path.read_text(encoding="utf-8"))
