"""A broken value rule (domain/values.py `Problem`: a code and parameters) as a sentence
in the UI language: the one place the window words a refused value.

The store keeps the code with the error (`InvalidValue.problem`) instead of an English
sentence, so a German user reads German, dates the German way (31.12.2026).
"""

from __future__ import annotations

from cxcharter.domain.values import Problem
from cxcharter.ui.formats import format_date, format_number
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.goals.goal_texts import problem_text as goal_problem_text


def _quoted(value: object) -> str:
    return tr("“{value}”").format(value=value)


def problem_text(problem: Problem) -> str:
    """The sentence for `problem`; its code itself when the window has no words for it."""
    p, code = problem.params, problem.code
    if code.startswith(("goal.", "goals.", "reading.")):
        return goal_problem_text(problem)
    value = p.get("value", "")
    texts = {
        "date.invalid": lambda: tr("{value} is not a valid date.").format(
            value=format_date(str(value)) or _quoted(value)
        ),
        "status.unknown": lambda: tr("{value} is not a status.").format(value=_quoted(value)),
        "language.unknown": lambda: tr("{value} is not a language of CX Charter.").format(
            value=_quoted(value)
        ),
        "text.not_text": lambda: tr("This must be text."),
        "text.too_long": lambda: tr(
            "The text is too long ({length} characters; at most {limit})."
        ).format(length=format_number(p["length"]), limit=format_number(p["limit"])),
        "text.nul": lambda: tr("The text contains a NUL character."),
        "text.surrogate": lambda: tr("The text contains a character that is not valid Unicode."),
        "person.name_missing": lambda: tr("A person needs a name."),
        "person.unknown": lambda: tr("This person is no longer in the directory."),
        "row.unknown": lambda: tr("This entry no longer exists."),
        "row.duplicate": lambda: tr("This entry exists already."),
        "field.required": lambda: tr("This field is required."),
        "field.not_bool": lambda: tr("This must be yes or no."),
        "field.not_int": lambda: tr("{value} is not a whole number.").format(value=_quoted(value)),
        "field.not_number": lambda: tr("{value} is not a number.").format(value=_quoted(value)),
        "field.not_finite": lambda: tr("{value} is not a number.").format(value=_quoted(value)),
        "field.out_of_range": lambda: tr("{value} is outside {low} to {high}.").format(
            value=format_number(p["value"]),
            low=format_number(p["low"]),
            high=format_number(p["high"]),
        ),
        "field.not_choice": lambda: tr("{value} is not one of the choices.").format(
            value=_quoted(value)
        ),
        "field.not_quarter": lambda: tr("{value} is not a quarter like 2027-Q1.").format(
            value=_quoted(value)
        ),
    }
    words = texts.get(code)
    return words() if words is not None else code
