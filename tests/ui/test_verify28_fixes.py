"""verify28's findings in the window: the keys after File → New, Alt+O in every dialog,
the basis of an event moved twice, an article imported into File → New's timeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from timeline_app.extract import extract_events
from timeline_app.ui import prompts
from timeline_app.ui.import_article import ReviewDialog

ARTICLE = (
    "GENEVA, May 14, 2024 (Reuters) - The foreign ministers of Norway and Chile met in Geneva "
    "on Tuesday to prepare a fisheries agreement. They last met in Oslo in January. "
    "The agreement is expected to be signed in September."
)


def test_file_new_gives_the_keys_to_the_timeline(window, qtbot):
    """Fault 7: with the Events list focused, File → New left the keys there: ← → Home
    and Ctrl+→ did nothing on the events added next (F2 and Delete still acted)."""
    window._list_dock.raise_()
    window.event_list.setFocus()
    assert window.focusWidget() is window.event_list
    assert window.new_timeline()
    assert window.focusWidget() is window.view
    window.event_list.setFocus()
    assert window.close_timeline()
    assert window.focusWidget() is window.view


@pytest.mark.parametrize("which", ["properties", "lane"])
def test_alt_o_is_ok_in_every_small_dialog(qtbot, which):
    """Fault 10: Alt+O did nothing in Timeline → Properties ("OK" has no letter on some
    desktops), where the event editor's OK takes it."""
    if which == "properties":
        from timeline_app.ui.timeline_properties import TimelinePropertiesDialog

        dialog = TimelinePropertiesDialog("Talks", "", None, "")
    else:
        from timeline_app.ui.lane_dialog import LaneNameDialog

        dialog = LaneNameDialog(None, "Rename Lane", "New name:", "Talks")
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&OK"
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):  # (Alt shortcuts need an active window)
        dialog.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_O,
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic clicks after a flash
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_article_imported_into_file_new_names_the_timeline(window, qtbot, monkeypatch):
    """Fault 10: an article imported into File → New's empty timeline kept "Untitled
    timeline" (and TimelineJS exports used it as their headline); Undo takes both back."""
    assert window.new_timeline()
    monkeypatch.setattr(prompts, "read_article_events", lambda *_a: extract_events(ARTICLE))

    def review(_parent, result, can_add, existing=(), prefer_new=False):  # type: ignore[no-untyped-def]
        dialog = ReviewDialog(result, can_add)
        qtbot.addWidget(dialog)
        return dialog.outcome()

    monkeypatch.setattr(prompts, "review_candidates", review)
    with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
        window.import_action.trigger()
    assert blocker.args[0] > 0
    document = window.document
    assert document.timeline.title == "Reuters, Geneva, 14 May 2024"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.timeline.title == "Untitled timeline" and not document.timeline.events


def test_an_import_into_a_named_timeline_keeps_its_name(window, qtbot, monkeypatch):
    before = window.document.timeline.title
    monkeypatch.setattr(prompts, "read_article_events", lambda *_a: extract_events(ARTICLE))
    monkeypatch.setattr(prompts, "review_candidates",
                        lambda _p, result, can_add, *a, **k: ReviewDialog(result, can_add)
                        .outcome())
    monkeypatch.setattr(window, "_offer_title_years", lambda *_a, **_k: False)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    assert window.document.timeline.title == before
