"""verify46 F8: Add quote… on an event entered by hand offered the timeline's articles until
it cited one; from then on only that article's sentences (a second outlet's sentence for
the same fact could only be pasted as a quote of no article).  Its own articles come first,
then the timeline's others."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.core.sourced import SourcedEvidence
from timeline_app.ui import prompts
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.quote_dialog import QuoteDialog

WIRE = "Gunmen attacked police at Banjska on Sunday. The police said four people died."
EXPLAINER = "In September 2023 a gun battle at Banjska killed a Kosovo police officer."


def test_a_second_article_stays_offered_after_the_first_quote(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    timeline = Timeline()
    timeline.sources.update({
        "wire": Source("wire", "Police attacked at Banjska", text=WIRE,
                       dateline_date=dt.date(2023, 9, 25)),
        "explainer": Source("explainer", "Serbia and Kosovo: why", text=EXPLAINER,
                            dateline_date=dt.date(2026, 11, 27))})
    timeline.add(Event("e", "Banjska attack", FuzzyDate.of_day(dt.date(2023, 9, 24))))
    editor = EventEditor(timeline, timeline.get("e"))
    qtbot.addWidget(editor)
    offered = editor.article_sentences()
    first = next(e for e in offered if "Gunmen" in e.sentence)
    assert editor.add_sentence(first)
    offered = editor.article_sentences()
    assert {e.source for e in offered if isinstance(e, SourcedEvidence)} == {"wire",
                                                                             "explainer"}
    assert next(e.source for e in offered) == "wire"  # its own article first
    assert not any("Gunmen" in e.sentence for e in offered)  # cited: not offered again
    seen = []

    def pick(parent, sentences, titles=None, **options):  # type: ignore[no-untyped-def]
        dialog = QuoteDialog(sentences, titles, parent, **options)
        qtbot.addWidget(dialog)
        seen.append([label.text() for label in dialog.findChildren(QLabel)])
        return next(e for e in sentences if "gun battle" in e.sentence)

    monkeypatch.setattr(prompts, "ask_quote", pick)
    assert editor.ask_quote()
    assert any("of its articles first, then of the timeline's others" in t for t in seen[0])
    event = editor.edited_event()
    assert {e.source for e in event.evidence} == {"wire", "explainer"}
