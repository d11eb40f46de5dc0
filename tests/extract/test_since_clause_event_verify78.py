"""A "since" clause with its own past verb and date is an event of its own: "the first such
talks since Moscow broke them off in March 2022" (verify78 F3: no row, "broke them off" read
as no breaking off).  Fails before session 58."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events


def test_talks_broken_off_told_by_a_pronoun_are_a_row() -> None:
    text = ("SEOUL, June 5 (Yonhap) -- South Korea and North Korea agreed on Thursday to resume "
            "military talks on the border, officials said after a meeting in Panmunjom, the "
            "first such talks since Pyongyang broke them off in April 2019.")
    rows = [(c.date.describe(), c.title) for c in
            extract_events(text, dt.date(2025, 6, 5)).candidates]
    broken = [title for date, title in rows if date == "April 2019"]
    assert broken and broken[0].startswith("Pyongyang breaks off"), rows
