"""Read people from a CSV file (name, e-mail, department, role) with a verdict per row.

Accepts what spreadsheets write: comma or semicolon separated, UTF-8 with or
without BOM or Windows-1252, CR (Excel's "CSV (Macintosh)"), LF or CRLF line ends,
English or German headers in any order. Nothing is imported here: the caller shows
the preview and imports on confirmation.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from cxcharter.domain.values import MAX_LINE, Problem, check_person_fields

MAX_ROWS = 10_000
HEADERS = {
    "name": ("name", "full name", "person", "vollständiger name", "mitarbeiter"),
    "email": ("email", "e-mail", "mail", "e-mail-adresse", "email address"),
    "department": ("department", "abteilung", "bereich", "team"),
    "role": ("role", "rolle", "position", "funktion", "job title", "title"),
}


@dataclass(frozen=True, slots=True)
class CsvRow:
    line: int
    fields: dict
    problem: Problem | None = None  # None: will be imported

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True, slots=True)
class CsvResult:
    rows: list[CsvRow] = field(default_factory=list)
    problem: Problem | None = None  # the file as a whole cannot be read

    @property
    def importable(self) -> list[dict]:
        return [r.fields for r in self.rows if r.ok]


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 (what Excel on Windows writes) -
    or Mac Roman, for lines that end in CR only (Excel's "CSV (Macintosh)"), where that
    reads as more of the letters names are written with ("Jürgen", not "JŸrgen")."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    windows = data.decode("cp1252", errors="replace")
    if b"\r" in data and b"\n" not in data:
        mac = data.decode("mac_roman")  # every byte is a character in Mac Roman
        if _latin_letters(mac) > _latin_letters(windows):
            return mac
    return windows


def _latin_letters(text: str) -> int:
    """The letters with accents of Western European names (À … ÿ) in `text`."""
    return sum(1 for ch in text if "\u00c0" <= ch <= "\u00ff" and ch.isalpha())


def _column_map(header: list[str]) -> dict[str, int]:
    found = {}
    for index, title in enumerate(header):
        title = title.strip().lower()
        for name, aliases in HEADERS.items():
            if title in aliases and name not in found:
                found[name] = index
    return found


def parse_people(data: bytes, existing_emails: AbstractSet[str] = frozenset()) -> CsvResult:
    """Parse CSV bytes into rows with a verdict each; `existing_emails` are skipped."""
    text = decode(data)
    if "\x00" in text:
        return CsvResult(problem=Problem("csv.binary", "", {}))
    if not text.strip():
        return CsvResult(problem=Problem("csv.empty", "", {}))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # newline='': CR, LF and CRLF all end a line (Excel's "CSV (Macintosh)" writes CR
    # only), and a line end inside a quoted cell stays part of the cell.
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return CsvResult(problem=Problem("csv.empty", "", {}))
    columns = _column_map(header)
    if "name" not in columns:
        return CsvResult(
            problem=Problem("csv.no_name_column", "", {"header": ", ".join(header[:8])})
        )
    rows: list[CsvRow] = []
    seen = {e.lower() for e in existing_emails if e}
    try:
        for cells in reader:
            if len(rows) >= MAX_ROWS:
                return CsvResult(rows, Problem("csv.too_many_rows", "", {"limit": MAX_ROWS}))
            if not any(c.strip() for c in cells):
                continue
            line = reader.line_num
            fields = {
                name: (cells[i].strip() if i < len(cells) else "") for name, i in columns.items()
            }
            for name in HEADERS:
                fields.setdefault(name, "")
            problem = _row_problem(fields, seen)
            if problem is None and fields["email"]:
                seen.add(fields["email"].lower())
            rows.append(CsvRow(line, fields, problem))
    except csv.Error as exc:
        return CsvResult(
            rows, Problem("csv.broken", "", {"line": reader.line_num, "detail": str(exc)})
        )
    return CsvResult(rows)


def _row_problem(fields: dict, seen: set[str]) -> Problem | None:
    if not fields["name"]:
        return Problem("person.name_missing", "name", {})
    for name, value in fields.items():
        if len(value) > MAX_LINE:
            return Problem("text.too_long", name, {"limit": MAX_LINE, "length": len(value)})
    if problem := check_person_fields(fields):
        return problem
    email = fields["email"]
    if email and "@" not in email:
        return Problem("csv.bad_email", "email", {"value": email})
    if email and email.lower() in seen:
        return Problem("csv.duplicate_email", "email", {"value": email})
    return None
