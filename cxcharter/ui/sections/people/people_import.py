"""Import people from a CSV file: choose, preview every row's verdict, then confirm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain.people_csv import CsvResult, parse_people
from cxcharter.domain.values import Problem
from cxcharter.store.errors import classify_os
from cxcharter.ui.i18n import tr
from cxcharter.ui.messages import error_text
from cxcharter.ui.session import CharterSession
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.colors import semantic

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
MAX_FILE = 20 * 1024 * 1024


def problem_text(problem: Problem) -> str:
    texts = {
        "csv.binary": tr("The file is not a CSV text file."),
        "csv.empty": tr("The file is empty."),
        "csv.unreadable": tr("The file cannot be read: {detail}"),
        "csv.no_name_column": tr("The file has no column for the name. Its columns: {header}"),
        "csv.too_many_rows": tr("The file has more than {limit} rows; only those were read."),
        "csv.broken": tr("The CSV breaks at line {line}."),
        "csv.bad_email": tr("“{value}” is not an e-mail address."),
        "csv.duplicate_email": tr("“{value}” is already in the list."),
        "person.name_missing": tr("The name is missing."),
        "text.too_long": tr("The {field} is too long."),
        "text.nul": tr("The {field} contains a NUL character."),
    }
    template = texts.get(problem.code, problem.code)
    return template.format(field=problem.field, **problem.params)


class PreviewModel(QAbstractTableModel):
    COLUMNS = ("line", "name", "email", "department", "role", "verdict")

    def __init__(self, result: CsvResult, parent=None) -> None:
        super().__init__(parent)
        self.result = result

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.result.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (tr("Line"), tr("Name"), tr("E-mail"), tr("Department"), tr("Role"), tr("Import?"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.result.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "line":
                return str(row.line)
            if column == "verdict":
                return tr("Yes") if row.ok else problem_text(row.problem)
            return row.fields.get(column, "")
        if role == Qt.ItemDataRole.ForegroundRole and column == "verdict" and not row.ok:
            return QBrush(semantic("error"))
        return None


class PeopleImportDialog(QDialog):
    """Shows what a CSV file would add; imports only on confirmation (one undo step)."""

    def __init__(self, session: CharterSession, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Import people"))
        self.resize(860, 480)
        existing = {p.email for p in session.document.people()}
        self.result = self._read(Path(path), existing)
        self.model = PreviewModel(self.result, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Rows of the file"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        count = len(self.result.importable)
        skipped = len(self.result.rows) - count
        if self.result.problem is not None and not self.result.rows:
            summary = problem_text(self.result.problem)
        else:
            summary = tr("To be added: {count}. Skipped rows: {skipped}.").format(
                count=count, skipped=skipped
            )
            if self.result.problem is not None:
                summary += " " + problem_text(self.result.problem)
        self.summary = plain_label(summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            tr("Import people ({count})").format(count=count),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(count > 0 and not session.read_only)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("File: {path}").format(path=path)))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    @staticmethod
    def _read(path: Path, existing: set[str]) -> CsvResult:
        try:
            if path.stat().st_size > MAX_FILE:
                return CsvResult(problem=Problem("csv.too_many_rows", "", {"limit": "10,000"}))
            return parse_people(path.read_bytes(), existing)
        except OSError as exc:
            known = classify_os(exc, str(path))  # worded in the UI's language, not the OS's
            detail = error_text(known) if known is not None else (exc.strerror or "")
            return CsvResult(problem=Problem("csv.unreadable", "", {"detail": detail}))

    def accept(self) -> None:
        records = self.result.importable
        if records and self.session.import_people(records):
            super().accept()
