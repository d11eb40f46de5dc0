"""``tools/prewrite_tests.py``: pytest's rewritten test modules written once before a run, read
back by pytest with bytecode writing off, and a failing assert still explained (session 61,
suite61).  A tiny test folder is written here; pytest runs on it in a child process."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from _pytest.assertion import rewrite

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "prewrite_tests.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("prewrite_tests", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["prewrite_tests"] = module
    spec.loader.exec_module(module)
    return module


def _folder(tmp_path: Path) -> Path:
    """A test folder: an ini, a conftest, a test file with a failing assert, and a helper."""
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    tests = tmp_path / "tests"
    (tests / "inner").mkdir(parents=True)
    (tests / "conftest.py").write_text("CALLS = 0\n", encoding="utf-8")
    (tests / "helper.py").write_text("def one():\n    return 1\n", encoding="utf-8")
    (tests / "inner" / "test_sum.py").write_text(
        "def test_sum():\n"
        "    x = 1\n"
        "    assert x + 1 == 3\n",
        encoding="utf-8")
    return tests


def _cached(file: Path) -> Path:
    return file.parent / "__pycache__" / (file.name[:-3] + rewrite.PYC_TAIL)


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTEST_ADDOPTS", None)
    env.pop("HYPOTHESIS_STORAGE_DIRECTORY", None)
    return env


def _prewrite(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), "--jobs", "2", "tests"], cwd=tmp_path, env=_env(),
        capture_output=True, text=True, timeout=300, check=True)


def _pytest(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--debug=trace.log",
         "-q", "tests", "--rootdir", "."],
        cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=300)


def test_the_files_pytest_rewrites_are_written_once_and_as_pytest_writes_them(tmp_path):
    tests = _folder(tmp_path)
    first = _prewrite(tmp_path)
    assert "2 of 2 test modules rewritten" in first.stdout
    for file in (tests / "conftest.py", tests / "inner" / "test_sum.py"):
        assert _cached(file).is_file()
        _, fresh = rewrite._rewrite_test(file, None)
        read = rewrite._read_pyc(file, _cached(file))
        assert read is not None and read == fresh
    assert not (tests / "__pycache__" / ("helper" + rewrite.PYC_TAIL)).exists()
    # Up to date: left alone.
    assert "0 of 2 test modules rewritten" in _prewrite(tmp_path).stdout


def test_pytest_reads_the_written_modules_and_still_explains_a_failing_assert(tmp_path):
    tests = _folder(tmp_path)
    _prewrite(tmp_path)
    written = _cached(tests / "inner" / "test_sum.py").stat().st_mtime_ns
    run = _pytest(tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "assert (1 + 1) == 3" in run.stdout
    trace = (tmp_path / "trace.log").read_text(encoding="utf-8")
    read = [line for line in trace.splitlines() if "found cached rewritten pyc for" in line]
    assert any("test_sum.py" in line for line in read)
    assert _cached(tests / "inner" / "test_sum.py").stat().st_mtime_ns == written


def test_a_test_changed_after_the_prewrite_runs_as_it_is_now(tmp_path):
    tests = _folder(tmp_path)
    _prewrite(tmp_path)
    test = tests / "inner" / "test_sum.py"
    test.write_text(test.read_text(encoding="utf-8").replace("== 3", "== 2"), encoding="utf-8")
    run = _pytest(tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr


def test_pytest_internals_it_cannot_use_leave_the_rewriting_to_pytest(monkeypatch, capsys):
    tool = _tool()

    def unknown(args):  # type: ignore[no-untyped-def]
        raise AttributeError("module '_pytest.assertion.rewrite' has no attribute 'PYC_TAIL'")

    monkeypatch.setattr(tool, "_pytest_config", unknown)
    assert tool.main(["--jobs", "1"]) == 0
    assert "prewrite_tests: left to pytest (AttributeError" in capsys.readouterr().err


@pytest.mark.parametrize("name, taken", [
    ("test_x.py", True), ("x_test.py", True), ("conftest.py", True),
    ("helper.py", False), ("test_x.txt", False)])
def test_the_modules_are_those_pytest_collection_rewrites(tmp_path, name, taken):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / name).write_text("\n", encoding="utf-8")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "test_old.py").write_text("\n", encoding="utf-8")
    found = _tool().test_modules([tmp_path], ["test_*.py", "*_test.py"])
    assert found == ([tmp_path / "sub" / name] if taken else [])


def test_the_app_s_constants_are_cached_where_hypothesis_reads_them(tmp_path):
    """With ``--app``, each app module's constants file, named by its source's hash, is
    there before a worker's collection asks for it (each worker of a fresh clone scanned
    the app itself)."""
    import hashlib

    tests = _folder(tmp_path)
    (tests / "conftest.py").write_text("import hypothesis\n", encoding="utf-8")
    (tmp_path / "app").mkdir()
    module = tmp_path / "app" / "rules.py"
    module.write_text("LIMIT = 4711\nNAME = 'Strelsau'\n", encoding="utf-8")
    (tmp_path / "app" / "__init__.py").write_text("", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(TOOL), "--jobs", "2", "--app", "app", "tests"], cwd=tmp_path,
        env=_env(), capture_output=True, text=True, timeout=300, check=True)
    assert "2 app modules' constants cached" in run.stdout, run.stdout + run.stderr
    key = hashlib.sha1(module.read_bytes()).hexdigest()[:16]
    cached = (tmp_path / ".hypothesis" / "constants" / key).read_text(encoding="utf-8")
    assert "4711" in cached and "Strelsau" in cached
