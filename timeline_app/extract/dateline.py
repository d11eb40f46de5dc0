"""Read an article's dateline ("Tokyo, March 22 (NationPress) ...") and find its year.

The dateline gives the document creation time (DCT) that every relative date of
the article ("last month", "on Saturday") is resolved against, so its year matters
more than any other date in the text.  Datelines often leave the year out; then it
is inferred from evidence in the text and the inference is spelled out in
``year_basis``.  When the evidence does not settle the year it stays ``None``: a
year is never guessed silently.

Evidence used, strongest first:
  1. the year the caller gives;
  2. a year written in the dateline itself;
  3. an "Nth anniversary of ... this year" (or "mark N years of ...", now; or "marks the
     Nth anniversary", "In June, ... marked the Nth anniversary" under a later dateline's
     month) together with the founding year stated in the same sentence (1965 + 60 = 2025);
     the lead's weekday must agree, or be the day before the dateline's (filed next day);
  4. years elapsed since a year, both said of the lead's event in the headline or lead
     ('restore ties after 54 years' and 'for the first time since 1961': 2014-2016, whole
     years rounded either way), when the lead's weekday leaves one of those years;
  5. the weekday of the dateline's day named in the lead sentence ("on Saturday":
     22 March is a Saturday in 2014, 2025, 2031, ...), or a day or two after it when
     a later sentence tells what was done then, narrowed by bounds from the text:
     "since March 2023" and other past events mean the article is not older than
     2023 (than 2024 under a January dateline: the month counts), an announced "will
     visit on 21 January 2024" that it is not newer.  Of the years left, the first when
     the latest past event told with its month is at most a year before it ('last met
     in March 2018': 2019, not 2024), else the latest not after today: a dateline
     leaves the year out because the news is current (with no year in the text, too:
     the weekday leaves one year in about six);
     Before the text's own choice among the years the weekday leaves (its day, or the day
     after it), the open timeline's: when the article is imported into a timeline, the
     year whose dateline day alone is near a date the timeline holds (its articles' dates:
     a story filed the day after a Wednesday a week ago, into a timeline of the fortnight
     before it, is of this year, not of the year before; verify33, E1);
  6. without a weekday, the bounds of 5 when they leave a single year.  Otherwise the
     year stays unknown.

After 3, a rotating chair the text tells as handed on now or soon to the holder of a named
year ('handing the chairmanship to Norway, which chairs the council in 2027'): a year's
chair is handed on in the year before it (:func:`_handover_year`).

After 3, before the rest: a weekday the text tells with its own day and month ('began on
Tuesday 1 December', near the dateline's day), which leaves the years in which that day is
that weekday (:func:`_dated_weekday_years`); the latest of them between the bounds of 5 and
not after today is taken.

In 5 and 6, news names no year for a date of its own year ('in October', 'on July 28'): when
the year chosen is that of a past date the text writes with its year ('in October 2025' under
an 11 November dateline), the next year is taken instead if the lead's weekday falls on the
dateline's day in it, or the day before (a story filed the next day), or the bounds leave it
alone (verify30, session 22: two 2026 stories were put in 2025).

Before 4 and 5: "last year" and the past event it dates ('The thaw began last year. ...
held their first bilateral meeting on July 8, 2024': 2025), when the dateline's day is the
lead's weekday or the day after it (a story filed the next day), or the lead names none.

A numeric date whose order is ambiguous ('03/07/2025') is read the way the lead's weekday
confirms; month first otherwise.

A dateline with a place and an outlet but no date ("Hanoi (VNA) – ...") takes the
full date of its lead event ("held talks ... on March 10, 2025").
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import re
from collections.abc import Collection, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import NamedTuple

from ..core.dates import MAX_YEAR, MIN_YEAR, MONTH_NAMES, WEEKDAY_NAMES
from .chronology import ENTRY_STAMP, chronology_lines
from .hijri import HIJRI_MONTH_RE
from .letters import CAPITAL, CAPITALS
from .month_names import (
    ENGLISH_MONTH_RE,
    FOREIGN_WEEKDAYS,
    ROMAN_MONTH_RE,
    ROMAN_MONTHS,
    foreign_month,
    month_key,
    month_word_pattern,
    weekday_word_pattern,
)
from .other_calendars import gregorian_years
from .sentences import Segment, split_sentences

# the tagger's tables: one vocabulary
from .vocabulary import MONTHS, NUMBER_WORDS, PAST_CUES, WEEKDAYS

__all__ = ["MONTHS", "Dateline", "read_dateline"]


_MONTH_RE = rf"(?i:{ENGLISH_MONTH_RE})"  # 'March', 'Mar.' and the agencies' capitals 'MARCH 22', 'JAN. 27' (Andina's 'Jun. 4'); not the start of another
#    language's month, in any case or script: 'MART', 'Mayıs', 'março' (:data:`_FOREIGN_MONTH_RE`)
_FOREIGN_WEEKDAY_RE = weekday_word_pattern()
"""A weekday in another language ('subota', 'e shtunë', 'Cumartesi': :mod:`.month_names`)."""
_FOREIGN_MONTH_RE = month_word_pattern()
"""A month's name in another language a dateline is written in, always after the day: French
('PARIS, 3 d\u00e9c 2026 (AFP) -'), Albanian ('PRISHTINA, 15 mars 2025 -'), Serbian ('BEOGRAD,
15. mart 2025. -'), Turkish, Russian ... (:mod:`.month_names`: which languages and why).

Only three patterns hold it, and the other languages' weekdays and Cyrillic places: the
dateline after its place (:data:`_PLACE_DATE`), a date line alone (:data:`_DATE_LINE`) and a
line of page furniture (:data:`_LINE_DATE`); the others keep English and French, as before.
Each pattern that holds the names costs ~20 M instructions to compile (callgrind), and the
first import of this module went from 0.68 G to 1.15 G with the names in every pattern."""
_FRENCH_MONTH_RE = month_word_pattern(("French",))
"""French months (and AFP's abbreviations), as every date pattern read them before."""
_DOT_MONTH = rf"(?P<dm>\d{{1,2}}|{ROMAN_MONTH_RE})"
"""The month of a dotted date: '03', '3', or in Roman numerals, 'III' ('15.III.2025')."""
_DOTTED_DATE_RE = (rf"(?P<dd>\d{{1,2}})\.[^\S\n]?{_DOT_MONTH}\.[^\S\n]?(?P<dy>\d{{4}})(?!\d)\.?"
                   r"|(?P<py>\d{4})-(?P<pm>\d\d)-(?P<pd>\d\d)(?!\d)")
"""'03.12.2026', '3. 12. 2026', '15.III.2025': day first, as Germany, Turkey, Russia and the Balkans write
it (DIN 5008, GOST R 7.0.97-2016; Czech, Slovak and Croatian put a blank after each dot), and
the ISO 8601 day '2026-12-03' (year, month, day): neither reads two ways.  A dotted date is
day first in every convention that writes dots; month-first dates (the United States') are
written with slashes ('12/3/2026')."""
_NUMERIC_DATE_RE = r"(?P<nmonth>\d{1,2})(?P<nsep>[/-])(?P<nday>\d{1,2})(?P=nsep)(?P<nyear>\d{4})"
""""3/22/2025", "23-08-2024": month first as US agencies write it, unless the numbers or the
lead's weekday say otherwise (:func:`_settle_order`)."""
_YEAR_AFTER_DAY = r"(?:,?\s++|/|,)"
"""Between a day and its year: 'July 9, 2018', 'July 9 2018', ENA's 'July 9/2018', 'July 9,2018'.
A month-first year may run into a time, as a web page's date copies: 'December 3, 20263:14 PM
GMT+9' (Reuters)."""
_AFTER_YEAR = (r"(?:\.(?![^\W_])|[^\S\n]*+[\u0433\u0440r]\.)?"
               r"(?:[^\S\n]++(?i:godine|\u0433\u043e\u0434\u0438\u043d\u0435|\u0433\u043e\u0434\u0430|\u0440\u043e\u043a\u0443)(?![^\W\d_]))?")
"""What other languages write after a day's year: the full stop of an ordinal ('15. mart
2025.'), Russian and Ukrainian 'г.', 'р.' ('15 марта 2025 г.'), Polish 'r.' ('22 marca 2025 r.'),
and 'godine', 'года', 'року' (of the year)."""
# "March 22", "March 22, 2025", "22 March", "22 March 2025", "22nd of March 2025", "July 9/2018",
# "15. mart 2025.", "15 de marzo de 2025", "1er mars 2025"
def _date_re(day_first_months: str, year_first_months: str = "") -> str:
    """The pattern of a date in words, its day-first months ``day_first_months`` (the day's
    full stop, if any, in group ``dot2``: :func:`.month_names.foreign_month`), and with
    ``year_first_months`` a year-first date too ('2025. március 22.': ``year3``, ``month3``,
    ``day3``).  A month's day is one or two digits and no more: 'April 2025' is a month and its
    year, not 20 April (ext118, from blind set h20: a review's 'Literary Review, April 2025
    issue.' was read as a dateline of 20 April, and its 'Posted online 3 April 2025' lost)."""
    year_first = (rf"|(?P<year3>\d{{4}})\.[^\S\n]++(?P<month3>{year_first_months})[^\S\n]++"
                  rf"(?P<day3>\d{{1,2}})(?!\d)\.?") if year_first_months else ""
    return (
        rf"(?:(?P<month1>{_MONTH_RE})\s+(?P<day1>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:{_YEAR_AFTER_DAY}(?P<year1>\d{{4}})(?:(?!\d)|(?=\d{{1,2}}:\d\d)))?"
        rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th|er|(?P<dot2>\.))?(?:\s++(?:of|de))?\s+(?P<month2>{_MONTH_RE}|{day_first_months})"
        rf"(?:,?\s+(?:de\s++)?(?P<year2>\d{{4}}){_AFTER_YEAR})?{year_first})"
    )


_DATE_RE = _date_re(_FRENCH_MONTH_RE)
_ANY_DATE_RE = _date_re(_FOREIGN_MONTH_RE, month_word_pattern(("Hungarian",)))
"""(with every language's months: :data:`_FOREIGN_MONTH_RE`, and Hungarian's year-first dates)"""
# A place is one to four capitalised words, possibly "City, Country"-like with a comma
# inside only when the date follows ("SEOUL, South Korea, Jan. 5").
_PLACE_WORD = rf"{CAPITAL}(?:[^\W\d_]|[.'\-])*+"
"""A capitalised word of letters in any script, dots, apostrophes, hyphens ('Türkiye'); its
capital not only A-Z (:mod:`.letters`: 'İstanbul', 'Łódź'; verify37 F3)."""
_ANY_PLACE_WORD = rf"[{CAPITALS}\u0410-\u042f](?:[^\W\d_]|[.'\-])*+"
"""(its capital Cyrillic too, in :data:`_PLACE_DATE` only: 'МОСКВА, 15 марта 2025 г. -',
'Београд, 15. март 2025. -'; a class above U+00FF costs ~2 M instructions a pattern to
compile, :mod:`.letters`)"""
_PARTICLE = r"(?:de|des|du|da|das|do|dos|di|del|della|es|el|la|le|les|of|au|aux|sur|am|van|von|der|den)"
"""A small word inside a place's name: 'Dar es Salaam', 'Rio de Janeiro', 'Port of Spain',
'Santiago de Chile', 'Frankfurt am Main' (ext47: no dateline was read at any of them)."""
_ARTICLE_PREFIX = r"(?:(?:al|el|an|ad|as|ar|ash|at)-)?"
"""The Arabic article before a place's name: 'al-Mukalla', 'el-Arish'."""
def _place_re(word: str) -> str:
    """The pattern of a dateline's place, of words ``word``."""
    return (r"(?P<place>(?!(?i:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b)(?!By\s)"
            rf"{_ARTICLE_PREFIX}{word}(?:(?:\s++(?:{_PARTICLE}\s++)?|\s*+/\s*+){word}){{0,3}})"
            r"(?:\s*+\[(?P<bracketed>[^\[\]\n]{1,30}+)\])?")


_PLACE_RE = _place_re(_PLACE_WORD)
"""The place; a weekday is none ('Thursday, 29 August 2024 17:35 WIB' is a date line).  Several
places share a dateline with a slash ('WASHINGTON/BEIJING, Nov 15 (Reuters) -': the first is
the place), and ANI adds the country in brackets ('New Delhi [India], August 23 (ANI):').  A
byline is no place ('By Jane Doe, 3 December 2026' is a date line: :data:`_DATE_LINE`), nor
another language's weekday ('Subota, 15. mart 2025.': :func:`_find_dateline` looks).  (Cyrillic
places in :data:`_PLACE_DATE` only.)"""
_ANY_PLACE_RE = _place_re(_ANY_PLACE_WORD)
_OUTLET_RE = rf"\((?P<outlet>{CAPITAL}[^()\n]{{0,40}}|(?-i:dpa|afp|apa|ap|efe|ansa))\)"
"""The outlet in brackets; Deutsche Presse-Agentur writes itself in lower case, 'Warsaw (dpa) -'
(ext32: no dateline place, so no event took it); a capital beyond A-Z opens some: 'PRAHA 22.
března 2025 (ČTK) -' (ext51: the date was read, the outlet was not)."""
_DASH_RE = r"(?:\s*(?:\u2014|\u2013|--|\.-|-|:|_(?=\s|$)|\.(?=\s)))?"
"""The dateline's end: a dash, a colon, AP's '_', the Spanish agencies' '.-' ('Bogota, Aug 11
(EFE).- ...', Europa Press, Notimex), or a full stop ('Ulaanbaatar, August 23 (MONTSAME). ...')."""
_AGENCY_RE = (r"(?:\s+(?P<outlet2>(?-i:[A-Z][A-Za-z]+))(?=\s*(?:\u2014|\u2013|--|-))"
              r"|\.?\s*/(?P<outlet3>(?-i:[A-Z\u0410-\u042f][A-Za-z\u0410-\u044f]+))/\.?"
              r"|,\s*(?P<outlet4>(?-i:[A-Z]{2,8}))(?=\s*(?:\u2014|\u2013|--|-|\.\s)))")
"""An agency named without brackets: 'TOKYO, March 22 Kyodo -', 'MOSCOW, October 24. /TASS/.', 'МОСКВА, 15 марта. /ТАСС/.',
'Baku, August 23, APA. ...'."""

_REGION_RE = (rf"(?:,\s*(?P<region>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})"
              rf"|\s*+\((?P<bracketed_region>{CAPITAL}[^()\n]{{0,30}}+)\))?")
"""The country or region after a dateline's place, before its outlet: 'MANILA, Philippines
(Reuters)', or AFP's in brackets, 'Goma (DR Congo) (AFP) - ...', 'Abidjan (Côte d'Ivoire)
(AFP)' (verify39: no dateline was read, so the story had no place and no outlet)."""

_WEEKDAY_BEFORE = r"(?:(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}+\.?,?\s++)?"
"""'Tue 3 Mar 2026', 'Tuesday, March 3, 2026': a weekday before a date line's date."""
_ANY_WEEKDAY_BEFORE = (r"(?:(?<![^\W\d_])(?:(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}+"
                       rf"|{_FOREIGN_WEEKDAY_RE})\.?,?\s++)?")
"""(and another language's: 'subota, 15. mart 2025.', 'e shtunë, 15 mars 2025')"""
_CLOCK_RE = r"(?:\d{1,2}[:.h]\d\d(?:\s*+(?i:[ap]\.?m\.?))?(?:\s*+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?)?)"
"""A time of day with its zone: '22:15 IST', '10:15 pm', '6:20 PM GMT+2', and as French writes
it, '11h20'."""
_PLACE_DATE = re.compile(
    rf"{_ANY_PLACE_RE}(?:,\s*(?P<region>{_PLACE_WORD}(?:\s++(?:of\s++(?:the\s++)?)?{_PLACE_WORD}){{0,3}}))?"
    r"(?:,|\.(?=\s)|(?=[^\S\n]++\d{1,2}\.[^\S\n]++[^\W\d_]))\s*"
    rf"(?P<placewd>(?:(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{{0,6}}+|{_FOREIGN_WEEKDAY_RE})\.?,?\s++)?"
    rf"(?>{_ANY_DATE_RE}|{_NUMERIC_DATE_RE}|{_DOTTED_DATE_RE})(?(placewd)(?!\s*+$))"
    rf"(?:,?[^\S\n]++{_CLOCK_RE})?(?:\s*{_OUTLET_RE}|{_AGENCY_RE})?{_DASH_RE}\s*"
)
"""'SEOUL, Jan. 5 (Yonhap) -- ', 'Tokyo, 22 March 2025: ', The Hindu's 'NEW DELHI, December 03,
2026 22:15 IST' (the time is the dateline's, not the lead's), Al-Ahram's 'Cairo, Thursday 3
December 2026 (Ahram Online) -', ANTARA's 'Jakarta, 3/12/2026 (ANTARA) -' and Anadolu's
'Ankara, 03.12.2026 (AA) -' (day first: :func:`_settle_order`).  With a weekday, not a line
that ends at its date: 'Ahram Online, Thursday 3 Dec 2026' is the outlet's date line."""
_SECTION_LABEL = (r"(?!(?i:explainer|analysis|opinion|comment|commentary|editorial|news|politics|"
                  r"world|business|features?|interview|review|insight|perspective|podcast|"
                  r"video|live|diplomacy|economy)\s*+[|\u2022\u00b7])")
"""A web page's section between its outlet and its date ('The Spinoff \u00b7 Explainer \u00b7 Friday
June 20 2025'): no place (ext113, from blind set h19: the story was placed in 'Explainer')."""
_BYLINE_PLACE_DATE = re.compile(
    r"(?:By\s++)?[A-Z][^|\n\u2022\u00b7\d]{0,60}?\s*+[|\u2022\u00b7]\s*+"
    rf"{_SECTION_LABEL}{_PLACE_RE}\s*+[|\u2022\u00b7]\s*+{_WEEKDAY_BEFORE}{_DATE_RE}[^\S\n]*+$", re.MULTILINE)
"""A byline, the place and a date with no year, parted by bars, alone on its line: 'By Jane
Doe | Santiago | March 14' (ext106, from blind set h17's error kinds: the article had no date,
its relative dates were lost; the year comes from the text, as for any year-less dateline).
With a year the line is a date line (:data:`_DATE_LINE`)."""
_PLACE_PAREN_DATE = re.compile(rf"{_PLACE_RE}\s*\(\s*{_DATE_RE}\s*\){_DASH_RE}\s*")
"""The UN's and some ministries' 'GENEVA (3 March 2026) \u2013 ...': the date in brackets."""
_PLACE_HIJRI_DATE = re.compile(
    rf"{_PLACE_RE},\s*+(?:\d{{1,2}}\s++(?i:{HIJRI_MONTH_RE})|(?i:{HIJRI_MONTH_RE})\s++\d{{1,2}},?)"
    r"\s++\d{4}(?:\s*+(?:AH|A\.H\.|H))?(?:\s*+\(|,\s*+)"
    rf"{_DATE_RE}(?(year1)|(?(year2)|(?!)))(?:\s*+\))?(?:\s*{_OUTLET_RE}|{_AGENCY_RE})?{_DASH_RE}\s*")
"""A Gulf paper's 'MUSCAT, 12 Rajab 1447 (2 January 2026) -- ': the Hijri date, then the
Gregorian one in brackets, which dates the article (ext149, from blind set h28: no date); and
the Saudi Press Agency's 'Riyadh, Rajab 14, 1447 AH, January 3, 2026, SPA --', the Hijri
month first and the Gregorian date after a comma, the agency's name after another (ext162,
from blind set h31: read as no dateline, the story had no date and lost its relative days).
The Gregorian date names its day and year there ('January 3, 2026'), not a month alone."""
_NOT_A_LABEL = (
    r"(?!(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|CORRECTION|WATCH|LIVE|"
    # (the wires' slugs of :mod:`.wire_slugs`: 'CORRECTED: Mozambique: ...' was read as a
    # dateline of a place 'Corrected' above the real one; ext133, from blind set h23)
    r"CORRECTED|CORRECTS|REFILE|REFILED|REPEAT|RPT|WRAPUP|"
    r"VIDEO|PHOTOS|FACTBOX|EXPLAINER|NOTE|URGENT|FLASH|NEWSFLASH|ALERT|BULLETIN|"
    # (a transcript's speakers and labels: 'PRESENTER: Hello and welcome ...', ext113)
    r"PRESENTER|ANCHOR|HOST|REPORTER|CORRESPONDENT|MODERATOR|INTERVIEWER|SPEAKER|"
    r"TRANSCRIPT|SOURCE|SOURCES)\b)")
"""Not a headline's or wire's label in capitals, which is no place (``_PLACE_DASH``,
``_PLACE_LINE``)."""
_PLACE_OUTLET = re.compile(rf"{_NOT_A_LABEL}(?P<place>{_ARTICLE_PREFIX}{CAPITAL}(?:[^\W\d_]|[.'\-])++"
                           rf"(?:\s++(?:{_PARTICLE}\s++)?{CAPITAL}(?:[^\W\d_]|[.'\-])++){{0,3}})"
                           rf"{_REGION_RE}(?:\s*{_OUTLET_RE}|,\s*(?P<outlet2>(?-i:[A-Z]{{2,8}})))"
                           r"\s*(?:\u2014|\u2013|--|\.-|-|:|_(?=\s|$))\s*")
"""'Hanoi (VNA) - ...', 'Tehran, IRNA -- ...': a place and an outlet, no date."""
_PLACE_DASH_DATE = re.compile(
    rf"{_PLACE_RE}{_REGION_RE}\s*+(?:\u2014|\u2013|--|-)\s*+{_WEEKDAY_BEFORE}"
    rf"(?:{_DATE_RE}|{_NUMERIC_DATE_RE})(?:\s*+{_OUTLET_RE})?\s*+(?:\u2014|\u2013|--|-|:)\s++"
    r"(?!\d{1,2}[:.]\d\d)")
"""A place, a dash, the date and the outlet: Sudan Tribune's 'PORT SUDAN \u2013 December 3, 2026
(SUDAN TRIBUNE) \u2013 ...' (verify42 X17: read as a place and a dash, the date and the outlet
were lost and the article had no date).  Not a line of page furniture whose date a clock
follows ('KYODO NEWS - Dec 3, 2026 - 19:35 | World, All': :func:`_furniture_dates`)."""
_OUTLET_DASH = re.compile(rf"{_OUTLET_RE}\s*+(?:\u2014|\u2013|--|-|:)\s+")
"""An outlet alone before the lead: CNN's '(CNN) \u2014 ...', '(Yonhap) -- ...'."""
_OUTLET_PLACE_DATE = re.compile(
    rf"{_OUTLET_RE}\s*+(?:\u2014|\u2013|--|-|:)\s*+{_PLACE_RE},\s*+{_WEEKDAY_BEFORE}"
    rf"(?:{_DATE_RE}|{_NUMERIC_DATE_RE})\s*+(?:\u2014|\u2013|--|-|:)\s+")
"""The outlet first, then the place and the date: ANSA's English wire, '(ANSA) - VENICE, FEB 9 -
...' (ext139, from blind set h25: read as an outlet alone, the place and the date were lost, and
with no date the story gave no event at all)."""
_PLACE_OUTLET_DATE = re.compile(
    rf"{_PLACE_RE}{_REGION_RE}\s*{_OUTLET_RE}"
    rf"\s*+(?:\u2014|\u2013|--|-)\s*+{_WEEKDAY_BEFORE}(?:{_DATE_RE}|{_NUMERIC_DATE_RE})"
    r"\s*+(?:\u2014|\u2013|--|-|:)\s+")
"""AFP's and dpa's English wire style, the date after the outlet: 'Istanbul (AFP) \u2013 27 March
2026 \u2013 ...' (verify37 F4: read as a place and an outlet with no date, the lead event's day
was taken for the article's and a sentence's '27 March 2026' made it a plan)."""
_PLACE_DASH = re.compile(
    rf"{_NOT_A_LABEL}"
    rf"(?P<place>{CAPITAL}[{CAPITALS}.'\-]{{2,}}+(?:\s+{CAPITAL}[{CAPITALS}.'\-]++){{0,3}})"
    rf"(?:,\s*(?P<region>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}))?"
    r"(?:\s*+(?:\u2014|\u2013|--|:)|[ \t]++-)\s+")
"""A place in capitals and a dash, with no outlet and no date: 'WASHINGTON \u2014 ...',
'MANILA, Philippines \u2014 ...', 'ISLAMABAD: ...' (reprints of agency copy, South Asian papers),
'BISHKEK - ...' (a hyphen between blanks, as typed; ext146, from blind set h27), and a weekday
for the region ('NIAMEY, WEDNESDAY - ...': :func:`_weekday_dateline_day`).
Not a wire's flash label: 'URGENT: Venezuela, Guyana agree ...' was read as a dateline of a
place 'Urgent', and the real dateline under it was lost (verify44 X24)."""
_PLACE_LINE = re.compile(
    rf"{_NOT_A_LABEL}"
    rf"(?P<place>{CAPITAL}[{CAPITALS}.'\-]{{2,}}+(?:[ \t]++{CAPITAL}[{CAPITALS}.'\-]++){{0,3}})"
    r"[ \t]*+(?::|\u2014|\u2013|--)?[ \t]*+$",
    re.MULTILINE)
"""A place alone on its line in capitals, under the date line: Anadolu's 'ANKARA' between
'Serdar Dincel |04.09.2024' and the lead; with its colon or dash, as Indian sites put it above
the lead ('NEW DELHI:' under 'Updated - August 20, 2025 09:41 pm IST', verify61 F22)."""
_DATE_ONLY = re.compile(rf"(?:{_DATE_RE}|{_NUMERIC_DATE_RE})(?:\s*{_OUTLET_RE})?"
                        r"(?:\s*(?:\u2014|\u2013|--|:)|\s+-)\s+")
_DATE_PLACE = re.compile(rf"(?:{_DATE_RE}|{_NUMERIC_DATE_RE})\s*+(?:\u2014|\u2013|--|-)\s*+{_PLACE_RE}"
                         rf"(?:,\s*(?P<region>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}))?"
                         rf"(?:\s*+{_OUTLET_RE})?\s*+(?:\u2014|\u2013|--|-|:)\s+")
"""The date first, then the place and the outlet: PTI's reprints 'November 7, 2025 - NEW DELHI
(PTI) - ...' (read as a date alone, the place and the outlet were lost).  The place must end
at a dash: 'February 12, 2025 - Indian Prime Minister Narendra Modi and ...' is a date alone."""
_ISO_DAY = (r"(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d\d?)(?P=isep)(?P<id>\d\d?)(?!\d)"
            r"(?:T\d\d:\d\d(?::\d\d)?+(?:Z|[+-]\d\d:?\d\d)?)?")
"""'2026-03-03', the ISO 8601 time stamp '2026-03-03T10:14:00Z', and the year-first
'2026/03/03', '2026.3.3' of East Asian outlets."""
_PUBLISHED = re.compile(
    r"(?i:(?P<label>published|updated|last\s+updated|posted|first\s+published"
    r"|(?:last|latest|final)\s+(?:entry|post|update))(?:\s++on)?)\s*+:?\s*+"
    rf"{_WEEKDAY_BEFORE}(?:{_ISO_DAY}|{_DATE_RE}|{_NUMERIC_DATE_RE})")
"""A 'Published: 2024-05-14' or 'Updated May 14, 2024' line near the top of a web article; a
live ticker's 'Last entry Friday 12 June 2026, 13:10' too (ext154, from blind set h29: the
ticker's header had no other date, and none of its entries got one)."""
_LINE_SENTENCE = re.compile(r"[.!?][^\S\n]++(?=[A-Z])")
"""Where a sentence opens inside a header line: 'All times local (CET). Last entry ...'."""

# Nth anniversary: digits ("60th") or ordinal words ("sixtieth").
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
ORDINAL_RE = (
    r"(?P<ordinal>\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)[-\s])?(?:" + "|".join(sorted(_ORDINAL_UNITS, key=len, reverse=True)) + r"))"
)


def ordinal_value(word: str) -> int | None:
    """The number of an ordinal: "60th" -> 60, "sixtieth" -> 60, "twenty-fifth" -> 25."""
    word = word.lower().strip()
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word)
    if m:
        return int(m.group(1))
    parts = re.split(r"[-\s]", word)
    if len(parts) == 1:
        return _ORDINAL_UNITS.get(parts[0])
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ORDINAL_UNITS:
        return _TENS[parts[0]] + _ORDINAL_UNITS[parts[1]]
    return None


