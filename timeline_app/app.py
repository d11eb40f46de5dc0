"""Start-up: ``timeline-app [FILE]`` opens FILE, or the default timeline shipped with the app."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline_app import __version__, read_sources_quickly

if TYPE_CHECKING:
    import argparse

CLI_COMMANDS = ("extract", "tag")
#: The garbage collector is off from the start until the window is complete, or this long.
GC_AFTER_MS = 10_000


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    import argparse  # here: a start without arguments (the usual one) does not need it

    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Diplomatic Timeline: news about diplomacy as a timeline. "
        "Also: 'timeline-app extract ARTICLE.txt' and 'timeline-app tag ARTICLE.txt'.",
    )
    parser.add_argument("file", nargs="?", help="a timeline file to open (default: the "
                        "Korea–Japan foreign ministers' timeline shipped with the app)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(list(argv))


def create_main_window(path: str | None = None,  # type: ignore[no-untyped-def]
                       defer_panels: bool = False):
    """Build the main window on FILE (or the default timeline) without entering the event loop.

    A ``QApplication`` must exist.  Raises ``FormatError`` if the file cannot be read.
    ``defer_panels``: build the docks and menus after the timeline's first paint (what
    ``main`` does; see ``MainWindow``).
    """
    from timeline_app.ui.main_window import MainWindow

    if path is None:
        from timeline_app.io.bundled import load_default_timeline

        window = MainWindow(load_default_timeline(), None, defer_panels=defer_panels)
        window.mark_sample()
        return window
    from timeline_app.io.formats import open_timeline_file

    # Any format the app reads, recognised by content; another tool's file opens as a new,
    # unsaved document (Save never writes over it).
    opened = open_timeline_file(path)
    window = MainWindow(opened.timeline, path if opened.native else None,
                        defer_panels=defer_panels)
    if not opened.native:
        window.document.undo_stack.resetClean()
    return window


def last_file() -> str | None:
    """The file to reopen at a start with no file named: the newest of File → Open Recent
    (files opened or saved), or None when there is none (a fresh install, or settings
    isolated by ``$TIMELINE_APP_SETTINGS``: tests and benchmarks keep the default timeline).
    It may no longer exist (``_run`` says so)."""
    from timeline_app import settings

    store = settings.open_settings()
    if settings.RECENT_FILES.get(store) in ("", "[]"):  # none: no JSON to read (start-up)
        return None
    recent = settings.recent_files(store)
    return recent[0] if recent else None


def newest_timeline_after(path: str) -> str | None:
    """The newest file of File → Open Recent after ``path`` that is still there and is a
    Diplomatic Timeline file (``why_not_reopened``), or None: what a start reopens when the
    file open last time was another program's (an export opened to check it)."""
    from timeline_app import settings
    from timeline_app.ui.main_window import why_not_reopened

    recent = settings.recent_files(settings.open_settings())
    later = recent[recent.index(path) + 1:] if path in recent else []
    return next((p for p in later if os.path.isfile(p) and why_not_reopened(p) is None), None)


def stands_in(path: str | None) -> bool:
    """Whether the window stands in for ``path`` while it opens ("Opening NAME…", its
    name as the title: ``create_opening_window``): not for a folder, which is refused at
    once, so the stand-in only promised what would not come (a new user's trial, verify18:
    "Opening <folder>…" behind "… is a folder, not a timeline file").  A name not there
    yet stands in: it becomes a new, empty timeline of that name."""
    return bool(path) and not os.path.isdir(path or "")


def create_opening_window(path: str):  # type: ignore[no-untyped-def]
    """The window while FILE opens (``main``; see ``MainWindow.stand_in_for``).

    An empty timeline titled with the file's name, "Opening NAME…" over it, panels
    deferred; nothing of the default timeline, whose unrelated events under the progress
    were taken for the file's (new-user trial 7).  The file itself is opened by the caller
    (``MainWindow.open_path``), after the window is painted.
    """
    from timeline_app.core import Timeline
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(Timeline(title=os.path.basename(path) or path), None,
                        defer_panels=True)
    window.stand_in_for(path)
    return window


def limit_blas_threads() -> bool:
    """One OpenBLAS thread for numpy, unless the user's environment says otherwise; True if
    set here.  Before numpy is imported (OpenBLAS reads it as it starts).

    The app uses numpy for columns of day numbers and histograms, never for linear
    algebra, but numpy's import starts OpenBLAS's thread pool, one thread a CPU, and
    waits while those threads spin up: 84-90 ms of CPU and of wall clock for ``import
    numpy`` on this 2-CPU machine, 43-47 ms with one thread (the variable OpenBLAS
    documents, ``OPENBLAS_NUM_THREADS``).  The import runs on the loading thread of a
    large file's open, in series with the load (issue 11: open 100 000 events ≤ 1 s;
    benchmarks/README.md, "Session 6, second round").  Nothing if numpy is already
    imported: too late then.
    """
    if "numpy" in sys.modules or "OPENBLAS_NUM_THREADS" in os.environ:
        return False
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    return True


