"""Split ``timeline_app/ui/timeline_view.py`` into modules by concern: a pure move.

Session 33 (branch frames36; DESIGN.md: views that mirror the model, small modules).  The
view was one file of 12 000 lines: its module-level constants, records and helpers, and
``TimelineView``'s 374 methods.  This script moves them, text unchanged:

* every module-level statement but ``TimelineView`` (constants, records, helpers) to
  ``view_base.py``, in order;
* each method of ``TimelineView`` to the module its name is given in ``MODULES`` (a
  table by name, not by line: it can be run again on a ``timeline_view.py`` that other
  branches edited), as a method of that module's *mixin* class, in the file's order;
* what ``SHELL`` names, and every statement of the class that is not a method (its
  docstring, signals, class attributes), stays in ``timeline_view.TimelineView``, which
  is ``PythonViewportScrollArea`` and the mixins: ``class
  TimelineView(PythonViewportScrollArea, FitMixin, ...)``.

Mixins, not collaborator objects: a method moved keeps every ``self._name`` it reads and
sets (the view's state stays on the one object), so the move changes no line of code and
no behaviour; collaborators would have rewritten thousands of ``self.`` references.

Two things keep the split view as fast as the whole one.  Each mixin's methods are also
set on ``TimelineView`` itself (a loop after the class): PySide's attribute lookup on a
QObject binds at once a method found in the object's own class's dict, and sends any
other through its slow path (the generic lookup, then its checks for signals and
properties).  Measured with ``benchmarks/key_steps_cg.py year 100000 2560x1440 16``
(callgrind): the whole view 1 469.6 / 1 470.1 M instructions; the mixins only as bases
1 492.3 / 1 492.8 M (+1.5 %; 1 491.9 M with them after the Qt class instead of before);
their methods on the class too, 1 474.3 M (+0.3 %).  And the mixins come after the Qt
class in the MRO (shiboken's type checks walk it from its start to the Qt class: as
short as before), so a Qt override (``paintEvent``...) stays in the shell, where Qt's
own method does not hide it: a mixin method that the Qt class has, or one that calls
``super()``, stops the script.

Each new module imports exactly the names its code reads: those the original imported
(the same statements, their unused names left out) and those ``view_base`` defines.
``timeline_view`` re-exports every name ``view_base`` defines and any name other modules
read through it (found in the repository's code), in its ``__all__``, so
``from timeline_app.ui.timeline_view import ...`` and ``timeline_view.NAME`` keep working.
A name set for a test or an A/B run must reach every module that reads it:
``timeline_app.ui.view_settings.set_in_view`` (the tests and benchmarks use it).

Usage (from the repository's root, on the whole ``timeline_view.py``)::

    .venv/bin/python tools/split_view.py

It fails, changing nothing, on a method the table does not name, a name of the table the
class does not have, a name in two modules, a mixin's method that the Qt class has or
that calls ``super()``, a test or benchmark that sets a name on ``timeline_view`` (not
through ``set_in_view``), or a file already split; then it writes the modules, lets ruff
drop the imports they do not need and sort the rest (``--select F401,I001,RUF022``), and
checks them with ruff.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "timeline_app" / "ui"
SOURCE = UI / "timeline_view.py"
PACKAGE = "timeline_app.ui"
BASE = "view_base"
CLASS = "TimelineView"
#: Folders whose code is searched for names read through ``timeline_view``.
READERS = ("timeline_app", "tests", "benchmarks", "tools")

#: The mixins of ``TimelineView`` by module: (class, what it is, its methods by name).
#: A method not named here, or a name here the class lacks, stops the script.
MODULES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "view_fit": (
        "FitMixin",
        "Fit All, zoom, go to a date or an event; the scale and the scroll bars.",
        (
            "day_at", "x_of_day", "zoom_by", "_selected_row_on_screen", "_selected_rect",
            "_keep_selected_row", "_zoom_anchor_for_selection", "hold_work_ahead", "fit_all",
            "fit_days", "_fit_shown", "_fit_crowding", "_fit_all_ways", "_fit_layout",
            "_fit_units", "_fitted", "_fit_right_px_for", "_fit_view", "_fit_room",
            "_fit_room_loss", "_settle_fit_room", "_breaks_with_room", "_fit_margin_left",
            "_fit_room_right", "_fit_mostly_crowded", "_fit_narrower_right", "_fit_label_loss",
            "_shown_days", "show_range", "_show_units", "go_to_date", "go_to_days",
            "ask_go_to_date", "mark_days", "_day_in_middle", "_date_words_at_zoom",
            "step_selection", "ensure_visible", "_item_of", "_nearest_copy", "_keep_shown_in_view",
            "_remember_shown", "_scroll_lanes_to", "_within_data", "has_item", "show_event",
            "_view_units", "_scale_bounds", "_set_scale", "_origin_bounds", "_clamped_origin",
            "_set_origin", "_update_scrollbars", "_on_hscroll", "_on_vscroll", "_pan_pixels",
            "_moved", "_snapped_back", "_keep_selected_on_screen", "_step_on_after_resize",
        ),
    ),
    "view_layout": (
        "LayoutMixin",
        "Titles measured, lanes laid out, rows packed from the world's chunks.",
        (
            "_copies", "_content_offset", "_events_area", "_name_width", "_small_width",
            "_bold_width", "_measure_label", "_label_width", "_least_label_width",
            "_known_least_width", "_least_word_width", "_label_text", "_layout_key", "_layout",
            "_flipped_ahead", "_keep_layout", "_compute_layout", "_layout_steps",
            "_fills_its_rows", "_packed_later", "_world_packed_later", "_lane_finisher",
            "_world_beyond_the_right", "_shown_last_day", "_stretches_on_screen", "_world_rows",
            "_world_packing", "_world_left_out", "_want_chunks_ahead", "_queue_chunks",
            "_world_here", "_world_key", "_world_chunk_px", "_note_world_rest", "_world_pending",
            "_world_plan", "_world_rested", "_world_quiet_ms", "_note_input", "_world_slice",
            "_world_swap", "_world_context", "_in_badge_row", "_join_world_cluster",
            "_pack_by_stretch", "_lane_room", "_dense_limit", "_rows_that_fit", "_lane_on_screen",
            "_lane_mode_changed", "_contents_of", "_cluster_badges", "_indicators", "_density",
        ),
    ),
    "view_paint": (
        "PaintMixin",
        "Lanes, items, bands, grid, hatches, chips, the overview strip, indicators.",
        (
            "_paint", "_paint_above_lanes", "_grid_columns", "_grid_colors",
            "_paint_bands_and_grid", "_paint_backdrop", "_premultiplied", "_paint_grid_row",
            "_lane_fill", "_lane_style", "_paint_break_band", "_static_text", "_static_size",
            "_draw_text", "_snapped_ratio", "_diamond_pixmap", "_draw_diamond", "_paint_lane",
            "_paint_lane_header", "_paint_lane_body", "_paint_items", "_paint_status_marks",
            "_paint_density",
            "_density_image", "_density_rows", "_paint_plain_items", "_paint_hatches",
            "_hatch_lines", "_paint_circa_across", "_circa_tile", "_circa_short",
            "_paint_circa_ends", "_label_place", "_label_text_top", "_paint_chips", "_plain_title",
            "_plain_title_metrics", "_keep_drawn_chips", "_strip", "_overview_counts",
            "_draw_overview_bars", "_strip_window", "_paint_overview", "_strip_press",
            "_strip_move", "_strip_cursor", "_break_at", "_lane_rounded", "_paint_indicators",
            "_copy_indicator", "_indicator_image", "_draw_small_centred", "_small_plain",
        ),
    ),
    "view_axis": (
        "AxisMixin",
        "The axis: ticks, labels, the article badges and their lines.",
        (
            "_axis_segments", "_without_lone_ticks", "_axis_layout", "_clear_of_minor_labels",
            "axis_labels", "_paint_axis", "_article_dates", "_article_line", "_article_days",
            "_article_totals", "_article_columns", "_article_candidates", "_articles_width",
            "_compute_article_columns", "_article_stripe", "_paint_article_markers",
            "_article_line_columns", "_article_badges", "_named_article_columns",
            "_place_article_badges", "_placing_article_badges", "_unnamed_article_counts",
            "_packed_article_badges", "_count_unnamed_articles", "_badge_label", "_article_label",
        ),
    ),
    "view_pictures": (
        "PicturesMixin",
        "The frame picture, pictures painted ahead and in slices, zoom previews.",
        (
            "_expect_again", "_view_after", "_lay_out_ahead", "_same_run", "_preview_job_for",
            "_job_still_wanted", "_paint_slice", "_rekey_after_mode_change", "_paint_part",
            "_slice_bottom", "_note_band_cost", "_budget_bottom", "_band_cost_bottom",
            "_finish_paint_job", "_drop_picture_ahead", "_clamp_origin", "_invalidate",
            "_view_moved", "_repaint_all", "_update_items", "_frame_key", "_frame_picture",
            "_painted_picture", "_adopt_picture_ahead", "_replace_frame_picture", "_zoom_preview",
            "_finish_preview_job", "_preview_source_for", "_end_preview",
            "_catch_up_after_preview", "_make_picture_when_idle", "_prepare_sides",
            "_paint_fit_after_resize", "_end_fit_hold", "_next_side_job", "_scrolled_from",
            "_scroll_picture", "_paint_overlay", "_selection_mark", "_paint_selection_marks",
            "_hover_what_is_under_the_pointer",
        ),
    ),
    "view_pan": (
        "PanMixin",
        "Pan gestures: the stretch laid out and painted in tiles, the release.",
        (
            "_pan_key", "_pan_rows", "_pan_valid", "_begin_pan", "_keep_rest_picture",
            "_copy_rest_tiles", "_copy_stretch_tiles", "_redo_dense", "_stretch_around",
            "_prepare_rest_pan", "_rest_pan_work", "_end_pan", "_release_pan",
            "_settle_after_release", "_settle_layout", "_side_bytes", "_pan_layout", "_pan_work",
            "_beyond_tiles", "_paint_beyond_tiles", "_paint_way_tiles", "_paint_wanted_tiles",
            "_lay_out_next_stretch", "_pan_slice_ms", "_pan_catch_up_ms", "_pan_steps_for",
            "_pan_shift", "_pan_tiles_in_bytes", "_pan_tiles_a_paint", "_pan_picture",
            "_paint_pan_tiles", "_note_pan_band", "_pan_band_ms", "_pan_rows_in",
            "_pan_band_bottom", "_pan_group_layout", "_paint_pan_band", "_pan_article_lines",
            "_pan_view_layout", "_paint_pan_frame",
        ),
    ),
    "view_input": (
        "InputMixin",
        "Hit testing, tooltips, editing by mouse (Qt's handlers call them).",
        (
            "drag_preview", "drag_preview_text", "cancel_drag", "_grab_mode", "_drag_event_to",
            "_update_drag_scroll", "_on_drag_scroll", "nudge_selection", "_moved_along",
            "_finish_event_drag", "_click_with_modifiers", "_ids_in_band", "_finish_band",
            "_paint_drag", "_paint_ghost", "_paint_drag_label", "_hit", "_zoom_into",
            "_article_badge_tip", "_tooltip_for",
        ),
    ),
}
#: The methods that stay in ``timeline_view.TimelineView``: ``__init__``, the public
#: API, lanes, find and filter, the model's signals, and Qt's overrides (which a mixin
#: after the Qt class could not override).
SHELL: tuple[str, ...] = (
    "__init__", "event_ids", "event_rect", "label_rect", "marker_rect", "label_text",
    "events_area", "selected_event_id", "select_event", "event_at", "lane_name_rect",
    "_lane_name_at", "_lane_header_at", "_named_lane_tip", "set_emphasis", "_shows_an_event",
    "_lanes_without", "_paint_emphasis", "_match_starts", "_match_starts_by_rank",
    "_lane_ids_by_start", "_paint_dense_matches", "px_per_day", "scale", "mapping", "visible_days",
    "events_in_badges", "events_in_picture", "adopt_prepared_lanes", "_rebuild_lanes",
    "_find_breaks", "_lone_coarse", "_apply_breaks", "_rescale", "_open_breaks_in",
    "_open_break_if_inside", "_on_reset", "_on_event_added", "_on_event_changed",
    "_on_event_removed", "_on_events_replaced", "_on_lane_order_changed", "_place",
    "_index_in_order", "_unplace", "_on_model_changed", "_keep_band_ends", "_breaks_still_hold",
    "_data_in_view", "_on_sources_changed", "_on_selected_ids_changed", "_describe_selection",
    "_on_selection_changed", "_data_range", "_compute_data_range", "_data_units", "shown_days",
    "laid_out_content_height", "whole_lanes_rows", "laid_out_summary", "lanes_by", "set_lanes_by",
    "hide_lane", "hidden_lanes", "show_all_lanes", "_lane_key_at", "_lane_color",
    "collapse_empty_periods", "set_collapse_empty_periods", "event", "viewportEvent", "paintEvent",
    "resizeEvent", "mousePressEvent", "mouseMoveEvent", "mouseReleaseEvent",
    "mouseDoubleClickEvent", "focusOutEvent", "leaveEvent", "wheelEvent", "keyPressEvent",
)


class SplitError(Exception):
    """The table and the file disagree, or the file is split already: nothing written."""


def _names_in_annotation(node: ast.AST | None) -> set[str]:
    """The names an annotation reads, those of its strings ("QImage") too."""
    names: set[str] = set()
    if node is None:
        return names
    for part in ast.walk(node):
        if isinstance(part, ast.Name):
            names.add(part.id)
        elif isinstance(part, ast.Constant) and isinstance(part.value, str):
            try:
                names |= _names_in_annotation(ast.parse(part.value, mode="eval"))
            except SyntaxError:
                pass
    return names


def used_names(nodes: list[ast.AST]) -> set[str]:
    """Every name ``nodes`` read: loaded names, those of annotations (strings too) and
    of ``cast("T", ...)``'s type."""
    names: set[str] = set()
    for node in nodes:
        for part in ast.walk(node):
            if isinstance(part, ast.Name) and not isinstance(part.ctx, ast.Store):
                names.add(part.id)
            elif isinstance(part, (ast.FunctionDef, ast.AsyncFunctionDef)):
                arguments = part.args
                for argument in (*arguments.posonlyargs, *arguments.args,
                                 *arguments.kwonlyargs, arguments.vararg, arguments.kwarg):
                    if argument is not None:
                        names |= _names_in_annotation(argument.annotation)
                names |= _names_in_annotation(part.returns)
            elif isinstance(part, ast.AnnAssign):
                names |= _names_in_annotation(part.annotation)
            elif (isinstance(part, ast.Call) and isinstance(part.func, ast.Name)
                  and part.func.id == "cast" and part.args):
                names |= _names_in_annotation(part.args[0])
    return names


