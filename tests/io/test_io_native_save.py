"""Saving is atomic: the previous file survives any failure, and no temporary file is left."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from native_samples import sample_text

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import dumps, load, loads, save


def _timeline(title: str) -> Timeline:
    return Timeline.from_events([Event("e", "E", FuzzyDate.of_year(2025))], title=title)


def test_save_writes_dumps_output(tmp_path: Path) -> None:
    timeline = loads(sample_text())
    path = tmp_path / "t.json"
    save(timeline, path)
    assert path.read_bytes() == dumps(timeline).encode("utf-8")
    assert os.listdir(tmp_path) == ["t.json"]


def test_save_replaces_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    save(_timeline("old"), path)
    save(_timeline("new"), str(path))
    assert load(path).title == "new"
    assert os.listdir(tmp_path) == ["t.json"]


@pytest.mark.parametrize("failing", ["os.fsync", "os.replace"])
def test_failed_save_keeps_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "t.json"
    save(_timeline("old"), path)
    before = path.read_bytes()

    def fail(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(failing, fail)
    with pytest.raises(OSError, match="No space left"):
        save(_timeline("new"), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["t.json"], "the temporary file must be cleaned up"


def test_failed_write_keeps_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.json"
    save(_timeline("old"), path)
    before = path.read_bytes()
    real_fdopen = os.fdopen

    class HalfWritten:
        def __init__(self, fd: int, mode: str) -> None:
            self.file = real_fdopen(fd, mode)

        def __enter__(self) -> HalfWritten:
            return self

        def __exit__(self, *exc: object) -> None:
            self.file.close()

        def write(self, data: bytes) -> int:
            self.file.write(data[:10])
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fdopen", HalfWritten)
    with pytest.raises(OSError, match="Input/output"):
        save(_timeline("new"), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["t.json"]


def test_unserializable_timeline_touches_nothing(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    save(_timeline("old"), path)
    before = path.read_bytes()
    bad = _timeline("bad \ud800")  # an unpaired surrogate cannot be encoded as UTF-8
    with pytest.raises(UnicodeEncodeError):
        save(bad, path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["t.json"]


def test_save_into_missing_folder_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        save(_timeline("x"), tmp_path / "no" / "t.json")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and symlinks")
def test_save_keeps_mode_and_follows_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    save(_timeline("old"), real)
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    save(_timeline("new"), link)
    assert link.is_symlink()
    assert load(real).title == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
