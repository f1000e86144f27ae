"""Readiness rules without Qt: each rule on a charter that is otherwise ready."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest
from ready_snapshot import TODAY, add_row, edit_row, ready_sample, with_rows

from cxcharter.catalog import load_catalog
from cxcharter.domain import readiness, readiness_text
from cxcharter.domain.model import Answer, CharterSnapshot
from cxcharter.domain.readiness import BLOCKER, SEVERITY, WARNING, Place, check

CATALOG = load_catalog("en")


@pytest.fixture(scope="module")
def ready() -> CharterSnapshot:
    return ready_sample("en")


def codes(snapshot: CharterSnapshot, severity: str | None = None) -> list[str]:
    return [
        f.code
        for f in check(CATALOG, snapshot, TODAY)
        if severity is None or f.severity == severity
    ]


def found(snapshot: CharterSnapshot, code: str) -> list[readiness.Finding]:
    return [f for f in check(CATALOG, snapshot, TODAY) if f.code == code]


def with_answer(snapshot: CharterSnapshot, key: str, **fields) -> CharterSnapshot:
    answer = dataclasses.replace(snapshot.answer(key), **fields)
    return dataclasses.replace(
        snapshot, answers=MappingProxyType({**snapshot.answers, key: answer})
    )


def test_the_ready_sample_has_no_blocker(ready):
    assert codes(ready, BLOCKER) == []
    assert readiness.is_ready(check(CATALOG, ready, TODAY))


def test_the_plain_sample_is_ready_and_its_plan_rows_count():
    from cxcharter.sample import build_sample

    for language in ("en", "de"):
        sample = build_sample(language, today=TODAY)
        assert codes(sample, BLOCKER) == []
        # Without the plan rows of approver 1 and RACI "I" 3 it is blocked.
        plan = [r for r in sample.rows_of("stakeholder") if r.get("person") not in (1, 3)]
        blocked = codes(with_rows(sample, "stakeholder", plan), BLOCKER)
        assert set(blocked) == {"plan.approver_missing", "plan.informed_missing"}


def test_an_empty_charter_is_blocked_everywhere():
    empty = CharterSnapshot(id="x", language="en", created_at="2026-01-01")
    found_codes = set(codes(empty))
    assert {
        "question.unanswered",
        "front.no_charter_owner",
        "front.no_sponsor",
        "section.no_owner",
        "goals.none",
        "raci.no_activities",
        "approvers.none_required",
    } <= found_codes
    assert not readiness.is_ready(check(CATALOG, empty, TODAY))


def test_a_required_question_must_be_answered(ready):
    snapshot = with_answer(ready, "vision.statement", text="   ")
    [finding] = found(snapshot, "question.unanswered")
    assert finding.place == Place("vision", "vision.statement")
    assert finding.severity == BLOCKER


def test_an_optional_question_may_stay_empty(ready):
    assert codes(with_answer(ready, "vision.why_now", text=""), BLOCKER) == []


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("front.charter_owner", "front.no_charter_owner"),
        ("front.executive_sponsor", "front.no_sponsor"),
    ],
)
def test_charter_owner_and_sponsor_are_named_people(ready, key, code):
    [finding] = found(with_answer(ready, key, person=None), code)
    assert finding.place == Place("front", key)
    # a person id nobody has (a stale reference) is no better
    assert found(with_answer(ready, key, person=999), code)
    assert "question.unanswered" not in codes(with_answer(ready, key, person=None))


def test_every_section_has_an_owner(ready):
    snapshot = ready
    for q in CATALOG.section("ways").questions:
        snapshot = with_answer(snapshot, q.key, owner=None)
    [finding] = found(snapshot, "section.no_owner")
    assert finding.place == Place("ways")
    # one owned question is enough
    assert not found(with_answer(snapshot, "ways.meetings", owner=1), "section.no_owner")


def test_a_charter_needs_goals(ready):
    assert [f.place for f in found(with_rows(ready, "goal", ()), "goals.none")] == [Place("goals")]


def test_every_goal_has_an_owner(ready):
    [finding] = found(edit_row(ready, "goal", 1, owner=None), "goal.no_owner")
    assert finding.place == Place("goals", kind="goal", row=1)
    assert finding.params["goal"] == ready.rows_of("goal")[0]["objective"]


@pytest.mark.parametrize("field", ["metric", "baseline", "target", "due"])
def test_every_goal_is_complete(ready, field):
    cleared = {"metric": "", "custom_metric": None} if field == "metric" else {field: None}
    [finding] = found(edit_row(ready, "goal", 2, **cleared), "goal.incomplete")
    assert finding.params["missing"] == (field,)
    assert finding.place.row == 2 and finding.blocker


def test_a_goal_that_does_not_improve_blocks(ready):
    goal = ready.rows_of("goal")[0]  # NPS, higher is better
    snapshot = edit_row(ready, "goal", goal.id, target=goal["baseline"] - 5)
    [finding] = found(snapshot, "goal.target_not_better")
    assert finding.blocker and finding.place.row == goal.id


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"metric": "no_such_metric", "custom_metric": None}, "goal.unknown_metric"),
        ({"target": 500.0}, "goal.out_of_scale"),
        ({"baseline_date": "2030-01-01"}, "goal.due_before_baseline"),
    ],
)
def test_broken_goal_numbers_block(ready, values, code):
    assert found(edit_row(ready, "goal", 1, **values), code)[0].blocker


def test_a_reading_off_the_scale_warns(ready):
    reading = next(r for r in ready.rows_of("reading") if r["goal"] == 1)
    snapshot = edit_row(ready, "reading", reading.id, value=1000.0)
    [finding] = found(snapshot, "reading.out_of_scale")
    assert finding.severity == WARNING


def test_several_primary_goals_warn(ready):
    snapshot = edit_row(ready, "goal", 2, primary=True)
    [finding] = found(snapshot, "goals.several_primary")
    assert finding.severity == WARNING and finding.params["count"] == 2
    assert codes(snapshot, BLOCKER) == []


def test_more_than_six_goals_warn(ready):
    goal = ready.rows_of("goal")[0]
    snapshot = add_row(ready, "goal", **{**goal.values, "primary": False})
    assert len(snapshot.rows_of("goal")) == 7
    [finding] = found(snapshot, "goals.too_many")
    assert finding.severity == WARNING and finding.params == {"count": 7, "limit": 6}
    assert not found(ready, "goals.too_many")  # six is fine


def test_every_initiative_on_the_list_has_an_owner(ready):
    first = ready.rows_of("initiative")[0]
    snapshot = edit_row(ready, "initiative", first.id, owner=None)
    [finding] = found(snapshot, "initiative.no_owner")
    assert finding.place == Place("priorities", kind="initiative", row=first.id)
    dropped = edit_row(snapshot, "initiative", first.id, status="dropped")
    assert not found(dropped, "initiative.no_owner")


def test_the_raci_needs_activities(ready):
    assert found(with_rows(ready, "activity", ()), "raci.no_activities")[0].blocker


@pytest.mark.parametrize(
    ("role", "code"), [("A", "raci.no_accountable"), ("R", "raci.no_responsible")]
)
def test_raci_one_a_and_an_r_per_activity(ready, role, code):
    activity = ready.rows_of("activity")[0]
    cells = [
        c for c in ready.rows_of("raci") if not (c["activity"] == activity.id and c["role"] == role)
    ]
    [finding] = found(with_rows(ready, "raci", cells), code)
    assert finding.place == Place("roles", kind="activity", row=activity.id)
    assert finding.params["name"] == activity["name"] and finding.blocker


def test_raci_two_a_block(ready):
    activity = ready.rows_of("activity")[0]
    cell = next(
        c for c in ready.rows_of("raci") if c["activity"] == activity.id and c["role"] != "A"
    )
    [finding] = found(edit_row(ready, "raci", cell.id, role="A"), "raci.many_accountable")
    assert finding.params["count"] == 2


def test_a_person_without_role_warns(ready):
    snapshot = dataclasses.replace(
        ready, people=(*ready.people, dataclasses.replace(ready.people[0], id=99, name="Idle Ida"))
    )
    [finding] = found(snapshot, "raci.person_without_role")
    assert finding.severity == WARNING
    assert finding.place == Place("roles", kind="person", row=99)


def test_at_least_one_required_approver(ready):
    rows = [
        dataclasses.replace(a, values=MappingProxyType({**a.values, "required": False}))
        for a in ready.rows_of("approver")
    ]
    [finding] = found(with_rows(ready, "approver", rows), "approvers.none_required")
    assert finding.blocker


def test_every_approver_is_in_the_communication_plan(ready):
    approver = ready.rows_of("approver")[0]["person"]
    rows = [s for s in ready.rows_of("stakeholder") if s["person"] != approver]
    [finding] = found(with_rows(ready, "stakeholder", rows), "plan.approver_missing")
    assert finding.place == Place("stakeholders", kind="person", row=approver)
    assert finding.blocker


def test_every_informed_person_is_in_the_communication_plan(ready):
    informed = {c["person"] for c in ready.rows_of("raci") if c["role"] == "I"}
    approvers = {a["person"] for a in ready.rows_of("approver")}
    person = sorted(informed - approvers)[0]
    rows = [s for s in ready.rows_of("stakeholder") if s["person"] != person]
    [finding] = found(with_rows(ready, "stakeholder", rows), "plan.informed_missing")
    assert finding.params["person"] == person and finding.params["activities"]


def test_an_incomplete_plan_row_warns(ready):
    first = ready.rows_of("stakeholder")[0]
    [finding] = found(edit_row(ready, "stakeholder", first.id, channel=""), "plan.incomplete")
    assert finding.severity == WARNING and finding.params["missing"] == ("channel",)


def test_overdue_items_warn(ready):
    snapshot = with_answer(ready, "vision.why_now", due="2026-11-01", status="draft")
    overdue = found(snapshot, "item.overdue")
    assert Place("vision", "vision.why_now") in [f.place for f in overdue]
    assert all(f.severity == WARNING for f in overdue)
    done = with_answer(snapshot, "vision.why_now", text="Because.", status="ready")
    assert Place("vision", "vision.why_now") not in [f.place for f in found(done, "item.overdue")]


def test_every_code_has_a_severity_and_words_in_both_languages():
    for code, severity in SEVERITY.items():
        assert severity in (BLOCKER, WARNING)
        for language in ("en", "de"):
            assert code in readiness_text.TEXTS[language], (language, code)
    assert set(readiness_text.TEXTS["en"]) == set(readiness_text.TEXTS["de"]) == set(SEVERITY)


def test_the_command_line_words_every_finding(ready):
    broken = edit_row(
        with_answer(ready, "vision.statement", text=""), "goal", 1, owner=None, target=None
    )
    for language in ("en", "de"):
        lines = [readiness_text.line(f, language) for f in check(CATALOG, broken, TODAY)]
        assert all("{" not in line for line in lines), lines
    [line] = [readiness_text.line(f, "de") for f in found(broken, "goal.incomplete")]
    assert line.startswith("Blocker  Ziele") and "Zielwert" in line


def test_an_unknown_code_is_refused():
    with pytest.raises(KeyError):
        readiness._finding("no.such.rule", Place())


def test_person_answers_are_answers(ready):
    assert isinstance(ready.answer("front.charter_owner"), Answer)
    assert ready.answer("front.charter_owner").person is not None


@pytest.mark.parametrize(
    ("language", "counts", "expected"),
    [
        ("en", (1, 1), "1 blocker, 1 warning: not ready for review"),
        ("en", (2, 2), "2 blockers, 2 warnings: not ready for review"),
        ("en", (0, 1), "0 blockers, 1 warning: ready for review"),
        ("de", (1, 1), "1 Blocker, 1 Hinweis: noch nicht bereit zur Prüfung"),
        ("de", (2, 2), "2 Blocker, 2 Hinweise: noch nicht bereit zur Prüfung"),
        ("de", (0, 0), "0 Blocker, 0 Hinweise: bereit zur Prüfung"),
    ],
)
def test_the_summary_counts_one_and_two_in_the_right_form(language, counts, expected):
    blocker = next(code for code, severity in SEVERITY.items() if severity == BLOCKER)
    warning = next(code for code, severity in SEVERITY.items() if severity == WARNING)
    findings = [readiness.Finding(blocker, Place("vision"))] * counts[0]
    findings += [readiness.Finding(warning, Place("vision"))] * counts[1]
    assert readiness_text.summary(findings, language) == expected
