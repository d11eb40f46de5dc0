"""A module-level name of the timeline view set for a test or an A/B run wherever the
view's code reads it.

The view's code is ``timeline_view`` and, once ``tools/split_view.py`` has split it into
modules by concern, the modules of ``VIEW_MODULES``: each reads the constants and
helpers it uses through its own module's names (``from timeline_app.ui.view_base import
IDLE_SLICE_MS`` binds one there), so a constant set in ``timeline_view`` alone would not
reach a method moved to another module.  ``set_in_view`` sets it in every one of them
that has it: the same for the split view as for the whole one.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

__all__ = ["VIEW_MODULES", "set_in_view", "view_modules"]

#: The modules of the timeline view, by name (``tools/split_view.py``'s; those not made
#: yet are left out by ``view_modules``).
VIEW_MODULES = (
    "timeline_app.ui.timeline_view",
    "timeline_app.ui.view_base",
    "timeline_app.ui.view_fit",
    "timeline_app.ui.view_layout",
    "timeline_app.ui.view_paint",
    "timeline_app.ui.view_axis",
    "timeline_app.ui.view_pictures",
    "timeline_app.ui.view_pan",
    "timeline_app.ui.view_input",
    # (not the splitter's: the dates beside titles, session 54's view69; it reads
    # ``DATE_GAP``, which ``view_fit`` imports from it)
    "timeline_app.ui.view_dates",
    # (the views the Events list's next keys reveal, laid out ahead: session 56's list57; it
    # reads ``PICTURE_IDLE_MS`` and ``IDLE_SLICE_MS`` as the view's pictures do)
    "timeline_app.ui.view_reveal",
    # (a rightward pan's kept layout: session 66's scale76; it reads ``LANE_HEADER`` and
    # ``RIDE_KEPT_LAYOUT``)
    "timeline_app.ui.view_kept_ride",
)


def view_modules() -> list[ModuleType]:
    """The modules of ``VIEW_MODULES`` that exist, imported.

    Raises:
        ModuleNotFoundError: a module they import is missing (not one of theirs).
    """
    modules = []
    for name in VIEW_MODULES:
        module = sys.modules.get(name)
        if module is None:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as error:
                if error.name != name:
                    raise
                continue  # (the view is not split into it)
        modules.append(module)
    return modules


def set_in_view(name: str, value: object, patch: Any = None) -> None:
    """Set ``name`` to ``value`` in every module of the view that has it (a constant, a
    helper, an imported module such as ``time``), or in all of them when none has it (a
    builtin such as ``sorted``: the modules' own name then shadows it).

    Args:
        name: A module-level name of the view's code.
        value: Its value for the test or the run.
        patch: A ``pytest.MonkeyPatch`` (its ``setattr``, undone after the test), or
            None to set it for good (an A/B run of a benchmark).
    """
    modules = view_modules()
    having = [module for module in modules if name in vars(module)]
    for module in having or modules:
        if patch is None:
            setattr(module, name, value)
        else:
            patch.setattr(module, name, value, raising=bool(having))
