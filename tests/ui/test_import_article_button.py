"""Import Article keeps its toolbar button beside many lanes (verify34, F11: a teacher
importing with the button lost it behind "»" when his class timeline grew to eleven
lanes; Open and Save yield first, as before)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QToolBar

from timeline_app.core import Event, FuzzyDate


def _add_lanes(window, names) -> None:  # type: ignore[no-untyped-def]
    for n, lane in enumerate(names):
        window.document.add_event(Event(id=f"lane{n}", title=f"Talks {n}",
                                        date=FuzzyDate.of_ymd(2024, 5, 3 + n), category=lane))
        QApplication.processEvents()


def test_import_article_stays_beside_twelve_lanes(window, qtbot):
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.width() == 1600)
    _add_lanes(window, ["Statement", "Event", "Cabinet meetings", "Court cases"])
    legend = window.legend_bar
    qtbot.waitUntil(lambda: all(chip.isVisible() for chip in legend.buttons().values()))
    QApplication.processEvents()
    article = window.findChild(QToolBar, "articleToolbar")
    button = article.widgetForAction(window.import_action)
    assert button.isVisible() and button.text() == "Import…"
    assert window.import_action.statusTip()  # what it does, on the status bar and its tip
    # the file group yields first
    toolbar = window.findChild(QToolBar, "timelineToolbar")
    assert article.geometry().left() >= toolbar.geometry().right()


def test_a_window_layout_saved_before_the_button_had_its_bar(window, qtbot):
    """A window state saved by the version before (no "articleToolbar" in it): Qt put the
    unnamed bar on a row of its own; it goes back beside the navigation group."""
    from timeline_app import settings
    from timeline_app.ui.main_window import WINDOW_STATE_VERSION

    article = window.findChild(QToolBar, "articleToolbar")
    navigation = window.findChild(QToolBar, "navigationToolbar")
    window.removeToolBar(article)
    old_state = window.saveState(WINDOW_STATE_VERSION)
    window.addToolBar(article)  # (a row of its own: where Qt left it after the restore)
    article.show()
    settings.WINDOW_STATE.set(settings.open_settings(), old_state)
    window._restore_geometry()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: article.isVisible())
    assert article.geometry().top() == navigation.geometry().top()
    assert article.geometry().right() <= navigation.geometry().left()
