"""A category's chosen colour (``Timeline.category_colors``, e.g. from a Timeline Project
file) is the lane's colour in the view, the legend, the filters, the event list and the
picture exports; changed only through the undo stack (new-user trial 11, finding 9)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.ui import style, theme
from timeline_app.ui.style import AA_CONTRAST, category_color, contrast_ratio

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT.parent / "shared" / "formats" / "timeline-project-example.timeline"
needs_shared = pytest.mark.skipif(not EXAMPLE.is_file(), reason="../shared/formats is not here")


@pytest.fixture(autouse=True)
def _no_chosen_colours_after() -> Iterator[None]:
    yield
    style.assign_category_colors([])  # the next test starts with the palette's colours


def _event(event_id: str, category: str, day: int = 1) -> Event:
    return Event(event_id, f"Event {event_id}", FuzzyDate.of_ymd(2024, 3, day), category=category)


def _count(image: QImage, color: str, tolerance: int = 0) -> int:
    """Pixels of ``color`` in ``image`` (every 2nd pixel of every 2nd row): those of
    ``_count_each``, read as one array (a ``pixelColor`` call a pixel took most of a
    whole-window test's time; session 60)."""
    want = QColor(color)
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # as pixelColor: not premultiplied
    words = np.frombuffer(argb.constBits(), np.uint32).reshape(
        argb.height(), argb.bytesPerLine() // 4)[::2, :argb.width():2]
    near = np.ones(words.shape, bool)
    for shift, channel in ((16, want.red()), (8, want.green()), (0, want.blue())):
        near &= np.abs(((words >> shift) & 255).astype(np.int16) - channel) <= tolerance
    return int(near.sum())


def _count_each(image: QImage, color: str, tolerance: int = 0) -> int:
    """``_count`` a ``pixelColor`` call a pixel, as it was read before."""
    want = QColor(color)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            got = image.pixelColor(x, y)
            if (abs(got.red() - want.red()) <= tolerance
                    and abs(got.green() - want.green()) <= tolerance
                    and abs(got.blue() - want.blue()) <= tolerance):
                found += 1
    return found


def test_pixels_counted_at_once_are_those_counted_one_by_one() -> None:
    """``_count`` on an image with opaque, translucent and premultiplied pixels (odd sizes,
    a colour within and beyond a tolerance) counts what ``_count_each`` counts."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter

    for form in (QImage.Format.Format_ARGB32_Premultiplied, QImage.Format.Format_RGB32):
        image = QImage(67, 41, form)
        image.fill(QColor(250, 250, 250))
        painter = QPainter(image)
        painter.fillRect(QRect(3, 3, 30, 20), QColor("#ff80ff"))
        painter.fillRect(QRect(20, 10, 30, 20), QColor(255, 120, 250))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.fillRect(QRect(40, 25, 20, 12), QColor(255, 128, 255, 130))
        painter.end()
        for color, tolerance in (("#ff80ff", 0), ("#ff80ff", 10), ("#fafafa", 0),
                                 ("#000000", 3)):
            assert _count(image, color, tolerance) == _count_each(image, color, tolerance)
        assert _count(image, "#ff80ff") > 3 and _count(image, "#ff80ff", 10) > \
            _count(image, "#ff80ff")


def test_a_chosen_colour_wins_over_the_palette_on_both_themes() -> None:
    palette = category_color("treaty", dark=False).name()
    style.assign_category_colors(["treaty", "Other"], {"treaty": "#ff0000"})
    assert category_color("treaty", dark=False).name() == "#ff0000"
    assert category_color("treaty", dark=True).name() == "#ff0000"  # as given
    assert category_color("Other", dark=False).name() != "#ff0000"
    style.assign_category_colors(["treaty"])
    assert category_color("treaty", dark=False).name() == palette


def test_set_category_color_is_one_undo_step(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(Timeline.from_events([_event("a", "treaty")]))
    seen: list[bool] = []
    document.category_colors_changed.connect(lambda: seen.append(True))
    document.set_category_color("treaty", "#123456")
    assert document.timeline.category_colors == {"treaty": "#123456"} and seen
    assert document.is_modified and document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change the colour of Treaty"
    document.set_category_color("treaty", "#123456")  # no change: no step
    assert document.undo_stack.count() == 1
    document.set_category_color("treaty", None)
    assert document.timeline.category_colors == {}
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.timeline.category_colors == {} and not document.is_modified
    with pytest.raises(ValueError, match="rrggbb"):
        document.set_category_color("treaty", "red")


def test_a_merge_keeps_its_own_colours_and_adds_those_of_new_categories(qapp) -> None:  # type: ignore[no-untyped-def]
    timeline = Timeline.from_events([_event("a", "treaty"), _event("b", "visit")],
                                    category_colors={"treaty": "#111111"})
    document = Document(timeline)
    document.merge_events([], [_event("c", "EU"), _event("d", "visit", 2)], [],
                          category_colors={"treaty": "#999999", "visit": "#888888",
                                           "EU": "#777777"})
    # treaty keeps its colour; visit was a lane here already (the palette's): kept too.
    assert document.timeline.category_colors == {"treaty": "#111111", "EU": "#777777"}
    document.undo_stack.undo()
    assert document.timeline.category_colors == {"treaty": "#111111"}
    document.undo_stack.redo()
    assert document.timeline.category_colors["EU"] == "#777777"


def test_file_merge_takes_the_other_files_colours_for_new_categories(  # type: ignore[no-untyped-def]
        window, tmp_path, recorded_prompts, monkeypatch) -> None:
    from timeline_app.ui import prompts
    from timeline_app.ui.merge_dialog import MergeDialog

    existing = window.document.timeline.events[0].category
    other = Timeline.from_events(
        [_event("o1", "EU summits"), _event("o2", existing, 2)],
        category_colors={"EU summits": "#00aa00", existing: "#aa0000"})
    path = tmp_path / "other.json"
    timeline_io.save(other, path)
    recorded_prompts.open_path = str(path)

    def review(_parent, other, current):  # type: ignore[no-untyped-def]
        dialog = MergeDialog(other, current)
        return dialog.outcome()

    monkeypatch.setattr(prompts, "review_merge", review)
    assert window.merge_file()
    assert window.document.timeline.category_colors == {"EU summits": "#00aa00"}
    assert window.legend_bar.buttons()["EU summits"].icon().pixmap(12, 12).toImage().pixelColor(
        6, 6).name() == "#00aa00"


@needs_shared
def test_an_opened_timeline_project_file_is_drawn_in_its_colours(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(str(EXAMPLE))
    chosen = window.document.timeline.category_colors
    assert chosen["Planned Release"] == "#80ff80"
    window.view.fit_all()
    window.view.viewport().repaint()
    picture = window.view.viewport().grab().toImage()
    picture.save(str(tmp_path / "view.png"))
    for color in chosen.values():  # each lane's swatch and markers
        assert _count(picture, color) > 3, color
    # The legend, the filter list and the event list show the same colours.
    for category, color in chosen.items():
        icon = window.legend_bar.buttons()[category].icon()
        assert icon.pixmap(12, 12).toImage().pixelColor(6, 6).name() == color
    # The picture exports draw them too (a PNG's pixels, an SVG's fills).
    from timeline_app.ui.export_picture import export_picture, whole_timeline_view

    view = whole_timeline_view(window.document)
    png = QImage.fromData(export_picture(view, "PNG", str(tmp_path / "t.png"), "T", ""))
    svg = export_picture(view, "SVG", str(tmp_path / "t.svg"), "T", "").decode("utf-8")
    view.deleteLater()
    for color in chosen.values():
        assert _count(png, color) > 3 and color in svg, color
    model = window.event_list.table_model()
    shown = {model.index(r, 2).data(): model.index(r, 2).data(Qt.ItemDataRole.DecorationRole)
             .name() for r in range(model.rowCount())}
    assert shown == {"Planned Release": "#80ff80", "Correction Release": "#ff80ff",
                     "Future Release": "#80ffff"}


def test_a_colour_change_repaints_the_view_and_the_legend(window) -> None:  # type: ignore[no-untyped-def]
    category = window.document.timeline.events[0].category
    window.view.viewport().repaint()
    assert _count(window.view.viewport().grab().toImage(), "#ff00ff") == 0
    window.document.set_category_color(category, "#ff00ff")
    window.view.viewport().repaint()
    assert _count(window.view.viewport().grab().toImage(), "#ff00ff") > 3
    icon = window.legend_bar.buttons()[category].icon()
    assert icon.pixmap(12, 12).toImage().pixelColor(6, 6).name() == "#ff00ff"
    window.document.undo_stack.undo()
    window.view.viewport().repaint()
    assert _count(window.view.viewport().grab().toImage(), "#ff00ff") == 0


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("chosen", ["#000000", "#000080", "#ffffff", "#ffff00", "#1f1f1f"])
def test_text_and_marker_edges_stay_readable_on_a_chosen_colour(  # type: ignore[no-untyped-def]
        qapp, qtbot, dark, chosen) -> None:
    """The marker is filled with the chosen colour as given; its edge reaches 3:1 against
    the base (WCAG 1.4.11) when the fill does not, and the text drawn over the lane's
    fills (cluster badges, labels inside spans) keeps 4.5:1 (WCAG 1.4.3)."""
    from timeline_app.selection import EventSelection
    from timeline_app.ui.timeline_view import TimelineView

    try:
        theme.apply_theme(qapp, "dark" if dark else "light")
        document = Document(Timeline.from_events([_event("a", "x")]))
        view = TimelineView(document, EventSelection(document))
        qtbot.addWidget(view)
        base = view.palette().base().color()
        text = view.palette().text().color()
        lane = view._lane_style(QColor(chosen))
        edge = lane.pens[False, False].color()
        assert max(contrast_ratio(QColor(chosen), base),
                   contrast_ratio(edge, base)) >= theme.NON_TEXT_CONTRAST
        for fill in (lane.span_fill, lane.badge_fill, lane.indicator_fill):
            assert contrast_ratio(text, fill) >= AA_CONTRAST, fill.name()
    finally:
        theme.apply_theme(qapp, "light")


def test_the_legend_menu_chooses_and_resets_a_colour_as_undo_steps(  # type: ignore[no-untyped-def]
        window, monkeypatch) -> None:
    from timeline_app.ui import prompts

    category = window.document.timeline.events[0].category
    asked: list[tuple[str, str]] = []

    def ask(_parent, label, current):  # type: ignore[no-untyped-def]
        asked.append((label, current))
        return "#abcdef"

    monkeypatch.setattr(prompts, "ask_category_color", ask)
    legend = window.legend_bar
    menu = legend.category_menu(category)
    choose, default = menu.actions()[:2]  # then Rename Lane… (lanes16)
    assert choose.text() == "Category &Colour…" and not default.isEnabled()
    choose.trigger()
    ((label, current),) = asked  # asked with the lane's name and its colour now
    assert label == style.category_label(category) and current.startswith("#")
    assert window.document.timeline.category_colors == {category: "#abcdef"}
    assert window.isWindowModified()
    menu = legend.category_menu(category)
    assert menu.actions()[1].isEnabled()
    menu.actions()[1].trigger()  # Default Colour
    assert window.document.timeline.category_colors == {}
    window.document.undo_stack.undo()
    assert window.document.timeline.category_colors == {category: "#abcdef"}
    window.document.undo_stack.undo()
    assert window.document.timeline.category_colors == {} and not window.isWindowModified()
    monkeypatch.setattr(prompts, "ask_category_color", lambda *_a: None)  # cancelled
    legend.choose_color(category)
    assert window.document.undo_stack.count() == 2 and window.document.undo_stack.index() == 0


def test_an_export_in_the_background_keeps_the_colours() -> None:
    """A large timeline is exported from a copy on a worker thread: the copy kept no
    colours, and a .timeline export then wrote the palette's (misses on the old code)."""
    from timeline_app.ui.export_job import snapshot

    timeline = Timeline.from_events([_event("a", "EU")], category_colors={"EU": "#102030"})
    assert snapshot(timeline).category_colors == {"EU": "#102030"}


def test_shift_f10_on_a_legend_entry_opens_its_menu(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """verify17: the README's "menu key / Shift+F10 on it" — Shift+F10 opened nothing (Qt
    sends no context menu event for it).  Fails on the old code."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    category = window.document.timeline.events[0].category
    legend = window.legend_bar
    button = legend._buttons[category]
    shown: list[str] = []

    class Menu:  # the entry's menu, recorded instead of shown (``exec`` would block)
        def __init__(self, lane: str) -> None:
            self.lane = lane

        def exec(self, *_args: object) -> None:
            shown.append(self.lane)

        def actions(self) -> list[object]:  # (its ticks are made visible first: verify76 F13)
            return []

    monkeypatch.setattr(legend, "category_menu", Menu)
    QApplication.sendEvent(button, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F10,
                                             Qt.KeyboardModifier.ShiftModifier))
    assert shown == [category]


def test_a_colour_chosen_in_the_lane_colour_menu_is_in_the_saved_file_and_back_on_open(  # type: ignore[no-untyped-def]
        window, monkeypatch, tmp_path) -> None:
    """Edit → Lane Colour ▸ <lane>…, File → Save, then the file opened again: the lane is
    drawn in the colour chosen (``category_colors`` in the native file).  A guard written
    in session 51 (journal56) for a report that the colour was lost on reopening: it
    passes on main too; the colour has been in the file since the key was added."""
    from timeline_app.core import Timeline as _Timeline
    from timeline_app.ui import prompts

    monkeypatch.setattr(prompts, "ask_category_color", lambda *_a: "#abcdef")
    lane = window.legend_bar.lanes()[0]
    window.lane_colour_menu.aboutToShow.emit()
    window.lane_colour_menu.actions()[0].trigger()
    assert window.document.timeline.category_colors == {lane: "#abcdef"}
    path = tmp_path / "t.json"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a, **_k: str(path))
    assert window.save(wait=True) and not window.isWindowModified()
    window.document.replace_timeline(_Timeline.from_events([]), None)
    assert window.open_path(str(path), background=False)
    assert window.document.timeline.category_colors == {lane: "#abcdef"}
    assert window.view._lane_color(lane).name() == "#abcdef"


def test_file_merge_keeps_a_new_lanes_colour_as_its_file_showed_it(  # type: ignore[no-untyped-def]
        window, tmp_path, recorded_prompts, monkeypatch) -> None:
    """verify84 F4: her "Periods" lane, purple in her timeline (no colour chosen, the
    lane's place among the fallback colours), turned rose when merged into a colleague's
    file, whose lanes gave it another place.  The lane keeps the colour its file showed."""
    from timeline_app.ui import prompts
    from timeline_app.ui.merge_dialog import MergeDialog
    from timeline_app.ui.style import colours_shown_alone

    other = Timeline.from_events([_event("o1", "Periods"), _event("o2", "Sound talks", 2)])
    shown = {lane: colour.lower() for lane, colour in colours_shown_alone(
        {"Periods", "Sound talks"}).items()}
    path = tmp_path / "hers.json"
    timeline_io.save(other, path)
    recorded_prompts.open_path = str(path)

    def review(_parent, other, current):  # type: ignore[no-untyped-def]
        return MergeDialog(other, current).outcome()

    monkeypatch.setattr(prompts, "review_merge", review)
    assert window.merge_file()
    colours = window.document.timeline.category_colors
    assert colours == {"Periods": shown["Periods"], "Sound talks": shown["Sound talks"]}
    assert window.legend_bar.buttons()["Periods"].icon().pixmap(12, 12).toImage().pixelColor(
        6, 6).name() == shown["Periods"]
