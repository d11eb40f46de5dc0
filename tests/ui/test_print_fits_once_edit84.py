"""verify80 F13: the first print preview took ~18 s (load 8-13).  Of the 17 Fit Alls that
built the printed picture of a timeline with empty centuries, the 8 that the hidden view's
resizes and axis changes made on their own (``TimelineView.resizeEvent``, ``_rescale``:
``fit_all(keep_rows=True)``) were thrown away by the picture's own ``fit_all`` after each.
The picture is fitted by its own calls alone (``export_picture._no_fit_yet``)."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.ui.export_picture import whole_timeline_view
from timeline_app.ui.timeline_view import TimelineView


def _long_history() -> Timeline:
    """Events of the 1960s-2020s beside one of 431 BC and one of c. 1650: gap bands."""
    events = [Event("bc", "Ancient league founded", FuzzyDate.of_year(-430), category="treaty"),
              Event("c1650", "Peace congress opens", FuzzyDate.of_year(1650, circa=True),
                    category="treaty")]
    events += [Event(f"e{year}", f"Arms talks round of {year} in a long title here",
                     FuzzyDate.of_year(year), category="meeting")
               for year in range(1962, 2026, 3)]
    return Timeline.from_events(events, title="A long history")


def test_the_printed_picture_is_fitted_by_its_own_calls_alone(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[bool] = []
    real = TimelineView.fit_all

    def counted(self, *args, keep_rows: bool = False, **named):  # type: ignore[no-untyped-def]
        calls.append(keep_rows)
        return real(self, *args, keep_rows=keep_rows, **named)

    monkeypatch.setattr(TimelineView, "fit_all", counted)
    view = whole_timeline_view(Document(_long_history()))
    try:
        assert view.has_gap_bands() or not view._collapse  # (the bands were weighed)
        assert calls and not any(calls)  # no Fit All of a resize's own, thrown away
    finally:
        view.deleteLater()
