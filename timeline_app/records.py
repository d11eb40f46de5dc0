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
keeps its dataclasses, which the rest of the program copies with ``dataclasses.replace``.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from dataclasses import Field

__all__ = ["DataclassFields", "FrozenRecord", "Record", "dataclass_stand_in",
           "frozen_delattr", "frozen_setattr"]


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
        frozen_setattr(self, name, value)

    def __delattr__(self, name: str) -> None:
        frozen_delattr(self, name)

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle and copy: made again through ``__init__`` (the fields in ``_fields``'
        # order are its parameters), since setting the fields one by one is refused.
        return type(self), self._values(self)


class DataclassFields:
    """The ``__dataclass_fields__`` of a class whose dataclass methods are written out by
    hand (the model's ``Event``, ``Evidence``, ``Source``, ``Timeline``, ``FuzzyDate``),
    made on first use, so that ``dataclasses.fields``, ``replace``, ``asdict`` and
    ``is_dataclass`` treat the class as the dataclass it was, while the start-up neither
    imports ``dataclasses`` nor compiles the generated methods (~3.4 ms, issue 11).

    On first access the declaration is handed to ``dataclasses.dataclass`` once, as a
    stand-in class: the owner's annotations in order, each field's default taken from
    the owner's ``__init__`` (its parameter of the same name), or from ``specs`` (the
    keyword arguments of ``dataclasses.field``: a ``default_factory``, ``repr=False``,
    ``compare=False``).  The stand-in's fields (and ``__dataclass_params__``) then
    replace this descriptor on the owner.  The owner's ``__init__``, ``__repr__``,
    ``__eq__``, ``__hash__`` and, when frozen, ``__setattr__``/``__delattr__`` must
    behave as those ``dataclass(frozen=frozen, init=init)`` generates for the same declaration
    (``tests/core/test_model_dataclasses.py`` compares them with a real dataclass).
    """

    def __init__(self, *, frozen: bool, init: bool = True,
                 specs: dict[str, dict[str, Any]] | None = None) -> None:
        self._frozen, self._init = frozen, init
        self._specs = specs or {}
        self._owner: type | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self._owner = owner
        _DECLARATIONS[owner] = self

    def __get__(self, instance: object, owner: type | None = None) -> dict[str, Field[Any]]:
        cls = self._owner
        assert cls is not None
        stand_in = self.stand_in()
        fields: dict[str, Field[Any]] = stand_in.__dataclass_fields__  # type: ignore[attr-defined]
        type.__setattr__(cls, "__dataclass_fields__", fields)
        type.__setattr__(cls, "__dataclass_params__",
                         stand_in.__dataclass_params__)  # type: ignore[attr-defined]
        return fields

    def stand_in(self) -> type:
        """The dataclass ``@dataclass`` makes of the owner's declaration (a new class)."""
        import dataclasses
        import inspect

        cls = self._owner
        assert cls is not None
        parameters = inspect.signature(cls).parameters  # (those of its __init__)
        namespace: dict[str, Any] = {"__annotations__": inspect.get_annotations(cls),
                                     "__module__": cls.__module__,
                                     "__qualname__": cls.__qualname__}
        if not self._init:  # ``@dataclass(init=False)``: the class's own
            namespace["__init__"] = cls.__dict__["__init__"]
        for name in namespace["__annotations__"]:
            if name in self._specs:
                namespace[name] = dataclasses.field(**self._specs[name])
            elif name in parameters and (
                    parameters[name].default is not inspect.Parameter.empty):
                namespace[name] = parameters[name].default
        return dataclasses.dataclass(frozen=self._frozen, init=self._init)(
            type(cls.__name__, (), namespace))


#: Each class with a ``DataclassFields``, and it (see ``dataclass_stand_in``).
_DECLARATIONS: dict[type, DataclassFields] = {}


def dataclass_stand_in(cls: type) -> type:
    """The dataclass that ``@dataclass`` makes of ``cls``'s declaration, for comparing
    ``cls``'s written-out methods with the generated ones (tests)."""
    return _DECLARATIONS[cls].stand_in()


def frozen_setattr(self: object, name: str, value: object) -> None:
    """A frozen dataclass's ``__setattr__``: ``dataclasses.FrozenInstanceError``."""
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def frozen_delattr(self: object, name: str) -> None:
    """A frozen dataclass's ``__delattr__``: ``dataclasses.FrozenInstanceError``."""
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot delete field {name!r}")
