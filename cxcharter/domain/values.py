"""Rules for single values: statuses, due dates, people. Codes, not sentences."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

STATUSES = ("not_started", "draft", "ready")  # of an answer
LANGUAGES = ("en", "de")  # a charter's content language
MAX_TEXT = 5_000_000  # characters in one answer; a megabyte is fine, a DVD is not
MAX_LINE = 2_000  # names, e-mails, titles of one line
PERSON_FIELDS = ("name", "email", "department", "role")
# A row's id: exact in every JSON reader (JavaScript's too), so `dump` never writes an id
# another program rounds; SQLite's own limit (2**63 - 1) is never reached (store/rows.py).
MAX_ID = 2**53 - 1
MAX_INT = 2**53 - 1  # whole numbers without a range of their own: exact in any JSON reader
MAX_REAL = 1e15  # |number| of a field without a range of its own (money, counts, scores)
MAX_POSITION = 2**31 - 1  # a row's place in its list


class HugeNumber:
    """A number written with so many digits that it is no number of any field (JSON
    `1` followed by 5,000 zeros); it carries the text, shortened when shown."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        if len(self.text) <= 24:
            return self.text
        return NUMBER_WORDS["en"]["long"].format(head=self.text[:12], count=len(self.text))

    __repr__ = __str__


# A very long number as a message shows it, in English (as `str()` gives it) and German;
# `numbers_in` puts the English into the message's language.
NUMBER_WORDS = {
    "en": {"long": "{head}… ({count} characters)", "digits": "{sign}a {count}-digit number"},
    "de": {"long": "{head}… ({count} Zeichen)", "digits": "{sign}eine {count}-stellige Zahl"},
}
_LONG = re.compile(r"… \((\d+) characters\)")
_DIGITS = re.compile(r"\ba (\d+)-digit number\b")


def shown_number(value: object) -> str:
    """A number for a message: short even for 10**5000 (whose str() Python refuses)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        count = int(value.bit_length() * 0.30103) + 1
        return NUMBER_WORDS["en"]["digits"].format(sign="-" if value < 0 else "", count=count)
    if isinstance(value, float) and abs(value) >= 1e15:
        return f"{value:g}"
    return str(value)


def numbers_in(value: object, language: str = "en") -> str:
    """A message parameter as text, a very long number in it worded in `language`
    ('1000000000000… (5001 Zeichen)', 'eine 201-stellige Zahl')."""
    text = str(value)
    if language != "de" or ("characters)" not in text and "-digit number" not in text):
        return text
    words = NUMBER_WORDS["de"]
    text = _LONG.sub(lambda m: words["long"].format(head="", count=m[1]), text)
    return _DIGITS.sub(lambda m: words["digits"].format(sign="", count=m[1]), text)


@dataclass(frozen=True, slots=True)
class Problem:
    """A broken rule: `code` for the UI's translated text, `params` to fill it in."""

    code: str
    field: str
    params: dict = dataclasses.field(default_factory=dict)  # `field` is a field here


def check_status(value: object) -> Problem | None:
    if value not in STATUSES:
        return Problem("status.unknown", "status", {"value": str(value)})
    return None


def check_language(value: object) -> Problem | None:
    if value not in LANGUAGES:
        return Problem("language.unknown", "language", {"value": str(value)})
    return None


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (yyyy-mm-dd) or None; raises ValueError for anything else."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError(value)
    date = dt.date.fromisoformat(value)
    if date.isoformat() != value:  # 3.11's fromisoformat also takes week dates etc.
        raise ValueError(value)
    return date


def check_date(value: object, field_name: str = "due") -> Problem | None:
    try:
        parse_date(value)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        return Problem("date.invalid", field_name, {"value": str(value)})
    return None


def check_text(value: object, field_name: str = "text", limit: int = MAX_TEXT) -> Problem | None:
    if not isinstance(value, str):
        return Problem("text.not_text", field_name, {})
    if len(value) > limit:
        return Problem("text.too_long", field_name, {"limit": limit, "length": len(value)})
    if "\x00" in value:
        return Problem("text.nul", field_name, {})
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate cannot be stored as UTF-8
        return Problem("text.surrogate", field_name, {})
    return None


def check_person_fields(fields: Mapping[str, object]) -> Problem | None:
    """The rule of the people kind (entities.PERSON): its own codes, a name not blank."""
    for name, value in fields.items():
        if name not in PERSON_FIELDS:
            return Problem("person.unknown_field", name, {})
        problem = check_text(value, name, MAX_LINE)
        if problem:
            return problem
    if "name" in fields and not str(fields["name"]).strip():
        return Problem("person.name_missing", "name", {})
    return None


