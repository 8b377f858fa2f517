"""PDF in: the text layer of each page, read with pypdf (the optional `pdf` extra), as a reader reads it.

Each page is read in pypdf's layout mode, which keeps the reading order of the page (a running header
before the body, not after it, as the plain mode gave it) and leaves a blank line between paragraphs.
Layout mode places words at their columns, so a justified line comes with runs of spaces and a
left margin: each line is stripped and its runs of spaces made one (a quote is then the words a reader
sees, and the model reads no padding), typographic ligatures ("ﬁ") are written as their letters, and
runs of blank lines made one. Pages are joined by a line break, so a paragraph running over a page
is read on.

Page furniture is removed: a line among the first or last three of a page that is, digits aside, a
line of the first or last three of more than half of the pages (a running header, "Page 3 of 7", a
footer naming the file and the print date), and a page number alone at a page's top or bottom.

A word hyphenated at a line's end ("expan-" / "sion") is joined ("expansion") when the joined word is
written elsewhere in the text; it keeps its hyphen when written so elsewhere ("well-known"). Otherwise
it is joined when the joined word is English ("govern-" / "ment"), kept a compound when both halves are
("long-" / "awaited": "longawaited" is no word), and else joined when both halves are lower case (the
first may open with a capital: a line-end hyphen in typeset prose mostly splits a word); a capital after
the hyphen keeps it ("Anglo-French"). Either way the line break moves after the word, so the lines keep
their lengths.

A PDF's /CreationDate and /ModDate are when the FILE was made (a print or an export), not when the
article was published, so they are never read as its publication date; its /Title is not read either
(often a file or template name: "Microsoft Word - draft3.docx"), the first line is, as in a .txt file.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter

from timeline.english import english_words
from timeline.errors import DocumentError

__all__ = ["MISSING_PYPDF", "read_pdf"]

MISSING_PYPDF = (
    "reading a PDF needs the optional 'pdf' extra (pypdf), which is not installed: run "
    "`pip install -e '.[pdf]'` in the timeline checkout (or `pip install 'pypdf>=7.1'`) and rerun, or "
    "convert it to .txt (e.g. `pdftotext -layout FILE.pdf`)"
)
_OCR = (
    "OCR it (e.g. `ocrmypdf FILE.pdf FILE-ocr.pdf`) and give the OCR'd file, or copy its text into a .txt "
    "file, and rerun"
)
_EDGE_LINES = 3  # how many lines at a page's top and bottom may be a running header or footer
_PAGE_NUMBER = re.compile(r"(?:-\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LIGATURES = re.compile("[\ufb00-\ufb06]")
_WORD = re.compile(r"\w+(?:-\w+)*")
# A hyphen ending a line, between letters: the halves, what follows the second up to the next space
# ("," or "-based"), and that space (or the line's end).
_LINE_END_HYPHEN = re.compile(r"([^\W\d_]+)-\n([^\W\d_]+)(\S*)([^\S\n]|(?=\n)|\Z)")


def read_pdf(raw: bytes, name: str) -> tuple[str, list[str]]:
    """(the text of a PDF's bytes, why some pages were not read) for the pages with a text layer.

    Raise DocumentError naming `name`, the reason and the fix: pypdf is not installed, the file is
    password-protected or corrupt, or no page has text (a scan). Never another exception for bad bytes.
    """
    try:
        import pypdf
    except ImportError as exc:
        raise DocumentError(name, MISSING_PYPDF) from exc
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(
                name,
                "a password-protected PDF, which cannot be read: remove the password (e.g. `qpdf "
                "--decrypt --password=PASSWORD FILE.pdf FILE-open.pdf`, or print it to a new PDF) and rerun",
            )
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except DocumentError:
        raise
    except pypdf.errors.DependencyError as exc:  # AES encryption, even with an empty password
        raise DocumentError(
            name,
            f"an encrypted PDF that pypdf needs the `cryptography` package to open ({exc}): run "
            "`pip install cryptography`, or remove the encryption (e.g. `qpdf --decrypt FILE.pdf "
            "FILE-open.pdf`), and rerun",
        ) from exc
    except Exception as exc:  # a damaged PDF fails anywhere in pypdf's parser, in any of its exceptions
        raise DocumentError(
            name,
            f"a corrupt or unreadable PDF ({type(exc).__name__}: {exc}): open it and save or print it to "
            "a new PDF, or convert it to .txt (e.g. `pdftotext -layout FILE.pdf`), and rerun",
        ) from exc
    lines = [_page_lines(page) for page in pages]
    if not any(lines):
        raise DocumentError(
            name, f"no text in it (a scanned PDF has only images of its pages, and no text layer): {_OCR}"
        )
    notes = []
    empty = [number for number, page in enumerate(lines, 1) if not page]
    if empty:
        shown = ", ".join(str(number) for number in empty[:10]) + (" ..." if len(empty) > 10 else "")
        notes.append(
            f"{len(empty)} of its {len(lines)} pages had no text layer (scanned?) and were not read "
            f"(page {shown}): {_OCR}"
        )
    return _join_hyphenated("\n".join(_without_furniture(lines))), notes


def _page_lines(page: str) -> list[str]:
    """A page's lines as a reader sees them: stripped, spaces made one, at most one blank line in a row,
    no blank line at either end."""
    page = _LIGATURES.sub(lambda match: unicodedata.normalize("NFKC", match.group()), page)
    lines = [_SPACES.sub(" ", _CONTROL.sub("", line)).strip() for line in page.splitlines()]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
    return text.split("\n") if text else []


def _edges(lines: list[str]) -> list[int]:
    """Indexes of the non-blank lines among the first and last _EDGE_LINES of a page."""
    filled = [index for index, line in enumerate(lines) if line]
    return sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]))


def _key(line: str) -> str:
    """A line as a running header is repeated: its page number or date may change from page to page."""
    return _DIGITS.sub("#", line.lower())


def _without_furniture(pages: list[list[str]]) -> list[str]:
    """The lines of every page, without running headers, footers and page numbers (see the module doc)."""
    seen = Counter(key for lines in pages for key in {_key(lines[index]) for index in _edges(lines)})
    repeated = {key for key, count in seen.items() if count >= 2 and count * 2 > len(pages)}
    kept: list[str] = []
    for lines in pages:
        furniture = {
            index
            for index in _edges(lines)
            if _key(lines[index]) in repeated or _PAGE_NUMBER.fullmatch(lines[index])
        }
        text = "\n".join(line for index, line in enumerate(lines) if index not in furniture)
        text = _BLANK_LINES.sub("\n\n", text).strip("\n")
        if text:
            kept.append(text)
    return kept


def _join_hyphenated(text: str) -> str:
    """Words hyphenated at a line's end, joined or kept hyphenated as the module docstring says."""
    words = Counter(word.lower() for word in _WORD.findall(text))

    def joined(match: re.Match[str]) -> str:
        first, second, rest, after = match.groups()
        whole, hyphenated = (first + second).lower(), f"{first}-{second}".lower()
        # lower case but for a capital opening the first half ("Govern-" / "ment" opening a sentence)
        lower = (first[1:].islower() or (len(first) == 1 and first.islower())) and second.islower()
        if words[whole] or words[hyphenated]:
            one_word = bool(words[whole])
        elif whole in english_words():
            one_word = True
        else:  # "long-awaited": two words of English; else a word the list lacks, split
            one_word = lower and not (first.lower() in english_words() and second.lower() in english_words())
        return (first + second if one_word else f"{first}-{second}") + rest + ("\n" if after else "")

    return _LINE_END_HYPHEN.sub(joined, text)
