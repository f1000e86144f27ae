"""Lock child: holds a charter open with the window's own QtFileLock.

    python holder.py FILE

Prints "holding <reason>", then obeys stdin: "write TEXT" saves TEXT as the vision
statement and prints "wrote"; "close" closes the charter and prints "closed".
"""

from __future__ import annotations

import sys

from cxcharter.store.document import CharterDocument
from cxcharter.ui.app.file_lock import QtFileLock


def main() -> None:
    path = sys.argv[1]
    doc = CharterDocument.open(path, actor="first window", lock=QtFileLock(path, "first window"))
    print(f"holding {doc.read_only_reason or 'writable'}", flush=True)
    for line in sys.stdin:
        command, _, arg = line.rstrip("\n").partition(" ")
        if command == "write":
            doc.set_answer_text("vision.statement", arg)
            print("wrote", flush=True)
        elif command == "close":
            doc.close()
            print("closed", flush=True)
            return


if __name__ == "__main__":
    main()
