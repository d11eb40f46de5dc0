"""File → Export of a large timeline: CPU, wall clock and peak memory of each exporter.

Usage::

    nice .venv/bin/python benchmarks/bench_export.py [--compare TREE] \
        [--sizes 100000 1000000] [--kinds CSV iCalendar] [--limit-gib 8] [--timeout 600]

Each child loads ``synthetic-v3-N-1.json`` (made by ``bench_view.py``; read here, never
written), then exports it to a temporary folder as the window does: this tree's
``ui.export_job.write_export`` (the exporters' pieces; gathered into one ``bytearray``
while ``io.atomic.write_atomically`` takes only bytes), or, in a tree without it,
``write_atomically(path, io.formats.export_bytes(...))``, the window's path before
session 9.  It prints the export's process CPU time, its wall clock, the file's size, the
resident set before it and the peak during it (``VmHWM``, reset before the export through
``/proc/self/clear_refs``; where that is refused, the peak since the child started).

The address space of each child is limited to ``--limit-gib`` (an export that needs more
fails with MemoryError, reported as such: new-user trial 10 saw the old iCalendar export of
1 000 000 events pass 11 GB), and each child to ``--timeout`` seconds.

With ``--compare TREE`` the children alternate between this checkout and TREE (each run
from its tree), one round: the host's speed drifts, so A/B figures come from one run.
A report, not a test: exit status 0.  New-user trial 10, issue 11.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path.home() / ".cache" / "diplomatic-timeline-bench"
KINDS = ("CSV", "TimelineJS", "Timeline Project", "iCalendar")


def _status_mib(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _child(source: str, kind: str, folder: str) -> None:
    from timeline_app import io as timeline_io

    timeline = timeline_io.load(source)
    extension = {"CSV": ".csv", "TimelineJS": ".json", "Timeline Project": ".timeline",
                 "iCalendar": ".ics"}[kind]
    target = os.path.join(folder, f"export-{os.getpid()}{extension}")
    try:
        from timeline_app.ui.export_job import write_export

        def export() -> None:
            write_export(target, timeline, kind)
        how = "write_export (pieces)"
    except ImportError:
        from timeline_app.io.atomic import write_atomically
        from timeline_app.io.formats import export_bytes

        def export() -> None:
            write_atomically(target, export_bytes(timeline, kind))
        how = "write_atomically(export_bytes)"
    before = _status_mib("VmRSS")
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")  # resets VmHWM to the current resident set
        reset = True
    except OSError:
        reset = False
    out: dict[str, Any] = {"how": how, "rss_before_mib": round(before, 1), "reset": reset}
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        export()
    except MemoryError:
        out["error"] = "MemoryError"
    out["cpu_s"] = round(time.process_time() - cpu, 2)
    out["wall_s"] = round(time.perf_counter() - wall, 2)
    out["peak_mib"] = round(_status_mib("VmHWM"), 1)
    out["size_mb"] = round(os.path.getsize(target) / 1e6, 1) if os.path.exists(target) else 0
    if os.path.exists(target):
        os.unlink(target)
    print(json.dumps(out), flush=True)


def _run(tree: Path, source: Path, kind: str, folder: str, limit_gib: float,
         timeout: float) -> dict[str, Any]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TIMELINE_APP_SETTINGS"] = os.path.join(folder, "settings.ini")  # never the user's
    env["PYTHONPATH"] = str(tree)
    limit = int(limit_gib * 1024 ** 3)

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    python = tree / ".venv" / "bin" / "python"
    args = [str(python if python.exists() else sys.executable), "-X", "utf8",
            str(Path(__file__).resolve()), "--child", str(source), kind, folder]
    try:
        proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout,
                              check=False, cwd=tree, preexec_fn=limited)
    except subprocess.TimeoutExpired:
        return {"error": f"did not finish in {timeout:.0f} s"}
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        return {"error": f"child failed ({proc.returncode}): {proc.stderr[-600:]}"}
    return dict(json.loads(lines[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", type=Path, help="another checkout, run alternately")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    parser.add_argument("--limit-gib", type=float, default=8.0)
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    trees = [("this", ROOT)] + ([("other", args.compare.resolve())] if args.compare else [])
    print(f"exports, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; address space "
          f"<= {args.limit_gib} GiB, <= {args.timeout:.0f} s per child; "
          + "; ".join(f"{name} = {tree}" for name, tree in trees), flush=True)
    with tempfile.TemporaryDirectory(prefix="bench_export_") as folder:
        for size in args.sizes:
            source = CACHE / f"synthetic-v3-{size}-1.json"
            if not source.exists():
                print(f"{source} is missing: run benchmarks/bench_view.py --sizes {size} once")
                continue
            for kind in args.kinds:
                for name, tree in trees:
                    load = os.getloadavg()[0]
                    out = _run(tree, source, kind, folder, args.limit_gib, args.timeout)
                    head = f"{size:>8} {kind:<16} {name:<5} load {load:4.1f}"
                    if "cpu_s" not in out:
                        print(f"{head}  {out['error']}", flush=True)
                        continue
                    peak = "peak" if out["reset"] else "peak since start"
                    print(f"{head}  CPU {out['cpu_s']:7.2f} s  wall {out['wall_s']:7.2f} s  "
                          f"{out['size_mb']:7.1f} MB  RSS {out['rss_before_mib']:7.1f} -> "
                          f"{peak} {out['peak_mib']:7.1f} MiB  [{out['how']}]"
                          + (f"  {out['error']}" if "error" in out else ""), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
