"""Fixed words and date formats of the PDF, in the charter's language (en/de)."""

from __future__ import annotations

import datetime
import errno

from cxcharter.domain.model import Person

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "kicker": "Customer-experience charter",
        "untitled": "Untitled charter",
        "organisation": "Organisation",
        "charter_owner": "Charter owner",
        "executive_sponsor": "Executive sponsor",
        "date": "Date",
        "effective": "Effective from",
        "status": "Status",
        "draft": "Draft",
        "draft_note": "Draft for review. This charter has not been approved yet.",
        "owner": "Owner",
        "due": "Due",
        "not_answered": "not answered",
        "chapter": "Chapter {n}",
        "page": "Page {page} of {total}",
        "created_with": "Created with CX Charter",
        "status.not_started": "Not started",
        "status.draft": "Draft",
        "status.ready": "Ready for review",
    },
    "de": {
        "kicker": "Customer-Experience-Charta",
        "untitled": "Unbenannte Charta",
        "organisation": "Organisation",
        "charter_owner": "Verantwortlich für die Charta",
        "executive_sponsor": "Sponsor der Geschäftsleitung",
        "date": "Stand",
        "effective": "Gültig ab",
        "status": "Status",
        "draft": "Entwurf",
        "draft_note": "Entwurf zur Prüfung. Diese Charta ist noch nicht freigegeben.",
        "owner": "Verantwortlich",
        "due": "Fällig",
        "not_answered": "nicht beantwortet",
        "chapter": "Kapitel {n}",
        "page": "Seite {page} von {total}",
        "created_with": "Erstellt mit CX Charter",
        "status.not_started": "Nicht begonnen",
        "status.draft": "Entwurf",
        "status.ready": "Bereit zur Prüfung",
    },
}

NONE = "—"  # an unassigned owner or a missing due date


def labels(language: str) -> dict[str, str]:
    """The label table for `language`; anything but German falls back to English."""
    return LABELS.get(language, LABELS["en"])


def status_label(language: str, status: str) -> str:
    table = labels(language)
    return table.get(f"status.{status}", status or NONE)


def format_date(language: str, value: datetime.date) -> str:
    """23.11.2026 in German (4-digit year), 23 November 2026 in English."""
    if language == "de":
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"


def format_iso_date(language: str, iso: str | None) -> str:
    """An ISO yyyy-mm-dd string in the document's format; other text as it is."""
    if not iso or not iso.strip():
        return ""
    try:
        return format_date(language, datetime.date.fromisoformat(iso.strip()[:10]))
    except ValueError:
        return iso.strip()


def format_person(person: Person | None) -> str:
    """"Anna Berg — Head of Service, Customer Service"; "" for nobody."""
    if person is None:
        return ""
    extra = ", ".join(x.strip() for x in (person.role, person.department) if x.strip())
    return f"{person.name} — {extra}" if extra else person.name


def pdf_date(moment: datetime.datetime) -> str:
    """`moment` as a PDF date string (D:YYYYMMDDHHmmSS, with +HH'mm' when aware)."""
    stamp = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        return stamp
    minutes = int(offset.total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    return f"{stamp}{'+' if minutes >= 0 else '-'}{hours:02d}'{rest:02d}'"


_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "the folder does not exist",
    errno.EISDIR: "a folder has that name",
    errno.ENAMETOOLONG: "the file name is too long",
}


def write_failed(path: str, exc: OSError) -> str:
    """One line on why `path` could not be written. English: the UI words its own
    message from ExportError.code; this one is for logs and the fallback."""
    reason = _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    return f"Could not write the PDF to {path}: {reason}."
