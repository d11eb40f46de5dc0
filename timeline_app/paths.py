"""Where the app's bundled resources live, in a source checkout, an editable install or a wheel."""

from __future__ import annotations

from pathlib import Path

DEFAULT_TIMELINE = "default-timeline.json"
SCHEMA = "timeline.schema.json"

_PACKAGE = Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    """The path of a bundled resource file.

    A wheel installs the top-level ``resources/`` folder as the package
    ``timeline_app.resources`` (inside the package); a source checkout, and an
    editable install of it, have it beside the ``timeline_app`` package.
    (Plain paths rather than importlib.resources: the app is never run from a zip,
    and the import costs start-up time.)
    """
    installed = _PACKAGE / "resources" / name
    if installed.is_file():
        return installed
    return _PACKAGE.parent / "resources" / name
