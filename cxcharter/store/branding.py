"""The organisation's look in the charter file (schema 0004): logo and accent colour.

Mixed into CharterDocument like GovernanceMixin. The look is presentation, not
approved content (domain/branding.py): it is written with `content=False`, so it
may change while the charter is in review or approved, and it is outside the
canonical JSON and its fingerprint. Every change is one transaction with one
audit entry (the logo as its size and SHA-256, not its bytes); listeners hear
`Change("branding")`.
"""

from __future__ import annotations

import sqlite3

from cxcharter.domain import branding
from cxcharter.domain.branding import Look
from cxcharter.domain.values import Problem
from cxcharter.store import errors
from cxcharter.store.changes import Change
from cxcharter.store.part import DocumentPart


def _invalid(problem: Problem) -> errors.InvalidValue:
    return errors.InvalidValue(branding.describe(problem), field=problem.field, problem=problem)


def _logo_note(data: bytes | None) -> dict[str, object] | None:
    if data is None:
        return None
    import hashlib  # lazy: opening a charter needs no hash: hashlib loads OpenSSL (~4 MB)

    return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


class BrandingMixin(DocumentPart):
    """Reading and setting the look of a charter (see store/document.py)."""

    _conn: sqlite3.Connection

    def look(self) -> Look:
        """The charter's look; the defaults when none was set (or the file predates it)."""
        try:
            row = self._conn.execute(
                "SELECT accent, logo, logo_type FROM branding WHERE id = 1"
            ).fetchone()
        except sqlite3.OperationalError:  # opened read-only before the upgrade
            return Look()
        if row is None:
            return Look()
        return Look(
            accent=row[0], logo=bytes(row[1]) if row[1] is not None else None, logo_type=row[2]
        )

    def _set_look(self, column: str, values: dict[str, object], old: object, new: object) -> None:

        with self._write(content=False) as db:
            db.conn.execute("INSERT INTO branding (id) VALUES (1) ON CONFLICT (id) DO NOTHING")
            db.conn.execute(
                f"UPDATE branding SET {', '.join(f'{k} = ?' for k in values)} WHERE id = 1",
                tuple(values.values()),
            )
            self._audit(db, f"branding.{column}", "branding", old, new)
        self._notify(Change("branding"))

    def set_accent(self, accent: object) -> None:
        """Set the accent colour ("#rrggbb"), or None for the house accent; anything else
        is refused (InvalidValue)."""
        if problem := branding.check_accent(accent):
            raise _invalid(problem)
        value = branding.normal_accent(accent) if isinstance(accent, str) else None
        old = self.look().accent
        if value != old:
            self._set_look("accent", {"accent": value}, old, value)

    def set_logo(self, image: object) -> None:
        """Set the logo (PNG or JPEG bytes, checked from the header), or None for none;
        anything else is refused (InvalidValue)."""
        if problem := branding.check_logo(image):
            raise _invalid(problem)
        data = bytes(image) if isinstance(image, bytes | bytearray) else None
        info = branding.logo_info(data) if data is not None else None  # checked above
        kind = info[0] if info is not None else None
        old = self.look().logo
        if data != old:
            self._set_look(
                "logo", {"logo": data, "logo_type": kind}, _logo_note(old), _logo_note(data)
            )
