"""verify75 F10: a committee handout printed from a timeline with a disputed claim listed
that claim on its dated list exactly like the others ("11 November 2026 · Faroese
officials say …"), its only sign the picture's small "?" a page before; and the header's
"· ? disputed" read as "an unknown number disputed".  The list says the status before
the title ("? Disputed: …") and the header's key reads as a legend ("? = disputed")."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata

import pytest

from tests.ui.test_verify43_prints import _pdf_print
from timeline_app.core import Event, FuzzyDate, Timeline

D = dt.date


def _mackerel() -> Timeline:
    day = FuzzyDate.of_day
    return Timeline.from_events([
        Event("claim", "Faroese officials say a third of the stock summers in Faroese waters",
              day(D(2026, 11, 11)), category="Dispute", participants=("Faroe Islands",),
              status="disputed"),
        Event("talks", "Faroe-EU mackerel talks collapse in Torshavn", day(D(2026, 11, 12)),
              category="Dispute", participants=("Faroe Islands", "European Union")),
        Event("ports", "Commission closes EU ports to Faroese landings", day(D(2013, 8, 20)),
              category="Sanctions", status="denied"),
        Event("quota", "Faroes triple their quota", FuzzyDate.of_year(2010),
              category="Policy", status="unconfirmed"),
        Event("deal", "EU, Norway and Faroes sign a sharing deal", FuzzyDate.of_year(2014),
              category="Treaty", status="confirmed")], title="Faroes and EU")


def test_the_dated_list_says_a_warning_status_before_the_title() -> None:
    from timeline_app.ui.print_pages import chronology_rows

    rows = chronology_rows(_mackerel().events, {})
    assert [title for _d, title, _l, _w in rows] == [
        "~ Unconfirmed: Faroes triple their quota",  # (its mark since verify77 F13)
        "× Denied: Commission closes EU ports to Faroese landings",
        "EU, Norway and Faroes sign a sharing deal",  # (confirmed: the ordinary case)
        "? Disputed: Faroese officials say a third of the stock summers in Faroese waters",
        "Faroe-EU mackerel talks collapse in Torshavn"]


def test_the_header_key_reads_as_a_legend() -> None:
    from timeline_app.ui.status_marks import marks_key

    assert marks_key(["disputed", "", "denied"]) == "? = disputed · × = denied"
    assert marks_key(["denied"]) == "× = denied"
    assert marks_key(["confirmed", ""]) == ""
    # (unconfirmed marked on the timeline since session 57: verify77 F13)
    assert marks_key(["confirmed", "unconfirmed"]) == "~ = unconfirmed"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_printed_pdf_shows_the_status_in_its_list(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_mackerel(), None)
    target = tmp_path / "mackerel.pdf"
    _pdf_print(window, monkeypatch, target)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    words = " ".join(unicodedata.normalize("NFKC", text).split())  # ("ﬁ" ligatures)
    assert "? = disputed · × = denied · ~ = unconfirmed" in words
    assert "? Disputed: Faroese officials say" in words
    assert "× Denied: Commission closes EU ports" in words
    assert "~ Unconfirmed: Faroes triple their quota" in words