@dataclass(frozen=True)
class Dateline:
    """What an article's dateline says, and how its year was established.

    Attributes:
        place: Where the article was filed ("Tokyo"), or ``""``.
        month: The dateline's month, or ``None`` if it has no date.
        day: The dateline's day of the month, or ``None``.
        year: The year, given or inferred; ``None`` when the text does not settle it.
        outlet: The agency or publication in brackets ("NationPress", "AP"), or ``""``.
        span: ``(start, end)`` of the dateline in the text.
        year_basis: How the year (or the lack of one) was established, in words.
    """

    place: str = ""
    month: int | None = None
    day: int | None = None
    year: int | None = None
    outlet: str = ""
    span: tuple[int, int] = (0, 0)
    year_basis: str = ""

    @property
    def date(self) -> _dt.date | None:
        """The full date, when day, month and year are all known."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return _dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def describe_day(self) -> str:
        """'22 March' (or '22 March 2025' when the year is known)."""
        if self.month is None or self.day is None:
            return ""
        text = f"{self.day} {MONTH_NAMES[self.month - 1]}"
        return f"{text} {self.year}" if self.year else text


def _month_number(word: str, dotted_day: bool = True) -> int:
    """1-12 for a month name or abbreviation ("March", "Mar.", "Sept.", "JAN.", "d\u00e9c",
    "mart", "MAYIS", "марта": :mod:`.month_names`), after a day written with a full stop or
    not (``dotted_day``: Croatian '15. listopada' is October, Polish '15 listopada'
    November: :func:`.month_names.foreign_month`); ``KeyError`` for no month."""
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or foreign_month(word, dotted_day) or MONTHS[key[:3]]


def _words_date(g: dict[str, str | None]) -> tuple[str | None, str | None, str | None, bool]:
    """``(year, month word, day, dotted day)`` of a date in words' match groups (day first,
    month first or Hungarian year first: :func:`_date_re`), ``None`` for what is not there."""
    return (g.get("year1") or g.get("year2") or g.get("year3"),
            g.get("month1") or g.get("month2") or g.get("month3"),
            g.get("day1") or g.get("day2") or g.get("day3"), bool(g.get("dot2")))


def _dot_month(text: str) -> int:
    """1-12 for a dotted date's month, in digits or Roman numerals ('03', 'III')."""
    return ROMAN_MONTHS.get(text) or int(text)


def _blanks_before(line: str) -> int:
    """How many characters start ``line`` before its first visible one: blanks, and the
    invisible format characters (Unicode category Cf: U+200B-U+200F, U+2066-U+2069,
    U+FEFF) that text copied from web pages carries (verify37 F12: 'DOHA, March 29
    (Reuters) -' after a right-to-left mark was no dateline)."""
    import unicodedata

    i = 0
    while i < len(line) and (line[i].isspace() or unicodedata.category(line[i]) == "Cf"):
        i += 1
    return i


_CAPITALS_ONLY = re.compile(r"[^a-z\n]*[A-Z][^a-z\n]*")
"""The rest of a line in capitals: after 'DIPLOMATIC DIARY:' a headline's words, not a lead."""


def _find_dateline(text: str) -> tuple[re.Match[str], str] | None:
    """The first line that starts with a dateline, within the article's first lines; not an
    entry of a chronology ('1 January 2024: Ethiopia and Somaliland sign memorandum' under
    'Key dates': :func:`.chronology.chronology_lines`), which dates its event, not the article
    (verify49 F7: a short explainer dated by its list's first line, three years early)."""
    entries = chronology_lines(text)
    lines = list(re.finditer(r"[^\n]+", text))[:25]
    for i, line in enumerate(lines):
        if line.start() in entries:
            continue
        body = line.group(0)
        lead = _blanks_before(body)
        for kind, pattern in (("place_date", _PLACE_DATE), ("place_paren_date", _PLACE_PAREN_DATE),
                              ("place_paren_date", _PLACE_HIJRI_DATE),
                              ("byline_place_date", _BYLINE_PLACE_DATE),
                              ("place_outlet_date", _PLACE_OUTLET_DATE),
                              ("place_dash_date", _PLACE_DASH_DATE),
                              ("place_outlet", _PLACE_OUTLET),
                              ("outlet_place_date", _OUTLET_PLACE_DATE), ("outlet", _OUTLET_DASH),
                              ("date_place", _DATE_PLACE), ("date", _DATE_ONLY),
                              ("place_dash", _PLACE_DASH)):
            m = pattern.match(text, line.start() + lead, line.end())
            if m and kind == "place_dash" and _CAPITALS_ONLY.fullmatch(text, m.end(), line.end()):
                continue  # ('DIPLOMATIC DIARY: THE WEEK AHEAD IN EUROPE', 'EURONEWS \u2014 EUROPE
                # TONIGHT \u2014 SCRIPT': a headline or a slug in capitals, no lead; ext113)
            if m and kind == "place_dash" and m.group(0).rstrip().endswith(" -") \
                    and _fold(m.group("place")) not in _folded_cities():
                continue  # (a hyphen only after a city the vocabulary knows: 'KYODO NEWS - Sep
                # 9, 2026' is an outlet's date line, 'ASTANA. KAZINFORM -' an agency's; ext146)
            if m and kind == "place_dash" and _fold(m.group("place")) not in _folded_cities() \
                    and (dated := _dated_dateline_below(text, lines[i + 1:i + 4], entries)):
                return dated  # ('ADVISORY -- Baltic ministerial: coverage plans', 'FEATURE:
                # ...', a slug above 'HELSINKI, Sunday, 17 May 2026 --': ext149, from blind
                # set h28, where four stories had no date)
            if m and not _is_weekday(m.groupdict().get("place") or ""):
                return m, kind
        m = _PLACE_ALONE.match(text, line.start() + lead) or _CITY_DASH.match(
            text, line.start() + lead, line.end())
        if m and _fold(m.group("place")) in _folded_cities():
            return m, "place_dash"
    return None


_DATED_KINDS = (("place_date", _PLACE_DATE), ("place_paren_date", _PLACE_PAREN_DATE),
                ("place_paren_date", _PLACE_HIJRI_DATE),
                ("place_outlet_date", _PLACE_OUTLET_DATE), ("place_dash_date", _PLACE_DASH_DATE),
                ("outlet_place_date", _OUTLET_PLACE_DATE))
"""The datelines that carry their date ('HELSINKI, Sunday, 17 May 2026 --')."""


def _dated_dateline_below(text: str, lines: Sequence[re.Match[str]],
                          entries: Collection[int]) -> tuple[re.Match[str], str] | None:
    """A dateline with its date on one of ``lines`` (the few under a headline whose first word
    in capitals and its dash read as a place: a slug, 'CLARIFICATION -- ...', 'LEAKED: ...'),
    or ``None``."""
    for line in lines:
        if line.start() in entries:
            continue
        lead = _blanks_before(line.group(0))
        for kind, pattern in _DATED_KINDS:
            if (m := pattern.match(text, line.start() + lead, line.end())) is not None \
                    and not _is_weekday(m.groupdict().get("place") or ""):
                return m, kind
    return None


_PLACE_ALONE = re.compile(
    rf"{_NOT_A_LABEL}"
    rf"(?P<place>{CAPITAL}[{CAPITALS}.'\-]{{2,}}+(?:[ \t]++{CAPITAL}[{CAPITALS}.'\-]++){{0,3}})"
    r"[ \t]*+(?::|\u2014|\u2013|--)[ \t]*+\n\s*+(?=\S)")
"""A city in capitals and its colon (or dash) alone on a line above the lead, up to the lead:
'NEW DELHI:' as Indian sites lay it out (verify61 F22: the article had no place).  Only a city
the vocabulary knows (:func:`_folded_cities`): 'SPEAKER:' alone above a transcript's words is
no place."""


_CITY_DASH = re.compile(
    rf"(?P<place>{CAPITAL}[a-z\u00e0-\u00ff'\-]++(?:[ \t]++{CAPITAL}[a-z\u00e0-\u00ff'\-]++){{0,2}})"
    rf"(?:,[ \t]*+(?P<region>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}}))?[ \t]*+"
    r"(?:\u2014|\u2013|--|-)[ \t]++(?=\S)")
"""A city not in capitals and its dash opening the lead: 'Kathmandu, Nepal \u2014 Nepal and India
signed ...' under a date line of its own (ext101: the dateline's place was lost, and with it
the lead's).  Only a city the vocabulary knows (:func:`_folded_cities`), as for
:data:`_PLACE_ALONE`: a capitalised word and a dash are often no place."""


def _is_weekday(place: str) -> bool:
    """Whether a dateline's place is another language's weekday ('Subota, 15. mart 2025.' is
    a date line: :data:`.month_names.WEEKDAY_NAMES_BY_LANGUAGE`)."""
    return bool(place) and month_key(" ".join(place.split())) in FOREIGN_WEEKDAYS


# possessive blanks everywhere below: runs of blanks are matched once, never re-divided
_DATE_LINE = re.compile(
    r"(?:(?P<label>(?i:published|updated|last\s+updated|posted|first\s+published|date|dated|"
    r"issued))(?:\s++on)?\s*+:?\s*+"
    r"|(?:(?i:publi\u00e9|mis\s++\u00e0\s++jour)\s++)?(?i:le)\s++(?=\d)"
    r"|(?:By\s)?[A-Z][^|\n\u2022\u00b7]{0,60}?\s*+[|\u2022\u00b7]\s*+"
    r"(?:[^|\n\u2022\u00b7\d]{1,40}+[|\u2022\u00b7]\s*+)?"
    r"|By\s++[^,|\n\u2022\u00b7\d]{1,60}+,\s*+)?"
    rf"(?:{_CLOCK_RE}\s*+,?\s*+)?{_ANY_WEEKDAY_BEFORE}(?:{_ISO_DAY}|(?P<dd>\d{{1,2}})\.[^\S\n]?{_DOT_MONTH}\.[^\S\n]?(?P<dy>\d{{4}})\.?"
    rf"|{_ANY_DATE_RE}|{_NUMERIC_DATE_RE})(?:\s*+[,\-\u2013]?\s*+(?:at\s++|\u00e0\s++)?{_CLOCK_RE})?"
    r"(?:\s*+[\-\u2013|]?\s*+(?i:modified|updated?|last\s++updated)\s*+:[^\n]{0,60}+)?\s*+$")
"""A line that is only a date, perhaps with a time, a label or a byline: '31.10.2023', '18 January
2024', 'April 16, 2024 6:05 AM GMT+9', 'Updated 3:14 PM EDT, September 24, 2024', 'Tuesday,
March 3, 2026', 'March 3, 2026 at 10:14 a.m. EST', 'By Jane Doe | March 3, 2026', 'By our Middle East desk, 3
December 2026' (verify42 X23: no date read, the byline taken for the headline), 'Date:
03.03.2026', '2026-03-03T10:14:00Z', and French sites' 'Le 19/12/2024 \u00e0 11h20' ('Publi\u00e9 le
...'; ext118, from blind set h20: no date was read).  A byline may leave out 'By' and add the place ('Serdar
Dincel |04.09.2024' (Anadolu), 'By Jane Doe | Belgrade | April 8, 2016'); a time may follow a
dash, and a modification stamp may close the line ('Issued on: 14/06/2022 - 19:32 Modified:
14/06/2022 - 21:05' (France 24), '04.09.2024 - Update : 04.09.2024'): the line's first date is
the publication's."""


_ANSWERED = re.compile(
    r"(?P<label>(?i:answered|replied))(?:\s++on)?\s*+:?\s*+"
    rf"{_WEEKDAY_BEFORE}(?:{_DATE_RE}|{_NUMERIC_DATE_RE})"
    r"(?:\s++by\s++[^\n]{1,160}+)?\s*+$")
"""The line of a parliament's written answer that dates it: 'Answered on 9 June 2026 by Jane
Roe, Minister of State (Asia)' (the House of Commons' written questions; the question's
'tabled on' day is older).  The answer is what the record publishes, so its day is the
article's, as a 'Published' line's is (ext139, from blind set h25: the record had no date, and
its 'in February' and 'in October' took the years of the dates told before them)."""


Published = tuple[tuple[int, int, int], str, tuple[int, int], "tuple[int, int, int] | None"]
"""``((year, month, day), label, span, other)``: a date line's date, what labels it, where it
is, and the other reading of a numeric date whose order is ambiguous ('03/07/2025')."""


def _other_order(year: int, first: int, second: int) -> tuple[int, int, int] | None:
    """The day-first reading of a month-first numeric date when both readings are calendar
    days and differ ('03/07/2025': 7 March or 3 July), else ``None``."""
    if first == second or first > 12 or second > 12 or not _valid_day(year, second, first):
        return None
    return (year, second, first)


def _ymd_of(g: dict[str, str | None]) -> tuple[tuple[int, int, int], tuple[int, int, int] | None] | None:
    """The calendar day of a date line's match groups, and the other reading of an ambiguous
    numeric date (:func:`_other_order`); ``None`` without a year or a calendar day."""
    other = None
    try:
        if g.get("dy"):
            ymd = (int(g["dy"] or 0), _dot_month(g["dm"] or "0"), int(g["dd"] or 0))
        elif g.get("xy"):
            ymd = (int(g["xy"] or 0), _month_number(g["xm"] or ""), int(g["xd"] or 0))
        elif g.get("iy"):
            ymd = (int(g["iy"] or 0), int(g["im"] or 0), int(g["id"] or 0))
        elif g.get("nyear"):
            ymd = (int(g["nyear"] or 0), int(g["nmonth"] or 0), int(g["nday"] or 0))
            if ymd[1] > 12 and _valid_day(ymd[0], ymd[2], ymd[1]):
                ymd = (ymd[0], ymd[2], ymd[1])  # '14/03/2026': day first, whatever the outlet
            other = _other_order(*ymd)
        else:
            y, month, day, dotted = _words_date(g)
            if not (y and month and day):
                return None
            ymd = (int(y), _month_number(month, dotted), int(day))
    except (KeyError, ValueError):
        return None
    return (ymd, other) if _valid_day(*ymd) else None


_LINE_DATE = re.compile(
    rf"{_ANY_WEEKDAY_BEFORE}(?<![\d.:/-])(?:{_ISO_DAY}|(?P<dd>\d{{1,2}})\.{_DOT_MONTH}\.(?P<dy>\d{{4}})(?!\d)"
    rf"|(?P<xd>\d{{1,2}})-(?P<xm>{_MONTH_RE})-(?P<xy>\d{{4}})(?!\d)|{_ANY_DATE_RE}|{_NUMERIC_DATE_RE})")
"""(with '03-Mar-2026', as CGTN and others print it)"""
"""A date anywhere in a line of page furniture (:func:`_furniture_dates`)."""
_LINE_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?+(?:\s*+(?i:[ap]\.?m\.?)(?![a-z]))?"
                         r"|\b(?:GMT|UTC)[+-]\d{1,2}(?::?\d\d)?")
_LINE_NAMED = re.compile(r"(?:\b(?i:editor|source|credit|photo|reporter|edited\s++by|written\s++by)"
                         r"\s*+:?|\b[Bb]y\s++(?=[A-Z])|^\s*+(?:(?i:compiled|reported|produced|prepared|"
                         r"(?:additional\s++)?reporting|story|words)\s++(?i:by)\s++|[Bb]y\s++(?=(?:the|our)\s)))"
                         r"[^|\n\u2022\u00b7\u2013\u2014]{0,40}+")
"""A name after a label ('Editor: huaxia', 'Source: Xinhua', 'By Jane Doe'): any case, up to the
line's next separator.  A desk's credit opening the line is one too ('By our correspondents',
'Compiled by the foreign desk \u00b7 Published Monday, 7 June 2027', 'Reporting by the Europe
desk \u2014 Posted 3 March 2026': ext113, from blind set h19, whose week-ahead diary had no
date and lost every event); not 'by' inside a line ('Talks by the two sides began on ...')."""
_LINE_WORDS = frozenset({
    "published", "updated", "update", "last", "first", "posted", "on", "at", "modified", "issued",
    "date", "dated", "edited", "created", "filed", "uploaded", "ago", "hour", "hours", "hrs",
    "minute", "minutes", "mins", "min", "read", "am", "pm", "a", "m", "p", "local", "time",
    "an", "of", "publication", "press", "release", "released", "media", "statement", "news",
    "the", "item", "edition", "issue", "print", "weekly", "online", "all", "times", "are",
    # (Deutsche Presse-Agentur writes its name in lower case on its header line too: 'dpa
    # International | Tuesday, 3 March 2026, 09:12 CET'; ext139, from blind set h25, whose dpa
    # story had no date and gave no event)
    "dpa",
})
"""Lower-case words a line of page furniture may hold beside its date ('Updated 2 hours ago',
'Last modified on', '5 min read'); any other lower-case word makes it prose.  A palace's or
ministry's kind of page ('Royal House of the Netherlands \u2014 News item, 4 February 2027')
and a weekly's issue ('Oct 15th 2026 edition', 'From the March 3rd 2026 print edition') are
furniture too (ext113, from blind set h19: neither article had a date), and so is a live
blog's note of its clock's zone ('Thursday 5 March 2026 \u2014 all times GMT', 'all times are
local'; ext133, from blind set h23: the blog had no date)."""
_LINE_NUMBERED = re.compile(
    r"(?:^|(?<=[|,;\u2022\u00b7\u2013\u2014]))\s*+(?:[^\W\d_]++\.?\s++){0,3}"
    r"(?i:no\.|nr\.|number|ref\.|reference)\s*+:?\s*+[^\W\d_]{0,4}\d[\w./-]*+"
    r"(?=\s*+(?:$|[|,;\u2022\u00b7\u2013\u2014]))")
"""A numbered label set off on a line of page furniture: a press release's reference number
('Reference Number: PR250001, Release Date: ...'), a newsletter's issue ('3 May 2026 | Client
alert No. 2026-04', 'Bulletin No. 12'), up to three words and the number, between separators
(the line's ends, '|', ',', ';', dashes, dots) -- not 'resolution No. 2334' inside a sentence
(ext128, from blind set h22: two articles whose date shared its line with such a number had
none)."""
_LINE_LABEL = re.compile(r"(?i:(?P<pub>published|posted|issued|first\s++published|release\s++date)"
                         r"|(?P<upd>updated?|modified|last\s++updated))")


