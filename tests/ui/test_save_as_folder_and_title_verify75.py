"""verify75 F16 (a)(b): Save As opened in the articles' folder, not where timelines are
kept, and after the first save the window's title read "mackerel.json" alone, the
timeline's name gone.  Save As now starts in the folder a timeline was last saved to or
opened from (kept apart from the articles' folder), else Documents; the title shows the
timeline's name with its file's, the modified mark Qt's ``[*]``.  Fails before
session 57."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from timeline_app import settings
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.ui.main_window import MainWindow


def _title(window: MainWindow) -> str:
    """The title as the window manager shows it: the [*] placeholder resolved."""
    return window.windowTitle().replace("[*]", "*" if window.isWindowModified() else "")


def _folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    home, articles, out = tmp_path / "home", tmp_path / "in", tmp_path / "out"
    for folder in (home / "Documents", articles, out):
        folder.mkdir(parents=True)
    return home, articles, out


def test_save_as_starts_where_timelines_are_kept_not_in_the_articles_folder(
        qtbot, recorded_prompts, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    home, articles, out = _folders(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    settings.LAST_ARTICLE_DIRECTORY.set(settings.open_settings(), str(articles))
    window = MainWindow(Timeline(title="Faroes and EU, 1958-2030"))
    qtbot.addWidget(window)
    recorded_prompts.save_path = None  # cancelled: where the dialog starts
    window.save_as()
    assert Path(recorded_prompts.save_suggestions[-1]).parent == home / "Documents"
    recorded_prompts.save_path = str(out / "mackerel.json")
    assert window.save_as()
    assert settings.LAST_TIMELINE_DIRECTORY.get(settings.open_settings()) == str(out)
    # another article read, another timeline: Save As goes on where the timeline went
    settings.LAST_ARTICLE_DIRECTORY.set(settings.open_settings(), str(articles))
    window.new_timeline()
    recorded_prompts.save_path = None
    window.save_as()
    assert Path(recorded_prompts.save_suggestions[-1]).parent == out


def test_a_timeline_opened_names_the_folder_too(qtbot, recorded_prompts, tmp_path,
                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.io import native

    home, articles, out = _folders(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    kept = tmp_path / "kept"
    kept.mkdir()
    native.save(Timeline(title="Kept"), kept / "kept.json")
    window = MainWindow(Timeline(title="Faroes and EU, 1958-2030"))
    qtbot.addWidget(window)
    recorded_prompts.open_path = str(kept / "kept.json")
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.document.path == str(kept / "kept.json"))
    window.new_timeline()
    recorded_prompts.save_path = None
    window.save_as()
    assert Path(recorded_prompts.save_suggestions[-1]).parent == kept


def test_the_title_names_the_timeline_and_its_file(qtbot, recorded_prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Timeline.from_events(
        [Event("a", "Talks collapse", FuzzyDate.of_ymd(2026, 11, 12), category="dispute")],
        title="Faroes and EU, 1958-2030"))
    qtbot.addWidget(window)
    window.show()
    assert _title(window) == "Faroes and EU, 1958-2030 — Diplomatic Timeline"
    recorded_prompts.save_path = str(tmp_path / "mackerel.json")
    assert window.save_as()
    assert _title(window) == "Faroes and EU, 1958-2030 — mackerel.json — Diplomatic Timeline"
    event = window.document.timeline.get("a")
    window.document.update_event(dataclasses.replace(event, title="Talks break down"))
    assert window.windowTitle() == ("Faroes and EU, 1958-2030 — mackerel.json[*] — "
                                    "Diplomatic Timeline")
    assert _title(window) == "Faroes and EU, 1958-2030 — mackerel.json* — Diplomatic Timeline"


def test_the_window_name() -> None:
    document = Document(Timeline(title="Faroes and EU, 1958-2030"))
    assert document.window_name == "Faroes and EU, 1958-2030"
    document.path = "/x/mackerel.json"
    assert document.window_name == "Faroes and EU, 1958-2030 — mackerel.json"
    document.timeline.title = "mackerel"  # only the file's stem: said once
    assert document.window_name == "mackerel.json"
    document.timeline.title = "Untitled timeline"  # (shown as the file's stem)
    assert document.window_name == "mackerel.json"
    document.timeline.title = "A very long name " * 8
    assert document.window_name.endswith("… — mackerel.json")
    assert len(document.window_name) <= 80 + len(" — mackerel.json")
