"""File → Import Article's dialog opens without the extraction pipeline: the pipeline's
imports (0.5-0.7 s here) ran on the GUI thread the first time the dialog opened, which
froze the window for about 2 s at load 10 (verify20 F12); they now run on the worker
thread of the first extraction."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from timeline_app.ui.import_article import ArticleDialog
dialog = ArticleDialog()
dialog.set_text("TOKYO, March 22 (NationPress) - Ministers met on Saturday.", "a.txt")
dialog.read_dateline_now()
print(sorted(m for m in sys.modules if m.startswith("timeline_app.extract")))
"""


def test_the_article_dialog_reads_a_dateline_without_the_pipeline() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    loaded = done.stdout.strip().splitlines()[-1]
    assert "timeline_app.extract.dateline" in loaded
    assert "timeline_app.extract.events" not in loaded
    assert "timeline_app.extract.pipeline" not in loaded


def test_the_package_still_gives_every_name() -> None:
    from timeline_app import extract

    for name in extract.__all__:
        assert getattr(extract, name) is not None
    assert extract.extract_events.__module__ == "timeline_app.extract.events"
    with pytest.raises(AttributeError):
        _ = extract.no_such_name  # type: ignore[attr-defined]
