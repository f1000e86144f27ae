"""The first screen when no charter is open: new, open, sample, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
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
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.painted import Panel, tint
from cxcharter.ui.widgets.style import primary_button


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self._files: list[str] = []
        panel = Panel(radius=10)
        panel.setObjectName("welcomePanel")
        panel.setMaximumWidth(880)
        grid = QGridLayout(panel)
        grid.setContentsMargins(36, 32, 36, 32)
        grid.setHorizontalSpacing(36)
        grid.setVerticalSpacing(24)
        grid.addLayout(self._head(), 0, 0, 1, 2)
        grid.addLayout(self._actions(), 1, 0)
        grid.addLayout(self._recent(), 1, 1)
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
        self.retranslate()

    def _head(self) -> QHBoxLayout:
        """The icon beside the name and the tagline."""
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource("icons", "cxcharter.svg"))).pixmap(QSize(72, 72)))
        self.title = QLabel("CX Charter")
        self.title.setObjectName("welcomeTitle")
        tint(self.title, "accent")
        self.title.setFont(section_font(self.title, 2.2))
        self.tagline = plain_label(object_name="welcomeTagline")
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.tagline)
        head.addLayout(texts, 1)
        return head

    def _actions(self) -> QVBoxLayout:
        """New, Open and the sample charter, under "Start"."""
        self.new_button = QPushButton()
        primary_button(self.new_button)
        self.new_button.setDefault(True)
        self.open_button = QPushButton()
        self.sample_button = QPushButton()
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumHeight(36)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        actions = QVBoxLayout()
        self.start = QLabel()
        self.start.setFont(section_font(self.start))
        actions.addWidget(self.start)
        for button in (self.new_button, self.open_button, self.sample_button):
            actions.addWidget(button)
        actions.addStretch(1)
        return actions

    def _recent(self) -> QVBoxLayout:
        """The recent charters, or the sentence saying there are none."""
        self.recent_label = QLabel()
        self.recent_label.setFont(section_font(self.recent_label))
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setSpacing(2)
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._activated)
        self.empty_recent = plain_label(object_name="hint")
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.empty_recent)
        return recent

    def retranslate(self) -> None:
        """Every word of the page in the current UI language."""
        self.tagline.setText(
            tr(
                "Write your customer-experience charter one question at a time, agree who owns "
                "what, and get it approved."
            )
        )
        self.new_button.setText(tr("&New charter…"))
        self.open_button.setText(tr("&Open…"))
        self.sample_button.setText(tr("Open the &sample charter"))
        native = QKeySequence.SequenceFormat.NativeText
        new_key = QKeySequence(QKeySequence.StandardKey.New).toString(native)
        open_key = QKeySequence(QKeySequence.StandardKey.Open).toString(native)
        for button, tip in (
            (
                self.new_button,
                tr("Start an empty charter, guided section by section ({key})").format(key=new_key),
            ),
            (self.open_button, tr("Open a .cxcharter file ({key})").format(key=open_key)),
            (self.sample_button, tr("A complete example charter to explore and try things on")),
        ):
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        self.start.setText(tr("Start"))
        self.recent_label.setText(tr("&Recent charters"))
        self.recent.setAccessibleName(tr("Recent charters"))
        self.empty_recent.setText(
            tr("No recent charters yet. Create a new one or open the sample to look around.")
        )
        row = self.recent.currentRow()
        self.set_recent(self._files)
        if row > 0:
            self.recent.setCurrentRow(row)

    def set_recent(self, files: list[str]) -> None:
        self._files = list(files)
        self.recent.clear()
        for file in files:
            path = Path(file)
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setData(Role.PATH, file)
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
        self.recentRequested.emit(item.data(Role.PATH))
