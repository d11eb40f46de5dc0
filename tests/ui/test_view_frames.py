"""What the frame-time work (issue 11) must not change: density counts, text as plain
text, and a window that builds its docks after the first paint."""

from __future__ import annotations

import bisect
import datetime as _dt

from PySide6.QtCore import Qt

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import DENSITY_BIN_PX


def _many(n: int) -> Timeline:
    first = _dt.date(1990, 1, 1).toordinal()
    return Timeline.from_events([
        Event(f"e{i}", f"Talks {i}", FuzzyDate.of_day(_dt.date.fromordinal(first + (i * 7) % 9000)),
              category="meeting" if i % 3 else "visit")
        for i in range(n)])


def test_density_bins_count_each_start_in_its_column(shown_view):
    """The vectorised counts are the per-column bisections they replaced."""
    view = shown_view(_many(6000))
    layout = view._layout()
    dense = [lane for lane in layout.lanes if lane.dense]
    assert dense
    for geometry in dense:
        starts = view._lane_by_category[geometry.category].starts
        assert geometry.aggregates
        for aggregate in geometry.aggregates:
            expected = (bisect.bisect_left(starts, aggregate.last_day)
                        - bisect.bisect_left(starts, aggregate.first_day))
            assert aggregate.count == expected
            assert aggregate.rect.left() % DENSITY_BIN_PX == 0
            assert aggregate.first_day == view.day_at(aggregate.rect.left())
    # An event added to a dense lane is counted at once (the lane's array is made again).
    before = sum(a.count for lane in dense for a in lane.aggregates)
    view._document.add_event(Event("new", "New talks", FuzzyDate.of_day(_dt.date(2000, 6, 1)),
                                   category="meeting"))
    after = sum(a.count for lane in view._layout().lanes if lane.dense for a in lane.aggregates)
    assert after == before + 1


def test_laid_out_text_is_plain_text(shown_view):
    """Cached labels (QStaticText defaults to AutoText) never render a title as markup.

    A first-seen title in the label font's own glyphs (printable ASCII) is drawn with
    ``drawText(QPointF, str)``, which has no rich text, not laid out (session 28): a title
    with other characters ("—", Arabic) still goes through the cache, as plain text."""
    hostile = "<b>bold</b> <img src=/dev/zero>"
    laid_out = "<b>bold</b> — <img src=/dev/zero> مرحبا"
    timeline = Timeline.from_events([
        Event("x", hostile, FuzzyDate.of_day(_dt.date(2020, 1, 1))),
        Event("y", laid_out, FuzzyDate.of_day(_dt.date(2020, 1, 1)), category="visit")])
    view = shown_view(timeline, (900, 400), fit=False)
    view.grab()  # paints the labels, "y" through the cache
    assert view.label_text("x") == hostile
    assert view.label_text("y") == laid_out
    assert view._plain_title(hostile) and not view._plain_title(laid_out)
    cached = [static for (_, text), static in view._static_texts.items()
              if text in (hostile, laid_out)]
    assert cached and all(s.textFormat() == Qt.TextFormat.PlainText for s in cached)


def test_deferred_window_builds_its_panels_after_the_first_paint(qtbot):
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(_many(50), defer_panels=True)
    qtbot.addWidget(window)
    assert not window.is_ready()
    assert not hasattr(window, "event_list")
    with qtbot.waitSignal(window.panels_ready, timeout=10_000):
        window.show()
    assert window.is_ready()
    assert window.event_list.isVisible()
    # As built at once: the Details tab in front of the Article tab, the find bar hidden.
    from PySide6.QtWidgets import QTabBar

    tabs = [bar for bar in window.findChildren(QTabBar) if bar.count() == 2]
    assert [bar.tabText(bar.currentIndex()) for bar in tabs] == ["Details"]
    assert window._find_toolbar.isHidden()
    assert window.findChild(type(window.menuBar())) is not None
    assert window.autosaver is not None  # made at once: an early edit is kept too
    window.close()
