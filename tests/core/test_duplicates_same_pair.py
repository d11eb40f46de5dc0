"""One happening told by two articles in other words, the same kind of event between the
same parties (verify34 F2): a teacher's explainer gave "Treaty on Basic Relations signed in
Tokyo" (22 June 1965, a treaty, South Korea and Japan) beside the sample's "South Korea and
Japan normalize diplomatic ties" (June 1965, a treaty, South Korea and Japan), and the
review said it was "not like any event already in the timeline": the titles share no word,
and the rule on two shared participants asks for titles 55 % alike."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

SIGNED = ("The Treaty on Basic Relations was signed in Tokyo on June 22, 1965, after fourteen "
          "years of negotiations.")
ANNIVERSARY = ("The two ministers likely also discussed preparations for the upcoming 60th "
               "anniversary of the normalization of diplomatic ties between their countries, "
               "scheduled for June this year.")


def _normalization() -> Event:
    return Event("seed", "South Korea and Japan normalize diplomatic ties",
                 FuzzyDate.of_month(1965, 6), category="treaty",
                 participants=("South Korea", "Japan"),
                 evidence=(Evidence(ANNIVERSARY, 0, len(ANNIVERSARY)),))


def test_the_same_kind_between_the_same_parties_in_the_same_month_is_possibly_one():
    treaty = Event("x", "Treaty on Basic Relations signed in Tokyo", FuzzyDate.of_ymd(1965, 6, 22),
                   category="treaty", participants=("South Korea", "Japan"), location="Tokyo",
                   evidence=(Evidence(SIGNED, 0, len(SIGNED)),))
    match = find_duplicates([_normalization()], [treaty])["x"]
    assert match.existing.id == "seed" and not match.likely  # possible: kept unless merged


def test_other_parties_another_kind_or_another_month_stay_apart():
    base = dict(category="treaty", participants=("South Korea", "Japan"), location="Tokyo")
    others = [
        Event("kind", "Treaty on Basic Relations signed in Tokyo",
              FuzzyDate.of_ymd(1965, 6, 22), **{**base, "category": "meeting"}),
        Event("who", "Treaty on Basic Relations signed in Tokyo",
              FuzzyDate.of_ymd(1965, 6, 22), **{**base, "participants": ("South Korea", "China")}),
        Event("one", "Treaty on Basic Relations signed in Tokyo",
              FuzzyDate.of_ymd(1965, 6, 22), **{**base, "participants": ("Japan",)}),
        Event("when", "Treaty on Basic Relations signed in Tokyo",
              FuzzyDate.of_ymd(1965, 8, 14), **base),
    ]
    assert find_duplicates([_normalization()], others) == {}


def _met(event_id: str, title: str, date: FuzzyDate, participants: tuple[str, ...],
         category: str = "meeting") -> Event:
    return Event(event_id, title, date, category=category, participants=participants,
                 location="Seoul")


def test_a_persons_short_form_is_that_person() -> None:
    """verify54 F6: a row's "Yoon" (typed by hand) and the timeline's "Yoon Suk Yeol", the
    same meeting on the same day, titles unlike: two parties, so not the same parties."""
    day = FuzzyDate.of_ymd(2024, 5, 26)
    talks = _met("t", "Presidential office talks", day, ("Yoon Suk Yeol", "Li Qiang"))
    typed = _met("y", "Dialogue on security launched", day, ("Yoon", "Li"))
    match = find_duplicates([talks], [typed]).get("y")
    assert match is not None and "shares Yoon, Li" in match.reason
    # a surname told last, the Western way
    summit = _met("s", "Leaders' summit", day, ("Vladimir Putin", "Kim Jong Un"))
    assert "k" in find_duplicates([summit], [_met("k", "Pact of partnership", day,
                                                  ("Putin", "Kim"))])


def test_a_short_form_of_two_persons_or_of_a_state_is_no_one() -> None:
    day = FuzzyDate.of_ymd(2024, 5, 26)
    kims = _met("t", "Presidential office talks", day, ("Kim Jong Un", "Kim Yo Jong"))
    assert find_duplicates([kims], [_met("k", "Dialogue launched", day, ("Kim", "Kim"))]) == {}
    states = _met("s", "Presidential office talks", day, ("South Korea", "Japan"))
    assert find_duplicates([states], [_met("n", "Dialogue launched", day,
                                           ("Korea", "Japan"))]) == {}
    # with the same two, each named in full on one side and short on the other: one
    assert "n" in find_duplicates([states], [_met("n", "Dialogue launched", day,
                                                  ("South Korea", "Japan"))])


def test_two_tellings_of_one_month_between_the_same_parties_are_possibly_one() -> None:
    """verify54 F6: the rule on the same parties compared a day with its month, never two
    tellings dated to the month ("in May" and "in May"; the dev set's "Three juntas form
    Alliance of Sahel States" / "Mali, Burkina Faso and Niger sign Liptako-Gourma
    Charter", September 2023, the charter that formed it)."""
    sahel = ("Mali", "Burkina Faso", "Niger")
    formed = _met("f", "Three juntas form Alliance of Sahel States", FuzzyDate.of_month(2023, 9),
                  sahel, "treaty")
    charter = _met("c", "Mali, Burkina Faso and Niger sign Liptako-Gourma Charter",
                   FuzzyDate.of_month(2023, 9), sahel, "treaty")
    match = find_duplicates([formed], [charter]).get("c")
    assert match is not None and not match.likely  # possible: one month may hold two
    # another month, a circa month (three), another kind or other parties: not compared
    later = dataclasses.replace(charter, id="l", date=FuzzyDate.of_month(2023, 10))
    circa = dataclasses.replace(charter, id="a", date=FuzzyDate.of_month(2023, 9, circa=True))
    kind = dataclasses.replace(charter, id="k", category="dispute")
    who = dataclasses.replace(charter, id="w", participants=("Mali", "Niger"))
    assert find_duplicates([formed], [later, circa, kind, who]) == {}


def _summit(event_id: str, title: str, date: FuzzyDate, participants: tuple[str, ...],
            sentence: str, place: str = "Seoul") -> Event:
    from timeline_app.core import Evidence

    return Event(event_id, title, date, category="meeting", participants=participants,
                 location=place, evidence=(Evidence(sentence, 0, len(sentence)),))


LEADERS = ("Chinese Premier Li Qiang on Monday attended the ninth China-Japan-ROK Leaders' "
           "Meeting here with ROK President Yoon Suk Yeol and Japanese Prime Minister Fumio "
           "Kishida.")


def test_leaders_told_as_their_states_persons_are_those_states_at_one_place() -> None:
    """verify54 F6: the Seoul summit of 27 May 2024 told as its three leaders' meeting
    (Xinhua) and as the meeting of South Korea, China and Japan (Yonhap, "in May 2024"):
    the leaders' states are the states the other names, once each leader is read as the
    state the sentence makes them a leader of ("ROK President Yoon Suk Yeol")."""
    states = _summit("s", "Trilateral meeting of South Korea, China and Japan in Seoul",
                     FuzzyDate.of_month(2024, 5), ("South Korea", "China", "Japan"),
                     "The leaders of South Korea, China and Japan held their last trilateral "
                     "summit in Seoul in May 2024.")
    leaders = _summit("l", "Li Qiang, Yoon Suk Yeol and Fumio Kishida meet in Seoul",
                      FuzzyDate.of_ymd(2024, 5, 27),
                      ("Li Qiang", "Yoon Suk Yeol", "Fumio Kishida"), LEADERS)
    for existing, incoming in ((states, leaders), (leaders, states)):
        match = find_duplicates([existing], [incoming]).get(incoming.id)
        assert match is not None and not match.likely
        # the line under the review's table says how the parties are the same
        assert ("the same parties (Li Qiang for China, Yoon Suk Yeol for South Korea, Fumio "
                "Kishida for Japan)") in match.reason
    # elsewhere, or a leader the words tie to no state, or to another: not the same parties
    elsewhere = dataclasses.replace(leaders, id="e", location="Tokyo")
    untied = dataclasses.replace(leaders, id="u", evidence=(dataclasses.replace(
        leaders.evidence[0], sentence=LEADERS.replace("ROK President", "President")),))
    other = dataclasses.replace(leaders, id="o", evidence=(dataclasses.replace(
        leaders.evidence[0], sentence=LEADERS.replace("ROK President", "North Korean")),))
    assert find_duplicates([states], [elsewhere, untied, other]) == {}
    # a short form the words tie to its state likewise ("South Korean President Yoon")
    pair = _summit("p", "South Korea and China hold talks in Seoul", FuzzyDate.of_month(2024, 5),
                   ("South Korea", "China"),
                   "Ties warmed after a summit of the two neighbours in May, officials said.")
    short = _summit("y", "Yoon and Li meet in Seoul", FuzzyDate.of_ymd(2024, 5, 26),
                    ("Yoon", "Li"), "South Korean President Yoon and Chinese Premier Li met "
                    "in Seoul on Sunday.")
    assert "y" in find_duplicates([pair], [short])


def test_the_same_persons_are_the_same_parties_whatever_states_one_lists() -> None:
    """The same two persons in one month (one event listing their states too): the same
    parties, whatever the titles; a possible duplicate only."""
    day = FuzzyDate.of_ymd(2024, 5, 26)
    wire = _met("w", "Presidential office talks", day,
                ("Yoon Suk Yeol", "Li Qiang", "South Korea", "China"))
    typed = _met("t", "Dialogue on security launched", FuzzyDate.of_month(2024, 5),
                 ("Yoon Suk Yeol", "Li Qiang"))
    match = find_duplicates([wire], [typed]).get("t")
    assert match is not None and not match.likely
    # one person of the two, or another: not the same parties
    assert find_duplicates([wire], [dataclasses.replace(
        typed, participants=("Yoon Suk Yeol", "Fumio Kishida"))]) == {}


def test_an_event_without_participants_names_its_parties_in_its_title() -> None:
    """verify55 F6: the researcher's own events (from her Timeline Project file, which has
    no participants) were never found again in an article's rows: "Azerbaijan retakes
    Nagorno-Karabakh in a lightning offensive" beside her "Azerbaijan's "anti-terrorist"
    offensive in Karabakh" of the same days was "not like any event already in the
    timeline".  The title's names (a state's possessive or adjective too) are its parties."""
    from timeline_app.core import Event, FuzzyDate
    from timeline_app.core.dates import Precision
    from timeline_app.core.duplicates import find_duplicates

    hers = Event("h1", "Azerbaijan's \"anti-terrorist\" offensive in Karabakh",
                 FuzzyDate(2023, 9, 19, Precision.DAY), FuzzyDate(2023, 9, 20, Precision.DAY),
                 category="Military")
    row = Event("r1", "Azerbaijan retakes Nagorno-Karabakh in a lightning offensive",
                FuzzyDate(2023, 9, 19, Precision.DAY), category="military",
                participants=("Azerbaijan",))
    (match,) = find_duplicates([hers], [row]).values()
    assert match.existing.id == "h1" and "shares Azerbaijan" in match.reason
    # A title that names none of the row's parties still tells nothing of them: since
    # verify84 F1 the word both titles share ("offensive", one day) offers it as possibly
    # the same, never as sharing Azerbaijan nor as likely.
    other = Event("h2", "Offensive in Karabakh", hers.date, hers.end, category="Military")
    found = find_duplicates([other], [row])
    assert all(not m.likely and "shares" not in m.reason
               and "“offensive” in both titles" in m.reason for m in found.values())


def test_on_one_day_the_parties_of_one_among_the_others_are_a_possible_duplicate() -> None:
    """verify56 F5: an ECOWAS communiqué's "Withdrawal from ECOWAS" (Niger, ECOWAS) beside
    her "Niger, Mali and Burkina Faso announce they were quitting ECOWAS" (the four), 28
    January 2024, both policies, titles 40 % alike, was "not like any event" until she
    typed the other two states.  On one day the parties of one, two or more, all among
    the other's: possibly the same (a month, or a party of its own, is not enough)."""
    day = FuzzyDate.of_ymd(2024, 1, 28)
    hers = Event("hers", "Niger, Mali and Burkina Faso announce they were quitting ECOWAS",
                 day, category="policy", participants=("Niger", "Mali", "Burkina Faso",
                                                        "ECOWAS"))
    row = Event("row", "Withdrawal from ECOWAS", day, category="policy",
                participants=("Niger", "ECOWAS"))
    match = find_duplicates([hers], [row])["row"]
    assert not match.likely and "shares Niger, ECOWAS" in match.reason
    other = dataclasses.replace(row, id="other", participants=("Niger", "ECOWAS", "Chad"))
    assert "other" not in find_duplicates([hers], [other])
    month = dataclasses.replace(row, id="month", date=FuzzyDate.of_month(2024, 1))
    assert "month" not in find_duplicates([hers], [month])


def test_adjectives_that_do_not_begin_as_their_state_are_read_too() -> None:
    """ext72's left-over: ``_state_of_person`` read only adjectives that begin as their
    state's name ("Chinese"); "French", "British", "Dutch", "Swiss" made no state
    (``gazetteer.STATE_ADJECTIVES``).  At one place, "French President Emmanuel Macron and
    Swiss President Viola Amherd" are France and Switzerland; a timeline event of no
    participants titled "French and Swiss ministers meet" names them too."""
    from timeline_app.core import Event

    day = FuzzyDate.of_ymd(2024, 11, 15)
    states = _summit("s", "France and Switzerland hold talks in Bern", FuzzyDate.of_month(2024, 11),
                     ("France", "Switzerland"), "France and Switzerland held talks in Bern in "
                     "November.", place="Bern")
    leaders = _summit("l", "Emmanuel Macron and Viola Amherd meet in Bern", day,
                      ("Emmanuel Macron", "Viola Amherd"),
                      "French President Emmanuel Macron and Swiss President Viola Amherd met "
                      "in Bern on Friday.", place="Bern")
    match = find_duplicates([states], [leaders]).get("l")
    assert match is not None and ("the same parties (Emmanuel Macron for France, Viola Amherd "
                                  "for Switzerland)") in match.reason
    typed = Event("t", "French and Swiss ministers meet in Bern", day, category="meeting")
    row = _summit("r", "Talks in Bern", day, ("France", "Switzerland"),
                  "The two countries held talks in Bern on Friday.", place="Bern")
    assert "shares France, Switzerland" in find_duplicates([typed], [row])["r"].reason


def test_every_adjective_of_the_extractor_is_read_as_its_state() -> None:
    """Each state's adjective the extractor knows (``phrases.DEMONYMS``) is read by the
    duplicate rule as that state: by its beginning (``_same_word``) or through
    ``gazetteer.STATE_ADJECTIVES`` ("Korean", of two states, and "Soviet", of none, aside)."""
    from timeline_app.core.duplicates import _WORD, _same_word
    from timeline_app.core.gazetteer import STATE_ADJECTIVES, STATE_OTHER_NAMES
    from timeline_app.core.query import fold
    from timeline_app.extract.pipeline.phrases import DEMONYMS

    unread = []
    for adjective, state in DEMONYMS.items():
        words, state_words = _WORD.findall(fold(adjective)), _WORD.findall(fold(state))
        if len(words) == len(state_words) and all(
                _same_word(a, b) for a, b in zip(words, state_words, strict=True)):
            continue
        if STATE_ADJECTIVES.get(adjective, STATE_OTHER_NAMES.get(adjective)) != state:
            unread.append(adjective)
    assert unread == ["Korean", "Soviet"]


def test_a_title_s_hyphened_names_are_its_parties() -> None:
    """A timeline event of no participants titled "Armenia-Azerbaijan border commission
    meets" names both states (the words of a hyphen were one word, "armenia-azerbaijan", and
    named neither), as "Mirzoyan–Bayramov talks" with its dash did; a hyphened person's name
    is still read whole ("Kassym-Jomart Tokayev")."""
    from timeline_app.core import Event

    day = FuzzyDate.of_ymd(2024, 4, 19)
    hers = Event("h", "Armenia-Azerbaijan border commissions meet", day, category="meeting")
    row = Event("r", "Commissions agree on villages", day, category="meeting",
                participants=("Armenia", "Azerbaijan"))
    assert "shares Armenia, Azerbaijan" in find_duplicates([hers], [row])["r"].reason
    from timeline_app.core.duplicates import _named_in_title
    from timeline_app.core.merge import participant_key

    host = Event("k", "Kassym-Jomart Tokayev hosts talks", day, category="meeting")
    name = "Kassym-Jomart Tokayev"
    assert _named_in_title(host, {name: participant_key(name)}) == {name: participant_key(name)}


def test_two_plans_of_one_deadline_are_not_one_day_told_twice() -> None:
    """Session 45: "by the end of 2026" is read as "by 31 December 2026" (ext76, verify56
    F8); two plans of the same two states with that deadline were compared as one day
    ("the same parties": a possible duplicate), where as the year they had been apart.  A
    deadline day covers its year for the duplicate rule; the same plan told twice is
    still found."""
    from timeline_app.core.dates import Precision

    deadline = FuzzyDate(2026, 12, 31, Precision.DAY, limit="ON_OR_BEFORE")
    bases = Event("a", "Bases in Senegal to be returned (scheduled)", deadline,
                  category="policy", participants=("France", "Senegal"))
    review = Event("b", "France and Senegal to review their defence agreements (scheduled)",
                   deadline, category="policy", participants=("France", "Senegal"))
    assert "b" not in find_duplicates([bases], [review])
    again = dataclasses.replace(bases, id="c")
    assert find_duplicates([bases], [again])["c"].likely


ARICA = ("Chile's Foreign Minister Alberto Valdes and Peru's Foreign Minister Rosa Quispe "
         "arrived on Thursday.",
         "Valdes and Quispe talked for three hours behind closed doors at the Casa de la Cultura.")


def test_the_same_kind_day_parties_and_place_are_likely_one_happening() -> None:
    """verify65 F4: a re-told meeting matching the timeline's on every point — the same
    kind, the same day, the same parties (its persons read as their states) and the same
    place — was only "possibly" the same, and the review started it on Keep both: the
    meeting went in twice.  Such a match is likely, says the parties and the place, and is
    ``every_point`` (the review ticks it with Merge chosen).  Sentences that tell it
    alike made it likely already (and the review starts such a row unticked, as before):
    here they do not, as in the trial."""
    day = FuzzyDate.of_ymd(2026, 3, 12)
    held = dataclasses.replace(
        _summit("h", "Alberto Valdes and Rosa Quispe meet at the Casa de la Cultura, Arica",
                day, ("Alberto Valdes", "Rosa Quispe"), ARICA[0],
                place="Casa de la Cultura, Arica"),
        evidence=tuple(Evidence(text, 0, len(text)) for text in ARICA))
    row = _summit("r", "Two foreign ministers meet in Arica", day, ("Chile", "Peru"),
                  "The commission, agreed when the two foreign ministers met in Arica on "
                  "March 12, was meant to map the fishing grounds.", place="Arica")
    match = find_duplicates([held], [row])["r"]
    assert match.likely and match.every_point
    assert ("the same parties (Alberto Valdes for Chile, Rosa Quispe for Peru)" in match.reason
            and "same place (Casa de la Cultura, Arica)" in match.reason)
    # the states named on both sides likewise
    states = dataclasses.replace(held, id="s", participants=("Chile", "Peru"))
    assert find_duplicates([states], [row])["r"].every_point
    # one point short: another kind, a month, another day, no place, another place
    for other in (dataclasses.replace(row, category="visit"),
                  dataclasses.replace(row, date=FuzzyDate.of_month(2026, 3)),
                  dataclasses.replace(row, date=FuzzyDate.of_ymd(2026, 3, 13)),
                  dataclasses.replace(row, location=""),
                  dataclasses.replace(row, location="Tacna")):
        found = find_duplicates([states], [other]).get("r")
        assert found is None or not found.every_point
