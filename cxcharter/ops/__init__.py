"""One function per user action over the open charter: one transaction, one audit entry,
what changed and how to undo it (no Qt)."""
