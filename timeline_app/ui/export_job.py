"""A large export off the GUI thread, with a progress bar and Cancel (issue 11).

File → Export of a timeline of ``BACKGROUND_FROM`` events or more runs on the thread pool
(``MainWindow.run_in_background``): the window repaints as soon as the file dialog closes,
a progress dialog with Cancel appears after 0.3 s, and the export is written in pieces
(``io.formats.export_pieces``).  New-user trial 10 (issue 11): an iCalendar export of
1 000 000 events froze the window for over 10 minutes and grew past 11 GB without writing
anything; a CSV export of as many froze it 30 s with the closed file dialog still painted.

Cancel stops the export at its next piece (about every MiB of text), or after the flush
right before the rename (``write_atomically``'s ``before_rename``), and leaves no file:
the pieces are taken before the target is replaced, and a temporary file of
``write_atomically`` is removed when they stop.  The window waits for the worker to say
how it ended before saying so: a Cancel that comes as the rename begins ends as exported,
and says so, as a save does (the flush of ~1.3 GB at 1 000 000 events takes seconds; the
window used to say "nothing was written" at once while the worker renamed the file into
place, jobs11).  A smaller timeline is exported at once on
the GUI thread, as before (well under a second).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.core.model import Timeline
from timeline_app.core.reimport import pending
from timeline_app.io.atomic import write_atomically
from timeline_app.io.formats import (
    ARTICLE_TEXT_KINDS,
    ExportCancelledError,
    ExportNotes,
    export_notes,
    export_pieces,
)
from timeline_app.ui import prompts
from timeline_app.ui.jobs import say_while_working
from timeline_app.words import counted

if TYPE_CHECKING:
    from timeline_app.document import Document
    from timeline_app.ui.main_window import MainWindow

__all__ = ["BACKGROUND_FROM", "export_in_background", "export_now", "snapshot", "write_export"]

#: Timelines of this many events or more are exported off the GUI thread.  At 5 000
#: events the slowest export (TimelineJS) takes ~0.15 s of CPU on the development machine
#: (benchmarks/bench_export.py), so a smaller one never shows a dialog.
BACKGROUND_FROM = 5_000


def write_export(path: str, timeline: Timeline, kind: str,
                 report: Callable[[int, int], bool] | None = None,
                 lane_colors: Mapping[str, str] | None = None,
                 article_texts: bool = True,
                 working_notes: bool = True) -> ExportNotes | None:
    """Write the ``kind`` export of ``timeline`` to ``path`` in pieces; any thread.

    Only one piece (~1 MiB of text) is in memory at a time: ``write_atomically`` writes
    the pieces as they come (the exporters used to build ~13 KB of objects per event).

    Args:
        path: The target file (replaced atomically).
        timeline: The events; it must not change while this runs (see :func:`snapshot`).
        kind: A key of ``io.formats.EXPORTS``.
        report: ``report(events_done, events)``; False stops the export.  It is asked
            once more with both equal after the flush, right before the rename.
        lane_colors: The window's lane colours (:func:`shown_lane_colors`), for the
            exports that write them (``io.formats.export_pieces``).
        article_texts: False: the articles' texts are left out of the kinds that carry
            them (``io.formats.ARTICLE_TEXT_KINDS``), but for the sentences the events
            cite (:func:`without_article_texts`), and the notes say so.
        working_notes: False: a TimelineJS file's slides have no "Participants:" and
            "Place:" paragraphs (``io.formats.WORKING_NOTE_KINDS``).

    Returns:
        What the export could not hold (``io.formats.export_notes``; with
        ``article_texts`` False, what is lost without the texts), or ``None``.

    Raises:
        io.formats.ExportCancelledError: ``report`` returned False (at the latest right
            before the rename); nothing was written, no temporary file is left.
        OSError: The file could not be written (see ``write_atomically``).
        UnicodeEncodeError: A text holds a lone surrogate; nothing was written.
    """
    excerpted = not article_texts and kind in ARTICLE_TEXT_KINDS and bool(timeline.sources)
    if excerpted:
        timeline = without_article_texts(timeline)
    pieces: Iterator[bytes] = _said_at_end(
        export_pieces(timeline, kind, report, lane_colors, working_notes), report,
        Path(path).name)
    total = len(timeline)

    def going_on() -> None:  # a Cancel during the flush still leaves the target alone
        if report is not None and report(total, total) is False:
            raise ExportCancelledError

    write_atomically(path, pieces, going_on)
    if report is not None:
        say_while_working(report, f"Checking what {Path(path).name} could not hold…")
    notes = export_notes(timeline, kind, working_notes)
    if not excerpted:
        return notes
    lost = texts_left_out(timeline)
    if notes is None:
        return ExportNotes("The articles' texts are not in the file, only the sentences the "
                           "events cite (File → Export → Article Texts in Data "
                           "Exports puts them in):", [lost], "the articles' texts left out")
    return replace(notes, details=[*notes.details, lost])


def _said_at_end(pieces: Iterator[bytes], report: Callable[[int, int], bool] | None,
                 name: str) -> Iterator[bytes]:
    """``pieces``, then, once the last is taken, the progress dialog told that the file
    is being flushed to the disk (``jobs.say_while_working``): at 100 % it said only
    "Exporting NAME…" while 122 MB were flushed and the notes made (verify60 F13)."""
    yield from pieces
    if report is not None:
        say_while_working(report, f"Writing {name} to the disk…")


def without_article_texts(timeline: Timeline) -> Timeline:
    """A copy of ``timeline`` whose articles carry only the sentences its events cite
    (``io.exchange.excerpted_sources``; headline, outlet, dateline and address kept), and
    without the readings left out of imports (sentences of those articles that no event
    keeps): what an export meant for colleagues carries by default.  An agency's calendar
    of 23 events carried 40 KB of wire copy in 42 KB (verify58 F18)."""
    from timeline_app.io.exchange import excerpted_sources

    copy = _carried(timeline, Timeline._from_keys(  # noqa: SLF001 - as snapshot
        list(timeline), timeline._keys, timeline.title, timeline.description,  # noqa: SLF001
        excerpted_sources(timeline), by_id=timeline.id_map(), in_order=True,
        category_colors=timeline.category_colors, lane_order=timeline.lane_order))
    copy.left_out = []
    return copy


def texts_left_out(timeline: Timeline) -> str:
    """The line of an export's notes that says what :func:`without_article_texts` lost, for
    ``timeline`` (its copy): how many articles' texts, and what File → Open of the file
    then lacks."""
    left = ("the article's text" if len(timeline.sources) == 1
            else f"the texts of the {counted(len(timeline.sources), 'article')}")
    return (f"{left} (each event's source sentences are kept, at their "
            "places): opened here again, the Article tab shows only those sentences until "
            "the article is imported again, and the readings you left out of it are "
            "offered again then")


def snapshot(timeline: Timeline, title: str | None = None) -> Timeline:
    """A copy of ``timeline`` that a worker thread reads while the window's own may change
    (an edit in the 0.3 s before the progress dialog shows).  Events are immutable, so the
    lists are copied, not the events: ~30 ms at 1 000 000 events (one list, one memcpy of
    the sort keys, one dict copy), through the loaders' constructor.  ``title``, when
    given, replaces the timeline's (see :func:`exported_timeline`)."""
    return _carried(timeline, Timeline._from_keys(  # noqa: SLF001 - the loaders' constructor
        list(timeline), timeline._keys,  # noqa: SLF001
        timeline.title if title is None else title, timeline.description,
        timeline.sources, by_id=timeline.id_map(), in_order=True,
        category_colors=timeline.category_colors,  # every export but CSV writes them
        lane_order=timeline.lane_order))


