"""Synthetic Word and PDF files for the tests, made here byte by byte (no binary fixture in the repo).

`docx` zips a body of WordprocessingML (the `w:` namespace) with the parts Word writes around it;
`pdf` writes a minimal valid PDF whose pages show lines of text in Helvetica, one `Tj` per line, a
blank line where a paragraph ends, and a page without text for a scan. Neither is a real file from an
editor; both are what pypdf and `timeline.docx_text` read such files as.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def paragraph(*runs: str) -> str:
    """A `w:p` of plain runs (each run's text escaped)."""
    return (
        "<w:p>"
        + "".join(f'<w:r><w:t xml:space="preserve">{escape(run)}</w:t></w:r>' for run in runs)
        + "</w:p>"
    )


def docx(body: str, *, title: str | None = None, created: str | None = None, namespace: str = W_NS) -> bytes:
    """A .docx file whose `word/document.xml` body is `body` (WordprocessingML, `w:` prefix, in
    `namespace`: Transitional, or W_STRICT_NS for a Strict Open XML Document)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            '2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{namespace}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>",
        )
        archive.writestr(
            "word/footer1.xml",
            f'<w:ftr xmlns:w="{W_NS}"><w:p><w:r><w:t>Confidential - page footer</w:t></w:r></w:p></w:ftr>',
        )
        if title is not None or created is not None:
            archive.writestr(
                "docProps/core.xml",
                '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.'
                'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/'
                'elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/'
                '2001/XMLSchema-instance">'
                + (f"<dc:title>{escape(title)}</dc:title>" if title is not None else "")
                + (
                    f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
                    if created
                    else ""
                )
                + "</cp:coreProperties>",
            )
    return buffer.getvalue()


def _pdf_string(line: str) -> str:
    return "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF with one page per item of `pages`, each a list of lines ("" for a blank line; a page of
    no lines has no text at all, as a scanned page has none)."""
    objects: list[bytes] = []
    page_ids = [4 + 2 * index for index in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{page_id} 0 R" for page_id in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for index, lines in enumerate(pages):
        content_id = page_ids[index] + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {content_id} 0 R >>".encode()
        )
        operators = ["BT /F1 11 Tf 14 TL 72 740 Td"]
        operators += [f"{_pdf_string(line)} Tj T*" if line else "T*" for line in lines]
        operators.append("ET")
        stream = "\n".join(operators).encode("cp1252") if lines else b""
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
