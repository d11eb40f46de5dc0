"""The recovery question at start-up is not asked under "Opening NAME…" (verify29, item 9:
the question about "Untitled timeline" was shown over an empty axis saying "Opening
kbd.json…", a file that was not being opened yet, and is opened only after it)."""

from __future__ import annotations

from test_recovery_background import HeldRead, _crashed_copy

from timeline_app.core import Event, FuzzyDate, Timeline


def _standing_in(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from timeline_app import io as timeline_io
    from timeline_app.app import create_opening_window

    path = tmp_path / "kbd.json"
    timeline_io.save(Timeline.from_events(
        [Event(id="e1", title="Talks", date=FuzzyDate.of_ymd(2024, 5, 3))], title="Kbd"), path)
    window = create_opening_window(str(path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panels_ready, timeout=10_000):
        window.show()
    return window, path


def test_the_question_is_asked_without_the_opening_words(qtbot, tmp_path,
                                                         recorded_prompts):
    window, _path = _standing_in(qtbot, tmp_path)
    notice = window._opening_notice
    assert notice.isVisible() and notice.text() == "Opening kbd.json…"
    _crashed_copy(window.autosaver.folder, "Untitled")
    seen = []

    def ask(copy):  # type: ignore[no-untyped-def]
        seen.append((notice.isVisible(), window.detail_pane.plain_text(),
                     window.windowTitle()))
        return None  # Decide Later

    recorded_prompts.restore = ask
    ended: list[bool] = []
    window.offer_recovery(background=True, ended=ended.append)
    (visible, details, title), = seen
    assert not visible and "Opening kbd.json" not in details
    # Nor under the file's name in the title (verify32, finding 10: the question about
    # "Untitled timeline" asked in a window titled "big.json — Diplomatic Timeline").
    assert "kbd" not in title, title
    assert "Unsaved changes from an earlier session" in details
    # The question over: the file is opened next, and the stand-in says so again.
    assert ended == [False]
    assert notice.isVisible() and notice.text() == "Opening kbd.json…"
    assert "Opening kbd.json" in window.detail_pane.plain_text()
    assert window.windowTitle().startswith("kbd.json"), window.windowTitle()


def test_a_copy_chosen_is_said_to_be_restored_not_the_file_opened(qtbot, tmp_path,
                                                                  monkeypatch,
                                                                  recorded_prompts):
    window, _path = _standing_in(qtbot, tmp_path)
    notice = window._opening_notice
    _crashed_copy(window.autosaver.folder, "Untitled")
    held = HeldRead(monkeypatch)
    recorded_prompts.restore = True
    ended: list[bool] = []
    assert window.offer_recovery(background=True, ended=ended.append)
    assert held.reached.wait(5)
    assert notice.isVisible() and notice.text() == "Restoring Untitled.json…"
    held.release()
    qtbot.waitUntil(lambda: ended == [True], timeout=10_000)
    assert len(window.document.timeline) == 3
    from timeline_app.ui import prompts

    recorded_prompts.save_choice = prompts.SaveChoice.DISCARD
