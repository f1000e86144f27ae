"""A section of the charter: its big question, intro, and one card per question."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from cxcharter.catalog import Section
from cxcharter.ui.question_card import QuestionCard
from cxcharter.ui.session import CharterSession
from cxcharter.ui.widgets import PageHeader, plain_label


class SectionPage(QScrollArea):
    def __init__(self, session: CharterSession, section: Section,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("pageBody")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(28, 20, 28, 28)
        layout.setSpacing(16)
        self.header = PageHeader(section.title, section.question)
        layout.addWidget(self.header)
        intro = plain_label(section.intro, object_name="sectionIntro")
        layout.addWidget(intro)
        self.cards: dict[str, QuestionCard] = {}
        for number, question in enumerate(section.questions, start=1):
            card = QuestionCard(session, question, number)
            self.cards[question.key] = card
            layout.addWidget(card)
        layout.addStretch(1)
        self.setWidget(inner)

    def show_question(self, key: str) -> None:
        """Scroll to a question and put the keyboard in its answer."""
        card = self.cards.get(key)
        if card is None:
            return
        # After a page switch the layout is not final until the event loop runs.
        QTimer.singleShot(0, lambda: self._scroll_to(card))
        card.input_widget().setFocus()

    def _scroll_to(self, card: QuestionCard) -> None:
        self.ensureWidgetVisible(card, 0, 24)
        self.verticalScrollBar().setValue(card.y() - 12)

    def first_input(self) -> QWidget | None:
        return next(iter(self.cards.values())).input_widget() if self.cards else None

    def set_guidance_visible(self, visible: bool) -> None:
        for card in self.cards.values():
            card.set_guidance_visible(visible)

    def set_read_only(self, read_only: bool) -> None:
        for card in self.cards.values():
            card.set_read_only(read_only)

    def detach(self) -> None:
        for card in self.cards.values():
            card.detach()
