"""The native writer's two-space indent against the same document compact (edit57,
verify63 F16: Ctrl+S rewrote a 64 MB compact file as 86 MB): each file's size and the CPU
seconds ``timeline_app.io.load`` takes to read it, alternating A/B, best of 3.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_native_indent.py 100000 /tmp/bench
"""

from __future__ import annotations

import os
import sys
import time

import msgspec

from benchmarks.synthetic import write_synthetic
from timeline_app import io as timeline_io


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 100_000
    folder = argv[1] if len(argv) > 1 else "/tmp"
    source = os.path.join(folder, f"synthetic{count}.json")
    if not os.path.exists(source):
        write_synthetic(source, count, seed=1)
    indented = os.path.join(folder, "indented.json")
    compact = os.path.join(folder, "compact.json")
    started = time.process_time()
    timeline_io.save(timeline_io.load(source), indented)
    print(f"load + save CPU {time.process_time() - started:.2f} s")
    with open(indented, "rb") as data, open(compact, "wb") as out:
        out.write(msgspec.json.encode(msgspec.json.decode(data.read())))
    times: dict[str, list[float]] = {indented: [], compact: []}
    for _round in range(3):
        for path in (indented, compact):
            started = time.process_time()
            len(timeline_io.load(path))
            times[path].append(time.process_time() - started)
    for path, seconds in times.items():
        print(f"{os.path.basename(path)}: {os.path.getsize(path) / 1e6:.1f} MB, load CPU best "
              f"{min(seconds):.3f} s (all {', '.join(f'{s:.3f}' for s in seconds)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
