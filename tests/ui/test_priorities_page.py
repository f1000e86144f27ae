"""The Priorities tabs, driven like a user: method, live ranking, pins, not doing, matrix."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTabWidget

from cxcharter.sample import write_sample
from cxcharter.store.document import CharterDocument
from cxcharter.ui.sections.priorities.initiatives_model import InitiativesModel
from cxcharter.ui.sections.priorities.priorities_page import TABS, InitiativesTab, MatrixTab
from cxcharter.ui.sections.priorities.priority_hub import PriorityHub
from cxcharter.ui.sections.priorities.priority_matrix import (
    MatrixPoint,
    PriorityMatrix,
    layout_labels,
    spread,
)
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role


def open_session(path) -> CharterSession:
    return CharterSession(CharterDocument.open(path, actor="tester"))


@pytest.fixture
def sample(tmp_path):
    path = write_sample(tmp_path / "sample.cxcharter", "en", actor="tester")
    session = open_session(path)
    yield session
    session.close()


@pytest.fixture
def host_size() -> tuple[int, int]:
    return 1240, 780


def make_tabs(qtbot, session, host) -> tuple[QTabWidget, InitiativesTab, MatrixTab]:
    tabs = QTabWidget(host)
    tabs.resize(1240, 780)
    initiatives, matrix = InitiativesTab(session), MatrixTab(session)
    tabs.addTab(initiatives, "Initiatives")
    tabs.addTab(matrix, "Matrix")
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs, initiatives, matrix


@pytest.fixture
def tabs(qtbot, session, host):
    made = make_tabs(qtbot, session, host)
    yield made
    made[1].detach()
    made[2].detach()


@pytest.fixture
def sample_tabs(qtbot, sample, host):
    made = make_tabs(qtbot, sample, host)
    yield made
    made[1].detach()
    made[2].detach()


def add(session, title: str, **values) -> int:
    return session.add_row("initiative", {"title": title, **values})


def titles(tab: InitiativesTab) -> list[str]:
    """Titles as the ranked list shows them, top to bottom."""
    column = tab.model.column_of("title")
    return [tab.proxy.index(r, column).data() for r in range(tab.proxy.rowCount())]


def cell(tab: InitiativesTab, title: str, key: str):
    column = tab.model.column_of(key)
    for r in range(tab.proxy.rowCount()):
        if tab.proxy.index(r, tab.model.column_of("title")).data() == title:
            return tab.proxy.index(r, column)
    raise AssertionError(f"{title!r} not in the list")


def type_into_cell(qtbot, tab: InitiativesTab, index, text: str) -> None:
    tab.table.setFocus()
    tab.table.setCurrentIndex(index)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def type_into_field(qtbot, edit: QLineEdit, text: str) -> None:
    """Type into a line edit of the score form and leave it with Enter."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def rows_by_title(session) -> dict:
    return {r["title"]: r for r in session.document.rows("initiative")}


# ------------------------------------------------------------------ the list
def test_tabs_are_declared_for_the_section():
    assert [cls for _title, cls in TABS] == [InitiativesTab, MatrixTab]
    assert [title for title, _cls in TABS] == ["Initiatives", "Impact/effort matrix"]


def test_empty_charter_says_how_to_start(tabs, qtmodeltester):
    _, tab, matrix = tabs
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 0
    assert tab.note.isVisible() and tab.note.text().startswith("No initiatives yet")
    assert tab.method.currentData() == "impact_effort"
    assert "Impact divided by effort" in tab.explanation.text()
    assert [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ] == [
        "Rank",
        "Initiative",
        "Score",
        "Impact",
        "Effort",
        "Owner",
        "Status",
    ]
    assert not tab.remove_button.isEnabled()
    assert tab.table.accessibleName() and matrix.matrix.accessibleName()
    assert matrix.matrix.points() == []


def test_add_through_the_line_and_remove_with_delete_and_undo(tabs, session, qtbot):
    _, tab, _ = tabs
    qtbot.keyClicks(tab.new_title, "Callback instead of waiting")
    qtbot.keyClick(tab.new_title, Qt.Key.Key_Return)
    assert list(rows_by_title(session)) == ["Callback instead of waiting"]
    assert tab.new_title.text() == ""
    assert titles(tab) == ["Callback instead of waiting"]
    assert tab.table.hasFocus()
    assert tab.model.keys[tab.table.currentIndex().column()] == "impact", "next: score it"
    assert tab.side.currentWidget() is tab.scores, "with every input of the score below"
    assert tab.detail.title.text() == "Callback instead of waiting"

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)  # nothing typed: nothing
    assert session.document.rows("initiative") != () and session.undo_stack.count() == 1

    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert session.document.rows("initiative") == ()
    assert titles(tab) == []
    session.undo()
    assert titles(tab) == ["Callback instead of waiting"]


