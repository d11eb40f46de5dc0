"""The pauses a keyboard trial met at 40 000 events (verify82 F3, session 61), in a real
event loop: each step's process CPU and the GUI thread's (``time.thread_time``) over a
fixed window after it, and the longest stall of a 5 ms ``QTimer`` heartbeat in that window
(the time the window could not paint or take a key).

Steps, on ``--file`` (``benchmarks/synthetic.py 40000 /tmp/fix86/archive.json --seed 7``;
keep it out of the repository), the window 1536×830 (1920×1080 at ``QT_SCALE_FACTOR=1.25``):

* ``open``: File → Open of the file from the empty window, to ``open_finished``: CPU, and
  the longest stall of its first second (where the Open dialog had been: verify82 shot
  54_1, a grey rectangle);
* ``editor-ok``: the event editor on the middle event, OK pressed (its button clicked)
  with the title changed, twice (the first OK paid for imports);
* ``f3x5``, ``plusx5``, ``rightx5``: five F3 (a search for "sanctions" shown), five ``+``
  and five → posted at once (keys typed ahead);
* ``close-save``: an edit, then File → Close answered Save: the ms from the save's end to
  the title change, and from the title change to the window's next paint.

``--tree DIR`` (repeatable) runs the steps with that checkout's ``timeline_app`` in a child
process (``git archive main timeline_app | tar -x -C /tmp/main``), alternating trees over
``--rounds``: main and a branch under the same load.  Works offscreen or on a display
(``DISPLAY=:146 QT_SCALE_FACTOR=1.25``).

Usage::

    python benchmarks/bench_trial_pauses.py --file /tmp/fix86/archive.json \\
        --tree /tmp/fix86/main --tree . --rounds 2
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOW_S = 3.0  # the window each key step is measured over (s)


def one_run(path: Path) -> None:
    """The steps in this process (the ``timeline_app`` on ``sys.path``), a line each."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    app = QApplication(sys.argv)
    from timeline_app.app import create_main_window
    from timeline_app.ui import prompts

    window = create_main_window()
    window.resize(1536, 830)
    window.show()
    beats: list[float] = []
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()
    steps: list[object] = []
    marks: dict[str, float] = {}

    def next_step() -> None:
        if steps:
            QTimer.singleShot(500, steps.pop(0))  # type: ignore[arg-type]
        else:
            window.document.undo_stack.setClean()
            os._exit(0)  # Qt's teardown of a large window takes long (lanes18's note)

    def stall(start: float, end: float) -> float:
        ticks = [start, *(b for b in beats if start < b <= end), end]
        return max(b - a for a, b in itertools.pairwise(ticks))

    def measured(name: str, act: object, then: object = next_step,
                 window_s: float = WINDOW_S) -> None:
        wall, cpu, gui = time.perf_counter(), time.process_time(), time.thread_time()
        act()  # type: ignore[operator]

        def end() -> None:
            now = time.perf_counter()
            print(f"{name}: cpu {1000 * (time.process_time() - cpu):6.0f} ms, gui thread "
                  f"{1000 * (time.thread_time() - gui):6.0f} ms, longest stall "
                  f"{1000 * stall(wall, now):5.0f} ms", flush=True)
            then()  # type: ignore[operator]
        QTimer.singleShot(int(window_s * 1000), end)

    def open_file() -> None:
        wall, cpu = time.perf_counter(), time.process_time()

        def finished(_ok: bool) -> None:
            window.open_finished.disconnect(finished)
            print(f"open: cpu {1000 * (time.process_time() - cpu):6.0f} ms to the end, "
                  f"longest stall in its first second "
                  f"{1000 * stall(wall, wall + 1.0):5.0f} ms", flush=True)
            event = window.document.timeline.events[len(window.document.timeline) // 2]
            window.selection.select(event.id)
            window.view.show_event(event.id)
            window.view.setFocus()
            next_step()
        window.open_finished.connect(finished)
        window.open_path(str(path))

    def editor_ok(nth: int) -> None:
        def click() -> None:
            dialog = app.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(50, click)
                return
            dialog.title_edit.setText(dialog.title_edit.text() + f" ({nth})")
            box = dialog.findChild(QDialogButtonBox)
            measured(f"editor-ok {nth}",
                     box.button(QDialogButtonBox.StandardButton.Ok).click)
        QTimer.singleShot(300, click)
        window.edit_selected()

    def keys(name: str, key: Qt.Key) -> None:
        def post() -> None:
            for _ in range(5):
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    app.postEvent(window.view, QKeyEvent(kind, key,
                                                         Qt.KeyboardModifier.NoModifier))
        measured(name, post)

    def search() -> None:
        window.open_find()
        window.find_bar.field.setText("sanctions")

        def wait() -> None:
            if window.find_state.matches is None:
                QTimer.singleShot(100, wait)
                return
            window.view.setFocus()
            keys("f3x5", Qt.Key.Key_F3)
        wait()

    class Painted(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "title" in marks:
                marks.setdefault("painted", time.perf_counter())
            return False

    painted = Painted()

    def close_save() -> None:
        prompts.ask_save_changes = lambda *_a, **_k: prompts.SaveChoice.SAVE
        app.installEventFilter(painted)
        window.windowTitleChanged.connect(
            lambda _t: marks.setdefault("title", time.perf_counter()))
        window.save_finished.connect(lambda _ok: marks.setdefault("saved",
                                                                  time.perf_counter()))
        event = window.document.timeline.events[7]
        window.document.update_event(dataclasses.replace(event, title=event.title + " *"))

        def report() -> None:
            title, saved = marks.get("title", 0.0), marks.get("saved", 0.0)
            print(f"close-save: title {1000 * (title - saved):5.0f} ms after the save "
                  f"ended, the window painted {1000 * (marks.get('painted', 0.0) - title):5.0f}"
                  " ms after the title changed", flush=True)
            next_step()
        measured("close-save", window.close_timeline, report, 6.0)

    steps += [open_file, lambda: editor_ok(1), lambda: editor_ok(2), search,
              lambda: keys("plusx5", Qt.Key.Key_Plus), lambda: keys("rightx5", Qt.Key.Key_Right),
              close_save]
    QTimer.singleShot(300, next_step)
    app.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--tree", action="append", default=[])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.file.is_file():
        print(f"{args.file} is missing: benchmarks/synthetic.py 40000 {args.file} --seed 7")
        return 1
    if not args.tree:
        one_run(args.file)
        return 0
    for round_ in range(args.rounds):
        for tree in args.tree:
            with tempfile.TemporaryDirectory() as scratch:
                copy = Path(scratch) / args.file.name  # (close-save writes it)
                shutil.copyfile(args.file, copy)
                env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()),
                           HOME=scratch, TIMELINE_APP_RECOVERY_DIR=scratch)
                load = os.getloadavg()[0]
                result = subprocess.run(
                    [sys.executable, str(Path(__file__).resolve()), "--file", str(copy)],
                    env=env, capture_output=True, text=True, check=False, timeout=900)
            lines = [line for line in result.stdout.splitlines() if ":" in line]
            print(f"round {round_ + 1} {tree} (load {load:.1f}):", flush=True)
            for line in lines or [result.stderr[-800:]]:
                print(f"    {line}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
