"""Save As with the name of another format asks before writing JSON under it (verify36 F11).

A researcher typed notes.csv in Save As for her supervisor's spreadsheet: the title bar
said notes.csv, the status "Saved …/notes.csv", and the file held the timeline's JSON —
rows of braces in the spreadsheet (the app itself reopens it by its content).  Save now
says what it writes and offers the same name with .json; File → Export writes the other
formats."""

from __future__ import annotations

import json


def test_save_as_a_csv_name_offers_json_and_writes_no_json_into_the_csv(
        window, recorded_prompts, tmp_path, monkeypatch):
    from timeline_app.ui import prompts

    asked: list[tuple[str, str, str]] = []

    def answer(_parent, name, kind, instead):
        asked.append((name, kind, instead))
        return True

    monkeypatch.setattr(prompts, "ask_save_as_json", answer, raising=False)
    recorded_prompts.save_path = str(tmp_path / "notes.csv")
    assert window.save_as()
    assert asked == [("notes.csv", "CSV", "notes.json")]
    assert not (tmp_path / "notes.csv").exists()
    saved = tmp_path / "notes.json"
    assert json.loads(saved.read_text("utf-8"))["format"] == "diplomatic-timeline"
    assert window.document.path == str(saved)


def test_cancel_writes_nothing(window, recorded_prompts, tmp_path, monkeypatch):
    from timeline_app.ui import prompts

    monkeypatch.setattr(prompts, "ask_save_as_json", lambda *_args: False, raising=False)
    recorded_prompts.save_path = str(tmp_path / "plan.ics")
    assert not window.save_as()
    assert list(tmp_path.iterdir()) == []


def test_a_json_name_is_saved_without_a_question(window, recorded_prompts, tmp_path,
                                                 monkeypatch):
    from timeline_app.ui import prompts

    monkeypatch.setattr(prompts, "ask_save_as_json",
                        lambda *_args: (_ for _ in ()).throw(AssertionError("asked")),
                        raising=False)
    recorded_prompts.save_path = str(tmp_path / "mine.json")
    assert window.save_as()
    assert (tmp_path / "mine.json").exists()
