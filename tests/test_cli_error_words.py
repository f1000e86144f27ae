"""Every failure the command line prints is worded from its code, in the user's language:
one line, no traceback, no Python repr, no raw code; German for a German locale."""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path

import pytest

from cxcharter import cli
from cxcharter.cli import checks
from cxcharter.domain import error_text, values
from cxcharter.domain.canonical_load import InterchangeError
from cxcharter.domain.errors import CharterError, InvalidValue
from cxcharter.export import review_import, review_signature
from cxcharter.sample import write_sample
from cxcharter.store import errors

ROOT = Path(__file__).resolve().parents[1]
LOCALES = {"en": "en_GB.UTF-8", "de": "de_DE.UTF-8"}
PATH = "/tmp/team.cxcharter"
REPR = re.compile(r"\w+Error\(|<\w+ object|PosixPath\(|Traceback|\{\w*\}")

# One of every error class that reaches the command line, as the store or a rule raises it.
ERRORS = {
    "EmptyFile": errors.EmptyFile("x", path=PATH),
    "NotSQLite": errors.NotSQLite("x", path=PATH),
    "ForeignDatabase": errors.ForeignDatabase("x", path=PATH),
    "DamagedFile": errors.DamagedFile("x", path=PATH),
    "NewerVersion": errors.NewerVersion("x", path=PATH),
    "ForeignSchema": errors.ForeignSchema("x", path=PATH),
    "FileMissing": errors.FileMissing("x", path=PATH),
    "AlreadyExists": errors.AlreadyExists("x", path=PATH),
    "ReadOnly": errors.ReadOnly("x", path=PATH),
    "DiskFull": errors.DiskFull("x", path=PATH),
    "Busy": errors.Busy("x", path=PATH),
    "AccessDenied": errors.AccessDenied("x", path=PATH),
    "NotRegular": errors.NotRegular("x", path=PATH, params={"kind": "fifo"}),
    "StrayJournal": errors.StrayJournal("x", path=PATH, journal="/tmp/other.db-journal"),
    "Frozen": errors.Frozen("x", state="in_review", params={"revision": 2}),
    "Frozen approved": errors.Frozen("x", state="approved", params={"revision": 2, "next": 3}),
    "NotReady": errors.NotReady("x", findings=(1, 2, 3)),
    "WorkflowError": errors.WorkflowError("x", reason="no_such_revision", params={"revision": 7}),
    "WorkflowError draft": errors.WorkflowError(
        "x", reason="not_draft", params={"revision": 1, "state": "in_review"}
    ),
    "InvalidValue": InvalidValue(
        "x", problem=values.Problem("date.invalid", "due", {"value": "soon"})
    ),
    "InterchangeError": InterchangeError("answers[0].status: unknown status 'done'"),
    "Refused": cli.Refused("cli.sign_not_approved", revision=2, state="draft"),
    "Failure": cli.Failure("cli.cannot_write", path="/tmp/out.pdf", errno=errno.ENOSPC),
    "Failure fonts": cli.Failure("cli.export_fonts"),
    "Refused certificate": cli.Refused("cli.certify_wrong_password", path=PATH),
}


def failing_check(monkeypatch, capsys, error: Exception, language: str) -> tuple[int, str]:
    """`cxcharter check` where opening the charter raises `error`, in `language`'s locale."""

    def refuse(_path):
        raise error

    monkeypatch.setattr(checks, "open_snapshot", refuse)  # where `check` reads it
    monkeypatch.setenv("LC_ALL", LOCALES[language])
    code = cli.main(["check", PATH])
    out, err = capsys.readouterr()
    assert out == ""
    return code, err


