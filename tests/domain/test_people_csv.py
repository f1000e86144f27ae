"""People from CSV: what spreadsheets write, and a clear verdict for every bad row."""

from __future__ import annotations

import pytest

from cxcharter.domain.people_csv import parse_people


def test_semicolon_german_headers_bom_and_umlauts():
    data = "\ufeffName;E-Mail;Abteilung;Rolle\nLena Krüger;lena@x.example;Kundenservice;Analystin\n"
    result = parse_people(data.encode("utf-8"))
    assert result.problem is None
    assert result.importable == [
        {
            "name": "Lena Krüger",
            "email": "lena@x.example",
            "department": "Kundenservice",
            "role": "Analystin",
        }
    ]


def test_comma_english_headers_in_any_order_and_windows_1252():
    data = "role,name,email\nLead,Jörg Ölmann,j@x.example\n".encode("cp1252")
    result = parse_people(data)
    assert result.importable[0]["name"] == "Jörg Ölmann"
    assert result.importable[0]["department"] == ""


def test_bad_rows_are_named_by_line_and_reason_and_good_rows_still_import():
    data = (
        b"name,email\n"
        b"Anna,anna@x.example\n"
        b",nobody@x.example\n"
        b"Ben,not-an-address\n"
        b"Anna Again,ANNA@x.example\n"
        b"Clara,clara@taken.example\n"
        b"\n"
        b"Dora,\n"
    )
    result = parse_people(data, existing_emails={"clara@taken.example"})
    verdicts = [(r.line, r.problem.code if r.problem else "ok") for r in result.rows]
    assert verdicts == [
        (2, "ok"),
        (3, "person.name_missing"),
        (4, "csv.bad_email"),
        (5, "csv.duplicate_email"),
        (6, "csv.duplicate_email"),
        (8, "ok"),
    ]
    assert [p["name"] for p in result.importable] == ["Anna", "Dora"]


def test_files_that_are_not_people_lists():
    assert parse_people(b"").problem.code == "csv.empty"
    assert parse_people(b"\x89PNG\r\n\x1a\n\x00\x00").problem.code == "csv.binary"
    assert parse_people(b"colour,size\nred,XL\n").problem.code == "csv.no_name_column"


def test_hostile_text_is_kept_literally():
    data = 'name,role\n"<b>Eve</b> & co",😀 مرحبا\n'.encode()
    assert parse_people(data).importable[0] == {
        "name": "<b>Eve</b> & co",
        "role": "😀 مرحبا",
        "email": "",
        "department": "",
    }


def test_excel_csv_macintosh_with_cr_line_ends_imports_like_any_other():
    # Excel's "CSV (Macintosh)": Mac Roman would be the old default, but Excel writes
    # the Windows code page on Windows and CR-only line ends; line numbers still count.
    data = (
        "Name;E-Mail;Abteilung\rLena Krüger;lena@x.example;Service\r"
        '"Ben\rBauer";ben@x.example;IT\r;nobody@x.example;\rDora;;\r'
    ).encode("cp1252")
    result = parse_people(data)
    assert result.problem is None
    assert [(r.line, r.problem.code if r.problem else "ok") for r in result.rows] == [
        (2, "ok"),
        (4, "ok"),
        (5, "person.name_missing"),
        (6, "ok"),
    ]
    assert [p["name"] for p in result.importable] == ["Lena Krüger", "Ben\rBauer", "Dora"]
    assert result.importable[0]["department"] == "Service"


@pytest.mark.parametrize("encoding", ["mac_roman", "cp1252"])
def test_cr_only_files_in_mac_roman_or_windows_1252_keep_their_umlauts(encoding):
    """Excel's "CSV (Macintosh)" (CR line ends) is Mac Roman; the same line ends with
    the Windows code page are read as Windows-1252, as before."""
    data = "Name;E-Mail;Abteilung;Rolle\rJürgen Müller;jm@x.de;Kundenservice;Leitung\r"
    data += "Ægir Ørsted;;Qualität;Führung\r"
    result = parse_people(data.encode(encoding))
    assert [p["name"] for p in result.importable] == ["Jürgen Müller", "Ægir Ørsted"]
    assert result.importable[1]["department"] == "Qualität"


def test_mixed_line_ends_are_all_line_ends():
    crlf = parse_people(b"name,email\r\nAnna,a@x.example\r\nBen,b@x.example\r\n")
    mixed = parse_people(b"name,email\rAnna,a@x.example\nBen,b@x.example\r\n")
    assert crlf.importable == mixed.importable and len(mixed.importable) == 2
