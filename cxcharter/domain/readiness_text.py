"""Readiness findings in words, English and German, for the command line.

The rules (readiness.py) carry codes only; the window words them with `tr()`.
This table is the command line's wording, in the charter's language. A test
keeps it complete: every code of `readiness.SEVERITY` has a text here in both.
"""

from __future__ import annotations

import datetime as dt

from cxcharter.catalog import load_catalog
from cxcharter.domain.readiness import BLOCKER, Finding
from cxcharter.domain.wording import counted

LANGUAGES = ("en", "de")
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "question.unanswered": "required question not answered",
        "front.no_charter_owner": "no charter owner named",
        "front.no_sponsor": "no executive sponsor named",
        "section.no_owner": "nobody owns a question of this section",
        "goals.none": "no goals yet",
        "goal.no_owner": "goal {goal!r} has no owner",
        "goal.incomplete": "goal {goal!r} lacks {missing}",
        "goal.unknown_metric": "goal {goal!r}: unknown metric {value!r}",
        "goal.out_of_scale": "goal {goal!r}: {field} {value} is outside {low}…{high}",
        "goal.target_not_better": "goal {goal!r}: the target {target} does not improve on "
        "the baseline {baseline}",
        "goal.due_before_baseline": "goal {goal!r}: due {due} is not after the baseline "
        "date {baseline_date}",
        "reading.out_of_scale": "goal {goal!r}: reading of {date} ({value}) is outside "
        "{low}…{high}",
        "goals.several_primary": "{count} goals are marked primary (choose one)",
        "goals.too_many": "{count} goals (more than {limit} get ignored)",
        "initiative.no_owner": "initiative {initiative!r} has no owner",
        # the window's words for the raci.* codes are the same (ui/governance/governance_texts.py
        # RACI_TEXT, tests/ui/test_raci_words.py)
        "raci.no_activities": "the RACI matrix has no activities yet",
        "raci.no_accountable": "activity “{name}”: nobody is accountable (A)",
        "raci.many_accountable": "activity “{name}”: {count} people are accountable (A), "
        "exactly one may be: {names}",
        "raci.no_responsible": "activity “{name}”: nobody is responsible (R)",
        "raci.person_without_role": "{name} has no role in the RACI matrix or a governance body",
        "approvers.none_required": "no required approver",
        "plan.approver_missing": "approver {name} is not in the communication plan",
        "plan.informed_missing": '{name} is to be informed (RACI "I") but is not in the '
        "communication plan",
        "plan.incomplete": "stakeholder {name!r}: the plan lacks {missing}",
        "item.overdue": "overdue since {due} (owner: {name})",
        "goal.prose_mismatch": "says {said} for the {field} of goal {goal!r}; the goal "
        "table says {value}",
    },
    "de": {
        "question.unanswered": "Pflichtfrage nicht beantwortet",
        "front.no_charter_owner": "keine Verantwortliche / kein Verantwortlicher der Charta "
        "benannt",
        "front.no_sponsor": "kein Executive Sponsor benannt",
        "section.no_owner": "niemand ist für eine Frage dieses Abschnitts zuständig",
        "goals.none": "noch keine Ziele",
        "goal.no_owner": "Ziel {goal!r} hat keine Zuständigkeit",
        "goal.incomplete": "Ziel {goal!r}: es fehlt {missing}",
        "goal.unknown_metric": "Ziel {goal!r}: unbekannte Kennzahl {value!r}",
        "goal.out_of_scale": "Ziel {goal!r}: {field} {value} liegt außerhalb von {low}…{high}",
        "goal.target_not_better": "Ziel {goal!r}: der Zielwert {target} verbessert den "
        "Ausgangswert {baseline} nicht",
        "goal.due_before_baseline": "Ziel {goal!r}: Termin {due} liegt nicht nach dem "
        "Ausgangsdatum {baseline_date}",
        "reading.out_of_scale": "Ziel {goal!r}: Messwert vom {date} ({value}) liegt außerhalb "
        "von {low}…{high}",
        "goals.several_primary": "{count} Ziele sind als Hauptziel markiert (eins wählen)",
        "goals.too_many": "{count} Ziele (mehr als {limit} werden ignoriert)",
        "initiative.no_owner": "Initiative {initiative!r} hat keine Zuständigkeit",
        "raci.no_activities": "die RACI-Matrix hat noch keine Aktivitäten",
        "raci.no_accountable": "Aktivität „{name}“: niemand ist rechenschaftspflichtig (A)",
        "raci.many_accountable": "Aktivität „{name}“: {count} Personen sind "
        "rechenschaftspflichtig (A), genau eine darf es sein: {names}",
        "raci.no_responsible": "Aktivität „{name}“: niemand ist durchführend (R)",
        "raci.person_without_role": "{name} hat keine Rolle in der RACI-Matrix oder einem Gremium",
        "approvers.none_required": "keine erforderliche Freigabe",
        "plan.approver_missing": "{name} gibt frei, steht aber nicht im Kommunikationsplan",
        "plan.informed_missing": "{name} ist zu informieren (RACI „I“), steht aber nicht im "
        "Kommunikationsplan",
        "plan.incomplete": "Stakeholder {name!r}: im Plan fehlt {missing}",
        "item.overdue": "überfällig seit {due} (zuständig: {name})",
        "goal.prose_mismatch": "nennt {said} als {field} von Ziel {goal!r}; die Zieltabelle "
        "sagt {value}",
    },
}

