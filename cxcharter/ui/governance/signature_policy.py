"""The setting "approvals must be signed", on the Approvers tab: a check box, one undo step.

When it is on, File → Import Review… (and `cxcharter import-review`) refuses a
review copy that is not signed, signed with a certificate outside its validity
or one whose subject does not name the approver (export/review_import.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from cxcharter.ui.i18n import tr


class SignaturePolicyBox(QCheckBox):
    """The check box; follows the file (undo, another window) through governanceChanged."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(
            tr("Approvals must be signed (with a digital ID on the review copy)"), parent
        )
        self.session = session
        self.setObjectName("signaturePolicy")
        self.setToolTip(
            tr(
                "When on, an imported review copy must carry the approver's valid "
                "digital signature; unsigned copies are refused."
            )
        )
        self.refresh()
        self.toggled.connect(self._on_toggled)
        session.governanceChanged.connect(self.refresh)

    def refresh(self, *_args) -> None:
        if self.session.closed:
            return
        self.blockSignals(True)
        self.setChecked(self.session.document.signatures_required())
        self.setEnabled(not self.session.document.read_only)
        self.blockSignals(False)

    def _on_toggled(self, checked: bool) -> None:
        if checked != self.session.document.signatures_required():
            self.session.set_signatures_required(checked)
        self.refresh()

    def detach(self) -> None:
        self.session.governanceChanged.disconnect(self.refresh)
