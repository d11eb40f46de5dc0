"""verify32, finding 4: "who met in Tehran last month" made the title "Abbas Araghchi meets
in Tehran in Tehran": what followed the verb was taken for whom he met, and the place was
added again."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

ARTICLE = (
    'Iran, IAEA agree on new inspection roadmap after Vienna talks\n\nVIENNA, March 4, '
    '2025 (Reuters) - Iran and the International Atomic Energy Agency agreed on Tuesday on '
    'a roadmap to restore inspections at the Fordow and Natanz sites, IAEA Director '
    'General Rafael Grossi told reporters in Vienna.\n\nThe agreement follows two days of '
    'talks between Grossi and Iranian Foreign Minister Abbas Araghchi, who met in Tehran '
    'last month.\n\nGrossi said inspectors would return to Fordow by mid-April. The United '
    'States withdrew from the 2015 nuclear deal in May 2018, and talks to revive it '
    'collapsed in August 2022.\n\nEuropean diplomats said France, Germany and Britain '
    'would meet Iranian negotiators in Geneva next week.\n'
)


def test_a_place_after_met_is_no_one_met():
    result = extract_events(ARTICLE, dct=dt.date(2025, 3, 4))
    titles = [c.title for c in result.candidates]
    tehran = [t for t in titles if "Tehran" in t]
    assert tehran, titles
    for title in tehran:
        assert title.count("Tehran") == 1, title
        assert "meets in" not in title, title
