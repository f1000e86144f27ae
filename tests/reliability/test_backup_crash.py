"""A process killed in the middle of writing a backup leaves no half backup that looks
like a whole one (store/backup.py writes a hidden temporary file, then renames it).

Written after switching the hidden temporary file off (the backup written straight
under its final name) left every other backup test passing; see docs/reliability.md.
"""

from __future__ import annotations

import subprocess
import sys

from reliability_support import sample_charter

from cxcharter.store import backup

# The child backs the charter up one page at a time and dies (os._exit: no handler,
# no cleanup runs, as with SIGKILL) after a few pages were copied.
CHILD = r"""
import os, sqlite3, sys
from cxcharter.store import backup

class Dying(sqlite3.Connection):
    def backup(self, target, **_):
        copied = []
        def progress(status, remaining, total):
            copied.append(1)
            if len(copied) == 3:
                print(f"dying after 3 of {total} pages", flush=True)
                os._exit(9)
        super().backup(target, pages=1, progress=progress)

src = sqlite3.connect(sys.argv[1], factory=Dying)
backup.backup_now(src, sys.argv[2], reason="timer")
print("finished", flush=True)
"""


def test_a_backup_killed_half_way_is_never_taken_for_a_backup(tmp_path):
    path = sample_charter(tmp_path / "Kundenservice.cxcharter")
    folder = tmp_path / "backups"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 9, done.stderr
    assert done.stdout.startswith("dying after 3 of "), done.stdout
    assert "finished" not in done.stdout

    assert backup.list_backups(folder, path) == [], "a half backup looks like a backup"
    assert backup.newest_good_backup(folder, path) is None
    visible = [p.name for p in folder.iterdir() if not p.name.startswith(".")]
    assert visible == [], visible

    # The next backup is whole and is the one offered.
    made = backup.backup_now(path, folder, reason="open")
    assert [b.path for b in backup.list_backups(folder, path)] == [made]
    assert backup.newest_good_backup(folder, path).path == made
