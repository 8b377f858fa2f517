"""CSV: one row per (event, source); the event's date and fields repeat on each of its rows."""

from __future__ import annotations

import csv
import io

from timeline.export.labels import date_label
from timeline.models import Timeline

COLUMNS = (
    "event_id",
    "date_value",
    "date_precision",
    "date_modifier",
    "date_text",
    "date_label",
    "kind",
    "kind_cue",
    "title",
    "summary",
    "actors",
    "document",
    "quote",
    "start",
    "end",
    "date_conflict",
)


def render_csv(timeline: Timeline) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for event in timeline.events:
        d = event.date
        for source in event.sources:
            writer.writerow(
                (
                    event.id,
                    d.value or "",
                    d.precision.value,
                    d.modifier.value if d.modifier else "",
                    d.text or "",
                    date_label(d),
                    event.kind.value,
                    event.kind_cue or "",
                    event.title,
                    event.summary,
                    "; ".join(event.actors),
                    source.document,
                    source.quote,
                    source.start,
                    source.end,
                    "true" if event.date_conflict else "false",
                )
            )
    return out.getvalue()
