"""What the app remembers between runs (QSettings): recent files, who edits, the view."""

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

    # language and look -------------------------------------------------
    def ui_language(self) -> str:
        """'system' (follow the desktop), 'de' or 'en'."""
        value = str(self._s.value("view/language", "system") or "system")
        return value if value in ("system", "de", "en") else "system"

    def set_ui_language(self, value: str) -> None:
        self._s.setValue("view/language", value)

    def color_scheme(self) -> str:
        """'system' (follow the desktop), 'light' or 'dark'."""
        value = str(self._s.value("view/scheme", "system") or "system")
        return value if value in ("system", "light", "dark") else "system"

    def set_color_scheme(self, value: str) -> None:
        self._s.setValue("view/scheme", value)

    # hints a new user sees until they dismiss them ----------------------
    def hint_dismissed(self, name: str) -> bool:
        return str(self._s.value(f"hints/{name}", "false")).lower() == "true"

    def dismiss_hint(self, name: str) -> None:
        self._s.setValue(f"hints/{name}", "true")
