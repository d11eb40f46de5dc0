"""A merge of two outlets' tellings names who told each date (verify42 F8).

The Jeddah talks' monitoring committee: Reuters "on Dec. 10", AFP "on December 12".  Merged,
the basis said "told otherwise: 12 December 2026 ('December 12', … the dateline 2 December
2026)" — and both articles were dated 2 December 2026: nothing said it was AFP's date.
The merge dialog offered "1. 10 December 2026" / "2. 12 December 2026" likewise.
"""

from __future__ import annotations

import dataclasses

from tests.io.test_io_evidence_source import _timeline
from timeline_app.core.merge import date_source, merge_into_one
from timeline_app.core.sourced import SourcedEvidence
from timeline_app.document import Document


def test_told_otherwise_names_the_teller_when_asked() -> None:
    _, first, second = _timeline()
    names = {"src-a": "Reuters", "src-b": "Kyodo"}
    merged = merge_into_one([first, second], told_by=lambda e: names[e.source_id or ""])
    assert merged.date_basis == "told otherwise: 10 November 2026 by Kyodo"
    # nobody named: as before
    assert merge_into_one([first, second]).date_basis == "told otherwise: 10 November 2026"


def test_a_merged_events_date_is_its_date_sentences_article() -> None:
    _, first, second = _timeline()
    merged = merge_into_one([first, second], date_from=1)
    assert merged.source_id == "src-a"  # the first event's article …
    assert isinstance(merged.evidence[1], SourcedEvidence)
    assert date_source(merged) == "src-b"  # … but the date is Kyodo's
    assert date_source(dataclasses.replace(first, evidence=())) == "src-a"


def test_document_merge_names_the_outlet_or_the_headline(qapp) -> None:  # type: ignore[no-untyped-def]
    timeline, first, second = _timeline()
    document = Document(timeline)
    assert document.date_teller(first) == "Reuters"
    merged = document.merge_into_one(["e1", "e2"])
    assert merged.date_basis == "told otherwise: 10 November 2026 by Kyodo"
    document.undo_stack.undo()
    # an article without an outlet: its headline, quoted
    kyodo = timeline.sources["src-b"]
    timeline.sources["src-b"] = dataclasses.replace(kyodo, outlet="")
    assert document.date_teller(second) == "\u201cAccord\u201d"
    typed = dataclasses.replace(second, id="e3", source_id=None, evidence=())
    assert document.date_teller(typed) == ""


def test_the_merge_dialog_names_who_told_each_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.merge_events_dialog import MergeEventsDialog

    timeline, first, second = _timeline()
    document = Document(timeline)
    dialog = MergeEventsDialog([first, second], None, document.date_teller)
    qtbot.addWidget(dialog)
    assert [dialog.date_box.itemText(i) for i in range(2)] == [
        "1. 5 October 2026 \u2014 Reuters", "2. 10 November 2026 \u2014 Kyodo"]
    assert dialog.date_note.text().startswith("Told otherwise: 10 November 2026 by Kyodo (")


SOUTH_CAUCASUS = b"""<?xml version="1.0" encoding="utf-8"?>
<timeline><version>2.3.0</version><timetype>gregoriantime</timetype>
<categories><category><name>Military</name><color>178,34,34</color></category></categories>
<events><event><start>2023-09-19 13:00:00</start><end>2023-09-20 13:00:00</end>
<text>Azerbaijan's offensive in Karabakh</text><fuzzy>False</fuzzy><locked>False</locked>
<ends_today>False</ends_today><category>Military</category></event></events>
</timeline>"""


def test_her_files_date_is_not_credited_to_an_article_merged_into_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify55 F13: RFE/RL's row merged into her Timeline Project event during an import
    gave the event RFE/RL's article; Merge Selected Events then offered her own 19-20
    September date "— RFE/RL"."""
    from timeline_app.core import Event, FuzzyDate, Source
    from timeline_app.core.duplicates import merge_events
    from timeline_app.io.timeline_project import loads_timeline_project
    from timeline_app.ui.merge_events_dialog import MergeEventsDialog

    timeline = loads_timeline_project(SOUTH_CAUCASUS, "south-caucasus.timeline").timeline
    hers = next(iter(timeline))
    timeline.sources["rferl"] = Source("rferl", "Karabakh, two years on", "RFE/RL")
    row = Event("row", "Azerbaijan launches offensive", FuzzyDate.of_month(2023, 9),
                category="Military", source_id="rferl",
                date_basis="'September 2023' in the sentence", evidence=(
                    SourcedEvidence("In September 2023 Azerbaijan launched an offensive.",
                                    0, 51, 3, 17),))
    merged = merge_events(hers, row)
    assert merged.date == hers.date and merged.source_id == "rferl"
    timeline.replace(merged)
    reuters = Event("reuters", "Azerbaijan retakes Nagorno-Karabakh",
                    FuzzyDate.of_month(2023, 9), category="Military")
    document = Document(timeline)
    assert date_source(merged) is None
    assert document.date_teller(merged) == "a Timeline Project file"  # was "RFE/RL"
    dialog = MergeEventsDialog([merged, reuters], None, document.date_teller)
    qtbot.addWidget(dialog)
    assert dialog.date_box.itemText(0).endswith("\u2014 a Timeline Project file")


def test_a_date_typed_by_hand_is_credited_to_nobody(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify70 F6: a date typed in the editor over Reuters' reading ("typed by hand as
    “early December 2025” (was December 2025; …)") was offered in Merge Selected Events
    as "1. early December 2025 — Reuters": the article's words no longer give it."""
    from timeline_app.core import FuzzyDate
    from timeline_app.ui.merge_events_dialog import MergeEventsDialog

    timeline, first, second = _timeline()
    typed = dataclasses.replace(
        first, date=FuzzyDate.of_month(2026, 10, mod="START"),
        date_basis="typed by hand as “early October 2026” (was 5 October 2026; "
                   "'on Monday', relative to the dateline)")
    timeline.replace(typed)
    moved = dataclasses.replace(second, date_basis="moved by hand from 9 November 2026")
    timeline.replace(moved)
    document = Document(timeline)
    assert date_source(typed) is None and date_source(moved) is None
    assert document.date_teller(typed) == "" and document.date_teller(moved) == ""
    dialog = MergeEventsDialog([typed, moved], None, document.date_teller)
    qtbot.addWidget(dialog)
    assert [dialog.date_box.itemText(i) for i in range(2)] == [
        "1. early October 2026 \u2014 typed by hand",
        "2. 10 November 2026 \u2014 moved by hand"]
    assert "Reuters" not in dialog.date_note.text() and "Kyodo" not in dialog.date_note.text()
