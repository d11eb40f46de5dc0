"""``tools/split_view.py``: ``timeline_view.py`` split into modules by a table of names, a
pure move (session 33, frames36)."""

from __future__ import annotations

import ast
import importlib.util
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("split_view", ROOT / "tools" / "split_view.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["split_view"] = module
    spec.loader.exec_module(module)
    return module


SMALL = textwrap.dedent('''\
    """A view."""

    from __future__ import annotations

    import bisect
    import math  # the floor of things
    from typing import TYPE_CHECKING, Any

    from base_package import Base, Signal, unused_here

    if TYPE_CHECKING:  # annotations only
        from heavy import Heavy, Light

    #: The step.
    STEP = 3
    LIMIT = STEP * 2


    def _helper(x: int) -> int:
        return bisect.bisect_left([1, 2], x) + LIMIT


    class TimelineView(Base):
        """The view."""

        changed = Signal()

        def __init__(self) -> None:
            self.x = 0.0

        # ---- moving
        def step(self) -> None:
            self.x += STEP
            self.changed.emit()

        @staticmethod
        def _floor(value: float) -> int:
            return math.floor(value)

        def paint(self, painter: "Heavy") -> Any:
            return _helper(self._floor(self.x)), painter

        def keyPressEvent(self, event: Light) -> None:
            super().keyPressEvent(event)
            self.step()
''')

TABLE = {
    "view_moving": ("MovingMixin", "Moving.", ("step", "_floor")),
    "view_paint": ("PaintMixin", "Painting.", ("paint",)),
}
SHELL = ("__init__", "keyPressEvent")


def test_a_small_view_is_split_by_its_table():
    tool = _tool()
    texts = tool.split(SMALL, TABLE, SHELL, {"LIMIT", "math"})
    assert set(texts) == {"timeline_view", "view_base", "view_moving", "view_paint"}
    for text in texts.values():
        compile(text, "<split>", "exec")
    base, moving, paint, shell = (texts[name] for name in ("view_base", "view_moving",
                                                          "view_paint", "timeline_view"))
    # Module-level statements to the base, as they were; imports as each module reads them.
    assert "#: The step.\nSTEP = 3\nLIMIT = STEP * 2\n\n\ndef _helper(x: int) -> int:" in base
    assert "import bisect" in base and "Base" not in base.split("STEP")[0]
    # Methods moved with their comments and decorators, text unchanged.
    assert ("    # ---- moving\n    def step(self) -> None:\n        self.x += STEP\n"
            in moving)
    assert "    @staticmethod\n    def _floor(value: float) -> int:\n" in moving
    assert moving.count("def ") == 2 and "class MovingMixin:" in moving
    assert "import math  # the floor of things" in moving
    assert "from view_base" not in moving  # (the package's name: timeline_app.ui)
    assert "STEP" in moving.split("class MovingMixin")[0]
    assert "from heavy import Heavy\n" in paint  # a string annotation's name too
    assert "_helper" in paint.split("class PaintMixin")[0]
    # The shell: the class's own statements, its mixins first, the re-exports.
    assert "class TimelineView(Base, MovingMixin, PaintMixin):" in shell  # (Qt's first)
    assert '    """The view."""\n\n    changed = Signal()\n' in shell
    exported = shell.split("__all__ = [")[1].split("]")[0]
    assert all(f'"{name}"' in exported
               for name in ("LIMIT", "STEP", "_helper", "math", "TimelineView"))
    assert "\nimport math  # the floor of things\n" in shell  # (read through it elsewhere)
    assert "unused_here" not in shell and "unused_here" not in moving
    assert shell.count("def ") == 2  # (__init__, and keyPressEvent: it calls super())
    # The mixins' methods on the class itself too (PySide's quick lookup), once made.
    namespace: dict[str, object] = {}
    exec("# PySide binds" + shell.split("\n\n\n# PySide binds")[1].replace(
        "TimelineView", "View"), {
        "MovingMixin": type("MovingMixin", (), {"step": len, "__doc__": "x"}),
        "PaintMixin": type("PaintMixin", (), {"paint": abs}),
        "View": (view := type("View", (), {}))}, namespace)
    assert view.step is len and view.paint is abs and view.__doc__ is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(("table", "shell", "error"), [
    ({**TABLE, "view_paint": ("PaintMixin", "P.", ("paint",))}, ("__init__",), "keyPressEvent"),
    (TABLE, (*SHELL, "gone"), "gone"),
    (TABLE, (*SHELL, "paint"), "paint"),
])
def test_a_table_that_does_not_fit_the_class_changes_nothing(table, shell, error):
    tool = _tool()
    with pytest.raises(tool.SplitError, match=error):
        tool.split(SMALL, table, shell, set())


def test_a_mixins_method_calling_super_stays_in_the_shell():
    tool = _tool()
    table = {**TABLE, "view_paint": ("PaintMixin", "P.", ("paint", "keyPressEvent"))}
    with pytest.raises(tool.SplitError, match="super"):
        tool.split(SMALL, table, ("__init__",), set())


def test_a_method_the_base_has_stays_in_the_shell():
    """The mixins come after the Qt class in the MRO: a Qt override in a mixin would be
    hidden by Qt's own method."""
    tool = _tool()
    table = {**TABLE, "view_paint": ("PaintMixin", "P.", ("paint", "keyPressEvent"))}
    with pytest.raises(tool.SplitError, match="hide in a mixin"):
        tool.split(SMALL, table, ("__init__",), set(), {"keyPressEvent", "show"})
    shell = tool.split(SMALL, TABLE, SHELL, set(), {"keyPressEvent", "show"})["timeline_view"]
    assert "    def keyPressEvent(self, event: Light) -> None:\n        super()" in shell


def test_a_view_split_already_is_not_split_again():
    tool = _tool()
    texts = tool.split(SMALL, TABLE, SHELL, set())
    with pytest.raises(tool.SplitError, match="split already"):
        tool.split(texts["timeline_view"], TABLE, SHELL, set())


def _methods(text: str) -> dict[str, str]:
    """Each method of the text's classes, its lines (decorators and all) as they are."""
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    first = min([item.lineno, *(d.lineno for d in item.decorator_list)])
                    found[item.name] = "".join(lines[first - 1:item.end_lineno])
    return found


def test_the_real_view_is_split_with_every_method_unchanged():
    """On ``timeline_view.py`` as it is before the split (on the split one, the tool
    refuses: it is split already)."""
    tool = _tool()
    source = tool.SOURCE.read_text(encoding="utf-8")
    if (tool.UI / f"{tool.BASE}.py").exists():
        with pytest.raises(tool.SplitError, match="split already"):
            tool.split(source, tool.MODULES, tool.SHELL, set())
        return
    from timeline_app.ui.scroll_area import PythonViewportScrollArea

    texts = tool.split(source, tool.MODULES, tool.SHELL,
                       tool.names_read_through_the_view(ROOT), set(dir(PythonViewportScrollArea)))
    before = {name: text for name, text in _methods(source).items()}
    after: dict[str, str] = {}
    for module, text in texts.items():
        compile(text, module, "exec")
        for name, method in _methods(text).items():
            if module == tool.BASE:
                continue  # (the records' own methods)
            assert name not in after, name
            after[name] = method
    view = next(n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)
                and n.name == tool.CLASS)
    names = {n.name for n in view.body if isinstance(n, ast.FunctionDef)}
    assert {name: after[name] for name in names} == {name: before[name] for name in names}


