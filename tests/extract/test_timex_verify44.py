"""verify44 F2 (a wire desk's explainer): "met in Puerto Ordaz c. 2011" was read as 2011 and
"Late in 2025 the two sides agreed" as 2025 with "Late" left in the title — dates more exact
than the copy. "c." / "ca." / "circa" before a year inside a sentence is circa in news too, and
"early in" / "late in" mark a part of the period as "early" / "late" do (TimeML ``mod`` START /
END; TimeBank and WikiWars tag "early in 1914", "Late in the year" whole)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core.dates import Precision
from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

_DCT = _dt.date(2026, 12, 3)


def _tags(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag_timexes(text, _DCT)]


def test_circa_before_a_year_inside_a_news_sentence() -> None:
    assert _tags("Chávez and Jagdeo met in Puerto Ordaz c. 2011 and agreed.") \
        == [("c. 2011", "2011", "APPROX")]
    assert _tags("The treaty was signed circa 1998 in Paris.") == [("circa 1998", "1998", "APPROX")]
    assert _tags("The two sides met ca. 2005 in Rome.") == [("ca. 2005", "2005", "APPROX")]


def test_a_copyright_line_is_still_the_year_alone() -> None:
    assert _tags("c. 1998 The Boston Globe") == [("1998", "1998", None)]
    assert _tags("HARD W. STEVENSON LR QC QL UR c. 1998 N.Y. Times News Service") \
        == [("1998", "1998", None)]


def test_early_in_and_late_in_a_period() -> None:
    assert _tags("Late in 2025 the two sides agreed to new talks.") == [("Late in 2025", "2025", "END")]
    assert _tags("Talks stalled early in 2019, officials said.") \
        == [("early in 2019", "2019", "START")]
    assert _tags("Relations improved early in the 2010s.") \
        == [("early in the 2010s", "201", "START")]


def test_the_events_keep_the_precision_the_copy_gives() -> None:
    text = ("Bridgetown, December 3, 2026 (Caribbean Wire) — The presidents meet on Thursday.\n\n"
            "Hugo Chávez and Bharrat Jagdeo met in Puerto Ordaz c. 2011 and agreed to keep the "
            "Good Officer process alive. Late in 2025 the two sides agreed through CELAC to a new "
            "round of talks.")
    events = {e.date.year: e for e in extract_events(text, _DCT).candidates}
    assert events[2011].date.circa and events[2011].date.precision is Precision.YEAR
    late = events[2025]
    assert late.date.precision is Precision.PART_OF_YEAR and not late.title.startswith("Late")