def _carried(timeline: Timeline, copy: Timeline) -> Timeline:
    """``copy`` with ``timeline``'s lanes shown as eras, titles typed by hand and readings
    left out (copies), which the exports but CSV write (``exchange.timeline_fields``): a
    copy made for a worker thread, or for a title, dropped them (session 38)."""
    copy.era_lanes = timeline.era_lanes
    copy.titles_by_hand = set(timeline.titles_by_hand)
    # (a deletion's readings not made yet: made by the thread that writes, once)
    copy.left_out = timeline.left_out if pending(timeline.left_out) else list(timeline.left_out)
    copy.kept_markup = timeline.kept_markup  # (read only: never changed after the import)
    copy.project_shape = timeline.project_shape  # (frozen: the Timeline Project's shape)
    if timeline.typed_title is not None and timeline.typed_title == copy.title:
        copy.typed_title = copy.title  # (the name typed, for a save of the copy)
    if timeline.file_named_title is not None and timeline.file_named_title == copy.title:
        copy.file_named_title = copy.title  # (a file's name, not a title: edit85 F4(e))
    return copy


def exported_title(document: Document) -> str:
    """The name an export gives the document's timeline: the name the window shows
    (``Document.shown_title``), or, while that is still "Untitled timeline" (never given,
    no file), a name from what it holds, as an article's import into a new timeline names
    it (``MainWindow._new_timeline_name``): after its first article
    (``extract.subject.timeline_name`` over its events, else ``article_title``), else
    the two parties its events name most with their years, else its first event's title.
    The timeline's own title is not changed.

    Session 64's new-user trial: events typed into a new timeline, then an article
    imported (the import names only an empty timeline), were published under a
    TimelineJS title slide "Untitled timeline", as the file name proposed said too."""
    from timeline_app.document import UNTITLED

    shown = document.shown_title
    timeline = document.timeline
    if document.path or shown.strip() not in ("", UNTITLED) or not len(timeline):
        return shown
    from timeline_app.extract.subject import timeline_name
    from timeline_app.ui.import_article import article_title

    eras = timeline.is_era_lane
    events = [event for event in timeline if not eras(event.category)] or list(timeline)
    first = next(iter(timeline.sources.values()), None)  # (the first imported)
    if first is not None:
        return timeline_name(first.title, events) or article_title(first)
    return timeline_name("", events) or " ".join(events[0].title.split()) or shown


