"""The command line, in-process (plus two subprocesses for what only a process can show)."""

from __future__ import annotations

import gc
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

from cxcharter import __version__, cli
from cxcharter.cli import common, parsers
from cxcharter.domain import canonical as interchange
from cxcharter.store.document import CharterDocument

ROOT = Path(__file__).resolve().parents[1]
TITLE = "Kundenerlebnis-Charta Ü 2027"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("cxcharter: error: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


def open_snapshot(path: Path):
    doc = CharterDocument.open(path, actor="test", read_only=True)
    try:
        return doc.snapshot(), doc.audit_entries()
    finally:
        doc.close()


def subprocess_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


@pytest.fixture
def charter(tmp_path, capsys) -> Path:
    path = tmp_path / "team.cxcharter"
    assert run(capsys, "new", path, "--title", TITLE, "--lang", "de", "--actor", "jana")[0] == 0
    doc = CharterDocument.open(path, actor="jana")
    try:
        anna = doc.add_person("Anna Schmidt", department="Service")
        doc.set_owner("vision.statement", anna)
        doc.set_answer_text("vision.statement", "Leicht, freundlich, verlässlich. 👍")
        doc.set_due("vision.statement", "2026-12-15")
    finally:
        doc.close()
    return path


# ----------------------------------------------------------------- new
def test_new_creates_a_charter(tmp_path, capsys):
    path = tmp_path / "neu.cxcharter"
    code, _, err = run(capsys, "new", path, "--title", TITLE, "--lang", "de", "--actor", "jana")
    assert (code, err) == (0, "")
    snapshot, audit = open_snapshot(path)
    assert (snapshot.title, snapshot.language) == (TITLE, "de")
    assert [(e["actor"], e["action"]) for e in audit] == [("jana", "charter.create")]


def test_new_defaults_title_from_the_file_and_actor_from_the_login(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(common.getpass, "getuser", lambda: "login-name")
    path = tmp_path / "Plan 2027.cxcharter"
    assert run(capsys, "new", path, "--lang", "en")[0] == 0
    snapshot, audit = open_snapshot(path)
    assert snapshot.title == "Plan 2027"
    assert audit[0]["actor"] == "login-name"


@pytest.mark.parametrize(
    ("env", "language"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT"}, "de"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "de_CH.UTF-8"}, "de"),
    ],
)
def test_new_takes_the_language_from_the_locale(tmp_path, capsys, monkeypatch, env, language):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    path = tmp_path / "c.cxcharter"
    assert run(capsys, "new", path, "--title", "T")[0] == 0
    assert open_snapshot(path)[0].language == language


def test_new_refuses_to_overwrite_without_force(charter, capsys):
    digest = sha256(charter)
    code, _, err = run(capsys, "new", charter, "--title", "Anders")
    assert code == 2
    assert_one_error_line(err, "already exists", "--force")
    assert sha256(charter) == digest
    assert run(capsys, "new", charter, "--title", "Anders", "--force")[0] == 0
    assert open_snapshot(charter)[0].title == "Anders"


def test_new_refuses_a_bad_title(tmp_path, capsys):
    path = tmp_path / "c.cxcharter"
    code, _, err = run(capsys, "new", path, "--title", "a\x00b")
    assert code == 2
    assert_one_error_line(err, "--title")
    assert not path.exists()


# -------------------------------------------------------------- sample
@pytest.mark.parametrize("language", ["de", "en"])
def test_sample_writes_the_sample_charter(tmp_path, capsys, language):
    path = tmp_path / "beispiel.cxcharter"
    code, _, err = run(capsys, "sample", path, "--lang", language, "--actor", "demo")
    assert (code, err) == (0, "")
    snapshot, audit = open_snapshot(path)
    assert snapshot.language == language
    assert len(snapshot.people) >= 3 and len(snapshot.answers) > 10
    assert audit[0]["actor"] == "demo"
    assert run(capsys, "sample", path, "--lang", language)[0] == 2
    assert run(capsys, "sample", path, "--lang", language, "--force")[0] == 0


# ---------------------------------------------------------------- dump
def test_dump_prints_canonical_json(charter, capsys):
    digest = sha256(charter)
    code, out, err = run(capsys, "dump", charter)
    assert (code, err) == (0, "")
    assert out == interchange.dumps(open_snapshot(charter)[0])
    assert json.loads(out)["answers"][-1]["text"] == "Leicht, freundlich, verlässlich. 👍"
    assert sha256(charter) == digest  # dumping only reads


def test_dump_into_a_closed_pipe_is_quiet(charter, capsys, monkeypatch):
    class ClosedPipe(io.BytesIO):
        def write(self, data):
            raise BrokenPipeError(32, "Broken pipe")

    stdout = io.TextIOWrapper(ClosedPipe(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    code = cli.main(["dump", str(charter)])
    _, err = capsys.readouterr()
    assert (code, err) == (0, "")


def test_dump_to_a_file(charter, tmp_path, capsys):
    out_path = tmp_path / "team.json"
    code, out, _ = run(capsys, "dump", charter, "-o", out_path)
    assert (code, out) == (0, "")
    assert out_path.read_bytes() == interchange.dumps(open_snapshot(charter)[0]).encode()


def test_dump_load_dump_is_identical_through_the_cli(charter, tmp_path, capsys):
    first = tmp_path / "first.json"
    copy = tmp_path / "copy.cxcharter"
    assert run(capsys, "dump", charter, "-o", first)[0] == 0
    code, _, err = run(capsys, "load", first, copy, "--actor", "importer")
    assert (code, err) == (0, "")
    code, second, _ = run(capsys, "dump", copy)
    assert code == 0
    assert second.encode("utf-8") == first.read_bytes()
    assert open_snapshot(copy)[1][0]["actor"] == "importer"


# ---------------------------------------------------------------- load
def test_load_from_standard_input(charter, tmp_path, capsys, monkeypatch):
    data = interchange.dumps(open_snapshot(charter)[0]).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="ascii"))
    target = tmp_path / "from-stdin.cxcharter"
    assert run(capsys, "load", "-", target)[0] == 0
    assert interchange.dumps(open_snapshot(target)[0]).encode("utf-8") == data


def _valid_json(charter: Path) -> dict:
    return json.loads(interchange.dumps(open_snapshot(charter)[0]))


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d["answers"][0].update(status="done"), "answers[0].status: unknown status"),
        (lambda d: d["people"][0].update(name=""), "people[0].name: a person needs a name"),
        (lambda d: d["answers"][0].update(owner=42), "answers[0].owner: there is no person"),
        (lambda d: d.update(format_version=2), "format_version 2 is newer"),
        (lambda d: d["charter"].update(language="fr"), "charter.language"),
    ],
)
def test_load_refuses_bad_data_and_writes_nothing(charter, tmp_path, capsys, change, fragment):
    data = _valid_json(charter)
    change(data)
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "out" / "never.cxcharter"
    target.parent.mkdir()
    code, _, err = run(capsys, "load", source, target)
    assert code == 2
    assert_one_error_line(err, fragment)
    assert list(target.parent.iterdir()) == []


