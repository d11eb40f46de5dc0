"""The model's dataclasses, written out (issue 11: start-up), behave as ``@dataclass`` made them.

``Event``, ``Evidence``, ``Source``, ``Timeline`` and ``FuzzyDate`` carry the methods
``@dataclass`` generates, written by hand, and a ``__dataclass_fields__`` made on first use
(``records.DataclassFields``).  Each is compared here with the dataclass ``@dataclass``
makes of the same declaration (``records.dataclass_stand_in``): fields, ``repr``, ``==``,
``hash``, frozenness, ``__match_args__``, ``replace``, ``asdict``, pickling and copying.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import pickle
from typing import Any

import pytest

from timeline_app.core import Event, Evidence, FuzzyDate, Precision, Source, Timeline
from timeline_app.records import dataclass_stand_in

EVIDENCE = {"sentence": "They met.", "start": 4, "end": 13, "date_start": 4, "date_end": 8}
DATE = {"year": 2025, "month": 3, "day": 22, "precision": Precision.DAY, "part": None,
        "circa": True}
SOURCE = {"id": "s1", "title": "Ministers meet", "outlet": "NationPress",
          "dateline_place": "Tokyo", "dateline_date": dt.date(2025, 3, 22),
          "date_basis": "dateline", "text": "Tokyo - They met.", "url": "https://x.test/a"}


def _event(**changes: Any) -> dict[str, Any]:
    return {"id": "e1", "title": "Foreign ministers meet", "date": FuzzyDate(**DATE),
            "end": FuzzyDate.of_year(2026), "category": "meeting",
            "participants": ("Korea", "Japan"), "location": "Tokyo", "summary": "Talks.",
            "date_basis": "dateline", "source_id": "s1",
            "evidence": (Evidence(**EVIDENCE),), **changes}


CASES = [(Evidence, EVIDENCE), (Source, SOURCE), (Event, _event()), (FuzzyDate, DATE),
         (Timeline, {"title": "T", "description": "D", "sources": {"s1": Source(**SOURCE)}})]


def _fields(cls: type) -> list[tuple[Any, ...]]:
    return [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.compare,
             f.hash, f.kw_only, f._field_type)  # type: ignore[attr-defined]
            for f in dataclasses.fields(cls)]


@pytest.mark.parametrize(("cls", "values"), CASES, ids=lambda case: getattr(case, "__name__", ""))
def test_a_written_out_model_class_behaves_as_the_dataclass_of_its_declaration(
        cls: type, values: dict[str, Any]) -> None:
    generated = dataclass_stand_in(cls)
    assert dataclasses.is_dataclass(cls)
    assert _fields(cls) == _fields(generated)
    assert cls.__match_args__ == generated.__match_args__  # type: ignore[attr-defined]
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    assert repr(params) == repr(generated.__dataclass_params__)  # type: ignore[attr-defined]

    ours, theirs = cls(**values), generated(**values)
    assert repr(ours) == repr(theirs)
    assert ours == cls(**values) and ours != theirs  # as a dataclass: same class only
    assert (ours == theirs) is False and ours.__eq__(theirs) is NotImplemented
    frozen = params.frozen
    if frozen:
        assert hash(ours) == hash(theirs)
        for name in values:
            with pytest.raises(dataclasses.FrozenInstanceError,
                               match=f"cannot assign to field '{name}'"):
                setattr(ours, name, None)
            with pytest.raises(dataclasses.FrozenInstanceError,
                               match=f"cannot delete field '{name}'"):
                delattr(ours, name)
    else:
        assert cls.__hash__ is None and generated.__hash__ is None
    # A field changed (behind the constructor's checks): unequal exactly when the
    # generated ``==`` compares that field.
    for field in dataclasses.fields(cls):
        changed_ours, changed_theirs = copy.copy(ours), copy.copy(theirs)
        object.__setattr__(changed_ours, field.name, object())
        object.__setattr__(changed_theirs, field.name, object())
        assert (ours == changed_ours) == (theirs == changed_theirs) == (not field.compare)

    assert dataclasses.asdict(ours) == dataclasses.asdict(theirs)
    assert dataclasses.replace(ours) == ours
    for copied in (pickle.loads(pickle.dumps(ours)), copy.copy(ours), copy.deepcopy(ours)):
        assert type(copied) is cls and copied == ours and repr(copied) == repr(ours)


def test_the_slotted_classes_keep_their_slots_and_their_pickled_state() -> None:
    event = Event(**_event())
    assert not hasattr(event, "__dict__") and not hasattr(Evidence(**EVIDENCE), "__dict__")
    generated = dataclass_stand_in(Event)
    assert event.__getstate__() == [getattr(generated(**_event()), name)  # type: ignore[misc]
                                    for name in Event.__slots__]


def test_timeline_fields_made_by_a_factory_are_new_each_time() -> None:
    first, second = Timeline(), Timeline()
    assert first.sources == {} and first.sources is not second.sources
    assert first._keys.typecode == "q" and first._keys is not second._keys
    assert dataclasses.replace(first, title="X").title == "X"
