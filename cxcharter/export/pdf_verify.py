"""`cxcharter verify-pdf`: is a PDF intact, what does it show, is it the approved one?

Intact means: the embedded record (pdf_attach) hashes to the fingerprint in the
document information, and the cover text, when it can be read, shows that same
fingerprint. Given the charter file, the verdict also says whether that
fingerprint is a round approved there and whether that approval is still the
current one. What this does not prove (who made the PDF) is in docs/governance.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cxcharter.domain import cli_text
from cxcharter.export.pdf_attach import FoundRecord

OK, NOT_APPROVED, ALTERED = 0, 1, 1  # exit statuses; 2 (not ours) is a PdfRecordError


@dataclass
class Verdict:
    """Lines to print and the exit status (0 intact [and approved and current], else 1)."""

    status: int = OK
    lines: list[str] = field(default_factory=list)

    def fail(self, line: str) -> None:
        self.status = NOT_APPROVED
        self.lines.append(line)


def check_intact(found: FoundRecord, name: str) -> str | None:
    """Why `found` is not intact (one line), or None when it is."""
    if found.computed != found.printed:
        return (
            f"ALTERED: {name}'s embedded record hashes to {found.computed}, but the PDF "
            f"prints {found.printed}"
        )
    if found.cover is False:
        return f"ALTERED: {name}'s cover shows another fingerprint than {found.printed}"
    return None


def _sayer(language: str) -> Callable[..., str]:
    """cli_text.say in `language`."""

    def say(key: str, **params: object) -> str:
        return cli_text.say(key, language, **params)

    return say


def verify_pdf(
    found: FoundRecord, name: str, snapshot, document=None, language: str = "en"
) -> Verdict:
    """The verdict on an intact, loadable record (`snapshot` is its JSON, loaded), in
    `language` ('en' or 'de': the command line's user's)."""
    verdict = Verdict()
    say = _sayer(language)
    cover = "" if found.cover else say("pdf.cover_unchecked")
    verdict.lines += [
        say(
            "pdf.intact_draft" if found.kind == "draft" else "pdf.intact",
            fingerprint=found.printed,
            cover=cover,
        ),
        say(
            "pdf.charter",
            title=" ".join(snapshot.title.split()) or say("pdf.untitled"),
            id=snapshot.id,
        ),
        say(
            "pdf.shows",
            revision=found.revision or "?",
            state=cli_text.state(found.state, language)
            if found.state
            else say("pdf.unknown_state"),
        ),
    ]
    if document is not None:
        _against_file(verdict, found, snapshot, document, language)
    return verdict


def _against_file(verdict: Verdict, found: FoundRecord, snapshot, document, language) -> None:
    say = _sayer(language)
    file = document.path.name
    if document.snapshot().id != snapshot.id:
        verdict.fail(say("pdf.other_charter", file=file, id=document.snapshot().id))
        return
    rounds = [r for r in document.revisions() if r.fingerprint == found.printed]
    approved = [r for r in rounds if r.state == "approved"]
    state = document.current_state()
    if approved:
        r = approved[-1]
        facts = {
            "revision": r.number,
            "file": file,
            "date": cli_text.date(r.closed_at or "", language),
        }
        newest = state.approved
        if newest is not None and newest.id == r.id and state.approval_holds:
            verdict.lines.append(say("pdf.approved", **facts))
        elif newest is not None and newest.id != r.id:
            verdict.fail(say("pdf.superseded", newer=newest.number, **facts))
        else:
            verdict.fail(
                say(
                    "pdf.changed_since",
                    current=state.revision,
                    state=cli_text.state(state.state, language),
                    **facts,
                )
            )
    elif rounds:
        r = rounds[-1]
        verdict.fail(
            say(
                "pdf.round_not_approved",
                revision=r.number,
                round=r.round,
                state=cli_text.state(r.state, language),
                file=file,
            )
        )
    elif found.printed == state.fingerprint:
        verdict.fail(say("pdf.current_draft", file=file))
    else:
        verdict.fail(say("pdf.never_submitted", file=file))
