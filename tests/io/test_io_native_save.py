"""Saving is atomic: the previous file survives any failure, and no temporary file is left."""

from __future__ import annotations

import errno
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


def test_save_into_a_missing_folder_names_the_folder_not_a_temporary_file(tmp_path: Path) -> None:
    from timeline_app.io import FolderNotWritableError

    target = tmp_path / "nosuchdir" / "x.json"
    with pytest.raises(FolderNotWritableError) as raised:
        save(_timeline("x"), target)
    message = str(raised.value)
    folder = tmp_path / "nosuchdir"
    assert message == f"{target}: cannot be written: the folder {folder} does not exist"
    assert ".tmp" not in message
    assert raised.value.errno == errno.ENOENT
    assert isinstance(raised.value, OSError)  # every caller reporting OSError reports it


# --- Targets that are not regular files are refused, never replaced -------------------

def test_save_refuses_a_fifo_and_keeps_it(tmp_path: Path) -> None:
    from timeline_app.io import NotARegularFileError

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFileError, match="named pipe"):
        save(_timeline("x"), fifo)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["pipe.json"]


def test_save_refuses_a_symlink_to_a_device_and_a_socket(tmp_path: Path) -> None:
    import socket

    from timeline_app.io import NotARegularFileError

    link = tmp_path / "null.json"
    link.symlink_to("/dev/null")
    with pytest.raises(NotARegularFileError, match="character device"):
        save(_timeline("x"), link)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and link.is_symlink()

    sock_path = tmp_path / "s.json"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        with pytest.raises(NotARegularFileError, match="socket"):
            save(_timeline("x"), sock_path)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    with pytest.raises(NotARegularFileError, match="folder"):
        save(_timeline("x"), folder)


def test_save_through_a_symlink_replaces_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    save(_timeline("old"), real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    save(_timeline("new"), link)
    assert link.is_symlink() and load(real).title == "new"


def _stale(path: Path, age: float) -> None:
    path.write_text("partial")
    when = path.stat().st_mtime - age
    os.utime(path, (when, when))


def test_stale_temporaries_of_ours_are_removed_on_save_and_open(tmp_path: Path) -> None:
    target = tmp_path / "t.json"
    save(_timeline("a"), target)
    old = tmp_path / ".t.json.0123abcd.tmp"
    fresh = tmp_path / ".t.json.89abcdef.tmp"
    other_target = tmp_path / ".u.json.0123abcd.tmp"
    not_ours = tmp_path / ".t.json.backup.tmp"
    for path in (old, other_target, not_ours):
        _stale(path, 3600)
    fresh.write_text("a save still running")
    save(_timeline("b"), target)
    assert not old.exists()
    assert fresh.exists() and other_target.exists() and not_ours.exists()
    _stale(old, 3600)
    load(target)
    assert not old.exists() and fresh.exists()


def test_a_nul_in_the_path_is_a_format_error(tmp_path: Path) -> None:
    from timeline_app.io import FormatError

    with pytest.raises(FormatError, match="NUL"):
        load(str(tmp_path / "a\x00b.json"))
    with pytest.raises(OSError, match="NUL"):
        save(_timeline("x"), str(tmp_path / "a\x00b.json"))


@pytest.mark.parametrize("stop_at", ["a piece", "the rename"])
def test_a_cancelled_save_leaves_the_file_as_it_was_and_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop_at: str) -> None:
    """``progress`` returning False stops the save after a piece, or after the flush
    right before the rename (session 10: Cancel for a save).  Fails on the old code:
    the return value was ignored and the file replaced."""
    from timeline_app.io import native
    from timeline_app.io.atomic import WriteCancelledError

    monkeypatch.setattr(native, "_WRITE_PIECE", 1)
    path = tmp_path / "t.json"
    save(_timeline("Before"), path)
    before = path.read_bytes()
    timeline = Timeline.from_events(
        [Event(f"e{i}", f"Event {i}", FuzzyDate.of_year(1950 + i)) for i in range(5)])
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 2 if stop_at == "a piece" else len(calls) <= total

    with pytest.raises(WriteCancelledError):
        save(timeline, path, progress)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.json"]
    if stop_at == "the rename":  # every piece reported, then once more before the rename
        assert calls[-1] == (5, 5) and len(calls) == 6
    # A falsy value other than False does not cancel (callers that return None).
    save(timeline, path, lambda _done, _total: None)
    assert load(path).events == timeline.events


def test_before_rename_raising_abandons_the_write(tmp_path: Path) -> None:
    from timeline_app.io.atomic import WriteCancelledError, write_atomically

    path = tmp_path / "f.txt"
    path.write_bytes(b"old")

    def stop() -> None:
        assert len(list(tmp_path.iterdir())) == 2  # the complete temporary file is there
        raise WriteCancelledError(str(path))

    with pytest.raises(WriteCancelledError):
        write_atomically(path, [b"new", b" text"], stop)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]
