"""verify50: a printed briefing's header said "26 events" while its dated list had 24 rows:
the two eras drawn as bands were left out of the list without a word.  They are listed,
with "(era)" after their titles (verify85 F8: no lane under "Participants")."""

from __future__ import annotations

import datetime as dt

from tests.ui.test_verify43_prints import _listed, _pdf_print
from timeline_app.core import Event, FuzzyDate, Timeline

D = dt.date


def _timeline() -> Timeline:
    day = FuzzyDate.of_day
    return Timeline.from_events([
        Event("obama", "Obama administration", day(D(2009, 1, 20)), end=day(D(2017, 1, 20)),
              category="Era"),
        Event("deal", "JCPOA concluded in Vienna", day(D(2015, 7, 14)), category="Agreement"),
        Event("exit", "Trump announces US withdrawal", day(D(2018, 5, 8)),
              category="Sanctions")], title="Iran file")


def test_the_printed_list_has_the_eras_too(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_timeline(), None)
    window.document.set_era_lane("Era", True)
    listed = _listed(monkeypatch)
    _pdf_print(window, monkeypatch, tmp_path / "briefing.pdf")
    (rows,) = listed
    assert [title for _d, title, _l, _w in rows] == [
        "Obama administration (era)", "JCPOA concluded in Vienna",
        "Trump announces US withdrawal"]
    assert rows[0][2] == ""
    assert rows[0][0] == "20 January 2009 – 20 January 2017"


def test_an_event_without_participants_is_listed_without_its_place() -> None:
    """verify51 F12: "Armistice talks in Kaesong" (no participants, place Kaesong) showed
    "Kaesong" under "Participants / lane"; by category it has none (by place, its place
    under "Place")."""
    from timeline_app.ui.print_pages import chronology_rows

    talks = Event("k", "Armistice talks in Kaesong", FuzzyDate.of_day(D(1951, 7, 10)),
                  category="armistice negotiations", location="Kaesong")
    (row,) = chronology_rows([talks], {})
    assert row[2] == ""  # (nor its lane: verify72 F19, verify85 F8)
    (by_place,) = chronology_rows([talks], {}, "place")
    assert by_place[2] == "Kaesong"


def test_a_lane_is_never_printed_as_a_participant() -> None:
    """verify72 F19: "Truce collapses — Dispute" on a handout read "Dispute" as a party;
    verify85 F8: "lane: Treaty" under "Participants / lane" still read as one."""
    from timeline_app.ui.print_pages import chronology_rows

    truce = Event("t", "Truce collapses", FuzzyDate.of_year(1987), category="dispute")
    signed = Event("s", "Ceasefire signed", FuzzyDate.of_year(1984), category="dispute",
                   participants=("Colombia", "FARC"))
    rows = chronology_rows([truce, signed], {})
    assert [row[2] for row in rows] == ["Colombia, FARC", ""]
