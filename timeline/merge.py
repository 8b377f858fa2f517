"""Merge: one timeline entry per real event, with every document that reports it, in date order.

Two reports are the same event when their dates are compatible and their wording is close: TF-IDF cosine
similarity (scikit-learn) over the stemmed words of headline and sentence, with the IDF taken from this
run's reports so that words every report shares ("North Korean troops") count for little and the words
that identify an event ("signed", "agreement") count for much. Two shared actors that are not in every
report lower the bar for reports of the same date. Near-identical reports with incompatible dates are
merged and flagged as a date conflict, never silently resolved, unless each states a figure the other
lacks (a running toll's updates). Comparisons are blocked (see `blocking_keys`): by month, by year for
year-only reports, and by distinctive actor for undated reports and possible date conflicts (two shared
actors, the same or a neighbouring year), so the work grows with block size, not with the square of the
timeline. In runs of over SMALL_RUN reports an undated report must also share a rare word (used by at
most RARE_WORD_REPORTS reports) to be compared: a pair whose only common words are frequent ones is then
never scored. Reports of one event dated years apart are not compared. Each report is offered at most
CLOSEST_PER_BLOCK close earlier reports per block, its closest: a story syndicated to thousands of
outlets would otherwise make every pair of its copies a candidate. The same sentence (six words or more)
in two documents is one report, compared outside the blocks; with different dates it is a flagged
conflict. A report that denies (denied, refuted, rejected or dismissed a claim, in what the sentence
reports, not in a clause added after it) never joins one that does not: a claim and its denial share
their words. Reports that each name a place (a city, a region, as an actor or after "in") and none in
common are two events, however alike: agencies word one day's strikes on two cities alike. So are
reports telling opposite outcomes ("approved" / "rejected", `_OPPOSITE_OUTCOMES`) and reports counting
one thing COUNT_FACTOR times apart or more ("kills three" / "kills thirty"). An entry shows one source per
document, plus any report whose date conflicts with it. File names decide no clustering: reports are
taken in an order of their content (`merge_order`), and an entry's title, summary, date and cue are
chosen by content, so that the same articles under other names give the same entries (the ids hash the
sources' file names and offsets); entries of one date are listed by their first article's file name,
then position, an order a reader can follow.

Thresholds were set on hand-labelled pairs from the seeds (tests/test_merge.py keeps them honest).
"""

from __future__ import annotations

import calendar
import gc
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from timeline.actors import (
    actor_key,
    is_place,
    may_be_one_place,
    may_name_a_place,
    read_mentions,
    speaks_or_acts_in,
)
from timeline.cleaning import visible_text
from timeline.dates import (
    chronological_key,
    date_bounds,
    dates_compatible,
    find_date_expressions,
    shift_month,
)
from timeline.grounding import GroundedEvent
from timeline.kinds import DENY
from timeline.models import Event, EventDate, EventKind, Modifier, Precision
from timeline.words import STOPWORDS, by_value, content_words, folded, stem

SAME_EVENT = 0.4  # cosine at which date-compatible reports are one event
SAME_EVENT_SHARED_ACTORS = 0.2  # ... when both carry the same date (or both none) and share two
# actors that not every report names. A merely compatible date needs SAME_EVENT: joining gives a
# report a date or a precision its own text does not state (seeds: "Putin and Kim signed the treaty",
# undated, and "the June 2024 agreement", month, each joined Blumenthal's 20 June photo of the two
# leaders at 0.22-0.29 through their names alone, and the treaty took the photo's day).
CONFLICT = 0.6  # cosine at which reports with incompatible dates are still one event
COMMON_SHARE = 0.3  # an actor named in more than this share of reports identifies nothing
SMALL_RUN = 200  # up to this many reports, blocking uses every actor
# In larger runs an undated report is compared with the reports that share a distinctive actor
# *and* a word used by at most this many reports: by actor alone, a pool of a few dozen actors
# makes every actor's block grow with the corpus, and the comparisons with its square.
RARE_WORD_REPORTS = 50

_PRECISION_RANK = {Precision.unknown: 0, Precision.year: 1, Precision.month: 2, Precision.day: 3}
_KIND_PRIORITY = {EventKind.happened: 0, EventKind.reported: 1, EventKind.expected: 2}

BlockKey = tuple[int, int] | int | None
_DateKey = tuple[str | None, Modifier | None]  # `_date_key`
BlockingKey = tuple[object, ...]
_UNDATED_BLOCKS = ("actor", "undated")  # the blocking keys that pair a report with undated ones
MAX_PRODUCT = 4_000_000  # report pairs scored in one sparse product (bounds its memory)
# A report is offered its closest earlier reports of each block, at most this many: a story syndicated
# to thousands of outlets would otherwise make every pair of copies a candidate (5,000 copies: 12.5
# million pairs). The closest copies are in the cluster the report joins; ordinary reports have a
# handful of close earlier reports, far below the bound.
CLOSEST_PER_BLOCK = 64
MONTH_EDGE_DAYS = 3  # days this close to a month's first or last are compared across the boundary
SAME_SENTENCE_WORDS = 6  # a sentence this long, word for word in two documents, is one report


class _Reading(NamedTuple):
    """What `Merger._fits` reads in a report's sentence besides its words, read once per report."""

    places: frozenset[str]  # `_places_of`
    denies: bool  # `_denies`
    counts: dict[str, frozenset[float]]  # `_counts`
    outcomes: frozenset[tuple[int, bool]]  # `_outcomes`


