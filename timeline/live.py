"""Live pages (live blogs): entries, each stamped with the time it was posted, read as a reader reads them.

A live page is a run of short entries under one parent, each opening with its time stamp (`<time
datetime="2025-11-28T10:58:00Z">10:58 GMT</time>`, or a visible "10:58 GMT" / "11.02am" in an element
of its own), newest first or oldest first, the page's date given once. trafilatura, which reads a page
as one article, drops the stamps and moved the newest entry above the page's headline, so "The jury
has found Ilona Marsh guilty ..." came out undated although the page says when it was posted.

`find_entries` finds the entries in a page's tree; `assemble` writes them oldest first, each as its
stamp's line then its text, after the lines of the page that are no entry (its headline, standfirst),
and records each entry's span of that text as a `Post`. Oldest first because a day's events keep their
order in the text (merge sorts them by date, then by place): newest first, the verdict came before
the jury's return. `posting_day` gives the day a post was posted: the day its `datetime` writes, else
the page's date counted on by the midnights its clocks pass (the page's date is when it opened, as
`article:published_time` says, so the oldest entry's day). Grounding dates a sentence of a post by
that day when it names no date of its own (`DateBasis.posted`), and counts its "yesterday" from it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from timeline.dates import TIME_ZONE
from timeline.models import DocumentDate, DocumentDateSource, Precision

# fewer entries under one parent than this is no live page: an article's "Published 10:58" and
# "Updated 11:30" are two stamps of one page, not two posts
MIN_ENTRIES = 3

_CLOCK = re.compile(
    rf"^(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\s*(?P<half>[ap]\.?m\.?)?(?:\s*{TIME_ZONE})?$",
    re.IGNORECASE,
)
_DATETIME = re.compile(r"^(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?")
# a box that lists the page's entries again ("Key events": each a link to its entry), never a post
KEY_EVENTS = re.compile(r"^(?:key|main) (?:events|updates|moments|developments|points)$", re.IGNORECASE)
# per-entry buttons and labels: "Share", "Copy link", a pinned post's "Pinned"
_ENTRY_FURNITURE = re.compile(
    r"^(?:share(?: this (?:post|update|entry))?|copy link|link copied|pinned(?: post)?|facebook|twitter|x|"
    r"whatsapp|email|linkedin|reddit)$",
    re.IGNORECASE,
)
_SHARE_CLASS = re.compile(r"\b(?:share|sharing|social)\w*", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One post of a live page as found in its tree: the element, its stamp's element, the stamp as the
    page shows it, the minutes after midnight it gives and the day its `datetime` writes, if any."""

    element: Any
    stamp_element: Any
    stamp: str
    minutes: int | None
    day: dt.date | None


@dataclass(frozen=True)
class Post:
    """An entry's span `[start, end)` of the document text (its stamp's line and its text), the stamp as
    written there, and its day: `day` when its `datetime` wrote one, else the page's date moved on by
    `days_after_first` midnights."""

    start: int
    end: int
    stamp: str
    day: dt.date | None
    days_after_first: int = 0


def stamp_of(element: Any) -> tuple[str, int | None, dt.date | None] | None:
    """The stamp an element is, as shown, with its minutes after midnight and its day; None when it is
    none: a `<time>` with a clock in its `datetime` or its text, or an element whose whole text is a
    clock ("10:58 GMT", "11.02am")."""
    if not isinstance(element.tag, str):
        return None
    shown = _short_text(element)
    if shown is None:
        return None
    clock = _CLOCK.match(shown)
    written = (
        _DATETIME.match((element.get("datetime") or "").strip()) if element.tag.lower() == "time" else None
    )
    if clock is None and (written is None or written["hour"] is None):
        return None
    if clock is None and element.tag.lower() != "time":
        return None
    day = dt.date.fromisoformat(written["day"]) if written is not None else None
    if clock is not None:
        hour = int(clock["hour"]) % 12 if clock["half"] else int(clock["hour"])
        hour += 12 if clock["half"] and clock["half"][0].lower() == "p" else 0
        minutes: int | None = hour * 60 + int(clock["minute"])
    elif written is not None and written["hour"] is not None:
        minutes = int(written["hour"]) * 60 + int(written["minute"])
    else:  # pragma: no cover - excluded above
        minutes = None
    return shown or (written[0] if written is not None else ""), minutes, day


def _short_text(element: Any, limit: int = 60) -> str | None:
    """The element's text, whitespace collapsed, when it is short enough to be a stamp; None when it is
    longer (read no further: every element of a page is asked, the page's root too)."""
    pieces, length = [], 0
    for piece in element.itertext():
        pieces.append(piece)
        length += len(piece)
        if length > limit * 4:
            return None
    shown = " ".join("".join(pieces).split())
    return shown if len(shown) <= limit else None


