"""What the app remembers between runs (QSettings): recent files, who edits, geometry."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class AppSettings:
    def __init__(self) -> None:
        self._s = QSettings()

    # recent files -----------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for one entry
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).absolute())
        files = [f for f in self.recent_files() if f != path]
        self._s.setValue("files/recent", [path, *files][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._s.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def clear_recent(self) -> None:
        self._s.setValue("files/recent", [])

    # who is editing ----------------------------------------------------
    def actor(self) -> str:
        return str(self._s.value("user/name", "") or "")

    def set_actor(self, name: str) -> None:
        self._s.setValue("user/name", name.strip())

    @staticmethod
    def default_actor() -> str:
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return ""

    # folders -----------------------------------------------------------
    def last_folder(self) -> str:
        return str(self._s.value("files/last_folder", "") or "")

    def set_last_folder(self, folder: str | Path) -> None:
        self._s.setValue("files/last_folder", str(folder))

    # window ------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)

    def show_guidance(self) -> bool:
        return str(self._s.value("view/guidance", "true")).lower() != "false"

    def set_show_guidance(self, on: bool) -> None:
        self._s.setValue("view/guidance", "true" if on else "false")
