"""Stage 3b, arguments: what the text says around each trigger.

Input: mentions from :mod:`..triggers`, the article's :class:`~..entities.Entities`, its
dateline and temporal expressions.  Output: the same mentions with their phrase span,
subject (the head name of the subject, past appositives, relative clauses and asides,
pronouns resolved, or a short noun phrase such as "Stock markets"), the thing done of a
passive ("the accord was signed"), participants, countries, location ("in Munich"),
occasion, kind ("trilateral"), ordinal, and whether it is scheduled or hedged.

:func:`describe_mentions` runs the stage, and its body is the order of the whole stage:
first :func:`.describe.describe` on each mention alone, then the passes that read a
mention beside the others, each named for what it decides.  The parts, by what they
decide (each imports only those above it):

- :mod:`.patterns`: word lists and patterns more than one part reads.
- :mod:`.names`: a subject phrase as names ("Iran and the E3" -> Iran, United Kingdom,
  France, Germany), a force's state, the states of a named group.
- :mod:`.subjects`: who does the act: the subject of one mention (pronouns, coordinated
  and paired subjects, appositives, quoted speakers).
- :mod:`.participants`: the story's two sides (its lead) and the participant list of an
  event (:func:`.participants.event_participants`, read by the titles and the builder).
- :mod:`.places`: where: a mention's own place phrase (:func:`.places.location_of`) and
  the passes that take a place from elsewhere in the text.
- :mod:`.describe`: one mention alone: its phrase, subject, object, place, kind, mood.
- :mod:`.who`: the passes that take a mention's subject, participants or countries from
  the mentions around it ("both sides", the parties of the thing agreed, ...).

The titles stage reads a few of these (re-exported here).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ...dateline import Dateline
from ...timex import Timex
from ..entities import Entities
from ..mentions import Mention
from ..phrases import CAPITALS, timexes_in
from . import places, who
from .describe import SAID_IN_A_STATEMENT, TRIP_FOR, describe
from .names import (
    e3_by_name,
    force_sides,
    listed_ministers,
    number_name,
    region_group_states,
    split_names,
    state_of_force,
    subject_names,
)
from .participants import (
    event_participants,
    lead_group,
    lead_side_and_partner,
    lead_sides,
    named_in_full,
    opening_group,
    regions_joined_in_a_gathering,
    sides_of_a_dispute,
    the_two_sides,
    whose_own_gathering,
)
from .patterns import OBJECT_S_PARTICIPLE, OF_THEIR_LEADERS
from .places import FORUM_PLACE, place_told_before, seat_of_the_court
from .subjects import subject_name, subject_parts
from .who import DONE_BY, HOSTED_BY_AFTER, URGED_TO_BEFORE

__all__ = [
    "DONE_BY", "FORUM_PLACE", "HOSTED_BY_AFTER", "OBJECT_S_PARTICIPLE", "OF_THEIR_LEADERS",
    "SAID_IN_A_STATEMENT",
    "TRIP_FOR", "URGED_TO_BEFORE",
    "describe_mentions", "e3_by_name", "event_participants", "force_sides", "lead_group",
    "lead_side_and_partner", "lead_sides", "listed_ministers", "named_in_full", "number_name",
    "opening_group",
    "place_told_before",
    "region_group_states", "regions_joined_in_a_gathering", "seat_of_the_court", "sides_of_a_dispute", "split_names",
    "state_of_force",
    "subject_name", "subject_names", "subject_parts", "whose_own_gathering",
]


def describe_mentions(text: str, mentions: list[Mention], entities: Entities,
                      dateline: Dateline, timexes: list[Timex],
                      progress: Callable[[float], None] | None = None) -> None:
    """Fill in what the text says around each mention (:func:`describe`).  ``progress`` is
    told the share (0-1) of the mentions described, every 64 mentions."""
    if mentions and dateline.span[0] > max(m.start for m in mentions):
        # A dateline after every mention ("Published - August 19, 2025 10:52 pm IST" at
        # the foot of The Hindu's story) opens no sentence: read as a head, it hid the
        # subject of every sentence before it ("On Monday, Mr. Wang held talks with ..."
        # had no Wang, h7's The Hindu story, ext69).
        dateline = dataclasses.replace(dateline, span=(0, 0))
    if dateline.place:
        entities.assume_home(CAPITALS.get(dateline.place.title(), CAPITALS.get(dateline.place, "")),
                             dateline.span[1])
    date_starts = frozenset(t.start for t in timexes)
    in_seg: dict[int, list[Timex]] = {}
    for done, m in enumerate(mentions, 1):
        if m.seg.start not in in_seg:
            in_seg[m.seg.start] = timexes_in(timexes, m.seg.start, m.seg.end)
        describe(m, text, entities, dateline, date_starts, in_seg[m.seg.start])
        if progress is not None and not done % 64:
            progress(done / len(mentions))
    # "severed ties in 1979 and restored them in 1992": "them" is the first verb's object.
    previous: Mention | None = None
    for m in mentions:
        if m.pos != "verb":
            continue
        if previous is not None and previous.seg is m.seg and m.word.endswith("ing") \
                and _ORDERED_BEFORE.search(text, max(m.seg.start, m.start - 20), m.start) \
                and not re.search(r",\s*(?:and|but)\b|;", text[previous.end:m.start]):
            # "Israel reopened its embassy in 2015 after closing it in 2002": the gerund's
            # doer is the verb's before it (triggers.find_ordered_gerund_acts; ext128)
            m.subject, m.subject_phrase = previous.subject, previous.subject_phrase
            if _PRONOUN_OBJECT.match(m.object_text) and not m.location:
                m.location = previous.location  # (the same embassy, in the same city)
        if previous is not None and previous.seg is m.seg and previous.object_text.strip() \
                and _PRONOUN_OBJECT.match(m.object_text):
            m.object_of = previous
            if m.subject == previous.subject or not m.subject:
                # "Bolivia severed ties with Israel in 2009 and restored them in 2019": the
                # ties are with Israel still (ext105, blind59's other side told before:
                # "Bolivia restores ties with Israel" named Bolivia alone)
                m.participants += [p for p in previous.participants if p not in m.participants]
                m.countries += [c for c in previous.countries if c not in m.countries]
        who.share_the_meeting(text, previous, m)
        places.share_the_place(text, previous, m, timexes)
        if previous is not None and previous.seg is m.seg and previous.patient and \
                _AND_MODAL_BEFORE.fullmatch(text, previous.end, m.start):
            # "the treaty would be submitted to both parliaments early next year and could
            # enter into force by mid-2027": what is submitted enters into force (not
            # "Officials", who said so)
            m.subject, m.subject_phrase = "", previous.patient
        elif previous is not None and previous.seg is m.seg and previous.patient and \
                not m.patient and m.word.lower().endswith("ed") and \
                _AND_PARTICIPLE_BEFORE.fullmatch(text, previous.end, m.start) and \
                _NO_OBJECT_AFTER.match(text, m.end):
            # "A first shelf agreement was concluded in June 2003 and ratified in 2007": the
            # second participle is passive too, done to the same thing (verify27, session
            # 20: "First continental shelf agreement ratifies")
            m.patient, m.subject, m.subject_phrase = previous.patient, "", ""
        previous = m
    who.parties_of_the_thing_agreed(text, mentions)
    who.parties_of_the_instrument_to_sign(text, mentions, entities)
    who.the_body_to_ratify(text, mentions, entities, CAPITALS.get(
        dateline.place.title(), CAPITALS.get(dateline.place, "")) if dateline.place else "")
    who.an_instrument_that_followed(text, mentions)
    places.place_of_a_named_gathering(text, mentions)
    places.the_city_it_is_planned_for(text, mentions)
    sides = the_two_sides(entities, lead_sides(mentions, entities))
    who.both_sides_named(mentions, sides)
    who.the_sides_a_mediator_reconciled(mentions, entities, sides)
    who.the_state_that_announces_an_agreement(text, mentions, entities)
    who.the_pair_of_a_bilateral_thing(text, mentions, entities, sides)
    who.the_witnesses_of_a_signing(text, mentions, entities)
    who.a_side_s_delegation(mentions, sides)
    places.act_at_the_gathering(text, mentions)
    who.hosts_reporter(text, mentions, entities)
    who.mediators_are_the_hosts(text, mentions)
    who.the_sides_of_an_object_relative(text, mentions, entities)
    who.a_side_and_a_bloc_s_members(text, mentions, dateline, timexes)
    who.speaker_after_the_talks(text, mentions, entities)
    places.what_a_vote_is_on(text, mentions)
    places.a_chamber_votes_in_its_capital(text, mentions)
    places.place_of_the_gathering_it_closed(text, mentions, entities)
    places.where_they(text, mentions)
    places.where_names_the_place(text, mentions, entities)
    places.place_of_the_occasion_when(text, mentions)
    places.the_body_addressed(text, mentions)
    places.what_a_mission_in_a_city_holds(text, mentions)
    who.the_body_said_it(text, mentions)
    places.place_of_a_welcome(text, mentions, entities)
    who.stay_before_arrival(text, mentions, entities)
    who.the_person_whose_act_it_is(text, mentions, entities)
    places.place_of_the_fronted_phrase(text, mentions, dateline)
    places.place_of_the_coordinated_clause(text, mentions)
    places.the_place_a_crowd_came_to(text, mentions)
    places.meeting_during_the_visit(text, mentions)
    who.the_host_of_the_visit_it_is_held_on(mentions, entities)
    who.the_rest_of_a_list_of_states(text, mentions, entities)
    places.place_of_the_same_venue(text, mentions)
    places.the_gathering_told_before(text, mentions)
    who.a_relative_on_a_clash(text, mentions)
    places.a_body_based_in_a_city(text, mentions)
    who.the_doers_at_a_meeting(text, mentions, entities, dateline, timexes)
    who.what_was_followed(mentions)
    places.the_host_of_an_embassy(text, mentions)
    places.the_host_is_the_place(text, mentions, dateline, entities)
    places.an_arrival_from_elsewhere(text, mentions)
    who.the_caller_of_a_call(text, mentions, entities)
    places.the_place_of_what_was_put_off(mentions)
    places.a_visit_its_host_speaks_of(mentions)
    places.acts_after_a_gathering(text, mentions)
    places.talks_before_the_act_there(text, mentions)
    places.the_place_of_the_last_time(text, mentions)
    places.a_forum_is_no_place(mentions)
    places.a_building_is_in_its_city(text, mentions)
    places.the_place_taken(text, mentions, entities)
    places.the_crossing_acted_on(text, mentions, entities)
    places.a_claim_is_not_where_the_attack_was(text, mentions)
    who.who_will_need_it(text, mentions)
    who.a_thing_told_by_its_subject(mentions)
    who.the_agents_of_its_participle(text, mentions, entities)
    who.the_doers_of_the_participle_s_main_clause(text, mentions)
    who.who_asked_to_put_it_off(text, mentions)
    who.we_of_a_release(text, mentions, entities)
    who.the_state_whose_thing_is_to_be_done(text, mentions, entities)
    who.the_treaty_that_ended_a_war(text, mentions)
    who.the_signers_listed_after_by(text, mentions)
    who.the_signers_listed_after_between(text, mentions)
    who.a_gathering_that_opened(text, mentions, entities)
    who.the_chair_told_before_the_verb(text, mentions, entities)
    who.the_sayer_s_side_agreed_it(text, mentions, entities)
    who.the_place_of_the_gathering_named_before(text, mentions)
    who.the_city_a_treaty_is_named_after(mentions)
    places.where_a_campaign_went(text, mentions, entities)
    places.the_object_s_place_is_not_the_act_s(mentions)
    places.the_place_it_was_held_in(text, mentions)
    places.the_capital_named_after_the_comma(text, mentions)
    who.no_war_takes_part(mentions)
    who.the_rulers_of_states(text, mentions, entities)
    who.the_states_whose_envoys_gathered(text, mentions, entities)
    places.the_city_it_is_named_after(mentions)
    places.the_place_a_relative_visit_went_to(text, mentions, entities)
    who.the_head_who_told_of_the_government_s_act(text, mentions, entities)
    who.who_joined_the_gathering(text, mentions, entities)
    who.who_takes_part_in_the_gathering(text, mentions, entities)
    who.a_text_of_a_year_names_its_own_parties(text, mentions, entities)
    who.the_body_that_urged_the_talks(text, mentions, entities)
    who.what_which_begins(text, mentions, entities)
    who.what_the_noun_s_relative_tells(text, mentions)
    who.the_clause_s_state_is_the_deal_s_other_side(text, mentions, entities, dateline)
    who.the_thing_a_whose_clause_tells_of(text, mentions)
    who.the_doer_of_a_reduced_passive(text, mentions)
    who.a_summit_of_their_leaders(text, mentions, entities)
    who.the_visitor_of_a_visit(text, mentions, entities)
    who.the_envoy_not_the_leader(text, mentions, entities)
    who.the_sides_named_after_the_meeting(text, mentions, entities)
    who.the_pair_of_the_sentence_of_a_text(text, mentions, entities, dateline.span[1])
    who.the_subject_of_the_first_conjunct(text, mentions, entities, dateline.span[1])


_ORDERED_BEFORE = re.compile(r"\b(?:after|before)\s+(?:[a-z]+ly\s+)?$")
"""'after | closing', 'before briefly | launching': a gerund that tells an act of its own."""
_PRONOUN_OBJECT = re.compile(r"\s+(?:them|it)\b")


_AND_MODAL_BEFORE = re.compile(r"[^,;.]{0,80}?\band\s+(?:will|would|could|may|might|should|shall|"
                               r"can|must)\s+(?:not\s+)?(?:\w+ly\s+)?")
"""What lies between a passive verb and a verb coordinated with it by "and" and a modal."""
_AND_PARTICIPLE_BEFORE = re.compile(r"(?:\s+(?:in|on|at|during|by|from)\s+[^,;.]{0,40}?)?\s+and\s+"
                                    r"(?:later\s+|then\s+|subsequently\s+|finally\s+)?")
"""What lies between a passive verb and a participle coordinated with it ("was concluded
in June 2003 and | ratified"): a time or place phrase at most, and no subject of its own."""
_NO_OBJECT_AFTER = re.compile(r"\s*(?:in|on|at|by|during|from|until|after|before|[,.;]|$)")
"""After that participle, no object: it is passive ("and ratified in 2007"), not a verb of
the same subject ("was welcomed in Hanoi and signed the accord")."""