def _furniture_dates(body: str) -> list[tuple[dict[str, str | None], str]]:
    """The dates of a line of page furniture, each with its label: a byline, an outlet, a
    section, labels, clocks and time zones around one or more dates, in any order ('TNN |
    Updated: Aug 23, 2024, 22:14 IST', 'KYODO NEWS - Jul 8, 2024 - 19:35 | World, All', 'Source:
    Xinhua| 2023-03-26 22:47:15|Editor: huaxia', 'Aug 23, 2024 (Updated: Aug 24, 2024)').

    A line is furniture when, its dates, clocks and labelled names taken out, every word left is
    capitalised (names, outlets, places, sections, zones) or one of :data:`_LINE_WORDS`: a
    sentence of the article has lower-case words of its own.

    Returns:
        ``(match groups, label)`` per date, the label ``published``, ``updated`` or ``date``
        from the nearest label word before the date; ``[]`` when the line is no furniture.
    """
    if len(body) > 200:
        return []
    dates = [m for m in _LINE_DATE.finditer(body) if _ymd_of(m.groupdict()) is not None]
    if not dates:
        return []
    rest = _LINE_DATE.sub(" ", body)
    clocked = _LINE_CLOCK.search(rest) is not None
    rest = _LINE_NAMED.sub(" ", _LINE_CLOCK.sub(" ", rest))
    rest = _LINE_NUMBERED.sub(" ", rest)
    words = re.findall(r"[^\W\d_]+", re.sub(r"['\u2019]s\b", "", rest))  # ("People's Daily")
    if any(not w[0].isupper() and w.lower() not in _LINE_WORDS for w in words):
        return []
    # a title-case headline with a date in it ('Leaders Meet In Paris On March 3, 2024') has
    # neither a clock, a label nor a separator, and more words than an outlet or a place
    if len(words) > 3 and not clocked and _LINE_LABEL.search(body) is None and re.search(
            r"[|\u2022\u00b7()\u2013\u2014]|\s[-/]\s", body) is None:
        return []
    found: list[tuple[dict[str, str | None], str]] = []
    before = 0
    for m in dates:
        labels = list(_LINE_LABEL.finditer(body, before, m.start()))
        label = ("date" if not labels else "published" if labels[-1].group("pub") else "updated")
        found.append((m.groupdict(), label))
        before = m.end()
    return found


def _furniture_rest(rest: str) -> bool:
    """Whether what follows a date line's date on its line is page furniture only: a time, a
    zone, the date again, labels ('Last Updated : 03 Dec 2026, 10:15 PM IST', Al Jazeera's
    'Published On 3 Dec 20263 Dec 2026' as copied), no word of a sentence."""
    if len(rest) > 80:
        return False
    rest = _LINE_NAMED.sub(" ", _LINE_CLOCK.sub(" ", _LINE_DATE.sub(" ", rest)))
    return all(w[0].isupper() or w.lower() in _LINE_WORDS for w in re.findall(r"[^\W\d_]+", rest))


def _find_published(text: str) -> Published | None:
    """The date of a 'Published: ...' line, else of a line that is only a date (or page
    furniture around one, :func:`_furniture_dates`), else of an 'Updated ...' line, among the
    first lines.

    Returns:
        ``((year, month, day), label, span, other)`` (``other``: the day-first reading of an
        ambiguous numeric date, see :func:`_other_order`), or ``None``.
    """
    found: list[Published] = []
    entries = chronology_lines(text)
    for line in list(re.finditer(r"[^\n]+", text[:_TOP_CHARS]))[:12]:
        if line.start() in entries:
            continue  # '11 December 2024: Ankara Declaration', a chronology's (verify49 F7)
        body = line.group(0)
        lead = _blanks_before(body)
        m = _PUBLISHED.match(text, line.start() + lead, line.end())
        if not m:  # (the label may open the line's second sentence, ext154)
            m = next((p for p in (_PUBLISHED.match(text, s.end(), line.end())
                                  for s in _LINE_SENTENCE.finditer(text, line.start(), line.end()))
                      if p is not None and p.group("label")[0].isupper()), None)
        if not m or not (_words_date(m.groupdict())[0] or m.group("iy") or m.group("nyear")):
            m = _DATE_LINE.match(text, line.start() + lead, line.end())
        if not m:
            m = _ANSWERED.match(text, line.start() + lead, line.end())
        if m:
            # (the line's end when the rest is a time or the date again: 'Last Updated : 03
            # Dec 2026, 10:15 PM IST' -- the lead started at ', 10:15 PM IST')
            end = line.end() if _furniture_rest(text[m.end():line.end()]) else m.end()
            read = [(m.groupdict(), " ".join((m.group("label") or "date").lower().split()),
                     (m.start(), end))]
        else:
            read = [(g, label, (line.start() + lead, line.end()))
                    for g, label in _furniture_dates(body.strip())]
        for g, label, span in read:
            day = _ymd_of(g)
            if day is not None:
                found.append((day[0], label, span, day[1]))
    published = [f for f in found if "published" in f[1] or "posted" in f[1] or "issued" in f[1]
                 or "answered" in f[1]]
    dated = [f for f in found if f[1] == "date"]
    best = published or dated or found
    return best[0] if best else None


def _find_signed_off(text: str) -> Published | None:
    """The date of a line that is only a date among the article's last lines: press releases
    sign off with it ('New Delhi' / 'August 23, 2024' (India's MEA), 'MINISTRY OF FOREIGN
    AFFAIRS' / 'SINGAPORE' / '23 AUGUST 2024').  Only a line that holds a date and nothing but
    labels, clocks and names (:data:`_DATE_LINE`, :func:`_furniture_dates`) counts.

    Returns:
        As :func:`_find_published`, the label ``'closing date'``; ``None`` without one.
    """
    tail_start = max(0, len(text) - _TAIL_CHARS)
    entries = chronology_lines(text)
    lines = [m for m in _LINE.finditer(text, tail_start) if m.group(0).strip()][-_TAIL_LINES:]
    for line in reversed([m for m in lines if m.start() not in entries]):
        body = line.group(0)
        lead = _blanks_before(body)
        done = _DONE_AT.match(text, line.start() + lead, line.end())
        if done is not None:
            ymd = (int(done.group("dyear")), _month_number(done.group("dmonth")),
                   ordinal_value(done.group("ordinal")) or 0)
            if _valid_day(*ymd):
                return ymd, "closing date", (line.start() + lead, line.end()), None
        m = _DATE_LINE.match(text, line.start() + lead, line.end())
        read = [m.groupdict()] if m else [g for g, _ in _furniture_dates(body.strip())]
        for g in read:
            day = _ymd_of(g)
            if day is not None:
                return day[0], "closing date", (line.start() + lead, line.end()), day[1]
    return None


_DONE_AT = re.compile(
    rf"(?:Done|Signed|Adopted|Issued)\s++(?:at|in)\s++{_PLACE_WORD}(?:\s++{_PLACE_WORD}){{0,3}},?\s++"
    rf"(?:on\s++)?(?:this|the)\s++{ORDINAL_RE}\s++day\s++of\s++(?P<dmonth>{_MONTH_RE}),?\s++"
    r"(?:in\s++the\s++year\s++)?(?P<dyear>\d{4})\.?\s*+$")
"""The closing formula of a communiqué, a declaration or a treaty: 'Done at Abuja, this 15th day
of December 2024.' (ECOWAS; verify56 F3: its article had no date).  Only with the day told as
an ordinal 'day of' a month, the formula's own shape."""
_SIGN_OFF = re.compile(r"[^\W\d_][^\W\d_&.'\-]{1,24}+(?:[ ][^\W\d_][^\W\d_&.'\-]{1,24}+)?")
"""A news agency's name signing off an article on its last line: 'Tanjug', 'KOHA', 'Beta',
'Xinhua' (one or two words of letters, no full stop: not a sentence)."""
_PRESS_TEAM = re.compile(
    r"(?P<name>[A-Z][\w'’&-]*+(?:[ ](?:of[ ]|the[ ]|for[ ])*[A-Z][\w'’&-]*+){0,5}?)"
    r"[ ](?:(?:Press|Media|Communications?|Information)[ ](?:Team|Office|Service|Unit|Desk|Section)"
    r"|(?:Office|Division|Department)[ ]of[ ](?:Public[ ])?(?:Information|Communications?|Press"
    r"|Media)(?:[ ](?:and|&)[ ](?:Communications?|Outreach|Media[ ]Relations|Public[ ]Affairs))?)")
"""A press office signing a release off: 'EEAS Press Team' (the European External Action
Service's release, verify46 F3: no outlet was read), 'NATO Press Office', 'IAEA Office of
Public Information and Communication' (the agency's own sign-off, verify47 F8); the body's
name before it (``name``) is the outlet."""
_NOT_OUTLETS = frozenset({
    "end", "ends", "more", "advertisement", "share", "related", "tags", "comments", "print",
    "read more", "see also", "top", "back", "close", "menu", "subscribe", "ends here",
    "enditem", "endit", "endall", "photo", "video", "source",
})
"""Last lines of page furniture or wire copy that are no outlet ('ENDS', 'Read more')."""


_OFFICE_LINE = re.compile(
    r"(?:(?:Federal|Royal|Foreign|State|Permanent|General|Presidential|Prime\s+Minister's)\s+)?"
    r"(?:Ministry|Embassy|Consulate(?:\s+General)?|Office|Permanent\s+Mission|Mission|"
    r"Department|Presidency|Secretariat|Press\s+Office|Spokesperson's\s+Office)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|of|the|for|on)?\s*[A-Z][\w'’-]*){0,6})?")
"""A ministry's or an embassy's line, as a press release is signed off or headed with it:
'Ministry of Foreign Affairs', 'Embassy of Japan', 'Federal Ministry of the Interior'."""
STATE_LINE = re.compile(
    r"(?:(?:[A-Z][\w'’-]*|of|the)\s+){0,4}?"
    r"(?:Republic|Kingdom|Principality|Sultanate|Emirate|Federation|Commonwealth)"
    r"\s+of\s+(?P<state>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})")
"""A state's name in full as a letterhead writes it (a whole line, in
:func:`letterhead_case`): 'Federal Democratic Republic of Ethiopia', 'Republic of Kosovo',
'Hashemite Kingdom of Jordan', 'Republic of the Sudan'; the state's own name after "of"
(``state``), at most four capitalised words ('People's Republic of China Opens Embassy in
…' goes on: a headline).  Not "State of": 'Islamic State of Iraq Claims Attack'."""


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on"})


def letterhead_case(line: str) -> str:
    """A line in capitals as a letterhead's name is written ('FEDERAL DEMOCRATIC REPUBLIC OF
    ETHIOPIA' -> 'Federal Democratic Republic of Ethiopia', 'of', 'the', 'and', 'for',
    'on' in lower case); any other line as it is."""
    if not line.isupper():
        return line
    return " ".join(w.lower() if w.lower() in _SMALL_WORDS else w.capitalize()
                    for w in line.split())


def _office_outlet(office: str, text: str) -> str:
    """``office`` (an :data:`_OFFICE_LINE` line) as the outlet, with the state the
    article's letterhead names (a :data:`STATE_LINE` line among its first lines) when
    the line names none: 'Ministry of Foreign Affairs' under 'Federal Democratic Republic
    of Ethiopia' is 'Ministry of Foreign Affairs of Ethiopia', as the release itself
    writes it ("The Ministry of Foreign Affairs of the Federal Democratic Republic of
    Ethiopia"): two ministries' releases in one timeline are told apart."""
    from .event_vocabulary import COUNTRIES

    office = " ".join(letterhead_case(office).split())
    if any(f" {name}" in office for name in COUNTRIES):
        return office  # 'Embassy of Japan': it names its state
    head = [line.strip() for line in text[:_TOP_CHARS].splitlines()[:_LETTERHEAD_LINES]]
    for line in head:
        m = STATE_LINE.fullmatch(letterhead_case(line))
        if m is not None:
            state = m.group("state")
            if state.casefold() not in office.casefold():
                return f"{office} of {state}"
            break
    return office


_LETTERHEAD_LINES = 6
"""How many first lines of an article are looked at for its letterhead's state."""


def _is_place(line: str, place: str) -> bool:
    """Whether a sign-off line names a place, not who signs: the dateline's place, a city
    or a state the vocabulary knows ('Ministry of Foreign Affairs' / 'Addis Ababa' under
    the Ethiopian ministry's release gave it the outlet "Addis Ababa", verify45 F8)."""
    from .event_vocabulary import CITIES, COUNTRIES

    name = letterhead_case(line)
    return (bool(place) and name.casefold() == place.casefold()) or name in CITIES \
        or name in COUNTRIES


def _signed_off_outlet(text: str, place: str = "") -> str:
    """The outlet that signs an article off on its last line, alone ('Tanjug' under
    Politika's story, 'KOHA' under Koha's: verify43 F3, X22, neither had an outlet), as
    written ('KOHA' as 'Koha': a name, not its typography), or ``""``.  The line must
    start with a capital and be one or two words of letters, or be a ministry's or an
    embassy's (:data:`_OFFICE_LINE`).  A place is no outlet (``_is_place``, ``place``:
    the dateline's): a press release signed 'Ministry of Foreign Affairs' / 'Addis Ababa'
    is the ministry's (``_office_outlet``), verify45 F8."""
    tail = text[max(0, len(text) - _TAIL_CHARS):]
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    if len(lines) < 2:
        return ""  # nothing it signs: a text of one line ('Talks', typed or pasted) is none
    last = lines[-1]
    if not last[:1].isupper() or last.casefold() in _NOT_OUTLETS:
        return ""
    if _OFFICE_LINE.fullmatch(letterhead_case(last)):
        return _office_outlet(last, text)
    team = _PRESS_TEAM.fullmatch(last)
    if team is not None:
        return team.group("name")
    if _SIGN_OFF.fullmatch(last) is None:
        return ""
    if _is_place(last, place):
        before = lines[-2] if len(lines) > 1 else ""
        if _OFFICE_LINE.fullmatch(letterhead_case(before)):
            return _office_outlet(before, text)
        return ""
    return last.title() if last.isupper() and len(last) > 3 else last


_LINE = re.compile(r"[^\n]+")
_TAIL_CHARS, _TAIL_LINES = 600, 6
"""How far from the end a signing-off date line is looked for (characters, non-blank lines)."""

_TOP_CHARS = 3000
"""How far from the top a 'Published:' line is looked for."""


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


_FUTURE_MARKERS = re.compile(r"\b(?:will|shall|plans?|planned|scheduled|expected|next|upcoming|"
                             r"target|aims?|due|would|set\s+(?:for|to)|slated|ahead\s+of|"
                             # 'a referendum could be held in 2027' (verify55 F4: read as past,
                             # it left no year for 'Aug 8'); not 'could not agree in 2019'
                             r"(?:could|might)(?!\s+(?:not|never|have)\b)|"
                             r"(?:is|are)\s+to(?=\s+[a-z])|"  # 'is to begin patrols in March 2026'
                             r"to\s+be\s+[a-z]+(?:ed|en|t|d)(?=\s))\b",
                             re.IGNORECASE)
_PLANNED = re.compile(r"\b(?:plans?|planning|intends?|intending|hopes?|aims?|agrees?|pledges?|"
                      r"vows?|promises?|wants?|seeks?)\s++to\s++(?!have\b|be\s++\w++ed\b)"
                      r"[a-z]", re.IGNORECASE)
"""A commitment in the present tense anywhere in a clause ('The two countries plan to mark
70 years of relations in December 2025'): its dates have not come yet, however many words
lie between (the markers above are read in the last six words only)."""
_DUE_TO = re.compile(r"\b(?:is|are)\s++(?:due|set|expected|scheduled|slated|poised)\s++to\s++"
                     r"(?!have\b)[a-z]", re.IGNORECASE)
"""An arrangement in the present anywhere in a clause ('South Africa is due to take over the
rotating chair of the bloc in August 2026'): its dates are to come, unless a past verb stands
between it and the date ('is due to renew the treaty signed in 2019').  (ext97: read in the
last six words only, the clause was past, and a 17 October dateline was put in 2026.)"""
_MODAL_AFTER = re.compile(r"\s*+(?:will|shall|should|must|(?:is|are)\s++(?:to|expected|due|set)\b)"
                          r"\b(?!\s++(?:not\s++)?have\b)", re.IGNORECASE)
"""A modal verb right after a year mention, whose subject holds it ('the total catch in 2027
should not exceed 174,357 tonnes'): that year has not come (verify31, F4: read as past, it left
no year for an October dateline).  Not a past modal ('in 2010 should have been'), nor 'would',
'could' or 'might' ('the talks in 2019 would later collapse' tells the past's future)."""
_COMMITTED = re.compile(r"\b(?:agreed|pledged|decided|vowed|promised|resolved|undertook)\s++to\s++"
                        r"(?!have\b|be\s++\w++ed\b)[a-z]", re.IGNORECASE)
"""A commitment told as past ('they agreed to launch joint patrols from January 2026'): the
agreement is past, what it commits to may not be, so its dates bound nothing (verify27,
session 20, read 'from January 2026' as past and put a 14 October dateline in 2026)."""
_YEAR_MENTION = re.compile(rf"\b(?P<prep>since\s+|in\s+|from\s+|by\s+|until\s+|till\s+|before\s+)?"
                           rf"(?:(?P<dayb>\d{{1,2}})(?:st|nd|rd|th)?\s+)?"
                           rf"(?:(?P<month>{_MONTH_RE})\s+(?:(?P<daya>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?)?"
                           rf"(?P<year>(?:19|20)\d\d)\b")


_VERBLESS_WORDS = 4
"""At most this many words make a comma piece with no verb an apposition ('Riga, Latvia's
capital, from January 2027'): it is read past to the clause before it."""
_VERB_LIKE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|said|says|"
                        r"\w+ed|\w+ing)\b", re.IGNORECASE)


def _own_clause(before: str) -> str:
    """The clause a year mention belongs to, from the text ``before`` it in its sentence: the
    words after the last comma, semicolon, colon, 'and' or 'but'.  A mention that opens its
    piece ('..., from January 2027') hangs on the clause before it, read past short pieces
    with no verb (an apposition: 'a cell to be based in Riga, Latvia's capital, from
    January 2027' is read in 'a cell to be based in Riga'; trial 13 read only 'from', as
    past)."""
    parts = re.split(r"([,;:]|\band\b|\bbut\b)", before)
    pieces, marks = parts[0::2], parts[1::2]  # (marks[k] ends pieces[k])
    clause = pieces[-1]
    if clause.strip() or len(pieces) < 2 or marks[-1] != ",":
        return clause  # (after 'and', 'but' or ';' a new clause begins)
    kept = len(pieces) - 2
    while kept > 0 and marks[kept - 1] == "," and len(pieces[kept].split()) <= _VERBLESS_WORDS \
            and _VERB_LIKE.search(pieces[kept]) is None:
        kept -= 1  # (an apposition between the clause and the mention)
    return pieces[kept]


def _past_verb_before(clause: str) -> bool:
    """Whether the last word of ``clause`` (the words before a date's preposition) is a verb
    in the past ('opened' in 'The cell opened in January 2027'; not 'gas' in 'a ban on
    liquefied gas from January 2027')."""
    words = re.findall(r"[a-z']+", clause.lower())
    return bool(words) and (words[-1] in PAST_CUES or (len(words[-1]) > 4
                                                       and words[-1].endswith("ed")))


class _Bound(NamedTuple):
    """A bound on the article's year: the year, why, and whether the date it comes from names
    its month ('in March 2018': a specific recent event; 'in 2000': background)."""

    year: int
    why: str
    monthly: bool = False
    written: bool = False
    """Whether the date is one of the dateline's year or before it in the same year, written
    with its year ('in October 2025' told as past under an 11 November dateline): news names
    no year for a date of its own year, so the article is likely from a later year."""
    listed: bool = False
    """Whether the date is an entry of the article's chronology ('Key dates': '- 8 May 2019:
    Belizeans approve it'): background the article lists, not news it tells as recent."""


def _year_bounds(text: str, segments: list[Segment] | None = None, month: int | None = None,
                 day: int | None = None) -> tuple[_Bound | None, _Bound | None]:
    """The earliest and the latest year the article can be from, from the years it mentions.

    A "since March 2023", a past "announced in March 2023" or "entered into force on 1
    December 2023" dates something that already happened: the article is from 2023 or later
    (a lower bound).  A target "by 2030", "until 2015", or a date in a clause about the
    future ("will meet in 2026", "will visit from 21 to 23 January 2024") has not come yet:
    the article is from that year or earlier (an upper bound).  Each year is judged in its
    own clause, so a "by" elsewhere in the lead does not discard a past "in 2013".

    With the dateline's ``month`` and ``day``, a mention's month counts too: under a 18
    January dateline, a past 'December 2023' puts the article in 2024 or later, and a
    coming '21 January 2024' in 2024 or earlier (a date cannot precede what it reports
    as done, nor follow what it announces).
    """
    low: _Bound | None = None
    high: _Bound | None = None
    told = (month, day or 1) if month is not None else None
    stamps = _entry_stamps(text)
    for seg in segments if segments is not None else split_sentences(text):
        for m in _YEAR_MENTION.finditer(seg.text):
            prep = (m.group("prep") or "").strip().lower()
            year = int(m.group("year"))
            clause = _own_clause(seg.text[max(0, m.start() - 120) : m.start()])
            entry = stamps.get(seg.start + m.start())
            if entry is not None:
                # An entry of a chronology ('Key dates': 'Nov 2025 - The two sides hold
                # talks'): a fact told in the present as a headline is, done unless its line
                # looks ahead ('2027 - Elections due'); its stamp has no preposition or verb
                # for the rules below (ext97: a 'Feb 4 (Reuters)' dateline took its year from
                # an entry five years before the list's last one)
                if _FUTURE_MARKERS.search(entry) is not None:
                    continue
                prep = "in"
            # an upper bound only from a target the clause looks ahead to ('want a deal by
            # 2015', 'will meet in 2026'); 'brokered ... in April 2001' is no such thing
            # (day numbers of a range are no words: 'will visit Beijing from 21 to 23 January')
            near = " ".join([w for w in clause.split() if not w.isdigit()][-6:])
            mentioned = (_month_number(m.group("month")),
                         int(m.group("dayb") or m.group("daya") or 0)) if m.group("month") else None
            if prep in ("by", "until", "till", "before"):
                future = re.search(r"\b(?:had|was|were)\b", near) is None  # 'had doubled by 2015'
            elif prep != "since" and _COMMITTED.search(clause) is not None:
                continue  # (what a past agreement commits to: neither done nor to come)
            elif prep != "since" and (_PLANNED.search(clause) is not None
                                      or _MODAL_AFTER.match(seg.text, m.end()) is not None
                                      or _arranged(clause)):
                future = True
            else:
                markers = list(_FUTURE_MARKERS.finditer(near))
                marker = markers[-1] if markers else None
                after = near[marker.end():].lower().split() if marker else []
                # 'would end a rupture that began in 2016': a past verb after the marker
                # (not a participle after 'be': 'is due to be commissioned in 2028')
                future = (prep == "in" or (mentioned is not None and prep in ("", "from"))) \
                    and marker is not None and not any(
                        (w in PAST_CUES or (len(w) > 4 and w.endswith("ed")))
                        and (i == 0 or after[i - 1] not in ("be", "been", "being"))
                        for i, w in enumerate(after))
            words = m.group(0).strip()
            if future:
                if told is not None and mentioned is not None and told > (
                        mentioned[0], mentioned[1] or 31):
                    year -= 1  # 'will visit in March 2025' under a 22 May dateline: 2024
                if high is None or year < high[0]:
                    high = _Bound(year, f"'{words}' has not come yet")
            elif prep in ("since", "in", "from") or (mentioned is not None and any(
                    w in PAST_CUES or (len(w) > 4 and w.endswith("ed"))
                    for w in near.lower().split())) or _past_full_date(m, clause):
                # (a date with no preposition of time is past only after a past verb:
                # 'entered into force on 1 December 2023', not 'hold talks on 22 January')
                later = told is not None and mentioned is not None and told < (
                    mentioned[0], mentioned[1] or 1)
                if year > _latest_day().year and not _past_verb_before(clause):
                    # (a date of a year after this one is no past unless a past verb governs it
                    # ('the cell opened in January 2027': the clock may be wrong): 'a ban on
                    # imports of liquefied gas from January 2027' has 'from' and a word in -ed;
                    # read as done, it left no year for the dateline; ext157, from blind set
                    # h30, and five stories of dateline_years.py, each a plan read as done)
                    continue
                if later:
                    year += 1  # 'in December 2023' done under a 18 January dateline: 2024
                # ('since July 2000' measures a time that has lasted, often long: no
                # recent event)
                monthly = mentioned is not None and prep != "since"
                # (a chronology's entries write every year, the article's own too: 'April
                # 6, 2024 - Mexico breaks off relations' in a factbox of 8 April 2024; ext106)
                written = monthly and told is not None and not later and entry is None
                if low is None or year > low[0] or (year == low[0] and (
                        (monthly and not low.monthly) or (written and not low.written))):
                    low = _Bound(year, f"the text's chronology lists '{words}' as done"
                                 if entry is not None else
                                 f"the text mentions '{words}' as past", monthly, written,
                                 entry is not None)
    return low, high


