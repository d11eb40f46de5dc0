"""Autosave: while a document has unsaved changes, keep a recovery copy of it.

A copy is written every ``PERIOD_MS`` and after every change once the user has paused
for ``QUIET_MS`` (so typing in a burst of edits writes once), into the application's
data folder (``QStandardPaths.AppDataLocation``/recovery, or ``$TIMELINE_APP_RECOVERY_DIR``).
Saving, undoing back to the saved state, opening another file and a clean close remove it.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, QTimer

from timeline_app.document import Document

#: Tests and portable set-ups point this at a folder of their own.
RECOVERY_DIR_ENV = "TIMELINE_APP_RECOVERY_DIR"
PERIOD_MS = 30_000
QUIET_MS = 1_000


def recovery_folder() -> str:
    """Where recovery copies live."""
    folder = os.environ.get(RECOVERY_DIR_ENV)
    if folder:
        return folder
    # Imported here: its class makes two enums (23 members), and the start-up asks for the
    # folder only once the timeline is painted (see ``Autosaver.folder``; issue 11).
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return os.path.join(base or os.path.expanduser("~/.diplomatic-timeline"), "recovery")


class Autosaver(QObject):
    """Keeps the recovery copy of one document.

    Signals: none; ``last_error`` holds why the latest write failed ("" when it worked).
    """

    def __init__(self, document: Document, folder: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._folder = folder or None  # recovery_folder() when first asked for
        self.last_error = ""
        # Changed since the last copy: the periodic copy rewrites nothing that is already kept.
        self._stale = False
        self._period = QTimer(self)
        self._period.setInterval(PERIOD_MS)
        self._period.timeout.connect(self._on_period)
        self._period.start()
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.write_now)
        document.undo_stack.indexChanged.connect(self._on_change)
        document.properties_changed.connect(self._on_change)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        document.reset.connect(self._on_reset)

    @property
    def folder(self) -> str:
        """The folder of the recovery copies: ``folder`` as given, else ``recovery_folder()``
        when first asked for (the first copy written, or the recovery offer after the
        first paint), not while the window is built (issue 11: start-up to first paint)."""
        if self._folder is None:
            self._folder = recovery_folder()
        return self._folder

    @property
    def file(self) -> str:
        from timeline_app.io import recovery  # not before the first paint (issue 11)

        return str(recovery.recovery_file(self.folder))

    def _on_change(self, *_args: object) -> None:
        self._stale = True
        self._quiet.start()  # restarts: the copy is written after a quiet second

    def _on_period(self) -> None:
        # A burst of edits longer than 30 s still gets a copy; so does a failed write.
        if self._stale:
            self.write_now()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self._quiet.stop()
            self.remove()

    def _on_reset(self) -> None:
        # Another timeline replaced this one: a restored one is modified and gets a copy soon.
        if self._document.is_modified:
            self._stale = True
            self._quiet.start()
        else:
            self._quiet.stop()
            self.remove()

    def write_now(self) -> bool:
        """Write the copy if there are unsaved changes; True if one was written."""
        if not self._document.is_modified:
            return False
        from timeline_app.io import recovery  # not before the first paint (issue 11)

        try:
            recovery.write_recovery(self.folder, self._document.timeline,
                                    self._document.display_name, self._document.path,
                                    self._document.disk_fingerprint)
        except OSError as error:
            # Never interrupt the user for a failed autosave; the next change tries again.
            self.last_error = str(error)
            print(f"timeline-app: cannot write the recovery copy: {error}", file=sys.stderr)
            return False
        self.last_error = ""
        self._stale = False
        return True

    def remove(self) -> None:
        """Remove this process's recovery copy (nothing to recover any more)."""
        try:
            os.unlink(self.file)
        except FileNotFoundError:
            pass
        except OSError as error:
            print(f"timeline-app: cannot remove {self.file}: {error}", file=sys.stderr)

    def stop(self) -> None:
        """No more copies (the window closes)."""
        self._period.stop()
        self._quiet.stop()
