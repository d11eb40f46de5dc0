"""verify51 F17: an event entered by hand and given a sentence of the timeline's article
by the editor's Add quote… (a ``SourcedEvidence`` naming that article; the event itself
names none) showed "No article text for this event." in the Article tab, while Details
named the article.  The pane shows the article it quotes, the sentence shaded, as for an
imported event."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.core.sourced import SourcedEvidence

TEXT = ("Division of Korea and the Korean War armistice\n"
        "Korea was divided along the 38th parallel in 1945. A joint Soviet-American "
        "commission opened talks circa 1946 but made no progress.\n")


def test_a_hand_entered_event_quoting_the_article_shows_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MainWindow

    timeline = Timeline.from_events(
        [Event("hand", "Joint Soviet-American commission opens talks",
               FuzzyDate.of_year(1946), category="Division of Korea")],
        sources={"history": Source("history", title="Division of Korea and the Korean "
                                   "War armistice", text=TEXT,
                                   dateline_date=dt.date(2026, 12, 4))})
    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.show()
    window.findChild(object, "articleDock").raise_()
    pane = window.article_pane
    window.selection.select("hand")
    assert "No article text for this event." in pane.plain_text()  # no quote yet
    start = TEXT.index("A joint")
    end = TEXT.index("\n", start)
    quoted = SourcedEvidence(TEXT[start:end], start, end, source="history")
    event = window.document.timeline.get("hand")
    assert event.source_id is None  # what the editor's OK keeps: the quote names it
    window.document.update_event(dataclasses.replace(event, evidence=(quoted,)))
    shown = pane.plain_text()
    assert "No article text" not in shown
    assert "Korea was divided along the 38th parallel" in shown
    assert f'name="evidence-{start}"' in pane.toHtml()  # the quoted sentence is marked
