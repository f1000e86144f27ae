"""Record an approver's decision on the revision in review ("recorded by X for Y").

The approvers are those of the frozen revision; who already decided on this round
cannot decide again. Recording is not undoable, so the dialog says plainly what
will be recorded, and by whom, before the user presses the button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cxcharter.catalog import Catalog
from cxcharter.store.governance import DECISIONS
from cxcharter.ui.governance.governance_texts import decision_text
from cxcharter.ui.i18n import tr
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import plain_label

# record(approver id, decision, comment, section comments, decided by) → error text or ""
Recorder = Callable[[int, str, str, dict, str], str]


class DecisionDialog(QDialog):
    def __init__(
        self,
        catalog: Catalog,
        approvers: list[tuple[int, str, bool, bool]],
        revision: str,
        actor: str,
        record: Recorder,
        parent: QWidget | None = None,
        *,
        labels: dict[int, str] | None = None,
    ) -> None:
        """`approvers`: (person id, name, required, already decided) of the frozen revision;
        `labels`: how to list each person (two of the same name told apart)."""
        super().__init__(parent)
        self.setWindowTitle(tr("Record decision"))
        self.setMinimumWidth(560)
        self.actor = actor
        self._record = record
        self._decided_edited = False

        self._build_approver(approvers, labels)
        choices = self._build_choices()
        self._build_comments()
        group = self._build_sections(catalog)

        self.recorded = plain_label(object_name="recordedBy")
        self.error = plain_label(object_name="fieldError")
        self.error.hide()

        form = self._build_form(choices)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                tr(
                    "Record the decision an approver made on {revision}. A recorded decision "
                    "cannot be undone."
                ).format(revision=revision)
            )
        )
        layout.addLayout(form)
        layout.addWidget(group, 1)
        layout.addWidget(self.recorded)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.approver.currentIndexChanged.connect(self._on_approver)
        self.decided_by.textChanged.connect(self._update)
        self.decision.buttonToggled.connect(lambda *_: self._update())
        self._on_approver()

    def _build_approver(
        self, approvers: list[tuple[int, str, bool, bool]], labels: dict[int, str] | None
    ) -> None:
        """The approvers of the revision; who has decided is listed but cannot be chosen."""
        self.approver = QComboBox()
        self.approver.setAccessibleName(tr("Approver"))
        for person_id, name, required, decided in approvers:
            shown = (labels or {}).get(person_id, name)
            label = shown if required else tr("{name} (optional)").format(name=shown)
            if decided:
                label = tr("{name} — has decided").format(name=label)
            self.approver.addItem(label, person_id)
            item = self.approver.model().item(self.approver.count() - 1)
            item.setEnabled(not decided)
            item.setData(name, Role.NAME)  # the plain name, for "decided by"
        open_rows = [i for i, a in enumerate(approvers) if not a[3]]
        if open_rows:
            self.approver.setCurrentIndex(open_rows[0])

    def _build_choices(self) -> QVBoxLayout:
        """One radio button per decision."""
        self.decision = QButtonGroup(self)
        choices = QVBoxLayout()
        choices.setSpacing(2)
        self.decision_buttons: dict[str, QRadioButton] = {}
        for code in DECISIONS:
            button = QRadioButton(decision_text(code))
            self.decision.addButton(button)
            self.decision_buttons[code] = button
            choices.addWidget(button)
        return choices

    def _build_comments(self) -> None:
        """The overall comment and who decided (the approver unless edited)."""
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(tr("What the approver said (conditions, reasons)"))
        self.comment.setAccessibleName(tr("Overall comment"))
        self.comment.setFixedHeight(72)
        self.decided_by = QLineEdit()
        self.decided_by.setAccessibleName(tr("Decided by"))
        self.decided_by.textEdited.connect(lambda: setattr(self, "_decided_edited", True))

    def _build_sections(self, catalog: Catalog) -> QGroupBox:
        """A comment field per section, in a scroll area."""
        self.section_comments: dict[str, QPlainTextEdit] = {}
        sections = QWidget()
        section_form = QFormLayout(sections)
        for section in catalog.sections:
            edit = QPlainTextEdit()
            edit.setFixedHeight(44)
            edit.setPlaceholderText(tr("Comment on this section (optional)"))
            edit.setAccessibleName(tr("Comment on {section}").format(section=section.title))
            section_form.addRow(section.title.replace("&", "&&"), edit)  # no mnemonic
            self.section_comments[section.key] = edit
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sections)
        scroll.setMinimumHeight(180)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which scroll it
        group = QGroupBox(tr("Comments per section"))
        group_box = QVBoxLayout(group)
        group_box.addWidget(
            plain_label(
                tr(
                    "When changes are requested, each comment is shown on its section until "
                    "someone marks it resolved."
                ),
                object_name="hint",
            )
        )
        group_box.addWidget(scroll)
        return group

    def _build_form(self, choices: QVBoxLayout) -> QFormLayout:
        """Approver, decision, comment, decided by; and the Record/Cancel buttons."""
        form = QFormLayout()
        form.addRow(tr("&Approver:"), self.approver)
        form.addRow(tr("Decision:"), choices)
        form.addRow(tr("&Comment:"), self.comment)
        form.addRow(tr("Decided &by:"), self.decided_by)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        return form

    def approver_name(self) -> str:
        return str(self.approver.currentData(Role.NAME) or "")

    def chosen_decision(self) -> str:
        return next(
            (code for code, button in self.decision_buttons.items() if button.isChecked()), ""
        )

    def choose(
        self,
        person_id: int,
        decision: str,
        comment: str = "",
        sections: dict[str, str] | None = None,
    ) -> None:
        """Fill the dialog in as a user would (tests and review imports use it)."""
        self.approver.setCurrentIndex(self.approver.findData(person_id))
        self.decision_buttons[decision].setChecked(True)
        self.comment.setPlainText(comment)
        for key, text in (sections or {}).items():
            self.section_comments[key].setPlainText(text)

    def _on_approver(self) -> None:
        if not self._decided_edited:
            self.decided_by.setText(self.approver_name())
        self._update()

    def _update(self) -> None:
        approver = self.approver_name()
        decided_by = self.decided_by.text().strip() or approver
        if decided_by == approver:
            text = tr("Recorded by {actor} for {approver}.")
        else:
            text = tr("Recorded by {actor} for {approver}, decided by {decided_by}.")
        self.recorded.setText(
            text.format(actor=self.actor, approver=approver, decided_by=decided_by)
        )
        item = (
            self.approver.model().item(self.approver.currentIndex())
            if self.approver.currentIndex() >= 0
            else None
        )
        ok = item is not None and item.isEnabled() and bool(self.chosen_decision())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        decision = self.chosen_decision()
        if self.approver.currentIndex() < 0 or not decision:
            self._show_error(tr("Choose an approver and a decision."))
            return
        sections = {
            key: edit.toPlainText().strip()
            for key, edit in self.section_comments.items()
            if edit.toPlainText().strip()
        }
        problem = self._record(
            int(self.approver.currentData()),
            decision,
            self.comment.toPlainText().strip(),
            sections,
            self.decided_by.text().strip() or self.approver_name(),
        )
        if problem:
            self._show_error(problem)
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
