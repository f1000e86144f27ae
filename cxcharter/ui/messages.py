"""Translated sentences for the store's error codes and read-only reasons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP

from cxcharter.store.errors import CharterError
from cxcharter.ui.governance.governance_texts import frozen_text, workflow_text
from cxcharter.ui.i18n import tr, tr_marked
from cxcharter.ui.tables.problem_texts import problem_text


def _texts() -> dict[str, str]:
    """The sentence of each error code (and `code.reason`), in the UI language."""
    return {
        "empty": tr("“{path}” is empty (0 bytes). It is not a CX charter."),
        "not_sqlite": tr("“{path}” is not a CX Charter file."),
        "foreign_database": tr("“{path}” is a database of another application, not a CX charter."),
        "damaged": tr("“{path}” is damaged and cannot be opened. The file was not changed."),
        "newer_version": tr(
            "“{path}” was saved by a newer version of CX Charter. Please update the "
            "application to open it. The file was not changed."
        ),
        "foreign_schema": tr(
            "“{path}” contains database objects CX Charter did not create. For your "
            "safety it is not opened. The file was not changed."
        ),
        "foreign_schema.extra": tr(
            "“{path}” contains database objects CX Charter did not create ({objects}). For "
            "your safety it is not opened. The file was not changed."
        ),
        "foreign_schema.missing": tr(
            "“{path}” is missing database objects CX Charter needs ({objects}). For your "
            "safety it is not opened. The file was not changed."
        ),
        "foreign_schema.changed": tr(
            "“{path}” has database objects that differ from the ones CX Charter creates "
            "({objects}). For your safety it is not opened. The file was not changed."
        ),
        "ids_exhausted": tr(
            "No row can be added to “{path}”: the numbers of its list are used up. "
            "Nothing was changed."
        ),
        "missing": tr("“{path}” does not exist (any more)."),
        "exists": tr("“{path}” already exists."),
        "read_only": tr("“{path}” is read-only. The change was not saved."),
        "disk_full": tr("The disk is full. The change to “{path}” was not saved."),
        "locked": tr("“{path}” is busy in another program. Please try again."),
        "access_denied": tr("You do not have permission to use “{path}”."),
        "not_regular": tr("“{path}” is not a file (a pipe, device or socket). It was not opened."),
        "stray_journal": tr(
            "“{path}” was not opened: the file “{journal}” beside it is left over from an "
            "interrupted save of another file. Nothing was changed. Move “{journal}” "
            "away, then open the charter again."
        ),
        "invalid": tr("This value cannot be saved: {detail}"),
        "invalid_json": tr("The data cannot be imported: {detail}"),
    }


def error_text(exc: CharterError) -> str:
    """One or two sentences a user understands, naming the file."""
    path = exc.path or ""
    texts = _texts()
    if exc.code == "frozen":
        return frozen_text(getattr(exc, "state", ""))
    if exc.code == "workflow":
        return workflow_text(getattr(exc, "reason", ""))
    reason = getattr(exc, "reason", "")
    template = texts.get(f"{exc.code}.{reason}") or texts.get(exc.code)
    if template is None:
        return str(exc)
    detail = str(exc)
    if exc.code == "invalid" and getattr(exc, "problem", None) is not None:
        detail = problem_text(exc.problem)
        if detail == exc.problem.code:  # no words for it in the window: the English sentence
            detail = str(exc)
    journal = Path(getattr(exc, "journal", "") or "").name
    named = [" ".join(pair) for pair in exc.params.get("objects", ())]
    objects = ", ".join(named[:4]) + (
        tr(" and {n} more").format(n=len(named) - 4) if len(named) > 4 else ""
    )
    return template.format(path=path, detail=detail, journal=journal, objects=objects)


LIST_LIMIT = 8  # items a message shows: with its words it stays well below 800 px


def listed(head: str, items: list[str], tail: str = "", limit: int = LIST_LIMIT) -> tuple[str, str]:
    """A message that lists items, never taller than a screen: `head`, the first `limit`
    items, "… and N more", `tail`; and the whole list as the detail text ('' if all fit).
    Every message box that lists items goes through here."""
    shown = [f"• {item}" for item in items[:limit]]
    if len(items) > limit:
        shown.append(
            tr("… and {n} more (Show Details… lists them all)").format(n=len(items) - limit)
        )
    text = "\n".join([head, *shown, *([tail] if tail else [])])
    detail = "\n".join(f"• {item}" for item in items) if len(items) > limit else ""
    return text, detail


def read_only_text(reason: str, holder: str) -> str:
    if reason == "locked":
        if holder:  # a person on a computer (see file_lock.holder_text)
            return tr("{who} has this charter open. You are viewing it read-only.").format(
                who=holder
            )
        return tr("This charter is open in {who}. You are viewing it read-only.").format(
            who=tr("another window")
        )
    if reason == "file_read_only":
        return tr("This file is read-only. You are viewing it read-only.")
    if reason == "folder_read_only":
        return tr("The folder of this file is read-only. You are viewing it read-only.")
    return tr("You are viewing this charter read-only.")


STATUS_TEXT = {  # marked for lupdate, translated when shown
    "not_started": QT_TR_NOOP("Not started"),
    "draft": QT_TR_NOOP("Draft"),
    "ready": QT_TR_NOOP("Ready for review"),
}


def status_text(status: str) -> str:
    return tr_marked(STATUS_TEXT[status]) if status in STATUS_TEXT else status
