"""An import's summary lists its notes one a line, each with a bullet and a capital (verify67
F16: "media kept as links … links and formatting of 12 slides …" ran together in lower
case)."""

from __future__ import annotations

import json

from timeline_app.ui.main_window import bullet_lines


def test_notes_are_bulleted_lines() -> None:
    assert bullet_lines(["media kept as links", "2 rows skipped"]) == (
        "• Media kept as links\n• 2 rows skipped")
    assert bullet_lines([]) == ""


def test_a_timelinejs_import_summary_is_a_list(window, recorded_prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    slides = [{"start_date": {"year": str(2010 + i)}, "text": {"headline": f"Slide {i}"},
               "media": {"url": f"https://example.org/{i}.jpg"}} for i in range(3)]
    path = tmp_path / "slides.json"
    path.write_text(json.dumps({"events": slides}), encoding="utf-8")
    assert window.open_path(str(path), background=False)
    ((_title, text),) = recorded_prompts.summaries
    intro, _blank, *lines = text.split("\n")
    assert intro.startswith("3 events imported from slides.json")
    assert lines and all(line.startswith("• ") and (line[2:3].isupper() or line[2:3].isdigit())
                         for line in lines), lines
