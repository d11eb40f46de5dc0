# `make run` and `make test` bootstrap .venv from the system python3 on a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
VENV_FIX := sudo apt install python3-venv

.PHONY: run test lint bench screenshot clean

# The venv is built in a temporary folder and moved into place only once its pip works,
# so an interrupted or failed set-up never leaves a .venv that breaks every later run
# (a .venv without a working pip is rebuilt).
$(STAMP): pyproject.toml
	@if ! $(PYTHON) -c 'import venv, ensurepip' >/dev/null 2>&1; then \
	    echo "error: $(PYTHON) cannot create a virtual environment (no venv/ensurepip module)." >&2; \
	    echo "Fix: $(VENV_FIX)   (or run: make PYTHON=/path/to/python3.11+)" >&2; \
	    exit 1; \
	fi
	@if ! $(PY) -m pip --version >/dev/null 2>&1; then \
	    rm -rf $(VENV).tmp && \
	    $(PYTHON) -m venv $(VENV).tmp && \
	    $(VENV).tmp/bin/python -m pip --version >/dev/null && \
	    rm -rf $(VENV) && mv $(VENV).tmp $(VENV) && \
	    $(PYTHON) -m venv --upgrade $(VENV) || \
	    { rm -rf $(VENV).tmp; echo "error: could not create $(VENV); fix: $(VENV_FIX)" >&2; exit 1; }; \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The app's bytecode, compiled again only when a source changed: where
# PYTHONDONTWRITEBYTECODE is set (as on the development machines) Python never writes it,
# and every start compiled the whole app again: ~70 ms of CPU, more than the rest of the
# app's own start-up (issue 11; benchmarks/README.md, "Session 5").  Python still reads
# bytecode that exists, whatever that variable says.
BYTECODE := $(VENV)/.bytecode
$(BYTECODE): $(STAMP) $(shell find timeline_app -name '*.py')
	$(PY) -m compileall -q -j 0 timeline_app
	touch $(BYTECODE)

run: $(STAMP) $(BYTECODE)
	$(PY) -m timeline_app $(ARGS)

# ruff, mypy --strict on the Qt-free layers, and the layer contracts (pyproject.toml).
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(VENV)/bin/lint-imports --no-cache

# The suite runs on every core (pytest-xdist), a whole test file to a worker so that a
# module's fixtures are built once; PYTEST_WORKERS=0 runs it in this one process.
# A worker that crashes ends the run at once, naming the test it ran
# (--max-worker-restart=0): with --dist loadfile, pytest-xdist 3.8's replacement worker
# waits for work that never comes and the run hung to CI's 90-minute limit twice, after a
# segmentation fault (pytest-xdist issues 784 and 1323, fixed on its main branch only).
# The app's bytecode is written first, as for `make run`: with PYTHONDONTWRITEBYTECODE set
# (these machines, CI's fresh clone) each worker and each child process a test starts
# (the second key-check process, the CLI, the linear-time probes) compiled the app again
# (session 60, suite60; benchmarks/README.md).
# pytest's rewritten test modules are written once before the workers start, beside the lint
# (which keeps one core busy, mypy most of it): with PYTHONDONTWRITEBYTECODE set, each worker
# rewrote the asserts of all ~135 000 lines of tests/ itself, ~35 s of CPU of its ~46 s of
# collection; tools/prewrite_tests.py does it once (~25 s of CPU, on every core) and pytest
# reads it back after checking each file's source hash; Hypothesis's cache of the app's
# constants is filled too (each worker scanned the app, ~4 s; session 61, suite61).  The
# lint's failure still stops the run before the tests.
PYTEST_WORKERS ?= auto
test: $(STAMP) $(BYTECODE)
	@$(PY) tools/prewrite_tests.py --app timeline_app & \
	    status=0; $(MAKE) --no-print-directory lint || status=$$?; wait; exit $$status
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile \
	    $(if $(filter 0,$(PYTEST_WORKERS)),,--max-worker-restart=0) $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_view.py $(BENCH_ARGS)

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshot.py docs/screenshot.png

clean:
	rm -rf $(VENV) $(VENV).tmp build *.egg-info .mypy_cache .ruff_cache .import_linter_cache .hypothesis
