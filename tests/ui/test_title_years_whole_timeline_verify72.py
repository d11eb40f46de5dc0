"""The rename offered after an import gives the timeline's years, not the import's alone
(verify72 F18): after a background article (1930-2016) was imported into a timeline
holding a planned c. May 2017 event, the offer said "The events just imported run from
1930 to 2016" and proposed "…, 1930-2016"."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Source


def test_the_offer_names_the_timelines_years(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from reviewed_import import import_reviewed

    from timeline_app.ui import prompts
    from timeline_app.ui.main_window import MainWindow

    timeline = Timeline.from_events([
        Event("s", "Santos and Londono sign the revised accord",
              FuzzyDate.of_day(dt.date(2016, 11, 24)), category="treaty"),
        Event("w", "Rebels hand over their weapons (scheduled)",
              FuzzyDate.of_month(2017, 5), category="policy")],
        title="Colombia and the FARC, 2016")
    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.show()
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "ask_timeline_properties",
                        lambda _p, title, _d, note="": asked.append((title, note)))
    text = "The FARC was founded in 1964 after an army offensive in Colombia."
    source = Source("bg", "Colombia's long war", outlet="BBC", text=text)
    import_reviewed(window, monkeypatch, source, [
        Event("f", "FARC founded", FuzzyDate.of_year(1964), category="event",
              source_id="bg")])
    ((offered, note),) = asked
    assert offered == "Colombia and the FARC, 1964-2017"
    assert "with the timeline's own, run from 1964 to 2017" in note
