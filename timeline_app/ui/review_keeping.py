"""Keeps an open import review (and the event editor's form) on disk while it lasts, for
after a crash (F20).

``MainWindow`` calls :meth:`ReviewKeeper.begin` before the review opens and
:meth:`ReviewKeeper.end` once it closes, whichever way (Import, Cancel, Back to Article):
the state goes then; ``prompts.edit_event`` does the same with :class:`EditorKeeper`.
Meanwhile every change the dialog signals is written once the event loop has handled the
burst it came in (Select All ticks forty rows: one write), on the GUI thread: the state
of a 40-row review is ~28 kB, gathered and written in about a millisecond of CPU plus the
atomic write's fsync (``benchmarks/review_state_write.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from timeline_app.io.review_recovery import ArticleDraft, ReviewArticle, ReviewState
    from timeline_app.ui.event_editor import EventEditor
    from timeline_app.ui.import_article import ArticleDialog, ReviewDialog


#: How long the Import Article dialog's fields stay unchanged before they are written (ms).
ARTICLE_PAUSE_MS = 500


class _Keeper(QObject):
    """What both keepers share: a write after each burst of changes, said once when it
    fails, and the state removed at the end.  A subclass gives ``_what`` (words for the
    messages), ``_write`` and ``_remove``.

    Signals:
        write_failed(str): a state could not be written (the system's reason), once per
            run of failures: the window says it in its status bar.
    """

    write_failed = Signal(str)
    _what = "the work"

    def __init__(self, folder: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._changed: SignalInstance | None = None  # the dialog's change signal
        self.last_error = ""
        #: States written since the dialog was watched (tests and the benchmark count them).
        self.writes = 0
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)  # after the burst of signals one change makes
        self._soon.timeout.connect(self.write_now)

    def _follow(self, changed: SignalInstance, restored: Any, restored_file: Path | None,
                own_file: Callable[[str], Path]) -> None:
        """Write after each ``changed``; a ``restored`` state (put back by the caller)
        is written at once, and its file, a crashed run's, then goes."""
        self.writes = 0
        if restored is not None and restored_file is not None and self.write_now() and (
                restored_file != own_file(self._folder())):
            restored_file.unlink(missing_ok=True)  # ours holds it all now
        self._changed = changed
        changed.connect(self._soon.start)

    def end(self) -> None:
        """The dialog closed, whichever way: its state goes (nothing to recover)."""
        self._soon.stop()
        if self._changed is not None:
            try:
                self._changed.disconnect(self._soon.start)
            except (RuntimeError, TypeError):
                pass  # (the dialog is gone already)
        self._changed = None
        self._forget()
        try:
            self._remove(self._folder())
        except OSError as error:
            print(f"timeline-app: cannot remove {self._what}'s state: {error}",
                  file=sys.stderr)

    def write_now(self) -> bool:
        """Write the state now; True if it was written.  A failure is said once
        (``write_failed``) and printed; the next change tries again."""
        try:
            if not self._write(self._folder()):
                return False
        except (OSError, UnicodeEncodeError) as error:
            first = not self.last_error
            self.last_error = str(error)
            if first:
                self.write_failed.emit(error.strerror if isinstance(error, OSError)
                                       and error.strerror else str(error))
            print(f"timeline-app: cannot keep {self._what}: {error}", file=sys.stderr)
            return False
        self.last_error = ""
        self.writes += 1
        return True

    def _write(self, folder: str) -> bool:
        raise NotImplementedError

    def _remove(self, folder: str) -> None:
        raise NotImplementedError

    def _forget(self) -> None:
        """Drop the dialog followed (``end``)."""


class ReviewKeeper(_Keeper):
    """Writes the state of the review being made (``io.review_recovery.ReviewState``)
    after each change, and removes it when the review ends."""

    _what = "the import review"

    def __init__(self, folder: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(folder, parent)
        self._article: ReviewArticle | None = None
        self._timeline = ""
        self._restored: tuple[ReviewState, Path] | None = None
        self._dialog: ReviewDialog | None = None
        self._path: str | None = None
        self._article_of = (0, 0)
        self._later: tuple[ReviewArticle, ...] = ()

    def begin(self, article: ReviewArticle, timeline: str,
              restored: tuple[ReviewState, Path] | None = None, *,
              timeline_path: str | None = None, article_of: tuple[int, int] = (0, 0),
              later: tuple[ReviewArticle, ...] = ()) -> None:
        """A review of ``article`` into the timeline called ``timeline`` (its file
        ``timeline_path``, ``""`` when never saved) is about to open; ``restored``: the
        state it is to show again, kept in that file (a crashed process's) by an earlier
        run: applied in :meth:`watch`, the file removed once this review's own state is
        written.  ``article_of`` (position, total) and ``later`` (the articles still to
        review after it) when the article is one of a paste's (Review Each Article): kept
        with it, so that a restart offers the whole paste in one question (verify54
        F30)."""
        self._article, self._timeline, self._restored = article, timeline, restored
        self._path, self._article_of, self._later = timeline_path, article_of, later

    def watch(self, dialog: ReviewDialog) -> None:
        """Follow ``dialog`` (``prompts.review_candidates`` calls this): a state to show
        again is put back, and written at once (a kept one's file may then go)."""
        from timeline_app.io import review_recovery

        if self._article is None:
            return
        self._dialog = dialog
        restored, self._restored = self._restored, None
        if restored is not None:
            dialog.apply_review(restored[0])
        self._follow(dialog.state_changed, restored, restored and restored[1],
                     review_recovery.review_file)

    def state(self) -> ReviewState | None:
        """The state of the review being made, or ``None`` when none is."""
        from timeline_app.io import review_recovery

        dialog, article = self._dialog, self._article
        if dialog is None or article is None:
            return None
        return review_recovery.new_state(
            self._timeline, article, dialog.as_read, dialog.review_rows(),
            dialog.kept_rows(), dialog.new_radio.isChecked(), dialog.unsure_untouched(),
            tuple(row for row in range(len(dialog.as_read)) if dialog.corrected_by_hand(row)),
            self._path, self._article_of, self._later, dialog.article_fields())

    def _write(self, folder: str) -> bool:
        from timeline_app.io import review_recovery

        state = self.state()
        if state is None:
            return False
        review_recovery.write_review(folder, state)
        return True

    def _remove(self, folder: str) -> None:
        from timeline_app.io import review_recovery

        review_recovery.remove_review(folder)

    def _forget(self) -> None:
        self._dialog = None
        self._article = None


class _RestoringKeeper(_Keeper):
    """A keeper of one dialog's form that a kept state from a crashed run may be put back
    into: what :class:`EditorKeeper` and :class:`ArticleKeeper` share."""

    def __init__(self, folder: Callable[[], str], timeline_name: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(folder, parent)
        self._timeline_name = timeline_name
        self._restored: tuple[Any, Path] | None = None

    def restore_next(self, state: Any, file: Path) -> None:
        """The next dialog watched shows ``state`` (kept in ``file`` by a crashed run:
        removed once that dialog's own state is written)."""
        self._restored = (state, file)

    def _watch(self, restore: Callable[[Any], None], changed: SignalInstance,
               own_file: Callable[[str], Path]) -> None:
        """Put back a state to show again (``restore``), then follow ``changed``."""
        restored, self._restored = self._restored, None
        if restored is not None:
            restore(restored[0])
        self._follow(changed, restored, restored and restored[1], own_file)


class EditorKeeper(_RestoringKeeper):
    """Writes the event editor's form (``io.review_recovery.EditorState``) after each
    change while it is open, and removes it when it closes (``prompts.edit_event`` calls
    :meth:`watch` and :meth:`end`)."""

    _what = "the event being edited"

    def __init__(self, folder: Callable[[], str], timeline_name: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(folder, timeline_name, parent)
        self._editor: EventEditor | None = None

    def watch(self, editor: EventEditor) -> None:
        """Follow ``editor`` until :meth:`end`."""
        from timeline_app.io import review_recovery

        self._editor = editor
        self._watch(editor.restore_form, editor.form_changed, review_recovery.editor_file)

    def _write(self, folder: str) -> bool:
        from timeline_app.io import review_recovery

        if self._editor is None:
            return False
        review_recovery.write_editor(folder, self._editor.kept_form(self._timeline_name()))
        return True

    def _remove(self, folder: str) -> None:
        from timeline_app.io import review_recovery

        review_recovery.remove_editor(folder)

    def _forget(self) -> None:
        self._editor = None


class ArticleKeeper(_RestoringKeeper):
    """Writes the Import Article dialog's text and fields (``io.review_recovery.
    ArticleDraft``) while it is open, half a second after the last change
    (:data:`ARTICLE_PAUSE_MS`), and removes them when it closes, whichever way
    (``prompts.read_article_events`` calls :meth:`watch` and :meth:`end`): a pasted
    article exists nowhere else until it is read (session 37, fix76)."""

    _what = "the article being imported"

    def __init__(self, folder: Callable[[], str], timeline_name: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(folder, timeline_name, parent)
        # A pause in the typing, not every key: an article may be megabytes.
        self._soon.setInterval(ARTICLE_PAUSE_MS)
        self._dialog: ArticleDialog | None = None
        #: Text kept with no dialog open (:meth:`keep_draft`).
        self._draft: ArticleDraft | None = None

    def watch(self, dialog: ArticleDialog) -> None:
        """Follow ``dialog`` until :meth:`end`."""
        from timeline_app.io import review_recovery

        self._dialog = dialog
        self._watch(dialog.restore_draft, dialog.draft_changed, review_recovery.draft_file)

    def keep_draft(self, draft: ArticleDraft | None) -> None:
        """Keep ``draft`` for after a crash with no dialog open (the articles of a paste
        not yet reviewed: ``MainWindow._review_articles``), written now; ``None``: what
        was kept goes.  A dialog watched meanwhile keeps its own text instead."""
        self._draft = draft
        if draft is None:
            self.end()
        else:
            self.write_now()

    def _write(self, folder: str) -> bool:
        from timeline_app.io import review_recovery

        if self._dialog is None:
            if self._draft is None:
                return False
            review_recovery.write_draft(folder, self._draft)
            return True
        draft = self._dialog.kept_draft(self._timeline_name())
        if draft is None:  # emptied: nothing to keep, and nothing kept from before
            review_recovery.remove_draft(folder)
            return False
        review_recovery.write_draft(folder, draft)
        return True

    def _remove(self, folder: str) -> None:
        from timeline_app.io import review_recovery

        review_recovery.remove_draft(folder)

    def _forget(self) -> None:
        self._draft = None
        self._dialog = None
