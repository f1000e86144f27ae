"""What an operation did: the changes (for views to refresh) and its inverse (for undo).

An op returns `Done`; undoing it calls `inverse(doc)`, itself an op whose `Done`
carries the inverse of the undo (the redo). `code` and `params` name the action
for the Undo menu: a code, never a sentence, so the window words it in whatever
language it shows at the time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxcharter.store.changes import Change
    from cxcharter.store.document import CharterDocument

Inverse = Callable[["CharterDocument"], "Done"]


@dataclass(frozen=True, slots=True)
class Done:
    code: str
    params: dict[str, object] = field(default_factory=dict)
    changes: tuple[Change, ...] = ()
    inverse: Inverse | None = None  # None: not undoable (governance)
    merge_key: object = None  # equal keys within a few seconds merge (typing bursts)
    result: object = None  # what the caller asked for (a new id, the number of a revision)

    @property
    def undoable(self) -> bool:
        return self.inverse is not None

    @property
    def changed(self) -> bool:
        return bool(self.changes)
