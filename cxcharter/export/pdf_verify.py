"""`cxcharter verify-pdf`: is a PDF intact, what does it show, is it the approved one?

Intact means: the embedded record (pdf_attach) hashes to the fingerprint in the
document information, and the cover text, when it can be read, shows that same
fingerprint. Given the charter file, the verdict also says whether that
fingerprint is a round approved there and whether that approval is still the
current one. What this does not prove (who made the PDF) is in docs/governance.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


def verify_pdf(found: FoundRecord, name: str, snapshot, document=None) -> Verdict:
    """The verdict on an intact, loadable record (`snapshot` is its JSON, loaded)."""
    verdict = Verdict()
    kind = "draft fingerprint" if found.kind == "draft" else "fingerprint"
    cover = "" if found.cover else " (the cover text could not be checked)"
    title = " ".join(snapshot.title.split()) or "(untitled)"
    verdict.lines += [
        f"intact: the embedded record matches the printed {kind} {found.printed}{cover}",
        f"charter: {title} (id {snapshot.id})",
        f"shows: revision {found.revision or '?'}, "
        f"{(found.state or 'unknown state').replace('_', ' ')}",
    ]
    if document is not None:
        _against_file(verdict, found, snapshot, document)
    return verdict


def _against_file(verdict: Verdict, found: FoundRecord, snapshot, document) -> None:
    file = document.path.name
    if document.snapshot().id != snapshot.id:
        verdict.fail(
            f"NOT THIS CHARTER: {file} holds another charter (id {document.snapshot().id})"
        )
        return
    rounds = [r for r in document.revisions() if r.fingerprint == found.printed]
    approved = [r for r in rounds if r.state == "approved"]
    state = document.current_state()
    if approved:
        r = approved[-1]
        when = (r.closed_at or "")[:10]
        newest = state.approved
        if newest is not None and newest.id == r.id and state.approval_holds:
            verdict.lines.append(
                f"approved: revision {r.number} is approved in {file} ({when}) and still current"
            )
        elif newest is not None and newest.id != r.id:
            verdict.fail(
                f"NOT CURRENT: revision {r.number} was approved in {file} ({when}), "
                f"but revision {newest.number} was approved since"
            )
        else:
            verdict.fail(
                f"NOT CURRENT: revision {r.number} was approved in {file} ({when}), "
                f"but the charter has changed since (revision {state.revision} is "
                f"{state.state.replace('_', ' ')})"
            )
    elif rounds:
        r = rounds[-1]
        verdict.fail(
            f"NOT APPROVED: revision {r.number} (round {r.round}) is "
            f"{r.state.replace('_', ' ')} in {file}, not approved"
        )
    elif found.printed == state.fingerprint:
        verdict.fail(f"NOT APPROVED: this is the current draft of {file}, not an approved revision")
    else:
        verdict.fail(
            f"NOT APPROVED: no revision of {file} has this fingerprint; the PDF "
            "shows content that was never submitted there"
        )
