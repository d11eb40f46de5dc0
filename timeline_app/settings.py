"""Every setting the app keeps, declared once with its type and default."""

from __future__ import annotations

import math
import os
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from timeline_app.records import FrozenRecord

T = TypeVar("T")

ORGANIZATION = "DiplomaticTimeline"
APPLICATION = "Diplomatic Timeline"
#: Tests (and anyone who wants a portable set-up) point this at an .ini file.
SETTINGS_FILE_ENV = "TIMELINE_APP_SETTINGS"


def open_settings() -> QSettings:
    """The app's settings: the .ini file named by ``$TIMELINE_APP_SETTINGS``, else Qt's place.

    Qt writes an .ini file atomically (a temporary file renamed over it), which would
    replace a device or FIFO named there (``TIMELINE_APP_SETTINGS=/dev/null`` once replaced
    /dev/null for the whole machine): such a path is not used; settings then last for this
    run only, in a file of a private temporary folder.
    """
    path = os.environ.get(SETTINGS_FILE_ENV)
    if path:
        if _is_special_file(path):
            return _memory_settings()
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def _is_special_file(path: str) -> bool:
    """True when ``path`` (after links) exists and is not a regular file."""
    import stat

    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False  # missing (Qt creates it) or unnamable (Qt reports it)


_MEMORY: QSettings | None = None


def _memory_settings() -> QSettings:
    """Settings kept for this run only, in a private temporary folder of this process."""
    global _MEMORY
    if _MEMORY is None:
        import tempfile

        # A regular file of our own in a private folder: Qt's atomic save replaces only it.
        folder = tempfile.mkdtemp(prefix="timeline-app-settings-")
        _MEMORY = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
    return _MEMORY


