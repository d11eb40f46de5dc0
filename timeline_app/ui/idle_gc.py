"""Full garbage collections while the app is idle, not in the middle of input (issue 11).

CPython 3.11 runs a full (generation-2) collection by itself when more than
``threshold2`` (10) young (generation-1) collections have moved objects into the old
generation since the last full one *and* those objects are more than a quarter of what
the last full one left there (``Modules/gcmodule.c``: ``long_lived_pending >
long_lived_total / 4``).  After a load the timeline is frozen out of the collector's
reach (``gc.freeze``: ``io.native``, the view's lanes, after the first paint), so the old
generation holds little: in the app nothing at all (no full collection ran before the
freezes: ``long_lived_total`` is 0), in ``bench_view.py`` about 9 000 objects.  What the
view keeps while the user pans and zooms (laid-out text as ``QStaticText``, layouts,
pictures, the Qt enum and class objects PySide makes on first use: 17 000-27 000
objects) is soon a quarter more, so a full collection ran after every ten or so young
ones, each walking 25 000-36 000 objects: 12-25 ms in the middle of a pan (100 000
events, ``benchmarks/README.md``, session 12, branch gc13).

:func:`collect_when_idle` raises ``threshold2`` to ``FULL_COLLECTION_BACKSTOP`` and runs
the full collection itself once the app has been idle for a second after work
(:class:`IdleCollector`).  Reference cycles that become garbage meanwhile wait for that
collection (or for the backstop, if the app is never idle); objects without cycles are
freed at once, as always (reference counting).

What survives that collection is frozen too (``gc.freeze``), as a load freezes what it
made: otherwise everything the app keeps that was made since the load stays in the old
generation and every idle collection walks it again.  ``bench_view.py``'s frames session
put 22 000-45 000 objects there (the window, the classes, enums and method descriptors
PySide makes the first time each is used, the view's caches): one idle collection of
16-27 ms of CPU, 45 ms of wall clock at 1 000 events (``benchmarks/README.md``, session
37, frames40).  With the freeze an idle collection walks what came since the last one.
The price is the one a load's freeze already pays: a reference cycle among frozen objects
that becomes garbage later is never collected (its memory stays; objects without cycles
are still freed at once).  The app keeps its documents, commands and the view's lanes
acyclic for that reason (``commands.DocumentCommand``); at the end of that frames
session, unfreezing and collecting found the same garbage with this freeze as without
it (the load's own: 823 objects at 1 000 events, 59 at 100 000).

What the window's idle work makes to keep (a large timeline's facts, ``ui.facts_warm``:
three lists of one entry an event and the coded columns) is frozen as it is made
(``made_to_keep``, now in ``core.kept``), not after the next idle collection: until then
every collection that met them walked them whole, the young one, the middle one and the
idle full one in turn (at 1 000 000 events 84, 157 and 163 ms of CPU, 6 s after the open,
while the person pans; session 63, scale68, ``gc.callbacks`` with the stack and the
containers of 20 000 entries or more in the generation collected).

What the view keeps from a long run of input (its layouts, the world lanes' items and
placements, laid-out text) is frozen while the input goes on, once the old generation
holds ``BUSY_OLD_OBJECTS``: with no idle second in the run, the first idle collection
after it walked all of it (~22 000 objects, 18-32 ms of CPU after ``bench_view.py``'s
1600x900 frames session at 100 000 events; session 64, scale70,
``benchmarks/gc_pauses_ab.py --census``).  Frozen, not collected: ``gc.freeze`` moves the
generations' lists whole, without a walk, where scale70's collection before it walked
them, 1.3-7.0 ms of CPU, and ran inside the frame under way (1-10 of the frames
``bench_view.py`` judges at 100 000 events, nearly all pans) or before the next input (up
to 10 ms); session 65, scale75, ``gc_pauses_ab.py --frames``.  Its price: a reference cycle
that is garbage at that moment is frozen with the rest, never freed.  The frames session
found none (the garbage among the frozen objects at its end: 416-436 objects either way,
the load's own), as the view keeps its lanes and layouts acyclic; the idle collection
still collects and frees what comes after.
"""

from __future__ import annotations

import gc
import math
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

#: Young (generation-1) collections after which a full collection runs anyway, idle or
#: not (CPython's default ``threshold2``: 10).  At 700 allocations a generation-0
#: collection and 10 of those a generation-1 one, a pan that keeps the app busy (40
#: generation-1 collections in ``bench_view.py``'s ~20 s frames session at 100 000
#: events) meets it after about a minute and a half of uninterrupted input.
FULL_COLLECTION_BACKSTOP = 200
#: How often the app is checked for being idle, ms (and the quiet time a collection
#: waits for: a whole interval).
IDLE_CHECK_MS = 1000
#: At most this many more (or fewer) objects tracked by the collector over a whole
#: interval, and no generation-0 collection in it, is idle: a frame of the view makes
#: thousands (a layout, its items and rectangles), a check itself none.
QUIET_OBJECTS = 100
_NAME = "idleCollector"
#: While input goes on (no idle interval), a check that finds at least this many objects in
#: the old generation freezes them anyway (``IdleCollector._check_busy``): what
#: the view keeps from a run of frames (its layouts, the world lanes' items and
#: placements, laid-out text: ~22 000-50 000 objects after ``bench_view.py``'s 1600x900
#: frames session at 100 000 events) was otherwise walked whole by the first idle
#: collection after the run, 18-32 ms of CPU (session 64, scale70).  Until session 65 a
#: busy check collected them before the freeze: a walk of 5 000-21 000 objects, 1.3-13.5 ms
#: of CPU inside a frame or before an input (``gc_pauses_ab.py --census`` and ``--frames``;
#: module docstring).
BUSY_OLD_OBJECTS = 4000
#: How often the old generation is looked at while input goes on, ms (``BUSY_OLD_OBJECTS``):
#: a quarter of ``IDLE_CHECK_MS``, so that it seldom holds much more than the limit by
#: then (once a second, a layout's or a zoom's objects on top made one collection of
#: 19 ms of CPU under a load of 14 in ``gc_pauses_ab.py``'s runs).  A look is a counter
#: read and, once a young collection has moved objects there, a list of the old
#: generation (under ``BUSY_OLD_OBJECTS`` entries: tens of microseconds).
BUSY_CHECK_MS = 250
#: ``time.monotonic()`` (s) of the last frame the timeline view painted (``note_frame``).
_last_frame = -math.inf


