"""Which structured tabs a section page shows beside its questions.

Each area module exposes `TABS`: a list of (title marked with QT_TR_NOOP, widget
class). A widget class is constructed as `cls(session, parent=None)` and has
`detach()` (stop listening before the session closes).
"""

from __future__ import annotations

import importlib

AREAS = {
    "journey": "cxcharter.ui.journey_page",
    "goals": "cxcharter.ui.goals_page",
    "roles": "cxcharter.ui.roles_page",
    "priorities": "cxcharter.ui.priorities_page",
    "stakeholders": "cxcharter.ui.stakeholders_page",
    "ways": "cxcharter.ui.ways_page",
}


def tabs_for(section: str) -> list[tuple[str, type]]:
    module_name = AREAS.get(section)
    if module_name is None:
        return []
    return list(importlib.import_module(module_name).TABS)
