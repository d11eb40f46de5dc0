"""Why a file could not be written, in words a user can act on (the one place for it).

:func:`.atomic.write_atomically` raises ``OSError``; its text is the system's
("[Errno 28] No space left on device", or "[Errno 1] Operation not permitted:
'.name.4339e743.tmp' -> 'name.json'", naming a temporary file the user never chose).
:func:`describe_write_error` turns it into one sentence naming the target and what to
do, and keeps the system's words as details.  :func:`is_read_only` is the desktop
rule editors follow: a file without write permission is not overwritten, even by a
user (root) whom the system would let replace it.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass

__all__ = [
    "ReadOnlyFileError",
    "WriteProblem",
    "another_tools_json",
    "describe_write_error",
    "is_read_only",
    "other_format_words",
]


class ReadOnlyFileError(OSError):
    """The target exists and is read-only; nothing was written.

    ``errno`` is ``EACCES``; ``str()`` names the file and says what to do.
    """

    def __init__(self, path: str) -> None:
        super().__init__(errno.EACCES, "the file is read-only", path)
        self.path = path

    def __str__(self) -> str:
        return f"{os.path.basename(self.path) or self.path} is read-only. Save a copy with Save As…"


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """True for an existing regular file that must not be overwritten.

    Its mode has no write bit for its owner (``stat.S_IWUSR``), or the current user may not
    write it (``os.access``).  The mode bits are checked too because ``os.access`` always
    answers yes for root, and a rename replaces a file whatever its mode (trial 9: a 0444
    file was replaced, as root and as an ordinary user in a writable folder).

    Args:
        path: The file (a symbolic link is followed).

    Returns:
        False when the file does not exist, is not a regular file or cannot be examined.
    """
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    return not info.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK)


_NATIVE_MARK = re.compile(rb'"format"\s*:\s*"diplomatic-timeline"')
#: A TimelineJS document's start: its "events" (or "title", "scale") key with slides'
#: "start_date"s, as TimelineJS and our export write them.
_TIMELINEJS_MARK = re.compile(rb'"start_date"\s*:\s*\{')


def another_tools_json(path: str | os.PathLike[str]) -> bool:
    """Whether the JSON file ``path`` is plainly another tool's timeline (a TimelineJS
    document: slides with ``start_date`` objects, and not this app's ``"format":
    "diplomatic-timeline"``), from its first 64 KiB only, without parsing it: what Save
    As's dialog leaves out of its list of Diplomatic Timeline files (verify70 F19: it
    listed two TimelineJS exports as timelines, one click from being overwritten).  A file
    it cannot read, or cannot tell, is not (it stays listed; replacing it is still asked,
    ``other_format_words`` naming what it is)."""
    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except (OSError, ValueError):
        return False
    return not _NATIVE_MARK.search(head) and bool(_TIMELINEJS_MARK.search(head))


def other_format_words(path: str | os.PathLike[str], ours: str | None = None) -> str | None:
    """What an existing file is when it is not one of this app's timelines.

    Args:
        path: The existing file.
        ours: What to return for one of this app's timelines (an export would replace it
            with another format); ``None`` by default.

    Returns:
        Words such as ``"a TimelineJS file"`` or ``"a CSV table"``; ``ours`` for a file of
        this app; ``None`` for a file that is missing, empty or unreadable (the write itself
        will say why).
    """
    from .formats import NATIVE, detect_format

    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except (OSError, ValueError):
        return None
    if not head.strip():
        return None  # an empty file holds nothing to lose
    if _NATIVE_MARK.search(head):
        return ours
    detected = detect_format(head, os.fspath(path))
    if detected.kind == NATIVE:  # JSON, not ours: TimelineJS or another program's
        from .timelinejs import looks_like_timelinejs

        try:
            import json

            with open(path, "rb") as f:
                document = json.loads(f.read(16 * 1024 * 1024).decode("utf-8-sig"))
        except (OSError, ValueError, RecursionError):
            return "a JSON file of another program"
        return "a TimelineJS file" if looks_like_timelinejs(document) else \
            "a JSON file of another program"
    return detected.words


@dataclass(frozen=True)
class WriteProblem:
    """A failed write, worded for a dialog.

    Attributes:
        message: One plain sentence naming the target file and what to do.
        details: The system's own words and the full path (for a "Details" part).
    """

    message: str
    details: str


def describe_write_error(path: str | os.PathLike[str], error: OSError,
                         verb: str = "saved") -> WriteProblem:
    """The sentence a user reads when writing ``path`` failed with ``error``.

    The temporary file of :func:`.atomic.write_atomically` is never named: the message
    names the target, the details give the system's text without file names.

    Args:
        path: The file the user chose.
        error: What the write raised.
        verb: ``"saved"`` or ``"exported"``, as in "kbtest.json could not be saved".

    Returns:
        The message and the details (errno name and number, system text, full path).
    """
    from .atomic import FolderNotWritableError, NotARegularFileError

    target = os.fspath(path)
    name = os.path.basename(target) or target
    folder = os.path.dirname(os.path.abspath(target))
    code = error.errno
    code_name = errno.errorcode.get(code, "") if code is not None else ""
    system = error.strerror or str(error)
    details = (f"{system} ({code_name}, error {code})" if code_name else system) + \
        f"\nFile: {os.path.abspath(target)}"
    cannot = f"{name} could not be {verb}"
    via = " with Save As…" if verb == "saved" else "."
    if isinstance(error, ReadOnlyFileError) and verb != "saved":
        return WriteProblem(f"{name} is read-only, so it was not replaced. Choose another "
                            "name.", details)
    if isinstance(error, ReadOnlyFileError | NotARegularFileError):
        return WriteProblem(str(error), details)
    if isinstance(error, FolderNotWritableError) and code in (errno.EACCES, errno.EPERM):
        return WriteProblem(f"{cannot}: the folder {folder} does not allow new files. "
                            f"Choose another folder{via}", details)
    reasons = {
        errno.EACCES: "you do not have permission to change it or its folder. "
                      f"Choose another folder{via}",
        errno.EPERM: "the system does not allow changing it (it may be locked or "
                     f"protected). Save a copy under another name{via}",
        errno.ENOSPC: f"the disk is full. Free some space, or choose another disk{via}",
        errno.EDQUOT: "your disk quota is used up. Free some space, or choose another "
                      f"disk{via}",
        errno.EROFS: f"the disk holding {folder} is read-only. Choose another place{via}",
        errno.ENAMETOOLONG: f"the name is too long. Choose a shorter name{via}",
        errno.EISDIR: f"it is a folder. Choose a file name{via}",
        errno.ENOENT: f"the folder {folder} does not exist. Choose an existing folder{via}",
    }
    reason = reasons.get(code) if code is not None else None
    if reason is None:
        reason = f"{system.rstrip('.')}. Try another name or folder{via}"
    return WriteProblem(f"{cannot}: {reason} Nothing on disk was changed.", details)
