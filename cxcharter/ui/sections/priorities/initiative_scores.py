"""The selected initiative's score and plan: every input of the charter's method (for the
weighted method, the points per criterion), its quarter, journey phase and touchpoint.

The ranked table is an overview that shows at most two inputs; this form is where the
whole score of one initiative is edited. Typed numbers are checked against their scale
the same way as in the table's cells (`read_input`).
"""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain.entities import JOURNEY_PHASES, KINDS, MOSCOW, Field
from cxcharter.domain.scoring import INPUTS
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.priorities.priority_hub import MISSING_TINT, SCORE_FIELD, PriorityHub
from cxcharter.ui.sections.priorities.priority_texts import input_title, score_formula
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.row_delegate import parse_number
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.fields import format_number
from cxcharter.ui.widgets.labels import choice_label

QUARTER_INPUT = re.compile(r"^\s*(\d{4})\s*[-/ ]?\s*Q?\s*([1-4])\s*$", re.IGNORECASE)
FIELDS = KINDS["initiative"]
SCALES = {"reach": "≥ 0", "confidence": "0–100 %"}  # the others run 1–10
FIELD_WIDTH = 72


def normalise_quarter(text: str) -> str | None:
    """'2027-Q3', '2027 q3', '2027-3' → '2027-Q3'; None when it is not a quarter."""
    match = QUARTER_INPUT.match(text)
    return f"{match.group(1)}-Q{match.group(2)}" if match else None


def read_input(f: Field, text: str, title: str) -> tuple[bool, object, str]:
    """(ok, value, refusal): a typed number inside its scale, or a quarter; empty is None.
    When it is refused, the sentence says why and that nothing was saved."""
    text = text.strip()
    if f.type == "quarter":
        value = normalise_quarter(text) if text else None
        if text and value is None:
            return (
                False,
                None,
                tr("{field}: write a quarter like 2027-Q3; “{text}” was not saved.").format(
                    field=title, text=text
                ),
            )
        return True, value, ""
    try:
        number = parse_number(text.replace(QLocale().groupSeparator(), ""), f)
    except ValueError:
        return (
            False,
            None,
            tr("{field}: “{text}” is not a number and was not saved.").format(
                field=title, text=text
            ),
        )
    if number is not None and (
        (f.low is not None and number < f.low) or (f.high is not None and number > f.high)
    ):
        if f.high is None:
            sentence = tr("{field} must be at least {low}; {value} was not saved.")
        else:
            sentence = tr("{field} runs from {low} to {high}; {value} was not saved.")
        return (
            False,
            None,
            sentence.format(
                field=title,
                low=format_number(f.low or 0),
                high=format_number(f.high or 0),
                value=format_number(number),
            ),
        )
    return True, number, ""


