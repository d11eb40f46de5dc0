"""A large native file is read a piece of events at a time (issue 11): the same timeline,
the same error for every bad file as when it is read whole, progress and Cancel.

The piece size is made tiny here so that small files take the path a 100 000-event file
takes (``_PIECE_BYTES`` is 8 MiB in the app).
"""

from __future__ import annotations

import copy
import itertools
import json
import random
from pathlib import Path
from typing import Any

import pytest
from native_samples import sample
from test_io_native_load import BAD_DOCUMENTS, Mutation, _random_mutation, _with_duplicate

from benchmarks.synthetic import write_synthetic
from timeline_app.core import Timeline
from timeline_app.core.model import SEQUENCE_BITS
from timeline_app.io import FormatError, dumps, load, loads, native


@pytest.fixture
def pieces(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Pieces of ~2000 bytes; the list records how each load went ("pieces" or "whole")."""
    monkeypatch.setattr(native, "_PIECE_BYTES", 2000)
    monkeypatch.setattr(native, "_GAP_WINDOW", 300)
    outcomes: list[str] = []
    real = native._load_in_pieces

    def spy(*args: Any) -> Timeline:
        try:
            timeline = real(*args)
        except native._NotInPiecesError:
            outcomes.append("whole")
            raise
        outcomes.append("pieces")
        return timeline

    monkeypatch.setattr(native, "_load_in_pieces", spy)
    return outcomes


def _same(a: Timeline, b: Timeline) -> None:
    assert a.events == b.events  # the same events in the same order
    assert a.sources == b.sources
    assert (a.title, a.description) == (b.title, b.description)
    assert a.day_range() == b.day_range()
    for timeline in (a, b):  # the loader's day spans, in date order (issue 11)
        assert timeline.day_spans() == [event.day_range() for event in timeline.events]


def _filler_sources(count: int) -> list[dict[str, Any]]:
    return [{"id": f"s{i}", "title": f"Article {i}", "outlet": "Wire",
             "text": f"Text of article {i}: " + "words " * 20} for i in range(count)]


def _filler(count: int) -> list[dict[str, Any]]:
    return [{"id": f"f{i}", "title": f"Filler {i}",
             "date": {"value": f"{1900 + i % 100:04d}", "precision": "year"},
             "participants": ["A", "B"], "category": "meeting"} for i in range(count)]


def test_a_benchmark_file_loads_in_pieces_as_it_loads_whole(
        tmp_path: Path, pieces: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "synthetic.json"
    write_synthetic(path, 400, seed=5)  # one compact event a line, sources first
    text = path.read_text(encoding="utf-8")
    calls = {"sources": 0, "events": 0}
    add_sources, add_events = native._Reader.add_sources, native._Reader.add_events

    def sources_spy(self: Any, raws: Any, first: int) -> None:
        calls["sources"] += 1
        add_sources(self, raws, first)

    def events_spy(self: Any, raws: Any, first: int) -> None:
        calls["events"] += 1
        add_events(self, raws, first)

    monkeypatch.setattr(native._Reader, "add_sources", sources_spy)
    monkeypatch.setattr(native._Reader, "add_events", events_spy)
    timeline = load(path)
    assert pieces == ["pieces"]
    assert calls["sources"] > 3 and calls["events"] > 3  # both lists came in pieces
    _same(timeline, loads(text))
    assert len(timeline) == 400


def test_a_saved_file_loads_in_pieces_as_it_loads_whole(
        tmp_path: Path, pieces: list[str]) -> None:
    """The app's own layout (indented by two, with a byte order mark some editors add)."""
    doc = sample()
    doc["events"] = doc["events"] + _filler(100)
    text = dumps(loads(json.dumps(doc)))
    path = tmp_path / "saved.json"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    timeline = load(path)
    assert pieces == ["pieces"]
    _same(timeline, loads(text))


def test_progress_counts_up_to_the_size_and_false_cancels(
        tmp_path: Path, pieces: list[str]) -> None:
    path = tmp_path / "synthetic.json"
    write_synthetic(path, 200, seed=2)
    size = path.stat().st_size
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    load(path, progress)
    assert len(calls) > 3
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (size, size) and all(total == size for _, total in calls)

    with pytest.raises(FormatError) as info:
        load(path, lambda done, total: len(calls) < 0)
    assert (info.value.place, info.value.problem) == (None, "cancelled")


def test_a_small_file_reports_progress_once_read(tmp_path: Path) -> None:
    path = tmp_path / "small.json"
    path.write_text(json.dumps(sample()), encoding="utf-8")
    calls: list[tuple[int, int]] = []
    assert len(load(path, lambda done, total: calls.append((done, total)) is None)) == 2
    size = path.stat().st_size
    assert calls == [(0, size), (size, size)]


def _in_a_later_piece(mutate: Mutation) -> str:
    """The sample with ``mutate`` applied, then 100 valid events put before its own: an
    error in an event lands in a later piece, at index 100 or 101."""
    doc = sample()
    mutate(doc)
    if isinstance(doc.get("events"), list):
        doc["events"] = _filler(100) + doc["events"]
    return json.dumps(doc, indent=2)


def _outcome(load_it: Any) -> tuple[str | None, str] | int:
    try:
        return len(load_it())
    except FormatError as error:
        return error.place, error.problem


@pytest.mark.parametrize(("mutate", "place", "problem"), [case[1:] for case in BAD_DOCUMENTS],
                         ids=[case[0] for case in BAD_DOCUMENTS])
def test_every_bad_document_fails_as_when_read_whole(
        tmp_path: Path, pieces: list[str], mutate: Mutation, place: str, problem: str) -> None:
    text = _in_a_later_piece(mutate)
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    whole = _outcome(lambda: loads(text, path))
    assert isinstance(whole, tuple)  # still bad with the filler
    assert _outcome(lambda: load(path)) == whole
    assert "pieces" not in pieces  # the error is worded by the whole-file reader


@pytest.mark.parametrize(("key", "value"), [
    ("title", '"Other"'), ("sentence", '"x"'), ("precision", '"day"'),
    ("dateline_date", "null"), ("participants", "[]"), ("format", '"diplomatic-timeline"'),
    ("events", "[]"),
])
def test_duplicate_keys_in_any_piece_are_refused(
        tmp_path: Path, pieces: list[str], key: str, value: str) -> None:
    doc = sample()
    doc["events"] = _filler(100) + doc["events"]
    text = json.dumps(doc)
    if key in ("sentence", "precision"):  # in the sample's events, after the filler
        at = text.index('"id": "meet"')
        text = text[:at] + _with_duplicate(text[at:], key, value)
    else:
        text = _with_duplicate(text, key, value)
    path = tmp_path / "dup.json"
    path.write_text(text, encoding="utf-8")
    whole = _outcome(lambda: loads(text, path))
    assert isinstance(whole, tuple) and "appears twice" in whole[1]
    assert _outcome(lambda: load(path)) == whole


def test_layouts_the_pieces_do_not_expect_are_read_whole(
        tmp_path: Path, pieces: list[str]) -> None:
    """Events before the sources, keys after the events, an event too large for a piece,
    other key orders: read whole, the same timeline."""
    doc = sample()
    doc["events"] = _filler(100) + doc["events"]
    layouts = {
        "sources last": json.dumps({"events": doc["events"], **{
            k: v for k, v in doc.items() if k != "events"}}),
        "title after events": json.dumps(
            {k: v for k, v in doc.items() if k not in ("events", "title")})[:-1]
        + ', "events": ' + json.dumps(doc["events"]) + ', "title": "moved"}',
        "ids last": json.dumps({**doc, "events": [
            dict(reversed(list(e.items()))) for e in doc["events"]]}),
        "huge event": json.dumps({**doc, "events": doc["events"] + [
            {**_filler(1)[0], "id": "huge", "summary": "x" * 5000}]}),
    }
    for name, text in layouts.items():
        path = tmp_path / "layout.json"
        path.write_text(text, encoding="utf-8")
        _same(load(path), loads(text))
        assert pieces[-1] in ("pieces", "whole"), name


def test_random_damage_fails_or_loads_as_when_read_whole(
        tmp_path: Path, pieces: list[str]) -> None:
    damage_and_compare(tmp_path / "fuzz.json", random.Random(20261130), 150)


def damage_and_compare(path: Path, rng: random.Random, rounds: int) -> None:
    """Damage a file with filler ``rounds`` times at random: ``load`` fails or loads as
    ``loads`` of the whole text does."""
    base = sample()
    base["events"] = _filler(60) + base["events"]
    base["sources"] = _filler_sources(30) + base["sources"]
    for _ in range(rounds):
        doc = copy.deepcopy(base)
        for _ in range(rng.randint(1, 2)):
            _random_mutation(rng, doc)
        text = json.dumps(doc, indent=rng.choice([None, 2]))
        path.write_text(text, encoding="utf-8")
        whole = _outcome(lambda: loads(text, path))  # noqa: B023 - called at once
        assert _outcome(lambda: load(path)) == whole, text


def test_a_duplicate_hidden_by_escaped_colons_is_found_in_a_piece(
        tmp_path: Path, pieces: list[str]) -> None:
    doc = sample()
    doc["events"] = _filler(100) + doc["events"]
    doc["events"][100]["summary"] = "COLONS"
    text = json.dumps(doc).replace("COLONS", "\\u003a\\u003A")
    path = tmp_path / "colons.json"
    path.write_text(text, encoding="utf-8")
    assert load(path).get("meet").summary == "::"
    at = text.index('"id": "meet"')
    path.write_text(text[:at] + _with_duplicate(text[at:], "location", '"x"'), encoding="utf-8")
    with pytest.raises(FormatError, match="'location' appears twice") as info:
        load(path)
    assert info.value.place == "$.events[100]"


def test_out_of_order_events_and_a_repeated_id_across_pieces(
        tmp_path: Path, pieces: list[str]) -> None:
    """The order check and the index by id are built a piece at a time."""
    rng = random.Random(7)
    doc = sample()
    doc["events"] = _filler(150) + doc["events"]
    rng.shuffle(doc["events"])
    text = json.dumps(doc)
    path = tmp_path / "shuffled.json"
    path.write_text(text, encoding="utf-8")
    _same(load(path), loads(text))
    assert pieces == ["pieces"]
    doc["events"][-1]["id"] = doc["events"][0]["id"]
    text = json.dumps(doc)
    path.write_text(text, encoding="utf-8")
    assert _outcome(lambda: load(path)) == _outcome(lambda: loads(text, path))
    assert str(_outcome(lambda: load(path))).count("duplicate event id") == 1


def test_a_list_far_into_the_file_is_read_whole(
        tmp_path: Path, pieces: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The first list is looked for only so far (a 1 GB file of blanks is not read twice)."""
    monkeypatch.setattr(native, "_HEAD_BYTES", 4000)
    doc = sample()
    doc["description"] = "d" * 9000
    doc["events"] = _filler(100) + doc["events"]
    text = json.dumps(doc)
    path = tmp_path / "far.json"
    path.write_text(text, encoding="utf-8")
    _same(load(path), loads(text))
    assert pieces == ["whole"]


def test_the_colons_of_a_piece_are_counted_as_bytes_count_counts_them() -> None:
    # issue 11: numpy counts a large file's colons (a third of bytes.count's time); the
    # duplicate-key check rests on the count being exact, at any span of a buffer
    rng = random.Random(3)
    data = bytearray(rng.choice(b'::"ab\\{}') for _ in range(5000))
    count = native._ColonCounter()  # one buffer, grown: a long span after short ones
    for first, end in [(0, 0), (4999, 5000), (5000, 5000), (17, 4001), (0, 5000),
                       *((a, a + rng.randint(0, 900)) for a in range(0, 4000, 250))]:
        assert count(data, first, end) == data.count(b":", first, end)
    assert native._ColonCounter()(bytes(data)) == data.count(b":")
    data.extend(b"::")  # no view of the buffer is left behind: it can still grow
    assert native._ColonCounter()(data) == data.count(b":")


def test_an_escaped_colon_of_a_piece_is_found_as_the_regular_expression_finds_it() -> None:
    # issue 11: numpy looks for "\u003a" in a large file's pieces (the regular expression
    # walked every piece that holds a backslash: 36 ms of the 100 000-event load); the
    # duplicate-key check rests on it finding every one the colon count cannot see
    rng = random.Random(5)
    words = [b"\\u003a", b"\\u003A", b"\\u003b", b"\\u0030", b"\\\\", b"\\n", b"u003a", b"ab",
             b":", b"\\"]
    count = native._ColonCounter()
    for _ in range(300):
        data = bytearray(b"".join(rng.choice(words) for _ in range(rng.randint(0, 12))))
        spans = [(0, len(data)), *((a, rng.randint(a, len(data)))
                                   for a in (rng.randint(0, len(data)) for _ in range(4)))]
        for first, end in spans:
            assert (count.escaped_colon(data, first, end)
                    == native._escaped_colon(data, first, end)), (bytes(data), first, end)
    assert count.escaped_colon(b"x" * 70 + b"\\u003A") and not count.escaped_colon(b"\\u003")
    data = bytearray(b"\\u003a")
    assert count.escaped_colon(data)
    data.extend(b"::")  # no view of the buffer is left behind: it can still grow


def test_pieces_each_in_date_order_but_not_with_each_other_are_sorted(
        tmp_path: Path, pieces: list[str]) -> None:
    """The order check runs a piece at a time (issue 11: the piece's keys compared as a
    list, then copied to the index): a later piece that starts before the end of the one
    before it breaks the order exactly at the boundary."""
    events = [{"id": f"e{i}", "title": f"Event {i}",
               "date": {"value": f"{1900 + i:04d}", "precision": "year"}} for i in range(80)]
    # rotated at every place: some rotation falls on a cut between two pieces
    for order in [events[::-1], *(events[k:] + events[:k] for k in range(80))]:
        text = json.dumps({"format": "diplomatic-timeline", "version": 1, "events": order})
        path = tmp_path / "order.json"
        path.write_text(text, encoding="utf-8")
        pieces.clear()
        loaded = load(path)
        assert pieces == ["pieces"]
        assert [e.id for e in loaded] == [f"e{i}" for i in range(80)]
        _same(loaded, loads(text))


@pytest.mark.parametrize("numpy_from", [1, 2, 1024])
def test_the_index_keys_with_numpy_are_those_made_in_python(
        numpy_from: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """``_Reader.add_keys`` computes a large piece's keys with numpy (session 17, issue 11):
    the same keys and the same order verdict as the Python way, for pieces in order, out
    of order, with equal dates within and across the pieces' boundaries."""
    rng = random.Random(17)
    cases = [[5, 5, 5], [1, 2, 3], [3, 2], [7], [0, 0, 1, 1, 2, 9, 9]]
    cases += [sorted(rng.randrange(50) for _ in range(rng.randrange(1, 40)))
              for _ in range(30)]
    cases += [[rng.randrange(50) for _ in range(rng.randrange(1, 40))] for _ in range(30)]
    for split in range(1, 6):
        for numbers in cases:
            want = [number << SEQUENCE_BITS | index
                    for index, number in enumerate(numbers)]
            monkeypatch.setattr(native, "_NUMPY_KEYS", numpy_from)
            reader = native._Reader(None)
            for first in range(0, len(numbers), split):
                reader.add_keys(numbers[first:first + split], first)
            assert reader.keys.tolist() == want
            assert reader.in_order == all(a < b for a, b in itertools.pairwise(want))


def test_neighbours_whose_dates_differ_in_one_field_keep_their_own_dates() -> None:
    """An event whose date equals its predecessor's reuses it without a look-up (session
    17, issue 11); dates that differ only in precision, part, circa or mod do not."""
    dates: list[dict[str, Any]] = [{"value": "2024", "precision": "year"},
             {"value": "2024", "precision": "year", "circa": True},
             {"value": "2024", "precision": "part_of_year", "part": "Q1"},
             {"value": "2024", "precision": "part_of_year", "part": "Q2"},
             {"value": "2024", "precision": "part_of_year", "part": "Q2"},
             {"value": "2024-03", "precision": "month"},
             {"value": "2024-03", "precision": "month", "mod": "END"},
             {"value": "2024-03", "precision": "month", "mod": "END", "circa": False},
             {"value": "2020", "precision": "decade"},
             {"value": "2020", "precision": "decade", "mod": "START"}]
    events = [{"id": f"e{i}", "title": f"Event {i}", "date": date}
              for i, date in enumerate(dates)]
    loaded = loads(json.dumps({"format": "diplomatic-timeline", "version": 2,
                               "events": events}))
    by_id = {event.id: event for event in loaded}
    for i, date in enumerate(dates):
        got = by_id[f"e{i}"].date
        assert got.to_iso() == date["value"]
        assert got.precision.value == date["precision"]
        assert got.part == date.get("part")
        assert got.circa == date.get("circa", False)
        assert got.mod == date.get("mod")


def test_pieces_out_of_order_with_each_other_are_sorted_with_numpy_keys(
        tmp_path: Path, pieces: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The test above with every piece's keys computed by numpy (``_NUMPY_KEYS``)."""
    monkeypatch.setattr(native, "_NUMPY_KEYS", 1)
    test_pieces_each_in_date_order_but_not_with_each_other_are_sorted(tmp_path, pieces)


def test_the_end_of_the_sources_is_looked_for_only_where_its_word_is() -> None:
    """A piece of sources is searched for their end only if it holds ``"events"`` (session
    17, issue 11): every match of the pattern holds that word."""
    assert native._SOURCES_END_WORD in native._SOURCES_END.pattern
    for text in (b'] , "events": [', b']\n,\n  "events"\t:\r[', b'],"events":['):
        match = native._SOURCES_END.search(text)
        assert match is not None and native._SOURCES_END_WORD in match[0]


def test_a_cancelled_load_lets_go_of_what_it_read_without_a_collection(
        tmp_path: Path, pieces: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """verify60 F8: Cancel at 31 % of a 1 000 000-event open kept ~200 MB that only a
    full collection freed (the reader and its store refer to each other), and that
    collection held the GIL for 0.8-0.9 s of the window's time.  The load frees it as it
    is cancelled (``_Reader.let_go``)."""
    import gc
    import weakref

    path = tmp_path / "synthetic.json"
    write_synthetic(path, 400, seed=3)
    readers: list[weakref.ref[Any]] = []

    class Watched(native._Reader):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            readers.append(weakref.ref(self))

    monkeypatch.setattr(native, "_Reader", Watched)
    told: list[int] = []

    def progress(done: int, total: int) -> bool:
        told.append(done)
        return len(told) < 4  # a few pieces read, then Cancel

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(FormatError) as info:
            load(path, progress)
        assert info.value.problem == "cancelled"
        del info
        assert readers
        left = [reader() for reader in readers]
        assert all(reader is None or not vars(reader) for reader in left)
    finally:
        if was_enabled:
            gc.enable()
