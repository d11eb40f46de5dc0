"""The native format's types as the duplicate-key check decodes them: every value that holds
no object kept as its JSON text (``msgspec.Raw``), so that re-encoding them never touches
the strings a load keeps.

The check (``native._check_no_duplicate_keys``, ``native._list_in_pieces``) counts the
colons of a file and of the file re-encoded from what msgspec decoded, which keeps the
last of two equal keys silently: without a repeated key both counts agree.  Encoding a
decoded ``str`` that is not ASCII makes CPython cache a UTF-8 copy inside it
(``PyUnicode_AsUTF8AndSize``) for the string's whole life: a 7 000-character text with
one dash grows from 14 074 to 23 075 bytes, and an article's text with curly quotes and
dashes is kept about twice over (issue 11: the app's memory with 100 000 events open;
session 40, frames43).  So the check decodes the header and the sources (the articles)
a second time into these mirrors and encodes those (``native._key_count_decode`` says
why not the events): each struct of the format, with the same fields and the same
handling of unknown keys, but each value that holds no object (a string, a number, a list
of strings) a ``Raw`` holding its JSON text as the file wrote it, colons and escapes
included; the structs, lists and dicts that hold objects stay decoded, so a key repeated
in any object of the file is dropped there as in the load's decode.  The mirrors come
from the load's own types (``mirror``), not from a second declaration.
"""

from __future__ import annotations

import enum
import functools
import operator
import types
import typing
from typing import Annotated, Any

import msgspec
from msgspec import UnsetType

__all__ = ["mirror", "mirror_decoder"]


def _holds_object(kind: Any) -> bool:
    """Whether a value of type ``kind`` can hold a JSON object (a struct or a dict)."""
    if isinstance(kind, type):
        if issubclass(kind, (msgspec.Struct, dict)):
            return True
        if issubclass(kind, (str, int, float, bool, enum.Enum, bytes)) or kind in (
                type(None), UnsetType, msgspec.Raw):
            return False
    origin = typing.get_origin(kind)
    if origin is typing.Literal:
        return False
    if origin is None:
        raise TypeError(f"no key mirror for {kind!r}")
    if origin is Annotated:
        return _holds_object(typing.get_args(kind)[0])
    if origin is dict:
        return True
    return any(_holds_object(arg) for arg in typing.get_args(kind) if arg is not Ellipsis)


def mirror(kind: Any) -> Any:
    """``kind`` with each value that holds no object typed ``msgspec.Raw`` (see above).

    Args:
        kind: A type of the native format: a ``msgspec.Struct`` class, or a list, tuple,
            dict, union or ``Annotated`` of such types and of plain values.

    Returns:
        ``msgspec.Raw``, or a type of the same shape whose structs are mirrors (cached:
        one class per struct class).

    Raises:
        TypeError: A type the mirror does not know, or a struct that renames its keys,
            is tagged or array-like (the format has none: its keys would count
            otherwise).
    """
    if not _holds_object(kind):
        return msgspec.Raw
    if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
        return _mirror_struct(kind)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is Annotated:
        return mirror(args[0])
    if origin is dict:
        return _GENERIC[dict][args[0], mirror(args[1])]
    if origin is list:
        return _GENERIC[list][mirror(args[0])]
    if origin is tuple:
        return _GENERIC[tuple][tuple(arg if arg is Ellipsis else mirror(arg) for arg in args)]
    if origin in (typing.Union, types.UnionType):
        # None and UNSET stay (a null, an absent key); a union of a struct with a plain
        # value would need a union msgspec cannot decode (a struct and Raw): none here.
        kept = [arg if arg in (type(None), UnsetType) else mirror(arg) for arg in args]
        if msgspec.Raw in kept:
            raise TypeError(f"no key mirror for {kind!r}")
        return functools.reduce(operator.or_, kept)
    raise TypeError(f"no key mirror for {kind!r}")


_GENERIC: dict[type, Any] = {dict: dict, list: list, tuple: tuple}  # (typed for mypy)


@functools.cache
def _mirror_struct(kind: type[msgspec.Struct], opaque: tuple[str, ...] = ()
                   ) -> type[msgspec.Struct]:
    """The mirror of the struct class ``kind`` (see ``mirror``); the fields named in
    ``opaque`` kept as their JSON text whatever they hold."""
    config = kind.__struct_config__
    if (config.tag is not None or config.array_like
            or kind.__struct_encode_fields__ != kind.__struct_fields__):
        raise TypeError(f"no key mirror for {kind.__name__}: its keys would count otherwise")
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for field in msgspec.structs.fields(kind):
        typed = msgspec.Raw if field.name in opaque else mirror(field.type)
        fields.append((field.name, typed) if field.required
                      else (field.name, typed, field.default))
    return msgspec.defstruct(kind.__name__, fields, kw_only=True, gc=False,
                             forbid_unknown_fields=config.forbid_unknown_fields,
                             omit_defaults=config.omit_defaults)


@functools.cache
def mirror_decoder(kind: Any, opaque: tuple[str, ...] = ()) -> msgspec.json.Decoder[Any]:
    """A decoder of ``mirror(kind)``, one for each type (``kind`` must be hashable);
    with ``opaque``, ``kind`` is a struct class whose fields so named are kept as their
    JSON text (``msgspec.Raw``) whatever they hold: a whole file's events, whose check
    is made otherwise (``native._check_no_duplicate_keys``)."""
    return msgspec.json.Decoder(_mirror_struct(kind, opaque) if opaque else mirror(kind))
