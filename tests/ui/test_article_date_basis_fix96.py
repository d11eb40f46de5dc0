"""verify91 F1: the default timeline's Tokyo talks say their year "follows from the
article's date basis", and the app showed that basis nowhere: the Article tab's header
gave "NationPress · Tokyo · 22 March 2025" only and the article badge's tooltip the date.
The header now has the basis under the date, as plain text, and the badge's tooltip adds
it; the event's basis names the line it points to."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.document import Document
from timeline_app.io.bundled import load_default_timeline
from timeline_app.selection import EventSelection
from timeline_app.ui.article_pane import ARTICLE_DATE_BASIS, ArticlePane
from timeline_app.ui.detail_pane import basis_in_words

BASIS = "The wire gives no year; <b>the summit</b> was in its second week, so 2031."


def _story() -> Timeline:
    source = Source("wire", title="Summit ends at Lake Orvin", outlet="Orvin Wire",
                    dateline_date=dt.date(2031, 3, 22), date_basis=BASIS,
                    text="Summit ends at Lake Orvin\nLeaders left on Saturday.\n")
    return Timeline.from_events(
        [Event("e", "Leaders leave", FuzzyDate.of_day(dt.date(2031, 3, 22)),
               source_id="wire")], sources={"wire": source})


def test_the_article_header_shows_its_date_basis_as_plain_text(qtbot):  # type: ignore[no-untyped-def]
    timeline = _story()
    pane = ArticlePane(Document(timeline), EventSelection())
    qtbot.addWidget(pane)
    pane._render(timeline.sources["wire"], "e", scroll_to=False)
    text = pane.toPlainText()
    date_at = text.index("22 March 2031")
    basis_at = text.index(f"{ARTICLE_DATE_BASIS}: {BASIS}")  # markup shown, not obeyed
    assert date_at < basis_at < text.index("Leaders left on Saturday")


def test_no_basis_line_when_the_article_has_none(qtbot):  # type: ignore[no-untyped-def]
    timeline = _story()
    bare = Source("wire", title="Summit ends", dateline_date=dt.date(2031, 3, 22),
                  text="Leaders left on Saturday.\n")
    pane = ArticlePane(Document(timeline), EventSelection())
    qtbot.addWidget(pane)
    pane._render(bare, "e", scroll_to=False)
    assert ARTICLE_DATE_BASIS not in pane.toPlainText()


def test_the_article_badge_tooltip_adds_the_basis(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_story(), size=(900, 420))
    view.go_to_date(dt.date(2031, 3, 22), days_shown=60.0)
    badges = view._article_badges(view.viewport().width())
    assert [label for _box, label in badges] == ["Article · 22 Mar 2031"]
    tip = view._article_badge_tip(badges[0][0].center())
    assert tip == ("An article dated 22 March 2031: the red dashed line\n\n"
                   f"{ARTICLE_DATE_BASIS}: {BASIS}")


def test_the_default_timeline_points_to_the_line_by_name() -> None:
    timeline = load_default_timeline()
    talks = next(e for e in timeline if "bilateral talks" in e.title)
    assert f'"{ARTICLE_DATE_BASIS}"' in basis_in_words(talks.date_basis)
    assert "Article tab" in talks.date_basis
    source = timeline.sources[talks.source_id]
    assert "60th anniversary" in source.date_basis  # what the line shows
