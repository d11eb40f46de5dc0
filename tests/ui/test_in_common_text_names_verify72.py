"""An article of the open timeline's story is added to it by default, also when the
extractor's rows name few of its actors (verify72 F7): an AP feature on the FARC's
disarmament, naming the FARC four times, Santos, Londono, Bogota and the Congress vote,
gave rows whose participants were "Congress" alone, and its place "Bogota" did not match a
place corrected to "Teatro Colon, Bogota": "Start a new timeline" was chosen."""

from __future__ import annotations

from pathlib import Path

from test_names_and_saves_s51 import _review

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import _name_parts, _named_in_text, _own_name

#: Our own text (not the trial's): the story's actors named in sentences, few in rows.
CAMP = (
    "Former guerrillas wait for their turn at the river camp\n\n"
    "MESETAS, Colombia, March 3, 2017 (AP) - The former guerrillas reached the river camp by "
    "truck on Sunday, tired after a long climb.\n"
    "Nearly 6,000 members of the FARC have settled in the zones since the Senate ratified "
    "the accord on Dec. 1, and the FARC says the government still owes them roads.\n"
    "Rodrigo Londono complained in Bogota on Feb. 14 that the rebels were kept waiting, and "
    "Juan Manuel Santos promised in Bogota to send engineers.\n"
    "The handover of the remaining rifles is due to begin on April 10.\n"
    "The FARC leadership plans a party congress later in the year.\n")


def _farc_timeline(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    timeline = Timeline(title="Colombia and the FARC: the road to peace")
    timeline.add(Event(id="f1", date=FuzzyDate(2016, 11, 24), category="treaty",
                       title="Santos and Londono sign the revised accord",
                       participants=("Juan Manuel Santos", "Rodrigo Londono", "FARC"),
                       location="Teatro Colon, Bogota"))
    timeline.add(Event(id="f2", date=FuzzyDate(2016, 6, 23), category="treaty",
                       title="Ceasefire signed in Havana", participants=("Colombia", "FARC"),
                       location="Havana"))
    path = tmp_path / "farc.json"
    timeline_io.save(timeline, path)
    assert window.open_path(str(path), background=False)


def test_the_articles_named_actors_are_read_against_the_timeline() -> None:
    camp = extract_events(CAMP)
    known = _name_parts(["Juan Manuel Santos", "FARC", "Teatro Colon, Bogota", "Havana",
                         "Norway"])
    assert {"teatro colon", "bogota", "teatro colon, bogota"} <= known
    # named twice or more, or in the headline or a row's title: in common; once: not
    assert camp.candidates and all(not set(c.participants) & {"FARC", "Rodrigo Londono"}
                                   for c in camp.candidates)  # (the rows name few)
    assert _named_in_text(known, camp) >= {"farc", "bogota"}
    assert not _named_in_text(known, camp) & {"havana", "norway"}
    assert _own_name("farc", camp)  # named three times, though in no row
    assert not _own_name("bogota", camp)  # twice


def test_an_article_of_the_story_is_added_to_its_timeline(window, qtbot, monkeypatch,
                                                         tmp_path: Path) -> None:
    _farc_timeline(window, tmp_path)
    dialog = _review(window, qtbot, monkeypatch, CAMP)
    assert dialog.add_radio.isChecked()
