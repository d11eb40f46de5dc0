"""The duplicate-key check's mirrors of the format's types (``io.key_mirror``, issue 11):
values that hold no object kept as their JSON text, objects decoded as the load does."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from timeline_app.io import key_mirror, native
from timeline_app.io import native_schema as schema


@pytest.mark.parametrize("decoder", [
    native._DECODER, native._SOURCES_DECODER, native._EVENTS_DECODER,
    native._LAZY_EVENTS_DECODER, native._EVENTS_DECODER_BEFORE_STATUS,
    native._EVENTS_EVIDENCE_LATER_DECODER,
    native._EVENTS_EVIDENCE_LATER_DECODER_BEFORE_STATUS])
def test_every_type_the_check_decodes_has_a_mirror(decoder: Any) -> None:
    assert key_mirror.mirror_decoder(decoder.type) is key_mirror.mirror_decoder(decoder.type)


def test_a_mirror_keeps_the_texts_as_written_and_drops_a_repeated_key_as_the_load_does(
        ) -> None:
    text = (b'{"id": "e\\u2014", "title": "a: \\u201cb\\u201d", "title": "c",'
            b' "date": {"value": "2025", "precision": "year", "value": "2026"},'
            b' "participants": ["A:B"]}')
    event = key_mirror.mirror_decoder(schema.Event).decode(text)
    assert isinstance(event.id, msgspec.Raw) and bytes(event.id) == b'"e\\u2014"'
    assert bytes(event.title) == b'"c"'  # the last of two, as msgspec's own decode
    assert bytes(event.date.value) == b'"2026"'
    assert bytes(event.participants) == b'["A:B"]'
    encoded = msgspec.json.encode(event)
    # each repeated key one colon less, and the dropped title its own one
    assert encoded.count(b":") == text.count(b":") - 3


def test_a_type_with_no_mirror_is_refused() -> None:
    class Tagged(msgspec.Struct, tag=True):
        name: str

    with pytest.raises(TypeError, match="Tagged"):
        key_mirror.mirror(list[Tagged])
    with pytest.raises(TypeError, match="no key mirror"):
        key_mirror.mirror(schema.Date | str)
