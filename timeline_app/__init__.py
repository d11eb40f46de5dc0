"""Diplomatic Timeline: news about diplomacy as a timeline you can read, check and keep."""

import sys as _sys

__version__ = "0.1.0"


def read_sources_quickly() -> bool:
    """Make PySide's look at each newly imported module cheap; True if it was replaced.

    PySide6 checks every module imported after it for the word "PySide6" in its source
    (``shibokensupport.feature._mod_uses_pyside``, PYSIDE-2029: its ``__feature__``
    switches apply only to modules that use it), with ``inspect.getsource``: a walk
    through ``linecache`` and ``tokenize`` per module, which also keeps every source in
    memory.  Opening a 100 000-event file, 193 modules went through it: 26 ms of CPU, 9-10
    of them on the GUI thread, 15 on the loading thread; 7 ms (2.5 on the GUI thread)
    with the check below (a timing wrapper around the hook; issue 11).  The same question
    is answered here from the file's bytes: "PySide6" is ASCII, so it is in the decoded
    text exactly when it is in the bytes of a Python source file.  Anything else (no
    file, a compiled module, a read error) goes to PySide's own check, and a PySide
    without that hook is left alone.  Read until the word is found (``_names_pyside``:
    our modules that use PySide name it in their first lines, and ``timeline_view`` and
    ``main_window`` are 0.9 MB of the 2 MB of source imported before the first paint),
    and not at all for Python's own library (``_in_standard_library``): 2.0 -> 0.45 ms
    of the start-up's CPU (benchmarks/README.md, "Session 29, branch fix50").
    """
    feature = _sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return False

    library = _standard_library()

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            if _in_standard_library(path, library):
                return False  # Python's own modules never name PySide6
            try:
                return _names_pyside(path)
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True


#: Bytes read at a time by ``_names_pyside``.
_CHUNK = 16384


def _names_pyside(path: str) -> bool:
    """Whether the file at ``path`` holds the bytes ``PySide6``, read a chunk at a time
    up to the first; ``OSError`` if it cannot be read."""
    with open(path, "rb") as source:
        tail = b""
        while chunk := source.read(_CHUNK):
            if b"PySide6" in tail + chunk[:6] or b"PySide6" in chunk:
                return True
            tail = chunk[-6:]
    return False


def _in_standard_library(path: str, root: str) -> bool:
    """Whether ``path`` is a module of Python's own library, whose folder is ``root``
    (``_standard_library``), not of a package installed beside it in its
    ``site-packages`` or ``dist-packages``."""
    return (path.startswith(root) and "site-packages" not in path[len(root):]
            and "dist-packages" not in path[len(root):])


def _standard_library() -> str:
    """The folder of Python's own modules, with a trailing separator (``os``'s: a module
    of that library found without ``sysconfig``, whose import costs ~1 ms)."""
    import os

    return os.path.dirname(os.__file__) + os.sep


# PySide imported before this package (a program that embeds the app, the benchmarks'
# children): the quick check from here on, so that this package's own modules imported
# before ``app.main`` (``app`` itself) are not read through ``inspect`` (issue 11).
if "shibokensupport.feature" in _sys.modules:
    read_sources_quickly()
