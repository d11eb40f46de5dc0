"""A file changed by someone else: noticed by the watcher, and checked again before saving."""

from __future__ import annotations

import os

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.fingerprint import file_fingerprint, same_file_content


def _open_saved(window, tmp_path, title="Mine"):  # type: ignore[no-untyped-def]
    path = tmp_path / "shared.json"
    timeline_io.save(Timeline.from_events(
        [Event("a", "Talks", FuzzyDate.of_year(2020))], title=title), path)
    assert window.open_path(str(path))
    return path


def _change_on_disk(path, title: str) -> None:  # type: ignore[no-untyped-def]
    timeline_io.save(Timeline(title=title), path)


def test_fingerprints(tmp_path):
    path = tmp_path / "f.json"
    path.write_text("one", "utf-8")
    known = file_fingerprint(path)
    os.utime(path, ns=(1, 1))  # touched, same content: unchanged
    assert same_file_content(path, known)
    path.write_text("two", "utf-8")
    assert not same_file_content(path, known)
    path.unlink()
    assert not same_file_content(path, known) and file_fingerprint(path) is None


def test_a_fingerprint_reads_through_a_buffer_no_larger_than_a_mebibyte_or_the_file(
        tmp_path):
    # issue 11: a file opened in the background is hashed after its events are painted,
    # when the process is at its largest: an 8 MiB buffer raised the 100k open's peak
    import hashlib
    import tracemalloc

    small, large = tmp_path / "small.bin", tmp_path / "large.bin"
    small.write_bytes(b"x" * 1000)
    large.write_bytes(bytes(range(256)) * 12_000)  # 3 MB: three blocks and a bit
    for path, limit in ((small, 64 * 1024), (large, 1024 * 1024 + 64 * 1024)):
        tracemalloc.start()
        try:
            fingerprint = file_fingerprint(path)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < limit
        assert fingerprint is not None
        assert fingerprint.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_watcher_offers_to_reload_a_changed_file(window, qtbot, tmp_path,
                                                      recorded_prompts):
    path = _open_saved(window, tmp_path)
    recorded_prompts.reload = True
    _change_on_disk(path, "Theirs")
    qtbot.waitUntil(lambda: bool(recorded_prompts.reload_offers), timeout=5000)
    assert recorded_prompts.reload_offers == [("shared.json", False)]
    assert window.document.timeline.title == "Theirs"
    # Our own save is not someone else's change.
    window.document.add_event(Event("b", "Ours", FuzzyDate.of_year(2021)))
    assert window.save()
    window.check_file_on_disk()  # what the watcher runs after our own save: nothing to offer
    assert len(recorded_prompts.reload_offers) == 1


def test_local_edits_can_be_kept_and_save_asks_before_overwriting(window, qtbot, tmp_path,
                                                                   recorded_prompts):
    path = _open_saved(window, tmp_path)
    window.document.add_event(Event("b", "Ours", FuzzyDate.of_year(2021)))
    recorded_prompts.reload = False  # keep my edits
    _change_on_disk(path, "Theirs")
    qtbot.waitUntil(lambda: bool(recorded_prompts.reload_offers), timeout=5000)
    assert recorded_prompts.reload_offers == [("shared.json", True)]
    assert "b" in window.document.timeline
    recorded_prompts.overwrite = False
    assert not window.save()
    assert recorded_prompts.overwrite_offers == ["shared.json"]
    assert timeline_io.load(path).title == "Theirs"  # untouched
    recorded_prompts.overwrite = True
    assert window.save()
    assert "b" in timeline_io.load(path) and not window.isWindowModified()


def test_a_deleted_file_is_reported_and_can_be_saved_again(window, qtbot, tmp_path,
                                                            recorded_prompts):
    path = _open_saved(window, tmp_path)
    path.unlink()
    qtbot.waitUntil(lambda: bool(recorded_prompts.messages), timeout=5000)
    assert "deleted or moved" in recorded_prompts.messages[-1][1]
    window.document.add_event(Event("b", "Ours", FuzzyDate.of_year(2021)))
    assert window.save() and path.exists() and not recorded_prompts.overwrite_offers
