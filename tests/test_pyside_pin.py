"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand void-method calls ("none_dealloc")."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import version


def test_the_broken_pyside_release_is_not_installed_on_python_311():
    installed = version("PySide6-Essentials")
    if sys.version_info < (3, 12):
        assert installed != "6.12.0", "PySide6 6.12.0 aborts Python 3.11: see pyproject.toml"


def test_many_void_calls_do_not_abort_the_interpreter():
    # In a child process: the bug kills the interpreter, which must not take the suite with it.
    code = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QGraphicsRectItem
        app = QApplication([])
        item = QGraphicsRectItem(0, 0, 10, 10)
        for i in range(20000):
            item.setPos(i % 97, i % 89)
        print("survived")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
