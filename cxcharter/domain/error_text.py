"""Known failures in words, English and German, for the command line.

Every `CharterError` carries a code (`code`, and for some a `state`, `reason`, `problem`
or `journal`); the command line's own refusals carry a code and parameters too. This
module is the one place the command line finds the words for them, in the user's
language; the window words the same codes in `ui/messages.py`. A test keeps both
languages complete.
"""

from __future__ import annotations

import errno as errnos
import re
from collections.abc import Mapping
from pathlib import Path

from cxcharter.domain import values

LANGUAGES = ("en", "de")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        # the charter file (store/errors.py)
        "empty": "{path} is empty (0 bytes); it is not a charter.",
        "not_sqlite": "{path} is not a CX Charter file.",
        "foreign_database": "{path} is a database of another application, not a charter.",
        "damaged": "{path} is damaged and cannot be read; it was not changed.",
        "newer_version": "{path} was written by a newer version of CX Charter; update the "
        "application to open it.",
        "foreign_schema": "{path} contains database objects CX Charter did not create; it is "
        "refused for safety.",
        "foreign_schema.extra": "{path} contains database objects CX Charter did not create: "
        "{objects}; it is refused for safety.",
        "foreign_schema.missing": "{path} is missing database objects CX Charter needs: "
        "{objects}; it is refused for safety.",
        "foreign_schema.changed": "{path} has database objects that differ from the ones CX "
        "Charter creates: {objects}; it is refused for safety.",
        "missing": "{path} does not exist.",
        "exists": "{path} already exists. Use --force to replace it.",
        "read_only": "{path} is read-only; the change was not saved.",
        "disk_full": "the disk is full or failed; {path} was not written.",
        "locked": "{path} is busy in another program; try again.",
        "ids_exhausted": "no row can be added to {path}: the ids of its list are used up "
        "(the largest is {limit}); nothing was changed.",
        "access_denied": "no permission to use {path}.",
        "not_regular": "{path} is {kind}, not a file; it is refused unread.",
        "stray_journal": "{path} was not opened: {journal} beside it is left over from an "
        "interrupted save but does not belong to this charter; nothing was changed; move "
        "{journal} away and try again.",
        "frozen": "the charter cannot change now.",
        "frozen.in_review": "revision {revision} is in review; its content is read-only until "
        "it is withdrawn or sent back with changes requested.",
        "frozen.approved": "revision {revision} is approved and cannot change; start revision "
        "{next} to edit the charter.",
        "not_ready": "the charter is not ready for review: {count} blocker(s) remain (see "
        "cxcharter check).",
        "workflow": "this step is not possible now.",
        "workflow.not_draft": "revision {revision} is {state}; only a draft can be submitted "
        "for review.",
        "workflow.not_in_review": "this step needs a charter in review.",
        "workflow.not_approved": "a new revision starts from an approved charter; this one is "
        "{state}.",
        "workflow.not_an_approver": "this person is not an approver of the revision in review.",
        "workflow.already_decided": "this approver has already decided on this review round.",
        "workflow.fingerprint_mismatch": "this decision was made on other content than the "
        "revision in review.",
        "workflow.round_mismatch": "this decision was made for another revision or review "
        "round than the one in review.",
        "workflow.no_such_revision": "there is no frozen revision {revision}.",
        "workflow.signature_required": "this charter's approvals must be signed: import the "
        "approver's signed review copy (cxcharter import-review).",
        "invalid": "{detail}",
        "invalid_json": "{detail}",
        # the command line's own refusals (cxcharter/cli/)
        "cli.same_output": "{path} is the charter itself; choose another output file.",
        "cli.cannot_write": "cannot write {path}: {reason}.",
        "cli.cannot_read": "cannot read {path}: {reason}.",
        "cli.no_printed_fingerprint": "{path} carries a record but no printed fingerprint; "
        "it is not a CX Charter PDF.",
        "cli.pdf_unreadable": "{path} cannot be read as a PDF.",
        "cli.pdf_damaged": "{path} is damaged: the record it carries cannot be read intact; "
        "it is refused.",
        "cli.pdf_not_ours": "{path} carries no CX Charter record.",
        "cli.pdf_too_big": "{path} or the record it carries is larger than a charter can be; "
        "refused.",
        "cli.pdf_not_text": "{path}'s record is not text.",
        "cli.pdf_not_a_charter": "{path}'s record is not a valid charter: {detail}",
        "cli.sign_review_copy": "--sign certifies an approved charter's PDF, not a review copy.",
        "cli.sign_not_approved": "--sign certifies an approved revision's PDF; revision "
        "{revision} is {state} (use --revision N for an approved one).",
        "cli.password_unreadable": "cannot read the password from {path}: {reason}.",
        "cli.password_missing": "--sign needs the certificate's password: pass "
        "--password-file or set CXCHARTER_SIGN_PASSWORD (no terminal to ask).",
        "cli.certify_wrong_password": "{path} cannot be opened as a PKCS#12 certificate with "
        "that password (wrong password, or not a .p12/.pfx file).",
        "cli.export_fonts": "the PDF fonts are missing or damaged; reinstall CX Charter.",
        "cli.export_trusted_hosts": "reportlab.rl_config.trustedHosts is set; refusing to export.",
        "cli.review_copy_revision": "--review-copy prints the round in review; leave out "
        "--revision.",
        "cli.review_not_pdf": "{path} is not a PDF file.",
        "cli.review_unreadable": "{path} cannot be read as a review copy (missing, unreadable "
        "or too large).",
        "cli.review_no_fields": "{path} has no review form fields; export a review copy with "
        "cxcharter export FILE --review-copy.",
        "cli.review_refused": "review refused: {detail}",
        "cli.owes_nothing": "{name} owes nothing a form can ask for (no open question, goal "
        "or open initiative of theirs); no form written",
        "cli.contribution_refused": "contribution refused: {detail}",
        "cli.contribution_problems": "contribution refused, nothing changed: {detail}",
        "cli.contribution_person": "{detail}",
        "cli.contribution_not_a_form": "{path} is not a contribution form (write one with "
        "`cxcharter contribution FILE --person NAME`).",
        "cli.contribution_damaged": "{path} is a damaged contribution form (its facts cannot "
        "be read: {detail}).",
        "cli.contribution_unreadable": "{path} cannot be read as a contribution form "
        "(missing, unreadable or too large).",
        "cli.desktop_files": "cannot write the desktop files: {reason}.",
        "cli.no_display": "no display to open the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set): start cxcharter in a desktop session, or set "
        "QT_QPA_PLATFORM=offscreen for headless use; the commands work without a display "
        "(see cxcharter --help).",
        "cli.window": "the window cannot start ({detail}); is PySide6-Essentials installed?",
        "cli.pdf_altered_hash": "ALTERED: {path}'s embedded record hashes to {computed}, "
        "but the PDF prints {printed}.",
        "cli.pdf_altered_cover": "ALTERED: {path}'s cover shows another fingerprint than "
        "{printed}.",
        "cli.nothing_recorded": "nothing recorded; pass --yes",
        "cli.export": "{detail}",
        "cli.trust_root": "{path} is not a certificate file (PEM or DER).",
        "cli.usage": "{detail} (see {prog} --help)",
        "cli.omit_unknown": "--omit: unknown part {parts}; choose from {allowed}",
        "cli.omit_needs_distribution": "--omit needs --edition distribution (the full record "
        "omits nothing)",
        "cli.review_copy_edition": "a review copy is always the full record; leave out --edition",
        "cli.interrupted": "interrupted",
        "cli.os": "{reason}{where}",
        "cli.bug": "unexpected {kind}: {detail} (set CXCHARTER_DEBUG=1 for details)",
    },
    "de": {
        "empty": "{path} ist leer (0 Byte); das ist keine Charta.",
        "not_sqlite": "{path} ist keine CX-Charter-Datei.",
        "foreign_database": "{path} ist eine Datenbank einer anderen Anwendung, keine Charta.",
        "damaged": "{path} ist beschädigt und kann nicht gelesen werden; die Datei wurde "
        "nicht verändert.",
        "newer_version": "{path} wurde von einer neueren Version von CX Charter geschrieben; "
        "bitte die Anwendung aktualisieren, um sie zu öffnen.",
        "foreign_schema": "{path} enthält Datenbankobjekte, die CX Charter nicht angelegt hat; "
        "die Datei wird zur Sicherheit abgelehnt.",
        "foreign_schema.extra": "{path} enthält Datenbankobjekte, die CX Charter nicht "
        "angelegt hat: {objects}; die Datei wird zur Sicherheit abgelehnt.",
        "foreign_schema.missing": "in {path} fehlen Datenbankobjekte, die CX Charter braucht: "
        "{objects}; die Datei wird zur Sicherheit abgelehnt.",
        "foreign_schema.changed": "{path} hat Datenbankobjekte, die von denen abweichen, die CX "
        "Charter anlegt: {objects}; die Datei wird zur Sicherheit abgelehnt.",
        "missing": "{path} existiert nicht.",
        "exists": "{path} existiert bereits. Mit --force wird die Datei ersetzt.",
        "read_only": "{path} ist schreibgeschützt; die Änderung wurde nicht gespeichert.",
        "disk_full": "der Datenträger ist voll oder ausgefallen; {path} wurde nicht geschrieben.",
        "locked": "{path} wird gerade von einem anderen Programm benutzt; bitte erneut versuchen.",
        "ids_exhausted": "in {path} kann keine Zeile mehr hinzukommen: die Nummern ihrer Liste "
        "sind aufgebraucht (die größte ist {limit}); nichts wurde geändert.",
        "access_denied": "keine Berechtigung für {path}.",
        "not_regular": "{path} ist {kind}, keine Datei; sie wird ungelesen abgelehnt.",
        "stray_journal": "{path} wurde nicht geöffnet: {journal} daneben stammt von einem "
        "abgebrochenen Speichern, gehört aber nicht zu dieser Charta; nichts wurde verändert; "
        "{journal} bitte wegräumen und erneut versuchen.",
        "frozen": "die Charta kann jetzt nicht geändert werden.",
        "frozen.in_review": "Revision {revision} ist in Prüfung; ihr Inhalt ist "
        "schreibgeschützt, bis sie zurückgezogen oder mit Änderungswünschen zurückgegeben wird.",
        "frozen.approved": "Revision {revision} ist freigegeben und kann nicht mehr geändert "
        "werden; zum Bearbeiten Revision {next} beginnen.",
        "not_ready": "die Charta ist noch nicht bereit zur Prüfung: {count} Blocker offen "
        "(siehe cxcharter check).",
        "workflow": "dieser Schritt ist jetzt nicht möglich.",
        "workflow.not_draft": "Revision {revision} ist {state}; nur ein Entwurf kann zur "
        "Prüfung eingereicht werden.",
        "workflow.not_in_review": "dieser Schritt braucht eine Charta in Prüfung.",
        "workflow.not_approved": "eine neue Revision beginnt bei einer freigegebenen Charta; "
        "diese ist {state}.",
        "workflow.not_an_approver": "diese Person gibt die Revision in Prüfung nicht frei.",
        "workflow.already_decided": "diese Person hat in dieser Prüfrunde schon entschieden.",
        "workflow.fingerprint_mismatch": "diese Entscheidung betrifft einen anderen Inhalt "
        "als die Revision in Prüfung.",
        "workflow.round_mismatch": "diese Entscheidung betrifft eine andere Revision oder "
        "Prüfrunde als die in Prüfung.",
        "workflow.no_such_revision": "es gibt keine eingefrorene Revision {revision}.",
        "workflow.signature_required": "die Freigaben dieser Charta müssen signiert sein: "
        "bitte die signierte Prüfkopie importieren (cxcharter import-review).",
        "invalid": "{detail}",
        "invalid_json": "die Daten sind keine gültige Charta: {detail}",
        "cli.same_output": "{path} ist die Charta selbst; bitte eine andere Ausgabedatei wählen.",
        "cli.cannot_write": "{path} kann nicht geschrieben werden: {reason}.",
        "cli.cannot_read": "{path} kann nicht gelesen werden: {reason}.",
        "cli.no_printed_fingerprint": "{path} enthält einen Datensatz, aber keinen gedruckten "
        "Fingerabdruck; das ist kein PDF von CX Charter.",
        "cli.pdf_unreadable": "{path} kann nicht als PDF gelesen werden.",
        "cli.pdf_damaged": "{path} ist beschädigt: der Datensatz darin lässt sich nicht "
        "unversehrt lesen; die Datei wird abgelehnt.",
        "cli.pdf_not_ours": "{path} enthält keinen Datensatz von CX Charter.",
        "cli.pdf_too_big": "{path} oder der Datensatz darin ist größer, als eine Charta sein "
        "kann; abgelehnt.",
        "cli.pdf_not_text": "der Datensatz in {path} ist kein Text.",
        "cli.pdf_not_a_charter": "der Datensatz in {path} ist keine gültige Charta: {detail}",
        "cli.sign_review_copy": "--sign zertifiziert das PDF einer freigegebenen Charta, "
        "keine Prüfkopie.",
        "cli.sign_not_approved": "--sign zertifiziert das PDF einer freigegebenen Revision; "
        "Revision {revision} ist {state} (--revision N wählt eine freigegebene).",
        "cli.password_unreadable": "das Passwort kann nicht aus {path} gelesen werden: {reason}.",
        "cli.password_missing": "--sign braucht das Passwort des Zertifikats: --password-file "
        "angeben oder CXCHARTER_SIGN_PASSWORD setzen (kein Terminal zum Fragen).",
        "cli.certify_wrong_password": "{path} lässt sich mit diesem Passwort nicht als "
        "PKCS#12-Zertifikat öffnen (falsches Passwort oder keine .p12/.pfx-Datei).",
        "cli.export_fonts": "die PDF-Schriften fehlen oder sind beschädigt; bitte CX Charter "
        "neu installieren.",
        "cli.export_trusted_hosts": "reportlab.rl_config.trustedHosts ist gesetzt; der "
        "Export wird verweigert.",
        "cli.review_copy_revision": "--review-copy druckt die Runde in Prüfung; --revision "
        "bitte weglassen.",
        "cli.review_not_pdf": "{path} ist keine PDF-Datei.",
        "cli.review_unreadable": "{path} kann nicht als Prüfkopie gelesen werden (fehlt, "
        "unlesbar oder zu groß).",
        "cli.review_no_fields": "{path} hat keine Formularfelder einer Prüfkopie; eine "
        "Prüfkopie entsteht mit cxcharter export DATEI --review-copy.",
        "cli.review_refused": "Prüfung abgelehnt: {detail}",
        "cli.owes_nothing": "{name} schuldet nichts, wonach ein Formular fragen kann (keine "
        "offene Frage, kein Ziel und keine offene Initiative); kein Formular geschrieben",
        "cli.contribution_refused": "Beitrag abgelehnt: {detail}",
        "cli.contribution_problems": "Beitrag abgelehnt, nichts geändert: {detail}",
        "cli.contribution_person": "{detail}",
        "cli.contribution_not_a_form": "{path} ist kein Beitragsformular (eines entsteht mit "
        "`cxcharter contribution DATEI --person NAME`).",
        "cli.contribution_damaged": "{path} ist ein beschädigtes Beitragsformular (seine "
        "Angaben sind nicht lesbar: {detail}).",
        "cli.contribution_unreadable": "{path} kann nicht als Beitragsformular gelesen "
        "werden (fehlt, unlesbar oder zu groß).",
        "cli.desktop_files": "die Desktop-Dateien können nicht geschrieben werden: {reason}.",
        "cli.no_display": "kein Bildschirm für das Fenster (weder DISPLAY noch "
        "WAYLAND_DISPLAY ist gesetzt): cxcharter in einer Desktop-Sitzung starten oder "
        "QT_QPA_PLATFORM=offscreen setzen; die Befehle laufen ohne Bildschirm (siehe "
        "cxcharter --help).",
        "cli.window": "das Fenster kann nicht starten ({detail}); ist PySide6-Essentials "
        "installiert?",
        "cli.pdf_altered_hash": "VERÄNDERT: der eingebettete Datensatz von {path} ergibt den "
        "Fingerabdruck {computed}, das PDF druckt {printed}.",
        "cli.pdf_altered_cover": "VERÄNDERT: das Deckblatt von {path} zeigt einen anderen "
        "Fingerabdruck als {printed}.",
        "cli.nothing_recorded": "nichts gespeichert; --yes angeben",
        "cli.export": "{detail}",
        "cli.trust_root": "{path} ist keine Zertifikatsdatei (PEM oder DER).",
        "cli.usage": "{detail} (siehe {prog} --help)",
        "cli.omit_unknown": "--omit: unbekannter Teil {parts}; möglich sind {allowed}",
        "cli.omit_needs_distribution": "--omit braucht --edition distribution (der "
        "vollständige Bericht lässt nichts weg)",
        "cli.review_copy_edition": "eine Prüfkopie ist immer der vollständige Bericht; "
        "--edition bitte weglassen",
        "cli.interrupted": "abgebrochen",
        "cli.os": "{reason}{where}",
        "cli.bug": "unerwarteter Fehler {kind}: {detail} (CXCHARTER_DEBUG=1 zeigt Details)",
    },
}

