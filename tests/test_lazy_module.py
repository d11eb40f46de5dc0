"""``LazyModule``: a module imported on the first use of one of its names (issue 11)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_module_is_imported_on_first_use_and_read_at_every_use() -> None:
    code = """
import sys
from timeline_app.lazy_module import LazyModule
lazy = LazyModule("colorsys")
assert "colorsys" not in sys.modules, "imported before its first use"
assert lazy.rgb_to_hsv(1, 0, 0) == (0, 1, 1)
assert "colorsys" in sys.modules
sys.modules["colorsys"].rgb_to_hsv = lambda *args: "replaced"
assert lazy.rgb_to_hsv(1, 0, 0) == "replaced"  # a test that replaces a name is seen
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]
