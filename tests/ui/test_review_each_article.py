"""Review Each Article (session 38, edit36; verify46 F12): a paste of several articles is
split, each article read with its own dateline and date, and reviewed in turn ("Article 2
of 3 — AFP, 28 November 2013"), with Skip Article and Stop; each is imported as it is
accepted, so that a later article's rows are offered as duplicates of an earlier one's.
A very long paste of several articles is asked one question, not two."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from article_dialogs import shown_article_dialog
from killed_app import shown
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from test_import_several_articles import _BODY, FIRST, SECOND

from timeline_app.io import review_recovery
from timeline_app.ui import prompts
from timeline_app.ui.import_article import (
    LONG_TEXT_CHARS,
    ArticleBatch,
    ArticleRequest,
    ReviewDialog,
    article_of_words,
)

#: Another outlet's wire of the first article's day, telling the same events.
THIRD = f"Roadmap agreed, EU says\n\nBRUSSELS, Nov 27, 2026 (Reuters) - {_BODY}"
PASTE = FIRST + SECOND + "\n" + THIRD


def _read_each(qtbot: Any, recorded_prompts: Any, text: str = PASTE) -> ArticleBatch:
    recorded_prompts.several_answer = prompts.EACH_ARTICLE
    dialog = shown_article_dialog(qtbot, text)
    with qtbot.waitSignal(dialog.extraction_ended, timeout=60000) as blocker:
        assert dialog.extract()
    assert blocker.args == [True] and dialog.batch is not None
    return dialog.batch


def test_each_article_is_read_with_its_own_dateline(qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    batch = _read_each(qtbot, recorded_prompts)
    assert [r.dct for r in batch.results] == [dt.date(2026, 11, 27), dt.date(2013, 11, 28),
                                             dt.date(2026, 11, 27)]
    assert [r.source.outlet for r in batch.results] == ["AFP", "AFP", "Reuters"]
    assert [r.source.dateline_place for r in batch.results] == ["Brussels", "Pristina",
                                                                "Brussels"]
    # the second wire's "on Friday" is its own Friday, not the first one's
    assert {c.date.describe() for c in batch.results[1].candidates} >= {"22 November 2013"}
    assert [q.name for q in batch.requests] == [f"news.txt, article {i} of 3"
                                                for i in (1, 2, 3)]
    assert batch.requests[1].text.startswith("Kosovo suspends closures")
    assert "Kosovo suspends" not in batch.requests[0].text  # each article alone
    assert "=" not in "".join(q.text for q in batch.requests)


def _answer_reviews(qtbot: Any, answers: list[Callable[[ReviewDialog], None]],
                    seen: list[dict[str, Any]]) -> None:
    """Answer each review dialog shown, in turn, with ``answers``; ``seen``: what each
    said (its article line, title, duplicates, the kept drafts on disk)."""
    def look() -> None:
        try:
            see()
        except BaseException:
            import traceback
            traceback.print_exc()
            raise

    def see() -> None:
        review = shown("reviewDialog")
        if review is None or (seen and seen[-1]["dialog"] is review):
            QTimer.singleShot(50, look)
            return
        folder = Path(os.environ["TIMELINE_APP_RECOVERY_DIR"])
        drafts = [review_recovery.read_draft(p) for p in folder.glob("article-*.json")]
        seen.append({"dialog": review, "line": review.article_of_label.text(),
                     "title": review.windowTitle(), "duplicates": len(review.duplicates),
                     "skip": review.skip_button.isVisible(),
                     "cancel": review.cancel_button.text(),
                     "drafts": [d.text for d in drafts]})
        answer = answers.pop(0)
        answer(review)
        if answers:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)


def _import(window: Any, qtbot: Any, recorded_prompts: Any,
            answers: list[Callable[[ReviewDialog], None]], text: str = PASTE,
            ) -> tuple[list[dict[str, Any]], int]:
    recorded_prompts.article = ArticleRequest(text, None, None, "wires.txt")
    recorded_prompts.several_answer = prompts.EACH_ARTICLE
    seen: list[dict[str, Any]] = []
    _answer_reviews(qtbot, answers, seen)
    with qtbot.waitSignal(window.import_finished, timeout=120000) as blocker:
        window.import_article()
    return seen, blocker.args[0]


def _merge_all(review: ReviewDialog) -> None:
    """Tick every row (a likely duplicate ticked is merged: its Duplicate? choice) and
    import."""
    review._check_all(True)
    review.accept()


def test_articles_are_reviewed_in_turn_and_a_later_one_repeats_an_earlier(
        window, qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    before = len(window.document.timeline)
    seen, imported = _import(window, qtbot, recorded_prompts,
                             [ReviewDialog.accept, ReviewDialog.skip, _merge_all])
    assert [s["line"] for s in seen] == ["Article 1 of 3 — AFP, 27 November 2026",
                                         "Article 2 of 3 — AFP, 28 November 2013",
                                         "Article 3 of 3 — Reuters, 27 November 2026"]
    assert seen[0]["title"].endswith("article 1 of 3") and seen[0]["skip"]
    assert seen[0]["cancel"] == "S&top"
    # The third wire tells the first one's events: offered as duplicates of those just
    # imported from it, not as new ones.
    assert seen[0]["duplicates"] == 0 and seen[2]["duplicates"] >= 2
    sources = {s.outlet for s in window.document.timeline.sources.values()}
    assert {"AFP", "Reuters"} <= sources
    # Over the untouched sample, the first article starts a new timeline; the others go
    # into it (not a new timeline each): 3 events, the third wire's 3 merged into them.
    # Named after the first headline's subject and its years, not the whole headline
    # "Serbia, Kosovo agree roadmap" (verify52 F8): all its events' years, the roadmap's
    # step planned for 2027 too (verify86 F3: the GUIDE's rule for the app's names).
    assert window.document.timeline.title == "Serbia and Kosovo, 2026-2027"
    assert len(window.document.timeline) == 3 and imported == 6 and before == 8
    said = window.statusBar().currentMessage()
    assert "from 2 of 3 articles" in said and "1 skipped" in said
    assert window._unfinished_article is None


def test_stop_keeps_what_was_imported_and_the_rest_for_import_article(
        window, qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    seen, imported = _import(window, qtbot, recorded_prompts,
                             [ReviewDialog.accept, ReviewDialog.reject])
    assert imported == 3 and len(window.document.timeline) == 3  # (a new timeline)
    # While a review is open, the articles after it are kept for after a crash (the
    # open one is kept by the review's own crash copy).
    assert [d.split("\n")[0] for d in seen[0]["drafts"]] == ["Kosovo suspends closures"]
    assert "Roadmap agreed, EU says" in seen[0]["drafts"][0]
    assert "Serbia, Kosovo agree roadmap" not in seen[0]["drafts"][0]
    assert [d.split("\n")[0] for d in seen[1]["drafts"]] == ["Roadmap agreed, EU says"]
    # Stopped at the second: it and the third are Import Article's text now
    rest = window._unfinished_article
    assert rest.text.startswith("Kosovo suspends closures") and "Reuters" in rest.text
    assert "Serbia, Kosovo agree roadmap" not in rest.text and rest.name == "wires.txt"
    assert "2 articles not reviewed" in window.statusBar().currentMessage()
    folder = Path(os.environ["TIMELINE_APP_RECOVERY_DIR"])
    assert not list(folder.glob("article-*.json"))  # ended: nothing left to recover


def test_the_question_offers_review_each_first_with_keys(qtbot):  # type: ignore[no-untyped-def]
    box = prompts.several_articles_box(None, 3, "<i>Kosovo</i> suspends", "27 November 2026")
    qtbot.addWidget(box)
    each = box.defaultButton()
    assert each is not None and each.text() == "Review &Each Article"
    assert box.escapeButton().text() == "&Back to Editing"
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Read as One Article"
    assert box.textFormat() == Qt.TextFormat.PlainText and "<i>Kosovo</i>" in box.text()
    QTimer.singleShot(0, each.click)
    box.exec()
    assert prompts.several_articles_answer(box) == prompts.EACH_ARTICLE


def test_a_long_paste_of_several_articles_is_asked_once(qtbot, recorded_prompts,
                                                         monkeypatch):  # type: ignore[no-untyped-def]
    long_asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_read_long_text",
                        lambda _p, message: long_asked.append(message) or True)
    recorded_prompts.several_answer = prompts.BACK_TO_EDITING
    text = (FIRST + SECOND) * (LONG_TEXT_CHARS // len(FIRST + SECOND) + 1)
    dialog = shown_article_dialog(qtbot, text)
    assert not dialog.extract()
    ((count, _second, _date, long_words),) = recorded_prompts.several_articles
    assert count > 100 and "KB, about" in long_words and "news articles" in long_words
    assert long_asked == []  # one question, saying both
    box = prompts.several_articles_box(None, count, "Kosovo", "", long_words)
    qtbot.addWidget(box)
    assert box.text().startswith("The text is ") and "seems to hold" in box.text()


def test_skip_has_a_key_and_is_hidden_outside_a_paste_of_several(
        qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    batch = _read_each(qtbot, recorded_prompts)
    review = ReviewDialog(batch.results[1])
    qtbot.addWidget(review)
    assert review.skip_button.isHidden() and review.article_of_label.isHidden()
    review.show_article_of(2, 3)
    assert not review.skip_button.isHidden()
    assert review.skip_button.text() == "Ski&p Article"
    assert review.article_of_label.textFormat() == Qt.TextFormat.PlainText
    assert review.article_of_label.text() == "Article 2 of 3 — AFP, 28 November 2013"
    undated = dataclasses.replace(batch.results[1], dct=None)
    assert article_of_words(3, 3, undated) == ("Article 3 of 3 — AFP, no date found (Back "
                                               "to Article to type it)")


def test_reopening_a_kept_review_reports_its_progress(window, monkeypatch):  # type: ignore[no-untyped-def]
    from timeline_app.io.review_recovery import ReviewArticle, new_state
    from timeline_app.paths import resource_path

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(window, "run_in_background",
                        lambda work, *args, **kwargs: calls.append(
                            {"work": work, **kwargs}) or True)
    seed = resource_path("seed-article.txt").read_text("utf-8")
    article = ReviewArticle(seed, "seed.txt", "2025-03-22", True, None, None, "auto")
    state = new_state("Sample", article, (), ())
    assert window._reopen_review(Path("review-1.json"), state)
    (call,) = calls
    # the bar fills: the reading reports how far it is (a busy bar stood still)
    assert call["work"] is None and call["reporting_work"] is not None


#: A paste's second article with no dateline: its "on Friday" and "last month" need its date.
UNDATED = ("Kosovo suspends closures\n\nKosovo's government said on Friday it would suspend "
           "the closure of Serbian-run institutions in the north for a month, after the "
           "European Union warned that the measure threatened the dialogue. The closures "
           "began last month and drew protests from Belgrade, which said the move broke "
           "the agreements reached in Brussels.\n")


def test_an_article_without_a_date_is_asked_for_one_as_a_single_one_is(  # type: ignore[no-untyped-def]
        qtbot, recorded_prompts):
    """Session 38 left it: the single article's flow asks for a date its dates need, the
    paste's Review Each Article reviewed such an article with them left out, unasked."""
    answers = iter(["not a day", "28 November 2013"])

    def ask(_parent: object, message: str, suggestion: str) -> str | None:
        recorded_prompts.article_date_questions.append((message, suggestion))
        return next(answers)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prompts, "ask_article_date", ask)
        batch = _read_each(qtbot, recorded_prompts, FIRST + "\n-----\n\n" + UNDATED)
    questions = [q for q, _s in recorded_prompts.article_date_questions]
    assert len(questions) == 2  # the first article has its dateline's date: not asked
    assert questions[0].startswith("Article 2 of 2 (“Kosovo suspends closures”): ")
    assert questions[1].startswith("“not a day” is not a day")
    assert "Article 2 of 2" in questions[1]
    assert [r.dct for r in batch.results] == [dt.date(2026, 11, 27), dt.date(2013, 11, 28)]
    assert not batch.requests[1].dct_from_dateline
    dates = {c.date.describe() for c in batch.results[1].candidates}
    assert "October 2013" in dates  # its "last month", dated from the date typed
    assert batch.results[0].candidates  # the first as it was read


