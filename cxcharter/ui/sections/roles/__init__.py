"""Roles and responsibilities: governance bodies and the RACI matrix."""
