"""verify71 F9: a "Timeline properties" dialog asked to rename "…, 1859-2026" to
"…, 1859-2027" after a second import, while the README says an app-made name follows hand
edits silently.  Now an import (or File → Merge…) treats the name as a hand edit does: the
app's name follows silently, its own undo step, and the status line says so; a name typed
in Timeline → Properties never changes (the status line says the years go beyond it);
any other name (a file's, the sample's) is still offered, as before
(``test_trial12_fixes``, ``test_review16``)."""

from __future__ import annotations

from reviewed_import import import_reviewed

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Source

NAME = "Belize and Guatemala, 1859-2026"


def _belize() -> Timeline:
    wire = Source("wire", "Belize and Guatemala take border case to The Hague",
                  text="BELIZE CITY, December 4 (Reuters) -- Belize and Guatemala ...")
    timeline = Timeline(title=NAME, sources={"wire": wire})
    timeline.add(Event("treaty", "Anglo-Guatemalan treaty signed", FuzzyDate.of_year(1859),
                       category="treaty", source_id="wire",
                       participants=("Belize", "Guatemala")))
    timeline.add(Event("hearing", "ICJ hearings open", FuzzyDate.of_ymd(2026, 12, 3),
                       category="dispute", source_id="wire",
                       participants=("Belize", "Guatemala")))
    return timeline


def _import_2027(window, monkeypatch, event_id: str = "oas") -> None:  # type: ignore[no-untyped-def]
    analysis = Source(f"analysis-{event_id}", "Belize and Guatemala: what comes next",
                      text="December 9, 2026 -- Belize and Guatemala will meet again ...")
    import_reviewed(window, monkeypatch, analysis, [
        Event(event_id, "OAS meeting on Belize and Guatemala", FuzzyDate.of_month(2027, 4),
              category="meeting", source_id=analysis.id,
              participants=("Belize", "Guatemala"))])


def _asked(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    from timeline_app.ui import prompts

    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_timeline_properties",
                        lambda _p, title, _d, _n="": asked.append(title))
    return asked


def test_the_apps_name_follows_an_import_silently(window, monkeypatch):  # type: ignore[no-untyped-def]
    asked = _asked(monkeypatch)
    window.document.replace_timeline(_belize(), None)
    assert window.document.name_follows_years()
    _import_2027(window, monkeypatch)
    assert asked == []  # no dialog
    assert window.document.timeline.title == "Belize and Guatemala, 1859-2027"
    said = window.statusBar().currentMessage()
    assert "Timeline renamed “Belize and Guatemala, 1859-2027” to follow its events' years" in said
    assert f"(Edit → Undo: “{NAME}”)" in said
    assert said.startswith("Imported")  # (the import's own words kept before it)
    window.document.undo_stack.undo()  # the rename, a step of its own
    assert window.document.timeline.title == NAME
    assert window.document.timeline.get("oas")


def test_a_typed_name_never_changes_on_import(window, monkeypatch):  # type: ignore[no-untyped-def]
    asked = _asked(monkeypatch)
    window.document.replace_timeline(_belize(), None)
    window.document.set_properties("Belize and Guatemala, 1859-2026", "",
                                   typed=True)  # (no change: not typed)
    assert not window.document.name_typed()
    window.document.set_properties("Belize and Guatemala, 1860-2026", "")  # typed
    assert window.document.name_typed() and not window.document.name_follows_years()
    _import_2027(window, monkeypatch)
    assert asked == []
    assert window.document.timeline.title == "Belize and Guatemala, 1860-2026"
    said = window.statusBar().currentMessage()
    # (edit70, verify72 F18: the whole timeline's years, the new events among them)
    assert ("with the timeline's own, run from 1859 to 2027, beyond your name "
            "“Belize and Guatemala, 1860-2026”") in said
    assert "it stays (Timeline → Properties renames it)" in said


def test_the_samples_name_is_still_offered(window, monkeypatch):  # type: ignore[no-untyped-def]
    asked = _asked(monkeypatch)
    assert not window.document.name_follows_years() and not window.document.name_typed()
    seoul = Source("seoul", "Seoul and Tokyo agree summit", text="Japan and South Korea ...")
    import_reviewed(window, monkeypatch, seoul, [
        Event("k1", "Leaders' summit (scheduled)", FuzzyDate.of_year(2027),
              category="meeting", source_id="seoul")])
    assert asked == ["South Korea and Japan, 1965-2027"]
