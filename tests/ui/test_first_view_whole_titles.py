"""verify18, finding 8: the default timeline's first view cut "South Korea boycotts the
Sado mines…" in the window a 1280×800, 1366×768 or larger screen opens (views 863 and
874 px wide): the title, left of its bar from the band's edge, lacked 3-12 px of its 286
and was shortened at a word, 49 px lost, while Fit All's chooser counted 4-10 px
(``_fit_label_loss``).  Fit All now brings its right margin in when that shows the titles
whole (``_fit_narrower_right``).  Fails on main ``6840e45``.

A 1024×700 screen (a 684 px view) cannot hold every title whole: the 1965 treaty's
291 px left of its bar, the band and the 2023 statement's 400 px right of its marker
are wider than the view; ``test_first_view`` pins what it shows there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

# (screen, window size after a resize or None: the window as it first opens)
CASES = [((1280, 800), None), ((1366, 740), None), ((1600, 1000), None),
         ((1920, 1080), None), ((2560, 1440), None),
         ((1920, 1080), (1920, 1050)), ((2560, 1440), (2560, 1410))]


@pytest.mark.parametrize(("screen", "size"), CASES,
                         ids=[f"{s[0]}x{s[1]}{'-max' if z else ''}" for s, z in CASES])
def test_the_first_view_shows_every_title_whole(qtbot, monkeypatch, screen, size):  # type: ignore[no-untyped-def]
    from timeline_app.app import create_main_window
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, *screen))
    win = create_main_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    if size is not None:
        win.resize(*size)
        QApplication.processEvents()
        win.view.fit_all()
    QApplication.processEvents()
    view = win.view
    width = view.viewport().width()
    for event in win.document.timeline:
        assert view.label_text(event.id) == event.title, (width, view.label_text(event.id))
        label = view.label_rect(event.id)
        assert 0 <= label.left() and label.right() <= width + 0.5, (width, event.title)
