"""Every modal question the app asks, in one place that tests can replace.

Tests swap these functions (see tests/conftest.py); no test ever meets a real
modal dialog. Production code calls them as `ask.confirm(...)` etc.

The dialog classes are imported when a question is first asked: the window imports
this module before its first paint, and importing a Qt class builds its Python enums
(a few milliseconds for these four).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

CHARTER_FILTER = "CX Charter (*.cxcharter)"
PDF_FILTER = "PDF (*.pdf)"


def _box(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
) -> QMessageBox:
    """A message box that never reads names or file paths as rich text."""
    from PySide6.QtCore import Qt  # lazy: see the module's docstring
    from PySide6.QtWidgets import QMessageBox  # lazy: see the module's docstring

    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    from PySide6.QtWidgets import QMessageBox  # lazy: see the module's docstring

    box = _box(QMessageBox.Icon.Warning, parent, title, text, QMessageBox.StandardButton.Ok)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # lazy: see the module's docstring

    _box(QMessageBox.Icon.Information, parent, title, text, QMessageBox.StandardButton.Ok).exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox  # lazy: see the module's docstring

    box = _box(
        QMessageBox.Icon.Question,
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return box.exec() == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
    """Let the user pick one of `options` (button labels); -1 for cancel."""
    from PySide6.QtWidgets import QMessageBox  # lazy: see the module's docstring

    box = _box(QMessageBox.Icon.Question, parent, title, text, QMessageBox.StandardButton.Cancel)
    buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in options]
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


def text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit  # lazy: see the module's docstring

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
    return value if ok else None


def open_file(
    parent: QWidget | None, caption: str, folder: str = "", filter_: str = CHARTER_FILTER
) -> str:
    from PySide6.QtWidgets import QFileDialog  # lazy: see the module's docstring

    path, _ = QFileDialog.getOpenFileName(parent, caption, folder, filter_)
    return path


def save_file(
    parent: QWidget | None, caption: str, suggested: str = "", filter_: str = CHARTER_FILTER
) -> str:
    from PySide6.QtWidgets import QFileDialog  # lazy: see the module's docstring

    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filter_)
    return path


def choose_folder(parent: QWidget | None, caption: str, folder: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog  # lazy: see the module's docstring

    return QFileDialog.getExistingDirectory(parent, caption, folder)


def run_dialog(dialog) -> bool:
    """exec() a dialog of ours; tests replace this to drive the dialog instead."""
    return bool(dialog.exec())
