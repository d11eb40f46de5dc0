"""Open and Save stay on the toolbar whatever the number of lanes (verify47 F1): at
1366×768 and 125 % (a window ~1093 px wide) Save went behind the file group's "»" beside
the default timeline's six categories, and came back once a timeline had fewer lanes.
The legend takes a row of its own instead."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from timeline_app.core import Event, FuzzyDate


def _file_buttons_whole(window) -> bool:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    bar = next(b for b in window.findChildren(QToolBar)
               if window.open_action in b.actions())
    more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    buttons = [bar.widgetForAction(a) for a in (window.open_action, window.save_action)]
    return (all(b is not None and b.isVisible() for b in buttons)
            and (more is None or not more.isVisible()))


def test_save_stays_beside_open_at_a_laptops_width(window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1093, 614)  # 1366×768 at 125 %
    QApplication.processEvents()
    QApplication.processEvents()
    assert _file_buttons_whole(window)
    for n in range(6):  # more lanes: the buttons stay
        window.document.add_event(Event(f"x{n}", f"Lane {n}", FuzzyDate.of_year(2000 + n),
                                        category=f"lane {n}"))
        QApplication.processEvents()
        assert _file_buttons_whole(window)
    more = window.legend_bar.more_button()
    assert more is None or not more.isVisible() or window.legend_bar.width() >= 900
