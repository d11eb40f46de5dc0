"""Contrast (WCAG 2.2 AA) of every text colour the app paints, in the light and dark themes,
and the theme setting (follow the system, or override it from View → Theme)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from timeline_app import settings
from timeline_app.ui import theme
from timeline_app.ui.style import (
    AA_CONTRAST,
    ERROR_TEXT,
    INVALID_CELL,
    NOTICE_TEXT,
    SHADED_DATE,
    SHADED_FOUND,
    SHADED_SENTENCE,
    SHADED_TOLD,
    all_category_colors,
    blend,
    category_color,
    contrast_ratio,
    dim_text_color,
)
from timeline_app.ui.timeline_view import LANE_SHADE

R = QPalette.ColorRole
NON_TEXT_CONTRAST = 3.0  # WCAG 1.4.11: graphical objects


def over(color: QColor, alpha: int, background: QColor) -> QColor:
    """``color`` at ``alpha`` (0-255) painted over an opaque ``background``."""
    return blend(background, color, alpha / 255)


def test_contrast_formula_matches_wcag_examples():
    assert contrast_ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("gray"), QColor("white")) == pytest.approx(3.95, abs=0.01)


def _text_pairs(dark: bool) -> dict[str, tuple[QColor, QColor]]:
    """Every (text colour, background) pair the app draws, by where it appears."""
    p = theme.palette_for(dark)
    c = p.color
    base, alt, window = c(R.Base), c(R.AlternateBase), c(R.Window)
    text = c(R.Text)
    dim = dim_text_color(text, base)
    colour, alpha = LANE_SHADE[dark]
    band = over(QColor(colour), alpha, base)  # odd lanes of the timeline view
    pairs = {
        "text on base": (text, base),
        "text on alternate rows": (text, alt),
        "window text": (c(R.WindowText), window),
        "buttons, legend": (c(R.ButtonText), c(R.Button)),
        "selected row": (c(R.HighlightedText), c(R.Highlight)),
        "placeholder": (c(R.PlaceholderText), base),
        "tooltip": (c(R.ToolTipText), c(R.ToolTipBase)),
        "link": (c(R.Link), base),
        "visited link": (c(R.LinkVisited), base),
        # the timeline view
        "axis labels": (text, window),
        "label on a lane band": (text, band),
        "selected event label": (text, over(c(R.Highlight), 70, band)),
        "hovered event label": (text, over(c(R.Highlight), 30, band)),
        "search match label": (text, over(c(R.Highlight), 45, band)),
        "dimmed label (search)": (dim, base),
        "dimmed label on a band": (dim, band),
        "article badge": (QColor("white"), QColor("#C0392B")),
        # the event list under a search
        "dimmed row": (dim, base),
        "dimmed alternate row": (dim, alt),
        # the detail pane
        "article line (muted)": (dim, base),
        "marked date expression": tuple(map(QColor, SHADED_DATE[dark])),
        "marked date expression, span colour ignored": (text, QColor(SHADED_DATE[dark][1])),
        "date words told otherwise": tuple(map(QColor, SHADED_TOLD[dark])),
        "date words told otherwise, span colour ignored": (text, QColor(SHADED_TOLD[dark][1])),
        "a word Find found": tuple(map(QColor, SHADED_FOUND[dark])),
        "a word Find found, colour ignored": (text, QColor(SHADED_FOUND[dark][1])),
        # the article pane
        "supporting sentence": tuple(map(QColor, SHADED_SENTENCE[dark])),
        "supporting sentence, span colour ignored": (text, QColor(SHADED_SENTENCE[dark][1])),
        "tagged date expression": (QColor("#202020"), QColor("#FFE08A")),
        # the import dialog
        "error message": (QColor(ERROR_TEXT[dark]), window),
        # the review's lane notes and dates that read two ways (verify76 F4)
        "notice": (QColor(NOTICE_TEXT[dark]), window),
        "invalid date cell": (text, QColor(INVALID_CELL[dark])),
    }
    for category, color in all_category_colors(dark).items():
        fill = over(color, 60, base)
        pairs[f"cluster badge in {category} lane"] = (text, fill)
    return pairs


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_has_aa_contrast(qapp, dark):
    failures = {name: round(contrast_ratio(fg, bg), 2)
                for name, (fg, bg) in _text_pairs(dark).items()
                if contrast_ratio(fg, bg) < AA_CONTRAST}
    assert not failures, failures


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_lane_colours_stand_out_on_the_background(qapp, dark):
    """A marker is its fill with a darker border: one of them reaches 3:1 (WCAG 1.4.11)."""
    base = theme.palette_for(dark).base().color()
    weak = {}
    for category, color in all_category_colors(dark).items():
        best = max(contrast_ratio(color, base), contrast_ratio(color.darker(140), base))
        if best < NON_TEXT_CONTRAST:
            weak[category] = round(best, 2)
    assert not weak, weak


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_check_box_outlines_stand_out(qapp, dark):
    """An unticked check box's outline reaches 3:1 (WCAG 1.4.11) on plain and alternate
    rows; Fusion's own outline is about 1.1:1 on the dark base."""
    p = theme.palette_for(dark)
    outline = theme.check_box_outline(p)
    for role in (R.Base, R.AlternateBase):
        assert contrast_ratio(outline, p.color(role)) >= NON_TEXT_CONTRAST, role


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_filter_panel_check_boxes_are_drawn_with_contrast(qapp, qtbot, dark):
    """As painted: the unticked boxes of the filter panel's lists have pixels at 3:1 or
    more against the list's background, and the item text at 4.5:1."""
    from timeline_app.ui.filter_panel import _ValueList

    try:
        theme.apply_theme(qapp, "dark" if dark else "light")
        values = _ValueList("places")
        qtbot.addWidget(values)
        values.set_values([("Seoul", 2), ("Tokyo", 1)], frozenset())
        values.resize(240, 200)
        values.show()
        qtbot.waitExposed(values)
        image = values.list.viewport().grab().toImage()
        base = theme.palette_for(dark).base().color()
        row = values.list.visualItemRect(values.list.item(0))
        # the check box sits left of the text: the best contrast found there
        box = max(contrast_ratio(image.pixelColor(x, y), base)
                  for x in range(row.left(), row.left() + 20)
                  for y in range(row.top(), row.bottom()))
        assert box >= NON_TEXT_CONTRAST
        text = max(contrast_ratio(image.pixelColor(x, y), base)
                   for x in range(row.left() + 24, row.right())
                   for y in range(row.top(), row.bottom()))
        assert text >= AA_CONTRAST
    finally:
        theme.apply_theme(qapp, "light")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_merge_dialog_unticked_boxes_can_be_seen(qapp, qtbot, dark):
    """File → Merge…: an unticked "Add" box (a likely duplicate) has pixels at 3:1 or more
    against the table's background; on the dark theme it was invisible, only ticked rows
    showed a mark (new-user trial 11)."""
    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.ui.merge_dialog import MergeDialog

    try:
        theme.apply_theme(qapp, "dark" if dark else "light")
        mine = Event("a", "Talks in Seoul", FuzzyDate.of_year(2020))
        other = Timeline.from_events([Event("b", "Talks in Seoul", FuzzyDate.of_year(2020))])
        dialog = MergeDialog(other, [mine])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.is_checked(0)
        dialog.table.setCurrentCell(0, 2)  # the focus frame is not the box
        dialog.table.clearSelection()
        image = dialog.table.viewport().grab().toImage()
        cell = dialog.table.visualItemRect(dialog.table.item(0, 0))
        base = image.pixelColor(cell.right() - 1, cell.top() + 1)
        box = max(contrast_ratio(image.pixelColor(x, y), base)
                  for x in range(cell.left() + 2, cell.right() - 1)
                  for y in range(cell.top() + 2, cell.bottom() - 1))
        assert box >= NON_TEXT_CONTRAST
    finally:
        theme.apply_theme(qapp, "light")


