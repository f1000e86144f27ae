"""The list on the left: overview, front matter, the seven sections, people."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont

from cxcharter.domain.progress import section_progress
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.colors import semantic
from cxcharter.ui.widgets.fields import format_number

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class NavigatorModel(QAbstractListModel):
    """One row per page; section rows show how many required answers are done."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._pages: list[str] = ["overview", *(s.key for s in session.catalog.sections), "people"]
        self._progress: dict[str, tuple[int, int]] = {}
        self._timer = QTimer(self, singleShot=True, interval=50)
        self._timer.timeout.connect(self.recount)
        session.changed.connect(self._timer.start)
        session.aboutToClose.connect(self._timer.stop)
        self.recount()

    def pages(self) -> list[str]:
        return list(self._pages)

    def row_of(self, page: str) -> int:
        return self._pages.index(page)

    def recount(self) -> None:
        if self.session.closed:
            return
        snapshot = self.session.document.snapshot()
        progress = section_progress(self.session.catalog, snapshot)
        self._progress = {p.key: (p.answered, p.required) for p in progress}
        self._people = len(snapshot.people)
        if self._pages:
            self.dataChanged.emit(self.index(0), self.index(len(self._pages) - 1))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._pages)

    def title(self, page: str) -> str:
        if page == "overview":
            return tr("Overview")
        if page == "people":
            return tr("People")
        return self.session.catalog.section(page).title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._pages):
            return None
        page = self._pages[index.row()]
        done, total = self._progress.get(page, (0, 0))
        if role == Qt.ItemDataRole.DisplayRole:
            if page in self._progress:
                detail = tr("{done} of {total} answered").format(done=done, total=total)
            elif page == "people":
                detail = (
                    tr("1 person")
                    if self._people == 1
                    else tr("{n} people").format(n=format_number(self._people))
                )
            else:
                detail = tr("What is still open")
            return f"{self.title(page)}\n{detail}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index).replace("\n", ", ")
        if role == Qt.ItemDataRole.ToolTipRole and page in self._progress:
            return self.session.catalog.section(page).question
        if role == Role.PAGE:
            return page
        if role == Role.PROGRESS:
            return (done, total) if page in self._progress else None
        if role == Qt.ItemDataRole.ForegroundRole and page in self._progress and done >= total:
            return QBrush(semantic("ok"))
        if role == Qt.ItemDataRole.FontRole and page == "overview":
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None
