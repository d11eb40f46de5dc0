"""Qt-free reading and writing of timelines.

``load``/``loads``/``dumps``/``save`` handle the app's native, versioned JSON
format (see ``native``); every loader reports bad input as one ``FormatError``.
"""

from .atomic import NotARegularFileError, remove_stale_temporaries
from .errors import FormatError
from .native import FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES, dumps, load, loads, save

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "FormatError",
    "NotARegularFileError",
    "dumps",
    "load",
    "loads",
    "remove_stale_temporaries",
    "save",
]
