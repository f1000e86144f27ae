"""One question on a section page: the question, its guidance, the answer, who owes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cxcharter.catalog import Question
from cxcharter.domain.progress import UNTRACKED_SECTIONS, is_answered
from cxcharter.ops.people import Reference
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.tracking_line import TrackingLine
from cxcharter.ui.session import CharterSession
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.fields import (
    AnswerEdit,
    DateField,
    PersonCombo,
)
from cxcharter.ui.widgets.painted import Badge, Panel, bold, mute, tint

SAVE_DELAY_MS = 400  # typing pauses this long are saved (well within a second)


class QuestionCard(Panel):
    """Editors for one catalog question, kept in step with the store."""

    def __init__(
        self,
        session: CharterSession,
        question: Question,
        number: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.session, self.question = session, question
        self.setObjectName("questionCard")
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        head = self._make_head(number)
        self.editor = self._make_editor()
        self.editor.setAccessibleName(question.question)
        self.guidance = self._make_guidance()

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.editor, 3)
        body.addWidget(self.guidance, 2)

        # Owner · status · due in one line; the front matter has none (not work to track).
        self.tracking = TrackingLine(session, question.key)  # parented by the layout: Tab order
        tracked = question.section not in UNTRACKED_SECTIONS
        self.owner, self.status, self.due = (
            self.tracking.owner,
            self.tracking.status,
            self.tracking.due,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(body)
        if tracked:
            layout.addWidget(self.tracking)
        else:
            self.tracking.setParent(self)
            self.tracking.hide()

        session.answerChanged.connect(self._on_answer_changed)
        session.peopleChanged.connect(self._on_people_changed)
        session.add_flusher(self.flush)
        self._on_people_changed()
        self.refresh()
        self.set_read_only(session.read_only)

    def _make_head(self, number: int) -> QHBoxLayout:
        """The numbered question, its answered mark and its Required/Optional badge."""
        title = plain_label(f"{number}. {self.question.question}", object_name="questionTitle")
        title.setFont(section_font(title, 1.12))
        if self.question.required:
            self.badge = tint(
                Badge(tr("Required", "badge of a question"), "required", None), "required-text"
            )
        else:
            self.badge = mute(
                Badge(tr("Optional", "badge of a question"), None, QPalette.ColorRole.Midlight)
            )
        self.badge.setObjectName("requiredBadge" if self.question.required else "optionalBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_icon = QLabel()
        self.state_icon.setObjectName("answeredMark")
        self.state_icon.setContentsMargins(6, 0, 6, 0)
        bold(tint(self.state_icon, "ok"))
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        return head

    # ----------------------------------------------------------- editors
    def _make_editor(self) -> QWidget:
        kind = self.question.kind
        if kind == "text":
            editor = AnswerEdit()
            editor.setPlaceholderText(tr("Write your answer here…"))
            editor.setMinimumHeight(150)
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(self._timer.start)
        elif kind == "line":
            editor = QLineEdit()
            editor.setPlaceholderText(tr("Your answer"))
            editor.textEdited.connect(self._timer.start)
            editor.editingFinished.connect(self.flush)
        elif kind == "person":
            editor = PersonCombo(tr("— choose a person from People —"))
            editor.personChanged.connect(
                lambda pid: self.session.set_answer_person(self.question.key, pid)
            )
            ref = Reference("answer", self.question.key, "person")
            from cxcharter.ui.sections.people.new_person import (  # lazy: start-up (a dialog)
                offer_new_person,
            )

            offer_new_person(editor, self.session, ref)
        else:  # date
            editor = DateField()
            editor.isoChanged.connect(
                lambda iso: self.session.set_answer_text(self.question.key, iso or "")
            )
        if kind in ("line", "person", "date"):
            wrapper = QWidget()
            box = QVBoxLayout(wrapper)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(editor)
            box.addStretch(1)
            self._input = editor
            editor.setAccessibleName(self.question.question)
            return wrapper
        self._input = editor
        return editor

    def _make_guidance(self) -> QWidget:
        frame = Panel("guidance", None, radius=4, bar="accent")
        frame.setObjectName("guidance")
        box = QVBoxLayout(frame)
        box.setContentsMargins(12 + 3, 10, 12, 10)  # the accent bar is 3 px wide
        box.setSpacing(6)
        heading = QLabel(tr("How to answer"))
        heading.setObjectName("guidanceHeading")
        tint(heading, "accent")
        heading.setFont(section_font(heading, 1.0))
        text = plain_label(self.question.guidance, object_name="guidanceText")
        example = plain_label(
            tr("Example: {text}").format(text=self.question.example), object_name="guidanceExample"
        )
        font = example.font()
        font.setItalic(True)
        example.setFont(font)
        for widget in (heading, text, example):
            policy = widget.sizePolicy()  # keeps heightForWidth: wrapped text gets its lines
            policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
            widget.setSizePolicy(policy)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(widget)
        box.addStretch(1)
        return frame

    def input_widget(self) -> QWidget:
        return self._input

    def set_guidance_visible(self, visible: bool) -> None:
        self.guidance.setVisible(visible)

    def set_read_only(self, read_only: bool) -> None:
        if isinstance(self._input, (QPlainTextEdit, QLineEdit)):
            self._input.setReadOnly(read_only)
        else:
            self._input.setEnabled(not read_only)
        for widget in (self.owner, self.status, self.due):
            widget.setEnabled(not read_only)

    # ------------------------------------------------------------ sync
    def current_text(self) -> str | None:
        if isinstance(self._input, QPlainTextEdit):
            return self._input.toPlainText()
        if isinstance(self._input, QLineEdit):
            return self._input.text()
        return None

    def flush(self) -> None:
        """Save what was typed and not yet saved."""
        self._timer.stop()
        text = self.current_text()
        if text is not None and not self.session.read_only:
            self.session.set_answer_text(self.question.key, text)

    def refresh(self) -> None:
        answer = self.session.document.answer(self.question.key)
        if isinstance(self._input, (QPlainTextEdit, QLineEdit)):
            if self.current_text() != answer.text and not self._timer.isActive():
                self._input.blockSignals(True)
                if isinstance(self._input, AnswerEdit):
                    self._input.set_text(answer.text)
                else:
                    self._input.setText(answer.text)
                self._input.blockSignals(False)
        elif isinstance(self._input, PersonCombo):
            self._input.set_person(answer.person)
        elif isinstance(self._input, DateField):
            self._input.set_iso(answer.text or None)
        self.owner.set_person(answer.owner)
        self.status.set_status(answer.status)
        self.due.set_iso(answer.due)
        done = is_answered(self.question, answer)
        self.state_icon.setText("✓" if done else "")
        self.state_icon.setToolTip(tr("Answered") if done else "")

    def _on_answer_changed(self, key: str) -> None:
        if key == self.question.key:
            self.refresh()

    def _on_people_changed(self) -> None:
        people = self.session.document.people()
        answer = self.session.document.answer(self.question.key)
        self.owner.set_people(people, answer.owner)
        if isinstance(self._input, PersonCombo):
            self._input.set_people(people, answer.person)

    def detach(self) -> None:
        """Stop listening to the session (the page is going away)."""
        self.flush()
        self.session.remove_flusher(self.flush)
        self.session.answerChanged.disconnect(self._on_answer_changed)
        self.session.peopleChanged.disconnect(self._on_people_changed)
