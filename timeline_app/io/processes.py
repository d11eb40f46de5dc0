"""Other processes of the app, as files left on disk see them: is the writer still running,
and when did this process start.  Qt-free; Linux's ``/proc`` where there is one (proc(5)),
``os.kill(pid, 0)`` on other POSIX systems, the Win32 process query on Windows (where
``os.kill(pid, 0)`` is not a probe: signal 0 is ``CTRL_C_EVENT`` there, which interrupts the
processes of the console, and any other signal ends the process; Python's ``os.kill``
documentation), and this module's import time where the start is not told.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

__all__ = ["process_alive", "process_started_at"]

#: When this module was first imported (seconds since the epoch): the start of this process
#: where the system does not say it (no ``/proc``).  Later than the true start, never earlier
#: than anything this process wrote through ``atomic`` (which imports this module).
_IMPORTED_AT = time.time()

_started_at: float | None = None


def process_alive(pid: int) -> bool:
    """True if the process ``pid``, which wrote a kept file (a recovery copy, a review's
    or editor's state: ``review_recovery``; a save's temporary file: ``atomic``), still
    runs: its file is then another open window's, not one to offer or remove.  This
    process counts as ended (its pid's file is an earlier run's); so does a zombie
    (:func:`_process_ended`)."""
    if pid == os.getpid():
        return False  # our own copy from an earlier run of the same pid is a dead one
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return not _process_ended(pid)  # exists, belongs to someone else
    return not _process_ended(pid)


def _windows_process_alive(pid: int) -> bool:
    """True if ``pid`` names a running process on Windows: ``OpenProcess`` with
    ``PROCESS_QUERY_LIMITED_INFORMATION`` (0x1000) and ``GetExitCodeProcess`` still
    ``STILL_ACTIVE`` (259), as Microsoft's documentation of ``GetExitCodeProcess`` says.
    A process this user may not open (access denied, error 5) exists: alive."""
    if sys.platform != "win32":  # for mypy on other systems: ctypes.windll is Windows'
        raise OSError("not Windows")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    handle = kernel32.OpenProcess(0x1000, False, pid)
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: someone else's
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True  # cannot tell: keep the file (the safe side)
        return code.value == 259
    finally:
        kernel32.CloseHandle(handle)


def _process_ended(pid: int) -> bool:
    """True if ``pid`` is a process that has ended but is still listed: a zombie (``Z``,
    not yet reaped by its parent; ``os.kill(pid, 0)`` still succeeds for it) or one being
    removed (``X``), from the state field of Linux's ``/proc/PID/stat`` (proc(5)).

    verify9: a restart a second after ``kill -9`` did not offer the copy of the killed app.
    False where there is no ``/proc`` (other systems keep ``os.kill``'s answer).
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return False
    # "PID (COMM) STATE ...": COMM may hold spaces and parentheses, so the last ")".
    fields = stat.rpartition(b")")[2].split()
    return bool(fields) and fields[0] in (b"Z", b"X")


def process_started_at() -> float:
    """When this process started, in seconds since the epoch (wall clock, as file times).

    From Linux's ``/proc/self/stat`` (field 22, ``starttime``, in clock ticks since boot)
    and ``/proc/uptime`` (seconds since boot, to the hundredth), read beside the wall
    clock: within a clock tick (10 ms); ``/proc/stat``'s ``btime`` is whole seconds, so a
    restart within the second after a killed save would not count as later.  Elsewhere
    the time this module was imported.  Computed once.
    """
    global _started_at
    if _started_at is None:
        _started_at = _from_proc()
        if _started_at is None:
            _started_at = _IMPORTED_AT
    return _started_at


def _from_proc() -> float | None:
    try:
        own = Path("/proc/self/stat").read_bytes()
        now = time.time()
        uptime = Path("/proc/uptime").read_bytes()
        ticks_per_second = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, AttributeError):
        return None
    fields = own.rpartition(b")")[2].split()
    # After ")" come the state (field 3) onwards: starttime, field 22, is the 20th.
    if len(fields) < 20 or ticks_per_second <= 0:
        return None
    try:
        since_boot = float(uptime.split()[0])
        started = now - (since_boot - int(fields[19]) / ticks_per_second)
    except (ValueError, IndexError):
        return None
    return min(started, _IMPORTED_AT)
