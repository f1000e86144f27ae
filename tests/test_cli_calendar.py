"""`cxcharter calendar FILE [-o OUT.ics]`: the charter's dates as iCalendar."""

from __future__ import annotations

import hashlib
import re

import pytest
from test_cli_governance import ready

from cxcharter import cli
from cxcharter.sample import write_sample


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def charter(tmp_path):
    path = tmp_path / "team.cxcharter"
    write_sample(path, "en", actor="Lea")
    return path


def uids(text: str) -> list[str]:
    return re.findall(r"^UID:(.*)$", re.sub(r"\r\n ", "", text), flags=re.MULTILINE)


def test_calendar_writes_next_to_the_charter(charter, capsys):
    before = hashlib.sha256(charter.read_bytes()).hexdigest()
    code, out, err = run(capsys, "calendar", charter)
    target = charter.with_suffix(".ics")
    assert (code, err) == (0, "") and out == f"wrote {target}\n"
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"BEGIN:VEVENT" in data and b"BEGIN:VTODO" in data
    assert hashlib.sha256(charter.read_bytes()).hexdigest() == before  # only read


def test_calendar_to_a_file_and_to_stdout(charter, tmp_path, capsys):
    out_path = tmp_path / "dates.ics"
    assert run(capsys, "calendar", charter, "-o", out_path)[0] == 0
    code, out, _ = run(capsys, "calendar", charter, "-o", "-")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR")
    # the same entries both times (only DTSTAMP may differ)
    assert uids(out_path.read_bytes().decode("utf-8")) == uids(out)


def test_calendar_refuses_to_overwrite_the_charter(charter, capsys):
    before = charter.read_bytes()
    code, _, err = run(capsys, "calendar", charter, "-o", charter)
    assert code == 2 and "charter itself" in err
    assert charter.read_bytes() == before


def test_calendar_of_what_is_not_a_charter(tmp_path, capsys):
    path = tmp_path / "x.cxcharter"
    path.write_text("hello")
    code, out, err = run(capsys, "calendar", path)
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert not path.with_suffix(".ics").exists()


def test_the_help_lists_calendar(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "  calendar  " in out and "cxcharter calendar team.cxcharter -o team.ics" in out
    assert "import-review}}" not in out


def frozen(path, state: str):
    """The charter submitted for review, and approved by everyone when `state` says so."""
    from cxcharter.store.document import CharterDocument

    doc = CharterDocument.open(path, actor="Lea")
    try:
        doc.submit_for_review()
        if state == "approved":
            for approver in doc.current_state(with_fingerprint=False).awaiting:
                doc.record_decision(approver, "approved")
        assert doc.current_state(with_fingerprint=False).state == state
    finally:
        doc.close()


@pytest.mark.parametrize(
    ("language", "state", "note"),
    [
        ("en", "in_review", "left out: the charter is in review, and due dates count only"),
        ("en", "approved", "left out: the charter is approved, and due dates count only"),
        ("de", "in_review", "nicht übernommen: Die Charta ist in Prüfung, und Fälligkeiten"),
        ("de", "approved", "nicht übernommen: Die Charta ist freigegeben, und Fälligkeiten"),
    ],
)
def test_a_frozen_charter_has_no_answer_due_dates(
    tmp_path, capsys, monkeypatch, language, state, note
):
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8" if language == "de" else "en_US.UTF-8")
    path = ready(tmp_path / "team.cxcharter", language)  # nothing blocks a submission
    code, draft, err = run(capsys, "calendar", path, "-o", "-")
    assert (code, err) == (0, "")
    questions = [u for u in uids(draft) if "-question-" in u]
    assert questions
    frozen(path, state)
    code, out, err = run(capsys, "calendar", path, "-o", "-")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR")
    assert uids(out) == [u for u in uids(draft) if u not in questions]  # the rest stays
    assert len(err.splitlines()) == 1 and note in err  # why there are fewer
    assert err.startswith(f"{len(questions)} ")
    code, out, err2 = run(capsys, "calendar", path)
    wrote = "geschrieben" if language == "de" else "wrote "  # in the reader's language too
    assert code == 0 and wrote in out and "team.ics" in out and err2 == err
