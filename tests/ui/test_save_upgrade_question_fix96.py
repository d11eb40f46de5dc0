"""verify91 F7: Save raised a file's format version and said so only afterwards.  The
first save that would raise it now asks (Save / Save a Copy As… / Cancel), once."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_save_raises_version_s52 import version_1_file  # noqa: F401 - a fixture
from timeline_app.io.declared_version import declared_version
from timeline_app.ui import prompts


def test_the_first_raising_save_asks_once(window, recorded_prompts,  # type: ignore[no-untyped-def]
                                          version_1_file: Path) -> None:  # noqa: F811
    first = window.document.timeline.events[0].id
    window.document.set_status([first], "confirmed")
    assert window.save()
    assert recorded_prompts.format_upgrade_questions == [
        ("gulf.json", "confirmed or disputed marks")]
    assert declared_version(version_1_file) == 4
    window.document.set_status([first], "disputed")
    assert window.save()
    assert len(recorded_prompts.format_upgrade_questions) == 1  # once


def test_no_question_when_the_version_stays(window, recorded_prompts,  # type: ignore[no-untyped-def]
                                            version_1_file: Path) -> None:  # noqa: F811
    window.document.set_properties("Gulf talks", "")
    assert window.save()
    assert recorded_prompts.format_upgrade_questions == []


def test_cancel_leaves_the_file_and_the_changes(window, recorded_prompts,  # type: ignore[no-untyped-def]
                                                version_1_file: Path) -> None:  # noqa: F811
    before = version_1_file.read_bytes()
    window.document.set_status([window.document.timeline.events[0].id], "confirmed")
    recorded_prompts.format_upgrade = "cancel"
    assert not window.save()
    assert version_1_file.read_bytes() == before and window.document.is_modified
    assert window.statusBar().currentMessage().startswith("Not saved: gulf.json is as it was")


def test_a_copy_is_saved_as_another_file(window, recorded_prompts, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         version_1_file: Path) -> None:  # noqa: F811
    before = version_1_file.read_bytes()
    window.document.set_status([window.document.timeline.events[0].id], "confirmed")
    recorded_prompts.format_upgrade = "copy"
    recorded_prompts.save_path = str(tmp_path / "gulf-new.json")
    assert window.save()
    assert version_1_file.read_bytes() == before
    assert declared_version(tmp_path / "gulf-new.json") == 4


def test_the_question_is_keyboard_ready(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    box = prompts.format_upgrade_box(None, "big.json", "times of day")
    qtbot.addWidget(box)
    texts = [box.button(b).text() for b in (QMessageBox.StandardButton.Save,
                                            QMessageBox.StandardButton.SaveAll)]
    assert texts == ["&Save", "Save a &Copy As…"]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert "keeps times of day" in box.text() and "Older copies" in box.text()
