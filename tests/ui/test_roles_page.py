"""The Roles tabs driven like a user: RACI letters by keyboard and mouse, bodies, members."""

from __future__ import annotations

import uuid
from types import MappingProxyType

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from cxcharter.domain import raci
from cxcharter.domain.entities import Row
from cxcharter.domain.model import CharterSnapshot, Person
from cxcharter.store.document import CharterDocument, write_new_file
from cxcharter.ui.sections.roles import activity_names, raci_view, roles_page
from cxcharter.ui.sections.roles.bodies_models import BodiesModel, MembersModel
from cxcharter.ui.sections.roles.raci_model import RaciMatrixModel
from cxcharter.ui.sections.roles.raci_summary import RaciSummaryModel
from cxcharter.ui.sections.roles.roles_page import BodiesTab, RaciTab
from cxcharter.ui.sections.section_extras import tabs_for
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role


def _session(path, language="en"):
    doc = CharterDocument.create(path, title="T", language=language, actor="tester")
    return CharterSession(doc)


@pytest.fixture
def session(tmp_path):
    s = _session(tmp_path / "c.cxcharter")
    yield s
    s.close()


@pytest.fixture
def host_size() -> tuple[int, int]:
    return 1100, 700


def _show(qtbot, widget, host):
    widget.setParent(host)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def team(session):
    """Three people and two activities, added straight to the store."""
    doc = session.document
    people = {name: doc.add_person(name) for name in ("Anna", "Jonas", "Lena")}
    acts = {
        name: doc.add_row("activity", {"name": name})
        for name in ("Own the charter", "Report metrics")
    }
    return people, acts


@pytest.fixture
def tab(qtbot, session, host, team):
    widget = _show(qtbot, RaciTab(session), host)
    yield widget
    widget.detach()


def role_in_store(session, activity, person):
    found = [
        r
        for r in session.document.rows("raci")
        if r["activity"] == activity and r["person"] == person
    ]
    return found[0]["role"] if found else None


def select(view, row, column):
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))


def click_cell(qtbot, view, row, column, button=Qt.MouseButton.LeftButton):
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), button, pos=rect.center())


# ------------------------------------------------------------------ the tabs
def test_roles_section_shows_bodies_and_raci_tabs():
    assert [("Governance bodies", BodiesTab), ("RACI matrix", RaciTab)] == roles_page.TABS
    assert [cls for _title, cls in tabs_for("roles")] == [BodiesTab, RaciTab]


