"""A large file's duplicate-key check, made by a second process beside the load.

msgspec keeps the last of two equal keys of an object silently, so the loader checks
that no object of the file repeats a key (``native._check_no_duplicate_keys``): a large
file's pieces are each re-encoded and their colons counted (``native._list_in_pieces``).
That is 85-90 ms of the 100 000-event load's ~630 ms of CPU, under the GIL, in series
with everything else the app does while it opens the file (issue 11: open 100 000 events
in <= 1 s; benchmarks/README.md, "Session 13, branch open14").  The check needs the
decoded pieces, not the events built from them, and its answer is one bit, so a second
process (``python -I -c``, the same interpreter and package) makes it from the file's
path while the loading thread builds the events without it, on the other CPU: the
loader only awaits its verdict at the end (``KeyCheck.verdict``), by then long given.
The checking process costs CPU of its own (its start-up, and the decode the load also
makes: ~0.35 s of CPU and 2.6 G instructions at 100 000 events, where the load saves
0.76 G), so it runs only on a CPU that is idle (``_a_cpu_is_idle``): on a machine
with no idle CPU it would slow the load it is meant to shorten.

Whatever goes wrong with the second process (cannot be started, crashes, is killed,
says nothing readable, or read another file: the path now names another file, or the
file changed while either read it), the verdict is "not known" and the loader checks
the file itself (``native.load_in_pieces``): the check is never skipped.  A frozen app
(no Python interpreter to start) checks in the loading process, as before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from typing import IO, Any

KEY_CHECK_PROCESS_BYTES = 16 * 1024 * 1024
"""Files of this size or more are checked by a second process (about 25 000 events).

The process's start-up (interpreter, msgspec: ~60-80 ms) must end well before the load,
which takes ~10 ms a MB of file; its check ~4 ms a MB.  A smaller file is checked in
the loading process."""

_CHILD = ("import json, sys; sys.path[:0] = json.loads(sys.argv[1]); "
          "from timeline_app.io.key_check import check_file; "
          "check_file(sys.argv[2], sys.argv[3:] == ['evidence'])")
"""What the second process runs (``-I``: no environment variable or user site of the
user's changes what it imports; the app's own ``sys.path`` comes first)."""

_WAIT_S = 0.05  # how often a load waiting for the verdict asks whether to go on


def _identity(stat: os.stat_result) -> list[int]:
    """Which file, and which version of it: device, inode, size, modification time."""
    return [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns]


def _cpus() -> int:
    """How many CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def _a_cpu_is_idle() -> bool:
    """Whether a CPU is free for the second process: two CPUs or more, and over the last
    minute fewer runnable tasks on average than CPUs less half a one (the load average;
    where there is none, as on Windows, a CPU counts as idle).

    On one CPU, or one the system's other work keeps busy, the second process would take
    its CPU from the load itself (the scheduler shares a session's CPU time among its
    processes): it would cost ~0.35 s of CPU at 100 000 events to save the load ~0.09 s.
    """
    cpus = _cpus()
    if cpus < 2:
        return False
    try:
        return os.getloadavg()[0] < cpus - 0.5
    except (AttributeError, OSError):
        return True


def _child_environment() -> dict[str, str]:
    """This process's environment, with one BLAS thread unless it says otherwise: numpy
    counts the colons there (``native._ColonCounter``), and its import would start a
    pool of spinning threads, one a CPU (see ``app.limit_blas_threads``)."""
    return {**os.environ, "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS", "1")}


def check_file(name: str, evidence: bool = False) -> None:
    """The second process: print (one JSON line) the file's identity before and after
    the check, whether every key of the file is there once (and with ``evidence``,
    every evidence right: ``once``), and whether a sentence names its own article
    (``sourced``; ``native.checked_in_pieces``).

    At nice 10 whatever it checks: the window's own threads come first on a CPU they
    share — beside the window's start (``start_early``),
    and beside the load of a file too large for the evidence to be checked here, where
    the loading thread, this process and the GUI thread are three busy on two CPUs: the
    window, painted, stalled 148 ms with 4 ms of its thread's CPU in the 1 000 000-event
    open of session 26's bench.  With this process forced on (load 6-7), the longest
    stall was 132 / 104 / 199 ms against 202 / 163 / 316 at nice 0 (session 27, fix40;
    benchmarks/README.md).  On an idle second CPU it runs as fast (nothing of the
    window's wants that CPU for long)."""
    if hasattr(os, "nice"):
        try:
            os.nice(10)
        except OSError:
            pass
    from . import native
    from .files import open_regular_file

    handle, _size = open_regular_file(name, native.MAX_FILE_BYTES, str)
    with handle:
        before = _identity(os.fstat(handle.fileno()))
        once, sourced = native.checked_in_pieces(handle, evidence)
        after = _identity(os.fstat(handle.fileno()))
    sys.stdout.write(json.dumps({"before": before, "after": after, "once": once,
                                 "sourced": sourced}) + "\n")
    sys.stdout.flush()