def bound_names(node: ast.stmt) -> list[str]:
    """The module-level names a statement binds (a def, a class, an assignment)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = list(node.targets)
    elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
        targets = [node.target]
    names = []
    for target in targets:
        names += [part.id for part in ast.walk(target) if isinstance(part, ast.Name)]
    return names


def _binding(alias: ast.alias, module_import: bool) -> str:
    if alias.asname:
        return alias.asname
    return alias.name.split(".")[0] if module_import else alias.name


class Imports:
    """The original module's imports (module level and ``if TYPE_CHECKING:``), each
    statement with the names it binds, to be written again with only the names a new
    module reads."""

    def __init__(self, lines: list[str], header: list[ast.stmt]) -> None:
        self.lines = lines
        self.plain: list[ast.stmt] = []
        self.checking: list[ast.stmt] = []
        self.checking_line = ""
        for node in header:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                if not (isinstance(node, ast.ImportFrom) and node.module == "__future__"):
                    self.plain.append(node)
            elif isinstance(node, ast.If):
                self.checking_line = lines[node.lineno - 1].rstrip("\n")
                self.checking = [n for n in node.body if isinstance(n, (ast.Import,
                                                                      ast.ImportFrom))]
                if len(self.checking) != len(node.body):
                    raise SplitError("the TYPE_CHECKING block holds more than imports")
            else:
                raise SplitError(f"line {node.lineno}: not an import in the header")

    def bindings(self) -> set[str]:
        names = set()
        for node in (*self.plain, *self.checking):
            assert isinstance(node, (ast.Import, ast.ImportFrom))
            names |= {_binding(a, isinstance(node, ast.Import)) for a in node.names}
        return names

    def _render(self, node: ast.stmt, wanted: set[str], exported: set[str], indent: str
                ) -> list[str]:
        assert isinstance(node, (ast.Import, ast.ImportFrom))
        module_import = isinstance(node, ast.Import)
        kept = [a for a in node.names if _binding(a, module_import) in wanted]
        if not kept:
            return []

        def spelled(alias: ast.alias) -> str:
            name = _binding(alias, module_import)
            if alias.asname:
                return f"{alias.name} as {alias.asname}"
            if name in exported and (not module_import or "." not in alias.name):
                return f"{alias.name} as {alias.name}"  # (a re-export)
            return alias.name

        if len(kept) == len(node.names) and node.lineno == node.end_lineno and not any(
                _binding(a, module_import) in exported for a in kept):
            return [self.lines[node.lineno - 1].rstrip("\n")]  # as it was, comment too
        if module_import:
            return [f"{indent}import {spelled(alias)}" for alias in kept]
        dots = "." * node.level
        return [f"{indent}from {dots}{node.module} import "
                f"{', '.join(spelled(alias) for alias in kept)}"]

    def render(self, wanted: set[str], exported: set[str] | None = None,
               more: tuple[str, ...] = ()) -> str:
        """The import statements binding ``wanted`` (those of ``exported`` as
        re-exports), then ``more`` (import statements), then the ``TYPE_CHECKING``
        block's that bind ``wanted``."""
        exported = exported or set()
        out: list[str] = []
        checking: list[str] = []
        for node in self.checking:
            checking += self._render(node, wanted, exported, "    ")
        if checking:
            wanted = wanted | {"TYPE_CHECKING"}
        for node in self.plain:
            out += self._render(node, wanted, exported, "")
        out += [line for line in more if line]
        if checking:
            out += ["", self.checking_line, *checking]
        return "\n".join(out)


