"""Open hundreds of hostile files through File → Open's reader and count what happens.

    python tools/hostile_files.py [--timeout 20] [--memory-gib 3] [--keep DIR] [--only WORD]

Generates 460+ hostile files (damaged native JSON, TimelineJS, Timeline Project XML and CSV;
wrong types at every JSON path; deep nesting; huge numbers; NaN; duplicate keys; lone
surrogates; BOMs and UTF-16/32; NUL bytes; 20 000 000 empty arrays; millions of keys;
impossible dates and BC edge years; newer versions; XML entity bombs and external entities;
markup in every text field; huge single strings; a FIFO, a folder, a symlink loop, an
unreadable file, an empty file, a 1 GB sparse file, devices) and opens each with
``timeline_app.io.formats.open_timeline_file`` in a forked child with a wall-time bound and
an address-space bound (``RLIMIT_AS``) and a CPU-time bound (``RLIMIT_CPU``; wall time is bounded at six times
it, for reads that block).  Each outcome is one of:

- ``loaded``: a timeline came back;
- ``FormatError``: the clear error the app shows (counted with and without a place);
- ``crash``: any other exception (``MemoryError`` included) or a signal;
- ``hang``: more than the CPU-time bound, or no answer within the wall-time bound.

Prints one row per family and the worst time; exits 1 on any crash or hang.  Issue 9's
evidence for "the loader holds"; a manual check, not CI (it writes ~1.2 GB of sparse and
~200 MB of real files under the temporary folder and takes minutes).
"""

from __future__ import annotations

import argparse
import codecs
import copy
import itertools
import json
import multiprocessing as mp
import os
import random
import re
import resource
import shutil
import signal
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "io"))

from native_samples import sample

from timeline_app.io.errors import FormatError
from timeline_app.io.formats import open_timeline_file

MARKUP = [
    '<img src="/dev/zero">',
    '<img src="file:///etc/passwd">',
    "<b>bold</b><script>alert(1)</script>",
    '<a href="file:///dev/zero">x</a>',
    "&lt;&amp;&#0;&#x110000;",
    '<img src="/tmp/fifo-that-blocks">',
]
WRONG = [None, True, False, 0, -1, 1.5, 10**30, "", "x", [], {}, [None], {"a": 1}, "<b>x</b>"]


_SERIAL = itertools.count()  # keeps file names unique once names are made safe


@dataclass
class Case:
    family: str
    name: str
    write: Callable[[Path], Path | str]   # writes the file under a folder, returns the path


def _bytes_case(family: str, name: str, data: bytes | Callable[[], bytes],
                suffix: str = ".json") -> Case:
    """A file of these bytes; big contents are given as a function, made only when written
    (so the parent, whose address space each forked child inherits, stays small)."""
    def write(folder: Path) -> Path:
        safe = re.sub(r"[^A-Za-z0-9.=-]", "_", name)[:80]
        path = folder / f"{family}-{next(_SERIAL)}-{safe}{suffix}"
        path.write_bytes(data() if callable(data) else data)
        return path
    return Case(family, name, write)


