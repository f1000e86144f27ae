"""Ask for a new charter's title, language and file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui import ask
from cxcharter.ui.i18n import tr
from cxcharter.ui.widgets.basics import plain_label


def file_name_for(title: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip().replace(" ", "-")
    return f"{stem[:60] or 'charter'}.cxcharter"


def default_language() -> str:
    return "de" if QLocale().language() == QLocale.Language.German else "en"


class NewCharterDialog(QDialog):
    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New charter"))
        self.setMinimumWidth(520)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("e.g. Customer Service CX Charter 2027"))
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(default_language()))
        self.language.setToolTip(tr("The language of the guidance, the questions and the PDF"))
        self.folder = QLineEdit(folder)
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        self.file_name = QLineEdit()
        self._name_edited = False
        self.file_name.textEdited.connect(lambda: setattr(self, "_name_edited", True))
        self.title.textChanged.connect(self._suggest_name)
        self.error = plain_label(object_name="fieldError")
        self.error.hide()

        form = QFormLayout()
        form.addRow(tr("&Title:"), self.title)
        form.addRow(tr("&Language:"), self.language)
        where_label = QLabel(tr("Save &in:"))
        where_label.setBuddy(self.folder)  # a row of a layout gets no buddy by itself
        form.addRow(where_label, where)
        form.addRow(tr("File &name:"), self.file_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                tr(
                    "A charter is saved as one file that you can copy or mail. Every change is "
                    "saved automatically."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._suggest_name()

    def _suggest_name(self) -> None:
        if not self._name_edited:
            self.file_name.setText(file_name_for(self.title.text()))

    def _browse(self) -> None:
        folder = ask.choose_folder(self, tr("Choose a folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def path(self) -> Path:
        name = self.file_name.text().strip()
        if not name.endswith(".cxcharter"):
            name += ".cxcharter"
        return Path(self.folder.text().strip()).expanduser() / name

    def problem(self) -> str:
        if not self.title.text().strip():
            return tr("Please give the charter a title.")
        folder = Path(self.folder.text().strip()).expanduser()
        if not folder.is_dir():
            return tr("The folder does not exist.")
        if self.path().exists():
            return tr("A file of that name already exists in the folder.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()
