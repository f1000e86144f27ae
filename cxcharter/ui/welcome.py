"""The first screen when no charter is open: new, open, sample, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.assets import resource
from cxcharter.ui.i18n import tr
from cxcharter.ui.widgets import plain_label, section_font


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource("icons", "cxcharter.svg"))).pixmap(QSize(72, 72)))
        title = QLabel(tr("CX Charter"))
        title.setObjectName("welcomeTitle")
        title.setFont(section_font(title, 2.2))
        tagline = plain_label(tr(
            "Write your customer-experience charter one question at a time, agree who owns "
            "what, and get it approved."), object_name="welcomeTagline")
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(tagline)
        head.addLayout(texts, 1)

        self.new_button = QPushButton(tr("&New charter…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setDefault(True)
        self.open_button = QPushButton(tr("&Open…"))
        self.sample_button = QPushButton(tr("Open the &sample charter"))
        for button, tip in (
            (self.new_button, tr("Start an empty charter, guided section by section (Ctrl+N)")),
            (self.open_button, tr("Open a .cxcharter file (Ctrl+O)")),
            (self.sample_button, tr("A complete example charter to explore and try things on")),
        ):
            button.setToolTip(tip)
            button.setMinimumHeight(36)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        actions = QVBoxLayout()
        start = QLabel(tr("Start"))
        start.setFont(section_font(start))
        actions.addWidget(start)
        for button in (self.new_button, self.open_button, self.sample_button):
            actions.addWidget(button)
        actions.addStretch(1)

        recent_label = QLabel(tr("&Recent charters"))
        recent_label.setFont(section_font(recent_label))
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setAccessibleName(tr("Recent charters"))
        self.recent.setSpacing(2)
        recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._activated)
        self.empty_recent = plain_label(
            tr("No recent charters yet. Create a new one or open the sample to look around."),
            object_name="hint")
        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.empty_recent)

        panel = QFrame()
        panel.setObjectName("welcomePanel")
        panel.setMaximumWidth(880)
        grid = QGridLayout(panel)
        grid.setContentsMargins(36, 32, 36, 32)
        grid.setHorizontalSpacing(36)
        grid.setVerticalSpacing(24)
        grid.addLayout(head, 0, 0, 1, 2)
        grid.addLayout(actions, 1, 0)
        grid.addLayout(recent, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 6)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for file in files:
            path = Path(file)
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, file)
            item.setToolTip(file)
            if not path.exists():
                missing = tr("missing: {folder}").format(folder=path.parent)
                item.setText(f"{path.name}\n{missing}")
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        self.recent.setVisible(bool(files))
        self.empty_recent.setVisible(not files)
        if files:
            self.recent.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole))