def _json(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into a JSON value (objects' keys and arrays' indexes), the root excluded."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield (*prefix, i)
            yield from _paths(item, (*prefix, i))


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    doc = copy.deepcopy(doc)
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return doc


def _string_paths(doc: Any) -> list[tuple[Any, ...]]:
    out = []
    for p in _paths(doc):
        target = doc
        for step in p:
            target = target[step]
        if isinstance(target, str):
            out.append(p)
    return out


def _label(path: tuple[Any, ...]) -> str:
    return ".".join(str(s) for s in path).replace("/", "_")


def _timelinejs_sample() -> dict[str, Any]:
    return {
        "title": {"text": {"headline": "Talks", "text": "A year of talks"}},
        "events": [
            {"start_date": {"year": "2025", "month": "3", "day": "22"},
             "end_date": {"year": 2025, "month": 4},
             "text": {"headline": "Ministers meet", "text": "They <b>met</b>."},
             "group": "meeting", "media": {"url": "https://example.org/a.jpg", "caption": "c"}},
            {"start_date": {"year": -44}, "text": {"headline": "Ides"}},
        ],
        "eras": [{"start_date": {"year": 2024}, "end_date": {"year": 2025},
                  "text": {"headline": "Era"}}],
    }


def _tp(events: str, version: str = "2.3.0", extra: str = "", prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{prolog}<timeline><version>{version}'
            "</version><timetype>gregoriantime</timetype>" + extra
            + "<categories><category><name>Talks</name><color>1,2,3</color></category>"
            f"</categories><events>{events}</events><view></view></timeline>").encode()


TP_EVENT = ("<event><start>2025-03-22 00:00:00</start><end>2025-03-22 00:00:00</end>"
            "<text>Ministers meet</text><category>Talks</category>"
            "<description>They met.</description></event>")
CSV_GOOD = "Date,Title,Description,Category\n2025-03-22,Ministers meet,They met.,meeting\n" \
           "March 2025,Talks,,\n44 BC,Ides,,\n"


def native_cases() -> list[Case]:
    doc = sample()
    good = _json(doc)
    cases: list[Case] = []
    add = cases.append
    # truncated at 40 places spread over the file (every prefix is invalid JSON)
    for cut in sorted({int(len(good) * k / 40) for k in range(40)}):
        add(_bytes_case("native-truncated", f"at{cut}", good[:cut]))
    # garbled: 40 copies with random bytes flipped, dropped or inserted
    rng = random.Random(9)
    for i in range(40):
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            where = rng.randrange(len(data))
            roll = rng.random()
            if roll < 0.4:
                data[where] = rng.randrange(256)
            elif roll < 0.7:
                del data[where]
            else:
                data.insert(where, rng.choice(b'{}[]",:\\\x00\xff0e-'))
        add(_bytes_case("native-garbled", str(i), bytes(data)))
    # wrong types at every path (a rotating pick of wrong values, three per path)
    for n, path in enumerate(_paths(doc)):
        for k in range(3):
            value = WRONG[(n * 3 + k) % len(WRONG)]
            add(_bytes_case("native-wrong-type", f"{_label(path)}={k}", _json(_set(doc, path, value))))
    for value in WRONG:
        add(_bytes_case("native-wrong-type", f"root={json.dumps(value)[:12]}", _json(value)))
    # markup in every text field: must load (and show as text: tests/ui/test_untrusted_text.py)
    for n, path in enumerate(_string_paths(doc)):
        add(_bytes_case("native-markup", _label(path),
                        _json(_set(doc, path, MARKUP[n % len(MARKUP)]))))
    # deep nesting
    head = b'{"format":"diplomatic-timeline","version":1,"events":'
    for depth in (100, 1000, 100_000, 1_000_000):
        add(_bytes_case("native-deep", f"arrays{depth}", head + b"[" * depth + b"]" * depth + b"}"))
        add(_bytes_case("native-deep", f"objects{depth}",
                        head + b'[{"id":"a","title":"t","date":"2025","x":' + b'{"a":' * depth
                        + b"1" + b"}" * depth + b"}]}"))
        add(_bytes_case("native-deep", f"unclosed{depth}", head + b"[" * depth))
    # numbers
    for name, literal in [("version-huge", b"1" + b"0" * 5000), ("version-float", b"1.0"),
                          ("version-1e999", b"1e999"), ("version-neg", b"-1"),
                          ("version-2e64", str(2**64).encode()), ("version-nan", b"NaN"),
                          ("version-inf", b"Infinity"), ("version-neginf", b"-Infinity"),
                          ("version-exp", b"1e1000000000")]:
        add(_bytes_case("native-numbers", name,
                        b'{"format":"diplomatic-timeline","version":' + literal + b',"events":[]}'))
    for name, literal in [("nan", "NaN"), ("inf", "Infinity"), ("huge", "9" * 100_000),
                          ("tiny", "1e-400"), ("negzero", "-0")]:
        text = good.decode().replace('"precision": "day"', f'"precision": {literal}', 1)
        add(_bytes_case("native-numbers", f"precision-{name}", text.encode()))
        text = good.decode().replace('"start": 17', f'"start": {literal}', 1)
        add(_bytes_case("native-numbers", f"evidence-start-{name}", text.encode()))
    # duplicate keys
    g = good.decode()
    add(_bytes_case("native-duplicates", "format", ('{"format":"x",' + g[1:]).encode()))
    add(_bytes_case("native-duplicates", "events", (g[:-1] + ',"events":[]}').encode()))
    add(_bytes_case("native-duplicates", "event-id", g.replace('"id": "meet"', '"id": "meet", "id": "x"').encode()))
    add(_bytes_case("native-duplicates", "date-value",
                    g.replace('"value": "2025-03-22"', '"value": "2025-03-22", "value": "1999"').encode()))
    dup = copy.deepcopy(doc)
    dup["events"][1]["id"] = "meet"
    add(_bytes_case("native-duplicates", "two-events-same-id", _json(dup)))
    missing = _set(doc, ("events", 0, "source"), "nowhere")
    add(_bytes_case("native-duplicates", "unknown-source", _json(missing)))
    # encodings, surrogates, NUL
    add(_bytes_case("native-encoding", "bom-utf8", codecs.BOM_UTF8 + good))
    add(_bytes_case("native-encoding", "bom-twice", codecs.BOM_UTF8 * 2 + good))
    for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "latin-1", "cp1252"):
        add(_bytes_case("native-encoding", enc, good.decode().encode(enc, "replace")))
    for where in ("title", "description"):
        add(_bytes_case("native-encoding", f"lone-surrogate-escape-{where}",
                        _json(_set(doc, (where,), "a")).replace(b'"a"', b'"\\ud800x"')))
        add(_bytes_case("native-encoding", f"lone-surrogate-raw-{where}",
                        _json(_set(doc, (where,), "a")).replace(b'"a"', b'"\xed\xa0\x80"')))
        add(_bytes_case("native-encoding", f"nul-escape-{where}",
                        _json(_set(doc, (where,), "a\x00b"))))
        add(_bytes_case("native-encoding", f"nul-raw-{where}",
                        _json(_set(doc, (where,), "a")).replace(b'"a"', b'"a\x00b"')))
    add(_bytes_case("native-encoding", "surrogate-id", _json(doc).replace(b'"meet"', b'"\\udfff"', 1)))
    add(_bytes_case("native-encoding", "nul-between-tokens", good.replace(b",", b",\x00", 1)))
    add(_bytes_case("native-encoding", "overlong-utf8", good.replace(b"Sample", b"\xc0\xafSample")))
    add(_bytes_case("native-encoding", "invalid-utf8", good.replace(b"Sample", b"\xff\xfe\xfd")))
    add(_bytes_case("native-encoding", "nul-only", b"\x00" * 4096))
    # dates
    for value in ["2025-02-30", "2025-13-01", "2025-00-10", "0000-01-01", "10000-01-01",
                  "-10000", "-0000", "99999999999", "2025-02-29", "1900-02-29", "2024-02-29T25:00",
                  "2025-W60", "", " 2025", "2025\x00", "٢٠٢٥", "2025-03-22/2025-03-21",
                  "9999-12-31", "-9999-01-01", "0001-01-01", "-0001", "1e4", "2025-3-7"]:
        add(_bytes_case("native-dates", value.replace("/", "_") or "empty",
                        _json(_set(doc, ("events", 0, "date", "value"), value))))
    for precision in ["second", "century", "", "DAY", "month"]:
        add(_bytes_case("native-dates", f"precision-{precision}",
                        _json(_set(doc, ("events", 0, "date", "precision"), precision))))
    for end in [{"value": "1999", "precision": "year"}, {"value": "2025-03-22", "precision": "day"},
                {"value": "9999-12-31", "precision": "day"}]:
        add(_bytes_case("native-dates", f"end-{end['value']}",
                        _json(_set(doc, ("events", 0, "end"), end))))
    # BC edge years
    for year in [-1, 0, 1, -44, -9998, -9999, -10000, 9998, 9999, 10000, -(10**9)]:
        value = f"{year:05d}" if year < 0 else f"{year:04d}"
        add(_bytes_case("native-bc-years", str(year), _json(
            _set(doc, ("events", 0, "date"), {"value": value, "precision": "year"}))))
    # versions
    for version in [0, 2, 3, 999, "1", "2"]:
        add(_bytes_case("native-version", str(version), _json(_set(doc, ("version",), version))))
    for fmt in ["", "timeline", "<img src=\"/dev/zero\">", "DIPLOMATIC-TIMELINE"]:
        add(_bytes_case("native-version", f"format-{fmt[:10]}", _json(_set(doc, ("format",), fmt))))
    # huge single strings and many events
    add(_bytes_case("native-huge", "title-50M", lambda: _json(_set(doc, ("title",), "x" * 50_000_000))))
    add(_bytes_case("native-huge", "id-10M", lambda: _json(_set(doc, ("events", 0, "id"), "i" * 10_000_000))))
    add(_bytes_case("native-huge", "unbreakable-title-1M",
                    lambda: _json(_set(doc, ("events", 0, "title"), "W" * 1_000_000))))
    add(_bytes_case("native-huge", "20M-empty-arrays",
                    lambda: head + b"[" + b"[]," * 19_999_999 + b"[]]}"))
    add(_bytes_case("native-huge", "3M-keys",
                    lambda: b'{"format":"diplomatic-timeline","version":1,"events":[],'
                    + b",".join(b'"k%d":0' % i for i in range(3_000_000)) + b"}"))
    add(_bytes_case("native-huge", "3M-keys-in-event",
                    lambda: head + b'[{"id":"a","title":"t","date":{"value":"2025","precision":"year"},'
                    + b",".join(b'"k%d":0' % i for i in range(3_000_000)) + b"}]}"))
    add(_bytes_case("native-huge", "1M-nulls", lambda: head + b"[" + b"null," * 999_999 + b"null]}"))
    ev = _json({"id": "e", "title": "t", "date": {"value": "2025", "precision": "year"}})
    add(_bytes_case("native-huge", "200k-same-id", lambda: head + b"[" + b",".join([ev] * 200_000) + b"]}"))
    add(_bytes_case("native-huge", "whitespace-30M", lambda: b" " * 30_000_000 + good))
    return cases


