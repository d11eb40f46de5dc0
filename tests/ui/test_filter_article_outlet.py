"""Filters' Article list names each article's outlet first (verify37 F18: three outlets'
articles of one summit were listed by their headlines, cut in the narrow panel, and the
list could not answer "show me what AFP said")."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Source, Timeline


def window_with_filters(qtbot, timeline: Timeline):  # type: ignore[no-untyped-def]
    """A main window on ``timeline``, shown, its Filters open and filled."""
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.show()
    window._filter_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window._filter_dock.isVisible())
    window.filter_panel.refresh()
    return window


def test_the_article_list_names_the_outlet(qtbot):  # type: ignore[no-untyped-def]
    day = FuzzyDate.of_day(dt.date(2026, 3, 24))
    sources = {"r": Source("r", title="Ministers meet in Istanbul", outlet="Reuters"),
               "j": Source("j", title="Turkey's mediation")}
    events = [Event("a", "Talks", day, source_id="r"), Event("b", "Talks again", day,
                                                              source_id="r"),
              Event("c", "Mediation", day, source_id="j")]
    window = window_with_filters(qtbot, Timeline.from_events(events, sources=sources))
    panel = window.filter_panel
    combo = panel.source_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["All articles", "Reuters: Ministers meet in Istanbul (2)",
                     "Turkey's mediation (1)"]