def test_load_refuses_broken_json_text(tmp_path, capsys):
    source = tmp_path / "broken.json"
    source.write_text('{\n  "format": "cxcharter",\n  oops\n}\n', encoding="utf-8")
    target = tmp_path / "never.cxcharter"
    code, _, err = run(capsys, "load", source, target)
    assert code == 2
    assert_one_error_line(err, "line 3, column 3")
    assert not target.exists()


def test_load_refuses_to_overwrite_without_force(charter, tmp_path, capsys):
    source = tmp_path / "c.json"
    source.write_text(json.dumps(_valid_json(charter)), encoding="utf-8")
    other = tmp_path / "other.cxcharter"
    assert run(capsys, "new", other, "--title", "Anders")[0] == 0
    digest = sha256(other)
    code, _, err = run(capsys, "load", source, other)
    assert code == 2
    assert_one_error_line(err, "already exists")
    assert sha256(other) == digest
    assert run(capsys, "load", source, other, "--force")[0] == 0
    assert open_snapshot(other)[0] == open_snapshot(charter)[0]


def test_load_of_a_missing_json_file(tmp_path, capsys):
    code, _, err = run(capsys, "load", tmp_path / "nope.json", tmp_path / "x.cxcharter")
    assert code == 2
    assert_one_error_line(err, "nope.json")


