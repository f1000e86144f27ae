"""Exports of a charter snapshot: PDF (reportlab, imported lazily by `export.pdf`)."""
