"""Plain record classes that cost nothing to define: the start-up's view and axis records.

A ``@dataclass`` generates its ``__init__``, ``__repr__`` and ``__eq__`` as source text
and compiles each with ``exec`` while the module is imported: 0.2-0.9 ms a class on
Python 3.11, 12-13 ms for the 29 classes the app defined before its first paint (issue 11,
``benchmarks/README.md``, "Session 5").  A class written out by hand is compiled once
into the bytecode cache like any other code, and defining it costs ~10 µs (a dataclass of
2-4 fields ~270 µs, measured on the development machine).

The records that start-up imports therefore write their ``__init__`` by hand and take
``__repr__``, ``__eq__`` (and, when frozen, ``__hash__`` and the refusal to change) from
:class:`Record` and :class:`FrozenRecord`, which read the field names from ``_fields``.
They behave as the dataclasses did for everything the app uses: construction by position
or keyword with the same defaults, equality field by field between records of the same
class, the same ``repr``, frozen records hashable and unchangeable
(:class:`dataclasses.FrozenInstanceError`).  They are not dataclasses
(``dataclasses.replace``/``fields`` do not apply): the model (``core.model``, ``core.dates``)
keeps its dataclasses, which the rest of the program copies with ``dataclasses.replace``;
they take their ``repr`` from :func:`dataclass_repr` (``repr=False``), one function
compiled into the bytecode cache rather than a source text compiled per class.
"""

from __future__ import annotations

import reprlib
from operator import attrgetter
from typing import Any, ClassVar

__all__ = ["FrozenRecord", "Record", "dataclass_repr"]

#: The fields a dataclass shows in its ``repr``, by class (``dataclass_repr``).
_REPR_FIELDS: dict[type, tuple[str, ...]] = {}


@reprlib.recursive_repr()
def dataclass_repr(self: Any) -> str:
    """``Name(field=value, ...)``: a dataclass's ``repr`` as ``@dataclass`` writes it (its
    fields in order, those declared ``field(repr=False)`` left out, ``...`` for an object
    met again inside its own ``repr``), for a dataclass declared ``repr=False`` that sets
    ``__repr__ = dataclass_repr``.  ``@dataclass`` compiles a ``__repr__`` from source text
    for each class as its module is imported: 0.7 M instructions a class before the
    timeline's first paint (the model's four: issue 11; benchmarks/README.md,
    "Session 55, open59")."""
    cls = type(self)
    names = _REPR_FIELDS.get(cls)
    if names is None:
        from dataclasses import fields

        names = _REPR_FIELDS[cls] = tuple(f.name for f in fields(cls) if f.repr)
    shown = ", ".join([f"{name}={getattr(self, name)!r}" for name in names])
    return f"{cls.__qualname__}({shown})"


class Record:
    """Base of a hand-written record: ``repr`` and ``==`` over the fields in ``_fields``.

    Like a dataclass with ``eq=True``, a record is unhashable unless frozen.  Records keep
    their fields in the instance's ``__dict__`` as dataclasses do (no ``__slots__``, here
    or in a base: on Python 3.11 a base with ``__slots__ = ()`` made setting attributes
    in ``__init__`` ~40 % slower, and the view makes records in every layout).
    """

    #: The fields in order (as a dataclass's: ``__init__``'s parameters, ``repr``, ``==``).
    _fields: ClassVar[tuple[str, ...]] = ()
    #: The fields' values as a tuple (``operator.attrgetter``), set per subclass.
    _values: ClassVar[Any] = staticmethod(lambda record: ())

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if len(cls._fields) > 1:
            cls._values = staticmethod(attrgetter(*cls._fields))
        elif cls._fields:  # attrgetter of one name gives the value, not a 1-tuple
            getter = attrgetter(cls._fields[0])
            cls._values = staticmethod(lambda record: (getter(record),))

    def __repr__(self) -> str:
        fields = ", ".join([f"{name}={getattr(self, name)!r}" for name in self._fields])
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._values(self) == self._values(other))
        return NotImplemented

    # (``__eq__`` without ``__hash__``: Python sets ``__hash__`` to None, unhashable.)


class FrozenRecord(Record):
    """A record whose fields cannot change after ``__init__`` (which sets them with
    ``object.__setattr__``), hashable by its fields, as a frozen dataclass."""

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle and copy: made again through ``__init__`` (the fields in ``_fields``'
        # order are its parameters), since setting the fields one by one is refused.
        return type(self), self._values(self)
