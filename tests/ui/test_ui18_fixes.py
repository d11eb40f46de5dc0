"""Session 16, branch ui18: rough edges a new user found (verify17 findings 4, 6 and 8).

- The import review at 1280×800 keeps every date whole while the Title has room to give,
  and a long date typed takes it (finding 4).
- At a start, another program's file open last time gets no stand-in (finding 6).
- The event menu of a selection in two lanes offers to hide both, or either (finding 8).
- The CSV dialog's preview says why a date is not read, as the summary does (finding 8).
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

#: verify17's own AP-style story (``/tmp/verify17/art/truce.txt``): one date range among
#: single days, three long titles, names in most rows.
TRUCE = (
    "DOHA, Dec 1 (AP) - Armenia and Azerbaijan agreed on Monday to a 30-day ceasefire "
    "along their shared border after two days of talks hosted by Qatar and Turkey, Qatari "
    "Prime Minister Mohammed bin Abdulrahman Al Thani said.\n\n"
    "The ceasefire, announced at a news conference with Armenian Foreign Minister Ararat "
    "Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov, would take effect at noon "
    "on Wednesday, Al Thani said.\n\n"
    "Azerbaijan's army and Armenian forces exchanged fire near the village of Tegh on "
    "Saturday, killing four soldiers, according to both defence ministries.\n\n"
    "The truce follows the Washington summit of August 8, 2025, at which both sides "
    "initialled a peace agreement that neither has yet ratified.\n\n"
    "On Sunday, Turkish Foreign Minister Hakan Fidan spoke by telephone with Russian "
    "Foreign Minister Sergei Lavrov about the humanitarian situation in Nagorno-Karabakh.\n\n"
    "Negotiators plan to reconvene in Istanbul in late January to discuss a border "
    "demarcation treaty. German Foreign Minister Johann Wadephul is expected to host a "
    "reconstruction conference in Berlin in March.\n")
LONG_DATE = "between c. 15 October 2025 and c. 31 December 2025"


def _cut_rows(dialog, column: int) -> list[int]:  # type: ignore[no-untyped-def]
    table = dialog.table
    return [row for row in range(table.rowCount())
            if table.sizeHintForIndex(table.model().index(row, column)).width()
            > table.columnWidth(column)]


def test_the_review_keeps_dates_whole_at_1280(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify17 finding 4 at 1280×800: "c. 29 November 2025 to …" was cut while the
    Title had blank room in most rows, and typing a long range made the Date column
    narrower (175 → 153 px: Confidence widened for "checked by you") with two dates cut.
    Now a date stays whole while the Title can give room; titles are cut instead (their
    whole text in the tooltip).  (Names may be cut to their least width: since ext18 the
    story's rows name more parties.)  Fails on the old code (row 1's date cut)."""
    from PySide6.QtCore import QRect

    from timeline_app.ui import main_window
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _w: QRect(0, 0, 1280, 800))
    dialog = ReviewDialog(extract_events(TRUCE, dct=dt.date(2025, 12, 1)))
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert dialog.width() <= 1240
    assert any(" to " in table.item(row, ReviewDialog.DATE).text()
               for row in range(table.rowCount()))  # the story still gives a range
    assert _cut_rows(dialog, ReviewDialog.DATE) == []
    before = table.columnWidth(ReviewDialog.DATE)
    dialog.set_cell(2, "Date", LONG_DATE)
    assert table.item(2, ReviewDialog.CONFIDENCE).text() == "checked by you"
    assert table.columnWidth(ReviewDialog.DATE) > before
    assert _cut_rows(dialog, ReviewDialog.DATE) == []
    assert _cut_rows(dialog, ReviewDialog.CONFIDENCE) == []
    assert table.columnWidth(ReviewDialog.TITLE) >= dialog.width() // 4 - 1


def _start_spied(tmp_path, recent, before: str = ""):  # type: ignore[no-untyped-def]
    """``test_reopen_last_file``'s start with Open Recent ``recent``, its report also
    listing the files stood in for (``stand_in_for``); ``before``: code run first."""
    import test_reopen_last_file
    from test_reopen_last_file import CHILD, _start

    spy = ("from timeline_app.ui import main_window as _mw\n"
           "_stood = []\n"
           "_real_stand = _mw.MainWindow.stand_in_for\n"
           "def _stand(self, path):\n"
           "    _stood.append(path)\n"
           "    return _real_stand(self, path)\n"
           "_mw.MainWindow.stand_in_for = _stand\n")
    start = 'report = {"errors": [], "load_threads": []}'
    assert start in CHILD
    child = before + spy + CHILD.replace(start, start[:-1] + ', "stood": _stood}')
    test_reopen_last_file.CHILD = child
    try:
        return _start(tmp_path, recent)
    finally:
        test_reopen_last_file.CHILD = CHILD


