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
`article:published_time` says, so the oldest entry's day, unless the time the page gives with its date
lies just after its newest entry: then it is its last update's, and the days are counted back from
it; see `chronological`). Grounding dates a sentence of a post by that day when it names no date of
its own (`DateBasis.posted`), and counts its "yesterday" from it.

Entries are also found where no element holds their stamp: `inline_entries` reads a run of paragraphs
that their stamps open ("14:40 GMT - Police say ...") in a page's text or a text file, and a page
that shows no stamps is read from its JSON-LD `liveBlogUpdate`s (timeline.documents).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from timeline.dates import TIME_ZONE, estimate_document_date, is_date_line
from timeline.models import DocumentDate, DocumentDateSource, Precision

# fewer entries under one parent than this is no live page: an article's "Published 10:58" and
# "Updated 11:30" are two stamps of one page, not two posts
MIN_ENTRIES = 3

# A clock's parts, as every stamp below writes them: "10:58", "2.40pm", "11.02 a.m."
_HOUR, _MINUTE, _HALF = r"(?P<hour>[01]?\d|2[0-3])", r"(?P<minute>[0-5]\d)", r"(?P<half>[ap]\.?m\.?)"
_CLOCK = re.compile(rf"^{_HOUR}[:.]{_MINUTE}\s*{_HALF}?(?:\s*{TIME_ZONE})?$", re.IGNORECASE)
_DATETIME = re.compile(r"^(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?")
# A paragraph its stamp opens ("14:40 GMT - Police say ...", "14:40: Police say", "2.40pm Police say",
# "**14:40** Police say"), or a line that is only a stamp ("## 14:40"), in a text or a page's extracted
# text; never a clock inside a sentence ("at 14:40 GMT the ferry left"). See `inline_entries`.
_INLINE_STAMP = re.compile(
    rf"^[^\S\n]*(?:\#{{1,6}}[^\S\n]+)?(?P<open>\*\*|__)?(?P<clock>{_HOUR}(?P<colon>[:.])"
    rf"{_MINUTE}(?:[^\S\n]*{_HALF})?(?:[^\S\n]*(?P<zone>{TIME_ZONE}))?)(?P<close>\*\*|__)?"
    r"(?:(?P<dash>[^\S\n]*[-–—|:][^\S\n]+)|(?P<alone>[^\S\n]*$)|[^\S\n]+(?=(?-i:[A-Z\"“‘'])))",
    re.IGNORECASE,
)
# an entry tells something in sentences; a timetable's or a fixture list's rows ("06:10 | Eastmoor to
# Kestrel Bay", "15:00 - Arden v Colby") end with no full stop
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")
# unstamped paragraphs an entry may run on over before the next stamp: more apart, two stamps are no
# run of one page's entries
_CONTINUATION = 4
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
    `days_from_page_date` midnights (back, when negative: the page's date is its last update's)."""

    start: int
    end: int
    stamp: str
    day: dt.date | None
    days_from_page_date: int = 0


@dataclass(frozen=True)
class Stamped:
    """An entry to write, wherever it was found (its own element, a paragraph it opens, the page's
    JSON-LD): its stamp as shown, its minutes after midnight, the day its stamp writes, its text."""

    stamp: str
    minutes: int | None
    day: dt.date | None
    body: str


@dataclass(frozen=True)
class InlineEntry:
    """An entry of a text whose stamp opens its paragraph ("14:40 GMT - Police say ..."): its span
    `[start, end)` of the text from its stamp to its last paragraph's end, where its words begin, its
    stamp and the minutes after midnight that gives."""

    start: int
    body_start: int
    end: int
    stamp: str
    minutes: int


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
        minutes: int | None = _minutes(clock)
    elif written is not None and written["hour"] is not None:
        minutes = int(written["hour"]) * 60 + int(written["minute"])
    else:  # pragma: no cover - excluded above
        minutes = None
    return shown or (written[0] if written is not None else ""), minutes, day


def _minutes(clock: re.Match[str]) -> int:
    """The minutes after midnight of a clock read by _CLOCK or INLINE_STAMP ("2.40pm": 880)."""
    hour = int(clock["hour"]) % 12 if clock["half"] else int(clock["hour"])
    hour += 12 if clock["half"] and clock["half"][0].lower() == "p" else 0
    return hour * 60 + int(clock["minute"])


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


def inline_entries(text: str) -> list[InlineEntry]:
    """The entries of a text whose stamps open their paragraphs, in the text's order; [] when it is no
    live page. A stamp is a clock at a line's start, followed by a dash, a colon or a bar ("14:40 GMT -
    ", "14:40: "), by the end of its line, or by a capital when it is bold or reads as nothing but a
    clock ("2.40pm", "14:40 GMT", "14:40": not "14.40", a price or a score as often). The entries are
    the longest run of such paragraphs, at least MIN_ENTRIES, with at most _CONTINUATION other
    paragraphs between two stamps, that hold at least half the text's words and at least half of which
    end a sentence: a live page is its entries, each telling something, while one stamped paragraph, a
    few in a box ("How the night unfolded: 22:10 - ...") or a timetable's rows in an article leave it
    an article."""
    lines = [
        (start, start + len(line.rstrip("\r\n")))
        for start, line in zip(
            itertools.accumulate((len(line) for line in text.splitlines(keepends=True)), initial=0),
            text.splitlines(keepends=True),
            strict=False,
        )
        if line.strip()
    ]
    stamped = [(i, read) for i, (start, end) in enumerate(lines) if (read := _inline_stamp(text[start:end]))]
    runs: list[list[tuple[int, re.Match[str]]]] = []
    for index, read in stamped:
        if runs and index - runs[-1][-1][0] - 1 <= _CONTINUATION:
            runs[-1].append((index, read))
        else:
            runs.append([(index, read)])
    run = max(runs, key=len, default=[])
    if len(run) < MIN_ENTRIES:
        return []
    longest = max(b - a for (a, _), (b, _) in itertools.pairwise(run))
    last = min(run[-1][0] + longest, len(lines)) - 1  # the last entry runs on as far as the longest other
    ends = [index - 1 for index, _ in run[1:]] + [last]
    entries = [
        InlineEntry(
            lines[index][0],
            lines[index][0] + (read.end() if read["alone"] is None else len(text[slice(*lines[index])])),
            lines[end][1],
            read["clock"],
            _minutes(read),
        )
        for (index, read), end in zip(run, ends, strict=True)
    ]
    words = sum(len(text[entry.start : entry.end].split()) for entry in entries)
    told = sum(
        _ENDS_SENTENCE.search(text[entry.body_start : entry.end].rstrip()) is not None for entry in entries
    )
    return entries if 2 * words >= len(text.split()) and 2 * told >= len(entries) else []


def _inline_stamp(line: str) -> re.Match[str] | None:
    """The stamp that opens `line`, if it opens it as an entry's (see inline_entries)."""
    read = _INLINE_STAMP.match(line)
    if read is None or read["open"] != read["close"]:
        return None
    if read["open"] or read["dash"] is not None or read["alone"] is not None:
        return read
    return read if read["half"] or read["zone"] or read["colon"] == ":" else None


