"""Merge Selected Events when one article told both dates (verify69 F8: Reuters' "last week"
call to Lula and its "Thursday" meeting in Brasilia): the dialog says the dates were told
differently in one article and does not offer "Disputed", which is for outlets that
disagree.  Fails before session 53."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui.merge_events_dialog import MergeEventsDialog


def _dialog(qtbot, sources: tuple[str, str]) -> MergeEventsDialog:  # type: ignore[no-untyped-def]
    events = [Event("a", "Meeting with Lula", FuzzyDate.of_day(dt.date(2026, 2, 5)),
                    source_id=sources[0]),
              Event("b", "Gil and Todd meet in Brasilia",
                    FuzzyDate.of_day(dt.date(2026, 2, 12)), source_id=sources[1])]
    names = {"reuters": "Reuters", "afp": "AFP"}
    dialog = MergeEventsDialog(events, None, lambda e: names[e.source_id or ""])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_one_article_says_so_and_offers_no_disputed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ("reuters", "reuters"))
    assert dialog.status_note.isVisible()
    text = dialog.status_note.text()
    assert text == ("The dates were told differently in one article (Reuters): check that "
                    "they tell one happening")
    assert "Disputed" not in text and "outlets" not in text
    assert dialog.choices()[3] == ""


def test_two_articles_still_offer_disputed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ("reuters", "afp"))
    assert "choose Disputed if the outlets dispute the date" in dialog.status_note.text()


def test_one_article_telling_it_held_and_called_off_offers_no_disputed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import Evidence

    day = FuzzyDate.of_day(dt.date(2025, 3, 10))
    said = "The EU and Serbia called off their summit in Brussels on Monday."
    events = [Event("h", "EU-Serbia summit", day, source_id="reuters"),
              Event("c", "EU-Serbia summit", day, source_id="reuters",
                    evidence=(Evidence(said, 0, len(said)),))]
    dialog = MergeEventsDialog(events, None, lambda e: "Reuters")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status_note.text() == (
        "In one article (Reuters), one sentence says “called off” and another tells it as "
        "held: check that they tell one happening")
