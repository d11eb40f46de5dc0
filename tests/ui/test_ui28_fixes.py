"""verify29's faults 1-3 (session 21): an imprecise single date drawn as a span, pictures
and print in the dark theme, and the current view's picture with screen-only marks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from timeline_app.ui import theme

PNG_DIR = Path(os.environ.get("UI28_PNG", "/tmp/ui28"))


def _keep(image: QImage, name: str) -> None:
    if PNG_DIR.is_dir():
        image.save(str(PNG_DIR / f"ui28-{name}"))


@pytest.fixture
def dark(qapp):  # type: ignore[no-untyped-def]
    theme.apply_theme(qapp, "dark")
    yield
    theme.apply_theme(qapp, "light")


def _zoom_to_2025(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window's view on 2025 alone: the seed's earlier events lie left of it ("◀ N")."""
    from timeline_app.core.dates import day_number

    first = day_number(2025, 1, 1)
    window.view.show_range(first, first + 365)
    qtbot.wait(20)


def _light_base() -> int:
    return QColor(theme.LIGHT[theme._R.Base]).rgb()


def test_print_and_pictures_are_light_in_the_dark_theme(
        window, recorded_prompts, tmp_path, monkeypatch, dark):  # type: ignore[no-untyped-def]
    """verify29, fault 2: in the dark theme Print gave a black page and the PNG was dark;
    a picture is for a page or an article: the light colours, whatever the window's."""
    from PySide6.QtCore import QRect

    from timeline_app.ui import prompts
    from timeline_app.ui.style import is_dark_palette

    assert is_dark_palette()
    page = QImage(1600, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    page.fill(QColor("#808080"))
    monkeypatch.setattr(prompts, "print_with_preview",
                        lambda _window, paint, *_a, **_k: paint(page))
    window.print_timeline()
    _keep(page, "print-dark-theme.png")
    white = _light_base()
    corner = {page.pixel(x, y) for x in range(1200, 1600, 37) for y in range(0, 40, 3)}
    assert corner == {white}, {hex(c) for c in corner}  # the header's: not #1F1F1F
    # Mostly light: the lanes' bands are white and the light theme's grey.
    pixels = [QColor(page.pixel(x, y)).lightness() for x in range(0, 1600, 11)
              for y in range(0, 560, 11)]  # (the grey below: the page)
    assert sum(value > 200 for value in pixels) > 0.8 * len(pixels)
    for kind in ("PNG", "SVG", "PDF"):
        for whole in (True, False):
            path = tmp_path / f"{'whole' if whole else 'view'}.{kind.lower()}"
            recorded_prompts.export_path = str(path)
            assert window.export_picture(kind, whole=whole)
            data = path.read_bytes()
            if kind == "PNG":
                image = QImage(str(path))
                _keep(image, f"{path.stem}-dark-theme.png")
                assert image.pixel(2, 2) == white
                assert image.pixel(image.width() // 2, image.height() - 3) == white
            elif kind == "SVG":
                assert b"#1f1f1f" not in data.lower()  # the dark theme's base
                assert b"#ffffff" in data.lower()
    # The window itself is dark again, and so is the palette the view paints with.
    assert is_dark_palette()
    assert window.view.palette().base().color().name() == theme.DARK[theme._R.Base].lower()
    grab = window.view.viewport().grab().toImage()
    assert QColor(grab.pixel(QRect(0, 0, 10, 10).center())).lightness() < 80


def test_the_current_view_picture_has_no_strip_and_no_selection(
        window, recorded_prompts, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    """verify29, fault 3: the PNG of the current view copied the screen's frame: the
    overview strip (the README says its rows stay blank), the selected event's highlight
    and the hovered one were in it."""
    from timeline_app.ui import export_picture as pictures
    from timeline_app.ui.timeline_view import AXIS_HEIGHT, LANES_TOP

    view = window.view
    _zoom_to_2025(window, qtbot)
    window.selection.select(window.document.timeline.events[-1].id)
    qtbot.wait(20)
    # (painted on screen first: the frame picture with the strip is cached)
    view.viewport().repaint()

    def export(name: str) -> QImage:
        path = tmp_path / name
        recorded_prompts.export_path = str(path)
        assert window.export_picture("PNG", whole=False)
        image = QImage(str(path))
        _keep(image, name)
        return image

    selected = export("view-selected.png")
    ratio = pictures.PNG_DEVICE_PIXEL_RATIO
    margin = pictures.PNG_MARGIN
    top = margin + pictures.header_height()
    white = _light_base()
    strip = {selected.pixel(x, round((top + y) * ratio))
             for x in range(round((margin + 150) * ratio), selected.width() - 40, 3)
             for y in range(AXIS_HEIGHT + 3, LANES_TOP - 3, 2)}
    assert strip == {white}, {hex(c) for c in strip}
    window.selection.select(None)
    qtbot.wait(20)
    plain = export("view-plain.png")
    assert selected == plain  # the selection is the screen's alone


def _february_pair(window) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The seed's "Cho and Iwaya meet in Munich" (February 2025, a month) and a new
    meeting lasting 1-28 February 2025 (a span): their ids."""
    from timeline_app.core import Event, FuzzyDate, new_event_id

    munich = next(e for e in window.document.timeline if "Munich" in e.title)
    assert munich.end is None and munich.date.day is None
    span = Event(new_event_id(), "Talks all February", FuzzyDate.of_ymd(2025, 2, 1),
                 FuzzyDate.of_ymd(2025, 2, 28), munich.category)
    window.document.add_event(span)
    return munich.id, span.id


def _items(view, *ids: str):  # type: ignore[no-untyped-def]
    layout = view._layout()
    found = {item.event_id: item for lane in layout.lanes for item in lane.items
             if item.event_id in ids}
    return [found[i] for i in ids]


def _bar_pixels(image: QImage, item, offset: float, ratio: float) -> set[int]:  # type: ignore[no-untyped-def]
    """The pixels inside a bar, clear of its outline and its label (device px)."""
    inner = item.marker.translated(0, offset).adjusted(5, 3, -5, -3)
    if item.label_inside:
        inner.setLeft(item.label_rect.right() + 4)
    assert inner.width() > 20
    return {image.pixel(round(x * ratio), round(y * ratio))
            for x in range(int(inner.left()), int(inner.right()))
            for y in range(int(inner.top()), int(inner.bottom()))}


@pytest.mark.parametrize("dark_theme", [False, True])
def test_a_month_is_hatched_where_a_span_of_it_is_solid(
        window, qtbot, qapp, recorded_prompts, tmp_path, dark_theme):  # type: ignore[no-untyped-def]
    """verify29, fault 1: "February 2025 (month)" (one day, some time in February) and an
    event lasting 1-28 February were the same solid bar, on screen and in pictures.  The
    month's bar is pale with stripes of the lane's colour; the span stays solid; both keep
    the outline that stands out against the lane (3:1)."""
    from timeline_app.core.dates import day_number
    from timeline_app.ui.style import category_color, contrast_ratio

    theme.apply_theme(qapp, "dark" if dark_theme else "light")
    try:
        month_id, span_id = _february_pair(window)
        view = window.view
        view.show_range(day_number(2025, 1, 1), day_number(2025, 4, 1))
        qtbot.wait(30)
        month, span = _items(view, month_id, span_id)
        assert month.vague and not span.vague
        assert not month.is_point and not span.is_point
        # Over the same days, within a pixel.
        assert abs(month.marker.left() - span.marker.left()) <= 1.5
        assert abs(month.marker.width() - span.marker.width()) <= 2.5
        offset = view._content_offset()
        grab = view.viewport().grab().toImage()
        ratio = grab.devicePixelRatio()
        name = "dark" if dark_theme else "light"
        _keep(grab, f"feb-month-and-span-{name}.png")
        solid = _bar_pixels(grab, span, offset, ratio)
        hatched = _bar_pixels(grab, month, offset, ratio)
        assert len(solid) <= 2, {hex(c) for c in solid}  # one fill
        assert len(hatched) >= 3  # a ground and stripes (and their antialiased edges)
        style = view._lane_style(month.color)
        ground, stripe = QColor(style.hatch_fill), QColor(style.hatch_stripe)
        assert ground.rgb() in hatched and style.span_fill.rgb() not in hatched
        assert stripe.rgb() in hatched
        # The stripes are seen (≥ 1.3:1 against the ground), the text on either is AA,
        # and the outline is the span's: 3:1 against both lanes' bands.
        text = view.palette().text().color()
        assert contrast_ratio(stripe, ground) >= 1.3
        assert min(contrast_ratio(text, ground), contrast_ratio(text, stripe)) >= 4.5
        edge = style.pens[False, False].color()
        for band in (view._lane_fill(0), view._lane_fill(1)):
            assert contrast_ratio(edge, band) >= 3.0
        # The same in a picture (and the picture is light whatever the theme).
        path = tmp_path / f"feb-{name}.png"
        recorded_prompts.export_path = str(path)
        assert window.export_picture("PNG", whole=False)
        _keep(QImage(str(path)), f"feb-picture-{name}.png")
        svg = tmp_path / f"feb-{name}.svg"
        recorded_prompts.export_path = str(svg)
        assert window.export_picture("SVG", whole=False)
        # The stripes stay in a drawing: lines of the light theme's stripe colour.
        category = next(e.category for e in window.document.timeline if e.id == month_id)
        _ground, light_stripe = theme.hatch_colors(
            category_color(category, False), QColor(theme.LIGHT[theme._R.Base]),
            QColor(theme.LIGHT[theme._R.Text]), False)
        assert f'stroke="{light_stripe.name()}"'.encode() in svg.read_bytes()
    finally:
        theme.apply_theme(qapp, "light")


def test_the_seed_view_keeps_its_eight_events_and_draws_its_imprecise_dates_hatched(
        window, qtbot):  # type: ignore[no-untyped-def]
    """The default first view: every event drawn with its title; the month, season and
    circa-month dates hatched, the spans and days as before."""
    view = window.view
    items = [item for lane in view._layout().lanes for item in lane.items]
    assert len(items) == 8 and all(item.label for item in items)
    timeline = window.document.timeline
    for item in items:
        event = timeline.get(item.event_id) if hasattr(timeline, "get") else next(
            e for e in timeline if e.id == item.event_id)
        assert item.vague == (event.end is None and event.date.day is None), event
    assert sum(item.vague for item in items) >= 3
    _keep(view.viewport().grab().toImage(), "seed-first-view.png")


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_the_stripes_tile_is_the_square_one_repeated(qapp, ratio):  # type: ignore[no-untyped-def]
    """The stripes' brush is ``HATCH_TILE_PERIODS`` square tiles side by side (fewer,
    longer copies in Qt's tiled fill: session 22, frames25): a fill with it at any brush
    origin gives the pixels of a fill with the square tile."""
    from PySide6.QtCore import QPointF, QRect
    from PySide6.QtGui import QBrush, QPainter

    from timeline_app.ui.timeline_view import HATCH_PERIOD, HATCH_TILE_PERIODS, _hatch_brush

    brush = _hatch_brush(QColor("#e8eef8"), QColor("#5577aa"), ratio)
    wide = brush.textureImage()
    side = max(2, round(HATCH_PERIOD * ratio))
    assert (wide.width(), wide.height()) == (side * HATCH_TILE_PERIODS, side)
    square = wide.copy(0, 0, side, side)
    assert len({wide.pixel(x, y) for x in range(side) for y in range(side)}) >= 3
    for x0 in range(side, wide.width(), side):
        assert wide.copy(x0, 0, side, side) == square
    square.setDevicePixelRatio(ratio)
    for origin in ((0.0, 0.0), (3.0, 1.0), (-7.5, 2.5), (401.0, -13.0)):
        pictures = []
        for tile in (brush, QBrush(square)):
            image = QImage(int(900 * ratio), int(40 * ratio), QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(ratio)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setBrushOrigin(QPointF(*origin))
            painter.fillRect(QRect(5, 3, 880, 30), tile)
            painter.end()
            pictures.append(image)
        assert pictures[0] == pictures[1], f"origin {origin} at {ratio}x"
