"""The .cxcharter file: safe opening, schema migrations and the document's use cases."""
