"""The Overview page: how complete the charter is and who owes what."""