@dataclass(slots=True)
class _Traits:
    """What a report is checked against (see `Merger._fits`), over the members of a cluster."""

    actors: set[str] = field(default_factory=set)
    spans: dict[str, set[tuple[int, int]]] = field(default_factory=dict)  # sentences cited, per document
    # The members' distinct dates: compatibility is checked against these, not against every member,
    # so that a thousand copies of one syndicated report cost one check, not a thousand.
    dates: dict[_DateKey, EventDate] = field(default_factory=dict)
    denials: set[bool] = field(default_factory=set)  # whether members deny what they report
    counts: dict[str, set[float]] = field(default_factory=dict)  # `_counts` of the members, by thing
    outcomes: set[tuple[int, bool]] = field(default_factory=set)  # `_outcomes` of the members
    # The members with their dates, in the order they joined: a conflict is checked against the
    # figures they state (`figures`).
    dated_members: list[tuple[int, _DateKey]] = field(default_factory=list)
    done: set[bool] = field(default_factory=set)  # `_done` of members that say either way
    places: set[str] = field(default_factory=set)  # `_places_of` the members
    # The distinct `_figures` of the members, each with the dates of the members stating them, and how
    # many of `dated_members` they cover: read when a conflict is first checked (most clusters never
    # are), then as members join. A cluster of one report's copies over many dates holds a handful of
    # distinct figures: checked member by member, or date by date, the check grew with the cluster.
    figures: dict[frozenset[str], set[_DateKey]] = field(default_factory=dict)
    figures_read: int = 0

    def add(self, index: int, event: GroundedEvent, reading: _Reading) -> None:
        self.actors.update(event.actors)
        self.places.update(reading.places)
        for counted, values in reading.counts.items():
            self.counts.setdefault(counted, set()).update(values)
        self.spans.setdefault(event.document, set()).add((event.sentence.start, event.sentence.end))
        self.dates.setdefault(_date_key(event.date), event.date)
        self.dated_members.append((index, _date_key(event.date)))
        self.denials.add(reading.denies)
        self.outcomes.update(reading.outcomes)
        if (done := _done(event)) is not None:
            self.done.add(done)


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    # Made when a report is first tried against the cluster, then kept up to date. Most clusters of
    # a large run are never tried (a report with no close earlier report starts its own): made for
    # every report, their six sets and dicts were most of the objects the merge kept (130,000 of the
    # 10,000-report benchmark), which the garbage collector went through again and again.
    traits: _Traits | None = None


def _block_of(date: EventDate) -> BlockKey:
    if date.value is None:
        return None
    year = int(date.value[:4])
    return (year, int(date.value[5:7])) if len(date.value) >= 7 else year


# A denial answers a claim. "Dismissed", "rejected" and "rebuffed" deny only with a claim as their
# object ("dismissed the reports as fake", "rejected Seoul's claims that ...", "rejected that"): with
# any other they report an outcome, told in other words elsewhere ("A judge dismissed Musk's lawsuit"
# / "Musk lost his lawsuit", "The Assembly rejected the budget bill" / "Lawmakers voted down the
# budget bill"), which the rule kept apart below CONFLICT.
_CLAIM_OBJECT = (
    r"(?:reports?|claims?|allegations?|accusations?|suggestions?|speculation|rumou?rs?|assertions?"
    r"|statements?|that|(?:it|them|this)\s+as)"
)
_DENIAL = re.compile(
    rf"\b(?:{DENY}|den(?:ying|ial)|refut(?:es|ed)"
    rf"|(?:dismiss(?:es|ed)?|reject(?:s|ed)?|rebuff(?:s|ed)?)\s+(?:\S+\s+){{0,3}}?{_CLAIM_OBJECT})\b",
    re.IGNORECASE,
)


def _places_of(event: GroundedEvent) -> frozenset[str]:
    """The places a report names (`is_place`), not those that speak or act in it
    (`speaks_or_acts_in`): "..., Syniehubov said", "Yonhap reported", "Tehran launched". With them the
    places its sentence names only where something happened ("in Lyon", "at a hospital in Constanta")
    or what was done to ("retook Bakhmut", "the Sylhet district": `actors.Mention.as_place`), which are
    no actors (`event_actors`) but tell "Teachers went on strike in Marseille" from "... in Lyon" (0.70)
    as the names of actors do."""
    text = visible_text(event.sentence.text)
    actors = (a for a in event.actors if is_place(a) and not speaks_or_acts_in(a, text))
    if not may_name_a_place(text):  # the mentions are read only where one may stand for a place
        return frozenset(actors)
    where = (m.name for m in read_mentions(event.sentence.text) if m.as_place and is_place(m.name))
    return frozenset((*actors, *where))


def _places_apart(own: frozenset[str], traits: _Traits) -> bool:
    """Whether the report and a cluster each name a place (`_places_of`: a city, a region, a site) and
    none that may be one of the other's (`may_be_one_place`: outlets write "Kharkiv" and "the Kharkiv
    Region", "Odesa" and "Odessa" of one strike). A person, an organisation or a source is no such sign
    (outlets quote different sources on one event), nor a state (in a war's reports every event names
    both)."""
    theirs = traits.places
    return (
        bool(own)
        and bool(theirs)
        and not any(may_be_one_place(place, other) for place in own for other in theirs)
    )


def _done(event: GroundedEvent) -> bool | None:
    """True when the report says the event happened, False when it is expected; None for what someone
    says or plans, which may go with either."""
    return {EventKind.happened: True, EventKind.expected: False}.get(event.kind)


# Where a clause added after what a sentence reports begins: a semicolon, or a comma and "but", "as",
# "while", "though", "although" or "whereas", or a comma and a participle (", denying any wrongdoing",
# ", rejecting objections from rivals"). Such a clause tells something besides the report: "Missiles
# struck a shopping centre in Kharkiv, killing 12 people; Moscow denied targeting civilians" reports
# the strike, not a denial. Lower case only: ", Beijing said" opens no participle.
_ADDED_CLAUSE = re.compile(
    r";|,\s+(?:(?i:but|as|while|though|although|whereas)\b"
    r"|(?!(?:during|nothing|something|morning|evening)\b)[a-z]+ing\b)"
)


