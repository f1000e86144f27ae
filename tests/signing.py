"""Certificates and signatures for the tests: made with `cryptography`, signed with pyHanko
the way an approver's PDF reader signs a filled-in review copy (an incremental update
into the copy's signature field)."""

from __future__ import annotations

import datetime as dt
import io
import warnings

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pypdf import PdfReader, PdfWriter

NOW = dt.datetime.now(dt.UTC)


class Identity:
    """A key and its certificate (self-signed, or issued by `issuer`)."""

    def __init__(
        self,
        name: str,
        *,
        email: str = "",
        issuer: Identity | None = None,
        ca: bool = False,
        not_before: dt.datetime | None = None,
        not_after: dt.datetime | None = None,
    ) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
        if email:
            attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
        subject = x509.Name(attributes)
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer.cert.subject if issuer else subject)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or NOW - dt.timedelta(days=1))
            .not_valid_after(not_after or NOW + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=not ca,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=ca,
                    crl_sign=ca,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
        )
        signer = issuer.key if issuer else self.key
        self.cert = builder.sign(signer, hashes.SHA256())
        self.chain = [issuer.cert] if issuer else []

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def p12(self, password: bytes) -> bytes:
        from cryptography.hazmat.primitives.serialization import pkcs12

        return pkcs12.serialize_key_and_certificates(
            b"org",
            self.key,
            self.cert,
            self.chain or None,
            serialization.BestAvailableEncryption(password),
        )


def fill(pdf: bytes, values: dict[str, str]) -> bytes:
    """Fill in form fields as a PDF reader saves them: an incremental update."""
    writer = PdfWriter(PdfReader(io.BytesIO(pdf)), incremental=True)
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def sign(pdf: bytes, identity: Identity, field: str = "cx_signature") -> bytes:
    """Sign into `field` with pyHanko (an incremental update)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from asn1crypto import keys
        from asn1crypto import x509 as asn1_x509
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers
        from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = identity.cert.public_bytes(serialization.Encoding.DER)
    key = identity.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    others = [
        asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
        for c in identity.chain
    ]
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(der),
        signing_key=keys.PrivateKeyInfo.load(key),
        cert_registry=SimpleCertificateStore.from_certs(others),
    )
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)),
        signers.PdfSignatureMetadata(field_name=field),
        signer=signer,
    )
    return out.getvalue()
