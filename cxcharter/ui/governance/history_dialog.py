"""The charter's history: revisions, their review rounds and decisions; each revision
readable as it was frozen, and any two compared section by section."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cxcharter.store.document import CharterDocument
from cxcharter.store.governance import RevisionRecord
from cxcharter.ui.governance.governance_texts import decision_text, state_text
from cxcharter.ui.governance.revision_view import comparison_html, revision_html
from cxcharter.ui.i18n import tr
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.fields import format_date

CURRENT = 0  # "the content as it is now" in the compare combos


def when(iso: str | None) -> str:
    """An ISO timestamp (UTC) as a local date and time."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate).toLocalTime()
    return f"{format_date(iso[:10])} {moment.toString('HH:mm')}"


class HistoryDialog(QDialog):
    def __init__(self, document: CharterDocument, catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(tr("History of the charter"))
        self.resize(1120, 680)
        self.document = document
        self.catalog = catalog
        self.records = document.revisions()

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [tr("Revision, round, decision"), tr("When"), tr("Who"), tr("Fingerprint")]
        )
        self._fill()
        approved = [r.number for r in self.records if r.state == "approved"]
        self._build_tree()
        right = self._build_right(approved)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([700, 420])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                tr(
                    "Every review round is frozen with the fingerprint of its content: select one "
                    "to read it as it was frozen. Each decision names who recorded it for which "
                    "approver and whether it came from a digitally signed review copy (and by "
                    "which certificate); the others are tamper-evident records, not signatures."
                ),
                object_name="hint",
            )
        )
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if not self.records:
            self.view.setPlainText(tr("No revision has been submitted for review yet."))
        elif approved:
            self.compare()
        else:
            self.show_record(self.records[-1])

    def _build_tree(self) -> None:
        """Revisions, their rounds and decisions as a tree."""
        self.tree = QTreeView()
        self.tree.setObjectName("historyTree")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(tr("Revisions and decisions"))
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.expandAll()
        # Long cells (who recorded a decision for whom, a comment) wrap onto a second line
        # instead of ending in "…": the dates and fingerprints keep their width, the first
        # column its room, and "who" takes the rest.
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, most in ((0, 360), (1, 10_000), (3, 10_000)):
            # as wide as their longest text (at most `most`) and their whole title
            wanted = min(self._widest(column) + 16, most)
            self.tree.setColumnWidth(column, max(wanted, header.sectionSizeHint(column)))
        self.tree.setMinimumWidth(sum(header.sectionSize(c) for c in (0, 1, 3)) + 200)
        self.tree.selectionModel().currentChanged.connect(self._on_current)

    def _widest(self, column: int) -> int:
        """The width of the widest text in `column`; in the first column with the
        indentation of its level."""
        metrics = self.tree.fontMetrics()
        widths = [0]
        pending = [(QModelIndex(), 1)]
        while pending:
            parent, depth = pending.pop()
            indent = self.tree.indentation() * depth if column == 0 else 0
            for row in range(self.model.rowCount(parent)):
                text = str(self.model.index(row, column, parent).data() or "")
                widths.append(metrics.horizontalAdvance(text) + indent)
                pending.append((self.model.index(row, 0, parent), depth + 1))
        return max(widths)

    def _build_right(self, approved: list[int]) -> QWidget:
        """Which revisions to compare (the last approved one first), over the content shown."""
        self.old = QComboBox()
        self.old.setAccessibleName(tr("Compare from revision"))
        self.new = QComboBox()
        self.new.setAccessibleName(tr("Compare with"))
        self.new.addItem(tr("the content as it is now"), CURRENT)
        for number in sorted({r.number for r in self.records}):
            self.old.addItem(tr("Revision {n}").format(n=number), number)
            self.new.addItem(tr("Revision {n}").format(n=number), number)
        if approved:
            self.old.setCurrentIndex(self.old.findData(approved[-1]))
        self.compare_button = QPushButton(tr("&Compare"))
        self.compare_button.clicked.connect(self.compare)
        self.compare_button.setEnabled(bool(self.records))
        compare_row = QHBoxLayout()
        compare_row.addWidget(plain_label(tr("Compare"), wrap=False))
        compare_row.addWidget(self.old)
        compare_row.addWidget(plain_label(tr("with"), wrap=False))
        compare_row.addWidget(self.new)
        compare_row.addWidget(self.compare_button)
        compare_row.addStretch(1)

        self.view = QTextBrowser()
        self.view.setObjectName("revisionView")
        self.view.setAccessibleName(tr("Revision content"))
        self.view.setOpenLinks(False)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addLayout(compare_row)
        right_box.addWidget(self.view, 1)
        return right

    def _fill(self) -> None:
        decisions = self.document.decisions()
        signed = self.document.signatures()
        revisions: dict[int, QStandardItem] = {}
        for record in self.records:
            if record.number not in revisions:
                item = QStandardItem(tr("Revision {n}").format(n=record.number))
                revisions[record.number] = item
                self.model.appendRow([item, QStandardItem(), QStandardItem(), QStandardItem()])
            title = tr("Round {round}: {state}").format(
                round=record.round, state=state_text(record.state)
            )
            row = [
                QStandardItem(title),
                QStandardItem(when(record.created_at)),
                QStandardItem(tr("submitted by {name}").format(name=record.created_by)),
                QStandardItem(record.fingerprint[:12]),
            ]
            row[3].setToolTip(record.fingerprint)
            for cell in row:
                cell.setData(record, Role.RECORD)
            for decision in (d for d in decisions if d.revision_id == record.id):
                row[0].appendRow(self._decision_row(decision, record, signed))
            revisions[record.number].appendRow(row)
        state = self.document.current_state()
        if state.state == "draft" and state.revision not in revisions:
            item = QStandardItem(
                tr("Revision {n}: {state}").format(n=state.revision, state=state_text("draft"))
            )
            self.model.appendRow([item, QStandardItem(), QStandardItem(), QStandardItem()])

    def _decision_row(self, decision, record: RevisionRecord, signed: dict) -> list[QStandardItem]:
        """One decision under its round: what, when, who recorded it (and any signature)."""
        text = tr("{decision}: {approver}").format(
            decision=decision_text(decision.decision), approver=decision.approver_name
        )
        if decision.comment:
            text += f" — {decision.comment}"
        if decision.decided_by not in ("", decision.recorded_by, decision.approver_name):
            # someone decided for the approver (the first column names the approver)
            who = tr("recorded by {actor} for {decided_by}").format(
                actor=decision.recorded_by, decided_by=decision.decided_by
            )
        else:  # the approver's decision, entered by them or by the one named
            who = tr("recorded by {actor}").format(actor=decision.recorded_by)
        tip = text
        if (kept := signed.get(decision.id)) is not None:
            mark = tr("signed by {subject}, certificate {sha}…").format(
                subject=kept.signer, sha=kept.cert_sha256[:12]
            )
            who += "; " + mark
            tip += (
                "\n"
                + tr("signed by {subject}, certificate {sha}…").format(
                    subject=kept.subject, sha=kept.cert_sha256[:12]
                )
                + "\n"
                + (tr("trusted root") if kept.trusted else tr("not chained to a trusted root"))
            )
        else:
            who += "; " + tr("not signed")
        cells = [
            QStandardItem(text),
            QStandardItem(when(decision.recorded_at)),
            QStandardItem(who),
            QStandardItem(decision.fingerprint[:12]),
        ]
        for cell in cells:
            own = cell.text()
            cell.setToolTip(tip if own in tip else f"{own}\n{tip}")
            cell.setData(record, Role.RECORD)
        return cells

    def _on_current(self, current, _previous) -> None:
        record = current.data(Role.RECORD) if current.isValid() else None
        if record is not None:
            self.show_record(record)

    def show_record(self, record: RevisionRecord) -> None:
        """The frozen content of one review round, read-only."""
        frozen = self.document.open_revision(record.number, record.round)
        heading = tr("Revision {n}, round {round} ({state}) — fingerprint {fingerprint}").format(
            n=record.number,
            round=record.round,
            state=state_text(record.state),
            fingerprint=record.fingerprint[:12],
        )
        self.view.setHtml(revision_html(frozen.snapshot, self.catalog, heading))

    def compare(self) -> None:
        """Section by section, what changed between the two chosen revisions."""
        old, new = self.old.currentData(), self.new.currentData()
        if old is None:
            return
        changes = self.document.compare_revisions(old, None if new == CURRENT else new)
        before = self.document.open_revision(old).snapshot
        after = (
            self.document.snapshot()
            if new == CURRENT
            else self.document.open_revision(new).snapshot
        )
        heading = (
            tr("What changed since revision {old}").format(old=old)
            if new == CURRENT
            else tr("What changed from revision {old} to revision {new}").format(old=old, new=new)
        )
        self.view.setHtml(comparison_html(changes, before, after, self.catalog, heading))