def test_a_setting_made_on_the_view_module_is_found(tmp_path):
    """After the split, ``monkeypatch.setattr(timeline_view, NAME, ...)`` reaches only the
    shell's binding: the script lists such settings (and refuses to split) so that they
    go through ``view_settings.set_in_view``."""
    tool = _tool()
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text(textwrap.dedent("""\
        from timeline_app.ui import timeline_view
        import timeline_app.ui.timeline_view as tv

        def test_x(monkeypatch):
            monkeypatch.setattr(timeline_view, "IDLE_SLICE_MS", 0.0)
            setattr(tv, "PAN_REUSE", False)
            tv.BANDS_PER_PICTURE = 8
            monkeypatch.setattr(timeline_view.TimelineView, "_paint", len)  # (the class)
            return timeline_view.LANES_TOP
        """), encoding="utf-8")
    misses: list[str] = []
    names = tool.names_read_through_the_view(tmp_path, misses)
    assert misses == ["tests/test_x.py:5", "tests/test_x.py:6", "tests/test_x.py:7"]
    assert {"LANES_TOP", "TimelineView", "BANDS_PER_PICTURE"} <= names
    misses.clear()
    tool.names_read_through_the_view(ROOT, misses)
    assert misses == []  # (this repository's tests and benchmarks use set_in_view)


def test_the_split_views_mixin_methods_are_in_its_own_dict():
    """PySide binds a method of a QObject's own class's dict at once, a base's through a
    slower lookup: each mixin's methods are in ``TimelineView.__dict__`` (put in the class
    body's namespace since session 46, start46: no ``setattr`` on the made class), the
    mixin's own, and none of the class's own methods is replaced by a mixin's."""
    from timeline_app.ui import timeline_view

    view = timeline_view.TimelineView
    mixins = [base for base in view.__mro__ if base.__name__.endswith("Mixin")
              and base.__name__ not in ("EraMixin", "RideMixin")]
    # (DatesMixin since session 54, view69; RevealAheadMixin since session 56, list57;
    # KeptRideMixin since session 66, scale76: a rightward pan's kept layout)
    assert len(mixins) == 10
    for mixin in mixins:
        for name, method in vars(mixin).items():
            if not name.startswith("__"):
                assert view.__dict__[name] is method, (mixin.__name__, name)
    assert "_mixin" not in vars(timeline_view) and "name" not in view.__dict__
