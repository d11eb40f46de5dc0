"""verify69 F9: after merging "Meeting with Lula" ("… called both leaders last week …",
2–8 February 2026) into the Brasilia meeting (dated by "on Thursday", 12 February), Details
shaded "Thursday" in the Brasilia sentences but nothing in the Lula sentence, also after save
and reopen.  The merge rightly unmarks "last week" (it no longer gives the event's date),
and the basis says "told otherwise: 2–8 February 2026 … ('last week', …)"; Details shades
those words in the Lula sentence too, paler and in normal weight: a date told otherwise."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline
from timeline_app.core.merge import told_otherwise_span, told_otherwise_words
from timeline_app.document import Document
from timeline_app.io import native
from timeline_app.ui.detail_pane import event_html
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.style import SHADED_DATE, SHADED_TOLD

LEAD = ("CARACAS, Feb 12 (Reuters) -- Venezuela and Guyana agreed on Thursday to resume talks "
        "over the disputed Essequibo region after their foreign ministers met in Brasilia.")
LULA = ("Brazilian President Luiz Inacio Lula da Silva called both leaders last week to press "
        "for the meeting.")
QUOTE = 'Gil said the Brasilia talks had been "frank and useful".'
TEXT = f"{LEAD} {LULA} {QUOTE}"


def _evidence(sentence: str, words: str | None) -> Evidence:
    start = TEXT.index(sentence)
    if words is None:
        return Evidence(sentence, start, start + len(sentence))
    at = start + sentence.index(words)
    return Evidence(sentence, start, start + len(sentence), at, at + len(words))


def _timeline() -> Timeline:
    lula = Event("lula", "Meeting with Luiz Inacio Lula da Silva",
                 FuzzyDate.of_day(dt.date(2026, 2, 2)), end=FuzzyDate.of_day(dt.date(2026, 2, 8)),
                 category="meeting", source_id="s1",
                 date_basis="'last week', relative to the dateline 12 February 2026: the week "
                            "of 2 February 2026; the whole week: to 8 February 2026",
                 evidence=(_evidence(LULA, "last week"),))
    brasilia = Event("brasilia", "Yvan Gil and Hugh Todd meet in Brasilia",
                     FuzzyDate.of_day(dt.date(2026, 2, 12)), category="meeting", source_id="s1",
                     date_basis="'Thursday', relative to the dateline 12 February 2026",
                     evidence=(_evidence(LEAD, "Thursday"), _evidence(QUOTE, None)))
    timeline = Timeline.from_events([lula, brasilia])
    timeline.sources["s1"] = Source("s1", "Venezuela, Guyana agree to resume talks", "Reuters",
                                    "Caracas", dt.date(2026, 2, 12), text=TEXT)
    return timeline


def _shade(html: str, shade: tuple[tuple[str, str], tuple[str, str]], words: str) -> bool:
    return f"background-color:{shade[0][1]}" in html.split(words)[0].rsplit("<span", 1)[-1]


def test_the_merged_away_sentence_shows_its_date_words_as_told_otherwise(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    merged = document.merge_into_one(["lula", "brasilia"], title_from=1, date_from=1)
    assert "told otherwise: 2–8 February 2026 by Reuters ('last week'" in merged.date_basis
    lula = next(e for e in merged.evidence if e.sentence == LULA)
    assert lula.date_start is None  # not the words the event's date was read from
    for timeline in (document.timeline, native.loads(native.dumps(document.timeline))):
        event = timeline.get("lula")
        html = event_html(event, timeline.sources["s1"], sources=timeline.sources)
        assert _shade(html, SHADED_DATE, "Thursday</span>")
        assert _shade(html, SHADED_TOLD, "last week</span>")
        assert "font-weight:600\">last week" not in html
        assert "frank and useful" in html and html.count("background-color:") == 2
    # the editor's Source list shades them alike
    editor = EventEditor(document.timeline, document.timeline.get("lula"))
    qtbot.addWidget(editor)
    shown = editor.evidence_view.toHtml().lower()
    assert SHADED_TOLD[0][1].lower() in shown and SHADED_DATE[0][1].lower() in shown


def test_told_otherwise_words_and_where_a_sentence_says_them() -> None:
    basis = ("'Thursday', relative to the dateline 12 February 2026; told otherwise: 2–8 "
             "February 2026 by Reuters ('last week', relative to the dateline 12 February "
             "2026: the week of 2 February 2026); 5 March 2026 (entered by hand); 2025 by AFP "
             "('Last Week' in the article ('Last Week', relative to …))")
    assert told_otherwise_words(basis) == ("last week", "Last Week")
    assert told_otherwise_words("'Thursday', relative to the dateline 12 February 2026") == ()
    assert told_otherwise_words("told otherwise: 2025 ('2025')") == ("2025",)  # no own basis
    sentence = "Lula called both leaders Last week, or so."
    assert told_otherwise_span(Evidence(sentence, 0, len(sentence)), ["last week"]) == (25, 34)
    # whole words only, and never in a sentence whose own date words are marked
    assert told_otherwise_span(Evidence("the last weekend", 0, 16), ["last week"]) is None
    assert told_otherwise_span(Evidence(sentence, 0, len(sentence), 0, 4), ["last week"]) is None
