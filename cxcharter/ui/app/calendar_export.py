"""File → Export Calendar…: the charter's dates as an .ics file (export/ics.py).

In review and approved the calendar has no answer due dates (work tracking belongs to
a draft, domain/tracking.py); the status bar says how many were left out and why.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from cxcharter.export import ics
from cxcharter.store import outfile
from cxcharter.ui import ask
from cxcharter.ui.formats import format_number
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession

ICS_FILTER = "iCalendar (*.ics)"
MESSAGE_MS = 8000


def export_calendar(window: QMainWindow, session: CharterSession) -> Path | None:
    """Ask where, write the calendar (small and quick: no worker thread); the file or None."""
    session.flush()
    doc = session.document
    target = ask.save_file(
        window, tr("Export Calendar"), str(doc.path.with_suffix(".ics")), ICS_FILTER
    )
    if not target:
        return None
    if not target.lower().endswith(".ics"):
        target += ".ics"
    out = Path(target)
    if out.resolve() == Path(doc.path).resolve():
        ask.error(
            window, tr("Export failed"), tr("That is the charter itself; choose another file name.")
        )
        return None
    state, today, snapshot = session.frozen or "draft", dt.date.today(), doc.snapshot()
    data = ics.calendar_bytes(session.catalog, snapshot, today=today, state=state)
    try:
        outfile.write_bytes(out, data)
    except OSError as exc:
        ask.error(
            window,
            tr("Export failed"),
            tr("The calendar could not be written. Nothing was changed."),
            str(exc.strerror or exc),
        )
        return None
    written = tr(
        "Calendar written to {file}. Import it into your calendar program; exporting "
        "again updates the same entries."
    ).format(file=out.name)
    note = left_out_text(state, ics.left_out(session.catalog, snapshot, today, state))
    window.statusBar().showMessage(f"{written} {note}".strip(), MESSAGE_MS)
    return out


def left_out_text(state: str, count: int) -> str:
    """Why the calendar has fewer events than the draft's (empty: nothing left out)."""
    if not count:
        return ""
    if state == "approved":
        text = (
            tr(
                "1 due date of an open question left out: the charter is approved, and due "
                "dates count only in a draft."
            )
            if count == 1
            else tr(
                "{n} due dates of open questions left out: the charter is approved, and due "
                "dates count only in a draft."
            )
        )
    else:
        text = (
            tr(
                "1 due date of an open question left out: the charter is in review, and due "
                "dates count only in a draft."
            )
            if count == 1
            else tr(
                "{n} due dates of open questions left out: the charter is in review, and due "
                "dates count only in a draft."
            )
        )
    return text.format(n=format_number(count))
