"""Two people of the same name are told apart in the person chooser and in tables."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxcharter.ui.tables.row_model import Column, RowTableModel
from cxcharter.ui.widgets.fields import PersonCombo


def twins(session) -> tuple[int, int]:
    doc = session.document
    return (
        doc.add_person("Anna Weber", email="anna@service.example"),
        doc.add_person("Anna Weber", department="Vertrieb"),
    )


def test_the_person_chooser_tells_two_of_the_same_name_apart(session, qtbot):
    _first, second = twins(session)
    session.document.add_person("Ben Li")
    combo = PersonCombo("(nobody)")
    qtbot.addWidget(combo)
    combo.set_people(session.document.people(), second)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == [
        "(nobody)",
        "Anna Weber (anna@service.example)",
        "Anna Weber (Vertrieb)",
        "Ben Li",
    ]
    assert combo.person_id() == second


def test_a_table_of_approvers_tells_them_apart(session):
    first, second = twins(session)
    for person in (first, second):
        session.document.add_row("approver", {"person": person, "required": True})
    model = RowTableModel(session, "approver", [Column("person", "Approver")])
    shown = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    assert shown == ["Anna Weber (anna@service.example)", "Anna Weber (Vertrieb)"]
