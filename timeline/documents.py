"""Documents in: find the input files and turn each into the exact text that source offsets index into.

`discover` lists the documents under the inputs and names what it skipped; `load_document` reads one
file and returns its metadata and its text. Every `Source.start`/`Source.end` of the timeline is an
index into `LoadedDocument.text`, which is, per format:

- text (.txt, .text; a file with another extension is loaded as text when given to `load_document`,
  but `discover` only lists .txt, .text, .md, .markdown, .html, .htm, .eml, .docx and .pdf files): the
  decoded file, character for character. A UTF-8 byte-order
  mark is removed; nothing else is: `\\r\\n` stays `\\r\\n`, trailing spaces stay. Front matter is
  removed as in markdown, but only when every line of the block reads as metadata (`key: value`,
  `key = value`, continuations, comments), so that a text opening with a `---` rule keeps its lines.
- markdown (.md, .markdown): the same, except that a front matter block at the very top, YAML
  (`---` ... `---` or `...`) or TOML (`+++` ... `+++`), is removed: offsets index into the body that
  follows the closing delimiter line, starting right after that line's newline. A front matter block
  that is not valid YAML or TOML (or not a mapping) is kept as part of the text; invalid YAML or TOML
  is reported in `LoadedDocument.problems`, as is a front matter date that is not a date.
- html (.html, .htm, or any file that starts like an HTML page): the article text extracted by
  trafilatura after hidden content is removed (comments, script/style/template/noscript, and elements
  marked `hidden`, `aria-hidden="true"`, `display:none` or `visibility:hidden`; menus, sidebars and the
  page's footer too, whose related stories' dates are not the article's; JSON-LD scripts stay, reduced
  to the page's own article objects, for the date and title in them, and are never text). When the
  page shows no more than half of the words of its JSON-LD `articleBody` (a paywalled lede, a
  JavaScript page's "Loading…"), that `articleBody` is the text; else a page without article text is
  read from its `<noscript>`. A live page's entries are written oldest first, each under its time
  stamp, and their spans kept as `LoadedDocument.posts` (see `timeline.live`). Offsets index into that
  text, not into the HTML source.
- email (.eml: a newsletter, an article sent or forwarded): the plain-text body, decoded (quoted-printable
  or base64, in the charset it declares), else the HTML body read as an html page is. The Subject
  (without "Fwd:", "Re:") is the title, the Date header the publication date (the day as written).
- Word (.docx): the body's paragraphs, read by `timeline.docx_text`, then as a text file (front matter,
  first-line title); the title is the document's own (`dc:title`) when it has one.
- PDF (.pdf, with the optional `pdf` extra): the pages' text layer without running headers, footers and
  page numbers, hyphenated line ends joined, read by `timeline.pdf_text`, then as a text file. A scan
  without a text layer, a password-protected or corrupt file, and a PDF without pypdf installed raise
  DocumentError with the fix; pages without text beside pages with text give a Problem ("scanned_pages").
  Neither format's file dates (when it was saved or printed) are read as the publication date.

The publication date comes, first found wins, from the `published` argument (the CLI), a sidecar
`NAME.meta.json` next to the file (source manifest, a JSON object), the front matter, an e-mail's Date
header, the HTML metadata (for a page without date metadata, a byline's date line just above the
article, which trafilatura leaves out of the text, estimated as the dates module estimates one); else it
is unknown.
Estimating it from the text is another module's job. Sidecar and front
matter take the keys of DATE_KEYS, in any case and with or without "_" or "-" (`published`,
`publishDate`, `pubDate`, `published_at`, `publication_date`, `datePublished`, `date`, the first
readable one wins), and `title`; a key whose
value is not a date is reported, and does not hide a readable one beside it. A sidecar that cannot be
used is reported too (kind "sidecar"), never fatal: the article is still read.

Decoding (every format): a byte-order mark decides (UTF-8, UTF-16, UTF-32); else UTF-8. An HTML page
that is not UTF-8 is read in the legacy encoding its <meta> declares, when its bytes decode in it. Else
a file that is not UTF-8 is read in the first of cp1252, cp1250 and ISO-8859-2 in which it reads as
plausible text, else in charset-normalizer's best guess; a file that is UTF-8 but for some lines keeps
those UTF-8 lines, reads stray bytes in a mostly UTF-8 line as cp1252 and lines mostly not UTF-8 in
their code page. Each such guess gives a Problem of kind "encoding" naming the file, the encoding used
and the lines, since a guessed encoding can be wrong.

The title of a text or markdown file is its first line with a letter or digit when that reads as a
headline: the file has another such line, and the first is shorter than 200 characters and does not
end with a full stop (a headline may end with "?", "!", "..." or nothing). A first line that is a
sentence stays an ordinary sentence of the article.
"""

from __future__ import annotations

import codecs
import copy as copy_module
import datetime as dt
import email
import email.message
import email.policy
import email.utils
import errno
import hashlib
import json
import logging
import os
import re
import stat
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import charset_normalizer
import lxml.etree
import lxml.html
import trafilatura
import yaml
from trafilatura.settings import Document as _TrafilaturaDocument

from timeline.cleaning import TAIL_MARKERS
from timeline.dates import estimate_document_date, is_date_line, parse_document_date
from timeline.docx_text import read_docx
from timeline.errors import DocumentError
from timeline.live import (
    Entry,
    Post,
    Stamped,
    assemble,
    chronological,
    find_entries,
    inline_entries,
    inline_posts,
    is_entry_furniture,
    is_key_events_box,
    page_clocks,
    read_datetime,
)
from timeline.models import DocumentDate, DocumentDateSource, DocumentInfo, Precision, Problem
from timeline.pdf_text import read_pdf
from timeline.sentences import segments

__all__ = ["LoadedDocument", "discover", "identical_copies", "load_document", "printable", "unique_ids"]

logger = logging.getLogger(__name__)

FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".eml": "email",
    ".docx": "docx",
    ".pdf": "pdf",
}
_MHTML = (
    'a web archive (MHTML) is not supported, so it was not read: save the page again as "Webpage, HTML '
    'only" (.html) and rerun'
)
# Articles a user may well have saved in a format we cannot read: each is named in `problems` (kind
# "unsupported") so that nobody takes a skipped .doc for a read one. Other files (images, data, LICENSE)
# in a folder are not articles and are passed over silently.
UNSUPPORTED_SUFFIXES = {
    ".doc": "Word 97-2003 files (.doc) are not supported, so it was not read: convert it to .txt, .md or "
    ".html (Save as > Plain Text), or save it as .docx, and rerun",
    ".odt": "OpenDocument files are not supported, so it was not read: convert it to .txt, .md or .html "
    "and rerun",
    ".rtf": "RTF files are not supported, so it was not read: convert it to .txt, .md or .html and rerun",
    ".msg": "Outlook .msg files are not supported, so it was not read: save the message in Outlook as "
    "Text Only (.txt; File > Save As) or download it as .eml, and rerun",
    ".epub": "EPUB e-books are not supported, so it was not read: convert it to .txt, .md or .html "
    "(e.g. `ebook-convert FILE.epub FILE.txt`) and rerun",
    # A browser's single-file saves of a page: passed over silently, a saved article looked read.
    ".mhtml": _MHTML,
    ".mht": _MHTML,
    ".webarchive": "a Safari web archive is not supported, so it was not read: save the page again with "
    "Format: Page Source (.html) and rerun",
}
# "Save Page As > Webpage, Complete" puts the page's parts (ads, embedded posts, scripts, each frame as
# its own .html) in a folder named after the page: NAME.html beside NAME_files (Chrome, Firefox; the
# older Windows browsers' German and French names too). Those frames are not articles: read as such,
# an ad's "Get 50% off your first month" became an event.
SAVED_PAGE_FOLDER_SUFFIXES = ("_files", "-Dateien", "_fichiers")
# Files an operating system or an editor leaves in a folder, never articles: passed over in silence, also
# when a shell's `folder/*` names them (Word's `~$memo.docx` lock was named as an unread Word article,
# Thumbs.db with "rename it to Thumbs.txt"). A folder's dot-files are all passed over; these are the
# dot-files that are never articles even when named one by one (macOS's `._story.txt` resource forks).
_SYSTEM_FILE_NAMES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r", ".ds_store"})
_SYSTEM_FILE_PREFIXES = ("~$", "._", ".~lock.")  # Word's and LibreOffice's locks, macOS resource forks
# A download still running or cut off (Firefox `.part`, Chrome `.crdownload`): its article is incomplete.
_UNFINISHED_DOWNLOAD_SUFFIXES = frozenset({".part", ".crdownload", ".partial"})
ACCEPTED_SUFFIXES = ".txt, .md, .html, .htm, .eml, .docx or .pdf"
SIDECAR_SUFFIX = ".meta.json"
MAX_TITLE_CHARS = 200

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROL_BYTES = frozenset(b"\t\n\r\f\v")
_BINARY_SAMPLE_BYTES = 8192
_MAX_CONTROL_SHARE = 0.05
# Non-ASCII characters that cp1252 text in a Western language plausibly holds besides Latin letters.
_WESTERN_SYMBOLS = frozenset("\u00a0’‘“”„‚–—…€•«»°§©®™£¥¢±×¿¡·‹›†‡½¼¾ªºµ")
_MAX_NON_ASCII_LETTER_SHARE = 0.3
# Legacy code pages tried, in order, before asking charset-normalizer: Windows Western, Windows Central
# European, ISO Central European (Polish, Czech, Slovak, Hungarian, Slovene, Croatian).
_LATIN_ENCODINGS = ("cp1252", "cp1250", "iso8859_2")
_ENCODING_NAMES = {
    "cp1252": "cp1252 (Windows Western European)",
    "cp1250": "cp1250 (Windows Central European)",
    "iso8859_2": "ISO-8859-2 (Central European)",
}
# Where an HTML page declares its encoding: browsers look in the first 1,024 bytes; a page saved from one
# may have a longer head before it (a "saved from url" comment, scripts), so a little more is read.
_DECLARATION_BYTES = 8192
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Labels a browser reads as a wider code page than Python's codec of that name (the WHATWG Encoding
# standard): a page declaring Latin-1 may hold cp1252's quotes, one declaring Latin-5 cp1254's.
_BROWSER_CODECS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "iso-8859-9": "cp1254", "iso8859-9": "cp1254", "latin5": "cp1254",
    "iso-8859-11": "cp874", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "euc-kr": "cp949", "shift_jis": "cp932", "x-sjis": "cp932",
}  # fmt: skip
# Bytes that are not UTF-8 inside a UTF-8 file are read in this code page, where they mostly come from.
_STRAY_ENCODING = "cp1252"
_STRAY_BYTE = re.compile("[\udc80-\udcff]")  # a byte `surrogateescape` could not decode

# Keys that may hold the publication date (Jekyll, Hugo, Astro, Eleventy, CMS exports, schema.org's
# datePublished, a scraper's publish_date), matched as `_key_name` writes them (any case, no "_" or
# "-"); the first that holds a readable date is used.
DATE_KEYS = ("published", "publishdate", "pubdate", "publishedat", "publicationdate", "datepublished", "date")

_FRONT_MATTER = {
    "YAML": re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE),
    "TOML": re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)^\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE),
}
# In a .txt file a block between two `---` (or `+++`) lines is front matter only when it reads as
# metadata: `key: value` (or `key = value`) lines, indented or list continuations, comments, blanks, and
# at least one key. A text that only opens with a rule stays text.
_METADATA_KEY_LINE = {
    "YAML": re.compile(r"[A-Za-z_][\w.-]*[ \t]*:(?:[ \t].*)?"),
    "TOML": re.compile(r"(?:[A-Za-z_][\w.-]*|\"[^\"]*\")[ \t]*=.*|\[[^\]]+\][ \t]*"),
}
_METADATA_OTHER_LINE = re.compile(r"(?:[ \t]+.*|-[ \t].*|#.*|)")
_TOML_LINE = re.compile(r"\bline (\d+)")
# A full stop at the end of a line (closing quotes or brackets may follow), but not an ellipsis.
_ENDS_WITH_FULL_STOP = re.compile(r"(?<!\.)\.[\"'”’»)\]]*\Z")

_DATE_SOURCE_WORDS = {
    DocumentDateSource.front_matter: "front matter",
    DocumentDateSource.html_meta: "HTML page's",
    DocumentDateSource.email_header: "e-mail's Date header",
}
# What a mail client puts before a forwarded or answered message's subject.
_REPLY_PREFIX = re.compile(r"\A(?:\s*(?:fwd?|re|aw|wg|tr)\s*:)+\s*", re.IGNORECASE)

_DROPPED_TAGS = frozenset({"script", "style", "template", "noscript"})
_FURNITURE_TAGS = frozenset({"nav", "aside"})
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_JSON_LD = "application/ld+json"
_MARKUP = re.compile(r"</?[A-Za-z][^>]*>")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure"}
    | {"footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre"}
    | {"section", "table", "td", "th", "tr", "ul"}
)


@dataclass(frozen=True)
class LoadedDocument:
    """One document: its metadata and the exact text that source offsets index into."""

    info: DocumentInfo
    text: str
    # What the user should fix although the document loaded (kinds "front_matter", "sidecar"): each
    # message names the file, the reason and the fix; `document` is the document id.
    problems: list[Problem] = field(default_factory=list)
    # A live page's entries, oldest first: each one's span of `text` and when it was posted
    posts: tuple[Post, ...] = ()


@dataclass(frozen=True)
class _Parsed:
    text: str
    title: str | None = None
    published: DocumentDate | None = None
    front_matter_problem: str | None = None  # why the front matter was not read
    date_problems: tuple[str, ...] = ()  # front matter dates that were ignored, and why
    title_problem: str | None = None  # a front matter title that is not text, ignored
    date_problem_kind: str = "front_matter"  # the Problem kind of `date_problems`: where the date was
    posts: tuple[Post, ...] = ()  # a live page's entries (see timeline.live)


@dataclass
class _Discovery:
    found: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    seen: set[Path] = field(default_factory=set)

    def problem(self, path: Path, kind: str, message: str) -> None:
        self.problems.append(Problem(document=printable(path), kind=kind, message=printable(message)))


# --- discover ------------------------------------------------------------------------------------------


