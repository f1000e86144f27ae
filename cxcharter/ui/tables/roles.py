"""The item-data roles of every model of the window, each with one number.

Qt gives a model's own roles the numbers from `Qt.ItemDataRole.UserRole` up.
They are declared here once, so two roles never share a number (a proxy or a
delegate asking one model for a role of another gets None, not a wrong value)
and a role means the same thing in every model that answers it.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole.value)


class Role(IntEnum):
    """A model's own item-data roles; what each one returns."""

    ROW_ID = _BASE  # int: the id of the row (of its kind) an item shows
    FIELD = _BASE + 1  # entities.Field: the field a column shows (for delegates)
    SORT = _BASE + 2  # a computed column's sort key (None: sort by the shown text)
    KEY = _BASE + 3  # str: a question key, or a suggestion's key
    NAME = _BASE + 4  # str: the plain name of a person in a choice list
    PERSON_ID = _BASE + 5  # int: the person an item is about (RACI column, owes-what row)
    GOAL_ID = _BASE + 6  # int: the goal an overview entry is about
    ACTIVITY_ID = _BASE + 7  # int: the RACI activity of a row
    PROGRESS = _BASE + 8  # goal: float 0…1 or None; navigator page: (done, total) or None
    TREND = _BASE + 9  # domain.goals.Trend or None
    PROBLEMS = _BASE + 10  # tuple of values.Problem: what is wrong with the item
    HAS_PROBLEM = _BASE + 11  # bool: a touchpoint breaks a rule
    SHARE = _BASE + 12  # float 0…1 or None: an initiative's score relative to the best
    NO_ROLE = _BASE + 13  # bool: a person without a RACI role (summary)
    DEPARTMENT = _BASE + 14  # str: a touchpoint's department
    CHANNEL = _BASE + 15  # str: a touchpoint's channel
    FINDING = _BASE + 16  # readiness.Finding of a readiness row
    RECORD = _BASE + 17  # the audit record of a history row
    PAGE = _BASE + 18  # str: the page a navigator entry opens
    PATH = _BASE + 19  # str: the file a recent-charters entry opens
    CHECK_ITEM = _BASE + 20  # checklist.Item of a checklist row (None: a header, a warning)
