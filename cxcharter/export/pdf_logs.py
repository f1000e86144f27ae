"""Libraries' log output is not for the user: pypdf notes every repair it makes to a
damaged PDF ("EOF marker not found", "Ignoring wrong pointing object …") and every odd
font map ("Got invalid hex string …") as a log record, which Python's last-resort
handler would print on stderr ahead of the command's own one-line result. Every
reader of a PDF calls `quiet_logs("pypdf")` first (review copies, contribution forms,
the record a PDF carries); what went wrong reaches the user as the reader's own code.
"""

from __future__ import annotations

import logging


def quiet_logs(*names: str) -> None:
    """Libraries' log records reach the user only through a handler someone configured:
    a NullHandler keeps Python's last-resort handler from printing them on stderr (a
    test's log capture, or an application's logging set-up, still sees them)."""
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
