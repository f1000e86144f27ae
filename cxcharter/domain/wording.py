"""Counts in words: "1 entry" but "0 entries", "2 entries"; "1 Frage", "2 Fragen".

English and German share the rule: exactly one takes the singular, every other
number (0, 2, 1.5) the plural. The edges (PDF, command line) keep both forms of
each counted word; this module only chooses.
"""

from __future__ import annotations


def singular(count: float) -> bool:
    """Whether `count` takes the singular form of a noun (in English and German)."""
    return not isinstance(count, bool) and count == 1


def counted(count: int, one: str, other: str) -> str:
    """'1 entry', '2 entries': the number and the form of the noun that fits it."""
    return f"{count} {one if singular(count) else other}"
