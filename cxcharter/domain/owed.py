"""Who owes what: per person, the answers, goals and decisions still expected of them.

Plain data in, plain data out. The questions come from `progress.open_items`
(the overview's own rule), goals from `goals.missing_fields`, decisions from
the approvers a review round still awaits (the store's `current_state().awaiting`).
`mail_body` words one person's list as a plain-text e-mail in the charter's
language (charter content, like the suggestions of stakeholders.py), and
`mailto` wraps it into a `mailto:` URL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from cxcharter.catalog import Catalog
from cxcharter.domain.goals import missing_fields
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.progress import OpenItem, open_items


@dataclass(frozen=True, slots=True)
class OwedGoal:
    goal: int
    objective: str
    missing: tuple[str, ...]  # of metric, baseline, target, due (owner: it is theirs)


@dataclass(frozen=True, slots=True)
class Owed:
    person: int
    answers: tuple[OpenItem, ...] = ()
    goals: tuple[OwedGoal, ...] = ()
    decision: bool = False  # a review round awaits their decision

    @property
    def empty(self) -> bool:
        return not (self.answers or self.goals or self.decision)

    @property
    def count(self) -> int:
        return len(self.answers) + len(self.goals) + int(self.decision)


def owed(
    catalog: Catalog, snapshot: CharterSnapshot, today: dt.date, awaiting: Iterable[int] = ()
) -> dict[int, Owed]:
    """Everyone in the directory (in its order) and what they owe; empty lists included."""
    answers: dict[int, list[OpenItem]] = {p.id: [] for p in snapshot.people}
    for item in open_items(catalog, snapshot, today):
        if item.owner in answers:
            answers[item.owner].append(item)
    goals: dict[int, list[OwedGoal]] = {p.id: [] for p in snapshot.people}
    for goal in snapshot.rows_of("goal"):
        owner = goal.get("owner")
        missing = tuple(m for m in missing_fields(goal) if m != "owner")
        if owner in goals and missing:
            goals[owner].append(OwedGoal(goal.id, str(goal.get("objective") or ""), missing))
    waiting = set(awaiting)
    return {
        p.id: Owed(p.id, tuple(answers[p.id]), tuple(goals[p.id]), p.id in waiting)
        for p in snapshot.people
    }


TEXT = {
    "en": {
        "subject": "CX charter \u201c{title}\u201d: what is still open for you",
        "hello": "Hello {name},",
        "intro": "for the CX charter \u201c{title}\u201d the following is still open for you:",
        "answers": "Questions to answer",
        "goals": "Goals to complete",
        "decision": "Your decision on the charter in review is awaited.",
        "due": "due {due}",
        "overdue": "overdue since {due}",
        "missing": "missing: {what}",
        "nothing": "Nothing is open for you. Thank you!",
        "thanks": "Thank you!",
        "metric": "metric",
        "baseline": "baseline",
        "target": "target",
        "due_field": "due date",
    },
    "de": {
        "subject": "CX-Charta \u201e{title}\u201c: was für Sie noch offen ist",
        "hello": "Hallo {name},",
        "intro": "für die CX-Charta \u201e{title}\u201c ist für Sie noch Folgendes offen:",
        "answers": "Zu beantwortende Fragen",
        "goals": "Zu vervollständigende Ziele",
        "decision": "Ihre Entscheidung über die Charta in Prüfung steht noch aus.",
        "due": "fällig am {due}",
        "overdue": "überfällig seit {due}",
        "missing": "es fehlt: {what}",
        "nothing": "Für Sie ist nichts offen. Danke!",
        "thanks": "Vielen Dank!",
        "metric": "Kennzahl",
        "baseline": "Ausgangswert",
        "target": "Zielwert",
        "due_field": "Termin",
    },
}


def _date(day: dt.date, language: str) -> str:
    return day.strftime("%d.%m.%Y") if language == "de" else day.isoformat()


def subject(snapshot: CharterSnapshot) -> str:
    words = TEXT.get(snapshot.language, TEXT["en"])
    return words["subject"].format(title=snapshot.title)


def mail_body(catalog: Catalog, snapshot: CharterSnapshot, item: Owed) -> str:
    """One person's open items as a plain-text e-mail body in the charter's language."""
    language = snapshot.language if snapshot.language in TEXT else "en"
    words = TEXT[language]
    lines = [words["hello"].format(name=snapshot.person_name(item.person)), ""]
    if item.empty:
        return "\n".join([*lines, words["nothing"], ""])
    lines += [words["intro"].format(title=snapshot.title), ""]
    if item.decision:
        lines += [f"- {words['decision']}", ""]
    if item.answers:
        lines.append(f"{words['answers']}:")
        for a in item.answers:
            question = catalog.question(a.key)
            when = ""
            if a.due is not None:
                key = "overdue" if a.overdue else "due"
                when = f" ({words[key].format(due=_date(a.due, language))})"
            lines.append(f"- {question.question}{when}")
        lines.append("")
    if item.goals:
        lines.append(f"{words['goals']}:")
        for g in item.goals:
            what = ", ".join(words["due_field" if m == "due" else m] for m in g.missing)
            lines.append(f"- {g.objective} ({words['missing'].format(what=what)})")
        lines.append("")
    return "\n".join([*lines, words["thanks"], ""])


def mailto(address: str, subject_line: str, body: str) -> str:
    """A `mailto:` URL (RFC 6068): address, subject and body percent-encoded as UTF-8."""
    return (
        f"mailto:{quote(address, safe='@')}?subject={quote(subject_line, safe='')}"
        f"&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"
    )
