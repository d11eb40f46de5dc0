"""verify63's small things (session 51, view60): Add quote… offered the headline and the
byline as sentences to cite (F15); a merged event's second telling lost its marked date
words though they say the merged date (F17)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline
from timeline_app.core.duplicates import merge_events
from timeline_app.ui.event_editor import EventEditor

WIRE = ("Oman hosts first Iran-U.S. talks since June collapse as Gulf mediators press for deal\n"
        "\n"
        "By Layla Haddad and Karim Nasser\n"
        "\n"
        "MUSCAT, Dec 3 (Reuters) - Oman hosted a fresh round of indirect talks between Iran "
        "and the United States on Thursday, the first since negotiations broke down in June.\n"
        "\n"
        "He said a second round would be held in Muscat on Dec. 17.\n")


def test_add_quote_leaves_out_the_headline_and_the_byline(qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline = Timeline()
    timeline.sources["wire"] = Source(
        "wire", "Oman hosts first Iran-U.S. talks since June collapse as Gulf mediators "
        "press for deal", text=WIRE, dateline_date=dt.date(2026, 12, 3))
    timeline.add(Event("e", "Second round in Muscat", FuzzyDate.of_day(dt.date(2026, 12, 17)),
                       source_id="wire"))
    editor = EventEditor(timeline, timeline.get("e"))
    qtbot.addWidget(editor)
    offered = [e.sentence for e in editor.article_sentences()]
    assert not any(s.startswith("Oman hosts first") for s in offered)  # the headline
    assert not any(s.startswith("By Layla") for s in offered)  # the byline
    assert offered[0].startswith("MUSCAT, Dec 3 (Reuters) - Oman hosted")  # the lead stays
    assert any(s.startswith("He said a second round") for s in offered)


def test_a_dateline_alone_is_no_sentence_to_cite(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "MOSCOW, November 18. /TASS/. Russia and China signed a trade deal on Monday."
    timeline = Timeline()
    timeline.sources["tass"] = Source("tass", "", text=text,
                                      dateline_date=dt.date(2026, 11, 18))
    timeline.add(Event("e", "Trade deal", FuzzyDate.of_day(dt.date(2026, 11, 16)),
                       source_id="tass"))
    editor = EventEditor(timeline, timeline.get("e"))
    qtbot.addWidget(editor)
    offered = [e.sentence for e in editor.article_sentences()]
    assert offered == ["Russia and China signed a trade deal on Monday."]


S1 = "A new attempt to resume talks, mediated by Oman and Qatar, collapsed in June."
S2 = "Oman hosted talks, the first since negotiations broke down in June, in Muscat."


def _telling(event_id: str, sentence: str, at: int, date: FuzzyDate) -> Event:
    a = at + sentence.index("June")
    return Event(event_id, "Talks collapse", date, source_id="s" + event_id,
                 evidence=(Evidence(sentence, at, at + len(sentence), a, a + 4),))


def test_merge_into_it_keeps_the_second_telling_s_date_words_marked() -> None:
    june = FuzzyDate.of_month(2026, 6)
    merged = merge_events(_telling("1", S1, 0, june), _telling("2", S2, 500, june))
    assert [e.date_span_in_sentence() for e in merged.evidence] == [
        (S1.index("June"), S1.index("June") + 4), (S2.index("June"), S2.index("June") + 4)]


def test_words_that_gave_another_date_stay_unmarked() -> None:
    """verify30's rule stands: the other telling's words no longer give the date kept."""
    merged = merge_events(_telling("1", S1, 0, FuzzyDate.of_month(2026, 6)),
                          _telling("2", S2, 500, FuzzyDate.of_month(2025, 6)))
    assert merged.evidence[0].date_span_in_sentence() is not None
    assert merged.evidence[1].date_span_in_sentence() is None


REVIEWED = ("BRUSSELS, Nov 27, 2026 (AFP) - Serbian President Aleksandar Vucic and Kosovo "
            "Prime Minister Albin Kurti met in Brussels on Friday. The two leaders are due "
            "to return to Brussels on 15 January 2027 to review the statute, the EU said.")


def test_reviewing_an_article_again_counts_the_row_left_out_once(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch):
    """verify63 F17: "16 look like events already in the timeline" and "1 row you left
    out … starts unticked" for 16 rows: the row left out was counted in both."""
    import re

    from timeline_app.extract import extract_events
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(REVIEWED))
    seen: list[tuple[str, int]] = []

    def exec_(dialog: ReviewDialog) -> int:
        seen.append((dialog.intro.text(), dialog.table.rowCount()))
        if len(seen) == 1:  # the first import: the plan left out
            for r in range(dialog.table.rowCount()):
                dialog.set_checked(r, "(scheduled)" not in
                                   dialog.table.item(r, ReviewDialog.TITLE).text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    # the plan left out, then typed by hand: the row is left out and a repeat of it
    (reading,) = window.document.timeline.left_out
    window.document.add_event(Event("typed", "Vucic and Kurti due back in Brussels",
                                    FuzzyDate.of_day(dt.date(2027, 1, 15)),
                                    participants=("Aleksandar Vucic", "Albin Kurti"),
                                    location="Brussels"))
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    intro, rows = seen[1]
    assert "1 row you left out when you imported this article before starts unticked." in intro
    said = [int(n) for n in re.findall(r"(\d+) looks? like events already in the timeline",
                                       intro)]
    assert sum(said) + 1 == rows, intro
