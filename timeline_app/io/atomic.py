"""Atomic writes that respect what they overwrite.

Every file the app writes (timelines, exports, recovery copies) goes through
:func:`write_atomically`: the bytes go to a temporary file beside the target, are
fsync'ed, and the temporary file is renamed over the target.  A rename replaces
*whatever* has the target's name, so before writing we check that the target is a
regular file or does not exist: renaming over ``/dev/null``, a FIFO or a socket would
destroy it for every program on the machine (as the test suite once did, run as root).
A read-only file is refused too: a rename ignores the target's mode.

Temporary files are named ``.NAME.PID-XXXXXXXX.tmp`` (the writing process's id, 8 random
hex digits; ``.NAME.XXXXXXXX.tmp`` before session 51); a save killed between creating and
renaming one leaves it behind, so :func:`remove_stale_temporaries` removes files of
exactly that pattern, for exactly that target, that no running save can still be writing:
older than this process and written by no running process, or older than a minute.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import time
from collections.abc import Callable, Iterable

from .processes import process_alive, process_started_at
from .write_problems import ReadOnlyFileError, is_read_only

__all__ = [
    "STALE_AFTER_SECONDS",
    "TEMPORARY_SUFFIX",
    "FolderNotWritableError",
    "NotARegularFileError",
    "ReadOnlyFileError",
    "WriteCancelledError",
    "remove_stale_temporaries",
    "writable_target",
    "write_atomically",
]

#: A temporary file younger than this may belong to a save still running (another window,
#: another process): leave it alone.
STALE_AFTER_SECONDS = 60.0


class NotARegularFileError(OSError):
    """The target of a write exists and is not a regular file (a device, FIFO, socket, folder).

    It is an ``OSError`` so that every caller that already reports "cannot write" reports
    this too; ``str()`` is a sentence a user can act on.
    """

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(f"{path}: is {kind}, not a regular file; choose a file name instead")
        self.path = path
        self.kind = kind

    def __str__(self) -> str:
        return str(self.args[0])


class FolderNotWritableError(OSError):
    """The folder of a write target is missing or refuses new files; nothing was written.

    Raised instead of the temporary file's own error, whose message would name
    ``.NAME.PID-XXXXXXXX.tmp``, a file the user never chose.  ``errno`` is the original one;
    ``str()`` names the target and its folder.
    """

    def __init__(self, path: str, folder: str, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror, path)
        if cause.errno == errno.ENOENT:
            problem = "does not exist"
        elif cause.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            problem = "does not allow new files here"
        else:
            problem = f"cannot take a new file ({cause.strerror or cause})"
        self.message = f"{path}: cannot be written: the folder {folder} {problem}"

    def __str__(self) -> str:
        return self.message


class WriteCancelledError(Exception):
    """A write stopped by its caller (Cancel) before the rename: the target is as it was
    and the temporary file is removed (see :func:`write_atomically`'s ``before_rename``
    and ``io.native.save``'s ``progress``).  Not an ``OSError``: nothing failed."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def writable_target(path: str | os.PathLike[str]) -> str:
    """The real path a write to ``path`` must replace, after checking it is safe to replace.

    A symbolic link is followed (saving through a link to a regular file replaces the file
    it points to and keeps the link).

    Args:
        path: Where the caller wants to write.

    Returns:
        The resolved path: a regular file, or a name that does not exist yet.

    Raises:
        NotARegularFileError: The target (after links) exists and is not a regular file.
        OSError: The name contains a NUL character, or the target cannot be examined.
    """
    name = os.fspath(path)
    if "\x00" in name:
        raise OSError(f"{name!r}: a file name cannot contain a NUL character")
    target = os.path.realpath(name)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFileError(name, _kind(info.st_mode))
    return target


#: What :func:`write_atomically` puts after a target's name to name its temporary file, as
#: a regular expression: ``.PID-XXXXXXXX.tmp``, or ``.XXXXXXXX.tmp`` as before session 51
#: (a leftover of an older version).  No capturing group: other patterns embed it
#: (``recovery.remove_dead_temporaries``).
TEMPORARY_SUFFIX = r"\.(?:[0-9]{1,10}-)?[0-9a-f]{8}\.tmp"


def _temporary_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"\." + re.escape(name) + r"\.(?:(?P<pid>[0-9]{1,10})-)?[0-9a-f]{8}\.tmp")


def _temporary_name(name: str) -> str:
    import secrets  # here: it pulls in hashlib and random, which start-up never needs

    return f".{name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"


