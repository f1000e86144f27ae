"""The Overview page: how complete each section is, who owes what, what is late or orphaned.

Everything here is derived from one `progress.overview()` of a snapshot, so the
lists are plain read-only item widgets, rebuilt (debounced) after changes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import QT_TR_NOOP, QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QPainter,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxcharter.catalog import Section
from cxcharter.domain import owed as owed_rules
from cxcharter.domain import tracking
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.owed import Owed
from cxcharter.domain.progress import OpenItem, Overview, SectionProgress, overview
from cxcharter.ui.governance.governance_texts import paused_text
from cxcharter.ui.i18n import tr, tr_marked
from cxcharter.ui.messages import status_text
from cxcharter.ui.sections.overview.owed_tree import (
    COPY_MAIL_SHORTCUT,
    WRITE_MAIL_SHORTCUT,
    OwedTree,
)
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import PageHeader, plain_label, section_font
from cxcharter.ui.widgets.colors import colour, semantic
from cxcharter.ui.widgets.entry_list import EntryList
from cxcharter.ui.widgets.fields import format_date, format_number
from cxcharter.ui.widgets.painted import Panel, Progress

OVERVIEW_KEYS = (  # the page's keys, for Help → Keyboard Shortcuts
    (COPY_MAIL_SHORTCUT, QT_TR_NOOP("Overview: copy what the selected person owes as an e-mail")),
    (WRITE_MAIL_SHORTCUT, QT_TR_NOOP("Overview: write the selected person an e-mail")),
)
REBUILD_DELAY_MS = 50
WIDE = 1000  # pixels: a narrower page stacks its cards, so the lists get the whole width


# What a section's structured part still needs (domain.progress.STRUCTURED).
STRUCTURED_MISSING = {
    "journey": QT_TR_NOOP("Add at least one touchpoint"),
    "goals": QT_TR_NOOP("Add a goal with metric, baseline, target, owner and due date"),
    "roles": QT_TR_NOOP("Add activities, each with exactly one A and at least one R"),
    "priorities": QT_TR_NOOP("Add an initiative you will pursue"),
    "stakeholders": QT_TR_NOOP("Add a stakeholder and a required approver"),
    "ways": QT_TR_NOOP("Add a meeting"),
}


def structured_missing(section: str) -> str:
    source = STRUCTURED_MISSING.get(section)
    return tr_marked(source) if source else ""


class SectionRow(QFrame):  # paints its hover and focus wash
    """One section's completion; click or Enter goes to its first open question."""

    activated = Signal(str)  # section key

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName("sectionRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = plain_label(section.title)
        self.detail = plain_label(object_name="hint")
        self.bar = Progress()
        self.bar.setFormat(tr("%v / %m"))
        self.bar.setMinimumWidth(150)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.detail, 1, 0)
        grid.addWidget(self.bar, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def set_progress(self, progress: SectionProgress, waiting: int = 0) -> None:
        """`waiting`: the section's questions whose owners have not marked them ready
        (answered or not): the bar counts answers, this counts work still to do."""
        required = max(progress.required, 1)  # a 0…0 bar would be a busy indicator
        self.bar.setRange(0, required)
        self.bar.setValue(min(progress.answered, required))
        self.bar.setFormat(
            tr("{done} / {total}").format(done=progress.answered, total=progress.required)
        )
        if progress.complete:
            detail = tr("All required questions answered")
            if waiting:
                detail = tr("{answered} · {n} not yet marked ready").format(
                    answered=detail, n=format_number(waiting)
                )
        else:
            open_count = progress.required - progress.answered
            if progress.structured is False:
                open_count -= 1
            if open_count == 0:
                detail = structured_missing(self.section.key)
            else:
                detail = (
                    tr("1 required question open")
                    if open_count == 1
                    else tr("{n} required questions open").format(n=open_count)
                )
                if progress.structured is False:
                    detail = tr("{questions} · {missing}").format(
                        questions=detail, missing=structured_missing(self.section.key)
                    )
        self.detail.setText(detail)
        if self.bar.complete != progress.complete:
            self.bar.complete = progress.complete
            self.bar.update()
        self.setAccessibleName(
            tr("{section}: {done} of {total} required questions answered").format(
                section=self.section.title, done=progress.answered, total=progress.required
            )
        )
        self.setToolTip(self.section.question)

    def paintEvent(self, _event) -> None:
        wash = "focus" if self.hasFocus() else "hover" if self.underMouse() else None
        if wash:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(wash))
            painter.drawRoundedRect(QRectF(self.rect()), 6, 6)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.section.key)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.section.key)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.focusNextPrevChild(key == Qt.Key.Key_Down)
        else:
            super().keyPressEvent(event)


