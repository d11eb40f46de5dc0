"""verify75 F13: a hand-added event on the bottom row of its lane came back on the top row
after save, quit and reopen.  Added, it went below the rows the others kept (the row
hints: verify54 F13, verify68 F10); opened, the lane was dealt afresh in date order.  The
rows a file's lanes were left with are kept with its view (``settings.ROWS_OF_FILES``)
and its next opening lays the lanes out with them."""

from __future__ import annotations

from tests.ui.test_rows_kept_verify68 import _lane_rows
from timeline_app.core import Event, FuzzyDate, Timeline


def _policy() -> Timeline:
    day = FuzzyDate.of_ymd
    # a lane whose titles reach over each other at Fit All: a row each
    return Timeline.from_events([
        Event("ban", "Brussels bans imports of Faroese herring and mackerel", day(1990, 8, 20),
              category="policy"),
        Event("lift", "EU lifts ban on Faroese herring and mackerel", day(2000, 9, 20),
              category="policy"),
        Event("label", "Certification label for sustainable fishing withdrawn",
              day(2010, 10, 20), category="policy"),
        Event("quota", "Coastal states set 2027 mackerel quotas (scheduled)",
              day(2020, 11, 20), category="policy"),
        Event("cod", "Iceland fights three Cod Wars with Britain", FuzzyDate.of_year(1958),
              category="dispute")], title="Faroes and EU")


def _opened(window, path):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    assert window.open_path(str(path), background=False)
    QApplication.processEvents()
    return _lane_rows(window.view, "policy")


def test_a_hand_added_event_keeps_its_row_after_save_and_reopen(window, tmp_path):  # type: ignore[no-untyped-def]
    from timeline_app.io import native

    path = tmp_path / "mackerel.json"
    native.save(_policy(), path)
    first = _opened(window, path)
    assert sorted(first.values()) == [0, 1, 2, 3]
    window.document.add_event(Event("zone", "Faroe Islands declare a 200-nautical-mile "
                                    "fishing zone", FuzzyDate.of_year(1977),
                                    category="policy", participants=("Faroe Islands",)))
    added = _lane_rows(window.view, "policy")
    assert {key: added[key] for key in first} == first  # (the others keep their rows)
    assert added["zone"] == 4  # (below them: verify68 F10)
    assert window.save()
    window._remember_view()  # (as quitting does: ``closeEvent``)
    window.document.replace_timeline(_policy(), None)  # (another timeline in between)
    assert _opened(window, path) == added


def test_a_file_opened_again_unchanged_has_the_same_rows(window, tmp_path):  # type: ignore[no-untyped-def]
    from timeline_app.io import native

    path = tmp_path / "mackerel.json"
    native.save(_policy(), path)
    first = _opened(window, path)
    window._remember_view()
    window.document.replace_timeline(_policy(), None)
    assert _opened(window, path) == first
