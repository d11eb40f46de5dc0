"""Write pytest's rewritten test modules once, before the workers start (session 61, suite61).

pytest rewrites every test module's ``assert`` statements (so that a failure shows the
values compared) and keeps the result in ``__pycache__/NAME.cpython-311-pytest-X.pyc``
beside the module, but only where Python may write bytecode.  With
``PYTHONDONTWRITEBYTECODE`` set (the development machines, CI's fresh clone) nothing is
written, and each pytest-xdist worker rewrote all ~135 000 lines of ``tests/`` again: ~35 s
of CPU a worker, three quarters of its collection (benchmarks/README.md, "Session 60,
suite60" and "Session 61, suite61").  ``make test`` runs this tool first, on every core and
beside the lint, so that each worker reads the rewritten code instead::

    .venv/bin/python tools/prewrite_tests.py [--jobs N] [--app PACKAGE] [PATH ...]

It rewrites each file pytest would rewrite while collecting ``PATH`` (the ini's
``testpaths`` when none is given): every ``conftest.py`` and every file matching the ini's
``python_files``, with pytest's own rewriting (``_pytest.assertion.rewrite``, the same
configuration the run reads), and writes the file the same way pytest does.  A cached file
is only a cache: pytest checks each one against its source's hash before using it and
rewrites a module whose file is missing, stale or unreadable, so this tool never changes
what a test checks or reports; files already up to date are left alone.  It never fails
the build: when pytest's internals are not what it expects (another pytest version), it
says so and exits 0, and the workers rewrite as before.

With ``--app PACKAGE`` it also fills Hypothesis's cache of that package's constants
(``.hypothesis/constants``, one file per module source's hash), which each worker of a fresh
clone otherwise filled by scanning every app module at the end of its collection (~4 s of
CPU); the same scan, the same constants, so the same examples.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


def test_modules(paths: Iterable[Path], patterns: Sequence[str]) -> list[Path]:
    """The ``.py`` files under *paths* that pytest's collection rewrites, largest first.

    Those are every ``conftest.py`` and every file whose name matches one of *patterns*
    (the ini's ``python_files``, as pytest matches them, ``fnmatch`` on the path's tail);
    a file given directly counts whatever its name.  Folders pytest never collects
    (names starting with ``.``, ``__pycache__``) are skipped.
    """
    from _pytest.pathlib import fnmatch_ex

    found: list[Path] = []
    for path in paths:
        if path.is_file():
            found.append(path)
            continue
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = sorted(
                name for name in subfolders if not name.startswith(".") and name != "__pycache__"
            )
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                file = Path(folder, name)
                if name == "conftest.py" or any(fnmatch_ex(p, file) for p in patterns):
                    found.append(file)
    found.sort(key=lambda file: -file.stat().st_size)
    return found


_CONFIG: Any = None
"""The pytest configuration the forked workers inherit (one parse, in the parent)."""


def _rewrite_one(file: Path) -> bool:
    """Write *file*'s rewritten code where pytest reads it; True when it was written."""
    from _pytest.assertion import rewrite

    config = _CONFIG
    state = config.stash[rewrite.assertstate_key] if config is not None else None
    pyc = rewrite.get_cache_dir(file) / (file.name[:-3] + rewrite.PYC_TAIL)
    if rewrite._read_pyc(file, pyc) is not None:
        return False
    if not rewrite.try_makedirs(pyc.parent):
        return False
    source_key, code = rewrite._rewrite_test(file, config)
    return bool(rewrite._write_pyc(state, code, source_key, pyc))


def app_modules(packages: Iterable[Path]) -> list[Path]:
    """The ``.py`` files of *packages* (folders), largest first.

    Given the app's package, these are the modules Hypothesis scans for constants when a
    collection holds property tests (its "local" modules: not site-packages, not tests).
    """
    found = [file for package in packages for file in package.rglob("*.py")
             if "__pycache__" not in file.parts]
    found.sort(key=lambda file: -file.stat().st_size)
    return found


def _constants_one(file: Path) -> bool:
    """Fill Hypothesis's cache of *file*'s constants (``.hypothesis/constants``, by source hash).

    A pytest run with property tests scans every local module the collection imported for
    the constants its examples may use (``hypothesis.internal.conjecture.providers.
    _get_local_constants``) and keeps each module's result under its source's hash; in a
    fresh clone each worker scanned them all.  True when *file* is one it scans.
    """
    from types import ModuleType

    from hypothesis.internal.constants_ast import constants_from_module, is_local_module_file

    if not is_local_module_file(str(file)):
        return False
    module = ModuleType(file.stem)
    module.__file__ = str(file)
    with warnings.catch_warnings():  # (its warning of storage used while pytest starts)
        warnings.simplefilter("ignore")
        constants_from_module(module)
    return True


def _do(task: tuple[str, Path]) -> bool:
    kind, file = task
    if kind == "rewrite":
        return _rewrite_one(file)
    try:
        return _constants_one(file)
    except Exception:  # Hypothesis's internals moved: its workers scan as before
        return False


def _pytest_config(args: Sequence[str]) -> Any:
    """pytest's configuration for *args* (the ini, the plugins), as a run would read it."""
    from _pytest.assertion import AssertionState, rewrite
    from _pytest.config import _prepareconfig

    config = _prepareconfig(list(args))
    if rewrite.assertstate_key not in config.stash:
        config.stash[rewrite.assertstate_key] = AssertionState(config, "rewrite")
    return config


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="test folders or files")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: every core)"
    )
    parser.add_argument(
        "--app", type=Path, action="append", default=[],
        help="a package whose modules' constants Hypothesis's cache gets (repeatable)")
    args = parser.parse_args(argv)
    global _CONFIG
    try:
        _CONFIG = _pytest_config(["-p", "no:cacheprovider", *map(str, args.paths)])
        paths = args.paths or [
            Path(_CONFIG.rootpath, p) for p in _CONFIG.getini("testpaths") or ["."]
        ]
        files = test_modules(paths, _CONFIG.getini("python_files"))
        tasks = [("rewrite", file) for file in files]
        if args.app and "hypothesis" in sys.modules:  # (the run's conftest or plugins use it)
            tasks += [("constants", file) for file in app_modules(args.app)]
        if args.jobs > 1 and len(tasks) > 1:
            context = multiprocessing.get_context("fork")
            with context.Pool(min(args.jobs, len(tasks))) as pool:
                done = list(pool.imap(_do, tasks))
        else:
            done = list(map(_do, tasks))
        written = sum(done[: len(files)])
        scanned = sum(done[len(files):])
    except Exception as error:  # a cache only: never fail the build
        print(f"prewrite_tests: left to pytest ({type(error).__name__}: {error})", file=sys.stderr)
        return 0
    print(f"prewrite_tests: {written} of {len(files)} test modules rewritten, "
          f"{scanned} app modules' constants cached for Hypothesis")
    return 0


if __name__ == "__main__":
    sys.exit(main())
