"""What the command line prints for a person, in English and German: one table per
language, keyed like domain/error_text.py (which words its errors).

The commands pass a key and its parameters, in the user's language (the locale, as for
the errors; `check` keeps the charter's language through readiness_text.py). Counts go
through wording.counted() with the nouns of `NOUNS`, dates as the language writes them.
What programs read (`--json`, `dump`, fingerprints, hashes, file names, exit codes)
is never worded here. A test keeps both tables complete, with the same placeholders.
"""

from __future__ import annotations

import datetime as dt

from cxcharter.domain.readiness_text import format_date
from cxcharter.domain.wording import counted

LANGUAGES = ("en", "de")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        # new, sample, load, install-desktop (cli/files.py)
        "new.created": "created {path} ({language})",
        "sample.wrote": "wrote the sample charter to {path} ({language})",
        "sample.wrote_large": "wrote the large stress charter to {path} ({language})",
        "load.created": "created {path} from {source}",
        "desktop.wrote": "wrote {path}",
        "desktop.removed": "removed {path}",
        "desktop.nothing": "nothing to remove",
        "desktop.refreshed": "refreshed: {tools}",
        "desktop.no_cache_tools": "no desktop cache tools found (update-mime-database); the "
        "file type is known after the next login",
        # export (cli/export.py)
        "export.wrote": "wrote {path}",
        "export.wrote_certified": "wrote {path} (certified: any later change shows as broken)",
        "export.wrote_review_copy": "wrote the review copy {path}",
        "export.password": "password of {path}: ",
        # verify (cli/checks.py; each mismatch is worded by domain/verify_text.py)
        "verify.mismatch": "MISMATCH {detail}",
        "verify.no_rows": "no record was read: a table of the file was replaced, and reading "
        "it could run the file's own SQL",
        "verify.unchained": "this file predates the audit chain (schema before 0003); opening "
        "it in CX Charter upgrades it and starts the chain",
        "verify.head": "chain head: entry {entry}, hash {hash} (a PDF's approval page prints "
        "the head when it was made: a later file whose chain does not contain that entry "
        "was rewritten)",
        "verify.counts": "{entries}, {rounds}, {decisions}; revision {revision}, {state}",
        "verify.rechecked": "{copies} re-checked against their decisions (pyHanko)",
        "verify.not_rechecked": "signed review copies not re-checked: {reason}",
        "verify.ok": "ok: every record matches",
        "verify.failed": "{mismatches}: the file was changed outside CX Charter",
        # verify-pdf (export/pdf_verify.py)
        "pdf.intact": "intact: the embedded record matches the printed fingerprint "
        "{fingerprint}{cover}",
        "pdf.intact_draft": "intact: the embedded record matches the printed draft "
        "fingerprint {fingerprint}{cover}",
        "pdf.cover_unchecked": " (the cover text could not be checked)",
        "pdf.charter": "charter: {title} (id {id})",
        "pdf.untitled": "(untitled)",
        "pdf.shows": "shows: revision {revision}, {state}",
        "pdf.unknown_state": "unknown state",
        "pdf.other_charter": "NOT THIS CHARTER: {file} holds another charter (id {id})",
        "pdf.approved": "approved: revision {revision} is approved in {file} ({date}) and "
        "still current",
        "pdf.superseded": "NOT CURRENT: revision {revision} was approved in {file} ({date}), "
        "but revision {newer} was approved since",
        "pdf.changed_since": "NOT CURRENT: revision {revision} was approved in {file} "
        "({date}), but the charter has changed since (revision {current} is {state})",
        "pdf.round_not_approved": "NOT APPROVED: revision {revision} (round {round}) is "
        "{state} in {file}, not approved",
        "pdf.current_draft": "NOT APPROVED: this is the current draft of {file}, not an "
        "approved revision",
        "pdf.never_submitted": "NOT APPROVED: no revision of {file} has this fingerprint; the "
        "PDF shows content that was never submitted there",
        # contribution, import-contribution (cli/contribution.py)
        "contribution.wrote": "wrote {name}'s contribution form {path} ({fields})",
        "contribution.heading": "contribution form of {name} (revision {revision}):",
        "contribution.apply": "  apply: {field}: {value}",
        "contribution.reading": "  add reading of goal {goal}: {value} on {date}",
        "contribution.gone": "  skipped (no longer theirs or no longer there): {field}",
        "contribution.unchanged": "  unchanged: {fields}",
        "contribution.needs_yes": "nothing imported: conflicts need a choice; pass --yes",
        "contribution.imported": "imported {changes} answered by {name}, imported by "
        "{actor}; {conflicts} kept the charter's value",
        "contribution.empty": "(empty)",
        "field.goal": "goal “{name}”: {column}",
        "field.initiative": "initiative “{name}”: {column}",
        "field.reading": "goal “{name}”: new reading {column}",
        "conflict.field": "conflict: {field}",
        "conflict.charter": "  charter now: {value}",
        "conflict.contributor": "  contributor: {value}",
        "conflict.kept": "  kept the charter's value (--yes)",
        "conflict.ask": "  keep the charter's value or take the contributor's? [K/t] ",
        # import-review, signatures (cli/review.py)
        "review.will_record": "this review will be recorded:",
        "review.approver": "approver: {name}",
        "review.decision": "decision: {decision}",
        "review.comment": "comment: {comment}",
        "review.no_comment": "(none)",
        "review.on_section": "on {section}: {text}",
        "review.unsigned": "signature: none (the copy is not signed)",
        "review.signed_by": "signed by: {subject}",
        "review.issued_by": "issued by: {issuer}",
        "review.certificate": "certificate SHA-256: {sha256}",
        "review.valid": "valid: {start} to {end}; signed at {signed_at}",
        "review.not_stated": "(not stated)",
        "review.trusted": "trust: the chain reaches a trusted root; revocation not checked",
        "review.untrusted": "trust: no path to a trusted root (reported, not required); "
        "revocation not checked",
        "review.warning": "warning: {warning}",
        "review.ask": "record it? [y/N] ",
        "review.nothing_recorded": "nothing recorded",
        "review.recorded": "recorded {name}'s decision; the charter is now {state}",
        "review.recorded_signed": "recorded {name}'s decision with its signed copy; the "
        "charter is now {state}",
        "signatures.required": "approvals must be signed: yes",
        "signatures.optional": "approvals must be signed: no",
        "signatures.unsigned": "revision {revision}.{round} {name}: {decision}, not signed",
        "signatures.signed": "revision {revision}.{round} {name}: {decision}, signed by "
        "{subject}; certificate SHA-256 {sha256}; {trust}{warnings}",
        "signatures.trusted": "trusted",
        "signatures.not_trusted": "not trusted",
        "signatures.warnings": "; warnings: {warnings}",
    },
    "de": {
        "new.created": "{path} angelegt ({language})",
        "sample.wrote": "Beispiel-Charta nach {path} geschrieben ({language})",
        "sample.wrote_large": "große Last-Charta nach {path} geschrieben ({language})",
        "load.created": "{path} aus {source} angelegt",
        "desktop.wrote": "{path} geschrieben",
        "desktop.removed": "{path} entfernt",
        "desktop.nothing": "nichts zu entfernen",
        "desktop.refreshed": "aktualisiert: {tools}",
        "desktop.no_cache_tools": "keine Werkzeuge für den Desktop-Cache gefunden "
        "(update-mime-database); der Dateityp ist nach der nächsten Anmeldung bekannt",
        "export.wrote": "{path} geschrieben",
        "export.wrote_certified": "{path} geschrieben (zertifiziert: jede spätere Änderung "
        "zeigt sich als Bruch)",
        "export.wrote_review_copy": "Prüfkopie {path} geschrieben",
        "export.password": "Passwort von {path}: ",
        "verify.mismatch": "ABWEICHUNG {detail}",
        "verify.no_rows": "kein Datensatz gelesen: eine Tabelle der Datei wurde ersetzt, und "
        "sie zu lesen könnte das eigene SQL der Datei ausführen",
        "verify.unchained": "diese Datei ist älter als die Protokollkette (Schema vor 0003); "
        "in CX Charter geöffnet, wird sie aktualisiert und die Kette beginnt",
        "verify.head": "neuester Protokolleintrag: {entry}, Hash {hash} (die Freigabeseite "
        "eines PDFs druckt ihn bei dessen Erstellung: eine spätere Datei, deren Protokoll "
        "diesen Eintrag nicht enthält, wurde umgeschrieben)",
        "verify.counts": "{entries}, {rounds}, {decisions}; Revision {revision}, {state}",
        "verify.rechecked": "{copies} gegen ihre Entscheidungen nachgeprüft (pyHanko)",
        "verify.not_rechecked": "signierte Prüfkopien nicht nachgeprüft: {reason}",
        "verify.ok": "in Ordnung: jeder Datensatz stimmt",
        "verify.failed": "{mismatches}: die Datei wurde außerhalb von CX Charter verändert",
        "pdf.intact": "unverändert: der eingebettete Datensatz passt zum gedruckten "
        "Fingerabdruck {fingerprint}{cover}",
        "pdf.intact_draft": "unverändert: der eingebettete Datensatz passt zum gedruckten "
        "Entwurfs-Fingerabdruck {fingerprint}{cover}",
        "pdf.cover_unchecked": " (der Text des Deckblatts ließ sich nicht prüfen)",
        "pdf.charter": "Charta: {title} (ID {id})",
        "pdf.untitled": "(ohne Titel)",
        "pdf.shows": "zeigt: Revision {revision}, {state}",
        "pdf.unknown_state": "unbekannter Stand",
        "pdf.other_charter": "NICHT DIESE CHARTA: {file} enthält eine andere Charta (ID {id})",
        "pdf.approved": "freigegeben: Revision {revision} ist in {file} freigegeben ({date}) "
        "und noch aktuell",
        "pdf.superseded": "NICHT AKTUELL: Revision {revision} wurde in {file} freigegeben "
        "({date}), seitdem aber Revision {newer}",
        "pdf.changed_since": "NICHT AKTUELL: Revision {revision} wurde in {file} freigegeben "
        "({date}), die Charta hat sich seitdem aber geändert (Revision {current} ist {state})",
        "pdf.round_not_approved": "NICHT FREIGEGEBEN: Revision {revision} (Runde {round}) ist "
        "in {file} {state}, nicht freigegeben",
        "pdf.current_draft": "NICHT FREIGEGEBEN: das ist der aktuelle Entwurf von {file}, "
        "keine freigegebene Revision",
        "pdf.never_submitted": "NICHT FREIGEGEBEN: keine Revision von {file} hat diesen "
        "Fingerabdruck; das PDF zeigt Inhalt, der dort nie eingereicht wurde",
        "contribution.wrote": "Beitragsformular von {name} nach {path} geschrieben ({fields})",
        "contribution.heading": "Beitragsformular von {name} (Revision {revision}):",
        "contribution.apply": "  übernehmen: {field}: {value}",
        "contribution.reading": "  Messwert für Ziel {goal} hinzufügen: {value} am {date}",
        "contribution.gone": "  übersprungen (nicht mehr zuständig oder nicht mehr "
        "vorhanden): {field}",
        "contribution.unchanged": "  unverändert: {fields}",
        "contribution.needs_yes": "nichts importiert: Konflikte brauchen eine Wahl; --yes angeben",
        "contribution.imported": "{changes} aus dem Beitrag von {name} übernommen, importiert "
        "von {actor}; {conflicts} zugunsten der Charta entschieden",
        "contribution.empty": "(leer)",
        "field.goal": "Ziel „{name}“: {column}",
        "field.initiative": "Initiative „{name}“: {column}",
        "field.reading": "Ziel „{name}“: neuer Messwert, {column}",
        "conflict.field": "Konflikt: {field}",
        "conflict.charter": "  Charta jetzt: {value}",
        "conflict.contributor": "  Beitrag: {value}",
        "conflict.kept": "  Wert der Charta behalten (--yes)",
        "conflict.ask": "  Wert der Charta behalten oder den des Beitrags übernehmen? [B/ü] ",
        "review.will_record": "diese Prüfung wird gespeichert:",
        "review.approver": "freigebende Person: {name}",
        "review.decision": "Entscheidung: {decision}",
        "review.comment": "Kommentar: {comment}",
        "review.no_comment": "(keiner)",
        "review.on_section": "zu {section}: {text}",
        "review.unsigned": "Signatur: keine (die Kopie ist nicht signiert)",
        "review.signed_by": "signiert von: {subject}",
        "review.issued_by": "ausgestellt von: {issuer}",
        "review.certificate": "Zertifikat SHA-256: {sha256}",
        "review.valid": "gültig: {start} bis {end}; signiert am {signed_at}",
        "review.not_stated": "(nicht angegeben)",
        "review.trusted": "Vertrauen: die Kette reicht bis zu einer vertrauenswürdigen Wurzel; "
        "Widerruf nicht geprüft",
        "review.untrusted": "Vertrauen: kein Weg zu einer vertrauenswürdigen Wurzel (gemeldet, "
        "nicht verlangt); Widerruf nicht geprüft",
        "review.warning": "Warnung: {warning}",
        "review.ask": "speichern? [j/N] ",
        "review.nothing_recorded": "nichts gespeichert",
        "review.recorded": "Entscheidung von {name} gespeichert; die Charta ist jetzt {state}",
        "review.recorded_signed": "Entscheidung von {name} mit ihrer signierten Kopie "
        "gespeichert; die Charta ist jetzt {state}",
        "signatures.required": "Freigaben müssen signiert sein: ja",
        "signatures.optional": "Freigaben müssen signiert sein: nein",
        "signatures.unsigned": "Revision {revision}.{round} {name}: {decision}, nicht signiert",
        "signatures.signed": "Revision {revision}.{round} {name}: {decision}, signiert von "
        "{subject}; Zertifikat SHA-256 {sha256}; {trust}{warnings}",
        "signatures.trusted": "vertrauenswürdig",
        "signatures.not_trusted": "nicht vertrauenswürdig",
        "signatures.warnings": "; Warnungen: {warnings}",
    },
}

