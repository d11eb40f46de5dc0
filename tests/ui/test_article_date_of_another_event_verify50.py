"""verify50 F9: in the Article pane, "Aug. 28, 2025" in the sentence of the 28 September
sanctions ("The E3 triggered the snapback ... on Aug. 28, 2025, and U.N. sanctions were
reimposed on Sept. 28, 2025") selected the sanctions event: a date in a cited sentence was
taken for that sentence's event even when the event's date was read from other words of
it.  It dates no event, so a click (or Return) offers a new event of it; a sentence cited
without marked date words (a quote added by hand) still stands for its event."""

from __future__ import annotations

import datetime as dt

from tests.ui.article_pane_shown import article_pane_of
from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline

TEXT = ("VIENNA, Dec 3, 2026 (Reuters) - Iran and the IAEA met again.\n"
        "The E3 triggered the snapback mechanism on Aug. 28, 2025, and U.N. sanctions were "
        "reimposed on Sept. 28, 2025, a decade after the deal.\n")


def _pane(qtbot, marked: bool):  # type: ignore[no-untyped-def]
    start = TEXT.index("The E3")
    end = TEXT.index("\n", start)
    sept = TEXT.index("Sept. 28, 2025")
    evidence = (Evidence(TEXT[start:end], start, end, sept, sept + len("Sept. 28, 2025"))
                if marked else Evidence(TEXT[start:end], start, end))
    timeline = Timeline.from_events(
        [Event("sanctions", "UN sanctions on Iran reimposed",
               FuzzyDate.of_day(dt.date(2025, 9, 28)), category="Sanctions", source_id="r",
               evidence=(evidence,))],
        sources={"r": Source("r", title="Wire", text=TEXT, outlet="Reuters",
                             dateline_date=dt.date(2026, 12, 3))})
    _window, pane = article_pane_of(qtbot, timeline, "sanctions")
    index = {t.text: i for i, t in enumerate(pane.timexes())}
    return pane, index


def test_another_date_of_an_events_sentence_dates_no_event(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane, index = _pane(qtbot, marked=True)
    assert pane.event_for_timex(index["Sept. 28, 2025"]) == "sanctions"
    assert pane.event_for_timex(index["Aug. 28, 2025"]) is None
    draft = pane.draft_for_timex(index["Aug. 28, 2025"])
    assert draft is not None and draft.date == FuzzyDate.of_day(dt.date(2025, 8, 28))


def test_a_quote_without_marked_date_words_still_stands_for_its_event(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane, index = _pane(qtbot, marked=False)
    assert pane.event_for_timex(index["Aug. 28, 2025"]) == "sanctions"


def test_a_new_event_s_basis_quotes_its_date_words_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify58 F26: "'Monday' in the article ('Monday', relative to the dateline …)", the
    words quoted twice, nested in a merged event's "told otherwise (…)"."""
    text = "VIENNA, Dec 3, 2026 (Reuters) - Iran and the IAEA met on Monday, diplomats said.\n"
    timeline = Timeline.from_events(
        [Event("met", "Iran and the IAEA meet", FuzzyDate.of_day(dt.date(2026, 11, 30)),
               source_id="r")],
        sources={"r": Source("r", title="Wire", text=text, outlet="Reuters",
                             dateline_date=dt.date(2026, 12, 3))})
    _window, pane = article_pane_of(qtbot, timeline, "met")
    index = {t.text: i for i, t in enumerate(pane.timexes())}
    draft = pane.draft_for_timex(index["Monday"])
    assert draft is not None and draft.date == FuzzyDate.of_day(dt.date(2026, 11, 30))
    assert draft.date_basis.startswith("'Monday', relative to the dateline")
    assert draft.date_basis.count("Monday") == 1
