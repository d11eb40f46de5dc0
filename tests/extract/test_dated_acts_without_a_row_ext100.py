"""ext100 (session 52's blind set, told in general terms): dated events that gave no row.

* A person's act told by its noun with its own date: "welcomed his release from prison in
  May 2024", "Ms Wanjiru, whose appointment as envoy in May surprised many", "Mr Okafor's
  detention in Lagos in June 2024" (a possessive before the noun, its date right after it,
  past at most a place or an office).  The row says who and what was done to them.

Articles of our own in the blind set's shapes (never its text)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2026, 3, 6)  # a Friday


def _rows(text: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [(c.date.describe(), c.title, tuple(c.participants), c.location)
            for c in extract_events(text, DCT).candidates]


def test_a_release_told_by_its_noun_after_a_possessive_is_a_row() -> None:
    rows = _rows("OTTAWA, March 6 (Reuters) - Canadian businessman John Hart returned home on "
                 "Thursday. His release from prison in May 2024 was welcomed by the embassy.")
    assert ("May 2024", "John Hart released from prison", ("John Hart",), "") in rows, rows


def test_an_appointment_in_a_whose_relative_is_the_named_person_s() -> None:
    rows = _rows("NAIROBI, March 6 (Reuters) - Ms Wanjiru, whose appointment as envoy in May "
                 "2025 surprised many, met the president on Thursday.")
    assert ("May 2025", "Wanjiru appointed as envoy", ("Wanjiru",), "") in rows, rows


def test_an_arrest_in_a_whose_relative_keeps_its_place() -> None:
    rows = _rows("CARACAS, March 6 (AP) -- Mr Alvarez, whose arrest in Caracas in March 2022 "
                 "drew protests, was freed on Thursday.")
    assert ("March 2022", "Alvarez arrested in Caracas", ("Alvarez",), "Caracas") in rows, rows


def test_a_detention_after_a_name_s_genitive_is_a_row() -> None:
    rows = _rows("LAGOS, March 6 (Reuters) - The court heard on Thursday that Mr Okafor's "
                 "detention in Lagos in June 2024 was unlawful.")
    assert ("June 2024", "Okafor detained in Lagos", ("Okafor",), "Lagos") in rows, rows


def test_a_transfer_with_its_own_date_is_a_row() -> None:
    rows = _rows("GENEVA, March 6 (AFP) - The family welcomed his transfer from Evin prison in "
                 "September 2023, saying it came too late.")
    assert [(d, t) for d, t, _, _ in rows] == [("September 2023", "Transfer from Evin prison")]


def test_an_act_dated_last_month_and_a_lead_opened_by_her() -> None:
    rows = _rows("LAGOS, March 6 (Reuters) - The talks follow Mr Okafor's release last month.")
    assert ("February 2026", "Okafor released", ("Okafor",), "") in rows, rows
    rows = _rows("OSLO, March 6 (Reuters) - Her appointment last year surprised diplomats, Ms "
                 "Anna Berg said on Thursday.")
    assert ("2025", "Anna Berg appointed", ("Anna Berg",), "") in rows, rows


def test_a_release_on_bail_keeps_its_terms() -> None:
    rows = _rows("LAGOS, March 6 (Reuters) - Mr Okafor's lawyers said his release on bail on "
                 "Monday was welcome.")
    assert ("2 March 2026", "Okafor released on bail", ("Okafor",), "") in rows, rows


def test_an_act_the_sentence_tells_as_to_come_is_no_row_of_the_past() -> None:
    # ("in August would depend": the tagger reads a past August; no act told as done)
    rows = _rows("KABUL, March 6 (AFP) - Mr Karzai said his return to Kabul in August would "
                 "depend on security.")
    assert not any("2025" in d for d, _, _, _ in rows), rows


def test_the_nouns_without_a_possessive_or_their_own_date_are_no_row() -> None:
    # (a transfer of technology, an appointment not dated by its own phrase)
    rows = _rows("SEOUL, March 6 (Yonhap) -- The deal allows the transfer of technology in "
                 "stages. His appointment was announced by the ministry on Thursday.")
    assert not any("ransfer" in t or "appointed" in t for _, t, _, _ in rows), rows


def test_his_names_the_person_of_the_sentence_before() -> None:
    rows = _rows("GENEVA, March 6 (AFP) - Iran freed Mr Jean Morel on Thursday. The family "
                 "welcomed his transfer from Evin prison in September 2023, saying it came too "
                 "late.")
    assert ("September 2023", "Jean Morel transferred from Evin prison", ("Jean Morel",),
            "") in rows, rows


def test_her_at_a_sentence_s_opening_names_the_person_after_it() -> None:
    rows = _rows("SEOUL, March 6 (Yonhap) -- The ministry said on Friday that talks went well. "
                 "Since her appointment as ambassador in May 2025, Ms Lee has travelled widely.")
    assert ("May 2025", "Lee appointed as ambassador", ("Lee",), "") in rows, rows


def test_an_act_told_in_what_was_said_keeps_its_own_date_and_no_wrong_person() -> None:
    # (the arrest was the saying's object, dated Friday; "her" is not Joe Biden)
    rows = _rows("WASHINGTON, March 6 (AP) -- President Joe Biden said on Friday that her "
                 "arrest in Tehran in January 2025 broke the law.")
    assert [(d, t) for d, t, _, _ in rows] == [("January 2025", "Arrest in Tehran")], rows


# ------------------------------------------------ a reply dated by its weekday

def test_a_reply_dated_by_its_weekday_is_a_row() -> None:
    # (the blind set's shape: "The foreign ministry responded on Wednesday, calling the move
    # ...": no row)
    rows = _rows("TOKYO, March 6 (Kyodo) - Japan expelled two Russian diplomats on Tuesday. "
                 "Moscow responded on Wednesday, calling the move a provocation.")
    assert ("4 March 2026", "Moscow responds", ("Russia",), "") in rows, rows


def test_a_reply_told_by_its_manner_is_a_row() -> None:
    rows = _rows("SEOUL, March 6 (Yonhap) -- The embassy reacted on Wednesday by summoning the "
                 "envoy. Moscow hit back on Thursday, calling the summons hostile.")
    assert [(d, t) for d, t, _, _ in rows] == [
        ("4 March 2026", "Embassy reacts by summoning the envoy"),
        ("5 March 2026", "Moscow responds")], rows


def test_replies_told_by_their_idioms_are_rows() -> None:
    rows = _rows("SEOUL, March 6 (Yonhap) -- Seoul's foreign ministry on Wednesday voiced regret "
                 "over the decision. The Kremlin shot back on Thursday, saying the accusations "
                 "were absurd.")
    assert [(d, t, p) for d, t, p, _ in rows] == [
        ("4 March 2026", "Seoul's foreign ministry voices regret over the decision",
         ("South Korea",)),
        ("5 March 2026", "Kremlin responds", ("Russia",))], rows


def test_soldiers_firing_back_make_no_reply() -> None:
    assert _rows("SEOUL, March 6 (Yonhap) -- The soldiers fired back at the attackers.") == []


def test_no_reply_to_a_request_for_comment_is_a_row() -> None:
    rows = _rows("SEOUL, March 6 (Yonhap) -- The ministry had not responded to requests for "
                 "comment by Friday. Markets reacted calmly.")
    assert rows == [], rows


# ------------------------------------------------ a programme's lines in the present

PROGRAMME = ("LONDON, 27 October 2025 (Reuters) - King Charles will begin a state visit to "
             "Kenya on Tuesday, Buckingham Palace said.\n\nThe programme of the visit:\n\n"
             "Tuesday: The King is welcomed by President William Ruto at State House.\n\n"
             "Wednesday: The King lays a wreath at the Tomb of the Unknown Warrior in Nairobi."
             "\n\nFriday: The King will meet religious leaders before flying back to London.\n")


def _programme() -> list[tuple[str, str, tuple[str, ...], str]]:
    return [(c.date.describe(), c.title, tuple(c.participants), c.location)
            for c in extract_events(PROGRAMME, dt.date(2025, 10, 27)).candidates]


def test_a_wreath_laid_on_a_programme_s_day_is_the_king_s_row() -> None:
    # (the blind set: "lays a wreath" made no event; and "The King", after "The King is
    # welcomed by President William Ruto", was read as Ruto)
    rows = _programme()
    # (and, dated after the article by its day, it is to come)
    assert ("29 October 2025",
            "Charles lays wreath at the Tomb of the Unknown Warrior in Nairobi (scheduled)",
            ("Charles",), "Nairobi") in rows, rows
    assert ("31 October 2025", "Charles meets religious leaders before flying back to London "
            "(scheduled)", ("Charles",), "") in rows, rows


def test_a_guest_welcomed_by_the_host_at_a_place_is_a_reception() -> None:
    rows = _programme()
    assert ("28 October 2025", "Audience with William Ruto in State House (scheduled)",
            ("William Ruto",), "State House") in rows, rows


def test_an_act_welcomed_by_a_president_stays_no_reception() -> None:
    rows = _rows("WASHINGTON, March 6 (AP) -- The agreement was welcomed by President Biden in "
                 "Washington.")
    assert not any("Audience" in t for _, t, _, _ in rows), rows


def test_a_wreath_laid_at_a_memorial_takes_the_town_not_the_memorial() -> None:
    rows = _rows("NAIROBI, March 6 (Reuters) - King Charles laid a wreath at the Tomb of the "
                 "Unknown Warrior in Nairobi on Thursday.")
    assert [(t, loc) for _, t, _, loc in rows] == [
        ("Charles lays wreath at the Tomb of the Unknown Warrior in Nairobi", "Nairobi")], rows


# ------------------------------------------------ two commitments of a deal in one sentence

def test_each_commitment_of_a_deal_keeps_its_own_words() -> None:
    # (the blind set's shape: "Under the agreement, Eritrea will withdraw its troops by the
    # end of April and the two sides are to reopen the border crossing in June"; the first
    # row read "Eritrea withdraws its troops and the two sides (scheduled)")
    rows = _rows("ASMARA, March 6 (Reuters) - Under the agreement, Eritrea will withdraw its "
                 "troops by the end of April and the two sides are to reopen the border "
                 "crossing in June. Also, Eritrea will free its prisoners by May and Ethiopia "
                 "will reopen its embassy in July.")
    titles = [t for _, t, _, _ in rows]
    assert "Eritrea withdraws its troops (scheduled)" in titles, titles
    assert "Two sides reopen border crossing (scheduled)" in titles, titles
    assert "Ethiopia reopens its embassy (scheduled)" in titles, titles
    assert not any(" and " in t for t in titles), titles


def test_a_list_of_names_before_a_passive_stays_whole() -> None:
    rows = _rows("JAKARTA, March 6 (Antara) - An earlier security agreement signed in 1995 by "
                 "President Soeharto and Prime Minister Paul Keating was revoked by Jakarta in "
                 "1999.")
    # (the clause cut stops at no "and" between two names: "... signed by Soeharto" lost Keating)
    assert any(d == "1995" and "Soeharto and Paul Keating" in t for d, t, _, _ in rows), rows


def test_a_deal_signed_in_a_relative_clause_titles_its_row() -> None:
    # (the row read "Signs in Doha")
    rows = _rows("DOHA, March 6 (Reuters) - Qatar on Wednesday welcomed the peace deal, which "
                 "was signed in Doha in May 2025.")
    assert ("May 2025", "Peace deal signed in Doha", (), "Doha") in rows, rows


# ------------------------------------------------ an office given in a month just ahead

def test_a_month_after_an_office_given_in_the_past_is_the_last_one() -> None:
    # ("Ms Berg, who was appointed special envoy in May, arrived ...": May of the next
    # year under a March dateline, the office between the verb and its date)
    from timeline_app.extract import tag_timexes
    for text in ("He was elected president in May.",
                 "Ms Anna Berg, who was appointed special envoy in May, arrived on Thursday."):
        values = [t.value for t in tag_timexes("LONDON, March 6 (Reuters) - " + text, DCT)
                  if t.text == "May"]
        assert values == ["2025-05"], (text, values)
    values = [t.value for t in tag_timexes(
        "LONDON, March 6 (Reuters) - He will be elected president in May.", DCT)
        if t.text == "May"]
    assert values == ["2026-05"], values
