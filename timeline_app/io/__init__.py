"""Qt-free reading and writing of timelines.

``load``/``loads``/``dumps``/``save`` handle the app's native, versioned JSON
format (see ``native``); every loader reports bad input as one ``FormatError``.

The native loader (and msgspec under it) is imported on first use of one of its
names, not with this package: importing ``timeline_app.io.fingerprint`` or
``timeline_app.io.recovery`` at start-up must not cost its ~30 ms (issue 11).  So are
``FormatError`` and the names of ``atomic``: the start-up imports this package for the
bundled timeline only (``io.bundled``), and needs neither before its first paint.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .atomic import FolderNotWritableError, NotARegularFileError, remove_stale_temporaries
    from .errors import FormatError
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

#: The module of each name imported on first use (PEP 562).
_LAZY_NAMES = {
    **dict.fromkeys(("FORMAT_NAME", "FORMAT_VERSION", "MAX_FILE_BYTES", "dumps", "load",
                     "loads", "save"), "native"),
    **dict.fromkeys(("FolderNotWritableError", "NotARegularFileError",
                     "remove_stale_temporaries"), "atomic"),
    "FormatError": "errors",
}


def __getattr__(name: str) -> Any:
    """The native loader's, ``atomic``'s and ``errors``' names, imported on first use."""
    module = _LAZY_NAMES.get(name)
    if module is not None:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{module}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