def test_cancel_reviews_the_undated_article_without_a_date(qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    recorded_prompts.article_date = None
    batch = _read_each(qtbot, recorded_prompts, FIRST + "\n-----\n\n" + UNDATED)
    assert len(recorded_prompts.article_date_questions) == 1
    assert [r.dct for r in batch.results] == [dt.date(2026, 11, 27), None]


def test_a_new_timeline_of_several_wires_is_named_after_them_all(  # type: ignore[no-untyped-def]
        window, qtbot, recorded_prompts, monkeypatch):
    """verify48 F14: three outlets' wires, without headlines, made a timeline named after
    the first one's dateline, "Reuters, Ankara, 20 November 2025"."""
    from test_import_several_articles import THREE

    from timeline_app.extract import dateline as dateline_module

    monkeypatch.setattr(dateline_module, "_today", lambda: dt.date(2026, 12, 4))
    seen, imported = _import(window, qtbot, recorded_prompts,
                             [_merge_all, _merge_all, _merge_all], text=THREE)
    assert len(seen) == 3 and imported
    document = window.document
    assert document.timeline.title == "Ankara, Geneva and Seoul, 20–28 November 2025"
    assert "Timeline named “Ankara, Geneva and Seoul" in window.statusBar().currentMessage()
    document.undo_stack.undo()  # the name goes back, the events stay
    assert document.timeline.title == "Reuters, Ankara, 20 November 2025"
    assert len(document.timeline) >= 3


def test_a_paste_killed_in_its_first_review_is_offered_whole_after_a_crash(  # type: ignore[no-untyped-def]
        window, qtbot, recorded_prompts, monkeypatch, tmp_path):
    """verify54 F30: killed in the review of article 1 of 6, the restart offered only that
    article's review, as a single article, into the file the restart opened, not the
    timeline it named; the other articles came back only at the start after, without
    the date typed for one of them.  Now one question covers the review and the
    articles after it (with their dates), reviewed on as "Article 2 of 3", and the review
    goes into the timeline it was for (a new one here: the restart shows a file)."""
    import msgspec
    from killed_app import dead_pid

    from timeline_app.io import native

    recorded_prompts.article_date = "28 November 2013"
    kept: dict[str, Any] = {}

    def crash(review: ReviewDialog) -> None:  # what a kill leaves on disk, then Stop
        review.set_cell(0, "Title", "Roadmap agreed, as the desk wrote it")
        kept["state"] = window.review_keeper.state()
        folder = Path(os.environ["TIMELINE_APP_RECOVERY_DIR"])
        (draft,) = folder.glob("article-*.json")
        kept["draft"] = draft.read_bytes()
        review.reject()

    text = FIRST + "\n-----\n\n" + UNDATED + "\n-----\n\n" + THIRD
    _import(window, qtbot, recorded_prompts, [crash], text=text)
    state = kept["state"]
    assert state.article_of == (1, 3) and len(state.later) == 2
    assert state.later[0].dct == "2013-11-28"  # the date typed for article 2 is kept
    # The restart shows another timeline, a file (as the trial's did).
    saved = tmp_path / "other.json"
    native.save(window.document.timeline, str(saved))
    assert window.open_path(str(saved), background=False)
    folder = Path(window.autosaver.folder)
    pid = dead_pid()
    review_file = review_recovery.review_file(folder, pid)
    review_file.write_bytes(msgspec.json.encode(msgspec.structs.replace(state, pid=pid)))
    review_recovery.draft_file(folder, pid).write_bytes(kept["draft"])
    questions: list[Any] = []
    monkeypatch.setattr(prompts, "ask_reopen_review",
                        lambda _p, s: questions.append(prompts.review_message_box(None, s))
                        or True)
    monkeypatch.setattr(prompts, "ask_reopen_article",
                        lambda *_a: pytest.fail("the paste's rest asked about apart"))
    seen: list[dict[str, Any]] = []
    looks: dict[str, Any] = {}

    def first(review: ReviewDialog) -> None:
        looks["title"] = review.review_rows()[0].title
        looks["new"] = review.new_radio.isChecked()
        review.accept()

    _answer_reviews(qtbot, [first, ReviewDialog.accept, ReviewDialog.reject], seen)
    with qtbot.waitSignal(window.import_finished, timeout=120000):
        assert window.offer_unfinished_review()
    (box,) = questions
    assert "and the 2 articles after it in the same paste, not reviewed yet" in box.text()
    assert "(Discard deletes them; Decide Later keeps them" in box.informativeText()
    assert [s["line"] for s in seen] == ["Article 1 of 3 — AFP, 27 November 2026",
                                         "Article 2 of 3 — 28 November 2013",
                                         "Article 3 of 3 — Reuters, 27 November 2026"]
    assert looks == {"title": "Roadmap agreed, as the desk wrote it", "new": True}
    titles = {e.title for e in window.document.timeline.events}
    assert "Roadmap agreed, as the desk wrote it" in titles
    # The paste's rest went with its review: nothing is offered again.
    assert not list(folder.glob("article-*.json")) and not list(folder.glob("review-*.json"))
    assert window.document.path is None  # a new timeline, not the file shown