KINDS = {  # what stands where a file was expected (store/connection.py)
    "en": {
        "fifo": "a named pipe (FIFO)",
        "socket": "a socket",
        "device": "a device",
        "other": "not a regular file",
    },
    "de": {
        "fifo": "eine benannte Pipe (FIFO)",
        "socket": "ein Socket",
        "device": "ein Gerät",
        "other": "keine gewöhnliche Datei",
    },
}
# Why a filled-in review copy is refused (domain/review_form.py's problem codes) and what
# is wrong with its signature (export/review_signature.py's codes); the exports use the
# English, the command line the user's language.
REVIEW_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "review.other_charter": "this review copy belongs to another charter",
        "review.other_revision": "this review copy was made for revision.round {revision}, "
        "another revision than {expected} in review now",
        "review.other_round": "this review copy was made for review round {revision}, not "
        "for round {expected} in review now",
        "review.other_content": "this review copy of round {revision} shows other content "
        "than the round in review (its fingerprint differs)",
        "review.ambiguous_approver": "{count} approvers are called {value!r}; choose the "
        "approver from the form's list, which tells them apart",
        "review.no_approver": "the approver's name is not filled in",
        "review.not_an_approver": "{value!r} is not an approver of this charter",
        "review.no_decision": "no decision is chosen",
        "review.unknown_decision": "unknown decision {value!r} (use Approved, Approved with "
        "conditions or Changes requested)",
        "review.bad_text": "a comment is too long or contains a NUL character ({field})",
    },
    "de": {
        "review.other_charter": "diese Prüfkopie gehört zu einer anderen Charta",
        "review.other_revision": "diese Prüfkopie wurde für Revision.Runde {revision} "
        "erstellt, eine andere Revision als {expected}, die jetzt in Prüfung ist",
        "review.other_round": "diese Prüfkopie wurde für Prüfrunde {revision} erstellt, nicht "
        "für Runde {expected}, die jetzt in Prüfung ist",
        "review.other_content": "diese Prüfkopie der Runde {revision} zeigt einen anderen "
        "Inhalt als die Runde in Prüfung (ihr Fingerabdruck weicht ab)",
        "review.ambiguous_approver": "{count} Freigebende heißen „{value}“; bitte die Person "
        "aus der Liste des Formulars wählen, die sie unterscheidet",
        "review.no_approver": "der Name der freigebenden Person ist nicht ausgefüllt",
        "review.not_an_approver": "„{value}“ gibt diese Charta nicht frei",
        "review.no_decision": "keine Entscheidung gewählt",
        "review.unknown_decision": "unbekannte Entscheidung „{value}“ (Freigegeben, "
        "Freigegeben mit Auflagen oder Änderungen erbeten)",
        "review.bad_text": "ein Kommentar ist zu lang oder enthält ein NUL-Zeichen ({field})",
    },
}
SIGNATURE_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "unsigned": "the review copy is not signed",
        "broken": "the signature is broken (the signed bytes do not match it)",
        "changed_after_signing": "the signature no longer covers the document (it was "
        "changed after signing)",
        "unreadable": "the signatures of this PDF cannot be read",
        "cert_expired": "the certificate had expired when the copy was signed",
        "cert_not_yet_valid": "the certificate was not yet valid when the copy was signed",
        "cert_expired_since": "the certificate has expired since the copy was signed",
        "not_the_approver": "the certificate's subject does not name the approver",
        "untrusted": "the certificate does not chain to a trusted root (reported, not required)",
        "must_be_signed": "this charter's approvals must be signed",
    },
    "de": {
        "unsigned": "die Prüfkopie ist nicht signiert",
        "broken": "die Signatur ist gebrochen (die signierten Bytes passen nicht zu ihr)",
        "changed_after_signing": "die Signatur deckt das Dokument nicht mehr ab (es wurde "
        "nach dem Signieren geändert)",
        "unreadable": "die Signaturen dieses PDFs können nicht gelesen werden",
        "cert_expired": "das Zertifikat war beim Signieren schon abgelaufen",
        "cert_not_yet_valid": "das Zertifikat war beim Signieren noch nicht gültig",
        "cert_expired_since": "das Zertifikat ist seit dem Signieren abgelaufen",
        "not_the_approver": "der Inhaber des Zertifikats ist nicht die freigebende Person",
        "untrusted": "das Zertifikat führt zu keiner vertrauenswürdigen Wurzel (gemeldet, "
        "nicht verlangt)",
        "must_be_signed": "die Freigaben dieser Charta müssen signiert sein",
    },
}


