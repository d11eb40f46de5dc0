"""File → Open of a file no opener reads says so before asking to save the open timeline's
changes (verify20 F10: "Save the changes…?" came first, for a text file renamed .json),
and the message names the file once and the format without nested brackets."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate


def test_a_file_that_cannot_open_is_refused_before_the_save_question(
        window, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    window.document.add_event(Event(id="mine", title="My own note",
                                    date=FuzzyDate(2025, 4, 1)))
    before = list(window.document.timeline.events)
    for name, data in [("notes.json", b"hello world\nthis is text\n"),
                       ("empty.json", b""), ("blob.ics", b"\x00\x01" * 3000)]:
        path = tmp_path / name
        path.write_bytes(data)
        recorded_prompts.open_path = str(path)
        recorded_prompts.errors.clear()
        assert window.open_file() is False
        assert recorded_prompts.asked_save_changes == 0, name
        assert len(recorded_prompts.errors) == 1, name
        message = recorded_prompts.errors[0][1]
        assert message.count(name) == 1, message
        assert window.document.is_modified and window.document.timeline.events == before


def test_a_timeline_still_asks_to_save_first(window, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    from timeline_app import io as timeline_io
    from timeline_app.core import Timeline

    window.document.add_event(Event(id="mine", title="My own note",
                                    date=FuzzyDate(2025, 4, 1)))
    path = tmp_path / "other.json"
    timeline_io.save(Timeline.from_events([Event("e1", "Talks", FuzzyDate(2020, 1, 2))]),
                     path)
    recorded_prompts.open_path = str(path)
    window.open_file()
    assert recorded_prompts.asked_save_changes == 1


def test_the_timeline_project_format_in_words_has_no_brackets() -> None:
    from timeline_app.io.timeline_project import FORMAT_WORDS

    assert "(" not in FORMAT_WORDS
