"""Where the start-up's time goes, step by step, up to the timeline's first paint (issue 11).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_profile.py [--runs 5]

Runs the real entry point ``timeline_app.app.main([])`` in fresh child processes and
prints, per step, the CPU time of the process (``time.process_time``, which other
processes on a busy machine inflate far less than the wall clock): PySide6 imported,
``QApplication``, each of our modules imported (in the order the app imports them, each
after the ones before it, so a row is that module's own cost; only those the app imports
before its first paint), the theme, the default
timeline read, the document, the timeline view and the rest of the window built, shown,
painted.  Medians and minimums over ``--runs``; beside the totals, the GUI thread's own
CPU (``time.thread_time``: without work on other threads; sessions 10-37 read the font list on one).  Then ``-X importtime``: every module
imported before the first paint that a bare ``QMainWindow`` does not import, by self time.
A bare window's CPU time to its first paint is measured alongside, and so is the floor:
a minimal window that paints a timeline from Python (the ``Qt`` namespace, a scroll-area
subclass overriding ``event()`` with a viewport made in Python, a palette, 8 markers and
labels) and nothing else; and the same with Qt's own viewport (the floor of sessions 2-4).
``--against TREE`` runs another checkout's app alternately with this one's (A/B).
The replays: the app's first view recorded as painter calls (a ``QPicture``, by a
"record" child that runs the app to its first paint and paints the view once more into
it) and played back by Qt alone in a window like the floor's: what the pixels of that
view cost with no Python between Qt and them, without and with the ``Qt`` namespace's
enums made first (which any PySide code that paints makes).

The steps wrap public names only (``create_main_window``, ``load_default_timeline``,
``Document``, ``TimelineView``, ``MainWindow``, ``apply_theme``); bytecode is cached as
an installed app has it (one untimed run first).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Our modules in the order the start-up imports them (each after those before it).
MODULES = (
    "timeline_app.app", "timeline_app.settings", "timeline_app.ui.theme",
    "timeline_app.core", "timeline_app.io", "timeline_app.document", "timeline_app.selection",
    "timeline_app.ui.safe_text", "timeline_app.ui.timeline_view",
    "timeline_app.io.recovery", "timeline_app.ui.autosave", "timeline_app.ui.main_window",
    "timeline_app.io.bundled",
)

CHILD = r'''
import os, sys, time
marks = []
def mark(name):
    marks.append((name, time.process_time() * 1000))
mark("interpreter up")
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
mark("PySide6 imported")
app = QApplication([sys.argv[0]])
mark("QApplication")
KIND, MODULES = sys.argv[1], [name for name in sys.argv[2].split(",") if name]

def done(modules, painted=None):
    gui_cpu = time.thread_time() * 1000  # the GUI thread's own, beside the process's
    mark("painted")
    if KIND == "record":  # the app's first view as painter calls, for "replay" (below)
        from PySide6.QtGui import QPainter, QPicture
        view = painted.parent()
        picture = QPicture()
        painter = QPainter(picture)
        painter.setFont(view._label_font)
        view._paint(painter, picture=True)
        painter.end()
        picture.save(os.environ["STARTUP_PROFILE_PICTURE"])
    print("JSON" + __import__("json").dumps({"marks": marks, "modules": modules,
                                             "gui_cpu": gui_cpu}), flush=True)
    os._exit(0)

class FirstPaint(QObject):
    def __init__(self, wanted):
        super().__init__()
        self.wanted, self.seen = wanted, False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint and self.wanted(obj):
            self.seen = True
            mark("first Paint event")
            modules = sorted(sys.modules)
            QTimer.singleShot(0, lambda: done(modules, obj))
        return False

if KIND == "bare":
    window = QMainWindow()
    widget = QWidget()
    window.setCentralWidget(widget)
    window.resize(1600, 900)
    watcher = FirstPaint(lambda obj: obj is widget)
    widget.installEventFilter(watcher)
    window.show()
    app.exec()
def python_viewport():
    """A viewport made in Python, set up as Qt sets up its own (as the app's)."""
    from PySide6.QtGui import QPalette
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport

def show_until_painted(view):
    """``view`` in a 1600x900 window, shown; the event loop until its viewport's first
    paint is done."""
    window = QMainWindow()
    window.setCentralWidget(view)
    window.resize(1600, 900)
    watcher = FirstPaint(lambda obj: obj is view.viewport())
    view.viewport().installEventFilter(watcher)
    window.show()
    app.exec()

if KIND in ("floor", "floor_qt_viewport"):
    # The least a Python-painted timeline costs: the Qt namespace, a scroll-area subclass
    # with event() overridden (as any interactive view), the palette, 8 markers and labels.
    # "floor": its viewport made in Python (as the app's since session 5), so PySide never
    # resolves a Qt-made widget before the paint; "floor_qt_viewport": Qt's own viewport,
    # the floor of sessions 2-4 (PySide then resolves every QWidget subclass: ~10 ms).
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
    from PySide6.QtWidgets import QAbstractScrollArea

    class View(QAbstractScrollArea):
        def __init__(self):
            super().__init__()
            if KIND == "floor":
                self.setViewport(python_viewport())
            self.setMouseTracking(True)
            self.viewport().setMouseTracking(True)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.metrics = QFontMetricsF(QFont(self.font()))
        def event(self, event):
            return super().event(event)
        def paintEvent(self, event):
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for i in range(8):
                painter.setBrush(QColor("#B7D7EA"))
                painter.drawRect(QRectF(40 + i * 60, 30 + i * 52, 16, 16))
                painter.drawText(QRectF(60 + i * 60, 30 + i * 52, 400, 20),
                                 Qt.AlignmentFlag.AlignLeft, f"Event {i} of the timeline")
            painter.end()

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#EFEFEF"))
    app.setPalette(palette)
    show_until_painted(View())
if KIND in ("replay", "replay_qt"):
    # The app's first view with no Python between Qt and the pixels: the painter calls of
    # its first paint, recorded by a "record" child (a QPicture), played back by C++ in
    # a window like the floor's (a Python-made viewport).  What those pixels cost Qt
    # alone: the fonts, the text, the fills, the strokes.  "replay_qt" makes the ``Qt``
    # namespace's enums first, as any PySide code that paints (fillRect, QPen, QBrush
    # with a colour) or names a ``Qt`` flag does.
    from PySide6.QtGui import QPainter, QPicture
    from PySide6.QtWidgets import QAbstractScrollArea
    if KIND == "replay_qt":
        from PySide6.QtCore import Qt
        Qt.AlignmentFlag.AlignLeft
    picture = QPicture()
    picture.load(os.environ["STARTUP_PROFILE_PICTURE"])

    class Replay(QAbstractScrollArea):
        def __init__(self):
            super().__init__()
            self.setViewport(python_viewport())
        def paintEvent(self, event):
            painter = QPainter(self.viewport())
            painter.drawPicture(0, 0, picture)
            painter.end()

    show_until_painted(Replay())
# As main() does before it imports them: no garbage collection during the start-up (a
# collection in the middle of the imports moved a few ms from row to row between runs).
__import__("gc").disable()
for name in MODULES:
    __import__(name)
    if name == "timeline_app.app":
        # What main() does first, before it imports the rest (PySide's look at each
        # module imported after it made cheap: see read_sources_quickly).
        getattr(sys.modules[name], "read_sources_quickly", lambda: None)()
    mark("import " + name)
import timeline_app.app as app_module
import timeline_app.document as document_module
import timeline_app.io.bundled as bundled
import timeline_app.ui.main_window as main_window
import timeline_app.ui.theme as theme
import timeline_app.ui.timeline_view as timeline_view

def around(owner, name, label):
    original = getattr(owner, name)
    def wrapped(*args, **kwargs):
        mark("  (other work before the next step)")
        result = original(*args, **kwargs)
        mark(label)
        return result
    setattr(owner, name, wrapped)

around(theme, "apply_theme", "theme applied")
around(bundled, "load_default_timeline", "default timeline read")
for cls, label in ((document_module.Document, "Document built"),
                   (timeline_view.TimelineView, "TimelineView built")):
    original_init = cls.__init__
    def init(self, *args, _original=original_init, _label=label, **kwargs):
        mark("  (other work before the next step)")
        _original(self, *args, **kwargs)
        mark(_label)
    cls.__init__ = init
watcher = FirstPaint(lambda obj: obj.objectName() == "qt_scrollarea_viewport"
                     and obj.parent() is not None
                     and obj.parent().objectName() == "timelineView")
build = app_module.create_main_window
def create_main_window(*args, **kwargs):
    window = build(*args, **kwargs)
    mark("rest of the window built")
    window.view.viewport().installEventFilter(watcher)
    original_show = window.show
    def show():
        original_show()
        mark("shown")
    window.show = show
    return window
app_module.create_main_window = create_main_window
# (The collector stays off: switched on here, it ran a collection of everything imported
# at main()'s first allocation. main() then leaves it off after the paint: not measured.)
app_module.main([])
'''


def _child(kind: str, env: dict[str, str], importtime: bool = False,
           root: Path = ROOT, modules: tuple[str, ...] = MODULES) -> dict:
    args = [sys.executable, *(["-X", "importtime"] if importtime else []), "-c", CHILD, kind,
            ",".join(modules)]
    if root != ROOT:  # the other tree of an A/B (--against): its own package first
        env = dict(env, PYTHONPATH=os.pathsep.join(
            [str(root), *env.get("PYTHONPATH", "").split(os.pathsep)[1:]]))
    # cwd=root: ``-c`` puts the current directory first on sys.path, so run from another
    # checkout the child would import that checkout's timeline_app, not root's (an A/B of
    # two trees then measured one tree twice).
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120,
                          check=False, cwd=root)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("JSON")]
    if not lines:
        raise RuntimeError(f"child {kind} failed: {proc.stderr[-1500:]}")
    result = json.loads(lines[-1][4:])
    if importtime:
        result["importtime"] = [
            (m.group(3), int(m.group(1)), int(m.group(2)))
            for m in re.finditer(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)", proc.stderr)]
    return result


def _modules_before_paint(env: dict[str, str], root: Path = ROOT) -> tuple[str, ...]:
    """The rows of ``MODULES`` that ``root``'s app imports before its first paint: a child
    that imports none of them first (its run also caches the bytecode).  The children
    import only these before ``main()``: a module the app imports after its paint, imported
    up front, would be counted as start-up time it no longer spends."""
    imported = set(_child("app", env, root=root, modules=())["modules"])
    return tuple(name for name in MODULES if name in imported)


#: The windows measured beside the app in each run (child kind, label): the floors.
FLOORS = (
    ("floor", "floor (a minimal Python-painted timeline window, see the code)"),
    ("floor_qt_viewport", "the same floor with Qt's own viewport (sessions 2-4)"),
    ("replay", "the app's first view replayed by Qt from a QPicture (no Python)"),
    ("replay_qt", "the same replay, the Qt namespace's enums made first"),
)


def _floor_runs(env: dict[str, str], runs: dict[str, list[dict]]) -> None:
    """One run of each of ``FLOORS``, added to ``runs`` (kind -> runs)."""
    for kind, _ in FLOORS:
        runs.setdefault(kind, []).append(_child(kind, env))


def _print_floors(runs: dict[str, list[dict]], bare_total: list[float]) -> None:
    for kind, label in FLOORS:
        total, ratios = _totals_and_ratios(runs[kind], bare_total)
        print(f"  {label}: {statistics.median(total):.1f} ms (min {min(total):.1f}), ratio "
              f"{statistics.median(ratios):.2f}x ({min(ratios):.2f}x-{max(ratios):.2f}x)")


def _steps(marks: list[list]) -> list[tuple[str, float]]:
    """(step, CPU ms since the mark before)."""
    out: list[tuple[str, float]] = []
    last = 0.0
    for name, ms in marks:
        out.append((name, ms - last))
        last = ms
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", type=Path, default=None, metavar="TREE",
                        help="another checkout (e.g. main): its app is run alternately with "
                             "this one's, in the same children, and printed beside it")
    args = parser.parse_args(argv)
    if args.against is not None:
        return _compare(args.against.resolve(), args.runs)
    with tempfile.TemporaryDirectory(prefix="startup_profile_") as tmp:
        env = _child_env(tmp)
        modules = _modules_before_paint(env)  # (bytecode cached too)
        _child("record", env, modules=modules)  # the first view, for the replays
        _child("bare", env)
        apps, bares, floors = [], [], {}
        for _ in range(args.runs):
            bares.append(_child("bare", env))
            apps.append(_child("app", env, modules=modules))
            _floor_runs(env, floors)
        app_time = _child("app", env, importtime=True, modules=modules)
        bare_time = _child("bare", env, importtime=True)
    load = os.getloadavg()[0]
    steps = [_steps(run["marks"]) for run in apps]
    print(f"Start-up CPU time per step (ms of process CPU; median / min of {args.runs} runs; "
          f"load average {load:.1f} on {os.cpu_count()} CPUs)")
    for i, (name, _) in enumerate(steps[0]):
        values = [run[i][1] for run in steps]
        print(f"  {name:<44}{statistics.median(values):8.1f}{min(values):8.1f}")
    bare_total = _totals(bares)
    app_total, ratios = _totals_and_ratios(apps, bare_total)
    print(f"  {'total to the end of the first paint':<44}"
          f"{statistics.median(app_total):8.1f}{min(app_total):8.1f}")
    print(f"  {'bare QMainWindow, same':<44}"
          f"{statistics.median(bare_total):8.1f}{min(bare_total):8.1f}")
    print(f"  CPU ratio app / bare: median {statistics.median(ratios):.2f}x, "
          f"{min(ratios):.2f}x-{max(ratios):.2f}x")
    _print_gui_thread("app", apps, bares)
    _print_floors(floors, bare_total)

    bare_modules = set(bare_time["modules"])
    before_paint = set(app_time["modules"])
    extra = [(name, own, cumulative) for name, own, cumulative in app_time["importtime"]
             if name in before_paint and name not in bare_modules]
    print(f"\nImported before the first paint, not by a bare window: {len(extra)} modules, "
          f"{sum(own for _, own, _ in extra) / 1000:.1f} ms of self time (-X importtime, "
          "one run; its own overhead included)")
    for name, own, cumulative in sorted(extra, key=lambda row: -row[1])[:30]:
        print(f"  {own / 1000:7.1f} {cumulative / 1000:7.1f}  {name}")
    third = sorted({n.split(".")[0] for n, _, _ in extra} - set(sys.stdlib_module_names)
                   - {"timeline_app"})
    print(f"third-party packages among them: {', '.join(third) or 'none'}")
    return 0


def _child_env(tmp: str) -> dict[str, str]:
    """The children's environment: settings, recovery and bytecode in ``tmp``, this tree
    first on the path, bytecode written (as an installed app has it cached)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPYCACHEPREFIX=os.path.join(tmp, "pycache"),
               TIMELINE_APP_SETTINGS=os.path.join(tmp, "settings.ini"),
               TIMELINE_APP_RECOVERY_DIR=os.path.join(tmp, "recovery"),
               STARTUP_PROFILE_PICTURE=os.path.join(tmp, "first-view.picture"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT),
                                                        os.environ.get("PYTHONPATH")])))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _totals(runs: list[dict]) -> list[float]:
    """Each child's CPU (ms) at its last mark: the end of its first paint."""
    return [run["marks"][-1][1] for run in runs]


def _totals_and_ratios(runs: list[dict],
                       bare_total: list[float]) -> tuple[list[float], list[float]]:
    """``_totals`` of ``runs`` and each one's ratio to the bare window run beside it."""
    totals = _totals(runs)
    return totals, [t / b for t, b in zip(totals, bare_total)]


def _print_gui_thread(label: str, runs: list[dict], bares: list[dict]) -> None:
    """The GUI thread's own CPU to the end of the first paint (``time.thread_time``) and
    its ratio to the bare window's: what the first paint waits for on a machine with a
    free core, without the work the app does on other threads meanwhile (sessions 10-37:
    the font list, whose call kept Python's lock, so the GUI thread waited for it anyway;
    none since session 38).  The steps above are process CPU: every thread."""
    gui = [run["gui_cpu"] for run in runs if "gui_cpu" in run]
    bare = [run["gui_cpu"] for run in bares if "gui_cpu" in run]
    if not gui or len(gui) != len(runs) or len(bare) != len(bares):
        return
    ratios = [g / b for g, b in zip(gui, bare)]
    print(f"  {label:<20} GUI thread's CPU {statistics.median(gui):7.1f} ms (bare "
          f"{statistics.median(bare):.1f}): median {statistics.median(ratios):.2f}x "
          f"({min(ratios):.2f}x-{max(ratios):.2f}x)")


def _named_steps(runs: list[dict]) -> dict[tuple[str, int], list[float]]:
    """{(step, its occurrence in the run): [CPU ms of each run]}, in the first run's order."""
    out: dict[tuple[str, int], list[float]] = {}
    for run in runs:
        seen: dict[str, int] = {}
        for name, value in _steps(run["marks"]):
            seen[name] = seen.get(name, 0) + 1
            out.setdefault((name, seen[name]), []).append(value)
    return out


def _compare(other: Path, runs: int) -> int:
    """A/B: this tree's app and ``other``'s alternately (bare, this, other, floor), each run
    from its own directory with its own package first on the path; bytecode cached."""
    with tempfile.TemporaryDirectory(prefix="startup_profile_") as tmp:
        env = _child_env(tmp)
        modules = {ROOT: _modules_before_paint(env), other: _modules_before_paint(env, other)}
        _child("record", env, modules=modules[ROOT])  # this tree's first view, replayed
        _child("bare", env)
        load_before = os.getloadavg()[0]
        bares, ours, theirs, floors = [], [], [], {}
        for i in range(runs):
            bares.append(_child("bare", env))
            pair = [("ours", ROOT), ("theirs", other)]
            for name, root in (pair if i % 2 == 0 else pair[::-1]):
                (ours if name == "ours" else theirs).append(
                    _child("app", env, root=root, modules=modules[root]))
            _floor_runs(env, floors)
    print(f"A/B, ms of process CPU, median / min of {runs} runs alternating; load average "
          f"{load_before:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"  {'step':<44}{'this tree':>14}{other.name:>16}")
    ours_steps, theirs_steps = _named_steps(ours), _named_steps(theirs)
    for key, mine in ours_steps.items():
        other_values = theirs_steps.pop(key, None)
        cell = (f"{statistics.median(other_values):8.1f}{min(other_values):8.1f}"
                if other_values else f"{'':>16}")
        print(f"  {key[0]:<44}{statistics.median(mine):7.1f}{min(mine):7.1f}{cell}")
    for key, other_values in theirs_steps.items():  # steps only the other tree has
        print(f"  {key[0]:<44}{'':>14}{statistics.median(other_values):8.1f}"
              f"{min(other_values):8.1f}")
    bare_total = _totals(bares)
    for label, rows in (("this tree", ours), (other.name, theirs)):
        total, ratios = _totals_and_ratios(rows, bare_total)
        print(f"  {label:<20} total {statistics.median(total):7.1f} ms (min {min(total):.1f}); "
              f"CPU ratio to the bare window of the same run: median "
              f"{statistics.median(ratios):.2f}x ({min(ratios):.2f}x-{max(ratios):.2f}x)")
    print(f"  bare QMainWindow     {statistics.median(bare_total):7.1f} ms "
          f"(min {min(bare_total):.1f})")
    for label, rows in (("this tree", ours), (other.name, theirs)):
        _print_gui_thread(label, rows, bares)
    _print_floors(floors, bare_total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