# Counted nouns (singular, plural), for wording.counted().
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "audit_entry": ("audit entry", "audit entries"),
        "review_round": ("review round", "review rounds"),
        "decision": ("decision", "decisions"),
        "signed_copy": ("signed review copy", "signed review copies"),
        "mismatch": ("mismatch", "mismatches"),
        "field": ("field", "fields"),
        "change": ("change", "changes"),
        "conflict": ("conflict", "conflicts"),
    },
    "de": {
        "audit_entry": ("Protokolleintrag", "Protokolleinträge"),
        "review_round": ("Prüfrunde", "Prüfrunden"),
        "decision": ("Entscheidung", "Entscheidungen"),
        "signed_copy": ("signierte Prüfkopie", "signierte Prüfkopien"),
        "mismatch": ("Abweichung", "Abweichungen"),
        "field": ("Feld", "Felder"),
        "change": ("Änderung", "Änderungen"),
        "conflict": ("Konflikt", "Konflikte"),
    },
}

# The columns of a contribution form's goal, initiative and reading fields.
COLUMNS: dict[str, dict[str, str]] = {
    "en": {
        "baseline": "baseline",
        "target": "target",
        "rationale": "why it matters",
        "description": "description",
        "date": "date",
        "value": "value",
        "note": "note",
    },
    "de": {
        "baseline": "Ausgangswert",
        "target": "Zielwert",
        "rationale": "warum es zählt",
        "description": "Beschreibung",
        "date": "Datum",
        "value": "Wert",
        "note": "Notiz",
    },
}

