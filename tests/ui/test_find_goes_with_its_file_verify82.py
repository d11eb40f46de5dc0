"""verify82 F4: a search typed in one timeline stayed on when the next one opened: the
find bar still read "… · No matches" and every event of the new file was drawn faded.
Another timeline (opened, new, closed) drops the search and closes the find bar, as Esc
does; the same file shown again (reloaded after a change on disk) keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline


def _search(window, qtbot, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_bar.field, text)
    assert window.find_state.matches


def _other_file(tmp_path, name: str = "other.json") -> str:
    other = Timeline("Other talks")
    other.add(Event("m", "Ministers meet in Quito", FuzzyDate.of_year(2001),
                    category="meeting"))
    path = tmp_path / name
    timeline_io.save(other, path)
    return str(path)


def _dropped(window) -> None:
    assert window.find_state.text == ""
    assert window.find_state.matches is None
    assert window.view._matches is None  # nothing drawn faded
    assert window.find_bar.field.text() == ""
    assert not window.find_bar.isVisible()
    assert "matches" not in window._status.text()


def test_another_file_opened_drops_the_search(window, qtbot, tmp_path):
    _search(window, qtbot, "munich")
    assert window.open_path(_other_file(tmp_path))
    _dropped(window)


def test_close_and_new_drop_the_search(window, qtbot):
    _search(window, qtbot, "munich")
    assert window.close_timeline()
    _dropped(window)
    window.find_state.set_text("talks")  # a search on the untitled timeline
    assert window.new_timeline()  # another untitled one
    assert window.find_state.text == ""


def test_the_same_file_again_keeps_the_search(window, qtbot, tmp_path):
    path = _other_file(tmp_path)
    assert window.open_path(path)
    _search(window, qtbot, "quito")
    assert window.find_state.matches == {"m"}
    assert window.open_path(path)  # reloaded (a change on disk, Open Recent)
    assert window.find_state.text == "quito"
    assert window.find_state.matches == {"m"}
    assert window.find_bar.isVisible()


def test_save_as_then_reload_keeps_the_search(window, qtbot, tmp_path):
    """Save As makes the search the new file's: reloading that file keeps it."""
    assert window.open_path(_other_file(tmp_path))
    _search(window, qtbot, "quito")
    copy = str(tmp_path / "copy.json")
    window.document.save(copy)
    assert window.open_path(copy)
    assert window.find_state.text == "quito"
