"""A large file's duplicate-key check made by a second process beside the load
(``io.key_check``, issue 11): the same timeline, the same error for a repeated key as
when the loader checks each piece itself, and the check never skipped when the second
process fails, lies about the file, or is cancelled.

``KEY_CHECK_PROCESS_BYTES`` is 0 here and the loader's pieces tiny (``_PIECE_BYTES``), so
small files take the path a 100 000-event file takes; the second process reads with the
app's own piece size (it is a fresh interpreter).
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest
import test_io_native_pieces as in_pieces
from native_samples import sample
from test_io_native_load import BAD_DOCUMENTS, Mutation, _with_duplicate
from test_io_native_pieces import (
    _filler,
    _in_a_later_piece,
    _outcome,
    _same,
    damage_and_compare,
)

from benchmarks.synthetic import write_synthetic
from timeline_app.io import FormatError, dumps, key_check, load, loads, native

_A_CPU_IS_IDLE = key_check._a_cpu_is_idle


@pytest.fixture
def verdicts(monkeypatch: pytest.MonkeyPatch) -> list[bool | None]:
    """Every load of a file read in pieces checked by a second process; the list records
    each verdict the loader got from it."""
    monkeypatch.setattr(native, "_PIECE_BYTES", 2000)
    monkeypatch.setattr(native, "_GAP_WINDOW", 300)
    monkeypatch.setattr(native, "KEY_CHECK_PROCESS_BYTES", 0)
    monkeypatch.setattr(key_check, "KEY_CHECK_PROCESS_BYTES", 0)  # (``start_early``)
    monkeypatch.setattr(key_check, "_a_cpu_is_idle", lambda: True)  # (the test machine's load)
    told: list[bool | None] = []
    real = key_check.KeyCheck.verdict

    def spy(self: key_check.KeyCheck, *args: Any) -> bool | None:
        said = real(self, *args)
        told.append(said)
        return said

    monkeypatch.setattr(key_check.KeyCheck, "verdict", spy)
    return told


def _with_repeat(key: str, value: str) -> str:
    doc = sample()
    doc["events"] = _filler(100) + doc["events"]
    text = json.dumps(doc)
    if key in ("sentence", "precision"):  # in the sample's events, after the filler
        at = text.index('"id": "meet"')
        return text[:at] + _with_duplicate(text[at:], key, value)
    return _with_duplicate(text, key, value)


def test_a_file_checked_beside_the_load_loads_as_when_read_whole(
        tmp_path: Path, verdicts: list[bool | None]) -> None:
    path = tmp_path / "synthetic.json"
    write_synthetic(path, 300, seed=3)
    timeline = load(path)
    assert verdicts == [True]
    _same(timeline, loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("key", "value"), [
    ("title", '"Other"'), ("sentence", '"x"'), ("precision", '"day"'),
    ("dateline_date", "null"), ("participants", "[]"), ("format", '"diplomatic-timeline"'),
])
def test_a_repeated_key_found_by_the_second_process_is_refused_with_its_place(
        tmp_path: Path, verdicts: list[bool | None], key: str, value: str) -> None:
    text = _with_repeat(key, value)
    path = tmp_path / "dup.json"
    path.write_text(text, encoding="utf-8")
    whole = _outcome(lambda: loads(text, path))
    assert isinstance(whole, tuple) and "appears twice" in whole[1]
    assert _outcome(lambda: load(path)) == whole
    assert verdicts in ([False], [])  # [] : a repeat in the header, before any piece


def test_a_repeat_hidden_by_escaped_colons_is_found(
        tmp_path: Path, verdicts: list[bool | None]) -> None:
    """Colons written ``\\u003a`` (which the count cannot tell from a key's) and a repeat
    beside them: read whole, the repeat found, as when the loader checks each piece."""
    in_pieces.test_a_duplicate_hidden_by_escaped_colons_is_found_in_a_piece(tmp_path, [])
    assert verdicts == [False, False]


_EVIDENCE_CASES = [case for case in BAD_DOCUMENTS if case[0].startswith("evidence")]


@pytest.mark.parametrize(("mutate", "place", "problem"), [case[1:] for case in _EVIDENCE_CASES],
                         ids=[case[0] for case in _EVIDENCE_CASES])
def test_wrong_evidence_found_by_the_second_process_is_refused_with_its_place(
        tmp_path: Path, verdicts: list[bool | None], mutate: Mutation, place: str,
        problem: str) -> None:
    """A lazy load checked by a second process started early (the file named on the
    command line, ``start_early``) does not decode or check the evidence itself
    (``native._EVENTS_EVIDENCE_LATER_DECODER``): the second process finds it wrong, and
    the file read whole words it, at its place, as when the loader checks it."""
    assert len(_EVIDENCE_CASES) >= 10
    text = _in_a_later_piece(mutate)
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    whole = _outcome(lambda: loads(text, path))
    assert isinstance(whole, tuple)
    key_check.start_early(str(path))
    assert _outcome(lambda: load(path)) == whole
    assert verdicts == [False]


def test_a_lazy_load_checked_beside_it_decodes_each_evidence_when_its_event_is_made(
        tmp_path: Path, verdicts: list[bool | None]) -> None:
    path = tmp_path / "synthetic.json"
    write_synthetic(path, 300, seed=8)
    later = load(path)  # a check started with the load: the evidence is decoded here
    assert later.store is not None
    assert not any(type(slot.evidence) is msgspec.Raw  # type: ignore[attr-defined]
                   for slot in later.store.slots)  # type: ignore[attr-defined]
    key_check.start_early(str(path))
    timeline = load(path)
    assert verdicts == [True, True]
    store = timeline.store
    assert store is not None and store.unmade == len(timeline)  # type: ignore[attr-defined]
    kept = [slot.evidence for slot in store.slots]  # type: ignore[attr-defined]
    assert any(type(evidence) is msgspec.Raw for evidence in kept)
    assert all(type(evidence) is msgspec.Raw or evidence is msgspec.UNSET
               for evidence in kept)
    eager = loads(path.read_text(encoding="utf-8"))
    assert any(event.evidence for event in eager.events)
    _same(timeline, eager)
    assert dumps(timeline) == dumps(eager)
    _same(later, eager)


@pytest.mark.parametrize("written", ["version 3", "version 2 as saved on 2 December"])
def test_a_sentence_naming_its_own_article_is_told_by_the_second_process(
        tmp_path: Path, verdicts: list[bool | None], written: str) -> None:
    """The load does not decode the evidence, so the second process says whether a
    sentence names its own article: the save of the lazily loaded timeline needs version
    3 before any event is made (``native.needed_version``), as when the load checks it."""
    from test_io_evidence_source import _timeline

    from timeline_app.core.merge import merge_into_one

    timeline, first, second = _timeline()
    timeline.replace(merge_into_one([first, second]))
    doc = json.loads(dumps(timeline))
    if written != "version 3":
        for evidence in doc["events"][0]["evidence"]:
            evidence.pop("source", None)
        doc["version"] = 2
    doc["events"] = _filler(100) + doc["events"]
    text = json.dumps(doc)
    path = tmp_path / "merged.json"
    path.write_text(text, encoding="utf-8")
    key_check.start_early(str(path))
    lazy = load(path)
    assert verdicts == [True]
    assert lazy.store is not None and lazy.store.unmade == len(lazy)  # type: ignore[attr-defined]
    assert native.needed_version(native.snapshot(lazy)) == 3
    assert list(lazy.events) == list(loads(text).events)
    plain = tmp_path / "plain.json"
    write_synthetic(plain, 200, seed=9)
    key_check.start_early(str(plain))
    assert native.needed_version(native.snapshot(load(plain))) == 1
    assert verdicts == [True, True]


def test_random_damage_fails_or_loads_as_when_read_whole(
        tmp_path: Path, verdicts: list[bool | None]) -> None:
    damage_and_compare(tmp_path / "fuzz.json", random.Random(20261201), 25)
    assert verdicts  # (most damage is refused in a piece, before the verdict)


def _second_process_runs(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    monkeypatch.setattr(key_check, "_CHILD", code)


@pytest.mark.parametrize("failure", ["crashes", "says nothing", "another file", "no python",
                                     "one CPU", "CPUs busy"])
def test_the_loader_checks_itself_when_the_second_process_cannot_tell(
        tmp_path: Path, verdicts: list[bool | None], monkeypatch: pytest.MonkeyPatch,
        failure: str) -> None:
    """A crash, no answer, an answer about another file (or the file changed meanwhile:
    another identity), no interpreter to start, one CPU or all busy (not started): the
    repeat is still found."""
    if failure == "crashes":
        _second_process_runs(monkeypatch, "import sys; sys.exit(3)")
    elif failure == "says nothing":
        _second_process_runs(monkeypatch, "print('hello')")
    elif failure == "another file":  # "all keys once", about a file of other identity
        _second_process_runs(monkeypatch, 'print(\'{"before": [1, 2, 3, 4], '
                                          '"after": [1, 2, 3, 4], "once": true}\')')
    elif failure == "no python":
        monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    elif failure == "one CPU":  # the second process would take the load's CPU: none
        monkeypatch.setattr(key_check, "_a_cpu_is_idle", _A_CPU_IS_IDLE)
        monkeypatch.setattr(key_check, "_cpus", lambda: 1)
    else:  # as many runnable tasks as CPUs: none either
        monkeypatch.setattr(key_check, "_a_cpu_is_idle", _A_CPU_IS_IDLE)
        monkeypatch.setattr(key_check, "_cpus", lambda: 4)
        monkeypatch.setattr(os, "getloadavg", lambda: (3.6, 1.0, 1.0))
    text = _with_repeat("sentence", '"x"')
    path = tmp_path / "dup.json"
    path.write_text(text, encoding="utf-8")
    whole = _outcome(lambda: loads(text, path))
    assert _outcome(lambda: load(path)) == whole
    assert verdicts == ([] if failure in ("no python", "one CPU", "CPUs busy") else [None])
    good = tmp_path / "good.json"
    write_synthetic(good, 200, seed=4)
    _same(load(good), loads(good.read_text(encoding="utf-8")))


def test_a_load_cancelled_while_it_waits_for_the_verdict_ends_the_second_process(
        tmp_path: Path, verdicts: list[bool | None], monkeypatch: pytest.MonkeyPatch) -> None:
    _second_process_runs(monkeypatch, "import time; time.sleep(60)")
    started: list[key_check.KeyCheck] = []
    real_start = key_check.KeyCheck.start.__func__  # type: ignore[attr-defined]

    def start(cls: type[key_check.KeyCheck], *args: Any) -> key_check.KeyCheck | None:
        check = real_start(cls, *args)
        started.append(check)
        return check

    monkeypatch.setattr(key_check.KeyCheck, "start", classmethod(start))
    path = tmp_path / "synthetic.json"
    write_synthetic(path, 200, seed=6)
    everything = (path.stat().st_size,) * 2
    asked: list[tuple[int, ...]] = []
    with pytest.raises(FormatError, match="cancelled"):  # Cancel at the 2nd "all read"
        load(path, progress=lambda *at: asked.append(at) or asked.count(everything) < 2)
    assert asked.count(everything) == 2 and len(asked) > 3  # it waited: one call more
    assert len(started) == 1 and started[0]._process.returncode is not None  # ended
    assert verdicts == []  # no verdict: it was cancelled while waiting


def test_a_file_changed_while_it_loads_is_checked_by_the_loader(
        tmp_path: Path, verdicts: list[bool | None]) -> None:
    """Its modification time moves during the load (a write the pieces did not notice):
    the second process's answer may be about other bytes than the loader read, so the
    loader checks the file itself."""
    path = tmp_path / "changing.json"
    write_synthetic(path, 300, seed=7)
    touched: list[bool] = []

    def progress(_done: int, _total: int) -> bool:
        if not touched:  # after the first piece
            touched.append(True)
            stat = path.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        return True

    _same(load(path, progress=progress), loads(path.read_text(encoding="utf-8")))
    assert verdicts == [None]


def test_a_cpu_is_idle_with_two_cpus_and_a_load_under_one_and_a_half(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_check, "_cpus", lambda: 2)
    for average, idle in ((0.2, True), (1.4, True), (1.5, False), (9.0, False)):
        monkeypatch.setattr(os, "getloadavg", lambda average=average: (average, 0.0, 0.0))
        assert key_check._a_cpu_is_idle() is idle

    def no_load_average() -> tuple[float, float, float]:
        raise OSError("no load average here")

    monkeypatch.setattr(os, "getloadavg", no_load_average)
    assert key_check._a_cpu_is_idle()


def _spy_started(monkeypatch: pytest.MonkeyPatch) -> list[key_check.KeyCheck | None]:
    started: list[key_check.KeyCheck | None] = []
    real = key_check.KeyCheck._started.__func__  # type: ignore[attr-defined]

    def spy(cls: type[key_check.KeyCheck], *args: Any,
            **kwargs: Any) -> key_check.KeyCheck | None:
        check = real(cls, *args, **kwargs)
        started.append(check)
        return check

    monkeypatch.setattr(key_check.KeyCheck, "_started", classmethod(spy))
    return started


def test_a_check_started_early_is_taken_over_by_the_load_of_its_file(
        tmp_path: Path, verdicts: list[bool | None], monkeypatch: pytest.MonkeyPatch) -> None:
    """``start_early`` (the file named on the command line, before the window): the
    load takes its process over instead of starting another."""
    monkeypatch.setattr(key_check, "KEY_CHECK_PROCESS_BYTES", 0)
    started = _spy_started(monkeypatch)
    path = tmp_path / "synthetic.json"
    write_synthetic(path, 300, seed=10)
    key_check.start_early(str(path))
    assert len(started) == 1 and started[0] is not None and started[0].evidence
    _same(load(path), loads(path.read_text(encoding="utf-8")))
    assert verdicts == [True] and len(started) == 1
    assert key_check._early is None


def test_a_check_started_early_of_another_file_is_ended(
        tmp_path: Path, verdicts: list[bool | None], monkeypatch: pytest.MonkeyPatch) -> None:
    """Another file loaded first (or this one changed since: another identity): the early
    process is ended, and the load starts its own; a file too small for a second process
    starts none early."""
    monkeypatch.setattr(key_check, "KEY_CHECK_PROCESS_BYTES", 0)
    started = _spy_started(monkeypatch)
    _second_process_runs(monkeypatch, "import time; time.sleep(60)")
    other = tmp_path / "other.json"
    write_synthetic(other, 100, seed=11)
    key_check.start_early(str(other))
    early = started[0]
    assert early is not None
    monkeypatch.undo()  # the real second process, the app's thresholds
    monkeypatch.setattr(native, "_PIECE_BYTES", 2000)
    monkeypatch.setattr(native, "_GAP_WINDOW", 300)
    monkeypatch.setattr(native, "KEY_CHECK_PROCESS_BYTES", 0)
    monkeypatch.setattr(key_check, "_a_cpu_is_idle", lambda: True)
    started = _spy_started(monkeypatch)
    path = tmp_path / "synthetic.json"
    write_synthetic(path, 300, seed=12)
    _same(load(path), loads(path.read_text(encoding="utf-8")))
    assert early._process.returncode is not None  # ended, and reaped
    assert len(started) == 1 and started[0] is not early
    assert started[0] is not None and not started[0].evidence  # not started early
    key_check.start_early(str(path))  # under KEY_CHECK_PROCESS_BYTES (16 MiB): none
    assert len(started) == 1 and key_check._early is None


def test_a_large_file_checked_early_has_its_keys_checked_only(
        tmp_path: Path, verdicts: list[bool | None], monkeypatch: pytest.MonkeyPatch) -> None:
    """Over ``EARLY_EVIDENCE_BYTES`` the early process would end after the load: it
    checks the keys only, and the load checks (and decodes) the evidence."""
    started = _spy_started(monkeypatch)
    path = tmp_path / "synthetic.json"
    write_synthetic(path, 300, seed=13)
    monkeypatch.setattr(key_check, "EARLY_EVIDENCE_BYTES", path.stat().st_size - 1)
    key_check.start_early(str(path))
    timeline = load(path)
    assert len(started) == 1 and started[0] is not None and not started[0].evidence
    assert verdicts == [True]
    assert timeline.store is not None
    assert not any(type(slot.evidence) is msgspec.Raw  # type: ignore[attr-defined]
                   for slot in timeline.store.slots)  # type: ignore[attr-defined]
    _same(timeline, loads(path.read_text(encoding="utf-8")))


def test_a_check_started_early_checks_the_evidence_of_any_file_the_loader_reads() -> None:
    """A file named on the command line has its evidence checked by the second process
    whatever its size: at 1 000 000 events the load with the evidence took 10-12 s of CPU
    against 8.8 s without, the second process 6.3 s with it (session 51): it ends first,
    and 96 MB (session 23's limit) left the largest files' evidence to the load."""
    from timeline_app.io import native

    assert key_check.EARLY_EVIDENCE_BYTES >= native.MAX_FILE_BYTES


@pytest.mark.parametrize("evidence", [False, True])
def test_the_second_process_runs_at_nice_10_whatever_it_checks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], evidence: bool) -> None:
    """The checking process lowers its priority first, with or without the evidence to
    check: beside a 1 000 000-event load (no evidence checked there) it was the third of
    three busy threads on two CPUs with the window's (session 27, fix40)."""
    path = tmp_path / "t.json"
    path.write_text(json.dumps(sample()), encoding="utf-8")
    asked: list[int] = []
    monkeypatch.setattr(os, "nice", lambda step: asked.append(step) or step)
    key_check.check_file(str(path), evidence)
    assert asked == [10]
    said = json.loads(capsys.readouterr().out)
    assert said["once"] is True and said["before"] == said["after"]
