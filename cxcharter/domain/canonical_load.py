"""Canonical JSON of a charter (format version 1): strict, field-naming load (and dump).

`dumps` is canonical (sorted keys, people by id, answers by key), so
dump → load → dump is byte-identical and the text can be fingerprinted.
`loads` trusts nothing: every refusal names the field, e.g.
`answers[3].status: unknown status 'done' (use not_started, draft or ready)`.
The value rules themselves live in `cxcharter.domain.values`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from types import MappingProxyType

from cxcharter.catalog import question_kinds
from cxcharter.domain import error_text, values
from cxcharter.domain.canonical import FORMAT, FORMAT_VERSION, dumps, to_json_dict
from cxcharter.domain.canonical_rows import content_from_json, settings_from_json
from cxcharter.domain.errors import InvalidValue
from cxcharter.domain.model import Answer, CharterSnapshot, Person

MAX_ID = values.MAX_ID
MAX_DIGITS = 40  # a longer number in JSON is no number of any field (Python refuses > 4,300)

_REQUIRED_TOP = ("format", "format_version", "charter", "people", "answers")
_TOP_FIELDS = (*_REQUIRED_TOP, "settings", "content")
_CHARTER_FIELDS = ("id", "language", "created_at")
_PERSON_FIELDS = ("id", *values.PERSON_FIELDS)
_ANSWER_FIELDS = ("key", "text", "person", "owner", "status", "due")


class InterchangeError(InvalidValue):
    """JSON that is not a valid charter; the message starts with the field path."""

    code = "invalid_json"


# ---------------------------------------------------------------- loading
def _fail(
    path: str, code: str = "", *, problem: values.Problem | None = None, **params: object
) -> InterchangeError:
    """JSON the loader refuses: a code of domain/error_text.py JSON_TEXTS (or a rule's
    `problem`) at `path`; the message is English, the problem keeps the code for words in
    the user's language."""
    if problem is not None:
        return _problem(problem, path)
    sentence = error_text.json_text(code, params)
    return InterchangeError(
        f"{path}: {sentence}" if path else sentence,
        field=path,
        problem=values.Problem(code, path, params),
    )


def _problem(problem: values.Problem, path: str) -> InterchangeError:
    """A domain rule's problem, re-addressed to the JSON field path (kept, so the command
    line can word it in the user's language)."""
    sentence = values.describe(dataclasses.replace(problem, field=""))
    return InterchangeError(
        f"{path}: {sentence}" if path else sentence,
        field=path,
        problem=dataclasses.replace(problem, field=path),
    )


def _type_name(value: object) -> str:
    """What a JSON value is, as a key of error_text.JSON_TYPES ("huge:<digits>")."""
    if value is None:
        return "null"
    if isinstance(value, values.HugeNumber):
        return f"huge:{value}"
    return {
        bool: "bool",
        int: "number",
        float: "number",
        str: "text",
        list: "list",
        dict: "object",
    }.get(type(value), type(value).__name__)


def _object(value: object, path: str, allowed: tuple[str, ...], required: tuple[str, ...]) -> dict:
    if not isinstance(value, dict):
        raise _fail(path, "json.not_object", type=_type_name(value))
    for name in value:
        if name not in allowed:
            where = f"{path}.{name}" if path else name
            raise _fail(where, "json.unknown_field", allowed=", ".join(allowed))
    for name in required:
        if name not in value:
            where = f"{path}.{name}" if path else name
            raise _fail(where, "json.missing")
    return value


def _list(value: object, path: str) -> list:
    if not isinstance(value, list):
        raise _fail(path, "json.not_list", type=_type_name(value))
    return value


