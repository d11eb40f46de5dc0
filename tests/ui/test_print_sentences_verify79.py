"""verify79 F12: the printed dated list had no source sentences, "so it is not yet a
hand-over for checking"; File → Print's "Source Sentences" puts each event's sentence
under its title."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata

import pytest

from tests.ui.test_verify43_prints import _pdf_print
from timeline_app.core import Event, Evidence, FuzzyDate, Timeline

SENTENCE = ("Delegations of the two neighbours opened a new round of border talks in Doha "
            "on Tuesday, mediated by Qatar.")


def _timeline() -> Timeline:
    day = FuzzyDate.of_day(dt.date(2026, 12, 1))
    return Timeline.from_events([
        Event("t", "Border talks open in Doha", day, category="Meeting",
              evidence=(Evidence(SENTENCE, 0, len(SENTENCE)),)),
        Event("h", "Typed by hand", day, category="Meeting")], title="Border talks")


def test_the_rows_hold_the_sentence_when_asked() -> None:
    from timeline_app.ui.print_pages import SENTENCE_MOST, chronology_rows

    plain = chronology_rows(_timeline().events, {})
    assert [title for _d, title, _l, _w in plain] == ["Border talks open in Doha", "Typed by hand"]
    rows = chronology_rows(_timeline().events, {}, sentences=True)
    assert [title for _d, title, _l, _w in rows] == [
        f"Border talks open in Doha\n“{SENTENCE}”", "Typed by hand"]
    long = " ".join(["word"] * 200)
    (row,) = chronology_rows([Event("l", "Long", FuzzyDate.of_year(2020),
                                    evidence=(Evidence(long, 0, len(long)),))], {},
                             sentences=True)
    assert row[1].endswith("…”") and len(row[1]) < SENTENCE_MOST + 20


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_printed_list_holds_the_sentence(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_timeline(), None)
    target = tmp_path / "talks.pdf"
    window._set_print_sentences(True)
    _pdf_print(window, monkeypatch, target)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    words = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "mediated by Qatar" in words
    assert window._print_choice_words("Source Sentences", True, 2).startswith(
        "Source Sentences on: each event's source sentence")
