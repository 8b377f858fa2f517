"""CSV: one row per (event, source); the event's date and fields repeat on each of its rows.

Each row also carries its source's own date (`source_date_*`): where `date_conflict` is true the
sources disagree, and these columns say which date each one gives (the JSON's `sources[].date`), with
what it rests on (`source_date_basis`: the date's own words, the article's date, a weekday, a count
from the article's date) and the article's publication date and how it was known
(`document_published`, `document_published_source`: "estimated" when read off the article's own
dates), so a spreadsheet shows which dates rest on an estimate.

RFC 4180: rows end with CRLF (`\r\n`); a cell holding a comma, a double quote, a carriage return or a
line feed is quoted, its double quotes doubled; a line break inside a cell is written as it is in the
text. UTF-8 without a byte-order mark: a BOM would let Excel guess the encoding on a double click, but
it becomes part of the first column's name for most other readers (Python's csv module, R, csvkit,
shell tools), so the README says how to open the file in Excel instead.

CSV injection: a spreadsheet may run a cell that starts with `=`, `+`, `-` or `@` (or a tab or a carriage
return, which some spreadsheets skip before reading a formula) as a formula, and titles, summaries,
actors and quotes come from the articles and the model. Such text cells are written with a single quote
`'` in front (the OWASP advice), which spreadsheets show as text. So are text cells whose own leading
quotes come before such a character (`'=x` is written `''=x`): a spreadsheet takes the first `'` as the
mark of text and would show `=x`, and a program could not tell that text from a neutralised `=x`. The
rule is exact both ways: a program gets the text back by removing the first `'` of a cell whose `'`s
are followed by one of those characters (`original`), or reads the JSON, which is the record. Numbers
(`start`, `end`) and cells starting with any other character are written as they are.
"""

from __future__ import annotations

import csv
import io

from timeline.export.labels import date_label
from timeline.models import DocumentDate, EventDate, Timeline

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
    # Last, so that readers of the earlier columns by position are unchanged.
    "source_date_value",
    "source_date_precision",
    "source_date_modifier",
    "source_date_text",
    "source_date_label",
    "source_date_basis",
    "document_published",
    "document_published_source",
)

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str | int) -> str | int:
    """`cell` with a `'` in front when it is text a spreadsheet would read as a formula, or would read as
    one once its own first `'` is taken as the mark of text ("'=x")."""
    if isinstance(cell, str) and cell.lstrip("'").startswith(FORMULA_LEADS):
        return "'" + cell
    return cell


def original(cell: str) -> str:
    """The text `neutralise` was given, from a text cell of the CSV: how a program reads the file exactly."""
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_LEADS) else cell


def _date_cells(d: EventDate) -> tuple[str, str, str, str, str]:
    """value, precision, modifier, text and label of `d`; empty cells where it has none."""
    modifier = d.modifier.value if d.modifier else ""
    return d.value or "", d.precision.value, modifier, d.text or "", date_label(d)


def _published_cells(published: DocumentDate | None) -> tuple[str, str]:
    """The article's publication date and how it was known; empty cells for an article not listed."""
    return (published.value or "", published.source.value) if published else ("", "")


def render_csv(timeline: Timeline) -> str:
    out = io.StringIO()
    # csv.writer quotes a cell holding any character of the line terminator: "\r" as well as "\n".
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    published = {document.id: document.published for document in timeline.documents}
    for event in timeline.events:
        d = event.date
        for source in event.sources:
            row: tuple[str | int, ...] = (
                event.id,
                *_date_cells(d),
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
                *_date_cells(source.date),
                source.date.basis.value,
                *_published_cells(published.get(source.document)),
            )
            writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue()
