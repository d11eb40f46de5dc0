"""The timeline's quiet mark on an event whose claim is disputed or denied (``core.status``):
a small badge at its marker's top right corner, "?" on amber for disputed, "×" on red for
denied, ringed in the view's base colour so that it reads on the light and the dark theme
alike, over any lane colour.  Confirmed and unconfirmed events get none: they are the
ordinary case of a timeline read from news, and a mark on every event would mark nothing.

What a journalist needs from the picture is which events not to repeat as fact (verify42
F9); the verdict itself, and its meaning, are in Details, the tooltip and the Events list.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from timeline_app.core.status import DENIED, DISPUTED, TOLD_FIRST, UNCONFIRMED, status_told_first

if TYPE_CHECKING:
    from collections.abc import Iterable

    from timeline_app.core.model import Timeline
    from timeline_app.document import Document

__all__ = ["LISTED", "MARKED", "MARK_PX", "StatusMarks", "listed_title", "mark_rect",
           "marks_key", "paint_marks"]

#: The statuses marked on the timeline, each with its badge's glyph and fill: white on
#: these fills has a contrast of 5.2:1 (amber), 5.6:1 (red) and 5.4:1 (slate), WCAG 2.2 AA
#: for text.  Unconfirmed ("~", only reported) since session 57: a wire desk's handout showed
#: an unverified drone claim on the timeline and its PDF exactly like a confirmed fact
#: (verify77 F13); its glyph, not only its colour, tells it from a disputed "?".
MARKED = {DISPUTED: ("?", QColor("#a15c00")), DENIED: ("\u00d7", QColor("#c62828")),
          UNCONFIRMED: ("~", QColor("#546e7a"))}
#: The badge's diameter, logical px: a dot beside a 12 px diamond, a glyph in it.
MARK_PX = 11.0


class StatusMarks:
    """Which of the items a lane paints are marked, found per item on screen (a frame's
    cost follows what is on screen, DESIGN.md), and not looked for at all in a timeline
    where no event has a status (most): ``active`` is False then, a plain attribute the
    view tests before it calls anything (a call a lane and band painted was +0.1 % of a
    held Shift+arrow's instructions, session 33).  It is known when the timeline comes
    (a file whose version holds no status, ``EventStore.may_have_status``; else one pass
    in C over the events) and kept up as events are added or changed (``Document``'s
    signals; a change of many at once counts as one with a status).

    Attributes:
        active: Whether an event of the document's timeline may have a status.
    """

    def __init__(self, document: Document) -> None:
        self._document = document
        self._timeline: Timeline | None = None
        self.active = False
        self._on_reset()
        document.reset.connect(self._on_reset)
        document.event_added.connect(self._note)
        document.event_changed.connect(self._note)
        document.events_replaced.connect(self._note_many)

    def _on_reset(self) -> None:
        timeline = self._timeline = self._document.timeline
        store = timeline.store
        self.active = (store.may_have_status() if store is not None
                       else any(map(_status_of, timeline.events)))

    def _note(self, event_id: str) -> None:
        timeline = self._document.timeline
        if timeline is not self._timeline:
            self._on_reset()
        elif not self.active and event_id in timeline:
            self.active = bool(timeline.get(event_id).status)

    def _note_many(self, _event_ids: object) -> None:
        self.active = True  # (many at once, maybe 100 000: not read one by one)

    def marked(self, items: Iterable[Any]) -> list[tuple[QRectF, str]]:
        """The ``(marker, status)`` of each of ``items`` (the view's laid-out items: an
        ``event_id`` and a ``marker`` each) whose event is disputed, denied or
        unconfirmed (``MARKED``), in order."""
        timeline = self._document.timeline
        if timeline is not self._timeline:  # (replaced, its reset not told yet)
            self._on_reset()
        if not self.active:
            return []
        get, known = timeline.get, timeline.__contains__
        marked = []
        for item in items:
            event_id = item.event_id
            if known(event_id) and (status := get(event_id).status) in MARKED:
                marked.append((item.marker, status))
        return marked


_status_of = attrgetter("status")


def mark_rect(marker: QRectF) -> QRectF:
    """Where the badge of an event whose marker is ``marker`` goes: centred on its top
    right corner, pulled in by 2 px (a diamond's corner is empty; a bar's rounded end)."""
    half = MARK_PX / 2
    return QRectF(marker.right() - 2 - half, marker.top() + 2 - half, MARK_PX, MARK_PX)


def paint_marks(painter: QPainter, marked: Iterable[tuple[QRectF, str]], ring: QColor,
                font: QFont) -> None:
    """Draw the badge of each ``(marker, status)`` of ``marked`` (``mark_rect``), ringed
    in ``ring`` (the view's base colour), its glyph in a bold ``font`` shrunk to fit."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    glyph_font = QFont(font)
    glyph_font.setBold(True)
    glyph_font.setPixelSize(int(MARK_PX) - 2)
    painter.setFont(glyph_font)
    white = QColor("#ffffff")
    for marker, status in marked:
        glyph, fill = MARKED[status]
        rect = mark_rect(marker)
        painter.setPen(QPen(ring, 1.5))
        painter.setBrush(fill)
        painter.drawEllipse(rect)
        painter.setPen(white)
        painter.drawText(rect.translated(QPointF(0, 0.5)), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.restore()


def marks_key(statuses: Iterable[str]) -> str:
    """What the marks of ``statuses`` (the statuses of the events a picture shows) mean,
    for the picture's header: "? = disputed · × = denied · ~ = unconfirmed" (only those
    it shows; "" for none): a picture read away from the app has no Details to say it.
    Written as a legend, a mark "=" its meaning: "20 events · ? disputed" read as "an unknown number
    disputed" (verify75 F10)."""
    shown = set(statuses)
    return " · ".join(f"{MARKED[status][0]} = {status}" for status in MARKED
                      if status in shown)


#: The statuses a printed dated list says in an event's row, before its title: those
#: that warn a reader not to repeat the event as fact.  Confirmed and not assessed,
#: the ordinary case of a timeline read from news, are not said (a word on every row
#: would say nothing).
LISTED = TOLD_FIRST


def listed_title(title: str, status: str) -> str:
    """``title`` as a printed dated list gives it, its ``status`` said first when it is
    one of ``LISTED``, with the timeline's mark when it has one: "? Disputed: Faroese
    officials say …", "× Denied: …", "Unconfirmed: …"; else ``title`` as it is.  The
    list showed a disputed claim exactly like the others, its only sign the picture's
    small "?" pages before (verify75 F10): on a handout the status must show."""
    if status not in LISTED:
        return title
    mark = MARKED[status][0] + " " if status in MARKED else ""
    return mark + status_told_first(title, status)
