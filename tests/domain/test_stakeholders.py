"""Stakeholder rules without Qt: quadrants, the communication plan, suggestions, approvers."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from cxcharter.domain.stakeholders import (
    HIGH,
    Suggestion,
    approver_problems,
    decision_right_problems,
    incomplete_plans,
    missing_plan_fields,
    plan_problems,
    quadrant,
    quadrant_counts,
    stakeholders_complete,
    suggestions,
)


class R(dict):
    """A row as the domain sees it: .get() and an id."""

    def __init__(self, id=0, **values):
        super().__init__(values)
        self.id = id


@pytest.mark.parametrize(
    ("interest", "influence", "expected"),
    [
        (5, 5, "manage_closely"),
        (3, 3, "manage_closely"),
        (2, 5, "keep_satisfied"),
        (1, 3, "keep_satisfied"),
        (5, 2, "keep_informed"),
        (3, 1, "keep_informed"),
        (2, 2, "monitor"),
        (1, 1, "monitor"),
    ],
)
def test_quadrant_from_interest_and_influence(interest, influence, expected):
    assert quadrant(interest, influence) == expected


def test_the_midpoint_counts_as_high():
    assert HIGH == 3
    assert quadrant(HIGH, HIGH) == "manage_closely"
    assert quadrant(HIGH - 1, HIGH - 1) == "monitor"


def test_no_quadrant_without_both_scores():
    assert quadrant(None, 4) is None
    assert quadrant(4, None) is None


def test_quadrant_counts():
    rows = [
        R(1, interest=5, influence=5),
        R(2, interest=1, influence=5),
        R(3, interest=5, influence=1),
        R(4, interest=5, influence=4),
        R(5, interest=None, influence=3),
    ]
    assert quadrant_counts(rows) == {
        "manage_closely": 2,
        "keep_satisfied": 1,
        "keep_informed": 1,
        "monitor": 0,
    }


def test_communication_plan_needs_needs_channel_and_cadence():
    full = R(1, name="Board", needs="Progress", channel="Dashboard", cadence="Quarterly")
    assert missing_plan_fields(full) == ()
    assert plan_problems(full) == []
    bare = R(2, name="Works council", needs="  ", channel="", cadence=None)
    assert missing_plan_fields(bare) == ("needs", "channel", "cadence")
    codes = [(p.code, p.field, p.params) for p in plan_problems(bare)]
    assert codes == [
        ("stakeholder.no_needs", "needs", {"name": "Works council"}),
        ("stakeholder.no_channel", "channel", {"name": "Works council"}),
        ("stakeholder.no_cadence", "cadence", {"name": "Works council"}),
    ]
    half = R(3, name="IT", needs="CRM dates", channel="Mail", cadence="")
    assert [p.code for p in plan_problems(half)] == ["stakeholder.no_cadence"]
    assert incomplete_plans([full, bare, half]) == [bare, half]


def test_suggestions_are_approvers_and_raci_a_and_i_who_are_not_stakeholders():
    raci = [
        R(1, activity=10, person=1, role="A"),
        R(2, activity=10, person=2, role="R"),
        R(3, activity=11, person=3, role="I"),
        R(4, activity=12, person=3, role="A"),
        R(5, activity=12, person=4, role="C"),
        R(6, activity=13, person=5, role="I"),
        R(7, activity=14, person=3, role="I"),
    ]
    approvers = [R(1, person=6, required=True), R(2, person=3, required=False)]
    stakeholders = [R(1, name="Five", person=5), R(2, name="Group", person=None)]
    result = suggestions(raci, approvers, stakeholders)
    assert [s.person for s in result] == [6, 3, 1]  # approvers first, then RACI order
    by_person = {s.person: s for s in result}
    assert by_person[6].reasons == ("approver",)
    assert by_person[3].reasons == ("approver", "A", "I")
    assert by_person[3].activities == (11, 12, 14)
    assert by_person[1].reasons == ("A",)
    assert 2 not in by_person and 4 not in by_person, "R and C are not suggested"
    assert 5 not in by_person, "already a stakeholder"


def test_suggestion_defaults():
    assert Suggestion(1, ("approver", "I")).defaults() == {"interest": 4, "influence": 5}
    assert Suggestion(1, ("A",)).defaults() == {"interest": 4, "influence": 4}
    assert Suggestion(1, ("I",)).defaults() == {"interest": 4, "influence": 2}


def test_no_suggestions_when_everyone_is_a_stakeholder():
    raci = [R(1, activity=1, person=1, role="I")]
    assert suggestions(raci, [R(1, person=1, required=True)], [R(1, person=1)]) == []
    assert suggestions([], [], []) == []


def test_at_least_one_required_approver():
    assert [p.code for p in approver_problems([])] == ["approvers.none_required"]
    assert approver_problems([])[0].params == {"approvers": 0}
    optional = [R(1, person=1, required=False), R(2, person=2, required=False)]
    (problem,) = approver_problems(optional)
    assert (problem.code, problem.params) == ("approvers.none_required", {"approvers": 2})
    assert approver_problems([*optional, R(3, person=3, required=True)]) == []


def test_decision_right_names_an_approver():
    assert decision_right_problems(R(1, decision="Budget", approver=4)) == []
    (problem,) = decision_right_problems(R(1, decision="Budget", approver=None))
    assert (problem.code, problem.field, problem.params) == (
        "decision_right.no_approver",
        "approver",
        {"decision": "Budget"},
    )


def test_section_complete_with_plans_and_a_required_approver():
    full = R(1, name="Board", needs="x", channel="y", cadence="z")
    required = [R(1, person=1, required=True)]
    assert stakeholders_complete([full], required)
    assert not stakeholders_complete([], required)
    assert not stakeholders_complete([full, R(2, name="IT")], required)
    assert not stakeholders_complete([full], [])


def test_rows_may_be_any_object_with_get():
    row = SimpleNamespace(get=lambda name, default=None: {"interest": 4}.get(name, default))
    assert missing_plan_fields(row) == ("needs", "channel", "cadence")


def test_decision_right_suggestions_in_the_charter_language_until_taken():
    from cxcharter.domain.stakeholders import (
        DECISION_RIGHT_SUGGESTIONS,
        decision_right_text,
        open_decision_right_suggestions,
    )

    assert open_decision_right_suggestions([], "de") == list(DECISION_RIGHT_SUGGESTIONS)
    charter_de = decision_right_text("charter", "de")
    assert charter_de != decision_right_text("charter", "en")
    taken = [R(1, decision=" " + charter_de.upper() + " ")]
    assert "charter" not in open_decision_right_suggestions(taken, "de")
    assert "charter" in open_decision_right_suggestions(taken, "en")
    assert decision_right_text("budget", "fr") == decision_right_text("budget", "en")
