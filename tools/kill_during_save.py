"""Kill a process in the middle of saving, many times, and check nothing is lost.

    python tools/kill_during_save.py [--runs 100] [--events 20000] [--large-events 200000]
        [--window-runs 0] [--window-events 100000]

Each run starts a child that saves a timeline of N events over an existing file in a loop,
kills it with SIGKILL after a random delay, then checks that the target still loads and is
one of the two complete versions (never a torn file), and counts the temporary files left
beside it; the next save, by a new process started right after the kill (a restart), must
remove them at once (verify62: before session 51 only those older than a minute went).
A second phase does the same with a large file (200 000 events, ~40 MB) written through
``write_atomically`` directly, so that kills land mid-write and leave temporaries.
A third phase (``--window-runs``, session 51) kills the app itself: its window (offscreen,
its settings and recovery folders in a temporary folder) opens a file and File → Save
writes it, killed at a random moment; then the app started again opens the file, which
must remove the killed save's temporary file (verify62: it stayed).
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
from timeline_app.io.atomic import write_atomically

CHILD = """
import sys
sys.path.insert(0, {root!r})
from timeline_app.io import load, save
a = load({a!r}); b = load({b!r})
print("ready", flush=True)
while True:
    save(a, {target!r}); save(b, {target!r})
"""

# The large-file phase: the child writes the two files' bytes (tens of MB) through
# write_atomically, the function every save uses, so that most kills land mid-write
# and the temporary-file clean-up has real leftovers to remove.
CHILD_BYTES = """
import sys
sys.path.insert(0, {root!r})
from timeline_app.io.atomic import write_atomically
a = open({a!r}, "rb").read(); b = open({b!r}, "rb").read()
print("ready", flush=True)
while True:
    write_atomically({target!r}, a); write_atomically({target!r}, b)
"""


# The restarted app's next save of the same file.
NEXT_SAVE = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from timeline_app.io.atomic import write_atomically
write_atomically({target!r}, Path({target!r}).read_bytes())
"""


# The app's window: opens the file, then File → Save ("saving" once asked); or, as the app
# started again after a kill, opens it and quits.
WINDOW = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from timeline_app.app import create_main_window
window = create_main_window()
window.show()
assert window.open_path({target!r}, background=False)
def save():
    print("saving", flush=True)
    window.save()
QTimer.singleShot(300, save if {save!r} else app.quit)
app.exec()
"""


def _window_phase(base: Path, events: int, runs: int, max_delay: float) -> dict[str, int]:
    """Kill the app's window ``runs`` times during File → Save, each followed by a start
    of the app that opens the file; count torn files, leftovers and clean-ups."""
    folder = base / "window"
    (folder / "home").mkdir(parents=True)
    target = folder / "doc.json"
    save(_timeline("A", events), target)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(folder / "home" / "config"),
               XDG_DATA_HOME=str(folder / "home" / "data"))

    def app(save_it: bool) -> subprocess.Popen[str]:
        code = WINDOW.format(root=str(ROOT), target=str(target), save=save_it)
        return subprocess.Popen([sys.executable, "-c", code], env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    torn = leftovers = cleaned = 0
    for _ in range(runs):
        child = app(True)
        assert child.stdout is not None
        child.stdout.readline()
        time.sleep(random.uniform(0.0, max_delay))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        temps = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
        leftovers += len(temps)
        again = app(False)
        again.communicate(timeout=600)
        cleaned += sum(not p.exists() for p in temps)
        try:
            torn += load(target).title != "A"
        except Exception:
            torn += 1
    remaining = [p for p in folder.iterdir() if p.name not in ("doc.json", "home")]
    return _said(f"{runs} kills of the app's window during File → Save of {events} events "
                 f"({target.stat().st_size / 2**20:.1f} MiB)", "when the app started "
                 "again opened the file", torn, leftovers, cleaned, len(remaining))


def _said(what: str, how: str, torn: int, leftovers: int, cleaned: int,
          remaining: int) -> dict[str, int]:
    """Print a phase's counts (``how``: what removed the leftovers) and return them."""
    print(f"{what}: {torn} torn or unloadable targets, {leftovers} temporary files left by "
          f"killed saves, {cleaned} removed {how}, {remaining} left at the end", flush=True)
    return {"torn": torn, "leftovers": leftovers, "cleaned": cleaned, "remaining": remaining}


def _timeline(title: str, count: int) -> Timeline:
    return Timeline.from_events(
        [Event(f"e{i}", f"{title} event {i}", FuzzyDate.of_year(1900 + i % 100))
         for i in range(count)], title=title)


def _phase(base: Path, child_code: str, events: int, runs: int, max_delay: float,
           check_load: bool) -> dict[str, int]:
    """Kill ``runs`` children mid-save; count torn targets, leftovers and clean-ups.

    Then the *next save* (a real ``write_atomically`` of the current content, in a new
    process started right after the kill, as a restarted app's next save would do) must
    remove the leftover temporaries: that is the clean-up the app relies on, not a direct
    call, and nothing is aged by hand.
    """
    folder = base / f"phase-{events}"
    folder.mkdir()
    a, b, target = folder / "a.json", folder / "b.json", folder / "work" / "t.json"
    target.parent.mkdir()
    save(_timeline("A", events), a)
    save(_timeline("B", events), b)
    versions = {a.read_bytes(): "A", b.read_bytes(): "B"}
    write_atomically(target, a.read_bytes())
    torn = leftovers = cleaned = 0
    for _ in range(runs):
        child = subprocess.Popen(
            [sys.executable, "-c", child_code.format(root=str(ROOT), a=str(a), b=str(b),
                                                     target=str(target))],
            stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        child.stdout.readline()
        time.sleep(random.uniform(0.0, max_delay))
        child.send_signal(signal.SIGKILL)
        child.wait()
        content = target.read_bytes()
        if check_load:
            try:
                torn += load(target).title not in ("A", "B")
            except Exception:
                torn += 1
        else:
            torn += content not in versions
        temps = [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
        leftovers += len(temps)
        if temps:
            subprocess.run([sys.executable, "-c", NEXT_SAVE.format(root=str(ROOT),
                                                                    target=str(target))],
                           check=True)
            cleaned += sum(not p.exists() for p in temps)
    remaining = [p for p in target.parent.iterdir() if p.name != "t.json"]
    return _said(f"{runs} kills during save of {events} events "
                 f"({a.stat().st_size / 2**20:.1f} MiB)", "by the next save's stale-file "
                 "clean-up", torn, leftovers, cleaned, len(remaining))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--large-events", type=int, default=200_000,
                        help="events of the large-file phase (0 to skip it)")
    parser.add_argument("--large-runs", type=int, default=None,
                        help="kills in the large-file phase (default: --runs)")
    parser.add_argument("--window-runs", type=int, default=0,
                        help="kills of the app's window during File → Save (0: no such phase)")
    parser.add_argument("--window-events", type=int, default=100_000,
                        help="events of the file the window saves")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        results = [_phase(base, CHILD, args.events, args.runs, 1.5, True)]
        if args.large_events:
            runs = args.runs if args.large_runs is None else args.large_runs
            results.append(_phase(base, CHILD_BYTES, args.large_events, runs, 1.0, False))
        if args.window_runs:
            results.append(_window_phase(base, args.window_events, args.window_runs, 1.5))
    bad = any(r["torn"] or r["remaining"] or r["cleaned"] != r["leftovers"] for r in results)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