def discover(inputs: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """List the documents named by `inputs` (files, or folders walked recursively) and what was skipped.

    Folder contents come sorted by relative path; hidden files and folders, the OS's and editors' files
    (Thumbs.db, `~$` locks; named one by one too), sidecars (`*.meta.json`; one without its article with
    a Problem of kind "sidecar"), a saved page's `NAME_files` folder and non-documents are skipped (.doc,
    .odt, .rtf, Outlook, e-book and web-archive files and unfinished downloads of articles with a
    Problem of kind "unsupported").
    A file reached twice (e.g. through a symlink) is listed once. Nothing here raises for a bad path: it
    becomes a Problem; kind "unreadable" means an article that could not be read (a broken symlink, a
    folder without permission), which the build counts as a failed document.
    """
    state = _Discovery()
    for item in inputs:
        _discover_input(Path(item), state)
    return state.found, state.problems


def _discover_input(item: Path, state: _Discovery) -> None:
    if item.is_symlink() and not item.exists():
        state.problem(item, "unreadable", f"{item}: {_os_reason(_stat_error(item), 'link')}")
    elif not item.exists():
        state.problem(item, "missing", f"{item}: no such file or folder: check the path")
    elif item.is_dir() and _is_saved_page_folder(item.name, _names_in(item.parent)):
        # given by a shell's `articles/*`, which names the page and its parts' folder alike
        state.problem(
            item, "saved_page_parts", f"{item}: the parts (ads, frames, scripts) of a saved page, not read"
        )
    elif item.is_dir():
        _discover_folder(item, state)
    else:
        _consider_file(item, state, explicit=True)


def _discover_folder(root: Path, state: _Discovery) -> None:
    files: list[Path] = []
    _walk(root, frozenset(), files, state)
    for path in sorted(files, key=lambda p: p.relative_to(root).parts):
        _consider_file(path, state, explicit=False)


def _walk(folder: Path, ancestors: frozenset[Path], files: list[Path], state: _Discovery) -> None:
    real = folder.resolve()
    if real in ancestors:  # nothing is lost: the folder it leads to is being read already
        state.problem(
            folder, "symlink_loop", f"{folder}: symlink loop (it leads back to {real}): remove the link"
        )
        return
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        state.problem(folder, "unreadable", f"cannot read folder {folder}: {_os_reason(exc, 'folder')}")
        return
    names = {entry.name for entry in entries}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if _is_dir(entry):
            if not _is_saved_page_folder(entry.name, names):
                _walk(path, ancestors | {real}, files, state)
        else:
            files.append(path)


def _is_saved_page_folder(name: str, siblings: set[str]) -> bool:
    """`NAME_files` beside `NAME.html` or `NAME.htm`: a saved page's parts, not articles."""
    for suffix in SAVED_PAGE_FOLDER_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            page = name[: -len(suffix)]
            if any(f"{page}{ext}" in siblings for ext in (".html", ".htm", ".HTML", ".HTM")):
                return True
    return False


def _names_in(folder: Path) -> set[str]:
    try:
        return set(os.listdir(folder))
    except OSError:
        return set()


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_system_file(name: str) -> bool:
    """A file the OS or an editor keeps beside the user's (thumbnails, folder settings, lock files)."""
    return name.startswith(_SYSTEM_FILE_PREFIXES) or name.lower() in _SYSTEM_FILE_NAMES


def _consider_file(path: Path, state: _Discovery, *, explicit: bool) -> None:
    if not _passed_over(path, state, explicit=explicit):
        _add_article(path, state)


def _passed_over(path: Path, state: _Discovery, *, explicit: bool) -> bool:
    """Whether the file is no article to read, by its name: a system file, a download not finished, a
    sidecar, a format not read (each said as a problem where the user would expect it read)."""
    suffix = path.suffix.lower()
    if _is_system_file(path.name):
        return True
    if suffix in _UNFINISHED_DOWNLOAD_SUFFIXES:
        if explicit or _is_article_name(path.stem):
            state.problem(path, "unsupported", _unfinished_download_reason(path))
        return True
    if path.name.endswith(SIDECAR_SUFFIX):
        if not os.path.lexists(path.with_name(path.name[: -len(SIDECAR_SUFFIX)])):
            # A misnamed sidecar (story.meta.json for story.txt) was passed over in silence, and its
            # article silently went without the publication date it gives.
            state.problem(path, "sidecar", _orphan_sidecar_reason(path))
        return True
    if suffix in UNSUPPORTED_SUFFIXES:
        state.problem(path, "unsupported", f"{path}: {UNSUPPORTED_SUFFIXES[suffix]}")
        return True
    if suffix not in FORMAT_BY_SUFFIX:
        if explicit:
            state.problem(path, "unsupported", _unsupported_reason(path))
        return True
    return False


def _add_article(path: Path, state: _Discovery) -> None:
    """The file found, once however many links lead to it, or the problem that keeps it from being read."""
    try:
        mode = path.stat().st_mode
        real = path.resolve()
    except (OSError, RuntimeError) as exc:
        error = exc if isinstance(exc, OSError) else _stat_error(path)
        reason = _os_reason(error, "link" if path.is_symlink() else "file")
        state.problem(path, "unreadable", f"{path}: {reason}")
        return
    if not stat.S_ISREG(mode):
        state.problem(path, "unreadable", f"{path}: not a regular file: give a file or a folder")
    elif real not in state.seen:
        state.seen.add(real)
        state.found.append(path)
        if printable(path.name) != path.name:
            state.problem(
                path,
                "file_name",
                f"{path}: the file name is not UTF-8; the article was read and the timeline names it as "
                "shown here, which `timeline export` cannot open: rename the file in UTF-8 "
                "(e.g. `convmv -f latin1 -t utf8 --notest FILE`)",
            )


def _orphan_sidecar_reason(sidecar: Path) -> str:
    article = Path(sidecar.name[: -len(SIDECAR_SUFFIX)])
    meant = [
        name
        for name in sorted(_names_in(sidecar.parent))
        if Path(name).suffix.lower() in FORMAT_BY_SUFFIX and Path(name).stem in {article.name, article.stem}
    ]
    fix = (
        f"rename it to {' or '.join(name + SIDECAR_SUFFIX for name in meant)}"
        if meant
        else f"name it after its article's whole file name, e.g. story.txt{SIDECAR_SUFFIX} for story.txt"
    )
    return f"{sidecar}: no article {article} beside it, so its date and title were used for none: {fix}"


def _is_article_name(name: str) -> bool:
    """A name that, in a folder, would be read or named as an article (`story.html`, `report.pdf`)."""
    suffix = Path(name).suffix.lower()
    return suffix in FORMAT_BY_SUFFIX or suffix in UNSUPPORTED_SUFFIXES


def _unfinished_download_reason(path: Path) -> str:
    return (
        f"{path}: an unfinished download ({path.suffix}), not read: let the download finish, or download "
        f"{path.stem} again, and rerun"
    )


def _unsupported_reason(path: Path) -> str:
    kind = path.suffix or "no extension"
    return (
        f"{path}: not an article file ({kind}): give {ACCEPTED_SUFFIXES} files "
        f"(rename it to {path.stem}.txt if it is plain text)"
    )


def _stat_error(path: Path) -> OSError:
    try:
        os.stat(path)
    except OSError as exc:
        return exc
    return OSError(errno.EIO, "cannot be read")


def _os_reason(exc: OSError, what: str) -> str:
    """A short reason for an OS error and what to do about it."""
    if isinstance(exc, PermissionError):
        return f"permission denied: check the {what}'s permissions"
    if exc.errno == errno.ELOOP:
        return "symlink loop: fix or remove the link"
    if isinstance(exc, FileNotFoundError):
        return "broken symlink: fix or remove the link" if what == "link" else "not found: check the path"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file: pass it as an input folder"
    return f"cannot read it ({exc.strerror or exc}): check the {what}"


# What a browser or file manager adds to the name of a file saved again: "quake (1).txt", "quake - Copy.txt".
_REPEATED_SAVE = re.compile(r"(?: \(\d+\)| - Copy(?: \(\d+\))?)(?=\.[^.]*\Z|\Z)")


def identical_copies(paths: Sequence[Path], *, cli_date: bool = False) -> dict[Path, tuple[Path, bool]]:
    """Each file that is a copy of another (the same bytes) -> (the copy read in its place, whether
    that one's sidecar gives it a date or title it does not have itself).

    A copy read twice made every event in it cite two sources, corroboration that is not there. The
    bytes are the same, so only a sidecar (`NAME.meta.json`) can give copies different metadata:
    - copies with the same sidecar date and title, or with none, are one document: the first is read;
    - a file saved again under the browser's name for it ("quake (1).txt" beside "quake.txt", in any
      folder) without a sidecar is the file it repeats, read with that one's sidecar: the user wrote
      the sidecar for the article, not for one of its copies;
    - copies under other names with their own sidecar dates or titles (a wire story in two outlets,
      each dated by its sidecar) are each read: the bytes cannot tell them from a repeated download.
    `cli_date` (--published): sidecar dates are not used, so they do not tell copies apart. A file that
    cannot be read is left to `load_document` to report.
    """
    found: list[tuple[Path, str, tuple[str | None, str | None] | None]] = []
    for path in paths:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            continue
        found.append((path, digest, _own_metadata(path, cli_date=cli_date)))
    # the metadata of each saved file's first copy with a sidecar, by (bytes, name without "(1)")
    saved_with: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for path, digest, own in found:
        if own is not None:
            saved_with.setdefault((digest, _REPEATED_SAVE.sub("", path.name)), own)
    groups: dict[tuple[str, tuple[str | None, str | None] | None], list[Path]] = defaultdict(list)
    owner: dict[tuple[str, tuple[str | None, str | None] | None], Path] = {}
    for path, digest, own in found:
        read_as = own if own is not None else saved_with.get((digest, _REPEATED_SAVE.sub("", path.name)))
        groups[digest, read_as].append(path)
        if own == read_as:
            owner.setdefault((digest, read_as), path)  # the copy whose own metadata the group is read with
    own_of = {path: own for path, _, own in found}
    return {
        path: (owner[key], own_of[path] != key[1])
        for key, group in groups.items()
        for path in group
        if path != owner[key]
    }


def _own_metadata(path: Path, *, cli_date: bool) -> tuple[str | None, str | None] | None:
    """(date, title) that the file's sidecar gives it, None when it gives neither."""
    sidecar = _read_sidecar(path)
    date = sidecar.dated.date.value if sidecar.dated.date is not None and not cli_date else None
    return (date, sidecar.title) if date or sidecar.title else None


def unique_ids(paths: Sequence[Path]) -> dict[Path, str]:
    """Document ids: the file name, prefixed with parent folder names when several files share a name."""
    by_name: dict[str, list[Path]] = defaultdict(list)
    for path in paths:
        by_name[path.name].append(path)
    ids: dict[Path, str] = {}
    for name, group in by_name.items():
        ids.update(_disambiguate(group) if len(group) > 1 else {group[0]: name})
    return {path: printable(doc_id) for path, doc_id in ids.items()}


def printable(path: Path | str) -> str:
    """A path (or a message naming one) as text that UTF-8 can hold. A file name that is not UTF-8 (a
    Latin-1 name from an old archive) comes from the OS with lone surrogates ("caf\\udce9.txt") that
    UTF-8 cannot encode, so writing the timeline failed after every model call; its bytes are shown
    escaped instead ("caf\\xe9.txt")."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def _disambiguate(group: list[Path]) -> dict[Path, str]:
    for depth in range(2, max(len(path.parts) for path in group) + 1):
        ids = {path: "/".join(path.parts[-depth:]) for path in group}
        if len(set(ids.values())) == len(ids):
            return ids
    return {path: str(path) for path in group}


# --- load_document -------------------------------------------------------------------------------------


def load_document(
    path: Path, published: DocumentDate | None = None, *, doc_id: str | None = None
) -> LoadedDocument:
    """Read one document; raise DocumentError (naming the file, the reason and the fix) when it has no text.

    `published` (from the CLI) overrides every other date; `doc_id` defaults to the file name (see
    `unique_ids` for a run with repeated names).
    """
    path = Path(path)
    raw = _read_bytes(path)
    fmt = FORMAT_BY_SUFFIX.get(path.suffix.lower(), "text")
    format_notes: list[str] = []
    if fmt == "email":
        parsed, encoding_note = _parse_email(raw, path)
    elif fmt in ("docx", "pdf"):
        parsed, format_notes, encoding_note = *_parse_packaged(fmt, raw, path), None
    else:
        decoded = _decode(raw, path)
        if not decoded.text.strip():
            raise DocumentError(printable(path), "empty document: nothing to extract")
        fmt = _detect_format(path, decoded.text)
        parsed, encoding_note = _parse(fmt, decoded.text, path), decoded.note
    sidecar = _read_sidecar(path)
    doc_id = doc_id or printable(path.name)
    reasons = [
        ("encoding", encoding_note),
        *(("scanned_pages", note) for note in format_notes),
        *_metadata_problems(parsed, sidecar, cli_date=published is not None),
    ]
    problems = [
        Problem(document=doc_id, kind=kind, message=f"{printable(path)}: {reason}")
        for kind, reason in reasons
        if reason
    ]
    info = DocumentInfo(
        id=doc_id,
        path=printable(path),
        title=sidecar.title or parsed.title,
        published=published or sidecar.dated.date or parsed.published or DocumentDate(),
        sha256=hashlib.sha256(raw).hexdigest(),
        chars=len(parsed.text),
        format=fmt,
    )
    return LoadedDocument(info=info, text=parsed.text, problems=problems, posts=parsed.posts)


def _metadata_problems(parsed: _Parsed, sidecar: _Sidecar, *, cli_date: bool) -> list[tuple[str, str]]:
    """(kind, reason) for metadata that could not be read; a bad date only when it would have been used."""
    reasons = [
        ("sidecar", sidecar.problem),
        ("front_matter", parsed.front_matter_problem),
        ("sidecar", sidecar.title_problem),
    ]
    if not sidecar.title:  # the sidecar's title wins: a bad one in the front matter would not be used
        reasons.append(("front_matter", parsed.title_problem))
    if not cli_date:
        otherwise = _next_date_words(parsed.published)
        reasons += [("sidecar", reason) for reason in sidecar.dated.problems(sidecar.name, otherwise)]
    if not (cli_date or sidecar.dated.date):
        reasons += [(parsed.date_problem_kind, reason) for reason in parsed.date_problems]
    return [(kind, reason) for kind, reason in reasons if reason]


def _next_date_words(date: DocumentDate | None) -> str:
    """Where the date comes from when the sidecar's is ignored, e.g. 'the front matter date (2024-06) ...'."""
    if date is None:
        return "the publication date is estimated from the text"
    return f"the {_DATE_SOURCE_WORDS.get(date.source, date.source.value)} date ({date.value}) is used instead"


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(printable(path), _os_reason(exc, "file")) from exc


@dataclass(frozen=True)
class _Decoded:
    text: str
    # How the text was read when it was not plain UTF-8 (a guess the user should check), else None.
    note: str | None = None


def _decode(raw: bytes, path: Path) -> _Decoded:
    """The file's text: by its byte-order mark, as UTF-8, else as a legacy code page (with a note).

    A file that is UTF-8 but for a few bytes (a quote pasted from Word) stays UTF-8: only the lines that
    are not UTF-8 are read otherwise, so one stray byte does not turn every 'café' into 'cafÃ©'.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _Decoded(_decode_with_bom(raw, encoding, path))
    binary = _binary_reason(raw)
    if binary:
        raise DocumentError(
            printable(path),
            f"binary file, not text: {binary}; if it is text saved as UTF-16 or UTF-32 without a "
            "byte-order mark, re-save it as UTF-8; otherwise give a .txt, .md or .html file",
        )
    try:
        return _Decoded(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    lines = raw.splitlines(keepends=True)
    if not any(_mostly_utf8(line) for line in lines):  # a few bytes that happen to be UTF-8 do not count
        declared = _declared_html_text(raw)
        if declared is not None:  # the page says how it is written: no guess for the user to check
            return _Decoded(declared)
        text, encoding = _decode_legacy(raw, path)
        return _Decoded(
            text,
            f"decoded as {_encoding_name(encoding)}, not UTF-8: check that its letters and quotes read "
            "right, or re-save the file as UTF-8",
        )
    return _decode_mixed(lines, path)


def _utf8_evidence(line: bytes) -> tuple[int, int]:
    """(characters read from valid multi-byte UTF-8 sequences, bytes that are not UTF-8) of `line`."""
    text = line.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY_BYTE.findall(text))
    return sum(1 for char in text if ord(char) > 0x7F) - stray, stray


def _mostly_utf8(line: bytes) -> bool:
    good, bad = _utf8_evidence(line)
    return good > 0 and good >= bad


def _decode_mixed(lines: list[bytes], path: Path) -> _Decoded:
    """UTF-8 with lines that are not: stray bytes in a mostly UTF-8 line are read as cp1252 (where such
    bytes come from: Word quotes, Windows pastes); a line that is mostly not UTF-8 is read, with the
    other such lines, in the legacy code page they read in."""
    strays: dict[int, int] = {}  # line number -> bytes that are not UTF-8
    legacy: set[int] = set()
    for number, line in enumerate(lines, 1):
        good, bad = _utf8_evidence(line)
        if bad and good >= bad:
            strays[number] = bad
        elif bad:
            legacy.add(number)
    encoding = _decode_legacy(b"".join(lines[n - 1] for n in sorted(legacy)), path)[1] if legacy else ""
    parts = [
        line.decode(encoding, errors="replace") if number in legacy else _utf8_with_strays(line)
        for number, line in enumerate(lines, 1)
    ]
    found = []
    if strays:
        found.append(
            f"{sum(strays.values())} byte(s) on line(s) {_line_list(strays)} are not UTF-8 and were read as "
            f"{_encoding_name(_STRAY_ENCODING)}"
        )
    if legacy:
        found.append(
            f"line(s) {_line_list(legacy)} are not UTF-8 and were read as {_encoding_name(encoding)}"
        )
    note = (
        f"read as UTF-8, but {'; '.join(found)}: check that the letters and quotes there read right, or "
        "re-save the file as UTF-8"
    )
    return _Decoded("".join(parts), note)


def _utf8_with_strays(line: bytes) -> str:
    text = line.decode("utf-8", errors="surrogateescape")
    return _STRAY_BYTE.sub(
        lambda match: bytes([ord(match.group()) - 0xDC00]).decode(_STRAY_ENCODING, errors="replace"), text
    )


def _line_list(numbers: Iterable[int], limit: int = 5) -> str:
    ordered = sorted(numbers)
    shown = ", ".join(str(number) for number in ordered[:limit])
    return shown + (f" and {len(ordered) - limit} more" if len(ordered) > limit else "")


def _encoding_name(encoding: str) -> str:
    return _ENCODING_NAMES.get(encoding, f"{encoding} (charset-normalizer's best guess)")


def _decode_with_bom(raw: bytes, encoding: str, path: Path) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        reason = f"not valid {encoding} despite its byte-order mark ({exc.reason}): re-save it as UTF-8"
        raise DocumentError(printable(path), reason) from exc


def _binary_reason(raw: bytes) -> str | None:
    sample = raw[:_BINARY_SAMPLE_BYTES]
    if b"\x00" in sample:
        return "it contains NUL bytes"
    controls = sum(1 for byte in sample if (byte < 0x20 and byte not in _TEXT_CONTROL_BYTES) or byte == 0x7F)
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        return f"{controls} of its first {len(sample)} bytes are control characters"
    return None


def _declared_html_text(raw: bytes) -> str | None:
    """An HTML page's text in the encoding its `<meta charset>` (or http-equiv Content-Type) declares,
    when it declares a legacy one and its bytes decode in it; else None (the caller guesses).

    Guessing reads windows-1254 or ISO-8859-13 as cp1252, whose letters they all decode to
    ("Erdoðan" for "Erdoğan"). A declaration of UTF-8 or UTF-16 is no help for bytes that are not
    UTF-8 (browsers read a meta "utf-16" as UTF-8 too), and one the bytes do not decode in is wrong.
    """
    head = raw[:_DECLARATION_BYTES]
    if not _looks_like_html(head.decode("latin-1")):  # any bytes, and the markup is ASCII
        return None
    match = _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(_BROWSER_CODECS.get(label, label)).name
    except LookupError:
        return None
    if codec.startswith(("utf-8", "utf-16", "utf-32")):
        return None
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def _looks_like_html(text: str) -> bool:
    """Markup whatever the file's name: a page saved as .txt is read as the page it is."""
    head = text[:1024].lstrip().lower()
    return head.startswith("<") and ("<!doctype html" in head or "<html" in head)


def _decode_legacy(raw: bytes, path: Path) -> tuple[str, str]:
    """Not UTF-8: (text, encoding) in the first Latin code page it reads as (Western, then Central
    European), else in charset-normalizer's best guess.

    charset-normalizer alone reads Polish ISO-8859-2 as ISO-8859-3 ('przyjħ³ ustawê'): its candidates
    differ in letters that only a reader of the language can tell apart, and it ranks them by byte
    statistics. A Latin page is taken only when every character it gives is a letter or common
    punctuation, no sign sits inside a word ('±' or '³' for 'ą' or 'ł'), and most letters are ASCII.
    """
    for encoding in _LATIN_ENCODINGS:
        text = _as_latin(raw, encoding)
        if text is not None:
            return text, encoding
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        raise DocumentError(printable(path), "cannot tell the text encoding: re-save the file as UTF-8")
    return str(best), best.encoding


def _as_latin(raw: bytes, encoding: str) -> str | None:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    foreign = [char for char in text if ord(char) > 0x7F]
    if any(not _is_western(char) for char in foreign) or _sign_inside_a_word(text):
        return None
    non_ascii_letters = sum(1 for char in letters if ord(char) > 0x7F)
    if letters and non_ascii_letters / len(letters) > _MAX_NON_ASCII_LETTER_SHARE:
        return None
    return text


def _sign_inside_a_word(text: str) -> bool:
    """A non-ASCII sign or number between two letters ('przyj±ł', 'g³osowa³o'): a letter misread."""
    return any(
        ord(char) > 0x7F
        and unicodedata.category(char)[0] in "SN"
        and text[index - 1].isalpha()
        and text[index + 1].isalpha()
        for index, char in enumerate(text[1:-1], 1)
    )


def _is_western(char: str) -> bool:
    return char in _WESTERN_SYMBOLS or (unicodedata.category(char).startswith("L") and ord(char) < 0x250)


def _parse_packaged(fmt: str, raw: bytes, path: Path) -> tuple[_Parsed, list[str]]:
    """A Word or PDF file: (its text read as a .txt file's, with a Word file's own title; why some of
    its pages were not read). Neither format's file dates (Word's created/modified, a PDF's
    /CreationDate) are read as the publication date: they say when the file was saved or printed."""
    name = printable(path)
    notes: list[str] = []
    if fmt == "docx":
        text, title = read_docx(raw, name)
    else:
        (text, notes), title = read_pdf(raw, name), None
    if not text.strip():
        raise DocumentError(name, f"empty document: the {fmt.upper()} file holds no text")
    parsed = _parse(fmt, text, path)
    return (replace(parsed, title=title) if title else parsed), notes


def _detect_format(path: Path, text: str) -> str:
    fmt = FORMAT_BY_SUFFIX.get(path.suffix.lower(), "text")
    return "html" if _looks_like_html(text) else fmt


def _parse(fmt: str, text: str, path: Path) -> _Parsed:
    if fmt == "html":
        return _parse_html(text, path)
    parsed = _parse_text(text, "markdown" if fmt == "markdown" else "text")
    if not parsed.text.strip():
        raise DocumentError(printable(path), "empty document: nothing to extract after the front matter")
    if entries := inline_entries(parsed.text):  # a live page saved as text: its entries stay in place
        return replace(parsed, posts=inline_posts(entries, page_clocks(parsed.published)))
    return parsed


# --- text and markdown ---------------------------------------------------------------------------------


def _first_line_title(text: str, strip: str = "") -> str | None:
    """The first line with a letter or digit (after stripping `strip`) if it reads as a headline.

    That is: another line with a letter or digit follows, and it is shorter than 200 characters, does
    not end with a full stop and does not run on into the next line (a hard-wrapped lede). A one-line
    file or a first line that is a sentence has no title, so that line stays a sentence of the article.
    """
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip().lstrip(strip).strip()
        if any(char.isalnum() for char in stripped) and not (not lines and is_date_line(stripped)):
            lines.append(stripped)  # a byline's date above the headline is not the title
            if len(lines) == 2:
                break
    if len(lines) < 2:
        return None
    title = lines[0]
    if len(title) >= MAX_TITLE_CHARS or _ENDS_WITH_FULL_STOP.search(title) or _wraps_on(text):
        return None
    return title


def _wraps_on(text: str) -> bool:
    """Whether the first line with a letter or digit is the first line of a hard-wrapped paragraph
    (a lede broken at 75 columns), not a headline."""
    run = next(
        (text[start:end] for start, end in segments(text) if any(c.isalnum() for c in text[start:end])), ""
    )
    return len(run.splitlines()) > 1


def _parse_text(text: str, fmt: str) -> _Parsed:
    """Text or markdown: split off front matter; the body after its closing line is what offsets index into.

    A block that is not valid YAML or TOML is kept as text and reported; so is one that is not a mapping
    (a document that opens with a `---` rule), without a report.
    """
    strip = "#" if fmt == "markdown" else ""
    found = _front_matter_block(text, strict=fmt != "markdown")
    if found is None:
        return _Parsed(text, _first_line_title(text, strip))
    syntax, block, body = found
    try:
        meta = _load_front_matter(block, syntax)
    except _FrontMatterError as exc:  # kept as text; the title comes from what follows the block
        return _Parsed(text, _first_line_title(body, strip), front_matter_problem=str(exc))
    if meta is None:
        return _Parsed(text, _first_line_title(text, strip))
    dated = _metadata_date(meta, DocumentDateSource.front_matter)
    title = _metadata_value(meta, "title")
    return _Parsed(
        body,
        title.strip() if isinstance(title, str) and title.strip() else _first_line_title(body, strip),
        dated.date,
        date_problems=dated.problems("front matter", "the publication date is estimated from the text"),
        title_problem=_title_problem("front matter", title),
    )


def _title_problem(where: str, title: object) -> str | None:
    """Why a metadata title that is not text was ignored (`title: 1984`, `title: [a, b]`), else None:
    it was passed over in silence, and the article went without the title the user gave it."""
    if title is None or isinstance(title, str):
        return None
    return (
        f"{where} title {title!r} is not text: it was ignored and the title is read from the article; "
        "write it as text, in quotes"
    )


def _front_matter_block(text: str, *, strict: bool) -> tuple[str, str, str] | None:
    """(syntax, block, body) of a YAML `---` or TOML `+++` block at the very top, else None.

    `strict` (plain text): only a block that reads as metadata, so that a text opening with a rule
    keeps its lines.
    """
    for syntax, pattern in _FRONT_MATTER.items():
        match = pattern.match(text)
        if match and (not strict or _reads_as_metadata(match.group(1), syntax)):
            return syntax, match.group(1), text[match.end() :]
    return None


def _reads_as_metadata(block: str, syntax: str) -> bool:
    lines = block.splitlines()
    keys = [line for line in lines if _METADATA_KEY_LINE[syntax].fullmatch(line)]
    return bool(keys) and all(line in keys or _METADATA_OTHER_LINE.fullmatch(line) for line in lines)


def _key_name(key: object) -> str | None:
    """A metadata key as it is matched: `publish_date`, `publishDate` and `Publish-Date` are one key
    (a sidecar's `publish_date` was read for its title only, its date silently estimated)."""
    return key.lower().replace("_", "").replace("-", "") if isinstance(key, str) else None


def _metadata_value(meta: dict[Any, Any], name: str) -> Any:
    """`meta[name]` with the key in any case (`Title`, `TITLE`); the first such key wins."""
    return next((value for key, value in meta.items() if _key_name(key) == name), None)


@dataclass(frozen=True)
class _MetadataDate:
    """The date a metadata mapping gives, the key it came from, and the keys whose value is not a date."""

    date: DocumentDate | None = None
    key: str | None = None
    bad: tuple[tuple[str, object], ...] = ()

    def problems(self, where: str, otherwise: str) -> tuple[str, ...]:
        """One reason per bad key; `otherwise` says where the date comes from when this gives none."""
        used = f"{self.key} ({self.date.value}) is used instead" if self.key and self.date else otherwise
        return tuple(
            f"{where} {key} {value!r} is not a date: it was ignored and {used}; "
            "write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-06-20)"
            for key, value in self.bad
        )


def _metadata_date(meta: dict[Any, Any], source: DocumentDateSource) -> _MetadataDate:
    """The first readable date under DATE_KEYS (any case), and every key whose value is not a date.

    An unreadable `date: soon` does not hide a readable `pubDate` beside it: the readable one is used and
    the other reported.
    """
    found = _MetadataDate()
    bad: list[tuple[str, object]] = []
    for key, value in _date_entries(meta):
        date = _parse_date(value, source)
        if date is None:
            bad.append((key, value))
        elif found.date is None:
            found = _MetadataDate(date, key)
    return _MetadataDate(found.date, found.key, tuple(bad))


def _date_entries(meta: dict[Any, Any]) -> list[tuple[str, object]]:
    """(key as written, value) for each DATE_KEYS key present with a value, in DATE_KEYS order."""
    by_name: dict[str, tuple[str, object]] = {}
    for key, value in meta.items():
        name = _key_name(key)
        if name in DATE_KEYS and value is not None:
            by_name.setdefault(name, (key, value))
    return [by_name[name] for name in DATE_KEYS if name in by_name]


class _FrontMatterError(ValueError):
    """The front matter block is not valid YAML or TOML; the message says where, why and what to do."""


class _FrontMatterLoader(yaml.SafeLoader):
    """yaml.SafeLoader that leaves dates as strings, so that `date: 2024-13-01` does not raise."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_front_matter(block: str, syntax: str = "YAML") -> dict[Any, Any] | None:
    """The front matter as a mapping; None when it is YAML but not a mapping; raise when not YAML/TOML."""
    if syntax == "TOML":
        return _load_toml(block)
    try:
        data = yaml.load(block, Loader=_FrontMatterLoader)  # a SafeLoader without timestamps
    except (yaml.YAMLError, ValueError) as exc:
        raise _FrontMatterError(
            f"front matter is not valid YAML ({_yaml_reason(exc)}): the date and title in it were not "
            "read; fix the YAML or remove the block"
        ) from exc
    if data is None:
        return {}
    return data if isinstance(data, dict) else None


def _load_toml(block: str) -> dict[str, Any]:
    """TOML (Hugo's `+++` block): dates come as date objects, quoted ones as strings; both are read."""
    try:
        return tomllib.loads(block)
    except tomllib.TOMLDecodeError as exc:
        # tomllib counts lines from the block's first line; the file's count starts at the `+++` line
        reason = _TOML_LINE.sub(lambda match: f"line {int(match.group(1)) + 1}", str(exc))
        raise _FrontMatterError(
            f"front matter is not valid TOML ({reason}): the date and title in it were not read; "
            "fix the TOML or remove the block"
        ) from exc


def _yaml_reason(exc: Exception) -> str:
    """Where and why, e.g. 'line 3: mapping values are not allowed here' (file lines, the block from 2)."""
    if not isinstance(exc, yaml.MarkedYAMLError):
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    mark = exc.context_mark or exc.problem_mark
    why = "; ".join(part for part in (exc.context, exc.problem) if part) or "cannot be parsed"
    return f"line {mark.line + 2}: {why}" if mark is not None else why


def _parse_date(value: object, source: DocumentDateSource) -> DocumentDate | None:
    """A date from metadata, read as `--published` reads it (or a TOML date object); None if it is not one."""
    if isinstance(value, dt.datetime | dt.date):
        return DocumentDate(value=value.strftime("%Y-%m-%d"), precision=Precision.day, source=source)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    try:
        return parse_document_date(value, source) if isinstance(value, str) else None
    except ValueError:
        logger.warning("ignored a %s date that is not a date: %r", source.value, value)
        return None


# --- e-mail --------------------------------------------------------------------------------------------


def _parse_email(raw: bytes, path: Path) -> tuple[_Parsed, str | None]:
    """An e-mail (.eml: a newsletter, an article sent or forwarded): (its body, how the body's text was
    decoded when that was a guess).

    The text is the plain-text body, else the HTML body read as a page is; the Subject (without "Fwd:")
    is the title and the Date header, the day as written, the publication date.
    """
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, email.message.EmailMessage):  # the default policy makes one
        raise DocumentError(printable(path), "cannot be read as an e-mail: save it as .txt and rerun")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise DocumentError(
            printable(path),
            "an e-mail without a text or HTML body: nothing to extract; save the article it links to or "
            "attaches as .txt, .md or .html and rerun",
        )
    decoded = _email_part_text(body, path)
    if not decoded.text.strip():
        raise DocumentError(printable(path), "empty e-mail: its body has no text")
    html = body.get_content_subtype() == "html"
    parsed = _parse_html(decoded.text, path) if html else _Parsed(decoded.text)
    subject = _REPLY_PREFIX.sub("", str(message.get("subject") or "")).strip()
    date, date_problem = _email_date(message)
    email_parsed = _Parsed(
        parsed.text,
        subject or parsed.title,
        date or parsed.published,
        date_problems=(date_problem,) if date_problem else (),
        date_problem_kind="email_header",
    )
    return email_parsed, decoded.note


def _email_part_text(part: email.message.MIMEPart, path: Path) -> _Decoded:
    """A body part's text in the charset it declares; a part without a usable one is read as a file is."""
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    charset = part.get_content_charset()
    if charset:
        try:
            return _Decoded(raw.decode(charset))
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(raw, path)


def _email_date(message: email.message.EmailMessage) -> tuple[DocumentDate | None, str | None]:
    """(the Date header's day as written, not moved to UTC; why a Date header was not read)."""
    # as written: the parsed header of a date it cannot read is empty
    header = next(
        (" ".join(value.split()) for name, value in message.raw_items() if name.lower() == "date"), None
    )
    if header is None:
        return None, None
    try:
        when = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None, (
            f"e-mail Date header {header!r} is not a date: it was ignored and the publication date is "
            "estimated from the text; give the date in a sidecar NAME.eml.meta.json"
        )
    return _parse_date(when, DocumentDateSource.email_header), None


# --- html ----------------------------------------------------------------------------------------------


# What XML cannot hold, raw or as a character reference: the C0 controls but tab, line feed and carriage
# return, and U+FFFE and U+FFFF. lxml refuses a text holding one, so a page with an ESC ("&#27;") in a
# paragraph or its title ended the whole build with a traceback. A browser shows none of them.
_XML_INCOMPATIBLE = frozenset([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])
_CHARACTER = re.compile(r"&#(?:([0-9]+)|[xX]([0-9a-fA-F]+));?|[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _without_xml_incompatible(html: str) -> str:
    """`html` without the characters lxml refuses; a form feed, which HTML reads as a space, is one."""

    def kept(match: re.Match[str]) -> str:
        decimal, hexadecimal = match[1], match[2]
        if decimal is None and hexadecimal is None:
            code = ord(match[0])
        else:
            code = int(decimal) if decimal is not None else int(hexadecimal, 16)
        if code not in _XML_INCOMPATIBLE:
            return match[0]
        return " " if code == 0x0C else ""

    return _CHARACTER.sub(kept, html)


def _parse_html(html: str, path: Path) -> _Parsed:
    """Article text by trafilatura from the page with its hidden parts removed; else the JSON-LD
    `articleBody`, the visible body text, or what the page shows in `<noscript>`, in that order."""
    html = _without_xml_incompatible(html)
    root = _visible_tree(html, path)
    entries = find_entries(root)
    for box in [element for element in root.iter() if entries and is_key_events_box(element)]:
        box.drop_tree()  # the entries listed again: the model was shown each twice
    meta = _extract(root)
    # A page that builds its article with JavaScript shows "Loading…" and a paywalled one its lede, but
    # either may give the whole article in its JSON-LD `articleBody`; a page that shows no more than half
    # of it is read from there. Else the article may be in <noscript>, for readers without JavaScript.
    text = (meta.text if meta else None) or ""
    article_body = _json_ld_body(root)
    if article_body and len(text.split()) * 2 < len(article_body.split()):
        text, entries = article_body, []
    text = text or _body_text(root)
    if not text.strip():
        shown = _visible_tree(html, path, noscript=True)
        meta = meta or _extract(shown)
        text = (meta.text if meta else None) or _body_text(shown)
    if not text.strip():
        reason = (
            "no article text found in HTML: is the article loaded by JavaScript? Save the page after it "
            "has loaded (the browser's Save Page As, complete) or copy its text into a .txt file"
        )
        raise DocumentError(printable(path), reason)
    title = (meta.title if meta else None) or root.findtext(".//title")
    published = _parse_date(meta.date, DocumentDateSource.html_meta) if meta and meta.date else None
    if published is None:
        published = _byline_date(html, path, text)
    stamped = [Stamped(entry.stamp, entry.minutes, entry.day, _entry_body(entry)) for entry in entries]
    if not stamped and (inline := inline_entries(text)):
        # stamps that open their paragraphs ("14:40 GMT - Police say ..."): each entry its stamp's line
        # and its words, as an entry in an element of its own is written
        stamped = [Stamped(e.stamp, e.minutes, None, text[e.body_start : e.end].strip()) for e in inline]
        text = text[: inline[0].start] + text[inline[-1].end :]
    stamped = stamped or _live_blog_updates(html)
    if stamped:
        # trafilatura takes a page's date from a visible line it may leave out of the text
        shown = _body_text(_visible_tree(html, path)).splitlines()[:_DATE_LINES]
        lines = [line for line in shown + text.splitlines()[:_DATE_LINES] if len(line) <= _DATE_LINE_CHARS]
        clocks = page_clocks(published, [*_page_date_times(root), *lines])
        text, posts = _live_page_text(text, stamped, clocks)
    else:
        posts = ()
    return _Parsed(text, title.strip() if title and title.strip() else None, published, posts=posts)


# where a live page's date line ("Updated 28 November 2025 01:10 GMT") is looked for: the first lines of
# the page and of its text, no longer than a date line is
_DATE_LINES = 20
_DATE_LINE_CHARS = 100


def _page_date_times(root: Any) -> list[str]:
    """The date-times a page gives for itself: its meta tags' and its JSON-LD article's (reduced to the
    page's own by _keep_articles)."""
    written = [meta.get("content") or "" for meta in root.iter("meta")]
    for script in root.iter("script"):
        if _is_json_ld(script):
            data = json.loads(script.text or "")
            written += [
                value
                for article in (data if isinstance(data, list) else [data])
                for key, value in article.items()
                if key.lower().startswith("date") and isinstance(value, str)
            ]
    return written


def _live_blog_updates(html: str) -> list[Stamped]:
    """The entries a live page lists in its JSON-LD (`"@type": "LiveBlogPosting"`, each of its
    `liveBlogUpdate` a posting with its exact `datePublished`, `headline` and `articleBody`), read when
    the page shows none with a stamp; [] when it lists none. Read from the page as written:
    _visible_tree keeps only an article's plain values, for trafilatura's date search, which would take
    an update's date for the page's."""
    if "liveBlogUpdate" not in html:
        return []
    updates: list[Stamped] = []
    for script in lxml.html.document_fromstring(html.encode()).iter("script"):
        if not _is_json_ld(script):
            continue
        try:
            data = json.loads(script.text or "")
        except json.JSONDecodeError:
            continue
        items = [entry for item in (data if isinstance(data, list) else [data]) for entry in _graph(item)]
        for blog in (item for item in items if "LiveBlogPosting" in _types(item)):
            listed = blog.get("liveBlogUpdate")
            for update in listed if isinstance(listed, list) else [listed]:
                read = _update(update)
                updates += [read] if read is not None else []
    return updates


def _update(update: object) -> Stamped | None:
    """One `liveBlogUpdate` as an entry stamped with its `datePublished` ("10:58"), its text its headline
    and its body; None without a time or a text."""
    if not isinstance(update, dict) or not isinstance(update.get("datePublished"), str):
        return None
    written = read_datetime(update["datePublished"])
    day, minutes = written if written is not None else (None, None)
    if day is None or minutes is None:
        return None
    parts = [update.get("headline"), update.get("articleBody")]
    lines = [
        _body_text(lxml.html.fragment_fromstring(part, create_parent="div")) if _MARKUP.search(part) else part
        for part in parts
        if isinstance(part, str) and part.strip()
    ]
    if len(lines) == 2 and " ".join(lines[1].split()).startswith(" ".join(lines[0].split())):
        lines = lines[1:]  # a body that opens with its headline
    body = "\n".join(" ".join(line.split()) for part in lines for line in part.splitlines() if line.strip())
    return Stamped(f"{minutes // 60:02d}:{minutes % 60:02d}", minutes, day, body) if body else None


def _live_page_text(
    extracted: str, entries: Sequence[Stamped], clocks: Sequence[int] = ()
) -> tuple[str, tuple[Post, ...]]:
    """A live page's text: the lines trafilatura `extracted` that are no entry's (the headline, a
    standfirst), then the entries oldest first, each its stamp's line and its text (see timeline.live);
    an entry shown twice (a pinned post) once. `clocks`: the times of the page's own date stamps."""
    ordered, midnights = chronological(entries, clocks)
    written: list[tuple[str, dt.date | None, int, str]] = []
    bodies: set[str] = set()
    for entry, passed in zip(ordered, midnights, strict=True):
        body = entry.body
        if body and body not in bodies:
            bodies.add(body)
            written.append((entry.stamp, entry.day, passed, body))
    lines = [line for _, _, _, body in written for line in body.splitlines()]
    # trafilatura keeps a stamp in a paragraph of its own as a line; a line it cut shorter is in one
    known = set(lines) | {entry.stamp for entry in entries}
    joined = "\n".join(lines)
    lead = [
        line
        for line in extracted.splitlines()
        if " ".join(line.split()) not in known
        and " ".join(line.split()) not in joined
        and not any(len(own) >= 20 and own in line for own in lines)
    ]
    return assemble(lead, written)


def _entry_body(entry: Entry) -> str:
    """An entry's text without its stamp, buttons and share links, one line per block."""
    at = list(entry.element.iter()).index(entry.stamp_element)
    copy = copy_module.deepcopy(entry.element)
    elements = list(copy.iter())
    dropped = [elements[at], *(e for e in elements if e is not elements[at] and is_entry_furniture(e))]
    for element in dropped:
        if element.getparent() is not None:
            element.drop_tree()
    return _body_text(copy)


_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’»)\]]*$")
_BYLINE_LINES = 5  # how far above the article's first line a byline's date is looked for