# Why a charter's JSON is refused (domain/canonical_load.py, canonical_rows.py): the
# loader's English message and the command line's words in the user's language.
JSON_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "json.not_object": "must be an object, not {type}",
        "json.object": "must be an object",
        "json.unknown_field": "unknown field (allowed: {allowed})",
        "json.unknown_setting": "unknown setting (allowed: {allowed})",
        "json.unknown_list": "unknown list (allowed: {allowed})",
        "json.missing": "is missing",
        "json.not_list": "must be a list, not {type}",
        "json.list": "must be a list",
        "json.not_text": "must be text, not {type}",
        "json.surrogate": "contains an unpaired surrogate ({value!r}), not valid text",
        "json.id_range": "{value} is out of range (1 … {limit})",
        "json.not_int": "must be a whole number, not {type}",
        "json.not_format": "{value!r} is not a CX Charter document (expected {expected!r})",
        "json.newer_version": "format_version {value} is newer than this CX Charter "
        "understands (up to {limit}); update the application",
        "json.unknown_version": "unknown format_version {value}",
        "json.not_uuid": "{value!r} is not a UUID",
        "json.not_moment": "{value!r} is not a date and time with a time zone (e.g. "
        "2026-11-23T09:00:00+00:00)",
        "json.duplicate_id": "duplicate id {value}",
        "json.duplicate_answer": "duplicate answer for {value!r}",
        "json.duplicate_row": "duplicate {fields}",
        "json.unknown_ref": "there is no {kind} with id {value}",
        "json.not_due": "must be a date as text (yyyy-mm-dd) or null, not {type}",
        "json.twice": "appears twice in the same object",
        "json.not_number": "{value} is not a valid JSON number",
        "json.not_utf8": "the file is not UTF-8 text (byte {value})",
        "json.syntax": "invalid JSON at line {line}, column {column}: {detail}",
        "json.too_deep": "invalid JSON: nested too deeply",
    },
    "de": {
        "json.not_object": "muss ein Objekt sein, nicht {type}",
        "json.object": "muss ein Objekt sein",
        "json.unknown_field": "unbekanntes Feld (erlaubt: {allowed})",
        "json.unknown_setting": "unbekannte Einstellung (erlaubt: {allowed})",
        "json.unknown_list": "unbekannte Liste (erlaubt: {allowed})",
        "json.missing": "fehlt",
        "json.not_list": "muss eine Liste sein, nicht {type}",
        "json.list": "muss eine Liste sein",
        "json.not_text": "muss Text sein, nicht {type}",
        "json.surrogate": "enthält ein einzelnes Surrogat ({value!r}), kein gültiger Text",
        "json.id_range": "{value} liegt außerhalb von 1 … {limit}",
        "json.not_int": "muss eine ganze Zahl sein, nicht {type}",
        "json.not_format": "„{value}“ ist kein CX-Charter-Dokument (erwartet: „{expected}“)",
        "json.newer_version": "format_version {value} ist neuer, als diese Version von CX "
        "Charter versteht (bis {limit}); bitte die Anwendung aktualisieren",
        "json.unknown_version": "unbekannte format_version {value}",
        "json.not_uuid": "„{value}“ ist keine UUID",
        "json.not_moment": "„{value}“ ist kein Zeitpunkt mit Zeitzone (z. B. "
        "2026-11-23T09:00:00+00:00)",
        "json.duplicate_id": "doppelte Nummer {value}",
        "json.duplicate_answer": "doppelte Antwort für „{value}“",
        "json.duplicate_row": "doppelt: {fields}",
        "json.unknown_ref": "es gibt kein {kind} mit der Nummer {value}",
        "json.not_due": "muss ein Datum als Text (jjjj-mm-tt) oder null sein, nicht {type}",
        "json.twice": "kommt im selben Objekt zweimal vor",
        "json.not_number": "{value} ist keine gültige JSON-Zahl",
        "json.not_utf8": "die Datei ist kein UTF-8-Text (Byte {value})",
        "json.syntax": "ungültiges JSON in Zeile {line}, Spalte {column}: {detail}",
        "json.too_deep": "ungültiges JSON: zu tief verschachtelt",
    },
}
JSON_TYPES = {  # what a JSON value is, as a JSON text error names it
    "en": {
        "null": "null",
        "bool": "true/false",
        "number": "a number",
        "text": "text",
        "list": "a list",
        "object": "an object",
        "huge": "the number {value}",
    },
    "de": {
        "null": "null",
        "bool": "wahr/falsch",
        "number": "eine Zahl",
        "text": "Text",
        "list": "eine Liste",
        "object": "ein Objekt",
        "huge": "die Zahl {value}",
    },
}


