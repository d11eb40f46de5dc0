"""verify79 F7: a wire and its CORRECTED version share a headline once the slug is off it,
and the Filters' Article list (and Details' "This event also cites:") named both the same:
"Reuters: Talks open in Jeddah (7)" and "Reuters: Talks open in Jeddah (5)"."""

from __future__ import annotations

import datetime as dt

from tests.ui.test_filter_article_outlet import window_with_filters
from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.ui.article_names import article_marks, distinct_names

ORIGINAL = Source("o", title="Talks open in Jeddah", outlet="Reuters",
                  dateline_date=dt.date(2026, 12, 1),
                  text="Talks open in Jeddah\n\nJEDDAH, Dec 1 (Reuters) - Talks opened.")
CORRECTED = Source("c", title="Talks open in Jeddah", outlet="Reuters",
                   dateline_date=dt.date(2026, 12, 2),
                   text="CORRECTED-Talks open in Jeddah\n\n(Corrects time)\n\n"
                        "JEDDAH, Dec 2 (Reuters) - Talks opened.")


def test_marks_tell_the_correction_and_the_day() -> None:
    assert article_marks(CORRECTED) == "CORRECTED, 2 December 2026"
    assert article_marks(ORIGINAL) == "1 December 2026"
    names = distinct_names({"o": "Talks open in Jeddah", "c": "Talks open in Jeddah",
                            "x": "Other"}, {"o": ORIGINAL, "c": CORRECTED})
    assert names == {"o": "Talks open in Jeddah (1 December 2026)",
                     "c": "Talks open in Jeddah (CORRECTED, 2 December 2026)", "x": "Other"}


def test_the_article_list_tells_a_story_from_its_correction(qtbot) -> None:  # type: ignore[no-untyped-def]
    day = FuzzyDate.of_day(dt.date(2026, 12, 1))
    events = [Event("a", "Talks open", day, source_id="o"),
              Event("b", "Opening session", day, source_id="c")]
    window = window_with_filters(qtbot, Timeline.from_events(
        events, sources={"o": ORIGINAL, "c": CORRECTED}))
    combo = window.filter_panel.source_combo
    texts = sorted(combo.itemText(i) for i in range(1, combo.count()))
    assert texts == ["Reuters: Talks open in Jeddah (1 December 2026) (1)",
                     "Reuters: Talks open in Jeddah (CORRECTED, 2 December 2026) (1)"]