def test_theme_setting_overrides_the_system(qapp):
    try:
        assert settings.THEME.get(settings.open_settings()) == "system"
        assert theme.set_theme(qapp, "dark") is True
        assert qapp.palette().base().color() == QColor(theme.DARK[R.Base])
        assert category_color("treaty") != category_color("treaty", dark=False)
        assert theme.current_theme() == "dark"
        assert theme.set_theme(qapp, "light") is False
        assert qapp.palette().base().color() == QColor(theme.LIGHT[R.Base])
        # "system" follows QStyleHints.colorScheme (Unknown on the offscreen platform: light)
        assert theme.set_theme(qapp, "system") == theme.system_prefers_dark()
    finally:
        theme.apply_theme(qapp, "light")


def test_view_theme_menu(window, qtbot):
    actions = {a.data(): a for a in window.theme_actions}
    assert set(actions) == set(theme.THEMES)
    try:
        actions["dark"].trigger()
        assert actions["dark"].isChecked()
        assert settings.THEME.get(settings.open_settings()) == "dark"
        qtbot.waitUntil(lambda: window.view.palette().base().color()
                        == QColor(theme.DARK[R.Base]))
        window.view.select_event("munich-meeting")
        muted = dim_text_color(QColor(theme.DARK[R.Text]), QColor(theme.DARK[R.Base]))
        assert muted.name() in window.detail_pane.toHtml()  # re-rendered for the dark pane
    finally:
        actions["light"].trigger()


