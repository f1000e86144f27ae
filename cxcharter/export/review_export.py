"""Writing a review copy: the charter PDF of the round in review with its form fields.

Apart from `review_copy` (the review page itself), which `pdf` builds into the document.
"""

from __future__ import annotations

import os

from cxcharter.catalog import load_catalog
from cxcharter.domain import review_form as rf
from cxcharter.export.pdf import export_pdf
from cxcharter.export.pdf_record import pdf_record


def export_review_copy(
    document, out_path: str | os.PathLike, *, paper: str = "a4", language: str | None = None
) -> list[rf.FormField]:
    """Write the review copy of `document`'s round in review to `out_path`.

    Raises the store's WorkflowError when the charter is not in review, and
    pdf.ExportError for a failed write. Returns the fields written.
    """
    fields = document.review_fields()  # refuses a charter that is not in review
    language = language or document.snapshot().language
    catalog = load_catalog(language)
    snapshot, governance = pdf_record(document, catalog, language)
    export_pdf(
        snapshot,
        catalog,
        out_path,
        language=language,
        paper=paper,
        governance=governance,
        review_fields=fields,
        look=document.look(),
    )
    return fields
