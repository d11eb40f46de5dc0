"""verify85 F8: the printed handout of a two-wire timeline (2018, 2019, then ten events of
February-March 2025).

- File → Print of the whole timeline drew 2018-2025 on one straight scale, the 2025 events
  in the page's last millimetres, while the window's Fit All drew a "≈ 5 yrs" band.
- Print Current View of March was headed "…, 2018-2025" and printed the window's "◀ 1".
- The dated list printed its titles as plain as their quotes, "lane: Treaty" under the
  participants, and only the first of an event's source sentences.

The timeline, its names and its sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from tests.ui.test_verify43_prints import _pdf_print
from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.ui import print_pages

ACCORD = ("The harbour accord of 2018 ended a long quarrel over the northern strait, "
          "but the ferry lanes shut again in 2019.")
TALKS = ("Envoys from Arland and Bovia met in Tarsen on Monday and agreed to reopen the "
         "ferry talks, Norvik mediators said.")
NIGHT = "A second briefing said the Tarsen meeting had lasted well into the night."


def _day(month: int, day: int) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(2025, month, day))


def _event(key: str, title: str, date: FuzzyDate, category: str,
           participants: tuple[str, ...] = (), sentences: tuple[str, ...] = (),
           end: FuzzyDate | None = None) -> Event:
    return Event(key, title, date, category=category, participants=participants,
                 evidence=tuple(Evidence(s, 0, len(s)) for s in sentences), end=end)


def wires() -> Timeline:
    """Two wires' events: two of 2018-2019, ten of February-March 2025."""
    both = ("Arland", "Bovia")
    return Timeline.from_events([
        _event("a", "Harbour accord signed", FuzzyDate.of_year(2018), "treaty", (), (ACCORD,)),
        _event("b", "Ferry lanes shut again", FuzzyDate.of_year(2019), "policy", both,
               (ACCORD,)),
        _event("c", "Ferry lanes closed", FuzzyDate.of_month(2025, 2), "policy"),
        _event("d", "Coast guards exchange fire near Velmar", _day(2, 11), "event", both),
        _event("e", "Arland and Bovia meet in Tarsen", _day(3, 1).with_circa(), "meeting",
               both, (TALKS,), end=_day(3, 2).with_circa()),
        # (two sentences, the first twice: merged from two wires that told it alike)
        _event("f", "Arland and Bovia agree in Tarsen to reopen talks", _day(3, 3), "treaty",
               both, (TALKS, NIGHT, TALKS)),
        _event("g", "Norvik president visits Tarsen",
               FuzzyDate.of_month(2025, 3, mod="END"), "visit", ("Norvik",)),
        _event("h", "Two prime ministers speak by telephone", _day(3, 8), "meeting",
               ("Lena Ovik", "Tomas Brel")),
        _event("i", "Relief agency delivers grain to the strait villages", _day(3, 9),
               "event", ("Relief agency",)),
        _event("j", "Foreign ministers sign framework in Norvik (scheduled)", _day(3, 14),
               "treaty", both),
        _event("k", "Joint committee meets in Velmar (scheduled)", _day(3, 18), "meeting",
               both),
        _event("l", "Bovia denies accepting a buffer zone", _day(3, 4), "statement",
               ("Bovia",))], title="Arland and Bovia, 2018-2025")


def _printed(monkeypatch) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """What each print painted (``paint_pages``'s arguments, read from its view): its
    title, subtitle, dated list, whether its axis has gaps' bands, where (a share of the
    view's width) the 2025 events' days are, and its lanes' "◀ N" / "N ▶" counts."""
    seen: list[dict[str, Any]] = []
    real = print_pages.paint_pages

    def spy(device, view, title, subtitle, rows=(), *args, **named):  # type: ignore[no-untyped-def]
        width = view.viewport().width()
        days = [FuzzyDate.of_month(2025, 2).start_day(), _day(3, 18).start_day()]
        seen.append({"title": title, "subtitle": subtitle, "rows": list(rows),
                     "bands": view.has_gap_bands(),
                     "x": [view.x_of_day(day) / width for day in days],
                     "off_view": [lane.hidden for lane in view._layout().lanes]})
        return real(device, view, title, subtitle, rows, *args, **named)

    monkeypatch.setattr(print_pages, "paint_pages", spy)
    return seen


def test_the_whole_timeline_prints_with_the_gap_band_the_window_draws(  # type: ignore[no-untyped-def]
        window, monkeypatch, tmp_path):
    """Fit All draws the empty 2020-2024 as a band; the print did not, the ten 2025 events
    in the last ~2 % of the page.  It now draws the window's band, February to March 2025
    over a good part of the page."""
    window.document.replace_timeline(wires(), None)
    window.view.fit_all()
    assert window.view.has_gap_bands()
    seen = _printed(monkeypatch)
    _pdf_print(window, monkeypatch, tmp_path / "whole.pdf")
    (printed,) = seen
    assert printed["bands"], printed
    february, march = printed["x"]
    assert march - february > 0.1, printed  # (0.014 on the straight scale)
    # (as the window's Fit All gives them its width, within a fifth)
    width = window.view.viewport().width()
    on_screen = (window.view.x_of_day(_day(3, 18).start_day())
                 - window.view.x_of_day(FuzzyDate.of_month(2025, 2).start_day())) / width
    assert march - february > 0.8 * on_screen, (printed, on_screen)