def _timelinejs(path):  # type: ignore[no-untyped-def]
    import json

    path.write_text(json.dumps({"title": {"text": {"headline": "T"}}, "events": [
        {"start_date": {"year": "2012"}, "text": {"headline": "OK"}}]}), "utf-8")
    return path


def test_a_last_timelinejs_file_gets_no_stand_in(tmp_path):  # type: ignore[no-untyped-def]
    """verify17 finding 6: at a start whose file open last time was a TimelineJS export,
    the window was titled "exp.json — Diplomatic Timeline" under "Opening exp.json…"
    before it refused to reopen it.  It is judged before the window is made now: no
    stand-in, the sample timeline at once, the reason in the status bar.  Fails on the
    old code (one stand-in, for exp.json)."""
    from pathlib import Path

    from test_reopen_last_file import _the_default_timeline, _treaties

    report = _start_spied(tmp_path, [_timelinejs(tmp_path / "exp.json")])
    assert report["stood"] == [] and _the_default_timeline(report)
    assert report["status"] == ("exp.json (the file open last time) was not reopened: "
                                "another program's file (Open Recent imports it). "
                                "Showing the sample timeline.")
    assert report["errors"] == [] and report["load_threads"] == []
    ours = _treaties(tmp_path / "ours.json")
    reopened = _start_spied(tmp_path, [ours])
    assert reopened["stood"] == [str(ours)] and Path(reopened["path"]) == ours


def test_after_another_program_s_file_the_newest_timeline_of_open_recent_reopens(tmp_path):  # type: ignore[no-untyped-def]
    """verify52 F15: the file open last time was the journalist's own TimelineJS export,
    opened to check it; the next start showed the sample timeline, though her timeline
    was next in Open Recent.  It reopens that one now."""
    from pathlib import Path

    from test_reopen_last_file import _treaties

    ours = _treaties(tmp_path / "ours.json")
    report = _start_spied(tmp_path, [_timelinejs(tmp_path / "exp.json"), tmp_path / "gone.json",
                                     ours])
    assert report["stood"] == [str(ours)] and Path(report["path"]) == ours
    assert report["errors"] == []


def test_a_restored_copy_is_not_called_the_sample_timeline(tmp_path):  # type: ignore[no-untyped-def]
    """A recovery copy restored at a start whose file open last time is gone, or another
    program's: the status bar said "… Showing the sample timeline." over the restored
    copy.  It says nothing of the sample now.  Fails on the old code (the gone file)."""
    from test_recovery_background import _crashed_copy

    restore = ("from timeline_app.ui import prompts as _prompts\n"
               "_prompts.ask_restore_recovery = lambda *_args: True\n")
    for last in (tmp_path / "gone.json", _timelinejs(tmp_path / "exp.json")):
        (tmp_path / "recovery").mkdir(exist_ok=True)
        _crashed_copy(str(tmp_path / "recovery"), "Crashed")
        report = _start_spied(tmp_path, [last], restore)
        assert report["title"] == "Crashed" and report["events"] == 3
        assert "sample" not in report["status"], report["status"]


def test_the_event_menu_of_two_lanes_hides_both_or_either(window):  # type: ignore[no-untyped-def]
    """verify17 finding 8: with a Treaty and a Policy event selected, the event menu
    offered only "Hide Policy Events" (the right-clicked event's lane).  It offers
    "Hide Treaty and Policy Events" (Alt+H, one change of the filter) and "Hide One
    Lane ▸" (Alt+L) with an entry per lane, the right-clicked one active (Enter); one
    lane selected keeps the one entry.  Fails on the old code (no such entries)."""
    from test_menu_mnemonics import _clashes

    state = window.find_state
    changes: list[bool] = []
    state.changed.connect(lambda: changes.append(True))
    window.selection.select_many(["normalization-1965", "forced-labour-compensation"],
                                 "forced-labour-compensation")
    menu = window.context_menu_for("forced-labour-compensation")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "&Hide Policy Events" not in texts
    assert _clashes(texts) == []
    assert "&Hide Treaty and Policy Events" in texts
    one = next(a.menu() for a in menu.actions() if a.text() == "Hide One &Lane")
    assert [a.text() for a in one.actions()] == ["&Treaty Events", "&Policy Events"]
    assert one.activeAction().text() == "&Policy Events"
    one.actions()[0].trigger()
    assert state.filter.hidden_categories == {"treaty"}
    window.selection.select_many(["normalization-1965", "forced-labour-compensation"],
                                 "forced-labour-compensation")
    both = next(a for a in window.context_menu_for("forced-labour-compensation").actions()
                if a.text() == "&Hide Treaty and Policy Events")
    changes.clear()
    both.trigger()
    assert state.filter.hidden_categories == {"treaty", "policy"}
    assert len(changes) == 1
    # One lane selected: the one entry, as before.
    texts = [a.text() for a in window.context_menu_for("munich-meeting").actions()]
    assert "&Hide Meeting Events" in texts and "Hide One &Lane" not in texts