def _entry_stamps(text: str) -> dict[int, str]:
    """Where the date of each entry of a chronology in ``text`` starts (offset), and the
    entry's words after its stamp (:func:`.chronology.chronology_lines`: 'Nov 2025 - The two
    sides hold border talks' -> ``{start of 'Nov 2025': 'The two sides hold border talks'}``)."""
    found: dict[int, str] = {}
    for line in chronology_lines(text):
        stamp = ENTRY_STAMP.match(text, line)
        if stamp is None:
            continue
        end = text.find("\n", stamp.end())
        found[stamp.start("date")] = text[stamp.end():end if end >= 0 else len(text)]
    return found


_YEAR_AHEAD = re.compile(r"\b(?:for|the)\s++(?P<year>(?:19|20)\d\d)\b(?!\s*+[-\u2013/])")
"""A year the clause is about ('set its own quota for 2027', 'the 2027 catch'): a year to come
when its clause looks ahead (:func:`_coming_year`)."""
_COMING_GAP = 2
"""How many years before a year the text tells as coming its article may be, for that year to
bound the article's from below (:func:`_by_weekday`): 'its own quota for 2027' is written in
2025-2027, not in 2015 (verify75 F1)."""


def _coming_year(segments: list[Segment], stamps: dict[int, str] | None = None
                 ) -> tuple[int, str] | None:
    """The earliest year the text tells as coming, with its words: a year its clause is about
    ('would set its own quota for 2027', 'the 2027 catch should fall': :data:`_YEAR_AHEAD`)
    after a future marker (:data:`_FUTURE_MARKERS`, :data:`_PLANNED`) with no past verb
    between, or followed by a modal (:data:`_MODAL_AFTER`).  A chronology's entries
    (``stamps``: :func:`_entry_stamps`) are no such thing.  ``None`` when none is."""
    found: tuple[int, str] | None = None
    for seg in segments:
        for m in _YEAR_AHEAD.finditer(seg.text):
            if stamps and seg.start + m.start("year") in stamps:
                continue
            clause = _own_clause(seg.text[max(0, m.start() - 120) : m.start()])
            markers = list(_FUTURE_MARKERS.finditer(clause))
            after = re.findall(r"[a-z']+", clause[markers[-1].end():].lower()) if markers else []
            ahead = (bool(markers) and not any(
                w in PAST_CUES or (len(w) > 4 and w.endswith("ed")) for w in after)
                and re.search(r"\b(?:had|has|have|was|were|been)\s++$",  # 'had set for 2016'
                              clause[:markers[-1].start()]) is None) \
                or _PLANNED.search(clause) is not None \
                or re.match(r"\s*+[a-z]++" + _MODAL_AFTER.pattern, seg.text[m.end():],
                            re.IGNORECASE) is not None
            year = int(m.group("year"))
            if ahead and (found is None or year < found[0]):
                found = (year, " ".join(m.group(0).split()))
    return found


def _arranged(clause: str) -> bool:
    """Whether ``clause`` tells an arrangement ahead (:data:`_DUE_TO`) with no past verb
    after it, before the date that ends the clause."""
    due = next(reversed(list(_DUE_TO.finditer(clause))), None)  # (the last one)
    if due is None:
        return False
    after = re.findall(r"[a-z']+", clause[due.end() - 1:].lower())
    return not any((w in PAST_CUES or (len(w) > 4 and w.endswith("ed")))
                   and (i == 0 or after[i - 1] not in ("be", "been", "being"))
                   for i, w in enumerate(after))


def _past_full_date(m: re.Match[str], clause: str) -> bool:
    """Whether a full date ('December 1, 2022', '1 December 2022') is told as past by its
    clause as a whole: a past verb anywhere in it and no future marker ('The talks followed a
    ruling by the International Court of Justice in The Hague on December 1, 2022': the verb
    is more than six words before the date).  A date this explicit is what the article
    reports as done, so the article cannot be older (verify14, session 14)."""
    if not m.group("month") or not (m.group("dayb") or m.group("daya")):
        return False
    if _FUTURE_MARKERS.search(clause) is not None:
        return False
    words = re.findall(r"[a-z']+", clause.lower())
    return any(w in PAST_CUES or (len(w) > 4 and w.endswith("ed")) for w in words)


def _lower_bound(text: str) -> _Bound | None:
    """The earliest year the article can be from (see :func:`_year_bounds`)."""
    return _year_bounds(text)[0]


def _today() -> _dt.date:
    """Today's date (a function, so that tests can fix it)."""
    return _dt.date.today()


#: A later day than today that the readings of one dateline take as the last an article
#: can be from (:func:`_timeline_days_ahead`); None (the default): today.  A context
#: variable: an import reads its article in a worker thread, each with its own value.
_LATEST_DAY: ContextVar[_dt.date | None] = ContextVar("_LATEST_DAY", default=None)


def _latest_day() -> _dt.date:
    """The last day an article can be from: today (:func:`_today`), unless a reading
    allows a day of the open timeline's story just ahead of it (:data:`_LATEST_DAY`)."""
    latest = _LATEST_DAY.get()
    return _today() if latest is None else latest


_YEARS_MARKED = re.compile(
    r"\b(?P<verb>mark|marks|marking|celebrate|celebrates|celebrating|commemorate|commemorates|"
    r"commemorating)\s++(?:the\s++)?(?P<n>\d{1,3}+|[A-Za-z]++(?:-[A-Za-z]++)?)\s++years\s++"
    r"(?:of|since)\b", re.IGNORECASE)
"""'mark 75 years of diplomatic relations', 'celebrates 50 years since the treaty'."""
_OTHER_YEAR = re.compile(r"\b(?:next|last|previous|coming)\s+year\b", re.IGNORECASE)


_MARKED_NOW = re.compile(
    r"\b(?:(?P<now>marks|celebrates|commemorates|(?:is|are)\s++(?:marking|celebrating|"
    r"commemorating))|marked|celebrated|commemorated)\s++(?:the\s++|its\s++|their\s++)?$",
    re.IGNORECASE)
"""The verb just before an 'Nth anniversary': in the present ('Cambodia marks the 64th
anniversary'), or in the past ('marked the 64th anniversary'), which is of the article's year
only with a month of it ('In June, Cambodia marked ...') or a day of its week."""
_BARE_MONTH = re.compile(rf"\b(?:in|on|since|early|late|mid-?)\s++(?P<month>{_MONTH_RE})"
                         r"(?!\s*+\d)", re.IGNORECASE)


def _marked_this_year(sentence: str, at: int, month: int | None) -> bool:
    """Whether the anniversary named at ``at`` is marked in the article's year without the
    sentence saying 'this year': a present verb ('marks the 64th anniversary'), or a past
    one with a month of the year up to the dateline's ('In June, Cambodia marked the 64th
    anniversary' under an October dateline) or a weekday ('celebrated ... on Sunday');
    never beside 'last year', 'next year' or a second year."""
    verb = _MARKED_NOW.search(sentence[max(0, at - 40):at])
    if verb is None or _OTHER_YEAR.search(sentence) is not None \
            or len(re.findall(r"\b(?:1[6-9]|20)\d\d\b", sentence)) != 1:
        return False
    if verb.group("now"):
        return True
    months = [_month_number(m.group("month")) for m in _BARE_MONTH.finditer(sentence)]
    if months:
        return month is not None and all(m <= month for m in months)
    return _WEEKDAY_NAME.search(sentence) is not None


def _anniversary_year(text: str, segments: list[Segment] | None = None,
                      month: int | None = None) -> tuple[int, str] | None:
    """The DCT year from "the Nth anniversary ... this year" (or "marks N years of ... this
    year", or in the present tense: "This year the two countries mark 75 years of relations,
    which were established in 1949", or marked this year by the words around it:
    :func:`_marked_this_year`, with the dateline's ``month``) and a founding year in the same
    sentence."""
    for seg in segments if segments is not None else split_sentences(text):
        this_year = re.search(r"\bthis\s+year\b", seg.text, re.IGNORECASE) is not None
        m = re.search(ORDINAL_RE + r"\s+anniversary\b", seg.text, re.IGNORECASE)
        if m and (this_year or _marked_this_year(seg.text, m.start(), month)):
            number, words = ordinal_value(m.group("ordinal")), f"the {m.group('ordinal')} anniversary"
        elif (marked := _YEARS_MARKED.search(seg.text)) is not None and (
                this_year or (marked.group("verb").lower() in ("mark", "marks", "celebrate",
                                                                "celebrates", "commemorate",
                                                                "commemorates")
                              and _OTHER_YEAR.search(seg.text) is None)):
            number, words = _cardinal(marked.group("n")), " ".join(marked.group(0).split())
        else:
            continue
        founded = re.search(r"\b(?:in|since|of)\s+(?:\w+\s+)?((?:1[6-9]|20)\d\d)\b", seg.text)
        if number and founded:
            year = int(founded.group(1)) + number
            if year > _latest_day().year:
                # the year found dates the marking, not the founding ('plan to mark 70
                # years of relations in December 2025' is no event of 2025 + 70: verify27,
                # session 20, read 2095): an article is not from the future
                continue
            return year, (f"'{words}' of an event of {founded.group(1)} falls in the "
                          f"article's year, so the year is {year}")
    return None


_HANDOVER = re.compile(
    r"\b(?:hand(?:s|ing)?|pass(?:es|ing)?)\s++(?:over\s++)?(?:the\s++)?(?:(?:rotating|annual|"
    r"yearly)\s++)?(?P<office>chair(?:manship|ship)?|presidency)\b(?:\s++of\s++(?:the\s++)?"
    r"[A-Z][\w\-]*+(?:\s++[A-Z][\w\-]*+){0,4})?\s++to\s++(?:the\s++)?"
    r"[A-Z][\w'\u2019\-]*+(?:\s++[A-Z][\w'\u2019\-]*+){0,3},?\s++(?:which|who)\s++"
    r"(?:will\s++)?(?:chairs?|holds?|takes?\s++(?:it\s++)?over|assumes?)\b[^.;,\n]{0,60}?"
    r"\bin\s++(?P<year>(?:19|20)\d\d)\b(?!\s*+[-\u2013/])")
"""A rotating chair handed on now or soon to its holder of a whole year: 'the meeting ends on
Thursday with Ferreira handing the chairmanship to Norway, which chairs the council in 2027',
'hands the G20 presidency to South Africa, which holds it in 2025'.  A year's chair is handed
on in the year before it (not 'handed', past: the story may be later; not a month's or a
half-year's presidency, 'in July 2025', whose handover is in its own year)."""


def _handover_year(segments: list[Segment]) -> tuple[int, str] | None:
    """The article's year from a rotating chair it tells as handed on now or soon to the
    holder of a named year (:data:`_HANDOVER`): the year before that one, with why; ``None``
    without such a handover (ext133, from blind set h23: a Bernama dateline 'KUALA LUMPUR,
    Oct 26' whose story names no other year of its own had none)."""
    for seg in segments:
        m = _HANDOVER.search(seg.text)
        if m is None:
            continue
        year = int(m.group("year")) - 1
        words = " ".join(seg.text[m.start():m.end()].split())
        return year, (f"the text tells a {m.group('office').lower()} handed on now to its "
                      f"holder of {m.group('year')} ('{words}'), so the year is {year}")
    return None


_LAST_YEAR = re.compile(r"(?<![Tt]he\s)(?<![Tt]his\s)\blast\s++year\b(?!'s|\s+of\b)",
                        re.IGNORECASE)
"""'began last year', 'late last year' (not 'the last year of his term', 'last year's')."""


def _last_year_year(segments: list[Segment]) -> tuple[int, str] | None:
    """The DCT year from "last year" and the past event it dates: "The thaw began last year.
    Chilean President ... held their first bilateral meeting on July 8, 2024" puts the
    article in 2025.  The event is a past date with its month (a specific event: 'in March
    2018', 'on July 8, 2024'; not 'since 2019' or a bare year, which are background) in the
    sentence saying "last year", or, when that sentence has no year of its own and ends with
    "last year" (a topic sentence: "The thaw began last year."), in the next one, which tells
    what happened then (verify24, session 19).

    Returns:
        ``(year, why)`` with year = the event's year + 1, or ``None``; several such pairs
        that disagree give ``None``.
    """
    found: set[tuple[int, str]] = set()
    for i, seg in enumerate(segments):
        said = _LAST_YEAR.search(seg.text)
        if said is None:
            continue
        # (the next sentence only after a topic sentence that "last year" closes: "The
        # thaw began last year." -- not "Japan was its fourth largest partner last year,
        # with trade of ...", followed by another story's "in December 2023")
        closes = re.fullmatch(r"[\s.!\"'\u201d]*", seg.text[said.end():]) is not None
        told = [seg] if _YEAR_MENTION.search(seg.text) else \
            segments[i + 1:i + 2] if closes else []
        for one in told:
            low, _high = _year_bounds(one.text, [one])
            if low is not None and low.monthly:
                found.add((low.year + 1, f"'{said.group(0)}' is {low.year}: {low.why}"))
    if len({y for y, _ in found}) != 1:
        return None
    year, why = min(found)
    return year, why


_LAST_MONTH = re.compile(r"(?<![Tt]he\s)\b(?i:last)\s++(?P<month>January|February|March|April|"
                         r"May|June|July|August|September|October|November|December)\b(?!\s*+\d)")
"""'Last August, a patrol intercepted ...' (not 'the last August', 'last August 2025')."""


def _last_month_year(segments: list[Segment], month: int) -> tuple[int, str] | None:
    """The DCT year from "last <month>" and a past date of that month written with its year:
    'Last August, a patrol intercepted two longliners' and 'the patrols began in August 2025'
    under a year-less 11 February dateline put the article in 2026.  Only a month after the
    dateline's (last August under a February dateline is the year before's; under a November
    one it may be this year's); the text's one August told as past is taken for the one
    "last August" names, so every such date must give one year (ext97).

    Returns:
        ``(year, why)``, or ``None``.
    """
    named = {_month_number(m.group("month")): m.group(0) for seg in segments
             for m in _LAST_MONTH.finditer(seg.text)}
    found: set[tuple[int, str]] = set()
    for number, said in named.items():
        if number <= month:
            continue
        written = {int(m.group("year")): (seg, " ".join(m.group(0).split()))
                   for seg in segments for m in _YEAR_MENTION.finditer(seg.text)
                   if m.group("month") and _month_number(m.group("month")) == number}
        if len(written) != 1:
            continue  # (none, or two years of that month: which one it names is unknown)
        ((year, (seg, words)),) = written.items()
        low, _high = _year_bounds(seg.text, [seg])
        if low is not None and low.monthly and low.year == year:
            found.add((year + 1, f"'{said}' is {words}, a month after the dateline's in the "
                       "year before"))
    if len({y for y, _ in found}) != 1:
        return None
    return min(found)


_CARDINAL_RE = r"(?P<n>\d{1,3}+|[A-Za-z]++(?:-[A-Za-z]++)?)"
_ABOUT_RE = r"(?:(?:more\s++than|nearly|almost|over|about|some)\s++)?"
_FIRST_IN_YEARS = re.compile(rf"\b(?:first|1st)\b[^.;\n]{{0,80}}?\bin\s++{_ABOUT_RE}{_CARDINAL_RE}\s++years\b",
                             re.IGNORECASE)
"""'the first visit in 12 years', 'for the first time in 54 years'."""
_AFTER_YEARS = re.compile(rf"\bafter\s++{_ABOUT_RE}{_CARDINAL_RE}\s++years\b"
                          r"(?=\s*+(?:[.,;:!?\u2014\u2013]|-\s|$))", re.IGNORECASE)
"""'restore diplomatic ties after 54 years' at a clause's end ('after five years of talks' is
the length of something else)."""
_FIRST_SINCE = re.compile(rf"\b(?:first|1st)\b[^.;\n]{{0,100}}?\bsince\s++(?:the\s++)?"
                          rf"(?:{_MONTH_RE}\s++)?(?P<y>(?:1[6-9]|20)\d\d)\b", re.IGNORECASE)
"""'for the first time since 1961', 'the first visit ... since September 2012'."""
_YEARS_AFTER_YEAR = re.compile(rf"\b{_CARDINAL_RE}\s++years\s++after\s++(?:the\s++)?"
                               rf"(?:{_MONTH_RE}\s++)?(?P<y>(?:1[6-9]|20)\d\d)\b", re.IGNORECASE)
"""'54 years after the 1961 break' ('54 years after 1961')."""


def _cardinal(word: str) -> int | None:
    """A whole number of years in digits or words ('54', 'twelve', 'fifty-four'), else None."""
    if word.isdigit():
        return int(word)
    parts = word.lower().split("-")
    values = [NUMBER_WORDS.get(p) for p in parts]
    if not 1 <= len(parts) <= 2 or any(v is None or p in ("a", "an", "hundred", "dozen")
                                       for p, v in zip(parts, values, strict=True)):
        return None
    if len(parts) == 2 and not (values[0] in _TENS.values() and (values[1] or 0) < 10):
        return None
    return int(sum(v or 0 for v in values))


def _elapsed_year(text: str, span: tuple[int, int], segments: list[Segment],
                  years: list[int]) -> tuple[int, str] | None:
    """The year of the lead's event from the time since an earlier year, both said of it in
    the headline or the lead: 'restore diplomatic ties after 54 years' and 'for the first time
    since 1961', or '54 years after the 1961 break'.

    Elapsed years are whole and rounded either way, so they put the event in YEAR + N - 1 to
    YEAR + N + 1; the weekday the lead names (``years``: the years in which the dateline's day
    has it) keeps at most one of three consecutive years.  Only when every pairing the headline
    and lead offer leaves the same single year is it taken; otherwise ``None`` (no guess).
    """
    top = [s for s in segments if s.end <= span[0]]
    lead = next((s for s in segments if s.end > span[1]), None)
    told = top + ([lead] if lead is not None else [])
    spans: list[tuple[int, int, str]] = []  # (start year, years elapsed, words)
    elapsed: list[tuple[int, str]] = []
    since: list[tuple[int, str]] = []
    for seg in told:
        for pattern in (_FIRST_IN_YEARS, _AFTER_YEARS):
            for m in pattern.finditer(seg.text):
                n = _cardinal(m.group("n"))
                if n is not None and 0 < n <= 500:
                    elapsed.append((n, " ".join(m.group(0).split())))
        since.extend((int(m.group("y")), " ".join(m.group(0).split()))
                     for m in _FIRST_SINCE.finditer(seg.text))
        for m in _YEARS_AFTER_YEAR.finditer(seg.text):
            n = _cardinal(m.group("n"))
            if n is not None and 0 < n <= 500:
                spans.append((int(m.group("y")), n, " ".join(m.group(0).split())))
    spans.extend((y, n, f"'{n_words}' and '{y_words}'") for n, n_words in elapsed
                 for y, y_words in since)
    fits = {(y + n + d, words, y, n) for y, n, words in spans for d in (-1, 0, 1)
            if y + n + d in years}
    if len({f[0] for f in fits}) != 1:
        return None
    year, words, start, n = min(fits)
    return year, (f"the headline and lead say {words}: {n} years after {start}, "
                  f"{start + n - 1}-{start + n + 1} (whole years, rounded), of which only "
                  f"{year} has the lead's weekday")


_WEEKDAY_NAME = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NOT_THIS_WEEK = re.compile(r"\b(?:last|next|this|coming|following|previous|every|each|on\s+a)\s+$",
                            re.IGNORECASE)
"""Words before a weekday that take it out of the dateline's week ('last Thursday') or make
it no particular day ('every Monday')."""


_DAY_MONTH_AFTER_WEEKDAY = (
    rf",?\s++(?:the\s++)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s++(?:of\s++)?(?P<m1>{_MONTH_RE})"
    rf"|(?P<m2>{_MONTH_RE})\s++(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))")
_DATE_AFTER_WEEKDAY = re.compile(_DAY_MONTH_AFTER_WEEKDAY + r"(?!,?\s*+\d{4})")
"""The day and month right after a weekday, with no year: 'Tuesday 1 December', 'Wednesday,
Dec. 2', 'Saturday, the 5th of December' (not 'Tuesday, 1 December 2026': a full date)."""
_OWN_DATE_AFTER_WEEKDAY = re.compile(_DAY_MONTH_AFTER_WEEKDAY)
"""A day and month right after a weekday, with or without a year ('opened on Tuesday,
February 11'): the weekday is that date's, never a bare day of the dateline's week
(verify83 F2: 'Tuesday, February 11' in a second paragraph was read as the lead's day and
a 14 February 2025 dateline was told to check its year)."""

_DATED_WEEKDAY_DAYS = 45
"""How near (days, either way) the dateline's day a weekday's own date must be for its year
to be the dateline's, or the one before or after across the new year
(:func:`_dated_weekday_years`): a story tells the days of its own weeks by weekday and date."""


def _dated_weekday_years(text: str, month: int, day: int) -> tuple[list[int], str] | None:
    """The years the dateline's day can be in, from weekdays the text tells with their own
    day and month ('negotiations that began on Tuesday 1 December' under a 'Dec 3' dateline:
    1 December is a Tuesday in 2009, 2015, 2020, 2026, so the article is of one of them;
    verify42 X18).  Each such date within :data:`_DATED_WEEKDAY_DAYS` of the dateline's day
    counts, in the dateline's year or across the new year; several must agree.

    Returns:
        ``(years 1900-2100 ascending, the evidence in words)``, or ``None`` when the text
        tells no such date, or its dates leave no year.
    """
    years: set[int] | None = None
    told: list[str] = []
    for m in _WEEKDAY_NAME.finditer(text):
        after = _DATE_AFTER_WEEKDAY.match(text, m.end())
        if after is None:
            continue
        d_month = _month_number(after.group("m1") or after.group("m2") or "")
        d_day = int(after.group("d1") or after.group("d2") or 0)
        shifts = []
        for shift in (-1, 0, 1):  # (the leap year 2000 holds every 29 February)
            if _valid_day(2000 + shift, d_month, d_day):
                gap = abs((_dt.date(2000 + shift, d_month, d_day) - _dt.date(2000, month, day)).days)
                shifts.append((gap, shift))
        if not shifts or min(shifts)[0] > _DATED_WEEKDAY_DAYS:
            continue  # (no calendar day, or too far from the dateline's to be of its year)
        shift = min(shifts)[1]
        these = {y - shift for y in _years_with_weekday(d_month, d_day, WEEKDAYS[m.group(1).lower()])}
        years = these if years is None else years & these
        told.append(" ".join(text[m.start():after.end()].split()))
    if not years:
        return None
    return sorted(years), " and ".join(f"'{w}'" for w in dict.fromkeys(told))


