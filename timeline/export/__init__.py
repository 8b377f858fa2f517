"""Outputs: render a `Timeline` as JSON, a self-contained HTML viewer, TimelineJS3 JSON, Markdown or CSV.

Imports only the standard library, jinja2 and `timeline.models`; never extraction, pipeline or providers.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from timeline.export.labels import date_label
from timeline.models import Timeline

__all__ = ["FORMATS", "date_label", "load_texts", "render"]

FORMATS = ("json", "html", "timelinejs", "markdown", "csv")

log = logging.getLogger(__name__)


def render(timeline: Timeline, fmt: str, texts: Mapping[str, str] | None = None) -> str:
    """Render `timeline` in `fmt`, one of FORMATS.

    `texts` maps document ids to their text (see `load_texts`); only the HTML viewer uses it, to show
    each quote in the context of its article. Without it the viewer shows the quotes alone.
    """
    if fmt == "json":
        return timeline.model_dump_json(indent=2) + "\n"
    if fmt == "html":
        from timeline.export.html import render_html

        return render_html(timeline, texts)
    if fmt == "timelinejs":
        from timeline.export.timelinejs import render_timelinejs

        return render_timelinejs(timeline)
    if fmt == "markdown":
        from timeline.export.markdown import render_markdown

        return render_markdown(timeline)
    if fmt == "csv":
        from timeline.export.csv_export import render_csv

        return render_csv(timeline)
    raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")


CONTEXT_LOST = "the viewer shows its quotes without the article around them"


def load_texts(
    timeline: Timeline, base: Path | None = None, warn: Callable[[str], None] | None = None
) -> dict[str, str]:
    """Read each document's text, for showing quotes in context; skip what cannot be trusted.

    A relative `documents[].path` is resolved against `base` (default: the current directory). A
    document is skipped, never fatal, when its file is missing or unreadable, its SHA-256 differs from
    the recorded one, or any of its sources' `text[start:end]` is not the quote.

    Each skipped document is told once, in one line naming the document, the file and the reason, e.g.
    "000.txt: /old/path/000.txt not found; the viewer shows its quotes without the article around them
    (rebuild the timeline or keep the files in place)": passed to `warn` when given (the CLI prints it on
    stderr), else logged at WARNING on this module's logger.

    Plain text only for now: the bytes are decoded as UTF-8 (BOM stripped). HTML and Markdown documents,
    whose offsets index the extracted text, fail the quote check and are skipped until the documents
    layer provides their extracted text; that known limit is logged at INFO, not told.
    """
    tell: Callable[[str], None] = warn if warn is not None else log.warning
    root = base if base is not None else Path.cwd()
    quotes: dict[str, list[tuple[int, int, str]]] = {}
    for event in timeline.events:
        for source in event.sources:
            quotes.setdefault(source.document, []).append((source.start, source.end, source.quote))
    texts: dict[str, str] = {}
    for doc in timeline.documents:
        path = Path(doc.path)
        if not path.is_absolute():
            path = root / path
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            tell(
                f"{doc.id}: {path} not found; {CONTEXT_LOST}"
                " (rebuild the timeline or keep the files in place)"
            )
            continue
        except OSError as exc:
            tell(f"{doc.id}: cannot read {path} ({exc.strerror or exc}); {CONTEXT_LOST}")
            continue
        if hashlib.sha256(raw).hexdigest() != doc.sha256.lower():
            tell(
                f"{doc.id}: {path} changed since the timeline was built (SHA-256 differs); {CONTEXT_LOST} "
                "(rebuild the timeline from the current file)"
            )
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            tell(f"{doc.id}: {path} is not UTF-8 text; {CONTEXT_LOST}")
            continue
        if any(text[start:end] != quote for start, end, quote in quotes.get(doc.id, [])):
            if doc.format == "text":
                tell(f"{doc.id}: the quotes do not match the text of {path} at their offsets; {CONTEXT_LOST}")
            else:
                log.info("no context for %s: offsets index the text extracted from %s", doc.id, doc.format)
            continue
        texts[doc.id] = text
    return texts
