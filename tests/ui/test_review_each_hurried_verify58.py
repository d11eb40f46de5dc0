"""verify58 F27, the hurried path: four updates of one breaking story pasted at once, Review
Each Article, every review accepted as proposed (Ctrl+Enter).  The attack came in three
times (an update's telling, which corrects its place, was only "possibly" the first
story's; a later "attacked earlier this month" too), and the meeting held on the day the
visit was put off to was left out as a repeat of "Visit postponed", so the timeline never
said it took place.  Texts of our own, shaped as her wires were."""

from __future__ import annotations

from test_review_each_article import _import

from timeline_app.ui.import_article import ReviewDialog

STORY = (
    "Rebels hit tanker off Aden; Omani minister to visit Cairo\n\n"
    "ADEN, May 4, 2026 (Reuters) - Rebel forces struck the Maltese-flagged oil tanker Blue "
    "Harbor with a missile off the port of Aden overnight, the maritime agency said on "
    "Monday.\n\n"
    "Omani Foreign Minister Badr Albusaidi will travel to Cairo next week for talks with his "
    "Egyptian counterpart Badr Abdelatty, diplomats said.\n\n"
    "UPDATE 1-Rebels claim tanker attack\n\n"
    "ADEN, May 5, 2026 (Reuters) - The rebel movement claimed responsibility on Tuesday for a "
    "missile attack on the tanker Blue Harbor, which maritime sources now say was hit off "
    "Mukalla late on Sunday, not off Aden as first reported.\n\n"
    "A French frigate evacuated the 21 crew members on Tuesday and took them to Djibouti, "
    "the French armed forces ministry said.\n\n"
    "Omani minister's Cairo trip postponed\n\n"
    "MUSCAT, May 8, 2026 (Reuters) - A visit to Cairo by Omani Foreign Minister Badr "
    "Albusaidi, which had been planned for Monday, has been postponed to May 19, the Omani "
    "foreign ministry said on Friday, without giving a reason.\n\n"
    "European Union foreign ministers will discuss the naval mission at a meeting in "
    "Brussels on Wednesday, EU diplomats said.\n\n"
    "Omani, Egyptian ministers meet in Cairo\n\n"
    "CAIRO, May 20, 2026 (Reuters) - Omani Foreign Minister Badr Albusaidi met Egyptian "
    "Foreign Minister Badr Abdelatty in Cairo on Tuesday, Egypt's foreign ministry said.\n\n"
    "The damaged tanker Blue Harbor, attacked earlier this month, was towed into the port of "
    "Djibouti on Monday, its manager said.\n")


def _as_proposed(review: ReviewDialog) -> None:
    """Ctrl+Enter as the review proposes; with nothing ticked (Import disabled: it would
    stay open) Stop, so that the test fails rather than waits."""
    if review.import_button.isEnabled():
        review.accept()
    else:
        review.reject()


def test_accepting_each_review_as_proposed_gives_one_row_per_event(  # type: ignore[no-untyped-def]
        window, qtbot, recorded_prompts):
    seen, _imported = _import(window, qtbot, recorded_prompts, [_as_proposed] * 4, text=STORY)
    assert len(seen) == 4
    events = list(window.document.timeline.events)
    titles = [e.title for e in events]
    # the attack once (the update's telling and "attacked earlier this month" merged or
    # left out), the claim of responsibility its own event
    attacks = [e for e in events if "Blue Harbor" in e.title]
    assert len(attacks) == 1, titles
    # the meeting held is in the timeline, merged into the visit put off to that day
    held = [e for e in events if e.title == "Badr Albusaidi and Badr Abdelatty meet in Cairo"]
    assert len(held) == 1, titles
    assert held[0].date.describe() == "19 May 2026"
    assert not any("Visit postponed" in t for t in titles), titles