def test_following_the_system_scheme_when_it_changes(qapp, monkeypatch):
    from PySide6.QtCore import Qt

    try:
        theme.set_theme(qapp, "system")
        monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().base().color() == QColor(theme.DARK[R.Base])
        theme.set_theme(qapp, "light")  # an override ignores the system
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().base().color() == QColor(theme.LIGHT[R.Base])
    finally:
        theme.set_theme(qapp, "system")
        theme.apply_theme(qapp, "light")


def test_legend_swatches_are_drawn_at_the_screen_resolution(qapp):
    from PySide6.QtCore import QSize

    from timeline_app.ui.legend import swatch_icon

    pixmap = swatch_icon(QColor("#0072B2"), 12, ratio=2.0).pixmap(QSize(12, 12), 2.0)
    assert pixmap.width() == 24 and pixmap.devicePixelRatio() == 2.0


def _lab(color: QColor) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour, for colour differences (CIE76 ΔE)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in (color.redF(), color.greenF(), color.blueF()))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _delta_e(a: QColor, b: QColor) -> float:
    return sum((p - q) ** 2 for p, q in zip(_lab(a), _lab(b), strict=True)) ** 0.5


@pytest.mark.parametrize(("dark", "least"), [(False, 20.0), (True, 15.0)],
                         ids=["light", "dark"])
def test_every_lane_colour_is_distinct_from_every_other(qapp, dark, least):
    """Two lanes never look alike: every pair differs by a CIE76 ΔE of at least ``least``
    (dark: the fallback pair policy / #1E5631's variant, 15.6, sets the floor; the
    treaty/anniversary pair was 13.6 until verify12's finding 7)."""
    colors = all_category_colors(dark)
    names = list(colors)
    close = {(a, b): round(_delta_e(colors[a], colors[b]), 1)
             for i, a in enumerate(names) for b in names[i + 1:]
             if _delta_e(colors[a], colors[b]) < least}
    assert not close, close


