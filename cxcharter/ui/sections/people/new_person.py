"""“New person…” wherever a person is chosen: a small dialog, then one step that adds
the person and chooses them (ops.people.add_person_chosen)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cxcharter.ops.people import Reference
from cxcharter.ui import ask
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.fields import PersonCombo


def departments() -> list[str]:
    """The usual departments (the People page offers the same)."""
    return [
        tr("Customer Service"),
        tr("Marketing"),
        tr("Sales"),
        tr("IT"),
        tr("Product"),
        tr("Executive"),
    ]


class NewPersonDialog(QDialog):
    """Name (required), e-mail, department and role of one new person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPersonDialog")
        self.setWindowTitle(tr("New person"))
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(tr("name@example.com"))
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.addItems(departments())
        self.department.setCurrentIndex(-1)
        self.role = QLineEdit()
        self.role.setPlaceholderText(tr("e.g. CX lead"))
        form = QFormLayout()
        for text, widget in (
            (tr("&Name"), self.name),
            (tr("&E-mail"), self.email),
            (tr("De&partment"), self.department),
            (tr("R&ole"), self.role),
        ):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("They join the charter's people and are chosen here.")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def fields(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "email": self.email.text().strip(),
            "department": self.department.currentText().strip(),
            "role": self.role.text().strip(),
        }


def ask_new_person(parent: QWidget | None) -> dict[str, str] | None:
    """The new person's fields, or None when the user cancelled."""
    dialog = NewPersonDialog(parent)
    try:
        if not ask.run_dialog(dialog) or not dialog.fields()["name"]:
            return None
        return dialog.fields()
    finally:
        dialog.deleteLater()


def new_person_for(
    combo: PersonCombo, session: CharterSession, ref: Reference | None
) -> int | None:
    """Ask for a new person; add them and choose them at `ref` (one step), or just add
    them and select them in `combo` when the choice is not saved yet (a form's chooser)."""
    fields = ask_new_person(combo.window())
    if fields is None:
        return None
    if ref is None:
        person_id = session.add_person(**fields)
    else:
        person_id = session.add_person_chosen(fields, ref)
    if person_id is not None and isValid(combo):  # a table's editor may be gone by now
        if combo.findData(person_id) < 0:  # a chooser nobody refills (a cell's editor)
            combo.set_people(session.document.people(), person_id)
        else:  # refilled on the change (its own choice of people): select them
            combo.set_person(person_id)
            if ref is None:  # a form's chooser: its buttons follow the choice
                combo.personChanged.emit(person_id)
    return person_id


def offer_new_person(combo: PersonCombo, session: CharterSession, ref=None) -> None:
    """Give `combo` its “New person…” entry; `ref` (or a function returning it) says where
    the new person is chosen."""
    combo.offer_new_person()
    combo.newPersonRequested.connect(
        lambda: new_person_for(combo, session, ref() if callable(ref) else ref)
    )


def no_people_yet() -> str:
    """What an empty list of people to tick says."""
    return tr("No people yet — add one with “New person…”")


def new_person_button(tip: str, slot) -> QPushButton:
    """A “New person…” button beside a list of people to tick."""
    button = QPushButton(tr("New person…"))
    button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def new_person_with(
    parent: QWidget, session: CharterSession, kind: str, data: dict, field: str = "person"
) -> int | None:
    """Ask for a new person; add them and the row of `kind` naming them (one step)."""
    fields = ask_new_person(parent.window())
    if fields is None or session.read_only:
        return None
    return session.add_person_with(fields, kind, {**data}, field)