def _is_setattr(func: ast.expr) -> bool:
    """Whether a call's function is ``setattr`` or ``something.setattr``."""
    if isinstance(func, ast.Name):
        return func.id == "setattr"
    return isinstance(func, ast.Attribute) and func.attr == "setattr"


def names_read_through_the_view(root: Path, misses: list[str] | None = None) -> set[str]:
    """Names other modules import from ``timeline_view`` or read as its attributes
    (``timeline_view.NAME``, ``tv.NAME``).  ``misses`` gets ``path:line`` of each name
    *set* on the module (``monkeypatch.setattr(timeline_view, "NAME", ...)``,
    ``setattr(tv, "NAME", ...)``, ``timeline_view.NAME = ...``): after the split such a
    setting reaches only the shell's binding, not the modules that read the name
    (``view_settings.set_in_view`` reaches them all)."""
    names: set[str] = set()
    dotted = f"{PACKAGE}.timeline_view"
    for folder in READERS:
        for path in sorted((root / folder).rglob("*.py")):
            if path.parent == UI and (path.stem == "timeline_view"
                                      or path.stem.startswith("view_")):
                continue
            try:
                text = path.read_text(encoding="utf-8")
                if "timeline_view" not in text:
                    continue  # (the file names it to read it)
                tree = ast.parse(text)
            except (SyntaxError, UnicodeDecodeError):
                continue
            aliases = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module == dotted:
                    names |= {alias.name for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module == PACKAGE:
                    aliases |= {alias.asname or alias.name for alias in node.names
                                if alias.name == "timeline_view"}
                elif isinstance(node, ast.Import):
                    aliases |= {alias.asname for alias in node.names
                                if alias.name == dotted and alias.asname}
            for node in ast.walk(tree):
                if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                        and node.value.id in aliases):
                    names.add(node.attr)
                    if isinstance(node.ctx, ast.Store) and misses is not None:
                        misses.append(f"{path.relative_to(root)}:{node.lineno}")
                elif (misses is not None and isinstance(node, ast.Call) and node.args
                      and _is_setattr(node.func)
                      and isinstance(node.args[0], ast.Name) and node.args[0].id in aliases):
                    misses.append(f"{path.relative_to(root)}:{node.lineno}")
    return {name for name in names if not name.startswith("__")}


