"""The wheel must carry every package and the resources: the app starts from a wheel too."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_every_package_is_listed_for_the_wheel():
    listed = set(_config()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "timeline_app").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_resources_ship_as_package_data():
    config = _config()["tool"]["setuptools"]
    assert config["package-dir"]["timeline_app.resources"] == "resources"
    patterns = config["package-data"]["timeline_app.resources"]
    for resource in (ROOT / "resources").iterdir():
        if resource.name.startswith(("__", ".")):
            continue
        assert any(resource.match(p) for p in patterns), f"{resource.name} would not ship"


def test_dependencies_pin_pyside_away_from_the_broken_release():
    deps = _config()["project"]["dependencies"]
    assert 'PySide6-Essentials>=6.8,!=6.12.0; python_version < "3.12"' in deps
    assert any(d.startswith("python-dateutil") for d in deps)
