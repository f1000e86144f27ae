"""How the audit log stores long answer texts: the full history, without storing it twice.

An entry of `answer.text` used to hold the whole old and the whole new text:
500 small edits of a 100 KB answer made a 100 MB file. For a text of at least
`LONG` characters an entry now stores

- as `old`, `{"$same": E}` when the old text is the new text of entry E, the
  previous `answer.text` entry of the same question (it always is, unless the
  text was changed behind the application's back or came from a file created or
  imported since);
- as `new`, `{"$diff": [start, end, inserted], "depth": d}`: the new text is the
  old one with characters `start:end` replaced by `inserted` (common prefix and
  suffix removed), as long as the diff is small and at most `MAX_DEPTH` diffs
  follow each other; otherwise the whole text, so reading any version replays at
  most `MAX_DEPTH` diffs.

The chain hashes what is stored, so every stored diff is covered like any entry;
`replay()` rebuilds every version (verify runs it over the whole log, and a
reference or diff that does not fit is a finding). Short texts and every other
action are stored whole, as before; files written before this change need nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any, TypeGuard

from cxcharter.domain.wording import counted

ACTION = "answer.text"
LONG = 2048  # characters; shorter texts are stored whole
MAX_DEPTH = 32
AFTER_BROKEN = "-"  # replay(): an entry after a broken one of the same answer


class BadEntry(ValueError):
    """A stored reference or diff that does not rebuild a text (a finding of verify)."""


def _common_prefix(a: str, b: str, limit: int) -> int:
    """Length of the common prefix of `a` and `b` (at most `limit`), by halving blocks:
    slices compare in C, a character loop over 100 KB would not."""
    start, step = 0, 4096
    while step:
        while start + step <= limit and a[start : start + step] == b[start : start + step]:
            start += step
        step //= 2
    return start


def _diff(old: str, new: str) -> list[int | str]:
    """[start, end, inserted]: `new == old[:start] + inserted + old[end:]`, minimal ends."""
    limit = min(len(old), len(new))
    start = _common_prefix(old, new, limit)
    tail = _common_prefix(old[::-1], new[::-1], limit - start)
    return [start, len(old) - tail, new[start : len(new) - tail]]


def _apply(base: str, diff: object) -> str:
    if not (
        isinstance(diff, list)
        and len(diff) == 3
        and isinstance(diff[0], int)
        and isinstance(diff[1], int)
        and isinstance(diff[2], str)
        and 0 <= diff[0] <= diff[1] <= len(base)
    ):
        raise BadEntry("its stored diff does not fit the text before it")
    return base[: diff[0]] + diff[2] + base[diff[1] :]


def _load(text: str | None) -> object:
    try:
        return json.loads(text) if text is not None else None
    except ValueError:
        raise BadEntry("its stored value is not JSON") from None


def _marker(value: object, key: str) -> TypeGuard[dict[str, Any]]:
    """A stored JSON object with `key` (its values are JSON, checked where they are used)."""
    return isinstance(value, dict) and key in value


def value_at(conn: sqlite3.Connection, entry: int, column: str = "new") -> tuple[object, int]:
    """(the value entry `entry` stored in `column`, rebuilt; its diff depth)."""
    row = conn.execute("SELECT old, new FROM audit_log WHERE id = ?", (entry,)).fetchone()
    if row is None:
        raise BadEntry(f"it refers to entry {entry}, which does not exist")
    stored = _load(row[0] if column == "old" else row[1])
    if _marker(stored, "$same"):
        return value_at(conn, int(stored["$same"]))
    if _marker(stored, "$diff"):
        base, depth = value_at(conn, entry, "old")
        if not isinstance(base, str):
            raise BadEntry("its diff applies to something that is not a text")
        return _apply(base, stored["$diff"]), depth + 1
    return stored, 0


def encode(
    conn: sqlite3.Connection,
    action: str,
    target: str,
    old: object,
    new: object,
    cache: dict[str, tuple[int, str, int]] | None = None,
) -> tuple[str, str]:
    """The stored `old` and `new` of an audit entry about to be appended.

    `cache` (kept by the open document): {target: (entry id, its new text, depth)} of
    the newest entries, so that an edit does not rebuild the text it replaces."""
    plain = (json.dumps(old, ensure_ascii=False), json.dumps(new, ensure_ascii=False))
    if (
        action != ACTION
        or not isinstance(old, str)
        or not isinstance(new, str)
        or max(len(old), len(new)) < LONG
    ):
        return plain
    stored_old, depth = plain[0], 0
    row = conn.execute(
        "SELECT id FROM audit_log WHERE action = ? AND target = ? ORDER BY id DESC LIMIT 1",
        (action, target),
    ).fetchone()
    if row is not None and len(old) >= LONG:
        previous: object
        known = (cache or {}).get(target)
        if known is not None and known[0] == row[0]:
            previous, depth = known[1], known[2]
        else:
            try:
                previous, depth = value_at(conn, row[0])
            except BadEntry:
                previous = None
        if previous == old:
            stored_old = json.dumps({"$same": row[0]})
        else:
            depth = 0
    diff = _diff(old, new)
    if depth + 1 > MAX_DEPTH or len(str(diff[2])) * 2 > len(new):
        depth, stored_new = 0, plain[1]
    else:
        depth += 1
        stored_new = json.dumps({"$diff": diff, "depth": depth}, ensure_ascii=False)
    if cache is not None:  # the entry's id is the next one: chain.append numbers them so
        cache[target] = (
            conn.execute("SELECT coalesce(max(id), 0) + 1 FROM audit_log").fetchone()[0],
            new,
            depth,
        )
    return stored_old, stored_new


def replay(conn: sqlite3.Connection) -> Iterator[tuple[int, str, str, object, object, str]]:
    """Every entry in order as (id, action, target, old, new, problem), values rebuilt.

    `problem` is '' or why the entry's stored values do not rebuild (old, new are
    then None); the later entries of that answer cannot be rebuilt either and come
    with the problem `AFTER_BROKEN`. Keeps only the newest text of each question."""
    newest: dict[str, tuple[int, object]] = {}  # target: (entry id, its new text)
    broken: set[str] = set()
    for entry, action, target, old_text, new_text in conn.execute(
        "SELECT id, action, target, old, new FROM audit_log ORDER BY id"
    ):
        if action == ACTION and target in broken:
            yield entry, action, target, None, None, AFTER_BROKEN
            continue
        try:
            old, new = _load(old_text), _load(new_text)
            if _marker(old, "$same"):
                ref = newest.get(target) if action == ACTION else None
                if ref is None or ref[0] != old["$same"]:
                    raise BadEntry(
                        f"its old text refers to entry {old['$same']}, which is "
                        "not the previous change of this answer"
                    )
                old = ref[1]
            if _marker(new, "$diff"):
                if not isinstance(old, str):
                    raise BadEntry("its diff applies to something that is not a text")
                new = _apply(old, new["$diff"])
        except BadEntry as exc:
            if action == ACTION:
                broken.add(target)
            yield entry, action, target, None, None, str(exc)
            continue
        if action == ACTION:
            newest[target] = (entry, new)
        yield entry, action, target, old, new, ""


# ------------------------------------------------------------------ contributions, in words
_CHANGES = {"en": ("change", "changes"), "de": ("Änderung", "Änderungen")}
_CONTRIBUTION = {
    "en": {
        "op.contribution.import": "Contribution form answered by {contributor}, imported by "
        "{actor}: {changes}",
        "op.contribution.undo": "Contribution form of {contributor} taken back by {actor}",
    },
    "de": {
        "op.contribution.import": "Beitragsformular beantwortet von {contributor}, importiert "
        "von {actor}: {changes}",
        "op.contribution.undo": "Beitragsformular von {contributor} zurückgenommen von {actor}",
    },
}


def contribution_line(entry: dict[str, Any], language: str = "en") -> str | None:
    """One audit entry of a contribution import (or its undo) as a sentence in `language`
    (a charter's language: en or de), as `audit_entries()` returns it; None for others.

    An import that wrote one change only is stored as that change's own entry plus
    the form's record; both carry the facts (`contributor`, `n`)."""
    words = _CONTRIBUTION.get(language, _CONTRIBUTION["en"])
    action, facts = entry.get("action"), None
    try:
        new = json.loads(entry.get("new") or "null")
    except ValueError:
        return None
    if action in words and isinstance(new, dict):
        facts = new.get("params")
    elif action in ("contribution.import", "contribution.undo"):
        action, facts = f"op.{action}", new
    if not isinstance(facts, dict) or action not in words:
        return None
    n = facts.get("n", 0)
    one, many = _CHANGES.get(language, _CHANGES["en"])
    return words[action].format(
        contributor=facts.get("contributor", "?"),
        actor=entry.get("actor", "?"),
        changes=counted(n if isinstance(n, int) else 0, one, many),
    )
