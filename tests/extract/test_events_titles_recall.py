"""Titles of the event kinds added for unseen news (issue 8): a participle between commas
after the subject is passive ("The minister, appointed in January, ..." -> "Minister
appointed").  The texts are invented."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events


def test_a_participle_between_commas_after_the_subject_titles_the_subject() -> None:
    found = extract_events("The envoy, appointed in January, met the king on Monday.",
                           dt.date(2025, 3, 22)).candidates
    assert ("2025-01", "Envoy appointed") in [(c.date.to_timex()[0], c.title) for c in found]


def test_the_preposition_of_a_fronted_date_is_no_part_of_what_was_done() -> None:
    found = extract_events("In 1991 the envoy was expelled.", dt.date(1998, 1, 15)).candidates
    assert [c.title for c in found] == ["Envoy expelled"]
