"""Word (.docx) in: the text of the document's body, read with the standard library.

A .docx is a zip of XML parts. The text is the body's paragraphs (`word/document.xml`), in order, one
paragraph per block separated by a blank line, as in a .txt article: a run's `w:t` as written, `w:tab`
as a space, `w:br`/`w:cr` as a line break, a non-breaking hyphen as "-". Tables are read row by row,
cell by cell, each cell's paragraphs as paragraphs. Tracked changes are read as accepted: inserted text
(`w:ins`, `w:moveTo`) is kept, deleted text (`w:del`, `w:moveFrom`) is not. Not read: field codes
(`HYPERLINK "..."`, whose results are kept), text boxes (sidebars and pull quotes, which repeat or sit
beside the article), and the page's headers, footers, footnotes and comments, which live in other parts.

The title is `dc:title` of `docProps/core.xml` when set. Its `dcterms:created` and `dcterms:modified`
are when the FILE was written or last saved (a draft opened and saved again, a copy made for a
colleague), not when the article was published, so they are never read as its publication date.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from timeline.errors import DocumentError

__all__ = ["MAX_PART_BYTES", "read_docx"]

# A Word article is some kilobytes of XML; its document part reaches megabytes only with embedded
# fonts or a long report. Anything larger is refused before it is inflated: a zip bomb declares (or,
# lying, inflates to) gigabytes from a few kilobytes.
MAX_PART_BYTES = 50 * 1024 * 1024

# WordprocessingML's namespaces: Transitional (what Word writes by default) and Strict ("Strict Open XML
# Document"), whose elements have the same names. Read by the transitional one alone, a Strict file came
# out empty.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_DOCUMENT_PART = "word/document.xml"
_CORE_PART = "docProps/core.xml"
# An encrypted Office file is no zip but an OLE compound file holding an "EncryptedPackage" stream; so is
# an old Word 97-2003 file renamed .docx.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
# Word never writes a DTD; one in a part can only declare entities (the "billion laughs" expansion).
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)

# Elements whose whole subtree is not the article's text (see the module docstring).
_SKIPPED = frozenset(
    {
        f"{_W}del",
        f"{_W}moveFrom",
        f"{_W}delText",
        f"{_W}instrText",
        f"{_W}txbxContent",
        f"{_W}footnoteReference",
        f"{_W}endnoteReference",
        f"{_W}commentReference",
        f"{_W}rPr",
        f"{_W}pPr",
        f"{_MC}Fallback",  # the same drawing again, for older readers
    }
)
_CHARACTERS = {f"{_W}tab": " ", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_RESAVE = (
    "open it in Word (or LibreOffice) and save it again as .docx, or save it as Plain Text (.txt), and rerun"
)


def read_docx(raw: bytes, name: str) -> tuple[str, str | None]:
    """(the body's text, the document's own title or None) of a .docx file's bytes.

    Raise DocumentError naming `name`, the reason and the fix for a file that is encrypted, corrupt,
    not a .docx, or holds a part larger than MAX_PART_BYTES; never another exception for bad bytes.
    """
    if raw.startswith(_OLE_MAGIC):
        if _ENCRYPTED_PACKAGE in raw:
            raise DocumentError(
                name,
                "a password-protected (encrypted) Word file, which cannot be read: remove the password "
                "(in Word: File > Info > Protect Document > Encrypt with Password, clear it) and save it "
                "again, or save it as Plain Text (.txt), and rerun",
            )
        raise DocumentError(
            name, f"an old Word 97-2003 file (.doc) named .docx, which is not read: {_RESAVE}"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            document = _part(archive, _DOCUMENT_PART, name)
            if document is None:
                raise DocumentError(name, f"not a Word document (it has no {_DOCUMENT_PART}): {_RESAVE}")
            core = _part(archive, _CORE_PART, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        # zlib.error is not among them: `_part` reads it as a corrupt part
        raise DocumentError(name, f"a corrupt or incomplete Word file ({exc}): {_RESAVE}") from exc
    root = _xml(document, _DOCUMENT_PART, name)
    body = next((child for child in root if _tag(child) == f"{_W}body"), None)
    paragraphs: list[str] = []
    if body is not None:
        _collect(body, paragraphs)
    text = "\n\n".join(paragraphs)
    title = None
    if core is not None:
        found = _xml(core, _CORE_PART, name).findtext(_DC_TITLE)
        title = " ".join(found.split()) if found and found.strip() else None
    return text, title


def _part(archive: zipfile.ZipFile, part: str, name: str) -> bytes | None:
    """A part's bytes, read no further than MAX_PART_BYTES whatever its header declares; None if absent."""
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    if info.flag_bits & 0x1:
        raise DocumentError(name, f"its {part} is encrypted, so it cannot be read: {_RESAVE}")
    too_large = (
        f"its {part} inflates to more than {MAX_PART_BYTES // (1024 * 1024)} MB (a damaged file or a zip "
        f"bomb), so it was not read: {_RESAVE}"
    )
    if info.file_size > MAX_PART_BYTES:
        raise DocumentError(name, too_large)
    try:
        with archive.open(info) as stream:
            data = stream.read(MAX_PART_BYTES + 1)
    except zipfile.BadZipFile as exc:
        raise DocumentError(name, f"its {part} is corrupt ({exc}): {_RESAVE}") from exc
    except Exception as exc:  # zlib.error, NotImplementedError (a compression zipfile lacks)
        raise DocumentError(name, f"its {part} cannot be unpacked ({exc}): {_RESAVE}") from exc
    if len(data) > MAX_PART_BYTES:  # the header lied about the size
        raise DocumentError(name, too_large)
    return data


def _xml(data: bytes, part: str, name: str) -> ElementTree.Element:
    if _DTD.search(data) or _DTD.search(data.replace(b"\x00", b"")):  # UTF-8, or UTF-16's ASCII bytes
        raise DocumentError(name, f"its {part} declares a DTD, which Word never writes: {_RESAVE}")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise DocumentError(name, f"its {part} is not well-formed XML ({exc}): {_RESAVE}") from exc


def _tag(element: ElementTree.Element) -> str:
    """The element's tag, a Strict file's WordprocessingML read as the Transitional one."""
    tag = element.tag
    return _W + tag[len(_W_STRICT) :] if tag.startswith(_W_STRICT) else tag


def _collect(element: ElementTree.Element, paragraphs: list[str]) -> None:
    """Append the text of each non-empty paragraph under `element`, in document order."""
    for child in element:
        tag = _tag(child)
        if tag in _SKIPPED:
            continue
        if tag == f"{_W}p":
            text = "".join(_runs(child)).strip()
            if text:
                paragraphs.append(text)
        else:  # a table, row, cell, content control (w:sdt), custom XML, tracked insertion...
            _collect(child, paragraphs)


def _runs(element: ElementTree.Element) -> list[str]:
    """The characters of a paragraph, in order (runs, hyperlinks, insertions, fields' results)."""
    found: list[str] = []
    for child in element:
        tag = _tag(child)
        if tag in _SKIPPED:
            continue
        if tag == f"{_W}t":
            found.append(child.text or "")
        elif tag in _CHARACTERS:
            found.append(_CHARACTERS[tag])
        else:
            found.extend(_runs(child))
    return found
