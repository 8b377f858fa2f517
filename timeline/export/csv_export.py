"""CSV: one row per (event, source); the event's date and fields repeat on each of its rows.

Quoting is RFC 4180 (`csv.writer` defaults: a cell holding a comma, a double quote or a line break is
quoted, its double quotes doubled; rows end with a bare line feed).

CSV injection: a spreadsheet may run a cell that starts with `=`, `+`, `-` or `@` (or a tab or a carriage
return, which some spreadsheets skip before reading a formula) as a formula, and titles, summaries,
actors and quotes come from the articles and the model. Such text cells are written with a single quote
`'` in front (the OWASP advice), which spreadsheets show as text; a program reading the CSV sees the
leading `'` and may strip it. Numbers (`start`, `end`) and cells starting with any other character are
written as they are. A row with a carriage return not followed by a line feed in some cell has all its
cells quoted, so that readers do not split the row there.
"""

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

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str | int) -> str | int:
    """`cell` with a `'` in front when it is text a spreadsheet would read as a formula."""
    if isinstance(cell, str) and cell.startswith(FORMULA_LEADS):
        return "'" + cell
    return cell


def _bare_cr(cell: str | int) -> bool:
    return isinstance(cell, str) and "\r" in cell.replace("\r\n", "")


def render_csv(timeline: Timeline) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    # csv.writer quotes a cell holding "\n" but not one holding a bare "\r" (not in the line terminator),
    # which readers then take for a line break: such rows are written with every cell quoted.
    quote_all = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(COLUMNS)
    for event in timeline.events:
        d = event.date
        for source in event.sources:
            row: tuple[str | int, ...] = (
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
            cells = [neutralise(cell) for cell in row]
            (quote_all if any(_bare_cr(cell) for cell in cells) else writer).writerow(cells)
    return out.getvalue()
