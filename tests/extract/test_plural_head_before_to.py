"""A subject's head comes before "to" as before "of": "Talks to revive it collapse", not
"collapses" (verify32's wire story: "talks to revive it collapsed in August 2022")."""

from __future__ import annotations

import pytest

from timeline_app.extract.pipeline.titles import is_plural


@pytest.mark.parametrize(("phrase", "plural"), [
    ("Talks to revive it", True),
    ("Plans to expand trade", True),
    ("Troops to withdraw", True),
    ("Visit to China", False),
    ("Ambassador to China", False),
    ("Bid to end the war", False),
])
def test_the_head_before_to_says_the_number(phrase, plural):
    assert is_plural(phrase) is plural