def test_models_pass_the_model_tester(session, team, qtmodeltester):
    people, acts = team
    session.set_link(
        "raci", {"activity": acts["Own the charter"], "person": people["Anna"]}, {"role": "A"}
    )
    body = session.add_row("body", {"type": "steering", "name": "Steering committee"})
    session.set_link("body_member", {"body": body, "person": people["Jonas"]}, {})
    matrix = RaciMatrixModel(session)
    summary = RaciSummaryModel(matrix)
    bodies = BodiesModel(session)
    members = MembersModel(session)
    members.set_body(body)
    for model in (matrix, summary, bodies, members):
        qtmodeltester.check(model)
    assert matrix.rowCount() == 2 and matrix.columnCount() == 3
    assert matrix.index(0, 0).data() == "A"
    assert matrix.headerData(0, Qt.Orientation.Horizontal) == "Anna"
    assert matrix.headerData(1, Qt.Orientation.Vertical) == "Report metrics"
    assert bodies.index(0, BodiesModel.MEMBERS).data() == "Jonas"
    assert members.index(1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    for model in (summary, matrix, bodies, members):
        model.detach()


# ------------------------------------------------------------------ keyboard
def test_letters_from_the_keyboard_with_undo_and_redo(tab, session, team, qtbot):
    people, acts = team
    charter, anna, jonas = acts["Own the charter"], people["Anna"], people["Jonas"]
    view = tab.view
    select(view, 0, 0)
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert role_in_store(session, charter, anna) == "A"
    assert view.model().index(0, 0).data() == "A"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == 1, "arrow keys move"
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert role_in_store(session, charter, jonas) == "R"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert role_in_store(session, charter, anna) is None
    qtbot.keyClick(view, Qt.Key.Key_C)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert role_in_store(session, charter, anna) is None
    qtbot.keyClick(view, Qt.Key.Key_X)  # not a role: nothing happens, no jump
    assert view.currentIndex().column() == 0
    assert session.undo_stack.count() == 5

    session.undo()  # the Backspace
    assert role_in_store(session, charter, anna) == "C"
    session.undo()
    session.undo()  # the Delete
    assert role_in_store(session, charter, anna) == "A"
    assert view.model().index(0, 0).data() == "A"
    session.redo()
    assert role_in_store(session, charter, anna) is None
    assert view.model().index(0, 0).data() == ""
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 0


def test_several_selected_cells_take_one_letter_in_one_undo_step(tab, session, team, qtbot):
    _people, _acts = team
    view = tab.view
    select(view, 0, 0)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(view.selectionModel().selectedIndexes()) == 4
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert len(session.document.rows("raci")) == 4
    assert {r["role"] for r in session.document.rows("raci")} == {"I"}
    assert session.undo_stack.count() == 1
    session.undo()
    assert session.document.rows("raci") == ()


def test_space_cycles_and_read_only_letters_are_ignored(tab, session, team, qtbot):
    people, acts = team
    view = tab.view
    select(view, 1, 2)
    for expected in ("R", "A", "C", "I", None, "R"):
        qtbot.keyClick(view, Qt.Key.Key_Space)
        assert role_in_store(session, acts["Report metrics"], people["Lena"]) == expected


# ------------------------------------------------------------------ mouse
def test_a_click_cycles_and_the_context_menu_chooses(tab, session, team, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(raci_view, "popup", lambda menu, where: shown.append((menu, where)))
    people, acts = team
    charter, jonas = acts["Own the charter"], people["Jonas"]
    view = tab.view
    click_cell(qtbot, view, 0, 1)
    assert role_in_store(session, charter, jonas) == "R"
    click_cell(qtbot, view, 0, 1)
    assert role_in_store(session, charter, jonas) == "A"
    assert session.undo_stack.count() == 2

    rect = view.visualRect(view.model().index(0, 1))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), view.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(view.viewport(), event)
    menu = view.menu
    assert shown == [(menu, view.viewport().mapToGlobal(rect.center()))]
    actions = {a.data(): a for a in menu.actions() if a.data()}
    assert list(actions) == ["R", "A", "C", "I"]
    assert actions["A"].isChecked()
    actions["C"].trigger()
    assert role_in_store(session, charter, jonas) == "C"

    menu = view.open_menu(view.model().index(0, 1), QPoint(10, 10))
    clear = next(a for a in menu.actions() if a.text() == "Clear")
    clear.trigger()
    assert role_in_store(session, charter, jonas) is None
    assert len(shown) == 2
    assert session.undo_stack.count() == 4
    session.undo()
    session.undo()
    assert role_in_store(session, charter, jonas) == "A"


def test_a_drag_across_cells_selects_without_changing_them(tab, session, qtbot):
    view = tab.view
    start = view.visualRect(view.model().index(0, 0)).center()
    end = view.visualRect(view.model().index(1, 1)).center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert session.document.rows("raci") == ()


# ------------------------------------------------------------------ rules shown
def test_violations_are_marked_in_the_row_header_and_said_in_words(tab, session, team, qtbot):
    people, acts = team
    model, view = tab.model, tab.view
    charter = acts["Own the charter"]
    problems = model.headerData(0, Qt.Orientation.Vertical, Role.PROBLEMS)
    assert [p.code for p in problems] == ["raci.no_accountable", "raci.no_responsible"]
    tip = model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "⚠ Activity “Own the charter”: nobody is accountable (A)." in tip
    assert "⚠ Activity “Own the charter”: nobody is responsible (R)." in tip
    assert tab.status.text() == (
        "2 activities need attention (red markers). Activity “Own the charter”: "
        "nobody is accountable (A). Activity “Own the charter”: nobody is responsible (R)."
    )
    assert tab.idle_label.text() == "No role yet: Anna, Jonas, Lena"

    select(view, 0, 0)
    with qtbot.waitSignal(model.headerDataChanged):
        qtbot.keyClick(view, Qt.Key.Key_A)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_A)
    tip = model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "2 people are accountable (A), exactly one may be: Anna, Jonas." in tip
    assert tab.status.text().endswith(
        "Activity “Own the charter”: 2 people are accountable (A), exactly one may be: "
        "Anna, Jonas. Activity “Own the charter”: nobody is responsible (R)."
    )
    select(view, 1, 0)
    assert "“Report metrics”: nobody is accountable" in tab.status.text(), "the current row"
    select(view, 0, 1)
    assert "nobody is responsible (R)" in tip
    qtbot.keyClick(view, Qt.Key.Key_R)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert model.headerData(0, Qt.Orientation.Vertical, Role.PROBLEMS) == []
    assert tab.status.text() == (
        "1 activity needs attention (red marker). Activity “Report metrics”: "
        "nobody is accountable (A). Activity “Report metrics”: nobody is responsible (R)."
    )
    assert tab.idle_label.text() == ""
    assert not tab.idle_label.isVisible()

    session.set_link(
        "raci", {"activity": acts["Report metrics"], "person": people["Anna"]}, {"role": "A"}
    )
    session.set_link(
        "raci", {"activity": acts["Report metrics"], "person": people["Lena"]}, {"role": "R"}
    )
    assert tab.status.text() == "✓ Every activity has exactly one A and at least one R."
    assert role_in_store(session, charter, people["Lena"]) == "R"


