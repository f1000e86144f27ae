"""Priorities: ranked initiatives and the impact/effort matrix."""
