"""The first save of the sample timeline, edited and still under the sample's name, offers
Timeline → Properties first (verify67 F12: a lesson back to 1592 was saved as "South Korea
and Japan, 1965-2025.json", its picture's header so too)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui import prompts


def _edited(window) -> None:  # type: ignore[no-untyped-def]
    window.document.add_event(Event("imjin", "Imjin War", FuzzyDate.of_year(1592),
                                    category="War"))
    QApplication.processEvents()


def test_a_name_is_offered_and_the_file_takes_it(window, recorded_prompts, tmp_path,
                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sample = window.document.timeline.title
    asked: list[tuple[str, str]] = []

    def properties(_parent, title, _description, note=""):  # type: ignore[no-untyped-def]
        asked.append((title, note))
        return "Korea and Japan, 1592 to today", "A Year 10 lesson."

    monkeypatch.setattr(prompts, "ask_timeline_properties", properties)
    _edited(window)
    recorded_prompts.save_path = str(tmp_path / "lesson.json")
    assert window.save()
    ((title, note),) = asked
    assert title == sample and "sample's name" in note
    assert recorded_prompts.save_suggestions[-1].endswith("Korea and Japan, 1592 to today.json")
    assert window.document.timeline.title == "Korea and Japan, 1592 to today"
    window.document.add_event(Event("later", "Later", FuzzyDate.of_year(2026),
                                    category="War"))
    assert window.save()  # saved to its file since: not asked again
    assert len(asked) == 1


def test_cancel_keeps_the_name_and_an_unedited_sample_is_not_asked(window, recorded_prompts,
                                                                    tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_timeline_properties",
                        lambda *_args: asked.append("asked"))  # (None: Cancel)
    recorded_prompts.save_path = str(tmp_path / "sample.json")
    assert window.save()  # the sample as it is
    assert asked == []
    window.open_sample()
    _edited(window)
    recorded_prompts.save_path = str(tmp_path / "edited.json")
    sample = window.document.timeline.title
    assert window.save()
    assert asked == ["asked"] and window.document.timeline.title == sample