def json_text(code: str, params: Mapping[str, object], language: str = "en") -> str:
    """Why a charter's JSON is refused, from the loader's code and parameters."""
    lang = "de" if language == "de" else "en"
    shown: dict[str, object] = {
        name: values.numbers_in(value, lang) if name in ("value", "type") else value
        for name, value in params.items()
    }
    kind = str(shown.get("type", ""))
    if kind:
        name = JSON_TYPES[lang].get(kind.partition(":")[0])
        shown["type"] = name.format(value=kind.partition(":")[2]) if name else kind
    if "fields" in shown and isinstance(shown["fields"], tuple | list):
        shown["fields"] = (" und " if lang == "de" else " and ").join(map(str, shown["fields"]))
    template = JSON_TEXTS[lang].get(code)
    return template.format_map(_Blank(shown)) if template is not None else code


def review_text(code: str, params: Mapping[str, object], language: str = "en") -> str:
    """Why a review copy is refused, from its problem's code and parameters."""
    texts = REVIEW_TEXTS["de" if language == "de" else "en"]
    shown = {"value": "", "revision": "?", "expected": "?", "count": 2, "field": "", **params}
    template = texts.get(code)
    return template.format(**shown) if template is not None else f"{code} ({shown['field']})"


def signature_text(code: str, language: str = "en") -> str:
    """What is wrong with a review copy's signature, from its code."""
    return SIGNATURE_TEXTS["de" if language == "de" else "en"].get(code, code)


