"""The Linux start-up check names the X11 libraries Qt's xcb plugin lacks, in one line."""

from __future__ import annotations

import pytest

from timeline_app import platform_check
from timeline_app.platform_check import XCB_LIBRARIES, uses_xcb, xcb_problem


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    ({}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"XDG_SESSION_TYPE": "x11"}, "linux", True),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_uses_xcb(environ, platform, expected):
    assert uses_xcb(environ, platform) is expected


def test_one_line_names_the_missing_libraries_and_packages():
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    line = xcb_problem({}, "linux", lambda soname: soname not in absent)
    assert line is not None and "\n" not in line
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in line
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in line
    assert "sudo dnf install xcb-util-keysyms xcb-util-wm" in line
    assert "libxcb-cursor" not in line  # present: not blamed, unlike Qt's own message


def test_nothing_to_say_when_all_present_or_not_xcb():
    assert xcb_problem({}, "linux", lambda _s: True) is None
    assert xcb_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda _s: False) is None
    assert xcb_problem({platform_check.SKIP_ENV: "1"}, "linux", lambda _s: False) is None


def test_the_table_names_the_libraries_the_issue_lists():
    for soname in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                   "libxkbcommon-x11.so.0"):
        assert soname in XCB_LIBRARIES


def test_main_prints_the_line_and_exits_before_creating_qt(monkeypatch, capsys):
    from timeline_app import app

    monkeypatch.setattr(platform_check, "_loads", lambda soname: soname != "libxcb-icccm.so.4")
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv(platform_check.SKIP_ENV, raising=False)
    # xcb_problem's defaults were bound at definition time: call through a fresh lookup.
    monkeypatch.setattr(app, "_xcb_problem", lambda: platform_check.xcb_problem(
        platform="linux", can_load=platform_check._loads), raising=False)
    assert app.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "libxcb-icccm4" in err


def test_a_library_is_tried_without_importing_the_ctypes_package():
    """The check loads each library as ``ctypes.CDLL`` does, through ctypes' C module
    alone: the package cost ~1.5 ms of every X11 start (issue 11)."""
    import subprocess
    import sys

    child = ("import sys; from timeline_app.platform_check import _loads; "
             "print(_loads('libc.so.6'), _loads('libno-such-library.so.9'), "
             "'ctypes' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                         timeout=60, check=False)
    assert run.returncode == 0, run.stderr[-800:]
    assert run.stdout.split() == ["True", "False", "False"]
