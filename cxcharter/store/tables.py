"""sqlite-utils' Database as a charter file uses it: `db[name]` is always a table.

A charter file has no views (a file with objects CX Charter did not create is refused
when it is opened), so `db[name]` gives the `Table` that inserts, updates and deletes,
and the type checker knows it.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.db import Table


class Tables(Database):
    """A Database whose items are tables (sqlite-utils types them as a table or a view)."""

    def __getitem__(self, table_name: str) -> Table:
        return self.table(table_name)
