"""core/, io/ and extract/ stay Qt-free, so they run (and are tested) without a display.

Two checks: a static scan of every source file's imports (catches imports inside
functions too), and a fresh interpreter that imports the packages and then looks
at ``sys.modules`` (catches Qt arriving indirectly, e.g. via ``timeline_app/__init__``).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "timeline_app"
QT_FREE = ("core", "io", "extract")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "qtpy")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(
            node.func, "attr", getattr(node.func, "id", "")
        ) in (
            "import_module",
            "__import__",
        ):
            names.update(
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            )
    return names


@pytest.mark.parametrize("package", QT_FREE)
def test_sources_do_not_import_qt(package: str) -> None:
    files = sorted((PACKAGE / package).rglob("*.py"))
    assert files, f"no sources found in {package}/"
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in files
        for name in sorted(_imported_modules(path))
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


def test_importing_the_packages_loads_no_qt() -> None:
    modules = [f"timeline_app.{p}" for p in QT_FREE]
    # Import every submodule too: a package __init__ may not import them all.
    code = (
        "import importlib, json, pkgutil, sys\n"
        f"for name in {modules!r}:\n"
        "    package = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(package.__path__, name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert [m for m in loaded if m.split(".")[0] in QT_MODULES] == []
