"""Structured content: rows of a kind (add, edit, remove, reorder), link cells (a RACI
letter, a membership, a score) and settings. Several rows in one user action are one
op: one transaction, one audit entry, one undo step."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from cxcharter.ops.done import Done

if TYPE_CHECKING:
    from cxcharter.store.document import CharterDocument
    from cxcharter.store.rows import Removed


def add_row(
    doc: CharterDocument,
    kind: str,
    data: Mapping[str, object],
    position: int | None = None,
    *,
    code: str = "row.add",
) -> Done:
    with doc.operation(code, {"kind": kind}) as op:
        row_id = doc.add_row(kind, dict(data), position=position)
    return Done(
        code,
        {"kind": kind},
        tuple(op.changes),
        lambda d: remove_rows(d, kind, [row_id]),
        result=row_id,
    )


def add_rows(
    doc: CharterDocument, kind: str, rows: Iterable[Mapping[str, object]], *, code: str = "row.add"
) -> Done:
    """Several new rows (suggestions added all at once): all or none."""
    with doc.operation(code, {"kind": kind}) as op:
        ids = [doc.add_row(kind, dict(data)) for data in rows]
    params = {"kind": kind, "n": len(ids)}
    return Done(code, params, tuple(op.changes), lambda d: remove_rows(d, kind, ids), result=ids)


def update_row(
    doc: CharterDocument,
    kind: str,
    row_id: int,
    data: Mapping[str, object],
    *,
    code: str = "row.update",
) -> Done:
    """Edits of the same fields of one row merge (typing in a cell)."""
    with doc.operation(code, {"kind": kind, "id": row_id}) as op:
        before = doc.row(kind, row_id)  # inside: the values this edit replaces
        old = {name: before.get(name) for name in data} if before else {}
        doc.update_row(kind, row_id, **data)
    return Done(
        code,
        {"kind": kind, "id": row_id},
        tuple(op.changes),
        lambda d: update_row(d, kind, row_id, old, code=code),
        merge_key=(code, kind, row_id, frozenset(data)) if code == "row.update" else None,
    )


def remove_rows(
    doc: CharterDocument, kind: str, ids: Sequence[int], *, code: str = "row.remove"
) -> Done:
    """Remove rows and everything that hangs on them; undo brings all of it back."""
    with doc.operation(code, {"kind": kind, "n": len(ids)}) as op:
        removed = [doc.remove_row(kind, row_id) for row_id in ids]
    return Done(
        code, {"kind": kind, "n": len(ids)}, tuple(op.changes), lambda d: restore_rows(d, removed)
    )


def restore_rows(doc: CharterDocument, removed: Sequence[Removed]) -> Done:
    """The inverse of remove_rows: the same ids, positions and references."""
    with doc.operation("row.restore", {"n": len(removed)}) as op:
        for one in reversed(removed):
            doc.restore_rows(one)
    kind = removed[0].rows[0].kind if removed and removed[0].rows else ""
    ids = [one.rows[0].id for one in removed if one.rows]
    return Done(
        "row.restore",
        {"kind": kind, "n": len(ids)},
        tuple(op.changes),
        lambda d: remove_rows(d, kind, ids),
    )


def move_row(doc: CharterDocument, kind: str, row_id: int, index: int) -> Done:
    with doc.operation("row.move", {"kind": kind, "id": row_id}) as op:
        old = doc.move_row(kind, row_id, index)
    return Done(
        "row.move",
        {"kind": kind, "id": row_id},
        tuple(op.changes),
        lambda d: move_row(d, kind, row_id, old),
    )


def set_links(
    doc: CharterDocument,
    kind: str,
    cells: Sequence[tuple[Mapping[str, object], Mapping[str, object] | None]],
    *,
    code: str = "link.set",
) -> Done:
    """Set or clear (None) link rows, each identified by its `match`: all or none."""
    before: list[tuple[dict[str, object], dict[str, object] | None]] = []
    with doc.operation(code, {"kind": kind, "n": len(cells)}) as op:
        for match, data in cells:
            old = doc.set_link(kind, dict(match), None if data is None else dict(data))
            kept = None if old is None else {k: v for k, v in old.values.items() if k not in match}
            before.append((dict(match), kept))
    return Done(
        code,
        {"kind": kind, "n": len(cells)},
        tuple(op.changes),
        lambda d: set_links(d, kind, before[::-1], code=code),
    )


def set_raci_cells(
    doc: CharterDocument, cells: Sequence[tuple[int, int]], letter: str | None
) -> Done:
    """RACI cells (activity id, person id) to one letter, or cleared: one step."""
    data = None if letter is None else {"role": letter}
    code = "raci.set" if len(cells) > 1 else "link.set"
    return set_links(
        doc, "raci", [({"activity": a, "person": p}, data) for a, p in cells], code=code
    )


def set_setting(doc: CharterDocument, name: str, value: object, *, merge: bool = False) -> Done:
    """One setting; `merge`: a text typed in bursts (successive edits are one step)."""
    with doc.operation("setting.update", {"name": name}) as op:
        old = doc.setting(name)
        doc.set_setting(name, value)
    return Done(
        "setting.update",
        {"name": name},
        tuple(op.changes),
        lambda d: set_setting(d, name, old),
        merge_key=("setting.update", name) if merge else None,
    )
