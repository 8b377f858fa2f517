"""Probe: live pages (live blogs) read as a journalist reads them.

Seven pages of our own writing (none from seeds/ or the field corpora) in the shapes live pages take:
newest first and oldest first, stamps in `<time datetime>`, in a span, in bold, with "am"/"pm", a
"Key events" box, share buttons, a pinned post, entries after midnight. For each page the probe counts
the entries whose stamp the text keeps on the line just above the entry's first words, whether the
entries come in the order they were posted, whether a line the "Key events" box repeats or a share
button reaches the text, and how many of the sentences a reader dates by the entry's day (what it
tells as done, naming no date) or by its own words are dated so, as a build grounds them.

Run: PYTHONPATH=. python scripts/probe_live.py [-v]. It runs on code without `timeline.live` too (the
figures before it), grounding without posts there.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from timeline.cleaning import clean
from timeline.documents import load_document
from timeline.extraction import WireEvent
from timeline.grounding import ground

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "live"

# Oldest first; Guardian-like blocks with the stamp in a <p> of its own and "Updated at" noise.
FERRY = """<!DOCTYPE html><html><head><title>Ferry strike live | Northern Post</title>
<meta property="article:published_time" content="2025-07-14T06:00:00+01:00"></head><body><main><article>
<h1>Ferry strike live: crossings halted as crews walk out</h1>
<p class="standfirst">Crews on the Skerry Line walked out at dawn over rosters.</p>
<div id="liveblog-body">
<div class="block"><p class="block-time"><time datetime="2025-07-14T06:10:00+01:00">6.10am BST</time></p>
<p>The first sailing of the day from Skerry to Holm was cancelled.</p></div>
<div class="block"><p class="block-time"><time datetime="2025-07-14T08:25:00+01:00">8.25am BST</time></p>
<p>About 300 passengers were turned away at the Skerry terminal this morning.</p></div>
<div class="block"><p class="block-time"><time datetime="2025-07-14T11:40:00+01:00">11.40am BST</time></p>
<p>The union said talks would resume on Wednesday.</p></div>
<div class="block"><p class="block-time"><time datetime="2025-07-14T15:05:00+01:00">3.05pm BST</time></p>
<p>Skerry Line hired two relief crews from a Norwegian operator.</p></div>
</div></article></main></body></html>"""

# Newest first; stamps in a <span> only; a pinned post at the top not repeated; page dated by meta.
QUAKE = """<!DOCTYPE html><html><head><title>Earthquake latest</title>
<meta name="date" content="2025-02-09"></head><body><main><article>
<h1>Earthquake in the Velan valley: latest</h1>
<ul class="feed">
<li class="item"><span class="ts">16:20</span>
<p>Rescuers pulled a girl alive from a collapsed school in Doran.</p>
<a class="share-link" href="#">Share this post</a></li>
<li class="item"><span class="ts">13:05</span><p>The government declared three days of mourning.</p>
<a class="share-link" href="#">Share this post</a></li>
<li class="item"><span class="ts">09:45</span><p>The death toll rose to 41, the interior ministry said.</p>
<a class="share-link" href="#">Share this post</a></li>
<li class="item"><span class="ts">07:30</span>
<p>A magnitude 6.1 earthquake struck the Velan valley before dawn.</p>
<a class="share-link" href="#">Share this post</a></li>
</ul></article></main></body></html>"""

# Newest first over midnight; stamps in <b>; a "Key events" box of links; page dated by meta.
FINAL = """<!DOCTYPE html><html><head><title>Cup final live</title>
<meta property="article:published_time" content="2025-05-24"></head><body><main><article>
<h1>Cup final live: Ardley v Rosscarrick</h1>
<section class="key-points"><h3>Key events</h3><ol><li><a href="#e3">Ardley lift the cup</a></li>
<li><a href="#e1">Kick-off delayed</a></li></ol></section>
<div class="stream">
<div class="e" id="e4"><b>00:35</b><p>Fans celebrated in Ardley's market square until the early hours.</p>
<button>Copy link</button></div>
<div class="e" id="e3"><b>22:10</b><p>Ardley won the cup on penalties after a 2-2 draw.</p>
<button>Copy link</button></div>
<div class="e" id="e2"><b>20:55</b><p>Rosscarrick took the lead through a header from Liam Tully.</p>
<button>Copy link</button></div>
<div class="e" id="e1"><b>20:05</b>
<p>Kick-off was delayed by fifteen minutes after a crush at the turnstiles.</p>
<button>Copy link</button></div>
</div></article></main></body></html>"""

# Newest first; each stamp written at the start of its paragraph, in no element of its own (read since
# the stamps that open their paragraphs are, timeline.live.inline_entries).
INLINE = """<!DOCTYPE html><html><head><title>Budget day live</title>
<meta property="article:published_time" content="2025-10-29"></head><body><main><article>
<h1>Budget day live</h1>
<div class="feed">
<p>14:40 GMT - The chancellor raised the tax on tobacco by 5 percent.</p>
<p>13:10 GMT - The chancellor told MPs growth would be 1.1 percent next year.</p>
<p>12:30 GMT - The chancellor rose to deliver her budget in the Commons.</p>
</div></article></main></body></html>"""

# Newest first over midnight; stamps in <strong>; dated only by a visible line of its last update, so
# its entries before midnight are the day before that line's.
VIGIL = """<!DOCTYPE html><html><head><title>Vigil live</title></head><body><main><article>
<h1>Harlow vigil live: thousands march for missing climber</h1>
<p class="byline">Updated 12 January 2025 00:55 GMT</p>
<div class="stream">
<div class="u"><p><strong>00:40 GMT</strong></p>
<p>The last marchers left Harlow green as snow began.</p></div>
<div class="u"><p><strong>23:50 GMT</strong></p>
<p>Mountain rescue teams suspended the search for the night.</p></div>
<div class="u"><p><strong>21:15 GMT</strong></p><p>About 3,000 people lit candles on Harlow green.</p></div>
</div></article></main></body></html>"""

# Oldest first over midnight; stamps in <span>; dated by its meta's modified time (its last update).
RECOUNT = """<!DOCTYPE html><html><head><title>Recount live</title>
<meta property="article:modified_time" content="2025-05-09T02:20:00+01:00"></head><body><main><article>
<h1>Orland recount live</h1>
<div class="list">
<section class="e"><span class="t">11.30pm</span>
<p>Officials sealed the ballot boxes for the recount.</p></section>
<section class="e"><span class="t">12.45am</span><p>The recount began in the town hall.</p></section>
<section class="e"><span class="t">2.10am</span><p>Mira Sand was elected by 14 votes.</p></section>
</div></article></main></body></html>"""

# No visible stamps; the updates' exact times only in the page's JSON-LD LiveBlogPosting.
REGATTA = """<!DOCTYPE html><html><head><title>Regatta live</title>
<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Regatta live",
"datePublished": "2025-06-21T09:00:00+01:00", "liveBlogUpdate": [
{"@type": "BlogPosting", "datePublished": "2025-06-21T16:05:00+01:00", "headline": "Final won",
 "articleBody": "The Kell crew won the final by two lengths."},
{"@type": "BlogPosting", "datePublished": "2025-06-21T11:20:00+01:00", "headline": "Boat capsized",
 "articleBody": "A junior four capsized at the start and its crew were pulled from the river."}]}</script>