class ScoreForm(QWidget):
    """Every input of the method, the quarter, phase and touchpoint of the selected
    initiative."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hub = PriorityHub.of(session)
        self.initiative_id: int | None = None
        self.fields: dict[str, QWidget] = {}  # input key (or "criterion:<id>") → its editor
        self._spec: tuple = ()
        self.inputs = QWidget()  # one per set of inputs, replaced when the method changes
        self.quarter = QLineEdit()
        self.quarter.setAccessibleName(tr("Quarter"))
        self.quarter.setPlaceholderText("2027-Q3")
        self.quarter.setFixedWidth(FIELD_WIDTH + 16)
        self.quarter.editingFinished.connect(lambda: self._typed("quarter", self.quarter))
        self.phase = QComboBox()
        self.phase.setAccessibleName(tr("Journey phase"))
        self.phase.addItem("—", None)
        for phase in JOURNEY_PHASES:
            self.phase.addItem(choice_label(phase), phase)
        self.phase.activated.connect(lambda: self._save("phase", self.phase.currentData()))
        self.touchpoint = QComboBox()  # as wide as the tab: touchpoint names run long
        self.touchpoint.setAccessibleName(tr("Touchpoint"))
        self.touchpoint.setMinimumContentsLength(16)
        self.touchpoint.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.touchpoint.activated.connect(
            lambda: self._save("touchpoint", self.touchpoint.currentData())
        )
        self.formula = plain_label(object_name="hint")
        self.message = plain_label(object_name="fieldError")
        self.message.setVisible(False)
        self._layout()
        self.hub.rankingChanged.connect(self.refresh)
        self.hub.currentChanged.connect(self.set_initiative)
        self.set_initiative(self.hub.current)

    def _layout(self) -> None:
        plan = QFormLayout()
        plan.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        plan.addRow(self._label(tr("&Quarter:"), self.quarter), self.quarter)
        plan.addRow(self._label(tr("P&hase:"), self.phase), self.phase)
        plan.setVerticalSpacing(6)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self.inputs, 0, Qt.AlignmentFlag.AlignTop)
        columns.addLayout(plan)
        columns.addStretch(1)
        self.columns = columns
        where = QHBoxLayout()
        where.addWidget(self._label(tr("Tou&chpoint:"), self.touchpoint))
        where.addWidget(self.touchpoint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(columns)
        layout.addLayout(where)
        layout.addWidget(self.formula)
        layout.addWidget(self.message)
        layout.addStretch(1)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # ------------------------------------------------------------ the method's inputs
    def _wanted(self) -> tuple:
        method = self.hub.method
        if method == "weighted":
            return (method, tuple((c.id, str(c.get("name") or "")) for c in self.hub.criteria))
        return (method, ())

    def _build_inputs(self) -> None:
        """One row per input of the method (or per criterion), rebuilt when they change."""
        spec = self._wanted()
        if spec == self._spec:
            return
        self._spec = spec
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.fields = {}
        method, criteria = spec
        if method == "weighted":
            rows = [(f"criterion:{cid}", name, "1–5") for cid, name in criteria]
        else:
            rows = [(key, input_title(key), SCALES.get(key, "1–10")) for key in INPUTS[method]]
        for key, title, scale in rows:
            editor = self._editor(key, title)
            line = QHBoxLayout()
            line.addWidget(editor)
            if key != "moscow":
                line.addWidget(plain_label(scale, object_name="hint", wrap=False))
            form.addRow(self._label(f"{title}:", editor), line)
            self.fields[key] = editor
        self.columns.replaceWidget(self.inputs, box)
        self.inputs.hide()
        self.inputs.deleteLater()  # (QFormLayout.removeRow upsets the bindings' wrappers)
        self.inputs = box
        chain = [*self.fields.values(), self.quarter, self.phase, self.touchpoint]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)  # the inputs first, as they read

    def _editor(self, key: str, title: str) -> QWidget:
        if key == "moscow":
            combo = QComboBox()
            combo.addItem("—", None)
            for choice in MOSCOW:
                combo.addItem(choice_label(choice), choice)
            combo.activated.connect(lambda: self._save("moscow", combo.currentData()))
            combo.setAccessibleName(title)
            return combo
        edit = QLineEdit()
        edit.setAccessibleName(title)
        edit.setFixedWidth(FIELD_WIDTH)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.editingFinished.connect(lambda: self._typed(key, edit))
        return edit

    # ------------------------------------------------------------ sync
    def set_initiative(self, initiative_id: int | None) -> None:
        if initiative_id != self.initiative_id:
            self.initiative_id = initiative_id
            self.message.setVisible(False)
        self.refresh()

    def row(self):
        return self.hub.by_id.get(self.initiative_id) if self.initiative_id else None

    def value(self, key: str):
        row = self.row()
        if row is None:
            return None
        if key.startswith("criterion:"):
            return self.hub.criterion_score(row.id, int(key.split(":")[1]))
        return row.get(key)

    def refresh(self) -> None:
        if self.session.closed:
            return
        self._build_inputs()
        row = self.row()
        editable = row is not None and not self.session.read_only
        for key, editor in [*self.fields.items(), ("quarter", self.quarter)]:
            editor.setEnabled(editable)
            value = self.value(key)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif not (editor.hasFocus() and editor.isModified()):
                if key == "quarter" or value is None:
                    editor.setText(str(value or ""))
                else:
                    editor.setText(format_number(value))
        self.phase.setEnabled(editable)
        self.phase.setCurrentIndex(max(self.phase.findData(self.value("phase")), 0))
        self.touchpoint.setEnabled(editable)
        self._fill_touchpoints(self.value("touchpoint"))
        ranked = self.hub.ranked(row.id) if row is not None else None
        self.formula.setText(score_formula(self.hub.method, row, ranked.score) if ranked else "")
        self._mark_missing(ranked.score.problem if ranked else None)

    def _mark_missing(self, problem) -> None:
        """The inputs the score still needs: tinted, with a tooltip (as in the table)."""
        missing: set[str] = set()
        if problem is not None and problem.code == "score.missing":
            missing = set(problem.params.get("fields", ()))
        elif problem is not None and problem.code == "score.missing_criteria":
            missing = {k for k in self.fields if k.startswith("criterion:")}
            missing = {k for k in missing if self.value(k) is None}
        for key, editor in self.fields.items():
            palette = QPalette(self.palette())
            if key in missing:
                base = palette.color(QPalette.ColorRole.Base)
                share = MISSING_TINT.alphaF()
                mixed = [
                    round((1 - share) * b + share * t)
                    for b, t in zip(base.toTuple()[:3], MISSING_TINT.toTuple()[:3], strict=True)
                ]
                palette.setColor(QPalette.ColorRole.Base, QColor(*mixed))
            editor.setPalette(palette)
            editor.setToolTip(tr("Needed for the score") if key in missing else "")

    def _fill_touchpoints(self, wanted) -> None:
        items = [(None, "—")] + [(t.id, str(t.get("name") or "")) for t in self.hub.touchpoints]
        combo = self.touchpoint
        if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] != items:
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(wanted), 0))

    # ------------------------------------------------------------ saving
    def _typed(self, key: str, edit: QLineEdit) -> None:
        if not edit.isModified() or self.row() is None:
            return
        edit.setModified(False)
        f = SCORE_FIELD if key.startswith("criterion:") else FIELDS.field(key)
        ok, value, refusal = read_input(f, edit.text(), edit.accessibleName())
        self.message.setText(refusal)
        self.message.setVisible(not ok)
        if ok:
            self._save(key, value)
        self.refresh()

    def _save(self, key: str, value) -> bool:
        row = self.row()
        if row is None or self.session.read_only or self.value(key) == value:
            return False
        if key.startswith("criterion:"):
            match = {"initiative": row.id, "criterion": int(key.split(":")[1])}
            data = None if value is None else {"score": value}
            return self.session.set_link("criterion_score", match, data)
        return self.session.update_row("initiative", row.id, **{key: value})

    def detach(self) -> None:
        self.hub.rankingChanged.disconnect(self.refresh)
        self.hub.currentChanged.disconnect(self.set_initiative)
