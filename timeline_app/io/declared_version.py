"""The format version a native file says it is, read from its first bytes.

A save writes the lowest version that holds the timeline (``native.needed_version``), so a
change can raise a file's version, and older copies of the app then refuse it as "written
by a newer version".  The window compares the version a file said before a save with the
one it says after, and says so once when it went up (edit57's leftover of verify63 F16).
Reading the version back from the two files costs two reads of ``HEAD_BYTES``, not a pass
over the events.
"""

from __future__ import annotations

import os
import re

from .native_schema import FORMAT_NAME

__all__ = ["HEAD_BYTES", "VERSION_KEEPS", "declared_version", "kept_from"]

#: How much of a file is read for its version.  The app writes ``format`` and ``version``
#: first (``native.encode_pieces``); a file that has them further on (written by hand or
#: by another program) is "unknown", and nothing is said about it.
HEAD_BYTES = 4096

_HEAD = re.compile(rb'\A\s*\{\s*"format"\s*:\s*"' + re.escape(FORMAT_NAME.encode())
                   + rb'"\s*,\s*"version"\s*:\s*(\d{1,6})\s*[,}]')


def declared_version(path: str | os.PathLike[str]) -> int | None:
    """The ``version`` a native file at ``path`` declares in its first ``HEAD_BYTES``.

    Returns:
        The version (1 to ``FORMAT_VERSION`` for a file this app reads), or None when
        ``path`` is not a regular file, cannot be read, or does not start with the
        native format's ``format`` and ``version`` keys (another tool's file, or keys
        in another order).  Never raises for a bad or missing file.
    """
    try:
        if not os.path.isfile(path):
            return None
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return None
    match = _HEAD.match(head)
    return int(match.group(1)) if match else None


#: What a file of each format version keeps that the one before could not, in a few
#: words of the app's own menus and panes (``native_schema``'s ``*_VERSION`` constants): said
#: after a save that raised a file's version, in place of the number (verify86 F8:
#: "in file format 13 (was 9)" meant nothing to an editor).
VERSION_KEEPS: dict[int, str] = {
    2: "your lane order or dates like “early 1990”",
    3: "one event's sentences from several articles",
    4: "confirmed or disputed marks",
    5: "dates like “before March 2027”",
    6: "times of day",
    7: "era lanes",
    8: "titles you typed, rows left out",
    9: "rows left out, then deleted",
    10: "lane names with capitals",
    11: "reference or link sources",
    12: "Timeline Project milestones",
    13: "the name you gave it, or Timeline Project colours",
    14: "parts of the day",
}


def kept_from(version: int) -> str:
    """What a file of format ``version`` keeps that the version before did not
    (``VERSION_KEEPS``); "" for version 1 or one not listed."""
    return VERSION_KEEPS.get(version, "")
