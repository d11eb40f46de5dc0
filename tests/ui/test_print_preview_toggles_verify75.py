"""verify75 F15: the print preview's "One Page" and "Dated List" looked the same pressed
or not, and One Page on a timeline that already fits one page changed nothing visible,
without a word.  Each choice now shows a check box beside its words (ticked while on),
and a line under the pages says what a choice turned on or off did — or that it changed
nothing, and why.  Fails before session 57."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QToolButton
from test_verify43_prints import _briefing  # a timeline of 25 lanes by participant

PNG_DIR = Path(os.environ.get("EDIT77_PNG", "/work/coord/s57/png"))


def _look(window, monkeypatch, steps):  # type: ignore[no-untyped-def]
    """Print the window's timeline, ``steps(dialog, actions, status)`` run in the
    preview; what it returns."""
    seen: list[object] = []

    def look(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        bar = dialog.findChild(QToolBar, "printChoices")
        actions = {a.text(): a for a in bar.actions()}
        status = dialog.findChild(QLabel, "printPreviewStatus")
        seen.append(steps(dialog, actions, status))
        dialog.hide()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    window.print_timeline()
    return seen[0]


def test_the_choices_read_pressed_or_not(window, monkeypatch):  # type: ignore[no-untyped-def]
    def steps(dialog, actions, status):  # type: ignore[no-untyped-def]
        bar = dialog.findChild(QToolBar, "printChoices")
        for name in ("One Page", "Dated List", "Dated List Only", "Article Marks"):
            button = bar.widgetForAction(actions[name])
            assert isinstance(button, QToolButton)
            assert button.toolButtonStyle() == button.toolButtonStyle().ToolButtonTextBesideIcon
            icon = actions[name].icon()
            on = icon.pixmap(16, 16, QIcon.Mode.Normal, QIcon.State.On).toImage()
            off = icon.pixmap(16, 16, QIcon.Mode.Normal, QIcon.State.Off).toImage()
            assert not icon.isNull() and on != off  # a ticked box, an empty one
        actions["One Page"].trigger()
        QApplication.processEvents()
        said = [status.text()]
        if PNG_DIR.is_dir():
            dialog.resize(1100, 700)
            QApplication.processEvents()
            dialog.grab().save(str(PNG_DIR / "edit77-print-one-page.png"))
        actions["Dated List"].trigger()  # (on at first: now off)
        said.append(status.text())
        actions["Dated List Only"].trigger()
        actions["One Page"].trigger()  # off again, while the list is printed alone
        said.append(status.text())
        actions["Dated List Only"].trigger()
        actions["Dated List"].trigger()
        return said

    said = _look(window, monkeypatch, steps)
    assert said[0].startswith("One Page changes nothing here: the whole timeline fits on "
                              "one page with its titles readable already ("), said
    assert said[1] == "Dated List off: the timeline alone (1 page in all).", said
    assert said[2].startswith("One Page changes nothing while Dated List Only is on"), said


def test_one_page_says_what_it_did_when_the_timeline_goes_on_over_pages(
        window, monkeypatch):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_briefing(), None)
    window.view.set_lanes_by("participant")

    def steps(dialog, actions, status):  # type: ignore[no-untyped-def]
        preview = dialog.findChild(QPrintPreviewWidget)
        before = preview.pageCount()
        actions["One Page"].trigger()
        return before, preview.pageCount(), status.text()

    before, after, said = _look(window, monkeypatch, steps)
    assert after < before
    assert said == (f"One Page on: the whole timeline on the first page, its titles smaller "
                    f"({after} pages in all).")
    window._set_print_one_page(False)