def test_typing_an_input_reranks_the_list_live(tabs, session, qtbot, qtmodeltester):
    _, tab, _ = tabs
    add(session, "Booking", impact=6, effort=3)  # 2.0
    add(session, "Status", impact=6, effort=2)  # 3.0
    add(session, "Chatbot", impact=4)  # unscored: effort missing
    qtmodeltester.check(tab.model)
    assert titles(tab) == ["Status", "Booking", "Chatbot"]
    assert [cell(tab, t, "rank").data() for t in titles(tab)] == ["1", "2", ""]
    assert cell(tab, "Status", "score").data() == "3"
    assert cell(tab, "Chatbot", "score").data() == "—"
    assert cell(tab, "Chatbot", "effort").data(Qt.ItemDataRole.BackgroundRole) is not None
    assert (
        cell(tab, "Chatbot", "effort").data(Qt.ItemDataRole.ToolTipRole) == "Needed for the score"
    )
    assert "Not scored yet: Effort missing." in cell(tab, "Chatbot", "score").data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tab.note.text().startswith("Not scored yet: 1")
    tab._select(rows_by_title(session)["Chatbot"].id)
    assert tab.scores.fields["effort"].toolTip() == "Needed for the score", "the form marks it"
    assert tab.scores.fields["impact"].toolTip() == ""

    type_into_cell(qtbot, tab, cell(tab, "Booking", "impact"), "10")
    qtbot.waitUntil(lambda: rows_by_title(session)["Booking"]["impact"] == 10)
    assert titles(tab) == ["Booking", "Status", "Chatbot"], "re-ranked at once"
    assert (
        cell(tab, "Booking", "score").data(Qt.ItemDataRole.ToolTipRole)
        == "Impact 10 ÷ effort 3 = 3.3"
    )

    type_into_cell(qtbot, tab, cell(tab, "Chatbot", "effort"), "1")
    qtbot.waitUntil(lambda: rows_by_title(session)["Chatbot"]["effort"] == 1)
    assert titles(tab) == ["Chatbot", "Booking", "Status"]
    assert not tab.note.isVisible()

    session.undo()
    session.undo()
    assert titles(tab) == ["Status", "Booking", "Chatbot"]
    qtmodeltester.check(tab.model)


def test_a_value_outside_its_scale_is_refused_under_the_table(tabs, session, qtbot):
    _, tab, _ = tabs
    add(session, "Booking", impact=6, effort=3)
    type_into_cell(qtbot, tab, cell(tab, "Booking", "impact"), "12")
    qtbot.waitUntil(tab.message.isVisible)
    assert tab.message.text() == "Impact runs from 1 to 10; 12 was not saved."
    assert rows_by_title(session)["Booking"]["impact"] == 6
    assert session.undo_stack.count() == 1

    type_into_cell(qtbot, tab, cell(tab, "Booking", "effort"), "4")
    qtbot.waitUntil(lambda: rows_by_title(session)["Booking"]["effort"] == 4)
    assert not tab.message.isVisible(), "a saved edit clears the complaint"

    scores = tab.scores  # the score form checks the same way
    tab.side.setCurrentWidget(scores)
    type_into_field(qtbot, scores.quarter, "2027-3")
    qtbot.waitUntil(lambda: rows_by_title(session)["Booking"]["quarter"] == "2027-Q3")
    assert scores.quarter.text() == "2027-Q3"
    type_into_field(qtbot, scores.quarter, "2027-5")
    assert scores.message.isVisible()
    assert "write a quarter like 2027-Q3" in scores.message.text()
    assert rows_by_title(session)["Booking"]["quarter"] == "2027-Q3", "nothing changed"
    type_into_field(qtbot, scores.fields["impact"], "0")
    assert scores.message.text() == "Impact runs from 1 to 10; 0 was not saved."
    assert scores.fields["impact"].text() == "6", "the stored value again"
    type_into_field(qtbot, scores.fields["effort"], "2")
    qtbot.waitUntil(lambda: rows_by_title(session)["Booking"]["effort"] == 2)
    assert not scores.message.isVisible()


