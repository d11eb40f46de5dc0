"""verify89 F3 (ext158): merging a ceremony told as "postponed" with the plan it was put off
to, both read from one sentence, said "one sentence says 'postponed' and another tells it as
held".  The other is a plan, and the sentence is one.  The sentences are written for these
tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.ui.merge_events_dialog import MergeEventsDialog

SAID = ("Peru and Chile will sign the fisheries accord in Lima on March 9, after a ceremony "
        "first set for February 2 was postponed.")


def _dialog(qtbot, sentences: tuple[str, str]):  # type: ignore[no-untyped-def]
    one, two = (Evidence(s, 0, len(s)) for s in sentences)
    events = [Event("p", "Ceremony (postponed)", FuzzyDate.of_day(dt.date(2027, 2, 2)),
                    source_id="reuters", evidence=(one,)),
              Event("s", "Peru and Chile sign the fisheries accord in Lima (scheduled)",
                    FuzzyDate.of_day(dt.date(2027, 3, 9)), source_id="reuters",
                    evidence=(two,))]
    dialog = MergeEventsDialog(events, None, lambda e: "Reuters")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_one_sentence_and_a_plan_are_said_as_they_are(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, (SAID, SAID))
    text = dialog.status_note.text()
    assert "the same sentence says “postponed” of one and tells the other as planned" in text
    assert "as held" not in text and "another" not in text


def test_two_sentences_of_one_article_with_a_plan(qtbot) -> None:  # type: ignore[no-untyped-def]
    other = "The ceremony for the fisheries accord will be in Lima, officials said."
    dialog = _dialog(qtbot, (SAID, other))
    text = dialog.status_note.text()
    assert "one sentence says “postponed” and another tells it as planned" in text


def test_mark_as_planned_says_why_a_title_s_own_standing_stops_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import Timeline
    from timeline_app.ui.main_window import MainWindow

    timeline = Timeline.from_events([
        Event("put", "Ceremony (postponed)", FuzzyDate.of_ymd(2027, 2, 2)),
        Event("plan", "Envoys meet in Pell (scheduled)", FuzzyDate.of_ymd(2027, 2, 1))],
        title="Lorn talks")
    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.selection.select("put")
    assert not window.mark_selected_planned()
    said = window.statusBar().currentMessage()
    assert "“Ceremony (postponed)” is not marked as planned" in said
    assert "take “(postponed)” out of the title and tick Planned" in said
    assert window.document.timeline.get("put").title == "Ceremony (postponed)"
    window.selection.select("plan")
    assert not window.mark_selected_planned()
    assert window.statusBar().currentMessage() == (
        "No selected event was marked: it is a plan already.")


def _review(qtbot, existing: Event, candidate):  # type: ignore[no-untyped-def]
    import dataclasses

    from timeline_app.extract import extract_events
    from timeline_app.ui.import_article import ReviewDialog

    result = extract_events("PELL, 12 March 2027 (Reuters) - Talks were held on Tuesday.")
    dialog = ReviewDialog(dataclasses.replace(result, candidates=(candidate,)), True, None,
                          [existing])
    qtbot.addWidget(dialog)
    return dialog


def test_a_plan_told_held_that_is_only_possibly_it_is_merged_by_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.extract import Candidate
    from timeline_app.ui.import_article import ReviewDialog

    plan = Event("m", "Lorn ministers review the border mission (scheduled)",
                 FuzzyDate.of_ymd(2027, 3, 8), category="meeting",
                 participants=("Lorn", "Vesk"), location="Pell")
    held = Candidate("Lorn ministers extend mandate of the border mission",
                     FuzzyDate.of_ymd(2027, 3, 8), "'Monday'", "policy", 0.85, "Pell",
                     ("Lorn", "Vesk"))
    dialog = _review(qtbot, plan, held)
    match = dialog.duplicates[0]
    assert not match.likely  # (a policy beside a meeting: possible only)
    assert dialog.is_checked(0) and dialog.duplicate_choice(0) == ReviewDialog.MERGE


def test_a_plan_whose_day_is_now_known_is_merged_by_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.extract import Candidate
    from timeline_app.ui.import_article import ReviewDialog

    plan = Event("p", "Lorn's assembly takes up treaty (scheduled)",
                 FuzzyDate.of_month(2027, 3, mod="START"), category="treaty",
                 participants=("Lorn's assembly", "Lorn"))
    day = Candidate("Lorn's assembly debates treaty (scheduled)", FuzzyDate.of_ymd(2027, 3, 4),
                    "'March 4'", "policy", 0.75, "", ("Lorn's assembly", "Lorn"))
    dialog = _review(qtbot, plan, day)
    assert 0 in dialog.duplicates
    assert dialog.is_checked(0) and dialog.duplicate_choice(0) == ReviewDialog.MERGE
