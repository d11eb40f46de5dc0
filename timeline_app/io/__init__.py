"""Qt-free reading and writing of timelines.

``load``/``loads``/``dumps``/``save`` handle the app's native, versioned JSON
format (see ``native``); every loader reports bad input as one ``FormatError``.

The native loader (and msgspec under it) is imported on first use of one of its
names, not with this package: importing ``timeline_app.io.fingerprint`` or
``timeline_app.io.recovery`` at start-up must not cost its ~30 ms (issue 11).
"""

from typing import TYPE_CHECKING, Any

from .atomic import FolderNotWritableError, NotARegularFileError, remove_stale_temporaries
from .errors import FormatError

if TYPE_CHECKING:
    from .native import FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES, dumps, load, loads, save

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "FolderNotWritableError",
    "FormatError",
    "NotARegularFileError",
    "dumps",
    "load",
    "loads",
    "remove_stale_temporaries",
    "save",
]

_NATIVE_NAMES = frozenset(
    ("FORMAT_NAME", "FORMAT_VERSION", "MAX_FILE_BYTES", "dumps", "load", "loads", "save"))


def __getattr__(name: str) -> Any:
    """The native loader's names, imported on first use (PEP 562)."""
    if name in _NATIVE_NAMES:
        from . import native

        return getattr(native, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
