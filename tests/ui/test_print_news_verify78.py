"""verify78 F2: a research assistant's 323-event history of diplomacy, with two news
articles' events at its end, printed a dated list of the earliest 250 events ("… and 73
more events, not listed"), so the news events, the reason the timeline is kept, were left
out, and those drawn only in "+2" / "+1" badges were nowhere in the handout.  A timeline
of a few hundred events is now listed whole; beyond ``CHRONOLOGY_MAX`` the list keeps
those the pages draw no title of and the newest, and its first row names what it leaves
out and of when."""

from __future__ import annotations

import datetime as dt

from tests.ui.test_verify43_prints import _pdf_print
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import print_pages

LANES = ("Treaty", "War", "Summit", "Negotiation")


def _history(count: int = 300) -> Timeline:
    """``count`` events a few weeks apart from 1815, and news: 60 consultations in
    January 2026 (more than a lane's rows: some in "+N" badges) and one in 2035."""
    events = [Event(f"h{n}", f"Congress {n}", FuzzyDate.of_day(
        dt.date(1815, 1, 1) + dt.timedelta(days=n * 50)), category=LANES[n % 4])
        for n in range(count)]
    events += [Event(f"n{n}", f"Consultations round {n}", FuzzyDate.of_day(
        dt.date(2026, 1, 20)), category="Summit") for n in range(60)]
    events.append(Event("tank", "Common battle tank due (scheduled)",
                        FuzzyDate.of_year(2035), category="Summit"))
    return Timeline.from_events(events, title="Diplomacy")


def _spied(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    told: list[dict[str, object]] = []
    real = print_pages.paint_pages

    def spy(device, view, title, subtitle, rows=(), more=0, *args, **named):  # type: ignore[no-untyped-def]
        told.append({"titles": [row[1] for row in rows], "more": more,
                     "badged": {i for lane in view.laid_out_lanes() for i in lane.badged},
                     "span": named.get("more_span", ""),
                     "on_pages": named.get("more_on_pages", 0)})
        return real(device, view, title, subtitle, rows, more, *args, **named)

    monkeypatch.setattr(print_pages, "paint_pages", spy)
    _pdf_print(window, monkeypatch, tmp_path / "history.pdf")
    return told[-1]


def test_a_timeline_of_a_few_hundred_events_is_listed_whole(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_history(), None)
    told = _spied(window, monkeypatch, tmp_path)
    assert told["more"] == 0
    assert len(told["titles"]) == len(window.document.timeline) == 361  # type: ignore[arg-type]
    assert told["titles"][-1] == "Common battle tank due (scheduled)"  # type: ignore[index]


def test_beyond_the_limit_the_badges_and_the_newest_are_listed(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """With room for 100, the list keeps the events in "+N" badges and the newest, and
    says how many earlier ones it leaves out, of when, and that the pages draw them."""
    window.document.replace_timeline(_history(), None)
    # Drawn linear, as the window may be (View → Collapse Empty Periods off): the January
    # 2026 consultations in "+N" badges.  With the bands, which the print now keeps for
    # this history (verify80 F6: the linear axis drew its events at under half the
    # places), every one has a row of its own.
    window.view.set_collapse_empty_periods(False)
    monkeypatch.setattr(print_pages, "CHRONOLOGY_MAX", 100)
    told = _spied(window, monkeypatch, tmp_path)
    timeline = window.document.timeline
    titles = told["titles"]
    assert len(titles) == 100 and told["more"] == 261  # type: ignore[arg-type]
    assert told["badged"], "no event in a badge: the test shows nothing"
    assert {timeline.get(i).title for i in told["badged"]} <= set(titles)  # type: ignore[arg-type]
    assert "Common battle tank due (scheduled)" in titles  # type: ignore[operator]
    assert "Congress 299" in titles and "Congress 0" not in titles  # type: ignore[operator]
    assert told["on_pages"] == 261
    assert str(told["span"]).startswith("1 January 1815 to ")


def test_the_list_alone_keeps_the_newest() -> None:
    old = [Event(f"h{n}", f"Congress {n}", FuzzyDate.of_year(1815 + n)) for n in range(5)]
    new = [Event("b", "Round in a badge", FuzzyDate.of_year(1816))]
    choice = print_pages.chosen_for_list(old, new, 6, 2, picture=True)
    assert [e.title for e in choice.events] == ["Round in a badge", "Congress 4"]
    assert (choice.more, choice.on_pages, choice.span) == (4, 4, "1815 to 1818")
    alone = print_pages.chosen_for_list(old, new, 6, 2, picture=False)
    assert [e.title for e in alone.events] == ["Congress 3", "Congress 4"]
    assert (alone.more, alone.on_pages) == (4, 0)
    whole = print_pages.chosen_for_list(old, new, 6, 6)
    assert len(whole.events) == 6 and whole.more == 0 and whole.span == ""


def test_the_first_row_names_what_is_left_out() -> None:
    """The note is the list's first row, where a reader starts, dated with the span."""
    rows = [("1 May 2026", "Talks", "France", "AFP")]
    assert print_pages.listed_rows(rows, 5, 0, 5, "1815 to 1976") == [
        ("1815 to 1976", "5 events not listed here (all drawn with their titles on the "
         "timeline's pages): File → Export → CSV lists every one", "", ""), *rows]
    assert print_pages.listed_rows(rows, 0) == rows
