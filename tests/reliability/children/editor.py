"""Crash-safety child: edits a charter through the store until it is killed.

    python editor.py FILE TRIAL SEED

Step n (0, 1, 2 …) either sets the answer KEYS[n % len(KEYS)] to "t{TRIAL}-n{n}|xxx…"
(a random length, so some saves touch many pages) or, every 7th step, adds the
person "t{TRIAL}-n{n}". After the store returned, it prints "ok n" — a confirmed
edit. The parent kills this process with SIGKILL at a random moment.
"""

from __future__ import annotations

import random
import sys

from cxcharter.store.document import CharterDocument

KEYS = (
    "vision.statement",
    "vision.scope",
    "goals.objectives",
    "roles.core_team",
    "priorities.top",
    "stakeholders.who",
    "ways.meetings",
    "front.summary",
)


def step_of(trial: int, n: int) -> tuple[str, str]:
    """('person', name) or (key, tag) of step n; the parent computes the same."""
    tag = f"t{trial}-n{n}"
    if n % 7 == 6:
        return "person", tag
    return KEYS[n % len(KEYS)], tag


def main() -> None:
    path, trial, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rnd = random.Random(seed)
    doc = CharterDocument.open(path, actor=f"crash-child {trial}")
    print("ready", flush=True)
    n = 0
    while True:
        what, tag = step_of(trial, n)
        if what == "person":
            doc.add_person(tag, email=f"{tag}@example.com")
        else:
            size = rnd.choice((0, 10, 200, 5_000, 40_000))
            doc.set_answer_text(what, f"{tag}|" + "ä" * size)
        print(f"ok {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
