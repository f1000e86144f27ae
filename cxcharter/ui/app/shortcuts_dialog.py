"""Help → Keyboard Shortcuts: generated from the menus and the pages' own key lists."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui.app.workspace import WORKSPACE_KEYS
from cxcharter.ui.i18n import tr, tr_marked
from cxcharter.ui.sections.overview.overview_page import OVERVIEW_KEYS
from cxcharter.ui.sections.people.people_page import PAGE_KEYS
from cxcharter.ui.sections.roles.roles_page import RACI_KEYS
from cxcharter.ui.tables.kind_table import TABLE_KEYS
from cxcharter.ui.widgets.fields import DATE_KEYS

NATIVE = QKeySequence.SequenceFormat.NativeText


def plain(text: str) -> str:
    """A menu text without its mnemonic marker and ellipsis: '&Open…' → 'Open'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def key_text(sequence: QKeySequence) -> str:
    """A key sequence as the reader says it (Qt names Return and Enter in English)."""
    text = sequence.toString(NATIVE)
    return text.replace("Return", tr("Enter", "the key")) if text else text


def keys_text(sequences: list[QKeySequence]) -> str:
    return ", ".join(key_text(s) for s in sequences if not s.isEmpty())


def menu_entries(menu: QMenu) -> list[tuple[str, str]]:
    """(what, keys) of every action with a shortcut in `menu` and its submenus."""
    entries = []
    for action in menu.actions():
        if action.menu() is not None:
            entries.extend(menu_entries(action.menu()))
        elif isinstance(action, QAction) and keys_text(action.shortcuts()):
            entries.append((plain(action.text()), keys_text(action.shortcuts())))
    return entries


def page_entries() -> list[tuple[str, str]]:
    """Keys that work inside the pages, from the lists their modules act on."""
    return [
        (tr_marked(what), key_text(QKeySequence(key)))
        for key, what in (
            *WORKSPACE_KEYS,
            *OVERVIEW_KEYS,
            *PAGE_KEYS,
            *TABLE_KEYS,
            *RACI_KEYS,
            *DATE_KEYS,
        )
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, menus: list[QMenu]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.resize(920, 640)  # the longest German description in one line
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setHeaderLabels([tr("Action"), tr("Keys")])
        self.tree.setAccessibleName(tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)  # a long list of keys wraps rather than squeezing the left
        header.setStretchLastSection(False)
        groups = [(plain(menu.title()), menu_entries(menu)) for menu in menus]
        groups.append((tr("In the pages"), page_entries()))
        for title, entries in groups:
            if not entries:
                continue
            group = QTreeWidgetItem([title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.addChildren([QTreeWidgetItem([what, keys]) for what, keys in entries])
            group.setExpanded(True)
        self.tree.setItemsExpandable(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def entries(self) -> list[tuple[str, str]]:
        """Every (what, keys) row shown, for tests."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            rows.extend(
                (group.child(j).text(0), group.child(j).text(1)) for j in range(group.childCount())
            )
        return rows
