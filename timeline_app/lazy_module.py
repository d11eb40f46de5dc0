"""A module imported on the first use of one of its names (issue 11: start-up to first paint).

``name = LazyModule("package.module")`` at the top of a module stands for
``import package.module as name``, but imports it when an attribute is first read, not
while the app starts: what the timeline's first paint does not need (the undo commands,
the file fingerprints, the prompts) costs nothing before it.  Attributes are looked up in
the real module at every use, so a test that replaces one there is seen.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["LazyModule"]


class LazyModule:
    """Stands for the module ``name``; imports it when an attribute is first read."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<LazyModule {self._name!r}>"