def inline_posts(entries: Sequence[InlineEntry], clocks: Sequence[int] = ()) -> tuple[Post, ...]:
    """The posts of a text whose stamps open its paragraphs, in place: a text file's offsets are its
    characters, so its entries are not moved, whichever way the page runs."""
    stamped = [Stamped(e.stamp, e.minutes, None, "") for e in entries]
    ordered, days = chronological(stamped, clocks)
    by_entry = dict(zip((id(e) for e in ordered), days, strict=True))
    return tuple(
        Post(entry.start, entry.end, entry.stamp, None, by_entry[id(stamp)])
        for entry, stamp in zip(entries, stamped, strict=True)
    )


def read_datetime(value: str) -> tuple[dt.date, int | None] | None:
    """The day and the minutes after midnight an ISO date-time writes ("2025-11-28T01:10:00Z": 28
    November, 70), as written (its zone not applied); None when it is no date."""
    written = _DATETIME.match(value.strip())
    if written is None:
        return None
    try:
        day = dt.date.fromisoformat(written["day"])
    except ValueError:
        return None
    minutes = int(written["hour"]) * 60 + int(written["minute"]) if written["hour"] is not None else None
    return day, minutes


_ANY_CLOCK = re.compile(rf"\b{_HOUR}[:.]{_MINUTE}\s*{_HALF}?(?![\d.:])", re.IGNORECASE)


