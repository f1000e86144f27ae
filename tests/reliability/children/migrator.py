"""Kill-during-migration child: opens an old charter with a slow, test-only migration.

    python migrator.py FILE BACKUP_DIR {before|after}

Registers "0001z_test_slow" on cxcharter.store.schema.migrations (in this process
only, never in the package): "before" puts it between 0001 and 0002, "after" at
the end. It writes 16 MB in small steps, so SQLite spills changed pages into the
file mid-transaction, and prints "migrating N" as it goes. Prints "opened" once
CharterDocument.open() returns, then waits to be killed.
"""

from __future__ import annotations

import sys
import time

from cxcharter.store import schema
from cxcharter.store.document import CharterDocument

NAME = "0001z_test_slow"


def slow(db) -> None:
    db.execute("CREATE TABLE test_slow (n INTEGER PRIMARY KEY, data BLOB)")
    db.execute("UPDATE answers SET text = text || ' (migrating)'")
    for n in range(2000):
        db.execute("INSERT INTO test_slow VALUES (?, randomblob(8000))", [n])
        if n % 50 == 0:
            print(f"migrating {n}", flush=True)
            time.sleep(0.05)


def main() -> None:
    path, backup_dir, where = sys.argv[1], sys.argv[2], sys.argv[3]
    schema.migrations(name=NAME)(slow)
    if where == "before":
        registered = schema.migrations._migrations
        registered.insert(1, registered.pop())
    CharterDocument.open(path, actor="migrator", backup_dir=backup_dir)
    print("opened", flush=True)
    time.sleep(120)


if __name__ == "__main__":
    main()