def _byline_date(html: str, path: Path, text: str) -> DocumentDate | None:
    """The date a page without date metadata prints alone on a line just above its article ("Published:
    October 24, 2024 10:42 AM"), estimated as from a text file's byline. trafilatura leaves that line
    out of the article, so the estimate from the text cannot see it (a print view came out undated)."""
    # the article's first paragraph, not its headline: a date line under the headline is a byline too
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = next((line for line in lines if _ENDS_SENTENCE.search(line)), lines[0] if lines else "")
    page = _body_text(_visible_tree(html, path))
    at = page.find(first[:80]) if first else -1
    above = [line for line in page[: max(at, 0)].splitlines() if line.strip()][-_BYLINE_LINES:]
    line = next((line for line in reversed(above) if is_date_line(line)), None)
    return estimate_document_date(line) if line else None


def _extract(root: Any) -> _TrafilaturaDocument | None:
    extracted = trafilatura.bare_extraction(
        lxml.html.tostring(root, encoding="unicode"),
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    return extracted if isinstance(extracted, _TrafilaturaDocument) else None


def _json_ld_body(root: Any) -> str | None:
    """The first non-empty `articleBody` of the page's own article in its JSON-LD (see _keep_articles),
    as text: a body given as HTML (`<p>...</p>`) is read as the page's body text is."""
    for script in root.iter("script"):
        if not _is_json_ld(script):
            continue
        data = json.loads(script.text or "")  # _visible_tree kept only what it could read
        for article in data if isinstance(data, list) else [data]:
            body = article.get("articleBody")
            if isinstance(body, str) and _MARKUP.search(body):
                body = _body_text(lxml.html.fragment_fromstring(body, create_parent="div"))
            if isinstance(body, str) and body.strip():
                return body.strip()
    return None


def _keep_articles(script: Any) -> bool:
    """Reduce a JSON-LD script to the page's own article: the article objects at its top (alone, in a
    list or in an `@graph`) with their plain values (headline, datePublished, articleBody), so that
    trafilatura's date search, which takes the oldest date (`original_date`), never sees a related
    story's (an `ItemList` of older NewsArticles) or a WebPage's. False when nothing is left."""
    try:
        data = json.loads(script.text or "")
    except json.JSONDecodeError:
        return False  # broken metadata costs nothing: the page is read without it
    items = data if isinstance(data, list) else [data]
    items = [entry for item in items for entry in _graph(item)]
    articles = [
        {key: value for key, value in item.items() if isinstance(value, str)}
        for item in items
        if any(kind.endswith(("Article", "Posting")) for kind in _types(item))
    ]
    script.text = json.dumps(articles[0] if len(articles) == 1 else articles, ensure_ascii=False)
    return bool(articles)


def _graph(item: object) -> list[dict[str, Any]]:
    if not isinstance(item, dict):
        return []
    graph = item.get("@graph")
    return [entry for entry in graph if isinstance(entry, dict)] if isinstance(graph, list) else [item]


def _types(item: dict[str, Any]) -> list[str]:
    kind = item.get("@type")
    return (
        [kind]
        if isinstance(kind, str)
        else [k for k in kind if isinstance(k, str)]
        if isinstance(kind, list)
        else []
    )


def _visible_tree(html: str, path: Path, *, noscript: bool = False) -> Any:
    """The page without its hidden parts; `noscript`: with what it shows to readers without JavaScript."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise DocumentError(printable(path), f"no article text found in HTML ({exc})") from exc
    dropped = [e for e in root.iter() if _is_hidden(e, noscript) or _is_page_furniture(e)]
    dropped += [
        e for e in root.iter("script") if _is_json_ld(e) and e not in dropped and not _keep_articles(e)
    ]
    for element in dropped:
        if element.getparent() is not None:
            element.drop_tree()
    return root


def _is_page_furniture(element: Any) -> bool:
    """Navigation, a sidebar, or the page's footer: never the article, which trafilatura knows too, but
    their `<time>`s reached its date search, which takes the oldest date on the page (`original_date`),
    so a related story's "1 May 2023" beside the article dated it. A footer inside an `<article>` is the
    article's own (it may hold its date) and stays."""
    if not isinstance(element.tag, str):
        return False
    tag = element.tag.lower()
    in_article = next(element.iterancestors("article"), None) is not None
    return tag in _FURNITURE_TAGS or (tag == "footer" and not in_article) or _is_box_of_other_stories(element)


def _is_box_of_other_stories(element: Any) -> bool:
    """A block headed "Most viewed", "Most read", "More on this story" (cleaning's tail markers): other
    stories, whose `<time>`s dated the article ("Most viewed" on a Guardian page gave 16 October 2025 to
    a story of 7 March 2024). Only a block that opens with such a heading and holds no headline."""
    children = [child for child in element if isinstance(child.tag, str)]
    if not children or children[0].tag.lower() not in _SUBHEADINGS or element.find(".//h1") is not None:
        return False
    return TAIL_MARKERS.match(" ".join(children[0].text_content().split())) is not None


def _is_hidden(element: Any, noscript: bool = False) -> bool:
    if not isinstance(element.tag, str):
        return True  # a comment or processing instruction the parser kept
    if _is_json_ld(element):
        return False  # never shown, but trafilatura reads the page's date and title from it
    return (
        (element.tag.lower() in _DROPPED_TAGS and not (noscript and element.tag.lower() == "noscript"))
        or element.get("hidden") is not None
        or (element.get("aria-hidden") or "").strip().lower() == "true"
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
    )


def _is_json_ld(element: Any) -> bool:
    """A `<script type="application/ld+json">`: the schema.org metadata (datePublished, headline) that
    AMP pages, live blogs and many news sites give only there."""
    return element.tag.lower() == "script" and (element.get("type") or "").strip().lower() == _JSON_LD


def _body_text(root: Any) -> str:
    """The visible text of <body>, one line per block, whitespace collapsed. Changes `root`."""
    body = root.find("body")
    body = root if body is None else body
    for script in [element for element in body.iter("script") if element.getparent() is not None]:
        script.drop_tree()  # the JSON-LD that _visible_tree kept for its metadata is not text
    for element in body.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in body.text_content().splitlines())
    return "\n".join(line for line in lines if line)