def timelinejs_cases() -> list[Case]:
    doc = _timelinejs_sample()
    good = _json(doc)
    cases: list[Case] = []
    add = cases.append
    for cut in sorted({int(len(good) * k / 15) for k in range(1, 15)}):
        add(_bytes_case("timelinejs-truncated", f"at{cut}", good[:cut]))
    for n, path in enumerate(_paths(doc)):
        for k in range(2):
            value = WRONG[(n * 2 + k) % len(WRONG)]
            add(_bytes_case("timelinejs-wrong-type", f"{_label(path)}={k}", _json(_set(doc, path, value))))
    for n, path in enumerate(_string_paths(doc)):
        add(_bytes_case("timelinejs-markup", _label(path), _json(_set(doc, path, MARKUP[n % len(MARKUP)]))))
    for year in ["-13800000000", "1e308", "NaN", "99999999999999999999999", "0", "-10000",
                 "10000", "x", "", "2025.5"]:
        add(_bytes_case("timelinejs-years", year,
                        _json(_set(doc, ("events", 0, "start_date", "year"), year))))
    for month, day in [("13", "1"), ("2", "30"), ("0", "0"), ("-1", "1"), ("2", "29")]:
        d = _set(doc, ("events", 0, "start_date"), {"year": "2025", "month": month, "day": day})
        add(_bytes_case("timelinejs-dates", f"{month}-{day}", _json(d)))
    add(_bytes_case("timelinejs-huge", "100k-events", lambda: _json(
        {"events": [{"start_date": {"year": 2000 + i % 20}, "text": {"headline": str(i)}}
                    for i in range(100_000)]})))
    add(_bytes_case("timelinejs-huge", "headline-20M",
                    lambda: _json(_set(doc, ("events", 0, "text", "headline"), "h" * 20_000_000))))
    add(_bytes_case("timelinejs-huge", "deep-text",
                    lambda: b'{"events":[{"start_date":{"year":2025},"text":' + b'{"a":' * 100_000
                    + b"1" + b"}" * 100_000 + b"}]}"))
    return cases


