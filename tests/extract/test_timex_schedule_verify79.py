"""verify79 F2: wire copy tells a session ahead in the simple present ('The talks resume on
Thursday') and by a possessive weekday whose sentence looks ahead ("Thursday's session ...
will go ahead"); both were dated the weekday before the article's date, at 85-90 %."""
import datetime as dt

import pytest

from timeline_app.extract.timex import tag_timexes

TUESDAY = dt.date(2026, 12, 1)
WEDNESDAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(("text", "value"), [
    ("The negotiators resume on Thursday to settle the border line.", "2026-12-03"),
    ("Negotiations open in Geneva on Monday.", "2026-12-07"),
    ("The envoys begin a second round on Friday.", "2026-12-04"),
    ("Consultations continue on Thursday in Doha.", "2026-12-03"),
    # guards: a past verb, a noun after a determiner
    ("Fighting continued on Thursday.", "2026-11-26"),
    ("The start on Thursday was delayed by a storm.", "2026-11-26"),
    ("The two sides ended their talks on Thursday.", "2026-11-26"),
])
def test_a_session_in_the_plural_present_is_ahead(text, value):
    assert [t.value for t in tag_timexes(text, TUESDAY)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Thursday's round on the border line will take place in Doha.", "2026-12-03"),
    ("Friday's vote is expected to pass easily.", "2026-12-04"),
    ('He said: "Thursday\'s round will be the last."', "2026-12-03"),
    # guards: the possessive of something that happened, or not the sentence's subject
    ("Thursday's meeting was cancelled.", "2026-11-26"),
    ("Thursday's meeting ended without a deal.", "2026-11-26"),
    ("After Thursday's meeting the minister will fly to Paris.", "2026-11-26"),
])
def test_a_possessive_weekday_whose_sentence_looks_ahead_is_ahead(text, value):
    assert [t.value for t in tag_timexes(text, WEDNESDAY)][:1] == [value]
