"""The shared selection: one current event, and the set selected with it."""

from __future__ import annotations

from timeline_app.selection import EventSelection


def test_select_and_select_many_signal_what_changed(qtbot):
    selection = EventSelection()
    seen: list[tuple[str, object]] = []
    selection.changed.connect(lambda i: seen.append(("changed", i)))
    selection.ids_changed.connect(lambda: seen.append(("ids", selection.event_ids)))
    selection.select("a")
    assert seen == [("changed", "a"), ("ids", ("a",))]
    seen.clear()
    selection.select_many(["a", "b", "c"], "c")
    assert seen == [("changed", "c"), ("ids", ("a", "b", "c"))]
    seen.clear()
    selection.select_many(["a", "b", "c"], "c")  # no change, no signal
    assert seen == []
    selection.select_many(["b"], "x")  # the current one is always selected
    assert selection.event_ids == ("x", "b") and selection.event_id == "x"
    selection.select(None)
    assert selection.event_ids == () and selection.event_id == ""