def page_clocks(published: DocumentDate | None, written: Sequence[str] = ()) -> list[int]:
    """The times of day the page's own date stamps give on its date (`published`): those of the line
    that dated it (its evidence) and of `written`, its meta's and JSON-LD's date-times and its date
    lines ("Updated 28 November 2025 01:10 GMT"), that fall on its day."""
    if published is None or published.precision is not Precision.day or not published.value:
        return []
    day = dt.date.fromisoformat(published.value)
    clocks = []
    for value in [published.evidence or "", *written]:
        if (read := read_datetime(value)) is not None:
            clocks += [read[1]] if read[0] == day and read[1] is not None else []
        elif (
            (clock := _ANY_CLOCK.search(value)) is not None
            and is_date_line(value)
            and estimate_document_date(value).value == published.value
        ):
            clocks.append(_minutes(clock))
    return clocks


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


def chronological(
    entries: Sequence[Stamped], page_clocks: Sequence[int] = ()
) -> tuple[list[Stamped], list[int]]:
    """The entries oldest first, and the midnights each lies after the page's date (before it, when
    negative). Entries that all write their day and minute are sorted by them; else the page's order is
    newest first when read backwards its clocks span less time (00:40, 23:50, 21:15: 3 h 25 from 21:15
    on, 44 h from 00:40 on), and a clock earlier than the one before it (oldest first) is the next day:
    23:40 then 00:15.

    The page's date is when it opened, its first entry's day, unless the time it gives (`page_clocks`:
    the minutes after midnight of the page's own date stamps) lies after its newest entry nearer than
    before its oldest: then it is its last update's, and the entries are counted back from it. "Updated
    28 November 01:10" over 22:05, 23:40, 00:15, 01:05 puts the first two on 27 November (read as the
    opening's date, the page was a day late); "Published 27 November 21:30" over the same entries is
    the opening's, which also puts 00:15 on the 28th. A time within the entries' span tells neither (a
    page's "06:00+01:00" over stamps from "05:10 GMT" on): the page's date is the first entry's."""
    if all(e.day is not None and e.minutes is not None for e in entries):
        ordered = sorted(entries, key=lambda e: (e.day, e.minutes))
        first = ordered[0].day
        assert first is not None  # every day is known: checked above
        return ordered, [(e.day - first).days for e in ordered if e.day is not None]
    clocks = [e.minutes for e in entries if e.minutes is not None]
    newest_first = _span(clocks[::-1]) < _span(clocks)
    ordered = list(reversed(entries)) if newest_first else list(entries)
    passed = _midnights([e.minutes for e in ordered])
    if not clocks or not page_clocks:
        return ordered, passed
    oldest, newest = (clocks[-1], clocks[0]) if newest_first else (clocks[0], clocks[-1])
    span = (newest - oldest) % _DAY
    outside = [clock for clock in page_clocks if (clock - oldest) % _DAY > span]
    if not outside:
        return ordered, passed
    opening, start = min(((oldest - clock) % _DAY, clock) for clock in outside)
    update, at = min(((clock - newest) % _DAY, clock) for clock in outside)
    if update < opening:  # the page's date is its last update's: count back from it
        return ordered, [count - passed[-1] - (at < newest) for count in passed]
    return ordered, [count + (start > oldest) for count in passed]


_DAY = 24 * 60  # minutes


def _span(clocks: Sequence[int]) -> int:
    """The minutes from the first clock to the last, read in this order, each one after the one before."""
    return sum((b - a) % _DAY for a, b in itertools.pairwise(clocks))


def _midnights(clocks: Sequence[int | None]) -> list[int]:
    """For each clock of a run read oldest first, the midnights passed since the first: one at each
    clock earlier than the known one before it."""
    counts, passed, last = [], 0, None
    for minutes in clocks:
        if minutes is not None:
            if last is not None and minutes < last:
                passed += 1
            last = minutes
        counts.append(passed)
    return counts


def assemble(
    lead: Sequence[str], entries: Sequence[tuple[str, dt.date | None, int, str]]
) -> tuple[str, tuple[Post, ...]]:
    """The page's text: its `lead` lines, then each entry (stamp, day, midnights from the page's date, text)
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
        day = dt.date.fromisoformat(published.value) + dt.timedelta(days=post.days_from_page_date)
    if day is None:
        return None
    return DocumentDate(
        value=day.isoformat(),
        precision=Precision.day,
        source=published.source if published is not None else DocumentDateSource.unknown,
        evidence=post.stamp,
    )
