"""Qt-free core: fuzzy dates and the timeline model."""

from .dates import FuzzyDate, Precision
from .model import Event, Evidence, Source, Timeline, new_event_id

__all__ = ["Event", "Evidence", "FuzzyDate", "Precision", "Source", "Timeline", "new_event_id"]
