"""The selected initiative in full (description, goals, pin, not-doing reason), and the
cell editors of the initiatives table (numbers kept inside their scale). Its score,
quarter, phase and touchpoint are in initiative_scores.py.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain.entities import Field
from cxcharter.domain.scoring import quadrant
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.priorities.initiative_scores import read_input
from cxcharter.ui.sections.priorities.priority_hub import PriorityHub
from cxcharter.ui.sections.priorities.priority_models import GoalLinksModel
from cxcharter.ui.sections.priorities.priority_texts import problem_text, quadrant_name, score_text
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_delegate import RowDelegate
from cxcharter.ui.widgets.basics import ACCENT, plain_label, section_font
from cxcharter.ui.widgets.labels import choice_label

SAVE_DELAY_MS = 400


class InitiativeDelegate(RowDelegate):
    """RowDelegate's editors; numbers outside their scale are refused with a sentence."""

    rejected = Signal(str)  # what to show under the table

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QComboBox):
            editor.setMaxVisibleItems(max(editor.count(), 10))
        return editor

    def setModelData(self, editor, model, index) -> None:
        f: Field | None = index.data(Role.FIELD)
        self.rejected.emit("")
        if (
            f is None
            or not isinstance(editor, QLineEdit)
            or f.type not in ("real", "int", "quarter")
        ):
            super().setModelData(editor, model, index)
            return
        title = str(model.headerData(index.column(), Qt.Orientation.Horizontal) or f.name)
        ok, value, refusal = read_input(f, editor.text(), title)
        if not ok:
            self.rejected.emit(refusal)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class ScoreDelegate(QStyledItemDelegate):
    """The score, with a thin bar showing it against the best score of the list."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        share = index.data(Role.SHARE)
        if not share:
            return
        rect = QRectF(option.rect).adjusted(6, 0, -6, -3)
        color = QColor(ACCENT)
        if option.palette.color(QPalette.ColorRole.Base).lightness() < 128:
            color = QColor("#7cc3de")
        color.setAlpha(170)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(
            QRectF(rect.left(), rect.bottom() - 3, max(2.0, rect.width() * share), 3), 1.5, 1.5
        )
        painter.restore()


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _line(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side from the left."""
    line = QHBoxLayout()
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return line


