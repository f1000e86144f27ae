"""The People page, driven like a user: the inline form, cell edits, undo, removal, filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from cxcharter.store.document import CharterDocument
from cxcharter.ui import ask
from cxcharter.ui.sections.people.people_page import PeoplePage
from cxcharter.ui.sections.people.people_table import (
    EMAIL,
    NAME,
    OWNS,
    ROLE,
    PeopleModel,
)
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role

HOSTILE = ["<b>bold</b>", "Zoë 😀👍🏽", "سارة أحمد", "<img src='/etc/passwd'>"]


@pytest.fixture
def host_size() -> tuple[int, int]:
    return 1040, 760


@pytest.fixture
def page(qtbot, session, host):
    page = PeoplePage(session, host)
    page.resize(1040, 760)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.detach()


def rows(page: PeoplePage) -> list[str]:
    """Names as the table shows them, top to bottom."""
    proxy = page.proxy
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


def view_index(page: PeoplePage, name: str, column: int = NAME):
    for r in range(page.proxy.rowCount()):
        if page.proxy.index(r, NAME).data() == name:
            return page.proxy.index(r, column)
    raise AssertionError(f"{name!r} not in the table")


def people(session) -> dict[str, object]:
    return {p.name: p for p in session.document.people()}


def test_empty_team_shows_the_hint_and_the_model_is_sound(page, qtmodeltester):
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 0
    assert page.hint.isVisible()
    assert page.hint.text().startswith("Add the people of your team")
    assert not page.table.isVisible()
    assert not page.remove_button.isEnabled()
    assert page.header.title.text() == "People"
    assert page.table.accessibleName()


def test_add_people_through_the_inline_form(page, session, qtbot):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.isVisible()
    qtbot.waitUntil(lambda: form.name.hasFocus())

    qtbot.keyClicks(form.name, "Anna Weber")
    qtbot.keyClicks(form.email, "anna@example.com")
    form.department.setFocus()
    qtbot.keyClicks(form.department.lineEdit(), "Customer Service")
    qtbot.keyClicks(form.role, "CX lead")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)

    anna = people(session)["Anna Weber"]
    assert (anna.email, anna.department, anna.role) == (
        "anna@example.com",
        "Customer Service",
        "CX lead",
    )
    assert rows(page) == ["Anna Weber"]
    assert page.table.isVisible() and not page.hint.isVisible()
    assert form.name.text() == "" and form.department.currentText() == ""
    assert form.isVisible() and form.name.hasFocus(), "ready for the next person"
    assert page.selected_ids() == [anna.id]

    # Enter in the form adds, too.
    qtbot.keyClicks(form.name, "Jonas Becker")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert sorted(people(session)) == ["Anna Weber", "Jonas Becker"]
    assert rows(page) == ["Anna Weber", "Jonas Becker"]
    assert session.undo_stack.count() == 2

    # Escape hides the form.
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_a_name_is_required_and_said_so_inline(page, session, qtbot):
    page.show_form()
    form = page.form
    qtbot.keyClicks(form.email, "nobody@example.com")
    qtbot.keyClick(form.email, Qt.Key.Key_Return)
    assert form.error.isVisible()
    assert form.error.text() == "Please enter a name."
    assert form.name.hasFocus()
    assert session.document.people() == ()
    assert session.undo_stack.count() == 0
    qtbot.keyClicks(form.name, "   ")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert session.document.people() == ()
    qtbot.keyClicks(form.name, "Mia")
    assert not form.error.isVisible(), "typing a name clears the complaint"


def test_shortcut_opens_the_form(page, qtbot):
    assert "Ctrl+Shift+N" in page.add_button.toolTip()
    page.filter.setFocus()
    qtbot.waitUntil(page.filter.hasFocus)
    qtbot.keyClick(
        page.filter,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.form.isVisible()


def test_edit_cells_through_the_model_with_undo_and_redo(page, session, qtbot, qtmodeltester):
    session.add_person("Anna Weber", email="anna@old.example")
    qtmodeltester.check(page.model)
    model = page.model
    anna_id = people(session)["Anna Weber"].id
    row = model.row_of(anna_id)
    stack = session.undo_stack
    before = stack.count()

    assert model.setData(model.index(row, EMAIL), "  anna@new.example ")
    assert session.document.person(anna_id).email == "anna@new.example"
    assert model.index(row, EMAIL).data() == "anna@new.example"
    assert stack.count() == before + 1

    with qtbot.assertNotEmitted(session.failed):  # refused quietly, no error message
        assert not model.setData(model.index(row, NAME), "   "), "a person needs a name"
    assert not model.setData(model.index(row, OWNS), 5), "Owns is computed, not typed"
    assert model.setData(model.index(row, EMAIL), "anna@new.example"), "unchanged is fine"
    assert session.document.person(anna_id).name == "Anna Weber"
    assert stack.count() == before + 1, "refused and unchanged edits leave no undo step"

    stack.undo()
    assert session.document.person(anna_id).email == "anna@old.example"
    assert model.index(row, EMAIL).data() == "anna@old.example"
    stack.redo()
    assert session.document.person(anna_id).email == "anna@new.example"
    assert model.index(row, EMAIL).data() == "anna@new.example"


def test_edit_a_cell_in_the_view(page, session, qtbot):
    session.add_person("Anna Weber", role="Analyst")
    index = view_index(page, "Anna Weber", ROLE)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Analyst"
    editor.selectAll()
    qtbot.keyClicks(editor, "CX lead")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event
    qtbot.waitUntil(lambda: people(session)["Anna Weber"].role == "CX lead")
    assert page.table.currentIndex().data() == "CX lead", "the current cell stays put"

    # Typing on a cell starts editing it with that text.
    page.table.setCurrentIndex(view_index(page, "Anna Weber", EMAIL))
    qtbot.keyClicks(page.table, "a")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "nna@example.com")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: people(session)["Anna Weber"].email == "anna@example.com")

    session.undo()
    assert people(session)["Anna Weber"].email == ""
    session.undo()
    assert people(session)["Anna Weber"].role == "Analyst"


def test_remove_an_owner_asks_first_and_undo_brings_ownership_back(
    page, session, qtbot, monkeypatch, qtmodeltester
):
    session.add_person("Anna Weber")
    session.add_person("Jonas Becker")
    qtmodeltester.check(page.model)
    anna_id = people(session)["Anna Weber"].id
    assert session.set_owner("vision.statement", anna_id)
    assert session.set_owner("goals.objectives", anna_id)
    assert view_index(page, "Anna Weber", OWNS).data() == 2

    asked = []
    monkeypatch.setattr(ask, "confirm", lambda *a: asked.append(a) or True)
    page.table.setFocus()
    page.table.setCurrentIndex(view_index(page, "Anna Weber"))
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)

    assert len(asked) == 1
    _parent, title, text = asked[0]
    assert title == "Remove person"
    assert "Anna Weber" in text and "2 questions will lose their owner" in text
    assert list(people(session)) == ["Jonas Becker"]
    assert rows(page) == ["Jonas Becker"]
    doc = session.document
    assert doc.answer("vision.statement").owner is None
    assert doc.answer("goals.objectives").owner is None

    assert session.set_answer_text("vision.scope", "Meanwhile, an answer.")
    session.undo()
    session.undo()  # the removal
    assert sorted(people(session)) == ["Anna Weber", "Jonas Becker"]
    assert doc.answer("vision.statement").owner == anna_id
    assert doc.answer("goals.objectives").owner == anna_id
    assert view_index(page, "Anna Weber", OWNS).data() == 2
    session.redo()
    assert doc.answer("vision.statement").owner is None
    assert rows(page) == ["Jonas Becker"]


def test_declined_removal_keeps_the_person(page, session, qtbot, monkeypatch):
    session.add_person("Anna Weber")
    anna_id = people(session)["Anna Weber"].id
    session.set_owner("vision.statement", anna_id)
    monkeypatch.setattr(ask, "confirm", lambda *a: False)
    page.table.setCurrentIndex(view_index(page, "Anna Weber"))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert anna_id in {p.id for p in session.document.people()}
    assert session.document.answer("vision.statement").owner == anna_id


def test_removing_someone_who_owns_nothing_does_not_ask(page, session, qtbot):
    session.add_person("Anna Weber")
    session.add_person("Jonas Becker")
    page.table.setCurrentIndex(view_index(page, "Jonas Becker"))
    assert page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)  # no ask.confirm
    assert list(people(session)) == ["Anna Weber"]
    assert page.selected_ids() == [people(session)["Anna Weber"].id]


def test_owned_counts_follow_answers(page, session):
    session.add_person("Anna Weber")
    anna_id = people(session)["Anna Weber"].id
    index = view_index(page, "Anna Weber", OWNS)
    assert index.data() == 0
    session.set_owner("vision.statement", anna_id)
    assert index.data() == 1
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Owns 1 question"
    session.undo()
    assert index.data() == 0


def test_filter_narrows_the_table(page, session, qtbot):
    session.add_person("Anna Weber", department="Customer Service")
    session.add_person("Jonas Becker", department="Marketing")
    session.add_person("Mia Schulz", department="Marketing", role="Analyst")
    qtbot.keyClicks(page.filter, "market")
    assert rows(page) == ["Jonas Becker", "Mia Schulz"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "WEBER")
    assert rows(page) == ["Anna Weber"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "nobody at all")
    assert rows(page) == []
    assert page.hint.isVisible() and "nobody at all" in page.hint.text()
    page.filter.clear()
    assert len(rows(page)) == 3 and not page.hint.isVisible()


def test_hostile_names_are_plain_text(page, session, qtmodeltester):
    for name in HOSTILE:
        assert session.add_person(name, role=name)
    qtmodeltester.check(page.model)
    assert sorted(rows(page)) == sorted(HOSTILE)
    for name in HOSTILE:
        assert view_index(page, name, ROLE).data() == name
        assert view_index(page, name).data(Role.ROW_ID) == people(session)[name].id
    page.show_form()
    for label in page.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_standalone_model_empty_and_populated(qtbot, session, qtmodeltester):
    model = PeopleModel(session)
    qtmodeltester.check(model)
    session.add_person("Anna Weber")
    session.add_person("Jonas Becker")
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 5
    session.remove_person(people(session)["Anna Weber"].id)
    session.undo()
    assert [model.index(r, NAME).data() for r in range(2)] == ["Anna Weber", "Jonas Becker"]
    model.detach()


def test_read_only_charter_cannot_be_edited(qtbot, tmp_path, host):
    path = tmp_path / "c.cxcharter"
    doc = CharterDocument.create(path, title="T", language="en", actor="tester")
    doc.add_person("Anna Weber")
    doc.close()
    session = CharterSession(CharterDocument.open(path, actor="t", read_only=True))
    page = PeoplePage(session, host)
    page.show()
    index = page.model.index(0, NAME)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not page.model.setData(index, "Someone else")
    assert not page.add_button.isEnabled()
    page.table.setCurrentIndex(page.proxy.index(0, NAME))
    assert not page.remove_button.isEnabled()
    page.detach()
    session.close()


def test_the_people_table_is_the_kind_table_over_the_row_model(page, session):
    from cxcharter.ui.tables.kind_table import RowTable
    from cxcharter.ui.tables.row_model import RowTableModel

    assert isinstance(page.rows, RowTable) and page.table is page.rows.view
    assert isinstance(page.model, RowTableModel) and page.model.kind.name == "person"
    session.add_person("Anna Weber")
    assert rows(page) == ["Anna Weber"]
