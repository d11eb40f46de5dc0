"""A save that raises the file's format version says so, once (edit57's leftover of
verify63 F16): a save after a change that needs a newer format (an event's status:
version 4) made the file unreadable by copies of the app that read only version 1, and
nothing was said."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app import io as timeline_io
from timeline_app.io.declared_version import HEAD_BYTES, declared_version
from timeline_app.io.native_schema import FORMAT_VERSION


@pytest.fixture
def version_1_file(window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "gulf.json"
    timeline_io.save(window.document.timeline, path)  # the sample: version 1
    assert declared_version(path) == 1
    assert window.open_path(str(path), background=False)
    return path


def test_a_save_that_raises_the_version_says_so_once(window, qtbot, version_1_file: Path
                                                     ) -> None:
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    first = window.document.timeline.events[0].id
    window.document.set_status([first], "confirmed")
    assert window.save()
    assert declared_version(version_1_file) == 4
    bar = window.statusBar()
    message = bar.currentMessage()
    # In words, not format numbers (verify86 F8)
    assert message == ("Saved gulf.json: older copies of this app cannot open it now (it "
                       "keeps confirmed or disputed marks)")
    assert bar.shown_message() == message  # whole at 1024 px
    # Said once: the next save writes version 4 again.
    window.document.set_status([first], "unconfirmed")
    assert window.save()
    assert bar.currentMessage() == f"Saved {version_1_file}"


def test_a_save_at_the_same_or_a_lower_version_says_only_saved(window, version_1_file: Path
                                                               ) -> None:
    window.document.set_properties("Gulf talks", "")  # nothing that needs a newer format
    assert window.save()
    assert window.statusBar().currentMessage() == f"Saved {version_1_file}"
    assert declared_version(version_1_file) == 1


def test_a_new_file_says_only_saved(window, recorded_prompts, tmp_path: Path) -> None:
    window.document.set_status([window.document.timeline.events[0].id], "confirmed")
    recorded_prompts.save_path = str(tmp_path / "new.json")
    assert window.save_as()
    assert window.statusBar().currentMessage() == f"Saved {tmp_path / 'new.json'}"


def test_the_declared_version_is_read_from_the_head_only(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text('{\n  "format": "diplomatic-timeline",\n  "version": 7,\n  "events": []}')
    assert declared_version(path) == 7
    path.write_text('{"version": 7, "format": "diplomatic-timeline", "events": []}')
    assert declared_version(path) is None  # another order: unknown, nothing said
    path.write_text('{"format": "something-else", "version": 2}')
    assert declared_version(path) is None
    path.write_bytes(b" " * HEAD_BYTES + b'{"format": "diplomatic-timeline", "version": 1}')
    assert declared_version(path) is None
    assert declared_version(tmp_path / "missing.json") is None
    assert declared_version(tmp_path) is None  # a folder
    assert FORMAT_VERSION >= 4
