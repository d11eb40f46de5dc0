"""Month names of other languages, and Roman-numeral months, for reading a dateline's date;
and the one pattern of English month names (:data:`ENGLISH_MONTH_RE`) the extractor reads.

Only the dateline (and a date line of page furniture) is read in these languages: an article
in English that a Balkan or Turkish paper publishes keeps its own paper's dateline ('PRISHTINA,
15 mars 2025 -', 'ANKARA, 15 Mart 2025 (AA) -', 'Prishtina, 15.III.2025 -'; verify43 F2, X22).
Full-text extraction stays English.

Which languages, and why: those of the outlets the app's users have imported or that the
dateline reader already names (this module's docstrings and ``dateline``'s): the Western Balkans
of the Belgrade-Pristina dialogue that verify43 followed (Albanian: Koha, Kosovo's ministries;
Serbian, Bosnian and Montenegrin in Latin and Cyrillic: Politika, Tanjug, Beta; Croatian: Hina;
Macedonian: MIA), their neighbours (Bulgarian: BTA; Romanian: Agerpres; Turkish: Anadolu), the
European wires (French: AFP; German: dpa, APA; Spanish: EFE; Portuguese: Lusa, Agencia Brasil;
Italian: ANSA) and the Russian and Ukrainian ones (TASS, RIA; Ukrinform).

Polish, Czech and Hungarian too (session 36, ext51: 'WARSZAWA, 22 marca 2025', 'PRAHA 22.
března 2025 -', 'BUDAPEST, 2025. március 22.'; PAP, ČTK and MTI write their own languages' dates).
One name reads two ways: 'listopad', 'listopada' is November in Polish (and 'listopad' in Czech)
but October in Croatian (Polish 'lipiec' is July where Croatian 'lipanj' is June, but those are
two words).  Which it is, the day's full stop says (:data:`DOTTED_DAY_MONTHS`): Croatian and
Czech write a day's ordinal with one ('15. listopada 2025.', '15. listopadu 2025'), Polish dates
never do ('15 listopada 2025': the Rada Języka Polskiego's and PWN's rule for a date with the
month in words).  Hungarian writes the year first ('2025. március 15.'), with a full stop after
the year and the day: the dateline reads that shape with the Hungarian names only.

Sources: the languages' month names as the Unicode CLDR lists them (the 'format' names a
date uses and the 'stand-alone' ones; Croatian, Russian and Ukrainian decline them: '15.
ožujka 2025.', '15 марта 2025 г.'), checked against the CLDR data Qt carries (``QLocale``,
tests/extract/test_dateline_languages.py); beside them Austrian German 'Jänner', Peruvian
Spanish 'setiembre', the genitives of the Serbian and Croatian press ('15. marta 2025.',
'studenog'), and AFP's French abbreviations.
Roman-numeral months ('15.III.2025') are a convention of Polish, Czech, Slovak, Croatian and
Serbian writing that some Balkan papers' datelines keep.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MONTH_NAMES_BY_LANGUAGE: dict[str, dict[str, int]] = {
    "French": {
        "janvier": 1, "janv": 1, "février": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4,
        "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "septembre": 9,
        "octobre": 10, "novembre": 11, "décembre": 12, "déc": 12,
    },
    "German": {
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5,
        "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
        "dezember": 12,
    },
    "Spanish": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12,
    },
    "Portuguese": {
        "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6,
        "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    "Italian": {
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
        "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    "Serbian, Bosnian and Montenegrin (Latin)": {
        "januar": 1, "februar": 2, "mart": 3, "april": 4, "maj": 5, "jun": 6, "juni": 6,
        "jul": 7, "juli": 7, "avgust": 8, "august": 8, "septembar": 9, "oktobar": 10,
        "novembar": 11, "decembar": 12,
        # the genitive of the press: '15. marta 2025. godine'
        "januara": 1, "februara": 2, "marta": 3, "aprila": 4, "maja": 5, "juna": 6, "jula": 7,
        "avgusta": 8, "augusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11,
        "decembra": 12,
    },
    "Serbian and Montenegrin (Cyrillic)": {
        "јануар": 1, "фебруар": 2, "март": 3, "април": 4, "мај": 5, "јун": 6, "јул": 7,
        "август": 8, "септембар": 9, "октобар": 10, "новембар": 11, "децембар": 12,
        "јануара": 1, "фебруара": 2, "марта": 3, "априла": 4, "маја": 5, "јуна": 6, "јула": 7,
        "августа": 8, "септембра": 9, "октобра": 10, "новембра": 11, "децембра": 12,
    },
    "Croatian": {
        "siječanj": 1, "siječnja": 1, "veljača": 2, "veljače": 2, "ožujak": 3, "ožujka": 3,
        "travanj": 4, "travnja": 4, "svibanj": 5, "svibnja": 5, "lipanj": 6, "lipnja": 6,
        "srpanj": 7, "srpnja": 7, "kolovoz": 8, "kolovoza": 8, "rujan": 9, "rujna": 9,
        "listopad": 10, "listopada": 10, "studeni": 11, "studenoga": 11, "studenog": 11,
        "prosinac": 12, "prosinca": 12,
    },
    "Macedonian": {
        "јануари": 1, "февруари": 2, "март": 3, "април": 4, "мај": 5, "јуни": 6, "јули": 7,
        "август": 8, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    },
    "Bulgarian": {
        "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7,
        "август": 8, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    },
    "Albanian": {
        "janar": 1, "shkurt": 2, "mars": 3, "prill": 4, "maj": 5, "qershor": 6, "korrik": 7,
        "gusht": 8, "shtator": 9, "tetor": 10, "nëntor": 11, "dhjetor": 12,
    },
    "Romanian": {
        "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6,
        "iulie": 7, "august": 8, "septembrie": 9, "octombrie": 10, "noiembrie": 11,
        "decembrie": 12,
    },
    "Turkish": {
        "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
        "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    },
    "Russian": {
        "январь": 1, "января": 1, "февраль": 2, "февраля": 2, "март": 3, "марта": 3,
        "апрель": 4, "апреля": 4, "май": 5, "мая": 5, "июнь": 6, "июня": 6, "июль": 7,
        "июля": 7, "август": 8, "августа": 8, "сентябрь": 9, "сентября": 9, "октябрь": 10,
        "октября": 10, "ноябрь": 11, "ноября": 11, "декабрь": 12, "декабря": 12,
    },
    "Ukrainian": {
        "січень": 1, "січня": 1, "лютий": 2, "лютого": 2, "березень": 3, "березня": 3,
        "квітень": 4, "квітня": 4, "травень": 5, "травня": 5, "червень": 6, "червня": 6,
        "липень": 7, "липня": 7, "серпень": 8, "серпня": 8, "вересень": 9, "вересня": 9,
        "жовтень": 10, "жовтня": 10, "листопад": 11, "листопада": 11, "грудень": 12,
        "грудня": 12,
    },
    # (the date's genitive first, then the stand-alone nominative; CLDR's abbreviations 'lis',
    # 'mar' are English words or prefixes, left out)
    "Polish": {
        "stycznia": 1, "styczeń": 1, "lutego": 2, "luty": 2, "marca": 3, "marzec": 3,
        "kwietnia": 4, "kwiecień": 4, "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6,
        "lipca": 7, "lipiec": 7, "sierpnia": 8, "sierpień": 8, "września": 9, "wrzesień": 9,
        "października": 10, "październik": 10, "listopada": 11, "listopad": 11,
        "grudnia": 12, "grudzień": 12,
    },
    "Czech": {
        "ledna": 1, "leden": 1, "února": 2, "únor": 2, "března": 3, "březen": 3, "dubna": 4,
        "duben": 4, "května": 5, "květen": 5, "června": 6, "červen": 6, "července": 7,
        "červenec": 7, "srpna": 8, "srpen": 8, "září": 9, "října": 10, "říjen": 10,
        "listopadu": 11, "listopad": 11, "prosince": 12, "prosinec": 12,
    },
    # (year first: 'BUDAPEST, 2025. március 22.'; the abbreviations are CLDR's, with their stop)
    "Hungarian": {
        "január": 1, "jan.": 1, "február": 2, "febr.": 2, "március": 3, "márc.": 3,
        "április": 4, "ápr.": 4, "május": 5, "máj.": 5, "június": 6, "jún.": 6,
        "július": 7, "júl.": 7, "augusztus": 8, "aug.": 8, "szeptember": 9, "szept.": 9,
        "október": 10, "okt.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
    },
}
"""Language -> month name (lower case, as written) -> 1-12.  Every language here but
Hungarian writes the day first ('15. mart 2025.', '15 de marzo de 2025', '22 marca 2025');
Hungarian the year ('2025. március 22.')."""

DOTTED_DAY_MONTHS: dict[str, tuple[int, int]] = {"listopad": (11, 10), "listopada": (11, 10)}
""":func:`month_key` of a name two languages read as two months -> ``(month after a day
without a full stop, month after a day with one)``: Polish '15 listopada' is November,
Croatian '15. listopada' October (see the module's docstring)."""

WEEKDAY_NAMES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "French": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "German": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
               "sonnabend"),
    "Spanish": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "Portuguese": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                   "sexta-feira", "sábado", "domingo"),
    "Italian": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "Serbian, Bosnian and Montenegrin (Latin)": (
        "ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedelja",
        "ponedjeljak", "srijeda", "nedjelja"),
    "Serbian and Montenegrin (Cyrillic)": (
        "понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља"),
    "Croatian": ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"),
    "Macedonian": ("понеделник", "вторник", "среда", "четврток", "петок", "сабота", "недела"),
    "Bulgarian": ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
    "Albanian": ("e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"),
    "Romanian": ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    "Turkish": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    "Russian": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
                "воскресенье"),
    "Ukrainian": ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п’ятниця",
                  "п'ятниця", "субота", "неділя"),    "Polish": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    "Czech": ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    "Hungarian": ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
}
"""Language -> its weekdays' names, Monday first (then other spellings: Montenegrin and
Bosnian 'srijeda', German 'Sonnabend', Ukrainian apostrophes), lower case: a page's date
line may open with one ('subota, 15. mart 2025.', 'e shtunë, 15 mars 2025'), and a weekday
is never a dateline's place.  The CLDR's names, checked as the months are."""

