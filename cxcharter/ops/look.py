"""The look of the PDF (logo, accent colour): presentation, so allowed while the content
is frozen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxcharter.ops.done import Done

if TYPE_CHECKING:
    from cxcharter.store.document import CharterDocument


def set_look(doc: CharterDocument, what: str, value: object) -> Done:
    """`what`: 'logo' (PNG/JPEG bytes or None) or 'accent' ('#rrggbb' or None)."""
    if what not in ("logo", "accent"):
        raise ValueError(f"not part of the look: {what}")
    code = f"look.{what}"
    with doc.operation(code, content=False) as op:
        old = getattr(doc.look(), what)
        (doc.set_logo if what == "logo" else doc.set_accent)(value)
    return Done(code, {}, tuple(op.changes), lambda d: set_look(d, what, old))
