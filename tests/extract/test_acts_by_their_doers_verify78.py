"""A participle after "ACTS by DOERS," tells what was done to the acts, not to their doers
(verify78 F4: "visa-free visits by former island residents, suspended in 2022" gave "Island
residents suspended").  Fails before session 58."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events


def test_the_acts_not_their_doers_were_suspended() -> None:
    text = ("OSLO, June 5 (Reuters) -- Norway and Russia agreed on Thursday to reopen their "
            "border crossing. Officials said visa-free visits by former border residents, "
            "suspended in 2021, could resume next year.")
    rows = [(c.date.describe(), c.title) for c in
            extract_events(text, dt.date(2025, 6, 5)).candidates]
    dated = [title for date, title in rows if date == "2021"]
    assert dated and dated[0].startswith("Visa-free visits suspended"), rows
