"""Kill a process in the middle of saving, many times, and check nothing is lost.

    python tools/kill_during_save.py [--runs 100] [--events 20000]

Each run starts a child that saves a timeline of N events over an existing file in a loop,
kills it with SIGKILL after a random delay, then checks that the target still loads and is
one of the two complete versions (never a torn file), and counts the temporary files left
beside it; the next save must remove those older than a minute (here: aged by hand).
Prints the counts. A manual check of issue 9's "saves respect what they overwrite"; not CI.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import load, save
from timeline_app.io.atomic import remove_stale_temporaries

CHILD = """
import sys
sys.path.insert(0, {root!r})
from timeline_app.io import load, save
a = load({a!r}); b = load({b!r})
print("ready", flush=True)
while True:
    save(a, {target!r}); save(b, {target!r})
"""


def _timeline(title: str, count: int) -> Timeline:
    return Timeline.from_events(
        [Event(f"e{i}", f"{title} event {i}", FuzzyDate.of_year(1900 + i % 100))
         for i in range(count)], title=title)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--events", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        a, b, target = base / "a.json", base / "b.json", base / "work" / "t.json"
        target.parent.mkdir()
        save(_timeline("A", args.events), a)
        save(_timeline("B", args.events), b)
        save(load(a), target)
        torn = leftovers = cleaned = 0
        for _ in range(args.runs):
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD.format(root=str(ROOT), a=str(a), b=str(b),
                                                    target=str(target))],
                stdout=subprocess.PIPE, text=True)
            assert child.stdout is not None
            child.stdout.readline()
            time.sleep(random.uniform(0.0, 1.5))
            child.send_signal(signal.SIGKILL)
            child.wait()
            try:
                title = load(target).title
                torn += title not in ("A", "B")
            except Exception:
                torn += 1
            temps = [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
            leftovers += len(temps)
            old = time.time() - 3600
            for p in temps:
                os.utime(p, (old, old))
            cleaned += len(remove_stale_temporaries(target))
        remaining = [p for p in target.parent.iterdir() if p.name != "t.json"]
        print(f"{args.runs} kills during save of {args.events} events: {torn} torn or unloadable "
              f"targets, {leftovers} temporary files left by killed saves, {cleaned} removed by "
              f"the stale-file clean-up, {len(remaining)} left at the end")
        return 1 if torn or remaining else 0


if __name__ == "__main__":
    raise SystemExit(main())
