"""Does the prose agree with the goal table? Numbers and dates near a goal's metric name.

A charter says its goals twice: in the goal table (metric, baseline, target, due
date) and in answers ("NPS from 18 to 30 by 31 December 2027"). When one is edited
and the other is not, the charter contradicts itself. This rule reads each answer,
finds where a goal's metric is named, and compares the "from A to B" and the
"by DATE" that follow it (before the next metric is named or the sentence ends)
with the goal's baseline, target and due date.

It is deliberately conservative: a passage counts as being about the goal only
when it names a metric exactly one goal measures and at least one of its numbers
or its date agrees with that goal ("NPS fell from 27 to 18" in a history of the
score is left alone). Returns codes with parameters; the edge words them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from cxcharter.catalog import Catalog
from cxcharter.domain import goals as goal_rules

CODE = "goal.prose_mismatch"
EPSILON = 1e-6

_NUMBER = r"[-−]?\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?|[-−]?\d+(?:[.,]\d+)?"
_UNIT = r"(?:\s*(?:%|h|Std\.?|Stunden|hours?|Punkte[n]?|points?|pp|Prozentpunkte[n]?))?"
FROM_TO = re.compile(
    rf"\b(?:von|from)\s+(?P<a>{_NUMBER}){_UNIT}\s+(?:auf|to)\s+(?P<b>{_NUMBER}){_UNIT}",
    re.IGNORECASE,
)
_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
BY_DATE = re.compile(
    r"\b(?:bis(?:\s+zum|\s+Ende)?|by|until)\s+"
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})"
    rf"|(?P<d2>\d{{1,2}})\.?\s+(?P<mn>{_MONTH})\s+(?P<y2>\d{{4}})"
    rf"|(?P<mn3>{_MONTH})\s+(?P<d3>\d{{1,2}}),\s+(?P<y3>\d{{4}}))\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[a-zäöüß%)])\.\s|[\n;]")


@dataclass(frozen=True, slots=True)
class Mismatch:
    """An answer says `said` where the goal table has `value` for `field`."""

    goal_id: int
    goal: str  # the goal's objective
    question: str  # the answer's key
    field: str  # "baseline", "target" or "due"
    said: str  # as the answer writes it
    value: object  # the table's number, or its ISO date


def metric_terms(name: str) -> list[str]:
    """The words that name a metric: 'Net Promoter Score (NPS)' → the name and 'NPS'."""
    terms = []
    outer = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if outer:
        terms.append(outer)
    terms += [inner.strip() for inner in re.findall(r"\(([^)]*)\)", name) if inner.strip()]
    return terms


def parse_number(text: str, language: str) -> float | None:
    """'4,6' (German) or '4.6' (English), '1.000' / '1,000' thousands; None if unsure."""
    text = text.replace("−", "-").replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    decimal, thousands = (",", ".") if language == "de" else (".", ",")
    if re.fullmatch(rf"-?\d{{1,3}}(?:\{thousands}\d{{3}})+(?:\{decimal}\d+)?", text):
        text = text.replace(thousands, "")
    text = text.replace(decimal, ".")
    try:
        return float(text)
    except ValueError:
        return None


def _date(match: re.Match) -> dt.date | None:
    g = match.groupdict()
    try:
        if g["iso"]:
            return dt.date.fromisoformat(g["iso"])
        if g["d"]:
            return dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        if g["d2"]:
            return dt.date(int(g["y2"]), _MONTHS[g["mn"].lower()], int(g["d2"]))
        return dt.date(int(g["y3"]), _MONTHS[g["mn3"].lower()], int(g["d3"]))
    except (ValueError, KeyError):
        return None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _iso(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _names_pattern(terms: dict[str, int]) -> re.Pattern:
    return re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )


def _passages(text: str, terms: dict[str, int], pattern: re.Pattern) -> Iterator[tuple[int, str]]:
    """(goal id, the text after one of its metric's names up to the next name or the
    end of the sentence) for every place a metric is named."""
    hits = list(pattern.finditer(text))
    for number, hit in enumerate(hits):
        end = hits[number + 1].start() if number + 1 < len(hits) else len(text)
        passage = text[hit.end() : end]
        stop = SENTENCE_END.search(passage)
        yield terms[hit.group(0).lower()], passage[: stop.start()] if stop else passage


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) < EPSILON


def mismatches(catalog: Catalog, snapshot) -> list[Mismatch]:
    """Every place an answer contradicts a goal's baseline, target or due date."""
    language = snapshot.language
    goals = snapshot.rows_of("goal")
    customs = goal_rules.customs_by_id(snapshot.rows_of("custom_metric"))
    named: dict[str, set[int]] = {}
    for goal in goals:
        metric = goal_rules.resolve_metric(goal, customs)
        if metric is None:
            continue
        for term in metric_terms(metric.text("name", language)):
            if len(term) >= 3:
                named.setdefault(term.lower(), set()).add(goal.id)
    terms = {term: next(iter(ids)) for term, ids in named.items() if len(ids) == 1}
    if not terms:
        return []
    pattern = _names_pattern(terms)
    by_id = {goal.id: goal for goal in goals}
    found: list[Mismatch] = []
    for question in catalog.questions:
        text = snapshot.answer(question.key).text or ""
        for goal_id, passage in _passages(text, terms, pattern):
            found += _compare(by_id[goal_id], question.key, passage, language)
    return found


def _compare(goal, question: str, passage: str, language: str) -> list[Mismatch]:
    baseline, target = _number(goal.get("baseline")), _number(goal.get("target"))
    due = _iso(goal.get("due"))
    pair = FROM_TO.search(passage)
    by = BY_DATE.search(passage)
    said_a = parse_number(pair.group("a"), language) if pair else None
    said_b = parse_number(pair.group("b"), language) if pair else None
    said_due = _date(by) if by else None
    agrees = (
        _same(said_a, baseline)
        or _same(said_b, target)
        or (said_due is not None and said_due == due)
    )
    if not agrees:
        return []  # not (recognisably) about this goal: say nothing
    label = str(goal.get("objective") or "")
    found = []
    for field, said, value, text in (
        ("baseline", said_a, baseline, pair and pair.group("a")),
        ("target", said_b, target, pair and pair.group("b")),
    ):
        if said is not None and value is not None and not _same(said, value):
            found.append(Mismatch(goal.id, label, question, field, str(text), value))
    if by is not None and said_due is not None and due is not None and said_due != due:
        first = next(g for g in ("iso", "d", "d2", "mn3") if by.group(g))
        found.append(
            Mismatch(
                goal.id,
                label,
                question,
                "due",
                by.string[by.start(first) : by.end()],
                due.isoformat(),
            )
        )
    return found
