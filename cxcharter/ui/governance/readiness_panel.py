"""The approval panel: what to do next, where the charter stands, and the checklist.

A dock beside the workspace. Its first line says, for a draft, the one concrete
thing to do next; then which revision this is, its state and whether the approval
still holds; the buttons are the window's workflow actions; the list is the way to
review as a checklist, section by section, done ticked and open neutral (red only
once Submit was tried or only the rules' blockers remain). Activating an entry
asks the window to jump to its place.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain import checklist
from cxcharter.domain.readiness import Finding
from cxcharter.ui.governance.checklist_model import (
    ChecklistModel,
    WrappingDelegate,
)
from cxcharter.ui.governance.checklist_texts import count_text, next_text, sections_text
from cxcharter.ui.governance.governance_monitor import GovernanceMonitor
from cxcharter.ui.governance.governance_texts import paused_text, state_text
from cxcharter.ui.i18n import tr
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.fields import format_number

__all__ = ["ReadinessPanel", "summary_text"]


class ReadinessPanel(QDockWidget):
    jumpRequested = Signal(object)  # something with a `place`: a Finding, a checklist Item

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
        self.next_label = plain_label(object_name="nextStep")
        self.next_label.setFont(section_font(self.next_label))
        layout.addWidget(self.next_label)
        self.state_label = plain_label(object_name="approvalState")
        self.state_label.setFont(section_font(self.state_label))
        self.holds_label = plain_label(object_name="approvalHolds")
        self.awaiting_label = plain_label(object_name="hint")
        layout.addWidget(self.state_label)
        layout.addWidget(self.holds_label)
        layout.addWidget(self.awaiting_label)
        layout.addLayout(self._button_grid(actions))
        self.summary = plain_label(object_name="readinessSummary")
        self.summary.setFont(section_font(self.summary, 1.0))
        self.sections_label = plain_label(object_name="hint")
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.sections_label)
        self.tried_submit = False  # open items show as blockers once Submit was tried
        self.model = ChecklistModel(monitor.session.catalog, self)
        self.list = self._make_list()
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.setMinimumWidth(300)
        monitor.stateChanged.connect(self.refresh)
        monitor.findingsChanged.connect(self.refresh)
        self.retranslate()

    def _button_grid(self, actions: list[QAction]) -> QGridLayout:
        """The workflow actions as buttons, two a row."""
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
        return grid

    def _make_list(self) -> QListView:
        """The checklist: wrapped entries; activating one jumps to its place."""
        view = QListView()
        view.setObjectName("readinessList")
        view.setModel(self.model)
        view.setWordWrap(True)
        view.setSpacing(3)
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when the dock resizes
        # A long checklist (thousands of entries) is laid out a batch per turn of the
        # event loop: the panel shows its first entries at once and stays responsive.
        view.setLayoutMode(QListView.LayoutMode.Batched)
        view.setItemDelegate(WrappingDelegate(view))  # wrapped, never "…"
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        view.activated.connect(self._on_activated)
        return view

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
        draft = monitor.tracking and monitor.checked
        catalog = monitor.session.catalog
        items = monitor.items  # as far as they count in this state (domain/tracking.py)
        self.next_label.setText(
            next_text(checklist.next_item(items), catalog) if draft and items else ""
        )
        self.next_label.setVisible(bool(self.next_label.text()))
        if monitor.tracking:
            self.sections_label.setText(sections_text(items, catalog) if draft else "")
        else:
            self.sections_label.setText(paused_text(state.state))
        self.sections_label.setVisible(bool(self.sections_label.text()))
        self.model.set_checklist(items, monitor.findings, self.escalated())
        self.summary.setText(summary_text(monitor.findings, state.state, items))

    def escalated(self) -> bool:
        """Open items read as blockers: Submit was tried, or only the rules' blockers remain."""
        return self.tried_submit or checklist.content_written(self.monitor.items)

    def submit_tried(self) -> None:
        self.tried_submit = True
        self.refresh()

    def _on_activated(self, index: QModelIndex) -> None:
        target = self.model.place_at(index.row())
        if target is not None:
            self.jumpRequested.emit(target)


def summary_text(
    findings: list[Finding], state: str = "draft", items: list[checklist.Item] | None = None
) -> str:
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
    if items and blockers:
        done = sum(1 for item in items if item.done)
        return tr("On the way to review: {count}.").format(count=count_text(done, len(items)))
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
