"""Vocabulary tables for the temporal tagger.

Everything language-specific that the tagger's patterns are built from lives
here as plain data (dicts and tuples), so that the regular expressions in
:mod:`timeline_app.extract.timex` stay generic.  Keys are lower case.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
"""Month names and abbreviations (abbreviations may carry a trailing dot)."""

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
"""Weekday names mapped to ``datetime.date.weekday()`` numbers."""

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
}
"""Cardinal numbers written in words (tens compose with units: 'twenty-one')."""

VAGUE_NUMBERS: tuple[str, ...] = (
    "several", "a few", "few", "many", "some", "a number of", "numerous",
    "the next few", "a couple more", "more", "recent",
)
"""Quantifiers that give an unspecified count (TimeML ``X``)."""

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
    "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
    "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12,
    "12th": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "13th": 13, "14th": 14, "15th": 15, "16th": 16, "17th": 17, "18th": 18, "19th": 19,
    "twentieth": 20, "20th": 20, "twenty-first": 21, "21st": 21, "twenty-second": 22, "22nd": 22,
}
"""Ordinal numbers (used for quarters, halves and centuries)."""

UNITS: dict[str, str] = {
    "second": "S", "seconds": "S", "minute": "MI", "minutes": "MI",
    "hour": "H", "hours": "H", "day": "D", "days": "D",
    "week": "W", "weeks": "W", "weekend": "WE", "weekends": "WE",
    "month": "M", "months": "M", "quarter": "Q", "quarters": "Q",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
    "century": "CE", "centuries": "CE", "fortnight": "FN",
}
"""Time units mapped to TimeML duration letters (``DE``/``CE``/``FN``/``WE`` are expanded)."""

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}
"""Decades written in words, mapped to their tens digit."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
"""Seasons mapped to TimeML season codes."""

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI",
}
"""Parts of the day mapped to TimeML codes."""

POSITION_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "the start of": "START",
    "the beginning of": "START", "the dawn of": "START", "beginning of": "START",
    "start of": "START",
    "late": "END", "later": "END", "the end of": "END", "end of": "END",
    "the close of": "END",
    "early-": "START", "late-": "END",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "middle of": "MID",
    "early in": "START", "late in": "END",
}
"""Words marking a part of a period, mapped to TimeML ``mod`` values."""

APPROX_MODS: dict[str, str] = {
    "about": "APPROX", "approximately": "APPROX", "around": "APPROX",
    "roughly": "APPROX", "some": "APPROX", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "just over": "MORE_THAN", "just under": "LESS_THAN",
}
"""Quantity modifiers in front of durations, mapped to TimeML ``mod`` values."""

VAGUE_EXPRESSIONS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "the time being": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "more recently": "PAST_REF",
    "most recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF",
    "recent years": "PAST_REF", "the recent past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the years ahead": "FUTURE_REF", "the near term": "FUTURE_REF",
}
"""Vague temporal references mapped to TimeML ``*_REF`` values.

A leading 'in' is a preposition, not part of the extent ('in [the past]').
'In the long run' is left out: an idiom for 'eventually', untagged in the gold.
"""

PRESENT_DAY_NOUNS: frozenset[str] = frozenset({
    "world", "youth", "society", "generation", "generations", "children", "kids", "young",
    "youngsters", "students", "families", "consumers", "culture", "economy", "computers",
    "technology", "standards", "era", "age", "times",
})
"""Nouns after which "today's" means 'present-day' (generic, not the DCT): "today's youth"."""

SET_ADVERBS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "biweekly": "P2W", "bimonthly": "P2M", "biannually": "P6M",
}
"""Frequency adverbs mapped to the period of the TimeML SET value."""

HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31),
    "independence day": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "veterans day": (11, 11),
    "boxing day": (12, 26), "may day": (5, 1), "bastille day": (7, 14),
}
"""Fixed-date holidays: (month, day)."""

FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1), "memorial day": (5, 0, -1),
    "martin luther king day": (1, 0, 3), "presidents day": (2, 0, 3),
    "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
}
"""Holidays on the n-th weekday of a month: (month, weekday, n); n=-1 is the last."""

COMPUTED_HOLIDAYS: dict[str, tuple[str, int, int, int]] = {
    "easter": ("easter", 4, 10, 0), "easter sunday": ("easter", 4, 10, 0),
    "good friday": ("easter", 4, 10, -2), "easter monday": ("easter", 4, 10, 1),
    "palm sunday": ("easter", 4, 10, -7),
    "election day": ("election", 11, 5, 0),
}
"""Holidays whose day is computed each year: (rule, month and day of a typical date, days
from the computed day)."""