def timeline_project_cases() -> list[Case]:
    good = _tp(TP_EVENT)
    cases: list[Case] = []
    add = cases.append
    for cut in sorted({int(len(good) * k / 15) for k in range(1, 15)}):
        add(_bytes_case("tp-truncated", f"at{cut}", good[:cut], ".timeline"))
    bombs = {
        "billion-laughs": '<!DOCTYPE t [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
                          '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
                          '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>',
        "external-passwd": '<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        "external-zero": '<!DOCTYPE t [<!ENTITY x SYSTEM "file:///dev/zero">]>',
        "external-http": '<!DOCTYPE t [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>',
        "parameter-entity": '<!DOCTYPE t [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
        "quadratic-blowup": '<!DOCTYPE t [<!ENTITY a "' + "x" * 100_000 + '">]>',
        "dtd-only": '<!DOCTYPE timeline SYSTEM "file:///dev/zero">',
    }
    for name, prolog in bombs.items():
        use = {"billion-laughs": "&h;", "external-passwd": "&x;", "external-zero": "&x;",
               "external-http": "&x;", "quadratic-blowup": "&a;" * 1000}.get(name, "T")
        add(_bytes_case("tp-xml-entities", name,
                        _tp(TP_EVENT.replace("Ministers meet", use), prolog=prolog), ".timeline"))
    add(_bytes_case("tp-xml-entities", "xinclude", _tp(TP_EVENT.replace(
        "Ministers meet", '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd"/>')),
        ".timeline"))
    add(_bytes_case("tp-xml-entities", "processing-instruction",
                    _tp(TP_EVENT, prolog='<?xml-stylesheet href="file:///dev/zero"?>'), ".timeline"))
    for field in ("text", "description", "category", "start", "end"):
        for n, markup in enumerate(MARKUP[:3]):
            esc = markup.replace("&", "&amp;").replace("<", "&lt;")
            event = TP_EVENT.replace(f"<{field}>", f"<{field}>{esc}", 1)
            add(_bytes_case("tp-markup", f"{field}{n}", _tp(event), ".timeline"))
    for start in ["2025-02-30 00:00:00", "0000-01-01 00:00:00", "-10000-01-01 00:00:00",
                  "99999-01-01 00:00:00", "2025-03-22 25:61:61", "", "yesterday", "2025-03-22",
                  "-44-03-15 00:00:00", "9999-12-31 23:59:59"]:
        add(_bytes_case("tp-dates", start.replace(" ", "_") or "empty",
                        _tp(TP_EVENT.replace("2025-03-22 00:00:00</start>", start + "</start>", 1)),
                        ".timeline"))
    add(_bytes_case("tp-dates", "end-before-start",
                    _tp(TP_EVENT.replace("2025-03-22 00:00:00</end>", "1999-01-01 00:00:00</end>")),
                    ".timeline"))
    for version in ["3.0.0", "99", "x", "", "2.3.0" + "9" * 5000]:
        add(_bytes_case("tp-version", version[:10] or "empty", _tp(TP_EVENT, version), ".timeline"))
    add(_bytes_case("tp-structure", "no-events", _tp(""), ".timeline"))
    add(_bytes_case("tp-structure", "wrong-root",
                    b'<?xml version="1.0"?><timelines><version>2.3.0</version></timelines>', ".timeline"))
    add(_bytes_case("tp-structure", "deep", b'<?xml version="1.0"?><timeline>' + b"<a>" * 100_000
                    + b"</a>" * 100_000 + b"</timeline>", ".timeline"))
    add(_bytes_case("tp-structure", "utf16", good.decode().replace("utf-8", "utf-16").encode("utf-16"),
                    ".timeline"))
    add(_bytes_case("tp-structure", "nul", good.replace(b"Ministers", b"Mini\x00sters"), ".timeline"))
    add(_bytes_case("tp-structure", "100k-events", lambda: _tp(TP_EVENT * 100_000), ".timeline"))
    add(_bytes_case("tp-structure", "text-20M",
                    lambda: _tp(TP_EVENT.replace("Ministers meet", "m" * 20_000_000)), ".timeline"))
    return cases


