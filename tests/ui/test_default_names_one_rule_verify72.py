"""Save, the exports and Print to PDF propose one name for one timeline (verify72 F21):
"Colombia and the FARC: the road to peace" was proposed as "…FARC the road to peace.json"
by Save and "…FARC_ the road to peace.pdf/.csv" by the exports."""

from __future__ import annotations

from pathlib import Path

from timeline_app.io.files import file_stem
from timeline_app.ui.main_window import suggested_file_name

TITLE = "Colombia and the FARC: the road to peace"


def test_one_rule_for_the_stem() -> None:
    assert file_stem(TITLE) == "Colombia and the FARC - the road to peace"
    assert suggested_file_name(TITLE) == "Colombia and the FARC - the road to peace.json"
    assert file_stem('a/b\\c*d?e"f<g>h|i') == "a b c d e f g h i"
    assert file_stem(" .. ") == "timeline" and file_stem("Notes.") == "Notes"
    assert len(file_stem("x" * 200)) == 80


def test_save_and_every_export_propose_the_same_name(window, recorded_prompts,
                                                     tmp_path: Path) -> None:
    window.document.set_properties(TITLE, "")
    recorded_prompts.save_path = None
    recorded_prompts.export_path = None
    assert not window.save_as()
    stems = {Path(recorded_prompts.save_suggestions[-1]).stem}
    for kind in ("CSV", "iCalendar"):
        assert not window.export_as(kind)
        stems.add(Path(recorded_prompts.export_suggestions[-1]).stem)
    assert stems == {"Colombia and the FARC - the road to peace"}
