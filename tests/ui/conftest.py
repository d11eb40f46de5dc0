"""GUI test fixtures: an isolated settings file and no modal dialog ever blocking a test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from timeline_app import settings
from timeline_app.ui import prompts


class PromptRecorder:
    """Stands in for every modal prompt; tests set answers and read what was shown."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.save_choice = prompts.SaveChoice.CANCEL
        self.asked_save_changes = 0
        self.export_path: str | None = None
        self.summaries: list[tuple[str, str]] = []
        self.csv_mapping: dict[str, int] | None = None  # None: accept the dialog's guesses
        self.csv_cancel = False
        self.row_errors: list[object] = []
        self.accept_row_errors = True

    def ask_csv_mapping(self, _parent: object, table: object, _name: str,
                        _parse: object) -> dict[str, int] | None:
        if self.csv_cancel:
            return None
        return self.csv_mapping if self.csv_mapping is not None else dict(table.mapping)  # type: ignore[attr-defined]

    def confirm_row_errors(self, _parent: object, errors: list[object], _good: int) -> bool:
        self.row_errors = list(errors)
        return self.accept_row_errors

    def show_error(self, _parent: object, title: str, message: str) -> None:
        self.errors.append((title, message))

    def ask_save_changes(self, _parent: object, _name: str) -> prompts.SaveChoice:
        self.asked_save_changes += 1
        return self.save_choice


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path_factory.mktemp("settings") / "settings.ini"
    monkeypatch.setenv(settings.SETTINGS_FILE_ENV, str(path))


@pytest.fixture(autouse=True)
def recorded_prompts(monkeypatch: pytest.MonkeyPatch) -> Iterator[PromptRecorder]:
    recorder = PromptRecorder()
    monkeypatch.setattr(prompts, "show_error", recorder.show_error)
    monkeypatch.setattr(prompts, "show_about", lambda *_a: None)
    monkeypatch.setattr(prompts, "ask_open_path", lambda *_a: recorder.open_path)
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: recorder.save_path)
    monkeypatch.setattr(prompts, "ask_save_changes", recorder.ask_save_changes)
    monkeypatch.setattr(prompts, "ask_export_path", lambda *_a: recorder.export_path)
    monkeypatch.setattr(prompts, "ask_csv_mapping", recorder.ask_csv_mapping)
    monkeypatch.setattr(prompts, "confirm_row_errors", recorder.confirm_row_errors)
    monkeypatch.setattr(prompts, "show_import_summary",
                        lambda _p, title, text: recorder.summaries.append((title, text)))
    yield recorder


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """The main window on the default timeline, shown at a fixed size."""
    from timeline_app.app import create_main_window

    win = create_main_window()
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit_all()
    return win
