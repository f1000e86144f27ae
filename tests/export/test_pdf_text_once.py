"""A paragraph is broken into lines once per width, however often the page measures it."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from cxcharter.export import fonts
from cxcharter.export.pdf_styles import styles
from cxcharter.export.pdf_text import Para, paragraph


def _count_breaks(monkeypatch) -> list[float]:
    calls: list[float] = []
    original = Paragraph.breakLines

    def counting(self, widths):
        calls.append(widths[0])
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    return calls


def test_a_paragraph_is_broken_into_lines_once_per_width(monkeypatch):
    fonts.register()
    calls = _count_breaks(monkeypatch)
    p = paragraph("Customers are called back instead of waiting " * 8, styles("en")["body"])
    assert isinstance(p, Para)
    first = p.wrap(300, 800)
    assert p.wrap(300, 50) == first  # measured again (a kept-together block, a RoomFor)
    assert len(calls) == 1
    narrower = p.wrap(200, 800)
    assert len(calls) == 2 and narrower[1] > first[1]
    assert p.wrap(300, 800) == first and len(calls) == 3


def test_a_paragraph_moved_whole_to_the_next_page_is_laid_out_again(monkeypatch):
    fonts.register()
    p = paragraph("One line. " * 40, styles("en")["body"])
    p.wrap(300, 800)
    assert p.split(300, 5) == []  # no room for two lines: reportlab drops the lines
    calls = _count_breaks(monkeypatch)
    assert p.wrap(300, 800)[1] > 0 and len(calls) == 1
    assert p.blPara.lines  # drawing needs the lines, which wrap gave back
