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
    StreamObject,
    TextStringObject,
)
from reportlab.pdfbase.ttfonts import TTFontFile

from cxcharter.assets import resource
from cxcharter.export import fonts, pdf_bidi

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


def _runs(first: dict[int, int]) -> list[tuple[int, int, int]]:
    """(first glyph, last glyph, first code point): glyphs and code points both counting
    up by one, within one high byte of each (a `bfrange` varies only the last byte)."""
    runs: list[list[int]] = []
    for gid, cp in sorted(first.items()):
        last = runs[-1] if runs else None
        if (
            last is not None
            and gid == last[1] + 1
            and cp == last[2] + (gid - last[0])
            and gid >> 8 == last[0] >> 8
            and cp >> 8 == last[2] >> 8
            and cp <= 0xFFFF
        ):
            last[1] = gid
        else:
            runs.append([gid, gid, cp])
    return [(a, b, c) for a, b, c in runs]


def _to_unicode(first: dict[int, int]) -> bytes:
    """The ToUnicode CMap, in ranges where it can (pypdf parses it for every field it
    fills: 5,900 single entries cost it half a second a field, the ranges a tenth)."""
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
    runs = _runs(first)
    ranges = [r for r in runs if r[1] > r[0]]
    singles = [(g0, c) for g0, g1, c in runs if g0 == g1]
    for start in range(0, len(ranges), 100):  # at most 100 entries per block
        chunk = ranges[start : start + 100]
        lines.append(f"{len(chunk)} beginbfrange")
        lines += [f"<{a:04X}> <{b:04X}> <{_utf16(c)}>" for a, b, c in chunk]
        lines.append("endbfrange")
    for start in range(0, len(singles), 100):
        chunk = singles[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{g:04X}> <{_utf16(c)}>" for g, c in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _utf16(cp: int) -> str:
    return chr(cp).encode("utf-16-be").hex().upper()


def _widths(face: TTFontFile, first: dict[int, int]) -> ArrayObject:
    """/W as `first [w w …]` per run of consecutive glyph ids."""
    widths = ArrayObject()
    run: ArrayObject | None = None
    previous = -2
    for gid in sorted(first):
        width = FloatObject(round(face.charWidths.get(first[gid], face.defaultWidth), 1))
        if gid != previous + 1 or run is None:
            run = ArrayObject()
            widths += [NumberObject(gid), run]
        run.append(width)
        previous = gid
    return widths


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
    widths = _widths(face, first)
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


SIZE = 9.0  # points, the fields' text
LEADING = 11.0
PAD = 2.0


def _hex(line: str) -> str:
    glyphs = _parsed()[1].charToGlyph
    return "".join(f"{glyphs.get(ord(ch), 0):04X}" for ch in line)


def lines_of(text: str, width: float, multiline: bool) -> list[str]:
    """The lines a field shows: shaped and in visual order (right-to-left scripts), and
    wrapped at spaces to `width` for a multi-line field."""
    room = width - 2 * PAD
    if pdf_bidi.needs_bidi(text):
        lines = pdf_bidi.visual_lines(text, fonts.REGULAR, SIZE, room)
    elif multiline:
        lines = [
            line
            for paragraph in text.replace("\r\n", "\n").split("\n")
            for line in pdf_bidi.wrap_logical(paragraph, fonts.REGULAR, SIZE, room)
        ]
    else:
        lines = [" ".join(text.split())]
    return lines if multiline else lines[:1]


def appearance(text: str, width: float, height: float, multiline: bool, font) -> StreamObject:
    """A field's look with `text` in it (the form font, background and border as the
    empty field has them): what every reader shows before anyone clicks into it."""
    shown = int(max(1, (height - 2 * PAD) // LEADING)) if multiline else 1
    lines = lines_of(text, width, multiline)[:shown]
    top = height - PAD - SIZE if multiline else (height - SIZE) / 2 + 2
    body = [
        "0.95 0.97 1 rg",
        f"0 0 {width:.2f} {height:.2f} re f",
        "0.835 0.859 0.882 RG 0.6 w",
        f"0.3 0.3 {width - 0.6:.2f} {height - 0.6:.2f} re S",
        "/Tx BMC q",
        f"1 1 {width - 2:.2f} {height - 2:.2f} re W n",
        f"BT {NAME} {SIZE:g} Tf 0.122 0.161 0.2 rg {LEADING:g} TL {PAD:g} {top:.2f} Td",
        *(f"<{_hex(line)}> Tj T*" for line in lines),
        "ET Q EMC",
    ]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(body).encode("ascii"))
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(width), FloatObject(height)]
            ),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject(NAME): font})}
            ),
        }
    )
    return stream
