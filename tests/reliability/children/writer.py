"""Contention child: one of two processes writing the same charter through the store.

    python writer.py FILE NAME EDITS SEED

Prints "ready", waits for "go" on stdin, then makes EDITS edits of rows both
writers share: the answers SHARED_KEYS, the target of the first goal, and now and
then a new person; every REOPEN edits it closes and opens the document again (an
open while the other process writes). Each refused edit prints "fail N TYPE: MESSAGE";
the last line is "done OK FAILED".
"""

from __future__ import annotations

import random
import sys
import time

from cxcharter.store.document import CharterDocument

SHARED_KEYS = ("vision.statement", "goals.objectives")
REOPEN = 50


def _open(path: str, name: str) -> CharterDocument | None:
    try:
        return CharterDocument.open(path, actor=name)
    except Exception as exc:  # reported to the parent, which fails the test
        print(f"fail open {type(exc).__module__}.{type(exc).__name__}: {exc}", flush=True)
        return None


def main() -> None:
    path, name, edits, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rnd = random.Random(seed)
    doc = _open(path, name)
    goal = doc.rows("goal")[0].id if doc else 0
    print("ready", flush=True)
    sys.stdin.readline()
    ok = failed = 0
    for n in range(edits):
        if doc is None or (n and n % REOPEN == 0):
            if doc is not None:
                doc.close()
            doc = _open(path, name)
            if doc is None:
                failed += 1
                continue
        try:
            pick = rnd.random()
            if pick < 0.7:
                doc.set_answer_text(rnd.choice(SHARED_KEYS), f"{name} {n}")
            elif pick < 0.9:
                doc.update_row("goal", goal, target=float(n))
            else:
                doc.add_person(f"{name} {n}")
            ok += 1
        except Exception as exc:
            failed += 1
            print(f"fail {n} {type(exc).__module__}.{type(exc).__name__}: {exc}", flush=True)
        time.sleep(rnd.uniform(0, 0.002))  # as between two keystroke bursts
    if doc is not None:
        doc.close()
    print(f"done {ok} {failed}", flush=True)


if __name__ == "__main__":
    main()