def test_the_csv_preview_says_why_as_the_summary_does(qtbot):  # type: ignore[no-untyped-def]
    """verify17 finding 8: the preview said "not a date: '2024-02-31'" while the list of
    rows left out said "There is no 31 February 2024: it has 29 days".  The preview
    gives the same reason now, from one function (``csv_table.why_not_a_date``); a blank
    date is "no date" in both.  Fails on the old code."""
    from timeline_app.io.csv_table import read_table, rows_to_events
    from timeline_app.ui.csv_import import CsvImportDialog

    table = read_table(b"Date,Title\n2024-02-03,Talks\n2024-02-31,Summit\n,Visit\n")
    dialog = CsvImportDialog(table, "t.csv", day_first=True)
    qtbot.addWidget(dialog)
    preview = dialog._preview
    _events, errors = rows_to_events(table, dialog.mapping())
    said = {error.row: error.reason for error in errors}
    # (since verify62 the reason offers the month's real last day)
    why = "There is no 31 February 2024: it has 29 days; the last is 29 February 2024."
    assert said == {3: f"'2024-02-31' is not a date this app reads: {why}", 4: "no date"}
    assert [preview.item(r, 0).text() for r in (1, 2)] == [f"not a date: {why}", "no date"]


def test_a_small_files_stand_in_keeps_the_row_its_entries_will_need(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """open16 "not done": a file under 8 MiB with many categories opened under a stand-in
    whose legend shared the toolbar's row; its entries took a row of their own when they
    arrived and the axis and lanes moved 29 px down (1 000 events, 8 categories, at
    1280×800).  The stand-in's legend takes the row the file's categories, read from its
    text, will need; the file opened keeps it as its entries need it.  Fails on the old
    code (no row before the entries)."""
    from PySide6.QtWidgets import QApplication
    from test_open16_layout import _many_categories, _shown_stand_in, _view_top

    path = _many_categories(tmp_path / "wide.json")
    window = _shown_stand_in(qtbot, path)
    top = _view_top(window)
    assert window.toolBarBreak(window.legend_bar)  # from the stand-in on
    with qtbot.waitSignal(window.open_finished, timeout=10_000) as finished:
        assert window.open_path(str(path), background=True)
    assert finished.args == [True] and len(window.legend_bar.buttons()) == 8
    QApplication.processEvents()
    assert _view_top(window) == top and window.toolBarBreak(window.legend_bar)
    # As its entries need it: a window wide enough for them beside the toolbar.
    window.resize(4000, window.height())
    QApplication.processEvents()
    window.legend_bar._fit_row()
    assert not window.toolBarBreak(window.legend_bar)
    window.close()


def test_foreseen_categories_reads_a_files_categories(tmp_path):  # type: ignore[no-untyped-def]
    import datetime as dt

    from timeline_app import io as timeline_io
    from timeline_app.core import Event, FuzzyDate, Source, Timeline
    from timeline_app.ui.main_window import foreseen_categories

    day = FuzzyDate.of_day(dt.date(2000, 1, 1))
    source = Source("s1", 'A "category": "fake" in a text', text='"category":"fake"')
    timeline = Timeline.from_events(
        [Event("e1", "A", day, category="trade & “aid”"), Event("e2", "B", day),
         Event("e3", "C", day, category="treaty", source_id="s1")], sources={"s1": source})
    path = tmp_path / "t.json"
    timeline_io.save(timeline, path)
    # (written "Trade & “aid”", "Treaty" since session 41: read as the lanes they are)
    assert foreseen_categories(str(path)) == {"trade & “aid”": 1, "event": 1, "treaty": 1}
    assert foreseen_categories(str(tmp_path / "gone.json")) is None
