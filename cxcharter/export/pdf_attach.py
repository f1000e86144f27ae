"""The PDF carries its own record: the printed revision's canonical JSON, embedded.

What is embedded: the exact text the fingerprint covers — `cxcharter dump`'s
canonical JSON of the snapshot being printed (for a frozen revision, the text
that was frozen and fingerprinted on submit; for a draft, the draft's canonical
JSON), UTF-8, as the file attachment `cxcharter.json` (/AFRelationship /Data,
listed in the catalog's /AF as PDF/A-3 and e-invoices do). Its SHA-256 is the
fingerprint on the cover. The PDF's text is not a reliable carrier, so the
fingerprint also goes into custom document-information keys, with the revision,
state and charter id as printed (`INFO_*`).

The attachment is added by pypdf as an incremental update of the bytes reportlab
wrote (reportlab cannot embed files): `attaching()` wraps the writer, so the final
bytes still go through the export's temp-file-and-replace path. Reading back
(`read_record`) trusts nothing: size limits on the PDF and on the decompressed
attachment, and every refusal is a `PdfRecordError` with a one-line message.
This proves integrity against accidents and casual edits, not authorship: whoever
can rewrite the attachment can rewrite the fingerprint next to it (docs/governance.md).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from cxcharter.domain.canonical import dumps
from cxcharter.domain.review_form import SIGNATURE
from cxcharter.export.pdf_logs import quiet_logs

RECORD_NAME = "cxcharter.json"
MAX_PDF = 256 * 1024 * 1024  # a PDF larger than this is not read
MAX_RECORD = 64 * 1024 * 1024  # decompressed attachment; a large charter's JSON is ~10 MB
INFO_FINGERPRINT = "/CXCharterFingerprint"
INFO_KIND = "/CXCharterFingerprintKind"  # "revision" (frozen) or "draft"
INFO_REVISION = "/CXCharterRevision"
INFO_STATE = "/CXCharterState"
INFO_CHARTER = "/CXCharterId"
KINDS = ("revision", "draft")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def sha256_of(text: str) -> str:
    """The fingerprint of a record: SHA-256 (hex) of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Record:
    """What an export embeds: the JSON text and the facts printed beside its fingerprint."""

    text: str
    fingerprint: str  # as printed on the cover (the SHA-256 of `text` for real exports)
    kind: str  # "revision" or "draft"
    revision: int
    state: str  # draft, in_review or approved
    charter_id: str


