"""verify88 F2 (ext155): a review row read as a treaty, retitled as the diplomatic note it
was, moved to Visit ("sends" read as sending people); and once the person put it in Dispute
by hand, Move It Too offered to take the real treaty row along.  A writing sent is no visit,
and a row retitled as another act corrects that row alone.  The sentences are written for
these tests."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.extract.title_kind import title_kind
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("VIENNA, Dec 3 (Reuters) - Iran and the IAEA signed a cooperation agreement on "
        "Tuesday. In 2015 Iran and six world powers signed the nuclear deal in Vienna. The "
        "two sides signed a protocol on Nov. 20, 2026. Foreign ministers met in Cairo on "
        "Monday.")
NOTE_TITLE = "Iran sends diplomatic note protesting the inspection rules"


def _lanes(dialog: ReviewDialog) -> list[str]:
    return [dialog._row_category(row) for row in range(dialog.table.rowCount())]


def test_a_writing_sent_is_no_visit() -> None:
    assert title_kind(NOTE_TITLE) == ""
    assert title_kind("Denmark sends letter of protest to Reykjavik") == "dispute"
    assert title_kind("Brazil sends trade delegation to Shanghai") == "visit"  # (people sent)


def test_a_row_retitled_as_another_act_keeps_its_lane_and_offers_no_move(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(TEXT), True, None, [])
    qtbot.addWidget(dialog)
    kinds = [c.category for c in dialog.extraction.candidates]
    first, *others = [row for row, kind in enumerate(kinds) if kind == "treaty"]
    assert others
    dialog.set_cell(first, "Title", NOTE_TITLE)
    assert _lanes(dialog)[first] == "treaty"  # (not Visit: the title names no other kind)
    dialog.set_cell(first, "Category", "dispute")
    lanes = _lanes(dialog)
    assert lanes[first] == "dispute"
    assert all(lanes[row] == "treaty" for row in others)
    assert dialog.follow_button.isHidden()
    assert "Move It Too" not in dialog.note_label.text()
    assert "Move Them Too" not in dialog.note_label.text()


def test_a_row_retitled_as_its_own_kind_still_offers_the_lane(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(TEXT), True, None, [])
    qtbot.addWidget(dialog)
    kinds = [c.category for c in dialog.extraction.candidates]
    first, *others = [row for row, kind in enumerate(kinds) if kind == "treaty"]
    dialog.set_cell(first, "Title", "Iran and the IAEA sign cooperation accord")
    dialog.set_cell(first, "Category", "Paper trail")
    assert not dialog.follow_button.isHidden()
