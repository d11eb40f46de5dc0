"""Telling assistive technology (screen readers) what changed in the painted timeline.

The timeline view paints its events rather than using child widgets, so a screen
reader cannot discover the selected event by itself: the view's accessible
description names it, and ``announce_selection`` sends the events clients listen
to (description changed, and an announcement of the new selection).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QAbstractScrollArea, QTabBar, QWidget


def send(event: QAccessibleEvent) -> None:
    """Deliver an accessibility event; tests replace this to record what is sent."""
    QAccessible.updateAccessibility(event)


def announce_selection(widget: QWidget, text: str) -> None:
    """Report a new selection in ``widget`` (described by ``text``) to accessibility clients."""
    send(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
    send(QAccessibleEvent(widget, QAccessible.Event.Selection))
    if text:
        send(QAccessibleAnnouncementEvent(widget, text))


#: Focus reasons that mean the keyboard brought the focus (Tab, Shift+Tab, a mnemonic).
_KEYBOARD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                     Qt.FocusReason.ShortcutFocusReason)
#: The keys went to another window or a menu, and come back from it.
_AWAY_REASONS = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


def _name_dock_tabs(bar: QTabBar) -> None:
    """A name for a main window's tab bar of docks, which Qt makes without one: a screen
    reader said "page tab list" alone at that Tab stop (fix63)."""
    if not bar.accessibleName():
        bar.setAccessibleName("Panels")


class FocusRing(QWidget):
    """A 2 px frame in the highlight colour laid over the inside edge of a widget (its
    sibling, above it; clicks pass through).  Qt's ``QFocusFrame`` sits outside its
    widget's edge: around a dock's pane or the timeline, which fill their space, all but
    one side of it was cut off (session 9: no focus to be seen at those Tab stops)."""

    WIDTH = 2

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("keyboardFocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._widget: QWidget | None = None

    def widget(self) -> QWidget | None:
        """The widget ringed, if any."""
        return self._widget

    def set_widget(self, widget: QWidget | None) -> None:
        """Ring ``widget`` (``None``: none; the ring hides)."""
        self._widget = widget
        if widget is None or widget.parentWidget() is None:
            self.hide()
            return
        if self.parentWidget() is not widget.parentWidget():
            self.setParent(widget.parentWidget())
        self.follow()
        self.show()

    def follow(self) -> None:
        """Over the widget's geometry again (it moved or was resized)."""
        if self._widget is not None:
            self.setGeometry(self._widget.geometry())
            self.raise_()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        half = self.WIDTH / 2
        painter.setPen(QPen(self.palette().highlight().color(), self.WIDTH))
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()