ENGLISH_MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|"
    r"Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
    r"Dec(?:ember|\.)?)(?![^\W\d_])")
"""An English month's name, whole or cut to its agency abbreviation with or without the full
stop ('March', 'Mar.', 'Sept.', 'Sep'), not the start of a longer word ('Mayor', 'Marching'),
as written (wrap it in ``(?i:...)`` for the agencies' capitals, 'MARCH 22', 'JAN. 27').  The
one English alternation of the extractor: the dateline, the entries of a chronology
(:mod:`.chronology`) and the event reader's names dated 'of 19 April 2013' use it (session
40, ext62: three copies had grown apart, one without 'Sept.', one without 'Jan')."""


BIKRAM_SAMBAT_MONTH_RE = (
    r"(?:Bais(?:h)?akh|Jesth?a|Jeth|As(?:h)?ar|Ashadh|Shrawan|Saun|Bhadra|Bhadau|Asoj|Ashwin"
    r"|Kartik|Mangsir|Poush|Push|Magh|Falgun|Phagun|Chaitra|Chait)(?![^\W\d_])")
"""A month of Nepal's Bikram Sambat calendar in its usual romanisations (Nepal's official
calendar, months from Baisakh, mid-April, to Chaitra, mid-March): no Gregorian month, so 'the
second half of Chaitra' is no half of a year (ext154, from blind set h29)."""


