"""Live pages (live blogs) read as a journalist reads them: each entry with its time stamp, oldest first,
the "Key events" box and per-entry share buttons left out, a pinned post once; a sentence of an entry
that names no date of what happened is dated by the day the entry was posted (basis "posted"), and its
"yesterday" is counted from that day. Every page here is of our own writing, in the shapes live pages
take: newest first and oldest first, stamps in `<time datetime>` or only visible ("10:58 GMT",
"11.02am"), the page's date given once, entries after midnight."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import lxml.html
import pytest
from growth import assert_linear

from timeline.cleaning import clean
from timeline.documents import load_document
from timeline.export.labels import basis_note
from timeline.extraction import WireEvent, WireKind, WireReply, render_messages
from timeline.grounding import ground
from timeline.live import Post, Stamped, chronological, find_entries, inline_entries, stamp_of
from timeline.llm import Completion
from timeline.models import (
    DateBasis,
    DocumentDate,
    DocumentDateSource,
    EventDate,
    EventKind,
    Precision,
    Usage,
)
from timeline.pipeline import Builder, BuildSettings
from timeline.prompts import PromptLibrary

LIVE = Path(__file__).parent / "data" / "live"

# Newest first; stamps in <time datetime>; a pinned post repeated in its place; a "Key events" box; share
# buttons under every entry; one entry posted after midnight (the datetime says the day).
STORM_NEWEST_FIRST = LIVE / "storm_newest_first.html"

# Oldest first; visible stamps only ("11.02am" in a span); the page's date once, in its meta; the count
# runs past midnight, so the last entries are the next day.
COUNT_OLDEST_FIRST = LIVE / "count_oldest_first_after_midnight.html"

# Newest first; stamps "09:10 GMT" in <strong> only; no date metadata: the page's date is a visible
# date line under the headline (a byline).
PLANT_BYLINE_ONLY = LIVE / "plant_fire_byline_date.html"

# An ordinary article: a published and an updated <time>, no entries.
ORDINARY = LIVE / "ordinary_article_two_times.html"

# An ordinary article with a table of departure times ("06:10 | Eastmoor to Kestrel Bay ...").
TIMETABLE = LIVE / "article_with_a_timetable.html"


def _page(tmp_path: Path, page: Path) -> Path:
    """A copy of `page` alone in a folder (no sidecar beside it dates it)."""
    path = tmp_path / page.name
    path.write_bytes(page.read_bytes())
    return path


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_newest_first_entries_come_oldest_first_each_under_its_stamp(tmp_path: Path) -> None:
    loaded = load_document(_page(tmp_path, STORM_NEWEST_FIRST))
    lines = _lines(loaded.text)
    assert lines[lines.index("17:30 GMT") :] == [
        "17:30 GMT",
        "The Met Office has issued an amber wind warning for the whole west coast until Saturday noon.",
        "18:05 GMT",
        "Harbour Line cancelled every ferry between Marrick and the islands.",
        "21:40 GMT",
        "About 12,000 homes in Marrick county lost power when a substation flooded. The operator said "
        "crews would work through the night.",
        "00:20 GMT",
        "Police closed the coastal road at Penhallow after waves breached the sea wall.",
        "A lorry was stranded there yesterday evening before the gusts peaked.",
    ]  # the pinned post once, no "Key events" line, no "Share", "Copy link" or "Pinned"
    assert lines.index("17:30 GMT") <= 1  # nothing but the headline, if trafilatura keeps it, before them
    assert [(p.stamp, p.day.isoformat() if p.day else None) for p in loaded.posts] == [
        ("17:30 GMT", "2025-11-28"),
        ("18:05 GMT", "2025-11-28"),
        ("21:40 GMT", "2025-11-28"),
        ("00:20 GMT", "2025-11-29"),  # after midnight: the next day, as its datetime writes
    ]
    for post in loaded.posts:  # each post's span opens with its stamp's line
        assert loaded.text[post.start : post.end].startswith(post.stamp + "\n")


def test_visible_stamps_after_midnight_are_the_next_day(tmp_path: Path) -> None:
    loaded = load_document(_page(tmp_path, COUNT_OLDEST_FIRST))
    assert [p.stamp for p in loaded.posts] == ["10.15pm", "11.02pm", "11.48pm", "12.40am", "1.05am"]
    assert [p.day for p in loaded.posts] == [None] * 5  # no datetime: counted from the page's date
    assert [p.days_from_page_date for p in loaded.posts] == [0, 0, 0, 1, 1]
    assert loaded.info.published.value == "2025-03-06"


def test_a_newest_first_page_dated_by_its_byline_only(tmp_path: Path) -> None:
    loaded = load_document(_page(tmp_path, PLANT_BYLINE_ONLY))
    assert loaded.info.published.value == "2025-10-14"  # the date line above the entries, as before
    assert [p.stamp for p in loaded.posts] == ["09:10 GMT", "10:45 GMT", "12:30 GMT"]
    assert _lines(loaded.text)[-1] == "Firefighters said the blaze at the Dunmore plant was under control."


def test_an_ordinary_article_with_two_time_stamps_is_no_live_page(tmp_path: Path) -> None:
    loaded = load_document(_page(tmp_path, ORDINARY))
    assert loaded.posts == ()
    assert "Harwell council approved plans for a new footbridge" in loaded.text


def test_a_table_of_times_is_no_live_page_and_keeps_its_place(tmp_path: Path) -> None:
    loaded = load_document(_page(tmp_path, TIMETABLE))
    assert loaded.posts == ()
    # read as the page's article, as any page with a table is: its rows not moved after its last line
    assert _lines(loaded.text)[-1].startswith("Passenger groups welcomed the change")


def test_the_model_sees_each_entry_once_and_no_stamp_or_button(tmp_path: Path) -> None:
    loaded = load_document(_page(tmp_path, STORM_NEWEST_FIRST))
    cleaned = clean(loaded.text, loaded.info.title)
    shown = render_messages(PromptLibrary(), cleaned)[1]["content"]
    assert shown.count("amber wind warning") == 1
    for furniture in (
        "17:30",
        "Key events",
        "Share",
        "Copy link",
        "Pinned",
        "Coastal road closed at Penhallow",
    ):
        assert furniture not in shown


def _grounded(path: Path, q: str, published: DocumentDate | None = None) -> Any:
    loaded = load_document(path, published)
    cleaned = clean(loaded.text, loaded.info.title)
    (event,) = ground(
        "live.html",
        cleaned,
        [WireEvent(q=q, t=q, k=WireKind.happened)],
        loaded.info.published,
        None,
        loaded.posts,
    ).events
    return event


@pytest.mark.parametrize(
    ("page", "q", "value", "text", "basis"),
    [
        # what an entry tells as done, naming no date: the day it was posted, from its stamp
        (STORM_NEWEST_FIRST, "Harbour Line cancelled every", "2025-11-28", "18:05 GMT", DateBasis.posted),
        (STORM_NEWEST_FIRST, "Police closed the coastal", "2025-11-29", "00:20 GMT", DateBasis.posted),
        # "yesterday" in an entry of 29 November is the 28th, not the 27th (the page's date's eve)
        (
            STORM_NEWEST_FIRST,
            "A lorry was stranded there",
            "2025-11-28",
            "yesterday",
            DateBasis.relative,
        ),
        (COUNT_OLDEST_FIRST, "The returning officer declared", "2025-03-07", "12.40am", DateBasis.posted),
        (COUNT_OLDEST_FIRST, "The first ballot boxes", "2025-03-06", "11.02pm", DateBasis.posted),
        (PLANT_BYLINE_ONLY, "A fire broke out in a storage", "2025-10-14", "09:10 GMT", DateBasis.posted),
    ],
)
def test_an_entry_dates_what_it_tells_as_done_by_its_stamp(
    tmp_path: Path, page: Path, q: str, value: str, text: str, basis: DateBasis
) -> None:
    event = _grounded(_page(tmp_path, page), q)
    assert event.kind is EventKind.happened
    assert (event.date.value, event.date.precision, event.date.text, event.date.basis) == (
        value,
        Precision.day,
        text,
        basis,
    )


@pytest.mark.parametrize(
    ("page", "q", "kind"),
    [
        # a statement's date is what it tells, as in any article: not the saying's posting day
        (PLANT_BYLINE_ONLY, "Two workers were taken", EventKind.reported),
        (STORM_NEWEST_FIRST, "The operator said crews", EventKind.reported),
        # an expectation is dated by what it looks ahead to, never by when it was posted
        (STORM_NEWEST_FIRST, "The Met Office has issued", EventKind.happened),
    ],
)
def test_an_entry_s_stamp_does_not_date_a_statement_or_its_own_date(
    tmp_path: Path, page: Path, q: str, kind: EventKind
) -> None:
    event = _grounded(_page(tmp_path, page), q)
    assert event.kind is kind
    assert event.date.basis is not DateBasis.posted


def test_a_sentence_outside_every_post_is_not_dated_by_one() -> None:
    text = "Flood warnings stay in place\nThe river burst its banks.\n09:00 GMT\nA bridge was closed.\n"
    posts = (Post(text.index("09:00"), len(text) - 1, "09:00 GMT", None, 0),)
    published = DocumentDate(value="2025-02-03", precision=Precision.day, source=DocumentDateSource.html_meta)
    cleaned = clean(text, "Flood warnings stay in place")
    wire = [WireEvent(q=q, t=q, k=WireKind.happened) for q in ("The river burst", "A bridge was closed")]
    outside, inside = ground("a.html", cleaned, wire, published, None, posts).events
    assert outside.date.value is None
    assert (inside.date.value, inside.date.basis) == ("2025-02-03", DateBasis.posted)


class _QuotingModel:
    """Reports the one event each part holds, opening with `q`."""

    label = "stub/stub"

    def __init__(self, q: str) -> None:
        self.q = q

    def complete(
        self, messages: list[dict[str, str]], response_model: type[Any], **_: Any
    ) -> Completion[Any]:
        found = self.q in messages[1]["content"]
        events = [WireEvent(q=self.q, t="Greens win Harwell", k=WireKind.happened)] if found else []
        return Completion(WireReply(events=events), Usage(prompt_tokens=10, completion_tokens=5, requests=1))


def test_a_build_dates_a_live_entry_by_its_stamp(tmp_path: Path) -> None:
    page = _page(tmp_path, COUNT_OLDEST_FIRST)
    model = _QuotingModel("The returning officer declared")
    timeline = Builder(model, PromptLibrary(), BuildSettings("stub", "stub", {"model": "stub"}, 100)).build(
        [page]
    )
    (event,) = timeline.events
    (source,) = event.sources
    assert (event.date.value, source.date.basis, source.date.text) == (
        "2025-03-07",
        DateBasis.posted,
        "12.40am",
    )


def test_the_outputs_say_a_posted_date_came_from_the_entry_s_stamp() -> None:
    posted = EventDate(value="2025-03-07", precision=Precision.day, text="12.40am", basis=DateBasis.posted)
    assert basis_note(posted, None) == "the day its live entry was posted, not its own words"


def _long_live_page(entries: int) -> str:
    posts = "".join(
        f'<div class="post"><p><time datetime="2025-06-0{1 + n // 1440}T{n // 60 % 24:02d}:{n % 60:02d}:00Z">'
        f"{n // 60 % 24:02d}:{n % 60:02d}</time></p><p>Crews cleared tree number {n} from the road.</p>"
        '<div class="share"><button>Share</button></div></div>'
        for n in range(entries)
    )
    return (
        f"<html><body><main><article><h1>Clean-up live</h1><div>{posts}</div></article></main></body></html>"
    )


def test_a_long_live_page_is_read_in_time_growing_with_it() -> None:
    """Every element of a page is asked whether it is a stamp, and every stamp's ancestors whether they
    are a "Key events" box: each reads at most a few hundred characters, not the page below it."""
    found = assert_linear(
        lambda n: lxml.html.document_fromstring(_long_live_page(n)), lambda root: find_entries(root), 400
    )
    assert len(found) == 1600


# The two lists of time zones as they were before they were one (timeline.dates.TIME_ZONE): the year
# rule's and the stamps'. Every zone of either is still a clock in both places.
_ZONES_OF_THE_YEAR_RULE = "GMT UTC BST CET CEST EET EEST MSK EST EDT CST CDT PST PDT ET KST JST IST".split()
_ZONES_OF_THE_STAMPS = (
    "GMT BST UTC CET CEST EET EEST MSK IST JST KST HKT SGT AEST AEDT EST EDT ET CST CDT CT MST MDT MT PST "
    "PDT PT"
).split()


@pytest.mark.parametrize("zone", sorted({*_ZONES_OF_THE_YEAR_RULE, *_ZONES_OF_THE_STAMPS}))
def test_every_time_zone_of_either_list_is_a_clock_for_both(zone: str) -> None:
    span = lxml.html.fragment_fromstring(f"<span>10:58 {zone}</span>")
    assert stamp_of(span) == (f"10:58 {zone}", 658, None)
    sentence = f"The ferry left at 1500 {zone} on Thursday."  # the clock, not the year 1500
    cleaned = clean(f"Note\n\n{sentence}\n", "Note")
    published = DocumentDate(value="2024-10-25", precision=Precision.day, source=DocumentDateSource.html_meta)
    (event,) = ground(
        "a.txt", cleaned, [WireEvent(q=sentence[:20], t=sentence, k=WireKind.happened)], published
    ).events
    assert event.date.value == "2024-10-24"


# --- stamps that open their paragraphs ("14:40 GMT - Police say ...") ----------------------------------

# Oldest first, each stamp written at the start of its paragraph in no element of its own; one entry
# runs on over a second paragraph.
INLINE_HTML = """<!DOCTYPE html><html><head><title>Tunnel collapse live</title>
<meta property="article:published_time" content="2025-09-02"></head><body><main><article>
<h1>Tunnel collapse in Brenmoor: live</h1>
<div class="feed">
<p>06:50 GMT - Part of the Brenmoor rail tunnel collapsed before the first train of the day.</p>
<p>08:15 GMT - Rescuers reached two maintenance workers trapped near the northern portal.</p>
<p>Both were taken to Brenmoor General with leg injuries.</p>
<p>11:30 GMT - Network Rail closed the line between Brenmoor and Callow until further notice.</p>
</div></article></main></body></html>"""


def test_stamps_that_open_their_paragraphs_are_a_live_page_s(tmp_path: Path) -> None:
    path = tmp_path / "tunnel.html"
    path.write_text(INLINE_HTML, encoding="utf-8")
    loaded = load_document(path)
    lines = _lines(loaded.text)
    assert lines[lines.index("06:50 GMT") :] == [
        "06:50 GMT",
        "Part of the Brenmoor rail tunnel collapsed before the first train of the day.",
        "08:15 GMT",
        "Rescuers reached two maintenance workers trapped near the northern portal.",
        "Both were taken to Brenmoor General with leg injuries.",
        "11:30 GMT",
        "Network Rail closed the line between Brenmoor and Callow until further notice.",
    ]
    assert [(p.stamp, p.days_from_page_date) for p in loaded.posts] == [
        ("06:50 GMT", 0),
        ("08:15 GMT", 0),
        ("11:30 GMT", 0),
    ]
    event = _grounded(path, "Network Rail closed the line")
    assert (event.date.value, event.date.basis, event.date.text) == (
        "2025-09-02",
        DateBasis.posted,
        "11:30 GMT",
    )


@pytest.mark.parametrize(
    "stamps",
    [
        ("22:10 GMT - ", "23:35 GMT - ", "00:20 GMT - "),
        ("22:10: ", "23:35: ", "00:20: "),
        ("10.10pm ", "11.35pm ", "12.20am "),
        ("**22:10** ", "**23:35** ", "**00:20** "),
        ("22:10 | ", "23:35 | ", "00:20 | "),
        ("## 22:10\n", "## 23:35\n", "## 00:20\n"),
    ],
    ids=["dash", "colon", "am-pm", "bold", "bar", "a-line-of-its-own"],
)
def test_a_text_whose_stamps_open_its_paragraphs_keeps_them_in_place_as_posts(
    tmp_path: Path, stamps: tuple[str, str, str]
) -> None:
    """A text file's offsets are its characters: its entries are not moved, their spans are posts."""
    entries = (
        "Voters queued outside the Harlow Road polling station until it closed.",
        "The first ballot boxes reached the count at Dunmere leisure centre.",
        "The returning officer declared Ana Kovac elected for Dunmere East.",
    )
    stamped = [s + e for s, e in zip(stamps, entries, strict=True)]
    text = "Dunmere by-election: the count\n\n" + "\n\n".join(stamped) + "\n"
    path = tmp_path / "count.md"
    path.write_text(text, encoding="utf-8")
    published = DocumentDate(value="2025-03-06", precision=Precision.day, source=DocumentDateSource.cli)
    loaded = load_document(path, published)
    assert loaded.text == text
    assert [loaded.text[p.start : p.end] for p in loaded.posts] == stamped
    assert [p.days_from_page_date for p in loaded.posts] == [0, 0, 1]
    event = _grounded(path, "The returning officer declared", published)
    assert (event.date.value, event.date.basis) == ("2025-03-07", DateBasis.posted)


