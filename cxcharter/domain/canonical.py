"""Canonical JSON of a charter (format version 1), the dumping half, and its fingerprint.

`dumps` is canonical (sorted keys, people by id, answers by key): the text that
frozen revisions are fingerprinted over, and that every PDF embeds. It lives in the
domain so that the store (which freezes and verifies revisions) and the exports
(which embed and print it) both use it without importing each other; the strict
loader is `canonical_load`.
"""

from __future__ import annotations

import json

from cxcharter.domain.canonical_rows import rows_to_json
from cxcharter.domain.model import CharterSnapshot

FORMAT = "cxcharter"
FORMAT_VERSION = 1


def to_json_dict(snapshot: CharterSnapshot) -> dict:
    """The snapshot as plain JSON data (format version 1)."""
    settings, content = rows_to_json(snapshot)
    return {
        "settings": settings,
        "content": content,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "charter": {
            "id": snapshot.id,
            "language": snapshot.language,
            "created_at": snapshot.created_at,
        },
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "email": p.email,
                "department": p.department,
                "role": p.role,
            }
            for p in sorted(snapshot.people, key=lambda p: p.id)
        ],
        "answers": [
            {
                "key": a.key,
                "text": a.text,
                "person": a.person,
                "owner": a.owner,
                "status": a.status,
                "due": a.due,
            }
            for a in sorted(snapshot.answers.values(), key=lambda a: a.key)
        ],
    }


def dumps(snapshot: CharterSnapshot) -> str:
    """Canonical JSON text: UTF-8-ready, sorted keys, two-space indent, final newline."""
    return json.dumps(to_json_dict(snapshot), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def canonical_json(snapshot: CharterSnapshot) -> str:
    """The frozen form of a snapshot: `cxcharter dump`'s canonical JSON (sorted keys)."""
    return dumps(snapshot)


def fingerprint_of(text: str) -> str:
    import hashlib  # lazy: opening a charter needs no hash: hashlib loads OpenSSL (~4 MB)

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(snapshot: CharterSnapshot) -> str:
    """SHA-256 (hex) of the snapshot's canonical JSON, UTF-8 encoded."""
    return fingerprint_of(canonical_json(snapshot))
