"""An article imported into the open timeline has its dateline read beside the timeline's
dates (verify33, E1): "TOKYO, Nov. 26 (Kyodo) -- ... on Wednesday" read on 3 December 2026
is of 2026 (filed the day after a Wednesday) in a timeline of its story's November 2026,
not of 2025 (a Wednesday).  Text written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from timeline_app.extract import dateline as dl
from timeline_app.ui.import_article import ArticleDialog

WIRE = ("Ministers agree on a working group\n\n"
        "TOKYO, Nov. 26 (Kyodo) -- The foreign ministers of Japan and South Korea agreed in "
        "Tokyo on Wednesday to set up a working group on the summit.\n\n"
        "Relations soured in 2019 and improved after Seoul announced in March 2023 that it "
        "would settle the dispute itself.")


def _extracted(qtbot, dialog: ArticleDialog) -> None:  # type: ignore[no-untyped-def]
    """Click Extract and wait until the reading ends."""
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2026, 12, 3))


def test_the_dialog_reads_the_dateline_beside_the_timeline_and_extracts_with_it(qtbot):
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.timeline_days = (dt.date(2026, 11, 17),)
    dialog.show()
    dialog.set_text(WIRE, "wire.txt")
    assert dialog.date_edit.text() == "26 November 2026"
    assert "open timeline" in dialog.date_hint.text()
    _extracted(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.extraction is not None
    assert dialog.extraction.dct == dt.date(2026, 11, 26)
    assert "open timeline" in dialog.extraction.dct_basis  # the dateline's, not "given"


def test_without_a_timeline_the_dialog_reads_the_text_alone(qtbot):
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(WIRE, "wire.txt")
    assert dialog.date_edit.text() == "26 November 2025"


def test_the_main_window_passes_its_articles_dates(window, monkeypatch):
    from timeline_app.ui import prompts

    seen: list[object] = []
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, *, timeline_days=(), **_k: seen.append(timeline_days))
    window.import_article()
    # the sample timeline was read from one article, of 22 March 2025
    assert seen == [(dt.date(2025, 3, 22),)]


# verify70 F1: the same year-less wire imported again was proposed the text's own year, not
# the one the person had corrected its dateline to, and every row was dated a year late.
GENEVA = ("Envoys agree to resume border talks\n\n"
          "GENEVA, Nov. 18 (Reuters) - Envoys of the two neighbours agreed on Tuesday to resume "
          "their border commission next month, Swiss officials said.\n\n"
          "An EU spokesperson said on Wednesday the monitoring mission would stay.")


def test_the_same_text_imported_again_is_proposed_the_date_it_was_imported_with(qtbot):
    from timeline_app.core.reimport import article_id

    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(GENEVA, "wire.txt")
    assert dialog.date_edit.text() == "18 November 2026"  # the text's own reading
    again = ArticleDialog()
    qtbot.addWidget(again)
    again.article_days = {article_id(GENEVA): dt.date(2025, 11, 18)}
    again.show()
    again.set_text(GENEVA, "wire.txt")
    assert again.date_edit.text() == "18 November 2025"
    assert "as when this same text was imported before" in again.date_hint.text()
    _extracted(qtbot, again)
    assert again.extraction is not None
    assert again.extraction.dct == dt.date(2025, 11, 18)
    days = {c.date.start for c in again.extraction.candidates if c.date is not None}
    assert dt.date(2025, 11, 18) in days or dt.date(2025, 11, 19) in days  # not 2026's


def test_another_text_or_another_day_keeps_its_own_reading(qtbot):
    from timeline_app.core.reimport import article_id

    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.article_days = {article_id(GENEVA + " "): dt.date(2025, 11, 18),
                           article_id(WIRE): dt.date(2025, 11, 27)}  # another text; another day
    dialog.set_text(GENEVA, "wire.txt")
    assert dialog.date_edit.text() == "18 November 2026"
    dialog.set_text(WIRE, "wire2.txt")
    assert dialog.date_edit.text() == "26 November 2025"


def test_the_main_window_passes_the_dates_its_articles_were_imported_with(window, monkeypatch):
    from timeline_app.core.reimport import article_id
    from timeline_app.ui import prompts

    seen: list[object] = []
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, *, article_days=None, **_k: seen.append(article_days))
    window.import_article()
    (days,) = seen
    (source,) = window.document.timeline.sources.values()  # the sample's article, by its text
    assert days == {article_id(source.text): dt.date(2025, 3, 22)}
