"""The approval workflow in the window: submit, withdraw, decisions, new revisions, history.

One `Workflow` per open charter. It owns the approval panel (a dock), the badge
in the status bar that always says which revision and state you look at, and
the window's workflow actions' enabled state. Decisions and governance steps
are not undoable; submitting clears the undo stack, so no content undo crosses
a frozen boundary. When the charter becomes read-only (in review, approved) or
editable again, the window rebuilds its workspace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
)

from cxcharter.domain import checklist
from cxcharter.domain.review_form import approver_labels
from cxcharter.store.errors import CharterError, NotReady, WorkflowError
from cxcharter.ui import ask
from cxcharter.ui.app.jump import jump_to
from cxcharter.ui.app.menus import WORKFLOW_ACTIONS
from cxcharter.ui.formats import format_number
from cxcharter.ui.governance.checklist_texts import count_text, next_text
from cxcharter.ui.governance.governance_monitor import GovernanceMonitor
from cxcharter.ui.governance.governance_texts import (
    finding_text,
    section_title,
    state_text,
    workflow_text,
)
from cxcharter.ui.governance.readiness_panel import ReadinessPanel
from cxcharter.ui.i18n import tr
from cxcharter.ui.messages import error_text, listed
from cxcharter.ui.session import CharterSession

if TYPE_CHECKING:
    from cxcharter.ui.app.main_window import MainWindow

ACTIONS = WORKFLOW_ACTIONS
MESSAGE_MS = 8000


class Workflow(QObject):
    def __init__(self, window: MainWindow, session: CharterSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.monitor = GovernanceMonitor(session, self)
        self.actions = {name: getattr(window, f"act_{name}") for name in ACTIONS}
        self.panel = ReadinessPanel(self.monitor, [self.actions[n] for n in ACTIONS], window)
        self.panel.jumpRequested.connect(self.jump)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.visibilityChanged.connect(window.act_readiness.setChecked)
        self.badge = QToolButton()
        self.badge.setObjectName("governanceBadge")
        self.badge.setAutoRaise(True)
        self.badge.clicked.connect(self.show_panel)
        window.statusBar().insertPermanentWidget(0, self.badge)
        self._read_only = session.read_only
        self._declined = False  # the user said no to a new revision: ask once per state
        self.monitor.stateChanged.connect(self._on_state)
        self.monitor.findingsChanged.connect(self.update)
        self._filtering = False
        self._submit_tip = self.actions["submit"].toolTip()  # the menu's words
        self._watch_edits()
        self.update()

    # ------------------------------------------------------------ showing
    def update(self) -> None:
        """Actions enabled for the state; the badge's words."""
        if self.session.closed:
            return
        state = self.monitor.state
        writable = not self.session.document.read_only
        blockers = len(self.monitor.blockers)
        submit = self.actions["submit"]
        submit.setEnabled(writable and state.state == "draft" and not blockers)
        tip = (
            submit_blocked_text(blockers, self.monitor.items, self.session.catalog)
            if state.state == "draft" and blockers
            else self._submit_tip
        )
        submit.setToolTip(tip)
        submit.setStatusTip(tip)
        self.actions["withdraw"].setEnabled(writable and state.state == "in_review")
        self.actions["decide"].setEnabled(writable and state.state == "in_review")
        self.actions["revision"].setEnabled(writable and state.state == "approved")
        self.actions["history"].setEnabled(True)
        self.badge.setText(self.badge_text())
        self.badge.setToolTip(tr("Show the approval panel: readiness check and workflow"))

    def badge_text(self) -> str:
        monitor = self.monitor
        state = monitor.state
        parts = [tr("Revision {n}").format(n=state.revision), state_text(state.state)]
        if monitor.tracking:  # the count of open items: only a draft's work is tracked
            if monitor.blockers:
                done = sum(1 for item in monitor.items if item.done)
                parts.append(count_text(done, len(monitor.items)))
            elif monitor.checked:
                parts.append(tr("ready for review"))
            if state.approved is not None and monitor.holds is not None:
                parts.append(
                    tr("approval of revision {n} holds").format(n=state.approved.number)
                    if monitor.holds
                    else tr("changed since the approval of revision {n}").format(
                        n=state.approved.number
                    )
                )
        elif state.state == "in_review" and state.awaiting:
            parts.append(
                tr("awaiting {n} decisions").format(n=len(state.awaiting))
                if len(state.awaiting) != 1
                else tr("awaiting 1 decision")
            )
        elif state.state == "approved" and monitor.holds is not None:
            parts.append(tr("approval holds") if monitor.holds else tr("approval does not hold"))
        return " · ".join(parts)

    def _watch_edits(self) -> None:
        """Only an approved charter watches for edit attempts (a filter sees every event)."""
        wanted = self.session.frozen == "approved"
        if wanted != self._filtering:
            app = QApplication.instance()
            if wanted:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)
            self._filtering = wanted

    def _on_state(self) -> None:
        self._declined = False
        self._watch_edits()
        self.update()
        if self.session.read_only != self._read_only:
            self._read_only = self.session.read_only
            self.window.rebuild_workspace()
        elif self.window.workspace is not None:
            self.window.workspace.update_banner()  # in review → approved: still read-only

    def show_panel(self) -> None:
        self.panel.show()
        self.panel.raise_()

    def set_panel_visible(self, visible: bool) -> None:
        self.panel.setVisible(visible)

    def jump(self, finding) -> None:
        if self.window.workspace is not None:
            jump_to(self.window.workspace, finding)

    def retranslate(self) -> None:
        self._submit_tip = self.actions["submit"].toolTip()  # the menus are reworded first
        self.panel.retranslate()
        self.update()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def _failed(self, title: str, exc: CharterError) -> None:
        text = workflow_text(exc.reason) if isinstance(exc, WorkflowError) else error_text(exc)
        ask.error(self.window, title, text, exc.detail)

    # ------------------------------------------------------------ the steps
    def submit(self) -> None:
        """Freeze the content for review; refused with the list of blockers (before
        asking, so nobody confirms a freeze that cannot happen)."""
        self.session.flush()
        number = self.monitor.state.revision
        self.monitor.refresh_now()
        if self.monitor.blockers:
            self._not_ready(self.monitor.blockers)
            return
        if not ask.confirm(
            self.window,
            tr("Submit for review"),
            tr(
                "Submit revision {n} for review? Its content is frozen: nobody can change it "
                "while it is in review. You can withdraw it."
            ).format(n=number),
        ):
            return
        try:
            self.session.submit_for_review()
        except NotReady as exc:
            self.monitor.refresh_now()
            self._not_ready(exc.findings)
            return
        except CharterError as exc:
            self._failed(tr("Not submitted"), exc)
            return
        self._status(
            tr("Revision {n} is in review. Its content is read-only now.").format(n=number)
        )

    def _not_ready(self, findings) -> None:
        self._status(submit_blocked_text(len(findings), self.monitor.items, self.session.catalog))
        self.panel.submit_tried()
        self.show_panel()
        text, detail = blockers_text(findings, self.session.catalog)
        ask.error(self.window, tr("Not ready for review"), text, detail)

    def withdraw(self) -> None:
        number = self.monitor.state.revision
        if not ask.confirm(
            self.window,
            tr("Withdraw from review"),
            tr(
                "Withdraw revision {n} from review? It becomes a draft again; decisions "
                "recorded so far stay in the history."
            ).format(n=number),
        ):
            return
        try:
            self.session.withdraw()
        except CharterError as exc:
            self._failed(tr("Not withdrawn"), exc)
            return
        self._status(tr("Revision {n} is a draft again.").format(n=number))

    def decide(self) -> None:
        """Record an approver's decision (not undoable)."""
        doc = self.session.document
        state = self.monitor.state
        if state.state != "in_review" or state.review is None:
            return
        review = state.review
        frozen = doc.open_revision(review.number, review.round).snapshot
        decided = {
            d.approver_id for d in doc.decisions(review.number) if d.revision_id == review.id
        }
        approvers = [
            (
                a["person"],
                frozen.person_name(a["person"]),
                bool(a["required"]),
                a["person"] in decided,
            )
            for a in frozen.rows_of("approver")
        ]

        from cxcharter.ui.governance.decision_dialog import DecisionDialog  # lazy: when opened

        dialog = DecisionDialog(
            self.session.catalog,
            approvers,
            tr("revision {n}, round {round}").format(n=review.number, round=review.round),
            doc.actor,
            self._record_decision,
            self.window,
            labels=approver_labels(frozen),
        )
        if not ask.run_dialog(dialog):
            return
        state = self.monitor.state
        if state.state == "approved":
            self._status(
                tr("Decision recorded. Revision {n} is approved.").format(n=state.revision)
            )
        elif state.state == "draft":
            self._status(
                tr(
                    "Decision recorded: changes requested. Revision {n} is a draft "
                    "again; the comments are shown on their sections."
                ).format(n=state.revision)
            )
        else:
            self._status(tr("Decision recorded."))

    def _record_decision(self, approver, decision, comment, sections, decided_by) -> str:
        """Record what the decision dialog holds; the error text, or "" when recorded."""
        try:
            self.session.record_decision(
                approver,
                decision,
                comment=comment,
                section_comments=sections,
                decided_by=decided_by,
            )
        except WorkflowError as exc:
            return workflow_text(exc.reason)
        except CharterError as exc:
            return error_text(exc)
        return ""

    def new_revision(self, asked: bool = False) -> bool:
        """After an approval: start draft revision N+1 (asks first). True when started."""
        state = self.monitor.state
        if state.state != "approved":
            return False
        if not asked and not ask.confirm(
            self.window,
            tr("Start a new revision"),
            tr(
                "Revision {n} is approved and stays as it was approved. Start revision "
                "{next} to edit the charter? The approval of revision {n} then no longer "
                "covers what you change."
            ).format(n=state.revision, next=state.revision + 1),
        ):
            return False
        try:
            number = self.session.start_new_revision()
        except CharterError as exc:
            self._failed(tr("No new revision"), exc)
            return False
        self._status(tr("Revision {n} is a draft: you can edit the charter.").format(n=number))
        return True

    def history(self) -> None:
        self.session.flush()
        from cxcharter.ui.governance.history_dialog import HistoryDialog  # lazy: when opened

        ask.run_dialog(HistoryDialog(self.session.document, self.session.catalog, self.window))

    # ------------------------------------------------------------ editing an approved charter
    def eventFilter(self, watched, event) -> bool:
        """Typing into an approved charter asks whether to start a new revision."""
        if (
            self.session.frozen != "approved"
            or self._declined
            or self.session.closed
            or self.session.document.read_only
        ):
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            if not (event.text() and event.text().isprintable()):
                return False
            # Answers are read-only editors now; a filter or search box is not.
            if not (
                isinstance(watched, (QLineEdit, QPlainTextEdit, QTextEdit)) and watched.isReadOnly()
            ):
                return False
        elif kind == QEvent.Type.MouseButtonDblClick:
            view = getattr(watched, "parent", lambda: None)()
            if not (
                isinstance(view, QAbstractItemView)
                and view.editTriggers() & QAbstractItemView.EditTrigger.DoubleClicked
            ):
                return False  # double-clicking to navigate (overview, navigator) stays
        else:
            return False
        workspace = self.window.workspace
        if workspace is None or not workspace.isAncestorOf(watched):
            return False
        return self.offer_new_revision()

    def offer_new_revision(self) -> bool:
        """The user tried to edit the approved charter: ask, then start revision N+1."""
        state = self.monitor.state
        if ask.confirm(
            self.window,
            tr("This charter is approved"),
            tr(
                "Revision {n} is approved and cannot change. Start revision {next} to edit "
                "it? Revision {n} stays readable in the history."
            ).format(n=state.revision, next=state.revision + 1),
        ):
            self.new_revision(asked=True)
        else:
            self._declined = True
        return True  # the key or click itself is not passed on

    def detach(self) -> None:
        submit = self.actions["submit"]
        submit.setToolTip(self._submit_tip)
        submit.setStatusTip(self._submit_tip)
        QApplication.instance().removeEventFilter(self)
        self.window.removeDockWidget(self.panel)
        self.panel.deleteLater()
        self.window.statusBar().removeWidget(self.badge)
        self.badge.deleteLater()


