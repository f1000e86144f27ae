"""Reading a filled-in review copy back (pypdf, no Qt), and its problems in English words.

`read_fields(path)` returns the PDF's form fields as {name: value};
`CharterDocument.read_review(fields)` turns them into the decision to record or
the problems that refuse it (`domain/review_form.py`). `describe(problem)` is the
command line's wording of those problems; the window words them with `tr()`.
"""

from __future__ import annotations

import os

from cxcharter.domain import review_form as rf
from cxcharter.domain.values import Problem


class ReviewFileError(Exception):
    """The file cannot be read as a review copy (not a PDF, or a PDF without the fields).

    `code` is "not_pdf", "unreadable" or "no_fields"."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):  # a multi-select choice: keep the first
        return _value(value[0]) if value else ""
    text = str(value)
    return text[1:] if text.startswith("/") else text  # a name object (/Off)


def read_fields(path: str | os.PathLike) -> dict[str, str]:
    """The form fields of the PDF at `path` as {name: value}; ReviewFileError if it is
    not a PDF or carries none of the review copy's fields."""
    from pypdf import PdfReader  # lazy: pypdf only when a review copy is read
    from pypdf.errors import PyPdfError  # lazy: pypdf only when a review copy is read

    name = os.fspath(path)
    try:
        with open(name, "rb") as fh:
            head = fh.read(1024)
            if b"%PDF-" not in head:
                raise ReviewFileError(f"{name} is not a PDF file.", "not_pdf")
            fh.seek(0)
            reader = PdfReader(fh)
            raw = reader.get_fields() or {}
    except ReviewFileError:
        raise
    except OSError as exc:
        raise ReviewFileError(f"cannot read {name}: {exc.strerror or exc}",
                              "unreadable") from None
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise ReviewFileError(f"{name} is not a readable PDF ({exc}).", "not_pdf") from None
    fields = {key: _value(field.get("/V")) for key, field in raw.items()}
    if rf.CHARTER not in fields or rf.FINGERPRINT not in fields:
        raise ReviewFileError(f"{name} has no review form fields; export a review copy with "
                              "`cxcharter export FILE --review-copy`.", "no_fields")
    return fields


TEXTS = {
    "review.other_charter": "this review copy belongs to another charter",
    "review.other_revision": "this review copy was made for revision.round {revision}, "
                             "another revision than {expected} in review now",
    "review.other_round": "this review copy was made for review round {revision}, not for "
                          "round {expected} in review now",
    "review.other_content": "this review copy of round {revision} shows other content than "
                            "the round in review (its fingerprint differs)",
    "review.ambiguous_approver": "{count} approvers are called {value!r}; choose the "
                                 "approver from the form's list, which tells them apart",
    "review.no_approver": "the approver's name is not filled in",
    "review.not_an_approver": "{value!r} is not an approver of this charter",
    "review.no_decision": "no decision is chosen",
    "review.unknown_decision": "unknown decision {value!r} (use Approved, Approved with "
                               "conditions or Changes requested)",
    "review.bad_text": "a comment is too long or contains a NUL character ({field})",
}


def describe(problem: Problem) -> str:
    """An English sentence for one `read_review` problem."""
    params = {"value": "", "revision": "?", "expected": "?", "count": 2, **problem.params,
              "field": problem.field}
    template = TEXTS.get(problem.code)
    if template is None:
        return f"{problem.code} ({problem.field})"
    return template.format(**params)
