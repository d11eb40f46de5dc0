"""``tools/eval_text_check.py``: runs of 8 words an evaluation set's article has too, found in
the repository's text across lines, string pieces, escapes and quotation marks (session 60,
clean60).  The article and the file are two tiny temporary files written here."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_text_check",
                                                  ROOT / "tools" / "eval_text_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_text_check"] = module
    spec.loader.exec_module(module)
    return module


ARTICLE = ("ZENDA, May 4 (Wire) - The foreign ministers of Ruritania and Borduria agreed on "
           "Monday to reopen the old river crossing at Strelsau before the winter.\n\n"
           "The region\u2019s fishing council meets again in June.\n")

SOURCE = '''def f() -> None:
    # a near-copy split over two lines: "agreed on Monday to reopen the old
    # river crossing at Strelsau"
    text = ("The ministers of Ruritania and Borduria met.\\n\\nThe region\\u2019s "
            "fishing council meets again in June.")
    other = "the foreign ministers of Ruritania and Borduria disagreed"  # seven words: no copy
'''


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "code.py").write_text(SOURCE, encoding="utf-8")
    return tmp_path


def test_runs_across_lines_string_pieces_and_apostrophes_are_found(tree: Path) -> None:
    tool = _tool()
    found = tool.load_set(tree / "set")
    hits = tool.find_runs("code.py", SOURCE, found)
    assert [(h.first, h.last, h.article, " ".join(h.words)) for h in hits] == [
        (2, 3, "a1.txt", "agreed on monday to reopen the old river crossing at strelsau"),
        (4, 5, "a1.txt", "the region's fishing council meets again in june"),
    ]


def test_a_run_wholly_inside_an_allowed_phrase_is_not_reported(tree: Path) -> None:
    tool = _tool()
    found = tool.load_set(tree / "set")
    allowed = ["They agreed on Monday to reopen the old river crossing at Strelsau, in the end."]
    assert [h.first for h in tool.find_runs("code.py", SOURCE, found, allowed=allowed)] == [4]
    allowed = ["agreed on Monday to reopen the old river crossing"]  # (a part of the run only)
    assert [h.first for h in tool.find_runs("code.py", SOURCE, found, allowed=allowed)] == [2, 4]


def test_the_command_prints_each_run_and_fails_when_there_is_one(
        tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    monkeypatch.chdir(tree)
    assert tool.main([str(tree / "set"), "--files", "code.py"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("code.py:2-3 | a1.txt | 11 | agreed on monday to reopen the old river "
                      "crossing at strelsau")
    assert out[-1] == "hits 2"
    (tree / "code.py").write_text("x = 'the old bridge at Zenda reopens before the winter'\n",
                                  encoding="utf-8")
    assert tool.main([str(tree / "set"), "--files", "code.py"]) == 0
    assert capsys.readouterr().out.splitlines() == ["hits 0"]


def test_a_folder_with_no_article_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        _tool().load_set(tmp_path)


def test_a_commit_message_is_checked_with_log(tree: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    monkeypatch.chdir(tree)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c",
           "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "code.py"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "dating: a bridge the ministers agreed on "
                    "Monday to reopen the old river crossing (why)"], check=True)
    assert tool.main([str(tree / "set"), "--files", "code.py", "--log", "HEAD"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-2].startswith("commit ") and out[-2].endswith(
        "| a1.txt | 9 | agreed on monday to reopen the old river crossing")
    assert out[-1] == "hits 3"