def test_print_current_view_is_headed_by_its_days_without_off_view_counts(  # type: ignore[no-untyped-def]
        window, monkeypatch, tmp_path):
    window.document.replace_timeline(wires(), None)
    window.view.fit_all()
    window.view.go_to_days(dt.date(2025, 2, 1).toordinal(), dt.date(2025, 4, 1).toordinal())
    # (the window counts the 2018-2019 events left of its view: "◀ 1")
    assert any(lane.hidden[0] for lane in window.view._layout().lanes)
    seen = _printed(monkeypatch)
    _pdf_print(window, monkeypatch, tmp_path / "march.pdf", whole=False)
    (printed,) = seen
    assert "2018" not in printed["title"], printed["title"]
    assert printed["title"].startswith("Arland and Bovia, ") and "2025" in printed["title"]
    assert "of the timeline" in printed["subtitle"]
    assert "2025" not in printed["subtitle"]  # (the days said once, in the title)
    assert all(counts == (0, 0) for counts in printed["off_view"]), printed["off_view"]


def test_a_period_heading_takes_the_place_of_the_years_a_name_ends_with() -> None:
    heading = print_pages.period_heading
    days = "1 February – 31 March 2025"
    assert heading("Arland and Bovia, 2018-2025", f"{days} · 10 of the timeline’s 12 events",
                   days) == (f"Arland and Bovia, {days}", "10 of the timeline’s 12 events")
    assert heading("Strait talks, 2025", f"{days} · 3 events", days)[0] == \
        f"Strait talks, {days}"
    # A name of the person's own keeps its words, the days after it
    assert heading("Pellan Sound dispute", f"{days} · 3 events", days)[0] == \
        f"Pellan Sound dispute, {days}"
    assert heading("Arland, 1,200 ships", "x", days)[0] == f"Arland, 1,200 ships, {days}"


def test_the_dated_list_names_no_lane_and_prints_every_sentence_once() -> None:
    rows = {title.split("\n")[0]: (title, names) for _date, title, names, _who
            in print_pages.chronology_rows(wires().events, {}, sentences=True)}
    title, names = rows["Harbour accord signed"]
    assert names == ""  # (was "lane: Treaty")
    title, names = rows["Arland and Bovia agree in Tarsen to reopen talks"]
    assert title.split("\n")[1:] == [f"“{TALKS}”", f"“{NIGHT}”"]
    assert names == "Arland, Bovia"
    assert print_pages.list_heads()[2] == "Participants"
    assert print_pages.list_heads("place")[2] == "Place"


def test_the_dated_list_prints_titles_bold_and_sentences_plain(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rows = print_pages.chronology_rows(wires().events, {}, sentences=True)
    drawn: list[tuple[bool, str]] = []
    real = QPainter.drawText

    def spy(painter, *args):  # type: ignore[no-untyped-def]
        text = next((a for a in args if isinstance(a, str)), "")
        drawn.append((painter.font().bold(), text))
        return real(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    page = QImage(1400, 990, QImage.Format.Format_ARGB32)
    painter = QPainter(page)
    try:
        for paint in print_pages._chronology_pages(painter, QRectF(0, 0, 1400, 990), 0.0,
                                                    rows, 0):
            paint(0.0)
    finally:
        painter.end()
    bold = {text for is_bold, text in drawn if is_bold}
    plain = {text for is_bold, text in drawn if not is_bold}
    assert "Arland and Bovia agree in Tarsen to reopen talks" in bold
    assert f"“{TALKS}”\n“{NIGHT}”" in plain
    assert "Participants" in bold


def test_a_narrow_band_s_length_keeps_clear_of_the_decades_names(window) -> None:  # type: ignore[no-untyped-def]
    """fix88's A4 handout: "2010s ≈ 10 yrs 2023" on the decades' row read as one label.
    The length keeps 8 px from a period's name, else it takes the band's "≈" place."""
    from tests.ui.test_print_handout_size_fix88 import _dispute

    window.document.replace_timeline(_dispute(), None)
    view = window._print_view(True, 954)  # (the A4 landscape print's width)
    try:
        _lines, labels = view._axis_layout(view._axis_segments(), view.viewport().width())
        (length,) = [label for label in labels if label.text.startswith("≈ ")]
        for other in labels:
            if other.bold and other.rect.intersects(
                    length.rect.adjusted(-7.5, 0, 7.5, 0)):
                raise AssertionError((length.text, length.rect, other.text, other.rect))
    finally:
        view.deleteLater()


def test_the_review_s_first_note_reads_whole_without_show_all(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify85 F12: the second article's review said "… (tick to merge, untick to …" and
    only Show all gave the rest.  The first note wraps whole (up to three lines), the
    notes after it behind "Show all (2)" as before."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from timeline_app.ui.review_notes import ReviewNotes

    first = ("3 look like events already in the timeline, told by another article: start "
             "half ticked, their sentences cited by the events as a second telling, "
             "nothing else changed (tick to merge, untick to leave out).")
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(700, 300)
    notes = ReviewNotes(window)
    QVBoxLayout(window).addWidget(notes)
    notes.setText("8 events found in a wire of 10 March 2025.\n" + first
                  + "\nRows 4 and 6 may be one event told twice.")
    window.show()
    qtbot.waitExposed(window)
    drawn = QLabel.text(notes.notes)  # (what the line shows, not the whole text)
    assert "untick to leave out)." in " ".join(drawn.split()), drawn
    # (the second note fits in the first's last line: every note is drawn whole, so no
    # "Show all", fix93: verify88 F8 — "Show all (2)" beside notes shown whole did nothing)
    assert "told twice." in drawn and not notes.toggle.isVisible(), drawn
    height = notes.height()
    notes.setText(notes.text() + "\nA third note, come with a correction.")  # steady
    assert notes.height() == height
    # (now a note is cut or hidden: "Show all" offers the rest, as before)
    assert notes.toggle.isVisible() and "(3)" in notes.toggle.text(), notes.toggle.text()
