"""Instructions of each key of the Events list in the main window, under callgrind (issue
11: "the event list (100 000 rows): scroll to end, page down ≤ 8 ms"; session 42, list47).

Usage::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/event_list_keys_cg.py [EVENTS] [--desktop]
    grep -H -e "^desc: Trigger" -e "^totals:" OUT.*

``event_list_cg.py`` measures the list alone; a key in the list of the app does more:
the row it moves to selects its event, the timeline view shows it (scrolls to it, and
zooms in while it is hidden in a "+N" badge: ``MainWindow.reveal_event``), the detail
pane, the article pane and the status line follow.  Here: ``frames_split_cg.window_at``'s
main window on ``bench_view.py``'s synthetic file of ``EVENTS`` events (default 100000),
the timeline's viewport 1600x900 at Fit All, the list focused; then, as ``bench_view.py``'s
list rows, each key a step, the list's ``repaint`` and ``processEvents``: PageDown (the
first apart: from Fit All it zooms in on its row's event, hidden in a "+N" badge; then
9), Ctrl+End (from session 47, edit52: the current row only, no event selected), Home, End,
PageUp (5), Up (5), Down (5), Ctrl+Home (likewise) and, from session 43
(list48), Down held (10 auto-repeats and the release, each a step); from session 48
(list53), End, Up (3), Home, Down (3): keys after a jump, which show the view it moved
to again (appended: the groups before them meet the same state); each group counted
alone and dumped under its name (``callgrind_control -d NAME``: one ``OUT.N`` file a group,
its ``desc: Trigger`` line naming it).  Divide a group's total by its keys for a key.
``--desktop``: the window laid out as on a 1920x1080 screen, the Events list docked
below the timeline and painted (on the offscreen platform's 800x800 screen it is a tab
behind Details, off screen, as in ``make bench``).  The view's rest timers are held off
(under callgrind every frame looks like a rest, as ``frames_split_cg.py`` says), and so is
the list's pick of a held key's row (its 250 ms would pass between two repeats).
``LIST_KEYS_ONLY=name,...``: only those groups.  ``LIST_IDLE=1`` (from session 54, list56):
before the first key, the pause of a person who looks at the view first, not counted (the
view's picture timer fired once and the work it starts while the app waits run out; from
session 56, list57, that includes the views the list's next PageDown and End would reveal,
laid out last).  ``LIST_PAGE_DOWN_RUNS=N`` (from
session 52, list55): N groups of 9 PageDowns where ``page_down`` is one, the others named
``page_down_r2`` ... (a longer run: the lanes' rows a run paints again and again).  ``LIST_FRAME=qt`` (from session 44,
list49): each frame without the list's ``repaint``, only ``processEvents`` — the list
repainted where Qt marks it dirty (a key's old and new rows, the rows a scroll shows), as
in the app; the default forces the whole list's paint every frame, as ``make bench``'s
rows do.  Prints each group's current row and
whether the selected event is drawn as an item of its own (``has_item``) when the group is
done.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

#: (name, key, with Ctrl, presses, held), in order.  A held key's presses are its
#: auto-repeats, then its release (from session 43, list48).
KEYS = (("page_down_1", "Key_PageDown", False, 1, False),
        ("page_down", "Key_PageDown", False, 9, False),
        ("ctrl_end", "Key_End", True, 1, False),
        ("home", "Key_Home", False, 1, False), ("end", "Key_End", False, 1, False),
        ("page_up", "Key_PageUp", False, 5, False), ("up", "Key_Up", False, 5, False),
        ("down", "Key_Down", False, 5, False), ("ctrl_home", "Key_Home", True, 1, False),
        ("down_held", "Key_Down", False, 10, True),
        ("end_2", "Key_End", False, 1, False), ("up_after_end", "Key_Up", False, 3, False),
        ("home_2", "Key_Home", False, 1, False), ("down_after_home", "Key_Down", False, 3, False))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([sys.argv[0]])
    from frames_split_cg import counting, window_at

    events = sys.argv[1] if len(sys.argv) > 1 else "100000"
    if "--desktop" in sys.argv[2:]:  # as ``event_list_keys.py --desktop``: the list on screen
        from PySide6.QtCore import QRect

        from timeline_app.ui import main_window

        main_window.available_screen_area = lambda _window: QRect(0, 0, 1920, 1080)  # type: ignore[assignment]
    window, _busy = window_at(app, events, 1600, 900)
    view = window.view
    for timer in ("_world_rest_timer", "_picture_timer"):
        if hasattr(view, timer):
            getattr(view, timer).setInterval(10 ** 9)
    table = window.findChild(QTableView, "eventList")
    if hasattr(table, "_held_pick"):
        # (a held key's row is picked 250 ms after its last repeat: under callgrind every
        # frame takes longer than that, and the pick came between the repeats, which
        # come every 33 ms on a keyboard)
        table._held_pick.setInterval(10 ** 9)
    only = [name for name in os.environ.get("LIST_KEYS_ONLY", "").split(",") if name]
    keys = list(KEYS)
    runs = int(os.environ.get("LIST_PAGE_DOWN_RUNS") or 1)
    if runs > 1:  # (session 52, list55: a longer run of PageDowns, in groups of 9)
        at = [k[0] for k in keys].index("page_down") + 1
        keys[at:at] = [(f"page_down_r{n}", "Key_PageDown", False, 9, False)
                       for n in range(2, runs + 1)]

    forced = os.environ.get("LIST_FRAME", "") != "qt"

    def frame(step):  # type: ignore[no-untyped-def]
        step()
        if forced:
            table.viewport().repaint()
        app.processEvents()

    frame(view.fit_all)
    for _ in range(6):
        frame(lambda: None)
    table.setFocus()
    frame(lambda: None)
    if os.environ.get("LIST_IDLE"):
        # (session 54, list56) The pause of a person before the first key, not counted:
        # the view's picture timer fired (held off above) and the work it starts while
        # the app waits (its picture, the views beside it, the lanes' pieces) run out.
        # (From session 56, list57: and the views the list's next keys would reveal,
        # laid out after it, ``_reveal_timer``; its waits are wall-clock timers.)
        view._picture_timer.timeout.emit()
        for _ in range(20000):
            app.processEvents()
            if not any(getattr(view, timer).isActive() for timer in
                       ("_ahead_timer", "_pieces_timer", "_reveal_timer")
                       if hasattr(view, timer)):
                break
            time.sleep(0.002)
    for name, key_name, ctrl, presses, held in keys:
        if only and name not in only and not name.startswith("page_down_r"):
            continue
        modifiers = (Qt.KeyboardModifier.ControlModifier if ctrl
                     else Qt.KeyboardModifier.NoModifier)
        code = getattr(Qt.Key, key_name)
        key = QKeyEvent(QEvent.Type.KeyPress, code, modifiers, "", held)
        counting(True)
        for _ in range(presses):
            frame(lambda k=key: QApplication.sendEvent(table, k))
        if held:
            let_go = QKeyEvent(QEvent.Type.KeyRelease, code, modifiers, "", False)
            frame(lambda k=let_go: QApplication.sendEvent(table, k))
        counting(False)
        subprocess.run(["callgrind_control", "-d", name, str(os.getpid())],
                       capture_output=True, check=False)
        selected = window.selection.event_id
        print(f"{name}: {presses} keys, row {table.currentIndex().row()}, selected "
              f"{selected}, own item {bool(selected) and view.has_item(selected)}, "
              f"days shown {view.visible_days()[1] - view.visible_days()[0]:.1f}",
              flush=True)
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
