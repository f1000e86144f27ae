"""The open charter: navigator on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui.app.jump import show_goal
from cxcharter.ui.app.navigator import NavigatorModel
from cxcharter.ui.app.navigator_delegate import NavigatorDelegate, row_width_for
from cxcharter.ui.governance.governance_texts import frozen_text
from cxcharter.ui.i18n import tr
from cxcharter.ui.messages import read_only_text
from cxcharter.ui.sections.overview.overview_page import OverviewPage
from cxcharter.ui.sections.section_page import SectionPage
from cxcharter.ui.session import CharterSession
from cxcharter.ui.settings import AppSettings
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import focus_chain, plain_label, set_tab_order
from cxcharter.ui.widgets.painted import Panel, SideList, tint

BACK_KEY = "Esc"
WORKSPACE_KEYS = (  # for Help → Keyboard Shortcuts
    (BACK_KEY, QT_TR_NOOP("Back to the list of sections")),
    ("Return", QT_TR_NOOP("List of sections: into the page shown")),
    ("Ctrl+Tab", QT_TR_NOOP("Pages with tabs: the next tab")),
)


def scroll_area(page: QWidget) -> QScrollArea | None:
    """The part of a page that scrolls (the page itself, or its `scroll`)."""
    if isinstance(page, QScrollArea):
        return page
    inner = getattr(page, "scroll", None)
    return inner if isinstance(inner, QScrollArea) else None


def restore_scroll(bar: QScrollBar, value: int) -> None:
    """Scroll to `value` now, or as soon as a fresh page's layout makes it reachable."""
    if bar.maximum() >= value:
        bar.setValue(value)
        return

    def on_range(_low: int, high: int) -> None:
        bar.setValue(min(value, high))
        if high >= value:
            stop()

    def stop(*_args) -> None:
        bar.rangeChanged.disconnect(on_range)
        bar.actionTriggered.disconnect(stop)

    bar.rangeChanged.connect(on_range)
    bar.actionTriggered.connect(stop)  # the user scrolls first: leave it to them


class LazyPages(dict):
    """Page key → page widget. A section page not built yet is built when asked for;
    `values()` and `in` see only the pages built so far."""

    def __init__(self, build) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, page: str) -> QWidget:
        return self._build(page)


