"""Desktop integration on Linux: a menu entry and the .cxcharter file type.

`cxcharter install-desktop` writes, below $XDG_DATA_HOME (~/.local/share):

    applications/cxcharter.desktop            the menu entry; opens files passed to it
    mime/packages/cxcharter.xml               application/x-cxcharter for *.cxcharter
    icons/hicolor/scalable/apps/cxcharter.svg the icon

then refreshes the desktop's caches (update-mime-database, update-desktop-database,
when installed) so a double-click on a charter opens it in CX Charter.
`--uninstall` removes exactly these files. No Qt here: the command works without a
display.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from cxcharter.assets import resource
from cxcharter.store import outfile

MIME_TYPE = "application/x-cxcharter"


@dataclass(frozen=True)
class Installed:
    files: tuple[Path, ...]
    refreshed: tuple[str, ...]  # the cache tools that ran


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    return (
        Path(value) if value and Path(value).is_absolute() else (Path.home() / ".local" / "share")
    )


def targets(base: Path) -> dict[str, Path]:
    return {
        "desktop": base / "applications" / "cxcharter.desktop",
        "mime": base / "mime" / "packages" / "cxcharter.xml",
        "icon": base / "icons" / "hicolor" / "scalable" / "apps" / "cxcharter.svg",
    }


def launcher() -> str:
    """The command line that starts the window, quoted for a .desktop Exec key."""
    beside = Path(sys.executable).with_name("cxcharter-gui")  # a venv is not on PATH
    gui = str(beside) if beside.exists() else shutil.which("cxcharter-gui")
    parts = [gui] if gui else [sys.executable, "-m", "cxcharter"]
    # The Desktop Entry spec quotes like a shell, and a literal % is written %%.
    return " ".join(shlex.quote(p) for p in parts).replace("%", "%%")


def desktop_entry(exec_line: str) -> str:
    template = resource("desktop", "cxcharter.desktop").read_text(encoding="utf-8")
    return template.replace("@EXEC@", exec_line)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    outfile.write_bytes(path, data)


def _refresh(base: Path) -> tuple[str, ...]:
    ran = []
    for tool, folder in (
        ("update-mime-database", base / "mime"),
        ("update-desktop-database", base / "applications"),
        ("gtk-update-icon-cache", base / "icons" / "hicolor"),
    ):
        path = shutil.which(tool)
        if path is None or not folder.is_dir():
            continue
        args = (
            [path, "-f", "-t", str(folder)]
            if tool == "gtk-update-icon-cache"
            else [path, str(folder)]
        )
        try:
            subprocess.run(args, check=False, capture_output=True, timeout=60)
            ran.append(tool)
        except (OSError, subprocess.TimeoutExpired):
            pass  # the files are in place; the desktop picks them up at next login
    return tuple(ran)


def install(base: Path | None = None, exec_line: str | None = None) -> Installed:
    base = base or data_home()
    paths = targets(base)
    _write(paths["desktop"], desktop_entry(exec_line or launcher()).encode("utf-8"))
    _write(paths["mime"], resource("desktop", "cxcharter-mime.xml").read_bytes())
    _write(paths["icon"], resource("icons", "cxcharter.svg").read_bytes())
    return Installed(tuple(paths.values()), _refresh(base))


def uninstall(base: Path | None = None) -> Installed:
    base = base or data_home()
    removed = []
    for path in targets(base).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    return Installed(tuple(removed), _refresh(base))
