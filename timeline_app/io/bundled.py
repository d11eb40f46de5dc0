"""The timeline shipped with the app, read at start-up from a prebuilt copy.

``resources/default-timeline.json`` is the timeline (8 events read from the seed
article); ``resources/default-timeline.pickle`` is the same timeline exactly as
``io.load`` reads it, pickled by ``python -m timeline_app.io.bundled``.  Start-up reads
the pickle (0.1 ms) instead of importing the native loader and msgspec under it
(~35 ms of CPU on the development machine, about a tenth of the start-up: issue 11).

The pickle begins with a key line: CRC-32s of the JSON file and of the sources of the
model and of the loader it was built with.  When the key does not match (the JSON or
the model changed and the copy was not rebuilt) or the copy cannot be read, the JSON is
loaded with ``io.load`` as it always was: correct, only slower.
``tests/io/test_bundled.py`` fails until the copy is rebuilt.

The pickle is part of the app, as trusted as its code: it is never read from anywhere
but the app's own resources.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

try:  # CPython's C unpickler alone: start-up only reads, and ``pickle.py`` (the module
    # around it, with the pure-Python pickler) costs ~1.5 ms of CPU to import (issue 11).
    from _pickle import loads as _unpickle
except ImportError:  # another Python
    from pickle import loads as _unpickle

from ..core.model import Timeline
from ..paths import DEFAULT_TIMELINE, resource_path

#: The prebuilt copy of ``DEFAULT_TIMELINE``.
PREBUILT = "default-timeline.pickle"
_PACKAGE = Path(__file__).resolve().parents[1]
#: Sources whose change can change what ``io.load`` makes of the JSON.
_KEY_SOURCES = ("core/model.py", "core/dates.py", "core/clock.py", "io/native.py",
                "io/native_schema.py")
_KEY_VERSION = b"1"


def prebuilt_key(json_bytes: bytes) -> bytes | None:
    """The key of a prebuilt copy of ``json_bytes``: one line of CRC-32s (hex), or None
    when a source of the model or the loader cannot be read (then no copy is trusted)."""
    parts = [_KEY_VERSION, b"%08x" % zlib.crc32(json_bytes)]
    for name in _KEY_SOURCES:
        try:
            parts.append(b"%08x" % zlib.crc32((_PACKAGE / name).read_bytes()))
        except OSError:
            return None
    return b" ".join(parts)


def load_default_timeline() -> Timeline:
    """The default timeline: from the prebuilt copy when it is current, else ``io.load``.

    Raises:
        FormatError: the copy is stale or missing and the JSON cannot be loaded.
    """
    timeline = _prebuilt()
    if timeline is not None:
        return timeline
    from . import native

    return native.load(resource_path(DEFAULT_TIMELINE))


def _prebuilt() -> Timeline | None:
    try:
        json_bytes = resource_path(DEFAULT_TIMELINE).read_bytes()
        data = resource_path(PREBUILT).read_bytes()
    except OSError:
        return None
    key, _, pickled = data.partition(b"\n")
    if key != prebuilt_key(json_bytes):
        return None
    try:
        timeline = _unpickle(pickled)
    except Exception:  # a damaged copy (any error of unpickling): the JSON is there
        return None
    return timeline if isinstance(timeline, Timeline) else None


def build_prebuilt(target: Path | None = None) -> Path:
    """Load the JSON with ``io.load`` and write its prebuilt copy (``PREBUILT`` beside it)."""
    import pickle

    from .atomic import write_atomically
    from .native import load

    source = resource_path(DEFAULT_TIMELINE)
    json_bytes = source.read_bytes()
    key = prebuilt_key(json_bytes)
    if key is None:
        raise OSError("the sources of the model and the loader are not readable")
    target = source.with_name(PREBUILT) if target is None else target
    write_atomically(target, key + b"\n" + pickle.dumps(load(source), protocol=5))
    return target


if __name__ == "__main__":
    print(build_prebuilt(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
