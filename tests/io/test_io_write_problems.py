"""Read-only targets are never replaced, and failed writes are worded for people (trial 9)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from timeline_app.io import atomic
from timeline_app.io.atomic import FolderNotWritableError, write_atomically
from timeline_app.io.write_problems import (
    ReadOnlyFileError,
    describe_write_error,
    is_read_only,
    other_format_words,
)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    # As root (the suite and CI run as root) os.access says yes: the mode bits decide.
    target = tmp_path / "ro.json"
    target.write_bytes(b"original")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyFileError) as caught:
        write_atomically(target, b"new")
    assert target.read_bytes() == b"original"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert str(caught.value) == "ro.json is read-only. Save a copy with Save As…"
    assert caught.value.errno == errno.EACCES
    assert [p.name for p in tmp_path.iterdir()] == ["ro.json"]  # no temporary left
    link = tmp_path / "link.json"  # through a link: the file it points to decides
    link.symlink_to(target)
    with pytest.raises(ReadOnlyFileError):
        write_atomically(link, b"new")
    assert target.read_bytes() == b"original"


def test_a_file_the_user_may_not_write_is_read_only(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # An ordinary user: mode 0644 of someone else's file; os.access answers no.
    target = tmp_path / "theirs.json"
    target.write_bytes(b"original")
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    assert is_read_only(target)
    with pytest.raises(ReadOnlyFileError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"original"


def test_writable_missing_and_special_files_are_not_read_only(tmp_path: Path) -> None:
    writable = tmp_path / "rw.json"
    writable.write_bytes(b"x")
    writable.chmod(0o644)
    assert not is_read_only(writable)
    assert not is_read_only(tmp_path / "missing.json")
    assert not is_read_only(tmp_path)  # a folder: the write refuses it with its own words
    write_atomically(writable, b"y")
    assert writable.read_bytes() == b"y"


def _raise(code: int) -> object:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code), "/tmp/x/.doc.json.4339e743.tmp",
                      None, "/tmp/x/doc.json")
    return fail


@pytest.mark.parametrize(("code", "words"), [
    (errno.EACCES, "you do not have permission"),
    (errno.EPERM, "does not allow changing it"),
    (errno.ENOSPC, "the disk is full"),
    (errno.EDQUOT, "quota"),
    (errno.EROFS, "is read-only"),
    (errno.ENAMETOOLONG, "the name is too long"),
    (errno.EISDIR, "it is a folder"),
    (errno.ENOENT, "does not exist"),
])
def test_each_failure_is_one_sentence_naming_the_file(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      code: int, words: str) -> None:
    target = tmp_path / "doc.json"
    target.write_bytes(b"original")
    monkeypatch.setattr(atomic.os, "replace", _raise(code))  # fails at the rename
    with pytest.raises(OSError) as caught:
        write_atomically(target, b"new")
    problem = describe_write_error(target, caught.value)
    assert problem.message.startswith("doc.json could not be saved: ")
    assert words in problem.message
    assert "Save As" in problem.message and "Errno" not in problem.message
    assert ".tmp" not in problem.message and ".tmp" not in problem.details
    assert errno.errorcode[code] in problem.details and str(target) in problem.details
    assert target.read_bytes() == b"original"


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "the disk is full"),
    (errno.ENAMETOOLONG, "the name is too long"),  # not "the folder does not allow"
    (errno.EACCES, "does not allow new files"),
])
def test_a_folder_refusing_new_files_is_worded_for_the_target(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              code: int, words: str) -> None:
    real_open = os.open

    def refuse(path: str, flags: int, mode: int = 0o777) -> int:
        if path.endswith(".tmp"):
            raise OSError(code, os.strerror(code), path)
        return real_open(path, flags, mode)

    monkeypatch.setattr(atomic.os, "open", refuse)
    with pytest.raises(FolderNotWritableError) as caught:
        write_atomically(tmp_path / "new.json", b"x")
    problem = describe_write_error(tmp_path / "new.json", caught.value, "exported")
    assert problem.message.startswith("new.json could not be exported: ")
    assert words in problem.message
    assert "Save As" not in problem.message and ".tmp" not in problem.details


def test_an_unknown_failure_keeps_the_system_words() -> None:
    problem = describe_write_error("/a/b.json", OSError(errno.EIO, "Input/output error"))
    assert problem.message == ("b.json could not be saved: Input/output error. Try another "
                               "name or folder with Save As… Nothing on disk was changed.")


def test_other_programs_files_are_named(tmp_path: Path) -> None:
    ours = tmp_path / "ours.json"
    ours.write_text('{"format": "diplomatic-timeline", "version": 1}')
    tljs = tmp_path / "tljs.json"
    tljs.write_text('{"events": [{"start_date": {"year": 2024}, '
                    '"text": {"headline": "x"}}]}')
    ics = tmp_path / "cal.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    empty = tmp_path / "empty.json"
    empty.write_text("")
    assert other_format_words(ours) is None
    assert other_format_words(empty) is None
    assert other_format_words(tmp_path / "missing.json") is None
    assert other_format_words(tljs) == "a TimelineJS file"
    assert other_format_words(ics) == "an iCalendar file"


def test_the_shared_timelinejs_example_is_another_programs_file() -> None:
    example = SHARED / "formats" / "timelinejs-example.json"
    if not example.is_file():
        pytest.skip("the shared format files are absent")
    assert other_format_words(example) == "a TimelineJS file"
