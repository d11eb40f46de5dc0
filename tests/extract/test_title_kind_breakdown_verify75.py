"""verify75 F8: retitling an import review's row "Faroe-EU mackerel talks collapse in
Tórshavn" moved it from Dispute to Meeting: the title's kind was its highest-weighted
trigger, "talks" (meeting, 0.7), and "collapse", a common noun too, counted for nothing.
Talks that collapse, break down, fail or stall are a dispute (the breakdown's kind)."""

from __future__ import annotations

import pytest

from timeline_app.extract.title_kind import title_kind


@pytest.mark.parametrize("title", [
    "Faroe-EU mackerel talks collapse in Tórshavn",
    "Talks break down in Geneva",
    "Negotiations stall over quotas",
    "Talks fail",
    "Coastal states' talks have finally collapsed",
    "Sharing-key negotiations broke down",
    "Truce collapses",
])
def test_talks_that_break_down_are_a_dispute(title: str) -> None:
    assert title_kind(title) == "dispute"


@pytest.mark.parametrize(("title", "kind"), [
    ("Foreign ministers meet in Tokyo", "meeting"),
    ("Talks in Bishkek", "meeting"),
    ("Failed talks resume in Oslo", "meeting"),  # (talks resumed: the failure is past)
    ("Talks on a new sharing key due to conclude", "treaty"),
    ("Government collapses", ""),  # (no talks nor a pact: not this rule's)
])
def test_other_titles_keep_their_kind(title: str, kind: str) -> None:
    assert title_kind(title) == kind
