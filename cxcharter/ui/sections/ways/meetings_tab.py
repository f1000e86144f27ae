"""Ways of working, the meetings tab: the team's regular meetings, who takes part
(ticked from the directory) and each agenda, with the standard agenda a click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.people.new_person import (
    new_person_button,
    new_person_with,
    no_people_yet,
)
from cxcharter.ui.sections.ways.ways_models import (
    CADENCE,
    BoundText,
    MeetingsModel,
    ParticipantsModel,
)
from cxcharter.ui.sections.ways.ways_widgets import column, heading
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_table import RowTable, add_line, add_shortcut, tab_margins
from cxcharter.ui.tables.row_model import content_signals
from cxcharter.ui.widgets.basics import plain_label


class MeetingsTab(QWidget):
    """The team's meetings; the selected one's agenda and participants below."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.model = MeetingsModel(session, self)
        self.table = RowTable(
            session, self.model, tr("Meetings"), widths=(220, 240, 170, 96, 300), stretch=None
        )
        self._build_tools()

        agenda_box = self._build_agenda()
        participants_box = self._build_participants()

        lower = QWidget()
        lower_box = QHBoxLayout(lower)
        lower_box.setContentsMargins(0, 4, 0, 0)
        lower_box.setSpacing(20)
        lower_box.addWidget(agenda_box, 3)
        lower_box.addWidget(participants_box, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([280, 340])
        layout = QVBoxLayout(self)
        tab_margins(layout)
        layout.addWidget(self.splitter, 1)

        self._meeting: int | None = None
        self.table.currentChanged.connect(self._on_current)
        session.rowsChanged.connect(self._on_rows)
        self.participants_model.dataChanged.connect(self._update_hint)
        self.participants_model.modelReset.connect(self._update_hint)
        for signal in content_signals(self.model):
            signal.connect(self._update_messages)
        if self.model.rowCount():
            self.table.select_id(self.model.row_at(0).id)
        self._on_current(self.table.selected_id())

    def _build_tools(self) -> None:
        """The new meeting's name and its Add button, in the table's tool row."""
        self.new_name = add_line(
            tr("New meeting: type its name and press Enter"),
            tr("Name of the new meeting"),
            self.add_meeting,
        )
        self.add_button = QPushButton(tr("Add meeting"))
        self.add_button.clicked.connect(self.add_meeting)
        self.table.tools.insertWidget(0, self.new_name, 2)
        self.table.tools.insertWidget(1, self.add_button)
        self.act_add = add_shortcut(self, tr("Add meeting"), self.focus_new)

    def _build_agenda(self) -> QWidget:
        """The selected meeting's agenda, with the standard agenda a click away."""
        self.agenda_heading = heading(tr("Agenda"))
        self.agenda_heading.setWordWrap(True)  # long meeting names beside the panel
        self.agenda = BoundText(self.session)
        self.agenda.setAccessibleName(tr("Agenda of the selected meeting"))
        self.agenda.committed.connect(self._save_agenda)
        self.standard_button = QPushButton(tr("Insert standard agenda"))
        self.standard_button.setToolTip(
            tr(
                "Adds: customer story first, metrics against targets, initiative status, "
                "decisions needed, actions with owner and date"
            )
        )
        self.standard_button.clicked.connect(self.insert_standard_agenda)
        agenda_tools = QHBoxLayout()
        agenda_tools.addWidget(self.agenda_heading, 1)  # the room beside the button
        agenda_tools.addWidget(self.standard_button, 0, Qt.AlignmentFlag.AlignTop)
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.setSpacing(6)
        agenda_layout.addLayout(agenda_tools)
        agenda_layout.addWidget(self.agenda, 1)
        return agenda_box

    def _build_participants(self) -> QWidget:
        """Who takes part in the selected meeting, ticked from the directory."""
        self.participants_model = ParticipantsModel(self.session, self)
        self.participants = QListView()
        self.participants.setModel(self.participants_model)
        self.participants.setAccessibleName(tr("Participants of the selected meeting"))
        self.participants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participants.setUniformItemSizes(True)
        self.participants_hint = plain_label(object_name="hint")
        self.new_participant = new_person_button(
            tr("Add a new person to the charter who takes part in this meeting"),
            self.add_new_participant,
        )
        title = QHBoxLayout()
        title.addWidget(heading(tr("Participants")))
        title.addStretch(1)
        title.addWidget(self.new_participant)
        title_row = QWidget()
        title_row.setLayout(title)
        title.setContentsMargins(0, 0, 0, 0)
        participants_box = column(
            title_row,
            self.participants_hint,
            self.participants,
            stretch_last=True,
        )
        return participants_box

    # ------------------------------------------------------------ state
    def _on_current(self, meeting_id: int | None) -> None:
        self.agenda.flush()  # typing belongs to the meeting it was typed for
        self._meeting = meeting_id
        self.participants_model.set_meeting(meeting_id)
        self._load_agenda()
        self._update()

    def _on_rows(self, kind: str) -> None:
        if kind == "meeting":
            if self._meeting is not None and self.model.row_of(self._meeting) < 0:
                self._on_current(self.table.selected_id())
            else:
                self._load_agenda()
                self._update()

    def _load_agenda(self) -> None:
        row = (
            self.session.document.row("meeting", self._meeting)
            if self._meeting is not None
            else None
        )
        self.agenda.set_text(str(row.get("agenda") or "") if row else "")
        name = str(row.get("name") or "") if row else ""
        self.agenda_heading.setText(
            tr("Agenda: {meeting}").format(meeting=name) if row else tr("Agenda")
        )

    def _update(self) -> None:
        editable = not self.session.read_only
        chosen = self._meeting is not None
        for widget in (self.new_name, self.add_button):
            widget.setEnabled(editable)
        self.act_add.setEnabled(editable)
        self.agenda.setEnabled(chosen)
        self.agenda.setReadOnly(not editable)
        self.agenda.setPlaceholderText(
            tr("One item per line. “Insert standard agenda” gives you a proven start.")
            if chosen
            else tr("Select a meeting to see its agenda.")
        )
        self.standard_button.setEnabled(editable and chosen)
        self._update_hint()

    def _update_hint(self, *_args) -> None:
        if self._meeting is None:
            text = tr("Select a meeting to tick who takes part.")
        elif not self.participants_model.rowCount():
            text = no_people_yet()
        elif len(self.participants_model.members()) == 1:
            text = tr("1 person takes part. Tick or untick with the mouse or Space.")
        else:
            text = tr("{n} people take part. Tick or untick with the mouse or Space.").format(
                n=len(self.participants_model.members())
            )
        self.participants_hint.setText(text)
        self.participants.setEnabled(self._meeting is not None)
        self.new_participant.setEnabled(self._meeting is not None and not self.session.read_only)
        self._update_messages()

    def _update_messages(self, *_args) -> None:
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        incomplete = sum(1 for r in rows if self.model.cell_problems(r))
        if incomplete == 1:
            texts = [tr("1 meeting lacks its cadence, owner or participants (marked).")]
        elif incomplete:
            texts = [
                tr("{n} meetings lack their cadence, owner or participants (marked).").format(
                    n=incomplete
                )
            ]
        else:
            texts = []
        self.table.set_messages(texts)

    # ------------------------------------------------------------ editing
    def focus_new(self) -> None:
        self.new_name.setFocus()
        self.new_name.selectAll()

    def add_meeting(self) -> None:
        name = self.new_name.text().strip()
        if name and self.table.add({"name": name}, edit_column=CADENCE) is not None:
            self.new_name.clear()

    def add_new_participant(self) -> int | None:
        """“New person…”: the person joins the charter and this meeting, one step."""
        if self._meeting is None:
            return None
        data = {"meeting": self._meeting}
        return new_person_with(self, self.session, "meeting_participant", data)

    def _save_agenda(self, text: str) -> None:
        if self._meeting is not None and not self.session.read_only:
            self.session.update_row("meeting", self._meeting, agenda=text)

    def insert_standard_agenda(self) -> None:
        """Append the standard agenda to the selected meeting's agenda: one undo step."""
        if self._meeting is None or self.session.read_only:
            return
        self.agenda.flush()
        if self.session.document.row("meeting", self._meeting) is None:
            return
        self.session.insert_standard_agenda(self._meeting)
        self.agenda.moveCursor(QTextCursor.MoveOperation.End)
        self.agenda.setFocus()

    def detach(self) -> None:
        self.agenda.flush()
        self.agenda.detach()
        self.session.rowsChanged.disconnect(self._on_rows)
        self.participants_model.detach()
        self.table.detach()
