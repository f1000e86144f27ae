"""Ways-of-working rules without Qt: meetings, agenda, escalation, decision log, review."""

from __future__ import annotations

import datetime as dt

from cxcharter.domain.ways import (
    STANDARD_AGENDA,
    decision_problems,
    escalation_problems,
    meeting_problems,
    review_problems,
    standard_agenda,
    with_agenda,
)

TODAY = dt.date(2026, 11, 23)


class R(dict):
    def __init__(self, id=0, **values):
        super().__init__(values)
        self.id = id


def test_a_meeting_has_cadence_owner_and_participants():
    good = R(1, name="Core team", cadence="Weekly", owner=3)
    assert meeting_problems(good, participants=4) == []
    bare = R(2, name="Huddle", cadence=" ", owner=None)
    assert [(p.code, p.field) for p in meeting_problems(bare, 0)] == [
        ("meeting.no_cadence", "cadence"),
        ("meeting.no_owner", "owner"),
        ("meeting.no_participants", "participants"),
    ]
    assert meeting_problems(bare, 0)[0].params == {"name": "Huddle"}


def test_standard_agenda_order_starts_with_a_customer_story():
    assert STANDARD_AGENDA[0] == "customer_story"
    assert STANDARD_AGENDA[-1] == "actions"
    assert len(STANDARD_AGENDA) == 5


def test_with_agenda_appends_after_a_blank_line():
    assert with_agenda("", "1. Story") == "1. Story"
    assert with_agenda("  \n", "1. Story") == "1. Story"
    assert with_agenda("Intro\n\n", "1. Story") == "Intro\n\n1. Story"
    assert with_agenda("Intro", "1. Story") == "Intro\n\n1. Story"


def test_nobody_appears_twice_on_the_escalation_path():
    steps = [R(1, person=1), R(2, person=2), R(3, person=1)]
    (problem,) = escalation_problems(steps)
    assert (problem.code, problem.params) == ("escalation.repeated", {"person": 1, "step": 3})
    assert escalation_problems(steps[:2]) == []
    assert escalation_problems([]) == []


def test_follow_up_comes_after_the_decision():
    assert decision_problems(R(1, date="2027-01-10", follow_up="2027-02-01")) == []
    assert decision_problems(R(1, date="2027-01-10", follow_up="2027-01-10")) == []
    assert decision_problems(R(1, date=None, follow_up="2027-01-01")) == []
    (problem,) = decision_problems(R(1, date="2027-01-10", follow_up="2027-01-09"))
    assert (problem.code, problem.field) == ("decision.follow_up_before_date", "follow_up")
    assert problem.params == {"date": "2027-01-10", "follow_up": "2027-01-09"}
    assert decision_problems(R(1, date="junk", follow_up="2027-01-09")) == []


def test_next_review_is_set_ahead_and_within_about_a_year():
    assert [p.code for p in review_problems(None, TODAY)] == ["review.none"]
    assert [p.code for p in review_problems("", TODAY)] == ["review.none"]
    assert [p.code for p in review_problems("2026-11-22", TODAY)] == ["review.past"]
    assert review_problems("2026-11-23", TODAY) == []
    assert review_problems("2027-10-14", TODAY) == []
    (far,) = review_problems("2028-06-01", TODAY)
    assert far.code == "review.too_far" and far.params["days"] > 396


def test_standard_agenda_in_the_charter_language():
    en = standard_agenda("en").splitlines()
    assert len(en) == 5
    assert en[0].startswith("1. Customer story first")
    assert en[-1] == "5. Actions with owner and date"
    de = standard_agenda("de").splitlines()
    assert de[0].startswith("1. Zuerst eine Kundengeschichte")
    assert de != en
    assert standard_agenda("fr") == standard_agenda("en")
