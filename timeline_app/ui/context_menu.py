"""Right-click menus of the timeline view and the event list.

Both menus are built by ``event_menu``: what applies to the event under the cursor
(zoom to it, copy it as text, hide its category, and the editing actions the window
registers), or to the timeline when there is no event there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from timeline_app.core import Event, Source
from timeline_app.core.names import name_list
from timeline_app.ui.safe_text import nested_quotes
from timeline_app.ui.style import category_label


def popup(menu: QMenu, global_pos: QPoint) -> None:
    """Show ``menu`` modally at ``global_pos``; tests replace this (no test blocks on exec)."""
    menu.exec(global_pos)


def _article_line(source: Source) -> str:
    """"— headline · outlet, place · date · link": whose a copied quote is."""
    where = ", ".join(p for p in (source.outlet, source.dateline_place) if p)
    when = source.dateline_date.isoformat() if source.dateline_date else ""
    return "— " + " · ".join(p for p in (source.title, where, when, source.url) if p)


def event_as_text(event: Event, source: Source | None = None,
                  sources: Mapping[str, Source] | None = None) -> str:
    """The event as plain text for the clipboard: what a person would paste into a note.

    ``source``: the event's article, named after its quotes.  With ``sources`` (the
    timeline's articles by id) and quotes from more than one article (a merged event),
    each quote is followed by its own article instead: before, the three articles' quotes
    of a merged event all read as the first one's (verify43 F34).  The dates told otherwise
    follow the status ("Told otherwise: 28 November 2026 by Antilles Press (…)", from the
    basis), and a summary that is a quote word for word is not said twice (verify44
    F18: a memo's "Status: Disputed" said nothing of what was disputed)."""
    from timeline_app.core.sourced import evidence_source
    from timeline_app.ui.detail_pane import date_line

    own: list[Source | None] = []
    if sources is not None:
        own = [sources.get(evidence_source(event, e) or "") for e in event.evidence]
    several = len({id(s) for s in own if s is not None}) > 1

    lines = [event.title, date_line(event)]
    if event.status:  # how the claim stands, beside what it claims (verify42 F9)
        from timeline_app.core.status import status_words

        lines.append(f"Status: {status_words(event.status)}")
    _, told, others = event.date_basis.partition("told otherwise: ")
    if told:  # what is disputed, as Details says it (verify44 F18)
        lines.append(f"Told otherwise: {others.partition('; superseded by a correction')[0]}")
    if event.location:
        lines.append(f"Place: {event.location}")
    if event.participants:
        lines.append(f"Participants: {name_list(event.participants)}")
    lines.append(f"Category: {category_label(event.category)}")
    quoted = {" ".join(e.sentence.split()) for e in event.evidence}
    if event.summary and " ".join(event.summary.split()) not in quoted:  # (once: F18)
        lines.append("")
        lines.append(event.summary)
    for n, evidence in enumerate(event.evidence):
        lines.append("")
        lines.append(f"“{nested_quotes(evidence.sentence)}”")  # (verify66 F16)
        told_by = own[n] if several else None
        if told_by is not None:
            lines.append(_article_line(told_by))
    if source is not None and not several:
        lines.append(_article_line(source))
    return "\n".join(lines)


def events_as_text(events: Sequence[Event], sources: Mapping[str, Source]) -> str:
    """Several events as plain text for the clipboard, in the order given (the
    timeline's: by date), a blank line and a rule between them: a chronology to paste
    into a memo (verify43 F34: Copy as Text of 22 selected events copied one)."""
    return "\n\n———\n\n".join(
        event_as_text(event, sources.get(event.source_id or ""), sources) for event in events)


def copy_event(event: Event, source: Source | None,
               sources: Mapping[str, Source] | None = None) -> None:
    QGuiApplication.clipboard().setText(event_as_text(event, source, sources))


def copy_events(events: Sequence[Event], sources: Mapping[str, Source]) -> None:
    """Copy ``events`` (``events_as_text``) to the clipboard."""
    QGuiApplication.clipboard().setText(events_as_text(events, sources))


def event_menu(parent: QWidget, event: Event | None, *,
               zoom_to: Callable[[Event], None],
               copy: Callable[[Event], None],
               hide_category: Callable[[str], None],
               editing_actions: Sequence[QAction] = (),
               timeline_actions: Sequence[QAction] = (),
               hidden_categories: Sequence[str] = (),
               show_all_categories: Callable[[], None] | None = None,
               lanes: LaneMoves | None = None,
               lane_here: str | None = None,
               rename_lane: Callable[[str], None] | None = None,
               choose_colour: Callable[[str], None] | None = None,
               hide_lanes: Callable[[Sequence[str]], None] | None = None,
               lane_order: tuple[Sequence[str], Callable[[str, str], object]] | None = None,
               new_event_here: Callable[[], object] | None = None,
               copied: int = 1,
               era_lane: tuple[Callable[[str], bool], Callable[[str, bool], object]]
               | None = None,
               ) -> QMenu:
    """The context menu for ``event`` (or for the timeline when ``event`` is ``None``).

    ``editing_actions`` (Edit Event…, Delete Event, …) act on the selected event, which
    the caller has just set to ``event``; they get their own section.
    ``hidden_categories`` get a "Show … Events" entry each (``hide_category`` toggles),
    and "Show All Categories" (``show_all_categories``) when more than one is hidden:
    what Hide hid, the same menu shows again (new-user trial 9).
    ``lanes``: with an event, a "Move to Lane ▸" submenu for the selected events
    (``add_move_to_lane_menu``).  ``lane_here``: without an event, the lane under the
    cursor (a lane's header or empty space in it), which gets "Hide … Events"
    (``hide_category``), "Rename Lane …"
    (``rename_lane``), "Lane Colour…" (``choose_colour``; verify22 finding 9) and, with
    ``lane_order`` (every lane in lane order, and ``move(lane, where)``), Move Lane Up,
    Down, to Top, to Bottom (``add_lane_order_entries``).
    ``hide_lanes``: hides several lanes at once; with the selected events in more than one
    lane (``lanes.selected``) Hide offers them all and each one (``_add_hide_lanes``), not
    only the right-clicked event's lane (verify17 finding 8).
    ``copied``: how many events ``copy`` copies (the selection the event is in).
    ``era_lane``: ``(is_era, set_era)``, the lane's (the event's, or ``lane_here``)
    checkable "Show Lane … as Eras" (``add_era_entry``; lanes by category only).
    ``new_event_here``: without an event, "New Event Here…" opens the editor on the date and
    lane under the pointer, as a double-click there does (verify34, F12: a mouse user
    right-clicked empty space to add an event and found no such entry).
    """
    menu = QMenu(parent)
    if event is not None:
        menu.addAction("&Zoom to Event", lambda: zoom_to(event))
        menu.addAction("&Copy as Text" if copied <= 1 else f"&Copy {copied} Events as Text",
                       lambda: copy(event))
        several = ([lane for lane in lanes.lanes if lane in lanes.selected]
                   if lanes is not None and hide_lanes is not None else [])
        if len(several) > 1:
            _add_hide_lanes(menu, several, event.category, hide_lanes or hide_category)
        else:
            menu.addAction(hide_category_words(event.category),
                           lambda: hide_category(event.category))
        if editing_actions:
            menu.addSeparator()
            for action in editing_actions:
                menu.addAction(action)
        if lanes is not None:
            add_move_to_lane_menu(menu, lanes)
        if era_lane is not None:  # (Alt+R: "&Edit Event…" has the E)
            label = category_label(event.category).replace("&", "&&")
            add_era_entry(menu, event.category, era_lane[0](event.category), era_lane[1],
                          f"Show Lane {label} as E&ras")
    elif lane_here is not None and rename_lane is not None:
        label = category_label(lane_here).replace("&", "&&")
        # Where a lane is hidden from its name: a click on it hid the lane, by accident
        # too (verify59 F15), and now only selects nothing and says this entry.
        hide = menu.addAction(hide_category_words(lane_here), lambda: hide_category(lane_here))
        hide.setStatusTip("Hide this lane's events (click its legend entry, or Find → Clear "
                          "Filters, to show them again)")
        rename = menu.addAction(f"&Rename Lane {label}…", lambda: rename_lane(lane_here))
        rename.setStatusTip("Rename this lane, or merge it into another (undoable)")
        if choose_colour is not None:
            colour = menu.addAction("Lane &Colour…", lambda: choose_colour(lane_here))
            colour.setStatusTip("Choose the colour of this lane's events (undoable)")
        if era_lane is not None:
            add_era_entry(menu, lane_here, era_lane[0](lane_here), era_lane[1],
                          f"Show Lane {label} as &Eras")
        if lane_order is not None:
            add_lane_order_entries(menu, lane_here, *lane_order)
    _add_show_categories(menu, hidden_categories, hide_category, show_all_categories)
    if event is None and new_event_here is not None:
        if menu.actions():
            menu.addSeparator()
        here = menu.addAction("&New Event Here…", new_event_here)
        here.setStatusTip("Add an event on this date in this lane (as a double-click here "
                          "does)")
    if timeline_actions:
        if menu.actions():
            menu.addSeparator()
        for action in timeline_actions:
            menu.addAction(action)
    return menu


def hide_category_words(category: str) -> str:
    """The menu's entry that hides ``category``'s events: "&Hide Treaty Events"; the
    lane "Event" is "&Hide Lane Event", as "Show Lane Event as Eras" beside it names it
    (verify43 F32: "Hide Event Events" read like a typo; verify57 F21: "Hide
    Uncategorised Events" named no lane the window shows)."""
    label = category_label(category)
    if label.strip().casefold() in ("event", "events"):
        return f"&Hide Lane {label.replace('&', '&&')}"
    return f"&Hide {label.replace('&', '&&')} Events"  # no mnemonic from a file


def _add_hide_lanes(menu: QMenu, lanes: Sequence[str], current: str,
                    hide_lanes: Callable[[Sequence[str]], None]) -> None:
    """Hide for selected events in several ``lanes`` (in lane order): "Hide Treaty and
    Policy Events" (Alt+H: every one of them, one change of the filter; "Hide the Events
    of These 4 Lanes" when naming them would make a long entry) and "Hide One Lane ▸"
    (Alt+L), an entry per lane (``lane_entries``'s mnemonics), ``current`` (the
    right-clicked event's) the active one, so Enter hides it."""
    labels = [category_label(lane) for lane in lanes]
    words = (" and ".join(labels) if len(labels) == 2
             else ", ".join(labels[:-1]) + " and " + labels[-1])
    text = (f"Hide {words} Events" if len(words) <= 40
            else f"Hide the Events of These {len(lanes)} Lanes")
    every = menu.addAction("&" + text.replace("&", "&&"), lambda: hide_lanes(list(lanes)))
    every.setStatusTip(f"Hide the events of {words}, the lanes of the selected events")
    sub = menu.addMenu("Hide One &Lane")
    for lane, entry in lane_entries(lanes):
        action = sub.addAction(entry + " Events", lambda c=lane: hide_lanes([c]))
        action.setStatusTip("Hide this lane's events (the legend or View → Categories "
                            "shows them again)")
        if lane == current:
            set_active_entry(sub, action)


class LaneMoves(NamedTuple):
    """What "Move to Lane ▸" offers and does.

    Attributes:
        lanes: Every lane, in lane order (``ui.style.lane_sort_key``).
        selected: The lanes of the selected events (an entry is disabled when every
            selected event is in it already).
        how_many: How many events are selected (the entries' status tips say it).
        move: ``move(lane)`` moves the selected events to ``lane`` (one undo step).
        new_lane: Asks a new lane's name and moves them there (New Lane…).
    """

    lanes: Sequence[str]
    selected: frozenset[str]
    how_many: int
    move: Callable[[str], object]
    new_lane: Callable[[], object]


def add_move_to_lane_menu(menu: QMenu, moves: LaneMoves) -> QMenu:
    """A "Move to Lane ▸" submenu (Alt+M) in ``menu`` (``fill_move_to_lane_menu``).
    Returns the submenu."""
    sub = menu.addMenu("&Move to Lane")
    fill_move_to_lane_menu(sub, moves)
    return sub


def fill_move_to_lane_menu(sub: QMenu, moves: LaneMoves) -> None:
    """``sub``, emptied, as "Move to Lane ▸": one entry per lane (``lane_entries``'s
    mnemonics), a separator and "New Lane…" (Alt+N)."""
    sub.clear()
    what = ("the selected event" if moves.how_many == 1
            else f"the {moves.how_many} selected events")
    sub.setStatusTip(f"Move {what} to another lane (undoable)")
    for lane, text in lane_entries(moves.lanes, taken="n"):
        action = sub.addAction(text, lambda c=lane: moves.move(c))
        action.setEnabled(moves.selected != {lane})
        action.setStatusTip(f"Move {what} to this lane (undoable)")
    sub.addSeparator()
    new = sub.addAction("&New Lane…", moves.new_lane)
    new.setStatusTip(f"Move {what} to a lane you name (undoable)")


def fill_rename_lane_menu(sub: QMenu, lanes: Sequence[str], current: str | None,
                          rename_lane: Callable[[str], object]) -> None:
    """``sub``, emptied, as Edit → "Rename Lane ▸": one entry "<lane>…" per lane of
    ``lanes`` (``lane_entries``'s mnemonics) opening ``rename_lane(lane)``; the entry of
    ``current`` (the selected event's lane) is the active one, so Enter renames it."""
    _fill_lane_dialogs_menu(sub, lanes, current, rename_lane,
                            "Rename this lane, or merge it into another (undoable)")


def fill_lane_colour_menu(sub: QMenu, lanes: Sequence[str], current: str | None,
                          choose_colour: Callable[[str], object]) -> None:
    """``sub``, emptied, as Edit (or Timeline) → "Lane Colour ▸": one entry "<lane>…" per
    lane opening ``choose_colour(lane)``, ``current``'s entry active, as
    :func:`fill_rename_lane_menu` (verify22 finding 9: a lane's colour was only on a
    legend chip's right-click menu, out of the keyboard's reach)."""
    _fill_lane_dialogs_menu(sub, lanes, current, choose_colour,
                            "Choose the colour of this lane's events (undoable)")


def set_active_entry(sub: QMenu, action: QAction) -> None:
    """``action`` the active entry of ``sub`` (being filled, e.g. from its
    ``aboutToShow``), so that Enter picks it, however the menu was opened.

    A submenu opened from the keyboard (Alt+E, C; Right) is made to show its first entry
    active by Qt after ``aboutToShow`` (``QMenuPrivate::setFirstActionActive``): the
    entry is set again once the event loop runs, before any key a person presses next
    (verify23: Alt+E, C, Enter opened the first lane's colour, not the selected event's)."""
    sub.setActiveAction(action)
    _close_submenu_of(action)

    def again() -> None:
        try:
            if sub.isVisible() and action in sub.actions():
                sub.setActiveAction(action)
                _close_submenu_of(action)
        except RuntimeError:  # the menu or the entry was deleted meanwhile
            pass

    QTimer.singleShot(0, sub, again)


def _close_submenu_of(action: QAction) -> None:
    """The submenu of ``action`` closed again when making it the active entry opened it
    (``QMenu.setActiveAction`` pops a submenu up at once): Edit → Lane Order opened the
    selected event's lane's submenu with no entry of it highlighted, and → then went on
    to the View menu (verify67 F9).  Its lane stays highlighted: → or Enter opens it
    with its first entry highlighted, as a submenu reached by the keyboard does."""
    menu = action.menu()
    if menu is not None and menu.isVisible():
        menu.hide()


def _fill_lane_dialogs_menu(sub: QMenu, lanes: Sequence[str], current: str | None,
                            open_dialog: Callable[[str], object], tip: str) -> None:
    sub.clear()
    for lane, text in lane_entries(lanes):
        action = sub.addAction(text + "…", lambda c=lane: open_dialog(c))
        action.setStatusTip(tip)
        if lane == current:
            set_active_entry(sub, action)


#: The entries that move a lane among the others (``core.lanes.moved_lane``), each with a
#: letter of its own that works in an open menu (Qt closes a popup on Alt: plain letters).
LANE_ORDER_ENTRIES = (("up", "Move Lane &Up", "Move this lane one place up (undoable)"),
                      ("down", "Move Lane D&own", "Move this lane one place down (undoable)"),
                      ("top", "Move Lane to &Top", "Make this lane the first (undoable)"),
                      ("bottom", "Move Lane to &Bottom", "Make this lane the last (undoable)"))


def add_lane_order_entries(menu: QMenu, lane: str, lanes: Sequence[str],
                           move: Callable[[str, str], object]) -> None:
    """A section of ``menu`` moving ``lane`` among ``lanes`` (every lane, in lane order):
    Move Lane Up (U), Down (O), to Top (T), to Bottom (B), each ``move(lane, where)``
    (one undo step, ``Document.move_lane``); Up and Top greyed out for the first lane,
    Down and Bottom for the last, all four for a lane not listed or alone."""
    if menu.actions():
        menu.addSeparator()
    at = list(lanes).index(lane) if lane in lanes else None
    for where, text, tip in LANE_ORDER_ENTRIES:
        action = menu.addAction(text, lambda w=where: move(lane, w))
        action.setStatusTip(tip)
        first = where in ("up", "top")
        action.setEnabled(at is not None and (at > 0 if first else at < len(lanes) - 1))


def fill_lane_order_menu(sub: QMenu, lanes: Sequence[str], current: str | None,
                         move: Callable[[str, str], object]) -> None:
    """``sub``, emptied, as Edit → "Lane Order ▸": one submenu per lane of ``lanes``
    (``lane_entries``'s mnemonics) holding ``add_lane_order_entries``; the submenu of
    ``current`` (the selected event's lane) is the active entry, so Right or Enter opens
    it (Alt+E, O, Enter, U moves the selected event's lane up)."""
    sub.clear()
    for lane, text in lane_entries(lanes):
        lane_menu = sub.addMenu(text)
        lane_menu.menuAction().setStatusTip("Move this lane up or down (undoable)")
        add_lane_order_entries(lane_menu, lane, lanes, move)
        if lane == current:
            set_active_entry(sub, lane_menu.menuAction())


#: What "Show as Eras" does, for its status tip.
ERA_TIP = ("Draw this lane's events as eras: bands behind every lane, titled at the top, "
           "and write them as eras in TimelineJS and Timeline Project exports (undoable)")


def add_era_entry(menu: QMenu, lane: str, is_era: bool,
                  set_era: Callable[[str, bool], object], text: str = "Show as &Eras") -> QAction:
    """A checkable entry of ``menu`` (``text``; ticked when ``is_era``) that shows
    ``lane`` as eras or, unticked, as a lane of rows again: ``set_era(lane, ticked)``
    (``Document.set_era_lane``, one undo step)."""
    action = menu.addAction(text)
    action.setCheckable(True)
    action.setChecked(is_era)
    action.setStatusTip(ERA_TIP)
    action.triggered.connect(lambda checked=False: set_era(lane, bool(checked)))
    return action


def fill_era_lanes_menu(sub: QMenu, lanes: Sequence[str], is_era: Callable[[str], bool],
                        set_era: Callable[[str, bool], object]) -> None:
    """``sub``, emptied, as View → Lanes By → "Show as Eras ▸": one checkable entry per
    lane of ``lanes`` (``lane_entries``' mnemonics), ticked for those shown as eras
    (``add_era_entry``); "(no lanes)" greyed out without any."""
    sub.clear()
    for lane, text in lane_entries(lanes):
        add_era_entry(sub, lane, is_era(lane), set_era, text)
    if not lanes:
        sub.addAction("(no lanes)").setEnabled(False)


def lane_entries(lanes: Sequence[str], taken: str = "") -> list[tuple[str, str]]:
    """Each lane with its menu text: its label, "&" doubled (a file's "&" never becomes a
    mnemonic), and as mnemonic its first letter or digit no earlier entry (nor ``taken``)
    has, so Alt+letter picks one lane (lanes17: "&Treaty", "T&rade"); none when every
    letter of it is taken."""
    used = set(taken.casefold())
    entries = []
    for lane in lanes:
        label = category_label(lane)
        at = next((i for i, ch in enumerate(label)
                   if ch.isalnum() and ch.casefold() not in used), None)
        if at is None:
            entries.append((lane, label.replace("&", "&&")))
            continue
        used.add(label[at].casefold())
        entries.append((lane, label[:at].replace("&", "&&") + "&"
                        + label[at:].replace("&", "&&")))
    return entries


def _add_show_categories(menu: QMenu, hidden: Sequence[str],
                         toggle: Callable[[str], None],
                         show_all: Callable[[], None] | None) -> None:
    """A section of "Show <category> Events" entries for the ``hidden`` categories."""
    if not hidden:
        return
    if menu.actions():
        menu.addSeparator()
    for category in hidden:
        label = category_label(category).replace("&", "&&")  # no mnemonic from a file
        menu.addAction(f"&Show {label} Events", lambda c=category: toggle(c))
    if show_all is not None and len(hidden) > 1:
        menu.addAction("Show &All Categories", show_all)