class Workspace(QWidget):
    pageChanged = Signal(str)
    openAnywayRequested = Signal()  # the user wants to take over another computer's lock
    contributionRequested = Signal(int)  # a contribution form for this person

    def __init__(
        self,
        session: CharterSession,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings or AppSettings()
        self._build_navigator()
        self._build_pages()
        self._build_layout(self._build_banner_row())
        self.navigator.selectionModel().currentChanged.connect(self._on_current)
        self.show_page("overview")

    def _build_navigator(self) -> None:
        """The list of sections on the left."""
        self.model = NavigatorModel(self.session, self)
        self.navigator = SideList()
        self.navigator.setObjectName("navigator")
        self.navigator.setModel(self.model)
        self.navigator.setItemDelegate(NavigatorDelegate(self.navigator))
        self.navigator.setMouseTracking(True)
        self.navigator.setAccessibleName(tr("Charter sections"))
        self.navigator.setAccessibleDescription(
            tr("Up and Down choose a section, Enter goes into its page, Escape comes back here")
        )
        self.navigator.setUniformItemSizes(False)
        self.navigator.setWordWrap(True)  # its rows are laid out again, re-wrapped, on resizing
        self.navigator.setSpacing(2)
        self._fit_navigator()
        self.model.dataChanged.connect(self._fit_navigator)  # the counts change
        self.navigator.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.navigator.activated.connect(self.enter_page)  # Enter: into the page

    def _build_pages(self) -> None:
        """The stack of pages: the overview now, every other page when first shown."""
        self.stack = QStackedWidget()
        self.pages = LazyPages(self._build_page)
        self._guidance = self.settings.show_guidance()
        self.overview = OverviewPage(self.session)
        self.overview.jumpRequested.connect(self.show_question)
        self.overview.goalRequested.connect(self._show_goal)
        self.overview.contributionRequested.connect(self.contributionRequested)
        for page in self.model.pages():
            # Every page but the overview is built when it is first shown.
            widget = self.overview if page == "overview" else QWidget()
            if page == "overview":
                self.pages[page] = widget
            self.stack.addWidget(widget)

    def _build_banner_row(self) -> QWidget:
        """Why the charter is read-only, with 'Open anyway…' where another computer holds it."""
        self.banner = tint(plain_label(object_name="readOnlyBanner"), "banner-text")
        self.banner.setContentsMargins(16, 8, 16, 8)
        self.update_banner()

        self.open_anyway = QPushButton(tr("Open anyway…"))
        self.open_anyway.setObjectName("openAnyway")
        self.open_anyway.setToolTip(
            tr(
                "Take over the file from the other computer. Only if nobody is editing it there: "
                "otherwise one of you loses changes."
            )
        )
        self.open_anyway.setVisible(self.session.takeover is not None)
        self.open_anyway.clicked.connect(self.openAnywayRequested)
        banner_row = Panel("banner", "banner-border", edge="bottom")  # behind label and button
        banner_row.setObjectName("readOnlyBannerRow")
        row = QHBoxLayout(banner_row)
        row.setContentsMargins(0, 0, 12, 0)
        row.addWidget(self.banner, 1)
        row.addWidget(self.open_anyway)
        return banner_row

    def _build_layout(self, banner_row: QWidget) -> None:
        """Navigator | banner above the pages, in a splitter."""
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(banner_row)
        banner_row.setVisible(self.session.read_only)  # once it has its parent
        box.addWidget(self.stack, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigator)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self._navigator_width(), 1040])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def update_banner(self) -> None:
        """Why the content cannot change, as of now (a workflow step changes it)."""
        session = self.session
        self.banner.setVisible(session.read_only)
        if not session.read_only:
            self.banner.clear()
            return
        doc = session.document
        self.banner.setText(
            read_only_text(doc.read_only_reason, doc.lock_holder)
            if doc.read_only
            else frozen_text(session.frozen)
        )

    def _show_goal(self, goal_id: int) -> None:
        show_goal(self, goal_id)

    # ------------------------------------------------------------ pages
    @property
    def people(self):
        """The People page (built when first asked for)."""
        return self.pages["people"]

    def _build_page(self, page: str) -> QWidget:
        """The page `page`, built now: opening a charter builds only what is shown."""
        if page not in self.model.pages():
            raise KeyError(page)
        if page == "people":
            from cxcharter.ui.sections.people.people_page import PeoplePage  # lazy: ~0.4 s big

            widget = PeoplePage(self.session)
        else:
            widget = SectionPage(self.session, self.session.catalog.section(page))
            widget.set_guidance_visible(self._guidance)
        index = self.model.pages().index(page)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        # Qt puts a widget added later at the end of the window's Tab order, after the
        # status bar and the approval panel: the page's fields follow the navigator.
        set_tab_order(self.navigator, *focus_chain(widget))
        self.pages[page] = widget
        return widget

    def current_page(self) -> str:
        return self.model.pages()[self.stack.currentIndex()]

    def _navigator_need(self, whole: bool = True) -> int:
        """The width that shows every section's title ("Customer Journey & Touchpoints")
        on one line (`whole`) or each of its words (the title wraps), and every count."""
        nav = self.navigator
        nav.ensurePolished()  # the font as the delegate will paint it
        lines = [
            str(self.model.index(row, 0).data() or "").partition("\n")
            for row in range(self.model.rowCount())
        ]
        titles = [t for t, _, _ in lines]
        if not whole:
            titles = [word for title in titles for word in title.split()]
        details = [d for _, _, d in lines]
        margins = 2 * (nav.spacing() + SideList.MARGIN) + 4
        return row_width_for(nav.font(), titles, details) + margins

    def _navigator_width(self) -> int:
        """Its width at the start: every title on one line, between 240 and 330 pixels."""
        return max(240, min(self._navigator_need(), 330))

    def _fit_navigator(self) -> None:
        """A wide page squeezes the navigator down to this minimum: titles wrap there at
        their word breaks, and no word and no count is cut."""
        self.navigator.setMinimumWidth(max(220, self._navigator_need(whole=False)))

    def show_page(self, page: str) -> None:
        row = self.model.row_of(page)
        self.navigator.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.stack.setCurrentWidget(self.pages[page])

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            page = current.data(Role.PAGE)
            self.stack.setCurrentWidget(self.pages[page])
            self.pageChanged.emit(page)

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) page, wrapping around."""
        pages = self.model.pages()
        row = (pages.index(self.current_page()) + delta) % len(pages)
        self.show_page(pages[row])

    def enter_page(self) -> None:
        """Put the keyboard where work on the page shown starts."""
        self.pages[self.current_page()].focus_first()

    def show_question(self, key: str) -> None:
        section = key.split(".", 1)[0]
        if section in self.model.pages():
            self.show_page(section)
            self.pages[section].show_question(key)

    # ------------------------------------------------- surviving a rebuild
    def view_state(self) -> dict:
        """Where the user is: page, scroll position, the question being answered."""
        page = self.current_page()
        widget = self.pages[page]
        focus = self.window().focusWidget()  # also while the window is inactive
        question = None
        if isinstance(widget, SectionPage) and focus is not None:
            question = next(
                (key for key, card in widget.cards.items() if card.isAncestorOf(focus)), None
            )
        area = scroll_area(widget)
        scroll = area.verticalScrollBar().value() if area is not None else 0
        return {
            "page": page,
            "scroll": scroll,
            "question": question,
            "navigator": focus is self.navigator,
        }

    def restore_view_state(self, state: dict) -> None:
        page = state.get("page", "overview")
        if page not in self.model.pages():
            return
        self.show_page(page)
        widget = self.pages[page]
        area = scroll_area(widget)
        if area is not None and state.get("scroll"):
            restore_scroll(area.verticalScrollBar(), state["scroll"])
        question = state.get("question")
        if question and isinstance(widget, SectionPage) and question in widget.cards:
            widget.cards[question].input_widget().setFocus()
        elif state.get("navigator"):
            self.navigator.setFocus()

    def set_guidance_visible(self, visible: bool) -> None:
        self._guidance = visible
        for widget in self.pages.values():
            if isinstance(widget, SectionPage):
                widget.set_guidance_visible(visible)

    def keyPressEvent(self, event) -> None:
        if QKeySequence(event.keyCombination()) == QKeySequence(BACK_KEY):
            self.navigator.setFocus()  # from wherever the keyboard is, back to the sections
            return
        super().keyPressEvent(event)

    def detach(self) -> None:
        """Stop every page listening: the session is about to close."""
        self.session.flush()
        for widget in self.pages.values():
            widget.detach()