def test_method_selector_sets_the_charter_setting_and_the_columns(tabs, session, qtbot):
    _, tab, _ = tabs
    add(session, "Booking", impact=6, effort=3, confidence=80, ease=7, reach=300)
    add(session, "Status", impact=8, effort=2, confidence=50, ease=9, reach=100, moscow="should")
    tab.method.setFocus()
    qtbot.keyClick(tab.method, Qt.Key.Key_Down)  # impact/effort → ICE
    assert session.document.setting("scoring_method") == "ice"
    assert tab.model.keys[3:] == ["impact", "ease", "owner", "status"], "at most two inputs"
    assert list(tab.scores.fields) == ["impact", "confidence", "ease"], "the form has all"
    assert "ICE multiplies" in tab.explanation.text()
    assert titles(tab) == ["Status", "Booking"]  # 8·5·9=360 > 6·8·7=336
    assert tab.scores.fields["confidence"].text() == "80"

    qtbot.keyClick(tab.method, Qt.Key.Key_Down)  # RICE
    assert tab.model.keys[3:5] == ["reach", "effort"]
    assert list(tab.scores.fields) == ["reach", "impact", "confidence", "effort"]
    fields = tab.scores.fields
    tab.side.setCurrentWidget(tab.scores)
    fields["reach"].setFocus()
    for after in (fields["impact"], fields["confidence"], fields["effort"], tab.scores.quarter):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is after, "Tab goes down the inputs, then the plan"
    assert titles(tab) == ["Booking", "Status"]  # 480 > 200
    assert cell(tab, "Booking", "score").data() == "480"

    qtbot.keyClick(tab.method, Qt.Key.Key_Down)  # MoSCoW
    assert tab.model.keys[3:4] == ["moscow"]
    assert titles(tab) == ["Status", "Booking"]
    assert cell(tab, "Status", "score").data() == "Should have"

    session.undo()
    assert session.document.setting("scoring_method") == "rice"
    assert tab.method.currentData() == "rice"
    assert titles(tab) == ["Booking", "Status"]


def test_weighted_method_with_criteria_editor_and_points_in_the_score_form(
    tabs, session, qtbot, qtmodeltester
):
    _, tab, _ = tabs
    add(session, "Booking")
    add(session, "Status")
    session.set_setting("scoring_method", "weighted")
    assert tab.side.isTabVisible(3)
    criteria = tab.criteria
    assert criteria.suggest_button.isVisible()
    qtbot.mouseClick(criteria.suggest_button, Qt.MouseButton.LeftButton)
    names = [c["name"] for c in session.document.rows("criterion")]
    assert names == ["Customer value", "Business value", "Cost", "Risk"]
    assert not criteria.suggest_button.isVisible()
    assert criteria.model.index(0, 1).data() == "40 (40%)"
    qtmodeltester.check(criteria.model)

    assert tab.model.keys == ["rank", "title", "score", "owner", "status"], "no point columns"
    assert cell(tab, "Booking", "score").data() == "—"

    tab._select(rows_by_title(session)["Booking"].id)
    keys = [f"criterion:{c.id}" for c in session.document.rows("criterion")]
    fields = tab.scores.fields
    assert list(fields) == keys
    assert [fields[k].accessibleName() for k in keys] == names
    for done, (key, text) in enumerate(zip(keys, ("5", "4", "2", "1"), strict=True), 1):
        type_into_field(qtbot, fields[key], text)
        qtbot.waitUntil(lambda n=done: len(session.document.rows("criterion_score")) == n)
    type_into_field(qtbot, fields[keys[0]], "6")
    assert tab.scores.message.text() == "Customer value runs from 1 to 5; 6 was not saved."
    expected = (40 * 5 + 30 * 4 + 20 * 4 + 10 * 5) / 100  # cost and risk inverted
    assert cell(tab, "Booking", "score").data() == str(round((expected - 1) / 4 * 100))
    assert titles(tab) == ["Booking", "Status"]
    qtmodeltester.check(tab.model)

    # A new criterion adds a column; Booking is unscored until it has points there too.
    criteria.name.setFocus()
    qtbot.keyClicks(criteria.name, "Effort for IT")
    qtbot.keyClick(criteria.name, Qt.Key.Key_Return)
    assert len(tab.scores.fields) == len(keys) + 1
    assert cell(tab, "Booking", "score").data() == "—"
    session.undo()
    assert cell(tab, "Booking", "score").data() != "—"

    # Clearing a point removes the link row (one undo step).
    type_into_field(qtbot, tab.scores.fields[keys[0]], "")
    assert len(session.document.rows("criterion_score")) == 3
    session.undo()
    assert len(session.document.rows("criterion_score")) == 4


def test_pin_and_unpin_a_rank_with_a_reason(tabs, session, qtbot):
    _, tab, _ = tabs
    for title, impact in (("A", 9), ("B", 8), ("C", 7), ("D", 2)):
        add(session, title, impact=impact, effort=1)
    tab._select(rows_by_title(session)["D"].id)
    detail = tab.detail
    assert not detail.pin_button.isEnabled(), "no pin without a reason"
    detail.pin_rank.setValue(2)
    detail.pin_reason.setFocus()
    qtbot.keyClicks(detail.pin_reason, "Legal deadline")
    assert detail.pin_button.isEnabled()
    qtbot.keyClick(detail.pin_reason, Qt.Key.Key_Return)
    d = rows_by_title(session)["D"]
    assert (d["pinned_rank"], d["pin_reason"]) == (2, "Legal deadline")
    assert titles(tab) == ["A", "D", "B", "C"]
    rank = cell(tab, "D", "rank")
    assert rank.data() == "2"
    assert rank.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Pinned at rank 2: Legal deadline" in rank.data(Qt.ItemDataRole.ToolTipRole)
    assert session.undo_stack.count() == 5, "pinning is one step"
    assert detail.unpin_button.isEnabled()

    qtbot.mouseClick(detail.unpin_button, Qt.MouseButton.LeftButton)
    assert rows_by_title(session)["D"]["pinned_rank"] is None
    assert titles(tab) == ["A", "B", "C", "D"]
    session.undo()
    assert titles(tab) == ["A", "D", "B", "C"]


