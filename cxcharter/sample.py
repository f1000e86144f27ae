"""The sample charter: a filled-in example in English or German, dated relative to today.

The words live in `resources/samples/sample.<lang>.json`; people are named by a
`ref` there and get ids 1…n in file order. Structured content (goals, RACI,
initiatives, …) lives in `resources/samples/content/<area>.<lang>.json`:

    {"settings": {"scoring_method": "weighted"},
     "rows": {"goal": [{"ref": "g1", "objective": "…", "owner": "weber",
                        "touchpoint": "t3", "due_in_days": 400}]}}

rows are keyed by kind (domain/entities.py); a `ref` names a row for others to
point at (refs are unique per kind), person fields name a person's `ref`, and a
date field may be given as `<field>_in_days` relative to today. An answer's text
names such a date as `[[ref.field]]` (`[[g_nps.due]]`) and gets it written as the
language writes dates, so the prose always agrees with the table. The result is
validated by the same rules as imported JSON, so a broken sample file fails
loudly, naming the field.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import uuid
from pathlib import Path

from cxcharter.assets import resource
from cxcharter.domain import values
from cxcharter.domain.canonical_load import FORMAT, FORMAT_VERSION, InterchangeError, from_json_dict
from cxcharter.domain.entities import KINDS
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.readiness_text import format_date
from cxcharter.store.document import write_new_file
from cxcharter.store.errors import InvalidValue

# Fixed, so the sample charter of one language always has the same id.
DATE_REF = re.compile(r"\[\[(\w+\.\w+)\]\]")  # [[g_nps.due]] in an answer's text
SAMPLE_NAMESPACE = uuid.UUID("6f1d2c1e-5b7a-4c8e-9a53-3c0b8e2d7f41")


def sample_id(language: str) -> str:
    return str(uuid.uuid5(SAMPLE_NAMESPACE, f"cxcharter-sample-{language}"))


def _read(language: str) -> dict:
    with resource("samples", f"sample.{language}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _bad(language: str, where: str, sentence: str) -> InterchangeError:
    return InterchangeError(f"sample.{language}.json: {where}: {sentence}", field=where)


def _interchange_dict(raw: dict, language: str, today: dt.date) -> dict:
    """The sample resource, with refs turned into ids and due_in_days into dates."""
    people, ids = [], {}
    for number, person in enumerate(raw.get("people", []), start=1):
        ref = person.get("ref")
        if not isinstance(ref, str) or ref in ids:
            raise _bad(language, f"people[{number - 1}].ref", f"missing or repeated ref {ref!r}")
        ids[ref] = number
        people.append({"id": number, **{k: v for k, v in person.items() if k != "ref"}})

    def person_id(where: str, ref: object) -> int | None:
        if ref is None:
            return None
        if ref not in ids:
            raise _bad(language, where, f"no person with ref {ref!r}")
        return ids[ref]

    settings, content, dated = _content(language, ids, today)
    answers = []
    for key, raw_answer in raw.get("answers", {}).items():
        answer = dict(raw_answer)
        where = f"answers.{key}"
        if isinstance(answer.get("text"), str):
            answer["text"] = _with_dates(answer["text"], dated, language, where)
        days = answer.pop("due_in_days", None)
        if days is not None and (isinstance(days, bool) or not isinstance(days, int)):
            raise _bad(language, f"{where}.due_in_days", "must be a whole number of days")
        answer["due"] = (today + dt.timedelta(days=days)).isoformat() if days is not None else None
        for field in ("person", "owner"):
            if field in answer:
                answer[field] = person_id(f"{where}.{field}", answer[field])
        answers.append({"key": key, **answer})

    created = dt.datetime.combine(today, dt.time(9, 0), tzinfo=dt.UTC)
    return {
        "settings": settings,
        "content": content,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "charter": {
            "id": sample_id(language),
            "language": language,
            "created_at": created.isoformat(),
        },
        "people": people,
        "answers": answers,
    }


def _with_dates(text: str, dated: dict[str, str], language: str, where: str) -> str:
    """`[[ref.field]]` → that row's date, as the language writes it."""

    def date(match: re.Match) -> str:
        if match.group(1) not in dated:
            raise _bad(language, f"{where}.text", f"no dated row field {match.group(1)!r}")
        return format_date(dated[match.group(1)], language)

    return DATE_REF.sub(date, text)


def _content_files(language: str) -> list[Path]:
    folder = resource("samples", "content")
    return sorted(folder.glob(f"*.{language}.json")) if folder.is_dir() else []


def _content(
    language: str, people: dict[str, int], today: dt.date
) -> tuple[dict, dict, dict[str, str]]:
    """Settings and content of all area files, refs turned into ids; and the dates
    counted from today, by 'ref.field'."""
    settings: dict = {}
    dated: dict[str, str] = {}
    merged: dict[str, list[tuple[str, dict]]] = {name: [] for name in KINDS}
    for path in _content_files(language):
        with path.open(encoding="utf-8") as fh:
            raw = json.load(fh)
        settings.update(raw.get("settings", {}))
        for kind, items in raw.get("rows", {}).items():
            if kind not in KINDS:
                raise _bad(language, f"{path.name}: rows.{kind}", "unknown kind")
            merged[kind].extend((path.name, item) for item in items)
    refs: dict[str, dict[str, int]] = {"person": people}
    content = {}
    for name, kind in KINDS.items():
        refs[name] = {}
        rows = []
        for number, (file_name, item) in enumerate(merged[name], start=1):
            where = f"{file_name}: rows.{name}[{number - 1}]"
            row = {"id": number}
            for key, value in item.items():
                if key == "ref":
                    refs[name][value] = number
                    continue
                if key.endswith("_in_days"):
                    key = key.removesuffix("_in_days")
                    value = (today + dt.timedelta(days=value)).isoformat()
                    if "ref" in item:
                        dated[f"{item['ref']}.{key}"] = value
                field = kind.field(key) if key in kind.names else None
                if field is not None and field.type == "ref" and value is not None:
                    if value not in refs[field.ref]:
                        raise _bad(language, f"{where}.{key}", f"no {field.ref} {value!r}")
                    value = refs[field.ref][value]
                row[key] = value
            if kind.ordered:
                row.setdefault("position", number - 1)
            rows.append(row)
        content[kind.table] = rows
    return settings, content, dated


def build_sample(language: str, *, today: dt.date | None = None) -> CharterSnapshot:
    """The sample charter in `language` ('en' or 'de'), due dates counted from `today`."""
    if problem := values.check_language(language):
        raise InvalidValue(values.describe(problem), field=problem.field, problem=problem)
    today = today or dt.date.today()
    raw = _read(language)
    if raw.get("language", language) != language:
        raise _bad(language, "language", f"says {raw.get('language')!r}")
    try:
        return from_json_dict(_interchange_dict(raw, language, today))
    except InterchangeError as exc:
        if str(exc).startswith("sample."):
            raise
        raise InterchangeError(f"sample.{language}.json: {exc}", field=exc.field) from None


def write_sample(
    path: str | os.PathLike,
    language: str,
    *,
    actor: str,
    overwrite: bool = False,
    today: dt.date | None = None,
) -> Path:
    """Write the sample charter as a new .cxcharter file at `path`."""
    snapshot = build_sample(language, today=today)
    return write_new_file(path, snapshot, actor=actor, overwrite=overwrite)
