"""Where the app's bundled resources live, in a source checkout, an editable install or a wheel."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

DEFAULT_TIMELINE = "default-timeline.json"
SCHEMA = "timeline.schema.json"


def resource_path(name: str) -> Path:
    """The path of a bundled resource file.

    A wheel installs the top-level ``resources/`` folder as the package
    ``timeline_app.resources``; a source checkout (or an editable install) has it
    beside the ``timeline_app`` package.
    """
    try:
        candidate = Path(str(importlib.resources.files("timeline_app.resources") / name))
        if candidate.is_file():
            return candidate
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources" / name
