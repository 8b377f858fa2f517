"""The merge's time where almost every report has a close one, and on bench.py's synthetic reports.

The dense corpus is the reports of scripts/probe_merge_paraphrase.py (one event in other words, and
its near misses: one day's strikes on two cities, a claim and its denial, a running toll) copied into
one year after another, each pair in two articles of its own: 318 reports a year, 9,540 over 30 years.
Every report meets its pair's other report and, in its month, the rest of that year's copies, so the
merge reads the places, denials, counts and outcomes of nearly all of them (`merge._Reading`). bench.py's
synthetic reports are unrelated: the merge compares and joins none of them.

`PYTHONPATH=<tree> python scripts/bench_merge_dense.py [--counts 2500,5000,10000,20000] [--profile]`
prints the best of REPEATS merges per corpus and size, and a digest of each merge's entries (ids,
sources, titles, dates, flags: the whole `Event`s): equal digests on two revisions mean no decision of
the merge changed. Only the merge is timed; no model is started.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import sys
import time
from collections.abc import Callable

from timeline.grounding import GroundedEvent
from timeline.merge import merge

FIRST_YEAR = 1995
REPEATS = 3  # the machine is shared: the best of a few runs is the code's own figure


def dense_events(count: int) -> list[GroundedEvent]:
    """`count` reports: the probe's pairs with their dates moved to one year after another from
    FIRST_YEAR, each report in an article of its own (two sentences of one article are never joined)."""
    import probe_merge_paraphrase as probe  # beside this script (its folder is on the path)

    pairs = [*probe.SAME_EVENT, *probe.DIFFERENT_EVENTS]
    events: list[GroundedEvent] = []
    year = FIRST_YEAR
    while len(events) < count:
        for number, pair in enumerate(pairs):
            for side, (text, title, date, kind) in enumerate(
                zip(
                    (pair.one, pair.other),
                    (pair.one_title, pair.other_title),
                    pair.dates,
                    pair.kinds,
                    strict=True,
                )
            ):
                moved = None if date is None else f"{year}{date[4:]}"
                events.append(probe._report(f"{year}/{number:03d}{'ab'[side]}.txt", text, title, moved, kind))
        year += 1
    return events[:count]


def synthetic_events(count: int) -> list[GroundedEvent]:
    """bench.py's 10,000-event benchmark's reports, at `count` (ten per document, as there)."""
    import bench  # beside this script; loaded only when wanted (it sets up the project's path)

    events: list[GroundedEvent] = bench.synthetic_events(count, max(1, count // 10))
    return events


def digest(events: list[GroundedEvent]) -> str:
    """A digest of every entry the merge makes of `events`, all its fields: equal digests, same merge."""
    entries = "\n".join(entry.model_dump_json() for entry in merge(events))
    return hashlib.sha256(entries.encode("utf-8")).hexdigest()[:16]


def best_time(events: list[GroundedEvent]) -> float:
    runs = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        merge(events)
        runs.append(time.perf_counter() - started)
    return min(runs)


CORPORA: dict[str, Callable[[int], list[GroundedEvent]]] = {
    "dense": dense_events,
    "synthetic": synthetic_events,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="9540,10000", help="report counts, comma-separated")
    parser.add_argument("--corpus", choices=[*CORPORA, "both"], default="both")
    parser.add_argument("--profile", action="store_true", help="also print cProfile's top entries")
    parser.add_argument("--no-timing", action="store_true", help="only the digests (one merge each)")
    args = parser.parse_args(argv)
    for name in CORPORA if args.corpus == "both" else [args.corpus]:
        for count in (int(c) for c in args.counts.split(",")):
            events = CORPORA[name](count)
            seconds = "" if args.no_timing else f"  {best_time(events):6.3f} s (best of {REPEATS})"
            print(f"{name:9} {len(events):6} reports  digest {digest(events)}{seconds}", flush=True)
            if args.profile:
                profile = cProfile.Profile()
                profile.runcall(merge, events)
                pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
                pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
