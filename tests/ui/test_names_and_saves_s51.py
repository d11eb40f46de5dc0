"""verify63 (session 51): names proposed after a rename or a merge, Save with nothing to
save, and the import review's default for an article unrelated to the open timeline."""

from __future__ import annotations

import json
from pathlib import Path

from timeline_app import io as timeline_io


def _compact_copy(window, path: Path) -> bytes:
    """The window's timeline written as another tool writes it: one line, no indent."""
    timeline_io.save(window.document.timeline, path)
    data = json.dumps(json.loads(path.read_text("utf-8")), separators=(",", ":"))
    path.write_text(data, "utf-8")
    return path.read_bytes()


def test_save_with_no_change_writes_nothing_and_says_so(window, tmp_path: Path) -> None:
    """verify63 F16: Ctrl+S on an unchanged file of format version 1 rewrote it,
    64 MB → 86 MB (indented)."""
    path = tmp_path / "compact.json"
    before = _compact_copy(window, path)
    assert window.open_path(str(path), background=False)
    assert not window.document.is_modified
    mtime = path.stat().st_mtime_ns
    assert window.save()
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime
    assert window.statusBar().currentMessage() == "No changes to save"
    # After a change, Save writes (in the writer's own layout).
    window.document.remove_event(window.view.event_ids()[0])
    assert window.save()
    assert path.read_bytes() != before and not window.document.is_modified
    assert window.statusBar().currentMessage().startswith("Saved")
    # A file deleted meanwhile is written again, changed or not.
    path.unlink()
    assert window.save() and path.is_file()


def test_save_as_and_exports_propose_the_timelines_name_after_a_rename(
        window, recorded_prompts, tmp_path: Path) -> None:
    """verify63 F10: renamed in Timeline → Properties, the timeline's Save As proposed
    its file's name, and every export the file's name, where the README promises "An
    export proposes the timeline's name with the export's extension"."""
    own = tmp_path / "east_asia_summit.json"
    recorded_prompts.save_path = str(own)
    assert window.save_as()
    recorded_prompts.save_path = None  # the dialogs cancelled: what did they propose?
    recorded_prompts.export_path = None
    assert not window.save_as()
    assert recorded_prompts.save_suggestions[-1] == str(own)  # not renamed: its file
    assert not window.export_as("CSV")
    assert Path(recorded_prompts.export_suggestions[-1]).name == (
        "South Korea and Japan, 1965-2025.csv")
    window.document.set_properties("Gulf and East Asia diplomacy, late 2026", "")
    assert not window.save_as()
    assert recorded_prompts.save_suggestions[-1] == str(
        tmp_path / "Gulf and East Asia diplomacy, late 2026.json")
    for kind, extension in (("CSV", ".csv"), ("iCalendar", ".ics")):
        assert not window.export_as(kind)
        assert Path(recorded_prompts.export_suggestions[-1]).name == (
            f"Gulf and East Asia diplomacy, late 2026{extension}")
    # Saved under the new name, Save As proposes that file again.
    recorded_prompts.save_path = str(tmp_path / "gulf.json")
    assert window.save_as()
    recorded_prompts.save_path = None
    assert not window.save_as()
    assert recorded_prompts.save_suggestions[-1] == str(tmp_path / "gulf.json")


def test_a_merge_that_widens_the_years_offers_to_rename(
        window, recorded_prompts, tmp_path: Path, monkeypatch) -> None:
    """verify63 F10: File → Merge… of a timeline running to 2027 into "…, 1965-2025"
    kept the name without a word; an import offers the years widened."""
    from reviewed_import import merge_saved

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.ui import prompts

    offered: list[tuple[str, str]] = []

    def ask(_parent, title, _description, note=""):  # type: ignore[no-untyped-def]
        offered.append((title, note))
        return (title, _description)

    monkeypatch.setattr(prompts, "ask_timeline_properties", ask)
    other = Timeline(title="Colleague's copy")
    other.add(Event(id="x1", date=FuzzyDate(2027, 1, 15), title="Japan and South Korea meet",
                    participants=("Japan", "South Korea"), category="meeting"))
    assert merge_saved(window, monkeypatch, recorded_prompts, other,
                       tmp_path / "colleague.json")
    assert offered and offered[0][0] == "South Korea and Japan, 1965-2027"
    assert offered[0][1].startswith("The events just merged, with the timeline's own, run "
                                    "from 1965 to 2027, beyond the years")  # (verify72 F18)
    assert window.document.timeline.title == "South Korea and Japan, 1965-2027"


EAST_ASIA = (
    "S. Korea, China, Japan to hold foreign ministers' talks in Tokyo\n\n"
    "SEOUL, Dec. 5, 2026 (Yonhap) -- The foreign ministers of South Korea, China and Japan "
    "will meet in Tokyo on Dec. 18 to prepare for a trilateral leaders' summit, Seoul's "
    "foreign ministry said Saturday.\n"
    "President Lee Jae Myung held talks with Chinese President Xi Jinping in Shenzhen last "
    "month.\n")

IRAN_TALKS = (
    "Iran and U.S. envoys meet again in Muscat\n\n"
    "MUSCAT, Dec 20, 2026 (Reuters) - Iran and the United States held a second round of "
    "indirect talks in Muscat on Thursday, Oman's foreign ministry said.\n")