def csv_cases() -> list[Case]:
    cases: list[Case] = []
    add = cases.append
    good = CSV_GOOD.encode()
    for cut in sorted({int(len(good) * k / 10) for k in range(1, 10)}):
        add(_bytes_case("csv-truncated", f"at{cut}", good[:cut], ".csv"))
    damaged = {
        "no-date-column": "Title,Text\na,b\nc,d\n",
        "unbalanced-quote": 'Date,Title\n2025-03-22,"never closed\n2025,x\n',
        "nul-cell": "Date,Title\n2025-03-22,a\x00b\n2025,c\n",
        "formula": "Date,Title\n2025-03-22,=HYPERLINK(\"file:///etc/passwd\")\n2025,@SUM(1)\n",
        "markup": "Date,Title,Description\n2025-03-22,<img src=\"/dev/zero\">,<b>x</b>\n2025,a,b\n",
        "impossible-dates": "Date,Title\n2025-02-30,a\n2025-13-01,b\n0000-00-00,c\n99999,d\n",
        "bc-edges": "Date,Title\n9999 BC,a\n10000 BC,b\n1 BC,c\n0,d\n-9999,e\n",
        "ragged": "Date,Title\n2025\n2025,a,b,c,d\n,,\n",
        "semicolons": "Date;Title\n22.03.2025;a\n01.04.2025;b\n",
        "tabs": "Date\tTitle\n2025-03-22\ta\n2025\tb\n",
        "only-header": "Date,Title\n",
        "blank-lines": "\n\n\nDate,Title\n\n2025,a\n\n",
        "duplicate-headers": "Date,Date,Title,Title\n2025,1999,a,b\n2024,1998,c,d\n",
        "end-before-start": "Start,End,Title\n2025-03-22,1999-01-01,a\n2025,2024,b\n",
        "crlf-mixed": "Date,Title\r\n2025,a\r2024,b\n2023,c\r\n",
    }
    for name, text in damaged.items():
        add(_bytes_case("csv-damaged", name, text.encode(), ".csv"))
    for enc in ("utf-16", "utf-32", "latin-1", "utf-8-sig"):
        add(_bytes_case("csv-encoding", enc, CSV_GOOD.replace("Ministers", "Mînîstérs").encode(enc), ".csv"))
    add(_bytes_case("csv-encoding", "invalid-utf8", good.replace(b"Ministers", b"\xff\xfe"), ".csv"))
    add(_bytes_case("csv-huge", "cell-30M", lambda: b"Date,Title\n2025,\"" + b"x" * 30_000_000 + b"\"\n", ".csv"))
    add(_bytes_case("csv-huge", "1M-columns", lambda: b"Date," + b",".join(b"c%d" % i for i in range(1_000_000))
                    + b"\n2025,a\n", ".csv"))
    add(_bytes_case("csv-huge", "500k-rows", lambda: b"Date,Title\n" + b"2025-03-22,a\n" * 500_000, ".csv"))
    add(_bytes_case("csv-huge", "500k-bad-rows", lambda: b"Date,Title\n" + b"not a date,a\n" * 500_000, ".csv"))
    add(_bytes_case("csv-huge", "quote-runs", lambda: b"Date,Title\n" + b'"' * 5_000_000 + b"\n", ".csv"))
    return cases


