"""A date dates the clause it is in (verify78 F2): "Those efforts stalled in 2020 and
collapsed after Japan joined Western sanctions" gave "Japan: Western sanctions" in 2020, the
efforts that stalled no row (their verb read as a passive participle); and "committing to
build a common main battle tank by 2035 and to hold joint cabinet meetings twice a year"
gave "France and Germany meet (scheduled)" by 2035, the tank no row.  Fails before session
58."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events


def _rows(text: str, dct: dt.date) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.date.describe(), c.title, tuple(c.participants))
            for c in extract_events(text, dct).candidates]


def test_efforts_that_stalled_take_the_year_not_the_after_clause() -> None:
    rows = _rows("VIENNA, March 3 (Reuters) -- Austria and Hungary agreed on Monday to reopen "
                 "talks on a shared rail line. Ministers tried again in May 2015 to revive the "
                 "talks. Those efforts stalled in 2017 and collapsed after Hungary joined a "
                 "boycott of Austrian goods.", dt.date(2025, 3, 3))
    dated = [r for r in rows if r[0] == "2017"]
    assert dated and dated[0][1].startswith("Efforts stall"), rows
    assert not any("boycott" in title.lower() for _, title, _ in dated), rows


def test_a_date_of_one_infinitive_does_not_date_the_one_after_and_to() -> None:
    rows = _rows("PARIS, March 3 (AFP) -- Spain and Italy on Monday signed a naval cooperation "
                 "treaty in Rome, committing to build a common frigate by 2032 and to hold "
                 "joint naval drills twice a year, officials said.", dt.date(2025, 3, 3))
    limit = [r for r in rows if "2032" in r[0]]
    assert limit, rows
    title, parties = limit[0][1], limit[0][2]
    assert "frigate" in title and "drill" not in title.lower(), rows
    assert title.startswith("Spain and Italy"), rows
    assert {"Spain", "Italy"} <= set(parties), rows
