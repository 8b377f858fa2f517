"""The self-contained HTML viewer: one file, inline CSS and JS, no network.

Rendered from the package resource `templates/viewer.html.j2` with autoescaping on. The events are
rendered server-side (readable without JS); the timeline is also embedded as JSON in
`<script type="application/json" id="timeline-data">`, from which the inline script builds the search
and filters. A Content-Security-Policy meta tag allows only the page's own inline script and style
(by hash) and no network at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import jinja2

from timeline.export.labels import (
    basis_note,
    date_label,
    date_parts,
    month_label,
    noun_for,
    without_bidi_controls,
)
from timeline.models import DocumentDate, Event, Timeline

CONTEXT_CHARS = 300


@dataclass
class SourceView:
    document: str
    document_title: str
    quote: str
    date_label: str
    date_text: str
    start: int
    end: int
    basis_note: str = ""
    before: str = ""
    after: str = ""
    has_context: bool = False
    clipped_before: bool = False
    clipped_after: bool = False


@dataclass
class EventView:
    event: Event
    date_label: str
    sources: list[SourceView]


@dataclass
class Run:
    heading: str | None
    events: list[EventView] = field(default_factory=list)
    year_only: bool = False
    # The id of its section, a URL fragment a reader can share ("#y2024-06"); empty without a heading.
    anchor: str = ""


@dataclass
class Group:
    heading: str
    key: str
    runs: list[Run] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        """The id of the year's section: "y2024" (an id may not be read as a number by CSS), "undated"."""
        return self.key if self.key == UNDATED else f"y{self.key}"

    @property
    def count(self) -> int:
        return sum(len(run.events) for run in self.runs)


UNDATED = "undated"


def _context(text: str, start: int, end: int) -> tuple[str, str, bool, bool]:
    """Up to CONTEXT_CHARS either side of text[start:end], cut at whitespace where possible."""
    lo = max(0, start - CONTEXT_CHARS)
    hi = min(len(text), end + CONTEXT_CHARS)
    before, after = text[lo:start], text[end:hi]
    if lo > 0:
        cut = before.find(" ")
        if 0 <= cut < 40:
            before = before[cut + 1 :]
    if hi < len(text):
        cut = after.rfind(" ")
        if cut > len(after) - 40:
            after = after[:cut]
    return before, after, lo > 0, hi < len(text)


def _event_view(
    event: Event,
    titles: Mapping[str, str],
    published: Mapping[str, DocumentDate],
    texts: Mapping[str, str],
) -> EventView:
    sources = []
    for s in event.sources:
        view = SourceView(
            s.document,
            titles.get(s.document, ""),
            s.quote,
            date_label(s.date),
            s.date.text or "",
            s.start,
            s.end,
            basis_note(s.date, published.get(s.document)),
        )
        text = texts.get(s.document)
        if text is not None and text[s.start : s.end] == s.quote:
            view.before, view.after, view.clipped_before, view.clipped_after = _context(text, s.start, s.end)
            view.has_context = True
        sources.append(view)
    return EventView(event, date_label(event.date), sources)


def group_events(views: list[EventView]) -> list[Group]:
    """Year groups, each split into runs of consecutive events sharing a month (order kept); undated last.

    Events with only a year form a run without a month heading, labelled only when the year also has
    events with a month, so that they are not read as belonging to the month above them: by their
    date's label when it has a modifier ("by 2024", "end of 2024"; each sorts to its place in the
    year), else "2024, month not given".
    """
    groups: list[Group] = []
    undated = Group("Undated", UNDATED, [Run(None)])
    for view in views:
        parts = date_parts(view.event.date)
        if parts is None:
            undated.runs[0].events.append(view)
            continue
        year, month, _ = parts
        if not groups or groups[-1].key != str(year):
            groups.append(Group(str(year), str(year)))
        group = groups[-1]
        if month is not None:
            heading = month_label(year, month)
        else:
            heading = view.date_label if view.event.date.modifier else f"{year}, month not given"
        if not group.runs or group.runs[-1].heading != heading:
            modifier = view.event.date.modifier
            anchor = f"{month:02d}" if month is not None else modifier.value if modifier else "year"
            group.runs.append(Run(heading, year_only=month is None, anchor=f"{group.anchor}-{anchor}"))
        group.runs[-1].events.append(view)
    for group in groups:
        if all(run.year_only for run in group.runs):
            for run in group.runs:
                run.heading = None
                run.anchor = ""
        _unique_anchors(group.runs)
    if undated.runs[0].events:
        groups.append(undated)
    return groups


def _unique_anchors(runs: list[Run]) -> None:
    """A heading seen again later in its year ("June 2024", "mid-2024", "June 2024" when an approximate
    date sorts between) gets "-2", "-3": an id names one section."""
    seen: dict[str, int] = {}
    for run in runs:
        if run.anchor:
            seen[run.anchor] = seen.get(run.anchor, 0) + 1
            if seen[run.anchor] > 1:
                run.anchor = f"{run.anchor}-{seen[run.anchor]}"


TITLE_CHARS_IN_OPTION = 60


def document_option(document: str, title: str) -> str:
    """The document filter's label: its file name, then its headline, by which a journalist knows it.

    An <option> cannot isolate text (see the viewer's CSS), so the bidi controls that would reverse the
    headline after a file name, or the file name itself, are dropped.
    """
    document, title = without_bidi_controls(document), without_bidi_controls(title)
    if not title:
        return document
    if len(title) > TITLE_CHARS_IN_OPTION:
        title = title[: TITLE_CHARS_IN_OPTION - 1].rstrip() + "…"
    return f"{document} — {title}"


def _json_for_script(data: Any) -> str:
    """JSON safe inside a <script> element: every '<' (so '</script>' and '<!--') becomes \\u003c."""
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text


def _csp_hash(content: str) -> str:
    digest = hashlib.sha256(str(content).encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("timeline.export", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["csp_hash"] = _csp_hash
    env.filters["noun"] = noun_for  # {{ n|noun("event") }}: "event" for one, else "events"
    return env


def render_html(timeline: Timeline, texts: Mapping[str, str] | None = None) -> str:
    texts = texts or {}
    titles = {d.id: d.title or "" for d in timeline.documents}
    published = {d.id: d.published for d in timeline.documents}
    views = [_event_view(e, titles, published, texts) for e in timeline.events]
    actors = sorted({a for e in timeline.events for a in e.actors}, key=str.casefold)
    documents = [d.id for d in timeline.documents]
    extra_docs = sorted({s.document for e in timeline.events for s in e.sources} - set(documents))
    data = timeline.model_dump(mode="json")
    template = _environment().get_template("viewer.html.j2")
    return template.render(
        timeline=timeline,
        prov=timeline.provenance,
        summary=timeline.summary,
        groups=group_events(views),
        actors=actors,
        documents=[(d, document_option(d, titles.get(d, ""))) for d in documents + extra_docs],
        titles=titles,
        context_docs=sorted(texts),
        data_json=_json_for_script(data),
        total=len(timeline.events),
        undated=sum(1 for e in timeline.events if date_parts(e.date) is None),
        conflicts=sum(1 for e in timeline.events if e.date_conflict),
    )