class KeyCheck:
    """The check of one file by a second process, started with the load (or before it:
    ``start_early``)."""

    def __init__(self, process: subprocess.Popen[bytes], identity: list[int],
                 evidence: bool = False) -> None:
        self._process = process
        self._identity = identity  # the loader's file when the load began
        #: Whether it checks the evidence too (a check started early, ``start_early``):
        #: the load then leaves it undecoded (``native._EVENTS_EVIDENCE_LATER_DECODER``).
        self.evidence = evidence
        #: With a verdict of True: whether a sentence of the file names its own article
        #: (``native._Reader.sourced``; the load does not decode the evidence).
        self.sourced = False

    @classmethod
    def start(cls, name: str, handle: IO[Any]) -> KeyCheck | None:
        """The check of file ``name`` under way, or None if no process can be started
        (a frozen app, no interpreter, or the system refused) or no CPU is idle for it
        (``_a_cpu_is_idle``): the loader checks.  ``handle``: the loader's open file,
        not read yet.  A check of the same file started early (``start_early``) is
        taken over; one of another file is ended."""
        early = _take_early()
        try:
            identity = _identity(os.fstat(handle.fileno()))
        except OSError:
            identity = None
        if early is not None:
            if identity is not None and early._identity == identity:
                return early
            early.close()
        if identity is None:
            return None
        return cls._started(name, identity)

    @classmethod
    def _started(cls, name: str, identity: list[int],
                 evidence: bool = False) -> KeyCheck | None:
        if getattr(sys, "frozen", False) or not sys.executable or not _a_cpu_is_idle():
            return None
        try:
            process = subprocess.Popen(
                [sys.executable, "-I", "-c", _CHILD, json.dumps(sys.path), name,
                 *(["evidence"] if evidence else [])],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_child_environment(),
                # (Windows: no console window flashes up for it)
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        except (OSError, ValueError):
            return None
        return cls(process, identity, evidence)

    def verdict(self, handle: IO[Any], going_on: Callable[[], None]) -> bool | None:
        """Wait for the check's answer about the file open in ``handle`` (the loader's).

        Args:
            handle: The loader's open file, read to its end: its identity when the
                load began and now must be the one the checking process saw, before and
                after its check.
            going_on: Called every ``_WAIT_S`` while the process runs; it raises to stop
                waiting (the load was cancelled), and the process is then ended.

        Returns:
            True: every key of the file is there once, and every evidence right
            (``sourced`` then says whether a sentence names its own article).  False: a
            key is repeated, an evidence is wrong, or the file cannot be read in pieces:
            read it whole, which words the error.  None: not known (see the module's
            docstring): the loader checks it itself.
        """
        process = self._process
        while True:
            try:
                out, _err = process.communicate(timeout=_WAIT_S)
                break
            except subprocess.TimeoutExpired:
                going_on()  # (a raise ends the process: ``close``)
        if process.returncode != 0:
            return None
        try:
            said = json.loads(out.decode("utf-8").strip().splitlines()[-1])
            mine = _identity(os.fstat(handle.fileno()))
            if not said["before"] == said["after"] == mine == self._identity:
                return None  # another file, or this one changed while it was read
            once, sourced = said["once"], said["sourced"]
        except (ValueError, IndexError, KeyError, TypeError, AttributeError, OSError):
            return None
        if not isinstance(once, bool) or not isinstance(sourced, bool):
            return None
        self.sourced = sourced
        return once

    def close(self) -> None:
        """End the process if it still runs (a cancelled or failed load), and reap it."""
        process = self._process
        if process.returncode is not None:
            return  # its answer was read
        process.kill()
        try:
            process.communicate(timeout=5)
        except (subprocess.TimeoutExpired, ValueError, OSError):
            pass  # (killed: it ends; the pipes are closed with the object)


_early: KeyCheck | None = None  # see start_early

EARLY_EVIDENCE_BYTES = 1024 * 1024 * 1024
"""A check started early checks the evidence too for a file up to this size: every file
the loader reads (``native.MAX_FILE_BYTES``).

Session 23 kept it to 96 MB (~150 000 events): with the evidence the second process
counted ~31 400 instructions an event against the load's ~24 600 without, and at
1 000 000 events the load waited for it (5.96 against 5.36 s to the events painted).
Since, the load's own work an event grew (its strings, names and evidence shared and made
as it reads, for the memory at rest: sessions 39-40) while the second process's did not:
at 1 000 000 events the load with the evidence (decoded, checked and made) was 10.2-11.8 s
of CPU against 8.8 s without, where the second process took 4.3-5.0 s for the keys alone
and 6.3 s with the evidence too (load 7-8, session 51): it ends well before the load,
which leaves the evidence's decode, check and making (6 800 instructions an event by
callgrind, ~1.1 s of CPU at 1 000 000 events on an idle machine), on the thread that
shares the window's GIL, to the other CPU.  A check started with the load (File → Open) is
still of the keys only."""


def start_early(name: str) -> None:
    """Start the check of the file ``name`` now, before its load: for the file named on
    the command line, whose load begins only once the window has painted (~0.3-0.4 s
    after the start, session 20), while the other CPU is idle.  With that head start it
    checks the evidence too (``KeyCheck.evidence``) of a file up to
    ``EARLY_EVIDENCE_BYTES``, which the load then leaves undecoded (a check started with
    the load, as File > Open's, would not be done in time), at nice 10 (the window's
    own threads first).  The load takes it over (``KeyCheck.start``) if the file is
    still the same one (its identity); else, or if it is never loaded (another format),
    it is ended at the next load's start or at exit.  Nothing happens for a file under
    ``KEY_CHECK_PROCESS_BYTES`` (no second process for it), one that cannot be read, or
    when no CPU is idle."""
    global _early
    try:
        stat = os.stat(name)
    except (OSError, ValueError):
        return
    if stat.st_size < KEY_CHECK_PROCESS_BYTES or not os.path.isfile(name):
        return
    previous, _early = _early, None
    if previous is not None:
        previous.close()
    _early = KeyCheck._started(name, _identity(stat),
                               evidence=stat.st_size <= EARLY_EVIDENCE_BYTES)
    if _early is not None:
        import atexit  # (here: only such a start needs it)

        atexit.register(_end_early)


def _take_early() -> KeyCheck | None:
    global _early
    early, _early = _early, None
    return early


def _end_early() -> None:
    """At exit: end a check started early and never taken over."""
    early = _take_early()
    if early is not None:
        early.close()