def worded(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("cxcharter: error: "), err
    line = lines[0].removeprefix("cxcharter: error: ")
    assert not REPR.search(line), line
    assert line != "x" and "cli." not in line, line
    return line


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_every_error_class_is_worded_in_english_and_german(monkeypatch, capsys, name):
    error = ERRORS[name]
    said = {}
    for language in ("en", "de"):
        code, err = failing_check(monkeypatch, capsys, error, language)
        assert code == (1 if isinstance(error, cli.Failure) else 2)
        said[language] = worded(err)
        words = re.sub(r"\S*/\S*|other\.db-journal", "FILE", said[language])
        assert not re.search(r"\b[a-z]+[_.][a-z_.]+\b", words), said[language]  # a raw code
    assert said["de"] != said["en"], said
    if getattr(error, "path", ""):
        assert PATH in said["en"] and PATH in said["de"]


def bad_json(tmp_path: Path) -> Path:
    """The sample charter as JSON with an answer whose status no rule knows."""
    sample = write_sample(tmp_path / "s.cxcharter", "en", actor="Lea")
    cli.main(["dump", str(sample), "-o", str(tmp_path / "s.json")])
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    data["answers"][0]["status"] = "done"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    return tmp_path / "bad.json"


def test_the_words_name_what_the_error_carries(monkeypatch, capsys, tmp_path):
    bad = bad_json(tmp_path)
    capsys.readouterr()
    monkeypatch.setenv("LC_ALL", LOCALES["de"])
    loaded = cli.main(["load", str(bad), str(tmp_path / "x.cxcharter")])
    assert loaded == 2 and "answers[0].status: unbekannter Status „done“" in capsys.readouterr().err
    _code, err = failing_check(monkeypatch, capsys, ERRORS["WorkflowError"], "de")
    assert "Revision 7" in err
    _code, err = failing_check(monkeypatch, capsys, ERRORS["NotRegular"], "de")
    assert "benannte Pipe (FIFO)" in err
    _code, err = failing_check(monkeypatch, capsys, ERRORS["InvalidValue"], "de")
    assert "due: „soon“ ist kein Datum" in err
    _code, err = failing_check(monkeypatch, capsys, ERRORS["Failure"], "de")
    assert "der Datenträger ist voll" in err and "No space" not in err


def test_both_languages_word_the_same_codes():
    assert set(error_text.TEXTS["en"]) == set(error_text.TEXTS["de"])
    assert set(values.PROBLEM_TEXTS["en"]) == set(values.PROBLEM_TEXTS["de"])
    assert set(error_text.REVIEW_TEXTS["en"]) == set(error_text.REVIEW_TEXTS["de"])
    assert set(error_text.SIGNATURE_TEXTS["en"]) == set(error_text.SIGNATURE_TEXTS["de"])
    for code in review_signature.REFUSALS + review_import.STRICT_WARNINGS:
        assert code in error_text.SIGNATURE_TEXTS["de"], code
    classes = [c for c in vars(errors).values() if isinstance(c, type)]
    codes = {c.code for c in classes if issubclass(c, CharterError) and c is not CharterError}
    assert codes - set(error_text.TEXTS["en"]) == set()


def test_every_code_the_command_line_raises_has_words():
    modules = sorted((ROOT / "cxcharter" / "cli").glob("*.py"))
    source = "\n".join(path.read_text(encoding="utf-8") for path in modules)
    raised = set(re.findall(r'(?:Refused|Failure)\(\s*f?"(cli\.[a-z_{}.]+)"', source))
    raised = {c for c in raised if "{" not in c}
    pdf = {f"cli.pdf_{c}" for c in ("unreadable", "damaged", "not_ours", "too_big", "not_text")}
    review = {f"cli.review_{c}" for c in ("not_pdf", "unreadable", "no_fields")}
    assert len(raised) > 10
    assert raised | pdf | review <= set(error_text.TEXTS["en"])
    governance = (ROOT / "cxcharter" / "store" / "governance.py").read_text(encoding="utf-8")
    reasons = set(re.findall(r'^\s+"([a-z_]+)",\n', governance, re.M)) & {
        k.removeprefix("workflow.") for k in error_text.TEXTS["en"]
    }
    assert reasons, "the workflow reasons are found"


@pytest.mark.parametrize("language", ["en", "de"])
def test_real_refusals_are_worded(tmp_path, monkeypatch, capsys, language):
    monkeypatch.setenv("LC_ALL", LOCALES[language])
    empty = tmp_path / "leer.cxcharter"
    empty.write_bytes(b"")
    sample = write_sample(tmp_path / "s.cxcharter", "en", actor="Lea")
    cases = [
        (["check", str(empty)], 2),
        (["check", str(tmp_path / "nope.cxcharter")], 2),
        (["dump", str(sample), "-o", str(sample)], 2),
        (["new", str(sample), "--lang", "en"], 2),
        (["dump", str(sample), "--revision", "7"], 2),
        (["import-review", str(sample), str(empty), "--trust-root", str(empty)], 2),
    ]
    lines = []
    for argv, status in cases:
        assert cli.main(argv) == status, argv
        lines.append(worded(capsys.readouterr().err))
    german = ["ist leer", "existiert nicht", "die Charta selbst", "existiert bereits", "Revision 7"]
    english = ["is empty", "does not exist", "the charter itself", "already exists", "revision 7"]
    german.append("ist keine Zertifikatsdatei")
    english.append("is not a certificate file")
    for line, words in zip(lines, german if language == "de" else english, strict=True):
        assert words in line, line


def refused_loads(tmp_path, monkeypatch, capsys, change, german, english, huge=""):
    """The sample dumped, `change`d (a "HUGE" value replaced by `huge`, written as JSON
    cannot write it) and loaded under a German, then an English locale: each must be
    refused (exit 2); yields (language, the words expected, the error line)."""
    sample = write_sample(tmp_path / "s.cxcharter", "en", actor="Lea")
    cli.main(["dump", str(sample), "-o", str(tmp_path / "s.json")])
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    change(data)
    text = json.dumps(data)
    if huge:
        text = text.replace('"HUGE"', huge)
    (tmp_path / "bad.json").write_text(text, encoding="utf-8")
    capsys.readouterr()
    for language, words in (("de", german), ("en", english)):
        monkeypatch.setenv("LC_ALL", LOCALES[language])
        assert cli.main(["load", str(tmp_path / "bad.json"), str(tmp_path / "x.cxcharter")]) == 2
        yield language, words, worded(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("change", "german", "english"),
    [
        (
            lambda d: d.update(colour="blue"),
            "colour: unbekanntes Feld (erlaubt: ",
            "colour: unknown field (allowed: ",
        ),
        (
            lambda d: d["people"][0].update(name=7),
            "people[0].name: muss Text sein, nicht eine Zahl",
            "people[0].name: must be text, not a number",
        ),
        (
            lambda d: d["content"].update(wishes=[]),
            "content.wishes: unbekannte Liste (erlaubt: ",
            "content.wishes: unknown list (allowed: ",
        ),
    ],
)
def test_json_the_loader_refuses_is_worded_in_the_users_language(
    tmp_path, monkeypatch, capsys, change, german, english
):
    for _language, words, line in refused_loads(
        tmp_path, monkeypatch, capsys, change, german, english
    ):
        assert words in line, line


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_wrong_command_line_is_worded_in_the_users_language(monkeypatch, capsys, language):
    monkeypatch.setenv("LC_ALL", LOCALES[language])
    assert cli.main(["export", PATH, "--omit", "contacts"]) == 2
    line = worded(capsys.readouterr().err)
    assert ("--omit needs" if language == "en" else "--omit braucht") in line
    assert cli.main(["check"]) == 2  # argparse's own complaint, framed in the language
    line = worded(capsys.readouterr().err)
    assert line.endswith(
        "(see cxcharter check --help)" if language == "en" else "(siehe cxcharter check --help)"
    )


ARGPARSE_CASES = [  # argv, argparse's English as it writes it, the German
    (["dump"], "the following arguments are required: FILE", "diese Argumente fehlen: FILE"),
    (
        ["dump", PATH, "--bogus"],
        "unrecognized arguments: --bogus",
        "unbekannte Argumente: --bogus",
    ),
    (
        ["dump", PATH, "--revision", "abc"],
        "argument --revision: invalid int value: 'abc'",
        "Argument --revision: ungültiger Wert 'abc' (erwartet: eine ganze Zahl)",
    ),
    (
        ["export", PATH, "--paper", "a3"],
        "argument --paper/--page-size: invalid choice: 'a3' (choose from 'a4', 'letter')",
        "Argument --paper/--page-size: ungültige Auswahl 'a3' (möglich: 'a4', 'letter')",
    ),
    (
        ["new", PATH, "--lang", "fr"],
        "argument --lang: invalid choice: 'fr' (choose from 'de', 'en')",
        "Argument --lang: ungültige Auswahl 'fr' (möglich: 'de', 'en')",
    ),
    (
        ["dump", PATH, "-o"],
        "argument -o/--output: expected one argument",
        "Argument -o/--output: erwartet einen Wert",
    ),
    (
        ["signatures", PATH, "--require", "--no-require"],
        "argument --no-require: not allowed with argument --require",
        "Argument --no-require: nicht zusammen mit Argument --require erlaubt",
    ),
    (
        ["load", "--force=1", PATH, PATH],
        "argument --force: ignored explicit argument '1'",
        "Argument --force: nimmt keinen Wert an (angegeben: '1')",
    ),
    (
        ["export", PATH, "--re"],
        "ambiguous option: --re could match --revision, --review-copy",
        "mehrdeutige Option --re, passt auf --revision, --review-copy",
    ),
    (
        ["contribution", PATH],
        "the following arguments are required: --person, -o/--out",
        "diese Argumente fehlen: --person, -o/--out",
    ),
    (["--bogus"], "unrecognized arguments: --bogus", "unbekannte Argumente: --bogus"),
]


@pytest.mark.parametrize(("argv", "english", "german"), ARGPARSE_CASES)
def test_argparse_complaints_are_german_for_a_german_locale(
    monkeypatch, capsys, argv, english, german
):
    """English exactly as argparse writes it; German worded, not left English."""
    said = {}
    for language in ("en", "de"):
        monkeypatch.setenv("LC_ALL", LOCALES[language])
        assert cli.main(argv) == 2
        said[language] = worded(capsys.readouterr().err)
    prog = " ".join(["cxcharter", *argv[:1]]) if argv[0] in cli.COMMANDS else "cxcharter"
    assert said["en"] == f"{english} (see {prog} --help)"
    assert said["de"] == f"{german} (siehe {prog} --help)"


def test_every_argparse_complaint_has_german_words():
    assert set(error_text.USAGE_PATTERNS) <= set(error_text.USAGE_TEXTS["de"])
    for english, german in [
        ("argument --x: expected at least one argument", "Argument --x: erwartet mindestens"),
        ("argument --x: expected at most one argument", "Argument --x: erwartet höchstens"),
        ("argument X: expected 2 arguments", "Argument X: erwartet 2 Werte"),
        ("one of the arguments --a --b is required", "eines der Argumente --a --b ist nötig"),
        ("unexpected option string: -q", "unerwartete Option -q"),
        ("something argparse says one day", "something argparse says one day"),
    ]:
        assert error_text.usage_text(english, "en") == english
        assert error_text.usage_text(english, "de").startswith(german), english


HUGE = "1" + "0" * 5000  # JSON's 1 followed by 5,000 zeros


@pytest.mark.parametrize(
    ("change", "german", "english"),
    [
        (
            lambda d: d["content"]["goals"][0].update(baseline="HUGE"),
            "baseline: 100000000000… (5001 Zeichen) liegt außerhalb von",
            "baseline: 100000000000… (5001 characters) is outside",
        ),
        (
            lambda d: d["answers"][0].update(owner="HUGE"),
            "owner: 100000000000… (5001 Zeichen) liegt außerhalb von 1 … ",
            "owner: 100000000000… (5001 characters) is out of range (1 … ",
        ),
        (
            lambda d: d["people"][0].update(name="HUGE"),
            "name: muss Text sein, nicht die Zahl 100000000000… (5001 Zeichen)",
            "name: must be text, not the number 100000000000… (5001 characters)",
        ),
    ],
)
def test_a_huge_number_is_worded_in_the_users_language(
    tmp_path, monkeypatch, capsys, change, german, english
):
    for language, words, line in refused_loads(
        tmp_path, monkeypatch, capsys, change, german, english, huge=HUGE
    ):
        assert words in line, line
        assert ("characters" in line) == (language == "en"), line


def test_a_number_too_long_to_print_is_worded_in_german_too():
    shown = {"value": values.shown_number(-(10**300)), "low": 0, "high": 1}
    problem = values.Problem("field.out_of_range", "x", shown)
    assert values.describe(problem, "en") == "x: -a 301-digit number is outside 0…1"
    assert values.describe(problem, "de") == "x: -eine 301-stellige Zahl liegt außerhalb von 0…1"


def _schema_changed(path: Path, sql: str) -> Path:
    import sqlite3  # lazy: only these tests change a file by hand

    with sqlite3.connect(path) as conn:
        conn.executescript(sql)
    conn.close()
    return path


SCHEMA_CASES = {  # what was done to the file by hand, and the words (en, de)
    "dropped": (
        "DROP TRIGGER revisions_frozen;",
        "is missing database objects CX Charter needs: trigger revisions_frozen; it is "
        "refused for safety.",
        "fehlen Datenbankobjekte, die CX Charter braucht: Trigger revisions_frozen; die "
        "Datei wird zur Sicherheit abgelehnt.",
    ),
    "six dropped": (
        "DROP TRIGGER revisions_frozen; DROP TRIGGER revisions_no_delete; "
        "DROP TRIGGER revisions_no_replace; DROP TRIGGER audit_log_no_delete; "
        "DROP TRIGGER audit_log_no_replace; DROP TRIGGER revision_drafts_no_delete;",
        "needs: trigger audit_log_no_delete, trigger audit_log_no_replace, trigger "
        "revision_drafts_no_delete, trigger revisions_frozen and 2 more; it is refused",
        "braucht: Trigger audit_log_no_delete, Trigger audit_log_no_replace, Trigger "
        "revision_drafts_no_delete, Trigger revisions_frozen und 2 weitere; die Datei",
    ),
    "added": (
        "CREATE TABLE evil (a);",
        "contains database objects CX Charter did not create: table evil; it is refused",
        "enthält Datenbankobjekte, die CX Charter nicht angelegt hat: Tabelle evil; die",
    ),
    "changed": (
        "DROP TRIGGER revisions_frozen; CREATE TRIGGER revisions_frozen BEFORE DELETE ON "
        "revisions BEGIN SELECT 1; END;",
        "has database objects that differ from the ones CX Charter creates: trigger "
        "revisions_frozen; it is",
        "hat Datenbankobjekte, die von denen abweichen, die CX Charter anlegt: Trigger "
        "revisions_frozen; die",
    ),
}


@pytest.mark.parametrize("case", sorted(SCHEMA_CASES))
def test_a_file_with_objects_missing_or_added_says_which(tmp_path, monkeypatch, capsys, case):
    sql, english, german = SCHEMA_CASES[case]
    path = _schema_changed(write_sample(tmp_path / "s.cxcharter", "en", actor="Lea"), sql)
    for language, words in (("en", english), ("de", german)):
        monkeypatch.setenv("LC_ALL", LOCALES[language])
        capsys.readouterr()
        assert cli.main(["dump", str(path)]) == 2
        assert words in worded(capsys.readouterr().err)
        assert cli.main(["verify", str(path)]) == 1  # the signed copies' re-check, same words
        lead = "not re-checked: " if language == "en" else "nicht nachgeprüft: "
        line = next(x for x in capsys.readouterr().out.splitlines() if lead in x)
        assert words in line, line


def test_the_stray_journal_message_docs_reliability_quotes_is_the_one_printed(monkeypatch, capsys):
    doc = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    quoted = re.search(r"the command line:\s+`(… was not opened: [^`]+)`", doc, re.S)
    assert quoted, "docs/reliability.md quotes the message"
    stray = errors.StrayJournal("x", path="…", journal="/tmp/NAME.cxcharter-journal")
    _code, err = failing_check(monkeypatch, capsys, stray, "en")
    assert worded(err) == " ".join(quoted[1].split())