def _wrapped(first: str, items: list[str], last: str, indent: str | None = None) -> str:
    """``first`` and ``items`` joined by ", " then ``last``, in lines of at most 96
    characters, the next ones indented as wide as ``first`` (or by ``indent``)."""
    pad = " " * len(first) if indent is None else indent
    lines, line = [], first
    for index, item in enumerate(items):
        piece = item + (last if index == len(items) - 1 else ",")
        if len(line) + len(piece) + 1 > 96 and line.strip():
            lines.append(line.rstrip())
            line = pad
        line += piece if line in (first, pad) else " " + piece
    lines.append(line)
    return "\n".join(lines)


def _module_text(docstring: str, imports: str, body: str) -> str:
    text = f'"""{docstring}"""\n\nfrom __future__ import annotations\n\n'
    if imports:
        text += imports + "\n\n\n"
    return text + body.strip("\n") + "\n"


def split(source: str, table: dict[str, tuple[str, str, tuple[str, ...]]],
          shell: tuple[str, ...], read_outside: set[str],
          hidden: set[str] | None = None) -> dict[str, str]:
    """The modules' texts by module name (``timeline_view`` the shell, ``BASE``, and the
    table's): see the module's text.  ``read_outside``: names other modules read through
    ``timeline_view``; ``hidden``: the names the class's bases have (a mixin's method of
    such a name would be hidden by them).

    Raises:
        SplitError: a method the table does not name, a name the class lacks, a name
            given twice, a mixin's method the bases hide, a class not last in the file
            or already split.
    """
    lines = source.splitlines(keepends=True)
    tree = ast.parse(source)
    body = list(tree.body)
    if not (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)):
        raise SplitError("the module has no docstring")
    docstring = body.pop(0)
    classes = [n for n in body if isinstance(n, ast.ClassDef) and n.name == CLASS]
    if len(classes) != 1:
        raise SplitError(f"the file has no class {CLASS}, or more than one")
    view = classes[0]
    bases = [ast.unparse(base) for base in view.bases]
    mixins = [class_name for class_name, _doc, _names in table.values()]
    if any(base in mixins for base in bases):
        raise SplitError(f"{CLASS} is split already (its bases: {bases})")
    if body[-1] is not view:
        raise SplitError(f"{CLASS} is not the file's last statement")
    if view.decorator_list or view.keywords:
        raise SplitError(f"{CLASS} has decorators or keywords")
    header = []
    for node in body[:-1]:
        if isinstance(node, (ast.Import, ast.ImportFrom)) or (
                isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"):
            header.append(node)
        else:
            break
    rest = body[len(header):-1]
    imports = Imports(lines, header)

    owner: dict[str, str] = {}
    for module, (_class_name, _doc, names) in table.items():
        for name in names:
            if name in owner:
                raise SplitError(f"{name} is given to {owner[name]} and {module}")
            owner[name] = module
    for name in shell:
        if name in owner:
            raise SplitError(f"{name} is given to {owner[name]} and the shell")
        owner[name] = "timeline_view"
    methods = [n for n in view.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    unknown = [n.name for n in methods if n.name not in owner]
    if unknown:
        raise SplitError(f"methods of {CLASS} the table does not name: {unknown}")
    have = {n.name for n in methods}
    if len(have) != len(methods):
        raise SplitError(f"{CLASS} defines a method twice")
    missing = sorted(set(owner) - have)
    if missing:
        raise SplitError(f"names of the table {CLASS} does not have: {missing}")
    shadowed = sorted(name for name, module in owner.items()
                      if module != "timeline_view" and name in (hidden or set()))
    if shadowed:
        raise SplitError(f"methods the bases of {CLASS} would hide in a mixin (a Qt "
                         f"override stays in the shell): {shadowed}")

    # Each statement of the class with the lines before it (comments, decorators).
    chunks: dict[str, list[tuple[ast.stmt, str]]] = {module: [] for module in table}
    chunks["timeline_view"] = []
    previous = view.body[0].lineno - 1  # (the class's header ends there)
    class_header = "".join(lines[view.lineno - 1:previous])
    for node in view.body:
        text = "".join(lines[previous:node.end_lineno])
        previous = node.end_lineno or previous
        module = owner[node.name] if isinstance(node, (ast.FunctionDef,
                                                       ast.AsyncFunctionDef)) else "timeline_view"
        chunks[module].append((node, text))

    # view_base: every module-level statement but the class.
    base_defined: set[str] = set()
    for node in rest:
        base_defined |= set(bound_names(node))
    base_first = header[-1].end_lineno if header else docstring.end_lineno
    base_body = "".join(lines[base_first:view.lineno - 1])
    bindings = imports.bindings()
    texts: dict[str, str] = {}
    base_used = used_names(rest)
    texts[BASE] = _module_text(
        "The timeline view's module-level constants, records and helpers (those of\n"
        "``timeline_view``, moved as they were by ``tools/split_view.py``; the view's\n"
        "methods are in ``timeline_view`` and the ``view_*`` modules of its mixins).\n",
        imports.render(base_used & bindings), base_body)

    def from_base(names: set[str]) -> str:
        wanted = sorted(names & base_defined)
        if not wanted:
            return ""
        return f"from {PACKAGE}.{BASE} import {', '.join(wanted)}"

    for module, (class_name, doc, _names) in table.items():
        nodes = [node for node, _text in chunks[module]]
        used = used_names(nodes)
        local = {node.name for node in nodes}  # (methods: no module names)
        used -= {name for name in local if name not in bindings | base_defined}
        parts = [imports.render(used & bindings, more=(from_base(used),))]
        body_text = (f"class {class_name}:\n    \"\"\"{doc}\"\"\"\n"
                     + "".join(text for _node, text in chunks[module]))
        texts[module] = _module_text(
            f"{doc}\n\nA mixin of ``timeline_view.{CLASS}``: its methods, moved as they were by\n"
            "``tools/split_view.py``.\n", "\n".join(part for part in parts if part), body_text)

    # The shell: the class's own statements, its mixins, and the re-exports.
    nodes = [node for node, _text in chunks["timeline_view"]]
    used = used_names(nodes) | used_names(view.bases)
    outside_imports = read_outside & bindings  # (imported names read through the view)
    parts = [imports.render(
        (used | outside_imports) & bindings,
        more=(from_base(base_defined),
              *(f"from {PACKAGE}.{module} import {class_name}"
                for module, (class_name, _doc, _names) in table.items())))]
    quoted = [f'"{name}"' for name in sorted(base_defined | outside_imports | {CLASS})]
    parts.append(
        "\n#: What other modules read from ``timeline_view``: its names before the split\n"
        "#: (``view_base``'s, and the imports read through it), as they were.\n"
        + _wrapped("__all__ = [", quoted, "]", "    "))
    header_line = class_header.replace(
        f"class {CLASS}({', '.join(bases)}):", _wrapped(f"class {CLASS}(", [*bases, *mixins],
                                                        "):"), 1)
    if header_line == class_header:
        raise SplitError(f"the class header is not one line: {class_header!r}")
    original_doc = ast.get_source_segment(source, docstring) or ""
    shell_body = header_line + "".join(text for _node, text in chunks["timeline_view"])
    shell_body = shell_body.rstrip("\n") + "\n\n\n" + (
        "# PySide binds a method found in a QObject's own class's dict at once; one found in\n"
        "# a base (a mixin) goes through its slower lookup (the generic one, then its checks\n"
        "# for signals and properties): a held key's steps cost 1.5 % more instructions\n"
        "# (tools/split_view.py).  Each mixin's methods are set on the class itself too.\n"
        + _wrapped("for _mixin in (", mixins, "):")
        + "\n    for _name, _method in vars(_mixin).items():\n"
        "        if not _name.startswith(\"__\"):\n"
        f"            setattr({CLASS}, _name, _method)\n"
        "del _mixin, _name, _method\n")
    supers = [node.name for module in table for node, _text in chunks[module]
              if any(isinstance(part, ast.Call) and isinstance(part.func, ast.Name)
                     and part.func.id == "super" for part in ast.walk(node))]
    if supers:
        raise SplitError(f"methods calling super() must stay in the shell: {supers}")
    doc_text = original_doc[3:-3].rstrip("\n") + (
        "\n\nIts code is in modules by concern (``tools/split_view.py``): ``view_base`` (the\n"
        "constants, records and helpers, re-exported here), and the mixins of\n"
        + _wrapped(f"``{CLASS}``: ", [f"``{module}``" for module in table], ".", "")
        + "\n")
    texts["timeline_view"] = _module_text(doc_text, "\n".join(p for p in parts if p),
                                          shell_body)
    # Every method once, in one module.
    placed = [m for module in chunks for node, _t in chunks[module]
              if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) for m in [node.name]]
    if sorted(placed) != sorted(n.name for n in methods):
        raise SplitError("a method was lost or doubled")
    return texts


def main(argv: list[str]) -> int:
    if argv[1:]:
        print(__doc__)
        return 2
    if (UI / f"{BASE}.py").exists():
        raise SplitError(f"{BASE}.py exists: the view is split already")
    source = SOURCE.read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT))
    from timeline_app.ui.scroll_area import PythonViewportScrollArea

    misses: list[str] = []
    read_outside = names_read_through_the_view(ROOT, misses)
    if misses:
        raise SplitError("these set a name on timeline_view, which after the split reaches "
                         "only the shell: use timeline_app.ui.view_settings.set_in_view "
                         f"(NAME, value, monkeypatch) instead: {', '.join(misses)}")
    texts = split(source, MODULES, SHELL, read_outside, set(dir(PythonViewportScrollArea)))
    paths = []
    for module, text in texts.items():
        path = UI / f"{module}.py"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    ruff = [sys.executable, "-m", "ruff", "check"]
    # The names a module's code reads were found without scopes: one a method binds
    # itself (``import numpy as np`` inside it, an argument named ``density``) may have
    # brought an import the module does not need; ruff removes those (the re-exports,
    # in ``__all__``, stay) and sorts the imports and ``__all__``.
    for _round in range(2):
        subprocess.run([*ruff, "--fix", "--select", "F401,I001,RUF022", "--quiet", *paths],
                       cwd=ROOT, check=False, capture_output=True)
        for path in map(Path, paths):
            text = path.read_text(encoding="utf-8")
            emptied = re.sub(r"\nif TYPE_CHECKING:[^\n]*\n    pass\n", "\n", text)
            if emptied != text:
                path.write_text(emptied, encoding="utf-8")
    checked = subprocess.run([*ruff, *paths], cwd=ROOT, check=False)
    lines = {Path(p).name: len(Path(p).read_text(encoding="utf-8").splitlines()) for p in paths}
    for name, count in lines.items():
        print(f"{count:6d} {name}")
    return checked.returncode


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except SplitError as error:
        print(f"split_view: {error}", file=sys.stderr)
        sys.exit(1)
