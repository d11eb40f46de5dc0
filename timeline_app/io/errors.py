"""The one exception every loader raises for input it cannot accept.

Files come from anywhere, so a loader never lets a ``KeyError`` or a
``UnicodeDecodeError`` escape: it raises a ``FormatError`` that says which file,
where in it, and what is wrong, in words a user can act on.  The GUI shows that
message in a dialog and keeps the current document.
"""

from __future__ import annotations

import os
from collections.abc import Callable

__all__ = ["MAX_PROBLEM_CHARS", "FormatError", "go_on"]

#: Longer problems and places are cut (with "…"): a message quoting a 4 300-digit number
#: or a megabyte-long key helps nobody, and a dialog cannot show it anyway.
MAX_PROBLEM_CHARS = 300
MAX_PLACE_CHARS = 200


def _cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FormatError(Exception):
    """A file (or text) is not a valid timeline.

    Attributes:
        path: The file that was read, or ``None`` when the input was a string.
        place: Where in the input the problem is: a JSON path such as
            ``$.events[3].date.value``, or ``"line 12, column 5"``; ``None`` when the
            problem concerns the whole file (missing, too big, a directory).
        problem: What is wrong, as a sentence fragment without the file or place, in
            the words of JSON and of the user ("null", not "None"); at most
            ``MAX_PROBLEM_CHARS`` characters (longer ones are cut).

    ``str()`` joins them, with the file's name only (the full path is in ``path``)::

        default-timeline.json: $.events[3].date.value: 2025-02-30 is not a valid date
    """

    path: str | None
    place: str | None
    problem: str

    def __init__(
        self, path: str | os.PathLike[str] | None, place: str | None, problem: str
    ) -> None:
        normalized = os.fspath(path) if path is not None else None
        # Passing every attribute to Exception keeps the error picklable, so it can
        # cross a thread or process boundary (imports run off the GUI thread).
        place = None if place is None else _cap(place, MAX_PLACE_CHARS)
        problem = _cap(problem, MAX_PROBLEM_CHARS)
        super().__init__(normalized, place, problem)
        self.path = normalized
        self.place = place
        self.problem = problem

    def __str__(self) -> str:
        parts = []
        if self.path is not None:
            parts.append(os.path.basename(self.path) or self.path)
        if self.place:
            parts.append(self.place)
        parts.append(self.problem)
        return ": ".join(parts)

    def with_path(self, path: str | os.PathLike[str] | None) -> FormatError:
        """A copy naming ``path``, for errors raised while parsing text read elsewhere."""
        return FormatError(path, self.place, self.problem)


def go_on(progress: Callable[[int, int], bool] | None, done: int, total: int,
          name: str | None) -> None:
    """Tell a reader's ``progress`` (if any) that ``done`` of ``total`` are read.

    Raises:
        FormatError: ``progress`` answered False: the read is cancelled (problem
            ``"cancelled"``, no place), as every reader with progress says it.
    """
    if progress is not None and not progress(done, total):
        raise FormatError(name, None, "cancelled")
