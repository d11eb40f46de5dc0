"""A coming visit's programme by days (verify68 F4): who takes part in each day's event
(made-up text in the shape of verify68's think-tank brief, other names)."""

from __future__ import annotations

from timeline_app.extract import extract_events

_PROGRAMME = (
    "Caspian Brief No. 12: A visit to watch\n\n"
    "Caspian Policy Institute, 6 March 2026\n\n"
    "Our reading is that the coming visit of Kazakh President Kassym-Jomart Tokayev to Azerbaijan "
    "is now the best chance of progress. The programme of the visit, published by the "
    "Azerbaijani presidency, is as follows:\n\n"
    "Day 1, 16 March: the president arrives in Baku and holds talks with President Ilham Aliyev.\n"
    "Day 2, 17 March: the two presidents visit the Sangachal terminal and open a new pipeline.\n"
    "Day 3, 18 March: Tokayev travels to Ganja for a business forum and leaves for Astana.\n")


def _row(day: int) -> tuple[str, tuple[str, ...], str]:
    (cand,) = [c for c in extract_events(_PROGRAMME).candidates if c.date.day == day]
    return cand.title, cand.participants, cand.location


def test_the_president_who_arrives_and_holds_talks_is_the_visitor() -> None:
    # ("the president arrives in Baku and holds talks with President Ilham Aliyev": the
    # visitor named before takes part, not the host alone)
    assert _row(16)[1] == ("Kassym-Jomart Tokayev", "Ilham Aliyev")


def test_the_two_presidents_visit_is_their_visit_of_a_place() -> None:
    # ("the two presidents visit the Sangachal terminal": the verb, whose subject is the
    # two presidents named before, not the noun of an untitled "Visit (scheduled)")
    title, participants, place = _row(17)
    assert participants == ("Kassym-Jomart Tokayev", "Ilham Aliyev")
    assert title.startswith("Kassym-Jomart Tokayev and Ilham Aliyev visit")
    assert place == "Sangachal"
