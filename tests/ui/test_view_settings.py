"""``view_settings.set_in_view``: a name of the view set for a test reaches every function
that reads it, whether the view is one module or split into several
(``tools/split_view.py``)."""

from __future__ import annotations

import types

import pytest

from timeline_app.ui import timeline_view
from timeline_app.ui.view_settings import VIEW_MODULES, set_in_view, view_modules


def _functions_reading_globals() -> list[types.FunctionType]:
    """Every function of the view's modules and every method of ``TimelineView`` (its
    mixins' too), as plain functions."""
    found: list[types.FunctionType] = []
    classes = [cls for cls in timeline_view.TimelineView.__mro__
               if cls.__module__ in VIEW_MODULES]
    for cls in classes:
        for value in vars(cls).values():
            value = getattr(value, "__func__", value)
            if isinstance(value, types.FunctionType):
                found.append(value)
    for module in view_modules():
        found += [value for value in vars(module).values()
                  if isinstance(value, types.FunctionType)
                  and value.__module__ == module.__name__]
    return found


def test_a_constant_set_in_the_view_reaches_every_function_that_reads_it(monkeypatch):
    functions = _functions_reading_globals()
    assert len(functions) > 300
    readers: dict[str, list[types.FunctionType]] = {}
    for function in functions:
        for name in function.__code__.co_names:
            if name.isupper() and name in function.__globals__:
                readers.setdefault(name, []).append(function)
    assert {"IDLE_SLICE_MS", "PAN_REUSE", "FEW_ARTICLE_LINES", "WORLD_PACKING"} <= set(readers)
    marks = {name: object() for name in readers}
    for name, mark in marks.items():
        set_in_view(name, mark, monkeypatch)
    for name, functions_of in readers.items():
        for function in functions_of:
            assert function.__globals__[name] is marks[name], (name, function.__qualname__)
    monkeypatch.undo()
    for name, functions_of in readers.items():
        assert all(function.__globals__[name] is not marks[name] for function in functions_of)
    assert timeline_view.IDLE_SLICE_MS == 5.0


def test_a_helper_and_a_builtin_are_set_in_the_modules(monkeypatch):
    real = timeline_view._lanes_of
    set_in_view("_lanes_of", len, monkeypatch)
    holders = [module for module in view_modules() if "_lanes_of" in vars(module)]
    assert holders and all(module._lanes_of is len for module in holders)
    set_in_view("sorted", reversed, monkeypatch)  # a builtin: set in every module
    assert all(module.sorted is reversed for module in view_modules())  # type: ignore[attr-defined]
    monkeypatch.undo()
    assert timeline_view._lanes_of is real
    assert not any("sorted" in vars(module) for module in view_modules())


def test_without_a_monkeypatch_it_is_set_for_good():
    before = timeline_view.PAN_REUSE
    try:
        set_in_view("PAN_REUSE", not before)
        assert all(module.PAN_REUSE is (not before) for module in view_modules()
                   if "PAN_REUSE" in vars(module))
    finally:
        set_in_view("PAN_REUSE", before)
    assert timeline_view.PAN_REUSE is before


def test_the_modules_are_the_views():
    modules = view_modules()
    assert modules[0] is timeline_view
    assert [module.__name__ for module in modules] == [
        name for name in VIEW_MODULES if name in {module.__name__ for module in modules}]
    with pytest.raises(AttributeError):
        _ = timeline_view.NO_SUCH_SETTING  # type: ignore[attr-defined]