def filesystem_cases() -> list[Case]:
    cases: list[Case] = []

    def case(name: str, make: Callable[[Path], Path | str]) -> None:
        cases.append(Case("filesystem", name, make))

    def fifo(folder: Path) -> Path:
        path = folder / "fifo.json"
        os.mkfifo(path)
        return path

    def folder_(folder: Path) -> Path:
        path = folder / "folder.json"
        path.mkdir()
        return path

    def loop(folder: Path) -> Path:
        a, b = folder / "loop-a.json", folder / "loop-b.json"
        a.symlink_to(b)
        b.symlink_to(a)
        return a

    def unreadable(folder: Path) -> Path:
        path = folder / "unreadable.json"
        path.write_bytes(_json(sample()))
        path.chmod(0)
        return path

    def empty(folder: Path) -> Path:
        path = folder / "empty.json"
        path.write_bytes(b"")
        return path

    def sparse(size: int, name: str) -> Callable[[Path], Path]:
        def make(folder: Path) -> Path:
            path = folder / name
            with open(path, "wb") as f:
                f.truncate(size)
            return path
        return make

    def sparse_after_json(folder: Path) -> Path:
        # a valid JSON head, then a 1 GB hole: the sniffer sees JSON, the loader must stop
        path = folder / "sparse-json-1G.json"
        with open(path, "wb") as f:
            f.write(b'{"format":"diplomatic-timeline","version":1,"title":"')
            f.truncate(10**9)
        return path

    def dangling(folder: Path) -> Path:
        path = folder / "dangling.json"
        path.symlink_to(folder / "nowhere")
        return path

    def link_to(target: str, name: str) -> Callable[[Path], Path]:
        def make(folder: Path) -> Path:
            path = folder / name
            path.symlink_to(target)
            return path
        return make

    def socket_(folder: Path) -> Path:
        import socket
        path = folder / "socket.json"
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(path))
        return path

    case("fifo", fifo)
    case("folder", folder_)
    case("symlink-loop", loop)
    case("unreadable", unreadable)
    case("empty", empty)
    case("sparse-1G", sparse(10**9, "sparse-1G.json"))
    case("sparse-1GiB+1", sparse(2**30 + 1, "sparse-over.json"))
    case("sparse-json-1G", sparse_after_json)
    case("dangling-symlink", dangling)
    case("link-to-dev-zero", link_to("/dev/zero", "zero.json"))
    case("link-to-dev-urandom", link_to("/dev/urandom", "urandom.json"))
    case("link-to-proc-kmsg", link_to("/proc/self/mem", "mem.json"))
    case("socket", socket_)
    case("dev-null", lambda _f: "/dev/null")
    case("dev-zero", lambda _f: "/dev/zero")
    case("dev-stdin", lambda _f: "/dev/stdin")
    case("proc-file", lambda _f: "/proc/self/status")
    case("missing", lambda f: f / "missing.json")
    case("nul-in-name", lambda f: str(f / "a\x00b.json"))
    case("name-too-long", lambda f: str(f / ("n" * 5000 + ".json")))
    case("surrogate-name", lambda f: str(f / "\udcff.json"))
    def markup_name(folder: Path) -> Path:
        path = folder / '<img src="dev-zero">.json'
        path.write_bytes(_json(sample()))
        return path

    case("markup-name", markup_name)
    return cases