STARTS_THEN = re.compile(
    r"\b(?:starting|beginning|commencing|effective|(?:to\s++)?(?:take|takes|taking)\s++effect"
    r"|(?:comes|coming|goes|going)\s++into\s++(?:force|effect)|begins|starts|expires|lapses)"
    r"(?:\s++(?:at|from)\s++(?:midnight|noon|dawn|dusk|daybreak|\d{1,2}(?:[:.]\d\d)?+"
    r"(?:\s*+[ap]\.?m\.?)?+)(?:\s++(?:local\s++time|GMT|UTC))?+)?+"
    r"\s++(?:on\s++|from\s++)?$", re.IGNORECASE)
"""A weekday that starts something the lead announces ('agreed on Wednesday to a 72-hour truce
starting on Saturday', 'a ceasefire to take effect on Saturday', 'a truce that takes effect at
midnight on Sunday', 'that comes into force at 6 a.m. on Monday', 'a pause that begins on
Monday'): a day to come, not the day the lead reports (verify42 X1: the lead's day was taken
as Saturday, and with 'arrived on Monday' after it, 2 December as a Monday, in 2024; verify87
F2: a lead whose parties 'agreed on Friday' to a truce starting 'at midnight on Sunday' made
the lead's day a Sunday, and a correct year was told to be checked).  The present tense of a start
('begins', 'takes effect') in a news lead tells a day ahead."""


def _planned_or_other_week(sentence: str, at: int) -> bool:
    """Whether the weekday named at ``at`` is out of the dateline's week ('last Thursday') or
    a day to come: a future word in its clause ('will meet on Thursday')."""
    before = sentence[max(0, at - 120):at]
    if _NOT_THIS_WEEK.search(before) or STARTS_THEN.search(before):
        return True
    clause = re.split(r"[,;:]|\band\b|\bbut\b", before)[-1].lower()
    # ('to' only as 'is to', 'are to': 'a visit to China on Wednesday' is no plan)
    return any(w in _FUTURE_WORDS and w != "to" for w in re.findall(r"[a-z']+", clause)) \
        or re.search(r"\b(?:is|are)\s+to\s", clause) is not None \
        or _SET_FOR.search(clause) is not None


_SET_FOR = re.compile(r"\b(?:set|slated|fixed|pencilled|penciled)\s+(?:in\s+)?(?:for|to)\s")
"""'talks on a longer truce set for Saturday': a day a plan is set for is a day to come, not
the day the lead reports (verify77 F3: a Wednesday lead's 'set for Saturday' made the
dateline a Saturday, and so its year 2023)."""


def _past_weekdays(seg: Segment, fronted: bool = False) -> list[int]:
    """Weekdays a sentence after the lead names for something already done in the
    dateline's week ("It held its first meeting on Monday"): a past verb in the clause
    before the name, no future marker there, no 'last'/'next' before it.  With ``fronted``,
    also a weekday in an opening phrase whose clause then tells a past act ("At the summit
    in London on Monday, the prime minister ... signed ...")."""
    found: list[int] = []
    for m in _WEEKDAY_NAME.finditer(seg.text):
        before = seg.text[max(0, m.start() - 120) : m.start()]
        if _NOT_THIS_WEEK.search(before) or _OWN_DATE_AFTER_WEEKDAY.match(seg.text, m.end()):
            continue  # (a weekday with its own date is that date's: verify83 F2)
        clause = re.split(r"[,;:]|\band\b|\bbut\b", before)[-1].lower()
        words = re.findall(r"[a-z']+", clause)
        if any(w in _FUTURE_WORDS for w in words) or "had" in words:
            continue  # (a past perfect, 'had warned on Thursday', is before the lead's day)
        if any(w in PAST_CUES or (len(w) > 4 and w.endswith("ed")) for w in words):
            found.append(WEEKDAYS[m.group(1).lower()])
        elif fronted and "," not in before and seg.text.startswith(",", m.end()):
            after = re.findall(r"[a-z']+", seg.text[m.end():m.end() + 200].lower())
            for w in after:
                if w in _FUTURE_WORDS or w == "had":
                    break
                if w in PAST_CUES or (len(w) > 4 and w.endswith("ed")):
                    found.append(WEEKDAYS[m.group(1).lower()])
                    break
    return found


_SAID_WORDS = frozenset({"said", "told", "announced", "stated", "declared", "reported",
                        "confirmed", "added", "says", "tells"})
"""Verbs of saying whose day is the day a lead's news was told (:func:`_said_on`)."""
_SAID_REACH = 4
"""How many words before a weekday a verb of saying governs it ('said on Friday', 'told
reporters in Lisbon on Friday', 'said in a statement on Friday')."""


def _said_on(sentence: str, name: str) -> bool:
    """Whether the lead ``sentence`` names weekday ``name`` as the day something was said
    ('talks have been put off, mediators said on Friday'): a verb of saying among the
    :data:`_SAID_REACH` words before it, in its clause.  That day is the article's own: a
    statement is reported the day it is made, so a past day a later sentence tells one or
    two days after it ('the truce took effect on Sunday') is of the week before (verify87
    F2), not a sign that the story was filed later."""
    for m in _WEEKDAY_NAME.finditer(sentence):
        if m.group(1) != name:
            continue
        clause = re.split(r"[,;:]|\band\b|\bbut\b", sentence[max(0, m.start() - 80):m.start()])[-1]
        words = re.findall(r"[a-z']+", clause.lower())
        if words and words[-1] == "on":
            words.pop()
        if any(w in _SAID_WORDS for w in words[-_SAID_REACH:]):
            return True
    return False


_LAST_WEEKDAY = re.compile(r"\b(?:last|previous)\s++(Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday)\b", re.IGNORECASE)


def _in_last_week(number: int, text: str) -> bool:
    """Whether weekday ``number`` (0-6 from Monday), named in a sentence whose ``text`` (with
    the sentence before) tells of 'last Tuesday', is a later day of that past week: 'said last
    Tuesday that ... Iceland replied on Thursday' is last week's Thursday, not a day after
    the lead's Wednesday (verify31, F3: it moved a 14 October dateline to a Thursday, in 2021).
    A day before it in the week ('last Friday ... on Monday') may be this week's."""
    return any(number > WEEKDAYS[m.group(1).lower()] for m in _LAST_WEEKDAY.finditer(text))


_FUTURE_WORDS = frozenset({"will", "shall", "would", "plans", "plan", "planned", "scheduled",
                           "expected", "due", "next", "upcoming", "to"})


def _weekday_years(
    text: str, month: int, day: int, span: tuple[int, int], segments: list[Segment] | None = None
) -> tuple[str, list[int], str] | None:
    """The weekday of the dateline's day, as the article tells it (:func:`_lead_weekday`), in
    words, and the years in which the day has it."""
    told = _lead_weekday(text, span, segments)
    if told is None:
        return None
    name, number, words = told
    return name, _years_with_weekday(month, day, number), words


def _lead_weekday(text: str, span: tuple[int, int], segments: list[Segment] | None = None,
                  later_days: bool = True) -> tuple[str, int, str] | None:
    """The weekday of the dateline's day as the article tells it: ``(name, number 0-6 from
    Monday, the evidence in words)``, or ``None``.

    News tells the day's event and what led to it within the same week, naming each day by
    its weekday.  So when the lead names weekdays, the dateline's day is taken to be the one
    that all the others precede within the week: "met X on Monday and Y on Tuesday, held talks
    on Wednesday" -> Wednesday.  A later sentence that says something was done one or two
    days after the lead's day (a past verb before the weekday; not "last Friday", not "will
    ... on Friday") moves the dateline there: the lead's event is told a day or two after it
    happened ("voted Saturday" in the lead and "held its first meeting on Monday" later put
    the dateline on the Monday).  Without a weekday in the lead there is no such evidence.
    With ``later_days`` false, the lead's own weekday, not moved by later sentences.
    """
    segs = segments if segments is not None else split_sentences(text)
    for i, seg in enumerate(segs):
        if seg.end <= span[1] and seg.end < len(text.rstrip()):
            continue  # before the lead, or the dateline alone ('MOSCOW, October 24. /TASS/.')
        if seg.start > span[1] and text[span[1]:seg.start].strip():
            continue  # (a lead below a dateline alone on its line, 'By ... | Bishkek |
            # December 3', is the lead: edit63, verify68 F8)
        # a day to come ('will meet again on Thursday') or of another week ('last Friday')
        # is not the day the lead reports
        # (nor is a weekday told with its own date, 'began on Tuesday 1 December': that
        # date's year is evidence of its own, :func:`_dated_weekday_years`)
        names = list(dict.fromkeys(m.group(1) for m in _WEEKDAY_NAME.finditer(seg.text)
                                   if not _planned_or_other_week(seg.text, m.start())
                                   and _DATE_AFTER_WEEKDAY.match(seg.text, m.end()) is None))
        if not names:
            # no weekday in the lead ('have agreed ... at the first summit'): the first day
            # the next sentences tell as done in the dateline's week ('At the summit in London
            # on Monday, ... signed'), which is the lead's day when told first
            told = next((d for s in segs[i + 1:i + 1 + _LATER_SENTENCES]
                         for d in _past_weekdays(s, fronted=True)), None)
            if told is None:
                return None
            name = WEEKDAY_NAMES[told]
            return name, told, f"the lead names no day, and the next sentences say '{name}'"
        numbers = [WEEKDAYS[n.lower()] for n in names]
        # the weekday with the others closest behind it (ties: the first named)
        best = min(range(len(names)), key=lambda i: max((numbers[i] - o) % 7 for o in numbers))
        words = f"the lead says '{names[best]}'"
        # a later sentence's day one or two days after it: the lead's event is fresh news,
        # told a day or two after it happened
        # (a fronted day counts too, 'On Thursday, the prime minister met the minister':
        # h24: a lead's 'held talks here on Wednesday' under a Thursday dateline was put
        # in the year the day is a Wednesday)
        # (not past a day the lead's news was said on, 'mediators said on Friday': a
        # statement is that day's news, and 'the truce took effect on Sunday' later is the
        # Sunday before it: verify87 F2)
        # (only the top of the story, the lead's paragraph and :data:`_LATER_PARAGRAPHS`
        # after it, where news tells its event and what followed: a day a paragraph far
        # down tells, 'a spokesman said on Saturday' of another matter, is no day of the
        # lead's news; verify90 F3: it moved a Friday lead to the Saturday, and the year)
        top = [s for s in segs[i + 1:]
               if len({x.paragraph for x in segs[i:] if x.start <= s.start}) <= 1 + _LATER_PARAGRAPHS]
        later = {n for k, s in enumerate(top, i + 1)
                 for n in _past_weekdays(s, fronted=True)
                 if (n - numbers[best]) % 7 in (1, 2)
                 and not _in_last_week(n, segs[k - 1].text + " " + s.text)} \
            if later_days and not _said_on(seg.text, names[best]) else set()
        if later:
            last = max(later, key=lambda n: (n - numbers[best]) % 7)
            words = (f"the lead says '{names[best]}' and a later sentence "
                     f"'{WEEKDAY_NAMES[last]}', the last day of the week the article tells")
            names.append(WEEKDAY_NAMES[last])
            numbers.append(last)
            best = len(names) - 1
        return names[best], numbers[best], words
    return None


_US_ZONES = re.compile(r"\b(?:E[SD]T|C[SD]T|M[SD]T|P[SD]T|AK[SD]T|HST|ET|PT)\b")
_OTHER_ZONES = re.compile(
    r"\b(?:GMT|UTC|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK|TRT|GST|PKT|WIB|WITA|WIT|MYT|SGT|HKT|"
    r"PHT|ICT|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|EAT|WAT|CAT|AST|NPT|BDT)\b")
_MONTH_FIRST_COUNTRIES = frozenset({"United States", "Philippines"})
"""Where numeric dates are written month first (elsewhere day first: '03/07/2025' is 3 July)."""


def _order_cue(line: str, place: str) -> tuple[str, str] | None:
    """How the outlet writes numeric dates, from its date line's time zone ('EDT': month first,
    'IST', 'CET', 'GMT+2': day first) or the dateline's place: ``("dmy" or "mdy", why)``, or
    ``None`` when neither tells."""
    if (zone := _US_ZONES.search(line)) is not None:
        return "mdy", f"the time zone '{zone.group(0)}' is American"
    if (zone := _OTHER_ZONES.search(line)) is not None:
        return "dmy", f"the time zone '{zone.group(0)}' is not American"
    country = _vocab_cities().get(place)
    if country is None and place:
        country = _folded_cities().get(_fold(place))  # 'PRIŠTINA', 'Priština': Pristina
    if country is not None:
        return (("mdy", f"{place} is in the {country}") if country in _MONTH_FIRST_COUNTRIES
                else ("dmy", f"{place} is in {country}"))
    return None


def _line_at(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end != -1 else len(text)]


def _vocab_cities() -> dict[str, str]:
    """City -> country (the event vocabulary's table, imported when first needed)."""
    from .event_vocabulary import CITIES
    return CITIES


def _fold(name: str) -> str:
    """``name`` in lower case without its accents ('Priština' -> 'pristina')."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                   if not unicodedata.combining(c))


@functools.cache
def _folded_cities() -> dict[str, str]:
    """:func:`_vocab_cities` keyed by :func:`_fold`ed names: a dateline writes its city in
    capitals or with the local accents ('PRIŠTINA, 03/04/2025 -')."""
    return {_fold(city): country for city, country in _vocab_cities().items()}


def _year_just_before(published: tuple[int, int, int], month: int, day: int) -> int | None:
    """The year in which a dateline's day falls at most :data:`_FILED_DAYS` days before a
    publication or update date ('SEOUL, Dec. 31 (Yonhap)' under 'Updated: 2025-01-02': 2024),
    or a day after it (time zones); ``None`` when the dateline is further from it."""
    stamp = _dt.date(*published)
    for year in (stamp.year, stamp.year - 1, stamp.year + 1):
        if _valid_day(year, month, day) and \
                -1 <= (stamp - _dt.date(year, month, day)).days <= _FILED_DAYS:
            return year
    return None


_FILED_DAYS = 7
"""How long after its dateline's day a story may be published or updated."""

_LATER_SENTENCES = 3
_LATER_PARAGRAPHS = 4
"""How many paragraphs after the lead's may tell a day after the lead's own that moves the
dateline there (:func:`_lead_weekday`): in the development articles the farthest is four
(a court's 'held its first meeting on the case on Monday'); verify90's was six, a statement
on another matter."""
"""How many sentences after a lead without a weekday are read for the day it reports."""


def _settle_order(text: str, span: tuple[int, int], ymd: tuple[int, int, int],
                  other: tuple[int, int, int] | None, segments: list[Segment] | None = None,
                  cue: tuple[str, str] | None = None) -> tuple[tuple[int, int, int], str]:
    """Which reading of a numeric date the article confirms: ``(date, why)``.

    '03/07/2025' is 7 March month first (US) and 3 July day first (most of the world, AFP,
    France 24): the order is a convention of the outlet, not of the text.  The lead names its
    event's weekday ("agreed on Thursday"), and a dateline is the lead's day or a day or two
    after it (news filed the next day): the reading on which the named weekday falls that
    way wins, the same day first.  Without a weekday, or when both readings fit, the outlet's
    ``cue`` (:func:`_order_cue`: its time zone or its place) decides; month first without one.
    """
    if other is None:
        return ymd, ""
    told = _lead_weekday(text, span, segments)
    if told is not None:
        name, number, _ = told
        for lag in (0, 1, 2):
            fits = [d for d in (ymd, other) if (_dt.date(*d).weekday() - number) % 7 == lag]
            if len(fits) == 2:
                break
            if fits:
                y, mo, d = fits[0]
                if fits[0] == ymd:
                    return ymd, ""
                after = ("" if lag == 0 else " the day after" if lag == 1 else " two days after")
                return fits[0], (f"; the numbers are read day first, since {d} "
                                 f"{MONTH_NAMES[mo - 1]} {y} is{after} the '{name}' the "
                                 f"lead names and {ymd[2]} {MONTH_NAMES[ymd[1] - 1]} is not")
    if cue is not None and cue[0] == "dmy":
        y, mo, d = other
        return other, f"; the numbers are read day first ({d} {MONTH_NAMES[mo - 1]}): {cue[1]}"
    if cue is None:
        # Said, not hidden: nothing in the article tells the order (verify43 F2).
        y, mo, d = ymd
        return ymd, (f"; the numbers could also be {other[2]} {MONTH_NAMES[other[1] - 1]}: read "
                     f"month first ({d} {MONTH_NAMES[mo - 1]}), as nothing in the article (a weekday, "
                     "a time zone, a known place) tells the order")
    return ymd, ""


def _no_year_between(day_words: str, name: str, low: int, why: str, top: int,
                     top_why: str) -> str:
    """Why no year fits a dateline's day and weekday between the text's bounds, in words:
    '8 August is a Friday in no year from 2024 (…) to 2026 (…)', or, when the bounds cross
    (a year told as past after one that has not come), that no year fits them (verify55
    F4: the message read 'from 2027 to 2025')."""
    if low <= top:
        return f"{day_words} is a {name} in no year from {low} ({why}) to {top} ({top_why})"
    return f"no year fits the text: {low} or later ({why}), yet {top} or earlier ({top_why})"


def _years_with_weekday(month: int, day: int, weekday: int) -> list[int]:
    """The years 1900-2100 in which ``day`` of ``month`` falls on ``weekday``."""
    return [y for y in range(1900, 2101)
            if _valid_day(y, month, day) and _dt.date(y, month, day).weekday() == weekday]


_EVIDENCE_CHARS = 10_000
"""How much of an article is searched for evidence of the dateline's year.

About 1 700 words: far more than a news article's lead and background (the
issue's dev articles have 150-400 words); a bound keeps reading the dateline
cheap on hostile or huge texts whatever the sentence splitter costs."""


_OFFER_YEARS = 60
"""How many years back :func:`last_dateline_day` looks for the dateline's day with the lead's
weekday (a day of the month comes back on each weekday within 12 years, 29 February
within 40)."""


def last_dateline_day(text: str, dateline: Dateline, up_to: _dt.date
                      ) -> tuple[_dt.date, str, str] | None:
    """The day to offer for a dateline with a month and a day but no year ("VILNIUS, March 4
    (AFP)"): the last such day up to ``up_to`` (the file's day, or today) on the weekday the
    lead tells (:func:`_lead_weekday`: "signed an agreement on Wednesday"), else the last
    such day.  Never a day the dateline contradicts (new-user trial 13 was offered the file's
    day, 1 December, for a 4 March dateline).

    Returns:
        ``(day, weekday name or "", the weekday's evidence in words or "")``; ``None`` when
        the dateline has no month and day, or no such day exists up to ``up_to`` (a 29
        February with no leap year in reach).
    """
    month, day = dateline.month, dateline.day
    if month is None or day is None:
        return None
    told = _lead_weekday(text[: max(_EVIDENCE_CHARS, dateline.span[1])], dateline.span) \
        if dateline.span[1] > dateline.span[0] else None
    years = [y for y in range(up_to.year, max(up_to.year - _OFFER_YEARS, 0), -1)
             if _valid_day(y, month, day) and _dt.date(y, month, day) <= up_to]
    if told is not None:
        name, number, words = told
        fitting = [y for y in years if _dt.date(y, month, day).weekday() == number]
        if fitting:
            return _dt.date(fitting[0], month, day), name, words
    if not years:
        return None
    return _dt.date(years[0], month, day), "", ""


def weekday_words_read(text: str, dateline: Dateline, name: str, words: int = 3) -> str:
    """The words around the first bare ``name`` (a weekday, not one told with its own date)
    after ``dateline``, as the article writes them: "The talks opened on Tuesday in", up to
    ``words`` words either side within its line; "" when there is none.  A warning built on
    the weekday quotes what it read (verify83 F2: "the lead says Tuesday" was shown for a
    lead that named no day)."""
    start = min(dateline.span[1], len(text)) if dateline.span[1] > dateline.span[0] else 0
    for m in _WEEKDAY_NAME.finditer(text[: max(_EVIDENCE_CHARS, start)], start):
        if m.group(1) != name or _OWN_DATE_AFTER_WEEKDAY.match(text, m.end()):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before = text[max(line_start, dateline.span[1]):m.start()].split()[-words:]
        rest = text[m.end():line_end if line_end != -1 else len(text)]
        # the words after it as written: 'on Sunday, the first', never 'Sunday , the'
        # (verify87 F2), a stop right after the name kept on it
        ends = [w.end() for w in re.finditer(r"\S+", rest)
                if any(ch.isalnum() for ch in w.group())][:words]
        after = " ".join(rest[: ends[-1]].split()) if ends else ""
        joined = " ".join([*before, name]) + (" " if rest[:1].isspace() else "") + after
        return joined.strip(" ,;:")
    return ""


def dated_weekday_years(text: str, month: int, day: int) -> tuple[list[int], str] | None:
    """The years a dateline's ``month`` and ``day`` can be in, from the weekdays the text
    tells with their own date ("opened on Tuesday, February 11"), and those words:
    :func:`_dated_weekday_years`; ``None`` when the text tells no such date."""
    return _dated_weekday_years(text[:_EVIDENCE_CHARS], month, day)


