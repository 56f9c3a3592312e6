"""Second opinions on a signed PDF, from tools that are not c102desk: pyHanko's validator called the way its
documentation shows, poppler's ``pdfsig`` and ``qpdf --check``."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
needs_qpdf = pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")


@dataclass(frozen=True)
class PyHankoVerdict:
    field: str
    signer: str
    bottom_line: bool
    intact: bool
    valid: bool
    modification_level: str | None
    docmdp_ok: bool | None


def pyhanko_verdicts(path: Path) -> list[PyHankoVerdict]:
    """Each signature validated by pyHanko with its own certificate as the trust root (ecosystem notes §1)."""
    found = []
    with path.open("rb") as handle:
        for signature in PdfFileReader(handle).embedded_signatures:
            context = ValidationContext(trust_roots=[signature.signer_cert], allow_fetching=False)
            status = validate_pdf_signature(signature, context)
            level = status.modification_level
            found.append(PyHankoVerdict(
                field=str(signature.field_name), signer=str(signature.signer_cert.subject.native["common_name"]),
                bottom_line=bool(status.bottom_line), intact=bool(status.intact), valid=bool(status.valid),
                modification_level=level.name if level is not None else None, docmdp_ok=status.docmdp_ok,
            ))
    return found


@dataclass(frozen=True)
class PdfsigSignature:
    field: str
    signer: str
    validation: str
    total_document: bool
    signed: bool  # pdfsig lists empty signature fields too ("The signature form field is not signed.")


def pdfsig(path: Path, *, empty: bool = False) -> list[PdfsigSignature]:
    """poppler's reading of each signature: field, signer, its validation line, whether it covers the file;
    the empty signature fields only when ``empty``."""
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
    found = []
    for block in re.split(r"^Signature #\d+:$", out, flags=re.MULTILINE)[1:]:
        def value(label: str, text: str = block) -> str:
            match = re.search(rf"- {re.escape(label)}: (.*)$", text, flags=re.MULTILINE)
            return match.group(1).strip() if match else ""

        found.append(PdfsigSignature(field=value("Signature Field Name"),
                                     signer=value("Signer Certificate Common Name"),
                                     validation=value("Signature Validation"),
                                     total_document="- Total document signed" in block,
                                     signed="is not signed" not in block))
    return [s for s in found if empty or s.signed]


def qpdf_check(path: Path) -> tuple[int, str]:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    return result.returncode, result.stdout + result.stderr
