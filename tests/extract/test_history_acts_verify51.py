"""verify51 F2-F4: a history text's acts lost or folded into other rows.

- F2: "Two days later, the X Council called on its members to ..." and "Two years later,
  the X Commission was reduced in size." gave no row: the tagger dates both from the
  sentence before, but neither verb was read as an act ("call on" only as an appeal to
  "both sides", "reduce" not at all).
- F3: acts told in other shapes: a noun with its own place and date ("After the landing
  at Inchon on ..."), a named person's death ("After the death of X on ..."), a
  dividing line proposed, a sentence whose subject is "They" (the talks of the sentence
  before); and a circa date of another sentence folded into a conference's row.
- F4: "and the talks were recessed in October 1952" gave a second row "Talks".

The sentences are this file's own, not the teacher's text.
"""

from __future__ import annotations

from timeline_app.extract import extract_events


def _rows(body: str) -> list[tuple[str, str]]:
    result = extract_events("Notes for the class\n\n" + body, mode="narrative")
    return [(c.date.describe(), c.title) for c in result.candidates]


def _dates(body: str) -> list[str]:
    return [date for date, _title in _rows(body)]


def test_a_body_s_appeal_to_its_members_days_later_is_a_row() -> None:
    rows = _rows("Troops of the north invaded the south on 3 March 1961. Three days later, "
                 "the Security Council of the League called on its members to aid the south.")
    assert ("6 March 1961", "Security Council of the League calls on its members to aid "
            "the south") in rows or any(d == "6 March 1961" and "Council" in t
                                        for d, t in rows), rows


def test_an_appeal_told_with_days_later_at_its_end_is_a_row() -> None:
    assert "8 March 1961" in _dates(
        "Troops of the north invaded the south on 3 March 1961. The General Assembly called "
        "on all member states to send aid five days later.")


def test_a_body_reduced_in_size_years_later_is_a_row_of_that_year() -> None:
    rows = _rows("The truce was signed at Rhodes on 4 April 1962. Three years later, the "
                 "Joint Truce Observer Commission was reduced in size.")
    assert [d for d, _t in rows] == ["4 April 1962", "1965"], rows
    assert "Commission" in rows[1][1]


def test_reduced_without_a_body_s_size_is_no_act() -> None:
    assert _dates("The truce was signed at Rhodes on 4 April 1962. Three years later, the "
                  "shortage reduced the risk of famine.") == ["4 April 1962"]


def test_the_landing_at_a_place_on_a_day_is_the_dated_act() -> None:
    rows = _rows("After the landing at Anzio on 22 January 1944, the allied forces "
                 "advanced slowly.")
    assert rows == [("22 January 1944", "Landing at Anzio")]


def test_a_named_person_s_death_on_a_day_is_a_row_and_the_clause_keeps_its_own_month() -> None:
    rows = _rows("After the death of Ferdinand Marcos on 28 September 1989, the two "
                 "governments agreed to exchange ambassadors in November 1989.")
    assert ("28 September 1989", "Death of Ferdinand Marcos") in rows
    # (the act after it has its own month, not the death's day)
    assert [d for d, t in rows if "agree" in t] == ["November 1989"], rows


def test_the_death_toll_is_no_death() -> None:
    assert not any(t.startswith("Death of") for _d, t in _rows(
        "The death toll rose in May 1990, and the two governments agreed to talk on "
        "3 June 1990."))


def test_a_dividing_line_proposed_on_a_day_given_after_days_earlier() -> None:
    rows = _rows("The emperor announced his abdication on 20 May 1902. Days earlier, on 14 May 1902, two "
                 "British officials proposed the 40th parallel as the border of the zones.")
    assert [d for d, _t in rows] == ["14 May 1902", "20 May 1902"], rows


def test_they_resumed_is_the_talks_of_the_sentence_before() -> None:
    rows = _rows("Peace talks opened at Lausanne on 21 November 1922, and the talks were "
                 "broken off in February 1923. They resumed at Ouchy on 23 April 1923.")
    assert ("23 April 1923", "Talks resume at Ouchy") in rows, rows


def test_they_resumed_without_talks_before_is_no_row() -> None:
    assert _dates("The two delegations met at Ouchy on 3 May 1923. They resumed at dawn "
                  "on 5 May 1923.") == ["3 May 1923"]


def test_a_circa_year_of_another_sentence_is_not_folded_into_a_month_before() -> None:
    rows = _rows("In March 1921 the ministers of France and Britain met in Paris and agreed "
                 "on a mandate. A joint commission opened talks circa 1922 but made no "
                 "progress.")
    assert [d for d, _t in rows] == ["March 1921", "c. 1922"], rows
    assert rows[1][1] == "Joint commission opens talks"


def test_talks_recessed_give_one_row_not_a_second_talks() -> None:
    rows = _rows("Armistice talks opened at Rethel on 4 July 1931. The question of the "
                 "frontier deadlocked the negotiations through 1932, and the talks were "
                 "recessed in October 1932.")
    assert [r for r in rows if r[0] == "October 1932"] == [("October 1932", "Talks recessed")]


