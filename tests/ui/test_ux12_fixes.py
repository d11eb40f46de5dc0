"""Session 11, branch ux12: defects a fresh user found in session 10 that were still open
(verify11, colors11, misc11)."""

from __future__ import annotations

import datetime as dt
import itertools
import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Source
from timeline_app.ui.view_settings import set_in_view


def _many_articles(years: range, per_year: int) -> Timeline:
    """One event and ``per_year`` articles a year, two of them on each date (a date's
    articles count one each)."""
    events: list[Event] = []
    sources: dict[str, Source] = {}
    for year in years:
        events.append(Event(f"e{year}", f"Talks of {year}", FuzzyDate.of_year(year),
                            category="meeting"))
        for n in range(per_year):
            day = dt.date(year, 1, 1) + dt.timedelta(days=(n // 2) * 7)
            sources[f"s{year}-{n}"] = Source(f"s{year}-{n}", f"Story {n}",
                                             dateline_date=day)
    return Timeline.from_events(events, sources=sources)


def test_a_packed_article_badge_row_counts_every_article(shown_view, monkeypatch):
    """verify11: at 100 000 events (Fit All, 1600x900) twelve badges stood for 10 165
    articles and none said "+N": a packed row had no room for it.  A packed row now
    has short badges ("Article · 1 Jan 1900 +57", then "4 Jan 1925 +60"), each with its
    count: together they count every article, and they still never overlap and stand
    over their own lines.  (Session 33: such crowded lines are chosen from the world,
    ``test_view_article_badges_world``; the greedy row packs where they are not, here
    all of them.)"""

    set_in_view("CROWDED_ARTICLE_LINES", 10 ** 9, monkeypatch)
    timeline = _many_articles(range(1900, 2000), 40)
    view = shown_view(timeline, (900, 500))
    QApplication.processEvents()
    width = view.viewport().width()
    named = view._named_article_columns(width)
    assert len(named) >= 4
    texts = [text for _x, _box, text in named]
    assert texts[0].startswith("Article · ")
    assert not any(text.startswith("Article") for text in texts[1:])
    assert all(" +" in text for text in texts), texts  # was: no "+N" on any badge
    counted = sum(int(text.rsplit("+", 1)[1].rstrip(" ▶")) + 1 for text in texts)
    assert counted == len(timeline.sources)  # articles, not their 2 000 dates
    boxes = [box for _x, box, _text in named]
    for left, right in itertools.pairwise(boxes):
        assert left.right() <= right.left()
    for x, box, text in named:
        assert box.left() + 4 <= x <= box.right() - 4
        assert view._small_width(text) + 8 <= box.width() + 1e-6  # the text fits
    # The tooltip says what a short badge stands for.
    x, box, text = named[1]
    more = int(text.rsplit("+", 1)[1])
    first = dt.date.fromordinal(math.floor(view.day_at(x)))
    tip = view._article_badge_tip(box.center())
    assert tip.startswith(f"{more + 1} articles, {first.day} {first:%B}"), tip
    assert view._article_badge_tip(box.center() + QPointF(0, 20)) == ""


def test_ctrl_right_at_fit_all_moves_the_event_and_keeps_the_view(window, qtbot):
    """verify11 finding 6: default timeline at 1024x700, Ctrl+0, the Dispute bar "late
    2024" selected, Ctrl+→: the date became "early 2025" but the view re-fitted from 21
    Apr 1964 – 9 Oct 2025 to 15 Aug 1963 – 15 Jan 2027 with a second gap band (the
    emptied 2023-2024), and an event between the bands lost its title.  The view now
    stays; Ctrl+0 collapses the new empty period; Ctrl+Z brings the event back."""
    from PySide6.QtCore import Qt

    window.resize(1024, 700)
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    before = view.visible_days(), view.px_per_day(), view.scale().breaks
    view.select_event("sado-memorial-boycott")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert window.document.timeline.get("sado-memorial-boycott").date.describe() == "early 2025"
    assert (view.visible_days(), view.px_per_day(), view.scale().breaks) == before
    assert "Yoon announces" in view.label_text("forced-labour-compensation")
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert window.document.timeline.get("sado-memorial-boycott").date.describe() == "late 2024"
    assert (view.visible_days(), view.px_per_day(), view.scale().breaks) == before
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    view.fit_all()  # Ctrl+0: the empty 2023-2024 is a band now
    assert len(view.scale().breaks) == 2


def test_a_narrow_gap_band_says_its_length_short(window):
    """verify11 finding 3: at 1024x700 the default timeline's 1965→2023 band (~45 px)
    said only "≈": "years" under "≈ 57" needs more room than the band has between its
    zig-zags.  It now says "≈ 57" over "yrs"; at 1280 px "≈ 57" over "years", as before."""
    window.resize(1024, 700)
    QApplication.processEvents()
    # Details as wide as it was before a narrowed window narrowed it too (ui13): the
    # view ~620 px, its band ~45 px.
    window.resizeDocks([window._details_dock], [384], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    view = window.view
    view.fit_all()
    texts = [text for _rect, text in view.axis_labels()]
    assert "≈ 57" in texts and "yrs" in texts, texts
    window.resize(1280, 800)
    QApplication.processEvents()
    view.fit_all()
    texts = [text for _rect, text in view.axis_labels()]
    assert "≈ 57" in texts and "years" in texts, texts


def test_the_merge_dialog_selects_all_or_none_and_asks_before_dropping_choices(
        qtbot, monkeypatch):
    """verify11 finding 11: File → Merge with 1 000 events had no Select All / Select None
    (the import review has both), and Esc after unticking two rows closed it without
    asking.  Alt+N unticks every row, Alt+A ticks them again; Esc after a change asks
    (Keep Editing keeps the dialog and the ticks), Esc with nothing changed does not."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from timeline_app.ui import prompts
    from timeline_app.ui.merge_dialog import MergeDialog

    other = Timeline.from_events([
        Event(f"m{i}", f"Summit {i}", FuzzyDate.of_year(1990 + i), category="meeting")
        for i in range(5)])
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(prompts, "ask_discard",
                        lambda _p, title, _m: asked.append(title) or answer[0])
    dialog = MergeDialog(other, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = range(dialog.table.rowCount())
    assert all(dialog.is_checked(row) for row in rows)
    alt = Qt.KeyboardModifier.AltModifier
    assert dialog.none_button.shortcut() == QKeySequence(alt | Qt.Key.Key_N)
    assert dialog.all_button.shortcut() == QKeySequence(alt | Qt.Key.Key_A)
    dialog.none_button.setFocus()
    qtbot.keyClick(dialog.none_button, Qt.Key.Key_Space)
    assert not any(dialog.is_checked(row) for row in rows)
    assert not dialog.ok_button.isEnabled()
    dialog.all_button.click()
    assert all(dialog.is_checked(row) for row in rows)
    dialog.set_checked(1, False)
    dialog.set_checked(3, False)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert asked == ["Discard your choices?"]
    assert dialog.isVisible() and not dialog.is_checked(1)  # kept, as chosen
    answer[0] = True
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == MergeDialog.DialogCode.Rejected
    fresh = MergeDialog(other, [])  # nothing changed: Esc closes at once
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.keyClick(fresh.table, Qt.Key.Key_Escape)
    assert not fresh.isVisible() and len(asked) == 2


def test_a_dark_chosen_colours_swatches_are_outlined_on_the_dark_theme(qapp, shown_view):
    """colors11's not-done: a navy lane's swatch (lane header, legend) was drawn as given
    with no outline or a navy one, all but invisible on the dark theme.  Both now have an
    edge of 3:1 or more against what is behind them (WCAG 1.4.11), as the markers do."""
    from PySide6.QtGui import QColor

    from timeline_app.ui import style, theme
    from timeline_app.ui.legend import swatch_icon
    from timeline_app.ui.style import contrast_ratio

    navy = QColor("#000080")
    try:
        theme.apply_theme(qapp, "dark")
        style.assign_category_colors(["Talks"], {"Talks": "#000080"})
        timeline = Timeline.from_events([Event("a", "Talks", FuzzyDate.of_year(2000),
                                               category="Talks")],
                                        category_colors={"Talks": "#000080"})
        view = shown_view(timeline, (600, 300))
        QApplication.processEvents()  # (a window left by another test may reassign them)
        style.assign_category_colors(["Talks"], {"Talks": "#000080"})
        view._invalidate()
        header = view.lane_name_rect("Talks")
        image = view.viewport().grab().toImage()
        behind = image.pixelColor(int(header.left()) - 4, int(header.center().y()))
        assert contrast_ratio(navy, behind) < theme.NON_TEXT_CONTRAST  # the fill alone
        # the swatch's 12 px square: its outline has contrast, its middle is the colour
        row = [image.pixelColor(x, int(header.center().y())) for x in range(2, 24)]
        best = max(contrast_ratio(pixel, behind) for pixel in row)
        assert best >= theme.NON_TEXT_CONTRAST, [p.name() for p in row]
        # (its middle the colour as the dark theme paints it: lighter, verify55 F33)
        painted = style.for_dark_theme("#000080").name()
        assert painted != "#000080"
        assert any(pixel.name() == painted for pixel in row), [p.name() for p in row]
        palette = qapp.palette()
        icon = swatch_icon(navy, 12, 1.0).pixmap(12, 12).toImage()
        window = palette.window().color()
        edge = icon.pixelColor(0, 6)
        assert contrast_ratio(edge, window) >= theme.NON_TEXT_CONTRAST, edge.name()
    finally:
        style.assign_category_colors([])
        theme.apply_theme(qapp, "light")


def test_a_picture_of_the_view_starts_at_a_lane_heading(window, recorded_prompts, tmp_path,
                                                        monkeypatch):
    """verify11 finding 10: File → Export → PNG picture of the current view began at the
    window's vertical scroll, mid-lane: the Treaty heading was missing and its first row
    of titles cut in half.  The picture's lanes start at a lane's heading; since verify34
    (F6) they are every lane of the period, from the first; the window's scroll stays."""
    from PySide6.QtGui import QImage

    from timeline_app.ui import export_picture as pictures
    from timeline_app.ui.timeline_view import LANES_TOP

    events = [Event(f"{category}{n}", f"{category.title()} event number {n} of many",
                    FuzzyDate.of_ymd(2024, 1 + n, 1 + n), category=category)
              for category in ("treaty", "policy", "dispute", "visit", "meeting", "statement")
              for n in range(6)]
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.resize(1100, 560)
    QApplication.processEvents()
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    lanes = view._layout().lanes
    bar = view.verticalScrollBar()
    assert bar.maximum() > lanes[1].top + 20, "the lanes are taller than the view"
    bar.setValue(int(lanes[1].top) + 20)  # the policy lane's heading above the view's top
    seen: list[int] = []
    drawn: list[tuple[int, float]] = []  # the picture's lanes, and their bottom
    render = pictures._render

    def spy(view_, painter, *args):  # type: ignore[no-untyped-def]
        seen.append(view_.verticalScrollBar().value())
        laid = view_.laid_out_lanes()
        drawn.append((len(laid), laid[-1].top + laid[-1].height))
        render(view_, painter, *args)

    monkeypatch.setattr(pictures, "_render", spy)
    recorded_prompts.export_path = str(tmp_path / "view.png")
    assert window.export_picture("PNG", whole=False)
    # verify34 F6: the picture is of the period on screen in every lane, painted from a
    # view of its own from the first lane's heading (the window's lanes below its scroll
    # were left out of a teacher's handout); the window's scroll stays.
    assert seen == [0]
    assert bar.value() == int(lanes[1].top) + 20  # the window's view is as it was
    image = QImage(recorded_prompts.export_path)
    # Every lane, to the last one's end (the picture is wider than the window since
    # verify59 F18, so its lanes may take fewer rows than the window's)
    ((count, bottom),) = drawn
    assert count == len(lanes)
    assert image.height() / 2 > LANES_TOP + bottom + pictures.header_height()


def _close_during_a_held_export(window, qtbot, monkeypatch, target, hold: int,  # type: ignore[no-untyped-def]
                                cancel: bool, quit_keys: bool = False) -> None:
    """Export CSV to ``target`` in the background, hold ``io.atomic``'s fsync call
    ``hold`` on the worker, press Cancel if ``cancel``, close the window (with Quit's
    keys typed into the progress dialog if ``quit_keys``), let it go."""
    from PySide6.QtWidgets import QPushButton

    from tests.ui.test_export_job import _finished, _FsyncGate
    from timeline_app.io import atomic
    from timeline_app.ui import export_job

    monkeypatch.setattr(export_job, "BACKGROUND_FROM", 3)
    gate = _FsyncGate(hold)
    monkeypatch.setattr(atomic.os, "fsync", gate)
    try:
        assert window.export_as("CSV")
        assert gate.reached.wait(10)
        if cancel:
            window._progress.findChild(QPushButton).click()  # the dialog's Cancel
        if quit_keys:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QAction, QKeySequence

            # (the offscreen platform binds no key to Quit: X11's own Ctrl+Q)
            quit_action = next(action for action in window.findChildren(QAction)
                               if action.text() == "&Quit")
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
            progress = window._progress
            progress.show()
            progress.activateWindow()
            qtbot.waitUntil(progress.isActiveWindow)
            qtbot.keyClick(progress, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        else:
            assert not window.close()  # waits for the worker to say how the export ended
        assert window.isVisible()
        assert window.statusBar().currentMessage().startswith("Closing once the")
    finally:
        gate.released.set()
        _finished()
    qtbot.waitUntil(lambda: window._job is None, timeout=10_000)
    QApplication.processEvents()


def test_a_close_while_an_export_finishes_waits_for_it(window, recorded_prompts, qtbot,
                                                       tmp_path, monkeypatch):
    """misc11's not-done: closing the window while an export (cancelled or not) was still
    finishing dropped its result without a word, and the worker might still write the
    file.  The close now waits: an export left to run is written and the window closes;
    a cancelled one that stopped in time closes it with nothing written."""
    from timeline_app.io.formats import export_bytes

    target = tmp_path / "big.csv"
    recorded_prompts.export_path = str(target)
    _close_during_a_held_export(window, qtbot, monkeypatch, target, hold=1, cancel=False)
    assert target.read_bytes() == export_bytes(window.document.timeline, "CSV")
    assert not window.isVisible()  # closed once it was written
    window.show()
    target.write_bytes(b"the old file")
    _close_during_a_held_export(window, qtbot, monkeypatch, target, hold=1, cancel=True)
    assert target.read_bytes() == b"the old file"
    assert not window.isVisible()
    assert recorded_prompts.errors == []


def test_a_close_after_cancel_stays_open_when_the_file_was_written_anyway(
        window, recorded_prompts, qtbot, tmp_path, monkeypatch):
    """A Cancel that came as the file was renamed into place: the export is written; the
    window that was closing stays open and says so (closing, it said nothing)."""
    target = tmp_path / "big.csv"
    recorded_prompts.export_path = str(target)
    _close_during_a_held_export(window, qtbot, monkeypatch, target, hold=2, cancel=True)
    assert target.is_file()
    assert window.isVisible()
    assert window.statusBar().currentMessage() == (
        "Exported big.csv: it was already written when Cancel was pressed")
