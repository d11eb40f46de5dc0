"""File → Export of a large timeline off the GUI thread, with progress, Cancel and worded
errors (issue 11; new-user trial 10, findings 3 and 4: the window froze for 30 s to over
10 minutes with the closed file dialog still painted, and nothing could stop it)."""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QPushButton

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import formats
from timeline_app.io.formats import export_bytes
from timeline_app.ui import export_job


@pytest.fixture
def large(window, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The window's 8-event sample counts as large: exported in the background."""
    monkeypatch.setattr(export_job, "BACKGROUND_FROM", 3)
    assert len(window.document.timeline) >= 3
    return window


def _finished() -> None:
    assert QThreadPool.globalInstance().waitForDone(10_000)


@pytest.mark.parametrize("kind", list(formats.EXPORTS))
def test_a_large_export_runs_in_the_background_and_writes_the_same_bytes(  # type: ignore[no-untyped-def]
        large, recorded_prompts, qtbot, tmp_path: Path, kind: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    import timeline_app.io.ical as ical

    # (ical's own clock, not ``datetime.datetime`` of the whole process: replacing that
    # class left the icalendar library taking later datetimes for dates.)
    monkeypatch.setattr(ical, "_now", lambda: dt.datetime(2026, 12, 1, 7, 0, 0, tzinfo=dt.UTC))
    target = tmp_path / f"out{formats.EXPORTS[kind][1]}"
    recorded_prompts.export_path = str(target)
    assert large.export_as(kind)
    assert large._job is not None  # running: the window goes back to its event loop
    qtbot.waitUntil(lambda: large._job is None, timeout=10_000)
    # (The Timeline Project's categories in the window's lane colours: verify50; the
    # articles' texts left out where they would go, unless asked: verify58 F18)
    timeline = large.document.timeline
    expected = (export_job.without_article_texts(timeline)
                if kind in formats.ARTICLE_TEXT_KINDS and timeline.sources else timeline)
    # (a TimelineJS file's slides without participants and places, unless asked:
    # verify74 F11)
    assert target.read_bytes() == export_bytes(
        expected, kind, export_job.shown_lane_colors(timeline), working_notes=False)
    assert large.statusBar().currentMessage().startswith(f"Exported {target.name}")
    assert recorded_prompts.errors == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def _held(gate: threading.Event, raising: BaseException | None = None):  # type: ignore[no-untyped-def]
    """``export_pieces`` that waits for ``gate`` after its first piece (and then raises
    ``raising``, if given)."""
    real = formats.export_pieces

    def pieces(timeline: Timeline, kind: str, report: Any = None,
               lane_colors: Any = None, working_notes: bool = True) -> Iterator[bytes]:
        stream = real(timeline, kind, report, lane_colors, working_notes)
        yield next(stream)
        assert gate.wait(10)
        if raising is not None:
            raise raising
        yield from stream

    return pieces


def test_cancel_stops_the_export_and_leaves_no_file(  # type: ignore[no-untyped-def]
        large, recorded_prompts, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    monkeypatch.setattr(formats, "PIECE_CHARS", 1)  # a report after every event
    monkeypatch.setattr(export_job, "export_pieces", _held(gate))
    target = tmp_path / "big.ics"
    recorded_prompts.export_path = str(target)
    try:
        assert large.export_as("iCalendar")
        qtbot.waitUntil(lambda: large._progress is not None and large._progress.isVisible(),
                        timeout=5_000)
        progress = large._progress
        assert progress.labelText() == "Exporting big.ics…"
        assert progress.windowTitle() == "Export as iCalendar"
        button = progress.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()
        assert not progress.isVisible()
        # The worker says how it ended (a Cancel may come as the file is renamed).
        assert large.statusBar().currentMessage() == "Cancelling the export of big.ics…"
    finally:
        gate.set()
        _finished()
    qtbot.waitUntil(lambda: large._job is None, timeout=10_000)
    assert large.statusBar().currentMessage() == "Export of big.ics cancelled: nothing was written"
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one
    assert recorded_prompts.errors == [] and recorded_prompts.messages == []


def test_a_disk_full_mid_export_is_worded_and_leaves_no_file(  # type: ignore[no-untyped-def]
        large, recorded_prompts, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    gate.set()
    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(export_job, "export_pieces", _held(gate, full))
    target = tmp_path / "big.csv"
    recorded_prompts.export_path = str(target)
    assert large.export_as("CSV")
    qtbot.waitUntil(lambda: large._job is None, timeout=10_000)
    _finished()
    ((title, message),) = recorded_prompts.errors
    assert title == "Cannot export"
    assert "big.csv" in message and "Traceback" not in message
    assert list(tmp_path.iterdir()) == []


def test_a_text_utf8_cannot_hold_is_worded_not_a_traceback(  # type: ignore[no-untyped-def]
        large, recorded_prompts, qtbot, tmp_path: Path) -> None:
    large.document.replace_timeline(Timeline.from_events(
        [Event(f"e{n}", f"Event {n}", FuzzyDate(2000, 1, 1)) for n in range(4)]
        + [Event("bad", "half \ud800 a pair", FuzzyDate(2001, 1, 1))]), None, unsaved=True)
    target = tmp_path / "bad.json"
    recorded_prompts.export_path = str(target)
    assert large.export_as("TimelineJS")
    qtbot.waitUntil(lambda: large._job is None, timeout=10_000)
    ((title, message),) = recorded_prompts.errors
    assert title == "Cannot export"
    assert message.startswith("bad.json was not exported: a text in the timeline holds a "
                              "character that cannot be written in UTF-8 ('\\ud800'")
    assert list(tmp_path.iterdir()) == []


def test_the_export_reads_a_copy_of_the_timeline(large) -> None:  # type: ignore[no-untyped-def]
    timeline = large.document.timeline
    copy = export_job.snapshot(timeline)
    assert copy.events == timeline.events and copy.events is not timeline.events
    assert (copy.title, copy.description, copy.sources) == (
        timeline.title, timeline.description, timeline.sources)
    large.document.replace_timeline(Timeline(), None)
    assert len(copy) == len(timeline)


def test_a_small_export_is_written_at_once(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    target = tmp_path / "small.csv"
    recorded_prompts.export_path = str(target)
    assert window.export_as("CSV")
    assert window._job is None and target.exists()


def test_a_small_export_words_a_text_utf8_cannot_hold_as_a_large_one_does(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    """Under ``BACKGROUND_FROM`` events the export is written at once; a lone surrogate
    raised out of ``export_as`` there (a traceback) where the background job worded it."""
    window.document.replace_timeline(Timeline.from_events(
        [Event("bad", "half \ud800 a pair", FuzzyDate(2001, 1, 1))]), None, unsaved=True)
    target = tmp_path / "bad.json"
    recorded_prompts.export_path = str(target)
    assert not window.export_as("TimelineJS")
    ((title, message),) = recorded_prompts.errors
    assert title == "Cannot export"
    assert message.startswith("bad.json was not exported: a text in the timeline holds a "
                              "character that cannot be written in UTF-8 ('\\ud800'")
    assert list(tmp_path.iterdir()) == []


class _FsyncGate:
    """Stands in for ``os.fsync`` in ``io.atomic``: holds call number ``hold`` (1: the
    temporary file's flush, before the rename; 2: its folder's, after it) until released."""

    def __init__(self, hold: int) -> None:
        import os

        self.calls = 0
        self._hold = hold
        self.reached = threading.Event()
        self.released = threading.Event()
        self._real = os.fsync

    def __call__(self, fd: int) -> None:
        self.calls += 1
        if self.calls == self._hold:
            self.reached.set()
            assert self.released.wait(10)
        self._real(fd)


def _cancel_while_held(large, qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                       target: Path, hold: int) -> None:
    """Export to ``target``, press the progress dialog's Cancel while fsync call ``hold``
    is held on the worker, then let the worker go on to its end."""
    from timeline_app.io import atomic

    gate = _FsyncGate(hold)
    monkeypatch.setattr(atomic.os, "fsync", gate)
    try:
        assert large.export_as("CSV")
        assert gate.reached.wait(10)
        assert large._progress is not None
        large._progress.findChild(QPushButton).click()  # the dialog's Cancel
        assert large.statusBar().currentMessage() == f"Cancelling the export of {target.name}…"
    finally:
        gate.released.set()
        _finished()
    qtbot.waitUntil(lambda: large._job is None, timeout=10_000)


def test_cancel_during_the_flush_leaves_the_old_file_as_it_was(  # type: ignore[no-untyped-def]
        large, recorded_prompts, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """jobs11: the window said "nothing was written" at once, while a worker already
    flushing went on and renamed the export over the old file."""
    target = tmp_path / "big.csv"
    target.write_bytes(b"the old file")
    recorded_prompts.export_path = str(target)
    _cancel_while_held(large, qtbot, monkeypatch, target, hold=1)
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir()] == ["big.csv"]  # no temporary file left
    assert large.statusBar().currentMessage() == "Export of big.csv cancelled: nothing was written"
    assert recorded_prompts.errors == [] and recorded_prompts.messages == []


def test_cancel_as_the_rename_begins_ends_as_exported_and_says_so(  # type: ignore[no-untyped-def]
        large, recorded_prompts, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "big.csv"
    recorded_prompts.export_path = str(target)
    _cancel_while_held(large, qtbot, monkeypatch, target, hold=2)  # the folder's, renamed
    assert target.read_bytes() == export_bytes(large.document.timeline, "CSV")
    assert large.statusBar().currentMessage() == (
        "Exported big.csv: it was already written when Cancel was pressed")
    assert recorded_prompts.errors == []


def test_the_copy_keeps_eras_typed_titles_and_left_out_readings() -> None:
    """Session 38 (fix81): the copy an export writes (a worker's, or one retitled) and the
    shown events' timeline keep what the exports but CSV write of the timeline: its era
    lanes, titles typed by hand and readings left out (they were dropped)."""
    import datetime as dt

    from timeline_app.core import Source
    from timeline_app.core.model import LeftOut

    timeline = Timeline.from_events([Event("a", "A", FuzzyDate.of_ymd(2026, 1, 2),
                                           source_id="s"),
                                     Event("b", "B", FuzzyDate.of_ymd(2026, 1, 3))],
                                    sources={"s": Source("s", "S", text="S.")})
    timeline.era_lanes = frozenset({"event"})
    timeline.titles_by_hand = {"a"}
    timeline.left_out = [LeftOut("s", "S.", "meeting", "2027", dt.date(2026, 12, 4))]
    for copy in (export_job.snapshot(timeline, "Shown"),
                 export_job.without(timeline, frozenset({"b"}))):
        assert copy.era_lanes == timeline.era_lanes
        assert copy.titles_by_hand == {"a"} and copy.left_out == timeline.left_out
        assert copy.titles_by_hand is not timeline.titles_by_hand


def test_only_those_shown_carry_only_the_articles_they_cite() -> None:
    """verify56 F22: a calendar of the 4 events shown carried the whole text of every
    article of the timeline (agency copy none of the 4 cites) and the readings left out
    of them, in its X-DIPLOMATIC-TIMELINE property."""
    import datetime as dt

    from timeline_app.core import Evidence, Source
    from timeline_app.core.model import LeftOut
    from timeline_app.core.sourced import SourcedEvidence

    sources = {key: Source(key, key.upper(), text=f"Text of {key}.")
               for key in ("afp", "reuters", "mfa")}
    timeline = Timeline.from_events([
        Event("a", "A", FuzzyDate.of_ymd(2026, 1, 2), source_id="afp",
              evidence=(Evidence("Text of afp.", 0, 12),
                        SourcedEvidence("Text of mfa.", 0, 12, source="mfa"))),
        Event("b", "B", FuzzyDate.of_ymd(2026, 1, 3), source_id="reuters")], sources=sources)
    timeline.left_out = [LeftOut(key, f"Text of {key}.", "meeting", "2027",
                                 dt.date(2026, 12, 4)) for key in ("afp", "reuters")]
    shown = export_job.without(timeline, frozenset({"b"}))
    assert set(shown.sources) == {"afp", "mfa"}
    assert [reading.source_id for reading in shown.left_out] == ["afp"]
    ics = export_bytes(shown, "iCalendar").decode("utf-8")
    assert "REUTERS" not in ics and "Text of reuters" not in ics
    assert export_job.without(timeline, frozenset()) is timeline  # the whole: every article


def _wire_timeline() -> Timeline:
    """Two events of one wire story (one merged with a sentence of a second article), a
    reading left out of it, and a reference: the articles' texts hold copy no event cites."""
    import datetime as dt

    from timeline_app.core import Evidence, Source
    from timeline_app.core.model import LeftOut
    from timeline_app.core.sourced import SourcedEvidence, reference

    wire = ("DUBAI, March 9 (Reuters) - Houthi forces seized the carrier on Saturday. "
            "Licensed paragraph nobody cites. Talks resume in Doha in April 2026.")
    other = "Background copy. The committee met on Sunday."
    seized, said, talks = wire.index("Houthi"), wire.index(" Licensed"), wire.index("Talks")
    met = other.index("The committee")
    sources = {"r": Source("r", "Red Sea", "Reuters", "Dubai", dt.date(2026, 3, 9),
                           text=wire),
               "b": Source("b", "Background", "AFP", text=other)}
    timeline = Timeline.from_events([
        Event("a", "Houthis seize carrier", FuzzyDate.of_ymd(2026, 3, 7), source_id="r",
              evidence=(Evidence(wire[seized:said], seized, said),
                        SourcedEvidence(other[met:], met, len(other), source="b"),
                        reference("UN doc S/2026/1", "reference"))),
        Event("d", "Doha talks", FuzzyDate.of_month(2026, 4), source_id="r",
              evidence=(Evidence(wire[talks:], talks, len(wire), len(wire) - 11,
                                 len(wire) - 1),))], sources=sources)
    timeline.left_out = [LeftOut("r", "Licensed paragraph nobody cites.", "meeting",
                                 "2026", dt.date(2026, 3, 9))]
    return timeline


def _unfolded(path: Path) -> str:
    """A file's text with an iCalendar's folded lines joined (RFC 5545 §3.1)."""
    return path.read_bytes().decode("utf-8").replace("\r\n ", "")


@pytest.mark.parametrize("kind", ["iCalendar", "TimelineJS", "Timeline Project"])
def test_an_export_for_others_carries_only_the_sentences_cited(
        kind: str, tmp_path: Path) -> None:
    """verify58 F18: an agency's calendar of 23 events carried the full texts of every
    article (40 KB of its 42 KB) in X-DIPLOMATIC-TIMELINE.  Without the texts asked for,
    no sentence the events do not cite leaves (nor the readings left out of an import),
    and opened here again each event's sentences stand at their places in their article:
    the Article tab marks them as before."""
    from timeline_app.io.formats import open_timeline_file

    timeline = _wire_timeline()
    target = tmp_path / f"out.{kind[:3]}"
    notes = export_job.write_export(str(target), timeline, kind, article_texts=False)
    written = _unfolded(target)
    assert "Licensed paragraph" not in written and "Background copy" not in written
    assert "(Reuters) -" not in written
    assert notes is not None and "the texts of the 2 articles" in notes.text()
    back = open_timeline_file(str(target)).timeline
    for event in back:
        for evidence in event.evidence:
            if evidence.start or evidence.end != len(evidence.sentence):  # of an article
                from timeline_app.core.sourced import evidence_source

                text = back.sources[evidence_source(event, evidence) or ""].text
                assert text[evidence.start:evidence.end] == evidence.sentence
    assert {s.outlet for s in back.sources.values()} == {"Reuters", "AFP"}
    assert back.sources["r"].dateline_date == timeline.sources["r"].dateline_date
    assert len(back.sources["r"].text) == len(timeline.sources["r"].text)
    assert not back.left_out
    assert back.sources["r"].text.split() == [  # (where the rest was: the Article tab)
        "…", *"Houthi forces seized the carrier on Saturday.".split(), "…",
        *"Talks resume in Doha in April 2026.".split()]
    # Asked for, the texts go whole, as before.
    export_job.write_export(str(target), timeline, kind, article_texts=True)
    assert "Licensed paragraph" in _unfolded(target)


def test_file_export_says_whether_the_texts_go_and_leaves_them_out_by_default(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """verify58 F18: the choice is File → Export → Article Texts in Data Exports (off at
    start), and the file dialog's title says which it is."""
    from timeline_app.ui import prompts

    window.document.replace_timeline(_wire_timeline(), None)
    titles: list[str] = []
    real = prompts.ask_export_path

    def asked(parent, title, suggestion, file_filter, note=""):  # type: ignore[no-untyped-def]
        titles.append(note)
        return real(parent, title, suggestion, file_filter, note)

    monkeypatch.setattr(prompts, "ask_export_path", asked)
    target = tmp_path / "keydates.ics"
    recorded_prompts.export_path = str(target)
    assert not window.article_texts_action.isChecked()
    assert window.export_as("iCalendar")
    assert "Licensed paragraph" not in _unfolded(target)
    assert "Without the articles' texts: only the sentences cited." in titles[-1]
    window.article_texts_action.trigger()
    assert window.export_as("iCalendar")
    assert "Licensed paragraph" in _unfolded(target)
    assert "With the articles' whole texts." in titles[-1]
    assert "Article Texts" in window.article_texts_action.text().replace("&", "")


def test_the_article_imported_again_in_full_replaces_its_excerpt(tmp_path: Path) -> None:
    """verify58 F18: a colleague who opened the calendar (the articles as the sentences
    cited) and imports the wire story itself gets its whole text back — kept, the excerpt's
    blanks would be what a new event's sentence points into, and the saved file would not
    open again.  Undo brings the excerpt back."""
    import dataclasses

    from timeline_app.commands import ImportEventsCommand, MergeEventsCommand
    from timeline_app.core import Evidence
    from timeline_app.document import Document
    from timeline_app.io import native
    from timeline_app.io.formats import open_timeline_file

    whole = _wire_timeline()
    target = tmp_path / "keydates.ics"
    export_job.write_export(str(target), whole, "iCalendar", article_texts=False)
    for command in (ImportEventsCommand, MergeEventsCommand):
        document = Document(open_timeline_file(str(target)).timeline)
        excerpt = document.timeline.sources["r"]
        wire = whole.sources["r"].text
        at = wire.index("Licensed")
        new = Event("n", "New", FuzzyDate.of_ymd(2026, 3, 9), source_id="r",
                    evidence=(Evidence(wire[at:at + 32], at, at + 32),))
        if command is ImportEventsCommand:
            document.undo_stack.push(ImportEventsCommand(document, whole.sources["r"], [new]))
        else:
            document.undo_stack.push(MergeEventsCommand(
                document, [whole.sources["r"]], [dataclasses.replace(new, id="m")], []))
        assert document.timeline.sources["r"].text == wire
        back = native.loads(native.dumps(document.timeline))  # (checks every offset)
        assert back.sources["r"].text == wire
        document.undo_stack.undo()
        assert document.timeline.sources["r"] == excerpt


def test_the_dialog_says_what_the_export_does_after_its_last_piece(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """verify60 F13: the iCalendar export of 100 000 events sat at 100 % "Exporting
    events100k.ics…" for ~19 s after its last piece: the flush, then the notes (cut to
    0.2 s).  The dialog says each, in order, after every piece was written."""
    import datetime as dt

    told: list[str] = []
    monkeypatch.setattr(export_job, "say_while_working",
                        lambda _report, text: told.append(text))
    reports: list[tuple[int, int]] = []

    def report(done: int, total: int) -> bool:
        reports.append((done, total))
        return True

    timeline = Timeline.from_events([Event("a", "Talks", FuzzyDate.of_day(dt.date(2024, 3, 5)))])
    target = tmp_path / "events.ics"
    export_job.write_export(str(target), timeline, "iCalendar", report)
    assert told == ["Writing events.ics to the disk…",
                    "Checking what events.ics could not hold…"]
    assert target.is_file()
