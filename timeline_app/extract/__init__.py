"""Qt-free extraction: datelines, sentences, temporal expressions and event candidates.

``extract_events(text)`` is the one call the app needs; the pieces are exported for
tests, the CLI and anyone who wants only part of the pipeline.

Each name is imported from its module on first use (PEP 562 ``__getattr__``): reading a
dateline needs ``dateline`` and ``sentences`` only, while ``events`` brings the whole
pipeline (0.5-0.7 s of imports and pattern compiling here).  File → Import Article's
dialog reads the dateline as the person types; importing the pipeline with it kept the
window frozen for about 2 s the first time the dialog opened (verify20 F12).  The
pipeline now loads on the worker thread that runs the extraction.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "Candidate", "Dateline", "ExtractionResult", "NoDateError", "Segment", "Timex",
    "extract_events", "furniture_spans", "headline", "read_dateline", "split_sentences", "tag_timexes", "timex_to_date",
]

#: Which module of this package defines each exported name.
_HOMES = {
    "Dateline": "dateline", "read_dateline": "dateline",
    "Candidate": "events", "ExtractionResult": "events", "NoDateError": "events",
    "extract_events": "events", "furniture_spans": "events", "headline": "events", "timex_to_date": "events",
    "Segment": "sentences", "split_sentences": "sentences",
    "Timex": "timex", "tag_timexes": "timex",
}

if TYPE_CHECKING:
    from .dateline import Dateline, read_dateline
    from .events import (
        Candidate,
        ExtractionResult,
        NoDateError,
        extract_events,
        furniture_spans,
        headline,
        timex_to_date,
    )
    from .sentences import Segment, split_sentences
    from .timex import Timex, tag_timexes


def __getattr__(name: str) -> Any:
    """An exported name, imported from its module the first time it is asked for.

    Raises:
        AttributeError: ``name`` is not exported here (then ``from timeline_app.extract
            import vocabulary`` imports the submodule, as Python does).
    """
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # once: later look-ups find it without this function
    return value
