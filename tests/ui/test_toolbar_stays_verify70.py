"""The toolbar's buttons stay put as lanes come (verify70 F18: after an import the wider
legend put Open behind "»", and after the next it took a row of its own, Open back).
Where the entries fit beside every button without the "Categories:" title, the title is
left out rather than a button; on a row of its own the title is back."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QToolBar

from timeline_app.core import Event, FuzzyDate


def test_a_tenth_lane_leaves_out_the_title_not_open(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    QApplication.processEvents()
    legend = window.legend_bar
    toolbar = window.findChild(QToolBar, "timelineToolbar")
    open_button = toolbar.widgetForAction(window.open_action)
    assert open_button.isVisible() and legend._title.text() == "Categories: "
    for n, lane in enumerate(["statement", "event"]):
        window.document.add_event(Event(id=f"x{n}", title=f"Talks {n}",
                                        date=FuzzyDate.of_ymd(2024, 5, 3 + n), category=lane))
        QApplication.processEvents()
    chips = legend.buttons()
    qtbot.waitUntil(lambda: all(chip.isVisible() for chip in chips.values()))
    assert not window.toolBarBreak(legend)
    assert open_button.isVisible()  # (it went behind "»")
    assert legend._title.text() == ""
    window.document.add_event(Event(id="x2", title="Talks 2",
                                    date=FuzzyDate.of_ymd(2024, 5, 5), category="Sudan talks"))
    chips = legend.buttons()
    qtbot.waitUntil(lambda: all(chip.isVisible() for chip in chips.values()))
    assert window.toolBarBreak(legend)  # a row of its own: the title back
    assert legend._title.text() == "Categories: " and open_button.isVisible()
