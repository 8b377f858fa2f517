"""Knight Lab TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

Each dated event becomes a slide: `start_date` holds `year`, plus `month` and `day` only when the
date's precision has them (strings, as in the format's examples), `display_date` the date label,
`group` the event kind and `unique_id` the event id.

TimelineJS places a date at the first day of its period and orders slides by that day, so "end of
2024" given as `{"year": "2024"}` would stand on 1 January, before June 2024. The start, middle or end
of a year or month is therefore placed where the timeline orders it (`timeline.dates`: the first day of
the third it names): "end of 2024" at September 2024, "mid-June 2024" at 11 June; `display_date` keeps
the words ("end of 2024"), which TimelineJS shows instead of the placed date (on the slide, and in
the date object itself for a placed date).

TimelineJS cannot place an undated event, so those are left out, counted on the title slide and told
once through `warn` (the CLI prints it on stderr). A timeline without one dated event is refused
(`ConfigError`): TimelineJS shows nothing but "Timeline configuration has no events" for a file without
slides, not even the title slide that would say why.

Text is HTML-escaped, and its bidi controls dropped (see `labels.without_bidi_controls`).
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Callable
from typing import Any

from timeline.dates import date_bounds
from timeline.errors import ConfigError
from timeline.export.labels import counted, date_label, date_parts, without_bidi_controls
from timeline.models import Event, EventDate, Modifier, Precision, Timeline

log = logging.getLogger(__name__)

_THIRDS = (Modifier.start, Modifier.mid, Modifier.end)


def escape(text: str) -> str:
    """`text` as HTML, without the bidi controls that would reverse the date after it (see `labels`)."""
    return html.escape(without_bidi_controls(text))


def _sources_html(event: Event) -> str:
    items = []
    for source in event.sources:
        dated = f" ({escape(date_label(source.date))})" if event.date_conflict else ""
        items.append(
            f"<li><blockquote>{escape(source.quote)}</blockquote><cite>{escape(source.document)}</cite>{dated}</li>"
        )
    return "<ul>" + "".join(items) + "</ul>"


def start_date(d: EventDate) -> dict[str, str] | None:
    """TimelineJS's `start_date` for `d`; the start, middle or end of a year or month at its third.

    A date so placed also carries its label as the date's own `display_date` (the slide's overrides it;
    this one keeps any other place TimelineJS formats the start date from showing the placed day).
    """
    parts = date_parts(d)
    if parts is None:
        return None
    year, month, day = parts
    if day is None and d.modifier in _THIRDS:
        period = EventDate(
            value=f"{year:04d}" if month is None else f"{year:04d}-{month:02d}",
            precision=Precision.year if month is None else Precision.month,
            modifier=d.modifier,
        )
        bounds = date_bounds(period)
        assert bounds is not None  # dated
        first = bounds[0]
        month, day = first.month, None if month is None else first.day
    start: dict[str, str] = {"year": str(year)}
    if month is not None:
        start["month"] = str(month)
    if day is not None:
        start["day"] = str(day)
    if (month, day) != parts[1:]:  # placed inside its period: the date's words, never "September 2024"
        start["display_date"] = date_label(d)
    return start


def _slide(event: Event) -> dict[str, Any] | None:
    start = start_date(event.date)
    if start is None:
        return None
    label = date_label(event.date)
    body = f"<p>{escape(event.summary)}</p>"
    if event.actors:
        body += f"<p><strong>Actors:</strong> {escape(', '.join(event.actors))}</p>"
    if event.date_conflict:
        body += "<p><strong>Conflicting dates:</strong> the sources give different dates.</p>"
    body += _sources_html(event)
    return {
        "start_date": start,
        "display_date": label,
        "text": {"headline": escape(event.title), "text": body},
        "group": event.kind.value,
        "unique_id": event.id,
    }


def timelinejs_data(timeline: Timeline) -> dict[str, Any]:
    slides = [slide for slide in (_slide(event) for event in timeline.events) if slide is not None]
    undated = len(timeline.events) - len(slides)
    prov = timeline.provenance
    intro = (
        f"{counted(len(timeline.events), 'event')} from {counted(len(timeline.documents), 'document')}; "
        f"model {escape(prov.model)} via {escape(prov.provider)}, run {escape(prov.started_at[:10])}."
    )
    if undated:
        noun = "event is" if undated == 1 else "events are"
        intro += f" {undated} undated {noun} not shown: TimelineJS cannot place an event without a date."
    return {
        "title": {"text": {"headline": "Timeline", "text": f"<p>{intro}</p>"}},
        "events": slides,
    }


def render_timelinejs(timeline: Timeline, warn: Callable[[str], None] | None = None) -> str:
    """The TimelineJS3 JSON; undated events, which it leaves out, are told to `warn` (default: logged).

    Raises ConfigError when no event is dated: TimelineJS refuses a file without slides.
    """
    undated = sum(1 for event in timeline.events if date_parts(event.date) is None)
    if undated == len(timeline.events):
        held = (
            "it has no events"
            if not undated
            else "its one event is undated"
            if undated == 1
            else f"its {undated} events are all undated"
        )
        raise ConfigError(
            f'no TimelineJS file written: {held}, and TimelineJS shows only the error "Timeline '
            'configuration has no events" for a file without a dated event (export it as html, markdown, '
            "csv or json, which list undated events)"
        )
    if undated:
        tell: Callable[[str], None] = warn if warn is not None else log.warning
        noun = "event is" if undated == 1 else "events are"
        tell(
            f"{undated} undated {noun} left out of the TimelineJS file: TimelineJS cannot place an event "
            "without a date (the json, html, markdown and csv exports list them)"
        )
    return json.dumps(timelinejs_data(timeline), ensure_ascii=False, indent=2) + "\n"
