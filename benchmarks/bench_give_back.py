"""Memory given back after a large timeline is replaced or its open cancelled (verify60
F8, F17; issue 11).

Usage::

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python benchmarks/bench_give_back.py \
        BIG.json SMALL.json [--repeat 2] [--cancel-at 300]

Each child runs the real window (``create_main_window``) and one scenario, with the
window's give-back on (``MainWindow._give_memory_back``, this tree) or off (the
baseline: what the window did before session 49 — no give-back, a cancelled job's error
kept its frames, ``jobs._drop_frames``, and a cancelled load's reader all it read,
``io.native._Reader.let_go``), alternating in one run:

* ``cancel``: File → Open of BIG in the background, Cancel once the bar reads
  ``--cancel-at`` per mille, then 3 s idle;
* ``replace``: BIG opened, ``--rest`` s idle (3; its events are made meanwhile), then
  SMALL opened, 3 s idle;
* ``fresh`` (once): SMALL opened in a fresh window, 3 s idle: what SMALL alone holds.

It prints the resident set (``VmRSS``, MiB) at the end of each, the GUI thread's longest
stall from the Cancel (from the small file shown) to the end (a 10 ms timer's longest gap),
how long the give-back took on the GUI thread (ms; the collection) and with its trim's
thread (ms).  Generate the files with
``benchmarks/synthetic.py`` (e.g. 1 000 000 and 100 000 events) outside the repository.
A report, not a test: exit status 0.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def child(scenario: str, give_back: bool, big: str, small: str, cancel_at: int,
          rest: float) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from timeline_app.app import create_main_window
    from timeline_app.ui import jobs
    from timeline_app.ui import main_window as mw

    took: list[float] = []
    real = mw.MainWindow._give_memory_back

    trims: list[float] = []

    def timed(self: mw.MainWindow, collect: bool = True) -> None:
        start = time.perf_counter()
        if give_back:
            thread = real(self, collect)
            took.append(time.perf_counter() - start)  # the GUI thread's part
            thread.join()
            trims.append(time.perf_counter() - start)
        else:
            took.append(time.perf_counter() - start)

    if not give_back:  # as before session 49: a cancelled job's error kept its frames,
        from timeline_app.io import native  # and a cancelled load its reader

        jobs._drop_frames = lambda error: None  # type: ignore[assignment]
        native._Reader.let_go = lambda self: None  # type: ignore[method-assign]

    mw.MainWindow._give_memory_back = timed  # type: ignore[method-assign]
    window = create_main_window()
    window.resize(1400, 860)
    window.show()
    ended: list[bool] = []
    window.open_finished.connect(ended.append)

    def spin(until: object, most: float = 900.0) -> None:
        end = time.monotonic() + most
        while not until() and time.monotonic() < end:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.01)

    spin(lambda: False, 1.5)

    def open_and_wait(path: str, idle: float = 3.0) -> None:
        ended.clear()
        window.open_path(path, background=True)
        spin(lambda: bool(ended))
        spin(lambda: False, idle)

    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    if scenario == "fresh":
        open_and_wait(small)
    elif scenario == "replace":
        open_and_wait(big, rest)
        ended.clear()
        window.open_path(small, background=True)
        spin(lambda: bool(ended))
        ticks.append(time.perf_counter())
        ticker.start(10)  # from the small file shown: the give-back comes after
        spin(lambda: False, 3.0)
    else:
        window.open_path(big, background=True)
        spin(lambda: window._progress is not None and window._progress.maximum() == 1000
             and window._progress.value() >= cancel_at)
        ticks.append(time.perf_counter())
        ticker.start(10)
        window._cancel_job()
        spin(lambda: False, 3.0)
    stall = max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)
    return {"rss": _rss_mib(), "give_back_ms": [round(t * 1000) for t in took],
            "trim_ms": [round(t * 1000) for t in trims], "stall_ms": round(stall * 1000)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("big")
    parser.add_argument("small")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--cancel-at", type=int, default=300)
    parser.add_argument("--rest", type=float, default=3.0,
                        help="s idle after BIG opened, before SMALL (its events made)")
    parser.add_argument("--scenarios", default="cancel,replace")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        scenario, on = args.child
        print(json.dumps(child(scenario, on == "on", args.big, args.small, args.cancel_at,
                               args.rest)))
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT))

    def run(scenario: str, on: str) -> dict:
        out = subprocess.run([sys.executable, __file__, args.big, args.small, "--cancel-at",
                              str(args.cancel_at), "--rest", str(args.rest), "--child",
                              scenario, on], env=env,
                             capture_output=True, text=True, check=True).stdout
        return json.loads(out.strip().splitlines()[-1])

    print(f"load {os.getloadavg()[0]:.1f}; big {Path(args.big).name}, "
          f"small {Path(args.small).name}")
    fresh = run("fresh", "on")
    print(f"fresh {Path(args.small).name}: {fresh['rss']:.0f} MiB")
    for scenario in args.scenarios.split(","):
        for round_ in range(args.repeat):
            order = ("off", "on") if round_ % 2 == 0 else ("on", "off")
            for on in order:
                result = run(scenario, on)
                label = "give-back" if on == "on" else "baseline "
                print(f"{scenario:8} {label}: {result['rss']:6.0f} MiB, longest stall "
                      f"{result['stall_ms']} ms (give-back on the GUI thread {result['give_back_ms']} ms, "
                      f"with the trim's thread {result['trim_ms']} ms)", flush=True)
    print(f"load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
