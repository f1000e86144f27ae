"""What the command line prints for a person is in the user's language: German under a
German locale, English otherwise, every line worded from domain/cli_text.py (the errors
have their own table, tests/test_cli_error_words.py). `check` speaks the charter's
language, and machine-readable output stays as it is."""

from __future__ import annotations

import re
import sqlite3
import string
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "store"))
from contribution_support import fill_pypdf, make_charter, person_id
from ready_file import in_review_charter, ready_charter
from signing import Identity, fill, sign

from cxcharter import cli
from cxcharter.cli import parsers
from cxcharter.domain import cli_text, error_text, verify_text
from cxcharter.store.document import CharterDocument

LOCALES = {"de": "de_DE.UTF-8", "en": "C"}


@pytest.fixture(params=["de", "en"])
def language(request, monkeypatch) -> str:
    """The user's locale for the command: LANG alone (LC_ALL and LC_MESSAGES cleared)."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", LOCALES[request.param])
    return request.param


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def fragments(language: str) -> set[str]:
    """The fixed words of every line of `language`'s table that the other language's
    table does not share (at least two words long)."""
    other = "en" if language == "de" else "de"
    theirs = " ".join(cli_text.TEXTS[other].values())
    found = set()
    for template in cli_text.TEXTS[language].values():
        for literal, *_ in string.Formatter().parse(template):
            part = literal.strip(" :;,()")
            if len(part) >= 8 and " " in part and part not in theirs:
                found.add(part)
    return found


def speaks(out: str, language: str, *expected: dict[str, str]) -> None:
    """`out` holds the expected sentence of `language` and no line of the other one."""
    other = "en" if language == "de" else "de"
    for sentence in expected:
        assert sentence[language] in out, out
        assert sentence[other] not in out, out
    stray = sorted(f for f in fragments(other) if f in out)
    assert stray == [], out


def approved_charter(path: Path) -> Path:
    in_review_charter(path)
    doc = CharterDocument.open(path, actor="Lea")
    try:
        for row in doc.rows("approver"):
            if row["required"]:
                doc.record_decision(row["person"], "approved")
    finally:
        doc.close()
    return path


def closed_on(path: Path) -> str:
    doc = CharterDocument.open(path, actor="Lea", read_only=True)
    try:
        return (doc.revisions()[-1].closed_at or "")[:10]
    finally:
        doc.close()


# ------------------------------------------------------------------ the tables
def test_both_tables_have_the_same_keys_with_the_same_placeholders():
    def placeholders(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    en, de = cli_text.TEXTS["en"], cli_text.TEXTS["de"]
    assert set(en) == set(de)
    differ = [k for k in en if placeholders(en[k]) != placeholders(de[k])]
    assert differ == []
    assert set(cli_text.NOUNS["en"]) == set(cli_text.NOUNS["de"])
    assert set(cli_text.STATES["en"]) == set(cli_text.STATES["de"])
    assert all(de[k] != en[k] for k in en if re.search(r"[a-z]{4}", en[k]))


def test_verify_and_contribution_words_have_the_same_codes_and_placeholders_in_both():
    def placeholders(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    tables = (verify_text.PLACES, verify_text.FINDINGS, verify_text.STATES)
    for table in (*tables, error_text.CONTRIBUTION_TEXTS):
        en, de = table["en"], table["de"]
        assert set(en) == set(de)
        assert [k for k in en if placeholders(en[k]) != placeholders(de[k])] == []
    changed = {"differences": [("closed_by", "Mallory", "Lea"), ("note", None, "ok")]}
    assert verify_text.finding("record.changed", changed, "de") == (
        "closed_by ist 'Mallory', das Änderungsprotokoll verzeichnet 'Lea'; note ist None, "
        "das Änderungsprotokoll verzeichnet 'ok' (nach dem Verzeichnen verändert)"
    )
    assert verify_text.finding("answer.changed", {"field": "due", "entry": 4}, "en") == (
        "its due date is not the one audit entry 4 recorded (changed outside CX Charter)"
    )


def test_counts_take_the_singular_only_for_one():
    assert cli_text.count(1, "review_round", "de") == "1 Prüfrunde"
    assert cli_text.count(2, "review_round", "de") == "2 Prüfrunden"
    assert cli_text.count(0, "audit_entry", "en") == "0 audit entries"


def test_moments_and_dates_are_written_as_the_language_does():
    assert cli_text.moment("2026-11-23T09:05:00+00:00", "de") == "23.11.2026 09:05 UTC"
    assert cli_text.moment("2026-11-23T09:05:00+01:00", "en") == "23 November 2026 09:05 UTC+0100"
    assert cli_text.date("2026-11-23", "de") == "23.11.2026"
    assert cli_text.moment("later", "de") == "later"


# ------------------------------------------------------------ the usage line
def test_the_usage_line_names_every_registered_command(capsys):
    assert cli.main(["--help"]) == 0
    usage = capsys.readouterr().out.split("\n\n")[0]
    [listed] = re.findall(r"\{([a-z,-]+)\}", usage)
    assert listed.split(",") == list(parsers.command_parsers())


# -------------------------------------------------------------- one per command
def test_new(tmp_path, capsys, language):
    code, out, _ = run(capsys, "new", tmp_path / "n.cxcharter", "--lang", "en")
    assert code == 0
    speaks(out, language, {"en": "created ", "de": " angelegt (en)"})


def test_sample(tmp_path, capsys, language):
    code, out, _ = run(capsys, "sample", tmp_path / "s.cxcharter", "--lang", "de")
    assert code == 0
    speaks(out, language, {"en": "wrote the sample charter to", "de": "Beispiel-Charta nach"})


def test_load(tmp_path, capsys, language):
    ready_charter(tmp_path / "a.cxcharter")
    assert run(capsys, "dump", tmp_path / "a.cxcharter", "-o", tmp_path / "a.json")[0] == 0
    code, out, _ = run(capsys, "load", tmp_path / "a.json", tmp_path / "b.cxcharter")
    assert code == 0
    speaks(out, language, {"en": "created ", "de": " angelegt"})
    assert str(tmp_path / "a.json") in out  # file names stay as they are


def test_export_and_its_review_copy(tmp_path, capsys, language):
    charter = in_review_charter(tmp_path / "r.cxcharter")
    code, out, _ = run(capsys, "export", charter, "-o", tmp_path / "r.pdf")
    assert code == 0
    speaks(out, language, {"en": f"wrote {tmp_path / 'r.pdf'}", "de": "r.pdf geschrieben"})
    code, out, _ = run(capsys, "export", charter, "--review-copy", "-o", tmp_path / "c.pdf")
    assert code == 0
    speaks(out, language, {"en": "wrote the review copy", "de": "Prüfkopie "})


def test_calendar(tmp_path, capsys, language):
    charter = ready_charter(tmp_path / "a.cxcharter")
    code, out, _ = run(capsys, "calendar", charter, "-o", tmp_path / "a.ics")
    assert code == 0
    speaks(out, language, {"en": f"wrote {tmp_path / 'a.ics'}", "de": "a.ics geschrieben"})


def test_verify_of_an_intact_charter(tmp_path, capsys, language):
    charter = approved_charter(tmp_path / "a.cxcharter")
    code, out, _ = run(capsys, "verify", charter)
    assert code == 0
    speaks(
        out,
        language,
        {"en": "ok: every record matches", "de": "in Ordnung: jeder Datensatz stimmt"},
        {"en": "1 review round, 2 decisions", "de": "1 Prüfrunde, 2 Entscheidungen"},
        {"en": "revision 1, approved", "de": "Revision 1, freigegeben"},
        {"en": "chain head: entry", "de": "neuester Protokolleintrag: "},
    )


TAMPERING = {
    "an audit entry": (
        "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE id = 2;",
        {
            "en": "MISMATCH audit entry 2: its content does not match its hash (changed after",
            "de": "ABWEICHUNG Protokolleintrag 2: sein Inhalt passt nicht zu seinem Hash (nach",
        },
    ),
    "a decision": (
        "DROP TRIGGER decisions_no_update; UPDATE decisions SET recorded_by = 'Mallory';",
        {
            "en": "(revision 1 round 1): recorded_by is 'Mallory', the audit log recorded 'Lea'",
            "de": "(Revision 1 Runde 1): recorded_by ist 'Mallory', das Änderungsprotokoll "
            "verzeichnet 'Lea' (nach dem Verzeichnen verändert)",
        },
    ),
}


@pytest.mark.parametrize("what", TAMPERING)
def test_verify_of_a_tampered_charter(tmp_path, capsys, language, what):
    charter = approved_charter(tmp_path / "a.cxcharter")
    sql, mismatch = TAMPERING[what]
    conn = sqlite3.connect(charter)
    conn.executescript(sql)
    conn.close()
    code, out, _ = run(capsys, "verify", charter)
    assert code == 1
    speaks(
        out,
        language,
        mismatch,
        {"en": "the file was changed outside CX Charter", "de": "außerhalb von CX Charter"},
        {"en": "MISMATCH trigger ", "de": "ABWEICHUNG trigger "},
        {"en": "is missing (a protection", "de": "fehlt (ein Schutz der Datei"},
    )


def test_verify_pdf(tmp_path, capsys, language):
    charter = approved_charter(tmp_path / "a.cxcharter")
    assert run(capsys, "export", charter, "--revision", "1", "-o", tmp_path / "a.pdf")[0] == 0
    code, out, _ = run(capsys, "verify-pdf", tmp_path / "a.pdf", charter)
    assert code == 0
    speaks(
        out,
        language,
        {"en": "intact: the embedded record matches", "de": "unverändert: der eingebettete"},
        {"en": "shows: revision 1, approved", "de": "zeigt: Revision 1, freigegeben"},
        {"en": "and still current", "de": "und noch aktuell"},
    )
    closed = closed_on(charter)
    assert f"({cli_text.date(closed, language)})" in out and closed not in out  # no ISO date


def test_verify_pdf_of_a_draft(tmp_path, capsys, language):
    charter = ready_charter(tmp_path / "a.cxcharter")
    assert run(capsys, "export", charter, "-o", tmp_path / "a.pdf")[0] == 0
    code, out, _ = run(capsys, "verify-pdf", tmp_path / "a.pdf", charter)
    assert code == 1
    speaks(
        out,
        language,
        {"en": "draft fingerprint", "de": "Entwurfs-Fingerabdruck"},
        {"en": "NOT APPROVED: this is the current draft", "de": "NICHT FREIGEGEBEN: das ist"},
    )


def test_contribution_and_its_import(tmp_path, capsys, language):
    charter = make_charter(tmp_path / "team.cxcharter")
    form = tmp_path / "form.pdf"
    code, out, _ = run(capsys, "contribution", charter, "--person", "Ирина Петрова", "-o", form)
    assert code == 0
    speaks(
        out,
        language,
        {"en": "contribution form", "de": "Beitragsformular von Ирина Петрова"},
        {"en": "(1 field)", "de": "(1 Feld)"},
    )
    assert person_id(charter, "Ирина Петрова")
    doc = CharterDocument.open(charter, actor="Lea")
    doc.set_answer_text("vision.scope", "Edited by the lead")
    doc.close()
    filled = fill_pypdf(form, tmp_path / "f.pdf", {"answer.vision.scope": "Theirs"})
    code, out, _ = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 0
    speaks(
        out,
        language,
        {"en": "contribution form of Ирина Петрова", "de": "Beitragsformular von Ирина"},
        {"en": "conflict: ", "de": "Konflikt: "},
        {"en": "charter now: Edited by the lead", "de": "Charta jetzt: Edited by the lead"},
        {"en": "1 conflict kept", "de": "1 Konflikt zugunsten der Charta"},
    )


def test_contribution_refusals_are_errors_in_the_users_language(tmp_path, capsys, language):
    charter = make_charter(tmp_path / "team.cxcharter")
    form = tmp_path / "form.pdf"
    code, out, err = run(capsys, "contribution", charter, "--person", "Nobody", "-o", form)
    assert (code, out) == (2, "")
    speaks(err, language, {"en": "no one is called 'Nobody'", "de": "niemand heißt „Nobody“"})
    code, out, err = run(capsys, "contribution", charter, "--person", "Anna Weber", "-o", form)
    assert (code, out) == (2, "")
    speaks(err, language, {"en": "Anna Weber owes nothing", "de": "Anna Weber schuldet nichts"})
    assert run(capsys, "contribution", charter, "--person", "Łukasz", "-o", form)[0] == 0
    filled = fill_pypdf(form, tmp_path / "f.pdf", {"answer.vision.statement": "Ours"})
    assert run(capsys, "import-contribution", charter, filled, "--yes")[0] == 0
    (tmp_path / "note.pdf").write_text("not a PDF")
    code, out, err = run(capsys, "import-contribution", charter, tmp_path / "note.pdf")
    assert (code, out) == (2, "")
    speaks(err, language, {"en": "is not a PDF file", "de": "ist keine PDF-Datei"})
    code, out, err = run(capsys, "export", charter, "-o", tmp_path / "c.pdf")
    code, out, err = run(capsys, "import-contribution", charter, tmp_path / "c.pdf")
    assert (code, out) == (2, "")
    speaks(err, language, {"en": "is not a contribution form", "de": "ist kein Beitragsformular"})
    code, out, err = run(capsys, "import-contribution", charter, filled, "--yes")
    assert (code, out) == (2, "")
    speaks(
        err,
        language,
        {"en": "contribution refused: this form has been imported already",
         "de": "Beitrag abgelehnt: dieses Formular wurde schon importiert"},
    )  # fmt: skip


def test_import_review_and_signatures(tmp_path, capsys, language):
    charter = in_review_charter(tmp_path / "team.cxcharter")
    assert run(capsys, "export", charter, "--review-copy", "-o", tmp_path / "r.pdf")[0] == 0
    writer = PdfWriter()
    writer.append(PdfReader(tmp_path / "r.pdf"))
    values = {"cx_approver": "Dr. Katrin Hoffmann", "cx_decision": "Changes requested"}
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    writer.write(tmp_path / "filled.pdf")
    code, out, _ = run(capsys, "import-review", charter, tmp_path / "filled.pdf", "--yes")
    assert code == 0
    speaks(
        out,
        language,
        {"en": "this review will be recorded:", "de": "diese Prüfung wird gespeichert:"},
        {"en": "decision: changes requested", "de": "Entscheidung: Änderungen erbeten"},
        {"en": "signature: none", "de": "Signatur: keine"},
        {"en": "the charter is now draft", "de": "die Charta ist jetzt Entwurf"},
    )
    code, out, _ = run(capsys, "signatures", charter)
    assert code == 0
    speaks(
        out,
        language,
        {"en": "approvals must be signed: no", "de": "Freigaben müssen signiert sein: nein"},
        {"en": "changes requested, not signed", "de": "Änderungen erbeten, nicht signiert"},
    )


def test_a_signed_review_copy_and_its_check(tmp_path, capsys, language):
    charter = in_review_charter(tmp_path / "team.cxcharter")
    assert run(capsys, "export", charter, "--review-copy", "-o", tmp_path / "r.pdf")[0] == 0
    doc = CharterDocument.open(charter, actor="Lea", read_only=True)
    katrin = next(p.id for p in doc.people() if p.name == "Dr. Katrin Hoffmann")
    doc.close()
    values = {"cx_approver": str(katrin), "cx_decision": "Approved"}
    signed = sign(fill((tmp_path / "r.pdf").read_bytes(), values), Identity("Dr. Katrin Hoffmann"))
    (tmp_path / "s.pdf").write_bytes(signed)
    code, out, _ = run(capsys, "import-review", charter, tmp_path / "s.pdf", "--yes")
    assert code == 0
    speaks(
        out,
        language,
        {"en": "signed by: ", "de": "signiert von: "},
        {"en": "trust: no path to a trusted root", "de": "Vertrauen: kein Weg"},
        {"en": "with its signed copy", "de": "mit ihrer signierten Kopie"},
    )
    [valid] = [line for line in out.splitlines() if "SHA-256" not in line and " UTC" in line]
    if language == "de":  # dates and times as the language writes them
        assert re.search(r"gültig: \d\d\.\d\d\.\d{4} \d\d:\d\d UTC bis ", valid), valid
    else:
        assert re.search(r"valid: \d{1,2} [A-Z][a-z]+ \d{4} \d\d:\d\d UTC to ", valid), valid
    code, out, _ = run(capsys, "verify", charter)
    assert code == 0
    speaks(out, language, {"en": "1 signed review copy re-checked", "de": "1 signierte Prüfkopie"})
    code, out, _ = run(capsys, "signatures", charter)
    speaks(
        out, language, {"en": "; not trusted; warnings: untrusted", "de": "nicht vertrauenswürdig"}
    )


def test_install_desktop(tmp_path, capsys, monkeypatch, language):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    code, out, _ = run(capsys, "install-desktop", "--uninstall")
    assert code == 0
    speaks(out, language, {"en": "nothing to remove", "de": "nichts zu entfernen"})


def test_check_keeps_the_charters_language(tmp_path, capsys, monkeypatch, language):
    charter = ready_charter(tmp_path / "a.cxcharter", "de")
    code, out, _ = run(capsys, "check", charter, "--json")
    assert code == 0 and out.startswith("[")  # machine-readable, whatever the locale
    code, out, _ = run(capsys, "check", charter)
    assert code == 0 and "bereit zur Prüfung" in out and "ready for review" not in out
    monkeypatch.setenv("LANG", LOCALES["en" if language == "de" else "de"])
    assert run(capsys, "check", charter)[1] == out