def test_people_in_a_body_have_a_role(tab, session, team):
    people, _acts = team
    body = session.add_row("body", {"type": "core_team", "name": "Core team"})
    session.set_link("body_member", {"body": body, "person": people["Lena"]}, {})
    assert tab.idle_label.text() == "No role yet: Anna, Jonas"
    session.undo()
    assert tab.idle_label.text() == "No role yet: Anna, Jonas, Lena"


def test_summary_lists_who_does_what(tab, session, team, qtbot):
    people, acts = team
    for activity, person, role in (
        ("Own the charter", "Anna", "A"),
        ("Report metrics", "Anna", "R"),
        ("Report metrics", "Jonas", "A"),
    ):
        session.set_link(
            "raci", {"activity": acts[activity], "person": people[person]}, {"role": role}
        )
    summary = tab.summary
    assert [summary.index(0, c).data() for c in range(5)] == ["Anna", 1, 1, 0, 0]
    tab.summary_view.setCurrentIndex(tab.summary_proxy.index(0, 0))
    assert tab.details_name.text() == "Anna"
    assert tab.details.text() == (
        "Accountable for (1):\n• Own the charter\nResponsible for (1):\n• Report metrics"
    )
    assert tab.view.currentIndex().column() == 0, "the matrix follows the chosen person"
    select(tab.view, 1, 1)
    assert tab.summary_view.currentIndex().data() == "Jonas", "and the other way round"
    assert "Accountable for (1):\n• Report metrics" in tab.details.text()
    tip = summary.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Responsible:\nReport metrics"


# ------------------------------------------------------------------ activities
def test_add_rename_move_and_remove_activities(tab, session, team, qtbot):
    _people, _acts = team
    model, view = tab.model, tab.view
    qtbot.keyClicks(tab.new_name, "Approve budget")
    qtbot.keyClick(tab.new_name, Qt.Key.Key_Return)
    assert model.activity_names() == ["Own the charter", "Report metrics", "Approve budget"]
    assert tab.new_name.text() == ""
    assert view.currentIndex().row() == 2

    select(view, 2, 0)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = tab.editor
    assert editor is not None and editor.text() == "Approve budget"
    editor.selectAll()
    qtbot.keyClicks(editor, "Approve the CX budget")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.activity_names()[2] == "Approve the CX budget"

    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert model.activity_names() == ["Own the charter", "Approve the CX budget", "Report metrics"]
    assert view.currentIndex().row() == 1, "the cursor moves with the activity"
    qtbot.mouseClick(tab.up_button, Qt.MouseButton.LeftButton)
    assert model.activity_names()[0] == "Approve the CX budget"

    select(view, 0, 0)
    qtbot.keyClick(view, Qt.Key.Key_A)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert model.activity_names() == ["Own the charter", "Report metrics"]
    session.undo()
    assert model.activity_names()[0] == "Approve the CX budget"
    assert model.index(0, 0).data() == "A", "undo brings its letters back"
    for _ in range(4):
        session.undo()
    assert model.activity_names() == ["Own the charter", "Report metrics", "Approve budget"]


