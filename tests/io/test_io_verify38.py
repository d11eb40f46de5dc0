"""A researcher's big timeline (verify38): what the file layer got wrong.

F5. File → Open of the app's own TimelineJS export of the 100 000-event file (143 MB)
    said "$: not a timeline file (no "format": …)": every JSON file over 32 MiB went to
    the native loader without its kind being looked at.  The size is simulated here
    (``_is_small`` patched): the branch is the one a file over 32 MiB takes.

``test_a_large_timelinejs_file_opens_as_timelinejs`` fails on main ``9c00af66``; the
others keep what must stay (a native file, a broken file's own error).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import formats
from timeline_app.io.errors import FormatError
from timeline_app.io.formats import TIMELINEJS, export_bytes, open_timeline_file


def _timeline(n: int) -> Timeline:
    events = [Event(id=f"e{i}", title=f"Talks on the border, round {i}",
                    date=FuzzyDate.of_ymd(1990 + i // 300, 1 + i % 12, 1 + i % 28),
                    category="Meeting", participants=("Japan", "South Korea"),
                    location="Seoul")
              for i in range(n)]
    return Timeline.from_events(events, title="A long timeline")


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every JSON file counts as larger than the 32 MiB decoded twice."""
    monkeypatch.setattr(formats, "_is_small", lambda name: False)


@pytest.mark.parametrize("events", [3, 400])  # a head shorter than 64 KiB, and longer
def test_a_large_timelinejs_file_opens_as_timelinejs(tmp_path: Path, large: None,
                                                     events: int) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(export_bytes(_timeline(events), "TimelineJS"))
    assert (len(path.read_bytes()) > 65536) == (events > 3)
    opened = open_timeline_file(path)
    assert opened.kind == TIMELINEJS and not opened.native
    assert len(opened.timeline.events) == events
    assert opened.timeline.title == "A long timeline"


def test_a_large_native_file_still_opens_natively(tmp_path: Path, large: None) -> None:
    from timeline_app import io as timeline_io

    path = tmp_path / "ours.json"
    timeline_io.save(_timeline(400), path)
    opened = open_timeline_file(path)
    assert opened.native and len(opened.timeline.events) == 400


def test_a_large_broken_timelinejs_file_says_what_is_wrong(tmp_path: Path,
                                                          large: None) -> None:
    path = tmp_path / "broken.json"
    data = export_bytes(_timeline(400), "TimelineJS")
    path.write_bytes(data[:-200])  # cut short, as a copy that did not finish
    with pytest.raises(FormatError) as caught:
        open_timeline_file(path)
    assert "not a timeline file" not in str(caught.value)