class PdfRecordError(Exception):
    """A PDF that cannot give its record; `code`: unreadable, damaged (the record cannot
    be read intact), not_ours, too_big, not_text."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


# ------------------------------------------------------------------ writing
def attach(pdf: bytes, record: Record) -> bytes:
    """`pdf` with `record` embedded and the fingerprint in the document information."""
    from pypdf import PdfReader, PdfWriter  # lazy: pypdf only when a PDF is stamped or read
    from pypdf.generic import (  # lazy: pypdf only when a PDF is stamped or read
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    quiet_logs("pypdf")
    data = record.text.encode("utf-8")
    writer = PdfWriter(PdfReader(io.BytesIO(pdf)), incremental=True)
    stream = DecodedStreamObject()
    stream.set_data(data)
    stream.update(
        {
            NameObject("/Type"): NameObject("/EmbeddedFile"),
            NameObject("/Subtype"): NameObject("/application#2Fjson"),
            NameObject("/Params"): DictionaryObject({NameObject("/Size"): NumberObject(len(data))}),
        }
    )
    stream_ref = writer._add_object(stream.flate_encode())
    name = TextStringObject(RECORD_NAME)
    spec = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): name,
            NameObject("/UF"): name,
            NameObject("/Desc"): TextStringObject("CX Charter record (canonical JSON)"),
            NameObject("/AFRelationship"): NameObject("/Data"),
            NameObject("/EF"): DictionaryObject(
                {NameObject("/F"): stream_ref, NameObject("/UF"): stream_ref}
            ),
        }
    )
    spec_ref = writer._add_object(spec)
    tree = DictionaryObject({NameObject("/Names"): ArrayObject([name, spec_ref])})
    root = writer.root_object
    old = root.get("/Names")
    names = DictionaryObject(old.get_object()) if old is not None else DictionaryObject()
    names[NameObject("/EmbeddedFiles")] = writer._add_object(tree)
    root[NameObject("/Names")] = writer._add_object(names)
    root[NameObject("/AF")] = ArrayObject([spec_ref])
    _signature_fields(root)
    writer.add_metadata(
        {
            INFO_FINGERPRINT: record.fingerprint,
            INFO_KIND: record.kind,
            INFO_REVISION: str(record.revision),
            INFO_STATE: record.state,
            INFO_CHARTER: record.charter_id,
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _signature_fields(root) -> None:
    """A review copy's placeholder (a text field named cx_signature, which reportlab
    can write) becomes an empty signature field (/FT /Sig, which it cannot)."""
    from pypdf.generic import NameObject, NumberObject  # lazy: pypdf

    form = root.get("/AcroForm")
    for ref in (form.get_object().get("/Fields") or ()) if form is not None else ():
        field = ref.get_object()
        if str(field.get("/T", "")) != SIGNATURE or field.get("/FT") != "/Tx":
            continue
        field[NameObject("/FT")] = NameObject("/Sig")
        for key in ("/V", "/DV", "/Ff", "/MaxLen", "/DA", "/Q"):
            field.pop(key, None)
        form.get_object()[NameObject("/SigFlags")] = NumberObject(1)


def attaching(write: Callable[[IO[bytes]], None], record: Record) -> Callable[[IO[bytes]], None]:
    """A writer for `_write_atomically`: lays the PDF out in memory, then embeds `record`."""

    def write_with_record(fh: IO[bytes]) -> None:
        buffer = io.BytesIO()
        write(buffer)
        fh.write(attach(buffer.getvalue(), record))

    return write_with_record


# ------------------------------------------------------------------ reading
@dataclass(frozen=True, slots=True)
class FoundRecord:
    """What a PDF says about itself; nothing here is checked yet (see `intact`)."""

    text: str  # the embedded JSON
    printed: str  # the fingerprint in the document information
    kind: str
    revision: int | None
    state: str
    charter_id: str
    cover: bool | None  # the cover text shows `printed` (None: no fingerprint readable there)

    @property
    def computed(self) -> str:
        return sha256_of(self.text)

    @property
    def intact(self) -> bool:
        """The embedded JSON hashes to the printed fingerprint, and the cover agrees."""
        return self.computed == self.printed and self.cover is not False


def _stream_bytes(stream) -> bytes:
    """An embedded file's bytes, decompressed with a limit (no decompression bombs)."""
    filters = stream.get("/Filter")
    if filters is None:
        raw = stream._data
    else:
        names = [str(f) for f in (filters if isinstance(filters, list) else [filters])]
        if names != ["/FlateDecode"] or stream.get("/DecodeParms") is not None:
            raise PdfRecordError(
                f"the embedded record uses an unsupported encoding ({', '.join(names)})",
                "unreadable",
            )
        inflate = zlib.decompressobj()
        try:
            raw = inflate.decompress(stream._data, MAX_RECORD + 1)
        except zlib.error:
            raise PdfRecordError(
                "the embedded record is damaged (cannot decompress)", "damaged"
            ) from None
        if not inflate.eof and len(raw) <= MAX_RECORD:  # cut short: not all of it is there
            raise PdfRecordError("the embedded record is damaged (incomplete)", "damaged")
    if len(raw) > MAX_RECORD:
        raise PdfRecordError(
            f"the embedded record is larger than {MAX_RECORD // 2**20} MB; refused", "too_big"
        )
    return raw


