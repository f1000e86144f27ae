"""Charter → Branding…: logo and accent colour, one undo step each, checked before saving."""

from __future__ import annotations

import struct
import zlib

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from cxcharter.ui import ask
from cxcharter.ui.app import branding_dialog
from cxcharter.ui.app.branding_dialog import BrandingDialog


def png(width: int = 240, height: int = 80) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#b4283c"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def claims(width: int, height: int) -> bytes:
    """Only a PNG header, claiming a huge picture."""
    body = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + body + struct.pack(">I", zlib.crc32(body))


@pytest.fixture
def dialog(qtbot, session):
    widget = BrandingDialog(session)
    qtbot.addWidget(widget)
    return widget


def choose_file(monkeypatch, tmp_path, data: bytes, name: str = "logo.png"):
    path = tmp_path / name
    path.write_bytes(data)
    monkeypatch.setattr(ask, "open_file", lambda *a, **k: str(path))


def test_a_logo_is_one_undo_step(dialog, session, monkeypatch, tmp_path):
    choose_file(monkeypatch, tmp_path, png())
    dialog.choose_logo.click()
    assert session.document.look().logo_type == "png"
    assert not dialog.preview.pixmap().isNull() and dialog.remove_logo.isEnabled()
    assert session.undo_stack.count() == 1
    session.undo()
    assert session.document.look().logo is None
    session.redo()
    assert session.document.look().logo is not None


@pytest.mark.parametrize(
    "data, words",
    [
        (b"GIF89a" + b"\0" * 64, "PNG or JPEG"),
        (b"plain text", "PNG or JPEG"),
        (claims(40_000, 40_000), "too large"),
        (png() + b"\0" * (1024 * 1024), "too big"),
    ],
    ids=["gif", "text", "bomb", "big-file"],
)
def test_a_bad_logo_file_is_refused_with_a_message(
    dialog, session, monkeypatch, tmp_path, data, words
):
    choose_file(monkeypatch, tmp_path, data)
    dialog.choose_logo.click()
    assert words in dialog.problem.text()
    assert session.document.look().logo is None and session.undo_stack.count() == 0


def test_the_accent_is_typed_or_picked(dialog, session, qtbot, monkeypatch):
    dialog.accent.setFocus()
    dialog.accent.setText("#AA3300")
    dialog.accent.editingFinished.emit()
    assert session.document.look().accent == "#aa3300"
    monkeypatch.setattr(branding_dialog, "choose_colour", lambda *a: "#005f73")
    dialog.pick.click()
    assert session.document.look().accent == "#005f73" and dialog.accent.text() == "#005f73"
    assert session.undo_stack.count() == 2
    session.undo()
    assert session.document.look().accent == "#aa3300"
    dialog.default.click()
    assert session.document.look().accent is None


def test_a_bad_accent_is_refused_and_nothing_changes(dialog, session):
    dialog.accent.setText("red")
    dialog.accent.editingFinished.emit()
    assert "#1f6f8b" in dialog.problem.text()
    assert session.document.look().accent is None and session.undo_stack.count() == 0


def test_the_look_may_change_while_the_charter_is_in_review(qtbot, tmp_path):
    from cxcharter.sample import write_sample
    from cxcharter.store.document import CharterDocument
    from cxcharter.ui.session import CharterSession

    write_sample(tmp_path / "s.cxcharter", "en", actor="Lea")
    doc = CharterDocument.open(tmp_path / "s.cxcharter", actor="Lea")
    doc.submit_for_review()
    session = CharterSession(doc)
    try:
        assert session.frozen == "in_review"
        widget = BrandingDialog(session)
        qtbot.addWidget(widget)
        widget.accent.setText("#005f73")
        widget.accent.editingFinished.emit()
        assert doc.look().accent == "#005f73"
    finally:
        session.close()


def test_the_menu_opens_it_and_it_speaks_german(window, german, monkeypatch, tmp_path):
    from cxcharter.store.document import CharterDocument

    CharterDocument.create(tmp_path / "g.cxcharter", title="G", language="de", actor="x").close()
    window.open_path(str(tmp_path / "g.cxcharter"))
    shown = []
    monkeypatch.setattr(ask, "run_dialog", lambda d: shown.append(d) or False)
    assert window.act_branding in window.menus.charter_menu.actions()
    assert window.act_branding.isEnabled()
    window.act_branding.trigger()
    assert shown and shown[0].windowTitle() == "Erscheinungsbild"
    assert shown[0].accent.accessibleName() == "Akzentfarbe"


def test_a_look_change_does_not_reload_the_people(dialog, session, qtbot):
    with qtbot.assert_not_emitted(session.peopleChanged), qtbot.wait_signal(session.changed):
        dialog.accent.setText("#123456")
        dialog.accent.editingFinished.emit()
