"""A date that opens the next clause of a sentence, one with its own subject and verb, is that
clause's: "This afternoon, the Council will hold consultations on Mali, and on Friday it will be
briefed by the envoy" keeps the consultations this afternoon (ext118 §3, h20's noon briefing:
two dated events of one sentence, the consultations took Friday).  Sentences written for these
tests, of the same shape."""

from __future__ import annotations

from timeline_app.extract import extract_events

_BRIEFING = ("Daily Press Briefing by the Office of the Spokesperson\n"
             "Tuesday, 11 June 2024\n\n"
             "Good afternoon. The Secretary-General left New York last night for Egypt, where he "
             "will take part today in the emergency conference on Libya, co-hosted by President "
             "Abdel Fattah al-Sisi.\n\n"
             "SECURITY COUNCIL\n"
             "As you know, yesterday the Security Council adopted a resolution on Libya. ")


def _consultations(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(str(c.date), c.title, tuple(c.participants)) for c in extract_events(text).candidates
            if any("consultations" in e.sentence for e in c.evidence)]


def test_the_date_of_the_next_clause_is_not_the_consultations() -> None:
    text = _BRIEFING + ("This afternoon, the Council will hold consultations on Mali, and on "
                        "Friday it will be briefed by the Special Envoy for Syria, Anna Berg.\n")
    rows = _consultations(text)
    assert len(rows) == 1 and rows[0][0] == "11 June 2024, afternoon", rows
    # (nor are the consultations the conference co-hosted by someone else that day)
    assert "conference" not in rows[0][1].lower() and "Sisi" not in " ".join(rows[0][2]), rows


def test_a_date_of_the_same_clause_still_dates_it() -> None:
    text = _BRIEFING + "The Council will hold consultations on Mali on Friday.\n"
    rows = _consultations(text)
    assert rows and rows[0][0] == "14 June 2024", rows