def test_new_categories_get_unused_colours_until_all_are_taken(qapp):
    from timeline_app.ui import style

    fixed = {category_color(c, dark=False).name() for c in style.LANE_ORDER}
    fresh = [f"uxfix-test-category-{i}" for i in range(len(style._FALLBACK) + 1)]
    style.assign_category_colors(fresh[:-1])
    colors = [category_color(c, dark=False).name() for c in fresh[:-1]]
    assert len(set(colors)) == len(style._FALLBACK)  # all different
    assert not set(colors) & fixed
    style.assign_category_colors(fresh)
    assert category_color(fresh[-1], dark=False).name() in colors  # exhausted: shared
    # Looked up before any assignment (a lane drawn first): still a colour no lane has.
    style.assign_category_colors(fresh[:3])
    first = {category_color(c, dark=False).name() for c in fresh[:3]}
    assert category_color(fresh[5], dark=False).name() not in first
    assert [category_color(c, dark=False).name() for c in fresh[:3]] == [
        category_color(c, dark=False).name() for c in fresh[:3]]  # stable


def test_the_same_categories_get_the_same_colours_whatever_was_open_before(qapp):
    """Teal/magenta/green lanes came back purple/teal/crimson after a crash-restore: the
    colours went in order of first use in the session (new-user trial 5)."""
    from timeline_app.ui import style

    releases = ["Correction Release", "Future Release", "Planned Release"]
    style.assign_category_colors([])
    style.assign_category_colors(releases)
    first = [category_color(c, dark=False).name() for c in releases]
    assert len(set(first)) == 3
    # Another file's categories drawn meanwhile, some of them before the releases.
    style.assign_category_colors(["Alpha", "Beta", "treaty", "Zeta", *releases[1:]])
    _ = [category_color(c, dark=False) for c in ("Alpha", "Beta", "Zeta", "Gamma")]
    style.assign_category_colors(reversed(releases))  # order given does not matter
    assert [category_color(c, dark=False).name() for c in releases] == first
    # The same with nothing assigned first: the session's history does not count.
    style._ASSIGNED.clear()
    style.assign_category_colors(releases)
    assert [category_color(c, dark=False).name() for c in releases] == first


def test_a_file_reopened_after_others_keeps_its_lane_colours(window):
    """Through the window (the legend assigns on every change of the timeline): the
    file's colours after a restore in a new session are those it had before the crash."""
    from timeline_app.core import Event, FuzzyDate, Timeline

    def timeline_of(categories: list[str]) -> Timeline:
        return Timeline.from_events([
            Event(f"e{i}", f"Event {i}", FuzzyDate.of_year(2000 + i), category=c)
            for i, c in enumerate(categories)])

    def swatches() -> dict[str, str]:
        model = window.event_list.table_model()
        return {model.index(r, 2).data(): model.index(r, 2).data(
            Qt.ItemDataRole.DecorationRole).name() for r in range(model.rowCount())}

    from timeline_app.ui import style

    releases = ["Correction Release", "Future Release", "Planned Release"]
    # The session before the crash: another file's lanes were drawn first.
    window.document.replace_timeline(timeline_of(["Alpha", "Beta", "Crisis", "Delta"]), None)
    assert len(set(swatches().values())) == 4
    window.document.replace_timeline(timeline_of(releases), None)
    before = swatches()
    assert len(set(before.values())) == 3
    style._ASSIGNED.clear()  # a new session restores the file: nothing drawn before
    window.document.replace_timeline(timeline_of(releases), None)
    assert swatches() == before


