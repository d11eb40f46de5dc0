"""verify89 F11: New Event filed "… announce new signing date" under Treaty because of
"signing": an announcement of a signing's date is not a signing.  A trigger word that names
the act of a schedule noun ("signing date", "date for the summit"), or that only describes
the noun after the title's main verb, does not give the kind; the main verb does."""

from __future__ import annotations

import pytest

from timeline_app.extract.title_kind import title_kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Tarsa and Pell announce new signing date", "statement"),
    ("Ministers announce new date for accord signing", "statement"),
    ("Tarsa announces summit venue", "statement"),
    ("Pell sets summit date", ""),
    # unchanged: the act itself
    ("Tarsa and Pell sign river treaty", "treaty"),
    ("Treaty signing ceremony in Vell", "treaty"),
    ("Tarsa and Pell hold signing ceremony", "treaty"),
    ("Envoys meet to sign river treaty", "treaty"),
    ("Foreign ministers meet in Lorn", "meeting"),
    ("Lorn announces sanctions on Pell", "policy"),
    ("Pell says talks with Tarsa to resume", "meeting"),
    ("Army and rebels open ceasefire talks in Vell", "meeting"),
])
def test_the_act_not_what_is_said_of_it(title: str, kind: str) -> None:
    assert title_kind(title) == kind
