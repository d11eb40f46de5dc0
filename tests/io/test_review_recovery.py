"""An unfinished import review's state (``io.review_recovery``): round trip, atomic write,
and every damaged or foreign file a FormatError naming where, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.io import review_recovery as rr
from timeline_app.io.atomic import NotARegularFileError
from timeline_app.io.errors import FormatError

ARTICLE = rr.ReviewArticle("TOKYO, March 22 (Kyodo) - Ministers met. «ü» \u200b",
                           "wire.txt", "2025-03-22", True, "Tokyo", None, "news",
                           ("2025-03-01", "2024-12-31"))
ROWS = (rr.ReviewRow(True, "22 March 2025", "Ministers meet", "Japan, South Korea", "Tokyo",
                     "Meeting"),
        rr.ReviewRow(False, "March 2023", "Corrected «title»", "", "", "Talks", "merge",
                     "e12", (1,)))


def _state() -> rr.ReviewState:
    return rr.new_state("Korea–Japan", ARTICLE, (("22 March 2025", "Ministers meet"),
                                                 ("March 2023", "Yoon announces")),
                        ROWS, kept=(1,), new_timeline=True, unsure_untouched=(0,),
                        corrected_rows=(1,))


def test_a_state_round_trips(tmp_path):
    state = _state()
    file = rr.write_review(tmp_path / "made", state)
    assert file == rr.review_file(tmp_path / "made") and file.name == f"review-{os.getpid()}.json"
    assert rr.read_review(file) == state
    assert state.corrected == 1  # the second row (its title; its sentence dropped)
    assert not list((tmp_path / "made").glob(".*.tmp"))  # no temporary left


def test_a_state_of_a_running_process_is_not_offered(tmp_path):
    rr.write_review(tmp_path, _state())
    assert rr.find_reviews(tmp_path) == [rr.review_file(tmp_path)]  # ours: an earlier run
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        mine = rr.review_file(tmp_path)
        theirs = rr.review_file(tmp_path, child.pid)
        theirs.write_bytes(mine.read_bytes())
        assert theirs not in rr.find_reviews(tmp_path)  # another window's, open now
    finally:
        child.kill()
        child.wait()
    assert theirs in rr.find_reviews(tmp_path)


def test_a_dead_process_temporary_goes(tmp_path):
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    dead = int(child.stdout)
    stale = tmp_path / f".review-{dead}.json.0123abcd.tmp"
    stale.write_text("{", "utf-8")
    rr.find_reviews(tmp_path)
    assert not stale.exists()


def test_removed_when_done(tmp_path):
    rr.write_review(tmp_path, _state())
    rr.remove_review(tmp_path)
    assert not rr.review_file(tmp_path).exists()
    rr.remove_review(tmp_path)  # nothing there: no error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_never_written_over_a_fifo(tmp_path):
    fifo = rr.review_file(tmp_path)
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFileError):
        rr.write_review(tmp_path, _state())
    assert Path(fifo).is_fifo()


def _damaged(tmp_path: Path, text: str | bytes) -> FormatError:
    file = tmp_path / "review-1.json"
    if isinstance(text, str):
        file.write_text(text, "utf-8")
    else:
        file.write_bytes(text)
    with pytest.raises(FormatError) as caught:
        rr.read_review(file)
    assert caught.value.path == str(file)
    return caught.value


def _edited(**changes: object) -> str:
    data = json.loads(rr._encoder.encode(_state()))
    for path, value in changes.items():
        node = data
        keys = path.split("__")
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node[key]
        last = keys[-1]
        if value is KeyError:
            del node[last]
        else:
            node[int(last) if last.isdigit() else last] = value
    return json.dumps(data)


@pytest.mark.parametrize(("text", "place", "words"), [
    (b"\x00\xff\xfe", None, "not an import review"),
    ("[1, 2]", None, "not an import review"),
    ('{"format": "diplomatic-timeline"}', "$.format", "another program's file"),
    (_edited(version=2), "$.version", "version 2"),
    (_edited(rows__1__title=7), "$.rows[1].title", "Expected `str`, got `int`"),
    (_edited(article__text=KeyError), "$.article", "missing required field `text`"),
    (_edited(article__dct="2025-02-30"), "$.article.dct", "is not a day"),
    (_edited(article__timeline_days__0="soon"), "$.article.timeline_days[0]", "not a day"),
    (_edited(article__mode="poetry"), "$.article.mode", "not a reading mode"),
    (_edited(kept=[9]), "$.kept[0]", "no row 9"),
    (_edited(corrected_rows=[0, 2]), "$.corrected_rows[1]", "no row 2"),
    (_edited(extracted=[["a", "b"]]), "$.extracted", "1 rows read but 2 reviewed"),
    (_edited(rows__0__dropped=[-1]), "$.rows[0].dropped", "a negative index"),
    (_edited(rows__0__surprise=1), "$.rows[0]", "unknown field `surprise`"),
    # a paste's article and those after it (verify54 F30)
    (_edited(article_of=[3, 2]), "$.article_of", "article 3 of 2 is none"),
    (_edited(later=[{**json.loads(rr._encoder.encode(_state().article)), "dct": "May"}]),
     "$.later[0].dct", "is not a day"),
])
def test_a_damaged_or_foreign_file_is_a_format_error(tmp_path, text, place, words):
    error = _damaged(tmp_path, text)
    assert error.place == place
    assert words in error.problem
    assert str(error).startswith("review-1.json: ")


def test_a_folder_in_its_place_is_a_format_error(tmp_path):
    (tmp_path / "review-1.json").mkdir()
    with pytest.raises(FormatError):
        rr.read_review(tmp_path / "review-1.json")


def test_an_unreadable_state_is_set_aside_never_over_a_name(tmp_path):
    file = tmp_path / "review-1.json"
    file.write_text("{", "utf-8")
    (tmp_path / "review-1.json.unreadable").write_text("before", "utf-8")
    aside = rr.set_aside(file)
    assert aside == tmp_path / "review-1.json.unreadable-2" and not file.exists()
    assert (tmp_path / "review-1.json.unreadable").read_text("utf-8") == "before"
    assert rr.find_reviews(tmp_path) == []
    (tmp_path / "review-2.json").mkdir()
    assert rr.set_aside(tmp_path / "review-2.json") is None  # only a regular file


def test_a_lone_surrogate_writes_nothing(tmp_path):
    state = rr.new_state("t", ARTICLE, (("a", "b"),),
                         (rr.ReviewRow(True, "a", "b\ud800", "", "", "Meeting"),))
    with pytest.raises(UnicodeEncodeError):
        rr.write_review(tmp_path, state)
    assert not rr.review_file(tmp_path).exists()


def _editor_state() -> rr.EditorState:
    return rr.new_editor_state(
        "Korea–Japan", "Edit event", "e7", "Ministers «meet»", "14 May 20", "", True,
        "Talks", "Japan, South Korea", "Seoul", "Typed\nby hand", "disputed", "src1",
        (rr.KeptEvidence("Ministers met.", 10, 24, 20, 23),
         rr.KeptEvidence("A quote typed.", 0, 0, sourced=True, source=None)))


def test_an_editor_state_round_trips_and_goes(tmp_path):
    state = _editor_state()
    file = rr.write_editor(tmp_path, state)
    assert file.name == f"editor-{os.getpid()}.json"
    assert rr.read_editor(file) == state
    assert rr.find_editors(tmp_path) == [file] and rr.find_reviews(tmp_path) == []
    rr.remove_editor(tmp_path)
    assert not file.exists()


@pytest.mark.parametrize(("changes", "place", "words"), [
    ({"format": "diplomatic-timeline-review"}, "$.format", "not an event editor's state"),
    ({"summary": None}, "$.summary", "Expected `str`, got `null`"),
    ({"evidence": [{"sentence": "x", "start": 5, "end": 2}]}, "$.evidence[0]", "no span"),
])
def test_a_damaged_editor_state_is_a_format_error(tmp_path, changes, place, words):
    data = {**json.loads(rr._encoder.encode(_editor_state())), **changes}
    file = tmp_path / "editor-1.json"
    file.write_text(json.dumps(data), "utf-8")
    with pytest.raises(FormatError) as caught:
        rr.read_editor(file)
    assert caught.value.place == place and words in caught.value.problem
