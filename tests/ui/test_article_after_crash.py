"""Import Article's text before Extract Events survives a crash (session 37, fix76; fix72's
"What is left"): a child app killed with SIGKILL while an article is pasted in the dialog
offers it at the next start, and the dialog reopens with the text and fields as typed;
closing the dialog on purpose leaves nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from killed_app import CHILD_APP, CHILD_RUN, kept_states, run_then_kill, shown
from PySide6.QtCore import QTimer

from timeline_app.io import recovery, review_recovery
from timeline_app.ui import prompts

ARTICLE = ("GENEVA, May 14, 2024 (Reuters) - The foreign ministers of Norway and Chile met in "
           "Geneva on Tuesday to prepare a fisheries agreement. They last met in Oslo in "
           "January.")

CHILD = CHILD_APP + r"""
ARTICLE = "@ARTICLE@"

def start():
    when_ready(lambda: (QTimer.singleShot(100, lambda: when_shown("articleDialog", paste)),
                        window().import_article()))

def paste(dialog):
    dialog.text_edit.setPlainText(ARTICLE)
    dialog.place_edit.setText("Geneva, Switzerland")
    dialog.set_mode("news")
    print("pasted", flush=True)
""".replace('"@ARTICLE@"', repr(ARTICLE)) + CHILD_RUN


def _kept(folder: str) -> bool:
    return any(draft.get("text") == ARTICLE and draft.get("mode") == "news"
               for draft in kept_states(folder, "article-*.json"))


_real_read_article_events = prompts.read_article_events


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_an_article_pasted_when_the_app_was_killed_is_offered_and_reopened(
        qtbot, recorded_prompts, monkeypatch, tmp_path):
    folder = os.environ["TIMELINE_APP_RECOVERY_DIR"]
    run_then_kill(CHILD, b"pasted", lambda: _kept(folder))

    from timeline_app.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    asked = []
    monkeypatch.setattr(prompts, "ask_reopen_article",
                        lambda _p, draft: asked.append(draft) or True)
    monkeypatch.setattr(prompts, "read_article_events", _real_read_article_events)
    seen = {}

    def look() -> None:
        dialog = shown("articleDialog")
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        seen["fields"] = (dialog.text_edit.toPlainText(), dialog.place_edit.text(),
                          dialog.mode(), dialog.date_edit.text())
        seen["changes"] = dialog.has_changes()
        seen["files"] = sorted(p.name for p in Path(folder).glob("article-*.json"))
        seen["note"] = dialog.note_label.text()
        seen["problem"] = dialog.error_label.text()
        dialog.grab().save(str(tmp_path / "reopened-article.png"))
        dialog.reject()  # asks (recorded: Discard), then closes: on purpose

    QTimer.singleShot(50, look)
    assert window.offer_unfinished_article()
    (draft,) = asked
    assert draft.text == ARTICLE and draft.place == "Geneva, Switzerland"
    assert seen["fields"][:3] == (ARTICLE, "Geneva, Switzerland", "news")
    assert seen["fields"][3] == "14 May 2024"  # the dateline's, read again
    assert seen["changes"]  # Cancel asks before dropping it
    assert "closed without finishing" in seen["note"]
    assert seen["problem"] == ""  # no problem: not in the red line (edit36)
    assert seen["files"] == [f"article-{os.getpid()}.json"]  # the dead run's is gone
    assert recorded_prompts.discard_questions == ["Discard the article?"]
    assert not list(Path(folder).glob("article-*.json"))  # closed on purpose: nothing kept


def test_the_dialog_keeps_its_text_after_a_pause_and_forgets_it_when_closed(
        window, qtbot, monkeypatch):
    from timeline_app.ui.import_article import ArticleDialog
    from timeline_app.ui.review_keeping import ARTICLE_PAUSE_MS, ArticleKeeper

    folder = Path(window.autosaver.folder)
    dialog = ArticleDialog(window)
    qtbot.addWidget(dialog)
    keeper = ArticleKeeper(lambda: str(folder), lambda: "Sample")
    keeper.watch(dialog)
    for letter in "the talks":  # typed: one write after the pause, not one per key
        dialog.text_edit.insertPlainText(letter)
    assert keeper.writes == 0
    qtbot.waitUntil(lambda: keeper.writes > 0, timeout=ARTICLE_PAUSE_MS * 10)
    qtbot.wait(ARTICLE_PAUSE_MS * 2)
    assert keeper.writes == 1
    draft = review_recovery.read_draft(review_recovery.draft_file(folder))
    assert draft.text == "the talks" and draft.timeline == "Sample" and draft.pid == os.getpid()
    assert recovery.may_hold_drafts(folder)
    dialog.text_edit.clear()  # emptied: nothing to keep
    qtbot.waitUntil(lambda: not review_recovery.draft_file(folder).exists(),
                    timeout=ARTICLE_PAUSE_MS * 10)
    dialog.text_edit.setPlainText("the talks again")
    qtbot.waitUntil(lambda: review_recovery.draft_file(folder).exists(),
                    timeout=ARTICLE_PAUSE_MS * 10)
    keeper.end()
    assert not review_recovery.draft_file(folder).exists()


def test_the_question_at_start_up_says_what_was_kept(qtbot):
    draft = review_recovery.new_article_draft("Nile talks", "pasted text", ARTICLE, "", "",
                                              "", "auto")
    box = prompts.article_draft_message_box(None, draft)
    qtbot.addWidget(box)
    assert "“pasted text”, 30 words, beginning “GENEVA, May 14" in box.text()
    assert "Norway and Chile met…”" in box.text()
    assert "for “Nile talks”" in box.text()


def test_review_recovery_uses_recovery_s_public_process_checks():
    """One owner of "is that process alive" and "remove a dead run's temporaries": the
    recovery copies' module, whose names were private and imported all the same."""
    source = Path(review_recovery.__file__).read_text("utf-8")
    assert "from .recovery import process_alive, remove_dead_temporaries" in source
    assert "_process_alive" not in source and "_remove_dead_temporaries" not in source
    assert recovery.process_alive(os.getpid()) is False  # this process's files: an old run's
    assert "process_alive" in recovery.__all__ and "remove_dead_temporaries" in recovery.__all__