# -------------------------------------------------------------- export
def test_export_writes_a_pdf(charter, tmp_path, capsys):
    out_path = tmp_path / "team.pdf"
    digest = sha256(charter)
    code, _, err = run(capsys, "export", charter, "-o", out_path)
    assert code == 0, err
    assert out_path.read_bytes().startswith(b"%PDF")
    assert sha256(charter) == digest


def test_export_defaults_to_the_charter_name_with_pdf(charter, capsys):
    assert run(capsys, "export", charter)[0] == 0
    assert charter.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("command", ["dump", "export"])
def test_output_onto_the_charter_itself_is_refused(charter, capsys, command):
    digest = sha256(charter)
    code, _, err = run(capsys, command, charter, "-o", charter)
    assert code == 2
    assert_one_error_line(err, "is the charter itself")
    assert sha256(charter) == digest


def test_a_known_export_failure_is_one_line_and_exit_1(charter, tmp_path, capsys, monkeypatch):
    from cxcharter.export import pdf

    def fail(*args, **kwargs):
        raise pdf.ExportError("The disk is full; team.pdf was not written.")

    monkeypatch.setattr(pdf, "export_pdf", fail)
    code, _, err = run(capsys, "export", charter, "-o", tmp_path / "team.pdf")
    assert code == 1
    assert_one_error_line(err, "disk is full")


# ------------------------------------------------------ hostile files
def _other_app(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    cli.main(["new", str(path), "--title", "T"])
    doc = CharterDocument.open(path, actor="test")
    for i in range(40):
        doc.add_person(f"Person {i}", role="x" * 500)
    doc.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _with_trigger(path: Path) -> None:
    cli.main(["new", str(path), "--title", "T"])
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON audit_log BEGIN DELETE FROM people; END")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    cli.main(["new", str(path), "--title", "T"])
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('cxcharter', '0099_future', 'x')"
    )
    conn.commit()
    conn.close()


HOSTILE = {
    "empty": lambda p: p.write_bytes(b""),
    "text": lambda p: p.write_text("hello\n"),
    "png": lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00junk" * 100),
    "other application": _other_app,
    "truncated": _truncated,
    "extra trigger": _with_trigger,
    "newer version": _newer,
    "folder": lambda p: p.mkdir(),
}


@pytest.mark.parametrize("command", ["dump", "export"])
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_files_give_one_line_and_exit_2(tmp_path, capsys, name, command):
    path = tmp_path / "suspect.cxcharter"
    HOSTILE[name](path)
    capsys.readouterr()
    digest = sha256(path) if path.is_file() else None
    code, out, err = run(capsys, command, path, "-o", tmp_path / "out.file")
    assert code == 2
    assert out == ""
    assert_one_error_line(err)
    assert not (tmp_path / "out.file").exists()
    if digest:
        assert sha256(path) == digest


def test_a_missing_file_is_one_line_and_exit_2(tmp_path, capsys):
    code, _, err = run(capsys, "dump", tmp_path / "nirgends.cxcharter")
    assert code == 2
    assert_one_error_line(err, "does not exist")


