"""Where each key of the Events list's rows goes: the CPU ms of its frame by part (issue
11: "the event list (100 000 rows): scroll to end, page down ≤ 8 ms"; session 66, scale77).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/event_list_key_parts.py \\
        [--events 100000] [--desktop] [--held 10]

``bench_view.list_session``'s window and flow (the synthetic file of ``--events`` events
from ``make bench``'s cache, the timeline's viewport 1600x900, Fit All, the list focused)
and ``bench_view.LIST_KEYS`` pressed back to back, each a frame of the key and
``processEvents`` as ``make bench``'s rows are; then, with ``--held N``, PageDown, PageUp
and Down held (``N`` auto-repeats each, then the release).  Prints one line a key: the
frame's process CPU ms and the parts that took 0.3 ms or more, each counted once at its
outermost call: ``reveal`` (``MainWindow._reveal_picked``, the timeline following the
row), of which ``probe`` (``zoom_steps_to_item``) and ``layout`` (``_compute_layout``);
``tl_paintEvent`` (the timeline's paint), of which ``_scroll_picture`` and
``tl_paint`` (``_paint``, what was painted rather than copied; it also counts a slice
painted ahead that ran inside the frame's ``processEvents``, so it can exceed
``tl_paintEvent``); ``on_current_row`` (the list's
selection of the row, with Details, ``details``, and the status line, ``status``);
``list_paint`` (the list's own paint; 0 while it is off screen: ``make bench``'s 800x800
layout, a tab behind Details); and the garbage collections that started (generations).
Process CPU under whatever load the machine has: read the parts against each other, and
A/B only in alternating runs (``event_list_keys.py --base``).
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

HERE = Path(__file__).resolve().parent


def _timed(acc: dict[str, float], depth: dict[str, int], cls: Any, name: str,
           label: str) -> None:
    """``cls.name`` wrapped to add its process CPU ms to ``acc[label]`` (outermost calls
    only)."""
    real = getattr(cls, name)

    @functools.wraps(real)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        level = depth.get(label, 0)
        depth[label] = level + 1
        c0 = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            depth[label] = level
            if level == 0:
                acc[label] = acc.get(label, 0.0) + (time.process_time() - c0) * 1000

    setattr(cls, name, wrapper)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--desktop", action="store_true",
                        help="the window laid out as on a 1920x1080 screen: the list on screen")
    parser.add_argument("--held", type=int, default=0, metavar="N",
                        help="then PageDown, PageUp and Down held, N auto-repeats each")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path[:0] = [str(HERE.parent), str(HERE)]  # (this tree's app, not the venv's)
    import bench_view
    from PySide6.QtCore import QEvent, QObject, QRect, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui import detail_pane, event_list, main_window, timeline_view
    from timeline_app.ui.main_window import MainWindow

    path = Path(os.path.expanduser("~/.cache/diplomatic-timeline-bench")) / (
        f"synthetic-v3-{args.events}-1.json")
    if not path.exists():
        raise SystemExit(f"{path} is missing: run make bench (bench_view.py) once to make it")
    acc: dict[str, float] = {}
    depth: dict[str, int] = {}
    view_class = timeline_view.TimelineView
    for cls, name, label in (
            (MainWindow, "_reveal_picked", "reveal"),
            (view_class, "zoom_steps_to_item", "probe"),
            (view_class, "_compute_layout", "layout"),
            (view_class, "paintEvent", "tl_paintEvent"),
            (view_class, "_paint", "tl_paint"),
            (view_class, "_scroll_picture", "_scroll_picture"),
            (detail_pane.DetailPane, "_show", "details"),
            (MainWindow, "_update_status", "status"),
            (event_list.EventList, "_on_current_row", "on_current_row")):
        _timed(acc, depth, cls, name, label)
    collections: list[int] = []
    gc.callbacks.append(lambda phase, info: collections.append(info["generation"])
                        if phase == "start" else None)

    app = QApplication.instance() or QApplication([sys.argv[0]])
    if args.desktop:
        main_window.available_screen_area = lambda _window: QRect(0, 0, 1920, 1080)  # type: ignore[assignment]
    window, table = bench_view.open_settled(app, str(path), 1600, 900)
    view = window.view
    list_paint = [0.0]

    class ListPaint(QObject):
        def eventFilter(self, _obj: Any, event: Any) -> bool:  # (a Qt override)
            if event.type() != QEvent.Type.Paint:
                return False
            c0 = time.process_time()
            table.viewportEvent(event)
            list_paint[0] += (time.process_time() - c0) * 1000
            return True

    painted = ListPaint()
    table.viewport().installEventFilter(painted)
    bench_view._frame_of(view, app, view.fit_all)
    table.setFocus()
    import timeline_app

    print(f"{timeline_app.__file__}: {args.events} events, list viewport {table.viewport().width()}x"
          f"{table.viewport().height()} ({'on' if args.desktop else 'off'} screen), load "
          f"{os.getloadavg()[0]:.1f}")

    def frame(name: str, event: Any) -> None:
        acc.clear()
        collections.clear()
        list_paint[0] = 0.0
        c0 = time.process_time()
        QApplication.sendEvent(table, event)
        app.processEvents()
        cpu = (time.process_time() - c0) * 1000
        parts = " ".join(f"{k}={v:.1f}" for k, v in sorted(acc.items()) if v >= 0.3)
        print(f"{name:<18} cpu {cpu:5.1f}  list_paint={list_paint[0]:.1f} gc={collections} "
              f"{parts}", flush=True)

    no_mods = Qt.KeyboardModifier.NoModifier
    for row, _words, key_name, ctrl, presses in bench_view.LIST_KEYS:
        mods = Qt.KeyboardModifier.ControlModifier if ctrl else no_mods
        for i in range(presses):
            frame(f"{row}{i + 1}", QKeyEvent(QEvent.Type.KeyPress, getattr(Qt.Key, key_name),
                                             mods))
    for key_name in ("Key_PageDown", "Key_PageUp", "Key_Down") if args.held else ():
        key = getattr(Qt.Key, key_name)
        for i in range(args.held):
            frame(f"held {key_name[4:]}{i + 1}",
                  QKeyEvent(QEvent.Type.KeyPress, key, no_mods, "", True))
        frame(f"release {key_name[4:]}", QKeyEvent(QEvent.Type.KeyRelease, key, no_mods))
    os._exit(0)  # (skip tearing down the window's objects)


if __name__ == "__main__":
    sys.exit(main())