@pytest.mark.parametrize(
    "text",
    [
        # one stamped paragraph in an article: an article
        "Ferry services resume\n\nHarbour Line ran its first ferry in a week on Monday.\n\n"
        "14:40 GMT - The ferry left Marrick with 200 passengers.\n\n"
        "The company said all routes would reopen.\n",
        # a time inside the sentence is no stamp, however many
        "Ferry day\n\nAt 14:40 GMT the ferry left Marrick.\n\nAt 15:10 GMT it reached Holm.\n\n"
        "At 16:00 GMT it sailed back.\n",
        # "14.40" followed by a word reads as a price or a score as often as a clock
        "Market prices\n\n14.40 Apples from Kent sold out by noon.\n\n"
        "15.10 Pears fetched more than last week.\n\n16.30 Plums were scarce after the frost.\n",
        # a timetable's rows, however much of the text they are, tell nothing
        "New ferry times\n\nFrom Monday:\n\n06:10 | Eastmoor to Kestrel Bay\n"
        "07:40 | Kestrel Bay to Eastmoor\n09:15 | Eastmoor to Kestrel Bay\n"
        "10:50 | Kestrel Bay to Eastmoor\n\nThe times run until May.\n",
    ],
    ids=["one-stamped-paragraph", "times-inside-sentences", "dotted-numbers-without-separator", "timetable"],
)
def test_a_text_without_a_run_of_stamped_paragraphs_has_no_posts(tmp_path: Path, text: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert load_document(path).posts == ()


def test_a_chronology_box_in_a_long_article_leaves_it_an_article(tmp_path: Path) -> None:
    """Three stamped paragraphs ("How the night unfolded") that hold less than half the words: an article."""
    prose = " ".join(["The council has promised an inquiry into the response to the fire at the depot."] * 12)
    text = (
        "Depot fire: the inquiry\n\n" + prose + "\n\nHow the night unfolded:\n\n"
        "22:10 - A neighbour called the fire service.\n\n23:05 - Three engines arrived.\n\n"
        "01:30 - The fire was out.\n\n" + prose + "\n"
    )
    path = tmp_path / "inquiry.txt"
    path.write_text(text, encoding="utf-8")
    assert load_document(path).posts == ()


# --- a page over midnight dated by its last update ------------------------------------------------------

_OVER_MIDNIGHT = [  # (stamp, text), oldest first: two entries before midnight, two after
    ("22:05 GMT", "Storm Ilse made landfall near Carrow Point with gusts of 90mph."),
    ("23:40 GMT", "The Skelmore bridge was closed after a lorry overturned in the wind."),
    ("00:15 GMT", "About 8,000 homes in Carrow lost power when a line came down."),
    ("01:05 GMT", "Coastguards rescued two fishermen whose boat ran aground at Skelmore."),
]


def _storm_page(newest_first: bool, dated: str, meta: str = "") -> str:
    entries = list(reversed(_OVER_MIDNIGHT)) if newest_first else _OVER_MIDNIGHT
    posts = "".join(f'<div class="post"><p><b>{stamp}</b></p><p>{text}</p></div>' for stamp, text in entries)
    return (
        f"<!DOCTYPE html><html><head><title>Storm Ilse live</title>{meta}</head><body><main><article>"
        f"<h1>Storm Ilse live: landfall at Carrow</h1>{dated}"
        f"<div class='feed'>{posts}</div></article></main></body></html>"
    )


@pytest.mark.parametrize("newest_first", [True, False], ids=["newest-first", "oldest-first"])
@pytest.mark.parametrize(
    ("dated", "meta"),
    [
        ("<p class='dateline'>Updated 28 November 2025 01:10 GMT</p>", ""),
        # a byline trafilatura leaves out of the text, though it dates the page by it
        ("<p class='byline'>Updated 28 November 2025 01:10 GMT</p>", ""),
        ("", '<meta property="article:modified_time" content="2025-11-28T01:10:00Z">'),
    ],
    ids=["visible-update-line", "byline-left-out-of-the-text", "meta-modified-time"],
)
def test_a_page_dated_by_its_last_update_puts_entries_before_midnight_on_the_day_before(
    tmp_path: Path, newest_first: bool, dated: str, meta: str
) -> None:
    path = tmp_path / "storm.html"
    path.write_text(_storm_page(newest_first, dated, meta), encoding="utf-8")
    loaded = load_document(path)
    assert loaded.info.published.value == "2025-11-28"
    assert [(p.stamp, p.days_from_page_date) for p in loaded.posts] == [
        ("22:05 GMT", -1),
        ("23:40 GMT", -1),
        ("00:15 GMT", 0),
        ("01:05 GMT", 0),
    ]
    event = _grounded(path, "The Skelmore bridge was closed")
    assert (event.date.value, event.date.basis, event.date.text) == (
        "2025-11-27",
        DateBasis.posted,
        "23:40 GMT",
    )
    assert _grounded(path, "Coastguards rescued two").date.value == "2025-11-28"


@pytest.mark.parametrize("newest_first", [True, False], ids=["newest-first", "oldest-first"])
def test_a_page_dated_when_it_opened_counts_on_from_its_first_entry(
    tmp_path: Path, newest_first: bool
) -> None:
    meta = '<meta property="article:published_time" content="2025-11-27T21:30:00Z">'
    path = tmp_path / "storm.html"
    path.write_text(_storm_page(newest_first, "", meta), encoding="utf-8")
    loaded = load_document(path)
    assert loaded.info.published.value == "2025-11-27"
    assert [p.days_from_page_date for p in loaded.posts] == [0, 0, 1, 1]


def test_a_page_s_date_stamp_after_its_first_entry_puts_that_entry_the_next_day() -> None:
    """Opened at 21:30, its first entry at 00:15: that entry is posted the next day."""
    entries = [Stamped("00:15", 15, None, "a"), Stamped("01:05", 65, None, "b")]
    assert chronological(entries, [21 * 60 + 30])[1] == [1, 1]
    assert chronological(entries)[1] == [0, 0]  # no time of its own: the page's date is the first entry's
    # the page's time and its first entry's, written in two zones ("06:00+01:00" over "05:10 GMT"): one day
    assert chronological([Stamped("05:10", 310, None, "a"), Stamped("09:00", 540, None, "b")], [360])[1] == [
        0,
        0,
    ]


# --- a live page's JSON-LD (LiveBlogPosting) ---------------------------------------------------------------

_LIVE_BLOG_JSON_LD = """{"@context": "https://schema.org", "@type": "LiveBlogPosting",
 "headline": "Harvest festival floods live", "datePublished": "2025-08-16T18:00:00+01:00",
 "liveBlogUpdate": [
  {"@type": "BlogPosting", "datePublished": "2025-08-17T00:40:00+01:00", "headline": "Festival site cleared",
   "articleBody": "Stewards cleared the last campers from the Orlan meadow site."},
  {"@type": "BlogPosting", "datePublished": "2025-08-16T21:15:00+01:00", "headline": "River bursts its banks",
   "articleBody": "The river Orlan burst its banks beside the main stage."},
  {"@type": "BlogPosting", "datePublished": "2025-08-16T18:20:00+01:00", "headline": "Headline act cancelled",
   "articleBody": "<p>Organisers cancelled the headline act as rain flooded the car parks.</p>"}
 ]}"""


def test_a_live_page_without_visible_stamps_is_read_from_its_json_ld_updates(tmp_path: Path) -> None:
    posts = "".join(
        f"<div class='update'><h2>{h}</h2><p>{b}</p></div>"
        for h, b in [
            ("Festival site cleared", "Stewards cleared the last campers from the Orlan meadow site."),
            ("River bursts its banks", "The river Orlan burst its banks beside the main stage."),
            (
                "Headline act cancelled",
                "Organisers cancelled the headline act as rain flooded the car parks.",
            ),
        ]
    )
    page = (
        f'<!DOCTYPE html><html><head><title>Floods live</title><script type="application/ld+json">'
        f"{_LIVE_BLOG_JSON_LD}</script></head><body><main><article><h1>Harvest festival floods live</h1>"
        f"<div class='feed'>{posts}</div></article></main></body></html>"
    )
    path = tmp_path / "floods.html"
    path.write_text(page, encoding="utf-8")
    loaded = load_document(path)
    assert [(p.stamp, p.day.isoformat() if p.day else None) for p in loaded.posts] == [
        ("18:20", "2025-08-16"),
        ("21:15", "2025-08-16"),
        ("00:40", "2025-08-17"),
    ]
    lines = _lines(loaded.text)
    assert lines[lines.index("18:20") :] == [
        "18:20",
        "Headline act cancelled",
        "Organisers cancelled the headline act as rain flooded the car parks.",
        "21:15",
        "River bursts its banks",
        "The river Orlan burst its banks beside the main stage.",
        "00:40",
        "Festival site cleared",
        "Stewards cleared the last campers from the Orlan meadow site.",
    ]
    event = _grounded(path, "Stewards cleared the last campers")
    assert (event.date.value, event.date.basis, event.date.text) == ("2025-08-17", DateBasis.posted, "00:40")


def test_a_long_text_of_stamped_paragraphs_is_read_in_time_growing_with_it() -> None:
    def text(entries: int) -> str:
        return "".join(
            f"{n // 60 % 24:02d}:{n % 60:02d} GMT - Crews cleared tree number {n} from the road.\n\n"
            for n in range(entries)
        )

    found = assert_linear(text, inline_entries, 400)
    assert len(found) == 1600


def test_a_newest_first_page_over_midnight_of_three_entries_is_read_backwards() -> None:
    """00:40, 23:50, 21:15 spans 3 h 25 read backwards and 44 h read forwards: newest first. Counting
    which way the clocks step (one back, one forward) left it in the page's order, 21:15 two days on."""
    entries = [
        Stamped("00:40", 40, None, "c"),
        Stamped("23:50", 1430, None, "b"),
        Stamped("21:15", 1275, None, "a"),
    ]
    ordered, midnights = chronological(entries)
    assert ([e.body for e in ordered], midnights) == (["a", "b", "c"], [0, 0, 1])
