"""A form field font for any script: the bundled DejaVu Sans as a Type0 (Identity-H) font.

The standard fonts a PDF form field names (Helvetica) know Latin-1 only: a field
starting with "Łukasz Żółć" showed "?ukasz ?ó??", and a reader regenerating the
field's look after the contributor typed Cyrillic or Arabic had no glyphs for it.
The form's AcroForm resources carry this font instead, whole (a contributor may
type any letter it has), with a ToUnicode map so that pypdf and PDF readers
encode typed text as glyph ids. Built with pypdf objects from reportlab's parse
of the TrueType file (no fontTools needed).
"""

from __future__ import annotations

from functools import cache

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.pdfbase.ttfonts import TTFontFile

from cxcharter.assets import resource

NAME = "/CXF"  # the font's name in the form's /DR
FILE = "DejaVuSans.ttf"


@cache
def _parsed() -> tuple[bytes, TTFontFile, dict[int, int]]:
    path = resource("fonts", FILE)
    face = TTFontFile(str(path))
    first: dict[int, int] = {}  # glyph id → the first code point drawn with it
    for cp, gid in sorted(face.charToGlyph.items()):
        first.setdefault(gid, cp)
    return path.read_bytes(), face, first


def _stream(data: bytes, **entries: object):
    stream = DecodedStreamObject()
    stream.set_data(data)
    encoded = stream.flate_encode(level=9)
    for key, value in entries.items():
        encoded[NameObject(f"/{key}")] = value
    return encoded


def _to_unicode(first: dict[int, int]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted(first.items())
    for start in range(0, len(items), 100):  # at most 100 entries per block
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{g:04X}> <{chr(cp).encode('utf-16-be').hex().upper()}>" for g, cp in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def add_font(writer: PdfWriter) -> IndirectObject:
    """Add the font to `writer`; returns the reference for a /DR /Font entry."""
    data, face, first = _parsed()
    n = NameObject
    base = n("/DejaVuSans")
    descriptor = DictionaryObject(
        {
            n("/Type"): n("/FontDescriptor"),
            n("/FontName"): base,
            n("/Flags"): NumberObject(face.flags),
            n("/FontBBox"): ArrayObject([NumberObject(round(v)) for v in face.bbox]),
            n("/ItalicAngle"): NumberObject(0),
            n("/Ascent"): NumberObject(round(face.ascent)),
            n("/Descent"): NumberObject(round(face.descent)),
            n("/CapHeight"): NumberObject(round(face.capHeight)),
            n("/StemV"): NumberObject(face.stemV),
            n("/FontFile2"): writer._add_object(_stream(data, Length1=NumberObject(len(data)))),
        }
    )
    widths = ArrayObject()
    for gid in sorted(first):
        width = round(face.charWidths.get(first[gid], face.defaultWidth), 1)
        widths += [NumberObject(gid), ArrayObject([FloatObject(width)])]
    descendant = DictionaryObject(
        {
            n("/Type"): n("/Font"),
            n("/Subtype"): n("/CIDFontType2"),
            n("/BaseFont"): base,
            n("/CIDSystemInfo"): DictionaryObject(
                {
                    n("/Registry"): TextStringObject("Adobe"),
                    n("/Ordering"): TextStringObject("Identity"),
                    n("/Supplement"): NumberObject(0),
                }
            ),
            n("/FontDescriptor"): writer._add_object(descriptor),
            n("/W"): widths,
            n("/DW"): NumberObject(round(face.defaultWidth)),
            n("/CIDToGIDMap"): n("/Identity"),
        }
    )
    return writer._add_object(
        DictionaryObject(
            {
                n("/Type"): n("/Font"),
                n("/Subtype"): n("/Type0"),
                n("/BaseFont"): base,
                n("/Encoding"): n("/Identity-H"),
                n("/DescendantFonts"): ArrayObject([writer._add_object(descendant)]),
                n("/ToUnicode"): writer._add_object(_stream(_to_unicode(first))),
            }
        )
    )
