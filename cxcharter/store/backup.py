"""Backups of charter files, written with SQLite's online backup API. No Qt.

The caller chooses the folder (the window: its data folder; tests: a tmp
folder). A backup is named `STEM--UUID--STAMP--REASON.cxcharter`, so backups
of one charter are found by its file name (also when the file is too damaged
to read its id) or by the charter's id (also after the file was renamed).
Each backup is written to a hidden temporary file and renamed into place, so
a crash never leaves a half backup that looks like a whole one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cxcharter.store import connection, errors

KEEP = 10  # backups kept per charter
SUFFIX = ".cxcharter"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(
    r"^(?P<stem>.+)--(?P<uuid>[0-9A-Za-z-]{1,64})--(?P<stamp>\d{8}T\d{12}Z)(?:-(?P<n>\d+))?"
    r"--(?P<reason>[a-z0-9-]{1,32})\.cxcharter$"
)
_STALE_PART_SECONDS = 3600  # a hidden .part file this old belongs to a crashed backup
UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    stem: str
    uuid: str
    made: dt.datetime  # UTC
    reason: str
    number: int = 0  # tie-breaker for two backups in one microsecond


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    made = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    return Backup(path, match["stem"], match["uuid"], made, match["reason"], int(match["n"] or 0))


def _safe_stem(stem: str) -> str:
    """A file-name part that cannot be mistaken for our separators."""
    stem = re.sub(r"[\x00-\x1f/\\]", "_", stem).replace("--", "-").strip(". ") or "charter"
    return stem[:80]


def charter_uuid(source: sqlite3.Connection | str | os.PathLike[str]) -> str | None:
    """The charter's id, read best-effort (None if the file is too damaged to tell)."""
    try:
        if isinstance(source, sqlite3.Connection):
            row = source.execute("SELECT uuid FROM charter").fetchone()
        else:
            with contextlib.closing(connection.connect_ro(Path(source))) as conn:
                row = conn.execute("SELECT uuid FROM charter").fetchone()
    except (sqlite3.Error, OSError):
        return None
    uuid = row[0] if row else None
    return uuid if isinstance(uuid, str) and re.fullmatch(r"[0-9A-Za-z-]{1,64}", uuid) else None


def _main_file(conn: sqlite3.Connection) -> str:
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return file or ""
    return ""


def backup_now(
    source: sqlite3.Connection | str | os.PathLike[str],
    folder: str | os.PathLike[str],
    *,
    reason: str,
    name: str | None = None,
) -> Path:
    """Copy the charter `source` (an open connection or a file) into `folder`.

    `name` is the charter file's name; it defaults to the source's own file name.
    Raises a CharterError (DiskFull, AccessDenied …) if the backup cannot be written.
    """
    if not re.fullmatch(r"[a-z0-9-]{1,32}", reason):
        raise ValueError(f"bad backup reason {reason!r}")
    folder = Path(folder)
    if isinstance(source, sqlite3.Connection):
        src, owned = source, False
        name = name or Path(_main_file(source)).name
    else:
        path = Path(source)
        name = name or path.name
        try:
            src, owned = connection.connect_ro(path), True
        except sqlite3.Error as exc:
            raise errors.classify_sqlite(exc, str(path)) or exc from None
    try:
        head = f"{_safe_stem(Path(name or 'charter').stem)}--{charter_uuid(src) or UNKNOWN}--"
        stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
        tail = f"--{reason}{SUFFIX}"
        return _write(folder, src, lambda n: f"{head}{stamp}{f'-{n}' if n else ''}{tail}")
    finally:
        if owned:
            src.close()