# argparse's own complaints (Python 3.11–3.13), as it writes them in English: the
# command line keeps them word for word in English and says them in German from these.
USAGE_PATTERNS: dict[str, str] = {
    "required": r"the following arguments are required: (?P<names>.+)",
    "unrecognized": r"unrecognized arguments: (?P<names>.+)",
    "invalid_value": r"invalid (?P<type>\w+) value: (?P<value>.+)",
    "invalid_choice": r"invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
    "expected_one": r"expected one argument",
    "expected_at_most_one": r"expected at most one argument",
    "expected_at_least_one": r"expected at least one argument",
    "expected_n": r"expected (?P<count>\d+) arguments?",
    "not_allowed_with": r"not allowed with argument (?P<names>.+)",
    "ignored_explicit": r"ignored explicit argument (?P<value>.+)",
    "one_required": r"one of the arguments (?P<names>.+) is required",
    "ambiguous": r"ambiguous option: (?P<option>.+?) could match (?P<names>.+)",
    "unexpected_option": r"unexpected option string: (?P<option>.+)",
}
USAGE_TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "argument": "Argument {argument}: {detail}",
        "required": "diese Argumente fehlen: {names}",
        "unrecognized": "unbekannte Argumente: {names}",
        "invalid_value": "ungültiger Wert {value} (erwartet: {type})",
        "invalid_choice": "ungültige Auswahl {value} (möglich: {choices})",
        "expected_one": "erwartet einen Wert",
        "expected_at_most_one": "erwartet höchstens einen Wert",
        "expected_at_least_one": "erwartet mindestens einen Wert",
        "expected_n": "erwartet {count} Werte",
        "not_allowed_with": "nicht zusammen mit Argument {names} erlaubt",
        "ignored_explicit": "nimmt keinen Wert an (angegeben: {value})",
        "one_required": "eines der Argumente {names} ist nötig",
        "ambiguous": "mehrdeutige Option {option}, passt auf {names}",
        "unexpected_option": "unerwartete Option {option}",
    },
}
USAGE_TYPES = {"de": {"int": "eine ganze Zahl", "float": "eine Zahl", "str": "Text"}}


