"""The approval panel: where the charter stands, what to do next, and the readiness checklist.

A dock beside the workspace. The top says which revision this is, its state and
whether the approval still holds; the buttons are the window's workflow actions;
the list shows every blocker and warning of the readiness check, blockers first.
Activating an entry asks the window to jump to its place.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.catalog import Catalog
from cxcharter.domain.readiness import Finding
from cxcharter.ui.governance.governance_monitor import GovernanceMonitor
from cxcharter.ui.governance.governance_texts import finding_text, section_title, state_text
from cxcharter.ui.i18n import tr
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.colors import semantic
from cxcharter.ui.widgets.fields import format_number

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class FindingsModel(QAbstractListModel):
    """The readiness findings, blockers first, each worded with where it points."""

    def __init__(self, catalog: Catalog, parent=None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        ordered = [f for f in findings if f.blocker] + [f for f in findings if not f.blocker]
        if ordered == self.findings:
            return
        self.beginResetModel()
        self.findings = ordered
        self.endResetModel()

    def reword(self) -> None:
        """The same findings in the new UI language."""
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = tr("Blocker") if finding.blocker else tr("Warning")
            where = section_title(finding.place.section, self.catalog)
            head = f"{mark} · {where}" if where else mark
            return f"{head}\n{finding_text(finding, self.catalog)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index).replace("\n", ": ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Double-click or press Enter to go there")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(semantic("error" if finding.blocker else "warning"))
        if role == Role.FINDING:
            return finding
        return None


class ReadinessPanel(QDockWidget):
    jumpRequested = Signal(object)  # a Finding

    def __init__(
        self, monitor: GovernanceMonitor, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalPanel")
        self.monitor = monitor
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        body = QWidget()
        body.setObjectName("pageBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(6)
        self.state_label = plain_label(object_name="approvalState")
        self.state_label.setFont(section_font(self.state_label))
        self.holds_label = plain_label(object_name="approvalHolds")
        self.awaiting_label = plain_label(object_name="hint")
        layout.addWidget(self.state_label)
        layout.addWidget(self.holds_label)
        layout.addWidget(self.awaiting_label)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.buttons: list[QToolButton] = []
        for number, action in enumerate(actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(
                button.sizePolicy().horizontalPolicy().Expanding,
                button.sizePolicy().verticalPolicy(),
            )
            grid.addWidget(button, number // 2, number % 2)
            self.buttons.append(button)
        layout.addLayout(grid)
        self.summary = plain_label(object_name="readinessSummary")
        self.summary.setFont(section_font(self.summary, 1.0))
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        self.model = FindingsModel(monitor.session.catalog, self)
        self.list = QListView()
        self.list.setObjectName("readinessList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setUniformItemSizes(False)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._on_activated)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.setMinimumWidth(300)
        monitor.stateChanged.connect(self.refresh)
        monitor.findingsChanged.connect(self.refresh)
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(340, 600)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Approval"))
        self.list.setAccessibleName(tr("Readiness check"))
        self.model.reword()
        self.refresh()

    def refresh(self) -> None:
        monitor = self.monitor
        if monitor.session.closed:
            return
        state = monitor.state
        self.state_label.setText(
            tr("Revision {n} · {state}").format(n=state.revision, state=state_text(state.state))
        )
        self.holds_label.setText(holds_text(monitor))
        doc = monitor.session.document
        if state.state == "in_review" and state.awaiting:
            frozen = doc.open_revision(state.review.number, state.review.round).snapshot
            names = ", ".join(frozen.person_name(p) for p in state.awaiting)
            self.awaiting_label.setText(tr("Awaiting the decision of: {names}").format(names=names))
        else:
            self.awaiting_label.setText("")
        self.awaiting_label.setVisible(bool(self.awaiting_label.text()))
        self.model.set_findings(monitor.findings)
        self.summary.setText(summary_text(monitor.findings, state.state))

    def _on_activated(self, index: QModelIndex) -> None:
        finding = index.data(Role.FINDING)
        if finding is not None:
            self.jumpRequested.emit(finding)


def summary_text(findings: list[Finding], state: str = "draft") -> str:
    """What the checklist means in this state: only a draft can be readied for review."""
    blockers = sum(1 for f in findings if f.blocker)
    warnings = len(findings) - blockers
    if state == "in_review":
        return tr(
            "In review: the content is frozen while the approvers decide. The "
            "checklist shows what the check found in it."
        )
    if state == "approved":
        return tr("Approved: the content cannot change. Start a new revision to edit it.")
    if not findings:
        return tr("Ready for review: the readiness check finds nothing.")
    counts = ", ".join(
        (
            tr("1 blocker")
            if blockers == 1
            else tr("{n} blockers").format(n=format_number(blockers)),
            tr("1 warning")
            if warnings == 1
            else tr("{n} warnings").format(n=format_number(warnings)),
        )
    )
    if blockers:
        return tr("{counts}: not ready for review yet.").format(counts=counts)
    return tr("{counts}: ready for review.").format(counts=counts)


def holds_text(monitor: GovernanceMonitor) -> str:
    """Whether the newest approval still holds for the content shown."""
    state = monitor.state
    if state.approved is None:
        return tr("Not approved yet.")
    number = state.approved.number
    if monitor.holds is None:
        return tr("Revision {n} was approved; checking whether the approval holds…").format(
            n=number
        )
    if monitor.holds:
        return tr(
            "The approval of revision {n} holds: the content is exactly what was approved."
        ).format(n=number)
    return tr(
        "Changed since the approval of revision {n}: the approval does not cover this content."
    ).format(n=number)
