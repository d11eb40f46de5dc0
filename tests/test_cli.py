"""The command line: extract and tag, with one-line errors and no Qt."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app import io as timeline_io
from timeline_app.cli import run_cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "seed-article.txt"


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline-app: error: "), err
    assert "Traceback" not in err
    return lines[0]


def test_extract_to_stdout_is_a_native_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["extract", str(SEED)]) == 0
    out = capsys.readouterr().out
    timeline = timeline_io.loads(out)
    assert len(timeline) >= 8
    (source,) = timeline.sources.values()
    assert source.dateline_place == "Tokyo" and str(source.dateline_date) == "2025-03-22"
    assert {e.date.describe() for e in timeline} >= {"June 1965", "late 2024", "c. January 2025",
                                                     "22 March 2025"}


def test_extract_to_file_with_dct_and_place(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The ministers held talks in Rome last month.", encoding="utf-8")
    out = tmp_path / "out.json"
    assert run_cli(["extract", str(article), "--dct", "2024-05-10", "--place", "Rome",
                    "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "1 event written" in captured.err
    timeline = timeline_io.load(out)
    (event,) = timeline.events
    assert event.date.describe() == "April 2024" and event.location == "Rome"
    (source,) = timeline.sources.values()
    assert source.dateline_place == "Rome"


def test_extract_without_any_date_warns_and_keeps_absolute_dates(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Spain signed the accord in March 2019. Talks resumed last month.",
                       encoding="utf-8")
    assert run_cli(["extract", str(article)]) == 0
    captured = capsys.readouterr()
    assert "warning" in captured.err and "--dct" in captured.err
    (event,) = timeline_io.loads(captured.out).events
    assert event.date.describe() == "March 2019"


def test_tag_prints_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("They met last month and will meet in June.", encoding="utf-8")
    assert run_cli(["tag", str(article), "--dct", "2025-03-22"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == {"start": 9, "end": 19, "text": "last month", "type": "DATE",
                       "value": "2025-02", "mod": None}
    assert all(set(r) == {"start", "end", "text", "type", "value", "mod"} for r in rows)


NARRATIVE = ("The republic was proclaimed in March 1921. On June 4, the new parliament met. "
             "In 1923 a new constitution followed, and two years later the king left.")


@pytest.mark.parametrize("mode", [[], ["--mode", "narrative"]])
def test_tag_anchors_a_story_to_the_dates_it_tells(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], mode: list[str]) -> None:
    article = tmp_path / "history.txt"
    article.write_text(NARRATIVE, encoding="utf-8")
    assert run_cli(["tag", str(article), *mode]) == 0
    values = {r["text"]: r["value"] for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert values["June 4"] == "1921-06-04" and values["two years later"] == "1925"


def test_tag_in_news_mode_without_a_date_asks_for_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "history.txt"
    article.write_text(NARRATIVE, encoding="utf-8")
    assert run_cli(["tag", str(article), "--mode", "news"]) != 0
    err = capsys.readouterr().err
    assert "--dct" in err and "--mode narrative" in err and "Traceback" not in err


def test_tag_takes_the_date_from_the_dateline(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["tag", str(SEED)]) == 0
    assert '"value": "2025-02"' in capsys.readouterr().out  # "last month"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, ["tag", "{missing}", "--dct", "2025-03-22"], "no such file"),
        (b"a\x00bad", ["extract", "{file}"], "NUL"),
        (b"caf\x81 talks", ["extract", "{file}"], "not a text file this app reads"),
        (b"They met last month.", ["tag", "{file}"], "give --dct"),
        (b"SEOUL, Jan. 5 (Yonhap) -- They met.", ["tag", "{file}"], "no year"),
        (b"text", ["tag", "{file}", "--dct", "3/4/2025"], "YYYY-MM-DD"),
        (b"text", ["tag", "{file}", "--dct", "2025-02-30"], "There is no 30 February 2025"),
        (b"text", ["extract"], "required"),
        (b"text", ["frobnicate"], "invalid choice"),
    ],
)
def test_errors_are_one_line_and_non_zero(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None,
        args: list[str], message: str) -> None:
    article = tmp_path / "a.txt"
    if content is not None:
        article.write_bytes(content)
    argv = [a.format(file=article, missing=tmp_path / "missing.txt") for a in args]
    assert run_cli(argv) != 0
    captured = capsys.readouterr()
    assert message in one_error_line(captured.err) and captured.out == ""


def test_a_folder_and_an_unwritable_output_are_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["extract", str(tmp_path)]) == 1
    assert "folder" in one_error_line(capsys.readouterr().err)
    assert run_cli(["extract", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir.json")]) == 1
    assert "cannot write" in one_error_line(capsys.readouterr().err)


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["extract", "--help"]) == 0
    assert "--dct" in capsys.readouterr().out


def test_cli_never_imports_qt(tmp_path: Path) -> None:
    # Writes into tmp_path: tests never write into system paths.
    out = tmp_path / "out.json"
    code = ("import sys; from timeline_app.cli import run_cli; "
            f"status = run_cli(['extract', {str(SEED)!r}, '-o', {str(out)!r}]); "
            "sys.exit(status or any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          timeout=60, check=False).returncode == 0
    assert len(timeline_io.load(out)) >= 8


def test_dash_and_dev_stdout_write_to_the_stream(capsys: pytest.CaptureFixture[str]) -> None:
    for target in ("-", "/dev/stdout"):
        assert run_cli(["extract", str(SEED), "-o", target]) == 0
        assert len(timeline_io.loads(capsys.readouterr().out)) >= 8


def test_output_to_a_fifo_is_refused_not_replaced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert run_cli(["extract", str(SEED), "-o", str(fifo)]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert "not a regular file" in line and "-o -" in line
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_an_article_that_is_a_fifo_is_refused_at_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    # Run in a child with a time bound: the bug being guarded against is a hang.
    code = ("import sys; from timeline_app.cli import run_cli; "
            f"sys.exit(run_cli(['extract', {str(fifo)!r}]))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=30, check=False)
    assert result.returncode == 1
    assert "not a regular file" in one_error_line(result.stderr)


# -- --dct as the date parser reads it (issue 7's typed dates, at day precision) ----------
@pytest.mark.parametrize("typed", ["2025-03-22", "22 March 2025", "March 22, 2025",
                                   "22nd March 2025", "22.03.2025", " 22 Mar 2025 "])
def test_dct_takes_a_day_as_the_parser_reads_it(tmp_path: Path, typed: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("They met last month.", encoding="utf-8")
    assert run_cli(["tag", str(article), "--dct", typed]) == 0
    captured = capsys.readouterr()
    assert '"value": "2025-02"' in captured.out and captured.err == ""


@pytest.mark.parametrize(
    ("typed", "message"),
    [("someday", "is not a date"), ("March 2025", "is a month, not one day"),
     ("2024", "is a year, not one day"), ("9-13 March 2012", "a range"),
     ("c. 22 March 2025", "approximate"), ("15 March 44 BC", "before AD 1"),
     ("3/4/2025", "can be"), ("2025-02-30", "is not a date"), ("x" * 500, "is not a date")],
)
def test_dct_that_is_not_one_day_is_a_clear_error(tmp_path: Path, typed: str, message: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("They met last month.", encoding="utf-8")
    for command in ("extract", "tag"):
        assert run_cli([command, str(article), "--dct", typed]) == 2
        line = one_error_line(capsys.readouterr().err)
        assert message in line and "--dct" in line
        assert len(line) < 300


def test_an_ambiguous_dct_names_both_readings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    article = tmp_path / "a.txt"
    article.write_text("They met last month.", encoding="utf-8")
    assert run_cli(["tag", str(article), "--dct", "3/4/2025"]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert "can be 3 April 2025 or 4 March 2025" in line and "YYYY-MM-DD" in line


def test_dct_contradicting_the_dateline_warns_which_was_used(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["extract", str(SEED), "--dct", "23 March 2025"]) == 0
    captured = capsys.readouterr()
    (warning,) = captured.err.strip().splitlines()
    assert warning == (f"timeline-app: warning: {SEED}: --dct 2025-03-23 (23 March 2025) "
                       "contradicts the dateline's 22 March; --dct was used")
    (source,) = timeline_io.loads(captured.out).sources.values()
    assert str(source.dateline_date) == "2025-03-23"
    assert run_cli(["tag", str(SEED), "--dct", "2025-03-23"]) == 0
    assert "--dct was used" in capsys.readouterr().err


def test_dct_agreeing_with_the_dateline_is_silent(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["tag", str(SEED), "--dct", "22 March 2025"]) == 0
    assert capsys.readouterr().err == ""
    article = tmp_path / "a.txt"
    article.write_text("GENEVA, May 14, 2024 (Reuters) - Ministers met on Tuesday.",
                       encoding="utf-8")
    assert run_cli(["tag", str(article), "--dct", "2024-05-14"]) == 0
    assert capsys.readouterr().err == ""
    # The year the dateline states counts as well.
    assert run_cli(["tag", str(article), "--dct", "2023-05-14"]) == 0
    assert "contradicts the dateline's 14 May 2024" in capsys.readouterr().err
