"""Fixed words and date formats of the PDF, in the charter's language (en/de)."""

from __future__ import annotations

import datetime
import errno

from cxcharter.domain.glossary import QUADRANT_COLOURS, term
from cxcharter.domain.model import Person
from cxcharter.domain.wording import singular

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
        "status.in_review": "In review",
        "status.approved": "Approved",
        "status.changes_requested": "Changes requested",
        "status.approved_with_conditions": "Approved with conditions",
        "recorded_for": "Recorded by {recorder} for {approver}.",
        "recorded_self": "Recorded by {recorder}.",
        "status.pending": "Pending",
        "in_review": "In review",
        "approved": "Approved",
        "in_review_note": "In review. This charter has not been approved yet.",
        "approved_note": "Approved revision {revision}.",
        "watermark.draft": "DRAFT",
        "watermark.in_review": "IN REVIEW",
        "revision": "Revision",
        "revision_short": "Rev. {n}",
        "fingerprint": "Fingerprint",
        "excerpt": "Excerpt of revision {n}",
        "excerpt_fingerprint": "fingerprint {fp}",
        "excerpt_draft": "draft, not yet frozen",
        "no_fingerprint": "not yet frozen (a draft has no fingerprint)",
        "contents": "Contents",
        "cover": "Cover",
        "summary": "Decision brief",
        "vision": "Vision",
        "primary_goals": "Primary goals",
        "goals_more": "{n} more goals in chapter {chapter}.",
        "goals_more.one": "{n} more goal in chapter {chapter}.",
        "by": "by {date}",
        "top_priorities": "Top priorities",
        "approval_status": "Approval status",
        "readiness": "{answered} of {required} required answers and parts given.",
        "readiness.one": "{answered} of {required} required answer or part given.",
        "waiting": "{n} questions not yet marked ready by their owners (appendix).",
        "waiting.one": "{n} question not yet marked ready by its owner (appendix).",
        "approvals_count": "{approved} of {required} required approvals recorded.",
        "approvals_count.one": "{approved} of {required} required approval recorded.",
        "no_approvers": "No approvers named yet.",
        "approval": "Approval",
        "approval_lead": "By signing, the approvers confirm revision {revision} of this "
        "charter{fingerprint}.",
        "approval_fp": " with the fingerprint {fingerprint}",
        "approver": "Approver",
        "role": "Role",
        "required": "Required",
        "optional": "Optional",
        "decision": "Decision",
        "decisions": "Approvers and their decisions",
        "comment": "Comment",
        "signature": "Signature",
        "place_date": "Place, date",
        "signatures": "Signatures",
        "history": "Revision history",
        "note": "Note",
        "changes": "Changes since the last approved revision",
        "no_changes": "No changes recorded.",
        "chain_head": "Audit trail when this PDF was made: {count} entries, the newest with "
        "the hash {hash}. “cxcharter verify” shows the same for an unchanged "
        "file; a later file whose trail does not contain this entry was "
        "rewritten.",
        "chain_head.one": "Audit trail when this PDF was made: {count} entry, with the hash "
        "{hash}. “cxcharter verify” shows the same for an unchanged file; a later "
        "file whose trail does not contain this entry was rewritten.",
        "created": "created",
        "appendix": "Appendix: open items",
        "appendix_listed": "{n} questions not yet marked ready by their owners are listed "
        "below, with owners and due dates as recorded.",
        "appendix_listed.one": "{n} question not yet marked ready by its owner is listed "
        "below, with its owner and due date as recorded.",
        "open_items": "Open questions",
        "question": "Question",
        "section": "Section",
        "overdue": "overdue",
        "warnings": "Readiness check",
        "severity": "Severity",
        "finding": "Finding",
        "findings_more": "{n} more findings: run `cxcharter check` for the full list.",
        "findings_more.one": "{n} more finding: run `cxcharter check` for the full list.",
        "nothing_open": "Nothing is open.",
        "charts.goals": "Progress towards the goals",
        "charts.goals_note": "Bars show the latest reading between baseline (left) and "
        "target (right).",
        "charts.matrix": "Impact / effort matrix",
        "charts.matrix_note": "Each dot is an initiative, numbered by rank.",
        "charts.grid": "Stakeholders by interest and influence",
        "charts.shown": "{shown} of {total} shown.",
        "charts.no_reading": "no reading",
        "manage_closely": "Manage closely",
        "keep_satisfied": "Keep satisfied",
        "keep_informed": "Keep informed",
        "monitor": "Monitor",
        "interest": "Interest",
        "influence": "Influence",
        "impact": "Impact",
        "effort": "Effort",
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
        "status.in_review": "In Prüfung",
        "status.approved": "Freigegeben",
        "status.changes_requested": "Änderungen erbeten",
        "status.approved_with_conditions": "Freigegeben mit Auflagen",
        "recorded_for": "Erfasst von {recorder} für {approver}.",
        "recorded_self": "Erfasst von {recorder}.",
        "status.pending": "Ausstehend",
        "in_review": "In Prüfung",
        "approved": "Freigegeben",
        "in_review_note": "In Prüfung. Diese Charta ist noch nicht freigegeben.",
        "approved_note": "Freigegebene Revision {revision}.",
        "watermark.draft": "ENTWURF",
        "watermark.in_review": "IN PRÜFUNG",
        "revision": "Revision",
        "revision_short": "Rev. {n}",
        "fingerprint": "Fingerabdruck",
        "excerpt": "Auszug aus Revision {n}",
        "excerpt_fingerprint": "Fingerabdruck {fp}",
        "excerpt_draft": "Entwurf, noch nicht eingefroren",
        "no_fingerprint": "noch nicht eingefroren (ein Entwurf hat keinen Fingerabdruck)",
        "contents": "Inhalt",
        "cover": "Deckblatt",
        "summary": "Entscheidungsvorlage",
        "vision": "Vision",
        "primary_goals": "Hauptziele",
        "goals_more": "{n} weitere Ziele in Kapitel {chapter}.",
        "goals_more.one": "{n} weiteres Ziel in Kapitel {chapter}.",
        "by": "bis {date}",
        "top_priorities": "Wichtigste Vorhaben",
        "approval_status": "Stand der Freigabe",
        "readiness": "{answered} von {required} Pflichtangaben gegeben.",
        "readiness.one": "{answered} von {required} Pflichtangabe gegeben.",
        "waiting": "{n} Fragen noch nicht als fertig markiert (Anhang).",
        "waiting.one": "{n} Frage noch nicht als fertig markiert (Anhang).",
        "approvals_count": "{approved} von {required} erforderlichen Freigaben erteilt.",
        "approvals_count.one": "{approved} von {required} erforderlichen Freigabe erteilt.",
        "no_approvers": "Noch keine Freigebenden benannt.",
        "approval": "Freigabe",
        "approval_lead": "Mit ihrer Unterschrift bestätigen die Freigebenden Revision "
        "{revision} dieser Charta{fingerprint}.",
        "approval_fp": " mit dem Fingerabdruck {fingerprint}",
        "approver": "Freigabe durch",
        "role": "Rolle",
        "required": "Pflicht",
        "optional": "Optional",
        "decision": "Entscheidung",
        "decisions": "Freigebende und ihre Entscheidungen",
        "comment": "Kommentar",
        "signature": "Unterschrift",
        "place_date": "Ort, Datum",
        "signatures": "Unterschriften",
        "history": "Revisionsverlauf",
        "note": "Hinweis",
        "changes": "Änderungen seit der letzten freigegebenen Revision",
        "no_changes": "Keine Änderungen verzeichnet.",
        "chain_head": "Änderungsprotokoll bei Erstellung dieses PDFs: {count} Einträge, der "
        "neueste mit dem Hash {hash}. „cxcharter verify“ zeigt für eine "
        "unveränderte Datei dasselbe; eine spätere Datei, deren Protokoll diesen "
        "Eintrag nicht enthält, wurde umgeschrieben.",
        "chain_head.one": "Änderungsprotokoll bei Erstellung dieses PDFs: {count} Eintrag, "
        "mit dem Hash {hash}. „cxcharter verify“ zeigt für eine unveränderte Datei "
        "dasselbe; eine spätere Datei, deren Protokoll diesen Eintrag nicht enthält, "
        "wurde umgeschrieben.",
        "created": "erstellt",
        "appendix": "Anhang: offene Punkte",
        "appendix_listed": "{n} Fragen noch nicht als fertig markiert; sie stehen unten, mit "
        "Verantwortlichen und Fälligkeiten wie erfasst.",
        "appendix_listed.one": "{n} Frage noch nicht als fertig markiert; sie steht unten, mit "
        "Verantwortlichen und Fälligkeit wie erfasst.",
        "open_items": "Offene Fragen",
        "question": "Frage",
        "section": "Abschnitt",
        "overdue": "überfällig",
        "warnings": "Prüfung der Vollständigkeit",
        "severity": "Gewicht",
        "finding": "Befund",
        "findings_more": "{n} weitere Befunde: `cxcharter check` zeigt die ganze Liste.",
        "findings_more.one": "{n} weiterer Befund: `cxcharter check` zeigt die ganze Liste.",
        "nothing_open": "Nichts ist offen.",
        "charts.goals": "Fortschritt zu den Zielen",
        "charts.goals_note": "Die Balken zeigen den letzten Messwert zwischen Ausgangswert "
        "(links) und Zielwert (rechts).",
        "charts.matrix": "Wirkung-Aufwand-Matrix",
        "charts.matrix_note": "Jeder Punkt ist ein Vorhaben, nummeriert nach Rang.",
        "charts.grid": "Stakeholder nach Interesse und Einfluss",
        "charts.shown": "{shown} von {total} dargestellt.",
        "charts.no_reading": "kein Messwert",
        "manage_closely": "Eng einbinden",
        "keep_satisfied": "Zufrieden stellen",
        "keep_informed": "Informiert halten",
        "monitor": "Beobachten",
        "interest": "Interesse",
        "influence": "Einfluss",
        "impact": "Wirkung",
        "effort": "Aufwand",
    },
}

