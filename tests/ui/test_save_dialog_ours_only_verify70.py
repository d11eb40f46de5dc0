"""verify70 F19: Save As listed two TimelineJS exports under "Timelines (*.json)", one
click from being overwritten with a native file, and its title did not say which format
it writes.  Its first filter now lists Diplomatic Timeline files only ("All files" lists
everything), its title names the format, and replacing another tool's file is still
asked, naming it (``save_guard.confirm_replace``)."""

from __future__ import annotations

import time
from pathlib import Path

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import native as timeline_io
from timeline_app.io.timelinejs import dumps_timelinejs
from timeline_app.io.write_problems import another_tools_json


def _folder(tmp_path: Path) -> Path:
    timeline = Timeline.from_events([Event("a", "Talks", FuzzyDate.of_year(2027))],
                                    title="Talks")
    timeline_io.save(timeline, tmp_path / "ours.json")
    (tmp_path / "all-tljs.json").write_text(dumps_timelinejs(timeline), encoding="utf-8")
    (tmp_path / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("notes", encoding="utf-8")
    return tmp_path


def test_a_timelinejs_export_is_another_tools_file_and_ours_is_not(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert another_tools_json(folder / "all-tljs.json")
    assert not another_tools_json(folder / "ours.json")
    assert not another_tools_json(folder / "settings.json")  # cannot tell: listed
    assert not another_tools_json(folder / "missing.json")


def test_save_as_lists_only_our_files_under_its_first_filter(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QFileDialog

    from timeline_app.ui import prompts

    folder = _folder(tmp_path)
    seen: dict[str, object] = {}

    def listed(dialog: QFileDialog) -> set[str]:
        proxy = dialog.proxyModel()
        source = proxy.sourceModel()
        root = source.index(str(folder))
        deadline = time.monotonic() + 10
        while source.rowCount(root) < 4 and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        proxy.invalidate()
        shown = proxy.mapFromSource(root)
        return {proxy.index(row, 0, shown).data() for row in range(proxy.rowCount(shown))}

    def accept(dialog: QFileDialog) -> QFileDialog.DialogCode:
        seen["title"] = dialog.windowTitle()
        seen["filters"] = dialog.nameFilters()
        seen["ours"] = listed(dialog)
        dialog.selectNameFilter("All files (*)")
        dialog.filterSelected.emit("All files (*)")
        seen["all"] = listed(dialog)
        return QFileDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", accept)
    # (as ``prompts.ask_save_path`` opens it; the tests' own prompts stand in for that)
    assert prompts._file_dialog(None, prompts.SAVE_TITLE, str(folder / "Talks.json"),
                                prompts.FILE_FILTER, save=True, suffix="json",
                                confirm_overwrite=False, ours_only=True) == ""
    assert seen["title"] == "Save as a Diplomatic Timeline file (.json)"
    assert seen["filters"] == ["Diplomatic Timeline files (*.json)", "All files (*)"]
    assert seen["ours"] == {"ours.json", "settings.json"}
    assert {"ours.json", "all-tljs.json", "settings.json", "notes.txt"} <= seen["all"]
