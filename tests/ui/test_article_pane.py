"""The Article pane tags off the GUI thread: text at once, marks when ready, never stale."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest

import timeline_app.extract as extract
from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline
from timeline_app.ui.main_window import MainWindow

_MONTHS = ("January February March April May June July August September October November "
           "December").split()
_GATE_LIMIT = 120  # seconds a gated tagger waits at most, so a broken test cannot hang


def _article(size: int, place: str) -> str:
    """About ``size`` characters of dated diplomatic prose (a long wire story)."""
    parts: list[str] = []
    length = 0
    i = 0
    while length < size:
        i += 1
        part = (f"Paragraph {i}: the foreign ministers met in {place} on {1 + i % 28} "
                f"{_MONTHS[i % 12]} 2024, two weeks after talks that began last month.\n")
        parts.append(part)
        length += len(part)
    return "".join(parts)


def _timeline(*texts: tuple[str, str]) -> Timeline:
    events = []
    sources = {}
    for source_id, text in texts:
        sources[source_id] = Source(source_id, title=f"Article {source_id}", text=text,
                                    dateline_date=dt.date(2025, 3, 22))
        end = text.index("\n") + 1
        events.append(Event(f"event-{source_id}", f"Talks {source_id}",
                            FuzzyDate.of_day(dt.date(2024, 1, 1)), source_id=source_id,
                            evidence=(Evidence(text[:end], 0, end),)))
    return Timeline.from_events(events, sources=sources)


class GatedTagger:
    """Stands in for ``tag_timexes``: the real tagger, run only once the test opens a gate."""

    def __init__(self) -> None:
        self.real = extract.tag_timexes
        self.gates: dict[str, threading.Event] = {}
        self.calls: list[str] = []  # the first word of each text tagged
        self.on_gui_thread: list[bool] = []

    def gate(self, text: str) -> threading.Event:
        return self.gates.setdefault(text, threading.Event())

    def __call__(self, text: str, dct: dt.date) -> list[extract.Timex]:
        self.calls.append(text)
        on_gui_thread = threading.current_thread() is threading.main_thread()
        self.on_gui_thread.append(on_gui_thread)
        # On the GUI thread the gate could never open: tag at once (the test then fails).
        if not on_gui_thread and not self.gate(text).wait(_GATE_LIMIT):
            raise TimeoutError("the test never opened the gate")
        return self.real(text, dct)


@pytest.fixture
def tagger(monkeypatch: pytest.MonkeyPatch) -> Iterator[GatedTagger]:
    gated = GatedTagger()
    monkeypatch.setattr(extract, "tag_timexes", gated)
    yield gated
    for gate in gated.gates.values():
        gate.set()  # a job still waiting ends (its result goes nowhere)


def _window(qtbot, timeline: Timeline) -> MainWindow:
    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.show()
    window.findChild(object, "articleDock").raise_()  # the pane on screen, as a reader has it
    return window


def _marked(window: MainWindow) -> bool:
    return 'href="timex:' in window.article_pane.toHtml()


def test_a_large_article_is_shown_before_tagging_ends(qtbot, tagger):
    text = _article(50_000, "Geneva")
    window = _window(qtbot, _timeline(("a", text)))
    pane = window.article_pane
    gate = tagger.gate(text)

    window.view.select_event("event-a")

    # The tagger is held at its gate, so tagging has not ended, yet the whole text is there.
    assert not gate.is_set()
    shown = pane.toPlainText()
    assert text.splitlines()[-1] in shown and "Paragraph 1:" in shown
    assert pane.marks_pending() and not _marked(window)
    with qtbot.waitSignal(pane.marks_shown, timeout=60_000) as shown_signal:
        gate.set()
    assert shown_signal.args == ["a"]
    assert tagger.on_gui_thread == [False]  # tagged on a worker thread
    assert _marked(window) and not pane.marks_pending()
    assert len(pane.timexes()) > 500  # every paragraph's dates, from the cache
    assert len(tagger.calls) == 1


def test_switching_articles_while_tagging_never_shows_stale_marks(qtbot, tagger):
    first, second = _article(20_000, "Geneva"), _article(20_000, "Seoul")
    window = _window(qtbot, _timeline(("a", first), ("b", second)))
    pane = window.article_pane
    applied: list[str] = []
    pane.marks_shown.connect(applied.append)

    window.view.select_event("event-a")
    # The first job has started (a queued job that never started is dropped on a switch,
    # which a loaded machine can make happen here): now switch while it runs.
    qtbot.waitUntil(lambda: first in tagger.calls, timeout=60_000)
    window.view.select_event("event-b")  # before the first article's tagging ended
    assert "Seoul" in pane.toPlainText() and not _marked(window)

    with qtbot.waitSignal(pane.tagging_ended, timeout=60_000) as ended:
        tagger.gate(first).set()
    assert ended.args == ["a"]
    # The first article's marks are kept for later but not put on the second article.
    assert applied == [] and not _marked(window)
    assert "Seoul" in pane.toPlainText() and "Geneva" not in pane.toPlainText()

    with qtbot.waitSignal(pane.marks_shown, timeout=60_000) as shown:
        tagger.gate(second).set()
    assert shown.args == ["b"] and applied == ["b"]
    marked_second = pane.toHtml()
    assert 'href="timex:' in marked_second

    # Back to the first article: its marks come from the cache at once, no tagging again.
    window.view.select_event("event-a")
    assert "Geneva" in pane.toPlainText() and _marked(window)
    assert not pane.marks_pending()
    assert sorted(tagger.calls) == sorted([first, second])


def test_an_edited_article_is_tagged_again(qtbot, tagger):
    text = _article(2_000, "Geneva")
    window = _window(qtbot, _timeline(("a", text)))
    pane = window.article_pane
    tagger.gate(text).set()
    with qtbot.waitSignal(pane.marks_shown, timeout=60_000):
        window.view.select_event("event-a")
    # Same source id, other text (an article re-imported): the cache key is the text too.
    changed = text.replace("Geneva", "Vienna")
    tagger.gate(changed).set()
    timeline = _timeline(("a", changed))
    with qtbot.waitSignal(pane.marks_shown, timeout=60_000):
        window.document.replace_timeline(timeline, None)
    assert "Vienna" in pane.toPlainText() and _marked(window)
    assert tagger.calls == [text, changed]


def test_a_length_of_time_is_not_shaded_as_a_date(qtbot):
    """verify20 F11: "72-hour" and "four-day" were shaded as the dates are; a DURATION or
    SET is underlined, and its tooltip says it is no date."""
    from PySide6.QtGui import QTextCursor

    text = ("DOHA, March 11 (Reuters) - The two sides agreed on Wednesday to a 72-hour "
            "truce after four-day talks in Doha.\n")
    window = _window(qtbot, _timeline(("a", text)))
    pane = window.article_pane
    with qtbot.waitSignal(pane.marks_shown, timeout=60_000):
        window.view.select_event("event-a")
    kinds = {t.text: t.type for t in pane.timexes()}
    assert kinds.get("72-hour") == "DURATION" and kinds.get("March 11") == "DATE", kinds

    def char_format(words: str):  # type: ignore[no-untyped-def]
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane.toPlainText().index(words) + 1)
        return cursor.charFormat()

    date, length = char_format("March 11"), char_format("72-hour")
    assert date.background().color().name().lower() == "#ffe08a"
    assert length.background().color().name().lower() != "#ffe08a"
    assert length.fontUnderline() and "not a date" in length.toolTip()
    # In the text's colour, not the link colour (verify21: it looked like a link).
    assert length.foreground().color() == pane.palette().text().color()
