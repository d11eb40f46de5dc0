"""What a loaded timeline keeps, object by object (issue 11: <= 300 MiB in use with
100 000 events open): repeated values of a file are one object in memory, whether the
file is read whole or a piece at a time.  Shapes, not sizes: no figure here depends on the
machine."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from timeline_app.core import Timeline
from timeline_app.io import FormatError, load, loads, native

_TEXT = "Preamble. " * 40 + "Tokyo and Seoul met in Tokyo on 3 March 2025, officials said."
_START = _TEXT.index("Tokyo and")
_DATE = _TEXT.index("3 March 2025")


def _document(count: int) -> dict[str, Any]:
    """``count`` events naming the same participants (each name its own string in the
    JSON) and citing the same sentence of one long article (offsets over 256)."""
    sentence = _TEXT[_START:]
    return {
        "format": "diplomatic-timeline", "version": 1, "title": "Shared values",
        "sources": [{"id": "src", "title": "Talks", "text": _TEXT}],
        "events": [{
            "id": f"e{i}", "title": f"Talks {i}",
            "date": {"value": "2025-03-03", "precision": "day"},
            "category": "meeting", "participants": ["Tokyo", "the Republic of Korea"],
            "source": "src",
            "evidence": [{"sentence": sentence, "start": _START, "end": len(_TEXT),
                          "date_start": _DATE, "date_end": _DATE + len("3 March 2025")}],
        } for i in range(count)],
    }


def _assert_shared(timeline: Timeline) -> None:
    first, *others = timeline.events
    assert others
    for event in others:
        assert event.participants == first.participants
        for name, first_name in zip(event.participants, first.participants, strict=True):
            assert name is first_name  # one string per distinct name, not one per event
        evidence, first_evidence = event.evidence[0], first.evidence[0]
        assert evidence == first_evidence
        for field in ("start", "end", "date_start", "date_end"):
            value = getattr(evidence, field)
            assert value > 256  # beyond CPython's cache of small ints
            assert value is getattr(first_evidence, field)  # one int object per value


def test_a_file_read_whole_keeps_one_copy_of_each_repeated_name_and_offset() -> None:
    _assert_shared(loads(json.dumps(_document(5))))


def test_a_file_read_in_pieces_keeps_one_copy_across_pieces(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "_PIECE_BYTES", 2000)
    monkeypatch.setattr(native, "_GAP_WINDOW", 300)
    pieces = []
    real = native._list_in_pieces

    def spy(*args: Any) -> Any:
        for raws in real(*args):
            pieces.append(len(raws))
            yield raws

    monkeypatch.setattr(native, "_list_in_pieces", spy)
    path = tmp_path / "shared.json"
    path.write_text(json.dumps(_document(40), indent=None, separators=(",", ":")),
                    encoding="utf-8")
    timeline = load(path)
    assert len(pieces) > 2  # read a piece at a time, as a large file is
    _assert_shared(timeline)


def test_loaded_sources_have_no_instance_dict() -> None:
    source = loads(json.dumps(_document(1))).sources["src"]
    assert not hasattr(source, "__dict__")  # slots: 2.6 -> 1 MiB for 10 000 sources
    assert source.text == _TEXT


def test_a_large_load_gives_the_c_heaps_free_pages_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "_PIECE_BYTES", 2000)
    monkeypatch.setattr(native, "_GAP_WINDOW", 300)
    calls: list[int] = []
    monkeypatch.setattr(native, "release_free_memory", lambda: calls.append(len(calls)))
    path = tmp_path / "large.json"
    path.write_text(json.dumps(_document(40)), encoding="utf-8")
    load(path)
    assert calls == [0]  # once, after the load
    # the real one runs anywhere without error (a no-op off glibc):
    monkeypatch.undo()
    native.release_free_memory()


def test_names_new_and_known_in_any_place_of_a_list_are_each_one_string() -> None:
    # issue 11: a list whose names are all known is looked up, one with a new name (first,
    # last or between known ones) takes the slower way: either way each name is one string
    lists = [["A"], ["A", "B"], ["C", "A"], ["A", "D", "B"], [], ["B", "A", "E"], ["E"],
             ["meeting"], ["A", "A"]]
    document = {"format": "diplomatic-timeline", "version": 1, "events": [
        {"id": f"e{i}", "title": "t", "date": {"value": "2025", "precision": "year"},
         "category": "meeting", "participants": names} for i, names in enumerate(lists)]}
    timeline = loads(json.dumps(document))
    seen: dict[str, str] = {}
    for event, names in zip(timeline, lists, strict=True):
        assert list(event.participants) == names and type(event.participants) is tuple
        for name in event.participants:
            assert seen.setdefault(name, name) is name
    assert timeline.get("e7").participants[0] is timeline.get("e7").category


def test_a_lazy_load_shares_each_events_repeated_strings_before_making_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 11 (session 39): a lazily loaded event kept its decoded copies of its category,
    # place, date basis, article id and participants until it was made after the first paint; they
    # then died scattered among the strings that live on, holes the allocator kept
    # (31 MiB at 100 000 events).  Shared in the load's loop, the copies die in their piece.
    monkeypatch.setattr(native, "_PIECE_BYTES", 2000)
    monkeypatch.setattr(native, "_GAP_WINDOW", 300)
    document = _document(40)
    for event in document["events"]:
        event.update(location="Tokyo", date_basis="the article's dateline")
    path = tmp_path / "lazy.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    timeline = load(path)
    store = timeline._store
    assert store is not None and store.unmade == 40  # nothing made yet
    first, *others = store.slots
    for raw in others:
        assert raw.category is first.category
        assert raw.location is first.location
        assert raw.date_basis is first.date_basis
        assert raw.source is first.source
        for name, first_name in zip(raw.participants, first.participants, strict=True):
            assert name is first_name
    categories = timeline.categories()
    assert all(category is categories[0] for category in categories)
    assert first.participants[0] is first.location  # one string for a name and a place
    _assert_shared(timeline)  # and once made, as before


def _size_class(size: int) -> int:
    return -(-size // 16) * 16  # pymalloc's blocks: multiples of 16 bytes (CPython 3.11)


def _lazy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: dict[str, Any]
               ) -> Path:
    monkeypatch.setattr(native, "_PIECE_BYTES", 2000)
    monkeypatch.setattr(native, "_GAP_WINDOW", 300)
    path = tmp_path / "lazy.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize("version", [1, 4])  # (before and with the status key)
def test_a_lazily_kept_event_takes_the_block_size_of_the_event_made_from_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    # issue 11 (session 39): a decoded event kept by a lazy load is freed when its Event
    # is made; in another size class than the Event's its block stayed a hole (11 MB at
    # 100 000 events), in the same one the next Event made takes it
    import sys

    document = _document(40)
    document["version"] = version
    timeline = load(_lazy_file(tmp_path, monkeypatch, document))
    store = timeline._store
    assert store is not None
    raw = store.slots[0]
    event = timeline.events[0]  # (made now)
    assert type(raw) is not type(event)
    assert _size_class(sys.getsizeof(raw)) == _size_class(sys.getsizeof(event))
    for evidence_later in (False, True):  # (the window's load: evidence checked elsewhere)
        for status in (False, True):
            struct = native._event_struct(evidence_later, status)
            assert _size_class(struct.__basicsize__) == _size_class(sys.getsizeof(event))


def test_a_key_named_as_a_size_pad_is_refused_as_any_unknown_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = _document(40)
    pad = next(name for name in native._LazyEvent.__struct_fields__ if name.startswith("pad"))
    document["events"][30][pad] = None
    with pytest.raises(FormatError, match=f"unknown key '{pad}'") as info:
        load(_lazy_file(tmp_path, monkeypatch, document))
    assert info.value.place == "$.events[30]"


def test_a_lazy_load_makes_the_evidence_it_decodes_and_keeps_it_for_the_event(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 11 (session 40): a lazy load whose evidence is checked here (no second process)
    # kept each event's decoded evidence list until the event was made after the first
    # paint; the list and its items then died scattered among what lives on, holes the
    # allocator kept (10 MB at 100 000 events).  Made in the load's loop, the decoded
    # copies die in their piece.
    timeline = load(_lazy_file(tmp_path, monkeypatch, _document(40)))
    store = timeline._store
    assert store is not None and store.unmade == 40  # nothing made yet
    kept = [raw.evidence for raw in store.slots]
    for evidence in kept:
        assert type(evidence) is tuple and len(evidence) == 1
        assert type(evidence[0]).__name__ == "Evidence"
    for event, evidence in zip(timeline.events, kept, strict=True):  # (made now)
        assert event.evidence is evidence
    _assert_shared(timeline)
    assert timeline.events == loads(_lazy_file(tmp_path, monkeypatch, _document(40))
                                    .read_text(encoding="utf-8")).events


def test_a_lazy_load_keeps_one_tuple_for_each_distinct_list_of_participants(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 11 (session 40): equal lists of participants were one tuple an event (4 MB at
    # 100 000 events, 37 798 distinct tuples among them)
    document = _document(40)
    lists = [["Tokyo", "the Republic of Korea"], ["the Republic of Korea", "Tokyo"],
             ["Tokyo"], []]
    for i, event in enumerate(document["events"]):
        event["participants"] = list(lists[i % len(lists)])  # (each its own list)
    timeline = load(_lazy_file(tmp_path, monkeypatch, document))
    store = timeline._store
    assert store is not None and store.unmade == 40
    slots = store.slots
    for i, raw in enumerate(slots):
        assert list(raw.participants) == lists[i % len(lists)]
        if i >= len(lists) and lists[i % len(lists)]:
            assert raw.participants is slots[i - len(lists)].participants
    assert slots[0].participants[0] is slots[1].participants[1]  # (and each name once)
    for i, event in enumerate(timeline.events):
        assert event.participants is slots[i].participants or not event.participants
    assert not store.reader._people  # (let go once the load ends)


def test_a_lazy_loads_reader_lets_go_of_the_loops_dates_once_the_load_ends(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 11 (session 40): the reader lives as long as its store, which the view's lanes
    # hold: its table of the decoded dates (each distinct date's decoded copy, its string
    # and a tuple) stayed with it, 7 MB at 100 000 events
    document = _document(40)
    for i, event in enumerate(document["events"]):
        event["date"]["value"] = f"2025-03-{1 + i % 28:02d}"
    timeline = load(_lazy_file(tmp_path, monkeypatch, document))
    store = timeline._store
    assert store is not None and store.unmade == 40
    assert store.reader._dates == {}
    assert [event.start_day.isoformat() for event in timeline.events][:3] == [
        "2025-03-01", "2025-03-01", "2025-03-02"]


def test_a_lazy_timelines_index_is_lent_to_a_view_and_copied_by_the_first_to_change_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 11 (session 40): ``events_by_id`` copied the index (3.8 MB at 100 000 events)
    # for the view's lanes, which keep it as long as they are built; each side now
    # copies it before its own first change, so neither ever sees the other's
    import dataclasses

    timeline = load(_lazy_file(tmp_path, monkeypatch, _document(40)))
    assert timeline.store is not None
    placed = timeline.events_by_id()
    assert placed.by_id is timeline._by_id  # type: ignore[attr-defined]  # lent, not copied
    first = placed["e0"]
    assert first is timeline.get("e0")
    timeline.make_some(60.0)  # (the idle making: no event changes)
    assert timeline.store is None
    assert placed.by_id is timeline._by_id  # type: ignore[attr-defined]
    assert all(placed[f"e{i}"] is timeline.get(f"e{i}") for i in range(40))
    # The timeline changes first (a command), the view follows: it still has the event
    # as it placed it until then.
    old = timeline.get("e1")
    timeline.replace(dataclasses.replace(old, title="Renamed"))
    assert placed["e1"] is old and timeline.get("e1").title == "Renamed"
    timeline.remove("e2")
    assert "e2" in placed and "e2" not in timeline
    placed["e1"] = timeline.get("e1")
    del placed["e2"]
    assert "e2" not in placed and placed["e1"].title == "Renamed"
    # ... and a view's own change is not the timeline's
    other = timeline.events_by_id()
    other["e9"] = dataclasses.replace(timeline.get("e9"), title="Only the view's")
    del other["e3"]
    assert timeline.get("e9").title == "Talks 9" and "e3" in timeline
    assert len(timeline) == 39 and len(other) == 38


def _without_utf8_copy(text: str) -> bool:
    """Whether CPython keeps no UTF-8 copy inside ``text`` (a non-ASCII string gets one,
    for its whole life, once something encodes it: ``PyUnicode_AsUTF8AndSize``)."""
    import sys

    fresh = "".join([text[:1], text[1:]])  # the same characters, never encoded
    assert fresh is not text and not text.isascii()
    return sys.getsizeof(text) == sys.getsizeof(fresh)


def _non_ascii_document(count: int) -> dict[str, Any]:
    document = _document(count)
    # curly quotes and dashes, in the sentence cited too
    text = "\u201cPreamble\u201d \u2014 " * 40 + _TEXT.replace(", officials", " \u2014 officials")
    start, date = text.index("Tokyo and"), text.index("3 March 2025")
    document["title"] = "Talks \u2014 a r\u00e9sum\u00e9"
    document["sources"][0].update(text=text, title="Talks \u2014 in full")
    for event in document["events"]:
        event["title"] += " \u2014 Tokyo\u2019s turn"
        event["summary"] = "Talks \u201cin Tokyo\u201d"
        event["evidence"][0].update(sentence=text[start:], start=start, end=len(text),
                                    date_start=date, date_end=date + len("3 March 2025"))
    return document


@pytest.mark.parametrize("how", ["whole", "pieces"])
def test_the_duplicate_key_check_leaves_no_utf8_copy_in_the_articles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    # issue 11 (session 40, frames43 found it): the in-process duplicate-key check
    # re-encoded the decoded strings, and CPython then kept a UTF-8 copy inside each
    # non-ASCII one: an article's text with curly quotes and dashes, kept about twice.
    # The events are re-encoded as decoded (native._key_count_decode): their evidence
    # keeps the article's characters, a new string, in place of the decoded sentence.
    document = _non_ascii_document(40)
    if how == "whole":
        timeline = loads(json.dumps(document))
    else:
        timeline = load(_lazy_file(tmp_path, monkeypatch, document))  # (key check here)
        store = timeline._store
        assert store is not None and store.unmade == 40  # read in pieces, lazily
    source = timeline.sources["src"]
    assert all(map(_without_utf8_copy, [timeline.title, source.text, source.title]))
    sentences = [evidence.sentence for event in timeline.events for evidence in event.evidence]
    assert len(sentences) == 40 and all(map(_without_utf8_copy, sentences))


@pytest.mark.parametrize("in_order", [True, False])
def test_a_load_in_date_order_lets_go_of_the_dates_no_later_event_has(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_order: bool) -> None:
    # issue 11 (session 40, frames43 found it): the load's table of decoded dates was
    # freed only at its end, scattered among what lives on: holes nothing took (~7 MB at
    # 100 000 events).  In a file in date order, a date sorting before the last event's
    # is never met again: let go of a piece at a time, its memory is the next pieces'.
    document = _document(60)
    days = [f"2025-{1 + i // 30:02d}-{1 + i % 30 // 3:02d}" for i in range(60)]  # 3 a day
    if not in_order:
        days.reverse()
        days[0], days[-1] = days[-1], days[0]
    for event, day in zip(document["events"], days, strict=True):
        event["date"]["value"] = day
    left: list[int] = []
    real = native._Reader.add_events

    def spy(self: Any, raws: Any, first: int) -> None:
        real(self, raws, first)
        left.append(len(self._dates))

    monkeypatch.setattr(native._Reader, "add_events", spy)
    timeline = load(_lazy_file(tmp_path, monkeypatch, document))
    assert len(left) > 3  # read a piece at a time
    if in_order:
        assert max(left) <= 1  # only the last event's date: the next may share it
    else:
        assert left[-1] == len(set(days))  # all kept (a later event may have any)
    events = timeline.events
    for event, other in itertools.pairwise(events):  # (equal dates: one object either way)
        if event.date == other.date:
            assert event.date is other.date