def _review(window, qtbot, monkeypatch, text: str):  # type: ignore[no-untyped-def]
    """The review of ``text``, given the timeline's name as ``prompts.review_candidates``
    gives it, cancelled: only its default is looked at."""
    from test_import_into_sample import _import

    return _import(window, qtbot, monkeypatch, text, named=True)


def _gulf_timeline(window, tmp_path: Path, title: str = "Oman and Iran, 2015-2026") -> None:
    from timeline_app.core import Event, FuzzyDate, Timeline

    gulf = Timeline(title=title)
    gulf.add(Event(id="g1", date=FuzzyDate(2023, 3, 10), category="treaty",
                   title="Saudi Arabia and Iran restore ties in a deal brokered by China",
                   participants=("Saudi Arabia", "Iran", "China"), location="Beijing"))
    gulf.add(Event(id="g2", date=FuzzyDate(2026, 12, 3), category="meeting",
                   title="Oman hosts indirect Iran-U.S. talks",
                   participants=("Oman", "Iran", "United States"), location="Muscat"))
    path = tmp_path / "gulf.json"
    timeline_io.save(gulf, path)
    assert window.open_path(str(path), background=False)


def test_an_unrelated_article_starts_a_new_timeline_by_default(window, qtbot, monkeypatch,
                                                                tmp_path: Path) -> None:
    """verify63 F9: with a saved Gulf timeline open, an East Asia article's review came
    up with "Add to the current timeline" chosen.  China, a broker in one Gulf event,
    is one of the article's parties: the timeline's name names none of them, and no
    row repeats one of its events."""
    _gulf_timeline(window, tmp_path)
    dialog = _review(window, qtbot, monkeypatch, EAST_ASIA)
    assert dialog.table.rowCount() >= 1
    assert dialog.new_radio.isChecked() and dialog.add_radio.isEnabled()
    assert "nothing in this article is in the open timeline" in dialog.new_radio.toolTip()
    # Under a name that names none of its participants, China in common keeps "Add".
    window.document.set_properties("Diplomacy I follow", "")
    assert _review(window, qtbot, monkeypatch, EAST_ASIA).add_radio.isChecked()
    window.document.set_properties("Oman and Iran, 2015-2026", "")
    # An article of the same story is added, as before.
    dialog = _review(window, qtbot, monkeypatch, IRAN_TALKS)
    assert dialog.add_radio.isChecked()


def test_a_shared_participant_keeps_add_under_a_name_without_parties(
        window, qtbot, monkeypatch, tmp_path: Path) -> None:
    """A timeline whose name names no party ("My reading list") has only its events to
    tell by: a participant in common (China) keeps "Add"; File → New's empty timeline
    is added to too."""
    _gulf_timeline(window, tmp_path, title="My reading list")
    assert _review(window, qtbot, monkeypatch, EAST_ASIA).add_radio.isChecked()
    window.document.replace_timeline(type(window.document.timeline)(), None)
    assert _review(window, qtbot, monkeypatch, EAST_ASIA).add_radio.isChecked()


def test_the_file_dialog_dates_read_as_iso_under_the_c_locale(qtbot, tmp_path: Path,
                                                                monkeypatch) -> None:
    """verify63 F17: Qt's own file dialog's Date Modified read "6 12 2026 06:04" under
    LANG=C.UTF-8 (the C locale's short format, "d MM yyyy HH:mm")."""
    from PySide6.QtWidgets import QFileSystemModel, QStyleOptionViewItem, QTreeView

    from timeline_app.ui import prompts

    monkeypatch.setattr(prompts, "system_locale_has_no_dates", lambda: True)
    (tmp_path / "gulf.json").write_text("{}", "utf-8")
    dialog = prompts._FileDialog(None, "Open timeline", str(tmp_path), "All files (*)")
    dialog.setOption(prompts.QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    prompts.dates_readable(dialog)
    model = dialog.findChild(QFileSystemModel)
    index = model.index(str(tmp_path / "gulf.json")).siblingAtColumn(3)
    tree = dialog.findChild(QTreeView, "treeView")
    option = QStyleOptionViewItem()
    tree.itemDelegateForColumn(3).initStyleOption(option, index)
    stamp = model.lastModified(index)
    assert option.text == stamp.toString("yyyy-MM-dd HH:mm"), option.text
    assert option.text[4] == "-" and len(option.text) == 16


def test_a_rename_restored_from_a_recovery_copy_is_a_rename_since_saved(
        window, recorded_prompts, tmp_path: Path) -> None:
    """A copy restored after a crash whose timeline was renamed: its file still holds the
    old name, so Save As proposes the new one (``Document.renamed_since_saved``)."""
    path = tmp_path / "mine.json"
    timeline_io.save(window.document.timeline, path)
    assert window.open_path(str(path))
    window.document.set_properties("My talks", "")
    assert window.autosaver.write_now()
    assert window.offer_recovery()
    assert window.document.timeline.title == "My talks"
    assert window.document.renamed_since_saved
    recorded_prompts.save_path = None
    assert not window.save_as()
    assert recorded_prompts.save_suggestions[-1] == str(tmp_path / "My talks.json")
