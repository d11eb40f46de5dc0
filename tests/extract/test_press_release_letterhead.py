"""A ministry's press release (verify45 F8): the Ethiopian foreign ministry's release began
"Federal Democratic Republic of Ethiopia / Ministry of Foreign Affairs / PRESS RELEASE /
<headline>" and was titled "Federal Democratic Republic of Ethiopia"; its sign-off "Ministry
of Foreign Affairs / Addis Ababa" gave it the outlet "Addis Ababa".  A state's name in full
is a letterhead, a place is no outlet: the ministry is."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.dateline import read_dateline

HEADLINE = ("Ethiopia Reaffirms Its Commitment to the African Union-Led Trilateral Process on the "
            "Grand Ethiopian Renaissance Dam")
BODY = ("Addis Ababa, 02.12.2026 – The Ministry of Foreign Affairs of the Federal Democratic "
        "Republic of Ethiopia has taken note of the letter addressed by the Arab Republic of "
        "Egypt to the President of the United Nations Security Council on 30 November 2026 "
        "regarding the operation of the Grand Ethiopian Renaissance Dam (GERD).\n\n"
        "Ethiopia remains committed to the equitable and reasonable utilization of the waters "
        "of the Nile.\n")


def _release(state: str = "Federal Democratic Republic of Ethiopia",
             office: str = "Ministry of Foreign Affairs", sign_off: str = "Addis Ababa") -> str:
    return (f"{state}\n{office}\n\nPRESS RELEASE\n\n{HEADLINE}\n\n{BODY}\n"
            f"{office}\n{sign_off}\n")


def test_the_release_is_titled_by_its_headline_and_signed_by_its_ministry() -> None:
    result = extract_events(_release())
    assert result.source.title == HEADLINE
    assert result.source.outlet == "Ministry of Foreign Affairs of Ethiopia"
    assert result.dct == dt.date(2026, 12, 2)
    assert result.source.dateline_place == "Addis Ababa"


@pytest.mark.parametrize("state", ["FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA",
                                   "Hashemite Kingdom of Jordan", "Arab Republic of Egypt",
                                   "People's Republic of China", "Republic of the Sudan"])
def test_a_state_s_name_in_full_is_no_headline(state: str) -> None:
    assert extract_events(_release(state)).source.title == HEADLINE


@pytest.mark.parametrize("headline", [
    "People's Republic of China Opens Embassy in Addis Ababa After Years of Talks",
    "Islamic State of Iraq Claims Attack"])
def test_a_headline_that_names_a_state_in_full_and_goes_on_is_the_title(headline: str) -> None:
    text = f"{headline}\n\n{BODY}"
    assert extract_events(text).source.title == headline


@pytest.mark.parametrize(("tail", "outlet"), [
    ("Ministry of Foreign Affairs\nAddis Ababa", "Ministry of Foreign Affairs of Ethiopia"),
    ("MINISTRY OF FOREIGN AFFAIRS\nADDIS ABABA", "Ministry of Foreign Affairs of Ethiopia"),
    ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Ethiopia"),
    ("Addis Ababa", ""),  # a place alone: no outlet
    ("Nairobi", ""),  # (another city than the dateline's)
    ("Embassy of Japan\nAddis Ababa", "Embassy of Japan"),  # names its state
])
def test_a_place_that_signs_a_release_off_is_no_outlet(tail: str, outlet: str) -> None:
    text = f"Federal Democratic Republic of Ethiopia\n\nPRESS RELEASE\n\n{HEADLINE}\n\n{BODY}\n{tail}\n"
    assert read_dateline(text).outlet == outlet