class Card(Panel):
    """A titled panel holding one list and the sentence shown when it is empty."""

    def __init__(
        self, title: str, body: QWidget, empty_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent=parent)
        self.setObjectName("overviewCard")
        self.heading = plain_label(title, wrap=False)
        self.heading.setFont(section_font(self.heading, 1.15))
        self.count = plain_label(wrap=False, object_name="cardCount")
        self.empty = plain_label(empty_text, object_name="hint")
        self.body = body
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.count)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 14, 16, 14)
        box.setSpacing(8)
        box.addLayout(head)
        box.addWidget(self.empty)
        box.addWidget(body)

    def set_empty(self, empty: bool, text: str | None = None) -> None:
        if text is not None:
            self.empty.setText(text)
        self.empty.setVisible(empty)
        self.body.setVisible(not empty)


class OverviewPage(OwedTree, QScrollArea):
    """Where the charter stands: per section, per person, overdue and unassigned."""

    jumpRequested = Signal(str)  # question key
    goalRequested = Signal(int)  # goal id (an incomplete goal in "who owes what")
    contributionRequested = Signal(int)  # person id: write their contribution form

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(tr("Overview"))  # Tab stops here to scroll the page
        self._overview: Overview | None = None
        self._snapshot: CharterSnapshot | None = None
        self._owed: dict[int, Owed] = {}
        self._today: dt.date | None = None
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.header = PageHeader(tr("Overview"), "")
        self.completion = self._completion_card(session)
        self.owed = EntryList([tr("Question"), tr("Status"), tr("Due")], tr("Who owes what"))
        self.owed.setRootIsDecorated(True)
        self.overdue = EntryList([tr("Question"), tr("Owner"), tr("Due")], tr("Overdue"))
        self.unassigned = EntryList([tr("Question"), tr("Status"), tr("Due")], tr("Unassigned"))
        self._build_mail_actions()
        self.owed_card = Card(
            tr("Who owes what"),
            self._owed_body(),
            tr("Nobody owes anything — everything is ready for review."),
        )
        self.overdue_card = Card(tr("Overdue"), self.overdue, tr("Nothing is overdue."))
        self.unassigned_card = Card(
            tr("Unassigned"), self.unassigned, tr("Every question has an owner.")
        )
        for tree in (self.owed, self.overdue, self.unassigned):
            tree.itemActivated.connect(self._on_item_activated)
        self._lay_out()

        session.changed.connect(self._on_changed)
        # A rebuild still pending when the charter closes runs while the file is open.
        session.add_flusher(self._flush)
        self.refresh()

    def _completion_card(self, session: CharterSession) -> Card:
        """One row per section of the catalog, in a card."""
        self.section_rows: dict[str, SectionRow] = {}
        sections = QWidget()
        rows = QVBoxLayout(sections)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        for section in session.catalog.sections:
            row = SectionRow(section)
            row.activated.connect(self._jump_to_section)
            self.section_rows[section.key] = row
            rows.addWidget(row)
        card = Card(tr("Completion by section"), sections, "")
        card.set_empty(False)
        return card

    def _owed_body(self) -> QWidget:
        """The "who owes what" tree with its e-mail and form buttons below."""
        owed_body = QWidget()
        owed_box = QVBoxLayout(owed_body)
        owed_box.setContentsMargins(0, 0, 0, 0)
        owed_box.setSpacing(6)
        owed_box.addWidget(self.owed)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.copy_mail_button = QToolButton()
        self.copy_mail_button.setDefaultAction(self.copy_mail_action)
        self.write_mail_button = QToolButton()
        self.write_mail_button.setDefaultAction(self.write_mail_action)
        self.mail_note = plain_label(object_name="hint")
        buttons.addWidget(self.copy_mail_button)
        buttons.addWidget(self.write_mail_button)
        self.form_button = QToolButton()
        self.form_button.setDefaultAction(self.form_action)
        buttons.addWidget(self.form_button)
        buttons.addWidget(self.mail_note, 1)
        owed_box.addLayout(buttons)
        return owed_body

    def _lay_out(self) -> None:
        """The completion card left of (or above) the three lists, under the header."""
        inner = QWidget()
        inner.setObjectName("pageBody")
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.completion)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(16)
        for card in (self.owed_card, self.overdue_card, self.unassigned_card):
            right.addWidget(card)
        right.addStretch(1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(20)
        self.columns.addLayout(left, 2)
        self.columns.addLayout(right, 3)

        layout = QVBoxLayout(inner)
        layout.setContentsMargins(28, 20, 28, 28)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addLayout(self.columns, 1)
        self.setWidget(inner)

    # ----------------------------------------------------------- updating
    def _on_changed(self) -> None:
        if self.isVisible():
            self._timer.start()  # a burst of changes rebuilds once
        else:
            self._dirty = True  # rebuilt when it is shown again

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._on_changed()  # overdue dates take the new scheme's red

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Side by side on a wide page; stacked on a narrow one (say beside the approval
        panel), where side by side left the questions a column too narrow to read."""
        wide = self.width() >= WIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            self.columns.setStretch(0, 2 if wide else 0)
            self.columns.setStretch(1, 3 if wide else 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty or self._today != dt.date.today():
            self.refresh()

    def rebuild_pending(self) -> bool:
        return self._timer.isActive()

    def _flush(self) -> None:
        if self._timer.isActive():
            self.refresh()

    def detach(self) -> None:
        """Stop following the session (the page is going away)."""
        self._timer.stop()
        self.session.remove_flusher(self._flush)
        self.session.changed.disconnect(self._on_changed)

    def refresh(self) -> None:
        """Rebuild every list from a fresh snapshot of the charter."""
        self._timer.stop()
        self._dirty = False
        self._today = dt.date.today()
        snapshot = self.session.document.snapshot()
        governance = self.session.document.current_state(with_fingerprint=False)
        state = governance.state  # in review and approved, work tracking is paused
        view = tracking.overview_in(state, overview(self.session.catalog, snapshot, self._today))
        self._overview = view
        items = [i for owed in view.by_person.values() for i in owed] + view.unassigned
        subtitle = tr("{done} of {total} required questions answered").format(
            done=view.answered, total=view.required
        )
        if items:  # what the "to do" counts below count, beside what the bars count
            subtitle = tr("{answered} · {n} questions not yet marked ready").format(
                answered=subtitle, n=format_number(len(items))
            )
        self.header.set_text(tr("Overview"), subtitle)
        waiting = Counter(i.section for i in items)
        for progress in view.sections:
            if progress.key in self.section_rows:
                self.section_rows[progress.key].set_progress(progress, waiting[progress.key])
        names = {p.id: p.name for p in snapshot.people}
        self._snapshot = snapshot
        owed = owed_rules.owed(self.session.catalog, snapshot, self._today, governance.awaiting)
        self._owed = tracking.owed_in(state, owed)
        self._fill_owed(view, names)
        self._fill_overdue(view, names)
        self._fill_unassigned(view)
        self._show_tracking(state, subtitle)

    def _show_tracking(self, state: str, subtitle: str) -> None:
        """In review and approved one quiet line under the title in place of the
        work-tracking lists; only the decisions awaited (in review) stay."""
        tracks = tracking.tracks_work(state)
        if not tracks:
            self.header.set_text(tr("Overview"), f"{subtitle}\n{paused_text(state)}")
        self.overdue_card.setVisible(tracks)
        self.unassigned_card.setVisible(tracks)
        self.owed_card.setVisible(tracks or self.owed.topLevelItemCount() > 0)

    def _fill_overdue(self, view: Overview, names: dict[int, str]) -> None:
        current = self._current_key(self.overdue)
        self.overdue.clear()
        for item in view.overdue:
            owner = names.get(item.owner, "") if item.owner is not None else ""
            self.overdue.addTopLevelItem(self._entry(item, owner or tr("— nobody —")))
        self.overdue_card.count.setText(self._count_text(len(view.overdue)))
        self.overdue_card.set_empty(not view.overdue)
        self._restore_current(self.overdue, current)

    def _fill_unassigned(self, view: Overview) -> None:
        current = self._current_key(self.unassigned)
        self.unassigned.clear()
        for item in view.unassigned:
            self.unassigned.addTopLevelItem(self._entry(item, status_text(item.status)))
        self.unassigned_card.count.setText(self._count_text(len(view.unassigned)))
        self.unassigned_card.set_empty(not view.unassigned)
        self._restore_current(self.unassigned, current)

    def _entry(self, item: OpenItem, second: str) -> QTreeWidgetItem:
        catalog = self.session.catalog
        question = catalog.question(item.key)
        due = format_date(item.due) if item.due else ""
        entry = QTreeWidgetItem([question.question, second, due])  # wrapped, never cut
        entry.setData(0, Role.KEY, item.key)
        entry.setToolTip(0, f"{catalog.section(item.section).title}: {question.question}")
        entry.setToolTip(1, second)
        if item.overdue:
            entry.setForeground(2, QBrush(semantic("error")))
            entry.setToolTip(2, tr("Overdue since {date}").format(date=due))
        return entry

    @staticmethod
    def _count_text(n: int) -> str:
        return tr("{n} to do").format(n=format_number(n)) if n else ""

    @staticmethod
    def _current_key(tree: EntryList) -> str | None:
        item = tree.currentItem()
        return item.data(0, Role.KEY) if item is not None else None

    @staticmethod
    def _restore_current(tree: EntryList, key: str | None) -> None:
        tree.updateGeometry()
        if key and (item := tree.item_for(key)) is not None:
            tree.setCurrentItem(item)

    # ------------------------------------------------------------ jumping
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, Role.KEY)
        if key:
            self.jumpRequested.emit(key)
        elif (goal := item.data(0, Role.GOAL_ID)) is not None:
            self.goalRequested.emit(int(goal))

    def first_open_question(self, section_key: str) -> str | None:
        """Where work on a section continues: its first unanswered required question,
        else its first unanswered one, else the first not yet ready, else the first."""
        section = self.session.catalog.section(section_key)
        view = self._overview
        items: dict[str, OpenItem] = {}
        if view is not None:
            for item in [*view.unassigned, *(i for its in view.by_person.values() for i in its)]:
                items[item.key] = item
        open_questions = [q for q in section.questions if q.key in items]
        for wanted in (
            lambda q: q.required and not items[q.key].answered,
            lambda q: not items[q.key].answered,
            lambda q: True,
        ):
            for question in open_questions:
                if wanted(question):
                    return question.key
        return section.questions[0].key if section.questions else None

    def _jump_to_section(self, section_key: str) -> None:
        key = self.first_open_question(section_key)
        if key:
            self.jumpRequested.emit(key)

    def focus_first(self) -> None:
        """Keyboard focus on the first section row."""
        first = next(iter(self.section_rows.values()), None)
        if first is not None:
            first.setFocus()
