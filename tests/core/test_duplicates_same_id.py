"""An event of another file with the id of one of the timeline's is that event (verify34
F13): File → Merge of the class timeline's own TimelineJS export, made before the teacher
dated the Kono statement to its day (1993 → 4 August 1993) and moved "Normalization talks
begin" by drag (c. 1951 → c. 1953), offered the first as only possibly the same ("Keep both",
ticked: merged, it would be in the timeline twice) and did not find the second at all."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

KONO = ("In 1993, Chief Cabinet Secretary Yohei Kono acknowledged the involvement of the "
        "Japanese military in a statement that still bears his name.")


def test_the_same_id_is_a_likely_duplicate_whatever_the_date_became():
    dated = Event("k", "Kono statement on the comfort women", FuzzyDate.of_ymd(1993, 8, 4),
                  category="statement", participants=("Yohei Kono", "Japan"),
                  source_id="src", evidence=(Evidence(KONO, 610, 610 + len(KONO)),))
    talks = Event("t", "Normalization talks begin", FuzzyDate.of_year(1953, circa=True),
                  category="treaty", participants=("South Korea", "Japan"))
    exported = [
        Event("k", "Kono statement on the comfort women", FuzzyDate.of_year(1993),
              category="statement", participants=("Yohei Kono", "Japan"), source_id="src",
              evidence=(Evidence(KONO, 610, 610 + len(KONO), 3, 7),)),
        Event("t", "Normalization talks begin", FuzzyDate.of_year(1951, circa=True),
              category="treaty", participants=("South Korea", "Japan")),
    ]
    found = find_duplicates([dated, talks], exported)
    assert found["k"].existing.id == "k" and found["k"].likely
    assert found["t"].existing.id == "t" and found["t"].likely
    assert "same event" in found["t"].reason


def test_other_ids_are_compared_as_before():
    existing = Event("a", "Kono statement on the comfort women", FuzzyDate.of_ymd(1993, 8, 4),
                     category="statement")
    other = Event("b", "Murayama statement", FuzzyDate.of_ymd(1995, 8, 15), category="statement")
    assert find_duplicates([existing], [other]) == {}
