"""The PDF as a document: contents and bookmarks, furniture, watermark, approval, paper, links."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import re
import unicodedata
from types import MappingProxyType

import pypdf
import pytest

from cxcharter.catalog import load_catalog
from cxcharter.domain.entities import KINDS, Row
from cxcharter.domain.model import Answer, CharterSnapshot, Person
from cxcharter.export.pdf import export_pdf
from cxcharter.export.pdf_doc import PdfDecision, PdfGovernance, PdfRevision
from cxcharter.export.pdf_labels import format_number

CREATED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
FINGERPRINT = "3f2a1b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708"
PEOPLE = (
    Person(1, "Anna Weber", role="Head of Service"),
    Person(2, "Jörg Maier", role="COO"),
    Person(3, "Li Wei"),
)


def row(kind: str, row_id: int, **data) -> Row:
    return Row(kind, row_id, MappingProxyType({**KINDS[kind].defaults(), **data}), row_id)


def charter(
    language: str = "en",
    *,
    initiatives: int = 3,
    extra: dict | None = None,
    answers: dict[str, str] | None = None,
) -> CharterSnapshot:
    rows = {
        "goal": [
            row(
                "goal",
                1,
                objective="Raise NPS",
                metric="nps",
                baseline=1234.5,
                target=2000.0,
                owner=1,
                primary=True,
                due="2027-12-31",
            ),
            row(
                "goal",
                2,
                objective="Faster answers",
                metric="nps",
                baseline=10.0,
                target=20.0,
                owner=2,
                due="2027-06-30",
            ),
        ],
        "reading": [row("reading", 1, goal=1, date="2027-01-31", value=1500.0)],
        "initiative": [
            row(
                "initiative",
                i,
                title=f"Initiative{i:04d}",
                impact=4.0 + i % 5,
                effort=2.0 + i % 3,
                status="planned",
                quarter="2027-Q1",
                owner=3,
            )
            for i in range(1, initiatives + 1)
        ],
        "stakeholder": [row("stakeholder", 1, name="Works council", interest=4, influence=5)],
        "approver": [
            row("approver", 1, person=1, required=True),
            row("approver", 2, person=2, required=False),
        ],
        **(extra or {}),
    }
    text = {
        "front.title": "Service Charter 2027",
        "front.organisation": "Nordwind GmbH",
        "vision.statement": "Every customer feels heard.",
        **(answers or {}),
    }
    people = {"front.charter_owner": 1, "front.executive_sponsor": 2}
    all_answers = {k: Answer(k, v, owner=3, status="draft") for k, v in text.items()}
    all_answers |= {k: Answer(k, person=v, status="ready") for k, v in people.items()}
    return CharterSnapshot(
        "c",
        language,
        CREATED.isoformat(),
        PEOPLE,
        MappingProxyType(all_answers),
        MappingProxyType({k: tuple(v) for k, v in rows.items()}),
    )


def export(tmp_path, snap: CharterSnapshot, name: str = "c.pdf", **kwargs) -> pypdf.PdfReader:
    out = tmp_path / name
    language = kwargs.get("language") or snap.language
    export_pdf(snap, load_catalog(language), out, created=CREATED, **kwargs)
    return pypdf.PdfReader(io.BytesIO(out.read_bytes()))


def page_texts(reader: pypdf.PdfReader) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


def lines(page) -> list[str]:
    """The page's text as lines, top to bottom, left to right (whatever the stream order)."""
    pieces: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            pieces.append((round(tm[5] * cm[3] + cm[5]), tm[4] * cm[0] + cm[4], text.strip()))

    page.extract_text(visitor_text=visit)
    rows: dict[float, list[tuple[float, str]]] = {}
    for y, x, text in pieces:
        rows.setdefault(y, []).append((x, text))
    return [" ".join(t for _, t in sorted(rows[y])) for y in sorted(rows, reverse=True)]


