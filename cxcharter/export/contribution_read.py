"""Reading a returned contribution form (pypdf, no Qt) and wording its problems.

`read_form(path)` returns the `FormContent` (the facts the form carries in its
hidden `cx.meta` field, and every field's value as filled in) or raises
`ContributionFileError` for a file that is not a contribution form or is damaged.
`describe(problem, language)` is the command line's sentence for a refusal or a value
problem (domain/error_text.py); the window words the same codes with `tr()`.
"""

from __future__ import annotations

import json
import os

from cxcharter.catalog import question_kinds
from cxcharter.domain import cli_text, error_text
from cxcharter.domain import contribution as dc
from cxcharter.domain.values import Problem
from cxcharter.domain.values import describe as describe_value
from cxcharter.export.contribution_form import META
from cxcharter.export.review_import import ReviewFileError, _read_bytes, parse_fields


class ContributionFileError(Exception):
    """Not a contribution form (or unreadable, or damaged); the message says which, in
    English, and `code` ("not_pdf", "unreadable", "not_a_form" or "damaged") with `detail`
    lets the command line word it (domain/error_text.py)."""

    def __init__(self, message: str, code: str, detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.detail = detail


def read_form(path: str | os.PathLike) -> dc.FormContent:
    name = os.fspath(path)
    try:
        fields = parse_fields(_read_bytes(path), path, required=(META,))
    except ReviewFileError as exc:
        if exc.code == "no_fields":
            raise ContributionFileError(
                f"{name} is not a contribution form (write one with "
                "`cxcharter contribution FILE --person NAME`).",
                "not_a_form",
            ) from None
        raise ContributionFileError(str(exc), exc.code) from None
    try:
        meta = json.loads(fields[META])
        if meta.get("format") != dc.FORMAT or meta.get("version") != dc.VERSION:
            raise ValueError("format")
        specs = tuple(
            dc.FormField(str(n), str(k), t if k == "answer" else int(t), str(c), str(ty), str(b))
            for n, k, t, c, ty, b in meta["fields"]
        )
        kinds = question_kinds()
        if not all(dc.sound(f, kinds) for f in specs):
            raise ValueError("a field it names is not one a form asks for")
        content = dc.FormContent(
            str(meta["charter"]),
            int(meta["revision"]),
            int(meta["person"]),
            str(meta["form"]),
            specs,
            {f.name: fields.get(f.name, "") for f in specs},
            str(meta.get("language") or ""),
        )
    except (ValueError, TypeError, KeyError) as exc:
        raise ContributionFileError(
            f"{name} is a damaged contribution form (its facts cannot be read: {exc}).",
            "damaged",
            str(exc),
        ) from None
    return content


def describe(problem: Problem, language: str = "en") -> str:
    """A sentence for a contribution problem (a refusal or a field's value), in 'en' or
    'de' (domain/error_text.py)."""
    said = error_text.contribution_text(problem.code, problem.params, language)
    return said if said is not None else f"{problem.field}: {describe_value(problem, language)}"


def field_label(f: dc.FormField, snapshot, catalog, language: str = "en") -> str:
    """Which field this is, for the command line: the question (as the catalog reads
    it), or the goal's or initiative's name and the column, in `language`."""
    if f.kind == "answer":
        key = str(f.target)
        return catalog.question(key).question if catalog.has_question(key) else key
    rows = {r.id: r for r in snapshot.rows_of("goal" if f.kind == "reading" else f.kind)}
    row = rows.get(f.target)
    name = str(row.get("objective" if f.kind != "initiative" else "title") or "") if row else ""
    column = cli_text.column(f.column, language)
    if f.kind not in ("goal", "initiative", "reading"):
        return f"{f.kind} “{name or f.target}”: {column}"
    return cli_text.say(f"field.{f.kind}", language, name=name or f.target, column=column)


def shown(value: object, limit: int = 160) -> str:
    """A value on one line of the terminal, shortened."""
    if value in (None, ""):
        return "(empty)"
    if isinstance(value, float):
        value = int(value) if value.is_integer() and abs(value) < 1e15 else value
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
