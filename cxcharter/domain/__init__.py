"""Plain-Python domain: entities, rules and readiness. No Qt, no SQL."""
