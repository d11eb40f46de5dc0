"""The first article imported into a new timeline names it after its dateline ("Yonhap,
Seoul, 4 March 2026"), and at once Properties was offered to rename it "Yonhap, Seoul,
4 March 2024-2026": the dateline's day read as the timeline's years (verify38 F7).

Each test here fails on main ``9c00af66``.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.model import Source


def test_a_days_year_in_the_name_is_not_widened() -> None:
    from timeline_app.ui.main_window import title_with_years

    assert title_with_years("Yonhap, Seoul, 4 March 2026", 2024, 2026) is None
    assert title_with_years("AFP, Beijing, March 10, 2023", 2021, 2023) is None
    assert title_with_years("Talks since Sept. 2019", 2015, 2020) is None
    # years of their own still are
    assert title_with_years("Seoul and Tokyo, 2025", 2024, 2026) == "Seoul and Tokyo, 2024-2026"
    assert title_with_years("Marrakesh 2016", 2015, 2016) == "Marrakesh 2015-2016"


def test_the_first_import_into_a_new_timeline_asks_nothing(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from reviewed_import import import_reviewed

    from timeline_app.core import Timeline
    from timeline_app.ui import prompts
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(Timeline())
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_timeline_properties",
                        lambda _p, title, _d, _n="": asked.append(title))
    text = ("SEOUL, March 4, 2026 (Yonhap) -- Cho Hyun met Takeshi Iwaya in Seoul on "
            "Tuesday. Seoul boycotted the Sado mines memorial in November 2024.")
    source = Source("yonhap", "", outlet="Yonhap", dateline_place="Seoul",
                    dateline_date=dt.date(2026, 3, 4), text=text)
    import_reviewed(window, monkeypatch, source, [
        Event("a", "Cho Hyun and Takeshi Iwaya meet in Seoul",
              FuzzyDate.of_day(dt.date(2026, 3, 3)), source_id="yonhap"),
        Event("b", "Seoul boycotts Sado mines memorial", FuzzyDate.of_month(2024, 11),
              source_id="yonhap")])
    assert window.document.timeline.title == "Yonhap, Seoul, 4 March 2026"
    assert asked == []
