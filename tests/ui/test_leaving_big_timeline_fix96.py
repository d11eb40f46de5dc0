"""verify91 F2: leaving a 100 000-event timeline for a small file froze the window with no
word, and for another tool's file the old title showed a "*" meanwhile.  The import's
"modified" no longer says so before the document knows it is an untouched import, the
timeline left is freed once the new one is painted, and the switch says what it does."""

from __future__ import annotations

import datetime as dt
import weakref

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document


def _timeline(count: int, title: str = "Wire") -> Timeline:
    day = dt.date(2020, 1, 1).toordinal()
    return Timeline.from_events(
        [Event(f"e{i}", f"Talks {i}", FuzzyDate.of_day(dt.date.fromordinal(day + i)))
         for i in range(count)], title=title)


def test_an_import_never_says_modified_before_it_is_known_untouched(qtbot):  # type: ignore[no-untyped-def]
    document = Document(_timeline(3), "/tmp/fix96-none.json")
    marks: list[tuple[bool, bool]] = []
    document.modified_changed.connect(
        lambda modified: marks.append((modified, document.is_untouched_import)))
    document.replace_timeline(_timeline(2, "Calendar"), None, unsaved=True)
    assert marks and all(untouched for modified, untouched in marks if modified)


def test_the_timeline_left_lives_until_let_go(qtbot):  # type: ignore[no-untyped-def]
    document = Document(_timeline(3))
    left = weakref.ref(document.timeline)
    document.replace_timeline(_timeline(2), None)
    assert left() is not None and document.timeline_left is left()
    document.let_go_of_left()
    assert left() is None and document.timeline_left is None


def test_the_window_lets_go_of_a_small_timeline_at_once(window, qtbot):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_timeline(2), None)
    assert window.document.timeline_left is None


def test_a_large_timeline_left_is_freed_after_the_new_one_is_painted(window, qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui import main_window

    window.document.replace_timeline(_timeline(main_window.GIVE_BACK_FROM_EVENTS), None)
    qtbot.wait(50)
    big = weakref.ref(window.document.timeline)
    window.document.replace_timeline(_timeline(2), None)
    assert big() is not None  # not in the middle of the switch
    qtbot.waitUntil(lambda: big() is None, timeout=5000)


def test_leaving_a_large_timeline_for_a_small_file_is_said(window, qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                                           monkeypatch):
    from tests.ui.test_open56_progress import _watch_reset
    from timeline_app import io as timeline_io
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "BUSY_STEP_EVENTS", 5)  # the sample's 8: "large"
    path = tmp_path / "small.json"
    timeline_io.save(_timeline(2, "Small"), path)
    seen = _watch_reset(window)
    assert window.open_path(str(path), background=False)
    busy, message, modified, _title = seen[0]
    assert busy and message.startswith("Closing ") and message.endswith(
        ", opening small.json…") and not modified
    qtbot.waitUntil(lambda: not window.is_busy_step())
