"""File → Export Calendar… writes the charter's dates as an .ics file."""

from __future__ import annotations

import re

import pytest

from cxcharter.sample import write_sample
from cxcharter.ui import ask


def open_sample(window, tmp_path):
    path = tmp_path / "team.cxcharter"
    write_sample(path, "en", actor="Anna Weber")
    window.open_path(str(path))
    assert window.session is not None
    return path


def test_the_menu_writes_the_calendar(window, tmp_path, monkeypatch):
    path = open_sample(window, tmp_path)
    asked = []

    def save_file(parent, caption, suggested, filter_):
        asked.append((caption, suggested, filter_))
        return str(tmp_path / "out" / "dates")  # no suffix: .ics is added

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(ask, "save_file", save_file)
    assert window.act_calendar.isEnabled()
    assert window.act_calendar in window.menus.file_menu.actions()
    window.act_calendar.trigger()
    assert asked == [("Export Calendar", str(path.with_suffix(".ics")), "iCalendar (*.ics)")]
    data = (tmp_path / "out" / "dates.ics").read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    title = window.session.document.snapshot().title
    assert title in re.sub(r"\r\n ", "", data.decode("utf-8"))
    assert "dates.ics" in window.statusBar().currentMessage()


def test_cancel_writes_nothing(window, tmp_path, monkeypatch):
    open_sample(window, tmp_path)
    monkeypatch.setattr(ask, "save_file", lambda *a: "")
    window.act_calendar.trigger()
    assert not list(tmp_path.glob("*.ics"))


def test_choosing_the_charters_own_name_does_not_touch_it(window, tmp_path, monkeypatch):
    path = open_sample(window, tmp_path)
    before = path.read_bytes()
    errors = []
    monkeypatch.setattr(ask, "save_file", lambda *a: str(path))
    monkeypatch.setattr(ask, "error", lambda *a: errors.append(a[1:]))
    window.act_calendar.trigger()
    assert not errors and path.read_bytes() == before
    assert (tmp_path / "team.cxcharter.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_a_failed_write_is_reported(window, tmp_path, monkeypatch):
    open_sample(window, tmp_path)
    errors = []
    monkeypatch.setattr(ask, "save_file", lambda *a: str(tmp_path / "missing" / "x.ics"))
    monkeypatch.setattr(ask, "error", lambda *a: errors.append(a[2]))
    window.act_calendar.trigger()
    assert errors == ["The calendar could not be written. Nothing was changed."]


def test_without_a_charter_the_action_is_disabled(window):
    assert not window.act_calendar.isEnabled()


def test_a_planted_symlink_is_not_followed(window, tmp_path, monkeypatch):
    open_sample(window, tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me\n")
    (tmp_path / ".dates.ics.part").symlink_to(victim)  # the old fixed temporary name
    monkeypatch.setattr(ask, "save_file", lambda *a: str(tmp_path / "dates.ics"))
    window.act_calendar.trigger()
    assert victim.read_bytes() == b"keep me\n"
    assert (tmp_path / "dates.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def frozen_sample(tmp_path, language: str, state: str):
    """The sample, ready for review, submitted, and approved when `state` says so."""
    from test_cli_governance import ready

    from cxcharter.store.document import CharterDocument

    path = ready(tmp_path / "team.cxcharter", language)
    doc = CharterDocument.open(path, actor="Anna Weber")
    try:
        doc.submit_for_review()
        if state == "approved":
            for approver in doc.current_state(with_fingerprint=False).awaiting:
                doc.record_decision(approver, "approved")
    finally:
        doc.close()
    return path


@pytest.mark.parametrize(
    ("state", "why"),
    [
        ("in_review", "left out: the charter is in review, and due dates count only in a draft"),
        ("approved", "left out: the charter is approved, and due dates count only in a draft"),
    ],
)
def test_a_frozen_charter_exports_no_answer_due_dates(window, tmp_path, monkeypatch, state, why):
    path = frozen_sample(tmp_path, "en", state)
    window.open_path(str(path))
    monkeypatch.setattr(ask, "save_file", lambda *a: str(tmp_path / "dates.ics"))
    window.act_calendar.trigger()
    text = re.sub(r"\r\n ", "", (tmp_path / "dates.ics").read_text("utf-8"))
    assert "-question-" not in text and "-goal-" in text and "-meeting-" in text
    message = window.statusBar().currentMessage()
    assert "dates.ics" in message and why in message


def test_the_same_in_german(german, window, tmp_path, monkeypatch):
    path = frozen_sample(tmp_path, "de", "approved")
    window.open_path(str(path))
    monkeypatch.setattr(ask, "save_file", lambda *a: str(tmp_path / "termine.ics"))
    window.act_calendar.trigger()
    assert "-question-" not in (tmp_path / "termine.ics").read_text("utf-8")
    message = window.statusBar().currentMessage()
    assert "termine.ics" in message
    assert "nicht übernommen: Die Charta ist freigegeben, und Fälligkeiten zählen nur" in message


def test_a_draft_says_nothing_of_left_out_dates(window, tmp_path, monkeypatch):
    open_sample(window, tmp_path)
    monkeypatch.setattr(ask, "save_file", lambda *a: str(tmp_path / "dates.ics"))
    window.act_calendar.trigger()
    assert "-question-" in (tmp_path / "dates.ics").read_text("utf-8")
    assert "left out" not in window.statusBar().currentMessage()