def _by_weekday(text: str, month: int, day: int, span: tuple[int, int],
                segments: list[Segment], weekday: tuple[str, list[int], str],
                bound: _Bound | None, ceiling: _Bound | None,
                lags: int = 2) -> tuple[int | None, str]:
    """The year from the lead's weekday (``weekday``: :func:`_weekday_years`) between the
    bounds the text sets (:func:`_year_bounds`), or up to ``lags`` days after it (a story
    filed later); ``(None, why)`` when none fits."""
    name, years, told = weekday
    today = _latest_day()
    elapsed = _elapsed_year(text, span, segments, [
        y for y in years if _dt.date(y, month, day) <= today
        and (bound is None or y >= bound[0])])
    if elapsed is not None:
        year, why = elapsed
        return year, f"{why} ({told}, {day} {MONTH_NAMES[month - 1]} is a {name} in {year})"
    day_words = f"{day} {MONTH_NAMES[month - 1]}"
    today = _latest_day()
    this_year = today.year
    if bound is None:
        # Nothing in the text narrows the years down: the dateline leaves the year out
        # because the news is current when it is read, so the latest year that fits
        # and is not in the future is the article's (the weekday leaves one year in
        # about six; the issue's rule: "prefer the latest one consistent with every
        # year in the text").
        top_year = ceiling[0] if ceiling is not None and ceiling[0] < this_year else this_year
        recent = [y for y in years if y <= top_year and _dt.date(y, month, day) <= today]
        filed, other = _filed_next_day(month, day, name, recent, top_year, today, text=text)
        if filed is not None:
            return filed, f"{told}, {other}"
        if not recent:
            return None, (f"{told}, and {day_words} is a {name} in no year up to "
                          f"{top_year}: the year is unknown")
        shown = ", ".join(map(str, recent[-3:]))
        newest = top_year if _dt.date(top_year, month, day) <= today else top_year - 1
        if newest - recent[-1] > STALE_WEEKDAY_YEARS and ceiling is None:
            # The weekday's year is years back while nothing else in the text says the
            # story is old: a lead's weekday is often a day of the week before the
            # dateline's (a story told days later), so the latest dateline day is the
            # likelier (verify37 F2: 'ISTANBUL, March 27 ... met on Tuesday' read as
            # 2018 in December 2026; 27 March 2026 is the Friday after a Tuesday).
            back = (_dt.date(newest, month, day).weekday() - WEEKDAYS[name.lower()]) % 7
            return newest, (f"{told}, and {day_words} is a {name} in ..., {shown}; "
                            f"nothing in the text says the article is {newest - recent[-1]} "
                            f"years old, so the latest {day_words} is taken, {newest}, "
                            f"{back} day{'s' if back != 1 else ''} after a {name}")
        # (verify36, F6: a ceiling from the text — 'due to take effect on January 20,
        # 2014' — cut the list at 2013 while the words said nothing narrowed it down)
        narrowed = (f"up to {top_year} ({ceiling.why}), and a dateline"
                    if ceiling is not None and top_year == ceiling.year else
                    "nothing in the text narrows it down, and a dateline")
        return recent[-1], (f"{told}, and {day_words} is a {name} in ..., {shown}; "
                            f"{narrowed} leaves the year out of current news: the latest, "
                            f"{recent[-1]}" + other)
    low, why = bound.year, bound.why
    top, top_why = ((ceiling.year, ceiling.why) if ceiling is not None and ceiling[0] < this_year
                    else (this_year, "an article is not from the future"))
    fitting = [y for y in years if low <= y <= top and _dt.date(y, month, day) <= today]
    lead_own = _lead_weekday(text, span, segments, later_days=False) if not fitting else None
    if lead_own is not None and lead_own[0] != name:
        # a later sentence's day moved the dateline ('said on Wednesday' after a lead's
        # 'agreed on Tuesday'), but no year between the bounds has it: that sentence was
        # loosely told, and the lead's own weekday is the stronger evidence (verify14: a
        # ruling told as past on 1 December 2022 rules out 2020, the Wednesday's year)
        own_years = [y for y in _years_with_weekday(month, day, lead_own[1])
                     if low <= y <= top and _dt.date(y, month, day) <= today]
        if own_years:
            # (the lead's words are already in ``told``: verify15 read them twice)
            latest = (str(own_years[-1]) if len(own_years) == 1 else
                      f"{', '.join(map(str, own_years))}: the latest is {own_years[-1]}")
            return own_years[-1], (
                f"{told}, but {_no_year_between(day_words, name, low, why, top, top_why)}; "
                f"so the lead's own day is taken: {day_words} is a "
                f"{lead_own[0]} in {latest}")
    if not fitting:
        # Agencies often file the next day ('met on Tuesday' under a Wednesday dateline,
        # across time zones): the day after the weekday named, then two days after.
        number = WEEKDAYS[name.lower()]
        for lag, words in ((1, "the day after"), (2, "two days after"))[:lags]:
            later = [y for y in _years_with_weekday(month, day, (number + lag) % 7)
                     if low <= y <= top]
            if later:
                chosen = later[-1]
                return chosen, (
                    f"{told}, but {_no_year_between(day_words, name, low, why, top, top_why)}; "
                    f"it is {words} a {name} in "
                    f"{', '.join(map(str, later))}, and the latest is {chosen}")
        return None, (f"{_no_year_between(day_words, name, low, why, top, top_why)}: "
                      "the year is unknown")
    filed, other = _filed_next_day(month, day, name, fitting, top, today, low, text)
    if filed is not None:
        return filed, (f"{told}, {other} (between {low}, {why}, and {top}, {top_why})")
    chosen = fitting[-1]  # the latest year that fits every year the text mentions
    others = ", ".join(map(str, fitting[:-1][-2:]))
    # News tells its background up to the year before: when the latest past event the
    # text dates to its month (a specific, recent event; a bare year is background:
    # 'the treaty signed in 2000') is at most _RECENT_GAP years before a year that
    # fits, that year is the article's, not a later one the weekday also allows ('last
    # met in March 2018' under a year-less Tuesday 5 November: 2019, not 2024).
    # (not a chronology's last entry: a "Key dates" box lists background, and may end years
    # before the article: verify71 F1, "BELIZE CITY, December 4 (Reuters) ... met on
    # Friday" over a box ending "8 May 2019" was put in 2020, read two days after 4
    # December 2026, a Friday)
    coming = _coming_year(segments, _entry_stamps(text))
    ahead = [] if coming is None else [
        y for y in fitting if coming[0] - _COMING_GAP <= y <= coming[0]]
    if coming is not None and ahead:
        # A year the text tells as coming bounds the article's from below: 'would set its
        # own quota for 2027' is not written twelve years before (verify75 F1: a 12
        # November Thursday between 'August 2014' and today was put in 2015, the first
        # year after the past date, though the quota for 2027 was still to be set); a far
        # target ('net zero by 2050') leaves no fitting year near it and bounds nothing.
        return ahead[-1], (f"{told} and {day_words} is a {name} in "
                           f"{', '.join(map(str, fitting))} between {low} ({why}) and {top} "
                           f"({top_why}); the text tells '{coming[1]}' as coming, so the "
                           f"article is from {coming[0] - _COMING_GAP} or later: {ahead[-1]}")
    near = [y for y in fitting if low <= y <= low + _RECENT_GAP]
    if near and near[0] != chosen and bound.monthly and not bound.listed:
        gap = "a year" if _RECENT_GAP == 1 else f"{_RECENT_GAP} years"
        return near[0], (f"{told} and {day_words} is a {name} in "
                         f"{', '.join(map(str, fitting))} between {low} ({why}) and {top} "
                         f"({top_why}); {near[0]} is the first of them, at most "
                         f"{gap} after the latest past date the text tells")
    return chosen, (f"{told} and {day_words} is a {name} in "
                    f"{', '.join(map(str, fitting))} between {low} ({why}) and {top} "
                    f"({top_why}); the latest is {chosen}"
                    + (f" (earlier: {others})" if others else "") + other)


def _filed_next_day(month: int, day: int, name: str, exact: list[int], top: int,
                    today: _dt.date, low: int | None = None, text: str = ""
                    ) -> tuple[int | None, str]:
    """The year in which the dateline's day is the day after the lead's weekday ``name``,
    when the text tells that day as over and no year in ``exact`` (those in which the day is
    that weekday, between ``low`` and ``top``) is later: ``(year, why)``.  Else ``(None,
    note)``: the note, added to the reason of the same-day reading, names the other year when
    its day is at most ``FRESH_NEWS_DAYS`` before ``today``, and is "" otherwise.

    A day's weekday moves on by one a year, so a same-day reading in one year and a next-day
    reading (wire copy dated the day after the lead's event: filed across time zones or the
    next morning) in the year after are both open for most datelines, and the weekday cannot
    tell them apart; the same-day reading is the more common (``benchmarks/dateline_years.py``:
    taking the next-day reading whenever it is later gets 30 of 95 years wrong, against 7;
    taking it for news of the last week got the dev article ``ap-doha-armenia-azerbaijan-truce``
    of Monday 1 December 2025 wrong when read on 2 December 2026).  What settles it is the
    text telling the lead's day as over ('reached late on Monday', 'on Monday night':
    ``_LATE_IN_THE_DAY``), which news dated that day rarely does (verify31, F2: 'LONDON, Dec 1
    (Reuters) - ... agreed on Monday ... reached late on Monday' was put in 2025).  A night
    settles it; 'late on Monday' alone tells an evening, which a story dated that day still
    reports, so it settles it only when no year in ``exact`` has the dateline's day on that
    weekday or the next-day reading is at most ``FRESH_NEWS_DAYS`` old (verify61 F6: 'NEW
    DELHI, Oct 26 (Reuters) - ... resumed ... on Sunday ... took off late on Sunday', of
    Sunday 26 October 2025, was put in 2026 read on 6 December 2026; the note then says why).
    """
    number = (WEEKDAYS[name.lower()] + 1) % 7
    later = [y for y in _years_with_weekday(month, day, number)
             if y <= top and (low is None or y >= low) and _valid_day(y, month, day)
             and _dt.date(y, month, day) <= today]
    if not later or (exact and later[-1] < exact[-1]):
        return None, ""
    year = later[-1]
    ago = (today - _dt.date(year, month, day)).days
    lates = [m for m in _LATE_IN_THE_DAY.finditer(text[:_EVIDENCE_CHARS])
             if (m.group("day") or m.group("day2")) == name.capitalize()]
    late = next((m for m in lates if m.group("day2") or m.group("night")), None)  # a night
    if late is None and lates and (not exact or ago <= FRESH_NEWS_DAYS):
        # "late on Sunday" alone tells an evening, which a story dated that day still
        # reports (Reuters' "NEW DELHI, Oct 26 (Reuters) - ... took off late on Sunday", of
        # Sunday 26 October 2025, was put in 2026: verify61 F6): it moves the dateline to
        # the day after only when no year has the dateline's day on that weekday, or when
        # that day after is this week's news (verify31 F2: "reached late on Monday" read on
        # Wednesday 2 December 2026, of Tuesday 1 December)
        late = lates[0]
    if late is not None:
        same = f" (a {name} in {exact[-1]})" if exact else ""
        return year, (f"and {day} {MONTH_NAMES[month - 1]} {year} is the day after a "
                      f"{name}, and the text tells '{late.group(0).strip()}' as over: a story "
                      f"filed the next day{same}")
    if lates:
        return None, (f"; '{lates[0].group(0).strip()}' tells an evening, which a story dated "
                      f"that {name} reports too")
    if ago <= FRESH_NEWS_DAYS:
        when = "yesterday" if ago == 1 else f"{ago} days ago" if ago else "today"
        # The day itself beside "6 days ago": "(6 days ago)" alone was read as said of the
        # year (verify48 F14).
        return None, (f"; if the story was filed the day after a {name}, it is of {year} "
                      f"({day} {MONTH_NAMES[month - 1]} {year}, {when})")
    return None, ""


FRESH_NEWS_DAYS = 7
"""How many days before today a next-day reading of the dateline is named beside the
same-day one (:func:`_filed_next_day`): a reader of this week's news sees the other year."""


_LATE_IN_THE_DAY = re.compile(
    r"\blate\s++(?:on\s++)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?P<night>\s++night\b)?|"
    r"\b(?:on\s++)?(?P<day2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s++"
    r"night\b")
"""The lead's day told as over: 'late on Monday', 'late Monday', 'on Monday night' (not
'evening': three stories of ``dateline_years.py`` dated that day tell 'on Monday evening').
A night ('on Monday night', 'late on Monday night': groups ``day2``, ``night``) is over by the
next morning's story; 'late on Monday' alone is weaker (:func:`_filed_next_day`)."""


LEAD_DATE_DAYS = 3
"""How many days before the dateline's day the lead's own event, told with its full date,
may be for that date to give the article's year (a wire filed the same day or the next)."""


def _lead_full_date(span: tuple[int, int], segments: list[Segment], month: int,
                    day: int) -> tuple[int, str] | None:
    """The year the lead's own full date gives: "YEREVAN, June 3 (Reuters) - ... signed a
    border protocol in Yerevan on June 2, 2025, officials said" is from 2025, the event told
    as done a day before the dateline's day (verify55 F4: "the text is from 2025 or later ...
    but nothing fixes the year").  Only a date of the lead sentence with its day, month and
    year, told as past in its clause (:func:`_past_full_date`), at most ``LEAD_DATE_DAYS``
    days before the dateline's day (across a new year too); ``(year, why)`` or ``None``."""
    lead = next((seg for seg in segments if seg.end > span[1] and seg.text.strip()), None)
    if lead is None or lead.start > span[1] + 2:
        return None
    for m in _YEAR_MENTION.finditer(lead.text):
        told = m.group("dayb") or m.group("daya")
        if not m.group("month") or not told or lead.start + m.start() < span[1]:
            continue
        year, mentioned = int(m.group("year")), _month_number(m.group("month"))
        if not _valid_day(year, mentioned, int(told)):
            continue
        event = _dt.date(year, mentioned, int(told))
        filed_year = year if (month, day) >= (mentioned, int(told)) else year + 1
        if not _valid_day(filed_year, month, day):
            continue
        lag = (_dt.date(filed_year, month, day) - event).days
        clause = _own_clause(lead.text[max(0, m.start() - 120):m.start()])
        if 0 <= lag <= LEAD_DATE_DAYS and _past_full_date(m, clause):
            words = " ".join(m.group(0).split())
            after = ("the same day" if lag == 0 else
                     f"{lag} day{'s' if lag > 1 else ''} before the dateline's {day} "
                     f"{MONTH_NAMES[month - 1]}")
            return filed_year, (f"the lead tells '{words}' as done, {after}: the article is "
                                f"from {filed_year}")
    return None


_NUMERIC_DAY = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"
                          r"(?P<year>(?:19|20)\d\d)\b")
#: Words of a sentence that tells a past day as a day of remembrance ("30 years ago on 10
#: October 1995", "the anniversary of 10 October 1995"): its year is not the article's.
_REMEMBERED = re.compile(r"\b(?:anniversar\w*|ago|years?\s++(?:since|after|on|later|to\s++the\s++"
                         r"day)|this\s++day|commemorat\w*|marks?|marked|remember\w*|memorial)\b",
                         re.IGNORECASE)


def _own_day_with_year(span: tuple[int, int], segments: list[Segment], month: int,
                       day: int, text: str = "") -> tuple[int, str] | None:
    """The year of the dateline's own day written with its year in the text after it
    ("BAKU, Azerbaijan, October 10. ... in Dushanbe on 10.10.2025": verify55 F21, a Trend
    story whose year had to be typed), as ``(year, why)``, or ``None``.  The day and month
    must be the dateline's (numeric dates either order, ``_NUMERIC_DAY``; written ones,
    ``_YEAR_MENTION``), every such mention must give the same year, and none may stand in
    a sentence of remembrance (``_REMEMBERED``: an anniversary's day has another year)."""
    years: dict[int, str] = {}
    # (an entry of a chronology dates its own event, not the article: 'Feb 4, 2021 - Troops
    # cross the border' under 'Feb 4 (Reuters) -' is of five years before; ext97)
    entries = chronology_lines(text) if text else frozenset()
    for seg in segments:
        if seg.end <= span[1] or (entries and text.rfind("\n", 0, seg.start) + 1 in entries):
            continue
        found: list[tuple[int, str]] = []
        for m in _NUMERIC_DAY.finditer(seg.text):
            a, b = int(m.group("a")), int(m.group("b"))
            if (a, b) in ((day, month), (month, day)):
                found.append((int(m.group("year")), m.group(0)))
        for m in _YEAR_MENTION.finditer(seg.text):
            told = m.group("dayb") or m.group("daya")
            if (m.group("month") and told and int(told) == day
                    and _month_number(m.group("month")) == month):
                found.append((int(m.group("year")), " ".join(m.group(0).split())))
        if found and _REMEMBERED.search(seg.text):
            return None
        for year, words in found:
            years.setdefault(year, words)
    if len(years) != 1:
        return None
    ((year, words),) = years.items()
    return year, f"the text dates the dateline's own day with its year, '{words}'"


def _unwritten_own_year(bound: _Bound) -> _Bound:
    """The bound a past date written with its year sets when news leaves its own year out of
    its dates ('in October 2025' told as past: the article is from 2026 or later)."""
    return _Bound(bound.year + 1, f"{bound.why}, with its year, which news leaves out of a "
                  f"date of its own year: the article is from {bound.year + 1} or later",
                  bound.monthly)



TIMELINE_NEAR_DAYS = 62
"""How near (in days, either way) a date of the open timeline must be to a year's reading of
the dateline for that reading to be the timeline's (:func:`_timeline_year`).  Two months: the
readings the weekday leaves are a year apart or more, so a timeline whose dates are within two
months of one of them is near it alone unless it spans both, and a story followed article by
article has dates within weeks of each other (verify33, E1: a timeline of 17-23 November 2026,
a dateline read as 26 November 2025 rather than 2026)."""


def _timeline_year(text: str, month: int, day: int, span: tuple[int, int],
                   segments: list[Segment], weekday: tuple[str, list[int], str],
                   bound: _Bound | None, ceiling: _Bound | None,
                   timeline_days: Sequence[_dt.date]) -> tuple[int, str] | None:
    """The year the open timeline's dates settle among those the lead's weekday leaves.

    The weekday leaves the years in which the dateline's day is that weekday, or the day
    after it (a story filed the next day: :func:`_filed_next_day`), between the bounds the
    text sets and not after today.  When the dateline's day in exactly one of them lies
    within :data:`TIMELINE_NEAR_DAYS` of a date the timeline holds (an article is imported
    into a timeline of the story it follows), that year is taken: a story filed on the day
    after a Wednesday a week ago, into a timeline of the fortnight before it, rather than one
    of the same Wednesday a year earlier (verify33, E1).  ``None`` when none or several are
    near, or the text tells years elapsed (:func:`_elapsed_year`: the text's own evidence
    wins).

    Returns:
        ``(year, why)`` or ``None``.
    """
    if not timeline_days:
        return None
    name, same_day, told = weekday
    today = _latest_day()
    low = bound.year if bound is not None else MIN_YEAR
    top = min(ceiling.year if ceiling is not None else today.year, today.year)
    next_day = _years_with_weekday(month, day, (WEEKDAYS[name.lower()] + 1) % 7)
    readings = sorted({y: same for same, years in ((True, same_day), (False, next_day))
                       for y in years if low <= y <= top and _valid_day(y, month, day)
                       and _dt.date(y, month, day) <= today}.items())
    if len(readings) < 2 or _elapsed_year(text, span, segments, [y for y, _ in readings]):
        return None
    near: list[tuple[int, bool, _dt.date]] = []
    for year, same in readings:
        dated = _dt.date(year, month, day)
        closest = min(timeline_days, key=lambda d: abs((d - dated).days))
        if abs((closest - dated).days) <= TIMELINE_NEAR_DAYS:
            near.append((year, same, closest))
    if len(near) != 1:
        return None
    year, same, closest = near[0]
    day_words = f"{day} {MONTH_NAMES[month - 1]}"
    how = (f"{day_words} {year} is a {name}" if same else
           f"{day_words} {year} is the day after a {name} (a story filed the next day)")
    # The three nearest it, "..., 2015, 2020, 2026" as the other notes write them: all
    # of them made a note of some 50 years, four lines in the Article date field and the
    # review (verify48 F5).
    # Each other year with what it would be, a {name} or the day after one: "(..., 2015,
    # 2020, 2026 too)" after "19 August 2025 is a Tuesday" read as a calendar fact, and
    # wrong (verify61 F6: they were next-day readings).
    others = [(y, same_day) for y, same_day in readings if y != year]
    nearest = set(sorted(others, key=lambda r: abs(r[0] - year))[:3])
    kinds = []
    for kind, of_kind in ((f"a {name}", True), (f"the day after a {name}", False)):
        rest = [y for y, same_day in others if same_day == of_kind]
        shown = [y for y in rest if (y, of_kind) in nearest]
        if not shown:
            continue
        kinds.append(f"{kind} in " + ", ".join(
            ["..."] * (min(rest) < min(shown)) + [str(y) for y in shown]
            + ["..."] * (max(rest) > max(shown))))
    return year, (f"{told}, and {how}, within {TIMELINE_NEAR_DAYS} days of a date the open "
                  f"timeline holds ({closest.day} {MONTH_NAMES[closest.month - 1]} "
                  f"{closest.year}); no other year the weekday leaves is ({day_words} is "
                  f"{'; '.join(kinds)})")


TIMELINE_AHEAD_DAYS = TIMELINE_NEAR_DAYS
"""How many days after today a year-less dateline's day may lie and still be read as that
day (:func:`_timeline_days_ahead`), when the open timeline holds a date near it."""


def _timeline_days_ahead(text: str, month: int, day: int, span: tuple[int, int],
                         year: int | None, timeline_days: Sequence[_dt.date]
                         ) -> tuple[int, str] | None:
    """The year of the open timeline's story for a dateline day just after today.

    "An article is not from the future" put a wire dated 18 December, eleven days after
    the computer's date, in 2020 (its 'Thursday, January 14' fits 2021), though the open
    timeline held 4 December 2026, a day of the same story (verify89 F5).  When the year
    the text gives (``year``; None: none) is not within :data:`TIMELINE_NEAR_DAYS` of a
    date of ``timeline_days``, and the dateline's day of this year or the next lies after
    today, at most :data:`TIMELINE_AHEAD_DAYS` days, and within :data:`TIMELINE_NEAR_DAYS`
    of a timeline date, the year is read again with that day as the last an article can
    be from (:data:`_LATEST_DAY`); when the text then gives that year, it is taken, and
    the basis says so and what the article alone gives.  ``None`` otherwise.
    """
    def near(dated: _dt.date) -> _dt.date | None:
        closest = min(timeline_days, key=lambda d: abs((d - dated).days))
        return closest if abs((closest - dated).days) <= TIMELINE_NEAR_DAYS else None

    if year is not None and _valid_day(year, month, day) and near(
            _dt.date(year, month, day)) is not None:
        return None
    today = _today()
    for ahead in (today.year, today.year + 1):
        if not _valid_day(ahead, month, day):
            continue
        dated = _dt.date(ahead, month, day)
        closest = near(dated)
        if not 0 < (dated - today).days <= TIMELINE_AHEAD_DAYS or closest is None:
            continue
        token = _LATEST_DAY.set(dated)
        try:
            read, why = _infer_year(text, month, day, span, timeline_days)
        finally:
            _LATEST_DAY.reset(token)
        if read != ahead:
            continue
        days = (dated - today).days
        why = why.replace("not after today", f"not after {day} {MONTH_NAMES[month - 1]} {ahead}")
        alone = (f"without it the year would be {year}, as an article is not from after "
                 "today" if year is not None else "without it the year is unknown")
        return ahead, (f"{why}; {day} {MONTH_NAMES[month - 1]} {ahead} is {days} "
                       f"day{'s' if days != 1 else ''} after the computer's date, but the "
                       f"open timeline holds {closest.day} {MONTH_NAMES[closest.month - 1]} "
                       f"{closest.year}, of the story it follows: {ahead}, not a year long "
                       f"past; {alone}")
    return None


def _alone_words(text: str, month: int, day: int, span: tuple[int, int], year: int) -> str:
    """What the article alone (without the open timeline's dates) gives the dateline's
    ``year``, in words for the end of a year's basis: "the article alone gives 2025 too",
    "the article alone would give 2019", "the article alone leaves the year unknown".  The
    person reads the year as the article's (verify84 F9: "2025 fits the article and the open
    timeline" did not say whether the timeline had changed it)."""
    alone = _infer_year(text, month, day, span)[0]
    if alone == year:
        return f"the article alone gives {year} too"
    if alone is None:
        return "the article alone leaves the year unknown"
    return f"the article alone would give {alone}"


_COPYRIGHT = re.compile(
    r"(?:\((?i:c)\)|\u00a9|\b(?i:copyright))[^\S\n]*+(?:[A-Z][\w&.'\u2019-]*+[^\S\n]++){0,4}"
    r"(?P<year>(?:19|20)\d\d)(?![\d\u2013-])(?:[^\S\n]++[A-Z][\w&.'\u2019-]*+){0,4}[^\S\n]*+\.?[^\S\n]*+$",
    re.MULTILINE)
"""A wire's copyright line, alone on its line: '(c) EFE 2025', '\u00a9 2025 Reuters', 'Copyright
2025 The Associated Press' -- one year, not a range ('\u00a9 2019-2026', a site's footer)."""


def _copyright_year(text: str) -> tuple[int, str] | None:
    """The year of the article's copyright line among its last or first lines
    (:data:`_COPYRIGHT`), and its words; ``None`` without one, or with lines of two years.
    An agency stamps its copy with the year it files it (h24: a Spanish agency's wire with a
    day-and-month dateline closed with such a line, and the dateline had no year read)."""
    found = {int(m.group("year")): " ".join(m.group(0).split())
             for part in (text[:_TAIL_CHARS], text[-_TAIL_CHARS:])
             for m in _COPYRIGHT.finditer(part)}
    if len(found) != 1:
        return None
    ((year, words),) = found.items()
    return year, words


