"""PDF export: content in both languages, hostile text, fonts, determinism, atomic write."""

from __future__ import annotations

import datetime
import errno
import io
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from types import MappingProxyType

import pypdf
import pytest
from reportlab import rl_config

from cxcharter.assets import resource
from cxcharter.catalog import Catalog, Question, Section, load_catalog
from cxcharter.domain.model import Answer, CharterSnapshot, Person
from cxcharter.export import fonts, pdf, pdf_text
from cxcharter.export.pdf import ExportCancelled, ExportError, export_pdf
from cxcharter.export.pdf_labels import format_date, format_iso_date

CREATED = datetime.datetime(2026, 11, 23, 9, 30, tzinfo=datetime.UTC)
PEOPLE = (
    Person(1, "Anna Berger", "anna.berger@example.com", "Kundenservice", "Leiterin Kundenservice"),
    Person(2, "Jörg Müller", "joerg.mueller@example.com", "Geschäftsleitung", "COO"),
    Person(3, "Sophie Laurent", "sophie@example.com", "Marketing", "Head of Brand"),
    Person(4, "Li Wei", "li.wei@example.com", "IT", "Data Analyst"),
)
ANSWERS = {
    "en": {
        "front.title": ("CX Charter 2027 — Service Excellence", None, 1, "ready", None),
        "front.organisation": (
            "Stadtwerke Musterstadt GmbH, Customer Service",
            None,
            1,
            "ready",
            None,
        ),
        "front.charter_owner": ("", 1, 1, "ready", None),
        "front.executive_sponsor": ("", 2, 1, "draft", "2026-12-01"),
        "front.effective_date": ("2027-01-01", None, None, "draft", None),
        "front.summary": (
            "We make it easy for customers to get help the first time.\n\n"
            "- One contact, one answer\n- No customer repeats their story",
            None,
            3,
            "draft",
            "2026-11-30",
        ),
        "vision.statement": (
            "Every customer feels heard, helped and respected.",
            None,
            3,
            "ready",
            "2026-12-15",
        ),
        "goals.objectives": (
            "Raise NPS from 12 to 30 by December 2027.\n"
            "Cut average time to resolution from 46 to 24 hours.",
            None,
            4,
            "draft",
            None,
        ),
    },
    "de": {
        "front.title": ("Kundenerlebnis-Charta 2027", None, 1, "ready", None),
        "front.organisation": (
            "Stadtwerke Musterstadt GmbH – Kundenservice",
            None,
            1,
            "ready",
            None,
        ),
        "front.charter_owner": ("", 1, 1, "ready", None),
        "front.executive_sponsor": ("", 2, 1, "draft", "2026-12-01"),
        "front.effective_date": ("2027-01-01", None, None, "draft", None),
        "front.summary": (
            "Wir machen es Kundinnen und Kunden leicht, beim ersten Mal Hilfe "
            "zu bekommen.\n\n- Ein Kontakt, eine Antwort\n- Niemand muss sein "
            "Anliegen zweimal schildern",
            None,
            3,
            "draft",
            "2026-11-30",
        ),
        "vision.statement": (
            "Jede Kundin und jeder Kunde fühlt sich gehört, unterstützt und respektiert.",
            None,
            3,
            "ready",
            "2026-12-15",
        ),
        "goals.objectives": (
            "NPS von 12 auf 30 bis Dezember 2027 steigern.\n"
            "Durchschnittliche Lösungszeit von 46 auf 24 Stunden senken.",
            None,
            4,
            "draft",
            None,
        ),
    },
}
SAMPLE = {
    "en": "Every customer feels heard, helped and respected.",
    "de": "Jede Kundin und jeder Kunde fühlt sich gehört, unterstützt und respektiert.",
}
HOSTILE = {
    "tag": "<b>&",
    "img": '<img src="/etc/passwd"/>',
    "att": "AT&T",
    "arabic": "مرحبا بالعالم",
    "hebrew": "שלום עולם",
    "greek": "Καλημέρα κόσμε",
    "cyrillic": "Привет, мир",
}


def snapshot(language: str, extra: dict[str, str] | None = None) -> CharterSnapshot:
    answers = {
        key: Answer(key, text, person=person, owner=owner, status=status, due=due)
        for key, (text, person, owner, status, due) in ANSWERS[language].items()
    }
    for key, text in (extra or {}).items():
        answers[key] = Answer(key, text, owner=4, status="draft")
    return CharterSnapshot("c-1", language, "2026-11-01", PEOPLE, MappingProxyType(answers))


