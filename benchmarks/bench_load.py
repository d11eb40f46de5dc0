"""Opening a native file: ``io.load`` beside bare JSON decoding of the same bytes, same run.

Usage::

    python benchmarks/bench_load.py [N_EVENTS ...] [--rounds 3]

Each measurement runs in a fresh interpreter (so peak RSS is that of one load, not of the
whole benchmark).  The baseline is ``msgspec.json.decode`` of the file into plain dicts
(syntax only, no types, no model): what any loader must at least pay.  Also timed: files
the loader must refuse quickly (issue 9 §3: 20 million empty lists; 3 million unknown keys).
Files are written to a temporary folder with ``benchmarks/synthetic.py``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Peak RSS of this process from VmHWM: ru_maxrss survives exec, so it would report the
# parent's (the benchmark's) memory.
_PEAK = """
def peak_mib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""
_LOAD = _PEAK + """
import sys, time
sys.path.insert(0, {root!r})
from timeline_app import io
start = time.perf_counter()
try:
    n = len(io.load({path!r}))
except io.FormatError as error:
    n = str(error)[:60]
elapsed = time.perf_counter() - start
print(elapsed, peak_mib(), repr(n))
"""
_BASELINE = _PEAK + """
import sys, time
import msgspec
data = open({path!r}, "rb").read()
start = time.perf_counter()
msgspec.json.decode(data)
elapsed = time.perf_counter() - start
print(elapsed, peak_mib(), "''")
"""


def _run(code: str, path: Path, rounds: int) -> tuple[float, float, str]:
    times, peaks, what = [], [], ""
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", code.format(root=str(ROOT), path=str(path))],
                             capture_output=True, text=True, check=True).stdout.split(maxsplit=2)
        times.append(float(out[0]))
        peaks.append(float(out[1]))
        what = out[2].strip()
    return statistics.median(times), max(peaks), what


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        files: list[tuple[str, Path]] = []
        for n in args.sizes:
            path = Path(folder) / f"synthetic-{n}.json"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic.py"), str(n),
                            str(path)], check=True, capture_output=True)
            files.append((f"{n:,} events ({path.stat().st_size / 2**20:.0f} MiB)", path))
        lists = Path(folder) / "lists.json"
        lists.write_text('{"format": "diplomatic-timeline", "version": 1, "events": ['
                         + "[]," * 19_999_999 + "[]]}")
        files.append(("reject: 20M empty lists", lists))
        keys = Path(folder) / "keys.json"
        keys.write_text('{"format": "diplomatic-timeline", "version": 1, "events": [], '
                        + ", ".join(f'"k{i}": 0' for i in range(3_000_000)) + "}")
        files.append(("reject: 3M unknown keys", keys))
        print(f"{'file':<34} {'io.load':>9} {'peak RSS':>9}   {'baseline':>9} {'peak RSS':>9}")
        for label, path in files:
            load_s, load_mib, what = _run(_LOAD, path, args.rounds)
            base_s, base_mib, _ = _run(_BASELINE, path, args.rounds)
            print(f"{label:<34} {load_s:>8.2f}s {load_mib:>6.0f} MiB   {base_s:>8.2f}s "
                  f"{base_mib:>6.0f} MiB   {what}")
    print("baseline: msgspec.json.decode into dicts (syntax only); medians of "
          f"{args.rounds} fresh processes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
