"""A party's dated denial is an event of its own (verify73 F8: "<State> on Thursday denied that
it had agreed to a binding release ...", the article's news of the day, gave no row): one
Statement row, the denier as participant, dated by the denial's day and titled by what is
denied ("Kenya denies agreeing to ..."); the act denied is no event.  Sentences written for
these tests, of the same shape as the trial user's article."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

_DAY = dt.date(2026, 3, 5)  # a Thursday


def _rows(text: str) -> list[tuple[str, str, str, tuple[str, ...], str]]:
    return [(c.date.value if hasattr(c.date, "value") else str(c.date), c.title, c.category,
             tuple(c.participants), c.date_basis)
            for c in extract_events(text, dct=_DAY).candidates]


def test_a_dated_denial_is_one_statement_row_titled_with_the_act_denied() -> None:
    text = ("Kenya on Thursday denied that it had agreed to a binding quota for fishing in "
            "Lake Victoria, a day after Ugandan officials described the draft.")
    found = extract_events(text, dct=_DAY).candidates
    denials = [c for c in found if "denies" in c.title]
    assert len(denials) == 1, _rows(text)
    row = denials[0]
    assert row.title.startswith("Kenya denies agreeing to a binding quota"), row.title
    assert row.category == "statement"
    assert "Kenya" in row.participants
    assert "Thursday" in row.date_basis and "5 March 2026" in row.date_basis
    # (the quota agreed to is what is denied: no Treaty row of its own)
    assert not [c for c in found if c.category == "treaty"], _rows(text)


def test_a_denied_pact_is_no_treaty_row() -> None:
    text = "Kenya on Thursday denied that it had signed a secret pact with Somalia."
    found = extract_events(text, dct=_DAY).candidates
    assert [c.title for c in found if c.category == "statement"] and \
        found[0].title.startswith("Kenya denies signing a secret pact"), _rows(text)
    assert not [c for c in found if c.category == "treaty"], _rows(text)


def test_a_denial_of_an_account_on_its_own_day() -> None:
    text = ("Nairobi said rebels crossed the border on Saturday. Mogadishu denied the account "
            "on Sunday, calling it a fabrication.")
    titles = [c.title for c in extract_events(text, dct=_DAY).candidates if "denies" in c.title]
    assert titles and titles[0].startswith("Mogadishu denies account"), _rows(text)


def test_reports_rejected_or_claims_dismissed_are_denials() -> None:
    for text, title in (
            ("Kenya on Thursday rejected reports that it had expelled Somalia's ambassador.",
             "Kenya rejects reports of expelling Somalia's ambassador"),
            ("Kenya on Thursday dismissed claims that it had closed the border with Somalia.",
             "Kenya dismisses claims of closing the border")):
        found = extract_events(text, dct=_DAY).candidates
        assert len(found) == 1 and found[0].title.startswith(title), _rows(text)
        assert found[0].category == "statement"


def test_no_row_for_an_undated_denial_or_for_someone_denied_entry() -> None:
    for text in ("Somalia accused Kenya of hosting rebels, a charge Nairobi denied.",
                 "Two journalists were denied entry to Kenya on Wednesday."):
        assert not [c for c in extract_events(text, dct=_DAY).candidates
                    if "den" in c.title.lower()], _rows(text)


def test_a_minister_dismissed_is_still_an_event() -> None:
    found = extract_events("Kenya on Thursday dismissed its foreign minister.",
                           dct=_DAY).candidates
    assert len(found) == 1 and found[0].category == "event", _rows("")
