"""A picture's folder is the next dialog's (verify33 F11): after Save As into out/ and an
article opened from another folder, the PNG went to out/, yet the CSV export's dialog
then started in the articles' folder: pictures did not record where they went, the data
exports did (verify17)."""

from __future__ import annotations

from pathlib import Path

from timeline_app import settings


def test_the_next_dialog_starts_where_the_picture_went(window, recorded_prompts, tmp_path):
    store = settings.open_settings()
    settings.LAST_DIRECTORY.set(store, str(tmp_path))
    out = tmp_path / "out"
    out.mkdir()
    recorded_prompts.export_path = str(out / "briefing.png")
    assert window.export_picture("PNG", whole=False)
    assert (out / "briefing.png").is_file()
    assert Path(settings.LAST_DIRECTORY.get(settings.open_settings())) == out.resolve()
    assert Path(window._last_directory()) == out.resolve()
