"""A large synthetic timeline for the HTML viewer: how it reads and how fast it opens at analyst scale.

No model and no article is involved: EVENTS events over YEARS years from DOCUMENTS invented wire
stories (wars, elections, business, courts, disasters, science) are made up with a fixed random seed,
each quote cut from its own invented article text so the viewer shows it in context. About 4% are
undated and 3% have conflicting dates, as in real runs.

Run: `PYTHONPATH=<tree> python scripts/viewer_large.py OUT.html [--events N] [--time]`. With --time it
opens the page in headless Chromium three times and prints the median time until the page's script
has run (the navigation's load event, read from a copy of the page whose only change is a script that
records it) and the process's wall time.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from timeline.dates import chronological_key
from timeline.export import render
from timeline.models import (
    DateBasis,
    DocumentDate,
    DocumentDateSource,
    DocumentInfo,
    Event,
    EventDate,
    EventKind,
    Precision,
    Provenance,
    RunSummary,
    Source,
    Timeline,
    Usage,
)

FIRST_YEAR = 1995
YEARS = 30
DOCUMENTS = 300
EVENTS = 2000

# (headline, sentence) pairs; {a} and {b} are actors, {n} a number.
STORIES = [
    (
        "{a} forces shell positions near {b}",
        "{a} forces shelled positions near {b}, killing {n} people, officials said.",
    ),
    ("{a} wins the election in {b}", "{a} won the presidential election in {b} with {n}% of the vote."),
    ("{a} agrees to buy {b}", "{a} agreed to buy {b} for ${n} billion in cash and shares."),
    ("Court in {b} convicts {a}", "A court in {b} convicted {a} of fraud and sentenced him to {n} years."),
    (
        "Earthquake strikes {b}",
        "A magnitude 6.{n} earthquake struck {b}, the agency said, and {a} sent rescuers.",
    ),
    ("{a} reports a new drug trial", "{a} said its trial in {b} cut hospital admissions by {n}%."),
    ("{a} expects talks with {b}", "{a} is expected to open talks with {b} next month, diplomats said."),
    (
        "Floods force {n},000 from homes in {b}",
        "Floods forced {n},000 people from their homes in {b}, {a} said.",
    ),
]
ACTORS = [
    "Ukraine", "Russia", "Sudan", "RSF", "Ethiopia", "Tigray", "Israel", "Hamas", "Boeing", "Airbus",
    "European Commission", "Federal Reserve", "Supreme Court", "NASA", "ESA", "WHO", "Pfizer", "Kenya",
    "Brazil", "Lula", "Milei", "Argentina", "India", "Modi", "Japan", "BOJ", "Germany", "Scholz",
    "Nigeria", "Tinubu", "Chile", "Peru", "Turkey", "Erdogan", "Philippines", "Indonesia", "Mexico",
    "Sheinbaum", "Canada", "Australia", "Red Cross", "UN", "IMF", "World Bank", "Volkswagen", "Toyota",
    "Samsung", "TSMC", "OpenAI", "Microsoft",
]  # fmt: skip
PLACES = ["Kharkiv", "Khartoum", "Mekelle", "Gaza", "Nairobi", "Lima", "Jakarta", "Osaka", "Ankara", "Lagos"]
MONTHS = "January February March April May June July August September October November December".split()


def _date(rng: random.Random) -> EventDate:
    roll = rng.random()
    if roll < 0.04:
        return EventDate()
    year = FIRST_YEAR + rng.randrange(YEARS)
    month = rng.randrange(1, 13)
    if roll < 0.12:
        return EventDate(
            value=str(year), precision=Precision.year, text=f"in {year}", basis=DateBasis.explicit
        )
    if roll < 0.35:
        return EventDate(
            value=f"{year}-{month:02d}",
            precision=Precision.month,
            text=f"in {MONTHS[month - 1]}",
            basis=DateBasis.document_date,
        )
    day = rng.randrange(1, 29)
    return EventDate(
        value=f"{year}-{month:02d}-{day:02d}",
        precision=Precision.day,
        text=f"on {MONTHS[month - 1]} {day}",
        basis=DateBasis.explicit,
    )


def large_timeline(
    events: int = EVENTS, documents: int = DOCUMENTS, seed: int = 7
) -> tuple[Timeline, dict[str, str]]:
    """The timeline and its articles' texts (document id -> text), so quotes are shown in context."""
    rng = random.Random(seed)
    doc_ids = [f"{i:03d}_{rng.getrandbits(48):012x}.txt" for i in range(documents)]
    texts: dict[str, list[str]] = {d: [] for d in doc_ids}
    made: list[Event] = []
    for i in range(events):
        headline, sentence = rng.choice(STORIES)
        a, b = rng.sample(ACTORS, 2)
        fill = {"a": a, "b": rng.choice([b, *PLACES]), "n": str(rng.randrange(2, 90))}
        date = _date(rng)
        sources = []
        for document in rng.sample(doc_ids, 1 if rng.random() < 0.7 else rng.randrange(2, 4)):
            quote = sentence.format(**fill)
            body = texts[document]
            start = sum(len(p) + 1 for p in body)
            body.append(quote)
            sources.append(
                Source(document=document, quote=quote, start=start, end=start + len(quote), date=date)
            )
        conflict = len(sources) > 1 and rng.random() < 0.1
        if conflict and date.value:
            year = int(date.value[:4]) - 1
            sources[-1].date = EventDate(
                value=str(year), precision=Precision.year, text=f"in {year}", basis=DateBasis.explicit
            )
        kind = (
            EventKind.expected
            if "expected" in sentence
            else rng.choice([EventKind.happened, EventKind.reported])
        )
        made.append(
            Event(
                id=f"ev-{i:05d}",
                title=headline.format(**fill),
                summary=sentence.format(**fill),
                kind=kind,
                date=date,
                actors=[a, b] if b in fill.values() else [a],
                sources=sources,
                date_conflict=conflict,
            )
        )
    made.sort(key=lambda e: chronological_key(e.date))
    joined = {d: " ".join(parts) for d, parts in texts.items()}
    infos = [
        DocumentInfo(
            id=d,
            path=f"synthetic/{d}",
            title=f"Wire story {n}: {ACTORS[n % len(ACTORS)]} and {PLACES[n % len(PLACES)]}",
            published=DocumentDate(
                value=f"{FIRST_YEAR + n % YEARS}",
                precision=Precision.year,
                source=DocumentDateSource.front_matter,
            ),
            sha256="0" * 64,
            chars=len(joined[d]),
        )
        for n, d in enumerate(doc_ids)
    ]
    summary = RunSummary(
        documents=documents,
        documents_failed=0,
        events=len(made),
        events_extracted=len(made),
        events_dropped_ungrounded=0,
        furniture_sentences_removed=0,
        events_aligned=0,
        sentences_with_instructions=0,
        analysis_sentences_hidden=0,
        headlines_replaced=0,
    )
    provenance = Provenance(
        tool_version="synthetic",
        provider="none (synthetic, scripts/viewer_large.py)",
        model="none",
        prompts=[],
        started_at="2026-01-01T00:00:00Z",
        duration_s=0.0,
        usage=Usage(),
    )
    return Timeline(provenance=provenance, summary=summary, documents=infos, events=made), joined