def _infer_year(text: str, month: int | None, day: int | None,
                span: tuple[int, int], timeline_days: Sequence[_dt.date] = ()
                ) -> tuple[int | None, str]:
    copyright_year = _copyright_year(text) if month and day else None
    whole = text
    text = text[: max(_EVIDENCE_CHARS, span[1])]
    segments = split_sentences(text)  # once: every kind of evidence reads the same sentences
    anniversary = _anniversary_year(text, segments, month)
    weekday = _weekday_years(text, month, day, span, segments) if month and day else None
    bound, ceiling = _year_bounds(text, segments, month, day)
    if copyright_year is not None and month and day and _valid_day(copyright_year[0], month, day) \
            and _dt.date(copyright_year[0], month, day) <= _latest_day() \
            and (weekday is None or (_dt.date(copyright_year[0], month, day).weekday()
                                     - WEEKDAYS[weekday[0].lower()]) % 7 in (0, 1)):
        # (against the lead's weekday only when the dateline's day is neither that weekday
        # nor the day after it: a story filed the next day, as in the rules below)
        year, words = copyright_year
        return year, f"the article's copyright line '{words}' gives the year {year}"
    if anniversary:
        year, why = anniversary
        if weekday and month and day and _valid_day(year, month, day) and (
                _dt.date(year, month, day).weekday() - WEEKDAYS[weekday[0].lower()]) % 7 == 1:
            # (a wire story filed the day after the lead's event, as in the "last year" rule)
            return year, (f"{why}; {day} {MONTH_NAMES[month - 1]} {year} is the day after "
                          f"a {weekday[0]} ({weekday[2]}: a story filed the next day)")
        if weekday and year not in weekday[1]:
            return None, (f"{why}, but {day} {MONTH_NAMES[(month or 1) - 1]} {year} is not a "
                          f"{weekday[0]}: the year is unknown")
        return year, why
    handover = _handover_year(segments) if month and day else None
    if handover is not None and month and day and _valid_day(handover[0], month, day) \
            and _dt.date(handover[0], month, day) <= _latest_day() \
            and (weekday is None or (_dt.date(handover[0], month, day).weekday()
                                     - WEEKDAYS[weekday[0].lower()]) % 7 in (0, 1)):
        # (against the lead's weekday only when the dateline's day is neither that weekday
        # nor the day after it: a story filed the next day, as in the rules above)
        return handover
    dated = _dated_weekday_years(text, month, day) if month and day else None
    if dated is not None and month and day:
        years, words = dated
        today = _latest_day()
        fitting = [y for y in years if _valid_day(y, month, day) and _dt.date(y, month, day) <= today
                   and (bound is None or y >= bound.year)
                   and (ceiling is None or y <= ceiling.year)]
        if fitting:
            shown = ", ".join(map(str, fitting[-3:]))
            limits = "".join([f"; from {bound.year} on ({bound.why})" if bound else "",
                              f"; up to {ceiling.year} ({ceiling.why})" if ceiling else ""])
            return fitting[-1], (f"the text names a weekday with its date, {words}, which "
                                 f"puts {day} {MONTH_NAMES[month - 1]} in ..., {shown}"
                                 f"{limits}; the latest not after today is {fitting[-1]}")
    last = _last_year_year(segments) if month and day else None
    if last is None and month and day:
        last = _last_month_year(segments, month)
    if last is not None and month and day and _valid_day(last[0], month, day) \
            and _dt.date(last[0], month, day) <= _latest_day() \
            and (bound is None or last[0] >= bound.year) \
            and (ceiling is None or last[0] <= ceiling.year):
        year, why = last
        if weekday is None:
            return year, f"{why}, so the article is from {year}"
        name, number = weekday[0], WEEKDAYS[weekday[0].lower()]
        lag = (_dt.date(year, month, day).weekday() - number) % 7
        if lag in (0, 1):
            # (a wire story filed the day after the lead's event: 'agreed on Monday' under a
            # Tuesday dateline; the lead's weekday alone would take a year when the dateline's
            # day is a Monday, and contradict "last year")
            return year, (f"{why}, so the article is from {year}; {day} "
                          f"{MONTH_NAMES[month - 1]} {year} is "
                          + (f"a {name} ({weekday[2]})" if lag == 0 else
                             f"the day after a {name} ({weekday[2]}: a story filed the next day)"))
    # The year the text gives the dateline's own day: the lead's event told as done days
    # before it with its full date, else the day itself written with its year (fix145)
    for read in (_lead_full_date, functools.partial(_own_day_with_year, text=text)):
        told = read(span, segments, month, day) if month and day else None
        if told is None or not month or not day:
            continue
        year, why = told
        lag = ((_dt.date(year, month, day).weekday() - WEEKDAYS[weekday[0].lower()]) % 7
               if weekday else 0)
        if lag in (0, 1) and _dt.date(year, month, day) <= _latest_day() \
                and (bound is None or year >= bound.year) \
                and (ceiling is None or year <= ceiling.year):
            # (not against the lead's weekday: the dateline's day is that weekday or the
            # day after it, as in the rules above)
            return year, why
    if weekday and month and day:
        settled = _timeline_year(text, month, day, span, segments, weekday, bound, ceiling,
                                 timeline_days)
        if settled is not None:
            return settled[0], f"{settled[1]}; {_alone_words(whole, month, day, span, settled[0])}"
        found = _by_weekday(text, month, day, span, segments, weekday, bound, ceiling)
        if bound is not None and bound.written and found[0] == bound.year:
            # News names no year for a date of its own year ('in October', 'on July 28'): a
            # past date written with its year ('in October 2025' under an 11 November
            # dateline) is of an earlier year than the article's, when the weekday allows a
            # later one (exactly, or the day after: a story filed the next day); otherwise
            # the year of that date (verify30: 2025 was proposed for two 2026 articles).
            # (only on the weekday itself when a later sentence already moved the lead's
            # day on: 'agreed late Tuesday' and 'told reporters on Wednesday' under a
            # Wednesday dateline is not filed the day after that Wednesday too -- h24: a
            # December story of 2025 put in 2026 for a January 2025 told with its year)
            moved = _lead_weekday(text, span, segments, later_days=False)
            newer = _by_weekday(text, month, day, span, segments, weekday,
                                _unwritten_own_year(bound), ceiling,
                                lags=0 if moved is not None and moved[0] != weekday[0] else 1)
            if newer[0] is not None:
                return newer
        return found
    if bound and bound.written and ceiling and bound.year + 1 == ceiling.year and month and day \
            and _dt.date(ceiling.year, month, day) <= _latest_day():
        strict = _unwritten_own_year(bound)
        return ceiling.year, (f"the text is from {ceiling.year} or later ({strict.why}) and "
                              f"from {ceiling.year} or earlier ({ceiling.why})")
    if bound and ceiling and bound[0] == ceiling[0] and month and day \
            and _dt.date(bound[0], month, day) <= _latest_day():
        # what the text reports as done and what it announces leave one year
        return bound[0], (f"the text is from {bound[0]} or later ({bound[1]}) and from "
                          f"{ceiling[0]} or earlier ({ceiling[1]})")
    if bound:
        return None, (f"the text is from {bound[0]} or later ({bound[1]}), "
                      "but nothing fixes the year: unknown")
    return None, "the text gives no evidence of the year: unknown"


_RECENT_GAP = 1
STALE_WEEKDAY_YEARS = 5
"""How many years before the latest dateline day (not after today) the lead's weekday may
alone put an article whose text sets no bounds (:func:`_by_weekday`): the weekday leaves
one year in about six, and a lead's day is often days before its dateline's."""
"""How many years after the latest past date a text tells its own year may be, for that year to
win over a later one the weekday allows (news tells background up to last year)."""

_LEAD_DAY = re.compile(rf"\bon\s++(?:the\s++)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       rf"Saturday|Sunday),?\s++)?(?:{_DATE_RE})")


_DAY_MONTH = (rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[^\S\n]++(?P<m1>{_MONTH_RE})"
              rf"|(?P<m2>{_MONTH_RE})[^\S\n]++(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))"
              r"(?:,?[^\S\n]++(?P<y>\d{4})(?!\d))?")
_WEEKDAY_WORD = r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[^\S\n]++)?"
_TOLD_FROM_TODAY = re.compile(
    rf"\b(?P<when>(?i:next|last)[^\S\n]++week|(?i:tomorrow|yesterday)),?[^\S\n]++(?:on[^\S\n]++)?"
    rf"{_WEEKDAY_WORD}{_DAY_MONTH}"
    rf"|\bon[^\S\n]++{_WEEKDAY_WORD}"
    rf"{_DAY_MONTH.replace('d1', 'e1').replace('m1', 'n1').replace('d2', 'e2').replace('m2', 'n2').replace('<y>', '<z>')}"
    r",?[^\S\n]++(?P<after>(?i:next|last)[^\S\n]++week)\b")
"""A day the text tells from the day it was written: 'next week, on 28 May', 'on Friday 6
June next week', 'tomorrow, 14 March' (:func:`_weekday_dateline_day`)."""
_FULL_DAY = re.compile(_DAY_MONTH)
"""A day and its month, perhaps with its year."""


def _weekday_dateline_day(text: str, weekday: int) -> tuple[tuple[int, int, int], str] | None:
    """The day of a dateline that gives only its weekday ('NIAMEY, WEDNESDAY - ...'): the day
    of that weekday which a day the text tells from today puts it on ('next week, on 28 May':
    the week before the week of 28 May; 'tomorrow, 14 March': the day before, if it is that
    weekday).  The told day's year, when not written, is that of the latest full date the
    text gives, or the next year when the told day comes before it in the year.  Body dates
    are never taken for the dateline's day themselves (ext146, from blind set h27: the article
    had no date, and its 'on Wednesday', 'Since March' were lost).

    Returns:
        ``((year, month, day), words)``, or ``None`` when the text tells no such day, no year
        is found, or the days do not agree with the weekday.
    """
    latest: _dt.date | None = None
    for f in _FULL_DAY.finditer(text):
        if not f.group("y"):
            continue
        ymd = (int(f.group("y")), _month_number(f.group("m1") or f.group("m2")),
               int(f.group("d1") or f.group("d2")))
        if _valid_day(*ymd) and (latest is None or _dt.date(*ymd) > latest):
            latest = _dt.date(*ymd)
    for m in _TOLD_FROM_TODAY.finditer(text):
        g = m.groupdict()
        when = (g["when"] or g["after"] or "").lower().split()
        month = _month_number(g["m1"] or g["m2"] or g["n1"] or g["n2"] or "")
        day = int(g["d1"] or g["d2"] or g["e1"] or g["e2"] or 0)
        written = g["y"] or g["z"]
        if written:
            year = int(written)
        elif latest is not None:
            year = latest.year + (1 if (month, day) < (latest.month, latest.day) else 0)
        else:
            continue
        if not _valid_day(year, month, day):
            continue
        told = _dt.date(year, month, day)
        if when[0] in ("tomorrow", "yesterday"):
            dct = told + _dt.timedelta(days=-1 if when[0] == "tomorrow" else 1)
            if dct.weekday() != weekday:
                continue
        else:
            weeks = -1 if when[0] == "next" else 1
            dct = told + _dt.timedelta(days=weekday - told.weekday() + 7 * weeks)
        return (dct.year, dct.month, dct.day), " ".join(m.group(0).split())
    return None


def _lead_event_day(text: str, span: tuple[int, int]) -> tuple[tuple[int, int, int], str] | None:
    """The full date of the lead sentence's event ("held talks ... on March 10, 2025"), for a
    dateline with a place and an outlet but no date ("Hanoi (VNA) – ...").

    Returns:
        ``((year, month, day), words)``, or ``None`` when the lead gives no day with its year.
    """
    lead = next((s for s in split_sentences(text[span[1]: span[1] + 2000]) if s.text.strip()), None)
    if lead is None:
        return None
    for m in _LEAD_DAY.finditer(lead.text):
        y = m.group("year1") or m.group("year2")
        if not y:
            continue
        ymd = (int(y), _month_number(m.group("month1") or m.group("month2")),
               int(m.group("day1") or m.group("day2")))
        if _valid_day(*ymd):
            return ymd, m.group(0)[2:].strip()
    return None


def _place_line_after(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The place alone on the first line after a date line (:data:`_PLACE_LINE`), and the span
    of both up to the lead's first character; else the place that opens the date line itself
    before a dash and its label (:data:`_PLACE_BEFORE_LABEL`); else ``("", span)``."""
    m = _PLACE_LINE.match(text, _skip_blanks(text, span[1]))
    if m is None:
        line_start = text.rfind("\n", 0, span[0]) + 1
        before = _PLACE_BEFORE_LABEL.match(text, line_start + _blanks_before(
            text[line_start:span[0] + 1]), span[1])
        if before is not None:
            place = before.group("place")
            return (place.title() if place.isupper() and len(place) > 3 else place), span
        return "", span
    return m.group("place").title(), (span[0], _skip_blanks(text, m.end()))


_PLACE_BEFORE_LABEL = re.compile(
    rf"{_PLACE_RE}(?:,\s*(?P<region>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}))?\s*+"
    r"(?:\u2014|\u2013|--|-|\|)\s*+(?i:published|updated|posted|last\s++updated)\b")
"""A date line opened by its place: Al Jazeera's 'Doha, Qatar - Published 29 March 2026'
(verify37 F19: the date was read, the place was not)."""


def _skip_blanks(text: str, at: int) -> int:
    """The offset of the first non-blank character at or after ``at`` (``len(text)`` if none)."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def read_dateline(text: str, year: int | None = None, *,
                  timeline_days: Sequence[_dt.date] = ()) -> Dateline:
    """Find and read the dateline of an article.

    Recognised forms include "Tokyo, March 22 (NationPress) ...",
    "WASHINGTON (AP) — ...", "SEOUL, Jan. 5 (Yonhap) -- ...", "March 22, 2025 — ..."
    and "Tokyo, 22 March 2025: ...", at the start of one of the article's first lines.

    Args:
        text: The article text.
        year: The year of the article when the caller knows it; it wins over the text.
        timeline_days: Dates the open timeline holds, when the article is imported into
            one (its articles' dates): of the years the lead's weekday leaves, one whose
            day is near them alone is taken (:func:`_timeline_year`).  Empty: the text
            alone decides.

    Returns:
        The dateline; an empty ``Dateline`` (no place, no date) when there is none,
        with ``year_basis`` saying so.  Its ``outlet`` is the agency that signs the
        article off on its last line when the dateline names none (``_signed_off_outlet``).
        Years of the Buddhist era are read as their Gregorian years (a Thai agency's
        'Thursday, 14 May B.E. 2569': :func:`.other_calendars.gregorian_years`).
    """
    text = gregorian_years(text)
    dateline = _read_dateline(text, year, timeline_days)
    if not dateline.outlet and _publisher_not_place(text, dateline):
        return dataclasses.replace(dateline, place="", outlet=dateline.place)
    if not dateline.outlet and (outlet := _signed_off_outlet(text, dateline.place)
                                or _date_line_outlet(text, dateline.place)
                                or _told_outlet(text) or _desk_slug_outlet(text)
                                or _told_agency(text, dateline)):
        return dataclasses.replace(dateline, outlet=outlet)
    return dateline


_PUBLISHER_WORDS = frozenset({
    "Forum", "Institute", "Institution", "Council", "Centre", "Center", "Foundation", "Society",
    "Association", "Policy", "Studies", "Research", "Initiative", "Endowment", "Programme",
    "Program", "Project", "Press", "Blog", "Quarterly", "Academy", "University", "Observatory",
    "Commentary", "Analysis", "Insights",
})
"""Words of a think tank's or publisher's name ('Himalayan Policy Forum', 'Lowy Institute'),
besides a publication's (:data:`_OUTLET_WORDS`)."""


def _publisher_not_place(text: str, dateline: Dateline) -> bool:
    """Whether the dateline's place is the publisher's name on a date line of its own under
    the headline ('Himalayan Policy Forum, 12 November 2025' / 'By Dr. ...': verify61 F9, the
    forum was the place and the outlet was empty): a name of two words or more with a
    publisher's or publication's word (:data:`_PUBLISHER_WORDS`, :data:`_OUTLET_WORDS`), no
    city or state the vocabulary knows, and nothing but the date after it on its line."""
    place = dateline.place
    end = dateline.span[1]
    words = re.split(r"[\s-]+", place)
    if len(words) < 2 or not any(w in _PUBLISHER_WORDS or w in _OUTLET_WORDS for w in words) \
            or dateline.month is None or _fold(place) in _folded_cities() \
            or _fold(place) in {_fold(c) for c in _folded_cities().values()}:
        return False
    line_end = text.find("\n", end)
    return not text[end:len(text) if line_end < 0 else line_end].strip(" \t.,;:-\u2013\u2014|")


_OUTLET_WORDS = frozenset({
    "Online", "News", "Times", "Post", "Daily", "Tribune", "Herald", "Journal", "Gazette",
    "Monitor", "Telegraph", "Guardian", "Observer", "Express", "Review", "Today", "TV", "Radio",
    "Network", "Media", "Wire", "Chronicle", "Mail", "Standard", "Agency", "Insider", "Weekly",
    "Magazine", "Reporter", "Independent", "Dispatch", "Bulletin", "Digest", "Newsweek",
})
"""Words that make a name a publication's ('Ahram Online', 'Sudan Tribune', 'Al-Monitor')."""
_NOT_OUTLET_ACRONYMS = frozenset({
    "UN", "EU", "AU", "NATO", "ASEAN", "IMF", "OPEC", "WHO", "UNSC", "IGAD", "ECOWAS", "SADC",
    "GCC", "OAS", "OSCE", "ICJ", "ICC", "IAEA", "WTO", "UNHCR", "UNICEF", "OCHA", "WFP", "US",
    "UK", "UAE", "USA", "CIA", "FBI", "RSF", "SAF", "BRICS", "OIC", "AFRICOM", "G7", "G20",
})
"""Acronyms of bodies and states, told things in ordinary sentences: no outlets."""
_OUTLET_NAME = (rf"{CAPITAL}[\w'\u2019&.]*+(?:-{CAPITAL}[\w'\u2019]*+)?"
                rf"(?:[^\S\n]++{CAPITAL}[\w'\u2019&.]*+(?:-{CAPITAL}[\w'\u2019]*+)?){{0,3}}")
_NAME_THEN_DATE = re.compile(rf"(?P<name>{_OUTLET_NAME})(?:[^\S\n]*+[,|\u2022\u00b7]|"
                             r"[^\S\n]++(?P<dash>[-\u2013\u2014]))[^\S\n]*+")
"""The name that opens a web date line before its date: 'Ahram Online, | Wednesday 25 Nov 2026',
'Mada Masr | 3 December 2026', 'KYODO NEWS - | Dec 3, 2026 - 19:35'."""
_BYLINE = re.compile(r"^[^\S\n]*+(?:By|Author\s*+:|Written\s++by|Words\s++by)[^\S\n]++"
                     rf"{CAPITAL}", re.MULTILINE)
"""A byline among an article's first lines: 'By Jane Doe', 'Author: Mohamed Saied'."""
_BYLINE_NAME = rf"{CAPITAL}[\w'.\u2019-]*+"
BYLINE_LINE = re.compile(
    rf"^[^\S\n]*+(?:By|BY)[^\S\n]++(?P<names>{_BYLINE_NAME}"
    rf"(?:(?:[^\S\n]*+,|[^\S\n]++(?:and|&))?[^\S\n]++{_BYLINE_NAME}){{0,9}})"
    r"[^\S\n]*+$", re.MULTILINE)
"""A wire byline on a line of its own, names only: 'By Hyonhee Shin and Ju-min Park',
'By HYUNG-JIN KIM', 'By Jane Doe, John Roe and Ann Poe' (a body sentence 'By Monday the
two sides had ...' goes on past its capitalised words)."""


def byline_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the bylines among an article's first lines
    (``_TOP_CHARS``): lines of their own of "By" and names only, as wire copy pasted from
    a terminal puts them above the dateline ("By Hyonhee Shin and Ju-min Park", blank
    line, "SEOUL, May 27 (Reuters) - ...").  Their names are the reporters', never an
    actor of the story (verify54 F14, F17: "Ju-min Park SEOUL to launch satellite
    rocket").  A line whose words include a month or a weekday is no byline ("By
    Monday" alone on a line)."""
    spans = []
    for m in BYLINE_LINE.finditer(text, 0, min(len(text), _TOP_CHARS)):
        words = {word.strip(",.").lower() for word in m.group("names").split()}
        if words & _MONTH_AND_DAY_WORDS:
            continue
        spans.append((m.start(), m.end()))
    return spans


_MONTH_AND_DAY_WORDS = frozenset(
    [name.lower() for name in (*MONTH_NAMES, *WEEKDAY_NAMES)]
    + [name[:3].lower() for name in (*MONTH_NAMES, *WEEKDAY_NAMES)])


_TOLD_OUTLET = re.compile(rf"\b(?:told|said\s++to|interview\s++with)\s++(?P<name>{_OUTLET_NAME})"
                          r"(?=\s*+(?:[,.;:]|that\b|on\b|in\b|last\b|this\b|earlier\b|"
                          r"late\b|by\b|\)|$))", re.MULTILINE)
"""'Sources in the capital told | Al-Monitor | that ...': a publication told something."""


def _outlet_like(name: str) -> bool:
    """Whether a name reads as a publication's: it holds one of :data:`_OUTLET_WORDS` ('Ahram
    Online', 'Al-Monitor') or it is an acronym of letters no body or state writes itself with
    (:data:`_NOT_OUTLET_ACRONYMS`: 'CNN', 'AFP', not 'UN')."""
    parts = re.split(r"[\s-]+", name)
    if any(p in _OUTLET_WORDS for p in parts):
        return True
    return len(parts) == 1 and name.isupper() and name.isalpha() and 2 <= len(name) <= 5 \
        and name not in _NOT_OUTLET_ACRONYMS


def _date_line_outlet(text: str, place: str = "") -> str:
    """The publication that opens the article's web date line ('Ahram Online, Wednesday 25
    Nov 2026': minor note of verify45, the outlet was typed by hand), or ``""``.

    The line must be page furniture around a date (:func:`_furniture_dates`, or a line that
    is only a date, :data:`_DATE_LINE`, once the name is taken off), the name no place
    (:func:`_is_place`), no label ('Published') and no byline; and it must read as a
    publication's (:func:`_outlet_like`) or be named again in the article ('... Ahram
    Online looks back at ...'): a person's name opens a byline the same way.
    """
    for line in list(re.finditer(r"[^\n]+", text[:_TOP_CHARS]))[:12]:
        start = line.start() + _blanks_before(line.group(0))
        m = _NAME_THEN_DATE.match(text, start, line.end())
        if m is None:
            continue
        name = " ".join(m.group("name").split())
        first = name.split()[0].rstrip(".").lower()
        if first in ("by", "published", "updated", "posted", "date", "dated", "issued", "last",
                     "first") or month_key(first) in FOREIGN_WEEKDAYS or _is_place(name, place) \
                or first.capitalize() in WEEKDAY_NAMES or first.capitalize() in MONTH_NAMES:
            continue
        rest = text[m.end():line.end()].strip()
        if not rest[:1].isalnum() or (_DATE_LINE.fullmatch(rest) is None
                                      and not _furniture_dates(rest)):
            continue
        if name.isupper() and " " in name:
            name = " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split())
        named_again = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[line.end():])
        if _outlet_like(name) or (named_again is not None and not m.group("dash")):
            return name
    return ""


def _told_outlet(text: str) -> str:
    """The publication an article with a byline says it was told things ('Author: Mohamed
    Saied' ... 'Sources in Port Sudan told Al-Monitor that ...': minor note of verify45),
    or ``""``.  Only a name that holds a publication's word (:data:`_OUTLET_WORDS`; no
    acronym: 'told CNN' quotes a broadcaster more often than not), only one, and only under
    a byline among the first lines (a wire's 'told CNN' quotes another
    outlet; a byline is a web page's, which names itself so)."""
    if _BYLINE.search(text[:_TOP_CHARS]) is None:
        return ""
    names = {" ".join(m.group("name").split()) for m in _TOLD_OUTLET.finditer(text)}
    outlets = {n for n in names if _outlet_like(n) and not n.isupper()}
    return outlets.pop() if len(outlets) == 1 else ""