NONE = "—"  # an unassigned owner or a missing due date


def _with_glossary(table: dict[str, str], language: str) -> dict[str, str]:
    """The shared words (domain/glossary.py): the quadrants are named as in the window."""

    return {**table, **{key: term(language, f"quadrants.{key}") for key in QUADRANT_COLOURS}}


LABELS = {language: _with_glossary(table, language) for language, table in LABELS.items()}


def labels(language: str) -> dict[str, str]:
    """The label table for `language`; anything but German falls back to English."""
    return LABELS.get(language, LABELS["en"])


def counted(table: dict[str, str], key: str, count: float, /, **values: object) -> str:
    """`table[key]` filled with `values`, in its singular form (`key` + ".one") when
    `count` is 1: "1 question" but "0 questions", "2 questions"; "1 Frage", "2 Fragen"
    (domain.wording: only exactly one is singular, in English and German)."""
    one = table.get(f"{key}.one")
    return (one if one is not None and singular(count) else table[key]).format(**values)


def status_label(language: str, status: str) -> str:
    table = labels(language)
    return table.get(f"status.{status}", status or NONE)


def format_date(language: str, value: datetime.date, *, short: bool = False) -> str:
    """23.11.2026 in German (4-digit year), 23 November 2026 in English (with `short`,
    for narrow table columns: 23 Nov 2026)."""
    if language == "de":
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    month = _EN_MONTHS[value.month - 1]
    return f"{value.day} {month[:3] if short else month} {value.year}"


def format_number(language: str, value: object, decimals: int | None = None) -> str:
    """1,234.5 in English, 1.234,5 in German; whole numbers without decimals."""
    if value is None or value == "" or isinstance(value, bool):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if decimals is None:
        decimals = 0 if number.is_integer() else 1
    shown = f"{number:,.{decimals}f}"
    if language == "de":
        shown = shown.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return shown.replace("-", "\u2212", 1) if shown.startswith("-") else shown


def format_iso_date(language: str, iso: str | None, *, short: bool = False) -> str:
    """An ISO yyyy-mm-dd string in the document's format; other text as it is."""
    if not iso or not iso.strip():
        return ""
    try:
        return format_date(language, datetime.date.fromisoformat(iso.strip()[:10]), short=short)
    except ValueError:
        return iso.strip()


def format_person(person: Person | None) -> str:
    """ "Anna Berg — Head of Service, Customer Service"; "" for nobody."""
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