class Setting(FrozenRecord, Generic[T]):
    """A setting: its key, its type and its default (a frozen record:
    ``timeline_app.records``)."""

    _fields = ("key", "type", "default")
    key: str
    type: type[T]
    default: T

    def __init__(self, key: str, type: type[T], default: T) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "key", key)
        setattr_(self, "type", type)
        setattr_(self, "default", default)

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key, self.default)
        if isinstance(value, self.type):
            return value
        if self.type is bool and isinstance(value, str):  # .ini files keep "true"/"false"
            return value.strip().lower() in ("true", "1", "yes")  # type: ignore[return-value]
        try:
            return self.type(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
#: The available height (px) of the screen ``WINDOW_STATE`` was saved on (0: not known): a
#: layout made for a tall screen is not kept on a short one (``MainWindow._restore_geometry``).
WINDOW_STATE_SCREEN_HEIGHT = Setting("window/state_screen_height", int, 0)
#: The person dragged the Events list's separator: its height is theirs (restored with
#: ``WINDOW_STATE``), no longer fitted to the window (``MainWindow._fit_list_to_timeline``).
LIST_SIZED_BY_HAND = Setting("window/list_sized_by_hand", bool, False)
#: The legend's entries of the file shown when the window last closed, as JSON
#: ``{"path", "size", "mtime_ns", "counts": {category: events}}`` (empty: none): a large
#: file reopened at the next start takes the legend's row as those entries need it at the
#: window's width (``MainWindow.stand_in_for``; verify53 F5), not a row of its own.
LAST_LEGEND = Setting("window/last_legend", str, "")
LAST_DIRECTORY = Setting("files/last_directory", str, "")
#: The folder of the last article opened with Import Article's Open Text File…, where the
#: next one starts; kept apart from ``LAST_DIRECTORY`` (timelines, exports): articles and
#: timelines live in different folders (verify33 F5).
LAST_ARTICLE_DIRECTORY = Setting("files/last_article_directory", str, "")
#: The folder a timeline was last saved to or opened from, where Save As starts for a
#: timeline with no file of its own; kept apart from ``LAST_DIRECTORY`` (exports too) and
#: from ``LAST_ARTICLE_DIRECTORY``: Save As started in the articles' folder (verify75 F16).
LAST_TIMELINE_DIRECTORY = Setting("files/last_timeline_directory", str, "")
#: The files opened or saved most recently, newest first, as a JSON list of paths (a JSON
#: string because an .ini file gives back a one-item list as a plain string).
RECENT_FILES = Setting("files/recent", str, "[]")
MAX_RECENT_FILES = 10


def recent_files(settings: QSettings) -> list[str]:
    """The recent files, newest first (at most ``MAX_RECENT_FILES``)."""
    import json

    try:
        value = json.loads(RECENT_FILES.get(settings))
    except ValueError:
        return []
    if not isinstance(value, list):
        return []
    return [p for p in value if isinstance(p, str)][:MAX_RECENT_FILES]


def set_recent_files(settings: QSettings, paths: list[str]) -> None:
    import json

    RECENT_FILES.set(settings, json.dumps(list(dict.fromkeys(paths))[:MAX_RECENT_FILES]))


def add_recent_file(settings: QSettings, path: str) -> None:
    """Put ``path`` first in the recent files (once)."""
    set_recent_files(settings, [path, *(p for p in recent_files(settings) if p != path)])


def remove_recent_file(settings: QSettings, path: str) -> None:
    set_recent_files(settings, [p for p in recent_files(settings) if p != path])

#: Where each timeline file was last looked at: a JSON object of resolved paths to
#: ``[first day, last day]`` (day numbers, ``core.dates.day_number``; the view's visible
#: days at the file's last save or when it was left), followed by the
#: first empty days of the collapsed periods opened then (``[first, last, [day, …]]``:
#: verify80 F9, a view with 1660-1958 collapsed came back with it drawn linearly), at most
#: ``MAX_VIEWS_OF_FILES``, the newest last.  The
#: Timeline Project keeps its view in the file (``<view><displayed_period>``); kept here,
#: looking at a file never makes it "modified" (verify54 F29: a week's story in a file of
#: 2006-2026 opened again as one "+16" badge).
VIEWS_OF_FILES = Setting("view/views_of_files", str, "{}")
MAX_VIEWS_OF_FILES = 2 * MAX_RECENT_FILES


def _json_object(text: str) -> dict[str, object]:
    """``text`` read as a JSON object; {} for any other JSON or for no JSON."""
    import json

    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def views_of_files(settings: QSettings) -> dict[str, tuple[float, float]]:
    """``VIEWS_OF_FILES`` read: path -> (first day, last day); bad entries left out."""
    value = _json_object(VIEWS_OF_FILES.get(settings))
    return {path: days for path, (days, _opened) in _views_and_bands(value).items()}


def _is_number(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def _views_and_bands(value: dict[str, object]
                     ) -> dict[str, tuple[tuple[float, float], tuple[float, ...]]]:
    """``VIEWS_OF_FILES``' object read: path -> ((first day, last day), the first empty
    days of the collapsed periods opened, ``()`` for an entry written without them)."""
    views: dict[str, tuple[tuple[float, float], tuple[float, ...]]] = {}
    for path, entry in value.items():
        if not (isinstance(path, str) and isinstance(entry, list) and len(entry) in (2, 3)):
            continue
        days, opened = entry[:2], entry[2] if len(entry) == 3 else []
        if (all(map(_is_number, days)) and days[0] < days[1] and isinstance(opened, list)
                and all(map(_is_number, opened))):
            views[path] = ((float(days[0]), float(days[1])), tuple(map(float, opened)))
    return views


def opened_bands_of_files(settings: QSettings) -> dict[str, tuple[float, ...]]:
    """``VIEWS_OF_FILES``' collapsed periods opened when each file was left (their first
    empty days, ``TimelineView.opened_breaks``); ``()`` when none was or none was kept."""
    value = _json_object(VIEWS_OF_FILES.get(settings))
    return {path: opened for path, (_days, opened) in _views_and_bands(value).items()}


def remember_view_of_file(settings: QSettings, path: str,
                          days: tuple[float, float] | None,
                          opened: tuple[float, ...] = ()) -> None:
    """Keep ``days`` (first, last day shown) and ``opened`` (the first empty days of the
    collapsed periods opened, ``TimelineView.opened_breaks``) as the view of the file at
    ``path``; None forgets it (the file was left fitted whole: it opens fitted, as any
    file)."""
    import json

    views = _views_and_bands(_json_object(VIEWS_OF_FILES.get(settings)))
    views.pop(path, None)
    if days is not None:
        views[path] = (days, tuple(opened))
    kept = list(views.items())[-MAX_VIEWS_OF_FILES:]
    VIEWS_OF_FILES.set(settings, json.dumps(
        {p: [*d, list(o)] if o else list(d) for p, (d, o) in kept}))


#: The rows of each lane of a native file as they were shown when it was left (path ->
#: ``{"zoom": px a day, "lanes": way of lanes, "rows": {lane: {event id: row}}}``), the
#: newest last, at most ``MAX_VIEWS_OF_FILES``: the hints its next opening lays its lanes
#: out with (``TimelineView.take_rows_shown``), so that a hand-added event on the bottom
#: row of its lane is there again after save, quit and reopen, not on the top row where
#: date order deals it (verify75 F13).  Kept here, as ``VIEWS_OF_FILES``: looking at a
#: file never makes it "modified"; a colleague opening the file sees the rows dealt anew.
ROWS_OF_FILES = Setting("view/rows_of_files", str, "{}")
#: The most events whose rows are kept for one file (~30 bytes each in the settings):
#: a larger timeline's lanes are dealt anew at its opening.
MAX_ROWS_OF_FILE = 2000


def rows_of_files(settings: QSettings) -> dict[str, tuple[float, str, dict[str, dict[str, int]]]]:
    """``ROWS_OF_FILES`` read: path -> (zoom in px a day, way of lanes, rows by lane);
    bad entries left out."""
    value = _json_object(ROWS_OF_FILES.get(settings))
    kept: dict[str, tuple[float, str, dict[str, dict[str, int]]]] = {}
    for path, entry in value.items():
        if not isinstance(entry, dict):
            continue
        zoom, lanes, rows = entry.get("zoom"), entry.get("lanes"), entry.get("rows")
        if (isinstance(zoom, (int, float)) and not isinstance(zoom, bool)
                and math.isfinite(zoom) and zoom > 0 and isinstance(lanes, str)
                and isinstance(rows, dict)
                and all(isinstance(lane, str) and isinstance(ids, dict)
                        and all(isinstance(i, str) and type(r) is int for i, r in ids.items())
                        for lane, ids in rows.items())):
            kept[path] = (float(zoom), lanes, rows)
    return kept


def remember_rows_of_file(settings: QSettings, path: str,
                          shown: tuple[dict[str, dict[str, int]], float, str] | None) -> None:
    """Keep ``shown`` (``TimelineView.rows_shown``: rows by lane, zoom, way of lanes) as
    the rows of the file at ``path``; None, or more than ``MAX_ROWS_OF_FILE`` events,
    forgets them."""
    import json

    value = {path: {"zoom": z, "lanes": lanes, "rows": rows}
             for path, (z, lanes, rows) in rows_of_files(settings).items()}
    value.pop(path, None)
    if shown is not None and sum(map(len, shown[0].values())) <= MAX_ROWS_OF_FILE:
        rows, zoom, lanes = shown
        value[path] = {"zoom": zoom, "lanes": lanes, "rows": rows}
    kept = list(value.items())[-MAX_VIEWS_OF_FILES:]
    ROWS_OF_FILES.set(settings, json.dumps(dict(kept)))


#: The Events list's choosable columns shown (``ui.event_list.EventTableModel.CHOOSABLE``),
#: by header name, "|"-separated: the header's right-click menu and View → Event List
#: Columns choose them (verify43 F26).  Status alone at first, as before.
EVENT_LIST_COLUMNS = Setting("view/event_list_columns", str, "Status")


#: The size (px, "760x600") File → Import Article and its review were left at by the
#: person, which they open at the next time (``ui.dialog_room``; verify49 F15).
ARTICLE_DIALOG_SIZE = Setting("dialogs/article_size", str, "")
REVIEW_DIALOG_SIZE = Setting("dialogs/review_size", str, "")

#: View → Collapse empty periods: long empty stretches of time drawn as narrow breaks.
#: The width of a picture file (``ui.picture_width``: "web", "screen", "report" or a
#: number of px), File → Export's last choice.
PICTURE_WIDTH = Setting("export/picture_width", str, "report")
VIEW_COLLAPSE_EMPTY_PERIODS = Setting("view/collapse_empty_periods", bool, True)

#: View → Theme: "system" (follow the desktop's light/dark scheme), "light" or "dark".
THEME = Setting("view/theme", str, "system")
