"""The time zone of a place: which clock "10:30" means at a city or in a state.

A time of day a source gives without an offset ("talks began at 10:30 local time") is the
clock of where it happened; the iCalendar export writes it in that place's zone
(``io.ical``), not as a floating time that every calendar shows at its reader's own clock
(RFC 5545 §3.3.5; verify54 F27).  The zones are the IANA tz database's names
("Asia/Seoul"), whose rules, with every change of offset since 1970 and most before,
Python's ``zoneinfo`` reads from the ``tzdata`` package (a dependency of ``icalendar``).

Plain data and one look-up; Qt-free.  Sources:

- ``STATE_ZONES``: for each state of ``gazetteer.SEATS_OF_GOVERNMENT`` whose every zone in
  the tz database's ``zone.tab`` (the ``tzdata`` package, 2026.6) kept one UTC offset on
  15 January and 15 July of each year 1970-2026, its first zone there (generated in
  session 44 from ``zone.tab`` and ``iso3166.tab`` with ``zoneinfo``; Kosovo, which
  ``zone.tab`` lists under Serbia, is Europe/Belgrade).  Added by hand, a state whose
  other zone is a clock few people keep:
  China (Xinjiang's Asia/Urumqi beside the official Beijing time), Germany (Büsingen),
  Malaysia (Kuching until 1982), Uzbekistan (Samarkand until 1992), Argentina (provinces
  that differed for months in 1991-2009) and Ukraine (Crimea under Moscow time since 2014).
  A state of several clocks (the United States, Russia, Canada, Brazil, Australia,
  Indonesia, Mexico, Kazakhstan before 2024, Spain and Portugal with their islands...)
  gives none: only its cities do.
- ``CITY_ZONES``: the cities of ``gazetteer.CITIES`` in those states of several clocks, each
  with the zone ``zone.tab`` gives its region (Camp David, Maryland: America/New_York;
  Kananaskis, Alberta: America/Edmonton; Arica: America/Santiago).  Every other city of
  ``gazetteer.CITIES`` has its state's zone.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["CITY_ZONES", "STATE_ZONES", "zone_of_place"]

STATE_ZONES: dict[str, str] = {
    "Afghanistan": "Asia/Kabul", "Albania": "Europe/Tirane", "Algeria": "Africa/Algiers",
    "Andorra": "Europe/Andorra", "Angola": "Africa/Luanda",
    "Antigua and Barbuda": "America/Antigua", "Argentina": "America/Argentina/Buenos_Aires",
    "Armenia": "Asia/Yerevan", "Austria": "Europe/Vienna", "Azerbaijan": "Asia/Baku",
    "Bahamas": "America/Nassau", "Bahrain": "Asia/Bahrain", "Bangladesh": "Asia/Dhaka",
    "Barbados": "America/Barbados", "Belarus": "Europe/Minsk", "Belgium": "Europe/Brussels",
    "Belize": "America/Belize", "Benin": "Africa/Porto-Novo", "Bhutan": "Asia/Thimphu",
    "Bolivia": "America/La_Paz", "Bosnia and Herzegovina": "Europe/Sarajevo",
    "Botswana": "Africa/Gaborone", "Brunei": "Asia/Brunei", "Bulgaria": "Europe/Sofia",
    "Burkina Faso": "Africa/Ouagadougou", "Burundi": "Africa/Bujumbura",
    "Cabo Verde": "Atlantic/Cape_Verde", "Cambodia": "Asia/Phnom_Penh",
    "Cameroon": "Africa/Douala", "Central African Republic": "Africa/Bangui",
    "Chad": "Africa/Ndjamena", "China": "Asia/Shanghai", "Colombia": "America/Bogota",
    "Comoros": "Indian/Comoro", "Costa Rica": "America/Costa_Rica", "Croatia": "Europe/Zagreb",
    "Cuba": "America/Havana", "Czech Republic": "Europe/Prague", "Denmark": "Europe/Copenhagen",
    "Djibouti": "Africa/Djibouti", "Dominica": "America/Dominica",
    "Dominican Republic": "America/Santo_Domingo", "Egypt": "Africa/Cairo",
    "El Salvador": "America/El_Salvador", "Equatorial Guinea": "Africa/Malabo",
    "Eritrea": "Africa/Asmara", "Estonia": "Europe/Tallinn", "Eswatini": "Africa/Mbabane",
    "Ethiopia": "Africa/Addis_Ababa", "Fiji": "Pacific/Fiji", "Finland": "Europe/Helsinki",
    "France": "Europe/Paris", "Gabon": "Africa/Libreville", "Gambia": "Africa/Banjul",
    "Georgia": "Asia/Tbilisi", "Germany": "Europe/Berlin", "Ghana": "Africa/Accra",
    "Greece": "Europe/Athens", "Grenada": "America/Grenada", "Guatemala": "America/Guatemala",
    "Guinea": "Africa/Conakry", "Guinea-Bissau": "Africa/Bissau", "Guyana": "America/Guyana",
    "Haiti": "America/Port-au-Prince", "Holy See": "Europe/Vatican",
    "Honduras": "America/Tegucigalpa", "Hungary": "Europe/Budapest",
    "Iceland": "Atlantic/Reykjavik", "India": "Asia/Kolkata", "Iran": "Asia/Tehran",
    "Iraq": "Asia/Baghdad", "Ireland": "Europe/Dublin", "Israel": "Asia/Jerusalem",
    "Italy": "Europe/Rome", "Ivory Coast": "Africa/Abidjan", "Jamaica": "America/Jamaica",
    "Japan": "Asia/Tokyo", "Jordan": "Asia/Amman", "Kenya": "Africa/Nairobi",
    "Kosovo": "Europe/Belgrade", "Kuwait": "Asia/Kuwait", "Kyrgyzstan": "Asia/Bishkek",
    "Laos": "Asia/Vientiane", "Latvia": "Europe/Riga", "Lebanon": "Asia/Beirut",
    "Lesotho": "Africa/Maseru", "Liberia": "Africa/Monrovia", "Libya": "Africa/Tripoli",
    "Liechtenstein": "Europe/Vaduz", "Lithuania": "Europe/Vilnius",
    "Luxembourg": "Europe/Luxembourg", "Madagascar": "Indian/Antananarivo",
    "Malawi": "Africa/Blantyre", "Malaysia": "Asia/Kuala_Lumpur", "Maldives": "Indian/Maldives",
    "Mali": "Africa/Bamako", "Malta": "Europe/Malta", "Mauritania": "Africa/Nouakchott",
    "Mauritius": "Indian/Mauritius", "Moldova": "Europe/Chisinau", "Monaco": "Europe/Monaco",
    "Montenegro": "Europe/Podgorica", "Morocco": "Africa/Casablanca",
    "Mozambique": "Africa/Maputo", "Myanmar": "Asia/Yangon", "Namibia": "Africa/Windhoek",
    "Nauru": "Pacific/Nauru", "Nepal": "Asia/Kathmandu", "Netherlands": "Europe/Amsterdam",
    "Nicaragua": "America/Managua", "Niger": "Africa/Niamey", "Nigeria": "Africa/Lagos",
    "North Korea": "Asia/Pyongyang", "North Macedonia": "Europe/Skopje", "Norway": "Europe/Oslo",
    "Oman": "Asia/Muscat", "Pakistan": "Asia/Karachi", "Palau": "Pacific/Palau",
    "Palestine": "Asia/Gaza", "Panama": "America/Panama", "Paraguay": "America/Asuncion",
    "Peru": "America/Lima", "Philippines": "Asia/Manila", "Poland": "Europe/Warsaw",
    "Qatar": "Asia/Qatar", "Republic of the Congo": "Africa/Brazzaville",
    "Romania": "Europe/Bucharest", "Rwanda": "Africa/Kigali",
    "Saint Kitts and Nevis": "America/St_Kitts", "Saint Lucia": "America/St_Lucia",
    "Saint Vincent and the Grenadines": "America/St_Vincent", "Samoa": "Pacific/Apia",
    "San Marino": "Europe/San_Marino", "Sao Tome and Principe": "Africa/Sao_Tome",
    "Saudi Arabia": "Asia/Riyadh", "Senegal": "Africa/Dakar", "Serbia": "Europe/Belgrade",
    "Seychelles": "Indian/Mahe", "Sierra Leone": "Africa/Freetown",
    "Singapore": "Asia/Singapore", "Slovakia": "Europe/Bratislava",
    "Slovenia": "Europe/Ljubljana", "Solomon Islands": "Pacific/Guadalcanal",
    "Somalia": "Africa/Mogadishu", "South Africa": "Africa/Johannesburg",
    "South Korea": "Asia/Seoul", "South Sudan": "Africa/Juba", "Sri Lanka": "Asia/Colombo",
    "Sudan": "Africa/Khartoum", "Suriname": "America/Paramaribo", "Sweden": "Europe/Stockholm",
    "Switzerland": "Europe/Zurich", "Syria": "Asia/Damascus", "Taiwan": "Asia/Taipei",
    "Tajikistan": "Asia/Dushanbe", "Tanzania": "Africa/Dar_es_Salaam",
    "Thailand": "Asia/Bangkok", "Timor-Leste": "Asia/Dili", "Togo": "Africa/Lome",
    "Tonga": "Pacific/Tongatapu", "Trinidad and Tobago": "America/Port_of_Spain",
    "Tunisia": "Africa/Tunis", "Turkey": "Europe/Istanbul", "Turkmenistan": "Asia/Ashgabat",
    "Tuvalu": "Pacific/Funafuti", "Uganda": "Africa/Kampala", "Ukraine": "Europe/Kyiv",
    "United Arab Emirates": "Asia/Dubai", "United Kingdom": "Europe/London",
    "Uruguay": "America/Montevideo", "Uzbekistan": "Asia/Tashkent", "Vanuatu": "Pacific/Efate",
    "Venezuela": "America/Caracas", "Vietnam": "Asia/Ho_Chi_Minh", "Yemen": "Asia/Aden",
    "Zambia": "Africa/Lusaka", "Zimbabwe": "Africa/Harare",
}
"""State → tz database zone, for states of one clock (see the module's docstring)."""

_NEW_YORK, _MOSCOW, _SAO_PAULO = "America/New_York", "Europe/Moscow", "America/Sao_Paulo"

CITY_ZONES: dict[str, str] = {
    # United States
    "Washington": _NEW_YORK, "New York": _NEW_YORK, "Boston": _NEW_YORK, "Miami": _NEW_YORK,
    "Camp David": _NEW_YORK, "Chicago": "America/Chicago",
    "Los Angeles": "America/Los_Angeles", "San Francisco": "America/Los_Angeles",
    "Seattle": "America/Los_Angeles", "Anchorage": "America/Anchorage",
    "Honolulu": "Pacific/Honolulu",
    # Russia
    "Moscow": _MOSCOW, "Moskva": _MOSCOW, "\u041c\u043e\u0441\u043a\u0432\u0430": _MOSCOW,
    "Saint Petersburg": _MOSCOW, "St. Petersburg": _MOSCOW, "Sochi": _MOSCOW,
    "Kazan": _MOSCOW, "Vladivostok": "Asia/Vladivostok", "Yekaterinburg": "Asia/Yekaterinburg",
    # Canada
    "Ottawa": "America/Toronto", "Toronto": "America/Toronto", "Montreal": "America/Toronto",
    "Vancouver": "America/Vancouver", "Kananaskis": "America/Edmonton",
    # Brazil
    "Brasilia": _SAO_PAULO, "Bras\u00edlia": _SAO_PAULO, "Rio de Janeiro": _SAO_PAULO,
    "Sao Paulo": _SAO_PAULO, "Belem": "America/Belem",
    # Mexico
    "Mexico City": "America/Mexico_City", "Guadalajara": "America/Mexico_City",
    "Monterrey": "America/Monterrey", "Cancun": "America/Cancun",
    # Spain, Portugal (their islands keep other clocks)
    "Madrid": "Europe/Madrid", "Barcelona": "Europe/Madrid", "Seville": "Europe/Madrid",
    "Lisbon": "Europe/Lisbon", "Lisboa": "Europe/Lisbon", "Porto": "Europe/Lisbon",
    # the others
    "Hong Kong": "Asia/Hong_Kong", "Canberra": "Australia/Sydney",
    "Jakarta": "Asia/Jakarta", "Surabaya": "Asia/Jakarta",
    "Astana": "Asia/Almaty", "Almaty": "Asia/Almaty", "Ulaanbaatar": "Asia/Ulaanbaatar",
    "Wellington": "Pacific/Auckland", "Nicosia": "Asia/Nicosia", "Kinshasa": "Africa/Kinshasa",
    "Santiago": "America/Santiago", "Valparaiso": "America/Santiago",
    "Arica": "America/Santiago", "Quito": "America/Guayaquil", "Guayaquil": "America/Guayaquil",
    "Port Moresby": "Pacific/Port_Moresby", "Tarawa": "Pacific/Tarawa",
    "Majuro": "Pacific/Majuro", "Palikir": "Pacific/Pohnpei",
}
"""City → tz database zone, for cities of states of several clocks."""


@lru_cache(maxsize=4096)
def zone_of_place(place: str) -> str | None:
    """The tz database zone of ``place`` as an event's place or a dateline writes it:
    a known city ("Tokyo", "Munich, Germany": the part before the first comma), else a
    state of one clock ("Japan", or the last part: "Sado, Japan"); ``None`` for a place
    not known, or a state of several clocks ("United States").  Case and accents do not
    matter ("SEOUL", "Brasilia").  Remembered for the last 4 096 places (an export asks
    for each timed event's)."""
    if not place or not place.strip():
        return None
    return _zones().get(_key(place)) or _zones().get(_key(place.split(",")[0])) or \
        _zones().get(_key(place.split(",")[-1]))


def _key(name: str) -> str:
    from .query import fold

    return " ".join(fold(name).replace(".", ". ").split())


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Every known city's and one-clock state's zone, by folded name."""
    from .gazetteer import CITIES

    zones = {_key(state): zone for state, zone in STATE_ZONES.items()}
    for city, state in CITIES.items():
        zone = CITY_ZONES.get(city) or STATE_ZONES.get(state)
        if zone is not None:
            zones.setdefault(_key(city), zone)
    return zones
