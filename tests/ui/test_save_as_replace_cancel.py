"""Cancel in Save As's "Replace file?" comes back to the file dialog (verify36 F12).

The question's Cancel (its default) ended Save As: the person who chose an existing name
by mistake had to start again from the menu, where an export's Cancel brings its file
dialog back (verify25)."""

from __future__ import annotations

import json


def test_cancel_in_replace_file_brings_the_dialog_back_for_another_name(
        window, recorded_prompts, tmp_path):
    existing = tmp_path / "iran.json"
    existing.write_text("{}", "utf-8")
    other = tmp_path / "iran-2.json"
    recorded_prompts.save_path = str(existing)
    recorded_prompts.replace = False
    recorded_prompts.save_paths_after_refusal = [str(other)]
    assert window.save_as()
    assert len(recorded_prompts.replace_questions) == 1
    # the dialog came back on the name refused, and the other name was written
    assert recorded_prompts.save_suggestions[-1] == str(existing)
    assert existing.read_text("utf-8") == "{}"
    assert json.loads(other.read_text("utf-8"))["format"] == "diplomatic-timeline"
    assert window.document.path == str(other)
