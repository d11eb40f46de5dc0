"""verify32's findings in the window (a newsroom's trial of keeping and exchanging
timelines).

F7. After File → Open the keys stayed in the widget that had them (the Events list, the
    Details pane, the legend): Home, ←/→ and Delete did nothing on the opened timeline
    until a click, though File → New and Close give the timeline the keys (verify28).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.io import native
from timeline_app.io.bundled import load_default_timeline


@pytest.mark.parametrize("before", ["event_list", "detail_pane", "legend_bar"])
def test_file_open_gives_the_keys_to_the_timeline(window, qtbot, recorded_prompts,
                                                  tmp_path: Path, before: str) -> None:
    path = tmp_path / "talks.json"
    native.save(load_default_timeline(), path)
    window._list_dock.raise_()
    widget = getattr(window, before)
    widget.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is widget)
    recorded_prompts.open_path = str(path)
    assert window.open_file()
    assert window.document.path == str(path)
    assert window.focusWidget() is window.view

