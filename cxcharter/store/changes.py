"""What a committed write tells the document's listeners (the Qt models, the monitors).

Its own module so that the document's parts (rows, governance, branding) can name
it without importing the document that is built from them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Change:
    """What changed: 'answer' (key), 'rows' (kind name; people are the kind 'person'),
    'governance' (revision number: a submission, decision, withdrawal, new revision), or
    'branding' (the logo or the accent colour)."""

    kind: str
    key: str | int | None = None
    # 'rows' only: the one row an update changed and the fields it touched, so a view
    # over thousands of rows can refresh that row instead of reading them all again.
    row: int | None = None
    fields: frozenset[str] = frozenset()