# --- sidecar -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sidecar:
    name: str = ""
    title: str | None = None
    dated: _MetadataDate = field(default_factory=_MetadataDate)
    problem: str | None = None  # why the sidecar was not used
    title_problem: str | None = None  # a title that is not text, ignored


def _read_sidecar(path: Path) -> _Sidecar:
    """`NAME.meta.json` next to the document (a source manifest): "title" and a date under DATE_KEYS.

    Metadata must not cost the article: a sidecar that cannot be used is reported (like bad front
    matter) and the document keeps the date and title of its other sources.
    """
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return _Sidecar()
    unused = "its date and title were not used; fix it or remove it"
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        return _Sidecar(problem=f"cannot read {sidecar.name} ({_os_reason(exc, 'file')}): {unused}")
    except UnicodeDecodeError:
        return _Sidecar(problem=f"{sidecar.name} is not UTF-8: {unused} (re-save it as UTF-8)")
    except json.JSONDecodeError as exc:
        return _Sidecar(problem=f"{sidecar.name} is not valid JSON ({exc}): {unused}")
    if not isinstance(data, dict):
        example = '{"published": "2024-06-20", "title": "..."}'
        return _Sidecar(problem=f"{sidecar.name} is not a JSON object like {example}: {unused}")
    title = _metadata_value(data, "title")
    return _Sidecar(
        name=sidecar.name,
        title=title.strip() if isinstance(title, str) and title.strip() else None,
        dated=_metadata_date(data, DocumentDateSource.manifest),
        title_problem=_title_problem(sidecar.name, title),
    )