def test_the_timeline_project_example_gets_three_distinct_lane_colours(window):
    """"Correction Release" and "Future Release" once shared a colour by hash."""
    from pathlib import Path

    shared = Path(__file__).resolve().parents[2].parent / "shared" / "formats"
    example = shared / "timeline-project-example.timeline"
    if not example.is_file():
        pytest.skip("../shared/formats is not here")
    assert window.open_path(str(example))
    model = window.event_list.table_model()
    shown = {}
    for row in range(model.rowCount()):
        category = model.index(row, 2).data()
        shown[category] = model.index(row, 2).data(Qt.ItemDataRole.DecorationRole).name()
    assert len(shown) == 3 and len(set(shown.values())) == 3, shown


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_filter_panel_text_fields_have_visible_frames(qapp, qtbot, dark):
    """As painted: the From/To fields and the lists' narrowing fields have a frame at 3:1
    or more against the panel (Fusion's is about 1.3:1 on the dark theme: the fields'
    edges vanished)."""
    from timeline_app.document import Document
    from timeline_app.ui.filter_panel import FilterPanel
    from timeline_app.ui.find import FindState

    try:
        theme.apply_theme(qapp, "dark" if dark else "light")
        document = Document()
        panel = FilterPanel(document, FindState(document))
        qtbot.addWidget(panel)
        panel.resize(260, 600)
        panel.show()
        qtbot.waitExposed(panel)
        window = theme.palette_for(dark).window().color()
        fields = [panel.from_field, panel.to_field,
                  *(values.search for values in panel.findChildren(_value_list_class()))]
        assert len(fields) >= 4
        for field in fields:
            edge = _frame_contrast(field, window)
            assert edge >= NON_TEXT_CONTRAST, (field.accessibleName(), edge)
    finally:
        theme.apply_theme(qapp, "light")


def _frame_contrast(field, window: QColor) -> float:  # type: ignore[no-untyped-def]
    """The best contrast of a field's left edge (its frame, as painted) on ``window``."""
    image = field.grab().toImage()
    middle = image.height() // 2
    return max(contrast_ratio(image.pixelColor(x, middle), window) for x in range(3))