def find_entries(root: Any) -> list[Entry]:
    """The entries of a live page in the page's order; [] when the page is none. An entry is the largest
    element holding one stamp alone; the page's entries are the most numerous that share a parent, at
    least MIN_ENTRIES of them, each with text beside its stamp."""
    found = {element: read for element in root.iter() if (read := stamp_of(element)) is not None}
    boxes = {element for element in root.iter() if is_key_events_box(element)}
    # the innermost: a <p> holding only "<time datetime=...>10:58 GMT</time>" reads as a stamp too
    stamps = {
        element: read
        for element, read in found.items()
        if not any(inner in found for inner in element.iterdescendants())
        and not any(ancestor in boxes or _is_table(ancestor) for ancestor in element.iterancestors())
    }
    held: dict[Any, int] = defaultdict(int)  # how many stamps each element holds
    for element in stamps:
        for ancestor in element.iterancestors():
            held[ancestor] += 1
    by_parent: dict[Any, list[Entry]] = defaultdict(list)
    for element, (stamp, minutes, day) in stamps.items():
        entry = element
        parent = entry.getparent()
        while parent is not None and held[parent] == 1 and parent.tag.lower() not in {"body", "html"}:
            entry, parent = parent, parent.getparent()
        if parent is None or entry is element:
            continue
        if len(" ".join(entry.text_content().split())) > len(stamp) + 1:  # text beside its stamp
            by_parent[parent].append(Entry(entry, element, stamp, minutes, day))
    groups = [group for group in by_parent.values() if len(group) >= MIN_ENTRIES]
    return max(groups, key=len) if groups else []


def _is_table(element: Any) -> bool:
    """A table's times are a timetable's, a fixture list's or a race's results, never a live page's posts:
    an article's table of departures ("06:10 | Eastmoor to Kestrel Bay") was read as three entries and
    moved after the article's last paragraph."""
    return isinstance(element.tag, str) and element.tag.lower() == "table"


def is_key_events_box(element: Any) -> bool:
    """A block opening with a "Key events" heading: the page's entries listed again (a link and a line
    each), which the model was shown twice."""
    if not isinstance(element.tag, str):
        return False
    first = next((child for child in element if isinstance(child.tag, str)), None)
    heading = _short_text(first) if first is not None else None  # bounded: asked of every stamp's ancestors
    return heading is not None and KEY_EVENTS.match(heading) is not None


def is_entry_furniture(element: Any) -> bool:
    """An entry's button or label: a `<button>`, a block of share links (by its class) or a line that is
    only "Share", "Copy link" or "Pinned"."""
    if not isinstance(element.tag, str):
        return False
    if element.tag.lower() == "button" or _SHARE_CLASS.search(element.get("class") or ""):
        return True
    shown = _short_text(element)
    return shown is not None and _ENTRY_FURNITURE.match(shown) is not None


def chronological(entries: Sequence[Entry]) -> tuple[list[Entry], list[int]]:
    """The entries oldest first, and the midnights each lies after the oldest. Entries that all write
    their day and minute are sorted by them; else the page's order is newest first when its clocks
    more often go back than forward from one entry to the next, and a clock earlier than the one
    before it (oldest first) is the next day: 23:40 then 00:15."""
    if all(e.day is not None and e.minutes is not None for e in entries):
        ordered = sorted(entries, key=lambda e: (e.day, e.minutes))
        first = ordered[0].day
        assert first is not None  # every day is known: checked above
        return ordered, [(e.day - first).days for e in ordered if e.day is not None]
    clocks = [e.minutes for e in entries]
    pairs = [(a, b) for a, b in itertools.pairwise(clocks) if a is not None and b is not None]
    newest_first = sum(a > b for a, b in pairs) > sum(a < b for a, b in pairs)
    ordered = list(reversed(entries)) if newest_first else list(entries)
    midnights, passed, last = [], 0, None
    for entry in ordered:
        if entry.minutes is not None:
            if last is not None and entry.minutes < last:
                passed += 1
            last = entry.minutes
        midnights.append(passed)
    return ordered, midnights


def assemble(
    lead: Sequence[str], entries: Sequence[tuple[str, dt.date | None, int, str]]
) -> tuple[str, tuple[Post, ...]]:
    """The page's text: its `lead` lines, then each entry (stamp, day, midnights after the first, text)
    as its stamp's line and its text, and the posts' spans of that text."""
    parts = [line for line in lead if line.strip()]
    text = "\n".join(parts)
    posts = []
    for stamp, day, midnights, body in entries:
        text += "\n" if text else ""
        start = len(text)
        text += f"{stamp}\n{body}"
        posts.append(Post(start, len(text), stamp, day, midnights))
    return text, tuple(posts)


def post_at(posts: Sequence[Post], offset: int) -> Post | None:
    """The post whose span holds `offset`, if any."""
    return next((post for post in posts if post.start <= offset < post.end), None)


def posting_day(post: Post, published: DocumentDate | None) -> DocumentDate | None:
    """The day `post` was posted, as a document date: the day its stamp's `datetime` writes, else the
    page's date moved on by the midnights since the first post; None when neither is known to the day."""
    day = post.day
    if day is None and published is not None and published.precision is Precision.day and published.value:
        day = dt.date.fromisoformat(published.value) + dt.timedelta(days=post.days_after_first)
    if day is None:
        return None
    return DocumentDate(
        value=day.isoformat(),
        precision=Precision.day,
        source=published.source if published is not None else DocumentDateSource.unknown,
        evidence=post.stamp,
    )
