"""Markdown report: provenance and the run's counts, one section per event with its sources quoted (each
with its character offsets, and what of its date the article's date supplied), then the documents
(with how each publication date was known) and the problems.

A report for reading, not the record: whitespace inside quotes is collapsed (the JSON keeps every
quote exactly as `text[start:end]`). Text from the articles and the model is escaped so that no
Markdown or HTML in it takes effect: metacharacters and `&` get a backslash or an entity, a line that
would start a list, heading, quote or rule is escaped at its start, and file names are plain escaped
text, never code spans (a backtick in a name would close one). Bidi embedding, override and isolate
characters are dropped: one in a file name would reverse the date printed after it on its line. Other
control characters (an ESC, a bell) are shown as their escapes ("\\x1b"): a report read in a terminal
would run them.
"""

from __future__ import annotations

import re

from timeline.export.labels import (
    basis_note,
    controls_escaped,
    counted,
    date_label,
    date_parts,
    without_bidi_controls,
)
from timeline.models import DocumentDate, DocumentInfo, Event, Timeline

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
# At a line start these would open a list, a rule or a setext heading; "1." an ordered list (a
# backslash may only stand before punctuation, so it goes before the dot), only when a space or the
# end follows it: "0.1.0" or "2.5%" opens nothing, and read "0\.1.0" in the raw file.
_BLOCK_START = re.compile(r"^(?P<mark>[-+=])|^(?P<number>\d+)(?P<dot>[.)])(?=\s|$)")


def md_escape(text: str) -> str:
    """Inline text: whitespace collapsed, bidi controls dropped, Markdown and HTML metacharacters escaped,
    also at a line start."""
    # A control character left in (an ESC in a file name or a sidecar's title) would command the terminal
    # of whoever reads the report with `cat` or `less -R`; it is shown as its escape, as on stderr.
    plain = controls_escaped(" ".join(without_bidi_controls(text).split()))
    escaped = _SPECIAL.sub(r"\\\1", plain.replace("&", "&amp;"))
    return _BLOCK_START.sub(
        lambda m: "\\" + m["mark"] if m["mark"] else m["number"] + "\\" + m["dot"], escaped, count=1
    )


def _source_line(document: str, start: int, end: int, date: str, basis: str) -> str:
    """'- 000.txt (June 2024, year from the article's date): chars 1400–1526' — where to check the quote."""
    dated = f"{date}, {basis}" if basis else date
    return f"- {md_escape(document)} ({dated}): chars {start}–{end}"


def _event(event: Event, published: dict[str, DocumentDate]) -> list[str]:
    lines = [f"### {date_label(event.date)} — {md_escape(event.title)}", ""]
    meta = f"**Kind:** {event.kind.value}" + (f" (“{md_escape(event.kind_cue)}”)" if event.kind_cue else "")
    if event.actors:
        meta += " · **Actors:** " + ", ".join(md_escape(a) for a in event.actors)
    if event.date.text:
        meta += f" · **Date as written:** “{md_escape(event.date.text)}”"
    lines += [meta, ""]
    if event.date_conflict:
        given = "; ".join(f"{md_escape(s.document)}: {date_label(s.date)}" for s in event.sources)
        lines += [f"**⚠ Conflicting dates** — the sources disagree ({given}).", ""]
    lines += [md_escape(event.summary), ""]
    for source in event.sources:
        basis = basis_note(source.date, published.get(source.document))
        lines.append(_source_line(source.document, source.start, source.end, date_label(source.date), basis))
        lines.append(f"  > {md_escape(source.quote)}")
    lines.append("")
    return lines


def _document(doc: DocumentInfo) -> str:
    """'- 000.txt — Title · published 2024 (estimated), from “by the end of 2024”'."""
    line = f"- {md_escape(doc.id)}" + (f" — {md_escape(doc.title)}" if doc.title else "")
    published = doc.published
    if published.value is None:
        return line + " · publication date unknown (its “last week” or “in June” are left undated)"
    line += f" · published {published.value} ({published.source.value})"
    return line + (f", from “{md_escape(published.evidence)}”" if published.evidence else "")


def render_markdown(timeline: Timeline) -> str:
    prov = timeline.provenance
    s = timeline.summary
    lines = [
        "# Timeline",
        "",
        f"_{counted(s.events, 'event')} from {counted(s.documents, 'document')} "
        f"({s.documents_failed} failed) · "
        f"model {md_escape(prov.model)} via {md_escape(prov.provider)} · run {md_escape(prov.started_at)} · "
        f"timeline {md_escape(prov.tool_version)}, schema {md_escape(timeline.schema_version)}_",
        "",
    ]
    dated = [e for e in timeline.events if date_parts(e.date) is not None]
    undated = [e for e in timeline.events if date_parts(e.date) is None]
    conflicts = sum(1 for e in timeline.events if e.date_conflict)
    # The counts a reader checks before trusting the report, as the viewer's header gives them, each with
    # its noun: "3 extracted" beside "2 dropped as page furniture" did not say that one counts events
    # (before grounding and merging) and the other sentences.
    lines += [
        f"_{len(undated)} undated (listed last) · {conflicts} with conflicting dates · "
        f"{counted(s.events_extracted, 'event')} extracted · "
        f"{counted(s.events_dropped_ungrounded, 'event')} dropped as ungrounded · "
        f"{counted(s.furniture_sentences_removed, 'sentence')} dropped as page furniture · "
        f"{counted(s.sentences_with_instructions, 'sentence')} addressed to the model, never shown to it · "
        f"{counted(s.analysis_sentences_hidden, 'question')} or analysis, never shown to it · "
        f"{counted(s.events_aligned, 'event')} aligned by wording · "
        f"{counted(s.headlines_replaced, 'headline')} replaced by their quote · "
        f"{counted(s.documents_not_english, 'document')} not in English: "
        "dates, kinds, actors read in English only_",
        "",
    ]
    published = {doc.id: doc.published for doc in timeline.documents}
    year: int | None = None
    for event in dated:
        parts = date_parts(event.date)
        assert parts is not None
        if parts[0] != year:
            year = parts[0]
            lines += [f"## {year}", ""]
        lines += _event(event, published)
    if undated:
        lines += ["## Undated", ""]
        for event in undated:
            lines += _event(event, published)
    if timeline.documents:
        lines += ["## Documents", "", *(_document(doc) for doc in timeline.documents), ""]
    if timeline.problems:
        lines += ["## Problems", ""]
        for p in timeline.problems:
            where = f"{md_escape(p.document)}: " if p.document else ""
            lines.append(f"- {where}{md_escape(p.kind)} — {md_escape(p.message)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
