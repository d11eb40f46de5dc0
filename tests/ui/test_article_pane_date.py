"""The Article tab names the article's date beside its outlet and place (verify37: a
fact-checker comparing three outlets' articles of one summit saw "Reuters · Istanbul" and
had to go back to Details to learn which day the article's "on Tuesday" counts from)."""

from __future__ import annotations

import datetime as dt

from tests.ui.test_article_pane import _window
from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline


def test_the_article_tab_says_the_articles_date(qtbot):  # type: ignore[no-untyped-def]
    text = ("ISTANBUL, March 27 (Reuters) - The ministers met in Istanbul on Tuesday.\n"
            "They will meet again in April.\n")
    source = Source("r", title="Ministers meet in Istanbul", outlet="Reuters",
                    dateline_place="Istanbul", dateline_date=dt.date(2026, 3, 27), text=text)
    end = text.index("\n") + 1
    event = Event("talks", "Ministers meet in Istanbul", FuzzyDate.of_day(dt.date(2026, 3, 24)),
                  source_id="r", evidence=(Evidence(text[:end], 0, end),))
    window = _window(qtbot, Timeline.from_events([event], sources={"r": source}))
    window.view.select_event("talks")
    qtbot.waitUntil(lambda: "Ministers meet" in window.article_pane.toPlainText())
    lines = window.article_pane.toPlainText().splitlines()
    assert lines[1] == "Reuters · Istanbul · 27 March 2026", lines[:3]
