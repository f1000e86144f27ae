"""Row details of the PDF: the free text of a goal, initiative, meeting … under its name.

Tables hold the short facts; what people wrote at length (a goal's why, an
initiative's description, a meeting's agenda) prints below the table as one small
block per row, so nothing a person entered is left out of the signed record.
Which entered fields are deliberately not printed, and why, is `NOT_PRINTED`.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from cxcharter.export import fonts, pdf_text
from cxcharter.export.fonts import markup
from cxcharter.export.pdf_flow import RoomFor
from cxcharter.export.pdf_tables import Gap
from cxcharter.export.pdf_text import Para

# (kind, field) → why it is not printed. Every other field a person enters prints in
# the full record (tests/export/test_pdf_complete.py fills each text field with a marker).
NOT_PRINTED: dict[tuple[str, str], str] = {
    ("*", "id"): "internal row id; rows are printed by name",
    ("*", "position"): "the order itself is printed (rows appear in it)",
    ("goal", "touchpoint"): "a link; the goal's phase and metric say where it applies",
    ("initiative", "confidence"): "a scoring input; the score it yields is printed",
    ("initiative", "ease"): "a scoring input; the score it yields is printed",
    ("initiative", "reach"): "a scoring input; the score it yields is printed",
    ("criterion_score", "score"): "a scoring input; the weighted score is printed",
    ("criterion", "higher_is_better"): "a scoring input; the weighted score is printed",
}

# A labelled value of a row's details: "line" values share one line, "text" values
# get a paragraph of their own.
Detail = tuple[str, object, str]
Block = tuple[list[Flowable], list[Flowable]]


TEXT_LINES = 2  # lines of a row's text that stay with its name


def detail_block(heading: str, details: list[Detail], st) -> Block | None:
    """One row's details: its name, then the non-empty values; None when all are empty.

    Returned as (what stays together, the rest): the name with its first lines."""
    shown = [
        (label, str(value).strip(), how)
        for label, value, how in details
        if value is not None and str(value).strip()
    ]
    if not shown:
        return None
    bold = fonts.BOLD
    head = Para(markup(heading, bold), st["detail_head"])
    lines = [
        f'<font name="{bold}">{markup(label, bold)}:</font> {markup(value)}'
        for label, value, how in shown
        if how == "line"
    ]
    first: list[Flowable] = [head]
    if lines:
        first.append(Para(" · ".join(lines), st["detail_line"]))
    rest: list[Flowable] = []
    small = {**st, **{k: st[f"detail_{k}"] for k in ("body", "cont", "bullet", "bullet_cont")}}
    for label, value, how in shown:
        if how == "text":
            rest.append(Para(markup(label, bold), st["detail_label"]))
            rest += pdf_text.paragraphs(value, small)
    return [*first, *rest[:1]], rest[1:]  # the name, its values and the first label


def details(title: str, blocks: list[Block | None], st) -> list[Flowable]:
    """A titled list of detail blocks; nothing when no row has details."""
    found = [b for b in blocks if b]
    if not found:
        return []
    title_par = Para(markup(title, fonts.BOLD), st["table_title_free"])
    story: list[Flowable] = []
    for n, (together, rest) in enumerate(found):
        # a row's name stays with its first lines, the title with the first row: a
        # break before them when they do not fit (KeepTogether would lay each whole
        # block out twice, and one nested in another breaks the page before it)
        together = [title_par, *together] if n == 0 else together
        text = TEXT_LINES * st["detail_body"].leading if rest else 0.0
        story += [RoomFor(together, text), *together, *rest]
    story.append(Gap(1, 6))
    return story
