"""Two names joined by an en dash open one noun phrase (my Camp David text: "The Egypt–Israel
peace treaty followed on 26 March 1979" read "Israel peace treaty")."""

from __future__ import annotations

from timeline_app.extract import extract_events


def _titles(text: str) -> list[str]:
    return [c.title for c in extract_events(text, mode="narrative").candidates]


def test_an_en_dash_joins_two_names() -> None:
    [title] = _titles("The Egypt\u2013Jordan peace treaty followed in October 1994, signed by "
                      "Rabin and Hussein at the border.")
    assert "Egypt\u2013Jordan peace treaty" in title


def test_a_spaced_dash_still_parts_the_phrase() -> None:
    # (guard: " \u2013 " is an aside, not a name)
    [title] = _titles("The talks \u2013 Jordan peace treaty was agreed in October 1994.")
    assert "talks" not in title