WORDS = {
    "en": {
        "blocker": "blocker",
        "warning": "warning",
        "goal": "goal",
        "activity": "activity",
        "initiative": "initiative",
        "stakeholder": "stakeholder",
        "person": "person",
        "approver": "approvers",
        "nobody": "nobody",
        "metric": "metric",
        "baseline": "baseline",
        "target": "target",
        "due": "due date",
        "needs": "what they need to know",
        "channel": "channel",
        "cadence": "cadence",
    },
    "de": {
        "blocker": "Blocker",
        "warning": "Hinweis",
        "goal": "Ziel",
        "activity": "Aktivität",
        "initiative": "Initiative",
        "stakeholder": "Stakeholder",
        "person": "Person",
        "approver": "Freigaben",
        "nobody": "niemand",
        "metric": "Kennzahl",
        "baseline": "Ausgangswert",
        "target": "Zielwert",
        "due": "Termin",
        "needs": "Informationsbedarf",
        "channel": "Kanal",
        "cadence": "Rhythmus",
    },
}


def _language(language: str) -> str:
    return language if language in TEXTS else "en"


DATE_PARAMS = ("due", "date", "baseline_date")  # ISO dates among the findings' parameters
NUMBER_PARAMS = ("value", "low", "high", "target", "baseline")
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_number(value: object, language: str) -> str:
    """30 and 4.6 in English, 30 and 4,6 in German (as written in a sentence)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    text = f"{value:g}" if float(value) != int(value) else str(int(value))
    return text.replace(".", ",") if _language(language) == "de" else text


def format_date(value: object, language: str) -> str:
    """An ISO date as the charter's language writes it, as the PDF does: 03.12.2026,
    3 December 2026. Anything else stays as it is."""
    try:
        day = dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return str(value)
    if _language(language) == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def describe(finding: Finding, language: str = "en", *, iso_dates: bool = False) -> str:
    """One sentence for a finding, in `language` ('en' or 'de'); dates and numbers as the
    language writes them (ISO dates and plain numbers with `iso_dates`, as
    `check --json` has always had them)."""
    lang = _language(language)
    words = WORDS[lang]
    params = dict(finding.params)
    if "missing" in params:
        params["missing"] = ", ".join(words.get(m, m) for m in params["missing"])
    if "names" in params:
        params["names"] = ", ".join(map(str, params["names"]))
    if "name" in params and not params["name"]:
        params["name"] = words["nobody"]
    field = params.get("field")
    if not iso_dates:
        if field is not None:
            params["field"] = words.get(str(field), field)
        dates = DATE_PARAMS + (("value",) if field == "due" else ())
        for name in dates:
            if params.get(name):
                params[name] = format_date(params[name], lang)
        for name in NUMBER_PARAMS:
            if name not in dates and name in params:
                params[name] = format_number(params[name], lang)
    return TEXTS[lang][finding.code].format(**params)


def where(finding: Finding, language: str = "en") -> str:
    """The place a finding points at, as the user knows it: 'Goals › goal 3',
    'Vision › “Who and what does the charter cover?”' (the question, not its key)."""
    lang = _language(language)
    place = finding.place
    parts = []
    catalog = load_catalog(lang)
    if place.section:
        try:
            parts.append(catalog.section(place.section).title)
        except KeyError:
            parts.append(place.section)
    if place.question:
        try:
            question = catalog.question(place.question).question
        except KeyError:
            parts.append(place.question)
        else:
            parts.append(f"„{question}“" if lang == "de" else f"“{question}”")
    elif place.kind and place.row is not None:
        parts.append(f"{WORDS[lang].get(place.kind, place.kind)} {place.row}")
    return " › ".join(parts)


def line(finding: Finding, language: str = "en") -> str:
    """'blocker  Goals › goal 3: goal 'NPS' has no owner' — one line of `cxcharter check`."""
    lang = _language(language)
    label = WORDS[lang]["blocker" if finding.severity == BLOCKER else "warning"]
    return f"{label:<8} {where(finding, lang)}: {describe(finding, lang)}"


SUMMARY = {
    "en": (
        ("blocker", "blockers"),
        ("warning", "warnings"),
        "{blockers}, {warnings}: not ready for review",
        "{blockers}, {warnings}: ready for review",
    ),
    "de": (
        ("Blocker", "Blocker"),
        ("Hinweis", "Hinweise"),
        "{blockers}, {warnings}: noch nicht bereit zur Prüfung",
        "{blockers}, {warnings}: bereit zur Prüfung",
    ),
}


def summary(findings: list[Finding], language: str = "en") -> str:
    """The last line of `cxcharter check`: counts, and whether review can start."""
    blockers = sum(1 for f in findings if f.severity == BLOCKER)
    blocker, warning, not_ready, ready = SUMMARY[_language(language)]
    return (ready if not blockers else not_ready).format(
        blockers=counted(blockers, *blocker), warnings=counted(len(findings) - blockers, *warning)
    )