def hand_catalog(language: str) -> Catalog:
    """Catalog objects built from catalog.json with made-up words in `language`."""
    with resource("catalog", "catalog.json").open(encoding="utf-8") as fh:
        structure = json.load(fh)
    word = {"en": "Section", "de": "Abschnitt"}[language]
    sections = []
    for n, sec in enumerate(structure["sections"], 1):
        questions = tuple(
            Question(q["key"], sec["key"], q["kind"], q["required"],
                     f"{word} {n}: {q['key']}?", "guidance", "example")
            for q in sec["questions"]
        )  # fmt: skip
        sections.append(Section(sec["key"], f"{word} {n} {sec['key'].title()}",
                                f"Question of {sec['key']}?", "intro", questions))  # fmt: skip
    return Catalog(language, tuple(sections))


def bundled_catalog(language: str) -> Catalog:
    if not resource("catalog", f"text.{language}.json").exists():
        pytest.skip("the bundled catalog text is not written yet")
    return load_catalog(language)


CATALOGS = {"hand": hand_catalog, "bundled": bundled_catalog}


def export_bytes(tmp_path, snap, catalog, name="out.pdf", **kwargs) -> bytes:
    out = tmp_path / name
    export_pdf(snap, catalog, out, created=CREATED, **kwargs)
    return out.read_bytes()


def text_of(data: bytes, pages: range | None = None) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    chosen = reader.pages if pages is None else [reader.pages[i] for i in pages]
    return " ".join(" ".join((page.extract_text() or "").split()) for page in chosen)


def squeeze(text: str) -> str:
    return " ".join(text.split())


def need_pdftoppm() -> str:
    tool = shutil.which("pdftoppm")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm is missing on CI (install poppler-utils)")
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    return tool


