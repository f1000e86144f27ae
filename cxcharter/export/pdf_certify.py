"""Certifying an exported PDF with the organisation's certificate (pyHanko, DocMDP).

`cxcharter export FILE --sign ORG.p12` lays the PDF out as usual, then adds a
certification signature that allows no changes (DocMDP level 1): any later
change to the file shows as a broken certification in every PDF reader. The
PKCS#12 password is passed in by the caller (asked for, or read from a file or
the environment) and never stored. pyHanko is imported only here.
"""

from __future__ import annotations

import io
import os

from cxcharter.export.review_signature import _quiet

FIELD = "cx_certification"


class CertifyError(Exception):
    """The certificate file cannot be used (unreadable, wrong password, no key); `code`:
    "unreadable" (with the OSError's `errno`) or "wrong_password"."""

    def __init__(self, message: str, code: str = "", errno: int | None = None) -> None:
        super().__init__(message)
        self.code, self.errno = code, errno


def load_signer(p12_path: str | os.PathLike, password: bytes):
    """The signer of a PKCS#12 file; CertifyError with one line when it cannot be used."""

    name = os.fspath(p12_path)
    try:
        with open(name, "rb") as fh:
            data = fh.read(10_000_000)
    except OSError as exc:
        raise CertifyError(
            f"cannot read {name}: {exc.strerror or exc}", "unreadable", exc.errno
        ) from None
    context = _quiet()
    try:
        from pyhanko.sign import signers  # lazy: pyHanko

        try:
            signer = signers.SimpleSigner.load_pkcs12_data(data, (), passphrase=password)
        except Exception:  # pyHanko/cryptography: wrong password, not PKCS#12, ...
            signer = None
    finally:
        context.__exit__(None, None, None)
    if signer is None:
        raise CertifyError(
            f"{name} cannot be opened as a PKCS#12 certificate with that "
            "password (wrong password, or not a .p12/.pfx file)",
            "wrong_password",
        )
    return signer


def certify(pdf: bytes, signer, *, reason: str = "") -> bytes:
    """`pdf` certified by `signer`: no change allowed after (DocMDP, level 1)."""

    context = _quiet()
    try:
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # lazy: pyHanko
        from pyhanko.sign import signers  # lazy: pyHanko
        from pyhanko.sign.fields import MDPPerm  # lazy: pyHanko

        meta = signers.PdfSignatureMetadata(
            field_name=FIELD,
            certify=True,
            docmdp_permissions=MDPPerm.NO_CHANGES,
            reason=reason or None,
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        return signers.sign_pdf(writer, meta, signer=signer).getvalue()
    finally:
        context.__exit__(None, None, None)
