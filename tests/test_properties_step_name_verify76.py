"""verify76 F19 (session 57): undoing the automatic rename of a timeline said "Undid:
Change timeline properties"; the step is named by what it changes."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document


def test_the_properties_step_says_what_changed(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(Timeline.from_events(
        [Event("a", "Talks", FuzzyDate.of_ymd(2026, 11, 19))], title="Lithuania, 2026"))
    document.set_properties("Lithuania and Belarus, 2020-2027", "")
    assert document.undo_stack.undoText() == (
        "Rename the timeline “Lithuania and Belarus, 2020-2027”")
    document.set_properties("Lithuania and Belarus, 2020-2027", "An expulsion spiral.")
    assert document.undo_stack.undoText() == "Change the timeline's description"
    document.set_properties("Belarus", "")
    assert document.undo_stack.undoText() == "Change timeline properties"