def usage_text(message: str, language: str = "en") -> str:
    """argparse's complaint about a command line in `language`: English as argparse
    wrote it; German from USAGE_TEXTS (a complaint it has no words for stays English)."""
    texts = USAGE_TEXTS.get(language)
    if texts is None:
        return message
    argument, colon, rest = message.partition(": ")
    if argument.startswith("argument ") and colon and " " not in argument[9:]:
        said = usage_text(rest, language)
        return texts["argument"].format(argument=argument[9:], detail=said)
    for key, pattern in USAGE_PATTERNS.items():
        match = re.fullmatch(pattern, message, re.DOTALL)
        if match is not None:
            found = match.groupdict()
            if "type" in found:
                kind = found["type"]
                found["type"] = USAGE_TYPES[language].get(kind, kind)
            return texts[key].format(**found)
    return message


STATES = {
    "en": {"draft": "a draft", "in_review": "in review", "approved": "approved"},
    "de": {"draft": "ein Entwurf", "in_review": "in Prüfung", "approved": "freigegeben"},
}

# Why the system refused to read or write a file, by errno (the OS's own text is English).
OS_REASONS: dict[str, dict[int, str]] = {
    "en": {
        errnos.ENOSPC: "the disk is full",
        errnos.EDQUOT: "the disk quota is used up",
        errnos.EACCES: "no permission",
        errnos.EPERM: "no permission",
        errnos.EROFS: "the disk is read-only",
        errnos.ENOENT: "no such file or folder",
        errnos.EISDIR: "it is a folder",
        errnos.ENOTDIR: "a part of the path is not a folder",
        errnos.EIO: "the disk failed to read or write",
    },
    "de": {
        errnos.ENOSPC: "der Datenträger ist voll",
        errnos.EDQUOT: "das Speicherkontingent ist aufgebraucht",
        errnos.EACCES: "keine Berechtigung",
        errnos.EPERM: "keine Berechtigung",
        errnos.EROFS: "der Datenträger ist schreibgeschützt",
        errnos.ENOENT: "Datei oder Ordner gibt es nicht",
        errnos.EISDIR: "das ist ein Ordner",
        errnos.ENOTDIR: "ein Teil des Pfads ist kein Ordner",
        errnos.EIO: "der Datenträger konnte nicht lesen oder schreiben",
    },
}
UNKNOWN_OS_REASON = {"en": "the system refused ({name})", "de": "das System lehnt ab ({name})"}