# ---------------------------------------------------- usage and window
@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["new"],
        ["new", "x.cxcharter", "--lang", "fr"],
        ["dump"],
        ["load", "only-one-argument"],
        ["export", "a", "b"],
        ["a.cxcharter", "b.cxcharter"],
    ],
)
def test_usage_errors_are_one_line_and_exit_2(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert_one_error_line(err, "--help")


@pytest.mark.parametrize("command", [[], ["new"], ["sample"], ["dump"], ["load"], ["export"]])
def test_help_everywhere(capsys, command):
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert out.startswith("usage: cxcharter")
    assert "example" in out


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"cxcharter {__version__}")


@pytest.fixture
def fake_window(monkeypatch):
    opened: list = []
    module = types.ModuleType("cxcharter.ui.app.app")
    module.run_app = lambda path: opened.append(path) or 0
    monkeypatch.setitem(sys.modules, "cxcharter.ui.app.app", module)
    return opened


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["team.cxcharter"], "team.cxcharter"),
        (["./new"], "./new"),  # a file named like a command
        (["./dump"], "./dump"),
    ],
)
def test_a_file_argument_opens_the_window(capsys, fake_window, argv, expected):
    assert run(capsys, *argv)[0] == 0
    assert fake_window == [expected]


def test_gui_main_opens_the_window(monkeypatch, fake_window):
    monkeypatch.setattr(sys, "argv", ["cxcharter-gui", "plan.cxcharter"])
    assert cli.gui_main() == 0
    assert fake_window == ["plan.cxcharter"]


def test_a_window_that_cannot_start_is_one_line(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "cxcharter.ui.app.app", None)  # as if Qt were missing
    code, _, err = run(capsys, "team.cxcharter")
    assert code == 1
    assert_one_error_line(err, "window")
    assert gc.isenabled(), "the collector paused for the start runs again"


def test_the_collector_paused_for_the_window_runs_again_when_it_ends(monkeypatch):
    """run_window pauses the cycle collector while the window starts; however the
    window ends (here: before it resumed it), the collector runs again."""
    states: list[bool] = []
    module = types.ModuleType("cxcharter.ui.app.app")
    module.run_app = lambda path: states.append(gc.isenabled()) or 0
    monkeypatch.setitem(sys.modules, "cxcharter.ui.app.app", module)
    assert cli.main(["team.cxcharter"]) == 0
    assert states == [False]  # paused while the window started
    assert gc.isenabled()


def test_a_bug_is_still_one_line(charter, capsys, monkeypatch):
    def broken(snapshot):
        raise RuntimeError("boom")

    monkeypatch.setattr(interchange, "dumps", broken)
    monkeypatch.delenv("CXCHARTER_DEBUG", raising=False)
    code, _, err = run(capsys, "dump", charter)
    assert code == 1
    assert_one_error_line(err, "RuntimeError", "boom")


# ---------------------------------------------------------- subprocesses
def test_python_m_cxcharter_help():
    result = subprocess.run(
        [sys.executable, "-m", "cxcharter", "--help"],
        cwd=ROOT,
        env=subprocess_env(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"usage: cxcharter" in result.stdout
    assert b"cxcharter export team.cxcharter -o team.pdf" in result.stdout


def test_dump_imports_neither_qt_nor_reportlab_and_writes_utf8(charter):
    script = (
        "import sys, cxcharter.cli as c\n"
        f"code = c.main(['dump', {str(charter)!r}])\n"
        "assert code == 0, code\n"
        "assert 'PySide6' not in sys.modules, 'PySide6 was imported'\n"
        "assert 'reportlab' not in sys.modules, 'reportlab was imported'\n"
    )
    # An ASCII-only locale and stdout encoding: the JSON must still be UTF-8.
    env = subprocess_env(LC_ALL="C", LANG="C", PYTHONIOENCODING="ascii")
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode("utf-8")
    assert TITLE in text and "👍" in text
    assert text == interchange.dumps(open_snapshot(charter)[0])


def test_the_list_of_command_names_is_every_command():
    """The window's start looks a command up in `COMMANDS` without building the parsers."""
    assert set(parsers.command_parsers()) == cli.COMMANDS
