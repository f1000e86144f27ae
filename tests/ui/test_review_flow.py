"""The review by PDF in the window: submit → Export Review Copy… → the approver fills it
in (pypdf, as a PDF reader would) → Import Review… → the decision is recorded."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ready_file import ready_charter
from signing import Identity, sign
from signing import fill as fill_incrementally

from cxcharter.ui import ask

BOSS, LEAD = 2, 1  # the sample's required approvers


@pytest.fixture
def dialogs(monkeypatch):
    """Answer the file dialogs and confirmations; record what the user was shown."""
    seen: dict[str, list] = {"confirm": [], "error": [], "save": "", "open": ""}

    def confirm(_parent, title, text):
        seen["confirm"].append((title, text))
        return seen.get("answer", True)

    monkeypatch.setattr(ask, "confirm", confirm)
    monkeypatch.setattr(
        ask, "error", lambda _p, title, text, detail="": seen["error"].append((title, text))
    )
    monkeypatch.setattr(ask, "save_file", lambda *_a, **_k: seen["save"])
    monkeypatch.setattr(ask, "open_file", lambda *_a, **_k: seen["open"])
    return seen


@pytest.fixture
def in_review(window, tmp_path, qtbot, dialogs):
    path = ready_charter(tmp_path / "team.cxcharter", actor="Anna Weber")
    window.open_path(str(path))
    window.act_submit.trigger()
    assert window.session.document.current_state().state == "in_review"
    dialogs["confirm"].clear()
    return window


def fill(source: Path, target: Path, **values: str) -> Path:
    writer = PdfWriter()
    writer.append(PdfReader(source))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    writer.write(target)
    return target


def export_copy(window, dialogs, tmp_path) -> Path:
    dialogs["save"] = str(tmp_path / "review")  # no suffix: the window adds .pdf
    window.act_review_export.trigger()
    out = tmp_path / "review.pdf"
    assert dialogs["error"] == [] and out.exists()
    return out


def import_copy(window, dialogs, path: Path) -> None:
    dialogs["open"] = str(path)
    window.act_review_import.trigger()


def test_the_review_round_trip_through_pdf(in_review, dialogs, tmp_path):
    window = in_review
    doc = window.session.document
    boss, lead = doc.person(BOSS).name, doc.person(LEAD).name
    copy = export_copy(window, dialogs, tmp_path)
    assert "cx_fingerprint" in PdfReader(copy).get_fields()

    # the boss requests changes on the goals
    import_copy(
        window,
        dialogs,
        fill(
            copy,
            tmp_path / "boss.pdf",
            cx_approver=boss,
            cx_decision="Changes requested",
            cx_section_goals="The target is too low.",
        ),
    )
    [(_title, text)] = dialogs["confirm"]
    assert f"Approver: {boss}" in text and "Decision: Changes requested" in text
    assert "The target is too low." in text and "Recorded by Anna Weber" in text
    assert doc.current_state().state == "draft"
    [comment] = doc.open_comments()
    assert comment.section == "goals"

    # revised, submitted again: the old copy is refused, a new one is accepted
    doc.resolve_comment(comment.id)
    doc.set_answer_text("vision.why_now", "Sharper goals, now.")
    window.act_submit.trigger()
    assert doc.current_state().state == "in_review"
    dialogs["confirm"].clear()
    import_copy(window, dialogs, tmp_path / "boss.pdf")
    assert dialogs["confirm"] == []
    [(_title, text)] = dialogs["error"]
    assert "made for review round 1.1, not for round 1.2" in text
    dialogs["error"].clear()

    copy = export_copy(window, dialogs, tmp_path)
    for name, who in (("boss2.pdf", boss), ("lead.pdf", lead)):
        import_copy(
            window,
            dialogs,
            fill(
                copy, tmp_path / name, cx_approver=who, cx_decision="Approved", cx_comment="Good."
            ),
        )
    assert dialogs["error"] == []
    assert doc.current_state().state == "approved"
    assert {(d.approver_name, d.decision) for d in doc.decisions() if d.decision == "approved"} == {
        (boss, "approved"),
        (lead, "approved"),
    }
    assert "approved" in window.statusBar().currentMessage()


def test_refusals_record_nothing(in_review, dialogs, tmp_path):
    window = in_review
    doc = window.session.document
    copy = export_copy(window, dialogs, tmp_path)
    import_copy(
        window,
        dialogs,
        fill(copy, tmp_path / "eve.pdf", cx_approver="Eve Outsider", cx_decision="Approved"),
    )
    import_copy(
        window,
        dialogs,
        fill(
            copy,
            tmp_path / "other.pdf",
            cx_charter="another",
            cx_approver=doc.person(BOSS).name,
            cx_decision="Approved",
        ),
    )
    (tmp_path / "note.pdf").write_text("not a PDF")
    import_copy(window, dialogs, tmp_path / "note.pdf")
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.write(tmp_path / "plain.pdf")
    import_copy(window, dialogs, tmp_path / "plain.pdf")
    texts = [text for _title, text in dialogs["error"]]
    assert texts == [
        "Eve Outsider is not an approver of this charter.",
        "This review copy belongs to another charter.",
        "note.pdf is not a PDF file, or it is damaged.",
        "plain.pdf is not a review copy: it has none of its form fields. Export "
        "a review copy with File → Export Review Copy….",
    ]
    # declined at the confirmation: nothing recorded either
    dialogs["answer"] = False
    import_copy(
        window,
        dialogs,
        fill(copy, tmp_path / "ok.pdf", cx_approver=doc.person(BOSS).name, cx_decision="Approved"),
    )
    assert len(dialogs["confirm"]) == 1
    assert doc.decisions() == [] and doc.current_state().state == "in_review"


def test_no_review_copy_of_a_draft(window, tmp_path, dialogs):
    window.open_path(str(ready_charter(tmp_path / "team.cxcharter", actor="Anna Weber")))
    window.act_review_export.trigger()
    assert dialogs["error"][0][0] == "No review copy"
    assert not list(tmp_path.glob("*.pdf"))


# ------------------------------------------------------------------ signed copies


def signed_copy(window, dialogs, tmp_path, identity, name="signed.pdf", **values) -> Path:
    copy = export_copy(window, dialogs, tmp_path)
    filled = fill_incrementally(
        copy.read_bytes(), {"cx_approver": str(BOSS), "cx_decision": "Approved", **values}
    )
    (tmp_path / name).write_bytes(sign(filled, identity))
    return tmp_path / name


def test_a_signed_copy_shows_its_signature_before_it_is_recorded(in_review, dialogs, tmp_path):
    window = in_review
    doc = window.session.document
    boss = doc.person(BOSS).name
    import_copy(window, dialogs, signed_copy(window, dialogs, tmp_path, Identity(boss)))
    assert dialogs["error"] == []
    [(_title, text)] = dialogs["confirm"]
    assert f"Signed by: Common Name: {boss}" in text and "Issued by: Common Name:" in text
    assert "does not chain to a trusted root (reported, not required)" in text
    [decision] = doc.decisions()
    assert doc.signatures()[decision.id].subject == f"Common Name: {boss}"


def test_a_signed_copy_changed_after_signing_is_refused_in_the_window(in_review, dialogs, tmp_path):
    window = in_review
    doc = window.session.document
    signed = signed_copy(window, dialogs, tmp_path, Identity(doc.person(BOSS).name))
    signed.write_bytes(
        fill_incrementally(signed.read_bytes(), {"cx_decision": "Changes requested"})
    )
    import_copy(window, dialogs, signed)
    assert dialogs["confirm"] == []
    [(_title, text)] = dialogs["error"]
    assert text == (
        "The signature no longer covers the document: the file was changed after it was signed."
    )
    assert doc.decisions() == []


def test_approvals_must_be_signed_is_set_on_the_approvers_tab_and_undone(
    in_review, dialogs, tmp_path, qtbot
):
    from cxcharter.ui.sections.stakeholders.approvers_tab import ApproversTab

    window = in_review
    session = window.session
    tab = ApproversTab(session)
    qtbot.addWidget(tab)
    assert not tab.signature_policy.isChecked() and tab.signature_policy.isEnabled()
    tab.signature_policy.setChecked(True)
    assert session.document.signatures_required()
    copy = export_copy(window, dialogs, tmp_path)
    import_copy(
        window,
        dialogs,
        fill(copy, tmp_path / "plain.pdf", cx_approver=str(BOSS), cx_decision="Approved"),
    )
    [(_title, text)] = dialogs["error"]
    assert text == ("The review copy is not signed.\nThis charter's approvals must be signed.")
    session.undo()
    assert not session.document.signatures_required()
    assert not tab.signature_policy.isChecked()
    tab.detach()
