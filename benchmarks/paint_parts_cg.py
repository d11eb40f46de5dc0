"""Where one frame's paint goes, under callgrind, by the paint's parts (issue 11, session 48,
frames52).

``pan_floor_cg.py`` counts a whole frame (the step, the paint, the events after it).  This
script counts only the view's paint event: callgrind's collection is switched on and off
by ``QWidgetPrivate::sendPaintEvent`` itself (``--collect-atstart=no
--toggle-collect=...``), so an inclusive profile of the dumps (``callgrind_annotate
--inclusive=yes``) holds the paint and the layout it makes, nothing else.  One dump a
frame.

Its prologue is ``frames_split_cg.entered_and_rested``'s with ``FRAMES31_NO_REST=1`` (the
bench's back-to-back frames: the 100 000-event file, ``go_to_date`` of its busiest day,
six still frames), then one uncounted frame of the kind, then ``FRAMES`` counted ones:

* ``MODE=relaid`` (default): the same view laid out and painted again (``_invalidate``,
  every title known: what frames49 called "a frame that lays out and paints the same view
  again with nothing new");
* ``MODE=pan``: scroll-bar pans of an eighth of the view into new territory (the bench's).

``SPLIT=1`` makes each frame's layout before its paint event (``_layout()``): the dumps
then count the paint alone (the layout's share is the difference from a run without it).
``ABLATE=name[,name...]`` leaves out view methods (each made to return None;
``_paint_density`` True, ``draw_all`` drawing nothing): the difference from a run
without it is that part's inclusive cost, Python, PySide and Qt together (its pixels are
gone: a measure only).  Python names are not in callgrind's profile (``python -X perf``
is Python 3.12's), so this is how a Python method's instructions are counted.

Usage::

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --collect-atstart=no --dump-instr=no \\
        '--toggle-collect=QWidgetPrivate::sendPaintEvent*' --callgrind-out-file=OUT \\
        .venv/bin/python benchmarks/paint_parts_cg.py VIEW [WxH] [FRAMES]
    grep -h ^totals OUT.*
    callgrind_annotate --inclusive=yes OUT.3

``VIEW``: year, month, week, day; ``WxH`` default 2560x1440; ``FRAMES`` default 3.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)


def ablate(names: str) -> None:
    """``ABLATE``: the view's methods ``names`` (comma-separated) made to draw nothing."""
    from timeline_app.ui.rounded_pieces import RoundedPieces
    from timeline_app.ui.timeline_view import TimelineView

    for name in names.split(","):
        if name == "draw_all":
            RoundedPieces.draw_all = (  # type: ignore[method-assign]
                lambda self, painter, rects, *args: [])
        elif name == "_paint_density":
            TimelineView._paint_density = (  # type: ignore[method-assign]
                lambda self, *args, **kwargs: True)
        else:
            setattr(TimelineView, name, lambda self, *args, **kwargs: None)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FRAMES31_NO_REST"] = "1"
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import entered_and_rested

    view_name = sys.argv[1]
    size = sys.argv[2] if len(sys.argv) > 2 else "2560x1440"
    frames = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    if os.environ.get("ABLATE"):
        ablate(os.environ["ABLATE"])
    width, height = (int(v) for v in size.split("x"))
    window, frame = entered_and_rested(app, view_name, width, height)
    view = window.view
    bar = view.horizontalScrollBar()
    pan_step = max(1, bar.pageStep() // 8)
    mode = os.environ.get("MODE", "relaid")
    step = (view._invalidate if mode == "relaid"
            else lambda: bar.setValue(bar.value() + pan_step))
    pid = str(os.getpid())

    def control(*args: str) -> None:
        subprocess.run(["callgrind_control", *args, pid], capture_output=True, check=False)

    frame(step)  # (one uncounted)
    control("-z")
    control("-i", "on")
    for index in range(frames):
        step()
        if os.environ.get("SPLIT"):
            view._layout()  # (the layout first: the paint event counts the paint alone)
        view.viewport().repaint()
        control("-d", f"{mode}{index}")
        app.processEvents()
    control("-i", "off")
    print("done", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
