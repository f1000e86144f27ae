"""Editors for one value (an optional date, a person, a status). How values read is in
formats.py (re-exported here for the editors' callers)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QTextOption
from PySide6.QtWidgets import QComboBox, QDateEdit, QPlainTextEdit, QWidget

from cxcharter.domain.model import Person
from cxcharter.domain.names import distinct_names
from cxcharter.domain.values import STATUSES
from cxcharter.ui.formats import date_format as date_format  # re-exported for callers
from cxcharter.ui.formats import format_date as format_date
from cxcharter.ui.formats import format_number as format_number
from cxcharter.ui.formats import format_percent as format_percent
from cxcharter.ui.i18n import tr
from cxcharter.ui.messages import status_text

NO_DATE = QDate(1900, 1, 1)
CLEAR_DATE_KEY = "Ctrl+Del"  # Ctrl+Backspace too
DATE_KEYS = (  # for Help → Keyboard Shortcuts
    (CLEAR_DATE_KEY, QT_TR_NOOP("Date field: clear the date")),
    (
        "Up, Down",
        QT_TR_NOOP(
            "Date field: change the day, month or year at the cursor (an "
            "empty date starts at today)"
        ),
    ),
)
STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class DateField(QDateEdit):
    """A date that may also be empty ('—'); emits ISO text or None."""

    isoChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDisplayFormat(date_format())
        self.setDate(NO_DATE)
        self._last: str | None = None
        self.editingFinished.connect(self._emit)
        self.dateChanged.connect(self._on_date_changed)

    def _on_date_changed(self) -> None:
        # The calendar popup picks a whole date at once: save it right away.
        if self.calendarWidget().isVisible() or not self.hasFocus():
            self._emit()

    def iso(self) -> str | None:
        date = self.date()
        return None if date == NO_DATE else date.toString("yyyy-MM-dd")

    def set_iso(self, value: str | None) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE
        self.blockSignals(True)
        self.setDate(date if date.isValid() else NO_DATE)
        self.blockSignals(False)
        self._last = self.iso()

    def clear_date(self) -> None:
        self.setDate(NO_DATE)
        self._emit()

    def _emit(self) -> None:
        value = self.iso()
        if value != self._last:
            self._last = value
            self.isoChanged.emit(value)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab leave the field, like every other field.

        QDateTimeEdit steps Tab through day, month and year first, and an empty
        date ("—") never lets go of it: a keyboard trap. Left and Right move
        between the parts, Up and Down change the part under the cursor.
        """
        return QWidget.focusNextPrevChild(self, forward)

    def event(self, event) -> bool:
        """Undo and Redo are the window's (a date is saved the moment it is chosen), but
        for a date typed and not saved yet: Undo takes that typing back here. The line
        edit inside would take both keys for its own, empty undo: Ctrl+Z did nothing."""
        if event.type() == QEvent.Type.ShortcutOverride and _undo_or_redo(event):
            if event.matches(QKeySequence.StandardKey.Undo) and self._typed():
                event.accept()  # comes back as a key press: see keyPressEvent
            else:
                event.ignore()  # the window's Undo / Redo shortcut runs
            return True
        return super().event(event)

    def _typed(self) -> bool:
        return self.iso() != self._last

    def keyPressEvent(self, event) -> None:
        key, modifiers = event.key(), event.modifiers()
        if event.matches(QKeySequence.StandardKey.Undo) and self._typed():
            self.set_iso(self._last)  # the typing not saved yet is taken back
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            modifiers & Qt.KeyboardModifier.ControlModifier
        ):  # Ctrl+Delete/Backspace clears the date
            self.clear_date()
            return
        plain = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if self.date() == NO_DATE and plain:
            # An empty date starts from today: stepping from 1900 or typing into "—" can't.
            if key in STEP_KEYS:
                self._start_today()
                return
            if event.text().isdigit():
                self._start_today()
        super().keyPressEvent(event)

    def _start_today(self) -> None:
        self.setDate(QDate.currentDate())
        self.setCurrentSectionIndex(0)
        self.setSelectedSection(self.sectionAt(0))


def _undo_or_redo(event) -> bool:
    """The window's Undo and Redo keys (the platform's: Ctrl+Z; Ctrl+Shift+Z, Ctrl+Y)."""
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )


NEW_PERSON = "new"  # the item data of the “New person…” entry


class PersonCombo(QComboBox):
    """Choose one person of the directory, or nobody; with `offer_new_person()`, a last
    entry “New person…” asks for one (`newPersonRequested`) and an empty directory says so."""

    personChanged = Signal(object)  # int | None
    newPersonRequested = Signal()

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._updating = False
        self._offers_new = False
        self._last = 0  # the index chosen before “New person…”
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.currentIndexChanged.connect(self._changed)

    def offer_new_person(self) -> None:
        self._offers_new = True

    def set_people(self, people: tuple[Person, ...], current: int | None) -> None:
        self._updating = True
        self.clear()
        empty = self._offers_new and not people
        none = tr("No people yet — add one with “New person…”") if empty else self._none_text
        self.addItem(none, None)
        shown = distinct_names(people)  # two people of the same name told apart
        for person in people:
            self.addItem(shown[person.id], person.id)
            if person.role:
                self.setItemData(
                    self.count() - 1, f"{person.name} — {person.role}", Qt.ItemDataRole.ToolTipRole
                )
        if self._offers_new:
            self.addItem(tr("New person…"), NEW_PERSON)
        self.set_person(current)
        self._updating = False

    def set_person(self, person_id: int | None) -> None:
        self._updating = True
        index = self.findData(person_id) if person_id is not None else 0
        self.setCurrentIndex(max(index, 0))
        self._last = self.currentIndex()
        self._updating = False

    def person_id(self) -> int | None:
        data = self.currentData()
        return None if data == NEW_PERSON else data

    def _changed(self) -> None:
        if self._updating:
            return
        if self.currentData() == NEW_PERSON:
            self._updating = True
            self.setCurrentIndex(self._last)  # the choice stands until a person is added
            self._updating = False
            self.newPersonRequested.emit()
            return
        self._last = self.currentIndex()
        self.personChanged.emit(self.currentData())


class StatusCombo(QComboBox):
    statusChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        for status in STATUSES:
            self.addItem(status_text(status), status)
        self.currentIndexChanged.connect(self._changed)

    def set_status(self, status: str) -> None:
        self._updating = True
        self.setCurrentIndex(max(self.findData(status), 0))
        self._updating = False

    def _changed(self) -> None:
        if not self._updating:
            self.statusChanged.emit(self.currentData())


LONG_LINE = 5_000  # characters without a line break that word wrapping chokes on


def has_long_line(text: str) -> bool:
    return len(text) > LONG_LINE and any(len(line) > LONG_LINE for line in text.split("\n"))


class AnswerEdit(QPlainTextEdit):
    """Plain text only; stays responsive with a megabyte on one line.

    Qt's word-boundary wrapping of one line of a million characters takes over a
    minute; wrapping anywhere takes under a second. Ordinary answers keep
    word wrapping; a pasted or loaded text with a giant line switches mode first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def _prepare_for(self, text: str) -> None:
        if has_long_line(text):
            self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)

    def set_text(self, text: str) -> None:
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._prepare_for(text)
        self.setPlainText(text)

    def insertFromMimeData(self, source) -> None:
        if source.hasText():
            self._prepare_for(source.text())
        super().insertFromMimeData(source)
