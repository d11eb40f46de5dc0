"""A TimelineJS export searches a summary's line or a picture's caption for "words (url)"
links only when it holds " (http", which both link patterns need: the search from every
character took 43 % of a TimelineJS Sheet export's CPU (7.3 s of a 16.5 MB export of
7 941 long summaries, session 62, suite62).  The HTML written is the same."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.io import timelinejs
from timeline_app.io.timelinejs import _CLAUSE_LINK, _TEXT_LINK, _media_html, _paragraphs_html


class _CountedSearch:
    """A link pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searched: list[str] = []

    def finditer(self, text: str):  # type: ignore[no-untyped-def]
        self.searched.append(text)
        return self.pattern.finditer(text)


def _searched_html(text: str, pattern: re.Pattern[str]) -> str:
    """The HTML the search of every text gave (before session 62)."""
    import html

    out, at = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[at:match.start()], quote=False))
        out.append(f'<a href="{html.escape(match[2])}">{html.escape(match[1], quote=False)}</a>')
        at = match.end()
    return "".join(out) + html.escape(text[at:], quote=False)


def test_a_text_without_an_address_is_escaped_unsearched() -> None:
    counted = _CountedSearch(_CLAUSE_LINK)
    text = "Talks in Oslo, with <both> sides & the mediator. " * 40
    assert _media_html(text, counted) == _searched_html(text, _CLAUSE_LINK)  # type: ignore[arg-type]
    assert counted.searched == []


def test_a_text_with_an_address_is_searched_and_linked() -> None:
    counted = _CountedSearch(_CLAUSE_LINK)
    text = "The envoys met in Quito (https://example.org/q) on Monday, said the office."
    html = _media_html(text, counted)  # type: ignore[arg-type]
    assert counted.searched == [text]
    assert '<a href="https://example.org/q">The envoys met in Quito</a>' in html
    assert html == _searched_html(text, _CLAUSE_LINK)


_PIECES = st.sampled_from([" (http://a.example/b)", " (https://c.example)", " (http", "(http://d.x)",
                           " (ftp://e.x)", "http://f.x", " (", ")", "(", ",", ".", "\n", "<", "&",
                           "\"", "Lima", "the talks", " "])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_every_text_gives_the_html_the_search_gave(text: str) -> None:
    for pattern in (_TEXT_LINK, _CLAUSE_LINK):
        assert _media_html(text, pattern) == _searched_html(text, pattern)


def test_a_long_summary_s_paragraphs_are_not_searched(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    counted = _CountedSearch(_CLAUSE_LINK)
    monkeypatch.setattr(timelinejs, "_CLAUSE_LINK", counted)
    summary = ("A long account of a meeting, with its participants and its place.\n" * 20
               + "\nAnd a second paragraph (https://example.org/p) with a link.")
    html = _paragraphs_html(summary)
    assert counted.searched == ["And a second paragraph (https://example.org/p) with a link."]
    assert html.count("<p>") == 2 and '<a href="https://example.org/p">' in html
