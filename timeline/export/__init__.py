"""Outputs: render a `Timeline` as JSON, a self-contained HTML viewer, TimelineJS3 JSON, Markdown or CSV.

Imports only the standard library, jinja2, `timeline.models` and (to read the articles the HTML viewer
shows quotes in, as the build read them) `timeline.documents`; never extraction, pipeline or providers.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from timeline.export.labels import date_label
from timeline.models import DocumentInfo, Timeline

__all__ = ["FORMATS", "date_label", "load_texts", "render"]

FORMATS = ("json", "html", "timelinejs", "markdown", "csv")

log = logging.getLogger(__name__)


def render(
    timeline: Timeline,
    fmt: str,
    texts: Mapping[str, str] | None = None,
    warn: Callable[[str], None] | None = None,
) -> str:
    """Render `timeline` in `fmt`, one of FORMATS.

    `texts` maps document ids to their text (see `load_texts`); only the HTML viewer uses it, to show
    each quote in the context of its article. Without it the viewer shows the quotes alone.

    `warn` is told, in one line each, what the format leaves out (TimelineJS: undated events); the CLI
    prints it on stderr. Without it the line is logged at WARNING.
    """
    if fmt == "json":
        return timeline.model_dump_json(indent=2) + "\n"
    if fmt == "html":
        from timeline.export.html import render_html

        return render_html(timeline, texts)
    if fmt == "timelinejs":
        from timeline.export.timelinejs import render_timelinejs

        return render_timelinejs(timeline, warn)
    if fmt == "markdown":
        from timeline.export.markdown import render_markdown

        return render_markdown(timeline)
    if fmt == "csv":
        from timeline.export.csv_export import render_csv

        return render_csv(timeline)
    raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")


CONTEXT_LOST = "the viewer shows its quotes without the article around them"


def load_texts(
    timeline: Timeline,
    base: Path | Sequence[Path] | None = None,
    warn: Callable[[str], None] | None = None,
) -> dict[str, str]:
    """Each document's text as the build read it, to show quotes in context; skips what cannot be trusted.

    A relative `documents[].path` (the build records the path as it was given) is looked for in each
    folder of `base` in turn (default: the current directory; `timeline export` passes the current
    directory, then the timeline file's folder), and the first file there with the recorded SHA-256 is
    used. Each file is read by the build's own loader (`timeline.documents.load_document`), so its
    encoding (UTF-8 with or without BOM, cp1252, UTF-16), Markdown front matter and HTML extraction give
    the very text the sources' offsets index into. A document is skipped, never fatal, when its file is
    missing or unreadable, its SHA-256 differs from the recorded one, or its text is not the one the build
    read: a length other than the recorded `chars`, or a source whose `text[start:end]` is not its quote.

    Each skipped document is told once, in one line naming the document, the file (or the folders
    tried) and the reason, e.g. "000.txt: seeds/000.txt not found in /home/me or /data/runs; the viewer
    shows its quotes without the article around them (export from the folder the build ran in, or keep
    the files in place)": passed to `warn` when given (the CLI prints
    it on stderr), else logged at WARNING on this module's logger.
    """
    from timeline.documents import load_document
    from timeline.errors import DocumentError

    tell: Callable[[str], None] = warn if warn is not None else log.warning
    roots = _folders(base)
    quotes: dict[str, list[tuple[int, int, str]]] = {}
    for event in timeline.events:
        for source in event.sources:
            quotes.setdefault(source.document, []).append((source.start, source.end, source.quote))
    texts: dict[str, str] = {}
    for doc in timeline.documents:
        found = _find(doc, roots)
        if isinstance(found, str):
            tell(found)
            continue
        path = found
        try:
            loaded = load_document(path, doc_id=doc.id)
        except DocumentError as exc:
            tell(f"{doc.id}: cannot read {path} ({exc.reason}); {CONTEXT_LOST}")
            continue
        text = loaded.text
        if len(text) != doc.chars:
            tell(
                f"{doc.id}: the text read from {path} ({loaded.info.format}) has {len(text)} characters "
                f"where the build read {doc.chars} (another version of the reader?); {CONTEXT_LOST} "
                "(rebuild the timeline)"
            )
            continue
        if any(text[start:end] != quote for start, end, quote in quotes.get(doc.id, [])):
            tell(f"{doc.id}: the quotes do not match the text of {path} at their offsets; {CONTEXT_LOST}")
            continue
        texts[doc.id] = text
    return texts


def _folders(base: Path | Sequence[Path] | None) -> list[Path]:
    """The folders to look in, absolute, each once, in order."""
    given = [Path.cwd()] if base is None else [base] if isinstance(base, Path) else list(base)
    folders: list[Path] = []
    for folder in given:
        folder = Path(os.path.abspath(folder))
        if folder not in folders:
            folders.append(folder)
    return folders


def _find(doc: DocumentInfo, roots: list[Path]) -> Path | str:
    """The file holding `doc` as the build read it (its SHA-256 matches), else the line telling why not.

    When no folder holds it, the first file found at the document's path decides the reason (it cannot
    be read, or changed since the build); when there is none, every place looked in is named.
    """
    recorded = Path(doc.path)
    candidates = [recorded] if recorded.is_absolute() else [root / recorded for root in roots]
    reasons: list[str] = []
    for path in candidates:
        if path.exists() and not path.is_file() and not path.is_dir():
            # A timeline names its files itself: /dev/zero or a FIFO would be read forever (a folder fails
            # to read below).
            reasons.append(
                f"{doc.id}: {path} is not a regular file (a device or pipe), so it is not read; "
                f"{CONTEXT_LOST} (check the timeline's documents[].path, or rebuild it)"
            )
            continue
        try:
            raw = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError as exc:
            reasons.append(f"{doc.id}: cannot read {path} ({exc.strerror or exc}); {CONTEXT_LOST}")
            continue
        if hashlib.sha256(raw).hexdigest() == doc.sha256.lower():
            return path
        reasons.append(
            f"{doc.id}: {path} changed since the timeline was built (SHA-256 differs); {CONTEXT_LOST} "
            "(rebuild the timeline from the current file)"
        )
    if reasons:
        return reasons[0]
    if recorded.is_absolute():  # a relative path is the build's folder's, even when one folder was tried
        return (
            f"{doc.id}: {candidates[0]} not found; {CONTEXT_LOST} "
            "(rebuild the timeline or keep the files in place)"
        )
    return (
        f"{doc.id}: {doc.path} not found in {' or '.join(str(root) for root in roots)}; {CONTEXT_LOST} "
        "(export from the folder the build ran in, or keep the files in place)"
    )