def test_a_pin_that_cannot_be_honoured_is_pointed_out(tabs, session, qtbot):
    _, tab, _ = tabs
    add(session, "A", impact=9, effort=1, pinned_rank=1, pin_reason="x")
    add(session, "B", impact=8, effort=1, pinned_rank=1, pin_reason="y")
    index = cell(tab, "B", "rank")
    assert index.data() == "2"
    assert "Pinned at rank 1, shown at rank 2" in index.data(Qt.ItemDataRole.ToolTipRole)
    tab._select(rows_by_title(session)["B"].id)
    assert tab.detail.pin_problems.isVisible()


def test_dropping_moves_an_initiative_to_not_doing_with_its_reason(
    tabs, session, qtbot, qtmodeltester
):
    _, tab, _ = tabs
    add(session, "24/7 hotline", impact=3, effort=8)
    add(session, "Booking", impact=7, effort=4)
    tab._select(rows_by_title(session)["24/7 hotline"].id)
    detail = tab.detail
    detail.drop_reason.setFocus()
    qtbot.keyClicks(detail.drop_reason, "Only 2.4 % of calls come at night.")
    qtbot.mouseClick(detail.drop_button, Qt.MouseButton.LeftButton)
    hotline = rows_by_title(session)["24/7 hotline"]
    assert hotline["status"] == "dropped"
    assert hotline["drop_reason"] == "Only 2.4 % of calls come at night."
    assert titles(tab) == ["Booking"], "not ranked any more"
    not_doing = tab.not_doing.model
    qtmodeltester.check(not_doing)
    assert not_doing.rowCount() == 1
    assert not_doing.index(0, 1).data() == "Only 2.4 % of calls come at night."
    assert tab.side.tabText(2) == "Not doing (1)"

    # Without a reason the not-doing list asks for one, at the cell.
    tab._select(rows_by_title(session)["Booking"].id)
    qtbot.mouseClick(detail.drop_button, Qt.MouseButton.LeftButton)
    booking_row = not_doing.row_of(rows_by_title(session)["Booking"].id)
    reason = not_doing.index(booking_row, 1)
    assert reason.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert reason.data(Qt.ItemDataRole.ToolTipRole) == "Say why this initiative is not pursued."

    session.undo()
    assert titles(tab) == ["Booking"]
    assert not_doing.rowCount() == 1
    # The status column of the not-doing list brings one back.
    assert not_doing.setData(not_doing.index(0, 3), "planned")
    assert sorted(titles(tab)) == ["24/7 hotline", "Booking"]
    assert not_doing.rowCount() == 0 and not tab.not_doing.hint.isHidden()


def test_description_and_touchpoint_save_with_undo(tabs, session, qtbot):
    _, tab, _ = tabs
    touchpoint = session.add_row("touchpoint", {"name": "Service hotline"})
    add(session, "Callback")
    detail, scores = tab.detail, tab.scores
    assert scores.touchpoint.findData(touchpoint) > 0
    detail.description.setFocus()
    qtbot.keyClicks(detail.description, "Customers choose a callback.")
    session.flush()  # what a pause in typing (or undo, or closing) does
    assert rows_by_title(session)["Callback"]["description"] == "Customers choose a callback."
    tab.side.setCurrentWidget(scores)
    scores.touchpoint.setFocus()
    qtbot.keyClick(scores.touchpoint, Qt.Key.Key_Down)
    assert rows_by_title(session)["Callback"]["touchpoint"] == touchpoint
    session.undo()
    assert rows_by_title(session)["Callback"]["touchpoint"] is None
    session.undo()
    assert rows_by_title(session)["Callback"]["description"] == ""
    assert detail.description.toPlainText() == ""


def test_link_goals_in_the_checkable_list(tabs, session, qtbot, qtmodeltester):
    _, tab, _ = tabs
    nps = session.add_row("goal", {"objective": "Customers recommend us"})
    session.add_row("goal", {"objective": "Solve it in the first contact"})
    add(session, "Booking", impact=7, effort=4)
    goals = tab.detail.goals
    qtmodeltester.check(tab.detail.goals_model)
    assert goals.isVisible() and not tab.detail.no_goals.isVisible()
    goals.setFocus()
    goals.setCurrentIndex(goals.model().index(0, 0))
    qtbot.keyClick(goals, Qt.Key.Key_Space)
    links = session.document.rows("initiative_goal")
    assert [(r["initiative"], r["goal"]) for r in links] == [
        (rows_by_title(session)["Booking"].id, nps)
    ]
    assert tab.hub.goal_titles(rows_by_title(session)["Booking"].id) == ["Customers recommend us"]
    qtbot.keyClick(goals, Qt.Key.Key_Space)
    assert session.document.rows("initiative_goal") == ()
    session.undo()
    assert len(session.document.rows("initiative_goal")) == 1


