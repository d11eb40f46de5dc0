"""Start-up check on Linux: are the X11 libraries Qt's xcb platform plugin needs installed?

Without them Qt aborts with "From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to
load the Qt xcb platform plugin" — even when that one library is installed and
another is missing.  ``missing_xcb_libraries`` tries to load each library the plugin
links against (the list comes from ``ldd libqxcb.so libQt6XcbQpa.so.6`` of PySide6
6.8–6.11 and Qt's "Qt for X11 Requirements" page) and ``xcb_problem`` turns the
missing ones into one line naming the Debian/Ubuntu and Fedora packages.

Qt-free (it runs before the ``QApplication`` exists) and quick: loading a shared
library that is present costs microseconds.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

__all__ = ["XCB_LIBRARIES", "missing_xcb_libraries", "uses_xcb", "xcb_problem"]

#: soname -> (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}

#: Set to 1 to skip the check (e.g. a system whose libraries have other names).
SKIP_ENV = "TIMELINE_APP_SKIP_XCB_CHECK"


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will try its xcb (X11) platform plugin first.

    ``QT_QPA_PLATFORM`` decides when set (its first entry, e.g. "wayland;xcb" → no).
    Otherwise Qt 6 picks Wayland in a Wayland session and xcb elsewhere.
    """
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    wayland = (environ.get("XDG_SESSION_TYPE") == "wayland"
               and bool(environ.get("WAYLAND_DISPLAY")))
    return not wayland


def _loads(soname: str) -> bool:
    """Whether the shared library ``soname`` loads, as ``ctypes.CDLL(soname)`` loads it
    (``dlopen`` with ``RTLD_LOCAL``; ctypes adds ``RTLD_NOW``), through ctypes' own C
    module: the ``ctypes`` package around it cost ~1.5 ms of every X11 start (its
    ``-X importtime`` 1.9-2.3 ms against 0.4-0.7 for ``_ctypes``; issue 11: start-up)."""
    load: Callable[[str, int], object]
    try:
        from _ctypes import dlopen as load
    except ImportError:  # another Python: the package's way
        from ctypes import CDLL as load  # noqa: N811 - called (name, mode) as _ctypes'
    try:
        load(soname, os.RTLD_LOCAL)
    except OSError:
        return False
    return True


def missing_xcb_libraries(can_load: Callable[[str], bool] = _loads) -> list[str]:
    """The sonames of ``XCB_LIBRARIES`` that cannot be loaded, in table order."""
    return [soname for soname in XCB_LIBRARIES if not can_load(soname)]


def xcb_problem(environ: Mapping[str, str] | None = None, platform: str = sys.platform,
                can_load: Callable[[str], bool] = _loads) -> str | None:
    """One line saying which libraries are missing and how to install them, or ``None``."""
    environ = os.environ if environ is None else environ
    if environ.get(SKIP_ENV) == "1" or not uses_xcb(environ, platform):
        return None
    missing = missing_xcb_libraries(can_load)
    if not missing:
        return None
    debian = sorted({XCB_LIBRARIES[s][0] for s in missing})
    fedora = sorted({XCB_LIBRARIES[s][1] for s in missing})
    return (f"timeline-app: Qt's X11 (xcb) display plugin needs libraries that are not "
            f"installed: {', '.join(missing)}. Install them with "
            f"'sudo apt install {' '.join(debian)}' (Debian/Ubuntu) or "
            f"'sudo dnf install {' '.join(fedora)}' (Fedora), then start again "
            f"(or set {SKIP_ENV}=1 to try anyway).")
