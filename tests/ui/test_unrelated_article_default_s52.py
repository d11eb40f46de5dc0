"""An article that is not the open timeline's story starts a new timeline by default, also
when it names one of the timeline's parties in passing (edit57's leftover of verify63 F9):
a Gulf article naming China once, as the broker of one of its rows, came up with "Add to
the current timeline" over "S. Korea, China, Japan, 2008-2026", whose name names China."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from test_names_and_saves_s51 import EAST_ASIA, _review

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import _own_name

GULF = (
    "Oman hosts first Iran-U.S. talks since June collapse as Gulf mediators press for deal\n\n"
    "MUSCAT, Dec 3, 2026 (Reuters) - Oman hosted a fresh round of indirect talks between Iran "
    "and the United States on Thursday, the first since negotiations broke down in June.\n"
    "Albusaidi travelled to Washington last week to meet Secretary of State Marco Rubio, and "
    "Qatar's Prime Minister flew to Tehran on Nov. 18 to meet President Masoud Pezeshkian.\n"
    "Riyadh and Tehran restored diplomatic ties in March 2023 under an agreement brokered by "
    "China.\n"
    "President Donald Trump withdrew the United States from the nuclear deal in May 2018.\n"
    "Araqchi and Witkoff first met in Muscat on April 12, 2025.\n")

CHINA_JAPAN = (
    "China and Japan agree to resume defence hotline talks\n\n"
    "BEIJING, Dec 10, 2026 (Reuters) - China and Japan agreed on Wednesday to resume talks on "
    "their defence hotline, the Chinese foreign ministry said.\n")


#: The East Asia timeline's events: (id, date, title), each of the three states, in Japan.
EAST_ASIA_EVENTS = (
    ("e1", FuzzyDate(2008, 12, 13), "First trilateral summit in Fukuoka", "Fukuoka"),
    ("e2", FuzzyDate(2026, 12, 18),
     "Foreign ministers of South Korea, China and Japan meet in Tokyo", "Tokyo"),
)


def _east_asia_timeline(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "east_asia_summit.json"
    timeline_io.save(Timeline.from_events(
        [Event(id=i, date=d, category="meeting", title=t, location=place,
               participants=("South Korea", "China", "Japan"))
         for i, d, t, place in EAST_ASIA_EVENTS],
        title="S. Korea, China, Japan, 2008-2026"), path)
    assert window.open_path(str(path), background=False)


def test_a_gulf_article_naming_china_in_passing_starts_a_new_timeline(
        window, qtbot, monkeypatch, tmp_path: Path) -> None:
    _east_asia_timeline(window, tmp_path)
    dialog = _review(window, qtbot, monkeypatch, GULF)
    assert any("China" in dialog.table.item(row, dialog.TITLE).text()
               for row in range(dialog.table.rowCount()))  # (China is in one row)
    assert dialog.new_radio.isChecked() and dialog.add_radio.isEnabled()
    assert "nothing in this article is in the open timeline" in dialog.new_radio.toolTip()


def test_an_article_of_the_timelines_own_parties_is_added(window, qtbot, monkeypatch,
                                                          tmp_path: Path) -> None:
    _east_asia_timeline(window, tmp_path)
    assert _review(window, qtbot, monkeypatch, CHINA_JAPAN).add_radio.isChecked()
    assert _review(window, qtbot, monkeypatch, EAST_ASIA).add_radio.isChecked()


def test_an_articles_own_names_are_its_headlines_and_its_rows_many() -> None:
    gulf = extract_events(GULF)
    assert len(gulf.candidates) >= 5
    assert not _own_name("china", gulf)  # one row of many, a broker
    assert _own_name("iran", gulf)  # the headline's
    assert _own_name("united states", gulf)  # (the headline writes "U.S."; most rows)
    assert _own_name("china", extract_events(CHINA_JAPAN))


RELEASES = b"""<?xml version="1.0" encoding="utf-8"?>
<timeline><version>2.3.0</version><timetype>gregoriantime</timetype>
<categories><category><name>Release</name><color>192,192,192</color></category></categories>
<events>
<event><start>2009-10-04 10:00:00</start><end>2009-10-04 10:00:00</end><text>Timeline 0.5.0</text>
<fuzzy>False</fuzzy><locked>False</locked><ends_today>False</ends_today>
<category>Release</category></event>
<event><start>2020-10-18 05:36:00</start><end>2020-10-18 05:36:00</end><text>Timeline 2.3.0</text>
<fuzzy>False</fuzzy><locked>False</locked><ends_today>False</ends_today>
<category>Release</category></event>
</events></timeline>"""


def test_a_timeline_with_no_names_shares_nothing_with_another_story(
        window, qtbot, monkeypatch, tmp_path: Path) -> None:
    """verify80 F14 (after verify70 F2, which had such a file always added to): with a
    colleague's software-release history open (a Timeline Project file, which names no
    participant and no place), the review of a diplomatic article chose "Add to the
    current timeline", mixing two unrelated histories.  Its titles' words, lanes and
    years share nothing with the article: a new timeline, said beside the choice."""
    path = tmp_path / "releases.timeline"
    path.write_bytes(RELEASES)
    assert window.open_path(str(path), background=False)
    dialog = _review(window, qtbot, monkeypatch, GULF)
    assert dialog.new_radio.isChecked() and dialog.add_radio.isEnabled()
    name = window.document.timeline.title
    assert dialog.target_note.text() == (f"This article shares nothing with ‘{name}’: "
                                         "starting a new timeline")
    assert not dialog.target_note.isHidden()
    assert dialog.target_note.textFormat() == Qt.TextFormat.PlainText
    dialog.add_radio.setChecked(True)  # (the person's choice: the reason goes)
    assert dialog.target_note.isHidden()


GULF_TALKS = b"""<?xml version="1.0" encoding="utf-8"?>
<timeline><version>2.3.0</version><timetype>gregoriantime</timetype>
<categories><category><name>Talks</name><color>192,192,192</color></category></categories>
<events>
<event><start>2025-04-12 00:00:00</start><end>2025-04-12 00:00:00</end>
<text>Indirect talks open in Muscat</text>
<fuzzy>False</fuzzy><locked>False</locked><ends_today>False</ends_today>
<category>Talks</category></event>
<event><start>2026-06-20 00:00:00</start><end>2026-06-20 00:00:00</end>
<text>Nuclear negotiations break down</text>
<fuzzy>False</fuzzy><locked>False</locked><ends_today>False</ends_today>
<category>Talks</category></event>
</events></timeline>"""


def test_a_timeline_with_no_names_that_tells_the_story_is_added_to(
        window, qtbot, monkeypatch, tmp_path: Path) -> None:
    """The other side of verify80 F14: a names-less file whose titles tell of the same
    talks (words in common within its years) is added to, with no note."""
    path = tmp_path / "gulf talks.timeline"
    path.write_bytes(GULF_TALKS)
    assert window.open_path(str(path), background=False)
    dialog = _review(window, qtbot, monkeypatch, GULF)
    assert dialog.add_radio.isChecked()
    assert dialog.new_radio.toolTip() == ""
    assert dialog.target_note.isHidden()