def _without_kind_tag(stem: str) -> str:
    """A file name's ``stem`` without the kind the export's suggestion adds to it
    (``MainWindow._export_target``: "quota talks-timelinejs", and " (exported)" after it
    when that file was there): the timeline opened from quota talks.csv, exported as
    TimelineJS, had "quota talks-timelinejs" on its title slide (fix94)."""
    import re

    from timeline_app.io.formats import EXPORTS

    tags = "|".join(re.escape(kind.strip().lower().replace(" ", "-")) for kind in EXPORTS)
    return re.sub(rf"-(?:{tags})(?: \(exported(?: \d+)?\))?$", "", stem) or stem


def exported_timeline(window: MainWindow, copy: bool, path: str | None = None) -> Timeline:
    """The window's timeline as an export writes it: titled as the window names it
    (``Document.shown_title``: a timeline never given a title but saved as "iran
    talks.json" is "iran talks", not "Untitled timeline", in the TimelineJS title slide,
    the calendar's name and The Timeline Project file; verify32, F3; one never saved is
    named after what it holds, :func:`exported_title`); a :func:`snapshot`
    when ``copy`` (a worker thread reads it) or when the title differs, else the
    timeline itself.

    A title that is only the name of the other tool's file the timeline was opened from
    (``Document.title_from_file_name``), in a document without a file of its own, is
    the name of the file written, ``path`` ("merged" for merged.timeline), and marked so
    (``Timeline.file_named_title``: The Timeline Project's export then writes no title,
    and the file reopened is named after itself): edit85 F4(e), a colleague's file
    merged into and exported reopened titled after the colleague's file."""
    document = window.document
    timeline = document.timeline
    shown = exported_title(document)
    named_by_file = document.title_from_file_name()
    if named_by_file and path and not document.path:
        shown = _without_kind_tag(Path(path).stem) or shown
    if copy or shown != timeline.title or named_by_file:
        copied = snapshot(timeline, shown)
        if named_by_file:
            copied.file_named_title = shown
        return copied
    return timeline


def shown_lane_colors(timeline: Timeline) -> dict[str, str]:
    """The colour (``#rrggbb``) the window draws each lane of ``timeline`` in that has no
    chosen colour, in the light theme (as its pictures are): what The Timeline Project's
    export gives their categories, so that the file shows the window's colours (verify50:
    its own palette made Diplomacy peach, olive in the window).  On the GUI thread: the
    colours handed out to lanes of no fixed colour are the window's
    (``style.assign_category_colors``)."""
    from timeline_app.ui.style import category_color

    chosen = timeline.category_colors
    return {lane: category_color(lane, dark=False).name()
            for lane in set(timeline.categories()) if lane not in chosen}


def without(timeline: Timeline, hidden: frozenset[str]) -> Timeline:
    """``timeline`` without the events whose ids are in ``hidden`` (those the filters hide,
    when the person chose to export only those shown) and without the articles (and the
    readings left out of them) none of the others cites, or ``timeline`` itself when none
    is hidden.  A new timeline, sorted again: ~60 ms for 50 000 of 100 000 events, so a large
    export makes it on its worker thread (``export_in_background``)."""
    if not hidden:
        return timeline
    from timeline_app.core.sourced import cited_sources

    kept = [event for event in timeline if event.id not in hidden]
    # Only the articles the events exported cite, and the readings left out of those:
    # a calendar of 4 events sent to colleagues carried the whole text of every article
    # of the timeline in its X-DIPLOMATIC-TIMELINE property, agency copy none of the 4
    # cites among it (verify56 F22, a wire desk's fact-checker).
    cited = set(cited_sources(kept))
    copy = _carried(timeline, Timeline.from_events(
        kept, timeline.title, timeline.description,
        {key: source for key, source in timeline.sources.items() if key in cited},
        category_colors=dict(timeline.category_colors), lane_order=list(timeline.lane_order)))
    copy.left_out = [reading for reading in copy.left_out if reading.source_id in cited]
    return copy