def _denies(event: GroundedEvent) -> bool:
    """Whether the report is a denial: its sentence denies, and not only in a clause added after what
    it reports (`_ADDED_CLAUSE`): "The company confirmed that hackers had stolen customer data, but
    denied that payment details were taken" reports the theft, as "Hackers stole customer data" does."""
    text = event.sentence.text
    denial = _DENIAL.search(text)
    return denial is not None and _ADDED_CLAUSE.search(text, 0, denial.end()) is None


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _figures(event: GroundedEvent) -> frozenset[str]:
    """The numbers a report states outside its date expressions ("rose to 1,158 on 30 June" gives
    1158): a conflict's two dates differ in their numbers."""
    text = event.sentence.text
    if not any(c.isdigit() for c in text):
        return frozenset()
    dates = find_date_expressions(text)
    return frozenset(
        m.group().replace(",", "")
        for m in _FIGURE.finditer(text)
        if not any(start <= m.start() < end for start, end in dates)
    )


# Counts of one thing this many times apart are two events' ("kills three" / "kills thirty", "a boat
# carrying 40 migrants" / "... 400 migrants"). One event's counts differ less between its reports: a
# toll revised within the day ("at least 20" / "23", "296" / "more than 600"), a count rounded ("about
# 50" / "52").
COUNT_FACTOR = 3
# A number (by value) and the word after it, the thing counted: "3 people", "1200000 vehicles". Not a
# number inside a code, a score or a decimal ("2-1", "5.25%" counts nothing).
_COUNT = re.compile(r"(?<![\w.,-])(\d+(?:\.\d+)?)\s+([^\W\d_]+)")


def _counts(event: GroundedEvent) -> dict[str, frozenset[float]]:
    """What the report's sentence counts, by value, outside its date expressions: "Three people were
    killed and 30 people were injured on 12 March" gives {"peopl": {3, 30}} (the counted word's stem)."""
    text = event.sentence.text
    if not _COUNT.search(by_value(folded(text))):  # most sentences count nothing: no dates to look for
        return {}
    for start, end in find_date_expressions(text):  # "on 12 March" counts no March
        text = text[:start] + " " * (end - start) + text[end:]
    counts: dict[str, set[float]] = defaultdict(set)
    for number in _COUNT.finditer(by_value(folded(text))):
        value, counted = float(number.group(1)), number.group(2)
        if value > 0 and counted not in STOPWORDS and len(counted) > 2:
            counts[stem(counted)].add(value)
    return {counted: frozenset(values) for counted, values in counts.items()}


def _counts_apart(own: dict[str, frozenset[float]], traits: _Traits) -> bool:
    """Whether the report and a cluster each count one thing and no two of their counts of it are
    within COUNT_FACTOR of each other: "Police arrested 12 protesters" and "Police arrested 120
    protesters" (cosine 0.74) are two arrests. A report counting what the other does not is no sign
    ("Twelve people died" / "A bus fell into a gorge, killing 12 and injuring 30 people")."""
    return any(
        all(max(a, b) >= COUNT_FACTOR * min(a, b) for a in values for b in counted_there)
        for counted, values in own.items()
        if (counted_there := traits.counts.get(counted))
    )


# Outcomes that exclude each other (closed lists): a body approves or rejects, a court convicts or
# acquits, a leader survives a vote or loses one. Not "wins" / "loses": who won is who the other beat,
# one event ("Labour won the by-election" / "The Conservatives lost the by-election to Labour"); and
# survives and loses only of a vote: "Two passengers survived the crash" and "40 people lost their lives
# in the crash" tell one crash.
_VOTE = r"(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:vote|motion|ballot)"
_OPPOSITE_OUTCOMES = tuple(
    (re.compile(rf"\b(?:{one})\b", re.IGNORECASE), re.compile(rf"\b(?:{other})\b", re.IGNORECASE))
    for one, other in (
        (
            r"approv(?:e|es|ed|ing|al)|pass(?:es|ed)?|accept(?:s|ed|ing)?",
            r"reject(?:s|ed|ing|ion)?|veto(?:es|ed)?|(?:vot|turn)(?:es|ed|s)?\s+down",
        ),
        (
            r"convict(?:s|ed|ing|ion)?|found\s+guilty",
            r"acquit(?:s|ted|tal)?|found\s+not\s+guilty|cleared\s+of",
        ),
        (
            rf"surviv(?:e|es|ed|ing)\s+{_VOTE}",
            rf"los(?:e|es|t|ing)\s+{_VOTE}|resign(?:s|ed|ing|ation)?|ousted",
        ),
        (r"sign(?:s|ed)", r"veto(?:es|ed)?"),
    )
)


def _outcomes(event: GroundedEvent) -> frozenset[tuple[int, bool]]:
    """The outcomes of `_OPPOSITE_OUTCOMES` that the report's main clause tells, each as (which pair,
    which side), where it tells one side only: "resigned after losing a confidence vote" is the second
    side of the vote pair; "approved the strike after rejecting the pay offer" tells both, so neither.
    A clause added after the report (`_ADDED_CLAUSE`: ", rejecting objections from rivals") is left
    out: it tells something besides."""
    text = event.sentence.text
    added = _ADDED_CLAUSE.search(text)
    main = text if added is None else text[: added.start()]
    told = (
        (pair, one.search(main) is not None, other.search(main) is not None)
        for pair, (one, other) in enumerate(_OPPOSITE_OUTCOMES)
    )
    return frozenset((pair, first) for pair, first, second in told if first != second)


def _date_key(date: EventDate) -> _DateKey:
    """What a date's bounds depend on (the precision follows from the value)."""
    return date.value, date.modifier


# A cluster's dates are checked against every report tried against it: 227,000 checks of a few hundred
# distinct dates, a fifth of the merge of 9,540 reports of which most have a close one.
@lru_cache(maxsize=65536)
def _compatible(one: _DateKey, other: _DateKey) -> bool:
    """`dates_compatible` of two dates given by their `_date_key`."""
    return dates_compatible(
        EventDate(value=one[0], modifier=one[1]), EventDate(value=other[0], modifier=other[1])
    )


def _document_words(event: GroundedEvent) -> list[str]:
    return sorted(content_words(event.title)) + sorted(content_words(event.sentence.text))


