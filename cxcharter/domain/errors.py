"""The two failures a domain rule can raise, each with a stable code for the edge.

`CharterError` is the base of every known, explainable problem (the store adds its
file-specific ones in `cxcharter.store.errors`); `InvalidValue` is a value a rule
refuses, keeping the rule's `Problem` (code and parameters) so the window can word it
in its own language. The command line words the code and `params` in the user's
language (`domain/error_text.py`); `str(error)` is English, for logs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cxcharter.domain.values import Problem


class CharterError(Exception):
    """A known, explainable problem with a charter file. Never a bug."""

    code = "error"

    def __init__(
        self,
        message: str,
        *,
        path: str = "",
        detail: str = "",
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.detail = detail
        self.params: dict[str, object] = dict(params or {})  # what the edge's words name


class InvalidValue(CharterError):
    """A value a rule refuses; `field` names what was wrong, `problem` (if a domain rule
    found it) keeps the rule's code and parameters."""

    code = "invalid"

    def __init__(
        self, message: str, *, field: str = "", problem: Problem | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.field = field
        self.problem = problem
