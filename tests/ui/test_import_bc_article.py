"""verify41, F2: an encyclopedia article on Rome and Parthia (96 BC - AD 224) gave no event,
and the import dialog said "Its date is unknown: typing it lets 'last month' be dated" — a
date typed there cannot help.  The reader now dates events before AD 1 (ext43); the dates
before AD 1 that still date no event it can name ("In 36 BC Mark Antony wintered in Syria")
are named, with a pointer to Edit → New Event…, whose Date field reads them."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import why_nothing

ROME_AND_PARTHIA = (
    "Relations between the Roman Republic and the Parthian Empire began in 96 BC, when the "
    "Roman general Sulla met the Parthian envoy Orobazus on the banks of the Euphrates. "
    "In 53 BC the triumvir Crassus invaded Mesopotamia and was defeated at the Battle of "
    "Carrhae. In 36 BC Mark Antony wintered in Syria. In 20 BC the "
    "Parthian king Phraates IV made peace with Augustus.")
# Its two sentences whose acts the reader does not name (ext45 reads "led a campaign" and
# "returned the standards", the acts these sentences first told): an article of them gives
# no event.
NO_ACT_NAMED = ("In 36 BC Mark Antony wintered in Syria. In 20 BC the "
                "Parthian king Phraates IV made peace with Augustus.")


def test_an_article_of_bc_dates_gives_its_events() -> None:
    result = extract_events(ROME_AND_PARTHIA)
    assert [c.date.describe() for c in result.candidates] == ["96 BC", "53 BC"]


def test_an_article_of_bc_dates_is_told_why_and_what_to_do() -> None:
    result = extract_events(NO_ACT_NAMED)
    assert not result.candidates  # the reader's limit, which this message explains
    why = why_nothing(result)
    assert "before AD 1" in why
    assert "“36 BC”, “20 BC”" in why
    assert "New Event" in why
    assert "last month" not in why  # an article date would not help


def test_an_article_without_dates_still_asks_for_its_date() -> None:
    why = why_nothing(extract_events("The weather was fine and nobody met anybody."))
    assert "last month" in why and "before AD 1" not in why


def test_the_review_says_which_dates_before_ad_1_were_left_out(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ReviewDialog

    text = ROME_AND_PARTHIA + (" The Peace of Westphalia was signed in 1648 by France and "
                               "Sweden at Osnabrück.")
    result = extract_events(text)
    assert result.candidates  # 1648
    dialog = ReviewDialog(result, True)
    qtbot.addWidget(dialog)
    words = dialog.intro.text()
    assert "2 dates before AD 1 (“36 BC”, “20 BC”) date no event" in words
    assert "New Event" in words


def test_keep_article_after_no_event_adds_it_for_quoting(window, qtbot, recorded_prompts,
                                                         tmp_path):  # type: ignore[no-untyped-def]
    """verify41, F12: the article that gave no event was dropped, so Add quote… could not
    offer its sentences to the events the historian then entered by hand.  Keep Article
    (shown only after a reading found nothing) adds it without events, one undo step."""
    from timeline_app.core import Event, FuzzyDate
    from timeline_app.io import load, save
    from timeline_app.ui.event_editor import EventEditor

    def keep(dialog):  # type: ignore[no-untyped-def]
        assert not dialog.keep_button.isVisible()
        dialog.set_text(NO_ACT_NAMED, "rome_parthia.txt")
        with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
            dialog.extract_button.click()
        assert "before AD 1" in dialog.error_label.text()
        assert dialog.keep_button.isVisible()
        dialog.text_edit.insertPlainText(" ")  # a changed text: what was found no longer holds
        assert not dialog.keep_button.isVisible()
        with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
            dialog.extract_button.click()
        dialog.keep_button.click()

    recorded_prompts.article_script = keep
    document = window.document
    before = set(document.timeline.sources)
    with qtbot.waitSignal(window.import_finished, timeout=30000) as blocker:
        window.import_action.trigger()
    assert blocker.args == [0]  # no event
    (kept,) = set(document.timeline.sources) - before
    assert "36 BC" in document.timeline.sources[kept].text
    assert "Kept" in window.statusBar().currentMessage()
    # A hand-entered event's Add quote… offers the kept article's sentences.
    editor = EventEditor(document.timeline, event=Event(
        "hand", "Sulla meets Orobazus", FuzzyDate.of_year(-95)), parent=window)
    qtbot.addWidget(editor)
    offered = {e.sentence for e in editor.article_sentences()}
    assert any("Mark Antony wintered" in text for text in offered)
    # Saved and opened again, it stays; Undo takes it back.
    path = tmp_path / "kept.json"
    save(document.timeline, path)
    assert kept in load(path).sources
    document.undo_stack.undo()
    assert kept not in document.timeline.sources


def test_a_bc_date_an_event_has_is_not_named_and_one_date_said_twice_is_named_once() -> None:
    """The Rome and Parthia review listed "Some thirty years later" (66 BC, the date of
    Pompey's agreement, read from "in 66 BC" beside it) and both "About ten years later"
    and "c. 10 BC" (one date) as dates left out."""
    from timeline_app.ui.import_article import before_ad_words

    text = ("Relations between Rome and Parthia began in 96 BC, when the Roman general Sulla "
            "met the Parthian envoy Orobazus on the Euphrates. Some thirty years later, in "
            "66 BC, Pompey and Phraates III agreed on the Euphrates as the frontier. In 20 BC "
            "Phraates IV made peace with Augustus. About ten years later, c. 10 BC, Phraates IV "
            "sent four of his sons to Rome.")
    result = extract_events(text)
    assert "66 BC" in [c.date.describe() for c in result.candidates]
    words = before_ad_words(result)
    assert words.startswith("2 dates before AD 1 (“20 BC”, “About ten years later”) "), words
