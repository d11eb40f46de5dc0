"""The timeline's quiet mark on a disputed or denied event (``ui.status_marks``): a small
badge at its marker's top right, amber "?" or red "×", in the light and the dark theme;
none on a confirmed or unassessed event, and no lookup at all in a timeline without a
status.  Each test fails before session 33 (no marks)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from timeline_app.ui.status_marks import MARKED, mark_rect

PNG_DIR = Path(os.environ.get("TIMELINE_PNG_DIR", "/nonexistent"))


def _where(view, event_id: str):  # type: ignore[no-untyped-def]
    """Where the mark of ``event_id`` goes, in viewport pixels."""
    item = view._item_of(view._layout(), event_id)
    return mark_rect(item.marker).translated(0, view._content_offset()).toAlignedRect()


def _mark_pixels(image: QImage, area, color: QColor) -> int:  # type: ignore[no-untyped-def]
    """Pixels of ``image`` in ``area`` within a few levels of ``color``."""
    area = area.intersected(image.rect())
    found = 0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - color.red()) + abs(pixel.green() - color.green())
                    + abs(pixel.blue() - color.blue())) <= 6:  # its fill, not a blend
                found += 1
    return found


def test_disputed_and_denied_events_carry_a_mark_in_both_themes(window, qtbot):  # type: ignore[no-untyped-def]
    ids = window.view.event_ids()
    disputed, denied, confirmed, plain = ids[3], ids[2], ids[6], ids[4]
    window.document.set_status([disputed], "disputed")
    window.document.set_status([denied], "denied")
    window.document.set_status([confirmed], "confirmed")
    for theme in ("light", "dark"):
        window.set_theme(theme)
        qtbot.wait(10)
        image = window.view.viewport().grab().toImage()
        amber, red = MARKED["disputed"][1], MARKED["denied"][1]
        assert _mark_pixels(image, _where(window.view, disputed), amber) >= 20, theme
        assert _mark_pixels(image, _where(window.view, denied), red) >= 20, theme
        for quiet in (confirmed, plain):
            rect = _where(window.view, quiet)
            assert _mark_pixels(image, rect, amber) + _mark_pixels(image, rect, red) == 0
        if PNG_DIR.is_dir():
            image.save(str(PNG_DIR / f"edit30-status-marks-{theme}.png"))
    assert "· Disputed" in window.view._tooltip_for(  # the tooltip says which
        window.view._item_of(window.view._layout(), disputed))


def test_a_timeline_without_a_status_looks_up_no_event_to_mark(window, monkeypatch):  # type: ignore[no-untyped-def]
    timeline = window.document.timeline
    marks = window.view._status_marks
    looked: list[str] = []
    get = timeline.get
    monkeypatch.setattr(timeline, "get", lambda i: looked.append(i) or get(i))
    window.view.viewport().grab()
    assert looked == [] and not marks.active
    event_id = window.view.event_ids()[0]
    window.document.set_status([event_id], "disputed")  # an edit gives one a status
    assert marks.active
    looked.clear()
    window.view.viewport().grab()
    assert event_id in looked  # now the items on screen are looked at


def test_a_lazily_loaded_file_of_an_older_version_has_nothing_to_mark(tmp_path):  # type: ignore[no-untyped-def]
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.io import dumps, loads

    timeline = Timeline.from_events([Event("a", "A", FuzzyDate.of_day(dt.date(2026, 1, 1)))])
    older = loads(dumps(timeline), lazy=True)
    assert older.store is not None and not older.store.may_have_status()
    marked = Timeline.from_events([Event("a", "A", FuzzyDate.of_day(dt.date(2026, 1, 1)),
                                         status="denied")])
    newer = loads(dumps(marked), lazy=True)
    assert newer.store is not None and newer.store.may_have_status()


def test_a_pictures_header_says_what_its_marks_mean(window):  # type: ignore[no-untyped-def]
    """A PNG shared away from the app has no Details: its header names the marks it shows."""
    assert "disputed" not in window._picture_subtitle()
    ids = window.view.event_ids()
    window.document.set_status([ids[1]], "denied")
    assert window._picture_subtitle().endswith(" · 8 events · × = denied")
    window.document.set_status([ids[2]], "disputed")
    assert window._picture_subtitle().endswith(" · ? = disputed · × = denied")


def test_another_timeline_sets_whether_marks_are_looked_for(window):  # type: ignore[no-untyped-def]
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate, Timeline

    marks = window.view._status_marks
    day = FuzzyDate.of_day(dt.date(2026, 12, 2))
    window.document.replace_timeline(Timeline.from_events(
        [Event("a", "Truce signed", day, status="disputed")]), None)
    assert marks.active
    window.document.replace_timeline(Timeline.from_events([Event("b", "Talks", day)]), None)
    assert not marks.active


def test_an_unconfirmed_event_carries_its_own_mark_verify77_f13(window, qtbot):  # type: ignore[no-untyped-def]
    """verify77 F13 (session 57): a wire desk's unverified drone claim, set Unconfirmed, was
    drawn on the timeline and its PDF exactly like a confirmed fact.  It has a slate "~"
    badge, told from the disputed "?" by its glyph and its fill."""
    ids = window.view.event_ids()
    unconfirmed, confirmed = ids[3], ids[6]
    window.document.set_status([unconfirmed], "unconfirmed")
    window.document.set_status([confirmed], "confirmed")
    qtbot.wait(10)
    image = window.view.viewport().grab().toImage()
    slate = MARKED["unconfirmed"][1]
    assert MARKED["unconfirmed"][0] not in (MARKED["disputed"][0], MARKED["denied"][0])
    assert _mark_pixels(image, _where(window.view, unconfirmed), slate) >= 20
    assert _mark_pixels(image, _where(window.view, confirmed), slate) == 0
