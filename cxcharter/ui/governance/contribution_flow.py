"""Contribution forms in the window: "Contribution form…" for a person of the overview's
"who owes what", and File → Import Contribution….

Writing a form asks where (`ask.save_file`) and writes it (export/contribution_form.py).
Importing reads the form (pypdf), refuses what cannot be imported (another charter,
a person who is gone, imported already, a frozen charter, a value that fails a check),
then shows `ContributionDialog`: what will be applied, and each conflict with the
charter's value and the contributor's side by side and a choice per conflict. The
import is one op through the session: one audit entry, one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain import contribution as dc
from cxcharter.domain.values import Problem
from cxcharter.ops.contribution import refusal
from cxcharter.store.errors import CharterError
from cxcharter.ui import ask
from cxcharter.ui.formats import format_date
from cxcharter.ui.i18n import tr
from cxcharter.ui.messages import error_text

if TYPE_CHECKING:
    from cxcharter.ui.app.main_window import MainWindow

MESSAGE_MS = 8000


def problem_text(problem: Problem, label: str = "") -> str:
    """A refused form or a refused value, in words."""
    params = problem.params
    texts = {
        "contribution.other_charter": tr("This contribution form belongs to another charter."),
        "contribution.person_gone": tr(
            "This form was made for a person who is no longer in the charter."
        ),
        "contribution.already_imported": tr("This contribution form has been imported already."),
        "contribution.frozen": tr(
            "The charter is in review or approved; its content cannot change now."
        ),
        "text.too_long": tr("“{field}” is too long ({length} characters; at most {limit}).").format(
            field=label, length=params.get("length", "?"), limit=params.get("limit", "?")
        ),
        "field.not_number": tr("“{field}” must be a number, not “{value}”.").format(
            field=label, value=params.get("value", "")
        ),
        "field.not_finite": tr("“{field}” must be a finite number.").format(field=label),
        "field.out_of_range": tr("“{field}”: {value} is outside {low} … {high}.").format(
            field=label,
            value=params.get("value", ""),
            low=params.get("low", ""),
            high=params.get("high", ""),
        ),
        "date.invalid": tr("“{field}”: “{value}” is not a date.").format(
            field=label, value=params.get("value", "")
        ),
        "field.required": tr("“{field}” is needed.").format(field=label),
    }
    return texts.get(problem.code, tr("“{field}” cannot be stored.").format(field=label))


def field_label(f: dc.FormField, snapshot, catalog) -> str:
    """Which field: the question, or the goal's or initiative's name and the field."""
    if f.kind == "answer":
        key = str(f.target)
        return catalog.question(key).question if catalog.has_question(key) else key
    kind = "goal" if f.kind == "reading" else f.kind
    row = {r.id: r for r in snapshot.rows_of(kind)}.get(f.target)
    name = str(row.get("title" if kind == "initiative" else "objective") or "") if row else ""
    column = {
        "baseline": tr("Baseline"),
        "target": tr("Target"),
        "rationale": tr("Why it matters"),
        "description": tr("Description"),
        "value": tr("New reading: value"),
        "date": tr("New reading: date"),
        "note": tr("New reading: note"),
    }.get(f.column, f.column)
    return f"{name} – {column}" if name else column


def _shown(value: object) -> str:
    if value in (None, ""):
        return tr("(empty)")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _text_box(text: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setReadOnly(True)
    box.setAccessibleName(name)
    box.setMinimumWidth(260)
    lines = min(max(text.count("\n") + 1, 2), 6)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


def _applied(label: str, value: str) -> QWidget:
    """One field that will be applied: its name, and the new value beneath it."""
    box = QWidget()
    lines = QVBoxLayout(box)
    lines.setContentsMargins(0, 0, 0, 0)
    lines.setSpacing(1)
    name = QLabel(f"• {label}")
    shown = " ".join(value.split())
    new = QLabel(shown if len(shown) <= 240 else shown[:239].rstrip() + "…")
    for widget in (name, new):
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        lines.addWidget(widget)
    font = name.font()
    font.setBold(True)
    name.setFont(font)
    new.setContentsMargins(14, 0, 0, 0)
    new.setObjectName("hint")
    return box


def _counts(name: str, changed: int, unchanged: int, conflicts: int) -> str:
    """What the contributor changed, in words that count one and many right."""
    parts = [
        (
            tr("{name} changed one field.") if changed == 1 else tr("{name} changed {n} fields.")
        ).format(name=name, n=changed)
    ]
    if unchanged:
        parts.append(
            (
                tr("One field is unchanged.") if unchanged == 1 else tr("{k} fields are unchanged.")
            ).format(k=unchanged)
        )
    if conflicts:
        parts.append(
            (
                tr("One conflict: the charter changed there too since the form was made.")
                if conflicts == 1
                else tr("{c} conflicts: the charter changed there too since the form was made.")
            ).format(c=conflicts)
        )
    return " ".join(parts)


def _summary(plan: dc.Plan, label, name: str) -> list[QWidget]:
    """The dialog's top: counts, the fields that will be applied, those skipped."""
    out: list[QWidget] = []
    applied = plan.of("apply")
    summary = _counts(
        name, len(applied) + len(plan.readings), len(plan.of("skip")), len(plan.conflicts)
    )
    intro = QLabel(summary)
    intro.setWordWrap(True)
    out.append(intro)
    if applied or plan.readings:
        heading = QLabel(tr("Will be applied"))
        heading.setObjectName("sectionHeading")
        out.append(heading)
        for merge in applied:
            out.append(_applied(label(merge.field), _shown(merge.theirs)))
        for _goal, reading in plan.readings:
            row = QLabel(
                tr("• New reading {value} on {date}").format(
                    value=_shown(reading["value"]), date=format_date(reading["date"])
                )
            )
            out.append(row)
    gone = plan.of("gone")
    if gone:
        skipped = QLabel(
            tr("Skipped, no longer {name}'s or no longer in the charter: {fields}").format(
                name=name, fields="; ".join(label(m.field) for m in gone)
            )
        )
        skipped.setWordWrap(True)
        skipped.setTextFormat(Qt.TextFormat.PlainText)
        out.append(skipped)
    return out


