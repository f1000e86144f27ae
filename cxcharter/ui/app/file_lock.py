"""A QLockFile beside the charter tells a second window or process who has it.

QLockFile only records a process id, an application and a host name, so a
companion note (`.NAME.cxcharter.lock.who`, JSON) names the person (Who Is
Editing), the login and the time; the banner shows those, not "python3.11
(process 25195)".

Stale locks are cleared without the user ever needing a shell: a lock file
that cannot be read (0 bytes after a power cut, garbage) and is not being
written right now, or one naming a process of this machine that no longer
runs, cannot be a live holder. A lock from another machine may be live: it is
shown with its person, host and age, and `force()` ("Open anyway", asked
with a warning) takes it over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QSaveFile, QSysInfo

from cxcharter.ui.i18n import tr

# QLockFile creates its file and then writes it: an unreadable lock younger than
# this may be a live holder between the two steps.
UNREADABLE_GRACE_S = 10.0


def lock_path(charter: Path) -> Path:
    return charter.with_name(f".{charter.name}.lock")


def note_path(charter: Path) -> Path:
    return charter.with_name(f".{charter.name}.lock.who")


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment or the password database
        return ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds the lock, as far as the lock and its note tell."""

    name: str  # the Who-Is-Editing name ('' if no note)
    user: str  # the login ('' if unknown)
    host: str  # '' when the lock file cannot be read
    since: dt.datetime | None
    this_machine: bool


class QtFileLock:
    """The store's FileLock protocol on top of QLockFile (plus the holder's note)."""

    def __init__(self, charter: Path, actor: str = "") -> None:
        charter = Path(charter)
        self._file, self._note = lock_path(charter), note_path(charter)
        self._actor = actor
        self._lock = QLockFile(str(self._file))
        # Held for hours while a window is open: age alone never makes it stale.
        self._lock.setStaleLockTime(0)

    # ------------------------------------------------------------ taking
    def try_lock(self) -> bool:
        if self._lock.isLocked():
            return True  # taken over by force() already
        if self._lock.tryLock(0):
            self._write_note()
            return True
        if self._is_stale() and self._lock.removeStaleLockFile() and self._lock.tryLock(0):
            self._write_note()
            return True
        return False

    def force(self) -> bool:
        """Take over a lock that may still be live elsewhere ("Open anyway")."""
        if self._lock.isLocked():
            return True
        self._lock.removeStaleLockFile()  # stale time 0: removes whatever is there
        with contextlib.suppress(OSError):
            self._note.unlink(missing_ok=True)
        return self.try_lock()

    def unlock(self) -> None:
        if self._lock.isLocked():
            with contextlib.suppress(OSError):
                self._note.unlink(missing_ok=True)
        self._lock.unlock()

    def _is_stale(self) -> bool:
        info = self._lock.getLockInfo()  # PySide6: (pid, host, app), or a bool on failure
        pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) == 3 else (0, "")
        if pid <= 0 or not host:  # 0 bytes or garbage: stale unless being written just now
            return self._age() > UNREADABLE_GRACE_S
        if host == QSysInfo.machineHostName():
            return not _alive(pid)
        return False  # another machine's process may be live: only the user may decide

    def _age(self) -> float:
        try:
            return time.time() - self._file.stat().st_mtime
        except OSError:
            return 0.0

    def _write_note(self) -> None:
        note = {
            "name": self._actor,
            "user": _login(),
            "host": QSysInfo.machineHostName(),
            "pid": os.getpid(),
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        out = QSaveFile(str(self._note))
        if out.open(QSaveFile.OpenModeFlag.WriteOnly):
            out.write(json.dumps(note, ensure_ascii=False).encode("utf-8"))
            out.commit()

    # ------------------------------------------------------------ telling
    def holder_info(self) -> Holder:
        info = self._lock.getLockInfo()
        pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) == 3 else (0, "")
        note = {}
        with contextlib.suppress(OSError, ValueError):
            note = json.loads(self._note.read_text(encoding="utf-8"))
        if not isinstance(note, dict) or note.get("pid") != pid or note.get("host") != host:
            note = {}  # a note left by an earlier holder says nothing about this one
        since = None
        with contextlib.suppress(OSError, ValueError, OverflowError):
            since = dt.datetime.fromtimestamp(self._file.stat().st_mtime, dt.UTC)
        return Holder(
            name=str(note.get("name") or ""),
            user=str(note.get("user") or ""),
            host=host,
            since=since,
            this_machine=bool(host) and host == QSysInfo.machineHostName(),
        )

    def may_be_elsewhere(self) -> bool:
        """True when the holder may be live on another machine (offer "Open anyway")."""
        holder = self.holder_info()
        return not holder.this_machine

    def holder(self) -> str:
        """The person and the machine, for the banner."""
        return holder_text(self.holder_info())


def holder_text(holder: Holder) -> str:
    who = holder.name or holder.user or tr("someone")
    if holder.name and holder.user and holder.user != holder.name:
        who = tr("{name} (login {user})").format(name=holder.name, user=holder.user)
    if not holder.host:
        where = tr("an unknown computer")
    elif holder.this_machine:
        where = tr("this computer")
    else:
        where = tr("the computer “{host}”").format(host=holder.host)
    text = tr("{who} on {where}").format(who=who, where=where)
    if holder.since is not None:
        local = holder.since.astimezone()
        text = tr("{holder}, since {date} {time}").format(
            holder=text, date=local.strftime("%d.%m.%Y"), time=local.strftime("%H:%M")
        )
    return text
