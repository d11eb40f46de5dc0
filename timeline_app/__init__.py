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
    without that hook is left alone.
    """
    feature = _sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return False

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True


# PySide imported before this package (a program that embeds the app, the benchmarks'
# children): the quick check from here on, so that this package's own modules imported
# before ``app.main`` (``app`` itself) are not read through ``inspect`` (issue 11).
if "shibokensupport.feature" in _sys.modules:
    read_sources_quickly()