def test_escape_cancels_a_rename(tab, session, qtbot):
    select(tab.view, 0, 0)
    tab.start_rename(0)
    qtbot.keyClicks(tab.editor, "Something else")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.editor is None)
    assert tab.view.hasFocus()
    assert tab.model.activity_names()[0] == "Own the charter"
    assert session.undo_stack.count() == 0


def test_suggestions_add_with_one_click_and_leave_the_offer(tab, session, qtbot):
    offered = tab.suggestion_actions()
    assert len(offered) == len(raci.suggestions())
    first = offered[0]
    assert first.text() == "Own the CX charter"
    first.trigger()
    assert tab.model.activity_names()[-1] == "Own the CX charter"
    assert session.undo_stack.count() == 1
    again = [a.text() for a in tab.suggestion_actions()]
    assert "Own the CX charter" not in again
    assert len(again) == len(offered) - 1
    for action in tab.suggestion_actions():
        action.trigger()
    assert tab.suggestion_actions() == []
    assert not tab.suggest_button.isEnabled()
    session.undo()
    assert tab.suggest_button.isEnabled()


def test_suggestions_come_in_the_charter_language(qtbot, tmp_path, host):
    session = _session(tmp_path / "de.cxcharter", language="de")
    session.document.add_person("Anna")
    tab = _show(qtbot, RaciTab(session), host)
    tab.suggestion_actions()[0].trigger()
    assert tab.model.activity_names() == ["CX-Charta verantworten"]
    assert "Own the CX charter" not in [a.text() for a in tab.suggestion_actions()]
    tab.detach()
    session.close()


def test_empty_matrix_says_what_to_do(qtbot, session, host):
    tab = _show(qtbot, RaciTab(session), host)
    assert tab.hint.isVisible() and not tab.view.isVisible()
    assert "People page" in tab.hint.text()
    session.document.add_person("Anna")
    assert "activities and decisions" in tab.hint.text()
    session.add_row("activity", {"name": "Own the charter"})
    assert tab.view.isVisible() and not tab.hint.isVisible()
    tab.detach()


# ------------------------------------------------------------------ people come and go
def test_removing_a_person_removes_the_column_and_undo_brings_it_back(tab, session, team, qtbot):
    people, acts = team
    model = tab.model
    for person, role in (("Anna", "A"), ("Jonas", "R"), ("Lena", "C")):
        session.set_link(
            "raci", {"activity": acts["Own the charter"], "person": people[person]}, {"role": role}
        )
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.columnsRemoved):
        session.remove_person(people["Jonas"])
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Anna", "Lena"]
    assert [model.index(0, c).data() for c in range(2)] == ["A", "C"]
    assert "Activity “Own the charter”: nobody is responsible (R)." in model.problem_texts(
        acts["Own the charter"]
    )
    with qtbot.waitSignal(model.columnsInserted):
        session.undo()
    assert model.columnCount() == 3
    assert [model.index(0, c).data() for c in range(3)] == ["A", "R", "C"]
    assert model.problem_texts(acts["Own the charter"]) == []
    session.document.update_person(people["Lena"], name="Lena Krüger")
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Lena Krüger"


# ------------------------------------------------------------------ at scale
@pytest.fixture
def big_session(tmp_path):
    people = tuple(Person(i, f"Person {i:03d}") for i in range(1, 101))
    acts = tuple(
        Row("activity", i, MappingProxyType({"name": f"Activity {i:03d}"}), i - 1)
        for i in range(1, 201)
    )
    cells, n = [], 0
    for a in range(1, 201):
        for role, p in zip(
            "ARCI",
            (a % 100 + 1, (a + 7) % 100 + 1, (a + 30) % 100 + 1, (a + 60) % 100 + 1),
            strict=True,
        ):
            n += 1
            cells.append(
                Row("raci", n, MappingProxyType({"activity": a, "person": p, "role": role}))
            )
    snapshot = CharterSnapshot(
        id=str(uuid.uuid4()),
        language="en",
        created_at="2026-11-23T09:00:00+00:00",
        people=people,
        rows=MappingProxyType({"activity": acts, "raci": tuple(cells)}),
    )
    write_new_file(tmp_path / "big.cxcharter", snapshot, actor="tester")
    s = CharterSession(CharterDocument.open(tmp_path / "big.cxcharter", actor="tester"))
    yield s
    s.close()


