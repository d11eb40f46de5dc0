"""Reading an article from a text file: one reader for the command line and the window."""

from __future__ import annotations

import os
import stat

__all__ = ["MAX_ARTICLE_BYTES", "ArticleFileError", "read_article"]

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a news article is a few kB; refuse to slurp a disk image


class ArticleFileError(ValueError):
    """An article file that cannot be read as text; the message names the file and says why."""


def read_article(path: str | os.PathLike[str]) -> str:
    """The text of an article file, newlines as ``\\n``: UTF-8, UTF-16 or UTF-32 with a
    byte-order mark, UTF-8 without, else Windows-1252 (see :func:`.files.decode_text`).

    Raises:
        ArticleFileError: missing, a folder, a device/FIFO/socket, unreadable, too large,
            binary or in none of those encodings, or a NUL in the name.
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
    from .files import decode_text

    try:
        text, _encoding = decode_text(data)
    except UnicodeDecodeError as exc:
        raise ArticleFileError(f"{name}: not a text file this app reads (byte "
                               f"0x{data[exc.start]:02x} at offset {exc.start} is not text "
                               "in UTF-8, UTF-16 or Windows-1252); save it as plain text, "
                               "UTF-8") from None
    if "\x00" in text:
        raise ArticleFileError(f"{name}: contains NUL characters; not a text file")
    # Evidence offsets index the text as stored in the document: one newline convention.
    return text.replace("\r\n", "\n").replace("\r", "\n")
