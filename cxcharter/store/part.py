"""The base of the document's parts (rows, governance, branding): what they use of it.

`CharterDocument` is built from these mixins and defines what is declared here; the
declarations only tell the type checker, so that a part never imports the document.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from sqlite_utils import Database

    from cxcharter.domain.model import CharterSnapshot
    from cxcharter.store.changes import Change
    from cxcharter.store.tables import Tables


class DocumentPart:
    """A mixin of CharterDocument (see store/document.py)."""

    _conn: sqlite3.Connection
    path: Path

    if TYPE_CHECKING:

        def _write(self, *, content: bool = True) -> AbstractContextManager[Tables]: ...

        def _audit(
            self,
            db: Database,
            action: str,
            target: object,
            old: object,
            new: object,
            *,
            at: str | None = None,
        ) -> None: ...

        def _notify(self, change: Change) -> None: ...

        def snapshot(self) -> CharterSnapshot: ...

        def _revision_number(self) -> int: ...

        def signatures_required(self) -> bool: ...


def row_id(last_pk: object) -> int:
    """The id of the row an insert just wrote (sqlite-utils' `last_pk`, typed as anything)."""
    if isinstance(last_pk, int):
        return last_pk
    raise TypeError(f"an insert gave no row id ({last_pk!r})")
