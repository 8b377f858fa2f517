"""A probe of what an analyst's articles folder holds besides .txt, .md and .html (`documents.discover`
and `load_document`): saved PDFs, Word and OpenDocument files, e-mailed newsletters, web archives,
Outlook messages, data exports, images, the OS's and editors' files and unfinished downloads, each made
here as a real file of its kind (stdlib only: a hand-written PDF, a zipped .docx, an `email` message).

Each file has the outcome a demanding user expects: `read` (an article, its text holding the story's
sentence), `named` (listed in `problems` with a fix, not read) or `silent` (not an article: no noise).
Run it on any revision (`PYTHONPATH=<tree> python scripts/probe_formats.py [-v]`): it prints how many
files meet their outcome in a folder and when a shell's `folder/*` names them one by one; with -v
each miss.
"""

from __future__ import annotations

import io
import sys
import tempfile
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import NamedTuple

from timeline.documents import discover, load_document
from timeline.errors import DocumentError

WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"  # WordprocessingML's namespace
STORY = "The Rotterdam port authority opened a new container terminal on Tuesday, officials said."


class Case(NamedTuple):
    name: str
    content: Callable[[], bytes]
    in_folder: str  # read | named | silent
    one_by_one: str  # the same, when `folder/*` names the file


def _email(html_only: bool = False) -> bytes:
    message = EmailMessage()
    message["Subject"] = "Fwd: Rotterdam opens terminal"
    message["Date"] = "Wed, 23 Oct 2024 06:00:00 +0200"
    if html_only:
        message.set_content(f"<html><body><article><p>{STORY}</p></article></body></html>", subtype="html")
    else:
        message.set_content(f"Rotterdam opens terminal\n\n{STORY}\n", cte="quoted-printable")
        message.add_alternative(f"<html><body><p>{STORY}</p></body></html>", subtype="html")
    return bytes(message)


def _pdf() -> bytes:
    """A minimal valid PDF (with its cross-reference table, which a reader needs to find the pages)."""
    stream = f"BT /F1 12 Tf 40 800 Td ({STORY}) Tj ET".encode()
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
        b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj" % number + body + b"endobj\n"
    xref = b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % at for at in offsets)
    return out + xref + b"trailer<</Size 6/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % len(out)


def _zip(name: str, text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, text)
    return buffer.getvalue()


def _docx() -> bytes:
    body = (
        f'<w:document xmlns:w="{WORD}"><w:body><w:p><w:r><w:t>{STORY}</w:t></w:r></w:p></w:body></w:document>'
    )
    return _zip("word/document.xml", body)


def _text(text: str) -> Callable[[], bytes]:
    return lambda: text.encode()


CASES = [
    Case("story.txt", _text(f"Rotterdam opens terminal\n\n{STORY}\n"), "read", "read"),
    Case("newsletter.eml", _email, "read", "read"),
    Case("html-newsletter.eml", lambda: _email(html_only=True), "read", "read"),
    Case("report.pdf", _pdf, "read", "read"),
    Case("memo.docx", _docx, "read", "read"),
    Case("minutes.odt", lambda: _zip("content.xml", STORY), "named", "named"),
    Case("note.rtf", _text(r"{\rtf1\ansi " + STORY + "}"), "named", "named"),
    Case(
        "page.mhtml",
        _text(f"MIME-Version: 1.0\nContent-Type: text/html\n\n<p>{STORY}</p>\n"),
        "named",
        "named",
    ),
    Case("brief.msg", lambda: bytes.fromhex("d0cf11e0a1b11ae1") + bytes(64), "named", "named"),
    Case("story2.html.part", _text("<html><body><p>The Rotterdam port"), "named", "named"),
    Case("scan.pdf.crdownload", lambda: b"%PDF-1.4\n", "named", "named"),
    Case("export.json", _text(f'{{"text": "{STORY}"}}'), "silent", "named"),
    Case("photo.jpg", lambda: b"\xff\xd8\xff\xe0" + bytes(64), "silent", "named"),
    Case("Thumbs.db", lambda: bytes.fromhex("d0cf11e0a1b11ae1") + bytes(64), "silent", "silent"),
    Case("desktop.ini", _text("[.ShellClassInfo]\n"), "silent", "silent"),
    Case("~$memo.docx", lambda: b"\x05user" + bytes(150), "silent", "silent"),
    Case("~$report.doc", lambda: b"\x05user" + bytes(150), "silent", "silent"),
    Case(".DS_Store", lambda: b"\x00\x00\x00\x01Bud1" + bytes(64), "silent", "silent"),
    Case("._story.txt", lambda: b"\x00\x05\x16\x07" + bytes(64), "silent", "silent"),
    Case(".~lock.minutes.odt#", _text("user,host,2024\n"), "silent", "silent"),
    Case("photo.jpg.part", lambda: b"\xff\xd8", "silent", "named"),
]


def outcomes(paths: list[Path]) -> dict[str, str]:
    """File name -> read (its text holds the story) | named | silent | garbage (read, story not in it)."""
    found, problems = discover(paths)
    seen = {Path(problem.document).name: "named" for problem in problems}
    for path in found:
        try:
            seen[path.name] = "read" if STORY in load_document(path).text else "garbage"
        except DocumentError:
            seen[path.name] = "named"
    return seen


def main(verbose: bool = False) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for case in CASES:
            (folder / case.name).write_bytes(case.content())
        in_folder = outcomes([folder])
        one_by_one = outcomes([folder / case.name for case in CASES if not case.name.startswith(".")])
    by_one = [case for case in CASES if not case.name.startswith(".")]  # a shell's * leaves dot-files out
    for label, seen, cases, expected in (
        ("in a folder", in_folder, CASES, lambda case: case.in_folder),
        ("one by one (folder/*)", one_by_one, by_one, lambda case: case.one_by_one),
    ):
        misses = [case for case in cases if seen.get(case.name, "silent") != expected(case)]
        print(f"{label}: {len(cases) - len(misses)}/{len(cases)} files as expected")
        for case in misses if verbose else ():
            print(f"  {case.name}: {seen.get(case.name, 'silent')}, expected {expected(case)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(verbose="-v" in sys.argv[1:]))
