"""Find the `resources/` folder in a checkout, an editable install and a wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The resources folder: inside the package in a wheel, beside it in a checkout.

    The wheel gets `resources/` through the build backend's force-include as
    `cxcharter/resources`; an editable install or a plain checkout does not, so
    the top-level folder next to the package is tried second.
    """
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "catalog").is_dir():
            return candidate
    raise FileNotFoundError("CX Charter's resources folder is missing; reinstall the application.")


def resource(*parts: str) -> Path:
    """Path of one file below resources/."""
    return resources_dir().joinpath(*parts)