def test_filter_by_status_phase_and_owner_and_sort_by_a_header(tabs, session, qtbot):
    _, tab, _ = tabs
    session.add_person("Deniz Yilmaz")
    session.add_person("Julia Wagner")
    people = {p.name: p.id for p in session.document.people()}
    add(
        session,
        "Booking",
        impact=7,
        effort=4,
        status="planned",
        phase="service",
        owner=people["Deniz Yilmaz"],
    )
    add(
        session,
        "Status",
        impact=6,
        effort=3,
        status="in_progress",
        phase="service",
        owner=people["Julia Wagner"],
    )
    add(session, "Welcome", impact=3, effort=2, status="planned", phase="loyalty")
    tab.status_filter.setFocus()
    qtbot.keyClick(tab.status_filter, Qt.Key.Key_Down)  # Idea
    assert titles(tab) == []
    qtbot.keyClick(tab.status_filter, Qt.Key.Key_Down)  # Planned
    assert titles(tab) == ["Booking", "Welcome"]
    assert tab.note.text() == "Showing 2 of 3 initiatives."
    tab.phase_filter.setCurrentIndex(tab.phase_filter.findData("loyalty"))
    tab.phase_filter.activated.emit(tab.phase_filter.currentIndex())
    assert titles(tab) == ["Welcome"]
    tab.clear_filters()
    qtbot.keyClicks(tab.owner_filter, "wag")
    assert titles(tab) == ["Status"]
    tab.owner_filter.clear()

    header = tab.table.horizontalHeader()
    title_column = tab.model.column_of("title")
    x = header.sectionViewportPosition(title_column) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert titles(tab) == ["Booking", "Status", "Welcome"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert titles(tab) == ["Welcome", "Status", "Booking"]


def test_the_model_reads_the_store_once_per_change_not_per_cell(tabs, session, monkeypatch):
    _, tab, _ = tabs
    for i in range(50):
        add(session, f"I{i}", impact=i % 10 + 1, effort=(i * 3) % 10 + 1)
    changed = rows_by_title(session)["I3"].id
    calls = []
    real_rows = session.document.rows
    monkeypatch.setattr(
        session.document, "rows", lambda kind: calls.append(kind) or real_rows(kind)
    )
    model = tab.model
    for r, c in itertools.product(range(model.rowCount()), range(model.columnCount())):
        for role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Role.SORT,
            Qt.ItemDataRole.BackgroundRole,
        ):
            model.index(r, c).data(role)
    assert calls == []
    session.update_row("initiative", changed, impact=10)
    assert calls.count("initiative") == 0, "an update re-reads only its row"
    assert model.hub.by_id[changed]["impact"] == 10
    add(session, "New one", impact=5, effort=5)
    assert calls.count("initiative") == 1, "one read, shared by every view of the hub"


def test_large_list_of_5000_initiatives_opens_and_sorts(tmp_path, qtbot, host):
    doc = CharterDocument.create(
        tmp_path / "big.cxcharter", title="T", language="en", actor="tester"
    )
    records = [
        {"title": f"Initiative {i}", "impact": float(i % 10 + 1), "effort": float((i * 7) % 10 + 1)}
        for i in range(5000)
    ]
    with doc._write() as db:
        db["initiatives"].insert_all(
            [{**r, "status": "idea", "position": i} for i, r in enumerate(records)]
        )
    session = CharterSession(doc)
    try:
        tabs, tab, matrix = make_tabs(qtbot, session, host)
        assert tab.proxy.rowCount() == 5000
        assert len(matrix.matrix.points()) == 5000
        assert len(matrix.matrix.label_rects()) <= PriorityMatrix.MAX_LABELS + 1
        tabs.setCurrentIndex(1)
        matrix.matrix.grab()
        tab.table.sortByColumn(tab.model.column_of("title"), Qt.SortOrder.AscendingOrder)
        assert tab.proxy.index(0, 1).data() == "Initiative 0"
        tab.detach()
        matrix.detach()
    finally:
        session.close()


# ------------------------------------------------------------------ the matrix
def test_matrix_places_every_initiative_with_impact_and_effort(sample_tabs, sample):
    tabs, _tab, matrix_tab = sample_tabs
    tabs.setCurrentIndex(1)
    view = matrix_tab.matrix
    hub = PriorityHub.of(sample)
    scored = [
        r
        for r in hub.rows
        if r.get("status") != "dropped"
        and r.get("impact") is not None
        and r.get("effort") is not None
    ]
    assert {p.id for p in view.points()} == {r.id for r in scored}
    assert matrix_tab.unplaced.isVisible()  # the one idea without effort
    for row in scored:
        at = view.dot_position(row.id)
        exact = view.to_pixels(row["impact"], row["effort"])
        assert abs(at.x() - exact.x()) < 12 and abs(at.y() - exact.y()) < 12
        assert view.initiative_at(at) == row.id
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    view.render(painter, QPoint())
    painter.end()
    some = view.dot_position(scored[0].id)
    assert image.pixelColor(some.toPoint()).alpha() == 255, "a dot is painted there"


