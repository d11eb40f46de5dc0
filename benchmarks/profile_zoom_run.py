"""Per-notch trace of ``bench_view``'s "zoom in + out" row: in ``MainWindow``, from Fit All
by ``zoom_by(1.25, x of the busiest day)`` until one day fills the view, then as many
notches out, each a frame (the step, ``repaint()``, ``processEvents()``), back to back.

Usage (from the root of the checkout to measure; its package is imported first)::

    QT_QPA_PLATFORM=offscreen python benchmarks/profile_zoom_run.py N VIEWPORT... [--each]

N is the size of ``bench_view``'s synthetic file (``~/.cache/diplomatic-timeline-bench/
synthetic-v3-N-1.json``, written by ``bench_view``).  Prints per viewport the process CPU
per notch (ms): p50, p95, max and how many are over 8 ms; with ``--each`` (or for the
notches over 8 ms) one line a notch: the CPU of the step, of the paint and of the events
after it (the work ahead), whether the frame was stretched (``_zoom_preview``) and from
how far, the CPU of whole paints (``_paint`` of a whole view) and of the slices of work
ahead run in its events.  Process CPU, not wall clock: Qt's raster engine fills on its
own threads, and the machine is shared (benchmarks/README.md, session 10, ``notch11``).
A measurement, not a test.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

sys.path.insert(0, os.getcwd())


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    each = "--each" in sys.argv
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_view import _set_viewport
    from timeline_app import io as timeline_io
    from timeline_app.ui import timeline_view as tv
    from timeline_app.ui.main_window import MainWindow

    path = Path.home() / f".cache/diplomatic-timeline-bench/synthetic-v3-{args[0]}-1.json"
    busiest = json.loads(path.with_name(path.name.replace(".json", ".meta.json"))
                         .read_text())["busiest_day"]
    app = QApplication([sys.argv[0]])
    notch: dict[str, Any] = {}

    def timed(name: str, tag: str) -> None:
        original = getattr(tv.TimelineView, name)

        def wrapper(self: Any, *a: Any, **k: Any) -> Any:
            began = time.process_time()
            result = original(self, *a, **k)
            if notch.get("on"):
                notch.setdefault(tag, []).append(
                    ((time.process_time() - began) * 1000, result))
            return result

        setattr(tv.TimelineView, name, wrapper)

    timed("_zoom_preview", "preview")
    timed("_paint_slice", "slice")
    paint = tv.TimelineView._paint

    def whole(self: Any, painter: Any, *a: Any, **k: Any) -> None:
        began = time.process_time()
        paint(self, painter, *a, **k)
        if notch.get("on") and k.get("strip") is None and notch.get("phase") == "paint":
            notch.setdefault("whole", []).append((time.process_time() - began) * 1000)

    tv.TimelineView._paint = whole  # type: ignore[method-assign]
    source_for = tv.TimelineView._preview_source_for

    def source(self: Any, key: Any) -> Any:
        found = source_for(self, key)
        notch["stretch"] = None if found is None else self._px_per_day / found[0][7]
        return found

    tv.TimelineView._preview_source_for = source  # type: ignore[method-assign]
    timeline = timeline_io.load(str(path))
    window = MainWindow(timeline, str(path))
    window.show()
    app.processEvents()
    view = window.view
    for size in args[1:]:
        width, height = (int(v) for v in size.split("x"))
        _set_viewport(window, app, width, height)
        rows: list[dict[str, Any]] = []

        def frame(step: Any, direction: str) -> None:
            notch.clear()
            notch["on"] = True
            c0 = time.process_time()
            notch["phase"] = "step"
            step()
            c1 = time.process_time()
            notch["phase"] = "paint"
            view.viewport().repaint()
            c2 = time.process_time()
            notch["phase"] = "events"
            app.processEvents()
            c3 = time.process_time()
            rows.append({
                "dir": direction, "step": (c1 - c0) * 1000, "paint": (c2 - c1) * 1000,
                "events": (c3 - c2) * 1000, "cpu": (c3 - c0) * 1000,
                "stretched": any(r for _, r in notch.get("preview", [])),
                "stretch": notch.get("stretch"), "whole": sum(notch.get("whole", [])),
                "slices": len(notch.get("slice", [])),
                "slice_ms": sum(d for d, _ in notch.get("slice", []))})
            notch.clear()

        frame(view.fit_all, "fit")
        app.processEvents()
        rows.clear()

        def anchor() -> float:
            x = float(view.x_of_day(busiest + 0.5))
            return min(max(x, 0.0), float(view.viewport().width()))

        def days() -> float:
            first, last = view.visible_days()
            return float(last - first)

        steps = 0
        for _ in range(80):
            before = days()
            frame(lambda a=anchor(): view.zoom_by(1.25, a), "in")
            steps += 1
            if days() >= before or days() <= 1.5:
                break
        for _ in range(steps):
            frame(lambda a=anchor(): view.zoom_by(0.8, a), "out")
        cpus = sorted(r["cpu"] for r in rows)

        def pct(q: float) -> float:
            return cpus[round(q * (len(cpus) - 1))]

        print(f"== {args[0]} {size}: {len(rows)} notches, CPU p50 {pct(0.5):.1f} p95 "
              f"{pct(0.95):.1f} max {cpus[-1]:.1f} ms; over 8 ms: {sum(c > 8 for c in cpus)}")
        for index, r in enumerate(rows):
            if each or r["cpu"] > 8:
                stretch = "-" if r["stretch"] is None else f"{r['stretch']:.2f}"
                print(f"{index:4d} {r['dir']:<4}cpu {r['cpu']:5.1f} = step {r['step']:4.1f}"
                      f" + paint {r['paint']:5.1f} + events {r['events']:5.1f}; "
                      f"{'stretched' if r['stretched'] else 'own':<9} from {stretch:>5}; "
                      f"whole paint {r['whole']:5.1f}; slices {r['slices']} "
                      f"{r['slice_ms']:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
