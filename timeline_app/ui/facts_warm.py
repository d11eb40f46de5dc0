"""A large timeline's facts coded in the window's idle time (``core.coded``; issue 11).

A filter's change and the Filters dock's counts at 1 000 000 events read each event's
participants, places, sources and category through a Python call an event: ~0.3 s for a
participant ticked, ~0.2-0.5 s more for the counts, with no answer from the window
meanwhile.  Coded as small integers once (``CodedFacts``), they are read by numpy in a
few ms.  Coding them takes ~1-2 s of CPU at 1 000 000 events, so it is done here in
slices of one ``CodedFacts.warm`` step from a zero timer once the window has painted,
after a file's open and after each change of the events (a new ``revision``: coded
again); until the last slice the filters answer as before (session 59, scale62).

Each slice runs in ``core.kept.made_to_keep``: what it makes to keep (the facts' lists of
one entry an event, the coded columns) is out of the collector's reach as it is made,
not walked whole by the next collection of each generation (session 63, scale68: at
1 000 000 events three collections of 84-163 ms of CPU in the seconds after an open).
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QObject, QTimer

from timeline_app.core import query
from timeline_app.core.coded import coded_facts
from timeline_app.core.kept import made_to_keep
from timeline_app.document import Document

#: CPU a slice may take, s: whole ``warm`` steps (~10-40 ms each at 1 000 000 events
#: under load) until this much is spent.
SLICE_SECONDS = 0.01


class FactsWarmer(QObject):
    """Codes the facts of ``document``'s timeline (as it is at each step) in idle slices
    until they are coded (``start`` again after a change)."""

    def __init__(self, parent: QObject, document: Document) -> None:
        super().__init__(parent)
        self.setObjectName("factsWarmer")
        self._document = document
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        """Whether slices are still to come."""
        return self._timer.isActive()

    def start(self) -> None:
        """Code the timeline's facts in slices if it is large (``query.MASKED_EVENTS``)
        and they are not coded yet."""
        timeline = self._document.timeline
        if len(timeline) >= query.MASKED_EVENTS and not coded_facts(timeline).ready:
            self._timer.start()

    def _step(self) -> None:
        timeline = self._document.timeline
        if len(timeline) < query.MASKED_EVENTS:
            self._timer.stop()
            return
        with made_to_keep():
            facts = coded_facts(timeline)
            started = time.process_time()
            while not facts.warm():
                if time.process_time() - started >= SLICE_SECONDS:
                    return  # the next slice from the timer, after the events waiting
        self._timer.stop()


def warm_when_painted(warmer: FactsWarmer) -> None:
    """``warmer.start()`` once the window has painted what is pending."""
    from timeline_app.ui.jobs import call_after_repaints

    call_after_repaints(lambda: shiboken6.isValid(warmer) and warmer.start())