def blockers_text(findings, catalog) -> tuple[str, str]:
    """The blockers that refuse a submission: a few in the message, all in its details."""
    items = []
    for finding in findings:
        where = section_title(finding.place.section, catalog)
        text = finding_text(finding, catalog)
        items.append(f"{where}: {text}" if where else text)
    return listed(
        tr("Submitting for review needs every blocker fixed first:"),
        items,
        tr("The approval panel lists them; double-click one to go there."),
    )


def submit_blocked_text(blockers: int, items: list[checklist.Item], catalog) -> str:
    """Why Submit for Review is greyed out (its tooltip and status tip): the next step in
    the approval panel's own words (its first line), and how many more the panel lists."""
    step = checklist.next_item(items)
    if step is None:  # the check has not caught up with the blockers yet
        return (
            tr("Not possible yet: 1 blocker remains. The approval panel lists it.")
            if blockers == 1
            else tr("Not possible yet: {n} blockers remain. The approval panel lists them.").format(
                n=blockers
            )
        )
    line = next_text(step, catalog).rstrip(".")
    line = line[:1].lower() + line[1:]  # “Next: …” follows the dash: “— next: …”
    more = sum(1 for item in items if not item.done) - 1
    if more <= 0:
        return tr("Not possible yet — {next}.").format(next=line)
    if more == 1:
        return tr("Not possible yet — {next}; 1 more in the approval panel.").format(next=line)
    return tr("Not possible yet — {next}; {n} more in the approval panel.").format(
        next=line, n=format_number(more)
    )
