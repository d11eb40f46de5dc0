"""The review of an article already in the timeline says so (verify44 F19)."""

from __future__ import annotations

import os

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

WIRE = ("Venezuela, Guyana agree to joint border commission\n\n"
        "Bridgetown, December 3, 2026 (Caribbean Wire) — Venezuela and Guyana agreed on "
        "Thursday afternoon to set up a joint border commission, Barbados Prime Minister Mia "
        "Mottley said.\n")


def test_the_review_of_an_article_imported_before_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = extract_events(WIRE, None)
    events = [c.to_event(f"e{i}") for i, c in enumerate(first.candidates)]
    again = extract_events(WIRE, None)
    dialog = ReviewDialog(again, existing=events, sources={first.source.id: first.source})
    qtbot.addWidget(dialog)
    assert ("This article was imported before, the same text, as “Venezuela, Guyana agree to "
            "joint border commission” (Caribbean Wire, 3 December 2026); 1 event in the "
            "timeline cites it.") in dialog.intro.text()
    fresh = ReviewDialog(extract_events(WIRE, None), existing=[])
    qtbot.addWidget(fresh)
    assert "imported before" not in fresh.intro.text()
    if os.environ.get("FIX69_GRAB"):
        dialog.resize(1300, 500)
        dialog.show()
        dialog.grab().save(os.environ["FIX69_GRAB"])
