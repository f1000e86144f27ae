"""Cell editors chosen by field type: choices, people, rows, dates, numbers, text; a
one-line editor or chooser grows past its cell until its text shows whole."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QRegularExpression, Qt
from PySide6.QtGui import QDoubleValidator, QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QStyledItemDelegate, QWidget

from cxcharter.domain.entities import KINDS, Field
from cxcharter.ops.people import Reference
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.people.new_person import offer_new_person
from cxcharter.ui.tables.fitting import text_room
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.fields import DateField, PersonCombo, format_number
from cxcharter.ui.widgets.labels import choice_label


def parse_number(text: str, f: Field) -> float | int | None:
    """Locale-aware number from an editor; None for empty, ValueError for junk."""
    text = text.strip()
    if not text:
        return None
    locale = QLocale()
    value, ok = locale.toDouble(text)
    if not ok:
        value, ok = QLocale.c().toDouble(text.replace(",", "."))
    if not ok or not math.isfinite(value):  # "inf" and "nan" parse, but are no value
        raise ValueError(text)
    return int(value) if f.type == "int" else value


def widen_to_text(editor: QWidget) -> None:
    """A cell editor narrower than its text grows to the right (to the left where the
    table ends), never wider than the visible table: the text shows whole."""
    room = text_room(editor)
    area = editor.parentWidget()
    if room is None or area is None:
        return
    text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
    wanted = editor.width() - room + editor.fontMetrics().horizontalAdvance(text) + 2
    if wanted <= editor.width():
        return
    rect = editor.geometry()
    rect.setWidth(min(wanted, area.width()))
    rect.moveLeft(max(0, min(rect.left(), area.width() - rect.width())))
    editor.setGeometry(rect)


class RowDelegate(QStyledItemDelegate):
    """Editors for RowTableModel cells (the model hands each cell's Field via Role.FIELD)."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session

    def createEditor(self, parent, option, index):
        f: Field | None = index.data(Role.FIELD)
        if f is None:
            return super().createEditor(parent, option, index)
        if f.type == "enum":
            combo = QComboBox(parent)
            if not f.required:
                combo.addItem("—", None)
            for choice in f.choices:
                combo.addItem(choice_label(choice), choice)
            return combo
        if f.type == "ref" and f.ref == "person":
            combo = PersonCombo(tr("— nobody —"), parent)
            ref = self._reference(index, f)
            if ref is not None:
                offer_new_person(combo, self.session, ref)
            combo.set_people(self.session.document.people(), None)
            return combo
        if f.type == "ref":
            combo = QComboBox(parent)
            combo.addItem("—", None)
            label = KINDS[f.ref].fields[0].name
            for row in self.session.document.rows(f.ref):
                combo.addItem(str(row.get(label, "")), row.id)
            return combo
        if f.type == "date":
            return DateField(parent)
        if f.type == "text":
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            return editor
        editor = QLineEdit(parent)
        if f.type == "real":
            editor.setValidator(QDoubleValidator(editor))
        elif f.type == "int":
            editor.setValidator(QIntValidator(editor))
        elif f.type == "quarter":
            editor.setValidator(
                QRegularExpressionValidator(QRegularExpression(r"^\d{0,4}(-Q?[1-4]?)?$"), editor)
            )
            editor.setPlaceholderText("2027-Q1")
        return editor

    @staticmethod
    def _reference(index, f: Field) -> Reference | None:
        """Where “New person…” chooses the new person: this row's field (through proxies)."""
        model = index.model()
        while hasattr(model, "mapToSource"):
            index = model.mapToSource(index)
            model = index.model()
        if not hasattr(model, "row_at") or not hasattr(model, "kind"):
            return None
        return Reference(model.kind.name, model.row_at(index.row()).id, f.name)

    def updateEditorGeometry(self, editor, option, index) -> None:
        super().updateEditorGeometry(editor, option, index)
        widen_to_text(editor)

    def setEditorData(self, editor, index) -> None:
        self._set_editor_data(editor, index)
        widen_to_text(editor)

    def _set_editor_data(self, editor, index) -> None:
        f: Field | None = index.data(Role.FIELD)
        value = index.data(Qt.ItemDataRole.EditRole)
        if f is None:
            return super().setEditorData(editor, index)
        if isinstance(editor, PersonCombo):
            editor.set_person(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, DateField):
            editor.set_iso(value)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QLineEdit):
            if f.type in ("real", "int") and value is not None:
                editor.setText(format_number(value).replace("\u00a0", ""))
            else:
                editor.setText("" if value is None else str(value))

    def setModelData(self, editor, model, index) -> None:
        f: Field | None = index.data(Role.FIELD)
        if f is None:
            return super().setModelData(editor, model, index)
        if isinstance(editor, PersonCombo):
            value = editor.person_id()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, DateField):
            value = editor.iso()
        elif isinstance(editor, QPlainTextEdit):
            value = editor.toPlainText()
        else:
            text = editor.text()
            if f.type in ("real", "int"):
                try:
                    value = parse_number(text.replace(QLocale().groupSeparator(), ""), f)
                except ValueError:
                    return
            else:
                value = text.strip() if f.type == "quarter" else text
        model.setData(index, value, Qt.ItemDataRole.EditRole)
