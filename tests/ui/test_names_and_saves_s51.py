"""verify63 (session 51): names proposed after a rename or a merge, Save with nothing to
save, and the import review's default for an article unrelated to the open timeline."""

from __future__ import annotations

import json
from pathlib import Path

from timeline_app import io as timeline_io


def _compact_copy(window, path: Path) -> bytes:
    """The window's timeline written as another tool writes it: one line, no indent."""
    timeline_io.save(window.document.timeline, path)
    data = json.dumps(json.loads(path.read_text("utf-8")), separators=(",", ":"))
    path.write_text(data, "utf-8")
    return path.read_bytes()


def test_save_with_no_change_writes_nothing_and_says_so(window, tmp_path: Path) -> None:
    """verify63 F16: Ctrl+S on an unchanged file of format version 1 rewrote it,
    64 MB → 86 MB (indented)."""
    path = tmp_path / "compact.json"
    before = _compact_copy(window, path)
    assert window.open_path(str(path), background=False)
    assert not window.document.is_modified
    mtime = path.stat().st_mtime_ns
    assert window.save()
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime
    assert window.statusBar().currentMessage() == "No changes to save"
    # After a change, Save writes (in the writer's own layout).
    window.document.remove_event(window.view.event_ids()[0])
    assert window.save()
    assert path.read_bytes() != before and not window.document.is_modified
    assert window.statusBar().currentMessage().startswith("Saved")
    # A file deleted meanwhile is written again, changed or not.
    path.unlink()
    assert window.save() and path.is_file()