PROBLEM_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "status.unknown": "unknown status {value!r} (use not_started, draft or ready)",
        "language.unknown": "unknown language {value!r} (use en or de)",
        "date.invalid": "{value!r} is not a date in the form yyyy-mm-dd",
        "text.not_text": "must be text",
        "text.too_long": "is too long ({length} characters; at most {limit})",
        "text.nul": "contains a NUL character",
        "text.surrogate": "contains an unpaired surrogate (not valid Unicode text)",
        "question.wrong_kind": "question {value!r} is not answered with a person",
        "person.unknown_field": "is not a field of a person",
        "person.name_missing": "a person needs a name",
        "person.unknown": "there is no person with id {value}",
        "question.unknown": "there is no question {value!r}",
        "field.required": "is required",
        "field.unknown": "is not a field of {kind}",
        "field.not_bool": "must be true or false",
        "field.not_int": "must be a whole number, not {value!r}",
        "field.not_number": "must be a number, not {value!r}",
        "field.out_of_range": "{value} is outside {low}…{high}",
        "field.not_finite": "must be a finite number, not {value}",
        "field.not_choice": "unknown value {value!r} (use {choices})",
        "field.not_quarter": "{value!r} is not a quarter like 2027-Q1",
        "row.unknown": "there is no {kind} with id {value}",
        "row.duplicate": "this {kind} exists already",
        "setting.unknown": "there is no setting {value!r}",
        "csv.binary": "the file is not a text (CSV) file",
        "csv.empty": "the file is empty",
        "csv.no_name_column": "no column for the name (found: {header})",
        "csv.too_many_rows": "more than {limit} rows",
        "csv.broken": "the CSV breaks at line {line}: {detail}",
        "csv.bad_email": "{value!r} is not an e-mail address",
        "csv.duplicate_email": "{value!r} is in the list already",
    },
    "de": {
        "status.unknown": "unbekannter Status „{value}“ (not_started, draft oder ready)",
        "language.unknown": "unbekannte Sprache „{value}“ (en oder de)",
        "date.invalid": "„{value}“ ist kein Datum der Form jjjj-mm-tt",
        "text.not_text": "muss Text sein",
        "text.too_long": "ist zu lang ({length} Zeichen; höchstens {limit})",
        "text.nul": "enthält ein NUL-Zeichen",
        "text.surrogate": "enthält ein einzelnes Surrogat (kein gültiger Unicode-Text)",
        "question.wrong_kind": "Frage „{value}“ wird nicht mit einer Person beantwortet",
        "person.unknown_field": "ist kein Feld einer Person",
        "person.name_missing": "eine Person braucht einen Namen",
        "person.unknown": "es gibt keine Person mit der Nummer {value}",
        "question.unknown": "es gibt keine Frage „{value}“",
        "field.required": "ist erforderlich",
        "field.unknown": "ist kein Feld von {kind}",
        "field.not_bool": "muss wahr oder falsch sein",
        "field.not_int": "muss eine ganze Zahl sein, nicht „{value}“",
        "field.not_number": "muss eine Zahl sein, nicht „{value}“",
        "field.out_of_range": "{value} liegt außerhalb von {low}…{high}",
        "field.not_finite": "muss eine endliche Zahl sein, nicht {value}",
        "field.not_choice": "unbekannter Wert „{value}“ ({choices})",
        "field.not_quarter": "„{value}“ ist kein Quartal wie 2027-Q1",
        "row.unknown": "es gibt kein {kind} mit der Nummer {value}",
        "row.duplicate": "dieses {kind} gibt es schon",
        "setting.unknown": "es gibt keine Einstellung „{value}“",
        "csv.binary": "die Datei ist keine Text-(CSV-)Datei",
        "csv.empty": "die Datei ist leer",
        "csv.no_name_column": "keine Spalte für den Namen (gefunden: {header})",
        "csv.too_many_rows": "mehr als {limit} Zeilen",
        "csv.broken": "die CSV-Datei bricht in Zeile {line} ab: {detail}",
        "csv.bad_email": "„{value}“ ist keine E-Mail-Adresse",
        "csv.duplicate_email": "„{value}“ steht schon in der Liste",
    },
}


def describe(problem: Problem, language: str = "en") -> str:
    """A rule's problem in words for the command line, the PDF and logs (the window
    translates the codes itself), in 'en' or 'de'; an unknown code stays a code."""
    texts = PROBLEM_TEXTS["de" if language == "de" else "en"]
    params = {name: numbers_in(value, language) for name, value in problem.params.items()}
    sentence = texts.get(problem.code, problem.code).format(**params)
    return f"{problem.field}: {sentence}" if problem.field else sentence
