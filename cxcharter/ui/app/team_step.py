"""“Your team”: right after New Charter, who is on the team (a few names typed, a CSV
file imported, or skipped). Owners, approvers and RACI roles are chosen from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui import ask
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.widgets.basics import plain_label, section_font

if TYPE_CHECKING:
    from cxcharter.ui.app.main_window import MainWindow

ROWS = 5
FIELDS = ("name", "email", "department", "role")


class TeamDialog(QDialog):
    """A few rows of name, e-mail, department and role; Import CSV…; Skip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(tr("Your team"))
        self.wants_import = False
        heading = plain_label(tr("Who is on your team?"))
        heading.setFont(section_font(heading))
        intro = plain_label(
            tr(
                "Owners, approvers and RACI roles are chosen from these people. Type a few "
                "names now, import a CSV file, or skip: People takes more at any time."
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        heads = (tr("Name"), tr("E-mail"), tr("Department"), tr("Role"))
        for col, text in enumerate(heads):
            grid.addWidget(plain_label(text, wrap=False), 0, col)
            grid.setColumnStretch(col, 3 if col < 2 else 2)
        self.rows: list[dict[str, QLineEdit]] = []
        for row in range(ROWS):
            edits = {name: QLineEdit() for name in FIELDS}
            for col, edit in enumerate(edits.values()):
                edit.setAccessibleName(f"{heads[col]} {row + 1}")
                grid.addWidget(edit, row + 1, col)
            self.rows.append(edits)
        self.rows[0]["email"].setPlaceholderText(tr("name@example.com"))
        self.rows[0]["role"].setPlaceholderText(tr("e.g. CX lead"))
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(
            tr("Add to the charter"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button = QPushButton(tr("Import CSV…"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.skip_button = self.buttons.addButton(
            tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._import)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.resize(760, self.sizeHint().height())

    def _import(self) -> None:
        self.wants_import = True
        self.reject()

    def records(self) -> list[dict[str, str]]:
        """The rows with a name, in order."""
        found = []
        for edits in self.rows:
            record = {name: edit.text().strip() for name, edit in edits.items()}
            if record["name"]:
                found.append(record)
        return found


def ask_team(window: MainWindow, session: CharterSession) -> None:
    """The team step after New Charter: the people typed are added in one undo step."""
    dialog = TeamDialog(window)
    try:
        accepted = ask.run_dialog(dialog)
        if dialog.wants_import:
            workspace = window.workspace
            if workspace is not None:
                workspace.show_page("people")
                workspace.people.import_csv()
        elif accepted and dialog.records() and not session.closed:
            session.import_people(dialog.records())
    finally:
        dialog.deleteLater()