def render_gray(path, page: int, dpi: int = 50) -> tuple[int, int, bytes]:
    """One page as 8-bit grey pixels, via pdftoppm's PGM output."""
    out = subprocess.run(
        [need_pdftoppm(), "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path)],
        check=True, capture_output=True,
    ).stdout  # fmt: skip
    magic, width, height, maxval, pixels = out.split(maxsplit=4)
    assert magic == b"P5" and maxval == b"255"
    return int(width), int(height), pixels[: int(width) * int(height)]


def dark_columns(width: int, height: int, pixels: bytes, skip_top: int = 0) -> set[int]:
    """Columns holding a dark pixel, ignoring the top `skip_top` rows."""
    return {i % width for i, value in enumerate(pixels) if value < 128 and i >= skip_top * width}


# --- content ----------------------------------------------------------------------------


@pytest.mark.parametrize("source", CATALOGS)
@pytest.mark.parametrize("language", ["en", "de"])
def test_pdf_holds_title_sections_answers_and_people(tmp_path, language, source):
    catalog = CATALOGS[source](language)
    text = text_of(export_bytes(tmp_path, snapshot(language), catalog))
    expected = {
        "en": [
            "CX Charter 2027 — Service Excellence",
            "Anna Berger",
            "Jörg Müller — COO",
            "23 November 2026",
            "1 January 2027",
            "Ready for review",
            "Not started",
            "Owner: Sophie Laurent",
            "Due: 15 December 2026",
            "not answered",
            "Page 2 of",
            "Draft",
            "Stadtwerke Musterstadt GmbH, Customer Service",
            "One contact",
        ],
        "de": [
            "Kundenerlebnis-Charta 2027",
            "Anna Berger",
            "Jörg Müller — COO",
            "23.11.2026",
            "01.01.2027",
            "Bereit zur Prüfung",
            "Nicht begonnen",
            "Verantwortlich: Sophie",
            "Fällig: 15.12.2026",
            "nicht beantwortet",
            "Seite 2 von",
            "Entwurf",
            "Stadtwerke Musterstadt GmbH – Kundenservice",
            "Ein Kontakt, eine Antwort",
        ],
    }[language]
    expected += [SAMPLE[language], *(squeeze(s.title) for s in catalog.sections)]
    expected += [squeeze(q.question) for q in catalog.questions]
    missing = [item for item in expected if item not in text]
    assert not missing, missing
    other = "en" if language == "de" else "de"
    assert SAMPLE[other] not in text


def test_untitled_charter_gets_a_placeholder(tmp_path):
    empty = CharterSnapshot("c-2", "de", "2026-11-01")
    text = text_of(export_bytes(tmp_path, empty, hand_catalog("de")))
    assert "Unbenannte Charta" in text and "nicht beantwortet" in text and "—" in text


def test_page_footer_counts_all_pages(tmp_path):
    data = export_bytes(tmp_path, snapshot("en"), hand_catalog("en"))
    reader = pypdf.PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    assert total >= 1 + len(hand_catalog("en").sections)
    assert f"Page {total} of {total}" in text_of(data, range(total - 1, total))
    assert "Page" not in text_of(data, range(1))  # the cover carries no footer


def test_dates_use_four_digit_years():
    day = datetime.date(2026, 11, 3)
    assert format_date("de", day) == "03.11.2026"
    assert format_date("en", day) == "3 November 2026"
    assert format_iso_date("de", "2027-01-31") == "31.01.2027"
    assert format_iso_date("en", "soon") == "soon"
    assert format_iso_date("en", None) == ""


# --- hostile text ---------------------------------------------------------------------


def hostile_snapshot(long_word: str) -> CharterSnapshot:
    return snapshot("en", {
        "vision.scope": "\n".join(HOSTILE.values()),
        "vision.why_now": "Launch 🚀 today 👍🏽 ok ✓",
        "goals.metrics": f"before {long_word} after",
        "front.summary": "x < y && a > b\r\nline\x00two\x07",
    })  # fmt: skip


def test_hostile_text_prints_literally(tmp_path):
    data = export_bytes(tmp_path, hostile_snapshot("Ж" * 6000), hand_catalog("en"))
    text = text_of(data)
    for name, value in HOSTILE.items():
        if name in ("arabic", "hebrew"):  # drawn shaped, in visual order; pypdf reorders
            assert value in unicodedata.normalize("NFKC", text), name
        else:
            assert value in text, name
    assert "AT&T;" not in text
    assert "x < y && a > b" in text
    assert "🚀" not in text and "Launch □ today □ ok ✓" in text  # replaced, not dropped
    assert text.count("Ж") == 6000 and "Ж" * 30 in text  # broken over lines, nothing lost
    assert "root:" not in text


def test_no_local_file_or_image_is_embedded(tmp_path):
    data = export_bytes(tmp_path, hostile_snapshot("W" * 50), hand_catalog("en"))
    assert b"root:" not in data and b"/Subtype /Image" not in data
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        assert "/XObject" not in (page.get("/Resources") or {})


def test_long_word_stays_inside_the_right_margin(tmp_path):
    snap = hostile_snapshot("Ж" * 6000)
    out = tmp_path / "long.pdf"
    export_pdf(snap, hand_catalog("en"), out, created=CREATED)
    reader = pypdf.PdfReader(out)
    pages = [i + 1 for i, p in enumerate(reader.pages) if "ЖЖЖЖЖЖЖЖЖЖ" in p.extract_text()]
    assert len(pages) >= 2
    for number in (1, *pages):
        width, height, pixels = render_gray(out, number)
        columns = dark_columns(width, height, pixels, skip_top=height * 12 // 297)  # cover band
        assert len(columns) > width // 4, f"page {number} looks blank"
        margin = width * (210 - 25 + 2) // 210  # A4 is 210 mm wide, right margin 25 mm
        assert max(columns) < margin, f"ink in the right margin on page {number}"


@pytest.mark.slow
def test_one_megabyte_answer_flows_over_many_pages(tmp_path):
    line = "The quick brown fox jumps over the lazy dog near the river bank. " * 30
    huge = "START-OF-HUGE " + "\n".join([line] * 520) + " END-OF-HUGE"
    one_line = "ALONE " + "lorem ipsum " * 20000 + " FINIS"  # 240 kB without a newline
    assert len(huge) > 1_000_000
    snap = snapshot("en", {"ways.meetings": huge, "ways.decisions": one_line})
    out = tmp_path / "huge.pdf"
    export_pdf(snap, hand_catalog("en"), out, created=CREATED)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) > 200
    data = out.read_bytes()
    assert "START-OF-HUGE" in text_of(data, range(30))
    tail = text_of(data, range(len(reader.pages) - 80, len(reader.pages)))
    assert "END-OF-HUGE" in tail and "FINIS" in tail
    width, height, pixels = render_gray(out, len(reader.pages) // 2)
    assert max(dark_columns(width, height, pixels)) < width * 187 // 210


def test_printable_replaces_what_the_face_lacks():
    fonts.register()
    assert fonts.printable("ä ß Ω Ж ש") == "ä ß Ω Ж ש"
    assert fonts.printable("a🚀b") == "a□b"
    assert fonts.printable("ok👍🏽") == "ok□"  # one box for the emoji; skin tone dropped
    assert fonts.printable("م", fonts.ITALIC) == "□"  # the oblique face has no Arabic
    assert fonts.printable("a\x00b\tc\r\nd") == "a□b    c\nd"
    assert fonts.markup('<img src="x"/> & \n') == '&lt;img src="x"/&gt; &amp; <br/>'


def _cell_lines(text: str, language: str, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cxcharter.export.pdf_styles import styles

    fonts.register()
    style = styles(language)["cell"]
    para = pdf_text.paragraph(text, style)
    para.wrap(width, 10_000)
    lines = [
        " ".join(map(str, line[1]))
        if isinstance(line, tuple)
        else "".join(w.text for w in line.words)
        for line in para.blPara.lines
    ]
    for line in lines:  # never past the column's edge
        assert stringWidth(line, fonts.REGULAR, style.fontSize) <= width + 0.01, lines
    return lines


def test_narrow_table_cells_hyphenate_german_compounds_at_syllables():
    import pyphen

    word = "Kundenzufriedenheitsbefragung"
    lines = _cell_lines(word, "de", 60)
    assert len(lines) > 1 and all(line.endswith("-") for line in lines[:-1])
    assert "".join(line.removesuffix("-") for line in lines) == word
    syllables = set(pyphen.Pyphen(lang="de_DE").positions(word))
    cuts = [len("".join(x.removesuffix("-") for x in lines[:n])) for n in range(1, len(lines))]
    assert set(cuts) <= syllables, (lines, syllables)
    # Words that fit a line of their own move to the next line whole.
    assert _cell_lines("Änderungen angefordert, Freigabe erteilt", "de", 50) == [
        "Änderungen",
        "angefordert,",
        "Freigabe",
        "erteilt",
    ]


def test_a_cell_split_over_two_pages_keeps_its_syllable_breaks():
    from cxcharter.export.pdf_styles import styles

    fonts.register()
    text = "Einseitiges CX-Dashboard und Briefing der Geschäftsführung"
    para = pdf_text.paragraph(text, styles("de")["cell"])
    para.wrap(44, 10_000)
    lines = []
    for part in para.split(44, 45):  # room for four lines on this page
        part.wrap(44, 10_000)
        lines += [" ".join(map(str, line[1])) for line in part.blPara.lines]
    assert lines[-3:] == ["der Ge-", "schäfts-", "führung"], lines
    # A long word that follows others moves to the next line and breaks there.
    assert _cell_lines("Gespräch mit beiden Betriebsräten", "de", 44)[-2:] == ["Betriebs-", "räten"]


def test_a_hyphenated_word_whose_rest_has_no_syllable_break_still_fits():
    """reportlab leaves such a tail past the margin; the cell is laid out again unhyphenated."""
    lines = _cell_lines("Kundenzufriedenheitsverbesserungsmaßnahmen werden", "en", 70)
    assert "".join(lines).replace("-", "").replace(" ", "") == (
        "Kundenzufriedenheitsverbesserungsmaßnahmenwerden"
    )


# --- fonts, metadata, determinism -------------------------------------------------------


def test_dejavu_is_embedded_and_the_only_font(tmp_path):
    data = export_bytes(tmp_path, snapshot("de"), hand_catalog("de"))
    seen = set()
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert seen == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def test_same_snapshot_gives_identical_bytes_and_metadata(tmp_path):
    first = export_bytes(tmp_path, snapshot("de"), hand_catalog("de"), "a.pdf")
    second = export_bytes(tmp_path, snapshot("de"), hand_catalog("de"), "b.pdf")
    assert first == second
    later = datetime.datetime(2026, 11, 24, 9, 30, tzinfo=datetime.UTC)
    export_pdf(snapshot("de"), hand_catalog("de"), tmp_path / "c.pdf", created=later)
    assert (tmp_path / "c.pdf").read_bytes() != first
    reader = pypdf.PdfReader(io.BytesIO(first))
    meta = reader.metadata
    assert meta.title == "Kundenerlebnis-Charta 2027"
    assert meta.author == "Anna Berger"
    assert "Stadtwerke Musterstadt" in meta.subject
    assert meta.creation_date.replace(tzinfo=datetime.UTC) == CREATED
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"


def test_trusted_hosts_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(rl_config, "trustedHosts", ["*"])
    with pytest.raises(ExportError, match="trustedHosts"):
        export_bytes(tmp_path, snapshot("en"), hand_catalog("en"))
    assert list(tmp_path.iterdir()) == []


# --- progress, cancel, atomic write -----------------------------------------------------


def test_progress_reports_every_chapter(tmp_path):
    calls = []
    export_bytes(tmp_path, snapshot("en"), hand_catalog("en"), progress=lambda *a: calls.append(a))
    total = len(hand_catalog("en").sections) + 1
    assert calls == [(done, total) for done in range(total + 1)]


@pytest.mark.parametrize("polls_before_cancel", [0, 3])
def test_cancel_leaves_nothing_behind(tmp_path, polls_before_cancel):
    polls = []

    def cancelled():
        polls.append(1)
        return len(polls) > polls_before_cancel

    with pytest.raises(ExportCancelled):
        export_bytes(tmp_path, snapshot("en"), hand_catalog("en"), cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_old_file_and_removes_the_temp_file(tmp_path, monkeypatch):
    out = tmp_path / "charter.pdf"
    out.write_bytes(b"the approved version")

    def broken(*args, **kwargs):
        raise RuntimeError("layout bug")

    monkeypatch.setattr(pdf, "_question", broken)
    with pytest.raises(RuntimeError, match="layout bug"):
        export_pdf(snapshot("en"), hand_catalog("en"), out, created=CREATED)
    assert out.read_bytes() == b"the approved version"
    assert [p.name for p in tmp_path.iterdir()] == ["charter.pdf"]


def test_disk_full_becomes_export_error(tmp_path, monkeypatch):
    out = tmp_path / "charter.pdf"
    out.write_bytes(b"old")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf.os, "fsync", full)
    with pytest.raises(ExportError, match="disk is full") as info:
        export_pdf(snapshot("en"), hand_catalog("en"), out, created=CREATED)
    assert str(out) in str(info.value) and info.value.code == errno.ENOSPC
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["charter.pdf"]


def test_missing_folder_becomes_export_error(tmp_path):
    out = tmp_path / "nowhere" / "charter.pdf"
    with pytest.raises(ExportError, match="folder does not exist"):
        export_pdf(snapshot("en"), hand_catalog("en"), out, created=CREATED)


def test_overwrite_keeps_permissions(tmp_path):
    out = tmp_path / "charter.pdf"
    out.write_bytes(b"old")
    out.chmod(0o640)
    export_pdf(snapshot("en"), hand_catalog("en"), out, created=CREATED)
    assert out.read_bytes().startswith(b"%PDF") and (out.stat().st_mode & 0o777) == 0o640


def test_export_package_is_lean_and_qt_free(tmp_path):
    """`import cxcharter.export` pulls in no reportlab; the PDF export pulls in no Qt and,
    of the store, only its one output writer (a leaf module: no SQLite)."""
    target = str(tmp_path / "a.pdf")
    code = (
        "import sys\n"
        "import cxcharter.export\n"
        "assert 'reportlab' not in sys.modules\n"
        "from cxcharter.export.pdf import export_pdf\n"
        "from cxcharter.domain.model import CharterSnapshot\n"
        "from cxcharter.catalog import Catalog\n"
        f"export_pdf(CharterSnapshot('x', 'en', ''), Catalog('en', ()), {target!r})\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')\n"
        "       or (m.startswith('cxcharter.store.') and m != 'cxcharter.store.outfile')\n"
        "       or m.startswith('cxcharter.ui') or m.startswith('sqlite_utils')\n"
        "       or m.split('.')[0] in ('pyhanko', 'pyhanko_certvalidator')]\n"
        "assert not bad, bad\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "", "DISPLAY": ""}
    subprocess.run([sys.executable, "-c", code], check=True, env=env,
                   cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))  # fmt: skip
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_long_german_words_do_not_squeeze_the_main_column():
    """The goals table in German: "Ausgangswert" and "Kundenzufriedenheit" would take
    the objective's room; they break once at a syllable instead, "Zielwert" stays whole."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cxcharter.export.pdf_styles import styles
    from cxcharter.export.pdf_tables import Bar, _fit_words

    fonts.register()
    header = ["Ziel", "Kennzahl", "Ausgangswert", "Zielwert", "Aktuell", "Fällig", "Zuständig"]
    rows = [
        [
            "Kunden empfehlen uns wegen unseres Service weiter (Hauptziel)",
            "Kundenzufriedenheit (CSAT)",
            "11.500",
            "9.200",
            Bar(0.3, "11.300 · 9 %"),
            "31.12.2027",
            "Niklas Schmidt",
        ]
    ]
    planned = [453.5 * x / 14.6 for x in (4.4, 2.4, 1.3, 1.1, 2.2, 1.5, 1.8)]
    fitted = _fit_words(planned, header, rows, styles("de"))
    assert sum(fitted) == pytest.approx(sum(planned))
    assert fitted[0] >= planned[0] * 0.75
    assert fitted[3] >= stringWidth("Zielwert", fonts.BOLD, 7.5) + 7
    unhyphenated = _fit_words(planned, header, rows, styles("xx"))  # no dictionary
    assert unhyphenated[0] < planned[0] * 0.6  # what it was before
