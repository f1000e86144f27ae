"""Stakeholders and approvals: communication plan, decision rights, approvers."""