def _xcb_problem() -> str | None:
    from timeline_app.platform_check import xcb_problem

    return xcb_problem()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in CLI_COMMANDS:
        from timeline_app.cli import run_cli

        return run_cli(args_list)
    file = _parse_args(args_list).file if args_list else None
    if file is not None:
        # A large native file's second check process starts now, on the CPU the window's
        # start leaves idle, rather than with the load after the first paint
        # (``io.key_check.start_early``; issue 11: open 100 000 events in <= 1 s).
        from timeline_app.io.key_check import start_early

        start_early(file)

    read_sources_quickly()  # PySide already imported (by a caller): before our imports
    limit_blas_threads()
    problem = _xcb_problem()
    if problem is not None:  # Qt would abort with a misleading message instead
        print(problem, file=sys.stderr)
        return 1
    # No garbage collection until the window is complete (issue 11: start-up to first
    # paint): start-up makes many objects and frees few, so a collection then finds
    # nothing to free; afterwards they are frozen out of every later collection.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(args_list, file, collecting)
    finally:
        if collecting:
            gc.enable()


def _run(args_list: list[str], file: str | None, collecting: bool) -> int:
    """The window on the default timeline, then FILE; the event loop until the app quits.

    ``collecting``: the garbage collector was on; it is frozen and switched back on once
    the window is complete.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    read_sources_quickly()  # before our modules are imported
    from timeline_app.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication([sys.argv[0], *args_list])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    from timeline_app.ui.theme import apply_theme

    apply_theme(app)  # the stored theme, or the system's light/dark scheme
    # Start-up order (issue 11): the timeline view is built and painted first; the docks,
    # menus and the rest are built right after its first paint, in slices, then the
    # prompts.  A file named on the command line opens right after the first paint, like
    # File → Open: recognised by content, off the GUI thread with progress and Cancel, a
    # bad file explained in a dialog.  Meanwhile the window shows an empty timeline named
    # after it, never the default one (new-user trial 7).
    # No file named: the file open last time reopens the same way, if it is still there
    # (new-user trial 11: Aeon Timeline and The Timeline Project reopen it too).
    last = None if file else last_file()
    gone = last if last is not None and not os.path.isfile(last) else None
    reopen = None if gone else last
    refused = None  # why the file open last time is not reopened, known before the window
    if reopen is not None:
        from timeline_app.ui.main_window import why_not_reopened

        # Another program's file gets no stand-in: "Opening exp.json…" and its name as the
        # window's title were shown before it was refused (verify17 finding 6).
        refused = why_not_reopened(reopen)
        if refused is not None:
            # the newest timeline of Open Recent after it, rather than the sample: a
            # journalist who last opened her own export to check it found the Korea-Japan
            # sample at the next start (verify52 F15)
            reopen = newest_timeline_after(reopen)
    opening = file or reopen
    window = (create_opening_window(opening) if opening and stands_in(opening)
              else create_main_window(None, defer_panels=True))

    def collect_again() -> None:
        if not collecting or gc.isenabled():
            return
        if window.is_busy():
            # A load on a worker thread keeps the collector off while it runs only if
            # it was off when it began (io.native): switched on in its middle, every
            # young generation of the events made next is walked, and full collections
            # of seconds stall both threads (1 000 000 events, issue 11).
            QTimer.singleShot(250, collect_again)
            return
        gc.freeze()  # the start-up's objects: never scanned again
        gc.enable()

    def after_panels() -> None:
        # FILE opens once the panels are built (a few tens of ms of the GUI thread,
        # in slices, right after the first paint), off the GUI thread whatever its size,
        # after a recovery copy was offered.  Not beside the slices: both are Python and
        # share one GIL, so the overlap saved nothing, and the slices, competing with the
        # loading thread, were the longest stalls of the window while it opened 100 000
        # events (open_profile.py: every stall over 40 ms fell in them; issue 11).
        # After the window's repaint that finishing the panels asked for: painted
        # beside the loading thread, each of its Qt calls waited for the GIL (issue 11).
        collect_again()

        def offer_review_when_idle() -> None:
            # An import review or an event being edited left by a crash is offered once
            # the timeline it was for is shown: after the recovery copy, after FILE
            # opened (F20).
            if window.is_busy():
                QTimer.singleShot(250, offer_review_when_idle)
                return
            # (after one reopened, the others wait for the next start)
            if not window.offer_unfinished_review() and not window.offer_unfinished_event():
                window.offer_unfinished_article()

        def offered(restored: bool) -> None:
            if opening and not restored:
                from timeline_app.ui.jobs import call_after_repaints

                def open_then_offer() -> None:
                    if file:
                        window.open_path(opening, background=True)
                    else:
                        window.reopen_last_file(opening, judged=True)
                    QTimer.singleShot(0, offer_review_when_idle)

                call_after_repaints(open_then_offer)
                return
            QTimer.singleShot(0, offer_review_when_idle)  # after the words below
            if restored:  # the copy is shown: no word of the sample timeline
                if file:  # but the file asked for is not opened: said (verify40, F5)
                    window.say_not_opened_for_copy(file)
                return
            elif gone:
                window.statusBar().showMessage(
                    f"{os.path.basename(gone)} (the file open last time) is no longer there. "
                    "Showing the sample timeline.", 20_000)
            elif refused is not None and last is not None and not reopen:  # (another's file)
                from timeline_app.ui.main_window import not_reopened_words

                window.statusBar().showMessage(not_reopened_words(
                    os.path.basename(last), refused) + ". Showing the sample timeline.", 20_000)

        # A copy chosen is read off the GUI thread, as FILE is (progress and Cancel);
        # FILE (or the file open last time) opens once the offer is over and nothing was
        # restored.
        window.offer_recovery(background=True, ended=offered)

    window.panels_ready.connect(after_panels)
    # A window never painted (started minimised) still gets its collector back.
    QTimer.singleShot(GC_AFTER_MS, collect_again)
    window.show()
    return int(app.exec())
