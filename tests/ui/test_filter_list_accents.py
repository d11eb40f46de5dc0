"""Filters' "Narrow the participants list" is accent-blind, as Find is (verify37 F7).

After merging a Reuters and an AFP event the list held "Recep Tayyip Erdoğan (2)" and
"Recep Tayyip Erdogan (1)"; typing "erdogan" left only the second, so the two events of the
first could not be picked that way, while Ctrl+F "Erdogan" found all three.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.ui.filter_panel import _ValueList


def _shown(values: _ValueList) -> list[str]:
    return [values.list.item(row).text() for row in range(values.list.count())]


def test_narrowing_ignores_accents_and_whole_letters(qtbot):  # type: ignore[no-untyped-def]
    values = _ValueList("participants")
    qtbot.addWidget(values)
    values.set_values([("Recep Tayyip Erdoğan", 2), ("Łukasz Jasiński", 1),
                       ("Recep Tayyip Erdogan", 1), ("Sergei Lavrov", 3)], frozenset())
    qtbot.keyClicks(values.search, "erdogan")
    assert _shown(values) == ["Recep Tayyip Erdoğan (3)"]  # one row for both (F20)
    values.search.clear()
    qtbot.keyClicks(values.search, "Lukasz")
    assert _shown(values) == ["Łukasz Jasiński (1)"]
    values.search.setText("ERDOĞAN")
    assert _shown(values) == ["Recep Tayyip Erdoğan (3)"]


def test_new_values_are_narrowed_by_their_own_labels(qtbot):  # type: ignore[no-untyped-def]
    values = _ValueList("places")
    qtbot.addWidget(values)
    values.set_values([("İstanbul", 1)], frozenset())
    values.search.setText("istanbul")
    assert _shown(values) == ["İstanbul (1)"]
    values.set_values([("Ankara", 2), ("Łódź", 1)], frozenset())
    values.search.setText("lodz")
    assert _shown(values) == ["Łódź (1)"]


def test_two_spellings_of_a_name_are_one_row_that_ticks_both(qtbot):  # type: ignore[no-untyped-def]
    """verify37 F20: "Recep Tayyip Erdoğan (2)" and "Recep Tayyip Erdogan (1)" were two rows
    (Reuters' and AFP's events, not merged): ticking one showed the events of one outlet."""
    values = _ValueList("participants")
    qtbot.addWidget(values)
    values.set_values([("Sergei Lavrov", 3), ("Recep Tayyip Erdoğan", 2),
                       ("Recep Tayyip Erdogan", 1)], frozenset())
    assert _shown(values) == ["Sergei Lavrov (3)", "Recep Tayyip Erdoğan (3)"]
    row = values.list.item(1)
    assert "Also written Recep Tayyip Erdogan" in row.toolTip()
    row.setCheckState(Qt.CheckState.Checked)
    assert values.checked() == {"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"}
    values.set_shown({"Recep Tayyip Erdoğan": 2, "Recep Tayyip Erdogan": 1})
    assert values.list.item(1).text() == "Recep Tayyip Erdoğan (3)"
    row = values.list.item(1)
    row.setCheckState(Qt.CheckState.Unchecked)
    assert values.checked() == frozenset()
    # a filter saved with one spelling ticks the row
    values.set_values([("Recep Tayyip Erdoğan", 2), ("Recep Tayyip Erdogan", 1)],
                      frozenset({"Recep Tayyip Erdogan"}))
    assert values.list.item(0).checkState() == Qt.CheckState.Checked


def test_a_double_space_inside_a_name_is_no_second_row(qtbot):  # type: ignore[no-untyped-def]
    """fix63 made the lanes of "Kim  Jong Un" and "Kim Jong Un" one; Filters still listed
    two rows (``core.merge.participant_key`` kept the spaces inside a name)."""
    values = _ValueList("participants")
    qtbot.addWidget(values)
    values.set_values([("Kim Jong Un", 2), ("Kim  Jong Un", 1), ("Moon Jae-in", 1)],
                      frozenset())
    assert _shown(values) == ["Kim Jong Un (3)", "Moon Jae-in (1)"]
    values.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert values.checked() == {"Kim Jong Un", "Kim  Jong Un"}  # both spellings' events
