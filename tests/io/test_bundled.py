"""The prebuilt copy of the default timeline (io/bundled.py): current, equal, and safe to lose."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app import io as timeline_io
from timeline_app.io import bundled
from timeline_app.paths import DEFAULT_TIMELINE, resource_path

STALE = ("resources/default-timeline.pickle is stale (the JSON, the model or the loader "
         "changed): rebuild it with `python -m timeline_app.io.bundled` and commit it")


def test_the_prebuilt_copy_is_current_and_is_what_the_loader_reads():
    prebuilt = bundled._prebuilt()
    assert prebuilt is not None, STALE
    loaded = timeline_io.load(resource_path(DEFAULT_TIMELINE))
    assert prebuilt == loaded
    assert timeline_io.dumps(prebuilt) == timeline_io.dumps(loaded)
    assert len(prebuilt) == 8
    assert [e.id for e in prebuilt.events] == [e.id for e in loaded.events]
    assert bundled.load_default_timeline() == loaded


@pytest.fixture
def resources(tmp_path, monkeypatch):
    """A copy of the two resource files that bundled.py reads instead of the app's."""
    for name in (DEFAULT_TIMELINE, bundled.PREBUILT):
        shutil.copy(resource_path(name), tmp_path / name)
    monkeypatch.setattr(bundled, "resource_path", lambda name: tmp_path / name)
    return tmp_path


def test_a_stale_copy_is_not_used_the_json_is(resources: Path):
    json_path = resources / DEFAULT_TIMELINE
    json_path.write_text(json_path.read_text("utf-8").replace(
        "South Korea and Japan, 1965-2025", "Edited title"), "utf-8")
    assert bundled._prebuilt() is None
    assert bundled.load_default_timeline().title == "Edited title"


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
def test_a_missing_or_damaged_copy_falls_back_to_the_json(resources: Path, damage):
    copy = resources / bundled.PREBUILT
    if damage is None:
        copy.unlink()
    else:
        key = copy.read_bytes().partition(b"\n")[0]
        copy.write_bytes(key + b"\n" + damage)  # the right key, a broken pickle
    assert bundled._prebuilt() is None
    assert bundled.load_default_timeline() == timeline_io.load(resources / DEFAULT_TIMELINE)


def test_a_copy_of_something_else_is_refused(resources: Path):
    import pickle

    copy = resources / bundled.PREBUILT
    key = copy.read_bytes().partition(b"\n")[0]
    copy.write_bytes(key + b"\n" + pickle.dumps(["not", "a", "timeline"]))
    assert bundled._prebuilt() is None
    assert len(bundled.load_default_timeline()) == 8


def test_build_writes_a_copy_that_reads_back(tmp_path: Path):
    import pickle

    target = bundled.build_prebuilt(tmp_path / "copy.pickle")
    key, _, pickled = target.read_bytes().partition(b"\n")
    assert key == bundled.prebuilt_key(resource_path(DEFAULT_TIMELINE).read_bytes())
    assert pickle.loads(pickled) == timeline_io.load(resource_path(DEFAULT_TIMELINE))


def test_reading_the_default_timeline_does_not_import_the_loader():
    code = ("import sys\n"
            "from timeline_app.io.bundled import load_default_timeline\n"
            "import timeline_app.io.recovery, timeline_app.io.fingerprint\n"
            "assert len(load_default_timeline()) == 8\n"
            "print(sorted(m for m in sys.modules if m.startswith(('msgspec', "
            "'timeline_app.io.native'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    assert out.strip() == "[]"
