"""Render the main window offscreen to PNG files, as a person would see it.

Usage: python tools/screenshot.py [OUT.png] [--all DIR]

OUT.png (default docs/screenshot.png) shows the default timeline zoomed to
2023-2025 with the Munich meeting selected.  ``--all DIR`` also writes the
start-up view, March 2025 at day zoom, and one picture per selected event, for
checking labels, overlaps and colours by eye.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A fresh settings file: neither the user's saved layout nor an earlier run's changes the picture.
os.environ["TIMELINE_APP_SETTINGS"] = str(Path(tempfile.mkdtemp()) / "settings.ini")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.app import create_main_window  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="docs/screenshot.png")
    parser.add_argument("--all", metavar="DIR", help="also write pictures of every view")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    window = create_main_window()
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    view = window.view

    def grab(path: Path) -> None:
        app.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(path)):
            raise SystemExit(f"cannot write {path}")
        print(f"wrote {path}")

    if args.all:
        folder = Path(args.all)
        view.fit_all()
        grab(folder / "startup.png")
        view.show_range(dt.date(2025, 3, 1).toordinal(), dt.date(2025, 4, 1).toordinal())
        grab(folder / "march-2025.png")
        view.fit_all()
        for event_id in view.event_ids():
            view.select_event(event_id)
            grab(folder / f"selected-{event_id}.png")
    view.show_range(dt.date(2023, 1, 1).toordinal(), dt.date(2025, 9, 1).toordinal())
    munich = [e.id for e in window.document.timeline if e.title.startswith("Cho and Iwaya meet")]
    view.select_event(munich[0] if munich else view.event_ids()[0])
    grab(Path(args.out))
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
