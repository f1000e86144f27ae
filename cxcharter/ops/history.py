"""The undo/redo history of one open charter, in plain Python.

Entries keep the action's code and parameters (worded when shown, in the language
shown then), its inverse, and a merge key: an edit with the same key as the newest
entry within `MERGE_SECONDS` joins it (a typing burst is one step; the entry keeps
the first edit's inverse, which restores the text from before the burst).
Governance steps are not undoable and never enter the history.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxcharter.ops.done import Done, Inverse

if TYPE_CHECKING:
    from cxcharter.store.document import CharterDocument

MERGE_SECONDS = 3.0


@dataclass(slots=True)
class Entry:
    code: str
    params: dict[str, object]
    inverse: Inverse
    merge_key: object = None
    stamp: float = 0.0


class History:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.undo_entries: list[Entry] = []
        self.redo_entries: list[Entry] = []
        self.listeners: list[Callable[[], None]] = []

    # ------------------------------------------------------------ reading
    def can_undo(self) -> bool:
        return bool(self.undo_entries)

    def can_redo(self) -> bool:
        return bool(self.redo_entries)

    def next_undo(self) -> Entry | None:
        return self.undo_entries[-1] if self.undo_entries else None

    def next_redo(self) -> Entry | None:
        return self.redo_entries[-1] if self.redo_entries else None

    # ------------------------------------------------------------ writing
    def record(self, done: Done) -> None:
        """Keep a done op for undo (unless it changed nothing or cannot be undone)."""
        if not done.changed or done.inverse is None:
            return
        now = self.clock()
        top = self.next_undo()
        self.redo_entries.clear()
        if (
            done.merge_key is not None
            and top is not None
            and top.merge_key == done.merge_key
            and now - top.stamp <= MERGE_SECONDS
        ):
            top.stamp = now  # the burst goes on; undo still goes back to before it
        else:
            self.undo_entries.append(
                Entry(done.code, dict(done.params), done.inverse, done.merge_key, now)
            )
        self._tell()

    def undo(self, doc: CharterDocument) -> Done | None:
        return self._step(doc, self.undo_entries, self.redo_entries)

    def redo(self, doc: CharterDocument) -> Done | None:
        return self._step(doc, self.redo_entries, self.undo_entries)

    def _step(self, doc: CharterDocument, source: list[Entry], target: list[Entry]) -> Done | None:
        """Run the newest entry's inverse; its own inverse goes to the other list. An entry
        whose inverse fails is dropped (the charter changed under it) and the error raised."""
        if not source:
            return None
        entry = source.pop()
        try:
            done = entry.inverse(doc)
        except Exception:
            self._tell()
            raise
        if done.inverse is not None:
            target.append(Entry(entry.code, entry.params, done.inverse, None, 0.0))
        self._tell()
        return done

    def clear(self) -> None:
        if self.undo_entries or self.redo_entries:
            self.undo_entries.clear()
            self.redo_entries.clear()
            self._tell()

    def _tell(self) -> None:
        for fn in list(self.listeners):
            fn()
