"""``app.main`` starts the second check process for the file named on the command line
before the window (``io.key_check.start_early``; issue 11: the 100 000-event open), and
for nothing else."""

from __future__ import annotations

from typing import Any

import pytest

from timeline_app import app
from timeline_app.io import key_check


@pytest.mark.parametrize("argv", [["big.json"], []])
def test_main_starts_the_check_of_its_file_before_the_window(
        monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    order: list[Any] = []
    monkeypatch.setattr(key_check, "start_early", lambda name: order.append(("check", name)))
    monkeypatch.setattr(app, "_xcb_problem", lambda: None)
    monkeypatch.setattr(app, "limit_blas_threads", lambda: False)  # (no environment set)
    monkeypatch.setattr(app, "_run", lambda *args: order.append("window") or 0)
    assert app.main(argv) == 0
    assert order == ([("check", "big.json"), "window"] if argv else ["window"])
