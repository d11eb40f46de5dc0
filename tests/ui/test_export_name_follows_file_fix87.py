"""After Save As, an export's proposed file name follows the saved file's name, not the
title an import gave the timeline (verify83 F5: saved as "mbeleni-tarosa.json", the
TimelineJS export still proposed "Wirepoint, Lusaka, 14 February 2025-timelinejs.json").
Renamed since, the new name is proposed (verify63 F10).  Fails before session 62."""

from __future__ import annotations

from pathlib import Path


def test_an_export_is_named_after_the_saved_file(window, recorded_prompts, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch) -> None:
    from timeline_app.ui import prompts

    window.document.set_properties("Coastline, Accra, 7 March 2025", "")
    recorded_prompts.save_path = str(tmp_path / "velmora-dastia.json")
    assert window.save_as()
    suggestions: list[str] = []
    monkeypatch.setattr(prompts, "ask_export_path",
                        lambda _p, _t, suggestion, _f, *_n: suggestions.append(suggestion) or "")
    window.export_as("CSV")
    window.export_as("TimelineJS")
    assert [Path(s).name for s in suggestions] == ["velmora-dastia.csv",
                                                   "velmora-dastia-timelinejs.json"]
    suggestions.clear()
    window.document.set_properties("Velmora and Dastia, 2024-2025", "")
    window.export_as("CSV")
    assert [Path(s).name for s in suggestions] == ["Velmora and Dastia, 2024-2025.csv"]
