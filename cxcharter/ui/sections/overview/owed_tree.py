"""The Overview's "who owes what": the tree per person, its filling and its e-mail actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTreeWidgetItem

from cxcharter.domain import owed as owed_rules
from cxcharter.domain.owed import Owed, OwedGoal
from cxcharter.domain.progress import Overview
from cxcharter.ui.i18n import tr, tr_marked
from cxcharter.ui.messages import status_text
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.fields import format_number

COPY_MAIL_SHORTCUT = "Ctrl+Shift+C"
WRITE_MAIL_SHORTCUT = "Ctrl+Shift+M"
OBJECTIVE_CHARS = 80  # a goal's objective is the user's own text, of any length: cut (tooltip: all)

# A goal's missing fields (domain.goals.missing_fields, without the owner).
GOAL_FIELDS = {
    "metric": QT_TR_NOOP("metric"),
    "baseline": QT_TR_NOOP("baseline"),
    "target": QT_TR_NOOP("target"),
    "due": QT_TR_NOOP("due date"),
}


def shorten(text: str, limit: int = OBJECTIVE_CHARS) -> str:
    """At most `limit` characters, cut at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.-–") + "…"


def decision_entry(name: str) -> QTreeWidgetItem:
    """The row of a required approver who has not decided on the charter in review."""
    entry = QTreeWidgetItem([tr("Decision on the charter in review"), tr("Awaited"), ""])
    entry.setToolTip(
        0, tr("{name} is a required approver and has not decided yet.").format(name=name)
    )
    return entry


def goal_entry(goal: OwedGoal) -> QTreeWidgetItem:
    missing = ", ".join(tr_marked(GOAL_FIELDS[m]) for m in goal.missing if m in GOAL_FIELDS)
    objective = goal.objective or tr("Goal without an objective")
    # The status column stays narrow ("Incomplete"); what is missing is in the tooltip.
    entry = QTreeWidgetItem(
        [tr("Goal: {objective}").format(objective=shorten(objective)), tr("Incomplete"), ""]
    )
    entry.setData(0, Role.GOAL_ID, goal.goal)
    lacking = tr("Missing: {fields}").format(fields=missing)
    entry.setToolTip(0, f"{objective}\n{lacking}")
    entry.setToolTip(1, lacking)
    return entry


