"""The hand-written records (timeline_app/records.py) behave as the dataclasses they
replaced (issue 11: defining dataclasses cost ~12 ms of the start-up)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from timeline_app.records import FrozenRecord, Record


class Point(Record):
    _fields = ("x", "y", "tags")

    def __init__(self, x: float, y: float, tags: list[str] | None = None) -> None:
        self.x = x
        self.y = y
        self.tags = [] if tags is None else tags


class Frozen(FrozenRecord):
    _fields = ("day", "label")

    def __init__(self, day: int, label: str) -> None:
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "label", label)


@dataclasses.dataclass
class DataPoint:
    x: float
    y: float
    tags: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class DataFrozen:
    day: int
    label: str


def test_a_record_reads_and_compares_as_the_dataclass_did() -> None:
    record, data = Point(1.0, 2.5), DataPoint(1.0, 2.5)
    assert repr(record) == repr(data).replace("DataPoint", "Point")
    assert record == Point(1.0, 2.5, [])
    assert record != Point(1.0, 2.5, ["a"])
    assert record != data  # another class: not equal, as between two dataclasses
    assert (record == (1.0, 2.5, [])) is False
    with pytest.raises(TypeError):
        hash(record)  # eq without frozen: unhashable, as a dataclass
    record.x = 3.0  # mutable
    record.extra = "kept"  # type: ignore[attr-defined]  # no __slots__: a dict, as before
    assert record.x == 3.0
    assert Point(0, 0).tags is not Point(0, 0).tags  # a fresh default each time


def test_a_frozen_record_is_hashable_and_cannot_change() -> None:
    record, data = Frozen(3, "March"), DataFrozen(3, "March")
    assert repr(record) == repr(data).replace("DataFrozen", "Frozen")
    assert record == Frozen(3, "March") and hash(record) == hash(Frozen(3, "March"))
    assert len({record, Frozen(3, "March"), Frozen(4, "April")}) == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.day = 4  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del record.label
    assert pickle.loads(pickle.dumps(record)) == record


def test_the_start_up_records_keep_their_fields_defaults_and_equality() -> None:
    from timeline_app.settings import LAST_DIRECTORY, Setting
    from timeline_app.ui.axis import AxisTicks, Tick
    from timeline_app.ui.layout import Cluster, LanePacking
    from timeline_app.ui.overview import StripMap
    from timeline_app.ui.scale import LINEAR, Break, Segment, Viewport

    assert Tick(5, "May") == Tick(day=5, label="May") and repr(Tick(5, "May")) == (
        "Tick(day=5, label='May')")
    assert AxisTicks("month", [Tick(1, "a")], []).minor == [Tick(1, "a")]
    brk = Break(10.0, 20.0, 12.0, 18.0, 1.0)
    assert brk.days == 10.0 and brk.slope == pytest.approx(1 / 6)
    assert Segment(0.0, 1.0, 0.0, 1.0, None).slope == 1.0
    assert Segment(12.0, 18.0, 12.0, 13.0, brk).slope == brk.slope
    assert Viewport(LINEAR, 0.0, 2.0, 100.0).visible_days() == (0.0, 50.0)
    assert StripMap(0.0, 10.0, 5.0, 100.0).x_of_u(5.0) == 55.0
    assert Cluster(1.0, 2.0).keys == [] and Cluster(1.0, 2.0, ["a"]) != Cluster(1.0, 2.0)
    assert LanePacking([], [], 0) == LanePacking(placements=[], clusters=[], rows_used=0)
    assert LAST_DIRECTORY == Setting("files/last_directory", str, "")
    with pytest.raises(dataclasses.FrozenInstanceError):
        LAST_DIRECTORY.key = "other"  # type: ignore[misc]


def _as_dataclass_writes_it(obj: object) -> str:
    """``obj``'s repr as a class of the same name and fields made by ``@dataclass`` with its
    own generated ``__repr__`` writes it."""
    cls = type(obj)
    twin = dataclasses.make_dataclass(
        cls.__name__, [(f.name, object, dataclasses.field(repr=f.repr))
                       for f in dataclasses.fields(cls)], repr=True, eq=False)
    copy = object.__new__(twin)
    for f in dataclasses.fields(cls):
        object.__setattr__(copy, f.name, getattr(obj, f.name))
    return repr(copy)


def test_the_models_repr_is_the_dataclass_text_without_a_method_compiled_per_class() -> None:
    """The model's dataclasses (``repr=False``) take ``records.dataclass_repr``: the text
    ``@dataclass`` writes, field for field (``field(repr=False)`` ones left out), while no
    ``__repr__`` is compiled from source as ``core.model`` is imported before the first
    paint (0.7 M instructions a class, session 55)."""
    from timeline_app.core import Event, Evidence, FuzzyDate, Precision, Source, Timeline
    from timeline_app.records import dataclass_repr

    evidence = Evidence("Talks resumed.", 0, 14)
    source = Source("s1", "Talks", "Wire", text="Talks resumed.")
    event = Event("e1", "Talks resume", FuzzyDate.from_iso("2026-12-01", Precision.DAY),
                  evidence=(evidence,), source_id="s1")
    timeline = Timeline(title="Talks")
    timeline.add(event)
    for obj in (evidence, source, event, timeline):
        cls = type(obj)
        assert cls.__repr__ is dataclass_repr, cls  # (its code is records.py's, cached)
        assert repr(obj) == _as_dataclass_writes_it(obj)
    assert repr(timeline).startswith("Timeline(title='Talks', description=''")
    assert "_events" not in repr(timeline)  # (a field(repr=False))
    assert repr(evidence).startswith("Evidence(sentence='Talks resumed.', start=0, end=14")
