"""Reading an article from a text file: one reader for the command line and the window."""

from __future__ import annotations

import os
import stat

__all__ = ["MAX_ARTICLE_BYTES", "ArticleFileError", "read_article"]

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a news article is a few kB; refuse to slurp a disk image


class ArticleFileError(ValueError):
    """An article file that cannot be read as text; the message names the file and says why."""


def read_article(path: str | os.PathLike[str]) -> str:
    """The text of an article file (UTF-8, with or without BOM), newlines as ``\\n``.

    Raises:
        ArticleFileError: missing, a folder, a device/FIFO/socket, unreadable, too large,
            binary or not UTF-8, or a NUL in the name.
    """
    name = os.fspath(path)
    if "\x00" in name:
        raise ArticleFileError(f"{name!r}: a file name cannot contain a NUL character")
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever;
        # the descriptor is checked to be a regular file before anything is read.
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError
            if not stat.S_ISREG(mode):
                raise ArticleFileError(f"{name}: is not a regular file (a device, pipe or "
                                       "socket); save the article as a text file")
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleFileError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise ArticleFileError(f"{name}: is a folder, not a text file") from None
    except OSError as exc:
        raise ArticleFileError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleFileError(f"{name}: larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB; "
                               "not an article")
    if b"\x00" in data:
        raise ArticleFileError(f"{name}: contains NUL bytes; not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at "
                               f"offset {exc.start})") from None
    # Evidence offsets index the text as stored in the document: one newline convention.
    return text.replace("\r\n", "\n").replace("\r", "\n")