def _worded(error: Exception, name: str) -> str:
    """A failure other than a write error, in one sentence (plain text)."""
    if isinstance(error, UnicodeEncodeError):
        bad = error.object[error.start:error.end] if isinstance(error.object, str) else ""
        return (f"{name} was not exported: a text in the timeline holds a character that "
                f"cannot be written in UTF-8 ({bad!a}, half of a character pair). Nothing "
                "was written; correct the text and export again.")
    return f"{name} was not exported: {error}. Nothing was written."


def _show_failure(window: MainWindow, path: str, error: Exception) -> None:
    """Say why the export to ``path`` failed: a write error as saves word them, any other
    failure in one sentence."""
    if isinstance(error, OSError):
        from timeline_app.ui import save_guard

        save_guard.show_write_error(window, "Cannot export", path, error, "exported")
    else:
        prompts.show_error(window, "Cannot export", _worded(error, Path(path).name))


def export_now(window: MainWindow, path: str, kind: str,
               exported: Callable[[str, ExportNotes | None], None],
               hidden: frozenset[str] = frozenset(), article_texts: bool = True,
               working_notes: bool = True) -> bool:
    """Write the ``kind`` export of the window's timeline to ``path`` on this thread (a
    timeline under ``BACKGROUND_FROM`` events: no progress dialog), with the same words
    as :func:`export_in_background` for a failure.

    Returns:
        Whether the file was written.
    """
    try:
        notes = write_export(path, without(exported_timeline(window, False, path), hidden), kind,
                             lane_colors=shown_lane_colors(window.document.timeline),
                             article_texts=article_texts, working_notes=working_notes)
    except (OSError, UnicodeEncodeError) as error:
        _show_failure(window, path, error)
        return False
    exported(path, notes)
    return True


def export_in_background(window: MainWindow, path: str, kind: str,
                         exported: Callable[[str, ExportNotes | None], None],
                         hidden: frozenset[str] = frozenset(),
                         article_texts: bool = True, working_notes: bool = True) -> bool:
    """Start the ``kind`` export of the window's timeline to ``path`` on the thread pool.

    Args:
        window: The main window (its progress dialog and messages).
        path: The chosen file.
        kind: A key of ``io.formats.EXPORTS``.
        exported: Called on the GUI thread once the file is written, with its path and
            what the export could not hold.
        hidden: Ids of events left out (``without``, on the worker thread).
        article_texts: Whether the articles' texts go in (see :func:`write_export`).
        working_notes: Whether TimelineJS slides name participants and places (idem).

    Returns:
        Whether it started (False, said in the status bar, while another job runs).
    """
    name = Path(path).name
    timeline = exported_timeline(window, copy=True, path=path)
    colors = shown_lane_colors(window.document.timeline)

    def work(report: Callable[[int, int], bool]) -> ExportNotes | None:
        return write_export(path, without(timeline, hidden), kind, report, colors,
                            article_texts, working_notes)

    asked: list[bool] = []  # Cancel was pressed (the worker then says how it ended)

    def done(notes: object) -> None:
        exported(path, notes)  # type: ignore[arg-type]
        if asked:  # Cancel came as the file was being renamed into place
            window.statusBar().showMessage(
                f"Exported {name}: it was already written when Cancel was pressed", 10_000)

    def failed(error: Exception) -> None:
        if isinstance(error, ExportCancelledError):
            window.statusBar().showMessage(
                f"Export of {name} cancelled: nothing was written", 10_000)
        else:
            _show_failure(window, path, error)

    def cancelled() -> None:
        asked.append(True)
        window.statusBar().showMessage(f"Cancelling the export of {name}…")

    started = window.run_in_background(
        None, f"Export as {kind}", f"Exporting {name}…", done, failed, cancelled,
        reporting_work=work, cancel_waits=True)
    if not started:
        window.statusBar().showMessage(
            f"{name} was not exported: another task is still running; export again when "
            "it ends", 10_000)
    return started
