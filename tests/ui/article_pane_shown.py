"""A window showing one event's article in its Article pane, its dates marked: the setup
of the Article pane's tests (verify34 F14, edit38's keyboard dates, verify50 F9)."""

from __future__ import annotations

from typing import Any


def article_pane_of(qtbot: Any, timeline: Any, event_id: str) -> tuple[Any, Any]:
    """A shown ``MainWindow`` on ``timeline`` with the Article dock raised and
    ``event_id`` selected, once the pane has marked its article's dates: (window, pane)."""
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.show()
    window.findChild(object, "articleDock").raise_()
    pane = window.article_pane
    with qtbot.waitSignal(pane.marks_shown, timeout=60_000):
        window.selection.select(event_id)
    return window, pane


def explainer_with_curbs(text: str) -> Any:
    """A timeline of one event, "Japan tightens export controls" (1966 or 2019: the year
    after the date ``text`` tells before "The following year"), read from the explainer
    ``text`` (a Korea Times dateline of 20 June 2025) as its sentence "The following year,
    …" (verify34 F14's, edit77's Article pane tests)."""
    import datetime as dt

    from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline

    follow = text.index("The following year")
    year = 2019 if "2018" in text else 1966
    return Timeline.from_events(
        [Event("curbs", "Japan tightens export controls", FuzzyDate.of_year(year),
               category="policy", source_id="a",
               evidence=(Evidence(text[follow:-1], follow, len(text) - 1,
                                  follow, follow + len("The following year")),))],
        sources={"a": Source("a", title="Explainer", text=text,
                             dateline_date=dt.date(2025, 6, 20))})
