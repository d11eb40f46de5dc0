"""Reading the details: the article pane keeps paragraphs and shows the headline once."""

from __future__ import annotations

from timeline_app.ui.article_pane import _headline_end, _paragraphs


def test_article_pane_keeps_paragraphs_and_does_not_repeat_the_headline(window):
    window.view.select_event("munich-meeting")
    pane = window.article_pane
    text = pane.plain_text()
    source = next(iter(window.document.timeline.sources.values()))
    assert text.count(source.title) == 1
    assert "Synopsis" in text
    # Each line of the article stays its own paragraph (a blank line in plain text).
    assert "\n- Ongoing diplomatic exchanges between South Korea and Japan.\n" in text
    assert pane.document().blockCount() > 15
    # The marked date expressions are still there to click.
    assert any(t.text == "last month" for t in pane.timexes())


def test_headline_and_paragraph_helpers():
    assert _headline_end("Title here\n\nBody", "Title  here") == len("Title here\n\n")
    assert _headline_end("Other\nBody", "Title") == 0
    assert _paragraphs("a\n\n\nb", 0) == "a</p><p>b"
    assert _paragraphs("a\nb", 1) == "a<br>b"
    assert _paragraphs("<b>", 0) == "&lt;b&gt;"