def note_frame() -> None:
    """Mark that a frame was painted now (the timeline view's ``paintEvent``): the next
    full collection waits for a whole ``IDLE_CHECK_MS`` without one.

    The object counts alone took input for idleness: during Ctrl+wheel notches at 10 a
    second, what a notch makes and frees nearly cancels out and may make no generation-0
    collection in a whole interval, and ``bench_view.py``'s wheel run met the full
    collection in the middle of its notches (session 14: 19-36 ms at 1 000 and
    1 000 000 events, ``gc.callbacks`` with the stack).  One float stored a frame."""
    global _last_frame
    _last_frame = time.monotonic()


def last_frame() -> float:
    """``time.monotonic()`` (s) when the timeline view last began a frame (``note_frame``);
    ``-math.inf`` before its first.  Work done ahead while the app waits compares it
    from one slice to the next, so as to run between runs of frames, not between two
    frames of one (``PaintMixin._make_pieces_ahead``)."""
    return _last_frame


def _activity() -> tuple[int, int]:
    """(generation-0 collections so far, objects the collector tracks that were made,
    less those freed, since the last one: ``gc.get_count()[0]``)."""
    return gc.get_stats()[0]["collections"], gc.get_count()[0]


class IdleCollector(QObject):
    """Runs a full collection when the app has been idle for ``IDLE_CHECK_MS`` after
    objects reached the old generation.

    Idle means: no mouse button held, no frame of the timeline view painted
    (``note_frame``), no generation-0 collection and at most ``QUIET_OBJECTS`` objects
    more or fewer over a whole check interval.  That follows
    the work the app does after input stops too (pictures of the views beside, painted
    in slices), and needs no event filter (a Python filter on the application has
    PySide wrap every object Qt sends an event to).  Nothing runs while the collector is
    off (a load: ``io.native``).

    Every ``BUSY_CHECK_MS``, idle or not, ``BUSY_OLD_OBJECTS`` or more objects in the old
    generation are frozen, without a collection: a long run of frames leaves the idle
    collection after it only what came since the last freeze, and no collection runs
    within it.

    Attributes:
        full_collections: The full collections it ran (all when idle).
        busy_collections: The old generations it froze while input went on
            (``BUSY_OLD_OBJECTS``; collected first until session 65, scale75).
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self.full_collections = 0
        self.busy_collections = 0
        self._mark = _activity()
        self._timer = QTimer(self)
        self._timer.setInterval(IDLE_CHECK_MS)
        self._timer.timeout.connect(self._check)
        self._timer.start()
        self._busy_timer = QTimer(self)
        self._busy_timer.setInterval(BUSY_CHECK_MS)
        self._busy_timer.timeout.connect(self._check_busy)
        self._busy_timer.start()

    def _check(self) -> None:
        last, self._mark = self._mark, _activity()
        if not gc.isenabled() or gc.get_count()[2] == 0:
            return  # a load runs, or nothing reached the old generation since the last
        if self._mark[0] != last[0] or abs(self._mark[1] - last[1]) > QUIET_OBJECTS:
            return  # busy
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a press held still: a drag may go on
        if time.monotonic() - _last_frame < IDLE_CHECK_MS / 1000:
            return  # a frame painted within the interval: input goes on
        self._collect_and_freeze()

    def _check_busy(self) -> None:
        """Idle or not, an old generation of ``BUSY_OLD_OBJECTS`` or more is frozen now,
        without a walk (``gc.freeze`` moves the generations' lists whole), so that the
        idle collection after a long run of input walks only what came since (before
        session 64, scale70, all of the run's objects at once; in sessions 64-65 a
        collection before the freeze walked them between or inside frames).  What is
        garbage in them is frozen too: the module docstring has the price."""
        if (gc.isenabled() and gc.get_count()[2] > 0
                and len(gc.get_objects(2)) >= BUSY_OLD_OBJECTS):
            gc.freeze()
            self.busy_collections += 1

    def _collect_and_freeze(self) -> None:
        gc.collect()
        # What survived is what the app keeps (the window, the classes and enums PySide
        # makes on first use, the view's caches): out of every later collection's reach,
        # so that the next one walks only what came since (module docstring).
        gc.freeze()
        self.full_collections += 1
        self._mark = _activity()


def collect_when_idle() -> IdleCollector | None:
    """Keep automatic full collections out of input (``FULL_COLLECTION_BACKSTOP``) and
    run them when the app is idle: once per application (its child ``IdleCollector``,
    returned; None without a ``QCoreApplication``)."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    found = app.findChild(IdleCollector, _NAME)
    if isinstance(found, IdleCollector):
        return found
    young, middle, _old = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_BACKSTOP)
    return IdleCollector(app)