def test_dots_at_their_values_and_quadrants(qtbot, host):
    view = PriorityMatrix(host)
    view.resize(700, 500)
    view.set_points(
        [
            MatrixPoint(1, "Quick", 9, 2),
            MatrixPoint(2, "Big", 9, 9),
            MatrixPoint(3, "Fill", 2, 2),
            MatrixPoint(4, "Pit", 2, 9, done=True),
        ]
    )
    view.show()
    plot = view.plot_rect()
    middle = view.to_pixels(5.5, 5.5)
    assert abs(middle.x() - plot.center().x()) < 0.5 and abs(middle.y() - plot.center().y()) < 0.5
    quick, big, fill, pit = (view.dot_position(i) for i in (1, 2, 3, 4))
    assert quick.x() < middle.x() < big.x() and quick.y() < middle.y()
    assert fill.y() > middle.y() and pit.x() > middle.x() and pit.y() > middle.y()
    assert view.dot_position(1) == view.to_pixels(9, 2)
    assert view.initiative_at(QPointF(quick.x() + 3, quick.y() - 2)) == 1
    assert view.initiative_at(QPointF(middle.x(), middle.y() + 40)) is None
    label = view.label_rect(1)
    assert label is not None and view.initiative_at(label.center()) == 1
    assert [p.quadrant for p in view.points()] == ["quick_win", "big_bet", "fill_in", "money_pit"]
    assert "Quick win: impact 9, effort 2" in view.tooltip(view.points()[0])


def test_click_a_dot_selects_the_initiative_in_the_list_and_back(sample_tabs, sample, qtbot):
    tabs, tab, matrix_tab = sample_tabs
    tabs.setCurrentIndex(1)
    view = matrix_tab.matrix
    target = view.points()[5]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.dot_position(target.id).toPoint())
    assert view.current() == target.id
    assert tab.selected_id() == target.id, "the list follows"
    assert tab.detail.initiative_id == target.id
    assert matrix_tab.title.text() == target.title
    assert matrix_tab.show_button.isEnabled()

    other = titles(tab)[0]
    tab.table.setCurrentIndex(cell(tab, other, "title"))
    other_id = tab.selected_id()
    assert view.current() == other_id, "and the matrix follows the list"

    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.dot_position(target.id).toPoint())
    assert tabs.currentWidget() is tab, "double-click shows it in the list"
    assert tab.selected_id() == target.id


def test_keyboard_moves_between_dots_and_enter_shows_the_list(sample_tabs, qtbot):
    tabs, tab, matrix_tab = sample_tabs
    tabs.setCurrentIndex(1)
    view = matrix_tab.matrix
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    start = view.current()
    assert start is not None
    here = view.dot_position(start)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    moved = view.current()
    if moved != start:
        assert view.dot_position(moved).x() > here.x()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    after = view.current()
    if after != moved:
        assert view.dot_position(after).y() > view.dot_position(moved).y()
    assert tab.selected_id() == after
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert tabs.currentWidget() is tab
    assert tab.table.hasFocus() and tab.selected_id() == after


