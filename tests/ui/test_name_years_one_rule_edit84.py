"""verify80 F12: the timeline name's years ("…, 1967-1979") followed some edits and not
others.  An article of the 1980s imported into "Fifty years at the table, 1967-1979" left
it so without a word (its words were not "about" the name's); an event of 431 BC left
"…, 1650-2026" (only four-digit years were written); a delete renamed it silently; and
Timeline → Properties offered no years.  One rule: a name the app wrote follows its
events' span on every change that widens or narrows it, said in the status line; a name
typed is never changed, and Properties offers the events' years beside it."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.document import Document
from timeline_app.ui.timeline_properties import TimelinePropertiesDialog

HEADLINE = "Forty years of river talks: how the basin commission began"
NAME = "Forty years of river talks, 1967-1979"


def _timeline(title: str = NAME) -> Timeline:
    events = [Event("e1967", "Basin commission founded", FuzzyDate.of_year(1967),
                    source_id="s1"),
              Event("e1979", "Water quota protocol signed", FuzzyDate.of_year(1979),
                    source_id="s1")]
    timeline = Timeline.from_events(events, title=title)
    timeline.sources["s1"] = Source("s1", HEADLINE, "Basin Review", "", dt.date(1980, 1, 5))
    return timeline


def test_an_event_before_ad_1_widens_the_name_and_its_delete_narrows_it(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    said: list[tuple[str, str]] = []
    document.name_followed_years.connect(lambda old, new: said.append((old, new)))
    document.add_event(Event("bc", "Ancient water treaty", FuzzyDate.of_year(-430),
                             category="treaty"))
    assert document.timeline.title == "Forty years of river talks, 431 BC–1979"
    document.remove_event("bc")
    assert document.timeline.title == NAME
    assert said == [(NAME, "Forty years of river talks, 431 BC–1979"),
                    ("Forty years of river talks, 431 BC–1979", NAME)]


def test_a_delete_says_the_name_followed(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_timeline(), None)
    window.selection.select("e1979")
    window.delete_selected()
    assert window.document.timeline.title == "Forty years of river talks, 1967"
    qtbot.waitUntil(lambda: "name follows its events' years: “Forty years of river talks, "
                    "1967”" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith("Deleted “Water quota protocol")


def test_an_import_of_other_words_widens_the_apps_name(window) -> None:  # type: ignore[no-untyped-def]
    """The a2 case: the imported article's words name nothing the name names."""
    window.document.replace_timeline(_timeline(), None)
    added = [Event("e1991", "Delta agreement enters into force", FuzzyDate.of_year(1991),
                   source_id="s2")]
    window.document.import_events(
        Source("s2", "From deadlock to the delta agreement", "Basin Review", "",
               dt.date(1992, 1, 5)), added)
    days = added[0].day_range()
    assert window._offer_title_years(*days, ["From deadlock to the delta agreement"])
    assert window.document.timeline.title == "Forty years of river talks, 1967-1991"
    assert "Timeline renamed “Forty years of river talks, 1967-1991”" in (
        window.statusBar().currentMessage())


def test_properties_offers_the_events_years_for_a_typed_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TimelinePropertiesDialog("My river history, 1650-2026", "", None, "",
                                      (-430, 2026))
    qtbot.addWidget(dialog)
    assert not dialog.years_button.isHidden()
    assert dialog.years_button.text() == "&Use years 431 BC–2026"
    dialog.years_button.click()
    assert dialog.values()[0] == "My river history, 431 BC–2026"
    assert dialog.years_button.isHidden()  # (the name says them now)
    plain = TimelinePropertiesDialog("My river history", "", None, "", (-430, 2026))
    qtbot.addWidget(plain)
    assert plain.years_button.isHidden()  # (no years to replace)


def test_properties_from_the_menu_is_given_the_events_years(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui import prompts

    window.document.replace_timeline(_timeline("Typed by me, 1970-1975"), None)
    asked: list[object] = []
    monkeypatch.setattr(prompts, "ask_timeline_properties",
                        lambda *args: asked.append(args[-1]))
    window.edit_properties()
    assert asked == [(1967, 1979)]
