"""The "+N" counting a badge's other events, drawn beside an event drawn out of that badge
(``_lifted_rest``, view58), is never drawn over another badge of its lane (verify78 F8:
"Russia suspends peace treaty talks with Japan", selected in the Events list, was drawn
out of its badge, and the "+3" of its others covered the next cluster's "+2", read as
"+32").  Fails before session 58 (the "+3" went right of the title whatever stood there)."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QRectF


def _badge(left: float, width: float, count: int = 1) -> SimpleNamespace:
    return SimpleNamespace(rect=QRectF(left, 100, width, 18), count=count)


def _lifted(marker_x: float, label_left: float, label_w: float) -> SimpleNamespace:
    return SimpleNamespace(marker=QRectF(marker_x - 6, 103, 12, 12),
                           label_rect=QRectF(label_left, 102, label_w, 14))


def _overlaps(rect: QRectF, others: list[SimpleNamespace]) -> bool:
    return any(rect.intersects(other.rect) for other in others)


def test_the_rest_goes_left_when_another_badge_stands_right_of_the_title(window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    view = window.view
    own = _badge(600, 40, count=4)
    lifted = _lifted(610, 622, 200)  # title right of its marker, to x = 822
    nxt = _badge(826, 30, count=2)  # the next cluster's "+2", right after the title
    rest = view._lifted_rest(own, lifted, [own, nxt])
    assert rest is not None
    assert not _overlaps(rest, [nxt])
    assert not rest.intersects(lifted.marker.united(lifted.label_rect))
    assert rest.right() <= lifted.marker.left()  # the free side: left of the marker


def test_with_badges_on_both_sides_the_rest_goes_past_one_of_them(window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    view = window.view
    own = _badge(300, 40, count=4)
    lifted = _lifted(310, 322, 200)  # title to x = 522
    right = _badge(526, 30, count=2)
    left = _badge(260, 30, count=1)
    row = [left, own, right]
    rest = view._lifted_rest(own, lifted, row)
    assert rest is not None
    assert not _overlaps(rest, [left, right])
    assert not rest.intersects(lifted.marker.united(lifted.label_rect))
    # past the "+2", or past the "+1" when the view's edge leaves no room after the "+2"
    assert rest.left() >= right.rect.right() or rest.right() <= left.rect.left()
    assert 2 <= rest.left() and rest.right() <= view.viewport().width() - 2


def test_with_nothing_beside_it_the_rest_stays_right_of_the_title(window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    view = window.view
    own = _badge(600, 40, count=4)
    lifted = _lifted(610, 622, 200)
    rest = view._lifted_rest(own, lifted, [own])
    assert rest is not None and rest.left() == lifted.label_rect.right() + 8