def test_arrow_keys_pick_the_nearest_dot_in_that_direction(qtbot, host):
    view = PriorityMatrix(host)
    view.resize(700, 500)
    view.set_points(
        [
            MatrixPoint(1, "Centre", 5, 5),
            MatrixPoint(2, "Right", 5, 8),
            MatrixPoint(3, "Far right", 5, 10),
            MatrixPoint(4, "Up", 8, 5),
            MatrixPoint(5, "Down left", 2, 4),
        ]
    )
    view.show()
    view.set_current(1)
    moves = []
    view.currentChanged.connect(moves.append)
    for key, expected in (
        (Qt.Key.Key_Right, 2),
        (Qt.Key.Key_Right, 3),
        (Qt.Key.Key_Right, 3),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_Left, 1),
        (Qt.Key.Key_Up, 4),
        (Qt.Key.Key_Down, 1),
        (Qt.Key.Key_Down, 5),
    ):
        qtbot.keyClick(view, key)
        assert view.current() == expected, key
    assert moves == [2, 3, 2, 1, 4, 1, 5]
    with qtbot.waitSignal(view.activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert activated.args == [5]


def crowded(n: int = 40) -> list[MatrixPoint]:
    """n initiatives squeezed into the quick-win corner, many on the very same point."""
    return [
        MatrixPoint(
            i,
            f"Initiative number {i} with a rather long title",
            7 + (i % 3) * 0.5,
            2 + (i % 4) * 0.5,
        )
        for i in range(n)
    ]


def test_labels_of_40_crowded_initiatives_never_overlap(qtbot, host):
    view = PriorityMatrix(host)
    view.resize(900, 600)
    view.set_points(crowded())
    view.show()
    rects = view.label_rects()
    assert len(rects) == 40, "every initiative gets its label"
    plot = view.plot_rect()
    for a, b in itertools.combinations(rects.values(), 2):
        assert not a.intersects(b)
    assert all(plot.contains(r) for r in rects.values())
    assert all(r.width() <= PriorityMatrix.LABEL_WIDTH + 8 for r in rects.values()), "elided"
    dots = [view.dot_position(p.id) for p in view.points()]
    for a, b in itertools.combinations(dots, 2):
        assert (a - b).manhattanLength() > 4, "dots on one point fan out"


def test_label_layout_prefers_the_spot_next_to_the_dot_and_leads_when_far():
    bounds = QRectF(0, 0, 600, 400)
    single = layout_labels([QPointF(300, 200)], [QSizeF(80, 16)], bounds, 6)
    assert single[0] is not None and not single[0].leader
    assert single[0].rect.left() > 300, "right of the dot first"
    anchors = spread([QPointF(300, 200)] * 12, 6)
    placements = layout_labels(anchors, [QSizeF(120, 16)] * 12, bounds, 6)
    assert all(placements) and any(p.leader for p in placements)
    for a, b in itertools.combinations([p.rect for p in placements], 2):
        assert not a.intersects(b)
    # No room at all: the label is left out rather than drawn over another.
    tiny = layout_labels([QPointF(10, 10)] * 3, [QSizeF(18, 18)] * 3, QRectF(0, 0, 20, 20), 2)
    assert tiny[0] is not None and tiny[1:] == [None, None]


@pytest.mark.parametrize("dark", [False, True])
def test_matrix_paints_with_the_palette(qtbot, host, dark):
    view = PriorityMatrix(host)
    view.resize(700, 500)
    palette = QPalette(view.palette())
    base, text = ("#1e1e1e", "#eeeeee") if dark else ("#ffffff", "#111111")
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    view.setPalette(palette)
    view.set_points(crowded(12))
    view.set_current(3)
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor(base))
    painter = QPainter(image)
    view.render(painter, QPoint())
    painter.end()
    corner = view.plot_rect().bottomRight().toPoint() - QPointF(40, 60).toPoint()
    lightness = image.pixelColor(corner).lightness()
    assert (lightness < 90) if dark else (lightness > 200), "the plot follows Base"
    label = view.label_rect(5)
    assert label is not None
    inside = image.pixelColor(label.topLeft().toPoint() + QPointF(3, 3).toPoint())
    assert abs(inside.lightness() - QColor(base).lightness()) < 40, "labels sit on Base"


def test_done_initiatives_can_be_hidden_from_the_matrix(sample_tabs, qtbot):
    _, _, matrix_tab = sample_tabs
    everything = len(matrix_tab.matrix.points())
    matrix_tab.show_done.setChecked(False)
    assert len(matrix_tab.matrix.points()) < everything
    assert not any(p.done for p in matrix_tab.matrix.points())
    counts = matrix_tab.counts.text().splitlines()
    assert [line.split(":")[0] for line in counts] == [
        "Quick wins",
        "Big bets",
        "Fill-ins",
        "Money pits",
    ]


def test_sample_charter_is_ranked_by_rice_with_a_pin_and_not_doing(sample_tabs, sample):
    _, tab, _ = sample_tabs
    assert sample.document.setting("scoring_method") == "rice"
    assert titles(tab)[:5] == [
        "Online booking of repair appointments",
        "Guided troubleshooting for Nordwind Connect appliances",
        "New CRM with one case history",
        "Proactive repair status by text message and email",
        "Callback instead of waiting in the queue",
    ]
    assert [cell(tab, t, "score").data() for t in titles(tab)[:5]] == [
        "420",
        "360",
        "290",
        "240",
        "180",
    ]
    pinned = cell(tab, titles(tab)[5], "rank")
    assert pinned.data() == "6" and "German Accessibility Act" in pinned.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tab.not_doing.model.rowCount() == 4
    assert all(tab.not_doing.model.index(r, 1).data() for r in range(4))
    assert isinstance(tab.model, InitiativesModel)
    assert all(tab.proxy.index(r, 0).data(Role.ROW_ID) for r in range(tab.proxy.rowCount()))