# Runs after the viewer's script (both are at the end of <body>); records when the load event ended.
_TIMER = (
    "<script>addEventListener('load', function () { setTimeout(function () {"
    " var n = performance.getEntriesByType('navigation')[0];"
    " document.documentElement.setAttribute('data-loaded-ms', String(Math.round(n.loadEventStart)));"
    " }, 0); });</script>"
)


def _chromium(page: Path, profile: Path, *args: str) -> str:
    cmd = [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        f"--user-data-dir={profile}",
        *args,
        page.as_uri(),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout


def time_page(html: str, runs: int = 3) -> tuple[float, float]:
    """Median (ms until the load event, s of chromium's wall time for --dump-dom) over `runs`."""
    timed = re.sub(r"<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "", html, count=1)
    timed = timed.replace("</body>", _TIMER + "</body>", 1)
    loaded, wall = [], []
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "timed.html"
        page.write_text(timed, encoding="utf-8")
        for _ in range(runs):
            began = time.perf_counter()
            dom = _chromium(page, Path(tmp) / "profile", "--dump-dom")
            wall.append(time.perf_counter() - began)
            found = re.search(r'data-loaded-ms="(\d+)"', dom)
            if found is None:
                raise SystemExit("the timing script did not run")
            loaded.append(float(found.group(1)))
    return statistics.median(loaded), statistics.median(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--events", type=int, default=EVENTS)
    parser.add_argument("--time", action="store_true", help="time the page in headless Chromium")
    args = parser.parse_args()
    timeline, texts = large_timeline(args.events)
    began = time.perf_counter()
    html = render(timeline, "html", texts)
    rendered = time.perf_counter() - began
    args.output.write_text(html, encoding="utf-8")
    size = f"{len(html) / 1e6:.1f} MB"
    print(f"{args.output}: {len(timeline.events)} events, {size}, rendered in {rendered:.2f} s")
    if args.time:
        loaded, wall = time_page(html)
        print(f"headless Chromium: load event at {loaded:.0f} ms (median of 3); --dump-dom took {wall:.2f} s")


if __name__ == "__main__":
    main()