def _stale(pid: str | None, modified: float, now: float, older_than: float) -> bool:
    """True if a temporary file last written at ``modified`` by process ``pid`` (None: an
    older version's name, without one) can belong to no save still running.

    Older than ``older_than`` seconds, as ever; or written before this
    process started by a process that no longer runs (this one's own pid then was an
    earlier run's: the pid came round again).  The second rule lets a restart right
    after ``kill -9`` remove the killed save's file on its first open or save (verify62:
    a file left within the minute stayed for good when the document was not saved
    again).
    """
    if now - modified > older_than:
        return True
    return (pid is not None and modified < process_started_at()
            and not process_alive(int(pid)))


def remove_stale_temporaries(path: str | os.PathLike[str],
                             older_than: float = STALE_AFTER_SECONDS) -> list[str]:
    """Remove temporary files that a killed save of ``path`` left beside it.

    Only files named exactly ``.NAME.PID-XXXXXXXX.tmp`` or ``.NAME.XXXXXXXX.tmp`` (8 hex
    digits) for this target, in its folder, that are regular files (a link of that name is
    neither followed nor removed, nor is a FIFO or device) and stale are removed: older
    than ``older_than`` seconds, or written before this process started by a process
    that no longer runs (see :func:`_stale`).

    Args:
        path: The document's file (existing or not).
        older_than: Minimum age in seconds of a temporary file to remove.

    Returns:
        The paths removed (empty when there were none or the folder cannot be listed).
    """
    try:
        target = os.path.realpath(os.fspath(path))
    except (OSError, ValueError):
        return []
    folder, name = os.path.split(target)
    pattern = _temporary_pattern(name)
    now = time.time()
    removed = []
    try:
        entries = os.scandir(folder or ".")
    except OSError:
        return []
    with entries:
        for entry in entries:
            match = pattern.fullmatch(entry.name)
            if match is None:
                continue
            try:
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and _stale(match["pid"], info.st_mtime, now,
                                                         older_than):
                    os.unlink(entry.path)
                    removed.append(entry.path)
            except OSError:
                continue
    return removed


def write_atomically(path: str | os.PathLike[str], data: bytes | Iterable[bytes],
                     before_rename: Callable[[], object] | None = None) -> str:
    """Write ``data`` to ``path`` so that the file is either the old one or the new one.

    The bytes go to ``.NAME.PID-XXXXXXXX.tmp`` in the target's folder (same file system, so the
    rename is atomic), are flushed and fsync'ed, take the old file's permissions, and the
    temporary file is renamed over the target.  Stale temporaries of earlier killed saves of
    the same target are removed first.

    Args:
        path: The file to write; a symbolic link is followed.
        data: The complete new content, or an iterable of its pieces in order (a large
            file encoded a piece at a time never exists whole in memory).  The pieces
            are taken only once every check has passed and the temporary file exists;
            an exception from the iterable removes the temporary file and propagates.
        before_rename: Called once the temporary file is complete and flushed, right
            before it replaces the target; an exception it raises (``WriteCancelledError``
            for a Cancel) removes the temporary file and propagates, the target as it was.
            The flush of a large file takes seconds: a Cancel during it is still in time.

    Returns:
        The real path written.

    Raises:
        NotARegularFileError: The target is a device, FIFO, socket or folder; nothing written.
        ReadOnlyFileError: The target is read-only (no write bit for its owner, or not
            writable by this user; see :func:`.write_problems.is_read_only`); nothing written.
        FolderNotWritableError: The target's folder is missing or refuses new files.
        OSError: The file could not be written; the previous file is unchanged.
    """
    target = writable_target(path)
    if is_read_only(target):  # a rename would replace it whatever its mode
        raise ReadOnlyFileError(target)
    folder, name = os.path.split(target)
    remove_stale_temporaries(target)
    temp = os.path.join(folder, _temporary_name(name))
    # O_EXCL: never write through someone else's file or link of the same name.
    # Mode 0o666 lets the umask decide, as for any newly created document.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temp, flags, 0o666)
    except FileExistsError:
        raise
    except OSError as exc:
        raise FolderNotWritableError(target, folder or ".", exc) from None
    try:
        with os.fdopen(fd, "wb") as f:
            if isinstance(data, bytes | bytearray | memoryview):
                f.write(data)
            else:
                for piece in data:
                    f.write(piece)
            f.flush()
            os.fsync(f.fileno())
        if before_rename is not None:
            before_rename()
        _copy_mode(target, temp)
        # Checked again right before the rename: the target may have been swapped for a
        # device or FIFO while we wrote (a narrow window, but a rename would destroy it).
        writable_target(target)
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    _fsync_folder(folder)
    return target


def _copy_mode(original: str, replacement: str) -> None:
    """Keep the permissions a user gave the file they are overwriting."""
    try:
        mode = stat.S_IMODE(os.stat(original).st_mode)
    except OSError:
        return  # no previous file: the umask-derived mode stands
    os.chmod(replacement, mode)


def _fsync_folder(folder: str) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders, and a
    # failure here does not undo a save that has already happened.
    try:
        fd = os.open(folder or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