def test_closing_the_session_stops_the_tabs(tmp_path, qtbot, host):
    doc = CharterDocument.create(tmp_path / "c.cxcharter", title="T", language="en", actor="tester")
    session = CharterSession(doc)
    _, tab, matrix = make_tabs(qtbot, session, host)
    add(session, "Booking")
    tab.detail.description.setFocus()
    qtbot.keyClicks(tab.detail.description, "Typed just before closing")
    assert tab.detail._timers["description"].isActive()
    session.close()
    assert not any(t.isActive() for t in tab.detail._timers.values())
    reopened = open_session(tmp_path / "c.cxcharter")
    try:
        assert reopened.document.rows("initiative")[0]["description"] == "Typed just before closing"
    finally:
        reopened.close()
    tab.detach()
    matrix.detach()


def test_read_only_charter_offers_no_edits(tmp_path, qtbot, host, monkeypatch):
    path = write_sample(tmp_path / "ro.cxcharter", "en", actor="tester")
    session = open_session(path)
    monkeypatch.setattr(type(session.document), "read_only", property(lambda self: True))
    try:
        _, tab, matrix = make_tabs(qtbot, session, host)
        assert not tab.method.isEnabled() and not tab.add_button.isEnabled()
        index = tab.proxy.mapToSource(cell(tab, titles(tab)[0], "impact"))
        assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert tab.detail.description.isReadOnly()
        assert not tab.detail.drop_button.isEnabled()
        scores = tab.scores
        assert scores.fields and not any(f.isEnabled() for f in scores.fields.values())
        assert not scores.quarter.isEnabled() and not scores.touchpoint.isEnabled()
        tab.detach()
        matrix.detach()
    finally:
        session.close()


def test_combo_editors_show_all_choices(tabs, session, qtbot):
    _, tab, _ = tabs
    add(session, "Booking")
    index = cell(tab, "Booking", "status")
    tab.table.setFocus()
    tab.table.setCurrentIndex(index)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.count() == 5
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows_by_title(session)["Booking"]["status"] == "planned")


def test_editing_one_initiative_reads_only_that_row(sample_tabs, sample, monkeypatch):
    """5,000 initiatives take 0.2 s to read: a title edit must not read them all."""
    _tabs, tab, _matrix = sample_tabs
    session = sample
    first = titles(tab)[0]
    row_id = rows_by_title(session)[first].id
    rank_before = tab.model.hub.ranked(row_id).rank
    read = []
    real_rows = type(session.document).rows
    monkeypatch.setattr(
        type(session.document), "rows", lambda doc, kind: read.append(kind) or real_rows(doc, kind)
    )
    session.update_row("initiative", row_id, title="Renamed in place")
    assert "initiative" not in read
    assert titles(tab)[0] == "Renamed in place"
    assert tab.model.hub.by_id[row_id]["title"] == "Renamed in place"
    assert tab.model.hub.ranked(row_id).rank == rank_before

    # A scoring input re-ranks (still without reading every row again).
    session.update_row("initiative", row_id, impact=1, effort=10, reach=1, confidence=10)
    assert "initiative" not in read
    assert tab.model.hub.ranked(row_id).rank != rank_before
    assert titles(tab)[0] != "Renamed in place"

    # Undo goes through the same path and restores the order.
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert titles(tab)[0] == first


def test_suggested_criteria_use_the_charters_language_not_the_windows(tabs, session, qtbot, german):
    _, tab, _ = tabs
    session.set_setting("scoring_method", "weighted")
    entries = len(session.document.audit_entries())
    steps = session.undo_stack.index()
    qtbot.mouseClick(tab.criteria.suggest_button, Qt.MouseButton.LeftButton)
    names = [c["name"] for c in session.document.rows("criterion")]
    assert names == ["Customer value", "Business value", "Cost", "Risk"], "an English charter"
    assert len(session.document.audit_entries()) == entries + 1
    assert session.undo_stack.index() == steps + 1, "one undo step"
    assert session.undo_stack.undoText() == "Vorgeschlagene Kriterien hinzufügen"
    session.undo()
    assert session.document.rows("criterion") == ()


def test_a_long_initiative_title_takes_a_second_line_not_an_ellipsis(qtbot, sample_tabs):
    from PySide6.QtCore import QRect

    tabs, initiatives, _matrix = sample_tabs
    tabs.resize(640, 780)  # a narrow window: the title column at its least width
    qtbot.wait(50)
    table = initiatives.table
    column = initiatives.model.column_of("title")
    width = table.horizontalHeader().sectionSize(column) - 8  # the cell's margins
    metrics = table.fontMetrics()
    two_lines = [
        str(table.model().index(row, column).data())
        for row in range(table.model().rowCount())
        if metrics.horizontalAdvance(str(table.model().index(row, column).data())) > width
        and metrics.boundingRect(
            QRect(0, 0, width, 10_000),
            Qt.TextFlag.TextWordWrap,
            str(table.model().index(row, column).data()),
        ).height()
        <= 2 * metrics.lineSpacing()
    ]
    assert two_lines, "the sample has titles wider than their column that fit on two lines"
    assert table.wordWrap()
    for row in range(table.model().rowCount()):
        assert table.rowHeight(row) >= 2 * metrics.lineSpacing()
