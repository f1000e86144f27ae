"""Plain-Python domain: entities, rules, readiness, canonical JSON and fingerprints, and
the errors a rule raises. No Qt, no SQL; imports nothing of ours but the catalog."""
