"""verify68 F12: the app named an analyst's timeline "Central Asian states, 2018-2026" after
an article's headline; she added events by hand in 1924 and "by 2040", and the name, the
file and the exported picture's heading stayed "…, 2018-2026" over "1924 – by the end of
2040".  A name the app made follows the years of the events (in the same undo step as the
edit); a name a person typed is never changed."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.core.name_years import name_made_from, name_with_years, name_years
from timeline_app.document import Document
from timeline_app.io import native
from timeline_app.io.bundled import load_default_timeline

HEADLINE = "Central Asian states fail to agree Syr Darya water quotas in Tashkent"
NAME = "Central Asian states, 2018-2026"


def _timeline(title: str = NAME) -> Timeline:
    events = [Event("e2018", "Water deal signed", FuzzyDate.of_year(2018), source_id="s1"),
              Event("e2026", "Talks in Tashkent end", FuzzyDate.of_day(dt.date(2026, 12, 1)),
                    source_id="s1")]
    timeline = Timeline.from_events(events, title=title)
    timeline.sources["s1"] = Source("s1", HEADLINE, "Reuters", "Tashkent", dt.date(2026, 12, 2))
    return timeline


def _added(document: Document, event_id: str, date: FuzzyDate) -> None:
    document.add_event(Event(event_id, f"Event of {date}", date, category="treaty"))


def test_a_name_the_app_made_follows_events_added_moved_and_deleted(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    _added(document, "e1924", FuzzyDate.of_year(1924))
    assert document.timeline.title == "Central Asian states, 1924-2026"
    _added(document, "e2040", FuzzyDate.of_year(2040))
    assert document.timeline.title == "Central Asian states, 1924-2040"
    assert document.undo_stack.count() == 2  # each rename in its edit's undo step
    assert document.undo_stack.undoText() == "Add “Event of 2040”"
    document.undo_stack.undo()
    assert document.timeline.title == "Central Asian states, 1924-2026"
    document.undo_stack.redo()
    # moved, and deleted: the years of the events left
    document.update_event(Event("e1924", "Event of 1924", FuzzyDate.of_year(1930),
                                category="treaty"))
    assert document.timeline.title == "Central Asian states, 1930-2040"
    document.remove_events(["e1924", "e2040"])
    assert document.timeline.title == NAME
    # an edit that moves neither the first nor the last year leaves it alone, also when
    # the name's years left out a plan to come (an import's name does: verify52 F17)
    _added(document, "e2027", FuzzyDate.of_month(2027, 2))
    document.set_properties(NAME, "", typed=False)
    document.update_event(Event("e2026", "Talks in Tashkent end", FuzzyDate.of_year(2025),
                                source_id="s1"))
    assert document.timeline.title == NAME
    document.remove_event("e2027")  # the last year is 2025 now
    assert document.timeline.title == "Central Asian states, 2018-2025"
    document.update_event(Event("e2018", "Water deal signed in Almaty",
                                FuzzyDate.of_year(2018), source_id="s1"))
    assert document.timeline.title == "Central Asian states, 2018-2025"


def test_after_save_and_reopen_the_name_still_follows(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(native.loads(native.dumps(_timeline())))
    _added(document, "e1924", FuzzyDate.of_year(1924))
    assert document.timeline.title == "Central Asian states, 1924-2026"


def test_a_name_a_person_typed_never_changes(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    document.set_properties("Central Asian states, 2018-2026 ", "")
    document.set_properties(NAME, "")  # typed back, as the app had it: still hers
    _added(document, "e1924", FuzzyDate.of_year(1924))
    assert document.timeline.title == NAME
    # a name of her own words, even with years at its end, opened from a file
    for typed in ("Syr Darya water, 2018-2026", "Water talks 2018-2026"):
        document = Document(native.loads(native.dumps(_timeline(typed))))
        _added(document, "e1924", FuzzyDate.of_year(1924))
        assert document.timeline.title == typed
    # a name the app offered with its years widened, taken as it was, follows
    document = Document(_timeline())
    document.set_properties("Central Asian states, 2017-2026", "", typed=False)
    _added(document, "e1924", FuzzyDate.of_year(1924))
    assert document.timeline.title == "Central Asian states, 1924-2026"


def test_the_years_of_a_name() -> None:
    assert name_years(NAME) == (2018, 2026) and name_years("Kenya and Somalia, 2024") == (
        2024, 2024) and name_years("Korea 1965") is None
    assert name_with_years(NAME, 1924, 2040) == "Central Asian states, 1924-2040"
    assert name_with_years("Talks, 2018–2026", 2018, 2018) == "Talks, 2018"  # (its dash kept)
    assert name_with_years("Talks, 2018–2026", 2017, 2026) == "Talks, 2017–2026"
    assert name_with_years(NAME, 2018, 2026) is None
    # years before 1000 and BC ones too (verify80 F12: 431 BC left "…, 1650-2026")
    assert name_with_years(NAME, 44, 2026) == "Central Asian states, 44-2026"
    assert name_with_years(NAME, -430, 2026) == "Central Asian states, 431 BC–2026"
    assert name_years("Central Asian states, 431 BC–2026") == (-430, 2026)
    assert name_made_from(NAME, ["Other news", HEADLINE], [])
    assert not name_made_from("Syr Darya water, 2018-2026", [HEADLINE], [])
    assert not name_made_from("Central Asi, 2018-2026", [HEADLINE], [])  # (whole words)
    assert name_made_from("Japan and Philippines, 2024", ["Japan, Philippines agree to talks"],
                          [])
    # two parties the events name, for a headline whose subject is one name
    assert name_made_from("Argentina and Spain, 2024", ["Argentina recalls ambassador"],
                          ["Spain", "Argentina"])
    assert not name_made_from("Argentina and Spain, 2024", ["Argentina recalls ambassador"],
                              ["Argentina"])
    # the sample's name is not the app's: its first Save offers a name (verify67 F12)
    sample = load_default_timeline()
    assert not name_made_from(sample.title, [s.title for s in sample.sources.values()],
                              [p for e in sample for p in e.participants])


def test_the_samples_name_is_left_for_its_first_save(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(load_default_timeline())
    title = document.timeline.title
    _added(document, "imjin", FuzzyDate.of_year(1592, circa=True))
    assert document.timeline.title == title


def test_new_event_says_the_name_followed(window, recorded_prompts) -> None:  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_timeline(), None)

    def script(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.title_edit.setText("Soviet national delimitation")
        dialog.date_edit.setText("1924")
        dialog.accept()

    recorded_prompts.edit_script = script
    assert window.new_event()
    assert window.document.timeline.title == "Central Asian states, 1924-2026"
    said = window.statusBar().currentMessage()
    assert "name follows its events' years: “Central Asian states, 1924-2026”" in said