def _text(value: object, path: str, limit: int = values.MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise _fail(path, "json.not_text", type=_type_name(value))
    if problem := values.check_text(value, limit=limit):
        raise _problem(problem, path)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # "\ud800" is valid JSON but not Unicode text
        bad = value[exc.start]
        raise _fail(path, "json.surrogate", value=bad) from None
    return value


def _int(value: object, path: str) -> int:
    # bool is an int in Python, but `true` is no id in JSON.
    if isinstance(value, values.HugeNumber):
        raise _fail(path, "json.id_range", value=value, limit=MAX_ID)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(path, "json.not_int", type=_type_name(value))
    if not 1 <= value <= MAX_ID:
        raise _fail(path, "json.id_range", value=value, limit=MAX_ID)
    return value


def _check_format(data: dict) -> None:
    if data["format"] != FORMAT:
        raise _fail("format", "json.not_format", value=data["format"], expected=FORMAT)
    version = data["format_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise _fail("format_version", "json.not_int", type=_type_name(version))
    if version > FORMAT_VERSION:
        raise _fail("format_version", "json.newer_version", value=version, limit=FORMAT_VERSION)
    if version < FORMAT_VERSION:
        raise _fail("format_version", "json.unknown_version", value=version)


def _charter(value: object) -> tuple[str, str, str]:
    data = _object(value, "charter", _CHARTER_FIELDS, _CHARTER_FIELDS)
    raw_id = _text(data["id"], "charter.id", values.MAX_LINE)
    try:
        charter_id = str(uuid.UUID(raw_id))
    except ValueError:
        raise _fail("charter.id", "json.not_uuid", value=raw_id) from None
    _text(data["language"], "charter.language", values.MAX_LINE)
    if problem := values.check_language(data["language"]):
        raise _problem(problem, "charter.language")
    created = _text(data["created_at"], "charter.created_at", values.MAX_LINE)
    try:
        moment = dt.datetime.fromisoformat(created)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise _fail("charter.created_at", "json.not_moment", value=created)
    return charter_id, data["language"], created


def _people(value: object) -> tuple[Person, ...]:
    people: dict[int, Person] = {}
    for i, item in enumerate(_list(value, "people")):
        path = f"people[{i}]"
        data = _object(item, path, _PERSON_FIELDS, ("id", "name"))
        person_id = _int(data["id"], f"{path}.id")
        if person_id in people:
            raise _fail(f"{path}.id", "json.duplicate_id", value=person_id)
        fields = {name: data.get(name, "") for name in values.PERSON_FIELDS}
        for name, field_value in fields.items():
            _text(field_value, f"{path}.{name}", values.MAX_LINE)
        if problem := values.check_person_fields(fields):
            raise _problem(problem, f"{path}.{problem.field}")
        people[person_id] = Person(id=person_id, **fields)
    return tuple(people[k] for k in sorted(people))


def _person_ref(value: object, path: str, ids: set[int]) -> int | None:
    if value is None:
        return None
    person_id = _int(value, path)
    if person_id not in ids:
        raise _problem(values.Problem("person.unknown", "", {"value": person_id}), path)
    return person_id


def _answers(value: object, ids: set[int]) -> dict[str, Answer]:
    kinds = question_kinds()
    answers: dict[str, Answer] = {}
    for i, item in enumerate(_list(value, "answers")):
        path = f"answers[{i}]"
        data = _object(item, path, _ANSWER_FIELDS, ("key",))
        key = _text(data["key"], f"{path}.key", values.MAX_LINE)
        if key not in kinds:
            raise _problem(values.Problem("question.unknown", "", {"value": key}), f"{path}.key")
        if key in answers:
            raise _fail(f"{path}.key", "json.duplicate_answer", value=key)
        status = _text(data.get("status", "not_started"), f"{path}.status", values.MAX_LINE)
        if problem := values.check_status(status):
            raise _problem(problem, f"{path}.status")
        due = data.get("due")
        if due is not None and not isinstance(due, str):
            raise _fail(f"{path}.due", "json.not_due", type=_type_name(due))
        if problem := values.check_date(due):
            raise _problem(problem, f"{path}.due")
        answers[key] = Answer(
            key=key,
            text=_text(data.get("text", ""), f"{path}.text"),
            person=_person_ref(data.get("person"), f"{path}.person", ids),
            owner=_person_ref(data.get("owner"), f"{path}.owner", ids),
            status=status,
            due=due or None,
        )
    return {k: answers[k] for k in sorted(answers)}


def from_json_dict(data: object) -> CharterSnapshot:
    """Validate JSON data and build the snapshot; raises InterchangeError naming the field."""
    data = _object(data, "", _TOP_FIELDS, _REQUIRED_TOP)
    _check_format(data)
    charter_id, language, created_at = _charter(data["charter"])
    people = _people(data["people"])
    ids = {p.id for p in people}
    answers = _answers(data["answers"], ids)
    settings = settings_from_json(data.get("settings", {}), _fail)
    content = content_from_json(data.get("content", {}), ids, _fail)
    return CharterSnapshot(
        id=charter_id,
        language=language,
        created_at=created_at,
        people=people,
        answers=MappingProxyType(answers),
        rows=MappingProxyType(content),
        settings=MappingProxyType(settings),
    )


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for name, value in pairs:
        if name in result:
            raise _fail(name, "json.twice")
        result[name] = value
    return result


def _no_constant(name: str) -> object:
    raise _fail("", "json.not_number", value=name)


def _parse_int(text: str) -> int | values.HugeNumber:
    # Kept for the field's own check, which names it: `content.goals[0].position: …`.
    return values.HugeNumber(text) if len(text) > MAX_DIGITS else int(text)


def _parse_float(text: str) -> float | values.HugeNumber:
    number = float(text)  # 1e400 would be inf: no number of any field either
    return (
        number if len(text) <= MAX_DIGITS * 2 and number - number == 0 else values.HugeNumber(text)
    )


def parse_json(text: str | bytes) -> object:
    """Parse JSON text strictly (no duplicate names, no NaN); errors give line and column."""
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _fail("", "json.not_utf8", value=exc.start) from None
    text = text.removeprefix("\ufeff")  # editors on Windows like to add a BOM
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
    except json.JSONDecodeError as exc:
        raise _fail("", "json.syntax", line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    except RecursionError:
        raise _fail("", "json.too_deep") from None


def loads(text: str | bytes) -> CharterSnapshot:
    """Parse and validate canonical (or hand-written) charter JSON."""
    return from_json_dict(parse_json(text))


__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "InterchangeError",
    "dumps",
    "from_json_dict",
    "loads",
    "parse_json",
    "to_json_dict",
]
