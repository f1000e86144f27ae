"""Approvers' change requests on one section, shown on its page until someone resolves them."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cxcharter.store.governance import SectionComment
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.painted import Panel


class SectionComments(QWidget):
    """A box above the section's questions: one line per open comment, each resolvable."""

    def __init__(
        self, session: CharterSession, section: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pageBody")
        frame = Panel()
        frame.setObjectName("questionCard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 10, 28, 0)
        outer.addWidget(frame)
        self.session = session
        self.section = section
        self.comments: list[SectionComment] = []
        self.resolve_buttons: list[QPushButton] = []
        self.title = plain_label(object_name="changeRequestsTitle")
        self.title.setFont(section_font(self.title, 1.0))
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 10)
        box.addWidget(self.title)
        box.addLayout(self.rows)
        session.governanceChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        if self.session.closed:
            return
        self.comments = self.session.document.open_comments(self.section)
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.resolve_buttons = []
        for comment in self.comments:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = plain_label(
                tr("{approver}: {comment}").format(
                    approver=comment.approver_name, comment=comment.comment
                ),
                object_name="changeRequest",
            )
            button = QPushButton(tr("Resolved"))
            button.setToolTip(
                tr("Mark this change request as dealt with (it stays in the history)")
            )
            button.setAccessibleName(
                tr("Resolve the comment of {approver}").format(approver=comment.approver_name)
            )
            button.clicked.connect(lambda _=False, c=comment.id: self.resolve(c))
            line.addWidget(text, 1)
            line.addWidget(button)
            self.rows.addWidget(row)
            self.resolve_buttons.append(button)
        count = len(self.comments)
        self.title.setText(
            tr("1 change request on this section")
            if count == 1
            else tr("{n} change requests on this section").format(n=count)
        )
        if not count:
            self.hide()
        elif self.parentWidget() is not None:  # never shown as a window of its own
            self.show()

    def resolve(self, comment_id: int) -> None:
        self.session.resolve_comment(comment_id)

    def detach(self) -> None:
        self.session.governanceChanged.disconnect(self.refresh)
