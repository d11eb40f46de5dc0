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

__all__ = ["HEAD_BYTES", "declared_version"]

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