ROMAN_MONTHS: dict[str, int] = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
    "X": 10, "XI": 11, "XII": 12,
}
"""Roman-numeral month -> 1-12 ('15.III.2025'), upper case only: 'i', 'v', 'x' are words."""

ROMAN_MONTH_RE = "(?-i:" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")"
"""A Roman-numeral month, the longest first ('VIII' before 'V')."""


def month_key(word: str) -> str:
    """``word`` as the tables are looked up: lower case, without accents or a full stop, the
    Turkish dotless 'ı' as 'i' ('MAYIS', 'Mayıs', 'mayis' -> 'mayis'; 'Ožujka' -> 'ozujka')."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.casefold())
                     if not unicodedata.combining(c))
    return folded.replace("ı", "i").rstrip(".")


def _folded_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for names in MONTH_NAMES_BY_LANGUAGE.values():
        for name, month in names.items():
            table[month_key(name)] = month
    # (a name of two months: the dotted day's, as before Polish was added; the dateline asks
    # :func:`foreign_month` with the day's stop)
    table.update({key: dotted for key, (_, dotted) in DOTTED_DAY_MONTHS.items()})
    return table


FOREIGN_MONTHS: dict[str, int] = _folded_table()
""":func:`month_key` of every name of :data:`MONTH_NAMES_BY_LANGUAGE` -> 1-12.  A key two
languages share has one month in both ('mart': Serbian and Turkish March), but for
:data:`DOTTED_DAY_MONTHS`' (the dotted day's month here): a test checks it."""


def foreign_month(word: str, dotted_day: bool = True) -> int | None:
    """1-12 for another language's month name ``word``, after a day written with a full
    stop (``dotted_day``: '15. listopada', Croatian October) or without ('15 listopada',
    Polish November: :data:`DOTTED_DAY_MONTHS`); ``None`` for no month name."""
    key = month_key(word)
    both = DOTTED_DAY_MONTHS.get(key)
    if both is not None:
        return both[1] if dotted_day else both[0]
    return FOREIGN_MONTHS.get(key)


FOREIGN_WEEKDAYS = frozenset(month_key(name) for names in WEEKDAY_NAMES_BY_LANGUAGE.values()
                             for name in names)
"""Every weekday's :func:`month_key` ('subota', 'e shtune', 'cumartesi')."""


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression that matches exactly ``words`` (lower case; a blank inside one
    matches any run of blanks on the line), written as a trie: one branch per letter at
    each step ('mar(?:s|t(?:a|ie)?)'), so that a position is tried in a few steps, not
    against every word, and compiled in a fraction of the time.  A word that is the start
    of another ends where the longer one does not go on (the branches are greedy; the
    caller's pattern backtracks into the shorter one)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [(r"[^\S\n]++" if char == " " else re.escape(char)) + emit(node[char])
                    for char in sorted(c for c in node if c)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return body + "?" if body.startswith("(?:") and len(branches) > 1 else \
                f"(?:{body})?"
        return body

    return emit(trie)


def _forms(names: Iterable[str]) -> set[str]:
    """Each name as written and without its accents (:func:`month_key`), lower case."""
    return {form for name in names for form in (name.lower(), month_key(name))}


def weekday_word_pattern() -> str:
    """A regular expression for any weekday of :data:`WEEKDAY_NAMES_BY_LANGUAGE`, as written
    or without accents, in any case, not followed by a letter ('Subota', 'E SHTUNË',
    'Cumartesi'), and only where a day's number follows it ('subota, 15.'): the pattern is
    tried at every position of a line of page furniture, and a lookahead of one word and
    a number is cheaper than the names (callgrind, reading the datelines of the 90 dev
    articles, import aside: 2.08 G instructions with the names tried everywhere, 1.11 G
    with this lookahead and ``dateline``'s word-start guard, 1.09 G before the weekdays)."""
    names = [name for names in WEEKDAY_NAMES_BY_LANGUAGE.values() for name in names]
    gate = r"(?=(?:[eE][^\S\n]++)?(?:[^\W\d_]|[\-\u02bc\u2019']){3,14}+\.?,?[^\S\n]++\d)"
    return rf"{gate}(?i:{trie_pattern(_forms(names))})(?![^\W\d_])"


def month_word_pattern(languages: Iterable[str] = ()) -> str:
    """A regular expression for any name of :data:`MONTH_NAMES_BY_LANGUAGE` (of
    ``languages`` only, when given), as written or without its accents ('Şubat', 'Subat'),
    in any case, with an abbreviation's full stop, not followed by a letter ('juni' is not
    read as 'jun')."""
    chosen = set(languages) or set(MONTH_NAMES_BY_LANGUAGE)
    names = [name for language, names in MONTH_NAMES_BY_LANGUAGE.items()
             if language in chosen for name in names]
    return rf"(?i:{trie_pattern(_forms(names))})\.?(?![^\W\d_])"
