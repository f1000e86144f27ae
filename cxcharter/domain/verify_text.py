"""What `cxcharter verify` finds, in words, English and German.

The store's check (store/verify.py, verify_records.py, chain.py) names each mismatch
by a place code and a finding code with their parameters; its English `where` and
`detail` are these tables' English, and the command line words the same codes in the
user's language. A finding without a code (a long text's history that does not
rebuild, a signed copy's re-check) keeps the English the check wrote. A test keeps
both languages complete, with the same placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

LANGUAGES = ("en", "de")

PLACES: dict[str, dict[str, str]] = {
    "en": {
        "schema": "{kind} {name}",
        "file": "file",
        "entry": "audit entry {entry}",
        "round": "revision {number} round {round}",
        "revision": "revision {number}",
        "decision": "decision {id} (revision {number} round {round})",
        "signed_copy": "signed copy of decision {decision}",
        "comment": "comment {id} (decision {decision})",
        "comment_on": "comment on '{section}' (decision {decision})",
        "comment_alone": "comment {id}",
        "answer": "answer {key}",
    },
    "de": {
        "schema": "{kind} {name}",
        "file": "Datei",
        "entry": "Protokolleintrag {entry}",
        "round": "Revision {number} Runde {round}",
        "revision": "Revision {number}",
        "decision": "Entscheidung {id} (Revision {number} Runde {round})",
        "signed_copy": "signierte Kopie der Entscheidung {decision}",
        "comment": "Kommentar {id} (Entscheidung {decision})",
        "comment_on": "Kommentar zu „{section}“ (Entscheidung {decision})",
        "comment_alone": "Kommentar {id}",
        "answer": "Antwort {key}",
    },
}

DELETED = {
    "en": "recorded in audit entry {entry} but is missing from the file (deleted)",
    "de": "in Protokolleintrag {entry} verzeichnet, fehlt aber in der Datei (gelöscht)",
}
NOT_AUDITED = {
    "en": "is not in the audit log (added outside CX Charter)",
    "de": "steht nicht im Änderungsprotokoll (außerhalb von CX Charter hinzugefügt)",
}

FINDINGS: dict[str, dict[str, str]] = {
    "en": {
        "schema.changed": "was changed (a protection of the file was removed or altered)",
        "schema.missing": "is missing (a protection of the file was removed or altered)",
        "schema.added": "was added by another program",
        "file.unreadable": "cannot be read as a charter ({error})",
        "chain.gap": "entries {first}…{last} are missing",
        "chain.order": "entry out of order",
        "chain.link": "does not link to the entry before it",
        "chain.hash": "its content does not match its hash (changed after it was written)",
        "revision.fingerprint": "the frozen content does not match its fingerprint (changed "
        "after it was frozen)",
        "revision.not_a_charter": "the frozen content is not a charter ({error})",
        "revision.approved_without": "marked approved without the approval of required "
        "approver(s) {people}",
        "decision.fingerprint": "its fingerprint is not the one of the revision it decides on",
        "answer.changed": "its {field} is not the one audit entry {entry} recorded (changed "
        "outside CX Charter)",
        "content.differs": "the content differs from the frozen {state} content, although the "
        "charter cannot be edited in this state",
        "record.submission": "its fingerprint is not the one the audit log recorded at submission",
        "record.open_but_closed": "in review, but it carries a closing date or person",
        "record.not_closed": "the audit log does not record it becoming {state}",
        "record.difference": "{column} is {now}, the audit log recorded {recorded}",
        "record.changed": "{differences} (changed after it was recorded)",
        "record.deleted": DELETED["en"],
        "record.not_audited": NOT_AUDITED["en"],
        "record.pdf_differs": "the stored PDF is not the one the audit log recorded (its "
        "SHA-256 differs)",
        "record.section_deleted": "on section '{section}': " + DELETED["en"],
        "record.sent_back_without": "sent back with changes requested, but no decision of it "
        "requests changes",
        "record.approved_with_request": "approved, but a decision of it requests changes",
        "record.resolution_not_audited": "its resolution " + NOT_AUDITED["en"],
        "record.resolution_deleted": "its resolution is " + DELETED["en"],
        "record.started_unapproved": "started although revision {previous} was never approved",
        "record.start_not_audited": "its start is not in the audit log",
        "record.start_deleted": "its start is " + DELETED["en"],
    },
    "de": {
        "schema.changed": "wurde verändert (ein Schutz der Datei wurde entfernt oder verändert)",
        "schema.missing": "fehlt (ein Schutz der Datei wurde entfernt oder verändert)",
        "schema.added": "wurde von einem anderen Programm hinzugefügt",
        "file.unreadable": "kann nicht als Charta gelesen werden ({error})",
        "chain.gap": "die Einträge {first}…{last} fehlen",
        "chain.order": "Eintrag außer der Reihe",
        "chain.link": "verweist nicht auf den Eintrag davor",
        "chain.hash": "sein Inhalt passt nicht zu seinem Hash (nach dem Schreiben verändert)",
        "revision.fingerprint": "der eingefrorene Inhalt passt nicht zu seinem Fingerabdruck "
        "(nach dem Einfrieren verändert)",
        "revision.not_a_charter": "der eingefrorene Inhalt ist keine Charta ({error})",
        "revision.approved_without": "als freigegeben markiert ohne die Freigabe der "
        "erforderlichen Person(en) {people}",
        "decision.fingerprint": "ihr Fingerabdruck ist nicht der der Revision, über die sie "
        "entscheidet",
        "answer.changed": "{field} ist nicht der Stand, den Protokolleintrag {entry} "
        "verzeichnet (außerhalb von CX Charter verändert)",
        "content.differs": "der Inhalt weicht vom eingefrorenen Inhalt ({state}) ab, obwohl "
        "die Charta in diesem Stand nicht bearbeitet werden kann",
        "record.submission": "ihr Fingerabdruck ist nicht der, den das Änderungsprotokoll beim "
        "Einreichen verzeichnet hat",
        "record.open_but_closed": "in Prüfung, trägt aber ein Abschlussdatum oder eine "
        "abschließende Person",
        "record.not_closed": "das Änderungsprotokoll verzeichnet nicht, dass sie {state} wurde",
        "record.difference": "{column} ist {now}, das Änderungsprotokoll verzeichnet {recorded}",
        "record.changed": "{differences} (nach dem Verzeichnen verändert)",
        "record.deleted": DELETED["de"],
        "record.not_audited": NOT_AUDITED["de"],
        "record.pdf_differs": "das gespeicherte PDF ist nicht das, welches das "
        "Änderungsprotokoll verzeichnet (sein SHA-256 weicht ab)",
        "record.section_deleted": "zum Abschnitt „{section}“: " + DELETED["de"],
        "record.sent_back_without": "mit Änderungswünschen zurückgegeben, aber keine ihrer "
        "Entscheidungen wünscht Änderungen",
        "record.approved_with_request": "freigegeben, aber eine ihrer Entscheidungen wünscht "
        "Änderungen",
        "record.resolution_not_audited": "ihre Erledigung " + NOT_AUDITED["de"],
        "record.resolution_deleted": "ihre Erledigung ist " + DELETED["de"],
        "record.started_unapproved": "begonnen, obwohl Revision {previous} nie freigegeben wurde",
        "record.start_not_audited": "ihr Beginn steht nicht im Änderungsprotokoll",
        "record.start_deleted": "ihr Beginn ist " + DELETED["de"],
    },
}

# Parameters that are codes themselves: a revision's state, an answer's field.
STATES = {
    "en": {
        "draft": "draft",
        "in_review": "in review",
        "approved": "approved",
        "changes_requested": "changes requested",
        "withdrawn": "withdrawn",
    },
    "de": {
        "draft": "Entwurf",
        "in_review": "in Prüfung",
        "approved": "freigegeben",
        "changes_requested": "mit Änderungswünschen zurückgegeben",
        "withdrawn": "zurückgezogen",
    },
}
FIELDS = {
    "en": {"text": "text", "status": "status", "due": "due date"},
    "de": {"text": "Text", "status": "Status", "due": "Termin"},
}


def _lang(language: str) -> str:
    return language if language in LANGUAGES else "en"


def place(code: str, params: Mapping[str, object], language: str = "en") -> str:
    """Where a mismatch is: 'revision 1 round 2', 'Revision 1 Runde 2'."""
    return PLACES[_lang(language)][code].format(**params)


def finding(code: str, params: Mapping[str, object], language: str = "en") -> str:
    """What does not hold, from its code and parameters."""
    lang = _lang(language)
    shown = dict(params)
    if "state" in shown:
        shown["state"] = STATES[lang].get(str(shown["state"]), shown["state"])
    if code == "answer.changed":
        shown["field"] = FIELDS[lang].get(str(shown["field"]), shown["field"])
    if code == "record.changed":
        shown["differences"] = "; ".join(
            finding("record.difference", _difference(d), lang) for d in _sequence(shown)
        )
    return FINDINGS[lang][code].format(**shown)


def _sequence(params: Mapping[str, object]) -> Sequence[Sequence[object]]:
    found = params.get("differences", ())
    return found if isinstance(found, list | tuple) else ()


def _difference(found: Sequence[object]) -> dict[str, object]:
    """(column, value now, value recorded) as record.difference's parameters."""
    column, now, recorded = found
    return {"column": column, "now": repr(now), "recorded": repr(recorded)}