class InitiativeDetail(QWidget):
    """Editors for what the table does not show, for one initiative."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.hub = PriorityHub.of(session)
        self.initiative_id: int | None = None
        self._timers = {}
        for name in ("description", "drop_reason"):
            timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
            timer.timeout.connect(lambda n=name: self._save_text(n))
            self._timers[name] = timer

        self._build_about()
        self._build_pin()
        self._build_drop()
        self._build_goals()

        self._layout()
        self.hub.rankingChanged.connect(self.refresh)
        session.add_flusher(self.flush)
        self.set_initiative(None)

    def _build_about(self) -> None:
        """The title, the summary line and the description."""
        self.title = plain_label(object_name="initiativeTitle")
        self.title.setFont(section_font(self.title, 1.1))
        self.summary = plain_label(object_name="hint", wrap=False)
        self.description = self._text_edit(
            "description", tr("Description"), tr("What it is and what changes for customers")
        )

    def _build_pin(self) -> None:
        """A pinned rank with its reason, Pin and Unpin."""
        self.pin_rank = QSpinBox()
        self.pin_rank.setAccessibleName(tr("Pinned rank"))
        self.pin_rank.setRange(1, 9999)
        self.pin_reason = QLineEdit()
        self.pin_reason.setAccessibleName(tr("Reason for the pinned rank"))
        self.pin_reason.setPlaceholderText(tr("Why this rank, whatever the score"))
        self.pin_reason.textChanged.connect(self._update_pin_buttons)
        self.pin_reason.editingFinished.connect(self._save_pin_reason)
        self.pin_reason.returnPressed.connect(self.pin)
        self.pin_button = QPushButton(tr("&Pin rank"))
        self.pin_button.setToolTip(tr("Keep this initiative at this rank, whatever its score"))
        self.pin_button.clicked.connect(self.pin)
        self.unpin_button = QPushButton(tr("&Unpin"))
        self.unpin_button.setToolTip(tr("Rank it by its score again"))
        self.unpin_button.clicked.connect(self.unpin)
        self.pin_problems = plain_label(object_name="fieldError")

    def _build_drop(self) -> None:
        """Why it is not pursued, and the button that moves it to (or from) “not doing”."""
        self.drop_reason = self._text_edit(
            "drop_reason",
            tr("Why not"),
            tr("Why it is not pursued (shown on the “not doing” list)"),
        )
        self.drop_button = QPushButton(tr("Move to “&Not doing”"))
        self.drop_button.setToolTip(
            tr("Drop the initiative: it leaves the ranking and stays visible with its reason")
        )
        self.drop_button.clicked.connect(self.toggle_dropped)
        self.drop_problems = plain_label(object_name="fieldError")

    def _build_goals(self) -> None:
        """The goals the initiative serves, ticked from the charter's goals."""
        self.goals_model = GoalLinksModel(self.session, self)
        self.goals = QListView()
        self.goals.setAccessibleName(tr("Linked goals"))
        self.goals.setModel(self.goals_model)
        self.goals.setUniformItemSizes(True)
        self.goals.setMinimumWidth(180)  # titles too long for it carry them in the tooltip
        self.no_goals = plain_label(
            tr("No goals yet: add them on the Goals section's “Goals & metrics” tab."),
            object_name="hint",
        )

    def _text_edit(self, name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(60)
        edit.textChanged.connect(lambda: self._typed(name))
        return edit

    def _layout(self) -> None:
        def column(*items) -> QVBoxLayout:
            box = QVBoxLayout()
            box.setSpacing(4)
            for item in items:
                if isinstance(item, QHBoxLayout):
                    box.addLayout(item)
                else:
                    box.addWidget(item)
            box.addStretch(1)
            return box

        # Narrow enough beside the approval panel: the button under its label, the pin
        # label wrapped, Unpin under Pin.
        drop = _line(self.drop_button)
        text = column(
            _label(tr("&Description:"), self.description),
            self.description,
            _label(tr("&Why not:"), self.drop_reason),
            drop,
            self.drop_reason,
            self.drop_problems,
        )
        pin, unpin = _line(self.pin_rank, self.pin_button), _line(self.unpin_button)
        pin_label = _label(tr("Pinned &rank, whatever the score:"), self.pin_rank)
        pin_label.setWordWrap(True)
        facts = column(
            pin_label,
            pin,
            unpin,
            self.pin_reason,
            self.pin_problems,
        )
        heading = QLabel(tr("&Linked goals:"))
        heading.setBuddy(self.goals)
        goals = QVBoxLayout()
        goals.setSpacing(4)
        goals.addWidget(heading)
        goals.addWidget(self.goals, 1)
        goals.addWidget(self.no_goals)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(text, 5)
        columns.addLayout(facts, 3)
        columns.addLayout(goals, 4)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(columns, 1)

    # ------------------------------------------------------------ sync
    def row(self):
        return self.hub.by_id.get(self.initiative_id) if self.initiative_id else None

    def set_initiative(self, initiative_id: int | None) -> None:
        if initiative_id != self.initiative_id:
            self.flush()
            self.initiative_id = initiative_id
            self.pin_reason.setModified(False)
            self.goals_model.set_initiative(initiative_id)
            row = self.row()
            ranked = self.hub.ranked(initiative_id) if initiative_id else None
            pinned = row.get("pinned_rank") if row else None
            self.pin_rank.setValue(pinned or (ranked.rank if ranked and ranked.rank else 1))
        self.refresh()

    def refresh(self) -> None:
        row = self.row()
        editable = row is not None and not self.session.read_only
        for widget in (self.description, self.drop_reason, self.pin_reason):
            widget.setReadOnly(not editable)
        for widget in (self.pin_rank, self.drop_button, self.goals):
            widget.setEnabled(editable)
        self.no_goals.setVisible(not self.hub.goals)
        self.goals.setVisible(bool(self.hub.goals))
        if row is None:
            self.title.setText(tr("No initiative selected"))
            self.summary.setText("")
            for edit in (self.description, self.drop_reason):
                self._set_text(edit, "")
            self.pin_reason.setText("")
            self.pin_problems.setVisible(False)
            self.drop_problems.setVisible(False)
            self._update_pin_buttons()
            return
        self.title.setText(str(row.get("title") or ""))
        self.summary.setText(self._summary(row))
        if not self._timers["description"].isActive():
            self._set_text(self.description, str(row.get("description") or ""))
        if not self._timers["drop_reason"].isActive():
            self._set_text(self.drop_reason, str(row.get("drop_reason") or ""))
        if not (self.pin_reason.hasFocus() and self.pin_reason.isModified()):
            self.pin_reason.setText(str(row.get("pin_reason") or ""))
            self.pin_reason.setCursorPosition(0)
        self.pin_rank.setMaximum(max(len(self.hub.ranking.order), 1, row.get("pinned_rank") or 1))
        if row.get("pinned_rank"):
            self.pin_rank.setValue(row.get("pinned_rank"))
        dropped = row.get("status") == "dropped"
        self.drop_button.setText(tr("&Bring back") if dropped else tr("Move to “&Not doing”"))
        self.drop_button.setToolTip(
            tr("Put it back on the ranked list as an idea")
            if dropped
            else tr("Drop the initiative: it leaves the ranking and stays visible with its reason")
        )
        ranked = self.hub.ranked(row.id)
        pin_texts = [
            problem_text(p)
            for p in (ranked.problems if ranked else ())
            if p.code.startswith("pin.")
        ]
        self.pin_problems.setText("\n".join(pin_texts))
        self.pin_problems.setVisible(bool(pin_texts))
        drop_texts = [problem_text(p) for p in self.hub.ranking.not_doing_problems.get(row.id, ())]
        self.drop_problems.setText("\n".join(drop_texts))
        self.drop_problems.setVisible(bool(drop_texts))
        self._update_pin_buttons()

    def _summary(self, row) -> str:
        parts = []
        ranked = self.hub.ranked(row.id)
        if row.get("status") == "dropped":
            parts.append(tr("Not doing"))
        elif ranked is not None:
            parts.append(
                tr("Rank {rank}").format(rank=ranked.rank) if ranked.rank else tr("Not ranked")
            )
            parts.append(
                tr("Score {score}").format(score=score_text(self.hub.method, ranked.score))
            )
        place = quadrant(row.get("impact"), row.get("effort"))
        if place:
            parts.append(quadrant_name(place, plural=False))
        if row.get("status") and row.get("status") != "dropped":
            parts.append(choice_label(row.get("status")))
        return " · ".join(parts)

    @staticmethod
    def _set_text(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)

    def _update_pin_buttons(self) -> None:
        row = self.row()
        editable = row is not None and not self.session.read_only and row.get("status") != "dropped"
        self.pin_button.setEnabled(editable and bool(self.pin_reason.text().strip()))
        self.unpin_button.setEnabled(editable and row.get("pinned_rank") is not None)

    # ------------------------------------------------------------ saving
    def _save(self, **data) -> bool:
        row = self.row()
        if row is None or self.session.read_only:
            return False
        if all(row.get(k) == v for k, v in data.items()):
            return True
        return self.session.update_row("initiative", row.id, **data)

    def _typed(self, name: str) -> None:
        self._timers[name].start()

    def _save_text(self, name: str) -> None:
        self._timers[name].stop()
        edit = self.description if name == "description" else self.drop_reason
        self._save(**{name: edit.toPlainText()})

    def flush(self) -> None:
        """Save typing that is still waiting for its pause."""
        for name, timer in self._timers.items():
            if timer.isActive():
                self._save_text(name)

    def pin(self) -> None:
        reason = self.pin_reason.text().strip()
        if not reason or not self.pin_button.isEnabled():
            return
        self.pin_reason.setModified(False)
        self._save(pinned_rank=self.pin_rank.value(), pin_reason=reason)

    def unpin(self) -> None:
        """Rank by the score again; the reason stays, ready if it is pinned again."""
        self.pin_reason.setModified(False)
        self._save(pinned_rank=None)

    def _save_pin_reason(self) -> None:
        row = self.row()
        if (
            row is not None
            and row.get("pinned_rank") is not None
            and self.pin_reason.isModified()
            and self.pin_reason.text().strip()
        ):
            self.pin_reason.setModified(False)
            self._save(pin_reason=self.pin_reason.text().strip())

    def toggle_dropped(self) -> None:
        row = self.row()
        if row is None:
            return
        self._timers["drop_reason"].stop()
        if self._timers["description"].isActive():
            self._save_text("description")
        if row.get("status") == "dropped":
            self._save(status="idea")
        else:  # with the reason as typed: one step, never merged with "bring back"
            self._save(status="dropped", drop_reason=self.drop_reason.toPlainText())

    def stop(self) -> None:
        """Save what waits and stop the timers (the charter is closing)."""
        self.flush()
        for timer in self._timers.values():
            timer.stop()

    def detach(self) -> None:
        self.stop()
        self.session.remove_flusher(self.flush)
        self.hub.rankingChanged.disconnect(self.refresh)
        self.goals_model.detach()
