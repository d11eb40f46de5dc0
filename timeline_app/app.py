"""Start-up: ``timeline-app [FILE]`` opens FILE, or the default timeline shipped with the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from timeline_app import __version__
from timeline_app.paths import DEFAULT_TIMELINE, resource_path

CLI_COMMANDS = ("extract", "tag")


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
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
    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow

    if path is None:
        timeline = timeline_io.load(resource_path(DEFAULT_TIMELINE))
        return MainWindow(timeline, None, defer_panels=defer_panels)
    return MainWindow(timeline_io.load(path), path, defer_panels=defer_panels)


def _xcb_problem() -> str | None:
    from timeline_app.platform_check import xcb_problem

    return xcb_problem()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in CLI_COMMANDS:
        from timeline_app.cli import run_cli

        return run_cli(args_list)
    args = _parse_args(args_list)

    problem = _xcb_problem()
    if problem is not None:  # Qt would abort with a misleading message instead
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication

    from timeline_app import io as timeline_io
    from timeline_app.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication([sys.argv[0], *args_list])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    from timeline_app.ui.theme import apply_theme

    apply_theme(app)  # the stored theme, or the system's light/dark scheme
    error = None
    # Start-up order (issue 11): the timeline view is built and painted first; the docks,
    # menus and the rest are built right after its first paint, then the prompts.
    try:
        window = create_main_window(args.file, defer_panels=True)
    except timeline_io.FormatError as exc:
        # A bad FILE must not leave the user with nothing: say why, show the default.
        error = exc
        print(f"timeline-app: error: {exc}", file=sys.stderr)
        window = create_main_window(None, defer_panels=True)

    def after_first_paint() -> None:
        if error is not None:
            from timeline_app.ui import prompts

            prompts.show_error(window, "Cannot open timeline", str(error))
        window.offer_recovery()

    window.panels_ready.connect(after_first_paint)
    window.show()
    return int(app.exec())