def test_an_act_a_year_later_is_dated_to_its_year_not_the_anchor_s_day() -> None:
    # (the tagger keeps the day, as TIMEX3's gold does: the event's date is the year)
    rows = _rows("The truce was signed at Rhodes on 4 April 1962. The Lausanne Conference, "
                 "held a year later, adopted a protocol.")
    assert [d for d, _t in rows] == ["4 April 1962", "1963"], rows


def test_a_day_given_with_a_year_later_keeps_the_day() -> None:
    rows = _rows("The truce was signed at Rhodes on 4 April 1962. A year later, on "
                 "9 April 1963, the two sides signed a protocol in Lausanne.")
    assert [d for d, _t in rows] == ["4 April 1962", "9 April 1963"], rows


def test_talks_deadlocked_through_a_year_are_a_row_of_that_year() -> None:
    rows = _rows("Armistice talks opened at Rethel on 4 July 1931. The question of the "
                 "frontier deadlocked the negotiations through 1932, and the talks were "
                 "recessed in October 1932.")
    assert ("1932", "Question of the frontier deadlocks negotiations") in rows, rows
    # (the talks that opened in July 1931 have only their own sentence)
    (opened,) = [c for c in extract_events(
        "Notes for the class\n\nArmistice talks opened at Rethel on 4 July 1931. The "
        "question of the frontier deadlocked the negotiations through 1932.",
        mode="narrative").candidates if c.date.describe() == "4 July 1931"]
    assert len(opened.evidence) == 1


def test_it_was_adjourned_is_the_sentence_s_body_on_its_own_month() -> None:
    rows = _rows("In March 1921 the ministers of France and Britain met in Paris. A joint "
                 "commission opened talks circa 1922 but made no progress, and it was "
                 "adjourned in May 1922.")
    assert rows == [("March 1921", "France and Britain meet in Paris"),
                    ("c. 1922", "Joint commission opens talks"),
                    ("May 1922", "Joint commission adjourned")], rows


def test_delegations_arguing_over_a_matter_in_a_season_is_a_row() -> None:
    rows = _rows("Peace talks opened at Lausanne on 21 November 1922. In the winter of 1922 "
                 "the delegations argued over the straits and the debt, and the talks were "
                 "broken off in February 1923.")
    assert ("winter 1922", "Delegations argue over the straits and the debt") in rows, rows


def test_argued_that_is_no_dispute() -> None:
    assert not any("argue" in t.lower() for _d, t in _rows(
        "Peace talks opened at Lausanne on 21 November 1922. The delegates argued that the "
        "straits should stay open, and they argued over whether to meet again."))


def test_sick_and_wounded_prisoners_are_one_object_in_the_title() -> None:
    # (verify51 F5: "... agrees to exchange sick", cut before "and wounded")
    assert _rows("The two sides agreed to exchange sick and wounded prisoners in April "
                 "1963.") == [("April 1963", "Two sides agree to exchange sick and wounded "
                               "prisoners")]
    assert _rows("On 3 May 1963 the two sides signed a truce and wounded soldiers were sent "
                 "home.") == [("3 May 1963", "Two sides sign truce")]


def test_a_state_becoming_independent_on_a_day_is_a_row() -> None:
    assert _rows("Malta became independent on 21 September 1964, with a governor-general "
                 "as head of state.") == [("21 September 1964", "Malta becomes independent")]


def test_the_security_council_calling_on_all_states_days_later_is_a_row() -> None:
    rows = _rows("The northern leadership declared a separate state on 2 May 1961. Two days "
                 "later, the Security Council called on all states not to recognise it.")
    assert [d for d, _t in rows] == ["2 May 1961", "4 May 1961"], rows


def test_they_resumed_and_broke_down_is_the_talks_resuming() -> None:
    rows = _rows("Talks between the ministers opened in Lausanne on 5 June 1962 and were "
                 "suspended on 9 June 1962. They resumed on 20 June 1962 and broke down six "
                 "days later.")
    assert ("20 June 1962", "Talks resume") in rows, rows


def test_an_adjournment_by_year_is_not_folded_into_a_suspension_of_another_sentence() -> None:
    rows = _rows("A new round of talks between the two leaders opened circa 1958, and it was "
                 "adjourned in 1962. Talks between the ministers opened in Lausanne on "
                 "5 June 1962 and were suspended on 9 June 1962.")
    assert ("1962", "New round of talks adjourned") in rows, rows
    assert ("9 June 1962", "Talks between the ministers suspended") in rows, rows


def test_a_particle_after_the_verb_stays_in_the_title() -> None:
    rows = _rows("Talks opened in Lausanne on 5 June 1962. They resumed on 20 June 1962 and "
                 "broke down six days later.")
    assert ("26 June 1962", "Talks break down") in rows, rows


def test_talks_of_a_list_of_states_keep_their_own_date_before_a_suspension() -> None:
    # (the list's commas ended the talks' phrase: the suspension took their date and the
    # talks had no row)
    rows = _rows("Talks between the foreign ministers of France, Italy and Spain opened in "
                 "Lausanne on 5 June 1962 and were suspended on 9 June 1962.")
    assert [d for d, _t in rows] == ["5 June 1962", "9 June 1962"], rows
    (talks,) = [c for c in extract_events(
        "Notes for the class\n\nTalks between the foreign ministers of France, Italy and "
        "Spain opened in Lausanne on 5 June 1962.", mode="narrative").candidates]
    assert set(talks.participants) == {"France", "Italy", "Spain"}