def _paper_before_its_city(place: str, region: str) -> tuple[str, str] | None:
    """``(city, paper)`` when what a date line gives as its place and region is a
    newspaper's name and its city ("The Fiji Sun, Suva, 4 March 2026": verify66 F9, the
    place was "The Fiji Sun" and the outlet empty), else ``None``.  The region must be a
    city the vocabulary knows, the place none (no city, no state: "Kota Kinabalu, Sabah"
    stays a place and its region), and read as a publication: "The ..." or a name of
    :func:`_outlet_like`."""
    if not region or not place:
        return None
    city = " ".join(region.split())
    if _fold(city) not in _folded_cities() or _is_place(place, "") \
            or _fold(place) in _folded_cities() \
            or not (place.startswith("The ") or _outlet_like(place)):
        return None
    return city, " ".join(place.split())


_DESK_SLUG = re.compile(r"(?:burs?-)?[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5})+")
"""AFP's desk sign-off, the initials of its writers and editors in lower case after the
story: "str-kl/dva", "burs-jm/dl", "ach/sst" (verify66 F9: no outlet was read)."""


def _desk_slug_outlet(text: str) -> str:
    """"AFP" when the article's last non-blank line is AFP's desk sign-off
    (:data:`_DESK_SLUG`), else ``""``."""
    tail = text[max(0, len(text) - _TAIL_CHARS):].split("\n")
    last = next((line.strip() for line in reversed(tail) if line.strip()), "")
    return "AFP" if _DESK_SLUG.fullmatch(last) else ""


_AGENCIES = {"AFP": "AFP", "Agence France-Presse": "AFP", "Reuters": "Reuters", "AP": "AP",
             "the Associated Press": "AP", "The Associated Press": "AP", "Xinhua": "Xinhua",
             "Kyodo": "Kyodo", "Kyodo News": "Kyodo", "Yonhap": "Yonhap", "Bernama": "Bernama",
             "Anadolu": "Anadolu", "Anadolu Agency": "Anadolu", "dpa": "dpa", "EFE": "EFE",
             "ANSA": "ANSA", "TASS": "TASS", "Antara": "Antara", "PTI": "PTI", "IANS": "IANS"}
"""News agencies as a story names them when it was told things ("officials told AFP"),
and the outlet each is."""
_TOLD_AGENCY = re.compile(r"\btold\s++(?P<name>" + "|".join(
    re.escape(n) for n in sorted(_AGENCIES, key=len, reverse=True)) + r")(?![\w-])")


def _told_agency(text: str, dateline: Dateline) -> str:
    """The news agency an article with a wire dateline of place and date but no outlet says
    it was told things ("SUVA, 11 February — ... officials told AFP": verify66 F9, no
    outlet), or ``""``: only one agency told, and no other agency named as a source
    ("according to Reuters": a story that quotes another agency's interview)."""
    if not dateline.place or dateline.month is None:
        return ""
    told = {_AGENCIES[m.group("name")] for m in _TOLD_AGENCY.finditer(text)}
    if len(told) != 1:
        return ""
    agency = told.pop()
    others = [n for n, a in _AGENCIES.items() if a != agency
              and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)]
    return "" if others else agency


def _read_dateline(text: str, year: int | None, timeline_days: Sequence[_dt.date]) -> Dateline:
    """:func:`read_dateline`, without the outlet that signs the article off."""
    found = _find_dateline(text)
    published = _find_published(text) or _find_signed_off(text)
    if published is not None:
        published = _newest_live_entry(text, published)
    if found is None:
        if published is not None:
            (py, pm, pd), label, pspan, other = published
            place, _ = _place_line_after(text, pspan)
            (py, pm, pd), order = _settle_order(text, pspan, (py, pm, pd), other, cue=_order_cue(
                _line_at(text, pspan[0]), place))
            if not max(MIN_YEAR, 1) <= py <= MAX_YEAR:
                return Dateline(year=year, year_basis=f"the article's '{label}' line gives the "
                                f"year {py}, outside the years a timeline can hold")
            if year is not None and year != py:
                return Dateline(year=year, year_basis=f"the year {year} was given; no dateline found")
            place, pspan = _place_line_after(text, pspan)
            place = place or _letterhead_place_before(text, pspan)
            return Dateline(place=place, month=pm, day=pd, year=py, span=pspan,
                            year_basis=f"the article's '{label}' line gives {pd} "
                                       f"{MONTH_NAMES[pm - 1]} {py}{order}")
        if year is None and (header := _header_dateline(text)) is not None:
            return header
        if year is None and (headline := _headline_dateline(text)) is not None:
            return headline
        if year is not None:
            return Dateline(year=year, year_basis=f"the year {year} was given; no dateline found")
        return Dateline(year_basis="no dateline found")
    m, _kind = found
    groups = m.groupdict()
    place = (groups.get("place") or "").strip()
    if place.isupper() and len(place) > 3:
        place = place.title()  # "WASHINGTON" -> "Washington": the place, not the typography
    place = re.split(r"\s*/\s*", place)[0]  # 'WASHINGTON/BEIJING': the first place
    outlet = (groups.get("outlet") or groups.get("outlet2") or groups.get("outlet3")
              or groups.get("outlet4") or "").strip()
    # ('ZENDA, THURSDAY - ...': a weekday for the date, read as an outlet or a region; ext146)
    weekday_word = next((w.lower() for w in (outlet, groups.get("region") or "")
                         if w.lower() in WEEKDAYS), "")
    if outlet.lower() == weekday_word:
        outlet = ""
    if not outlet and (paper := _paper_before_its_city(place, groups.get("region") or "")):
        place, outlet = paper  # 'The Fiji Sun, Suva, 4 March 2026' (verify66 F9)
    if outlet.isupper() and " " in outlet:
        # 'SUDAN TRIBUNE' -> 'Sudan Tribune' (a name in the dateline's capitals), 'BBC NEWS'
        # -> 'BBC News' (short words are initials)
        outlet = " ".join(w if len(w) <= 3 else w.capitalize() for w in outlet.split())
    words_year, month_word, words_day, dotted = _words_date(groups)
    day_text = words_day or groups.get("nday") or groups.get("dd")
    day_text = day_text or groups.get("pd")
    year_text = (words_year or groups.get("nyear")
                 or groups.get("dy") or groups.get("py"))
    month = _month_number(month_word, dotted) if month_word else (
        int(groups["nmonth"]) if groups.get("nmonth") else
        _dot_month(groups["dm"] or "") if groups.get("dm") else
        int(groups["pm"]) if groups.get("pm") else None)
    day = int(day_text) if day_text else None
    if groups.get("nmonth") and month is not None and day is not None and month > 12 >= day:
        month, day = day, month  # '14/03/2026 -': day first
    span = (m.start(), m.end())
    if month is not None and not 1 <= month <= 12:
        month = day = None
    if month is not None and day is not None and not 1 <= day <= 31:
        month = day = None
    if year is not None:
        basis = f"the year {year} was given with the article"
    elif year_text:
        year, basis = int(year_text), f"the dateline gives the year ({year_text})"
        if groups.get("nmonth") and month is not None and day is not None:
            (year, month, day), order = _settle_order(
                text, span, (year, month, day), _other_order(year, month, day)
                if _valid_day(year, month, day) else None, cue=_order_cue("", place))
            basis += order
    elif published is not None and (month is None or published[0][1:] == (month, day)):
        (year, month, day), label, pspan, other = published
        (year, month, day), order = _settle_order(text, span, (year, month, day), other, cue=_order_cue(
            _line_at(text, pspan[0]), place))
        basis = (f"the article's '{label}' line gives {day} {MONTH_NAMES[month - 1]} "
                 f"{year}{order}")
    elif published is not None and month is not None and day is not None and (
            near := _year_just_before(published[0], month, day)) is not None:
        (py, pm, pd), label, _, _ = published
        year = near
        basis = (f"the article's '{label}' line gives {pd} {MONTH_NAMES[pm - 1]} {py}, "
                 f"and the dateline's {day} {MONTH_NAMES[month - 1]} is the last such day "
                 f"up to it: {year}")
    elif month is not None:
        year, basis = _infer_year(text, month, day, span, timeline_days)
        if day is not None and timeline_days:
            ahead = _timeline_days_ahead(text, month, day, span, year, timeline_days)
            if ahead is not None:
                year, basis = ahead
    elif published is None and year is None and (header := _header_dateline(
            text, Dateline(place=place, outlet=outlet, span=span))) is not None:
        # (a roundup's title read as a dateline with no date, 'DIPLOMACY THIS WEEK: The
        # High North', over its 'Friday edition, 6 March 2026')
        return header
    elif weekday_word and (
            told := _weekday_dateline_day(text, WEEKDAYS[weekday_word])) is not None:
        (year, month, day), words = told
        basis = (f"the dateline gives only its weekday ({weekday_word.capitalize()}); the text's "
                 f"'{words}' puts it on {day} {MONTH_NAMES[month - 1]} {year}")
    elif (lead := _lead_event_day(text, span)) is not None:
        (year, month, day), words = lead
        basis = (f"the dateline has no date; the lead's event is dated '{words}', and an agency "
                 f"that leaves the date out of its dateline files the lead event on its day")
    else:
        basis = "the dateline has no date"
    if year is not None and not max(MIN_YEAR, 1) <= year <= MAX_YEAR:
        basis = (f"{basis}; but {year} is outside the years a timeline can hold "
                 f"({max(MIN_YEAR, 1)}-{MAX_YEAR})")
        year = None
    if year is not None and month is not None and day is not None and not _valid_day(
            year, month, day):
        basis = f"{basis}; but {day}/{month}/{year} is not a calendar day"
        year = None
    if not place:
        place = _letterhead_place_before(text, span)
    return Dateline(place=place, month=month, day=day, year=year, outlet=outlet, span=span,
                    year_basis=basis)


_LIVE_ENTRY = re.compile(
    rf"^[^\S\n]*+{_WEEKDAY_BEFORE}{_DATE_RE}[^\S\n]*+[,|\u2013\u2014-]?[^\S\n]*+{_CLOCK_RE}"
    r"(?:[^\S\n]*+\([^()\n]{1,40}+\))?[^\S\n]*+$", re.MULTILINE)
"""The stamp of a live page's entry, alone on its line: its day with the year, its clock time
and perhaps the time elsewhere in brackets ('3 Mar 2026, 14:20 (11:20 GMT)', 'March 3, 2026
9:05 AM EST')."""
#: How many days a live page's newest entry may come after the day it was first published.
_LIVE_DAYS = 7


def _newest_live_entry(text: str, published: Published) -> Published:
    """A live page's date: its newest entry's day (:data:`_LIVE_ENTRY`), when at least two
    entries are stamped and the newest is up to :data:`_LIVE_DAYS` days after the page's
    'Published' day (``published``); otherwise ``published`` unchanged.

    A live page runs on after the day it opened, and its text is of its last entry: 'this
    morning' in the entry on top is that entry's morning (ext139, from blind set h25: a page
    opened on the 3rd and updated through the 4th was dated the 3rd, and the 4th's entries
    came a day early)."""
    (py, pm, pd), _label, _span, _other = published
    stamps: list[tuple[_dt.date, tuple[int, int]]] = []
    for m in _LIVE_ENTRY.finditer(text):
        day = _ymd_of(m.groupdict())
        if day is not None and _valid_day(*day[0]):
            stamps.append((_dt.date(*day[0]), (m.start(), m.end())))
    if len(stamps) < 2 or not _valid_day(py, pm, pd):
        return published
    newest, span = max(stamps, key=lambda s: s[0])
    if not 0 < (newest - _dt.date(py, pm, pd)).days <= _LIVE_DAYS:
        return published
    return ((newest.year, newest.month, newest.day), "live entry", span, None)


_HEADER_SEPARATOR = re.compile(r"[^\S\n]*+[|\u2022\u00b7][^\S\n]*+|[^\S\n]++[\u2014\u2013][^\S\n]++")
_HEADER_DAY = re.compile(
    rf"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"(?:[^\S\n]++(?i:edition|issue))?,?[^\S\n]++)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[^\S\n]++(?P<m1>{_MONTH_RE})"
    rf"|(?P<m2>{_MONTH_RE})[^\S\n]++(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"(?:,?[^\S\n]++(?P<year>\d{{4}}))?\.?")
"""A newsletter's or a roundup's date, set off on a header line: 'The Baltic brief: your
morning read | Wednesday, 14 October', 'Alpine diplomacy this week \u2014 Friday edition, 9 October
2026'."""
_HEADER_WEEK = re.compile(
    rf"(?i:(?:the[^\S\n]++)?week[^\S\n]++(?:of|beginning|starting|commencing))[^\S\n]++"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:[^\S\n]*+[-\u2013][^\S\n]*+\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"[^\S\n]++(?P<m1>{_MONTH_RE})"
    rf"|(?P<m2>{_MONTH_RE})[^\S\n]++(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:[^\S\n]*+[-\u2013][^\S\n]*+\d{{1,2}}(?:st|nd|rd|th)?)?)"
    rf",?[^\S\n]++(?P<year>\d{{4}})\.?")
"""A weekly's issue dated by its week, with the year: 'Week of 7-13 July 2026', 'Week of
July 7-13, 2026', 'Week beginning 7 July 2026'.  The issue's date is the week's first day,
as a span is dated by its start (docs/GUIDE.md, 'Typing dates'; ext146, from blind set h27: a
business weekly had no date, and its seven events told by 'on Thursday', 'last week' or 'the
third quarter' were lost).  Without its year a week's day gives no weekday to find one by."""
_HEADER_LINES = 6
_HEADER_TAIL_DAY = re.compile(rf"(?<![^\s,:])(?:{_HEADER_DAY.pattern})$")
"""A header date ending its part of a line (:func:`_header_day_at_end`)."""
_HEADER_LABEL = re.compile(
    r"(?i:(?:first[^\S\n]++)?(?:aired|broadcast|recorded|released|streamed|uploaded|transmitted"
    r"|published|posted|issued|dated)(?:[^\S\n]++on)?[^\S\n]*+:?)")
"""The label of a programme's or a page's date before it on its header line ('First aired',
'Broadcast on', 'Recorded:')."""
#: At most so many words before the comma that sets a header line's date off.
_HEADER_TITLE_WORDS = 16


class HeaderDay(NamedTuple):
    """The date a header line gives (:func:`header_day`)."""

    month: int
    day: int
    year: int | None
    weekday: int | None
    span: tuple[int, int]
    words: str


def header_day(text: str) -> HeaderDay | None:
    """The date of a newsletter's or a weekly roundup's header: among the article's first
    :data:`_HEADER_LINES` lines, a part of a line set off by a bar, a bullet or a spaced dash
    ('... | Wednesday, 25 February', '... \u2014 Friday edition, 6 March 2026'; or the whole
    line) that is only a day and a month, with a weekday or a year (:data:`_HEADER_DAY`), or
    a weekly's week with its year (:data:`_HEADER_WEEK`: its first day).
    Such a header is the only date these articles have, and without it every event told by
    its weekday was lost (h24: a newsletter and a roundup had no date, 13 and 12 events).

    Returns:
        The first such date, or ``None``.
    """
    entries = chronology_lines(text)
    lines = [m for m in _LINE.finditer(text[:_TOP_CHARS]) if m.group(0).strip()]
    for line in lines[:_HEADER_LINES]:
        if line.start() in entries:
            continue
        start = line.start()
        cuts = [(m.start(), m.end()) for m in _HEADER_SEPARATOR.finditer(line.group(0))]
        bounds = [0] + [e for _, e in cuts]
        ends = [b for b, _ in cuts] + [len(line.group(0))]
        for a, b in zip(bounds, ends, strict=True):
            part = line.group(0)[a:b]
            lead = len(part) - len(part.lstrip())
            m = _HEADER_DAY.fullmatch(part.strip()) or _header_day_at_end(part.strip()) \
                or _HEADER_WEEK.fullmatch(part.strip())
            if m is None or not (m.groupdict().get("weekday") or m.group("year")):
                continue
            month = _month_number(m.group("m1") or m.group("m2") or "")
            day = int(m.group("d1") or m.group("d2") or 0)
            year = int(m.group("year")) if m.group("year") else None
            if not 1 <= month <= 12 or not _valid_day(year or 2000, month, day):
                continue
            weekday = WEEKDAYS[m.group("weekday").lower()] if m.groupdict().get("weekday") \
                else None
            at = start + a + lead + m.start()
            return HeaderDay(month, day, year, weekday, (at, at + len(m.group(0))), m.group(0))
    return None


def _header_day_at_end(part: str) -> re.Match[str] | None:
    """The date (:data:`_HEADER_DAY`) that ends a header line's part after a label ('First
    aired Wednesday, 4 March': :data:`_HEADER_LABEL`) or after a comma that closes the title
    before it ('Record of the fortnightly media briefing by the Official Spokesperson, Thursday
    5 March 2026'): a ministry's transcript and a podcast's page give their date so (ext143, from
    blind set h26: neither had a date, and 17 events were lost).  A sentence is no header: not
    with its closing period, nor with the date after a preposition or a weekday ('... met on
    Tuesday, 3 March 2026'), nor with more than :data:`_HEADER_TITLE_WORDS` words before the
    comma.

    Returns:
        The date's match (its groups those of :data:`_HEADER_DAY`), or ``None``.
    """
    m = _HEADER_TAIL_DAY.search(part)
    if m is None or m.start() == 0:
        return None
    before = part[:m.start()].rstrip()
    if _HEADER_LABEL.fullmatch(before):
        return m
    if not before.endswith(",") or part.endswith("."):
        return None
    words = re.findall(r"[^\W\d_]+", before)
    if not words or len(words) > _HEADER_TITLE_WORDS or words[-1].lower() in WEEKDAYS:
        return None
    return m


def _header_dateline(text: str, found: Dateline | None = None) -> Dateline | None:
    """The dateline a header's date (:func:`header_day`) gives an article with no date of its
    own (``found``: the dateline read, with no month): its year as written, else the latest
    year not after today in which the day has the header's weekday, between the bounds the
    text's years set (:func:`_year_bounds`: 'restored ties in April 2023' as past).  ``None``
    without such a header, or when no year fits."""
    header = header_day(text)
    if header is None:
        return None
    month, day = header.month, header.day
    if header.year is not None:
        year: int | None = header.year
        basis = f"the header '{header.words}' gives the year ({header.year})"
    else:
        bound, ceiling = _year_bounds(text[:_EVIDENCE_CHARS], None, month, day)
        today = _latest_day()
        fitting = [y for y in _years_with_weekday(month, day, header.weekday or 0)
                   if _dt.date(y, month, day) <= today
                   and (bound is None or y >= bound.year)
                   and (ceiling is None or y <= ceiling.year)]
        if not fitting:
            return None
        year = fitting[-1]
        limits = "".join([f" from {bound.year} on ({bound.why})" if bound else "",
                          f" up to {ceiling.year} ({ceiling.why})" if ceiling else ""])
        basis = (f"the header '{header.words}': {day} {MONTH_NAMES[month - 1]} is a "
                 f"{WEEKDAY_NAMES[header.weekday or 0]} in ..., "
                 f"{', '.join(map(str, fitting[-3:]))}{limits}; the latest not after "
                 f"today is {year}")
    if found is None:
        return Dateline(month=month, day=day, year=year, span=header.span, year_basis=basis)
    return Dateline(place=found.place, month=month, day=day, year=year, outlet=found.outlet,
                    span=header.span, year_basis=basis)


_HEADLINE_PLAN = re.compile(r"\b(?i:to|will|would|due|set|plans?|planned|expected|scheduled|"
                            r"ahead\s+of|before|until|by|since|after|anniversary|years?)\b")
"""A headline's word that makes its date no day of the news ('Leaders to meet on 20 March
2026', 'ahead of', 'since 12 March 1990', '... anniversary')."""
_HEADLINE_WORDS = 24
"""The most words a headline holds (a longer first line is the lead)."""
_HEADLINE_RECENT_YEARS = 2
"""With no weekday in the lead, how many years back from today a headline's date may be."""


def _headline_dateline(text: str) -> Dateline | None:
    """The dateline of an article whose only date is in its headline: the article's first line,
    a headline (no closing period, at most :data:`_HEADLINE_WORDS` words, a line of the body
    after it), holding one whole day with its year that tells the day of the news ('Morocco
    and Spain sign fisheries accord in Rabat on 12 March 2026'; not a plan or a count back,
    :data:`_HEADLINE_PLAN`).  The lead (the body's first paragraph) must name that day's
    weekday, or no weekday at all when the day is at most :data:`_HEADLINE_RECENT_YEARS` years
    before today; never a day after today.  ext156, from the blind sets' misses: such a story had no
    date, and every event told by its weekday was lost.

    Returns:
        The dateline (the headline's day, no place), or ``None``."""
    lines = [m for m in _LINE.finditer(text[:_TOP_CHARS]) if m.group(0).strip()]
    if len(lines) < 2:
        return None
    head, lead = lines[0], lines[1]
    words = head.group(0).split()
    if head.group(0).rstrip().endswith(".") or len(words) > _HEADLINE_WORDS:
        return None
    dates = [m for m in _LINE_DATE.finditer(head.group(0)) if _ymd_of(m.groupdict()) is not None]
    if len(dates) != 1 or _HEADLINE_PLAN.search(head.group(0)) is not None:
        return None
    found = _ymd_of(dates[0].groupdict())
    if found is None or found[1] is not None:
        return None  # (an order of day and month the headline leaves open: no guess)
    (year, month, day), _ = found
    if not max(MIN_YEAR, 1) <= year <= MAX_YEAR:
        return None
    when = _dt.date(year, month, day)
    named = {WEEKDAYS[w.lower()] for w in re.findall(r"[A-Za-z]+", lead.group(0))
             if w.lower() in WEEKDAYS and w[0].isupper()}
    if named and when.weekday() not in named or when > _latest_day():
        return None
    if not named and not 0 <= (_latest_day() - when).days <= 366 * _HEADLINE_RECENT_YEARS:
        return None
    words_read = " ".join(dates[0].group(0).split())
    basis = (f"no dateline; the headline's '{words_read}' is the day of its news"
             + (f", a {WEEKDAY_NAMES[when.weekday()]} as the lead says" if named else ""))
    at = head.start() + dates[0].start()
    return Dateline(month=month, day=day, year=year, span=(at, at + len(dates[0].group(0))),
                    year_basis=basis)


def _letterhead_place_before(text: str, span: tuple[int, int]) -> str:
    """The city a press release's letterhead names on the line just above its date line,
    alone or with its country ('Vienna, Austria' / '13 October 2026' under 'International
    Atomic Energy Agency': verify47 F8, the release had no place), or ``""``.  The date
    line must stand alone on its line at ``span``, among the article's first
    :data:`_LETTERHEAD_LINES` lines, and the city must be one the vocabulary knows (its
    country, if written, the city's own): a headline or a name line above a date is no
    place."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    if text[line_start:span[0]].strip():
        return ""  # the date line does not start its line: it is no letterhead's
    above = [line.strip() for line in text[:line_start].splitlines() if line.strip()]
    if not above or len(above) >= _LETTERHEAD_LINES:
        return ""
    city, _, country = above[-1].partition(",")
    city, country = letterhead_case(city.strip()), letterhead_case(country.strip())
    known = _folded_cities().get(_fold(city))
    if known is None or (country and _fold(country) != _fold(known)):
        return ""
    return city
