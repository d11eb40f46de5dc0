"""Memory an import that starts a new timeline keeps for its undo (edit58's leftover).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_new_timeline_undo_memory.py \
        [--size 100000] [--repeat 2] [--modes kept,dropped,file]

Since session 51 (edit58, verify64 F10) the new timeline and its import are one undo step
whose undo shows the timeline from before: the step holds that timeline.  Before, starting
a new timeline cleared the undo stack and freed it.  Each child process opens an N-event
native file (``benchmarks/synthetic.py``, written once to a cache) in the real window,
waits for it to be made whole, imports the seed article into a new timeline as the review's
"Start a new timeline" does, and prints the resident set (``VmRSS``, after
``gc.collect`` and ``malloc_trim(0)``) once the file is open and after the import, and the
peak (``VmHWM``).  The modes, alternated child by child in one run (the host's load drifts):

* ``kept``: the timeline before held in memory by the undo step, whatever it is (edit58);
* ``dropped``: the undo stack cleared after the import, as before session 51 (the baseline:
  what the old timeline costs is ``kept`` less this);
* ``file``: this checkout's rule (``document.KEEP_SHOWN_FROM``): a timeline of that many
  events or more, unchanged since its native file was opened or saved, is kept as that
  file's path and fingerprint and read again on undo.

A report, not a test: exit status 0.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import subprocess
import sys
import time
import weakref
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path.home() / ".cache" / "diplomatic-timeline-bench"
sys.path.insert(0, str(ROOT))

from benchmarks.bench_memory import _status_mib  # (after the path: run as a script)


def _settled_rss(app: object) -> float:
    """The resident set once the event loop is idle, the collector has run and the C heap
    gave back what it does not use (MiB)."""
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    return _status_mib("VmRSS")


def _child(path: str, mode: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from timeline_app import document as document_module
    from timeline_app.app import create_main_window
    from timeline_app.extract import extract_events
    from timeline_app.paths import resource_path
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewDialog

    if mode == "kept" and hasattr(document_module, "KEEP_SHOWN_FROM"):
        document_module.KEEP_SHOWN_FROM = 10**12  # never read again from the file
    window = create_main_window()
    window.resize(1280, 800)
    window.show()
    started = time.perf_counter()
    assert window.open_path(path, background=False)
    open_s = time.perf_counter() - started
    timeline = window.document.timeline
    while not timeline.make_some(1.0):  # a lazily made file: made whole, as the window
        app.processEvents()              # does in its idle time (``ui.lazy_events``)
    count = len(timeline)
    old = weakref.ref(timeline)
    del timeline
    opened = _settled_rss(app)
    seed = resource_path("seed-article.txt").read_text("utf-8")
    prompts.read_article_events = lambda *_a, **_k: extract_events(seed)

    def review(_parent, result, can_add, existing=(), prefer_new=False, *_a, **_k):  # type: ignore[no-untyped-def]
        dialog = ReviewDialog(result, can_add)
        dialog.new_radio.setChecked(True)
        outcome = dialog.outcome()
        dialog.deleteLater()
        return outcome

    prompts.review_candidates = review
    done: list[int] = []
    window.import_finished.connect(done.append)
    window.import_action.trigger()
    while not done:
        app.processEvents()
        time.sleep(0.01)
    if mode == "dropped":
        window.document.undo_stack.clear()
    imported = _settled_rss(app)
    peak = _status_mib("VmHWM")
    alive = old() is not None  # the timeline before, still held by someone
    if alive and mode == "dropped":
        print("held by:", [type(r).__name__ for r in gc.get_referrers(old())][:10],
              file=sys.stderr)
    undone = ""
    if mode != "dropped":
        started = time.perf_counter()
        window.document.undo_stack.undo()
        app.processEvents()  # (the view laid out again, as after an undo in the window)
        undone = f"{time.perf_counter() - started:.2f}"
        assert len(window.document.timeline) == count and not window.document.is_modified
    print(json.dumps({"mode": mode, "events": count, "opened": opened,
                      "imported": imported, "peak": peak, "undo_s": undone,
                      "alive": alive, "open_s": f"{open_s:.2f}",
                      "peak_after_undo": _status_mib("VmHWM")}))


def _loaded(path: str) -> None:
    """What the timeline alone takes: the resident set before and after loading it (made
    whole) in a bare process, and once it is freed again."""
    from timeline_app import io as timeline_io

    before = _bare_rss()
    timeline = timeline_io.load(path)
    while not timeline.make_some(1.0):
        pass
    held = _bare_rss()
    del timeline
    freed = _bare_rss()
    print(json.dumps({"before": before, "held": held, "freed": freed}))


def _bare_rss() -> float:
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    return _status_mib("VmRSS")


def _synthetic(size: int) -> str:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"undo-memory-{size}.json"
    if not path.exists():
        from benchmarks.synthetic import write_synthetic

        write_synthetic(str(path), size, seed=1)
    return str(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--modes", default="kept,dropped,file")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.child[1] == "load":
            _loaded(args.child[0])
        else:
            _child(*args.child)
        return 0
    path = _synthetic(args.size)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    print(f"{args.size} events, {os.path.getsize(path) / 2**20:.1f} MiB file; load average "
          f"{os.getloadavg()[0]:.1f}")
    out = subprocess.run([sys.executable, __file__, "--child", path, "load"], env=env,
                         capture_output=True, text=True, check=False)
    alone = json.loads(out.stdout.splitlines()[-1])
    print(f"the timeline alone (io.load, every event made, no window): "
          f"{alone['held'] - alone['before']:.1f} MiB held, "
          f"{alone['held'] - alone['freed']:.1f} MiB given back once freed")
    print(f"{'mode':8} {'open MiB':>9} {'after import':>13} {'kept':>7} {'peak':>7} "
          f"{'open s':>7} {'undo s':>7} {'peak after undo':>16}")
    for _round in range(args.repeat):
        for mode in args.modes.split(","):
            out = subprocess.run([sys.executable, __file__, "--child", path, mode], env=env,
                                 capture_output=True, text=True, check=False)
            lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
            if not lines:
                print(mode, "failed:", out.stderr[-2000:])
                continue
            row = json.loads(lines[-1])
            if row["alive"] and mode == "dropped":
                print("  (the timeline before is still held:", out.stderr[-600:], ")")
            print(f"{mode:8} {row['opened']:9.1f} {row['imported']:13.1f} "
                  f"{row['imported'] - row['opened']:+7.1f} {row['peak']:7.1f} "
                  f"{row['open_s']:>7} {row['undo_s']:>7} {row['peak_after_undo']:16.1f}")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
