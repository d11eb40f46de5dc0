""""On the following day" counted from the story's day, not from the last date of a retrospect
told in between (ext118 §3, h20's history of a summit: "On 16 May the leaders met ... The
trouble had begun a fortnight earlier. On 1 May ... On 7 May ... | At the opening session ...
On the following day he refused to attend" was dated 8 May, not 17 May).  Sentences written
for these tests, of the same shape."""

from __future__ import annotations

from timeline_app.extract import extract_events

_LEAD = ("The Vienna conference that failed\n\n"
         "On 12 June 1961, the foreign ministers of the four powers met at the Hofburg in Vienna "
         "for talks meant to settle the future of the divided city.\n\n"
         "The quarrel had started three weeks earlier. On 20 May 1961, a border patrol arrested "
         "two Western journalists near Potsdam. On 25 May 1961 the Soviet foreign minister "
         "announced in Moscow that the two men had been charged with espionage.\n\n")


def _suspended(text: str) -> tuple[str, str]:
    rows = [(str(c.date), c.date_basis) for c in extract_events(text).candidates
            if "suspended" in c.title]
    assert len(rows) == 1, [(str(c.date), c.title) for c in extract_events(text).candidates]
    return rows[0]


def test_the_following_day_after_a_retrospect_is_the_day_after_the_story_s_day() -> None:
    text = _LEAD + ("The Western ministers came to Vienna angry. At the opening session the "
                    "American secretary demanded that the journalists be freed. On the following "
                    "day the Western delegations walked out, and the conference was suspended.\n")
    date, basis = _suspended(text)
    assert date == "13 June 1961", (date, basis)
    assert "12 June 1961" in basis and "25 May 1961" in basis, basis


def test_a_date_of_its_own_paragraph_is_still_what_it_counts_from() -> None:
    text = _LEAD + ("On 26 May 1961 the ministers' deputies met at the Hofburg. At the opening "
                    "session the American deputy demanded that the journalists be freed. On the "
                    "following day the Western delegations walked out, and the conference was "
                    "suspended.\n")
    assert _suspended(text)[0] == "27 May 1961"


def test_without_the_story_s_event_told_again_the_last_date_stands() -> None:
    # (nothing in its paragraph names the meeting of 12 June again: TIMEX3's anaphora stands)
    text = _LEAD + ("Western governments protested loudly. On the following day the Western "
                    "delegations walked out, and the conference was suspended.\n")
    assert _suspended(text)[0] == "26 May 1961"