class KeyboardFocusRing(QObject):
    """A ring around a painted widget (the timeline) while the keyboard's focus is in it.

    The timeline paints itself and draws no focus frame, so Tab through the window left
    the focus nowhere to be seen (new-user trial 9). The ring is a ``FocusRing``: a
    widget of its own laid over the target's edge, so the target's own pixels do not
    change. It shows when the focus comes by Tab, Shift+Tab or a mnemonic (as browsers'
    :focus-visible does) and goes when the focus leaves; a click gives no ring.

    Until the first click, the keys coming to a watched widget any other way (the window
    opening or activated, a file opened, a dialog closed) mark it too: a widget with a
    frame (the timeline, the Events list, the panes) has its own frame drawn in the
    highlight colour (``edged``), nothing laid over its pixels; one without, the ring
    (verify86 F5: at start the timeline had the keys and nothing showed it).  fix91's
    ring at start laid a ``FocusRing`` over the timeline: its pixels went into the
    timeline's own, it was painted again and the window laid out again as it came and
    went (``test_list55_kept_rows``, ``test_first_show_laid_out_once``,
    ``test_list50_keys``).  The frame is the scroll area's, outside its viewport:
    drawing it repaints the frame's pixels alone.

    A watched widget that cannot be seen (in a dock tab behind another: Qt keeps it
    "visible", off the window) is passed over by Tab and Shift+Tab, as a tab widget's
    hidden pages are: the focus went there and was nowhere to be seen (new-user trial 9,
    the Events and Article tabs behind Details).
    """

    #: Covered widgets passed over in a row at most (a chain of nothing but covered ones).
    MAX_PASSED = 8
    # (read by ``eventFilter``, which Qt may still call while the object is taken down)
    _edged: QWidget | None = None
    _window: QWidget | None = None

    def __init__(self, widgets: list[QWidget], parent: QObject | None = None,
                 tab_bars_of: QWidget | None = None) -> None:
        """Args: the widgets to ring; the parent; a main window whose dock tab bars (made
        and remade by its layout as docks are tabbed) are ringed too: Tab stops on them,
        and the style marks the focused tab not at all (seen under X11, session 9)."""
        super().__init__(parent)
        self._frame: FocusRing | None = None
        self._passed = 0  # covered widgets the focus came to in a row
        #: The widget ringed when another window (a dialog) or a menu took the keys.
        self._ringed_away: QWidget | None = None
        #: No watched widget has had the keys by a click yet (see the class docstring).
        self._no_click_yet = True
        #: The watched widget whose frame is drawn in the highlight colour, if any.
        self._edged: QWidget | None = None
        for widget in widgets:
            widget.installEventFilter(self)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._count_covered)
        self._window = tab_bars_of
        if tab_bars_of is not None:
            tab_bars_of.installEventFilter(self)
            for bar in tab_bars_of.findChildren(QTabBar, "",
                                                Qt.FindChildOption.FindDirectChildrenOnly):
                bar.installEventFilter(self)
                _name_dock_tabs(bar)
        # Made after the window's first paint (``MainWindow``'s deferred panels): the keys
        # may be in a watched widget already, their FocusIn gone by.
        focused = next((widget for widget in widgets if widget.hasFocus()), None)
        if focused is not None:
            self._mark_at_start(focused)

    def edged(self) -> QWidget | None:
        """The widget whose frame is drawn in the highlight colour now, if any."""
        return self._edged

    @staticmethod
    def _frame_region(widget: QWidget) -> QRegion:
        return QRegion(widget.rect()).subtracted(QRegion(widget.contentsRect()))

    def _mark_at_start(self, widget: QWidget) -> None:
        """Show that ``widget`` has the keys, which came to it before any click."""
        if isinstance(widget, QAbstractScrollArea) and widget.frameWidth() > 0:
            self._set_edged(widget)
            return
        if self._frame is None:
            self._frame = FocusRing()
        self._frame.set_widget(widget)

    def _set_edged(self, widget: QWidget | None) -> None:
        old, self._edged = self._edged, widget
        if old is widget:
            return
        for each, on in ((old, False), (widget, True)):
            if isinstance(each, QAbstractScrollArea):
                viewport = each.viewport()
                viewport.removeEventFilter(self)
                if on:  # (a click there ends the marking at start)
                    viewport.installEventFilter(self)
                each.update(self._frame_region(each))

    def _draw_edge(self, widget: QWidget, event: QEvent) -> None:
        """``widget`` painted as always, then its frame drawn over in the highlight colour
        (at 3:1 on its base, ``theme.visible_edge``)."""
        widget.event(event)
        from timeline_app.ui.theme import visible_edge

        palette = widget.palette()
        color = visible_edge(palette.color(QPalette.ColorRole.Highlight),
                             palette.color(QPalette.ColorRole.Base),
                             palette.color(QPalette.ColorRole.Text))
        painter = QPainter(widget)
        painter.setClipRegion(self._frame_region(widget))
        painter.fillRect(widget.rect(), color)
        painter.end()

    @staticmethod
    def _covered(widget: QWidget) -> bool:
        return widget.window().isVisible() and widget.visibleRegion().isEmpty()

    def _count_covered(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self._covered(new):
            self._passed = 0

    def _pass_over(self, widget: QWidget, forward: bool) -> None:
        """Move the focus on from ``widget``, which Tab put where it cannot be seen."""
        if widget.hasFocus() and self._passed < self.MAX_PASSED:
            self._passed += 1
            window = widget.window()
            window.focusNextChild() if forward else window.focusPreviousChild()

    def target(self) -> QWidget | None:
        """The widget ringed now, if any."""
        return self._frame.widget() if self._frame is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._edged is not None:
            if event.type() == QEvent.Type.Paint and watched is self._edged:
                self._draw_edge(self._edged, event)
                return True
            if (event.type() == QEvent.Type.MouseButtonPress
                    and isinstance(self._edged, QAbstractScrollArea)
                    and watched is self._edged.viewport()):
                self._no_click_yet = False
                self._set_edged(None)
                return False
        if watched is self._window:
            if event.type() == QEvent.Type.ChildPolished:
                child = event.child()  # type: ignore[attr-defined]
                if isinstance(child, QTabBar):
                    child.removeEventFilter(self)  # polished again: watched once
                    child.installEventFilter(self)
                    _name_dock_tabs(child)
            return False
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.FocusIn:
            reason = event.reason()  # type: ignore[attr-defined]
            tabbed = reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
            if tabbed and self._covered(watched):
                forward = reason == Qt.FocusReason.TabFocusReason
                QTimer.singleShot(0, self, lambda: self._pass_over(watched, forward))
                return False
            # Back from a dialog or a menu, the ring comes back where it was: Enter in
            # the Events list, then Esc in the editor, left the list without its frame
            # (verify25, finding 5).
            back = reason in _AWAY_REASONS and watched is self._ringed_away
            self._ringed_away = None
            if reason == Qt.FocusReason.MouseFocusReason:
                self._no_click_yet = False
            if reason in _KEYBOARD_REASONS or back:
                if self._frame is None:
                    self._frame = FocusRing()
                self._frame.set_widget(watched)
            elif self._no_click_yet:
                self._mark_at_start(watched)
        elif event.type() == QEvent.Type.FocusOut and watched is self._edged:
            self._set_edged(None)
        elif event.type() == QEvent.Type.FocusOut and self.target() is watched:
            assert self._frame is not None
            reason = event.reason()  # type: ignore[attr-defined]
            self._ringed_away = watched if reason in _AWAY_REASONS else None
            self._frame.set_widget(None)
        elif event.type() in (QEvent.Type.Move, QEvent.Type.Resize) \
                and self.target() is watched:
            assert self._frame is not None
            self._frame.follow()
        return False
