"""The export dialog's choice of edition: the full record, or an excerpt for distribution."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui import ask
from cxcharter.ui.i18n import tr


@dataclass(frozen=True)
class ExportOptions:
    edition: str = "full"  # "full" or "distribution" (see export/pdf_doc.EDITIONS)
    omit: frozenset[str] = frozenset()  # export/pdf_doc.OPTIONAL_OMISSIONS


class ExportOptionsDialog(QDialog):
    """Full record (default) or for distribution, and what else a copy leaves out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export PDF"))
        layout = QVBoxLayout(self)
        self.full = QRadioButton(tr("&Full record: everything, as it is approved and archived"))
        self.distribution = QRadioButton(tr("For &distribution: an excerpt to hand out"))
        hint = QLabel(
            tr(
                "The excerpt leaves out the stakeholder assessments (attitude, "
                "interest and influence, what they need to know) and the work "
                "tracking; every page says it is an excerpt of this revision."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        group = QButtonGroup(self)
        group.addButton(self.full)
        group.addButton(self.distribution)
        self.full.setChecked(True)
        self.leave_out = {  # the further internal notes the lead may leave out
            "contacts": QCheckBox(tr("Also leave out the e-mail addresses")),
            "decision_log": QCheckBox(tr("Also leave out the decision log")),
            "reading_notes": QCheckBox(tr("Also leave out the notes on readings")),
        }
        layout.addWidget(self.full)
        layout.addWidget(self.distribution)
        layout.addWidget(hint)
        for box in self.leave_out.values():
            box.setEnabled(False)
            layout.addWidget(box)
        self.distribution.toggled.connect(self._toggled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _toggled(self, on: bool) -> None:
        for box in self.leave_out.values():
            box.setEnabled(on)

    def options(self) -> ExportOptions:
        if not self.distribution.isChecked():
            return ExportOptions()
        return ExportOptions(
            "distribution", frozenset(key for key, box in self.leave_out.items() if box.isChecked())
        )


def ask_export_options(parent: QWidget | None) -> ExportOptions | None:
    """The user's choice, or None when they cancelled."""
    dialog = ExportOptionsDialog(parent)
    try:
        return dialog.options() if ask.run_dialog(dialog) else None
    finally:
        dialog.deleteLater()
