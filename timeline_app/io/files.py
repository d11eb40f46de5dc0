"""Reading a file the user named: one reader for every loader.

A file named by a user can be anything: a folder, a FIFO that never ends, a device, a file
swapped for one of those between a check and the open.  The file is opened without
blocking, its descriptor checked to be a regular file, and only then read, with the size
capped both before (``fstat``) and during the read (the file may grow).  Every failure is a
``FormatError`` naming the file and saying why.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from typing import BinaryIO

from .errors import FormatError

__all__ = ["decode_text", "open_regular_file", "read_regular_file"]


def open_regular_file(name: str, limit: int | None, too_big: Callable[[int], str]
                      ) -> tuple[BinaryIO, int]:
    """Open a regular file for reading, with the checks every reader needs.

    Args:
        name: The file's path.
        limit: The largest file accepted, in bytes (``None``: any size).
        too_big: The problem, in words, for a file of the given number of bytes over it.

    Returns:
        The open file (binary, buffered; the caller closes it) and its size in bytes as
        ``fstat`` reports it (the file may still grow: readers cap what they read).

    Raises:
        FormatError: A NUL in the name, missing, a folder, not a regular file, unreadable,
            or over ``limit`` bytes.
    """
    if "\x00" in name:
        raise FormatError(name.replace("\x00", "\\0"), None,
                          "a file name cannot contain a NUL character")
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise FormatError(name, None, "no such file") from None
    except IsADirectoryError:
        raise FormatError(name, None, "is a folder, not a timeline file") from None
    except PermissionError:
        raise FormatError(name, None, "permission denied: the file cannot be read") from None
    except (OSError, ValueError) as exc:
        problem = getattr(exc, "strerror", None) or exc
        raise FormatError(name, None, f"cannot be read: {problem}") from None
    # The descriptor is checked before ``fdopen``: on Linux ``os.open`` opens a folder for
    # reading, and a FIFO opened without blocking must not be read.
    try:
        info = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise FormatError(name, None, f"cannot be read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FormatError(name, None, "is a folder, not a timeline file")
        raise FormatError(name, None, "is not a regular file")
    if limit is not None and info.st_size > limit:
        os.close(fd)
        raise FormatError(name, None, too_big(info.st_size))
    return os.fdopen(fd, "rb"), info.st_size


def read_regular_file(name: str, limit: int, too_big: Callable[[int], str],
                      size: int | None = None) -> bytes:
    """The bytes of a regular file (or its first ``size`` bytes).

    Args:
        name: The file's path.
        limit: The largest file read whole, in bytes.
        too_big: The problem, in words, for a file of the given number of bytes over it.
        size: Read only this many bytes (no size limit applies), e.g. to recognise a format.

    Raises:
        FormatError: A NUL in the name, missing, a folder, not a regular file, unreadable,
            or over ``limit`` bytes.
    """
    handle, _ = open_regular_file(name, limit if size is None else None, too_big)
    with handle:
        try:
            data = handle.read(limit + 1 if size is None else size)
        except MemoryError:
            raise FormatError(name, None, "is too large to read into memory") from None
        except OSError as exc:
            raise FormatError(name, None, f"cannot be read: {exc.strerror or exc}") from None
    if size is None and len(data) > limit:
        raise FormatError(name, None, too_big(len(data)))
    return data


# Byte-order marks, longest first (UTF-32 LE starts with UTF-16 LE's mark).
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8 with BOM"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"), (b"\xfe\xff", "utf-16-be", "UTF-16"),
)


def decode_text(data: bytes) -> tuple[str, str]:
    """Text a person saved, in the encodings desktop editors write, and which one it was.

    A byte-order mark decides (UTF-8, UTF-16 or UTF-32: Windows Notepad's "Unicode" is
    UTF-16 with a mark, as is Excel's "Unicode Text"); without one, UTF-8, else
    Windows-1252 (Notepad's and Word's "ANSI" in Western Europe and the Americas, a
    superset of ISO 8859-1 but for five unassigned bytes).

    Returns:
        ``(text, encoding in words)``: "UTF-8", "UTF-8 with BOM", "UTF-16", "UTF-32" or
        "Windows-1252"; the mark is not part of the text.

    Raises:
        UnicodeDecodeError: Text in none of these (e.g. a binary file, or a byte
            Windows-1252 leaves unassigned).
    """
    for bom, codec, words in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec), words
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "Windows-1252"


#: What no file name may hold on some system (Windows: ``/\:*?"<>|``; control characters).
_NOT_IN_FILE_NAMES = frozenset('/\\:*?"<>|')


def file_stem(title: str) -> str:
    """The name, without extension, that Save, every export and Print to PDF propose for a
    timeline named ``title`` — one rule for all (verify72 F21: Save dropped a colon, the
    PDF and CSV exports made it "_ ", the print "-").  A colon becomes a dash between
    spaces ("Colombia and the FARC: the road to peace" → "Colombia and the FARC - the road
    to peace"), any other character a file name cannot hold a space; spaces are made one,
    dots and spaces at the ends dropped (Windows drops them), and the name cut to 80
    characters; "timeline" when nothing is left."""
    cleaned = "".join(" - " if c == ":" else " " if c in _NOT_IN_FILE_NAMES or ord(c) < 32
                      else c for c in title)
    return " ".join(cleaned.split()).strip(". ")[:80].rstrip(". ") or "timeline"
