"""LineText: edited like a line, as tall as its text needs, so a long value shows whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QWidget

from cxcharter.ui.widgets.line_text import LineText


@pytest.fixture
def edit(qtbot):
    """A LineText 200 pixels wide in a shown window."""
    host = QWidget()
    qtbot.addWidget(host)
    field = LineText(host)
    field.resize(200, 10)
    host.resize(240, 400)
    host.show()
    yield field
    host.close()


def test_enter_finishes_and_a_line_break_never_gets_in(edit, qtbot):
    finished = []
    edit.editingFinished.connect(lambda: finished.append(edit.text()))
    qtbot.keyClicks(edit, "Quarterly survey")
    assert edit.isModified()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert finished == ["Quarterly survey"] and "\n" not in edit.toPlainText()
    data = QMimeData()
    data.setText(" of\nall\r\ncustomers")
    edit.insertFromMimeData(data)
    assert edit.text() == "Quarterly survey of all customers"
    edit.setText("a\nb")
    assert edit.text() == "a b" and not edit.isModified()


def test_a_long_value_grows_the_field_instead_of_hiding(edit, qtbot):
    edit.setText("short")
    one_line = edit.height()
    edit.setText("Ticketsystem / CRM: Kalenderstunden von der Anlage bis zum Abschluss " * 3)
    qtbot.waitUntil(lambda: edit.height() > 2 * one_line)
    assert edit.verticalScrollBar().maximum() == 0  # nothing scrolled out of sight
    edit.setText("short")
    qtbot.waitUntil(lambda: edit.height() == one_line)
