"""Small valid native documents for the io tests (not a test module)."""

from __future__ import annotations

import copy
import json
from typing import Any

TEXT = "Tokyo, March 22. The ministers met on Saturday. They met in Munich last month."

_DOCUMENT: dict[str, Any] = {
    "format": "diplomatic-timeline",
    "version": 1,
    "title": "Sample",
    "description": "Two events",
    "sources": [
        {
            "id": "src",
            "title": "Ministers meet",
            "outlet": "Wire",
            "dateline_place": "Tokyo",
            "dateline_date": "2025-03-22",
            "date_basis": "stated",
            "text": TEXT,
            "url": "https://example.org/a",
        }
    ],
    "events": [
        {
            "id": "meet",
            "title": "Ministers meet",
            "date": {"value": "2025-03-22", "precision": "day"},
            "end": None,
            "category": "meeting",
            "participants": ["Cho", "Iwaya"],
            "location": "Tokyo",
            "summary": "They meet.",
            "date_basis": "'on Saturday'",
            "source": "src",
            "evidence": [
                {
                    "sentence": "The ministers met on Saturday.",
                    "start": 17,
                    "end": 47,
                    "date_start": 35,
                    "date_end": 46,
                }
            ],
        },
        {
            "id": "munich",
            "title": "Munich",
            "date": {"value": "2025-02", "precision": "month", "circa": True},
            "source": "src",
        },
    ],
}


def sample() -> dict[str, Any]:
    """A fresh deep copy of a valid document, to mutate in a test."""
    return copy.deepcopy(_DOCUMENT)


def sample_text(document: dict[str, Any] | None = None) -> str:
    return json.dumps(sample() if document is None else document)