def _vectors(events: list[GroundedEvent]) -> csr_matrix:
    """L2-normalised TF-IDF rows, one per report (cosine = dot product)."""
    return wording_vectors([_document_words(e) for e in events])


def wording_vectors(words: list[list[str]]) -> csr_matrix:
    """L2-normalised TF-IDF rows of lists of content words, the IDF from these rows alone."""
    if not any(words):  # no report has a content word ("It was so."): nothing to compare by wording
        return csr_matrix((len(words), 1))
    # The words are listed already: joined into a text, the vectorizer only split them again.
    vectorizer = TfidfVectorizer(analyzer=list, sublinear_tf=True)
    return vectorizer.fit_transform(words).tocsr()


def blocking_keys(date: EventDate, actors: list[str]) -> tuple[list[BlockingKey], list[BlockingKey]]:
    """The blocks a report is offered in (to later reports) and the blocks it looks in.

    Undated reports look for reports sharing an actor. Dated ones look in their month, at year-only
    reports of their year, at undated reports sharing an actor and, as possible date conflicts, at
    reports of the same or a neighbouring year sharing two actors; days within MONTH_EDGE_DAYS of a
    month's edge also look across it. Year-only reports look at every report of their year.
    """
    block = _block_of(date)
    offered: list[BlockingKey] = [("actor", actor) for actor in actors]
    if block is None:
        offered += [("undated", actor) for actor in actors]
        return offered, [("actor", actor) for actor in actors]
    year = block if isinstance(block, int) else block[0]
    pairs = list(combinations(sorted(actors), 2))
    # A date conflict is looked for in the neighbouring years too: a month read against the wrong
    # year ("in December" of 2023 or of 2024) is the commonest disagreement between reports.
    wanted: list[BlockingKey] = [("undated", actor) for actor in actors]
    wanted += [("pair", a, b, near) for a, b in pairs for near in (year - 1, year, year + 1)]
    offered += [("year", year), *(("pair", a, b, year) for a, b in pairs)]
    if isinstance(block, int):
        offered.append(("year only", year))
        wanted.append(("year", year))
    else:
        offered.append(("month", *block))
        wanted += [("month", *block), ("year only", year)]
        day = int(date.value[8:10]) if date.value is not None and len(date.value) == 10 else None
        # Days near a month's edge also meet the other side of it: "30 June" in one report and "1 July"
        # in another are a date conflict to flag, whatever actors each names.
        if day is not None and day <= MONTH_EDGE_DAYS:
            offered.append(("month start", *block))
            wanted.append(("month end", *shift_month(*block, -1)))
        if day is not None and day > calendar.monthrange(*block)[1] - MONTH_EDGE_DAYS:
            offered.append(("month end", *block))
            wanted.append(("month start", *shift_month(*block, 1)))
    return offered, wanted


_Pairs = tuple[np.ndarray, np.ndarray, np.ndarray]  # (later report, earlier report, cosine)


def _closest_per_row(
    row: np.ndarray, col: np.ndarray, score: np.ndarray, rank: np.ndarray | None = None
) -> _Pairs:
    """The CLOSEST_PER_BLOCK highest-scoring pairs of each row, ties to the lower `rank` (by default
    the lower column); `row` is sorted (pairs come from a CSR product). Only rows over the bound are
    sorted, one by one. The merge ranks by merge order: a syndicated story's copies all score 1.0, and
    by column (the input's order) the copies kept were those whose file names came first."""
    rank = col if rank is None else rank
    counts = np.bincount(row) if row.size else np.zeros(0, np.intp)
    crowded = np.flatnonzero(counts > CLOSEST_PER_BLOCK)
    if crowded.size == 0:
        return row, col, score
    starts = np.r_[0, np.cumsum(counts)]
    keep = np.ones(row.size, dtype=bool)
    for r in crowded.tolist():
        begin, end = starts[r], starts[r + 1]
        beyond = np.lexsort((rank[begin:end], -score[begin:end]))[CLOSEST_PER_BLOCK:]
        keep[begin + beyond] = False
    return row[keep], col[keep], score[keep]


_NO_PAIRS: _Pairs = (np.empty(0, np.intp), np.empty(0, np.intp), np.empty(0))


@dataclass(frozen=True)
class ClosePairs:
    """Close (later, earlier) report pairs with their cosine, sorted by the later report: arrays,
    not dicts, because a syndicated story makes millions of pairs."""

    later: np.ndarray
    earlier: np.ndarray
    score: np.ndarray

    @classmethod
    def collect(cls, parts: list[_Pairs]) -> ClosePairs:
        """One sorted set of pairs; a pair found twice is kept once, with its highest score."""
        later, earlier, score = (np.concatenate([p[i] for p in [*parts, _NO_PAIRS]]) for i in range(3))
        order = np.lexsort((-score, earlier, later))
        later, earlier, score = later[order], earlier[order], score[order]
        first = np.ones(later.size, dtype=bool)
        first[1:] = (later[1:] != later[:-1]) | (earlier[1:] != earlier[:-1])
        return cls(later[first], earlier[first], score[first])

    def as_dict(self) -> dict[int, dict[int, float]]:
        """{later: {earlier: cosine}}, for inspection and tests."""
        pairs: dict[int, dict[int, float]] = defaultdict(dict)
        for a, b, score in zip(self.later.tolist(), self.earlier.tolist(), self.score.tolist(), strict=True):
            pairs[a][b] = score
        return dict(pairs)


