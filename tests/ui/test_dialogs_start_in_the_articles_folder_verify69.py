"""Export and Save As start in the folder the article was opened from while no timeline
folder is known (verify69 F17: the article came from ~/Documents, the CSV export and Save
As started in HOME).  Fails before session 53."""

from __future__ import annotations

from pathlib import Path

from timeline_app import settings
from timeline_app.core import Timeline
from timeline_app.ui.main_window import MainWindow


def _window(qtbot, tmp_path: Path) -> tuple[MainWindow, Path]:  # type: ignore[no-untyped-def]
    documents = tmp_path / "Documents"
    documents.mkdir()
    settings.LAST_ARTICLE_DIRECTORY.set(settings.open_settings(), str(documents))
    window = MainWindow(Timeline(title="Venezuela and Guyana"))
    qtbot.addWidget(window)
    return window, documents


def test_export_starts_in_the_articles_folder(qtbot, recorded_prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, documents = _window(qtbot, tmp_path)
    recorded_prompts.export_path = None  # cancel: only where the dialog starts matters
    window.export_as("CSV")
    assert Path(recorded_prompts.export_suggestions[0]).parent == documents


def test_save_as_starts_in_the_articles_folder(qtbot, recorded_prompts, tmp_path,
                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # (~/Documents, where her article was: Save As starts in Documents, not in the
    # articles' folder as such since session 57 — verify75 F16, test_save_as_folder_
    # and_title_verify75)
    monkeypatch.setenv("HOME", str(tmp_path))
    window, documents = _window(qtbot, tmp_path)
    recorded_prompts.save_path = None
    window.save_as()
    assert Path(recorded_prompts.save_suggestions[0]).parent == documents


def test_a_timeline_folder_still_comes_first(qtbot, recorded_prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, _documents = _window(qtbot, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    settings.LAST_DIRECTORY.set(settings.open_settings(), str(out))
    assert Path(window._last_directory()) == out
    assert Path(window._save_directory()) == out
