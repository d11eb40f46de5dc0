"""Very long unbreakable strings are cut before Qt lays them out; the model keeps them whole.

Laying out one long unbreakable string costs Qt time that grows faster than its length
(a 1 000 000 character title blocked the window 275 s).  Titles are cut to a sane length
for labels and list cells, panes cap each field and wrap huge words anywhere, and the
full text stays in the model and in the file saved.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.safe_text import (
    FIELD_LIMIT,
    TITLE_LIMIT,
    TOOLTIP_LIMIT,
    capped,
    display_title,
    tooltip_text,
    wrap_mode_for,
)

ROOT = Path(__file__).resolve().parents[2]
HUGE = 1_000_000
#: How long the child may take at most: a hang detector, not a benchmark (before the
#: cut the first paint alone took minutes; now the whole run takes about two seconds).
CHILD_TIMEOUT = 90


def test_display_title_cuts_long_titles_only():
    assert display_title("Talks in Geneva") == "Talks in Geneva"
    cut = display_title("x" * HUGE)
    assert len(cut) == TITLE_LIMIT and cut.endswith("…")
    assert display_title("abcdef", 4) == "abc…"
    assert display_title("x" * TITLE_LIMIT) == "x" * TITLE_LIMIT


def test_capped_says_how_much_is_left_out():
    assert capped("short") == "short"
    text = capped("y" * (FIELD_LIMIT + 1234))
    assert text.startswith("y" * FIELD_LIMIT)
    assert text.endswith("… (1,234 more characters)")


def test_tooltips_are_capped_and_still_escaped():
    tip = tooltip_text("<b>" + "z" * HUGE)
    assert len(tip) < TOOLTIP_LIMIT + 100
    assert "&lt;b&gt;" in tip and "more characters" in tip


def test_a_huge_word_wraps_anywhere_ordinary_text_at_word_boundaries():
    wrap = QTextOption.WrapMode
    assert wrap_mode_for("The ministers met in Tokyo. " * 4000) == wrap.WrapAtWordBoundaryOrAnywhere
    assert wrap_mode_for("words " + "9" * 5000 + " words") == wrap.WrapAnywhere
    assert wrap_mode_for("") == wrap.WrapAtWordBoundaryOrAnywhere


def test_the_event_list_lays_out_a_capped_title(qtbot):
    from timeline_app.document import Document
    from timeline_app.selection import EventSelection
    from timeline_app.ui.event_list import EventList

    event = Event("big", "x" * HUGE, FuzzyDate.of_day(dt.date(2025, 3, 22)))
    document = Document(Timeline.from_events([event]))
    listing = EventList(document, EventSelection())
    qtbot.addWidget(listing)
    model = listing.model()
    shown = model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole)
    assert 0 < len(shown) <= 1_000 and shown.endswith("…")
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert len(tip) < TOOLTIP_LIMIT + 100
    assert document.timeline.get("big").title == "x" * HUGE  # the model keeps it whole


_CHILD = """
import json, sys, time
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
app = QApplication(["timeline-app"])
from timeline_app import io as timeline_io
from timeline_app.ui.main_window import MainWindow
source, saved = sys.argv[1], sys.argv[2]
window = MainWindow(timeline_io.load(source), source)
window.resize(1200, 800)
window.show()
app.processEvents()
window.view.viewport().grab()
window.view.select_event("big")
app.processEvents()
for widget in (window.view.viewport(), window.event_list.viewport(), window.detail_pane,
               window.statusBar()):
    widget.grab()
window.findChild(object, "articleDock").raise_()
app.processEvents()
window.article_pane.grab()
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip
rect = window.view.event_rect("big")
QApplication.sendEvent(window.view.viewport(), QHelpEvent(
    QEvent.Type.ToolTip, rect.center(), window.view.viewport().mapToGlobal(rect.center())))
tooltip = QToolTip.text()
QToolTip.hideText()
window.view.select_event("small")
app.processEvents()
window.document.save(saved)
window.view.select_event("big")
app.processEvents()
print(json.dumps({"detail": window.detail_pane.plain_text(), "tooltip": tooltip,
                  "article": window.article_pane.plain_text()[-40:],
                  "status": len(window._status.text())}))
"""


def test_a_huge_title_and_summary_open_show_and_select_quickly(tmp_path):
    huge = "x" * HUGE
    article = "Geneva, March 22 -- " + "9" * 200_000 + " The ministers met on Friday."
    from timeline_app.core import Source

    events = [Event("big", huge, FuzzyDate.of_day(dt.date(2025, 3, 22)), summary=huge,
                    location=huge, source_id="s"),
              Event("small", "Talks", FuzzyDate.of_day(dt.date(2025, 3, 21)))]
    timeline = Timeline.from_events(events, title=huge, sources={
        "s": Source("s", title=huge, text=article, dateline_date=dt.date(2025, 3, 22))})
    source = tmp_path / "huge.timeline.json"
    timeline_io.save(timeline, source)
    saved = tmp_path / "saved.timeline.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "TIMELINE_APP_SETTINGS": str(tmp_path / "settings.ini")}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(source), str(saved)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT)
    assert done.returncode == 0, done.stderr[-2000:]
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert facts["status"] < 400  # the status bar quotes a cut title
    assert 0 < len(facts["tooltip"]) < 1_000
    assert facts["detail"].count("990,000 more characters") == 2  # place, summary
    assert "999,000 more characters" in facts["detail"]  # the title, a heading: shorter
    assert facts["article"].endswith("The ministers met on Friday.")  # articles are not cut
    # Everything shown was cut; everything saved is whole.
    again = timeline_io.load(saved)
    assert again.get("big").title == huge and again.get("big").summary == huge
    assert again.title == huge and again.sources["s"].text == article


def test_a_title_with_a_line_break_is_shown_on_one_line(window) -> None:  # type: ignore[no-untyped-def]
    """verify60 F4: a database's title "Title with a newline\\nand ..." read "Title with a
    newlineand ..." in the Events list and the status line (Qt drops a line break in one
    line of text); its words are kept apart, and the title itself is kept as it is."""
    from timeline_app.ui.safe_text import display_title

    assert display_title("Title with a newline\nand \"quotes\" in it") == \
        'Title with a newline and "quotes" in it'
    event = Event("nl", "Title with a newline\r\nand more", FuzzyDate(2020, 1, 2))
    window.document.add_event(event)
    model = window.event_list.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == "nl")
    assert model.index(row, 1).data() == "Title with a newline and more"
    assert window.document.timeline.get("nl").title == "Title with a newline\r\nand more"