def test_a_100_by_200_matrix_reads_from_its_cache_and_edits_in_place(
    big_session, qtbot, monkeypatch
):
    model = RaciMatrixModel(big_session)
    assert (model.rowCount(), model.columnCount()) == (200, 100)
    assert model.index(0, 1).data() == "A"  # activity 1, person 2

    def no_store(*_args, **_kwargs):
        raise AssertionError("data() asked the store")

    with monkeypatch.context() as patch:
        for name in ("rows", "row", "people", "person"):
            patch.setattr(big_session.document, name, no_store)
        for r in range(200):
            for c in range(100):
                index = model.index(r, c)
                index.data()
                index.data(Qt.ItemDataRole.BackgroundRole)
            model.headerData(r, Qt.Orientation.Vertical, Role.PROBLEMS)

    target = model.index(150, 42)
    before = target.data()
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.assertNotEmitted(model.layoutChanged),
        qtbot.waitSignal(model.dataChanged) as changed,
    ):
        assert model.set_role(150, 42, "C" if before != "C" else "I")
    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), top_left.column()) == (150, 42)
    assert (bottom_right.row(), bottom_right.column()) == (150, 42)
    assert target.data() in ("C", "I") and target.data() != before
    with qtbot.assertNotEmitted(model.modelReset):
        big_session.undo()
    assert target.data() == before
    model.detach()


# ------------------------------------------------------------------ governance bodies
@pytest.fixture
def bodies(qtbot, session, host, team):
    widget = _show(qtbot, BodiesTab(session), host)
    yield widget
    widget.detach()


def test_add_a_body_name_it_and_pick_members(bodies, session, team, qtbot, qtmodeltester):
    people, _acts = team
    assert bodies.hint.isVisible()
    action = next(a for a in bodies.add_menu.actions() if a.text() == "Steering committee")
    action.trigger()
    (body,) = session.document.rows("body")
    assert (body["type"], body["name"]) == ("steering", "Steering committee")
    assert bodies.table.isVisible() and bodies.current_body() == body.id
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not bodies.table, "the name is being edited"
    editor.selectAll()
    qtbot.keyClicks(editor, "CX steering committee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(
        lambda: session.document.row("body", body.id)["name"] == "CX steering committee"
    )
    assert bodies.title.text() == "CX steering committee"

    bodies.member_list.setFocus()
    bodies.member_list.setCurrentIndex(bodies.members_proxy.index(1, 0))
    qtbot.keyClick(bodies.member_list, Qt.Key.Key_Space)
    members = session.document.rows("body_member")
    assert [(m["body"], m["person"]) for m in members] == [(body.id, people["Jonas"])]
    assert bodies.member_count.text() == "1 member"
    assert bodies.model.index(0, BodiesModel.MEMBERS).data() == "Jonas"
    qtbot.keyClick(bodies.member_list, Qt.Key.Key_Space)
    assert session.document.rows("body_member") == ()
    session.undo()
    assert len(session.document.rows("body_member")) == 1
    qtmodeltester.check(bodies.members)
    qtmodeltester.check(bodies.model)


def test_member_filter(bodies, session, team):
    bodies.add_body("core_team")
    bodies.member_filter.setText("jo")
    assert bodies.members_proxy.rowCount() == 1
    assert bodies.members_proxy.index(0, 0).data() == "Jonas"


def test_purpose_and_authority_are_typed_beside_the_table(bodies, session, qtbot):
    body = bodies.add_body("sponsor")
    bodies.table.setFocus()
    editor = bodies.editors["purpose"]
    editor.setFocus()
    qtbot.keyClicks(editor, "Champions the charter")
    with qtbot.waitSignal(session.rowsChanged, timeout=2000):
        pass  # the typing pause saves
    assert session.document.row("body", body)["purpose"] == "Champions the charter"
    qtbot.keyClicks(bodies.editors["authority"], "Approves the budget")
    session.flush()  # undo and closing see every key
    assert session.document.row("body", body)["authority"] == "Approves the budget"
    session.undo()
    assert bodies.editors["authority"].toPlainText() == ""


