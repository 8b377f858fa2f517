"""Knight Lab TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

Each dated event becomes a slide: `start_date` holds `year`, plus `month` and `day` only when the
date's precision has them (strings, as in the format's examples), `display_date` the date label,
`group` the event kind and `unique_id` the event id. TimelineJS cannot place an undated event, so
those are left out and counted on the title slide.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from timeline.export.labels import date_label, date_parts
from timeline.models import Event, Timeline


def _sources_html(event: Event) -> str:
    items = []
    for source in event.sources:
        dated = f" ({escape(date_label(source.date))})" if event.date_conflict else ""
        items.append(
            f"<li><blockquote>{escape(source.quote)}</blockquote><cite>{escape(source.document)}</cite>{dated}</li>"
        )
    return "<ul>" + "".join(items) + "</ul>"


def _slide(event: Event) -> dict[str, Any] | None:
    parts = date_parts(event.date)
    if parts is None:
        return None
    year, month, day = parts
    start: dict[str, str] = {"year": str(year)}
    if month is not None:
        start["month"] = str(month)
    if day is not None:
        start["day"] = str(day)
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
        f"{len(timeline.events)} events from {len(timeline.documents)} documents; "
        f"model {escape(prov.model)} via {escape(prov.provider)}, run {escape(prov.started_at[:10])}."
    )
    if undated:
        noun = "event is" if undated == 1 else "events are"
        intro += f" {undated} undated {noun} not shown: TimelineJS cannot place an event without a date."
    return {
        "title": {"text": {"headline": "Timeline", "text": f"<p>{intro}</p>"}},
        "events": slides,
    }


def render_timelinejs(timeline: Timeline) -> str:
    return json.dumps(timelinejs_data(timeline), ensure_ascii=False, indent=2) + "\n"
