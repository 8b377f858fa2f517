"""Merge: one timeline entry per real event, with every document that reports it, in date order.

Two reports are the same event when their dates are compatible and their wording is close:
TF-IDF cosine similarity (scikit-learn) over the stemmed words of headline and sentence, with
the IDF taken from this run's reports so that words every report shares ("North Korean
troops") count for little and the words that identify an event ("signed", "agreement")
count for much. Two shared actors that are not in every report lower the bar for reports of
the same date. Near-identical reports with incompatible dates are merged and flagged as a date
conflict, never silently resolved. Comparisons are blocked (see `Merger._candidate_events`): by
month, by year for year-only reports, and by distinctive actor for undated reports and possible
date conflicts, so the work grows with block size, not with the square of the timeline.

Thresholds were set on hand-labelled pairs from the seeds (tests/test_merge.py keeps them honest).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from timeline.dates import chronological_key, dates_compatible
from timeline.grounding import GroundedEvent, content_words
from timeline.models import Event, EventDate, EventKind, Precision

SAME_EVENT = 0.4  # cosine at which date-compatible reports are one event
SAME_EVENT_SHARED_ACTORS = 0.2  # ... when both carry the same date (or both none) and share two
# actors that not every report names. A merely compatible date needs SAME_EVENT: joining gives a
# report a date or a precision its own text does not state (seeds: "Putin and Kim signed the treaty",
# undated, and "the June 2024 agreement", month, each joined Blumenthal's 20 June photo of the two
# leaders at 0.22-0.29 through their names alone, and the treaty took the photo's day).
CONFLICT = 0.6  # cosine at which reports with incompatible dates are still one event
COMMON_SHARE = 0.3  # an actor named in more than this share of reports identifies nothing
SMALL_RUN = 200  # up to this many reports, blocking uses every actor
LOOKUP_FACTOR = 8  # a term used by more than this many times the candidates is looked up, not scattered

_PRECISION_RANK = {Precision.unknown: 0, Precision.year: 1, Precision.month: 2, Precision.day: 3}
_KIND_PRIORITY = {EventKind.happened: 0, EventKind.reported: 1, EventKind.expected: 2}

BlockKey = tuple[int, int] | int | None


@dataclass
class _Cluster:
    members: list[int] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)


def _block_of(date: EventDate) -> BlockKey:
    if date.value is None:
        return None
    year = int(date.value[:4])
    return (year, int(date.value[5:7])) if len(date.value) >= 7 else year


def _document_words(event: GroundedEvent) -> str:
    return " ".join(sorted(content_words(event.title)) + sorted(content_words(event.sentence.text)))


def _vectors(events: list[GroundedEvent]) -> csr_matrix:
    """L2-normalised TF-IDF rows, one per report (cosine = dot product)."""
    if not events:
        return csr_matrix((0, 0))
    vectorizer = TfidfVectorizer(token_pattern=r"\S+", sublinear_tf=True, lowercase=False)
    return vectorizer.fit_transform([_document_words(e) for e in events]).tocsr()


class Merger:
    """Greedy clustering over date blocks; deterministic for a given input order."""

    def __init__(self, events: list[GroundedEvent]) -> None:
        self.events = events
        self.vectors = _vectors(events)
        self.by_term = self.vectors.tocsc()
        self.by_term.sort_indices()  # `_similarities` binary-searches the reports of common terms
        self._scores = np.zeros(self.vectors.shape[0])
        actor_counts: Counter[str] = Counter(a for e in events for a in set(e.actors))
        limit = max(COMMON_SHARE * len(events), 3)
        self.common_actors = {actor for actor, n in actor_counts.items() if n > limit}
        self.clusters: list[_Cluster] = []
        self.cluster_of: dict[int, int] = {}
        self.by_block: dict[BlockKey, list[int]] = defaultdict(list)
        self.by_year: dict[int, list[int]] = defaultdict(list)
        self.by_actor: dict[str, list[int]] = defaultdict(list)
        self.by_actor_year: dict[tuple[str, int], list[int]] = defaultdict(list)
        self.undated_by_actor: dict[str, list[int]] = defaultdict(list)
        self.by_span: dict[tuple[str, int, int], int] = {}
        self.comparisons = 0

    def _similarities(self, index: int, candidates: list[int]) -> np.ndarray:
        """Cosine of report `index` with each candidate, through the term columns it uses: a handful
        of short array operations instead of a sparse matrix product per report.

        A rare term's column is scattered into a shared buffer; a common term's column (a word most
        reports use) is longer than the candidate list, so the candidates are looked up in it
        instead, which keeps the cost per report independent of the size of the run."""
        rows, columns, scores = self.vectors, self.by_term, self._scores
        wanted = np.asarray(candidates, dtype=np.intp)  # ascending, as `_candidate_events` returns
        common: list[tuple[np.ndarray, np.ndarray, float]] = []
        touched = []
        for position in range(rows.indptr[index], rows.indptr[index + 1]):
            term, weight = rows.indices[position], rows.data[position]
            start, end = columns.indptr[term], columns.indptr[term + 1]
            if end - start > LOOKUP_FACTOR * len(wanted):
                common.append((columns.indices[start:end], columns.data[start:end], weight))
                continue
            scores[columns.indices[start:end]] += columns.data[start:end] * weight
            touched.append(columns.indices[start:end])
        result = scores[wanted]
        for used in touched:
            scores[used] = 0.0  # reset only what was written: the buffer is shared across reports
        for reports, values, weight in common:
            found = np.minimum(np.searchsorted(reports, wanted), len(reports) - 1)
            hit = reports[found] == wanted
            result[hit] += values[found[hit]] * weight
        return result

    def _distinctive(self, event: GroundedEvent) -> list[str]:
        """Actors used for blocking. Small runs block on every actor: comparisons are cheap there,
        and in a handful of articles on one story every actor is "common"."""
        if len(self.events) <= SMALL_RUN:
            return list(event.actors)
        return [a for a in event.actors if a not in self.common_actors]

    def _candidate_events(self, event: GroundedEvent) -> list[int]:
        """Already clustered reports that could be the same event.

        Undated reports: those sharing a distinctive actor. Dated ones: the same month, year-only
        reports of that year, undated reports sharing a distinctive actor, and, as possible date
        conflicts, reports of the same year sharing two distinctive actors.
        """
        block = _block_of(event.date)
        actors = self._distinctive(event)
        found: set[int] = set()
        if block is None:
            for actor in actors:
                found.update(self.by_actor.get(actor, ()))
            return sorted(found)
        year = block if isinstance(block, int) else block[0]
        if isinstance(block, int):
            found.update(self.by_year.get(block, ()))
        else:
            found.update(self.by_block.get(block, ()))
            found.update(self.by_block.get(year, ()))
        for actor in actors:
            found.update(self.undated_by_actor.get(actor, ()))
        same_year = [set(self.by_actor_year.get((actor, year), ())) for actor in actors]
        for i, first in enumerate(same_year):
            for second in same_year[i + 1 :]:
                found.update(first & second)
        return sorted(found)

    def _fits(self, index: int, score: float, cluster: _Cluster) -> bool:
        event = self.events[index]
        compatible = all(dates_compatible(event.date, self.events[m].date) for m in cluster.members)
        if not compatible:
            return score >= CONFLICT
        if score >= SAME_EVENT:
            return True
        if any(self.events[m].date.value != event.date.value for m in cluster.members):
            return False  # only close wording may give a report a date or precision it lacks
        distinctive_shared = (set(event.actors) & cluster.actors) - self.common_actors
        return score >= SAME_EVENT_SHARED_ACTORS and len(distinctive_shared) >= 2

    def add(self, index: int) -> None:
        event = self.events[index]
        per_cluster: dict[int, float] = {}
        span = (event.document, event.sentence.start, event.sentence.end)
        if span in self.by_span:  # the same sentence cited twice is the same report
            per_cluster[self.cluster_of[self.by_span[span]]] = 1.0
        candidates = self._candidate_events(event)
        if candidates:
            self.comparisons += len(candidates)
            scores = self._similarities(index, candidates)
            # Below every threshold means no merge whatever the dates: most pairs at scale.
            for position in np.flatnonzero(scores >= SAME_EVENT_SHARED_ACTORS):
                cluster = self.cluster_of[candidates[position]]
                per_cluster[cluster] = max(per_cluster.get(cluster, 0.0), float(scores[position]))
        best: tuple[float, int] | None = None
        for cluster, score in sorted(per_cluster.items()):
            if self._fits(index, score, self.clusters[cluster]) and (best is None or score > best[0]):
                best = (score, cluster)
        if best is None:
            self.clusters.append(_Cluster())
            cluster_index = len(self.clusters) - 1
        else:
            cluster_index = best[1]
        self.by_span.setdefault(span, index)
        self._join(cluster_index, index)

    def _join(self, cluster_index: int, index: int) -> None:
        event = self.events[index]
        cluster = self.clusters[cluster_index]
        cluster.members.append(index)
        cluster.actors.update(event.actors)
        self.cluster_of[index] = cluster_index
        block = _block_of(event.date)
        self.by_block[block].append(index)
        for actor in self._distinctive(event):
            self.by_actor[actor].append(index)
            if block is None:
                self.undated_by_actor[actor].append(index)
            else:
                self.by_actor_year[(actor, block if isinstance(block, int) else block[0])].append(index)
        if block is not None:
            self.by_year[block if isinstance(block, int) else block[0]].append(index)


def _one_source_per_document(members: list[GroundedEvent]) -> list[GroundedEvent]:
    """The first report of each document, preferring one with a date."""
    chosen: dict[str, GroundedEvent] = {}
    for member in sorted(members, key=lambda m: (m.document, m.sentence.start)):
        current = chosen.get(member.document)
        if current is None or (current.date.value is None and member.date.value is not None):
            chosen[member.document] = member
    return sorted(chosen.values(), key=lambda m: (m.document, m.sentence.start))


def _event_from(members: list[GroundedEvent]) -> Event:
    reports = _one_source_per_document(members)
    dated = [m for m in reports if m.date.value is not None]
    conflict = any(not dates_compatible(a.date, b.date) for a in dated for b in dated)
    # The most precise date stands for the event; ties go to the earliest document.
    lead = max(reports, key=lambda m: (_PRECISION_RANK[m.date.precision], m.date.value is not None))
    kinds = Counter(m.kind for m in reports)
    kind = min(kinds, key=lambda k: (-kinds[k], _KIND_PRIORITY[k]))
    actors: list[str] = []
    for member in reports:
        actors.extend(a for a in member.actors if a not in actors)
    sources = [m.source() for m in reports]
    return Event(
        id=event_id([(s.document, s.start, s.end) for s in sources]),
        title=reports[0].title,
        summary=lead.sentence.text.strip(),
        kind=kind,
        date=lead.date,
        actors=actors,
        sources=sources,
        date_conflict=conflict,
    )


def event_id(source_spans: list[tuple[str, int, int]]) -> str:
    """Stable for the same input: a hash of where the event is reported, not of model wording."""
    digest = hashlib.sha256(repr(sorted(source_spans)).encode("utf-8")).hexdigest()
    return f"ev-{digest[:12]}"


def merge(events: list[GroundedEvent]) -> list[Event]:
    """Deduplicate across documents and order chronologically (undated last, see `dates`)."""
    merger = Merger(events)
    # Most precise first, so a dated report anchors the cluster an undated one may join.
    order = sorted(
        range(len(events)),
        key=lambda i: (
            -_PRECISION_RANK[events[i].date.precision],
            events[i].document,
            events[i].sentence.start,
        ),
    )
    for index in order:
        merger.add(index)
    merged = [_event_from([events[m] for m in cluster.members]) for cluster in merger.clusters]
    return sorted(
        merged, key=lambda e: (chronological_key(e.date), e.sources[0].document, e.sources[0].start)
    )