FUTURE_CUES: frozenset[str] = frozenset({
    "will", "'ll", "shall", "wo", "going", "scheduled", "slated", "planned", "planning",
    "expected", "expects", "due", "upcoming", "payable", "effective", "would", "until", "soon",
    "tomorrow", "next", "coming", "must", "should",
})
"""Words that, found near a date, indicate that the clause talks about the future.

'set', 'plan(s)', 'aims', 'hopes', 'intends' are not here: they point to the
future only before 'to'/'for' ('plans to meet Friday', not 'vacation plans'),
which the tagger checks itself.
"""

SCHEDULE_CUES: frozenset[str] = frozenset({
    "expires", "runs", "ends", "begins", "starts", "opens", "closes", "votes", "convenes",
    "resumes", "lasts", "continues", "reopens", "concludes", "kicks", "takes", "falls",
    "leaves", "departs", "arrives", "returns", "flies", "travels", "heads",
    "faces", "facing", "awaits", "awaiting",
})
"""Present-tense verbs of a schedule: "The agreement expires on December 31" looks
ahead, like a future cue ('Parliament votes this Friday', 'The scheme runs through July').
English uses the simple present for a timetabled future, above all with verbs of coming and
going (Quirk et al. 1985, §4.42: 'The plane leaves for Ankara at 8'): 'Jaishankar leaves for
Washington on Wednesday' is the coming Wednesday.  What one faces or awaits lies ahead too:
'Anutin, who faces a general election in March' under a November dateline is next March
(verify30, session 22, read the March before)."""

ARRANGED_PROGRESSIVES: frozenset[str] = frozenset({
    "heading", "travelling", "traveling", "flying", "going", "visiting", "leaving",
    "departing", "arriving", "returning", "hosting",
})
"""Verbs of coming, going and hosting whose present progressive after "is"/"are" tells an
arrangement ahead, like the simple present of ``SCHEDULE_CUES`` (Quirk et al. 1985, §4.43:
'I'm leaving for Rome tomorrow'): 'Lavrov is heading for Beijing on Monday' is the coming
Monday (ext22; was the Monday before a Thursday story)."""

PAST_CUES: frozenset[str] = frozenset({
    "said", "says", "told", "met", "held", "made", "took", "gave", "went", "came", "saw",
    "began", "left", "won", "lost", "found", "sent", "spent", "was", "were", "had", "did",
    "rose", "fell", "hit", "quit", "led", "paid", "sold", "bought", "brought", "thought",
    "chose", "spoke", "wrote", "broke", "struck", "became", "ran", "got", "kept", "ago",
    "last", "earlier", "yesterday", "since", "been", "knew", "heard", "fled", "flew",
    "shot", "drove", "grew", "threw", "stood", "sat", "felt", "meant",
})
"""Words that, found near a date, indicate that the clause talks about the past."""

COMMITTING_CUES: frozenset[str] = frozenset({
    "agreed", "agree", "agrees", "decided", "decide", "decides", "pledged", "pledge", "pledges",
    "vowed", "vow", "vows", "promised", "promise", "promises", "resolved", "undertook",
    "committed",
    # 'lawmakers voted to hold a referendum in June': what is voted for lies ahead (ext112)
    "voted", "votes",
})
"""Verbs of committing to a course: before 'to' and a verb ('agreed to hold talks in
September') the date of the infinitive lies ahead, whatever the tense of the commitment.
A date governed by an infinitive of intention is read forward, as HeidelTime reads a
month of a future clause ('next' occurrence: Strötgen & Gertz 2013, §4.2); a past tense
reading ('met in September') is left to the other cues."""

NOT_INFINITIVE: frozenset[str] = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "some", "any", "all", "each", "both", "no", "it", "them", "him", "us",
    "me", "one", "two", "three", "new", "further", "more", "date", "terms", "ceasefire",
    "peace",
})
"""Words after 'to' that start a noun phrase, not an infinitive ('agreed to a truce')."""

NOT_PAST_ED: frozenset[str] = frozenset({
    "need", "needed", "speed", "proceed", "exceed", "succeed", "feed", "seed", "bed",
    "red", "shed", "indeed", "breed", "united", "limited", "based", "related",
    "scheduled", "planned", "expected", "slated", "proposed", "intended",
})
"""Words ending in -ed that are not past-tense verbs (or that point to the future)."""


#: UTC offsets, in minutes, of the zone abbreviations a wire story puts after a time, where
#: one abbreviation means one zone (the IANA tz database's: not IST, India, Ireland or
#: Israel; nor AST, Arabia or Atlantic); the tagger's value keeps none (TimeBank's gold
#: writes "4 p.m. EST" without one), extraction reads the offset from the expression's text.
ZONE_OFFSETS: dict[str, int] = {
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
    "PDT": -420, "CET": 60, "CEST": 120, "BST": 60, "EET": 120, "EEST": 180, "MSK": 180,
    "JST": 540, "KST": 540, "EAT": 180, "WAT": 60, "CAT": 120, "SAST": 120}
