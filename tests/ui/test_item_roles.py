"""Every model's own item-data roles come from the one Role enum, each number once."""

from __future__ import annotations

import re
from pathlib import Path

import cxcharter

UI = Path(cxcharter.__file__).parent / "ui"


def _sources():
    for path in sorted(UI.rglob("*.py")):
        if path.name != "roles.py":
            yield path, path.read_text(encoding="utf-8")


def test_no_role_number_outside_the_enum():
    offenders = [
        f"{path.relative_to(UI)}:{n}"
        for path, text in _sources()
        for n, line in enumerate(text.splitlines(), 1)
        if "ItemDataRole.UserRole" in line or re.match(r"^[A-Z_]+_ROLE\s*=", line)
    ]
    assert offenders == []


def test_the_check_finds_a_role_number():
    line = "SORT_ROLE = Qt.ItemDataRole.UserRole + 20"
    assert "ItemDataRole.UserRole" in line and re.match(r"^[A-Z_]+_ROLE\s*=", line)


def test_each_role_has_its_own_number_from_user_role_up():
    from PySide6.QtCore import Qt

    from cxcharter.ui.tables.roles import Role

    values = [int(member) for member in Role.__members__.values()]
    assert len(values) == len(set(values))  # an alias would share a number
    assert min(values) == int(Qt.ItemDataRole.UserRole.value)
    assert sorted(values) == list(range(min(values), min(values) + len(values)))
