"""Human-readable date labels, at the precision the text supports (shared by every format), and text
made safe to print beside them."""

from __future__ import annotations

import re

from timeline.models import DateBasis, DocumentDate, DocumentDateSource, EventDate, Modifier, Precision

# Bidi embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI): invisible, and one
# left open in a file name, an actor or a quote reverses what follows it on the line, such as the date
# label beside it ("report\u202etxt.exe (24 October 2024)" shows "report:(4202 rebotcO 42) exe.txt").
# The marks LRM and RLM have no such reach and stay.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def counted(number: int, noun: str) -> str:
    """`number` and its regular English `noun` ("1 event", "2 events", "0 documents"): a report reading
    "1 events from 1 documents" looked broken to the reader it was meant to convince."""
    return f"{number} {noun_for(number, noun)}"


def noun_for(number: int, noun: str) -> str:
    """The regular English `noun` as `number` takes it ("event", "events"), for a count printed apart
    from its noun (the viewer's "<b>1</b> event")."""
    return noun if number == 1 else f"{noun}s"


def without_bidi_controls(text: str) -> str:
    """`text` without the characters that reorder the text after it (the HTML viewer isolates instead)."""
    return _BIDI_CONTROLS.sub("", text)


# C0 and C1 control characters: a file name, a sidecar title or a server's message may hold an ESC, which a
# terminal reads as the start of a command (colour, clearing the screen, setting the window title, a
# hidden hyperlink), and a carriage return, which writes over the start of its line.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def controls_escaped(text: str, keep: str = "", bidi: bool = False) -> str:
    """`text` with each control character except those in `keep` shown as its escape ("\\x1b", as the
    build names a file whose name is not UTF-8; "\\u009b"), and with `bidi` the bidi controls too
    ("\\u202e")."""

    def shown(match: re.Match[str]) -> str:
        char = match[0]
        if char in keep:
            return char
        # "\\u009b" rather than "\\x9b" beyond ASCII: still a valid escape inside a JSON string.
        return f"\\x{ord(char):02x}" if ord(char) < 0x80 else f"\\u{ord(char):04x}"

    text = _CONTROLS.sub(shown, text)
    return _BIDI_CONTROLS.sub(shown, text) if bidi else text


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_DEPTH = {Precision.year: 1, Precision.month: 2, Precision.day: 3}


def date_parts(d: EventDate) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) cut to the date's precision; None when undated.

    A value more precise than its `precision` is truncated ('2024-06-19' at month precision is June
    2024); an unknown precision falls back to what the value itself holds.
    """
    if not d.value:
        return None
    pieces = [int(p) for p in d.value.split("-")]
    depth = min(len(pieces), _DEPTH.get(d.precision, len(pieces)))
    year = pieces[0]
    month = pieces[1] if depth >= 2 and 1 <= pieces[1] <= 12 else None
    day = pieces[2] if depth >= 3 and month is not None else None
    return year, month, day


def month_label(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def _plain(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return str(year)
    if day is None:
        return month_label(year, month)
    return f"{day} {month_label(year, month)}"


def date_label(d: EventDate) -> str:
    """'19 June 2024', 'June 2024', '2024', 'end of 2024', 'early June 2024', 'mid-2024',
    'around June 2024', 'by June 2024', 'from 2024', or 'undated'.

    before/after include their period (see `dates`): "recently" in an article of 2024 is at the
    latest in 2024, so it reads "by 2024"; "before 2024" would say it was earlier than 2024."""
    parts = date_parts(d)
    if parts is None:
        return "undated"
    base = _plain(*parts)
    if parts[2] is not None and d.modifier in (Modifier.start, Modifier.mid, Modifier.end):
        return base  # a day has no early, middle or end part worth a word
    match d.modifier:
        case None:
            return base
        case Modifier.start:
            return f"early {base}"
        case Modifier.mid:
            return f"mid-{base}"
        case Modifier.end:
            return f"end of {base}"
        case Modifier.approx:
            return f"around {base}"
        case Modifier.before:
            return f"by {base}"
        case Modifier.after:
            return f"from {base}"
    return base  # pragma: no cover - every Modifier is handled above


def basis_note(d: EventDate, published: DocumentDate | None) -> str:
    """What of `d` its article's date supplied, not its own words; '' when nothing did.

    "in June" takes its year from the article's date and "last week" is counted from it, so such a date
    is only as good as that one, which may be an estimate (a year the article states elsewhere): the
    reader is told so beside the date ("year from the article's estimated date").
    """
    estimated = published is not None and published.source is DocumentDateSource.estimated
    article = "the article's estimated date" if estimated else "the article's date"
    if d.basis is DateBasis.document_date:
        return f"year from {article}"
    if d.basis is DateBasis.relative:
        return f"counted from {article}"
    if d.basis is DateBasis.posted:
        return "the day its live entry was posted, not its own words"
    return ""