# A revision's state and an approver's decision, as a person reads them.
STATES: dict[str, dict[str, str]] = {
    "en": {
        "draft": "draft",
        "in_review": "in review",
        "approved": "approved",
        "changes_requested": "changes requested",
        "withdrawn": "withdrawn",
        "approved_with_conditions": "approved with conditions",
    },
    "de": {
        "draft": "Entwurf",
        "in_review": "in Prüfung",
        "approved": "freigegeben",
        "changes_requested": "Änderungen erbeten",
        "withdrawn": "zurückgezogen",
        "approved_with_conditions": "freigegeben mit Auflagen",
    },
}


def language_of(language: str) -> str:
    """'de' or 'en' (English for anything else)."""
    return language if language in TEXTS else "en"


def say(key: str, language: str, /, **params: object) -> str:
    """The line `key` in `language` with its parameters."""
    return TEXTS[language_of(language)][key].format(**params)


def count(number: int, noun: str, language: str) -> str:
    """'1 review round', '2 Prüfrunden': the number and the noun that fits it."""
    return counted(number, *NOUNS[language_of(language)][noun])


def state(code: str, language: str) -> str:
    """A state or decision code in words ('in_review' → 'in review', 'in Prüfung')."""
    return STATES[language_of(language)].get(code, code.replace("_", " "))


def column(name: str, language: str) -> str:
    """A contribution form's column in words ('rationale' → 'why it matters')."""
    return COLUMNS[language_of(language)].get(name, name)


def date(value: object, language: str) -> str:
    """An ISO date (or the date of an ISO moment) as the language writes it."""
    return format_date(value, language_of(language))


def moment(value: object, language: str) -> str:
    """An ISO date and time as the language writes it: '23.11.2026 09:00 UTC'."""
    try:
        when = dt.datetime.fromisoformat(str(value).strip())
    except ValueError:
        return str(value)
    shown = f"{date(when.date().isoformat(), language)} {when:%H:%M}"
    offset = when.utcoffset()
    if offset is None:
        return shown
    if not offset:
        return f"{shown} UTC"
    return f"{shown} UTC{when:%z}"
