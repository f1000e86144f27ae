"""A section of the charter: its big question, its questions, and its structured tabs.

Sections with structured content (goals, RACI, initiatives, …) show a tab bar:
"Questions" first, then the area's own tabs (see section_extras.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from cxcharter.catalog import Section
from cxcharter.ui.i18n import tr, tr_marked
from cxcharter.ui.sections.question_card import QuestionCard
from cxcharter.ui.sections.section_comments import SectionComments
from cxcharter.ui.sections.section_extras import tabs_for
from cxcharter.ui.session import CharterSession
from cxcharter.ui.widgets.basics import PageHeader, first_focusable, plain_label


class SectionPage(QWidget):
    def __init__(
        self, session: CharterSession, section: Section, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName(section.title)  # Tab stops here to scroll the page
        self.scroll.setAccessibleDescription(section.question)
        inner = QWidget()
        inner.setObjectName("pageBody")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(28, 12, 28, 28)
        layout.setSpacing(16)
        intro = plain_label(section.intro, object_name="sectionIntro")
        layout.addWidget(intro)
        self.cards: dict[str, QuestionCard] = {}
        for number, question in enumerate(section.questions, start=1):
            card = QuestionCard(session, question, number)
            self.cards[question.key] = card
            layout.addWidget(card)
        layout.addStretch(1)
        self.scroll.setWidget(inner)

        self.header = PageHeader(section.title, section.question)
        head = QWidget()
        head.setObjectName("pageBody")
        head_box = QVBoxLayout(head)
        head_box.setContentsMargins(28, 20, 28, 0)
        head_box.addWidget(self.header)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(head)
        self.comments = SectionComments(session, section.key)  # approvers' change requests
        outer.addWidget(self.comments)

        self.extras: list[QWidget] = []
        self.tabs: QTabWidget | None = None
        extras = tabs_for(section.key)
        if extras:
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(self.scroll, tr("Questions"))
            for title, widget_class in extras:
                widget = widget_class(session)
                self.extras.append(widget)
                self.tabs.addTab(widget, tr_marked(title).replace("&", "&&"))  # no mnemonic
            outer.addWidget(self.tabs, 1)
        else:
            outer.addWidget(self.scroll, 1)

    def show_question(self, key: str) -> None:
        """Scroll to a question and put the keyboard in its answer."""
        card = self.cards.get(key)
        if card is None:
            return
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self.scroll)
        # After a page switch the layout is not final until the event loop runs.
        QTimer.singleShot(0, lambda: self._scroll_to(card))
        card.input_widget().setFocus()

    def show_tab(self, index: int) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentIndex(index)

    def _scroll_to(self, card: QuestionCard) -> None:
        self.scroll.ensureWidgetVisible(card, 0, 24)
        self.scroll.verticalScrollBar().setValue(card.y() - 12)

    def first_input(self) -> QWidget | None:
        return next(iter(self.cards.values())).input_widget() if self.cards else None

    def focus_first(self) -> None:
        """The keyboard in the first answer, or in the first field of the tab shown."""
        shown = self.tabs.currentWidget() if self.tabs is not None else self.scroll
        target = self.first_input() if shown is self.scroll else first_focusable(shown)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_guidance_visible(self, visible: bool) -> None:
        for card in self.cards.values():
            card.set_guidance_visible(visible)

    def set_read_only(self, read_only: bool) -> None:
        for card in self.cards.values():
            card.set_read_only(read_only)

    def detach(self) -> None:
        self.comments.detach()
        for card in self.cards.values():
            card.detach()
        for widget in self.extras:
            widget.detach()
