"""File → Export Calendar…: the charter's dates as an .ics file (export/ics.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from cxcharter.export.ics import calendar_bytes
from cxcharter.store import outfile
from cxcharter.ui import ask
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
    data = calendar_bytes(session.catalog, doc.snapshot(), today=dt.date.today())
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
    window.statusBar().showMessage(
        tr(
            "Calendar written to {file}. Import it into your calendar program; exporting "
            "again updates the same entries."
        ).format(file=out.name),
        MESSAGE_MS,
    )
    return out
