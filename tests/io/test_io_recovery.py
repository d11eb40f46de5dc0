"""Recovery copies: written atomically, described without reading them, offered only when dead."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import FormatError
from timeline_app.io.recovery import (
    find_recovery_copies,
    may_hold_copies,
    read_recovery,
    recovery_file,
    write_recovery,
)


def _timeline() -> Timeline:
    return Timeline.from_events([Event("a", "Talks", FuzzyDate.of_year(2020))], title="Mine")


def test_a_copy_round_trips_and_says_what_it_holds(tmp_path):
    path = write_recovery(tmp_path / "rec", _timeline(), "mine.json", "/x/mine.json")
    assert path == recovery_file(tmp_path / "rec")
    # Our own pid counts as dead: a copy of an earlier run that had our pid is offered.
    (copy,) = find_recovery_copies(tmp_path / "rec")
    assert (copy.name, copy.original_path, copy.event_count) == ("mine.json", "/x/mine.json", 1)
    assert read_recovery(copy).get("a").title == "Talks"
    assert not [p for p in (tmp_path / "rec").iterdir() if p.name.endswith(".tmp")]


def test_copies_of_running_processes_and_junk_are_not_offered(tmp_path):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        write_recovery(tmp_path, _timeline(), "alive", None)
        data = json.loads(recovery_file(tmp_path).read_text("utf-8"))
        data["pid"] = child.pid
        recovery_file(tmp_path).unlink()
        recovery_file(tmp_path, child.pid).write_text(json.dumps(data), "utf-8")
        (tmp_path / "recovery-1.json").write_text("{not json", "utf-8")
        (tmp_path / "recovery-2.json").write_text('{"format": "other"}', "utf-8")
        assert find_recovery_copies(tmp_path) == []
    finally:
        child.kill()
        child.wait()
    assert [c.pid for c in find_recovery_copies(tmp_path)] == [child.pid]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="zombies read from /proc")
def test_the_copy_of_a_killed_process_not_yet_reaped_is_offered(tmp_path):
    # verify9: a restart a second after `kill -9` did not offer the copy: the killed app
    # was a zombie (ended, not yet reaped by its parent), and os.kill(pid, 0) succeeds
    # for a zombie.
    child = subprocess.Popen(
        [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"])
    try:
        # Wait for it to end without reaping it (WNOWAIT): a real zombie.
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
        os.kill(child.pid, 0)  # still "there" for os.kill
        write_recovery(tmp_path, _timeline(), "killed", None)
        data = json.loads(recovery_file(tmp_path).read_text("utf-8"))
        data["pid"] = child.pid
        recovery_file(tmp_path).unlink()
        recovery_file(tmp_path, child.pid).write_text(json.dumps(data), "utf-8")
        assert [c.pid for c in find_recovery_copies(tmp_path)] == [child.pid]
    finally:
        child.wait()  # reaped at the end


def test_a_damaged_copy_raises_format_error(tmp_path):
    write_recovery(tmp_path, _timeline(), "x", None)
    (copy,) = find_recovery_copies(tmp_path)
    data = json.loads(copy.file.read_text("utf-8"))
    data["timeline"] = "{}"
    copy.file.write_text(json.dumps(data), "utf-8")
    with pytest.raises(FormatError):
        read_recovery(copy)
    os.unlink(copy.file)
    with pytest.raises(FormatError):
        read_recovery(copy)


def test_a_missing_folder_has_no_copies(tmp_path):
    assert find_recovery_copies(tmp_path / "nothing") == []


def test_may_hold_copies_is_a_glance_at_the_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert not may_hold_copies(tmp_path / "missing")
    assert not may_hold_copies(tmp_path)
    (tmp_path / "notes.json").write_text("{}", "utf-8")
    assert not may_hold_copies(tmp_path)
    recovery_file(tmp_path, 1234).write_text("not even JSON", "utf-8")
    assert may_hold_copies(tmp_path)  # no copy is read: find_recovery_copies decides
    assert find_recovery_copies(tmp_path) == []


def test_a_copy_over_256_mib_is_offered_described_from_its_head(tmp_path):
    # New-user trial 10: a crash after an edit of a million-event timeline (a 948 MB copy)
    # offered nothing at the next start: copies over 256 MiB were skipped, as describing
    # one read it whole.  A sparse file of 300 MiB stands for it here.
    path = write_recovery(tmp_path, _timeline(), "big.json", "/x/big.json")
    with path.open("r+b") as handle:
        handle.truncate(300 * 1024 * 1024)
    (copy,) = find_recovery_copies(tmp_path)
    assert (copy.name, copy.original_path, copy.event_count) == ("big.json", "/x/big.json", 1)


def test_a_name_holding_the_timeline_key_reads_whole(tmp_path):
    name = 'x", "timeline": "y\\'
    write_recovery(tmp_path, _timeline(), name, None)
    (copy,) = find_recovery_copies(tmp_path)
    assert copy.name == name
    assert read_recovery(copy).get("a").title == "Talks"


# -- read in pieces (session 10, branch ``jobs11``) ------------------------------------

_TEXTS = ('plain', 'a quote " and a \\ backslash', 'new\nline\ttab\x01control',
          'é accents ✓ 😀 emoji', '\\u005c written out', '"' * 7, '\\' * 9,
          'mixed \\"\n😀\\\\é', 'ends in a backslash \\')


def _hostile_copy(tmp_path, count: int = 2_000):  # type: ignore[no-untyped-def]
    """A copy whose text is full of escapes and multi-byte characters."""
    from timeline_app.io import recovery

    events = [Event(f"e{i}", _TEXTS[i % len(_TEXTS)] + f" {i}", FuzzyDate.of_year(1900 + i % 90),
                    summary=_TEXTS[(i * 4) % len(_TEXTS)] * (i % 4))
              for i in range(count)]
    timeline = Timeline.from_events(events, title='T "q" \\ é')
    file = write_recovery(tmp_path, timeline, "hostile.json", None)
    return recovery.RecoveryCopy(file, recovery._dt.datetime.now(), "hostile.json", None,
                                 count, 0), timeline


@pytest.mark.parametrize("unescaped_bytes", [7, 8, 13, 100, 4096])
def test_a_large_copy_is_read_in_pieces_with_progress(tmp_path, monkeypatch, unescaped_bytes):
    """Fails on the old code: ``read_recovery`` took no ``progress`` and read the copy
    whole (one ``json.loads`` and one decode of all of it: seconds of C calls at a
    million events, a window beside it waiting for them)."""
    from timeline_app.io import native, recovery

    monkeypatch.setattr(native, "_PIECE_BYTES", 4096)  # pieces of a few events
    monkeypatch.setattr(recovery, "_UNESCAPE_BYTES", unescaped_bytes)
    copy, timeline = _hostile_copy(tmp_path)
    in_pieces = []
    real = native.load_in_pieces

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        in_pieces.append(result is not None)
        return result

    monkeypatch.setattr(native, "load_in_pieces", spy)
    reports: list[tuple[int, int]] = []
    restored = read_recovery(copy, lambda done, total: reports.append((done, total)) or True)
    assert in_pieces == [True]
    assert restored.events == timeline.events
    assert (restored.title, restored.sources) == (timeline.title, timeline.sources)
    assert len(reports) > 10 and reports[-1][0] == reports[-1][1]  # the bar fills
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_cancelling_the_read_of_a_copy(tmp_path, monkeypatch):
    from timeline_app.io import native

    monkeypatch.setattr(native, "_PIECE_BYTES", 4096)
    copy, _ = _hostile_copy(tmp_path)
    reports: list[int] = []
    with pytest.raises(FormatError) as raised:
        read_recovery(copy, lambda done, _total: reports.append(done) or len(reports) < 3)
    assert raised.value.problem == "cancelled" and len(reports) == 3
    assert copy.file.exists()  # a cancelled read leaves the copy for the next start
    with pytest.raises(FormatError):  # small copies read whole: cancelled before
        small, _ = _hostile_copy(tmp_path / "small", 3)
        read_recovery(small, lambda _done, _total: False)


@pytest.mark.parametrize("damage", [b'\\q', b'\\uZZZZ', b'\x01', b'\xff', b'"'])
def test_a_copy_damaged_in_its_text_says_so_as_when_read_whole(tmp_path, monkeypatch, damage):
    from timeline_app.io import native

    monkeypatch.setattr(native, "_PIECE_BYTES", 4096)
    copy, _ = _hostile_copy(tmp_path)
    data = copy.file.read_bytes()
    middle = data.index(b"e1000")
    copy.file.write_bytes(data[:middle] + damage + data[middle:])
    with pytest.raises(FormatError) as in_pieces:
        read_recovery(copy)
    monkeypatch.setattr(native, "_PIECE_BYTES", len(data) * 2)  # read whole, as before
    with pytest.raises(FormatError) as whole:
        read_recovery(copy)
    assert str(in_pieces.value) == str(whole.value)


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and O_NOFOLLOW are POSIX")
def test_a_journal_record_is_never_appended_to_a_device_a_fifo_or_through_a_link(tmp_path):
    """The journal of a large timeline's copy (``io.recovery_journal``) is appended to in
    place: only a regular file, never what a FIFO, a device or a link in its place names
    (a FIFO without a reader blocked the open for ever)."""
    from timeline_app.io.recovery_journal import append_record, journal_file

    journal = journal_file(tmp_path)
    os.mkfifo(journal)
    with pytest.raises(OSError):
        append_record(journal, b"record")
    journal.unlink()
    journal.symlink_to(tmp_path / "elsewhere")
    (tmp_path / "elsewhere").write_bytes(b"")
    with pytest.raises(OSError):
        append_record(journal, b"record")
    assert (tmp_path / "elsewhere").read_bytes() == b""
    journal.unlink()
    journal.write_bytes(b"head\n")
    append_record(journal, b"record")
    assert journal.read_bytes() == b"head\nrecord"