class Merger:
    """Greedy clustering over blocks; deterministic for a given input order.

    The scores are computed first, block by block, as sparse matrix products (one per block, not one
    per report), keeping only pairs of a report and an earlier one that reach the lowest threshold;
    the greedy pass then sees a handful of close reports per report."""

    def __init__(self, events: list[GroundedEvent]) -> None:
        self.events = events
        self.vectors = _vectors(events)
        actor_counts: Counter[str] = Counter(a for e in events for a in set(e.actors))
        limit = max(COMMON_SHARE * len(events), 3)
        self.common_actors = {actor for actor, n in actor_counts.items() if n > limit}
        self.distinctive = [self._distinctive(event) for event in events]  # by report
        self.clusters: list[_Cluster] = []
        self.cluster_of = np.full(len(events), -1, dtype=np.intp)  # filled in merge order
        self.comparisons = 0  # (report, earlier report) pairs offered by the blocks
        # `_figures` by sentence text, read only for reports whose dates conflict (a few): finding
        # dates in every report's sentence cost a quarter of the merge
        self.figures: dict[str, frozenset[str]] = {}
        # `_Reading` of a report, read once: at every cluster it was tried against, the denial words
        # alone were 12 % of a large merge
        self.readings: dict[int, _Reading] = {}
        # ... and once per sentence and actors (all it reads): a syndicated report's copies are read
        # once, not once per outlet (9,540 reports of 318 sentences: 1.1 s of 3.3 s reading them)
        self.reading_of_text: dict[tuple[str, tuple[str, ...]], _Reading] = {}

    def _reading(self, index: int) -> _Reading:
        if index not in self.readings:
            event = self.events[index]
            read = (event.sentence.text, tuple(event.actors))
            if read not in self.reading_of_text:
                self.reading_of_text[read] = _Reading(
                    _places_of(event), _denies(event), _counts(event), _outcomes(event)
                )
            self.readings[index] = self.reading_of_text[read]
        return self.readings[index]

    def _distinctive(self, event: GroundedEvent) -> list[str]:
        """Actors used for blocking. Small runs block on every actor: comparisons are cheap there,
        and in a handful of articles on one story every actor is "common"."""
        actors = sorted(set(event.actors))
        if len(self.events) <= SMALL_RUN:
            return actors
        return [a for a in actors if a not in self.common_actors]

    def _blocks(self, position: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(reports offered, reports looking) of each block that could hold a pair: one offering a
        report before one that looks (in `position` order). In large runs the actor blocks of undated
        reports are left to `_close_through_rare_words`.

        Blocks are numbered and their members gathered in flat arrays: a run has about as many blocks
        as reports, most with one member (22,667 in the 10,000-report benchmark, 249 of which could
        hold a pair), and a pair of lists for each cost more than the products of those that can (a dict
        of them, otherwise the same, measured 0.1 s slower on the 10,000-report merge)."""
        number: dict[BlockingKey, int] = {}
        # Each block's reports in two groups, those it offers (group 2 * block) and those looking in it
        # (2 * block + 1), listed in report order.
        group: list[int] = []
        report: list[int] = []
        left_out = _UNDATED_BLOCKS if len(self.events) > SMALL_RUN else ()
        for index, event in enumerate(self.events):
            offered, wanted = blocking_keys(event.date, self.distinctive[index])
            for looks, keys in enumerate((offered, wanted)):
                for key in keys:
                    if key[0] not in left_out:
                        group.append(2 * number.setdefault(key, len(number)) + looks)
                        report.append(index)
        groups, reports = np.asarray(group, dtype=np.intp), np.asarray(report, dtype=np.intp)
        # A block can hold a pair when its first report offered comes before its last one looking.
        at = position[reports]
        first = np.full(2 * len(number), len(self.events), dtype=np.intp)
        np.minimum.at(first, groups, at)
        last = np.full(2 * len(number), -1, dtype=np.intp)
        np.maximum.at(last, groups, at)
        grouped = np.argsort(groups, kind="stable")  # stable: each group stays in report order
        reports = reports[grouped]
        edges = np.searchsorted(groups[grouped], np.arange(2 * len(number) + 1)).tolist()
        for b in np.flatnonzero(first[0::2] < last[1::2]).tolist():
            yield reports[edges[2 * b] : edges[2 * b + 1]], reports[edges[2 * b + 1] : edges[2 * b + 2]]

    def _actor_matrix(self) -> csr_matrix:
        """One row per report with a 1 for each of its distinctive actors: two reports share one when
        the product of their rows is not zero."""
        column: dict[str, int] = {}
        indices = [column.setdefault(actor, len(column)) for actors in self.distinctive for actor in actors]
        indptr = np.cumsum([0, *map(len, self.distinctive)])
        shape = (len(self.events), max(len(column), 1))
        return csr_matrix((np.ones(len(indices)), np.asarray(indices, np.intp), indptr), shape=shape)

    def _close_through_rare_words(self, position: np.ndarray) -> _Pairs:
        """(later, earlier, cosine) for pairs with an undated report that share a distinctive actor
        and a rare word, at or above SAME_EVENT_SHARED_ACTORS; found with sparse products."""
        dated = np.fromiter(
            (e.date.value is not None for e in self.events), dtype=bool, count=len(self.events)
        )
        undated = np.flatnonzero(~dated)
        if undated.size == 0:
            return _NO_PAIRS
        reports_using = np.bincount(self.vectors.indices, minlength=self.vectors.shape[1])
        rare = self.vectors.copy()
        rare.data = (reports_using[rare.indices] <= RARE_WORD_REPORTS).astype(np.float64)
        rare.eliminate_zeros()
        sharing = (rare[undated] @ rare.T).tocoo()
        row, col = undated[sharing.row], sharing.col.astype(np.intp)
        # Each pair once: an undated pair shows up from both sides, a dated partner from one.
        once = (row != col) & (dated[col] | (position[col] < position[row]))
        row, col = row[once], col[once]
        self.comparisons += int(row.size)
        # The actors first: a pair's few actors cost far less to compare than its words (scoring every
        # pair sharing a rare word first was a quarter of the 10,000-report benchmark).
        actors = self._actor_matrix()
        share_actor = np.asarray(actors[row].multiply(actors[col]).sum(axis=1)).ravel() > 0
        row, col = row[share_actor], col[share_actor]
        scores = np.asarray(self.vectors[row].multiply(self.vectors[col]).sum(axis=1)).ravel()
        close = scores >= SAME_EVENT_SHARED_ACTORS
        row, col, scores = row[close], col[close], scores[close]
        later_first = position[row] > position[col]
        return np.where(later_first, row, col), np.where(later_first, col, row), scores

    def close_reports(self, order: list[int]) -> ClosePairs:
        """For each report, the earlier reports (in `order`) of its blocks with a cosine of at least
        SAME_EVENT_SHARED_ACTORS, below which no pair merges whatever the dates."""
        position = np.empty(len(self.events), dtype=np.intp)
        position[np.asarray(order, dtype=np.intp)] = np.arange(len(order))
        found: list[_Pairs] = []
        for offered, looking in self._blocks(position):
            offered_at = position[offered]
            self.comparisons += int(np.searchsorted(np.sort(offered_at), position[looking]).sum())
            step = max(1, MAX_PRODUCT // len(offered))
            for begin in range(0, len(looking), step):
                wanted = looking[begin : begin + step]
                product = (self.vectors[wanted] @ self.vectors[offered].T).tocsr()
                rows = np.repeat(np.arange(wanted.size), np.diff(product.indptr))
                keep = (product.data >= SAME_EVENT_SHARED_ACTORS) & (
                    offered_at[product.indices] < position[wanted][rows]
                )
                cols = product.indices[keep]
                row, col, score = _closest_per_row(rows[keep], cols, product.data[keep], offered_at[cols])
                found.append((wanted[row], offered[col], score))
        if len(self.events) > SMALL_RUN:
            found.append(self._close_through_rare_words(position))
        found.append(self._same_sentence_elsewhere(position))
        return ClosePairs.collect(found)

    def _same_sentence_elsewhere(self, position: np.ndarray) -> _Pairs:
        """(later, earlier, 1.0) for reports citing the same sentence in different documents, a wire
        story's copies: they are one report whatever blocking or word weights say (in a large run
        an undated copy's words are in too many reports to be rare, and the copies never met)."""
        copies: dict[str, list[int]] = defaultdict(list)
        for index, event in enumerate(self.events):
            words = re.findall(r"[^\W_]+", visible_text(event.sentence.text).casefold())
            if len(words) >= SAME_SENTENCE_WORDS:
                copies[" ".join(words)].append(index)
        later: list[int] = []
        earlier: list[int] = []
        for members in copies.values():
            members.sort(key=lambda i: position[i])
            for k, member in enumerate(members[1:], start=1):
                others = members[max(0, k - CLOSEST_PER_BLOCK) : k]
                later += [member] * len(others)
                earlier += others
        return np.asarray(later, np.intp), np.asarray(earlier, np.intp), np.ones(len(later))

    def _fits(self, index: int, score: float, cluster: _Cluster) -> bool:
        event, traits = self.events[index], self._traits(cluster)
        cited_there = traits.spans.get(event.document, set())
        if score < CONFLICT and cited_there - {(event.sentence.start, event.sentence.end)}:
            # Two sentences of one article are two events to the model that listed them, unless the
            # article repeats itself (a pull quote); joined, one would lose its quote, since an entry
            # keeps one source per document.
            return False
        reading = self._reading(index)
        if {reading.denies} != traits.denials:
            # "The Kremlin denied reports that troops had been sent" and "Seoul said troops had been
            # sent" share their words; they are a claim and its denial, two events. However close: a
            # denial is worded on its claim ("The army shot down a drone over the capital" / "The army
            # denied that it had shot down a drone over the capital", 0.81), and joined, the entry
            # showed one of them as the other's source.
            return False
        if _places_apart(reading.places, traits):
            # "Russian missiles struck Kharkiv on Tuesday, killing three people" and "A Russian missile
            # strike on Zaporizhzhia killed three people on March 12": one day's strikes on two cities
            # share every other word (cosine 0.4-0.6 in wire copy), and only the names tell them apart.
            return False
        if any((pair, not side) in traits.outcomes for pair, side in reading.outcomes):
            # "The prime minister survived a confidence vote" and "The prime minister resigned after
            # losing a confidence vote" (0.68), "The Senate approved the defence bill" and "The Senate
            # rejected the border bill": one actor's two outcomes of a day, worded on one frame.
            return False
        if _counts_apart(reading.counts, traits):
            # "A boat carrying 40 migrants capsized off Lampedusa" and "... 400 migrants ...": one figure
            # is all that tells two events apart, and it weighs one word of the cosine (0.79 here).
            return False
        done = _done(event)
        if done is not None and (not done) in traits.done:
            # "Troops are expected to reach Kursk in November" and "Troops reached Kursk in November":
            # a forecast and its outcome are two entries (joined, the entry's one kind would
            # misdescribe one of its quotes), however alike their words: the kinds are read off the
            # sentences, so one sentence syndicated twice never differs in kind.
            return False
        own_date = _date_key(event.date)
        if not all(_compatible(own_date, date) for date in traits.dates):
            return score >= CONFLICT and not self._another_count(index, traits)
        if score >= SAME_EVENT:
            return True
        if any(date.value != event.date.value for date in traits.dates.values()):
            return False  # only close wording may give a report a date or precision it lacks
        distinctive_shared = (set(event.actors) & traits.actors) - self.common_actors
        return score >= SAME_EVENT_SHARED_ACTORS and len(distinctive_shared) >= 2

    def _another_count(self, index: int, traits: _Traits) -> bool:
        """Whether the report and a member it conflicts with by date each state a figure the other
        lacks: "The death toll rose to 95 on Wednesday" and "... rose to 158 on Thursday" are two
        updates of a running count, not one report with a disputed date."""
        own_date, figures = _date_key(self.events[index].date), self._figures_of(index)
        return any(
            figures - theirs and theirs - figures and not all(_compatible(own_date, date) for date in dates)
            for theirs, dates in self._figures_stated(traits).items()
        )

    def _figures_stated(self, traits: _Traits) -> dict[frozenset[str], set[_DateKey]]:
        """The distinct `_figures` of a cluster's members, each with the dates of the members stating
        them (`_Traits.figures`, brought up to date): a cluster that a report's copies join year after
        year was checked member by member, a third of the merge of 9,540 reports most of which have
        a close one."""
        for member, date in traits.dated_members[traits.figures_read :]:
            traits.figures.setdefault(self._figures_of(member), set()).add(date)
        traits.figures_read = len(traits.dated_members)
        return traits.figures

    def _figures_of(self, index: int) -> frozenset[str]:
        text = self.events[index].sentence.text
        if text not in self.figures:
            self.figures[text] = _figures(self.events[index])
        return self.figures[text]

    def _best_score_per_cluster(self, earlier: np.ndarray, scores: np.ndarray) -> dict[int, float]:
        if earlier.size <= 16:  # the usual handful: plain Python is faster than numpy's set-up
            best: dict[int, float] = {}
            for cluster, score in zip(self.cluster_of[earlier].tolist(), scores.tolist(), strict=True):
                best[cluster] = max(best.get(cluster, 0.0), score)
            return best
        # A report of a widely syndicated story has thousands of close earlier reports, nearly all in
        # one cluster: the maximum per cluster in numpy.
        clusters, where = np.unique(self.cluster_of[earlier], return_inverse=True)
        best_scores = np.zeros(clusters.size)
        np.maximum.at(best_scores, where, scores)
        return dict(zip(clusters.tolist(), best_scores.tolist(), strict=True))

    def _traits(self, cluster: _Cluster) -> _Traits:
        if cluster.traits is None:
            cluster.traits = _Traits()
            for member in cluster.members:
                cluster.traits.add(member, self.events[member], self._reading(member))
        return cluster.traits

    def run(self, order: list[int]) -> list[_Cluster]:
        """Add the reports in `order`, each to the best-fitting cluster of close earlier reports."""
        close = self.close_reports(order)
        # Where each report's close pairs begin and end, found at once: most reports have none.
        bounds = np.searchsorted(close.later, np.arange(len(self.events) + 1)).tolist()
        first_report_of_span: dict[tuple[str, int, int], int] = {}
        for index in order:
            event = self.events[index]
            begin, end = bounds[index], bounds[index + 1]
            per_cluster = (
                self._best_score_per_cluster(close.earlier[begin:end], close.score[begin:end])
                if end > begin
                else {}
            )
            span = (event.document, event.sentence.start, event.sentence.end)
            if span in first_report_of_span:  # the same sentence cited twice is the same report
                per_cluster[int(self.cluster_of[first_report_of_span[span]])] = 1.0
            best: tuple[float, int] | None = None
            for cluster, score in sorted(per_cluster.items()):
                if self._fits(index, score, self.clusters[cluster]) and (best is None or score > best[0]):
                    best = (score, cluster)
            if best is None:
                self.clusters.append(_Cluster([]))
            cluster_index = len(self.clusters) - 1 if best is None else best[1]
            first_report_of_span.setdefault(span, index)
            chosen = self.clusters[cluster_index]
            chosen.members.append(index)
            if chosen.traits is not None:
                chosen.traits.add(index, event, self._reading(index))
            self.cluster_of[index] = cluster_index
        return self.clusters


def _one_source_per_document(members: list[GroundedEvent]) -> list[GroundedEvent]:
    """The first report of each document, preferring one with a date, and any report of the same
    document whose date conflicts with those kept: a flagged conflict shows its evidence. In the
    members' order (merge order), which the entry's choices follow."""
    chosen: dict[str, int] = {}
    conflicting: dict[str, list[int]] = defaultdict(list)
    # Each document's reports in its own order, whatever the members' order: the choices are its own.
    ordered = sorted(range(len(members)), key=lambda i: (members[i].sentence.start, members[i].title))
    for i in ordered:
        current = chosen.get(members[i].document)
        if current is None or (members[current].date.value is None and members[i].date.value is not None):
            chosen[members[i].document] = i
    for i in ordered:
        member = members[i]
        kept = [members[k] for k in (chosen[member.document], *conflicting[member.document])]
        if member.date.value is not None and not any(dates_compatible(member.date, k.date) for k in kept):
            conflicting[member.document].append(i)
    return [members[i] for i in sorted({*chosen.values(), *(i for c in conflicting.values() for i in c)})]


def _days_spanned(date: EventDate) -> tuple[float, int]:
    """How wide a date is, narrowest first: the days its bounds span, then its precision. Precision
    alone ranked "over the weekend" (about Saturday, a week either side) with "on Sunday", and the
    entry took whichever document's name came first."""
    bounds = date_bounds(date)
    days = float("inf") if bounds is None else float((bounds[1] - bounds[0]).days)
    return days, -_PRECISION_RANK[date.precision]


def _event_from(members: list[GroundedEvent]) -> Event:
    """The entry of a cluster's members, given in merge order: the report of the narrowest date gives
    the entry its title, summary and date, whatever the documents are named."""
    if len(members) == 1:  # most entries of a large run: the report gives the entry its all
        reports, conflict, lead, kind = members, False, members[0], members[0].kind
    else:
        reports = _one_source_per_document(members)
        # Over every member: an article that repeats a sentence with another date is a conflict too.
        dated = list({_date_key(m.date): m.date for m in members if m.date.value is not None}.values())
        conflict = any(not dates_compatible(a, b) for i, a in enumerate(dated) for b in dated[:i])
        # The narrowest date stands for the event; of equally wide ones the earliest, then the first
        # report in merge order: not the file name that sorts first (renamed, a flagged conflict's
        # entry moved to its other date, and an entry took another title and summary).
        lead = min(reports, key=lambda m: (_days_spanned(m.date), chronological_key(m.date)))
        kinds = Counter(m.kind for m in reports)
        kind = min(kinds, key=lambda k: (-kinds[k], _KIND_PRIORITY[k]))
    actors: list[str] = []
    for member in reports:
        actors.extend(a for a in member.actors if a not in actors)
    sources = sorted((m.source() for m in reports), key=lambda s: (s.document, s.start))
    return Event(
        id=event_id([(s.document, s.start, s.end) for s in sources]),
        title=lead.title,
        summary=lead.sentence.text.strip(),
        kind=kind,
        kind_cue=_kind_cue(reports, lead, kind),
        date=lead.date,
        actors=actors,
        sources=sources,
        date_conflict=conflict,
    )


def _kind_cue(reports: list[GroundedEvent], lead: GroundedEvent, kind: EventKind) -> str | None:
    """The words that made the entry's kind: the lead's, whose sentence is the summary, when it is of
    that kind; else the cue most reports of the kind use, the first alphabetically of equally used
    ones (the first file's, by name, changed with a renaming)."""
    if lead.kind is kind:
        return lead.kind_cue
    cues = Counter(m.kind_cue for m in reports if m.kind is kind)
    return min(cues, key=lambda cue: (-cues[cue], cue or ""))


def event_id(source_spans: list[tuple[str, int, int]]) -> str:
    """Stable for the same input: a hash of where the event is reported, not of model wording."""
    digest = hashlib.sha256(repr(sorted(source_spans)).encode("utf-8")).hexdigest()
    return f"ev-{digest[:12]}"


def one_spelling_per_actor(events: list[GroundedEvent]) -> list[GroundedEvent]:
    """The events with each actor written one way across the run: "Kim Yong Hyun" in one article and
    "Kim Yong-hyun" in another are one person, so they block, join and show as one (the spelling
    most reports use; of equally used ones, the first in alphabetical order)."""
    uses = Counter(actor for event in events for actor in event.actors)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for actor, count in uses.items():
        spellings[actor_key(actor)][actor] = count
    chosen = {key: min(counts, key=lambda s: (-counts[s], s)) for key, counts in spellings.items()}
    spelling = {actor: chosen[actor_key(actor)] for actor in uses}  # a few hundred names, not every use
    return [
        event
        if all(spelling[a] == a for a in event.actors)
        else replace(event, actors=list(dict.fromkeys(spelling[a] for a in event.actors)))
        for event in events
    ]


def merge_order(events: list[GroundedEvent]) -> list[int]:
    """Narrowest date first (`_days_spanned`), so a dated report anchors the cluster an undated one may
    join, and a day anchors the cluster a vaguer date may join: ranked by precision alone, "last week"
    (a day, give or take a week) went with the days, and a later report's Friday, compatible with it,
    joined the cluster it anchored (a strike on Odesa joined "Last week a Russian missile strike on Kyiv
    killed 10 people", and the Kyiv strike's other reports followed it, not their own day). Then reports
    that say it happened or is expected, so that one which goes with either (a claim, a plan) joins the
    closer of a forecast and its outcome. Placed first, a claim anchored whichever came next by file
    name: "troops reached Kursk, officials claimed" took the forecast "troops are expected to reach
    Kursk" (cosine 0.59), and the outcome it repeats (0.76) could no longer join it. Then by a digest of
    the sentence and its date, and copies of one sentence by their documents' `document_fingerprints`:
    by file name, renaming the files changed which of two close clusters a report joined (4 clusterings
    of 24 reports over 20 renamings). A report's own digest, not its document's, keeps its place when
    another report of its document changes."""
    fingerprints = document_fingerprints(events)
    return sorted(
        range(len(events)),
        key=lambda i: (
            _days_spanned(events[i].date),
            _done(events[i]) is None,
            _sentence_digest(events[i]),
            fingerprints[events[i].document],
            events[i].sentence.start,
            events[i].sentence.end,
            events[i].title,  # a sentence cited twice: its headlines in a fixed order
            events[i].document,  # documents alike in all the merge reads of them: either goes first
        ),
    )


def _sentence_digest(event: GroundedEvent) -> str:
    cited = f"{event.sentence.text}\n{_date_key(event.date)}"
    return hashlib.sha256(cited.encode("utf-8")).hexdigest()


def document_fingerprints(events: list[GroundedEvent]) -> dict[str, str]:
    """A digest of each document's reports, of all the merge reads of them but the file name: the
    documents' order where the clustering needs one (copies of a sentence), so that the same articles
    under other names give the same entries. Two documents of one digest report the same things; which
    goes first changes nothing."""
    reports: dict[str, list[str]] = defaultdict(list)
    for event in events:
        reports[event.document].append(repr(_what_the_merge_reads(event)))
    return {
        document: hashlib.sha256("\n".join(sorted(texts)).encode("utf-8")).hexdigest()
        for document, texts in reports.items()
    }


def _what_the_merge_reads(event: GroundedEvent) -> tuple[object, ...]:
    sentence, date = event.sentence, event.date
    return (
        sentence.start,
        sentence.end,
        sentence.text,
        event.title,
        event.kind.value,
        event.kind_cue,
        date.value,
        date.precision.value,
        date.text,
        date.modifier,
        date.basis.value,
        event.actors,
    )


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a block that makes many objects and no cycles. It runs every
    700 new objects and now and then walks every live object: a merge of 10,000 reports makes a few
    hundred thousand (word sets, vectors, entries), and those walks took about a fifth of its time
    (docs/measurements.md, "Merge speed"). Reference counting still frees what the block drops; the
    collector is back, as it was, when the block ends, raising or not."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def merge(events: list[GroundedEvent]) -> list[Event]:
    """Deduplicate across documents and order chronologically (undated last, see `dates`)."""
    with _cycle_collector_paused():
        return _merged(events)


def _merged(events: list[GroundedEvent]) -> list[Event]:
    events = one_spelling_per_actor(events)
    merger = Merger(events)
    order = merge_order(events)
    merged = [_event_from([events[m] for m in cluster.members]) for cluster in merger.run(order)]

    def first_place(entry: Event) -> tuple[str, int]:
        # Entries of one date (the undated most of all) go by their first article's file name, then
        # position: an order a reader can follow ("000_...", "001_..."; files named by date or outlet
        # keep that order), where an order of the documents' contents looked random. Renaming the
        # files moves only these ties, never what an entry holds nor the order dates give.
        return min((source.document, source.start) for source in entry.sources)

    return sorted(merged, key=lambda e: (chronological_key(e.date), first_place(e)))
