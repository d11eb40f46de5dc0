"""Keeps an open import review (and the event editor's form) on disk while it lasts, for
after a crash (F20).

``MainWindow`` calls :meth:`ReviewKeeper.begin` before the review opens and
:meth:`ReviewKeeper.end` once it closes, whichever way (Import, Cancel, Back to Article):
the state goes then.  Meanwhile every change the review signals (``state_changed``) is
written once the event loop has handled the burst it came in (Select All ticks forty
rows: one write), on the GUI thread: the state of a 40-row review is a few kB, written
in well under a millisecond of Python plus the atomic write's fsync
(``benchmarks/review_state_write.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from timeline_app.io.review_recovery import EditorState, ReviewArticle, ReviewState
    from timeline_app.ui.event_editor import EventEditor
    from timeline_app.ui.import_article import ReviewDialog


class ReviewKeeper(QObject):
    """Writes the state of the review being made (``io.review_recovery``) after each
    change, and removes it when the review ends.

    Signals:
        write_failed(str): a state could not be written (the system's reason), once per
            run of failures: the window says it in its status bar.
    """

    write_failed = Signal(str)

    def __init__(self, folder: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._article: ReviewArticle | None = None
        self._timeline = ""
        self._restored: tuple[ReviewState, Path] | None = None
        self._dialog: ReviewDialog | None = None
        self.last_error = ""
        #: States written since ``begin`` (tests and the benchmark count them).
        self.writes = 0
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)  # after the burst of signals one change makes
        self._soon.timeout.connect(self.write_now)

    def begin(self, article: ReviewArticle, timeline: str,
              restored: tuple[ReviewState, Path] | None = None) -> None:
        """A review of ``article`` into the timeline called ``timeline`` is about to open;
        ``restored``: the state it is to show again, kept in that file (a crashed
        process's) by an earlier run: applied in :meth:`watch`, the file removed once
        this review's own state is written."""
        self._article, self._timeline, self._restored = article, timeline, restored
        self.writes = 0

    def watch(self, dialog: ReviewDialog) -> None:
        """Follow ``dialog`` (``prompts.review_candidates`` calls this): a state to show
        again is put back, and written at once (a kept one's file may then go)."""
        if self._article is None:
            return
        from timeline_app.io import review_recovery

        self._dialog = dialog
        restored, self._restored = self._restored, None
        if restored is not None:
            state, file = restored
            dialog.apply_review(state)
            if self.write_now() and file != review_recovery.review_file(self._folder()):
                file.unlink(missing_ok=True)  # ours holds it all now
        dialog.state_changed.connect(self._soon.start)

    def end(self) -> None:
        """The review closed: its state goes (nothing to recover any more)."""
        from timeline_app.io import review_recovery

        self._soon.stop()
        if self._dialog is not None:
            try:
                self._dialog.state_changed.disconnect(self._soon.start)
            except (RuntimeError, TypeError):
                pass  # (the dialog is gone already)
        self._dialog = None
        self._article = None
        try:
            review_recovery.remove_review(self._folder())
        except OSError as error:
            print(f"timeline-app: cannot remove the import review's state: {error}",
                  file=sys.stderr)

    def state(self) -> ReviewState | None:
        """The state of the review being made, or ``None`` when none is."""
        from timeline_app.io import review_recovery

        dialog, article = self._dialog, self._article
        if dialog is None or article is None:
            return None
        return review_recovery.new_state(
            self._timeline, article, dialog.as_read, dialog.review_rows(),
            dialog.kept_rows(), dialog.new_radio.isChecked(), dialog.unsure_untouched(),
            tuple(row for row in range(len(dialog.as_read)) if dialog.corrected_by_hand(row)))

    def write_now(self) -> bool:
        """Write the state now; True if it was written.  A failure is said once
        (``write_failed``) and printed; the next change tries again."""
        from timeline_app.io import review_recovery

        state = self.state()
        if state is None:
            return False
        try:
            review_recovery.write_review(self._folder(), state)
        except (OSError, UnicodeEncodeError) as error:
            first = not self.last_error
            self.last_error = str(error)
            if first:
                reason = (error.strerror if isinstance(error, OSError) and error.strerror
                          else str(error))
                self.write_failed.emit(reason)
            print(f"timeline-app: cannot keep the import review: {error}", file=sys.stderr)
            return False
        self.last_error = ""
        self.writes += 1
        return True


class EditorKeeper(QObject):
    """Writes the event editor's form (``io.review_recovery.EditorState``) after each
    change while it is open, and removes it when it closes (``prompts.edit_event`` calls
    :meth:`watch` and :meth:`end`).  A lost copy is said once (``write_failed``).

    Signals:
        write_failed(str): as :class:`ReviewKeeper`'s.
    """

    write_failed = Signal(str)

    def __init__(self, folder: Callable[[], str], timeline_name: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._timeline_name = timeline_name
        self._editor: EventEditor | None = None
        self._restored: tuple[EditorState, Path] | None = None
        self.last_error = ""
        self.writes = 0
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)  # once the keys' burst of signals is handled
        self._soon.timeout.connect(self.write_now)

    def restore_next(self, state: EditorState, file: Path) -> None:
        """The next editor watched shows ``state`` (kept in ``file`` by a crashed run:
        removed once this editor's own state is written)."""
        self._restored = (state, file)

    def watch(self, editor: EventEditor) -> None:
        """Follow ``editor`` until :meth:`end`."""
        from timeline_app.io import review_recovery

        self._editor = editor
        self.writes = 0
        restored, self._restored = self._restored, None
        if restored is not None:
            state, file = restored
            editor.restore_form(state)
            if self.write_now() and file != review_recovery.editor_file(self._folder()):
                file.unlink(missing_ok=True)
        editor.form_changed.connect(self._soon.start)

    def end(self) -> None:
        """The editor closed (OK or Cancel): its state goes."""
        from timeline_app.io import review_recovery

        self._soon.stop()
        if self._editor is not None:
            try:
                self._editor.form_changed.disconnect(self._soon.start)
            except (RuntimeError, TypeError):
                pass
        self._editor = None
        try:
            review_recovery.remove_editor(self._folder())
        except OSError as error:
            print(f"timeline-app: cannot remove the event editor's state: {error}",
                  file=sys.stderr)

    def write_now(self) -> bool:
        """Write the form now; True if it was written."""
        from timeline_app.io import review_recovery

        editor = self._editor
        if editor is None:
            return False
        try:
            review_recovery.write_editor(self._folder(),
                                         editor.kept_form(self._timeline_name()))
        except (OSError, UnicodeEncodeError) as error:
            first = not self.last_error
            self.last_error = str(error)
            if first:
                self.write_failed.emit(error.strerror if isinstance(error, OSError)
                                       and error.strerror else str(error))
            print(f"timeline-app: cannot keep the event being edited: {error}",
                  file=sys.stderr)
            return False
        self.last_error = ""
        self.writes += 1
        return True