def outline(reader: pypdf.PdfReader, items=None, level: int = 0) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) of every bookmark, in order."""
    out = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            out += outline(reader, item, level + 1)
        else:
            out.append((level, item.title, reader.get_destination_page_number(item) + 1))
    return out


REVIEW = PdfGovernance(
    revision=2,
    status="in_review",
    fingerprint=FINGERPRINT,
    decisions=[
        PdfDecision(1, "approved", "2026-11-20", "Fine by me <b>&</b>"),
        PdfDecision(None, "changes_requested", "2026-11-21", "Budget?", name="Ext Auditor"),
    ],
    revisions=[
        PdfRevision(1, "approved", "2026-10-01", "ab" * 32, "First version"),
        PdfRevision(2, "in_review", "2026-11-19", FINGERPRINT),
    ],
    changes_since_approved=["NPS target raised from 25 to 30"],
)


# --- contents, bookmarks, metadata ------------------------------------------------------


def test_contents_numbers_match_bookmarks_and_the_pages_they_name(tmp_path):
    reader = export(tmp_path, charter())
    texts = page_texts(reader)
    marks = outline(reader)
    top = [(title, page) for level, title, page in marks if level == 0]
    catalog = load_catalog("en")
    titles = [t for t, _ in top]
    assert titles[:3] == ["Service Charter 2027", "Decision brief", "Contents"]
    assert titles[3 : 3 + len(catalog.sections)] == [
        f"{n}  {s.title}" for n, s in enumerate(catalog.sections, 1)
    ]
    assert titles[-2:] == ["Approval", "Appendix: open items"]
    at = dict(top)["Contents"] - 1  # after the decision brief
    contents = [re.sub(r"\.{3,}", "", line) for line in lines(reader.pages[at])]
    assert "Contents" in contents
    for title, page in [entry for entry in top[1:] if entry[0] != "Contents"]:
        name = title.split("  ", 1)[-1]
        number = title.split("  ", 1)[0] + " " if "  " in title else ""
        assert f"{number}{name} {page}" in [" ".join(c.split()) for c in contents], name
        assert name in texts[page - 1]  # the page the entry names starts that part
    questions = [title for level, title, _ in marks if level == 1]
    assert len(questions) == len(catalog.questions)  # every question is a bookmark
    links = [a.get_object() for a in reader.pages[at].get("/Annots", [])]
    assert len([a for a in links if a["/Subtype"] == "/Link"]) == len(top) - 2


def test_metadata_names_title_author_subject_and_language(tmp_path):
    reader = export(tmp_path, charter("de"))
    meta = reader.metadata
    assert meta.title == "Service Charter 2027" and meta.author == "Anna Weber"
    assert "Nordwind GmbH" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


# --- furniture and watermark ------------------------------------------------------------


def test_every_page_after_the_cover_has_header_and_footer(tmp_path):
    reader = export(tmp_path, charter(), governance=REVIEW)
    texts, total = page_texts(reader), len(reader.pages)
    for number, text in enumerate(texts[1:], 2):
        assert f"Page {number} of {total}" in text
        assert "Service Charter 2027" in text and "Rev. 2 · In review · 3f2a1b4c5d6e" in text
    assert "Page 1 of" not in texts[0] and "Rev. 2 · In review" in texts[0]
    assert "3f2a1b4c 5d6e7f80 91a2b3c4" in texts[0]  # the full fingerprint on the cover


@pytest.mark.parametrize(
    ("language", "status", "mark"),
    [
        ("en", "draft", "DRAFT"),
        ("de", "draft", "ENTWURF"),
        ("en", "in_review", "IN REVIEW"),
        ("de", "in_review", "IN PRÜFUNG"),
    ],
)
def test_watermark_on_every_page_until_approved(tmp_path, language, status, mark):
    reader = export(tmp_path, charter(language), governance=PdfGovernance(status=status))
    assert all(mark in text for text in page_texts(reader))


def test_approved_pages_carry_no_watermark_and_no_open_items(tmp_path):
    gov = PdfGovernance(
        revision=1,
        status="approved",
        fingerprint=FINGERPRINT,
        decisions=[PdfDecision(1, "approved", "2026-11-22")],
    )
    texts = page_texts(export(tmp_path, charter(), governance=gov))
    assert not any(word in text for text in texts for word in ("DRAFT", "IN REVIEW"))
    assert not any("Appendix: open items" in text for text in texts)
    assert "Approved revision 1." in texts[0]


# --- summary, approval, appendix ----------------------------------------------------------


def test_decision_brief_follows_the_cover_with_vision_kpis_priorities_and_decision(tmp_path):
    reader = export(
        tmp_path,
        charter(
            answers={"priorities.resources": "Budget 2027: 830,000 euros; two people in IT."},
            extra={
                "decision": [
                    row("decision", 1, request="Open WhatsApp", owner=2, follow_up="2027-02-01"),
                    row("decision", 2, request="Survey timing", decision="Go"),
                ],
                "initiative": [
                    row(
                        "initiative",
                        1,
                        title="Callback",
                        description="Customers are called back instead of waiting.",
                        impact=9.0,
                        effort=2.0,
                        pinned_rank=1,
                        pin_reason="Promised to the works council",
                    )
                ],
                "initiative_goal": [row("initiative_goal", 1, initiative=1, goal=2)],
            },
        ),
        governance=REVIEW,
    )
    texts = page_texts(reader)
    contents = next(n for n, t in enumerate(texts) if t.startswith("Contents"))
    brief = " ".join(texts[1:contents])
    assert brief.startswith("Decision brief") and contents <= 3  # at most two pages
    assert "Every customer feels heard." in brief
    for goal in (
        "Raise NPS Net Promoter Score (NPS) 1,234.5 → 2,000 31 Dec 2027 Anna Weber",
        "Faster answers Net Promoter Score (NPS) 10 → 20 30 Jun 2027 Jörg Maier",
    ):
        assert goal in brief  # every goal: metric, baseline → target, due, owner
    assert "Budget 2027: 830,000 euros; two people in IT." in brief
    assert "Callback Customers are called back instead of waiting." in brief
    assert "Quick win" in brief and "Promised to the works council" in brief
    assert brief.index("Callback") < brief.index("Faster answers", brief.index("Callback"))
    assert "Approve revision 2 of this charter (1 of 1 required approval recorded)" in brief
    assert "Open request: Open WhatsApp (Jörg Maier, follow-up 1 February 2027)" in brief
    assert "Survey timing" not in brief  # decided: not for the reader's decision
    assert "Status: In review · Revision 2" in brief


def test_approval_page_lists_decisions_signature_lines_history_and_changes(tmp_path):
    texts = page_texts(export(tmp_path, charter(), governance=REVIEW))
    start = next(i for i, t in enumerate(texts) if t.startswith("Approval"))
    approval = " ".join(texts[start : start + 3])
    for expected in [
        "Anna Weber — Head of Service",
        "Required",
        "Approved",
        "20 Nov 2026",
        "Fine by me <b>&</b>",
        "Jörg Maier — COO",
        "Optional",
        "Ext Auditor",
        "Changes requested",
        "Budget?",
        "Signature · Place, date",
        "Revision history",
        "First version",
        "abababab",
        "Changes since the last approved revision",
        "NPS target raised from 25 to 30",
        "3f2a1b4c 5d6e7f80",
    ]:
        assert expected in approval, expected
    assert approval.count("Signature · Place, date") == 3  # two approvers and the outsider


def test_draft_appendix_lists_open_questions_with_owners(tmp_path):
    texts = page_texts(export(tmp_path, charter()))
    start = next(i for i, t in enumerate(texts) if t.startswith("Appendix: open items"))
    appendix = " ".join(texts[start:])
    catalog = load_catalog("en")
    assert "Open questions" in appendix and "Li Wei" in appendix
    assert " ".join(catalog.questions[-1].question.split())[:40] in appendix
    # readiness findings of domain/readiness.py, worded, blockers first
    assert "Readiness check Severity Section Finding Blocker" in appendix
    assert "Nobody owns a question of this section" in appendix


def test_charts_are_drawn_with_their_titles(tmp_path):
    text = " ".join(page_texts(export(tmp_path, charter())))
    for title in (
        "Progress towards the goals",
        "Impact / effort matrix",
        "Stakeholders by interest and influence",
        "Works council",
        "Quick wins",
    ):
        assert title in text, title
    # 1,500 is 35 % of the way from 1,234.5 to 2,000: in the chart and in the goals table
    assert text.count("35 %") == 2 and "Progress" in text and "31 Dec 2027" in text
    assert "Scoring method: Impact / effort. Each initiative scores its impact divided" in text


# --- language and paper ----------------------------------------------------------------


def test_german_labels_numbers_and_dates(tmp_path):
    texts = page_texts(export(tmp_path, charter("de")))
    text = " ".join(texts)
    for expected in [
        "Inhalt",
        "Entscheidungsvorlage",
        "Freigabe",
        "Anhang: offene Punkte",
        "1.234,5 → 2.000 31.12.2027",
        "23.11.2026",
        "Seite 2 von",
        "Unterschrift · Ort, Datum",
        "ENTWURF",
    ]:
        assert expected in text, expected
    assert "1,234.5" not in text and "Page 2 of" not in text


def test_language_override_rewords_an_english_charter_in_german(tmp_path):
    text = " ".join(page_texts(export(tmp_path, charter("en"), language="de")))
    assert "Inhalt" in text and "31.12.2027" in text and "Contents" not in text


def test_format_number_by_language():
    assert format_number("de", 1234567.25, 2) == "1.234.567,25"
    assert format_number("en", 1234567.25, 2) == "1,234,567.25"
    assert format_number("de", -3.5) == "−3,5" and format_number("en", 12.0) == "12"
    assert format_number("en", None) == ""


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_size(tmp_path, paper, size):
    reader = export(tmp_path, charter(), paper=paper)
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_unknown_paper_or_language_is_refused(tmp_path):
    with pytest.raises(ValueError, match="paper"):
        export(tmp_path, charter(), paper="a3")
    with pytest.raises(ValueError, match="language"):
        export(tmp_path, charter(), language="fr")
    assert list(tmp_path.iterdir()) == []


# --- links and hostile text -------------------------------------------------------------


def link_targets(reader: pypdf.PdfReader) -> list[str]:
    out = []
    for page in reader.pages:
        for annot in page.get("/Annots", []) or []:
            action = annot.get_object().get("/A")
            if action is not None:
                action = action.get_object()
                assert action["/S"] == "/URI", action  # never /JavaScript, /Launch …
                out.append(str(action["/URI"]))
    return out


def test_only_web_and_mail_links_become_clickable(tmp_path):
    hostile = (
        "See https://example.com/a?b=1&c=2. Mail mailto:cx@example.com, or "
        "javascript:alert(1) and file:///etc/passwd and <b>&</b> <a href='x'>y</a>"
    )
    reader = export(tmp_path, charter(answers={"vision.why_now": hostile}))
    assert sorted(link_targets(reader)) == [
        "https://example.com/a?b=1&c=2",
        "mailto:cx@example.com",
    ]
    text = " ".join(page_texts(reader))
    assert "javascript:alert(1)" in text and "file:///etc/passwd" in text
    assert "<b>&</b> <a href='x'>y</a>" in text


# --- size ---------------------------------------------------------------------------------


def test_thousand_row_table_repeats_its_header_on_every_page(tmp_path):
    reader = export(tmp_path, charter(initiatives=1000))
    texts = page_texts(reader)
    pages = [t for t in texts if re.search(r"Initiative0\d{3} [\d.]+ Planned", t)]
    assert len(pages) >= 10
    assert all("# Initiative Score Status Quarter Owner" in t for t in pages)
    found = {int(n) for t in pages for n in re.findall(r"Initiative(\d{4}) [\d.]+ Planned", t)}
    assert found == set(range(1, 1001))


def test_long_word_in_a_table_cell_wraps_and_stays_on_the_page(tmp_path):
    word = "Ж" * 6000
    extra = {"stakeholder": [row("stakeholder", 1, name="Long", needs=word)]}
    reader = export(tmp_path, charter(extra=extra))
    text = "".join(t.replace(" ", "") for t in page_texts(reader))
    assert text.count("Ж") == 1500 + 6000  # the cell's preview, then all of it in a note
    width = float(reader.pages[0].mediabox.width)
    right = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            right.append(tm[4] * cm[0] + cm[4])

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert max(right) < width - 25 * 72 / 25.4 + 1  # no line starts past the right margin


def test_approver_outside_the_people_list_and_empty_charter_do_not_crash(tmp_path):
    snap = dataclasses.replace(charter(), people=())
    text = " ".join(page_texts(export(tmp_path, snap, governance=REVIEW)))
    assert "Approval" in text and "Ext Auditor" in text


# --- right-to-left ------------------------------------------------------------------------


def test_right_to_left_lines_are_shaped_and_in_visual_order():
    from cxcharter.export import fonts
    from cxcharter.export.pdf_bidi import visual_lines

    fonts.register()
    assert visual_lines("שלום abc 12", fonts.REGULAR, 10, 500) == ["abc 12 םולש"]
    arabic = visual_lines("مرحبا", fonts.REGULAR, 10, 500)[0]
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in arabic)  # joined contextual forms
    assert unicodedata.normalize("NFKC", arabic) == "مرحبا"[::-1]
    narrow = visual_lines("אחת שתיים שלוש ארבע חמש", fonts.REGULAR, 10, 60)
    assert len(narrow) > 1 and narrow[0] == "םייתש תחא"  # wrapped first, then reordered
    assert visual_lines("abc", fonts.REGULAR, 10, 500) == ["abc"]


def test_right_to_left_paragraph_reads_right_and_keeps_its_words(tmp_path):
    hebrew, arabic = "שלום עולם", "مرحبا بالعالم"
    reader = export(
        tmp_path,
        charter(
            answers={"vision.why_now": f"{hebrew}\n{arabic}", "vision.scope": "Left to right."}
        ),
    )
    text = unicodedata.normalize("NFKC", " ".join(page_texts(reader)))
    assert hebrew in text and arabic in text
    starts = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            starts.setdefault(text.strip(), tm[4] * cm[0] + cm[4])

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    left_margin = 25 * 72 / 25.4
    rtl = [x for t, x in starts.items() if "ש" in t or "\ufee3" in t or "م" in t]
    assert rtl and min(rtl) > left_margin + 200  # right-aligned: short lines start far right
    assert any(abs(x - left_margin) < 1 for t, x in starts.items() if t.startswith("Left to"))


def test_right_to_left_bullets_sit_at_the_right_and_links_stay_clickable(tmp_path):
    hebrew = "שלום עולם רב"
    answer = f"- {hebrew}\n- Left item\nראו https://example.org/he?x=1 לפרטים"
    reader = export(tmp_path, charter(answers={"vision.why_now": answer}))
    assert "https://example.org/he?x=1" in link_targets(reader)
    drawn: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            drawn.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page = next(
        p
        for p in reader.pages
        if "םלוע" in (p.extract_text() or "")
        or hebrew in unicodedata.normalize("NFKC", p.extract_text() or "")
    )
    page.extract_text(visitor_text=visit)
    right_margin = page.mediabox.width - 25 * 72 / 25.4
    line = next((x, y) for t, x, y in drawn if "םלוע" in t or "שלום" in t)
    left = next((x, y) for t, x, y in drawn if t.startswith("Left item"))
    bullets = [(x, y) for t, x, y in drawn if t.startswith("•")]
    rtl_bullet = next(x for x, y in bullets if abs(y - line[1]) < 2)
    ltr_bullet = next(x for x, y in bullets if abs(y - left[1]) < 2)
    assert rtl_bullet > line[0] and right_margin - 12 < rtl_bullet < right_margin
    assert ltr_bullet < left[0]


# --- fallback face ------------------------------------------------------------------------


def test_chinese_japanese_korean_print_in_the_fallback_face_the_rest_as_boxes(tmp_path):
    from cxcharter.export import fonts_fallback

    if fonts_fallback.path() is None:
        if os.environ.get("CI"):
            pytest.fail("fonts-wqy-microhei is missing on CI")
        pytest.skip("no CJK fallback font installed (Debian: fonts-wqy-microhei)")
    hangul = "한국" if ord("한") in fonts_fallback.coverage() else "□□"  # Droid has none
    text = "顧客体験：最初の連絡で解決を。中文测试 Korean 한국 emoji 🚀 end"
    reader = export(tmp_path, charter(answers={"vision.why_now": text}))
    printed = " ".join(page_texts(reader))
    assert f"顧客体験：最初の連絡で解決を。中文测试 Korean {hangul} emoji □ end" in printed
    faces = {
        str(f.get_object()["/BaseFont"]).split("+")[-1].split("-")[0]
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert faces == {"DejaVuSans", "WenQuanYiMicroHei"} or faces == {
        "DejaVuSans",
        "DroidSansFallback",
    }


def test_cjk_prints_in_the_running_header_contents_charts_and_raci_names(tmp_path):
    """Text drawn straight on the canvas (header, footer, contents, chart labels, upright
    RACI names) uses the fallback face too, not just paragraphs."""
    from cxcharter.export import fonts_fallback

    if fonts_fallback.path() is None:
        if os.environ.get("CI"):
            pytest.fail("fonts-wqy-microhei is missing on CI")
        pytest.skip("no CJK fallback font installed (Debian: fonts-wqy-microhei)")
    title, person, group = "顧客体験憲章", "王小明", "工会代表"
    extra = {
        "stakeholder": [row("stakeholder", 1, name=group, interest=4, influence=5)],
        "initiative": [row("initiative", 1, title="自助服务", impact=4.0, effort=2.0, owner=1)],
        "activity": [row("activity", 1, name="年度评审")],
        "raci": [row("raci", 1, activity=1, person=4, role="A")],
    }
    snap = charter(extra=extra, answers={"front.title": title})
    snap = dataclasses.replace(snap, people=(*PEOPLE, Person(4, person)))
    reader = export(tmp_path, snap)
    texts = page_texts(reader)
    assert "□" not in " ".join(texts)
    content = [t for t in texts[2:] if t]
    assert all(title in t for t in content), "the running header names the charter"
    drawn: list[tuple[str, str]] = []  # (text, face) of every piece drawn on the canvas

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            drawn.append((text.strip(), str(font.get("/BaseFont", ""))))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    fallback = [t for t, face in drawn if "WenQuanYi" in face or "Droid" in face]
    for word in (title, person, group, "自助服务"):
        assert any(word in t for t in fallback), f"{word} not drawn in the fallback face"


def test_long_unbroken_text_in_every_field_lays_out(tmp_path):
    """Names, titles, cells, decisions and revisions all hold an 800-letter word."""
    word = "Ж" * 800
    people = (Person(1, word, role=word, department=word), Person(2, "<b>&</b> " + word))
    extra = {
        "goal": [
            row(
                "goal",
                1,
                objective=word,
                metric="nps",
                baseline=1.0,
                target=2.0,
                owner=1,
                primary=True,
                due="2027-01-01",
            )
        ],
        "initiative": [row("initiative", 1, title=word, impact=5.0, effort=5.0, owner=1)],
        "stakeholder": [row("stakeholder", 1, name=word, needs=word, interest=5, influence=5)],
        "activity": [row("activity", 1, name=word)],
        "raci": [row("raci", 1, activity=1, person=1, role="A")],
        "decision": [row("decision", 1, request=word, decision=word)],
    }
    snap = dataclasses.replace(
        charter(extra=extra, answers={"front.title": word, "front.organisation": word}),
        people=people,
    )
    gov = PdfGovernance(
        2,
        "in_review",
        FINGERPRINT,
        [
            PdfDecision(1, "approved", "2026-11-01", word),
            PdfDecision(None, "pending", None, word, name=word),
        ],
        [PdfRevision(1, "approved", "2026-01-01", FINGERPRINT, word)],
        [word],
    )
    reader = export(tmp_path, snap, governance=gov)
    text = "".join(" ".join(page_texts(reader)).split())
    assert text.count("Ж" * 800) >= 10  # each printed whole somewhere, wrapped
    assert "<b>&</b>" in text.replace("Ж", "")
