"""The one writer of output files: PDF, JSON, iCalendar, new charters and copies.

A file is first written to a temporary file created exclusively (O_EXCL: a symlink
or file planted under its name makes the write fail instead of being followed) in
the target's folder, fsynced, and renamed over the target in one step, so a reader
sees the old file or the new one, never half of it. Temporary names start with
`.cxcharter-tmp-` and carry this machine and process; each write first removes the
temporaries that killed runs left in its folder (and the `.NAME.part` files that
earlier versions left), never anything else.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

PREFIX = ".cxcharter-tmp-"
_OURS = re.compile(r"^\.cxcharter-tmp-([0-9a-f]{6})-(\d+)-[0-9a-f]{8}-.*\.part(-journal)?$")
_STALE_ELSEWHERE = 24 * 3600  # seconds: another machine's (or an unknown) writer
_STALE_LEGACY = 60  # seconds: `.NAME.part` of the older writers
_NAME_ROOM = 60  # characters of the target's name kept in the temporary name


def _host() -> str:
    import hashlib  # lazy: opening a charter needs no hash: hashlib loads OpenSSL (~4 MB)
    import socket  # lazy: only when a file is written

    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill would terminate it there: age decides instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, it is just not ours
        return True
    return True


def _is_leftover(entry: os.DirEntry[str], target_name: str, host: str, now: float) -> bool:
    name = entry.name
    if match := _OURS.match(name):
        age = now - entry.stat(follow_symlinks=False).st_mtime
        if match.group(1) == host and int(match.group(2)) != os.getpid():
            return not _alive(int(match.group(2))) or age > _STALE_ELSEWHERE
        return age > _STALE_ELSEWHERE
    legacy = re.compile(rf"^\.{re.escape(target_name)}(\.[0-9a-f]{{8}})?\.part(-journal)?$")
    if legacy.match(name):
        return now - entry.stat(follow_symlinks=False).st_mtime > _STALE_LEGACY
    return False


def remove_leftovers(folder: str | os.PathLike[str], target_name: str = "") -> list[Path]:
    """Delete the temporaries of killed writes in `folder`; returns what was removed."""
    removed: list[Path] = []
    host, now = _host(), time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.name.startswith(".") and _is_leftover(entry, target_name, host, now):
                    os.unlink(entry.path)  # a symlink is removed, never followed
                    removed.append(Path(entry.path))
    return removed


def _temporary_name(target: Path) -> Path:
    stem = target.name[:_NAME_ROOM]
    import secrets  # lazy: only when a file is written (it loads OpenSSL, ~4 MB)

    return target.with_name(f"{PREFIX}{_host()}-{os.getpid()}-{secrets.token_hex(4)}-{stem}.part")


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every OS
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _create(target: Path) -> tuple[Path, int]:
    remove_leftovers(target.parent, target.name)
    tmp = _temporary_name(target)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    # 0666 minus the umask, as for any new file (mkstemp's 0600 would stick to it).
    return tmp, os.open(tmp, flags, 0o666)


def _finish(tmp: Path, target: Path) -> None:
    with contextlib.suppress(FileNotFoundError):  # an existing target keeps its mode
        os.chmod(tmp, os.stat(target).st_mode & 0o7777)
    os.replace(tmp, target)
    _fsync_folder(target.parent)


def _discard(tmp: Path) -> None:
    for leftover in (tmp, Path(f"{tmp}-journal")):
        with contextlib.suppress(OSError):
            os.unlink(leftover)


@contextlib.contextmanager
def replacing(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield an empty temporary file beside `target` to fill by name (SQLite); on
    success it is fsynced and renamed over `target`, on any failure it is removed and
    `target` is untouched. Raises OSError (callers word it in their own terms)."""
    target = Path(os.path.abspath(os.fspath(target)))
    tmp, fd = _create(target)
    os.close(fd)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _finish(tmp, target)
    except BaseException:
        _discard(tmp)
        raise


def write_with(target: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> Path:
    """Write `target` atomically through `write(binary file)`; returns its path."""
    target = Path(os.path.abspath(os.fspath(target)))
    tmp, fd = _create(target)
    try:
        with os.fdopen(fd, "wb") as fh:  # the very file made exclusively: no re-open
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        _finish(tmp, target)
    except BaseException:
        _discard(tmp)
        raise
    return target


def write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `target` atomically; returns its path."""

    def write(fh: IO[bytes]) -> None:
        fh.write(data)

    return write_with(target, write)
