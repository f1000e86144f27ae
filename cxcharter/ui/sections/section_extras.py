"""Which structured tabs a section page shows beside its questions.

Each area module exposes `TABS`: a list of (title marked with QT_TR_NOOP, widget
class). A widget class is constructed as `cls(session, parent=None)` and has
`detach()` (stop listening before the session closes).
"""

from __future__ import annotations

import importlib

AREAS = {
    "journey": "cxcharter.ui.sections.journey.journey_page",
    "goals": "cxcharter.ui.sections.goals.goals_page",
    "roles": "cxcharter.ui.sections.roles.roles_page",
    "priorities": "cxcharter.ui.sections.priorities.priorities_page",
    "stakeholders": "cxcharter.ui.sections.stakeholders.stakeholders_page",
    "ways": "cxcharter.ui.sections.ways.ways_page",
}


def tabs_for(section: str) -> list[tuple[str, type]]:
    module_name = AREAS.get(section)
    if module_name is None:
        return []
    return list(importlib.import_module(module_name).TABS)
