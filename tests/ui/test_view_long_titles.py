"""Titles certainly wider than ``MAX_LABEL_PX`` are not shaped whole
(``TimelineView._label_width``): the lower bound from their words' widths says they are
over the cap, and every use of the width caps it there or elides the title.  The layout,
the labels' text and the pixels must be those of shaping every title, at every zoom, for
Latin, Korean, Japanese and Arabic titles, and an edited title must show its new text."""

from __future__ import annotations

import dataclasses
import datetime as _dt

import pytest
from PySide6.QtGui import QFontMetricsF
from test_view_batched_paint import _picture
from test_view_cold_layout import _cold, _digest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.safe_text import display_title
from timeline_app.ui.timeline_view import MAX_LABEL_PX, TimelineView

LONG = [
    "The United Kingdom and Brazil welcome progress on visa waivers and agree to hold "
    "another round of talks on fisheries in the East China Sea next spring",
    "대한민국 외교부 장관과 일본 외무대신이 서울에서 회담을 열고 양국 관계 개선과 "
    "북한 핵 문제에 대한 긴밀한 공조 방안을 논의했다고 밝혔다",
    "日本の外務大臣と韓国の外交部長官が東京で会談し 両国関係の改善と 北朝鮮の核問題への "
    "緊密な連携について協議した",
    "وزير الخارجية يلتقي نظيره في الرياض لبحث الملف النووي والتعاون الاقتصادي وتعزيز "
    "العلاقات الثنائية بين البلدين الشقيقين",
    "AVAV Towards a WAVY Yoyo accord: \"To\" (or not) — Envoys meet\tin Geneva, Vienna; "
    "and Oslo — ministers sign the e\u0301tude of the Ko\u0308ln accord in Zu\u0308rich 🤝",
]
SHORT = ["Talks in Seoul", "서울 회담", "東京で会談", "محادثات في الرياض"]


def _timeline(n: int) -> Timeline:
    first = _dt.date(2001, 1, 1).toordinal()
    titles = LONG + SHORT
    events = []
    for i in range(n):
        day = _dt.date.fromordinal(first + (i * 11) % 900)
        end = FuzzyDate.of_day(day + _dt.timedelta(days=2 + i % 30)) if i % 5 == 0 else None
        events.append(Event(f"e{i}", f"{titles[i % len(titles)]} {i}", FuzzyDate.of_day(day),
                            end=end, category=("meeting", "visit")[i % 2]))
    return Timeline.from_events(events)


