"""Many events added or removed in one step told to the views with one signal (lanes18;
lanes17 left it open: File → Merge… of 1 000 new events sent 1 000 ``event_added``, 35 s
of CPU, and an import's "Import N", a delete of many and their undo did the same)."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.document import REPLACED_ONE_BY_ONE, Document


def _events(n: int, prefix: str = "n", category: str = "treaty") -> list[Event]:
    return [Event(f"{prefix}{i}", f"Event {i}", FuzzyDate.of_ymd(2024, 1 + i % 12, 1),
                  category=category) for i in range(n)]


def _signals(document: Document) -> tuple[list[str], list[tuple[str, ...]]]:
    """(the one-event signals' ids, the ``events_replaced`` id tuples) from now on."""
    one: list[str] = []
    many: list[tuple[str, ...]] = []
    for signal in (document.event_added, document.event_changed, document.event_removed):
        signal.connect(one.append)
    document.events_replaced.connect(many.append)
    return one, many


def test_a_merge_of_many_new_events_is_told_with_one_signal(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(Timeline.from_events(_events(3, "old")))
    before = list(document.timeline.events)
    one, many = _signals(document)
    new = _events(REPLACED_ONE_BY_ONE + 5)
    document.merge_events([], new, [], "Merge")
    assert one == [] and len(many) == 1 and set(many[0]) == {e.id for e in new}
    assert len(document.timeline) == 3 + len(new)
    document.undo_stack.undo()
    assert one == [] and len(many) == 2 and set(many[1]) == {e.id for e in new}
    assert list(document.timeline.events) == before
    document.undo_stack.redo()
    assert one == [] and len(many) == 3 and len(document.timeline) == 3 + len(new)
    document.merge_events([], _events(2, "few"), [], "Merge")  # a few: one signal each
    assert sorted(one) == ["few0", "few1"] and len(many) == 3


def test_an_import_of_many_events_and_its_undo_are_one_signal_each(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(Timeline())
    one, many = _signals(document)
    source = Source("article", "An article", text="text")
    events = _events(REPLACED_ONE_BY_ONE + 1)
    document.import_events(source, events)
    assert one == [] and len(many) == 1 and len(document.timeline) == len(events)
    assert "article" in document.timeline.sources
    document.undo_stack.undo()
    assert one == [] and len(many) == 2 and len(document.timeline) == 0
    assert "article" not in document.timeline.sources


def test_a_delete_of_many_events_and_its_undo_are_one_signal_each(qapp) -> None:  # type: ignore[no-untyped-def]
    events = _events(REPLACED_ONE_BY_ONE + 5)
    document = Document(Timeline.from_events(events))
    before = list(document.timeline.events)
    one, many = _signals(document)
    document.remove_events([e.id for e in events[:-1]])
    assert one == [] and len(many) == 1 and len(document.timeline) == 1
    document.undo_stack.undo()
    assert one == [] and len(many) == 2
    assert list(document.timeline.events) == before  # the same objects, in their order


def test_every_view_follows_many_events_added_and_removed(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    document = window.document
    count = len(document.timeline)
    window.selection.select("munich-meeting")
    new = [dataclasses.replace(e, category="summit <b>x</b>")
           for e in _events(REPLACED_ONE_BY_ONE + 5, "added")]
    document.merge_events([], new, [], "Merge")
    QApplication.processEvents()
    assert "summit <b>x</b>" in [lane.category for lane in window.view._layout().lanes]
    assert "summit <b>x</b>" in window.legend_bar.categories()
    model = window.event_list.table_model()
    assert model.rowCount() == count + len(new)
    assert model.row_of("added3") >= 0
    window.find_state.set_text("Event 3")
    assert window.find_state.is_shown("added3")
    document.undo_stack.undo()
    QApplication.processEvents()
    assert "summit <b>x</b>" not in [lane.category for lane in window.view._layout().lanes]
    assert "summit <b>x</b>" not in window.legend_bar.categories()
    assert model.rowCount() == count
    # a delete of many that takes the current event: nothing is left selected
    ids = [e.id for e in document.timeline][:REPLACED_ONE_BY_ONE + 2]
    window.selection.select(ids[0])
    document.remove_events(ids)
    assert window.selection.event_id == ""
    assert model.rowCount() == count - len(ids)
    assert not any(i in [e.id for lane in window.view._layout().lanes for e in lane.events]
                   for i in ids)
