"""verify79 F6: retyping a review row's title moved "Sudan army and RSF open ceasefire talks
in Jeddah" from Meeting to Event ("open" and "talks" tie, the generic kind won), and a title
ending in the person's own "(announced)" was saved with " (scheduled)" after it."""
import pytest

from timeline_app.core.occurrence import retitled
from timeline_app.extract.title_kind import title_kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Army and rebels open ceasefire talks in Jeddah", "meeting"),
    ("Envoys open negotiations in Doha", "meeting"),
    ("Talks open in Geneva", "meeting"),
    ("Museum opens", "event"),  # a guard: the generic kind alone stays
])
def test_a_word_of_a_kind_wins_a_tie_with_the_generic_one(title, kind):
    assert title_kind(title) == kind


def test_the_persons_own_standing_replaces_scheduled():
    assert retitled("Halt to shelling (scheduled)",
                    "Rebels to halt shelling (announced)") == "Rebels to halt shelling (announced)"
    assert retitled("Visit (scheduled)", "Visit to Riga (second round)") == \
        "Visit to Riga (second round) (scheduled)"
