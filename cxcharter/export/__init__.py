"""Exports of a charter snapshot: the PDF (reportlab, imported by `export.pdf`, not here),
review copies and their import (pypdf), the calendar (ICS). The canonical JSON they
embed is the domain's (`domain/canonical.py`)."""
