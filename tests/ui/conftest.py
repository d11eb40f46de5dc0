"""GUI test fixtures: an isolated settings file and no modal dialog ever blocking a test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline_app import settings
from timeline_app.ui import prompts
from timeline_app.ui.view_settings import set_in_view


class PromptRecorder:
    """Stands in for every modal prompt; tests set answers and read what was shown."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.error_details: list[str] = []
        #: Save As onto an existing file: the answer to "replace it?" and the questions.
        self.replace = True
        self.replace_questions: list[str] = []
        #: Save on a read-only file: the answer to "Save As instead?" and the questions.
        self.save_copy = False
        self.save_copy_questions: list[str] = []
        #: A save that raises the file's format version: the answer ("save", "copy",
        #: "cancel") and the (name, what it keeps) asked about.
        self.format_upgrade = "save"
        self.format_upgrade_questions: list[tuple[str, str]] = []
        self.save_changes_before: list[str] = []
        self.open_path: str | None = None
        self.open_titles: list[str] = []  # the titles of the open dialogs asked
        self.save_path: str | None = None
        self.save_choice = prompts.SaveChoice.CANCEL
        self.asked_save_changes = 0
        self.export_path: str | None = None
        #: A data export under a filter: only those shown (True), every event (False),
        #: Cancel (None); and the questions asked (shown, total).
        self.export_scope: bool | None = False
        self.export_scope_questions: list[tuple[int, int]] = []
        self.export_scope_words: list[str] = []  # (what the question says is shown)
        #: An export's "Replace file?" refused brings the file dialog back: there the
        #: person picks these in turn, then cancels.  Its suggestions are kept.
        self.export_paths_after_refusal: list[str] = []
        #: Save As's likewise (verify36 F12).
        self.save_paths_after_refusal: list[str] = []
        self.export_suggestions: list[str] = []
        self.export_titles: list[str] = []  # (the file dialogs' titles)
        self.export_notes: list[str] = []  # (what a data export's dialog says it holds)
        self.picture_width: str | None = "report"
        self.picture_width_questions: list[tuple[str, str, str, int]] = []
        self._replace_refused = False
        self.summaries: list[tuple[str, str]] = []
        self.csv_mapping: dict[str, int] | None = None  # None: accept the dialog's guesses
        self.csv_cancel = False
        self.row_errors: list[object] = []
        self.accept_row_errors = True
        #: Drives the real event editor as a person would (keys, clicks); None cancels.
        self.edit_script: Callable[[Any], None] | None = None
        self.editors: list[Any] = []
        self.messages: list[tuple[str, str]] = []
        self.message_details: list[str] = []  # each message's Details ("" for none)
        self.discard_questions: list[str] = []
        #: Delete of several events, some out of sight: the answer, the questions
        #: (count, unseen) asked and the titles each named.
        self.delete_many = True
        self.delete_many_questions: list[tuple[int, int]] = []
        self.delete_many_titles: list[list[str]] = []
        self.save_suggestions: list[str] = []
        self.properties: tuple[str, str] | None = None
        self.restore: Any = True  # or a function of the offered copy
        self.reload = False
        self.reload_offers: list[tuple[str, bool]] = []
        self.overwrite = False
        self.overwrite_offers: list[str] = []
        self.recovery_offers: list[Any] = []
        self.recovery_positions: list[tuple[int, int]] = []
        #: File → Import article: the request typed into the real article dialog before
        #: Extract Events is clicked; None (and no ``article_script``) cancels the dialog.
        self.article: Any = None
        #: Drives the real article dialog as a person would; the recorder then waits for a
        #: reading under way to end and returns what the dialog accepted.
        self.article_script: Callable[[Any], None] | None = None
        self.article_dialogs: list[Any] = []
        #: The article's date typed when the import asks for it (None cancels); the
        #: questions asked and the dates proposed.
        self.article_date: str | None = None
        self.article_date_questions: list[tuple[str, str]] = []
        #: A text of several articles: read as one (True) or back to editing; or, when
        #: ``several_answer`` is set, that answer (``prompts.EACH_ARTICLE``, …).  The
        #: questions asked: (count, the second article's first line, the date's words,
        #: what was said of a very long text, or "").
        self.read_as_one = True
        self.read_timeline_file_as_article = False
        self.read_as_article_questions: list[str] = []
        self.several_answer: str | None = None
        self.several_articles: list[tuple[int, str, str, str]] = []

    def ask_several_articles(self, _parent: object, count: int, second: str,
                             date_words: str, long_words: str = "") -> str:
        from timeline_app.ui import prompts

        self.several_articles.append((count, second, date_words, long_words))
        if self.several_answer is not None:
            return self.several_answer
        return prompts.AS_ONE_ARTICLE if self.read_as_one else prompts.BACK_TO_EDITING

    def ask_csv_mapping(self, _parent: object, table: object, _name: str,
                        _parse: object) -> dict[str, int] | None:
        if self.csv_cancel:
            return None
        return self.csv_mapping if self.csv_mapping is not None else dict(table.mapping)  # type: ignore[attr-defined]

    def confirm_row_errors(self, _parent: object, errors: list[object], _good: int) -> bool:
        self.row_errors = list(errors)
        return self.accept_row_errors

    def show_error(self, _parent: object, title: str, message: str, details: str = "") -> None:
        self.errors.append((title, message))
        self.error_details.append(details)

    def ask_read_as_article(self, _parent: object, message: str) -> bool:
        """A timeline file opened as an article: read it so (``read_timeline_file_as_
        article``, False by default: Cancel) and the questions asked."""
        self.read_as_article_questions.append(message)
        return self.read_timeline_file_as_article

    def ask_replace(self, _parent: object, message: str) -> bool:
        self.replace_questions.append(message)
        self._replace_refused = not self.replace
        return self.replace

    def ask_export_scope(self, _parent: object, _kind: str, shown: int, total: int,
                         shown_words: str = "") -> bool | None:
        self.export_scope_questions.append((shown, total))
        self.export_scope_words.append(shown_words)
        return self.export_scope

    def ask_picture_width(self, _parent: object, kind: str, what: str, key: str,
                          screen: int) -> str | None:
        """File → Export → PNG / SVG picture's width (``prompts.ask_picture_width``):
        ``picture_width`` ("report" by default: the picture made before it was asked),
        the questions kept in ``picture_width_questions``."""
        self.picture_width_questions.append((kind, what, key, screen))
        return self.picture_width

    def ask_export_path(self, _parent: object, _title: str, suggestion: str,
                        _filter: str, note: str = "") -> str | None:
        self.export_titles.append(_title)
        self.export_notes.append(note)
        self.export_suggestions.append(suggestion)
        if self._replace_refused:
            self._replace_refused = False
            return (self.export_paths_after_refusal.pop(0)
                    if self.export_paths_after_refusal else None)
        return self.export_path

    def ask_format_upgrade(self, _parent: object, name: str, kept: str) -> str:
        self.format_upgrade_questions.append((name, kept))
        return self.format_upgrade

    def ask_save_copy(self, _parent: object, message: str) -> bool:
        self.save_copy_questions.append(message)
        return self.save_copy

    def edit_event(self, parent: Any, timeline: Any, event: Any, initial_date: Any = None,
                   heading: str = "", *, initial_category: str = "",
                   initial_participants: tuple[str, ...] = (),
                   initial_location: str = "", merge_target: list[str] | None = None,
                   guess_category: bool = False) -> Any:
        from PySide6.QtWidgets import QDialog

        from timeline_app.ui.event_editor import EventEditor

        dialog = EventEditor(timeline, event, initial_date, heading, parent,
                             initial_category=initial_category,
                             initial_participants=initial_participants,
                             initial_location=initial_location,
                             offer_merge=merge_target is not None,
                             guess_category=guess_category)
        self.editors.append(dialog)
        if self.edit_script is not None:
            dialog.show()
            self.edit_script(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        dialog.hide()
        if accepted and merge_target is not None and dialog.merge_target():
            merge_target.append(dialog.merge_target())
        return dialog.edited_event() if accepted else None

    def read_article_events(self, parent: Any, article: Any = None, *,
                            timeline_days: Any = (), article_days: Any = None,
                            kept: bool = False, discarded: Any = None) -> Any:
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QDialog

        from timeline_app.ui.import_article import ArticleDialog

        dialog = ArticleDialog(parent)
        dialog.timeline_days = tuple(timeline_days)  # as prompts.read_article_events
        dialog.article_days = dict(article_days or {})
        if discarded is not None:
            dialog.discarded.connect(discarded)
        self.article_dialogs.append(dialog)
        if article is not None and kept:
            dialog.show_kept(article)
        elif article is not None:
            dialog.restore(article, "")
        dialog.show()
        if self.article_script is not None:
            self.article_script(dialog)
        elif self.article is not None:
            dialog.restore(self.article, "")
            dialog.extract_button.click()
        else:
            dialog.reject()
        if dialog.is_extracting():  # as qtbot.waitSignal does: a local loop with a time bound
            loop = QEventLoop()
            dialog.extraction_ended.connect(loop.quit)
            QTimer.singleShot(20000, loop.quit)
            loop.exec()
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        dialog.hide()
        return (dialog.batch or dialog.extraction) if accepted else None

    def ask_save_path(self, _parent: object, suggestion: str) -> str | None:
        self.save_suggestions.append(suggestion)
        if self._replace_refused:  # Save As's "Replace file?" refused: the dialog again
            self._replace_refused = False
            return (self.save_paths_after_refusal.pop(0)
                    if self.save_paths_after_refusal else None)
        return self.save_path

    def ask_restore_recovery(self, _parent: object, copy: Any,
                             position: tuple[int, int] = (1, 1)) -> bool | None:
        self.recovery_offers.append(copy)
        self.recovery_positions.append(position)
        return self.restore(copy) if callable(self.restore) else self.restore

    def ask_reload_changed(self, _parent: object, name: str, has_edits: bool) -> bool:
        self.reload_offers.append((name, has_edits))
        return self.reload

    def ask_overwrite_changed(self, _parent: object, name: str) -> bool:
        self.overwrite_offers.append(name)
        return self.overwrite

    def ask_article_date(self, _parent: object, message: str, suggestion: str) -> str | None:
        self.article_date_questions.append((message, suggestion))
        return self.article_date

    def show_message(self, _parent: object, title: str, message: str,
                     details: str = "") -> None:
        self.messages.append((title, message))
        self.message_details.append(details)

    def ask_save_changes(self, _parent: object, _name: str,
                         before: str = "") -> prompts.SaveChoice:
        self.asked_save_changes += 1
        self.save_changes_before.append(before)
        return self.save_choice


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path_factory.mktemp("settings") / "settings.ini"
    monkeypatch.setenv(settings.SETTINGS_FILE_ENV, str(path))
    monkeypatch.setenv("TIMELINE_APP_RECOVERY_DIR", str(tmp_path_factory.mktemp("recovery")))


@pytest.fixture(autouse=True)
def recorded_prompts(monkeypatch: pytest.MonkeyPatch) -> Iterator[PromptRecorder]:
    recorder = PromptRecorder()
    monkeypatch.setattr(prompts, "show_error", recorder.show_error)
    monkeypatch.setattr(prompts, "show_about", lambda *_a: None)
    def open_path(*args: object) -> str | None:
        recorder.open_titles.append(str(args[2]) if len(args) > 2 else "Open timeline")
        return recorder.open_path

    monkeypatch.setattr(prompts, "ask_open_path", open_path)
    monkeypatch.setattr(prompts, "ask_save_path", recorder.ask_save_path)
    monkeypatch.setattr(prompts, "ask_timeline_properties", lambda *_a: recorder.properties)
    monkeypatch.setattr(prompts, "ask_save_changes", recorder.ask_save_changes)
    monkeypatch.setattr(prompts, "ask_replace", recorder.ask_replace)
    monkeypatch.setattr(prompts, "ask_read_as_article", recorder.ask_read_as_article)
    monkeypatch.setattr(prompts, "ask_save_copy", recorder.ask_save_copy)
    monkeypatch.setattr(prompts, "ask_format_upgrade", recorder.ask_format_upgrade)
    monkeypatch.setattr(prompts, "ask_export_path", recorder.ask_export_path)
    monkeypatch.setattr(prompts, "ask_export_scope", recorder.ask_export_scope)
    monkeypatch.setattr(prompts, "ask_picture_width", recorder.ask_picture_width)
    monkeypatch.setattr(prompts, "ask_csv_mapping", recorder.ask_csv_mapping)
    monkeypatch.setattr(prompts, "confirm_row_errors", recorder.confirm_row_errors)
    monkeypatch.setattr(prompts, "show_import_summary",
                        lambda _p, title, text: recorder.summaries.append((title, text)))
    monkeypatch.setattr(prompts, "edit_event", recorder.edit_event)
    monkeypatch.setattr(prompts, "ask_reload_changed", recorder.ask_reload_changed)
    monkeypatch.setattr(prompts, "ask_overwrite_changed", recorder.ask_overwrite_changed)
    monkeypatch.setattr(prompts, "ask_restore_recovery", recorder.ask_restore_recovery)
    monkeypatch.setattr(prompts, "show_message", recorder.show_message)
    monkeypatch.setattr(prompts, "ask_article_date", recorder.ask_article_date)
    # "Discard your corrections?": discard (closing widgets at a test's end rejects them).
    monkeypatch.setattr(prompts, "ask_discard",
                        lambda _p, title, _m: recorder.discard_questions.append(title) or True)
    monkeypatch.setattr(prompts, "read_article_events", recorder.read_article_events)
    monkeypatch.setattr(prompts, "ask_delete_many", lambda _p, count, unseen, titles=(): (
        recorder.delete_many_questions.append((count, unseen))
        or recorder.delete_many_titles.append(list(titles)) or recorder.delete_many))
    monkeypatch.setattr(prompts, "ask_several_articles", recorder.ask_several_articles)
    yield recorder


@pytest.fixture
def shown_view(qtbot):  # type: ignore[no-untyped-def]
    """A maker of timeline views: ``shown_view(timeline, size=(900, 500), selection=None,
    fit=True)`` builds a ``TimelineView`` on the timeline, shows it at that size, waits
    until it is exposed and (by default) fits all its events."""
    from timeline_app.document import Document
    from timeline_app.selection import EventSelection
    from timeline_app.ui.timeline_view import TimelineView

    def make(timeline, size=(900, 500), selection=None, fit=True):  # type: ignore[no-untyped-def]
        document = Document(timeline)
        made = EventSelection() if selection is None else None
        view = TimelineView(document, selection or made)
        # The view's Qt children: they go with it, not with a garbage collection in any
        # order against it (gc14's segfault family; a test's own selection stays its).
        document.setParent(view)
        if made is not None:
            made.setParent(view)
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        if fit:
            view.fit_all()
        return view

    return make


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """The main window on the default timeline, shown at a fixed size."""
    from timeline_app.app import create_main_window

    win = create_main_window()
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    # (no Fit All of its own: the window is laid out and fitted once before its first
    # paint, ``MainWindow._lay_out_before_show``; a second Fit All here changed none of
    # the view's, its scale's or the window's attributes, session 63, scale67)
    return win


@pytest.fixture(autouse=True)
def palette_given_back() -> Iterator[None]:
    """Give the application back the palette it had before the test: a test that turned
    the dark theme on (View → Theme, ``theme.set_theme``) left every later test of its
    worker dark, and a pixel test there read a light name on a dark band (session 52:
    ``test_view62_lane_name_kept`` failed on the fresh-clone CI only)."""
    from PySide6.QtGui import QGuiApplication, QPalette

    app = QGuiApplication.instance()
    before = QPalette(QGuiApplication.palette()) if app is not None else None
    yield
    if before is not None and QGuiApplication.instance() is app and \
            QGuiApplication.palette() != before:
        QGuiApplication.setPalette(before)


@pytest.fixture(autouse=True)
def desktop_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows start as on a 1920×1080 desktop screen (the offscreen platform's own screen
    is 800×800, which would give every test the layout for short screens); a test that
    checks the layout for a given screen replaces ``available_screen_area`` again."""
    from PySide6.QtCore import QRect

    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 1920, 1080))


@pytest.fixture
def picture_subtitles(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The header subtitles of the pictures ``MainWindow.export_picture`` makes, in order;
    each picture is written to ``tmp_path / "picture.png"`` (no file dialog)."""
    from timeline_app.ui import export_picture as module

    subtitles: list[str] = []
    real = module.export_picture

    def spy(view, kind, path, title, subtitle):  # type: ignore[no-untyped-def]
        subtitles.append(subtitle)
        return real(view, kind, path, title, subtitle)

    monkeypatch.setattr(module, "export_picture", spy)
    monkeypatch.setattr(prompts, "ask_export_path",
                        lambda *_a: str(tmp_path / "picture.png"))
    return subtitles


@pytest.fixture(autouse=True)
def no_mouse_button_held_from_an_earlier_test() -> None:
    """Release any mouse button a test before left pressed: Qt keeps the buttons held in
    one application-wide state (``QGuiApplication.mouseButtons()``), which the app reads
    ("a press held still: a drag may go on", ``ui/idle_gc.py``).  With the suite spread over
    workers (session 20) a test that pressed without releasing came before
    ``test_gc_idle.py`` in one worker and failed two of its tests there, never alone."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None or QGuiApplication.mouseButtons() == \
            Qt.MouseButton.NoButton:
        return
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    held = QGuiApplication.mouseButtons()
    target = QWidget()
    target.resize(20, 20)
    target.show()
    QTest.qWaitForWindowExposed(target)
    for button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton,
                   Qt.MouseButton.MiddleButton):
        if held & button:
            QTest.mouseRelease(target, button)
    target.close()
    target.deleteLater()
    assert QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton


@pytest.fixture
def exported_csv(window: Any, recorded_prompts: PromptRecorder,
                 tmp_path: Path) -> Callable[[Any], Path]:
    """Open a timeline in ``window`` (saved as a native file first, as a person would
    have it) and export it by File → Export → CSV: the CSV file's path.  The CSV round
    trips of the lanes (ui25, ui26) import it back with ``window.import_csv``."""
    from timeline_app.io import native

    def export(timeline: Any) -> Path:
        path = tmp_path / "lanes.json"
        native.save(timeline, path)
        assert window.open_path(str(path), background=False)
        csv_path = tmp_path / "lanes.csv"
        recorded_prompts.export_path = str(csv_path)
        assert window.export_as("CSV")
        return csv_path

    return export


@pytest.fixture(autouse=True)
def views_packed_as_users_see_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite's views pack as users' do (``WORLD_PACKING`` on, session 30): a new zoom
    level by ``pack_lane``, then the world's chunks once the view has rested
    (``WORLD_REST_MS`` without a move: a test's own pause may rest it at any step).  A
    view's picture and the views beside it wait for that rest: a test that makes them
    by hand makes the view rest first (``view_pictures.rest``).  A test that needs
    rests only where it makes them asks for ``world_packing``; one that needs the packing
    before stage 2 everywhere, for ``packed_by_pack_lane``."""

    set_in_view("WORLD_PACKING", True, monkeypatch)


@pytest.fixture
def packed_by_pack_lane(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every view packed by ``pack_lane``, as before stage 2 (``WORLD_PACKING`` off:
    nothing swapped in at rest), for a test that needs that packing."""

    set_in_view("WORLD_PACKING", False, monkeypatch)


@pytest.fixture
def world_packing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Views that rest only when the test makes them (``view_pictures.rest``, or
    ``_world_rest_timer`` started): a loaded host's pauses never do.  (A view's picture
    waits for its rest: made only once the test rests it.)"""

    set_in_view("WORLD_REST_MS", 10 * 60 * 1000, monkeypatch)


@pytest.fixture
def swapped_at_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every timeline's new zoom packed by ``pack_lane`` until the view rests, its
    world chunks then swapped in (``WORLD_EAGER_EVENTS`` 0), as 100 000 events are:
    a few thousand pack every zoom from the chunks at once (session 43, frames47)."""

    set_in_view("WORLD_EAGER_EVENTS", 0, monkeypatch)


@pytest.fixture
def parts_packed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every chunk part packed (``WorldLane._part`` computing one) from now on, by index."""
    from timeline_app.ui.chunk_packing import WorldLane

    packed: list[int] = []
    part = WorldLane._part

    def counted(self: WorldLane, k: int):  # type: ignore[no-untyped-def]
        if k not in self._parts:
            packed.append(k)
        return part(self, k)

    monkeypatch.setattr(WorldLane, "_part", counted)
    return packed


@pytest.fixture
def shown_editor(qtbot: Any) -> Callable[[Any], Any]:
    """A function of a timeline (and an event of it, else a new event) giving the event's
    editor on it, shown and active, as a person meets it (its completion lists open on
    typing)."""

    def open_editor(timeline: Any, event: Any = None) -> Any:
        from timeline_app.ui.event_editor import EventEditor

        dialog = EventEditor(timeline, event)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        return dialog

    return open_editor
