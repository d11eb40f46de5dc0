"""Qt-free extraction: datelines, sentences, temporal expressions and event candidates.

``extract_events(text)`` is the one call the app needs; the pieces are exported for
tests, the CLI and anyone who wants only part of the pipeline.
"""

from .dateline import Dateline, read_dateline
from .events import Candidate, ExtractionResult, NoDateError, extract_events, timex_to_date
from .sentences import Segment, split_sentences
from .timex import Timex, tag_timexes

__all__ = [
    "Candidate", "Dateline", "ExtractionResult", "NoDateError", "Segment", "Timex",
    "extract_events", "read_dateline", "split_sentences", "tag_timexes", "timex_to_date",
]
