"""Session 14, branch ux15: the whole-timeline picture's view owns its ``EventSelection``
(gc14's "Not done": made without a Qt parent, it was Python-owned and freed by the
garbage collector on its own schedule, in any order against the view using it, the
family of the segfault gc14 traced in the idle full collection)."""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from timeline_app.selection import EventSelection


def test_the_pictures_selection_lives_and_dies_with_its_view(qtbot, window):  # type: ignore[no-untyped-def]
    """The selection is the view's Qt child: after a full collection with no Python
    reference to either left (the view kept by a Qt parent only), it is still whole and
    the view still paints; deleting the view deletes it (nothing left for the
    collector).  Fails on 51a05ef: the selection had no parent."""
    from timeline_app.ui.export_picture import whole_timeline_view
    from timeline_app.ui.timeline_view import TimelineView

    holder = QWidget()
    qtbot.addWidget(holder)
    view = whole_timeline_view(window.document)
    [selection] = view.findChildren(EventSelection)
    assert view.findChild(EventSelection) is selection
    view.setParent(holder)
    del view, selection
    gc.collect()
    [view] = holder.findChildren(TimelineView)
    [selection] = view.findChildren(EventSelection)
    assert shiboken6.isValid(selection)
    selection.select(window.document.timeline.events[0].id)  # the view follows it
    assert not view.grab().isNull()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(selection)
