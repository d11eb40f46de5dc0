"""verify69 F13: after a CSV export the status bar showed its "Details…" button, grew
taller (the Details/Article/Events tabs moved up ~5 px) and stayed so after the message
went and after Save: QStatusBar keeps a strut as high as its tallest permanent widget,
shown or hidden (qstatusbar.cpp, ``reformat``), and a push button is taller than the
status line.  The button is now no taller than the line."""

from __future__ import annotations

from pathlib import Path


def test_details_after_an_export_leaves_the_status_bar_s_height(
        window, recorded_prompts, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.height() > 0)
    before = bar.height()
    recorded_prompts.export_path = str(tmp_path / "timeline.csv")
    assert window.export_as("CSV")
    assert window._export_details.isVisible()  # Details… beside the message
    qtbot.wait(50)
    assert bar.height() == before
    assert window._export_details.height() <= before
    bar.showMessage("Saved", 1)  # another message: Details… goes
    qtbot.waitUntil(lambda: not window._export_details.isVisible())
    qtbot.wait(50)
    assert bar.height() == before
    assert bar.sizeHint().height() == before