def test_move_and_remove_bodies_with_undo(bodies, session, team, qtbot):
    people, _acts = team
    first = bodies.add_body("sponsor")
    second = bodies.add_body("core_team")
    QApplication.focusWidget().clearFocus()
    session.set_link("body_member", {"body": second, "person": people["Anna"]}, {})
    assert bodies.current_body() == second
    bodies.table.setFocus()
    qtbot.keyClick(bodies.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in session.document.rows("body")] == [second, first]
    assert bodies.current_body() == second
    qtbot.mouseClick(bodies.down_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in session.document.rows("body")] == [first, second]

    qtbot.mouseClick(bodies.remove_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in session.document.rows("body")] == [first]
    assert session.document.rows("body_member") == ()
    assert bodies.current_body() == first
    session.undo()
    assert [r.id for r in session.document.rows("body")] == [first, second]
    assert len(session.document.rows("body_member")) == 1, "members come back too"


def test_a_read_only_charter_shows_the_matrix_but_takes_no_letters(qtbot, tmp_path, host):
    path = tmp_path / "ro.cxcharter"
    doc = CharterDocument.create(path, title="T", language="en", actor="tester")
    anna = doc.add_person("Anna")
    act = doc.add_row("activity", {"name": "Own the charter"})
    body = doc.add_row("body", {"type": "sponsor", "name": "Sponsor"})
    doc.set_link("raci", {"activity": act, "person": anna}, {"role": "A"})
    doc.close()
    session = CharterSession(CharterDocument.open(path, actor="tester", read_only=True))
    tab = _show(qtbot, RaciTab(session), host)
    view = tab.view
    select(view, 0, 0)
    qtbot.keyClick(view, Qt.Key.Key_R)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    click_cell(qtbot, view, 0, 0)
    assert view.model().index(0, 0).data() == "A"
    assert view.open_menu(view.currentIndex()) is None
    assert not any(
        b.isEnabled()
        for b in (tab.add_button, tab.suggest_button, tab.rename_button, tab.remove_button)
    )
    assert not tab.new_name.isEnabled()
    tab.detach()
    bodies = _show(qtbot, BodiesTab(session), host)
    assert bodies.current_body() == body
    assert not bodies.add_button.isEnabled() and not bodies.remove_button.isEnabled()
    assert bodies.editors["purpose"].isReadOnly()
    assert not bodies.members.flags(bodies.members.index(0)) & Qt.ItemFlag.ItemIsUserCheckable
    bodies.detach()
    assert session.undo_stack.count() == 0
    session.close()


def test_a_long_activity_name_takes_a_second_line_not_an_ellipsis(tab, session, qtbot):
    long_name = "Fehlerthemen an das Produktmanagement weitergeben"
    session.add_row("activity", {"name": long_name})
    QApplication.processEvents()
    header = tab.view.verticalHeader()
    row = tab.view.model().rowCount() - 1
    room = activity_names.name_room(header, row)
    metrics = activity_names.name_metrics(header)
    lines = activity_names.name_lines(metrics, long_name, room)
    assert len(lines) == 2 and " ".join(lines) == long_name  # whole, over two lines
    assert metrics.horizontalAdvance(long_name) > room  # one line would cut it
    assert header.sectionSize(row) >= 2 * metrics.lineSpacing()
    assert header.sectionSize(0) == raci_view.ROW_HEIGHT  # a short name keeps one line
    session.undo_stack.undo()  # the row goes, the others keep their height
    QApplication.processEvents()
    assert all(header.sectionSize(r) == raci_view.ROW_HEIGHT for r in range(row))


def test_a_name_longer_than_two_lines_ends_in_an_ellipsis_on_the_second():
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(QApplication.font())
    name = "Sehr lange Aktivität " * 12
    lines = activity_names.name_lines(metrics, name.strip(), 200)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= 200 for line in lines)
