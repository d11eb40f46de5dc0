"""verify79 F5 in Filters: "Chad's army" and "Chadian army" are one row that ticks both
spellings; "Chad", the state, keeps its own row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.ui.filter_panel import _ValueList


def test_a_states_army_told_two_ways_is_one_row(qtbot):  # type: ignore[no-untyped-def]
    values = _ValueList("participants")
    qtbot.addWidget(values)
    values.set_values([("Chad", 2), ("Chad's army", 1), ("Chadian army", 1),
                       ("Desert Front", 1)], frozenset())
    shown = [values.list.item(row).text() for row in range(values.list.count())]
    assert shown == ["Chad (2)", "Chad's army (2)", "Desert Front (1)"]
    row = values.list.item(1)
    assert "Also written Chadian army" in row.toolTip()
    row.setCheckState(Qt.CheckState.Checked)
    assert values.checked() == {"Chad's army", "Chadian army"}