class OwedTree:
    """The "who owes what" part of OverviewPage (mixed into it): `self.owed` is the
    tree, `self.owed_card` its card, `self._owed` what `domain.owed` found per person."""

    def _fill_owed(self, view: Overview, names: dict[int, str]) -> None:
        """Per person: the decision awaited, the questions to answer, the goals to complete.

        The questions are the overview's own (`view.by_person`); the decision and the
        goals come from `domain.owed`, like the e-mail body.
        """
        current = self._current_key(self.owed)
        current_person = self.selected_person()
        self.owed.clear()
        owing = self._owing(view, names)
        total = 0
        for pid, items, goals, decision in owing:
            count = len(items) + len(goals) + int(decision)
            total += count
            person = self._person_entry(names.get(pid, ""), pid, count)
            if decision:
                person.addChild(decision_entry(names.get(pid, "")))
            for item in items:
                person.addChild(self._entry(item, status_text(item.status)))
            for goal in goals:
                person.addChild(goal_entry(goal))
            self.owed.addTopLevelItem(person)
            person.setExpanded(True)
        self.owed_card.count.setText(self._count_text(total))
        self._set_owed_empty(bool(owing), bool(view.unassigned))
        self._restore_current(self.owed, current)
        if (
            current is None
            and current_person is not None
            and (item := self._person_item(current_person)) is not None
        ):
            self.owed.setCurrentItem(item)
        self._update_mail_actions()

    def _owing(self, view: Overview, names: dict[int, str]) -> list[tuple]:
        """(person, questions, goals, decision awaited) of everyone who owes something,
        by name."""
        owing = []
        for pid, items in view.by_person.items():
            extra = self._owed.get(pid)
            goals = extra.goals if extra is not None else ()
            decision = extra.decision if extra is not None else False
            if items or goals or decision:
                owing.append((pid, items, goals, decision))
        owing.sort(key=lambda entry: names.get(entry[0], "").casefold())
        return owing

    def _person_entry(self, name: str, pid: int, count: int) -> QTreeWidgetItem:
        person = QTreeWidgetItem([name, "", ""])
        person.setData(0, Role.PERSON_ID, pid)
        person.setText(1, tr("{n} to do").format(n=format_number(count)))
        person.setToolTip(0, name)
        font = QFont(self.owed.font())
        font.setWeight(QFont.Weight.DemiBold)
        person.setFont(0, font)
        person.setFirstColumnSpanned(False)
        return person

    def _set_owed_empty(self, owing: bool, unassigned: bool) -> None:
        if owing:
            self.owed_card.set_empty(False)
        elif unassigned:
            self.owed_card.set_empty(
                True, tr("Nobody owes anything yet: the open questions have no owner.")
            )
        else:
            self.owed_card.set_empty(
                True, tr("Nobody owes anything — everything is ready for review.")
            )

    # ------------------------------------------------------------ e-mail
    def _build_mail_actions(self) -> None:
        self.copy_mail_action = QAction(tr("Copy as e-mail"), self)
        self.copy_mail_action.setShortcut(QKeySequence(COPY_MAIL_SHORTCUT))
        self.copy_mail_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_mail_action.triggered.connect(self.copy_mail)
        self.write_mail_action = QAction(tr("Write e-mail…"), self)
        self.write_mail_action.setShortcut(QKeySequence(WRITE_MAIL_SHORTCUT))
        self.write_mail_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.write_mail_action.triggered.connect(self.write_mail)
        self.form_action = QAction(tr("Contribution form…"), self)
        self.form_action.triggered.connect(self._request_form)
        for action in (self.copy_mail_action, self.write_mail_action, self.form_action):
            self.owed.addAction(action)  # the shortcuts work while the list has the focus
        self.owed.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.owed.customContextMenuRequested.connect(self._owed_menu)
        self.owed.currentItemChanged.connect(self._update_mail_actions)
        self._update_mail_actions()

    def _person_item(self, pid: int) -> QTreeWidgetItem | None:
        for i in range(self.owed.topLevelItemCount()):
            item = self.owed.topLevelItem(i)
            if item.data(0, Role.PERSON_ID) == pid:
                return item
        return None

    def selected_person(self) -> int | None:
        """The person of the current row of "who owes what" (an entry's person too)."""
        item = self.owed.currentItem()
        if item is None:
            return None
        while item.parent() is not None:
            item = item.parent()
        pid = item.data(0, Role.PERSON_ID)
        return int(pid) if pid is not None else None

    def _mail_parts(self, pid: int) -> tuple[str, str, str]:
        """The person's address, the subject and the plain-text body."""
        snapshot = self._snapshot or self.session.document.snapshot()
        item = self._owed.get(pid) or Owed(pid)
        person = snapshot.person(pid)
        body = owed_rules.mail_body(self.session.catalog, snapshot, item)
        return (person.email.strip() if person else ""), owed_rules.subject(snapshot), body

    def _request_form(self) -> None:
        pid = self.selected_person()
        if pid is not None:
            self.contributionRequested.emit(pid)

    def _update_mail_actions(self, *_args) -> None:
        pid = self.selected_person()
        self.form_action.setEnabled(pid is not None)
        self.form_action.setToolTip(
            tr("Write a fillable PDF with what {name} owes, to send them").format(
                name=self._snapshot.person_name(pid) if self._snapshot and pid else ""
            )
            if pid is not None
            else tr("Select a person to write their contribution form.")
        )
        self.copy_mail_action.setEnabled(pid is not None)
        if pid is None:
            self.copy_mail_action.setToolTip(
                tr("Select a person to copy their open items as an e-mail text.")
            )
            self.write_mail_action.setEnabled(False)
            self.write_mail_action.setToolTip(tr("Select a person to write them an e-mail."))
            return
        snapshot = self._snapshot
        person = snapshot.person(pid) if snapshot is not None else None
        name = person.name if person else ""
        self.copy_mail_action.setToolTip(
            tr("Copy what {name} still owes as a plain-text e-mail to the clipboard").format(
                name=name
            )
        )
        if person is not None and person.email.strip():
            self.write_mail_action.setEnabled(True)
            self.write_mail_action.setToolTip(
                tr("Open your e-mail program with a message to {name}").format(name=name)
            )
        else:
            self.write_mail_action.setEnabled(False)
            self.write_mail_action.setToolTip(
                tr("{name} has no e-mail address; add one on the People page.").format(name=name)
            )

    def _owed_menu(self, pos: QPoint) -> None:
        item = self.owed.itemAt(pos)
        if item is not None:
            self.owed.setCurrentItem(item)
        elif (current := self.owed.currentItem()) is not None:
            # The context-menu key: open the menu at the current row.
            pos = self.owed.visualItemRect(current).center()
        menu = QMenu(self.owed)
        menu.setToolTipsVisible(True)
        menu.addAction(self.copy_mail_action)
        menu.addAction(self.write_mail_action)
        menu.addAction(self.form_action)
        self.owed_menu = menu  # tests look at it
        menu.popup(self.owed.viewport().mapToGlobal(pos))

    def copy_mail(self) -> None:
        pid = self.selected_person()
        if pid is None:
            return
        _address, _subject, body = self._mail_parts(pid)
        QGuiApplication.clipboard().setText(body)
        self.mail_note.setText(
            tr("Copied the e-mail text for {name}.").format(
                name=self._snapshot.person_name(pid) if self._snapshot else ""
            )
        )

    def write_mail(self) -> None:
        pid = self.selected_person()
        if pid is None:
            return
        address, subject, body = self._mail_parts(pid)
        if not address:
            return
        url = QUrl(owed_rules.mailto(address, subject, body), QUrl.ParsingMode.StrictMode)
        if QDesktopServices.openUrl(url):
            self.mail_note.setText("")
        else:
            self.mail_note.setText(
                tr("No e-mail program could be opened; use “Copy as e-mail” instead.")
            )