def all_cases() -> list[Case]:
    return native_cases() + timelinejs_cases() + timeline_project_cases() + csv_cases() \
        + filesystem_cases()


def _child(path: str, memory: int, cpu_seconds: float, conn: Any) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    # The time bound is CPU time (SIGXCPU past it): on a shared machine wall time says more
    # about the other processes than about the loader.  A blocked read uses no CPU; the
    # parent's wall-time bound catches that.
    cpu = max(1, int(cpu_seconds))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    start = time.process_time()
    try:
        opened = open_timeline_file(path)
        result = ("loaded", f"{len(list(opened.timeline))} events ({opened.kind})", None)
    except FormatError as exc:
        result = ("FormatError", str(exc)[:200], exc.place)
    except BaseException as exc:
        result = ("crash", f"{type(exc).__name__}: {str(exc)[:200]}", None)
    conn.send((*result, time.process_time() - start))
    conn.close()
    os._exit(0)


def run_one(path: str, timeout: float, memory: int,
            wall_factor: float = 6.0) -> tuple[str, str, str | None, float]:
    """Open one file in a forked child; (outcome, detail, place, CPU seconds).

    A hang is more than ``timeout`` CPU seconds (the child gets SIGXCPU), or no answer in
    ``wall_factor * timeout`` wall seconds (a blocked read)."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(path, memory, timeout, child))
    start = time.perf_counter()
    process.start()
    child.close()
    if parent.poll(timeout * wall_factor):
        try:
            outcome = parent.recv()
        except EOFError:
            outcome = None
        process.join(5)
        if outcome is not None:
            return outcome
    else:
        process.kill()
        process.join()
        return ("hang", f"no answer in {timeout * wall_factor:g} s of wall time", None,
                time.perf_counter() - start)
    process.join()
    if process.exitcode == -signal.SIGXCPU:
        return ("hang", f"more than {timeout:g} s of CPU time", None, timeout)
    return ("crash", f"died with exit code {process.exitcode}", None, time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; exit status 1 on any crash or hang."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timeout", type=float, default=20.0,
                    help="CPU seconds per file (wall-time bound: 6 times this)")
    ap.add_argument("--memory-gib", type=float, default=3.0, help="RLIMIT_AS of each child")
    ap.add_argument("--keep", type=Path, help="write the files here and keep them")
    ap.add_argument("--only", help="only families containing this word")
    ap.add_argument("--verbose", action="store_true", help="print every file's outcome")
    args = ap.parse_args(argv)
    memory = int(args.memory_gib * 2**30)
    cases = [c for c in all_cases() if not args.only or args.only in c.family]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="hostile-files-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows: dict[str, dict[str, Any]] = {}
    bad: list[str] = []
    worst = (0.0, "")
    try:
        for case in cases:
            try:
                path = case.write(folder)
            except OSError as exc:
                print(f"could not make {case.family}/{case.name}: {exc}", file=sys.stderr)
                continue
            outcome, detail, place, seconds = run_one(os.fspath(path), args.timeout, memory)
            row = rows.setdefault(case.family, {"files": 0, "loaded": 0, "FormatError": 0,
                                                "with place": 0, "crash": 0, "hang": 0,
                                                "worst": 0.0})
            row["files"] += 1
            row[outcome] += 1
            row["with place"] += outcome == "FormatError" and bool(place)
            row["worst"] = max(row["worst"], seconds)
            if seconds > worst[0]:
                worst = (seconds, f"{case.family}/{case.name}")
            line = f"{case.family}/{case.name[:60]}: {outcome} {seconds:.2f}s {detail[:160]!r}"
            line = line.encode("ascii", "backslashreplace").decode()
            if outcome in ("crash", "hang"):
                bad.append(line)
            if args.verbose:
                print(line, flush=True)
            # the big files go as soon as they are read, so the run needs no 1 GB of disk
            if isinstance(path, Path) and not args.keep:
                try:
                    if path.is_symlink() or path.is_file() or stat.S_ISFIFO(path.lstat().st_mode) \
                            or stat.S_ISSOCK(path.lstat().st_mode):
                        path.chmod(0o600) if path.is_file() and not path.is_symlink() else None
                        path.unlink()
                except OSError:
                    pass
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    header = f"{'family':24s} {'files':>6s} {'loaded':>7s} {'FormatErr':>9s} {'w/ place':>8s} " \
             f"{'crash':>6s} {'hang':>5s} {'worst CPU s':>11s}"
    print(header)
    totals = {k: 0 for k in ("files", "loaded", "FormatError", "with place", "crash", "hang")}
    for family, row in rows.items():
        print(f"{family:24s} {row['files']:6d} {row['loaded']:7d} {row['FormatError']:9d} "
              f"{row['with place']:8d} {row['crash']:6d} {row['hang']:5d} {row['worst']:11.2f}")
        for key in totals:
            totals[key] += row[key]
    print(f"{'TOTAL':24s} {totals['files']:6d} {totals['loaded']:7d} {totals['FormatError']:9d} "
          f"{totals['with place']:8d} {totals['crash']:6d} {totals['hang']:5d} {worst[0]:11.2f}")
    print(f"worst time: {worst[0]:.2f} CPU s ({worst[1]}); bounds {args.timeout:g} CPU s "
          f"({6 * args.timeout:g} s wall) and {args.memory_gib:g} GiB per file")
    for line in bad:
        print("FAULT", line)
    return 1 if bad else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    raise SystemExit(main())