def _write(folder: Path, src: sqlite3.Connection, name_for: Callable[[int], str]) -> Path:
    """Back `src` up into a hidden temporary file in `folder`, then give it the first
    free name of name_for(0), name_for(1) …; an existing file is never replaced."""
    shown = str(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _os_error(exc, shown) from None
    import secrets  # lazy: only when a backup is written (it loads OpenSSL, ~4 MB)

    tmp = folder / f".backup-{secrets.token_hex(6)}.part"
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            src.backup(dest)
        finally:
            dest.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        return _claim(tmp, folder, name_for)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _os_error(exc, shown) from None
        if isinstance(exc, sqlite3.Error):
            raise errors.classify_sqlite(exc, shown) or exc from None
        raise


def _os_error(exc: OSError, shown: str) -> errors.CharterError:
    return errors.classify_os(exc, shown) or errors.AccessDenied(
        f"No backup can be written to {shown}: {exc.strerror or exc}.", path=shown, detail=str(exc)
    )


def _claim(tmp: Path, folder: Path, name_for: Callable[[int], str]) -> Path:
    for number in itertools.count():
        target = folder / name_for(number)
        try:
            os.link(tmp, target)  # atomic, and fails if the name is taken
        except FileExistsError:
            continue
        except OSError:  # no hard links on this file system (FAT, some shares)
            if target.exists():
                continue
            os.replace(tmp, target)
            return target
        os.unlink(tmp)
        return target
    raise AssertionError("unreachable")


def _all(folder: str | os.PathLike[str]) -> list[Backup]:
    try:
        entries = list(Path(folder).iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = [b for p in entries if not p.name.startswith(".") and (b := _parse(p))]
    return sorted(found, key=lambda b: (b.made, b.number), reverse=True)


def list_backups(folder: str | os.PathLike[str], charter: str | os.PathLike[str]) -> list[Backup]:
    """Backups of one charter, newest first.

    `charter` is a charter id (uuid), a file name stem, or the path of the charter
    file (then both its stem and, if it can still be read, its id match).
    """
    keys: set[str] = set()
    if isinstance(charter, os.PathLike):
        path = Path(charter)
        keys.add(_safe_stem(path.stem))
        if uuid := (charter_uuid(path) if path.is_file() else None):
            keys.add(uuid)
    else:
        keys.add(str(charter))
        keys.add(_safe_stem(str(charter)))
    return [b for b in _all(folder) if b.uuid in keys or b.stem in keys]


def prune(folder: str | os.PathLike[str], keep: int = KEEP) -> list[Path]:
    """Keep the newest `keep` backups of each charter (file name and id); delete the rest."""
    removed: list[Path] = []
    seen: dict[tuple[str, str], int] = {}
    for item in _all(folder):  # newest first
        group = (item.stem, item.uuid)
        seen[group] = seen.get(group, 0) + 1
        if seen[group] > keep:
            with contextlib.suppress(FileNotFoundError):
                item.path.unlink()
                removed.append(item.path)
    now = time.time()
    with contextlib.suppress(OSError):
        for part in [*Path(folder).glob(".*.part"), *Path(folder).glob(".*.part-journal")]:
            with contextlib.suppress(OSError):
                if now - part.stat().st_mtime > _STALE_PART_SECONDS:
                    part.unlink()
                    removed.append(part)
    return removed


def newest_good_backup(
    folder: str | os.PathLike[str], charter: str | os.PathLike[str]
) -> Backup | None:
    """The newest backup of `charter` that passes `connection.inspect`, or None."""
    for item in list_backups(folder, charter):
        try:
            connection.inspect(item.path)
        except errors.CharterError:
            continue
        return item
    return None


def restore_copy(backup: Backup | str | os.PathLike[str], beside: str | os.PathLike[str]) -> Path:
    """Write `backup` as a new file in the folder of `beside`, never replacing a file.

    The copy is named after `beside`: "team (restored 2026-11-23 14.05).cxcharter".
    """
    item = backup if isinstance(backup, Backup) else _parse(Path(backup))
    source = item.path if item else Path(backup)  # type: ignore[arg-type]  # item is None: not a Backup
    beside = Path(beside).absolute()
    when = (item.made if item else dt.datetime.now(dt.UTC)).astimezone()
    base = f"{beside.stem} (restored {when:%Y-%m-%d %H.%M})"
    try:
        src = connection.connect_ro(source)
    except sqlite3.Error as exc:
        raise errors.classify_sqlite(exc, str(source)) or exc from None
    with contextlib.closing(src):
        return _write(beside.parent, src, lambda n: f"{base}{f' {n + 1}' if n else ''}{SUFFIX}")
