"""The approval panel's list: the way to review as a checklist, section by section.

A header per section says how much of it is done ("Goals · 1 of 4 done"); under it
each item is ticked (done) or open. An open item is neutral, not an error: a new
charter is not a failure. It turns red (a blocker) only once the user tried to
submit, or when every required question is answered and only the rules' blockers
stand between the charter and its review (`escalated`). Warnings follow their
section's items. Texts come from checklist_texts.py.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QStyledItemDelegate

from cxcharter.catalog import Catalog
from cxcharter.domain import checklist
from cxcharter.domain.readiness import Finding
from cxcharter.ui.governance.checklist_texts import count_text, item_text
from cxcharter.ui.governance.governance_texts import finding_text, section_title
from cxcharter.ui.i18n import tr
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.colors import semantic

ROW_ITEMS = (checklist.GOAL, checklist.ACTIVITY, checklist.INITIATIVE)
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ChecklistModel(QAbstractListModel):
    """Section headers with their counts, the items ticked or open, and the warnings."""

    def __init__(self, catalog: Catalog, parent=None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.rows: list[tuple[str, object]] = []  # ("section", SectionCount) | ("item", Item) …
        self.escalated = False

    def set_checklist(
        self, items: list[checklist.Item], findings: list[Finding], escalated: bool
    ) -> None:
        warnings: dict[str, list[Finding]] = {}
        for f in findings:
            if not f.blocker:
                warnings.setdefault(f.place.section, []).append(f)
        rows: list[tuple[str, object]] = []
        for count in checklist.counts(items):
            rows.append(("section", count))
            rows += [("item", i) for i in items if i.section == count.section]
            rows += [("warning", f) for f in warnings.pop(count.section, [])]
        for found in warnings.values():
            rows += [("warning", f) for f in found]
        if rows == self.rows and escalated == self.escalated:
            return
        self.beginResetModel()
        self.rows, self.escalated = rows, escalated
        self.endResetModel()

    def reword(self) -> None:
        """The same entries in the new UI language."""
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        what, value = self.rows[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (self.data(index) or "").replace("\n", ": ")
        if what == "section":
            return self._section_data(value, role)
        if what == "item":
            return self._item_data(value, role)
        return self._warning_data(value, role)

    def _section_data(self, count: checklist.SectionCount, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            title = section_title(count.section, self.catalog)
            return f"{title} · {count_text(count.done, count.total)}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _item_data(self, item: checklist.Item, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✓" if item.done else ("✗" if self.escalated else "○")
            text = f"{mark}  {item_text(item, self.catalog)}"
            if item.blockers and item.code in ROW_ITEMS:  # which field or rule is open
                text += "\n" + finding_text(item.blockers[0], self.catalog)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Double-click or press Enter to go there")
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.done:
                return QBrush(semantic("ok"))
            return QBrush(semantic("error")) if self.escalated else None
        if role == Role.FINDING:
            return item.blockers[0] if item.blockers else None
        if role == Role.CHECK_ITEM:
            return item
        return None

    def _warning_data(self, finding: Finding, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            note = tr("Warning")
            return f"!  {note}: {finding_text(finding, self.catalog)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Double-click or press Enter to go there")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(semantic("warning"))
        if role == Role.FINDING:
            return finding
        return None

    def place_at(self, row: int):
        """What an activated entry points at (something with a `place`), or None."""
        what, value = self.rows[row]
        return None if what == "section" else value


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's width (Qt's own estimate can be a
    line short, and the last line then ends in "…"). A long checklist is laid out more
    than once (shown, resized, refreshed), so each entry's words are measured once per
    width and font; a new width measures again."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._width = -1
        self._sizes: dict[tuple[str, str], QSize] = {}

    def sizeHint(self, option, index) -> QSize:
        view = self.parent()
        if not isinstance(view, QListView):
            return super().sizeHint(option, index)
        width = max(view.viewport().width() - 2 * view.spacing() - 12, 60)
        if width != self._width:
            self._width, self._sizes = width, {}
        font = index.data(Qt.ItemDataRole.FontRole)
        font = font if isinstance(font, QFont) else option.font
        text = str(index.data() or "")
        key = (text, font.key())
        size = self._sizes.get(key)
        if size is None:
            size = super().sizeHint(option, index)
            metrics = QFontMetrics(font)
            flags = int(Qt.TextFlag.TextWordWrap)
            height = metrics.boundingRect(0, 0, width, 100_000, flags, text).height() + 4
            size = self._sizes[key] = QSize(size.width(), height)
        return QSize(size)