def _find_spec(reader):
    """The file specification of our record in the EmbeddedFiles name tree, or None."""
    names = reader.trailer["/Root"].get("/Names")
    tree = names.get_object().get("/EmbeddedFiles") if names is not None else None
    stack, seen = [tree.get_object()] if tree is not None else [], 0
    while stack and seen < 10_000:
        node = stack.pop()
        seen += 1
        pairs = node.get("/Names")
        if pairs is not None:
            pairs = pairs.get_object()
            for i in range(0, len(pairs) - 1, 2):
                if str(pairs[i]) == RECORD_NAME:
                    return pairs[i + 1].get_object()
        for kid in node.get("/Kids") or ():
            stack.append(kid.get_object())
    return None


def _cover_shows(reader, printed: str) -> bool | None:
    """Whether the first page's text holds `printed`; None when it holds no fingerprint."""
    try:
        text = "".join(reader.pages[0].extract_text().split()).lower()
    except Exception:  # text extraction is best effort: fonts and encodings vary
        return None
    if printed and printed in text:
        return True
    return False if _HEX64.search(text) else None


def read_record(path: str) -> FoundRecord:
    """The record a PDF carries; raises PdfRecordError (one line) when there is none."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_PDF + 1)
    except OSError as exc:
        raise PdfRecordError(f"cannot read {path}: {exc.strerror or exc}", "unreadable") from None
    return parse_record(data, path)


def parse_record(data: bytes, path: str) -> FoundRecord:
    """The record in the PDF bytes `data` (`path` names it in messages)."""
    from pypdf import PdfReader  # lazy: pypdf only when a PDF is stamped or read

    quiet_logs("pypdf")  # its notes on a damaged PDF or font map are not for the user
    if len(data) > MAX_PDF:
        raise PdfRecordError(f"{path} is larger than {MAX_PDF // 2**20} MB; refused", "too_big")
    if not data.startswith(b"%PDF"):
        raise PdfRecordError(f"{path} is not a PDF", "not_ours")
    try:
        reader = PdfReader(io.BytesIO(data))
        spec = _find_spec(reader)
        if spec is None:
            raise PdfRecordError(
                f"{path} carries no CX Charter record (no embedded "
                f"{RECORD_NAME}); it was not written by CX Charter, or by a "
                "version before records were embedded",
                "not_ours",
            )
        embedded = spec.get("/EF", {}).get_object()
        stream = embedded.get("/F") or embedded.get("/UF")
        if stream is None:
            raise PdfRecordError(f"{path}: the embedded {RECORD_NAME} has no content", "not_ours")
        raw = _stream_bytes(stream.get_object())
        info = reader.metadata or {}
        printed = str(info.get(INFO_FINGERPRINT, "")).strip().lower()
        cover = _cover_shows(reader, printed)
    except PdfRecordError:
        raise
    except Exception as exc:  # pypdf's many parse errors: a damaged or hostile file
        raise PdfRecordError(
            f"{path} cannot be read as a PDF ({type(exc).__name__})", "unreadable"
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PdfRecordError(f"the embedded {RECORD_NAME} is not UTF-8 text", "not_text") from None
    revision = str(info.get(INFO_REVISION, ""))
    return FoundRecord(
        text=text,
        printed=printed,
        kind=str(info.get(INFO_KIND, "")),
        revision=int(revision) if revision.isdigit() else None,
        state=str(info.get(INFO_STATE, "")),
        charter_id=str(info.get(INFO_CHARTER, "")),
        cover=cover,
    )


def record_of(snapshot, governance):
    """The record to embed for `snapshot`, and `governance` with its fingerprint filled in.

    Called before the snapshot is put into the PDF's language, so the JSON is the
    charter's own. A governance without a fingerprint (a first draft) gets the
    draft's: the SHA-256 of the JSON embedded.
    """

    text = dumps(snapshot)
    if not governance.fingerprint:
        governance = dataclasses.replace(governance, fingerprint=sha256_of(text))
    kind = "draft" if governance.status == "draft" else "revision"
    return Record(
        text=text,
        fingerprint=governance.fingerprint,
        kind=kind,
        revision=governance.revision,
        state=governance.status,
        charter_id=snapshot.id,
    ), governance
