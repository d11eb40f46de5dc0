"""A cold frame (a view laid out for the first time, issue 11) measures only the titles
packing can place: an event near the right edge of a crowded lane whose label would have
to flip left, where no row is free, joins its "+N" unmeasured, decided by a lower bound of
its title's width (``TimelineView._least_label_width``).  The layout and the pixels must
be those of measuring every title, whatever the titles, view, size or ratio."""

from __future__ import annotations

import dataclasses
import datetime as _dt

import pytest
from PySide6.QtGui import QImage
from test_view_batched_paint import _picture

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import MAX_LABEL_PX, TimelineView

# Titles with what shaping does across words and inside them: kerning pairs ("AV",
# "To", "Yo"), quotes and brackets (mirrored in right-to-left text), Arabic (joined
# letters), CJK without spaces, combining marks, emoji, a tab, punctuation that eliding
# strips, a very long title, and one word.
TITLES = [
    "AVAV Towards a WAVY Yoyo accord: \"To\" (or not) — LTA",
    "Iran and Saudi Arabia hold talks on history textbooks",
    "وزير الخارجية يلتقي نظيره (في الرياض) لبحث الملف النووي",
    "中国与巴西签署贸易协定并承诺扩大合作",
    "Ministers sign the e\u0301tude of the Ko\u0308ln accord in Zu\u0308rich",
    "Leaders 🤝 agree a ceasefire 🕊 after talks",
    "Envoys meet\tin Geneva, Vienna; and Oslo —",
    "Talks " + "between the envoys of many states " * 12,
    "Statement",
    "Lebensmittelversorgungssicherheitsabkommen",
    "'Quoted' «guillemets» „Anführung“ and ‘curly’ marks",
    "The United Kingdom and Brazil welcome progress on visa waivers",
]


def _crowded(n: int) -> Timeline:
    """Points and spans with the titles above in three lanes, a day or two apart: crowded
    at every zoom out to a few years, so the right edge clusters events."""
    first = _dt.date(2001, 1, 1).toordinal()
    events = []
    for i in range(n):
        day = _dt.date.fromordinal(first + (i * 13) % 1500)
        end = FuzzyDate.of_day(day + _dt.timedelta(days=3 + i % 50)) if i % 6 == 0 else None
        events.append(Event(f"e{i}", TITLES[i % len(TITLES)] + f" {i}", FuzzyDate.of_day(day),
                            end=end, category=("meeting", "visit", "treaty")[i % 3]))
    return Timeline.from_events(events)


def _digest(view: TimelineView) -> list[object]:
    layout = view._layout()
    out: list[object] = []
    for lane in layout.lanes:
        out.append((lane.category, lane.top, lane.height))
        out += [(item.event_id, item.marker, item.label_rect, item.label, item.label_inside)
                for item in lane.items]
        out += [(badge.rect, badge.count) for badge in lane.badges]
    return out


def _cold(view: TimelineView) -> None:
    """Forget every title measured and every layout: the next paint is a cold one."""
    for cache in (view._label_cache, view._least_cache, view._elided_cache,
                  view._prefix_widths, view._static_texts, view._layouts):
        cache.clear()
    view._invalidate()


def _both_ways(view: TimelineView, monkeypatch: pytest.MonkeyPatch, ratio: float = 1.0
               ) -> tuple[tuple[list[object], QImage, int], tuple[list[object], QImage, int]]:
    """(layout, picture, titles measured) with the bound, then with every title measured."""
    measured = [0]
    real = TimelineView._label_width

    def counted(self: TimelineView, event: Event) -> float:
        measured[0] += event.id not in self._label_cache
        return real(self, event)

    results = []
    with monkeypatch.context() as patch:
        patch.setattr(TimelineView, "_label_width", counted)
        for bound in (True, False):
            if not bound:
                patch.setattr(TimelineView, "_least_label_width", lambda self, event: 0.0)
            measured[0] = 0
            _cold(view)  # (may lay the view out at once, for the scroll bars)
            digest = _digest(view)
            results.append((digest, _picture(view, ratio), measured[0]))
    return results[0], results[1]


def test_the_bound_is_below_every_titles_width(shown_view):
    """For titles that kern, mirror, join, combine or lack spaces, as shaped by Qt."""
    view = shown_view(_crowded(len(TITLES)), (900, 500))
    for event in view._document.timeline.events:
        assert view._least_label_width(event) <= view._label_width(event)
        assert view._least_label_width(event) > 0.5 * min(view._label_width(event),
                                                            2 * MAX_LABEL_PX)


@pytest.mark.parametrize("days", [None, 900.0, 200.0, 40.0])
@pytest.mark.parametrize("size", [(1300, 700), (1913, 800)])
def test_a_cold_layout_is_that_of_every_title_measured(shown_view, monkeypatch, days, size):
    view = shown_view(_crowded(420), size)
    if days is not None:
        start = _dt.date(2002, 5, 1).toordinal()
        view.go_to_days(start, start + days)
    bounded, every = _both_ways(view, monkeypatch)
    assert bounded[0] == every[0]
    assert bounded[1] == every[1]
    assert bounded[2] <= every[2]
    if days in (None, 900.0) and not view._scale.is_linear:
        # crowded right edges: the bound spares titles (``pack_lane``'s: on a linear
        # scale the view packs from world chunks, frames29, and flips no title there)
        assert bounded[2] < every[2]


def test_cold_layouts_after_pans_an_edit_a_palette_and_a_resize(shown_view, monkeypatch):
    """Pans into new territory, a title edited to one word (its bound shrinks with it),
    a dark palette, a resize and a device pixel ratio of 2: the same layouts and pixels."""
    from PySide6.QtGui import QColor, QPalette

    view = shown_view(_crowded(420), (1300, 700))
    start = _dt.date(2001, 6, 1).toordinal()
    view.go_to_days(start, start + 600)
    for _ in range(3):
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 160)
        bounded, every = _both_ways(view, monkeypatch)
        assert bounded[:2] == every[:2]
    document = view._document
    for event in list(document.timeline.events)[:400:7]:
        document.update_event(dataclasses.replace(event, title="X"))
    bounded, every = _both_ways(view, monkeypatch)
    assert bounded[:2] == every[:2]
    palette = QPalette(view.palette())
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#e0e0e0")):
        palette.setColor(role, QColor(colour))
    view.setPalette(palette)
    bounded, every = _both_ways(view, monkeypatch)
    assert bounded[:2] == every[:2]
    view.resize(1111, 650)
    bounded, every = _both_ways(view, monkeypatch, ratio=2.0)
    assert bounded[:2] == every[:2]


def test_the_remembered_bound_follows_an_edited_title(shown_view):
    """``_least_label_width`` is remembered by event: an edit of the title (to one short
    word) or a new timeline forgets it, so the bound stays below the title's width (a
    stale bound of the long title would let packing cluster the event without measuring
    a label that fits)."""
    view = shown_view(_crowded(60), (900, 500))
    document = view._document
    events = list(document.timeline.events)[:12]
    before = {event.id: view._least_label_width(event) for event in events}
    assert all(before.values())
    for event in events:
        document.update_event(dataclasses.replace(event, title="X"))
    for event in events:
        edited = document.timeline.get(event.id)
        assert view._least_label_width(edited) <= view._label_width(edited) < before[event.id]
    document.replace_timeline(_crowded(5), None)
    assert not view._least_cache