def language_of(language: str) -> str:
    return language if language in TEXTS else "en"


def os_reason(number: int | None, language: str = "en") -> str:
    """Why the system refused, in words, from an OSError's errno."""
    lang = language_of(language)
    if number in OS_REASONS[lang]:
        return OS_REASONS[lang][number]
    name = errnos.errorcode.get(number or 0, str(number or "?"))
    return UNKNOWN_OS_REASON[lang].format(name=name)


def describe(code: str, params: Mapping[str, object], language: str = "en") -> str:
    """The words of one code with its parameters, in 'en' or 'de' (English if the language
    has no words for it; the code itself if neither has)."""
    lang = language_of(language)
    template = TEXTS[lang].get(code) or TEXTS["en"].get(code)
    if template is None:
        return code
    shown = dict(params)
    if "state" in shown:
        shown["state"] = STATES[lang].get(str(shown["state"]), shown["state"])
    if code == "not_regular":
        shown["kind"] = KINDS[lang].get(str(shown.get("kind")), KINDS[lang]["other"])
    if code == "cli.usage":
        shown["detail"] = usage_text(str(shown.get("detail", "")), lang)
    if code.startswith("foreign_schema") and isinstance(shown.get("objects"), tuple | list):
        shown["objects"] = schema_objects_text(shown["objects"], lang)
    return template.format_map(_Blank(shown))


