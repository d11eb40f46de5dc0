"""Command-line subcommands that work without a window: ``extract`` and ``tag``.

``timeline-app extract ARTICLE.txt [--dct DATE] [--place P] [-o OUT.json]``
writes the article's event candidates as a native timeline document (to stdout
without ``-o``); ``timeline-app tag ARTICLE.txt [--dct DATE]`` prints its
temporal expressions as JSON lines.  ``--dct`` takes a day as the date parser reads
it ("2025-03-22", "22 March 2025", "March 22, 2025"); when it contradicts the day of
the article's dateline, a one-line warning says that ``--dct`` was used.  ``--mode
news|narrative`` anchors year-less dates to the article's date or to the last date the
text mentions (by default chosen from the text).  Nothing here imports Qt, so both run on a
machine without a display and start fast.

Errors are one line on stderr, ``timeline-app: error: ...``, and a non-zero exit
status; never a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as _dt
import json
import sys
from pathlib import Path
from typing import NoReturn, TextIO

from .core import FuzzyDate, Precision, Timeline
from .core.parse_date import parse_typed_date
from .extract import extract_events, read_dateline, tag_timexes
from .extract.timex import choose_mode
from .io.article import MAX_ARTICLE_BYTES, ArticleFileError
from .io.article import read_article as read_article_file
from .words import counted

__all__ = ["MAX_ARTICLE_BYTES", "CliError", "run_cli"]

PROG = "timeline-app"
EXIT_ERROR = 1
EXIT_USAGE = 2
#: ``-o`` values that mean "write to the output stream" rather than "replace this file".
STREAM_OUTPUTS = frozenset({"-", "/dev/stdout"})


class CliError(Exception):
    """A problem to report as one line; ``status`` is the exit status."""

    def __init__(self, message: str, status: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` that raises instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise CliError(message, EXIT_USAGE)


_DCT_EXAMPLES = "e.g. 2025-03-22 or '22 March 2025'"


def _dct_arg(value: str) -> _dt.date:
    """``--dct``: a day as the date parser reads it (the locale's order for slash dates).

    Raises:
        argparse.ArgumentTypeError: One line saying why ``value`` is not one day (not a
            date, a month or a range, ambiguous, approximate, or before AD 1).
    """
    shown = repr(value if len(value) <= 40 else value[:37] + "...")
    reading = parse_typed_date(value)
    date = reading.date
    if date is None:
        why = (reading.error or "not a date").rstrip(".")
        raise argparse.ArgumentTypeError(f"{shown} is not a date ({why}); give a day, "
                                         f"{_DCT_EXAMPLES}")
    if reading.ambiguous:
        other = reading.alternatives[0][0]
        raise argparse.ArgumentTypeError(
            f"{shown} can be {date.describe()} or {other.describe()}; give the month "
            f"in words or YYYY-MM-DD, {_DCT_EXAMPLES}")
    if reading.end is not None or date.precision is not Precision.DAY or date.circa:
        what = ("a range" if reading.end is not None else "approximate" if date.circa
                else f"a {date.precision_words()}, not one day")
        raise argparse.ArgumentTypeError(f"{shown} is {what}; give a day, "
                                         f"{_DCT_EXAMPLES}")
    if not date.fits_datetime:
        raise argparse.ArgumentTypeError(f"{shown} is before AD 1; an article's date "
                                         "must be AD 1 or later")
    return date.start


def _warn_if_dct_contradicts_dateline(text: str, dct: _dt.date | None, article: str,
                                      err: TextIO) -> None:
    """One warning line when ``--dct`` names another day than the article's dateline."""
    if dct is None:
        return
    dateline = read_dateline(text)
    if dateline.month is None or dateline.day is None:
        return
    # The year counts only when the dateline states it (not when inferred from a weekday).
    start, end = dateline.span
    stated_year = (dateline.year if dateline.year and str(dateline.year) in text[start:end]
                   else None)
    if (dateline.month, dateline.day) == (dct.month, dct.day) and stated_year in (None, dct.year):
        return
    day = dataclasses.replace(dateline, year=stated_year).describe_day()
    print(f"{PROG}: warning: {article}: --dct {dct.isoformat()} "
          f"({FuzzyDate.of_day(dct).describe()}) contradicts the dateline's "
          f"{day}; --dct was used", file=err)


def _build_parser() -> _Parser:
    parser = _Parser(prog=PROG, description="Read news articles about diplomacy.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    extract = commands.add_parser(
        "extract", help="propose dated events from an article, as a timeline document",
        description="Write the event candidates of ARTICLE as a native timeline document.")
    extract.add_argument("article", help="a UTF-8 text file")
    extract.add_argument("--dct", type=_dct_arg, metavar="DATE",
                         help="the article's date, a day such as 2025-03-22 or "
                              "'22 March 2025' (default: read from its dateline)")
    extract.add_argument("--place", help="where the article was filed (default: its dateline)")
    extract.add_argument("--mode", choices=("auto", "news", "narrative"), default="auto",
                         help="news: relative dates need the article's date; narrative "
                              "(history, background): dates without a year take it from the "
                              "last date mentioned; default: chosen from the text")
    extract.add_argument("-o", "--output", metavar="OUT.json",
                         help="write here (atomically; a regular file only) instead of to "
                              "stdout; '-' means stdout")
    tag = commands.add_parser(
        "tag", help="print the temporal expressions of an article as JSON lines",
        description="Print each temporal expression of ARTICLE as one JSON object per line.")
    tag.add_argument("article", help="a UTF-8 text file")
    tag.add_argument("--dct", type=_dct_arg, metavar="DATE",
                     help="the article's date, a day such as 2025-03-22 or "
                          "'22 March 2025' (default: read from its dateline)")
    tag.add_argument("--mode", choices=("auto", "news", "narrative"), default="auto",
                     help="anchor year-less and relative dates to the article's date (news) or "
                          "to the last date the text mentions (narrative: history, background); "
                          "default: news when the article has a date, else narrative when it "
                          "reads as a story")
    return parser


def read_article(path: str) -> str:
    """The text of an article file, or ``CliError`` saying in one line what is wrong."""
    try:
        return read_article_file(path)
    except ArticleFileError as exc:
        raise CliError(str(exc)) from None


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from . import io as timeline_io  # io imports nothing from Qt either

    text = read_article(args.article)
    _warn_if_dct_contradicts_dateline(text, args.dct, args.article, err)
    result = extract_events(text, args.dct, args.place, mode=args.mode)
    if result.dct is None and result.mode == "narrative":
        print(f"{PROG}: note: {args.article}: no date for the article; read as a narrative "
              "(dates without a year take it from the last date mentioned)", file=err)
    elif result.dct is None:
        print(f"{PROG}: warning: {args.article}: no date for the article ({result.dct_basis}); "
              "relative dates left out, give --dct or --mode narrative", file=err)
    title = result.source.title or Path(args.article).stem
    timeline = Timeline.from_events(
        [c.to_event() for c in result.candidates],
        title=title,
        description=f"Event candidates read from {Path(args.article).name}; "
                    f"article date: {result.dct_basis}",
        sources={result.source.id: result.source},
    )
    if args.output in STREAM_OUTPUTS:
        document = timeline_io.dumps(timeline)
        out.write(document if document.endswith("\n") else document + "\n")
    elif args.output:
        try:
            timeline_io.save(timeline, args.output)
        except timeline_io.NotARegularFileError as exc:
            raise CliError(f"cannot write: {exc}; use -o - for standard output") from None
        except OSError as exc:
            raise CliError(f"{args.output}: cannot write: {exc.strerror or exc}") from None
        print(f"{PROG}: {counted(len(result.candidates), 'event')} written to {args.output}",
              file=err)
    else:
        document = timeline_io.dumps(timeline)
        out.write(document if document.endswith("\n") else document + "\n")
    return 0


def _tag(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    text = read_article(args.article)
    _warn_if_dct_contradicts_dateline(text, args.dct, args.article, err)
    dct = args.dct
    dateline = read_dateline(text) if dct is None else None
    if dateline is not None:
        dct = dateline.date
    mode = args.mode if args.mode != "auto" else choose_mode(text, dct)
    if dct is None and mode == "news":
        found = "no dateline found"
        if dateline is not None:
            found = (f"the dateline gives {dateline.describe_day()} but no year: {dateline.year_basis}"
                     if dateline.month else dateline.year_basis or found)
        raise CliError(f"{args.article}: no date to resolve relative expressions against "
                       f"({found}); give --dct YYYY-MM-DD, or --mode narrative for a story")
    out.writelines(json.dumps({"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                              "value": t.value, "mod": t.mod}, ensure_ascii=False) + "\n"
                   for t in tag_timexes(text, dct, mode=mode))
    return 0


def run_cli(argv: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run a subcommand: ``argv`` starts with ``"extract"`` or ``"tag"``.

    Args:
        argv: The arguments after the program name.
        stdout: Where output goes (default ``sys.stdout``).
        stderr: Where errors and warnings go (default ``sys.stderr``).

    Returns:
        The exit status: 0 on success, 1 on an error with the input, 2 on bad usage.
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    try:
        args = _build_parser().parse_args(argv)
        if args.command == "extract":
            return _extract(args, out, err)
        return _tag(args, out, err)
    except CliError as exc:
        print(f"{PROG}: error: {exc}", file=err)
        return exc.status
    except SystemExit as exc:  # --help prints and exits through argparse
        return exc.code if isinstance(exc.code, int) else 0
    except Exception as exc:  # noqa: BLE001 - a bug must still not show the user a traceback
        print(f"{PROG}: error: internal error ({type(exc).__name__}: {exc})", file=err)
        return EXIT_ERROR