class _Counting(QFontMetricsF):
    """The label font's metrics, remembering every text they measured."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.texts: list[str] = []

    def horizontalAdvance(self, text: str, *args: object) -> float:  # type: ignore[override]  # noqa: N802
        self.texts.append(text)
        return super().horizontalAdvance(text, *args)


def _exact_and_bounded(view: TimelineView, monkeypatch: pytest.MonkeyPatch
                       ) -> tuple[tuple[list[object], object, int],
                                  tuple[list[object], object, int]]:
    """(layout digest, picture, titles not shaped whole) with every title shaped whole,
    then with the bound (the titles' words measured before, as in a session)."""
    results = []
    char_width = view._label_char_width
    spared = [0]
    real = TimelineView._known_least_width

    def counted(self: TimelineView, event: Event, title: str) -> float:
        least = real(self, event, title)
        spared[0] += least > MAX_LABEL_PX + 0.5
        return least

    with monkeypatch.context() as patch:
        patch.setattr(TimelineView, "_known_least_width", counted)
        for width in (0.0, char_width):  # 0: no title is tried against the bound
            view._label_char_width = width
            _cold(view)
            for event in view._document.timeline.events:
                view._least_label_width(event)  # the words' widths, as packing measures
            view._least_cache.clear()
            spared[0] = 0
            results.append((_digest(view), _picture(view), spared[0]))
    view._label_char_width = char_width
    return results[0], results[1]


@pytest.mark.parametrize("days", [None, 365.0, 31.0, 7.0, 1.0])
def test_long_titles_lay_out_and_paint_as_shaped_whole(shown_view, monkeypatch, days):
    view = shown_view(_timeline(300), (1500, 800))
    if days is not None:
        start = _dt.date(2001, 9, 1).toordinal()
        view.go_to_days(start, start + days)
    exact, bounded = _exact_and_bounded(view, monkeypatch)
    assert bounded[0] == exact[0]
    assert bounded[1] == exact[1]
    assert exact[2] == 0 and bounded[2] > 0  # long titles on screen were not shaped whole
    labels = [entry[3] for entry in exact[0] if isinstance(entry, tuple) and len(entry) == 5]
    # long titles elided on screen, or whole past the cap where their row had the room
    # (view58: ``_widen_capped_titles``; a day across 1500 px has it)
    assert any(label.endswith("…") or label.rsplit(" ", 1)[0] in LONG for label in labels)


def test_a_long_title_is_not_shaped_whole(shown_view):
    """Fails on the old code: every title was measured with ``horizontalAdvance``."""
    view = shown_view(_timeline(len(LONG) + len(SHORT)), (900, 500))
    latin = view._document.timeline.get("e0")
    view._label_cache.clear()
    view._least_label_width(latin)  # its words measured (packing does it near an edge)
    counting = _Counting(view._label_font)
    view._label_metrics = counting
    title = display_title(latin.title)
    width = view._label_width(latin)
    assert title not in counting.texts
    assert width > MAX_LABEL_PX + 0.5
    assert width <= QFontMetricsF(view._label_font).horizontalAdvance(title) + 30
    # A short title is measured exactly.
    short = view._document.timeline.get(f"e{len(LONG)}")
    assert view._label_width(short) == QFontMetricsF(view._label_font).horizontalAdvance(
        display_title(short.title))
    # Elided as with the exact width, at every width a label gets.
    exact = QFontMetricsF(view._label_font).horizontalAdvance(title)
    for allowed in (MAX_LABEL_PX, 400.0, 151.0, 40.0):
        view._elided_cache.clear()
        text, text_width = view._label_text(latin, allowed)
        view._label_cache[latin.id] = exact
        view._elided_cache.clear()
        assert (text, text_width) == view._label_text(latin, allowed)
        view._label_cache[latin.id] = width


def test_an_edited_long_title_shows_its_new_text(shown_view):
    """Across zoom levels the widths are kept by event; an edit (long to short, short to
    long) forgets them, and the label shows the new title."""
    view = shown_view(_timeline(40), (1500, 800))
    start = _dt.date(2001, 1, 1).toordinal()
    view.go_to_days(start - 3, start + 4)
    document = view._document
    event = document.timeline.get("e0")
    assert view._layout().items_by_id["e0"].label.endswith("…")
    document.update_event(dataclasses.replace(event, title="Short talks"))
    assert view._layout().items_by_id["e0"].label == "Short talks"
    assert view._label_width(document.timeline.get("e0")) == QFontMetricsF(
        view._label_font).horizontalAdvance("Short talks")
    document.update_event(dataclasses.replace(document.timeline.get("e0"),
                                              title="Edited: " + LONG[3]))
    label = view._layout().items_by_id["e0"].label
    assert label.endswith("…") and ("Edited: " + LONG[3]).startswith(label[:-1].rstrip())
    view.go_to_days(start - 30, start + 30)  # another zoom level: the same title
    assert view._layout().items_by_id["e0"].label.startswith("Edited: ")


def test_text_caches_forget_their_oldest_not_everything(shown_view):
    """Past 20 000 laid-out texts the view forgets the oldest thousand, not all of them:
    emptying the cache cost one frame ~31 ms and made the next lay out every title on
    screen again.  Fails on the old code (the whole cache was emptied)."""
    view = shown_view(_timeline(10), (600, 300))
    view._static_texts.clear()
    made = [view._static_text(0, f"t{i}") for i in range(20_001)]
    recent = view._static_text(0, "on screen")
    assert view._static_text(0, "t20000") is made[-1]
    assert view._static_text(0, "t10000") is made[10_000]
    assert view._static_text(0, "on screen") is recent
    from timeline_app.ui.timeline_view import EVICTED_AT_ONCE, _make_room

    assert len(view._static_texts) == 20_001 + 1 - EVICTED_AT_ONCE
    assert (0, "t0") not in view._static_texts
    assert view._static_text(0, f"t{EVICTED_AT_ONCE}") is made[EVICTED_AT_ONCE]
    cache = dict.fromkeys(range(EVICTED_AT_ONCE + 5))
    _make_room(cache, EVICTED_AT_ONCE + 5)  # at the limit: nothing goes
    assert len(cache) == EVICTED_AT_ONCE + 5
    cache[-1] = None
    _make_room(cache, EVICTED_AT_ONCE + 5)
    assert list(cache) == [*range(EVICTED_AT_ONCE, EVICTED_AT_ONCE + 5), -1]


PLAIN_WORDS = ["Talks", "in", "Seoul", "AVAV", "WAVY", "Yoyo", "accord:", "\"To\"", "(or",
               "not)", "envoys", "meet,", "Vienna;", "Oslo", "T.", "L'Aquila", "100%",
               "[draft]", "x-ray", "Wo", "fi", "ff", "-", "..."]


def test_plain_titles_measure_as_their_words_added_up(shown_view):
    """A title of printable ASCII words (perhaps elided, ending in "…") measures as its
    words, spaces and "…" added up, to the last bit, without shaping the title
    (``_summed_width``, issue 11, session 44: ~100 titles and prefixes shaped a
    2560x1440 pan at a year).  Fails on the old code: every new title and elided
    prefix was shaped by ``horizontalAdvance``."""
    view = shown_view(_timeline(len(LONG) + len(SHORT)), (900, 500))
    exact = QFontMetricsF(view._label_font).horizontalAdvance
    assert view._widths_add_up()  # (the test font: no kerning across a space)
    texts = []
    for i, word in enumerate(PLAIN_WORDS):
        for j in range(1, 6):
            words = [PLAIN_WORDS[(i + k * j) % len(PLAIN_WORDS)] for k in range(j + 1)]
            texts += [" ".join(words), " ".join(words) + "…", "  ".join(words),
                      " " + " ".join(words) + " ", word + "…"]
    for word in PLAIN_WORDS:
        view._measure_label(word)  # the words measured (packing does it near an edge)
    counting = _Counting(view._label_font)
    view._label_metrics = counting
    assert view._widths_add_up()  # (probed again for these metrics)
    counting.texts.clear()
    for text in texts:
        assert view._measure_label(text) == exact(text), text
    assert not counting.texts  # no text shaped: only known words added up
    # Titles too (``_label_width``), and a text that is not plain ASCII is shaped.
    plain = dataclasses.replace(view._document.timeline.get(f"e{len(LONG)}"),
                                id="plain", title="Talks in Seoul, Vienna; Oslo")
    view._measure_label("Seoul,")
    counting.texts.clear()
    view._label_width(plain)
    assert not counting.texts
    assert view._label_width(plain) == exact("Talks in Seoul, Vienna; Oslo")
    for text in ("Talks in Seoul\tOslo", "서울 회담 Talks", "Talks … in Seoul"):
        assert view._measure_label(text) == exact(text)
        assert text in counting.texts


def test_a_font_that_kerns_across_spaces_is_measured_whole(shown_view, monkeypatch):
    """Where the probe finds a space or "…" kerned against a character, texts are
    shaped whole, as before (``_widths_add_up``)."""
    view = shown_view(_timeline(len(LONG) + len(SHORT)), (900, 500))
    counting = _Counting(view._label_font)
    view._label_metrics = counting
    real = counting.horizontalAdvance

    def kerned(text: str, *args: object) -> float:
        width = real(text, *args)
        return width - 0.5 if text == "A " else width

    monkeypatch.setattr(counting, "horizontalAdvance", kerned)
    view._add_up_probe = None
    assert not view._widths_add_up()
    counting.texts.clear()
    assert view._measure_label("Talks in Seoul") == QFontMetricsF(
        view._label_font).horizontalAdvance("Talks in Seoul")
    assert "Talks in Seoul" in counting.texts


def test_a_small_timeline_measures_whole_without_the_probe(shown_view):
    """Below ``SUMMED_WIDTHS_AFTER`` titles measured, texts are measured whole and the
    font is not probed (~300 measurements: a small timeline's first paint, start-up);
    past it, the probe is made once and texts are added up."""
    from timeline_app.ui.view_layout import SUMMED_WIDTHS_AFTER

    view = shown_view(_timeline(len(LONG) + len(SHORT)), (900, 500))
    assert view._add_up_probe is None  # (laid out and painted: no probe)
    assert view._summed_width("Talks in Seoul") is None
    for i in range(SUMMED_WIDTHS_AFTER):
        view._label_cache[f"x{i}"] = 1.0
    assert view._summed_width("Talks in Seoul") == QFontMetricsF(
        view._label_font).horizontalAdvance("Talks in Seoul")
    assert view._add_up_probe is not None
