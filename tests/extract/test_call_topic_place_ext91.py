"""ext91: a call's topic is no place ("to discuss migration in the Aegean")."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events


def test_a_call_s_topic_is_not_its_place() -> None:
    # ext91: "called ... to discuss migration in the Aegean" placed the call in the Aegean,
    # and the review's "places differ" kept it apart from the visit to Athens that day
    text = ("ANKARA, March 12, 2026 (Reuters) - Turkish Foreign Minister Hakan Fidan called "
            "his Greek counterpart George Gerapetritis on Wednesday to discuss migration in "
            "the Aegean.")
    (call,) = extract_events(text, dt.date(2026, 3, 12)).candidates
    assert call.location == ""