def _value_list_class() -> type:
    from timeline_app.ui.filter_panel import _ValueList

    return _ValueList


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_event_editor_fields_and_read_back_can_be_seen(qapp, qtbot, dark):
    """The editor on the dark theme: the date's read-back ("22 March 2025 — a day, a
    Saturday") was #4A4A4A on the dark window (1.3:1), and the fields had no visible
    frame; now the read-back reads at 4.5:1 and an unfocused field's frame at 3:1."""
    import re

    from timeline_app.core import Timeline
    from timeline_app.ui.event_editor import EventEditor

    try:
        theme.apply_theme(qapp, "dark" if dark else "light")
        dialog = EventEditor(Timeline())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.date_edit, "22 March 2025")
        palette = theme.palette_for(dark)
        window = palette.window().color()
        colour = re.search(r"color:\s*(#[0-9a-fA-F]{6})", dialog.date_words.styleSheet())
        assert colour, dialog.date_words.styleSheet()
        assert contrast_ratio(QColor(colour.group(1)), window) >= AA_CONTRAST
        for label in (dialog.error_label, dialog.order_box.label):  # error, two-way notice
            colour = re.search(r"color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
            assert colour and contrast_ratio(QColor(colour.group(1)), window) >= AA_CONTRAST
        dialog.title_edit.setFocus()
        for field in (dialog.end_edit, dialog.location_edit):
            assert _frame_contrast(field, window) >= NON_TEXT_CONTRAST
    finally:
        theme.apply_theme(qapp, "light")


def test_the_toolbar_overflow_button_is_drawn_in_the_themes_text_colour(window):
    """The style's » was a fixed dark grey, invisible on the dark theme (new-user trial)."""
    from PySide6.QtWidgets import QToolBar, QToolButton

    window.set_theme("dark")
    try:
        for toolbar in window.findChildren(QToolBar):
            button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
            if button is None:
                continue
            image = button.icon().pixmap(12, 12).toImage()
            inked = [image.pixelColor(x, y) for x in range(image.width())
                     for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]
            assert inked and max(c.lightness() for c in inked) > 180
    finally:
        window.set_theme("light")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_overview_strips_window_frame_can_be_seen(window, dark):
    """The frame of the visible window on the overview strip reaches 3:1 against the
    strip, as painted; on the dark theme it was the highlight colour at ~2.4:1 and all but
    vanished (new-user trial 11)."""
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.timeline_view import AXIS_HEIGHT

    view = window.view
    window.set_theme("dark" if dark else "light")
    try:
        QApplication.processEvents()  # the palette reaches the view
        assert view.palette().window().color() == theme.palette_for(dark).window().color()
        view.zoom_by(4.0)  # the frame inside the strip, not along its ends
        view.viewport().repaint()
        image = view.viewport().grab().toImage()
        x0, x1 = view._strip_window(view._strip())
        palette = view.palette()
        strip = blend(palette.window().color(), palette.text().color(), 0.06)
        top_edge = [contrast_ratio(image.pixelColor(x, AXIS_HEIGHT + 1), strip)
                    for x in range(int(x0) + 3, int(x1) - 3)]
        assert top_edge and min(top_edge) >= NON_TEXT_CONTRAST
    finally:
        window.set_theme("light")


def test_a_files_dark_colours_are_lifted_on_the_dark_theme_only_when_painted(qapp):
    """verify55 F33: her file's navy lane (0,51,153) was nearly invisible on the dark
    lanes and her pale pink eras (255,200,200) heavy bands; the colours are adjusted when
    painted on the dark theme, and the document keeps hers."""
    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.io.timeline_project import dumps_timeline_project
    from timeline_app.ui.style import assign_category_colors, chosen_color, palette_darkness
    from timeline_app.ui.view_eras import ERA_ALPHA, era_alpha

    chosen = {"EU-mediated talks": "#003399", "era": "#ffc8c8"}
    assign_category_colors(["EU-mediated talks", "era"], chosen)
    try:
        lanes = QColor(theme.palette_for(True).color(R.AlternateBase))
        assert contrast_ratio(QColor("#003399"), lanes) < NON_TEXT_CONTRAST  # as given
        painted = category_color("EU-mediated talks", dark=True)
        assert contrast_ratio(painted, lanes) >= NON_TEXT_CONTRAST
        assert painted.hue() == QColor("#003399").hue()  # the same blue, lighter
        assert category_color("EU-mediated talks", dark=False).name() == "#003399"
        assert chosen_color("EU-mediated talks") == "#003399"
        # a pale era's band: about as much light as the dark palette's own colours
        pink = category_color("era", dark=True)
        assert pink.name() == "#ffc8c8"  # contrast enough: as given
        assert era_alpha(pink, True, chosen=True) < ERA_ALPHA[True] / 2
        assert era_alpha(pink, False, chosen=True) == ERA_ALPHA[False]  # light: as before
        timeline = Timeline.from_events([Event("e", "Talks", FuzzyDate(2023, 5, 14),
                                               category="EU-mediated talks")],
                                        category_colors=dict(chosen))
        with palette_darkness(True):  # (a file written while the window is dark)
            assert "<color>0,51,153</color>" in dumps_timeline_project(timeline)
    finally:
        assign_category_colors([], {})


def test_a_new_lane_takes_no_colour_near_another_lanes_while_one_is_free(qapp):
    """verify58 F8: "Attack", typed in the review beside Statement, took the ochre
    #9E7C0C, a ΔE of 28.5 from Statement's brown #7F6A3A: the two lanes hard to tell
    apart.  A new lane takes the next fallback colour at least ``NEAR_DELTA_E`` from every
    colour the timeline's lanes have, while there is one."""
    from timeline_app.ui import style

    assert round(style.delta_e76("#9E7C0C", "#7F6A3A"), 1) == 28.5
    assert round(style.delta_e76("#9E7C0C", "#7F6A3A"), 6) == round(
        _delta_e(QColor("#9E7C0C"), QColor("#7F6A3A")), 6)  # (the tests' own formula)
    lanes = ["visit", "Attack", "statement", "event"]
    style.assign_category_colors(lanes)
    colors = {c: category_color(c, dark=False).name() for c in lanes}
    assert colors["Attack"] != "#9e7c0c"
    assert min(_delta_e(QColor(colors["Attack"]), QColor(colors[c]))
               for c in lanes if c != "Attack") >= style.NEAR_DELTA_E
    # Every known lane and four new ones: each new one far from all the others (six of
    # the ten fallbacks are far from the eight known colours)
    known = list(style.LANE_ORDER)
    fresh = ["Attack", "Ceasefire", "Sanctions", "Election"]
    style.assign_category_colors(known + fresh)
    colors = {c: category_color(c, dark=False).name() for c in known + fresh}
    for new in fresh:
        assert min(_delta_e(QColor(colors[new]), QColor(colors[c]))
                   for c in colors if c != new) >= style.NEAR_DELTA_E, new
    # Without Statement, Attack keeps its own colour (no lane near it)
    style.assign_category_colors(["Attack", "visit"])
    assert category_color("Attack", dark=False).name() == "#9e7c0c"


def test_a_lane_keeps_its_colour_when_another_goes_away_or_comes_back(window):  # type: ignore[no-untyped-def]
    """verify60 F20: with every event of the Statement lane deleted, Treaty action went
    from one colour to another and UN vote too (colours handed out by the lanes' places
    in the set).  While a timeline is shown its lanes keep their colours, a lane gone
    keeps its own for its undo, and a new lane takes one no other lane has or had; the
    next timeline shown gets its own set's colours (the same file, the same colours)."""
    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.ui import style

    lanes = ["UN vote", "Treaty action", "State visit", "Statement", "Sanctions", "Summit",
             "Ceasefire", "Recognition"]
    timeline = Timeline.from_events([
        Event(f"e{i}", f"Event {i}", FuzzyDate.of_year(1950 + i), category=lanes[i % 8])
        for i in range(32)])
    window.document.replace_timeline(timeline, None)

    def colours() -> dict[str, str]:
        return {lane: category_color(lane, dark=False).name()
                for lane in window.legend_bar.categories()}

    first = colours()
    assert len(set(first.values())) == 8
    statement = [e.id for e in window.document.timeline if e.category == "Statement"]
    window.document.remove_events(statement)
    assert "Statement" not in colours()
    assert colours() == {k: v for k, v in first.items() if k != "Statement"}
    window.document.undo_stack.undo()
    assert colours() == first
    # A new lane: a colour none of the eight has (two of the ten are free).
    window.document.remove_events(statement)
    event = window.document.timeline.get("e0")
    window.document.update_event(dataclasses.replace(event, category="Election"))
    assert colours()["Election"] not in first.values()
    # The same file shown afresh: its own set's colours, whatever was shown before.
    window.document.replace_timeline(Timeline.from_events([
        e for e in timeline.events if e.category != "Statement"]), None)
    after_a_session = colours()
    style._ASSIGNED.clear()  # a new session
    window.document.replace_timeline(Timeline.from_events([
        e for e in timeline.events if e.category != "Statement"]), None)
    assert colours() == after_a_session


def test_a_lane_added_to_the_timeline_shown_takes_no_colour_near_anothers(window):  # type: ignore[no-untyped-def]
    """verify58 F8 with the colours kept (verify60 F20): "Attack", added beside Statement,
    is drawn before the legend gives it its colour; that first look-up is no choice to
    keep: it takes a colour far from Statement's brown, not the ochre #9E7C0C."""
    from timeline_app.core import Event, FuzzyDate, Timeline

    window.document.replace_timeline(Timeline.from_events([
        Event(f"e{i}", f"Event {i}", FuzzyDate.of_year(2000 + i), category=c)
        for i, c in enumerate(["visit", "statement", "event"])]), None)
    window.document.add_event(Event("a", "Attack on a tanker", FuzzyDate.of_year(2005),
                                    category="Attack"))
    colour = category_color("Attack", dark=False).name()
    assert colour != "#9e7c0c"
    assert _delta_e(QColor(colour), category_color("statement", dark=False)) >= 30
