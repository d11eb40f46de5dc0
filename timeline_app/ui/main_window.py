"""The main window: the timeline in the middle, the event list and the detail pane beside it."""

from __future__ import annotations

import datetime as _dt
import html
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QToolBar,
    QWidget,
)

from timeline_app import __version__, settings
from timeline_app import io as timeline_io
from timeline_app.core import Event, Timeline
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui import prompts
from timeline_app.ui.article_pane import ArticlePane
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.event_list import EventList
from timeline_app.ui.jobs import BackgroundJob
from timeline_app.ui.timeline_view import TimelineView

if TYPE_CHECKING:  # the extractor loads on first import, not at start-up
    from timeline_app.ui.filter_panel import FilterPanel
    from timeline_app.ui.import_article import ArticleRequest

APP_NAME = "Diplomatic Timeline"
#: Bumped when the docks change, so that a layout saved by an older version is not restored.
WINDOW_STATE_VERSION = 2
#: Files larger than this open off the GUI thread (about 20 000 events).
BACKGROUND_LOAD_BYTES = 8 * 1024 * 1024


class MainWindow(QMainWindow):
    """One window, one document.

    Signals:
        import_finished(int): an article import ended; the number of events added
            (0 when cancelled, failed or nothing was accepted).
        open_finished(bool): File → Open ended; True if a timeline was opened.
    """

    import_finished = Signal(int)
    open_finished = Signal(bool)

    def __init__(self, timeline: Timeline, path: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.document = Document(timeline, path, self)
        self.selection = EventSelection(self)
        self.view = TimelineView(self.document, self.selection, self)
        self.setCentralWidget(self.view)
        self.detail_pane = DetailPane(self.document, self.selection, self)
        self.event_list = EventList(self.document, self.selection, self)
        self.article_pane = ArticlePane(self.document, self.selection, self)
        self._details_dock = self._dock("Details", "detailsDock", self.detail_pane,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self._article_dock = self._dock("Article", "articleDock", self.article_pane,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self._article_dock.visibilityChanged.connect(self.article_pane.set_active)
        self.tabifyDockWidget(self._details_dock, self._article_dock)
        self._details_dock.raise_()
        self._job: BackgroundJob | None = None
        self._job_cancelled: Callable[[], None] = lambda: None
        self._progress: QProgressDialog | None = None
        self._list_dock = self._dock("Events", "eventsDock", self.event_list,
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        self._status = QLabel(self)
        self.statusBar().addWidget(self._status, 1)
        self._build_actions()
        self._build_find_and_filter()
        self._build_context_menus()
        self._build_theme_menu()
        self._build_help_and_accessibility()
        self.document.modified_changed.connect(self.setWindowModified)
        self.document.path_changed.connect(self._update_title)
        self.document.reset.connect(self._update_title)
        for signal in (self.document.reset, self.document.event_added,
                       self.document.event_removed, self.document.event_changed,
                       self.view.view_changed, self.selection.changed):
            signal.connect(self._update_status)
        self._update_title()
        self._update_status()
        self.resize(1280, 800)
        self.resizeDocks([self._details_dock], [400], Qt.Orientation.Horizontal)
        self.resizeDocks([self._list_dock], [220], Qt.Orientation.Vertical)
        self._restore_geometry()

    # ------------------------------------------------------------------ set-up
    def _dock(self, title: str, name: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.open_action = self._action("&Open…", self.open_file, sk.Open, "Open a timeline file")
        self.save_action = self._action("&Save", self.save, sk.Save, "Save the timeline")
        self.save_as_action = self._action("Save &As…", self.save_as, sk.SaveAs)
        self.import_action = self._action("&Import Article…", self.import_article, "Ctrl+I",
                                          "Read an article and propose its dated events")
        quit_action = self._action("&Quit", self.close, sk.Quit)
        undo = self.document.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence(sk.Undo))
        redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence(sk.Redo))
        self.delete_action = self._action("&Delete Event", self.delete_selected,
                                          QKeySequence(Qt.Key.Key_Delete),
                                          "Delete the selected event (undoable)")
        self.zoom_in_action = self._action("Zoom &In", lambda: self.view.zoom_by(1.5),
                                           sk.ZoomIn, "Zoom in (+, Ctrl+wheel)")
        self.zoom_out_action = self._action("Zoom &Out", lambda: self.view.zoom_by(1 / 1.5),
                                            sk.ZoomOut, "Zoom out (−, Ctrl+wheel)")
        self.fit_action = self._action("&Fit All", self.view.fit_all, "Ctrl+0",
                                       "Show every event")
        self.goto_action = self._action("&Go to Date…", self.view.ask_go_to_date, "Ctrl+G",
                                        "Show a date, a month or a year")
        previous_action = self._action("&Previous Event", lambda: self.view.step_selection(-1),
                                       "Alt+Left")
        next_action = self._action("&Next Event", lambda: self.view.step_selection(+1),
                                   "Alt+Right")
        about = self._action(f"&About {APP_NAME}", self.show_about)

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        for action in (self.open_action, self.save_action, self.save_as_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = menu.addMenu("&Edit")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        view_menu = menu.addMenu("&View")
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action,
                       self.goto_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(previous_action)
        view_menu.addAction(next_action)
        view_menu.addSeparator()
        view_menu.addAction(self._details_dock.toggleViewAction())
        view_menu.addAction(self._article_dock.toggleViewAction())
        view_menu.addAction(self._list_dock.toggleViewAction())
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(about)

        toolbar = QToolBar("Timeline", self)
        toolbar.setObjectName("timelineToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.open_action, self.save_action, self.import_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action,
                       self.goto_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.selection.changed.connect(
            lambda event_id: self.delete_action.setEnabled(bool(event_id)))
        self.delete_action.setEnabled(bool(self.selection.event_id))

    # ------------------------------------------------------------------ find and filter
    def _build_find_and_filter(self) -> None:
        """Ctrl+F find bar, the legend (category toggles), the Filters dock, and the
        "N of M events shown" status; the view and the list follow ``self.find_state``."""
        from timeline_app.ui.find import FindBar, FindState
        from timeline_app.ui.legend import LegendBar

        self.find_state = FindState(self.document, self)
        # The status line repeats what was typed into the find bar: never rich text.
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self.find_bar = FindBar(self.find_state, self.selection, self)
        self._find_toolbar = QToolBar("Find", self)
        self._find_toolbar.setObjectName("findToolbar")
        self._find_toolbar.setMovable(False)
        self._find_toolbar.addWidget(self.find_bar)
        self.addToolBarBreak()
        self.addToolBar(self._find_toolbar)
        self._find_toolbar.hide()
        self.find_bar.closed.connect(self._find_toolbar.hide)
        self.find_bar.closed.connect(self.view.setFocus)
        self.find_bar.step_requested.connect(self.step_match)
        self.legend_bar = LegendBar(self.document, self.find_state, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.legend_bar)
        # The panel is built when first shown: its widgets cost start-up time.
        self._filter_panel: QWidget | None = None
        self._filter_dock = self._dock("Filters", "filtersDock", QWidget(self),
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self._filter_dock.hide()
        # The timeline keeps priority: the panel opens narrow (it can be widened).
        self._filter_dock.visibilityChanged.connect(self._on_filter_dock_shown)

        sk = QKeySequence.StandardKey
        self.find_action = self._action("&Find…", self.open_find, sk.Find,
                                        "Search titles, people, places, categories and "
                                        "source sentences")
        self.find_next_action = self._action("Find &Next", lambda: self.step_match(+1),
                                             sk.FindNext, "Select the next match (F3)")
        self.find_previous_action = self._action("Find Pre&vious", lambda: self.step_match(-1),
                                                 sk.FindPrevious,
                                                 "Select the previous match (Shift+F3)")
        filters_action = self._filter_dock.toggleViewAction()
        filters_action.setText("&Filters")
        filters_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        filters_action.setStatusTip("Show only some participants, places, an article or dates")
        self.clear_filters_action = self._action("&Clear Filters", self.find_state.clear_filter,
                                                 None, "Show every event again")
        menu = QMenu("F&ind", self)
        help_menu = next((a for a in self.menuBar().actions() if a.text() == "&Help"), None)
        if help_menu is not None:  # Help stays last
            self.menuBar().insertMenu(help_menu, menu)
        else:
            self.menuBar().addMenu(menu)
        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(filters_action)
        menu.addAction(self.clear_filters_action)
        menu.addAction(self.legend_bar.toggleViewAction())
        self.find_state.changed.connect(self._on_find_changed)
        self._on_find_changed()

    @property
    def filter_panel(self) -> FilterPanel:
        """The Filters dock's panel (built on first use)."""
        from timeline_app.ui.filter_panel import FilterPanel

        if self._filter_panel is None:
            self._filter_panel = FilterPanel(self.document, self.find_state, self)
            self._filter_dock.setWidget(self._filter_panel)
        assert isinstance(self._filter_panel, FilterPanel)
        return self._filter_panel

    def _on_filter_dock_shown(self, visible: bool) -> None:
        if visible:
            self.filter_panel  # noqa: B018 - build it now
        if visible and not self._filter_dock.isFloating():
            QTimer.singleShot(0, self, self._narrow_filter_dock)  # once the dock is laid out

    def _narrow_filter_dock(self) -> None:
        if self._filter_dock.width() > 320:
            self.resizeDocks([self._filter_dock], [260], Qt.Orientation.Horizontal)

    def open_find(self) -> None:
        self._find_toolbar.show()
        self.find_bar.open_bar()

    def step_match(self, delta: int) -> None:
        """Select the next (delta > 0) or previous match in date order; the view follows."""
        if self.find_state.matches is None:
            if not self._find_toolbar.isVisible():
                self.open_find()
            return
        found = self.find_state.step_match(self.selection.event_id, delta)
        if found is None:
            self.statusBar().showMessage("No matches", 3000)
            return
        self.selection.select(found)
        self.view.ensure_visible(found)

    def _on_find_changed(self) -> None:
        state = self.find_state
        self.view.set_emphasis(state.matches, state.hidden)
        set_filter = getattr(self.event_list, "set_find_state", None)
        if set_filter is not None:
            set_filter(state)
        if self.selection.event_id and not state.is_shown(self.selection.event_id):
            self.selection.select(None)  # a hidden event cannot stay selected
        self.clear_filters_action.setEnabled(bool(state.hidden))
        self._update_status()

    # ------------------------------------------------------------------ help, accessibility
    def _build_help_and_accessibility(self) -> None:
        """F1 guide, status-bar hints on every toolbar action, accessible names, and the
        selected event reported to accessibility clients."""
        from timeline_app.ui import accessibility

        self.guide_action = self._action("&Keyboard Guide", self.show_guide,
                                         QKeySequence.StandardKey.HelpContents,
                                         "Every shortcut and how to read the timeline (F1)")
        help_menu = next((a.menu() for a in self.menuBar().actions() if a.text() == "&Help"),
                         None)
        if help_menu is not None:
            help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None,
                                   self.guide_action)
        hints = {"Save &As…": "Save the timeline under a new name",
                 "&Quit": "Close the window (asks to save changes)",
                 "&Previous Event": "Select the previous event in date order (Alt+Left)",
                 "&Next Event": "Select the next event in date order (Alt+Right)",
                 "Details": "Show or hide the details of the selected event",
                 "Article": "Show or hide the article the selected event comes from",
                 "Events": "Show or hide the list of events",
                 "Legend": "Show or hide the category legend (click a category to hide it)"}
        for action in self.findChildren(QAction):
            if not action.statusTip() and action.text() in hints:
                action.setStatusTip(hints[action.text()])
        self.view.setAccessibleDescription(self.view.accessibleDescription()
                                           or f"{len(self.document.timeline)} events")
        self.selection.changed.connect(
            lambda _id: accessibility.announce_selection(self.view,
                                                         self.view.accessibleDescription()))
        self._guide: QWidget | None = None

    def show_guide(self) -> None:
        """The short in-app guide (resources/guide.md), in a window beside the timeline."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

        from timeline_app.paths import resource_path
        from timeline_app.ui.safe_text import SafeTextBrowser

        if self._guide is None:
            dialog = QDialog(self)
            dialog.setObjectName("guideDialog")
            dialog.setWindowTitle(f"{APP_NAME} — Keyboard Guide")
            layout = QVBoxLayout(dialog)
            browser = SafeTextBrowser(dialog)
            browser.setObjectName("guideText")
            browser.setAccessibleName("Keyboard guide")
            try:
                browser.setMarkdown(resource_path("guide.md").read_text(encoding="utf-8"))
            except OSError as error:
                browser.setPlainText(f"The guide could not be read: {error}")
            layout.addWidget(browser)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
            buttons.rejected.connect(dialog.close)
            layout.addWidget(buttons)
            dialog.resize(620, 640)
            self._guide = dialog
        self._guide.show()
        self._guide.raise_()

    # ------------------------------------------------------------------ theme
    def _build_theme_menu(self) -> None:
        """View → Theme: follow the system's light/dark scheme, or always light or dark."""
        from timeline_app.ui import theme

        view_menu = next((a.menu() for a in self.menuBar().actions() if a.text() == "&View"),
                         None)
        menu = QMenu("&Theme", self)
        group = QActionGroup(self)
        current = theme.current_theme()
        self.theme_actions: list[QAction] = []
        for name in theme.THEMES:
            action = QAction(theme.THEME_WORDS[name], self, checkable=True)
            action.setData(name)
            action.setChecked(name == current)
            action.setStatusTip("Colours: follow the desktop's light or dark scheme, "
                                "or always use light or dark")
            action.triggered.connect(lambda _checked=False, n=name: self.set_theme(n))
            group.addAction(action)
            menu.addAction(action)
            self.theme_actions.append(action)
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addMenu(menu)
        else:
            self.menuBar().addMenu(menu)

    def set_theme(self, name: str) -> None:
        from PySide6.QtWidgets import QApplication

        from timeline_app.ui import theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.set_theme(app, name)
        for action in self.theme_actions:
            action.setChecked(action.data() == name)

    # ------------------------------------------------------------------ context menus
    def _build_context_menus(self) -> None:
        """Right-click menus on the view and the list.

        ``self.event_context_actions`` holds the editing actions shown for an event
        (they act on the selected event; right-clicking selects it first): add Edit
        Event… and the like there.
        """
        self.event_context_actions: list[QAction] = [self.delete_action]
        self.timeline_context_actions: list[QAction] = [self.fit_action, self.goto_action,
                                                        self.find_action]
        for widget in (self.view.viewport(), self.event_list.viewport()):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.viewport().customContextMenuRequested.connect(
            lambda pos: self._show_context_menu(self.view.viewport(),
                                                self.view.event_at(QPointF(pos)), pos))
        self.event_list.viewport().customContextMenuRequested.connect(
            lambda pos: self._show_context_menu(self.event_list.viewport(),
                                                self.event_list.event_at(pos), pos))

    def context_menu_for(self, event_id: str) -> QMenu:
        """The right-click menu for an event ("" for the timeline itself); selects it."""
        from timeline_app.ui.context_menu import copy_event, event_menu

        timeline = self.document.timeline
        event = timeline.get(event_id) if event_id and event_id in timeline else None
        if event is not None:
            self.selection.select(event.id)
        return event_menu(
            self, event, zoom_to=self.zoom_to_event,
            copy=lambda e: copy_event(e, timeline.sources.get(e.source_id or "")),
            hide_category=self.find_state.toggle_category,
            editing_actions=self.event_context_actions,
            timeline_actions=self.timeline_context_actions)

    def _show_context_menu(self, widget: QWidget, event_id: str, pos: QPoint) -> None:
        from timeline_app.ui import context_menu

        menu = self.context_menu_for(event_id)
        context_menu.popup(menu, widget.mapToGlobal(pos))
        menu.deleteLater()

    def zoom_to_event(self, event: Event) -> None:
        """Show the event filling most of the view (a day among its two weeks)."""
        start, end = event.start_day.toordinal(), event.end_day.toordinal()
        if end - start <= 1:
            self.view.go_to_date(event.start_day, days_shown=14)
        else:
            self.view.show_range(start, end)
        self.selection.select(event.id)
        self.view.ensure_visible(event.id)

    # ------------------------------------------------------------------ status
    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(f"{self.document.display_name}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified)

    def _update_status(self, *_args: object) -> None:
        timeline = self.document.timeline
        first, last = self.view.visible_days()
        try:
            shown = (f"showing {_dt.date.fromordinal(max(1, int(first))).isoformat()} – "
                     f"{_dt.date.fromordinal(max(1, int(last))).isoformat()}")
        except (ValueError, OverflowError):
            shown = ""
        find_state = getattr(self, "find_state", None)
        count = find_state.status_text() if find_state is not None else f"{len(timeline)} events"
        parts = [count, shown]
        event_id = self.selection.event_id
        if event_id and event_id in timeline:
            event = timeline.get(event_id)
            parts.append(f"selected: {event.title} ({event.date.describe()})")
        self._status.setText(" · ".join(p for p in parts if p))

    # ------------------------------------------------------------------ commands
    def delete_selected(self) -> None:
        event_id = self.selection.event_id
        if not event_id or event_id not in self.document.timeline:
            return
        index = self.document.timeline.index_of(event_id)
        self.document.remove_event(event_id)
        # Select the event that took its place (or the new last one), so Delete can repeat.
        remaining = self.document.timeline.events
        self.selection.select(remaining[min(index, len(remaining) - 1)].id if remaining else None)

    def _last_directory(self) -> str:
        stored = settings.LAST_DIRECTORY.get(settings.open_settings())
        if stored and os.path.isdir(stored):
            return stored
        if self.document.path:
            return str(Path(self.document.path).parent)
        return str(Path.home())

    def open_file(self) -> bool:
        if not self._maybe_save():
            return False
        path = prompts.ask_open_path(self, self._last_directory())
        return bool(path) and self.open_path(path)  # type: ignore[arg-type]

    def open_path(self, path: str, background: bool | None = None) -> bool:
        """Open a timeline; on a bad file show why and keep the current timeline.

        Files over ``BACKGROUND_LOAD_BYTES`` load off the GUI thread (the window stays
        responsive and shows progress); ``open_finished`` tells when either way ends.
        Returns False if the file could not be opened (or a load is already running).
        """
        if background is None:
            try:
                background = os.path.getsize(path) > BACKGROUND_LOAD_BYTES
            except OSError:
                background = False  # the loader says what is wrong with it
        if not background:
            try:
                timeline = timeline_io.load(path)
            except timeline_io.FormatError as error:
                self._open_failed(error)
                return False
            self._opened(path, timeline)
            return True
        return self.run_in_background(
            lambda: timeline_io.load(path), "Open timeline", f"Opening {Path(path).name}…",
            lambda timeline: self._opened(path, timeline), self._open_failed,
            lambda: self.open_finished.emit(False))

    def _opened(self, path: str, timeline: object) -> None:
        assert isinstance(timeline, Timeline)
        settings.LAST_DIRECTORY.set(settings.open_settings(), str(Path(path).resolve().parent))
        self.selection.select(None)
        self.document.replace_timeline(timeline, str(path))
        self.statusBar().showMessage(f"Opened {path}", 5000)
        self.open_finished.emit(True)

    def _open_failed(self, error: Exception) -> None:
        if not isinstance(error, timeline_io.FormatError):  # a bug, not a bad file
            error = timeline_io.FormatError(None, "", f"{type(error).__name__}: {error}")
        prompts.show_error(self, "Cannot open timeline", str(error))
        self.open_finished.emit(False)

    def save(self) -> bool:
        if not self.document.path or self._is_bundled(self.document.path):
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        suggestion = self.document.path or str(Path(self._last_directory()) / "timeline.json")
        if self._is_bundled(suggestion):
            suggestion = str(Path(self._last_directory()) / Path(suggestion).name)
        path = prompts.ask_save_path(self, suggestion)
        return bool(path) and self._save_to(path)  # type: ignore[arg-type]

    def _save_to(self, path: str) -> bool:
        try:
            self.document.save(path)
        except OSError as error:
            prompts.show_error(self, "Cannot save timeline", str(error))
            return False
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    @staticmethod
    def _is_bundled(path: str) -> bool:
        """The default timeline ships with the app: saving over it would lose it."""
        from timeline_app.paths import DEFAULT_TIMELINE, resource_path

        try:
            return Path(path).resolve() == resource_path(DEFAULT_TIMELINE).resolve()
        except OSError:
            return False

    def _maybe_save(self) -> bool:
        """True if the current document may be replaced or closed without losing work."""
        if not self.document.is_modified:
            return True
        choice = prompts.ask_save_changes(self, self.document.display_name)
        if choice is prompts.SaveChoice.SAVE:
            return self.save()
        return choice is prompts.SaveChoice.DISCARD

    # ------------------------------------------------------------------ import
    def import_article(self) -> None:
        """File → Import article: ask for the text, extract off the GUI thread, review."""
        if self._job is not None:
            return  # one import at a time
        request = prompts.ask_article(self)
        if request is None:
            self.import_finished.emit(0)
            return
        self.start_extraction(request)

    def start_extraction(self, request: ArticleRequest) -> None:
        from timeline_app.extract import extract_events

        self.run_in_background(
            lambda: extract_events(request.text, request.dct, request.place),
            "Import article", f"Reading {request.name} and dating its events…",
            self._on_extracted, self._on_extraction_failed,
            lambda: self.import_finished.emit(0))

    def run_in_background(self, work: Callable[[], object], title: str, message: str,
                          done: Callable[[object], None], failed: Callable[[Exception], None],
                          cancelled: Callable[[], None]) -> bool:
        """Run ``work`` off the GUI thread with a progress dialog; one job at a time.

        Exactly one of ``done(result)``, ``failed(error)`` or ``cancelled()`` follows.
        """
        if self._job is not None:
            return False
        job = BackgroundJob(work)
        self._job = job
        self._job_cancelled = cancelled
        progress = QProgressDialog(message, "Cancel", 0, 0, self)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # quick work never flashes a dialog
        progress.canceled.connect(self._cancel_job)
        self._progress = progress
        job.signals.finished.connect(lambda result: self._job_ended(job, done, result))
        job.signals.failed.connect(lambda error: self._job_ended(job, failed, error))
        self.statusBar().showMessage(message)
        job.start()
        return True

    def _job_ended(self, job: BackgroundJob, handler: Callable[[Any], None],
                   value: object) -> None:
        if job is not self._job:
            return  # cancelled, or the window closed: the result is dropped
        self._end_job()
        handler(value)

    def _end_job(self) -> None:
        self._job = None
        if self._progress is not None:
            self._progress.canceled.disconnect(self._cancel_job)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self.statusBar().clearMessage()

    def _cancel_job(self) -> None:
        # A worker cannot be interrupted mid-call; its result is simply dropped.
        cancelled = self._job_cancelled
        self._end_job()
        cancelled()

    def _on_extraction_failed(self, error: Exception) -> None:
        prompts.show_error(self, "Cannot read the article", f"{type(error).__name__}: {error}")
        self.import_finished.emit(0)

    def _on_extracted(self, result: object) -> None:
        from timeline_app.extract import ExtractionResult

        assert isinstance(result, ExtractionResult)
        if not result.candidates:
            prompts.show_message(self, "Import article",
                                 "No dated events were found in the article.")
            self.import_finished.emit(0)
            return
        outcome = prompts.review_candidates(self, result, True)
        if outcome is None or not outcome.events:
            self.import_finished.emit(0)
            return
        if outcome.new_timeline:
            if not self._maybe_save():
                self.import_finished.emit(0)
                return
            self.selection.select(None)
            self.document.replace_timeline(
                Timeline(title=outcome.source.title or "Imported article"), None)
        self.document.import_events(outcome.source, outcome.events)
        self.view.fit_all()
        self.selection.select(outcome.events[0].id)
        self.statusBar().showMessage(f"Imported {len(outcome.events)} events", 5000)
        self.import_finished.emit(len(outcome.events))

    def show_about(self) -> None:
        prompts.show_about(
            self, f"About {APP_NAME}",
            f"<h3>{APP_NAME} {html.escape(__version__)}</h3>"
            "<p>News about diplomacy as a timeline you can read, check and keep.</p>"
            "<p>Keys: ←/→ previous/next event, Home/End first/last, +/− zoom, "
            "Shift+←/→ or drag to scroll, Ctrl+wheel zoom at the cursor, Ctrl+0 fit all, "
            "Ctrl+G go to date.</p>")

    # ------------------------------------------------------------------ geometry
    def _restore_geometry(self) -> None:
        store = settings.open_settings()
        geometry = settings.WINDOW_GEOMETRY.get(store)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.WINDOW_STATE.get(store)
        if not state.isEmpty():
            self.restoreState(state, WINDOW_STATE_VERSION)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._maybe_save():
            event.ignore()
            return
        if self._job is not None:  # an extraction still running: drop its result
            self._end_job()
        store = settings.open_settings()
        settings.WINDOW_GEOMETRY.set(store, self.saveGeometry())
        settings.WINDOW_STATE.set(store, self.saveState(WINDOW_STATE_VERSION))
        event.accept()
