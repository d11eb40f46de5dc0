"""Every setting the app keeps, declared once with its type and default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "DiplomaticTimeline"
APPLICATION = "Diplomatic Timeline"
#: Tests (and anyone who wants a portable set-up) point this at an .ini file.
SETTINGS_FILE_ENV = "TIMELINE_APP_SETTINGS"


def open_settings() -> QSettings:
    path = os.environ.get(SETTINGS_FILE_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key, self.default)
        if isinstance(value, self.type):
            return value
        try:
            return self.type(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
LAST_DIRECTORY = Setting("files/last_directory", str, "")
#: View → Theme: "system" (follow the desktop's light/dark scheme), "light" or "dark".
THEME = Setting("view/theme", str, "system")
