"""The open charter: navigator on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui.i18n import tr
from cxcharter.ui.messages import read_only_text
from cxcharter.ui.navigator import PAGE_ROLE, NavigatorModel
from cxcharter.ui.navigator_delegate import NavigatorDelegate
from cxcharter.ui.overview_page import OverviewPage
from cxcharter.ui.people_page import PeoplePage
from cxcharter.ui.section_page import SectionPage
from cxcharter.ui.session import CharterSession
from cxcharter.ui.widgets import plain_label


class Workspace(QWidget):
    pageChanged = Signal(str)

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = NavigatorModel(session, self)
        self.navigator = QListView()
        self.navigator.setObjectName("navigator")
        self.navigator.setModel(self.model)
        self.navigator.setItemDelegate(NavigatorDelegate(self.navigator))
        self.navigator.setMouseTracking(True)
        self.navigator.setAccessibleName(tr("Charter sections"))
        self.navigator.setUniformItemSizes(False)
        self.navigator.setSpacing(2)
        self.navigator.setMinimumWidth(220)
        self.navigator.setEditTriggers(QListView.EditTrigger.NoEditTriggers)

        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.overview = OverviewPage(session)
        self.overview.jumpRequested.connect(self.show_question)
        self.people = PeoplePage(session)
        for page in self.model.pages():
            if page == "overview":
                widget = self.overview
            elif page == "people":
                widget = self.people
            else:
                widget = SectionPage(session, session.catalog.section(page))
            self.pages[page] = widget
            self.stack.addWidget(widget)

        self.banner = plain_label(object_name="readOnlyBanner")
        self.banner.setVisible(session.read_only)
        if session.read_only:
            doc = session.document
            self.banner.setText(read_only_text(doc.read_only_reason, doc.lock_holder))

        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.banner)
        box.addWidget(self.stack, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigator)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1040])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.navigator.selectionModel().currentChanged.connect(self._on_current)
        self.show_page("overview")

    # ------------------------------------------------------------ pages
    def current_page(self) -> str:
        return self.model.pages()[self.stack.currentIndex()]

    def show_page(self, page: str) -> None:
        row = self.model.row_of(page)
        self.navigator.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.stack.setCurrentWidget(self.pages[page])

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            page = current.data(PAGE_ROLE)
            self.stack.setCurrentWidget(self.pages[page])
            self.pageChanged.emit(page)

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) page, wrapping around."""
        pages = self.model.pages()
        row = (pages.index(self.current_page()) + delta) % len(pages)
        self.show_page(pages[row])

    def show_question(self, key: str) -> None:
        section = key.split(".", 1)[0]
        if section in self.pages:
            self.show_page(section)
            self.pages[section].show_question(key)

    def set_guidance_visible(self, visible: bool) -> None:
        for widget in self.pages.values():
            if isinstance(widget, SectionPage):
                widget.set_guidance_visible(visible)

    def detach(self) -> None:
        """Stop every page listening: the session is about to close."""
        self.session.flush()
        for widget in self.pages.values():
            widget.detach()