class ContributionDialog(QDialog):
    """What an import applies, and a choice per conflict (charter's or contributor's)."""

    def __init__(self, plan: dc.Plan, label, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contributionDialog")
        self.setWindowTitle(tr("Import contribution of {name}").format(name=name))
        self.plan = plan
        self.choices: dict[str, QButtonGroup] = {}
        body = QWidget()
        grid = QVBoxLayout(body)
        grid.setSpacing(10)
        for widget in _summary(plan, label, name):
            grid.addWidget(widget)
        for merge in plan.conflicts:
            grid.addWidget(self._conflict(merge, label(merge.field)))
        grid.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        height = body.sizeHint().height() + buttons.sizeHint().height() + 40
        self.resize(780, max(300, min(680, height)))

    def _conflict(self, merge: dc.Merge, text: str) -> QWidget:
        box = QFrame()
        box.setObjectName("conflict")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(12)
        title = QLabel(tr("Conflict: {field}").format(field=text))
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(title, 0, 0, 1, 2)
        keep = QRadioButton(tr("Keep the charter's"))
        take = QRadioButton(tr("Take the contributor's"))
        keep.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(keep, 0)
        group.addButton(take, 1)
        self.choices[merge.field.name] = group
        grid.addWidget(keep, 1, 0)
        grid.addWidget(take, 1, 1)
        grid.addWidget(_text_box(_shown(merge.current), tr("The charter's value")), 2, 0)
        grid.addWidget(_text_box(_shown(merge.theirs), tr("The contributor's value")), 2, 1)
        return box

    def take_theirs(self, name: str, take: bool = True) -> None:
        self.choices[name].button(1 if take else 0).setChecked(True)

    def taken(self) -> set[str]:
        """The conflicts whose contributor's value is taken."""
        return {name for name, group in self.choices.items() if group.checkedId() == 1}


def export_form(window: MainWindow, person: int) -> bool:
    """Ask where, then write `person`'s contribution form. True when written."""
    session = window.session
    if session is None:
        return False
    doc = session.document
    name = doc.snapshot().person_name(person)
    title = tr("Contribution form")
    target = ask.save_file(
        window,
        tr("Contribution form for {name}").format(name=name),
        str(doc.path.with_name(f"{doc.path.stem}-{_safe(name)}.pdf")),
        ask.PDF_FILTER,
    )
    if not target:
        return False
    if not target.lower().endswith(".pdf"):
        target += ".pdf"
    from cxcharter.export.contribution_form import (  # lazy: reportlab, pypdf
        NothingOwed,
        export_contribution_form,
    )

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_contribution_form(doc, person, target)
    except NothingOwed:
        QApplication.restoreOverrideCursor()
        ask.info(window, title, tr("{name} owes nothing; no form was written.").format(name=name))
        return False
    except (CharterError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        text = error_text(exc) if isinstance(exc, CharterError) else str(exc)
        ask.error(window, tr("The contribution form was not written"), text)
        return False
    QApplication.restoreOverrideCursor()
    window.statusBar().showMessage(
        tr(
            "Contribution form for {name} written to {file}. Import the filled-in form with "
            "File → Import Contribution…."
        ).format(name=name, file=Path(target).name),
        MESSAGE_MS,
    )
    return True


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name).strip("-") or "form"


def import_contribution(window: MainWindow) -> bool:
    """Pick a returned form, show what it changes and the conflicts, apply it as one step."""
    session = window.session
    if session is None:
        return False
    doc = session.document
    title = tr("Import contribution")
    path = ask.open_file(window, tr("Import Contribution"), str(doc.path.parent), ask.PDF_FILTER)
    if not path:
        return False
    from cxcharter.export.contribution_read import (  # lazy: pypdf
        ContributionFileError,
        read_form,
    )

    session.flush()
    try:
        form = read_form(path)
    except ContributionFileError as exc:
        ask.error(
            window,
            title,
            tr("{file} is not a contribution form, or it is damaged.").format(file=Path(path).name),
            str(exc),
        )
        return False
    if (problem := refusal(doc, form)) is not None:
        ask.error(window, tr("Contribution not imported"), problem_text(problem))
        return False
    snapshot = doc.snapshot()
    plan = dc.plan(snapshot, form)
    fields = {f.name: f for f in form.fields}
    if plan.problems:
        lines = []
        for p in plan.problems:
            f = fields.get(p.field)
            lines.append(
                problem_text(p, field_label(f, snapshot, session.catalog) if f else p.field)
            )
        ask.error(
            window, tr("Contribution not imported"), "\n".join([*lines, tr("Nothing was changed.")])
        )
        return False
    name = snapshot.person_name(form.person)
    dialog = ContributionDialog(
        plan, lambda f: field_label(f, snapshot, session.catalog), name, window
    )
    if not ask.run_dialog(dialog):
        return False
    done = session.import_contribution(form, plan, dialog.taken(), name)
    if done is None:
        return False
    window.statusBar().showMessage(
        tr(
            "Contribution of {name} imported: {n} change(s). Undo takes it back in one step."
        ).format(name=name, n=done.result),
        MESSAGE_MS,
    )
    return True
