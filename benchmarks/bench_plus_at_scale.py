"""view80: five `+` (zoom 1.5x about the middle, then a full repaint) on the 40 000-event file, at
QT_SCALE_FACTOR of the environment, in a child per tree, alternating: the GUI thread's CPU
(ms, median of the 5 steps) and, under cProfile in a second pass, how many times the vector
stripes (_hatch_lines) and diamond polygons were drawn."""
import os
import subprocess
import sys

CHILD = r'''
import sys, time, json, statistics, datetime as dt, cProfile, pstats
from PySide6.QtWidgets import QApplication
app = QApplication([])
from timeline_app.io.formats import open_timeline_file
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui.timeline_view import TimelineView
timeline = open_timeline_file(sys.argv[1]).timeline
view = TimelineView(Document(timeline), EventSelection()); view.resize(1536, 700); view.show()
for _ in range(5): app.processEvents()
def steps(n):
    view.go_to_days(dt.date(1997, 1, 1).toordinal(), dt.date(1999, 1, 1).toordinal())
    for _ in range(5): app.processEvents()
    out = []
    for _ in range(n):
        t = time.thread_time(); view.zoom_by(1.5); view.viewport().repaint(); app.processEvents()
        out.append((time.thread_time() - t) * 1000)
    return out
steps(5)
cpu = steps(5)
prof = cProfile.Profile(); prof.enable(); steps(5); prof.disable()
stats = pstats.Stats(prof).stats
calls = {f[2]: v[1] for f, v in stats.items() if f[2] in ("_hatch_lines", "_diamond_pixmap", "_snapped_ratio")}
print(json.dumps({"plus_ms": [round(x, 1) for x in cpu], "median": round(statistics.median(cpu), 1), "calls": calls}))
'''
# Usage (a tree per checkout, main exported with ``git archive main | tar -x -C DIR``):
#   QT_SCALE_FACTOR=1.25 python benchmarks/bench_plus_at_scale.py FILE /tmp/main .
# FILE: ``benchmarks/synthetic.py 40000 FILE --seed 7`` (kept out of the repository).
file, trees = sys.argv[1], sys.argv[2:]
for r in range(2):
    for tree in trees:
        env = dict(os.environ, PYTHONPATH=os.path.abspath(tree), QT_QPA_PLATFORM="offscreen")
        load = os.getloadavg()[0]
        res = subprocess.run([sys.executable, "-c", CHILD, file], env=env, capture_output=True, text=True, cwd=os.path.abspath(tree))
        line = (res.stdout.strip().splitlines() or [res.stderr[-600:]])[-1]
        print(f"round {r+1} scale {os.environ.get('QT_SCALE_FACTOR','1')} {tree} (load {load:.1f}): {line}", flush=True)
