"""verify69 F14: on Xvfb + openbox (a 25 px frame: a 20 px title bar), the window closed
with its frame at y=11 reopened at y=0.  Before the window is shown its frame is unknown,
and ``_keep_within_screen`` took it as 48 px high from the inside's top (restoreGeometry
puts the inside back at y=31): 31 + 720 + 48 > 768 moved the frame to y=0.  The frame the
saved geometry records (its frame and inside rectangles) is taken instead, around the
inside."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect

from timeline_app import settings
from timeline_app.ui.main_window import saved_frame_margins

#: What the trial's window saved (``saveGeometry``): frame 42,11 to 1323,755, inside
#: 43,31 to 1322,750 (1280×720), on a 1366 px wide screen.
TRIAL = QByteArray(bytes.fromhex(
    "01d9d0cb00030000"
    "0000002a0000000b0000052b000002f3"
    "0000002b0000001f0000052a000002ee"
    "00000000" "00" "00" "00000556"
    "0000002b0000001f0000052a000002ee"))


def test_the_saved_frame_is_read_from_the_saved_geometry() -> None:
    assert saved_frame_margins(TRIAL) == (1, 20, 1, 5)
    assert saved_frame_margins(QByteArray()) is None
    assert saved_frame_margins(QByteArray(b"not a geometry")) is None


def test_a_window_reopens_where_it_was_closed(qapp, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from timeline_app.app import create_main_window
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _w: QRect(0, 0, 1366, 768))
    window = create_main_window()
    qtbot.addWidget(window)
    # as restoreGeometry leaves it before the window is shown: the inside where it was
    window.setGeometry(43, 31, 1280, 720)
    window._keep_within_screen(saved_frame_margins(TRIAL))
    assert window.geometry() == QRect(43, 31, 1280, 720)  # not moved
    # an inside whose frame would end below the screen is still moved up (verify16 F8)
    window.setGeometry(43, 60, 1280, 720)
    window._keep_within_screen(saved_frame_margins(TRIAL))
    assert window.frameGeometry().y() == 768 - 720 - 25  # the frame's top, moved


def test_the_start_takes_the_saved_frame(qapp, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from timeline_app.app import create_main_window
    from timeline_app.ui import main_window

    told = []
    monkeypatch.setattr(main_window.MainWindow, "_keep_within_screen",
                        lambda _self, saved=None: told.append(saved))
    settings.WINDOW_GEOMETRY.set(settings.open_settings(), TRIAL)
    window = create_main_window(defer_panels=True)
    qtbot.addWidget(window)
    assert told[0] == (1, 20, 1, 5)
