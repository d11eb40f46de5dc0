"""verify50 F11: a researcher's timeline has its own lanes (Agreement, Diplomacy, ...);
every row of each import proposed the extractor's Treaty / Meeting, so each row was
re-picked by hand.  A lane chosen for one row is offered to the other rows of its kind
that still propose what it proposed (Move Them Too, Alt+M); once they move, the line
under the table says so, and the next review of this timeline proposes it for that kind.

verify54 F2: they moved at once, unasked — a meeting read as a treaty, corrected to
Meeting, took a real treaty signing (and a row already checked by hand) along."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("VIENNA, Dec 3 (Reuters) - Iran and the IAEA signed a cooperation agreement on "
        "Tuesday. In 2015 Iran and six world powers signed the nuclear deal in Vienna. The "
        "two sides signed a protocol on Nov. 20, 2026. Foreign ministers met in Cairo on "
        "Monday.")
# (lanes whose names and titles fit no row: the rows propose their kinds, and the person
# moves them; a lane named for a kind is proposed at once, below: verify55 F5)
MINE = [Event("m1", "Tehran Declaration", FuzzyDate.of_day(dt.date(2003, 10, 21)),
              category="Paper trail"),
        Event("m2", "Talks in Geneva", FuzzyDate.of_day(dt.date(2004, 1, 5)),
              category="Channels")]


def _review(qtbot, lanes=None):  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(TEXT), True, None, MINE, lanes_for_kinds=lanes)
    qtbot.addWidget(dialog)
    return dialog


def _lanes(dialog: ReviewDialog) -> list[str]:
    return [dialog._row_category(row) for row in range(dialog.table.rowCount())]


def test_a_lane_chosen_for_one_row_goes_to_the_others_of_its_kind(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    kinds = [c.category for c in dialog.extraction.candidates]
    assert kinds.count("treaty") == 3 and "meeting" in kinds
    first, *others = [row for row, kind in enumerate(kinds) if kind == "treaty"]
    meeting = kinds.index("meeting")
    dialog.set_cell(first, "Category", "Paper trail")
    lanes = _lanes(dialog)
    assert lanes[first] == "Paper trail"  # that row alone, until the offer is taken
    assert all(lanes[row] == "treaty" for row in others) and dialog.lanes_chosen == {}
    # (the rows named since verify76 F7: "row 2, 20 November 2026, “…”; row 4, …")
    note = dialog.note_label.text()
    assert "2 other rows read as “Treaty” (row " in note
    assert "): Move Them Too puts them in “Paper trail”" in note
    for row in others:
        assert f"row {row + 1}, " in note
    assert not dialog.follow_button.isHidden()
    dialog.follow_button.click()
    lanes = _lanes(dialog)
    assert all(lanes[row] == "Paper trail" for row in (first, *others))
    assert dialog.follow_button.isHidden()
    assert lanes[meeting] == "meeting"  # another kind: as it was
    assert dialog.lanes_chosen == {"treaty": "Paper trail"}
    assert "2 other rows read as “Treaty” now in “Paper trail” too" in dialog.note_label.text()
    assert dialog.corrected_by_hand(first)
    assert not any(dialog.corrected_by_hand(row) for row in others)  # (not checked by you)
    # one of them chosen otherwise by hand stays so when the first changes again
    dialog.set_cell(others[0], "Category", "Channels")
    dialog.set_cell(first, "Category", "Treaty")
    dialog.follow_button.click()
    lanes = _lanes(dialog)
    assert lanes[others[0]] == "Channels" and lanes[others[1]] == "treaty"
    outcome_lanes = {e.title: e.category for e in dialog.outcome().events}
    assert "Channels" in outcome_lanes.values()


def test_the_next_review_proposes_the_lane_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot, {"treaty": "Paper trail", "visit": "Gone lane"})
    kinds = [c.category for c in dialog.extraction.candidates]
    lanes = _lanes(dialog)
    assert [lane for lane, kind in zip(lanes, kinds, strict=True) if kind == "treaty"] == [
        "Paper trail"] * 3
    assert dialog.lanes_chosen == {"treaty": "Paper trail"}  # (a lane not in the timeline: no)
    assert not any(dialog.corrected_by_hand(row) for row in range(len(kinds)))
    assert {e.category for e in dialog.outcome().events
            if e.title.endswith(("protocol", "agreement", "Vienna"))} <= {"Paper trail"}


def test_the_window_keeps_the_lanes_chosen_for_its_timeline(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import Timeline
    from timeline_app.ui import prompts

    window.document.replace_timeline(Timeline.from_events(MINE), None)

    def exec_(dialog: ReviewDialog) -> int:
        row = [c.category for c in dialog.extraction.candidates].index("treaty")
        dialog.set_cell(row, "Category", "Paper trail")
        dialog.follow_button.click()  # (the others too: the kind's lane, remembered)
        return ReviewDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    assert prompts.review_candidates(window, extract_events(TEXT), True, MINE) is not None
    assert window.document.lanes_for_kinds == {"treaty": "Paper trail"}
    window.document.replace_timeline(Timeline(), None)  # another timeline: its own lanes
    assert window.document.lanes_for_kinds == {}


def test_a_lane_chosen_for_one_row_moves_no_other_row_unasked(qtbot) -> None:  # type: ignore[no-untyped-def]
    # verify54 F2: a row read as a treaty corrected to Meeting moved the others read as
    # treaties (a real signing among them) to Meeting; a row checked by hand is never
    # offered.
    dialog = _review(qtbot)
    kinds = [c.category for c in dialog.extraction.candidates]
    first, second, third = [row for row, kind in enumerate(kinds) if kind == "treaty"]
    dialog.set_cell(second, "Title", "Iran and six world powers sign the nuclear deal")
    assert dialog.corrected_by_hand(second)
    dialog.set_cell(first, "Category", "meeting")
    lanes = _lanes(dialog)
    assert lanes[first] == "meeting" and lanes[second] == lanes[third] == "treaty"
    note = dialog.note_label.text()  # (the row named since verify76 F7)
    assert f"1 other row read as “Treaty” (row {third + 1}, " in note
    assert "): Move It Too puts it in" in note
    assert dialog.follow_button.text() == "&Move It Too"
    dialog.follow_button.click()
    lanes = _lanes(dialog)
    assert lanes[second] == "treaty" and lanes[third] == "meeting"  # the checked row stays
    assert not dialog.corrected_by_hand(third)
    outcome = {e.title: e.category for e in dialog.outcome().events}
    assert outcome["Iran and six world powers sign the nuclear deal"] == "treaty"


# verify55 F5: her Military, Negotiations, Border delimitation were never proposed (16 of 30
# rows retyped), and "Era" was offered for an imported event.
HERS = [Event("h1", "Azerbaijan's \"anti-terrorist\" offensive in Karabakh",
              FuzzyDate.of_day(dt.date(2023, 9, 19)), category="Military"),
        Event("h2", "Trilateral ceasefire statement ends the 44-day war",
              FuzzyDate.of_day(dt.date(2020, 11, 10)), category="Military"),
        Event("h3", "OSCE Minsk Group mediation", FuzzyDate.of_year(1992),
              category="Negotiations"),
        Event("h4", "Commissions agree on Tavush/Gazakh villages",
              FuzzyDate.of_month(2024, 4), category="Border delimitation"),
        Event("h5", "War and ceasefire", FuzzyDate.of_year(2020), FuzzyDate.of_year(2023),
              category="era")]
HER_TEXT = ("WASHINGTON, Aug 8 (Reuters) - Armenia and Azerbaijan signed a peace agreement "
            "at the White House on Friday. Azerbaijan retook Nagorno-Karabakh in a "
            "lightning offensive in September 2023. Foreign ministers Ararat Mirzoyan and "
            "Jeyhun Bayramov met in Berlin in February 2024.")


def test_her_own_lanes_are_proposed_and_never_an_era(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import Timeline

    timeline = Timeline.from_events(HERS)
    result = extract_events(HER_TEXT, dct=dt.date(2025, 8, 8))
    dialog = ReviewDialog(result, True, None, HERS, is_era_lane=timeline.is_era_lane)
    qtbot.addWidget(dialog)
    by_kind = {c.category: dialog._row_category(row)
               for row, c in enumerate(dialog.extraction.candidates)}
    # a treaty's row where talks go, an offensive with her offensives, a meeting in
    # Negotiations: none in the extractor's Treaty, Dispute or Meeting
    assert by_kind == {"treaty": "Negotiations", "dispute": "Military",
                       "meeting": "Negotiations"}, by_kind
    box = dialog.table.cellWidget(0, ReviewDialog.CATEGORY)
    items = [box.itemData(i) for i in range(box.count())]
    assert items.index("era") > max(items.index(lane) for lane in (
        "Military", "Negotiations", "Border delimitation"))  # offered, last of hers
    assert not dialog.corrected_by_hand(0)  # (a proposal, not checked by you)


def test_lane_fit_never_proposes_an_era_lane() -> None:
    from timeline_app.core import Timeline
    from timeline_app.core.lane_fit import LaneFit

    fit = LaneFit(HERS, Timeline.from_events(HERS).is_era_lane)
    assert "era" not in fit.lanes
    assert fit.lane_for("event", "War and ceasefire") == "Military"
    assert fit.lane_for("treaty", "Border commissions sign regulations") == (
        "Border delimitation")
    assert fit.lane_for("policy", "Parliament passes budget") is None  # nothing fits
    assert fit.lane_for("military", "anything") == "Military"  # a lane as spelt there


def test_a_timeline_in_the_apps_own_lanes_gets_the_kind_as_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    # (most of its events in the extractor's kinds: a kind it lacks is its lane to come,
    # though a meeting's title shares the row's word)
    sample = [Event("s1", "Talks on the offensive", FuzzyDate.of_month(2023, 9),
                    category="meeting"),
              Event("s2", "Peace treaty signed", FuzzyDate.of_year(2024), category="treaty")]
    result = extract_events(HER_TEXT, dct=dt.date(2025, 8, 8))
    dialog = ReviewDialog(result, True, None, sample)
    qtbot.addWidget(dialog)
    assert [dialog._row_category(row) for row in range(dialog.table.rowCount())] == [
        c.category for c in dialog.extraction.candidates] == ["dispute", "meeting", "treaty"]


def test_a_lane_named_after_a_rows_party_or_place_is_proposed() -> None:
    """verify57 F12: a teacher's lanes are named after what they follow (Quad, ASEAN,
    Mercosur–EU, Panama Canal); a Quad meeting "(scheduled)" was proposed "Mercosur–EU",
    the one lane holding another scheduled event, and "Rubio meets Mulino in Panama City"
    "Quad".  A lane named after a row's participant or a name in its title is proposed;
    "(scheduled)" says nothing of the lane."""
    from timeline_app.core import Timeline
    from timeline_app.core.lane_fit import LaneFit

    day = FuzzyDate.of_day(dt.date(2024, 9, 21))
    hers = [Event("q1", "Quad summit in Wilmington", day, category="Quad"),
            Event("a1", "ASEAN founded in Bangkok", FuzzyDate.of_year(1967), category="ASEAN"),
            Event("e1", "European Parliament votes on EU–Mercosur agreement (scheduled)",
                  FuzzyDate.of_year(2026), category="Mercosur–EU"),
            Event("p1", "Panama Canal opens", FuzzyDate.of_year(1914), category="Panama Canal"),
            Event("c1", "Nauru switches recognition to Beijing", FuzzyDate.of_year(2024),
                  category="China–Pacific")]
    fit = LaneFit(hers, Timeline.from_events(hers).is_era_lane)
    assert fit.lane_for("meeting", "India and Quad meet in India (scheduled)",
                        ("India", "Quad")) == "Quad"
    assert fit.lane_for("meeting", "Leaders to confirm at the ASEAN Summit in Kuala Lumpur "
                        "(scheduled)", ("ASEAN",)) == "ASEAN"
    assert fit.lane_for("visit", "Rubio meets Mulino in Panama City",
                        ("Marco Rubio", "José Raúl Mulino")) == "Panama Canal"
    assert fit.lane_for("treaty", "European Union and Mercosur sign free trade agreement",
                        ("EU", "Mercosur")) == "Mercosur–EU"


def test_an_imports_new_lanes_go_below_her_own(window) -> None:  # type: ignore[no-untyped-def]
    """verify57 F16: an article's Treaty and Event lanes went above her sheet's ASEAN,
    Panama Canal and Quad (the app's kinds sort first), pushing her lanes out of sight.
    They go after hers now, in the app's order, undone with the import; a timeline of the
    app's own lanes (the sample) keeps its reading order."""
    from timeline_app.core import Timeline
    from timeline_app.core.model import Source
    from timeline_app.ui.import_article import ReviewOutcome

    day = FuzzyDate.of_day(dt.date(2024, 9, 21))
    hers = Timeline.from_events(
        [Event("q1", "Quad summit in Wilmington", day, category="Quad"),
         Event("a1", "ASEAN founded in Bangkok", FuzzyDate.of_year(1967), category="ASEAN"),
         Event("p1", "Panama Canal opens", FuzzyDate.of_year(1914), category="Panama Canal")],
        title="Class")
    window.document.replace_timeline(hers, None, unsaved=True)
    before = window.legend_bar.categories()
    assert before == ["ASEAN", "Panama Canal", "Quad"]
    source = Source("r", "Canal explainer", text="...")
    new = [Event("n1", "Torrijos-Carter Treaties signed", FuzzyDate.of_year(1977),
                 category="treaty", source_id="r"),
           Event("n2", "Canal builders die", FuzzyDate.of_year(1889), category="event",
                 source_id="r"),
           Event("n3", "Quad meets", day, category="Quad", source_id="r")]
    window._import_reviewed(ReviewOutcome(source, new, False), offer_years=False)
    assert window.legend_bar.categories() == ["ASEAN", "Panama Canal", "Quad", "treaty", "event"]
    window.document.undo_stack.undo()
    assert window.legend_bar.categories() == before
    assert window.document.timeline.lane_order == []


# verify59 F12: a researcher's Pacific lanes; three imports proposed "Treaty", "Meeting",
# "Event" beside them (14 lanes after three imports).  Her events, written for the test.
PACIFIC = [
    Event("t1", "Treaty of Rarotonga signed", FuzzyDate.of_ymd(1985, 8, 6),
          category="Security & defence"),
    Event("t2", "Pukpuk Treaty: Australia–PNG mutual defence treaty",
          FuzzyDate.of_ymd(2025, 10, 6), category="Security & defence"),
    Event("t3", "Falepili Union treaty signed", FuzzyDate.of_ymd(2023, 11, 10),
          category="Security & defence"),
    Event("r1", "Forum Leaders Meeting in Nukuʻalofa", FuzzyDate.of_ymd(2024, 8, 26),
          category="Regional institutions"),
    Event("r2", "Pacific Islands Forum summit in Apia", FuzzyDate.of_ymd(2017, 9, 5),
          category="Regional institutions"),
    Event("c1", "First Fiji coup led by Sitiveni Rabuka", FuzzyDate.of_ymd(1987, 5, 14),
          category="Coups & domestic politics"),
    Event("k1", "Kiribati switches recognition to China", FuzzyDate.of_ymd(2019, 9, 20),
          category="China & Taiwan")]
PACIFIC_TEXT = ("ANALYSIS | 3 March 2026\n\nThe ratification of Pukpuk is expected in the "
                "first half of 2026. Forum leaders will meet in Palau in August 2026. Tuvalu "
                "and Australia signed a new treaty on 9 December 2024. Jeremiah Manele took "
                "office as prime minister in May 2024.")


def test_rows_go_to_her_lane_of_their_kind_names_and_politics(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The lane holding her treaties takes a treaty row, the lane of her one Pukpuk event
    the Pukpuk ratification (a treaty "Treaty" lane before), a leader taking office her
    domestic politics (an "Event" lane before); each shown in the row's Category box, to
    change there."""
    dialog = ReviewDialog(extract_events(PACIFIC_TEXT), True, None, PACIFIC)
    qtbot.addWidget(dialog)
    by_title = {c.title: dialog._row_category(row)
                for row, c in enumerate(dialog.extraction.candidates)}
    assert by_title == {
        "Ratification of Pukpuk (scheduled)": "Security & defence",
        "Tuvalu and Australia sign new treaty": "Security & defence",
        "Forum leaders meet in Palau (scheduled)": "Regional institutions",
        "Jeremiah Manele takes office as prime minister": "Coups & domestic politics"}, by_title
    row = next(r for r, c in enumerate(dialog.extraction.candidates) if "Pukpuk" in c.title)
    box = dialog.table.cellWidget(row, ReviewDialog.CATEGORY)
    assert box.currentText() == "Security & defence"
    dialog.set_cell(row, "Category", "Regional institutions")  # hers to change
    assert dialog._row_category(row) == "Regional institutions"


def test_lane_fit_reads_her_lanes_kinds_and_names_but_not_states() -> None:
    from timeline_app.core import Timeline
    from timeline_app.core.lane_fit import LaneFit
    from timeline_app.extract.title_kind import event_kind as _kind_told

    fit = LaneFit(PACIFIC, Timeline.from_events(PACIFIC).is_era_lane, _kind_told)
    assert fit.lane_for("treaty", "Joint Declaration of Principles signed") == (
        "Security & defence")  # where her treaties are
    assert fit.lane_for("statement", "Rabuka speaks", ("Sitiveni Rabuka",)) == (
        "Coups & domestic politics")  # where the one event naming him is
    # a state named in one lane's event says nothing: Kiribati's events are everywhere
    assert fit.lane_for("visit", "An envoy of Kiribati visits", ("Kiribati",)) is None
    without = LaneFit(PACIFIC, Timeline.from_events(PACIFIC).is_era_lane)
    assert without.lane_for("treaty", "Joint Declaration of Principles signed") is None


def test_the_category_box_says_which_lane_and_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = (PACIFIC_TEXT + " Penny Wong, Australia's foreign minister, will travel to Port "
            "Vila next week.")
    dialog = ReviewDialog(extract_events(text), True, None, PACIFIC)
    qtbot.addWidget(dialog)
    rows = {c.title: row for row, c in enumerate(dialog.extraction.candidates)}
    tip = dialog.table.cellWidget(rows["Ratification of Pukpuk (scheduled)"],
                                  ReviewDialog.CATEGORY).toolTip()
    assert "Your lane “Security &amp; defence”: the closest" in tip
    visit = next(row for title, row in rows.items() if "Wong" in title)
    assert dialog._row_category(visit) == "visit"  # none of hers fits: a new lane
    assert "A new lane, “Visit”" in dialog.table.cellWidget(
        visit, ReviewDialog.CATEGORY).toolTip()
