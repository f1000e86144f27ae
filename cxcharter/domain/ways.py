"""Ways of working: meetings, the escalation path, the decision log, the charter review.

Codes with parameters, no sentences (the UI words them). Rows are anything
with `.get(name)` and `.id` (store rows, snapshot rows, dicts in tests).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from cxcharter.domain.values import Problem, parse_date

# The standard agenda offered for every meeting, in this order (the UI words each item).
STANDARD_AGENDA = ("customer_story", "metrics", "initiatives", "decisions", "actions")
REVIEW_AT_LEAST_EVERY_DAYS = 396  # a charter nobody looks at for over a year is stale

# The standard agenda is charter content: it is written in the charter's language.
AGENDA_TEXT = {
    "en": {
        "customer_story": "Customer story first: one real contact, told from the customer's side",
        "metrics": "Metrics against targets",
        "initiatives": "Status of the initiatives",
        "decisions": "Decisions needed",
        "actions": "Actions with owner and date",
    },
    "de": {
        "customer_story": "Zuerst eine Kundengeschichte: ein echter Kontakt, aus Kundensicht "
        "erzählt",
        "metrics": "Kennzahlen im Vergleich zu den Zielwerten",
        "initiatives": "Stand der Initiativen",
        "decisions": "Anstehende Entscheidungen",
        "actions": "Aufgaben mit Verantwortlichen und Termin",
    },
}


def standard_agenda(language: str) -> str:
    """The standard agenda as numbered lines, in the charter's language (English fallback)."""
    words = AGENDA_TEXT.get(language, AGENDA_TEXT["en"])
    return "\n".join(f"{n}. {words[item]}" for n, item in enumerate(STANDARD_AGENDA, start=1))


def _date(value: object) -> dt.date | None:
    try:
        return parse_date(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def meeting_problems(meeting, participants: int) -> list[Problem]:
    """A meeting says how often it meets, who owns it and who takes part."""
    name = str(meeting.get("name") or "")
    problems = []
    if not str(meeting.get("cadence") or "").strip():
        problems.append(Problem("meeting.no_cadence", "cadence", {"name": name}))
    if meeting.get("owner") is None:
        problems.append(Problem("meeting.no_owner", "owner", {"name": name}))
    if participants == 0:
        problems.append(Problem("meeting.no_participants", "participants", {"name": name}))
    return problems


def with_agenda(text: str, agenda: str) -> str:
    """`text` with `agenda` appended after a blank line (or `agenda` alone)."""
    kept = text.rstrip()
    return f"{kept}\n\n{agenda}" if kept else agenda


def escalation_problems(steps: Iterable) -> list[Problem]:
    """An escalation path goes somewhere: nobody appears twice on it."""
    seen: set[int] = set()
    problems = []
    for index, step in enumerate(steps):
        person = step.get("person")
        if person in seen:
            problems.append(
                Problem("escalation.repeated", "person", {"person": person, "step": index + 1})
            )
        seen.add(person)
    return problems


def decision_problems(decision) -> list[Problem]:
    """A follow-up comes after the decision."""
    date, follow_up = _date(decision.get("date")), _date(decision.get("follow_up"))
    if date is not None and follow_up is not None and follow_up < date:
        return [
            Problem(
                "decision.follow_up_before_date",
                "follow_up",
                {"date": date.isoformat(), "follow_up": follow_up.isoformat()},
            )
        ]
    return []


def review_problems(next_review: object, today: dt.date) -> list[Problem]:
    """The charter has a next review date, in the future and within about a year."""
    date = _date(next_review)
    if date is None:
        return [Problem("review.none", "next_review", {})]
    if date < today:
        return [Problem("review.past", "next_review", {"date": date.isoformat()})]
    if (date - today).days > REVIEW_AT_LEAST_EVERY_DAYS:
        return [
            Problem(
                "review.too_far",
                "next_review",
                {"date": date.isoformat(), "days": (date - today).days},
            )
        ]
    return []
