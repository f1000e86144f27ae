"""Ops that write words into the charter (suggested criteria, the standard agenda):
always in the charter's language, never the window's, which may differ."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxcharter.domain import ways
from cxcharter.ops.done import Done
from cxcharter.ops.rows import add_rows, update_row

if TYPE_CHECKING:
    from cxcharter.store.document import CharterDocument

# name per language, weight, higher is better
SUGGESTED_CRITERIA = (
    ({"en": "Customer value", "de": "Kundennutzen"}, 40.0, True),
    ({"en": "Business value", "de": "Geschäftsnutzen"}, 30.0, True),
    ({"en": "Cost", "de": "Kosten"}, 20.0, False),
    ({"en": "Risk", "de": "Risiko"}, 10.0, False),
)


def suggested_criteria(language: str) -> list[dict[str, object]]:
    return [
        {"name": names.get(language, names["en"]), "weight": weight, "higher_is_better": higher}
        for names, weight, higher in SUGGESTED_CRITERIA
    ]


def add_suggested_criteria(doc: CharterDocument, language: str) -> Done:
    """The usual four criteria of the weighted method, named in `language` (the
    charter's): one step."""
    return add_rows(doc, "criterion", suggested_criteria(language), code="criteria.suggested")


def insert_standard_agenda(doc: CharterDocument, meeting_id: int, language: str) -> Done:
    """Append the standard agenda, in `language` (the charter's), to a meeting's agenda."""
    row = doc.row("meeting", meeting_id)
    current = str(row.get("agenda") or "") if row is not None else ""
    text = ways.with_agenda(current, ways.standard_agenda(language))
    return update_row(doc, "meeting", meeting_id, {"agenda": text}, code="agenda.insert")