</head><body><main><article><h1>Regatta live</h1>
<div class="feed"><div><h3>Final won</h3><p>The Kell crew won the final by two lengths.</p></div>
<div><h3>Boat capsized</h3><p>A junior four capsized at the start and its crew were pulled from the river.</p>
</div></div></article></main></body></html>"""

# A live page saved as markdown, oldest first, stamps in bold opening their paragraphs; dated by its
# front matter. A text's entries stay where they are (its offsets are its characters).
MARKDOWN = """---
date: 2025-04-03
---
# Rail strike: as it happened

**07:05** Commuters found the gates shut at Lanford Central.

**09:30** The union said 4,000 drivers had joined the walkout.

**12:15** Lanford council opened its car parks free of charge.
"""

# Ordinary articles that are no live page although they write clocks: a stamped paragraph, times inside
# sentences, a timetable's rows, a chronology box in a long article.
ARTICLES: list[tuple[str, str]] = [
    (
        "Harbour reopens\n\nThe harbour at Kell reopened on Monday after a week of repairs.\n\n"
        "10:15 GMT - The first trawler came in on the morning tide.\n\nThe council paid for the work.\n",
        "one-stamp.txt",
    ),
    (
        "Night flight\n\nThe plane left at 22:10 GMT.\n\nAt 23:40 GMT it landed in Orland.\n\n"
        "At 00:30 GMT the passengers were through customs.\n",
        "inside.txt",
    ),
    (
        "<html><body><article><h1>Bus times change</h1><p>From Sunday the night buses run at:</p>"
        "<p>23:10 | Kell to Orland</p><p>23:50 | Orland to Kell</p><p>00:30 | Kell to Orland</p>"
        "<p>Drivers welcomed the new rota, the union said.</p></article></body></html>",
        "timetable.html",
    ),
    (
        "Flood inquiry opens\n\n"
        + " ".join(["The inquiry will hear from residents whose homes flooded in March."] * 10)
        + "\n\nThe night in brief:\n\n21:00 - The river rose.\n\n22:30 - The levee failed.\n\n"
        "23:15 - Residents were evacuated.\n\n"
        + " ".join(["The council said it would publish its own review in the autumn."] * 10)
        + "\n",
        "chronology.txt",
    ),
]

# (page, its name, [(sentence's first words, the date a reader gives it or None)], the first words of
# its entries in the order they were posted, text that must not reach the model)
PAGES: list[tuple[str | Path, str, list[tuple[str, str | None]], list[str], list[str]]] = [
    (
        DATA / "storm_newest_first.html",
        "storm",
        [
            ("Harbour Line cancelled", "2025-11-28"),
            ("Police closed the coastal", "2025-11-29"),
            ("A lorry was stranded", "2025-11-28"),
            ("About 12,000 homes", "2025-11-28"),
        ],
        ["The Met Office", "Harbour Line", "About 12,000", "Police closed"],
        ["Coastal road closed at Penhallow", "Copy link"],
    ),
    (
        DATA / "count_oldest_first_after_midnight.html",
        "count",
        [
            ("The first ballot boxes", "2025-03-06"),
            ("The returning officer declared", "2025-03-07"),
            ("Counting agents for the Greens", "2025-03-06"),
        ],
        ["Polls have closed", "The first ballot", "Counting agents", "The returning officer", "Lindqvist"],
        [],
    ),
    (
        DATA / "plant_fire_byline_date.html",
        "plant",
        [("A fire broke out", "2025-10-14"), ("Two workers were taken", None)],
        ["A fire broke out", "Two workers", "Firefighters said"],
        [],
    ),
    (
        FERRY,
        "ferry",
        [
            ("The first sailing of the day", "2025-07-14"),
            ("About 300 passengers", "2025-07-14"),
            ("Skerry Line hired", "2025-07-14"),
            ("The union said talks", "2025-07-16"),
        ],
        ["The first sailing", "About 300", "The union said", "Skerry Line hired"],
        [],
    ),
    (
        QUAKE,
        "quake",
        [
            ("A magnitude 6.1 earthquake", "2025-02-09"),
            ("The government declared", "2025-02-09"),
            ("Rescuers pulled a girl", "2025-02-09"),
            ("The death toll rose", None),
        ],
        ["A magnitude 6.1", "The death toll", "The government", "Rescuers pulled"],
        ["Share this post"],
    ),
    (
        FINAL,
        "final",
        [
            ("Kick-off was delayed", "2025-05-24"),
            ("Rosscarrick took the lead", "2025-05-24"),
            ("Ardley won the cup", "2025-05-24"),
            ("Fans celebrated", "2025-05-25"),
        ],
        ["Kick-off was delayed", "Rosscarrick took", "Ardley won", "Fans celebrated"],
        ["Ardley lift the cup", "Copy link"],
    ),
    (
        INLINE,
        "inline",
        [
            ("The chancellor rose", "2025-10-29"),
            ("The chancellor raised", "2025-10-29"),
        ],
        ["The chancellor rose", "The chancellor told", "The chancellor raised"],
        [],
    ),
    (
        VIGIL,
        "vigil",
        [
            ("About 3,000 people lit candles", "2025-01-11"),
            ("Mountain rescue teams suspended", "2025-01-11"),
            ("The last marchers left", "2025-01-12"),
        ],
        ["About 3,000", "Mountain rescue", "The last marchers"],
        [],
    ),
    (
        RECOUNT,
        "recount",
        [
            ("Officials sealed the ballot", "2025-05-08"),
            ("The recount began", "2025-05-09"),
            ("Mira Sand was elected", "2025-05-09"),
        ],
        ["Officials sealed", "The recount began", "Mira Sand was"],
        [],
    ),
    (
        REGATTA,
        "regatta",
        [("A junior four capsized", "2025-06-21"), ("The Kell crew won", "2025-06-21")],
        ["Boat capsized", "Final won"],
        [],
    ),
    (
        MARKDOWN,
        "strike.md",
        [("Commuters found the gates", "2025-04-03"), ("Lanford council opened", "2025-04-03")],
        [],  # a text's stamps stay on their entries' lines: no stamp line to count
        [],
    ),
]


def _load(page: str | Path, name: str, folder: Path) -> Any:
    path = folder / (name if "." in name else f"{name}.html")
    path.write_text(page if isinstance(page, str) else page.read_text(encoding="utf-8"), encoding="utf-8")
    return load_document(path)


def _date_of(loaded: Any, words: str) -> str | None:
    cleaned = clean(loaded.text, loaded.info.title)
    posts = getattr(loaded, "posts", None)  # None: the code before live pages were read
    wire = [WireEvent(q=words, t=words, k="h")]
    extra = {"posts": posts} if posts is not None else {}
    found = ground("live.html", cleaned, wire, loaded.info.published, None, **extra).events
    return found[0].date.value if found else "(not grounded)"


def figures(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, of) per measure: entries with their stamp just above them, pages in posting order, pages
    without a repeat or button shown, sentences dated as a reader dates them."""
    counts = {
        "stamped": [0, 0],
        "in order": [0, 0],
        "no furniture": [0, 0],
        "dated": [0, 0],
        "articles left alone": [0, 0],
    }
    with tempfile.TemporaryDirectory() as folder:
        for page, name, dated, order, furniture in PAGES:
            loaded = _load(page, name, Path(folder))
            lines = [line for line in loaded.text.splitlines() if line.strip()]
            firsts = [next((i for i, line in enumerate(lines) if line.startswith(w)), -1) for w in order]
            for words, at in zip(order, firsts, strict=True):
                stamped = at > 0 and len(lines[at - 1]) <= 12 and any(ch.isdigit() for ch in lines[at - 1])
                counts["stamped"][0] += stamped
                if verbose and not stamped:
                    print(f"  {name}: no stamp above {words!r}")
            counts["stamped"][1] += len(order)
            in_order = -1 not in firsts and firsts == sorted(firsts)
            counts["in order"][0] += in_order and bool(order)
            counts["in order"][1] += bool(order)
            shown = " ".join(s.text for s in clean(loaded.text, loaded.info.title).sentences)
            clean_page = not any(text in shown for text in furniture)
            counts["no furniture"][0] += clean_page
            counts["no furniture"][1] += 1
            if verbose and not (in_order and clean_page):
                print(f"  {name}: in order {in_order}, no furniture shown {clean_page}")
            for words, expected in dated:
                got = _date_of(loaded, words)
                counts["dated"][0] += got == expected
                counts["dated"][1] += 1
                if verbose and got != expected:
                    print(f"  {name}: {words!r} dated {got}, a reader gives {expected}")
        for text, name in ARTICLES:
            posts = getattr(_load(text, name, Path(folder)), "posts", ())
            counts["articles left alone"][0] += not posts
            counts["articles left alone"][1] += 1
            if verbose and posts:
                print(f"  {name}: read as a live page of {len(posts)} entries")
    return {key: (right, of) for key, (right, of) in counts.items()}


def main(verbose: bool = False) -> None:
    for key, (right, of) in figures(verbose).items():
        print(f"{key}: {right}/{of}")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