# A database object's kind as a message names it (SQLite's type), and how a long list ends.
OBJECT_KINDS = {
    "en": {"table": "table", "index": "index", "trigger": "trigger", "view": "view"},
    "de": {"table": "Tabelle", "index": "Index", "trigger": "Trigger", "view": "Sicht"},
}
MORE = {"en": "and {count} more", "de": "und {count} weitere"}
OBJECTS_SHOWN = 4  # a message names this many objects, then "and N more"


def schema_objects_text(objects: object, language: str = "en") -> str:
    """'trigger a, trigger b, table c and 3 more': (type, name) pairs, a few by name."""
    lang = language_of(language)
    items = [tuple(o) for o in objects] if isinstance(objects, tuple | list) else []
    names = [f"{OBJECT_KINDS[lang].get(str(t), str(t))} {n}" for t, n in items]
    if len(names) <= OBJECTS_SHOWN + 1:
        return ", ".join(names)
    more = MORE[lang].format(count=len(names) - OBJECTS_SHOWN)
    return f"{', '.join(names[:OBJECTS_SHOWN])} {more}"


class _Blank(dict[str, object]):
    """Parameters for str.format_map: a missing one reads as nothing."""

    def __missing__(self, key: str) -> str:
        return ""


def code_of(error: BaseException) -> str:
    """The code that words `error`: with its state or reason where it has one."""
    code = str(getattr(error, "code", "error"))
    for sub in ("state", "reason"):
        detail = getattr(error, sub, "")
        if detail and f"{code}.{detail}" in TEXTS["en"]:
            return f"{code}.{detail}"
    return code


def error_text(error: BaseException, language: str = "en") -> str:
    """One line for a known failure (a `CharterError` or a refusal of the command line),
    in the user's language; a failure without words keeps its own message."""
    code = code_of(error)
    params: dict[str, object] = dict(getattr(error, "params", {}) or {})
    params.setdefault("path", getattr(error, "path", "") or "")
    journal = getattr(error, "journal", "")
    if journal:
        params["journal"] = Path(str(journal)).name
    findings = getattr(error, "findings", None)
    if findings is not None:
        params["count"] = len(findings)
    problem = getattr(error, "problem", None)
    if isinstance(problem, values.Problem) and problem.code in values.PROBLEM_TEXTS["en"]:
        params["detail"] = values.describe(problem, language)
    elif isinstance(problem, values.Problem) and problem.code in JSON_TEXTS["en"]:
        said = json_text(problem.code, problem.params, language)
        params["detail"] = f"{problem.field}: {said}" if problem.field else said
    else:
        params.setdefault("detail", str(error))
    if code not in TEXTS["en"]:
        return str(error)
    return describe(code, params, language)


# Why a contribution form is refused or names no one person (domain/contribution.py's
# problem codes); a field's value problem is worded by values.describe.
CONTRIBUTION_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "contribution.other_charter": "this form belongs to another charter",
        "contribution.person_gone": "the form was made for a person (id {value}) who is no "
        "longer in the charter",
        "contribution.already_imported": "this form has been imported already",
        "contribution.frozen": "the charter is {state}; its content cannot change now",
        "contribution.unknown_person": "no one is called {value!r}; the people are: {candidates}",
        "contribution.ambiguous_person": "{value!r} names more than one person: {candidates}; "
        "use the id",
    },
    "de": {
        "contribution.other_charter": "dieses Formular gehört zu einer anderen Charta",
        "contribution.person_gone": "das Formular wurde für eine Person (ID {value}) "
        "erstellt, die nicht mehr in der Charta steht",
        "contribution.already_imported": "dieses Formular wurde schon importiert",
        "contribution.frozen": "die Charta ist {state}; ihr Inhalt kann jetzt nicht geändert "
        "werden",
        "contribution.unknown_person": "niemand heißt „{value}“; die Personen sind: {candidates}",
        "contribution.ambiguous_person": "„{value}“ passt auf mehr als eine Person: "
        "{candidates}; bitte die ID angeben",
    },
}


def contribution_text(code: str, params: Mapping[str, object], language: str = "en") -> str | None:
    """Why a contribution form is refused, from its problem's code; None for a code that
    is a field's value problem."""
    lang = language_of(language)
    template = CONTRIBUTION_TEXTS[lang].get(code)
    if template is None:
        return None
    shown = {"value": "", "candidates": "", "state": "", **params}
    shown["state"] = STATES[lang].get(str(shown["state"]), str(shown["state"]).replace("_", " "))
    return template.format(**shown)
