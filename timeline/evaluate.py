"""`timeline eval TIMELINE --gold GOLD`: score a built timeline against a hand-made gold file.

Gold events are pinned to the text by anchors (exact substrings of a document, each found exactly once);
a predicted event matches a gold event when one of its sources overlaps one of its anchors by at least one
character in the same document. The documents are read from the gold file's `documents_dir`: an absolute
folder as is; a relative one from the current directory if the folder there holds every gold document,
else from beside the gold file or the nearest folder above it that does (`load_texts_for`), so the command
works from any directory. A gold date must exist in the calendar (no month 13, no 30 February, no year 0):
`load_gold` rejects the file otherwise, naming the event and the value. Metrics (see `EvalReport`):

* recall = matched gold events / gold events; precision = predicted events matching any gold event /
  predicted events (0/0 -> 0.0; the counts are reported too).
* Each matched gold event is paired with its best predicted event: the first matching one in timeline order.
  date_accuracy over those pairs: an undated gold wants an undated prediction; a dated gold wants a
  prediction at least as fine as the gold whose value cut to the gold's precision equals the gold value.
  A gold start/mid/end narrows the gold to that third of its year or month ("end of 2024": September to
  December), which the prediction's period must lie in: "2024-11-05" and "end of 2024" are right, "2024"
  and "2024-03-10" are not. Other modifiers (before, after, approx) are ignored there;
  modifier_agreement is the share of dated-gold pairs with the same modifier.
* duplicates = sum over gold events of (distinct matching predicted events - 1); duplicate_rate =
  duplicates / matched predicted events.
* merged_events = predicted events matching two gold events or more: entries that join events the
  gold keeps apart (precision cannot see them: one entry holding every event would score 1.0).
* grounded_quotes = share of the predicted sources with `text[start:end] == quote`, of those that could be
  checked: a source in a document the timeline lists whose file is not at hand (as the build read it) is
  counted in unchecked_sources instead; one in a document the timeline does not list is ungrounded.
* furniture_events = predicted events citing any occurrence of a gold furniture text.
* kendall_tau = tau-b between the order the best predictions' dates give the matched gold events and the
  order the gold dates give them (`kendall_tau_b` with `date_order`): a pair is tied on a side whose dates
  cannot order it, one of them undated or their periods overlapping (`dates.date_bounds`: "2024" and
  "2024-06-20", "end of 2024" and "2024-10-24"). Neither "undated last" nor the timeline's tie-break by
  document name is an order a reader can trust, so neither counts.
* kind_accuracy over pairs whose gold event gives a kind.

Shares other than recall and precision are None when nothing is there to measure.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from timeline.dates import date_bounds
from timeline.documents import load_document
from timeline.errors import ConfigError, TimelineError, validation_message
from timeline.models import (
    DocumentInfo,
    Event,
    EventDate,
    EventKind,
    Modifier,
    Precision,
    Timeline,
    real_date,
)

__all__ = [
    "EvalReport",
    "Gold",
    "GoldAnchor",
    "GoldEvent",
    "PredictedRef",
    "UngroundedSource",
    "WrongDate",
    "date_correct",
    "date_order",
    "documents_folders",
    "evaluate",
    "format_report",
    "kendall_tau_b",
    "load_gold",
    "load_texts_for",
]

T = TypeVar("T")

_PRECISION_RANK = {Precision.year: 1, Precision.month: 2, Precision.day: 3}
_RANK_BY_LENGTH = {4: 1, 7: 2, 10: 3}
_LENGTH_BY_RANK = {1: 4, 2: 7, 3: 10}

Span = tuple[str, int, int]  # document id, start, end (end exclusive)


# --- gold file -----------------------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldAnchor(_Strict):
    """An exact passage of one document: `text` must occur exactly once in it (furniture: at least once)."""

    document: str = Field(min_length=1)
    text: str = Field(min_length=1)


class GoldEvent(_Strict):
    """One event a good timeline should contain, pinned to the text by its anchors."""

    id: str = Field(min_length=1)
    title: str
    date: EventDate = Field(default_factory=EventDate)
    kind: EventKind | None = None
    anchors: list[GoldAnchor] = Field(min_length=1)

    @model_validator(mode="after")
    def _precision_matches_value(self) -> GoldEvent:
        value, precision = self.date.value, self.date.precision
        if value is not None and not real_date(value):
            raise ValueError(
                f"gold event {self.id!r}: date {value!r} is not a real date: "
                "write YYYY, YYYY-MM or YYYY-MM-DD with a month 01-12 and a day that month has"
            )
        if (
            value is not None
            and precision is not Precision.unknown
            and _PRECISION_RANK[precision] != _RANK_BY_LENGTH[len(value)]
        ):
            raise ValueError(
                f"gold event {self.id!r}: date {value!r} does not have precision {precision.value!r}"
            )
        return self


class Gold(_Strict):
    """A gold file: the events, the folder holding their documents, and furniture no event may cite."""

    description: str = ""
    documents_dir: str = Field(
        description="The folder holding the documents the anchors name: absolute, or relative; a relative "
        "folder is looked up in the current directory first, then beside the gold file and in each folder "
        "above it; the first of these holding every gold document is used."
    )
    events: list[GoldEvent] = Field(min_length=1)  # an empty gold would score every timeline 0/0
    furniture: list[GoldAnchor] = Field(default_factory=list)
    _origin: str = PrivateAttr(default="<gold built in code>")
    _folder: Path | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _unique_ids(self) -> Gold:
        seen: set[str] = set()
        for event in self.events:
            if event.id in seen:
                raise ValueError(f"gold event id {event.id!r} is used twice: make the ids unique")
            seen.add(event.id)
        return self

    @property
    def origin(self) -> str:
        """The gold file's path (as loaded), for error messages."""
        return self._origin

    @property
    def folder(self) -> Path | None:
        """The absolute folder of the gold file; None for a gold built in code."""
        return self._folder

    def document_ids(self) -> list[str]:
        """Every document named by an anchor or a furniture entry, in order of first mention."""
        ids: dict[str, None] = {}
        for event in self.events:
            for anchor in event.anchors:
                ids.setdefault(anchor.document)
        for item in self.furniture:
            ids.setdefault(item.document)
        return list(ids)


def load_gold(path: Path) -> Gold:
    """Read and validate a gold file; raise ConfigError naming the file and the problem."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(
            f"gold file {path}: cannot read it ({exc.strerror or exc}): check the path"
        ) from exc
    try:
        data: Any = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"gold file {path}: not valid JSON ({exc}): fix the file") from exc
    if isinstance(data, dict) and {"provenance", "summary"} <= data.keys():
        raise ConfigError(f"gold file {path}: this is a timeline, not a gold file: swap the two arguments")
    try:
        gold = Gold.model_validate(data)
    except ValidationError as exc:
        details = "; ".join(
            f"{'.'.join(str(part) for part in err['loc']) or '(top level)'}: {validation_message(err)}"
            for err in exc.errors()
        )
        raise ConfigError(f"gold file {path}: invalid ({details}): fix the file") from exc
    gold._origin = str(path)
    gold._folder = Path(os.path.abspath(path)).parent
    return gold


def load_texts_for(gold: Gold, base: Path, built: Sequence[DocumentInfo] = ()) -> dict[str, str]:
    """The text of every gold document: `load_document(folder / id).text`, `folder` from `documents_dir`.

    An absolute `documents_dir` is the folder. A relative one is tried against `base` (the CLI passes the
    current directory), then against the gold file's folder and each folder above it (see
    `documents_folders`); the first folder holding every gold document is used, so `timeline eval` works
    from any directory. When none does, ConfigError names the document missing from the closest folder
    (the one holding the most gold documents) and every folder tried.

    `built` are the documents the timeline was built from (`Timeline.documents`). A gold document among
    them whose file is not the one the build read (another SHA-256) is a ConfigError naming it: the
    sources' offsets index into the build's text and the anchors into this one, so every score on that
    document would be wrong without a word (a copy checked out with CRLF line ends, an edited article).
    The timeline's other documents are read too where the same folder, or the path the build recorded
    (relative to `base`), holds them unchanged, so that their quotes are checked as well.
    """
    ids = gold.document_ids()
    folders = documents_folders(gold, base)
    chosen = next((f for f in folders if all((f / doc_id).is_file() for doc_id in ids)), None)
    tried = ""
    if chosen is None:
        chosen = max(folders, key=lambda f: sum((f / doc_id).is_file() for doc_id in ids))  # first on ties
        tried = (
            f"; documents_dir {gold.documents_dir!r}: no folder holds every gold document; looked for it in: "
            + ", ".join(str(f) for f in folders)
        )
    digests = {document.id: document.sha256.lower() for document in built}
    texts: dict[str, str] = {}
    for doc_id in ids:
        try:
            loaded = load_document(chosen / doc_id)
        except TimelineError as exc:
            raise ConfigError(
                f"gold file {gold.origin}: cannot load document {doc_id!r} from {chosen} ({exc}){tried}: "
                "check documents_dir and the document names"
            ) from exc
        if doc_id in digests and loaded.info.sha256 != digests[doc_id]:
            raise ConfigError(
                f"gold file {gold.origin}: document {doc_id!r} in {chosen} is not the file the timeline was "
                "built from (its SHA-256 differs: edited, re-saved or checked out with other line ends "
                "since the build), so the timeline's offsets do not index into its text: rebuild the "
                "timeline from these files, or point documents_dir at the files it was built from"
            )
        texts[doc_id] = loaded.text
    # The timeline's other documents, as the build read them (same SHA-256), from the gold's folder or the
    # path the build recorded: their quotes are checked too. One found nowhere is left out, and its
    # sources are counted as not checked (`EvalReport.unchecked_sources`), not as wrong.
    for document in built:
        if document.id in texts:
            continue
        recorded = Path(document.path)
        for path in (chosen / document.id, recorded if recorded.is_absolute() else Path(base) / recorded):
            if not path.is_file():
                continue
            with contextlib.suppress(TimelineError):
                loaded = load_document(path)
                if loaded.info.sha256 == digests[document.id]:
                    texts[document.id] = loaded.text
                    break
    return texts


def documents_folders(gold: Gold, base: Path) -> list[Path]:
    """Where `documents_dir` may be, in the order tried: absolute, it alone; relative, `base / dir`, then
    `folder / dir` for the gold file's folder and each folder above it (none for a gold built in code).
    """
    folder = Path(gold.documents_dir)
    if folder.is_absolute():
        return [folder]
    roots = [Path(base)]
    if gold.folder is not None:
        roots += [gold.folder, *gold.folder.parents]
    folders: dict[str, Path] = {}
    for root in roots:
        candidate = root / folder
        folders.setdefault(os.path.normpath(os.path.abspath(candidate)), candidate)
    return list(folders.values())


# --- report --------------------------------------------------------------------------------------------


class PredictedRef(_Strict):
    """A predicted event, named for a human."""

    id: str
    title: str


class WrongDate(_Strict):
    """A matched pair whose predicted date is not the gold date."""

    gold_id: str
    gold_date: str | None
    gold_precision: Precision
    predicted_id: str
    predicted_date: str | None
    predicted_precision: Precision
    predicted_text: str | None = Field(description="The predicted date expression as written.")


class UngroundedSource(_Strict):
    """A predicted source whose quote is not `text[start:end]` of its document."""

    event_id: str
    document: str
    start: int
    end: int


class EvalReport(_Strict):
    """Every metric of one evaluation, with the counts behind the shares."""

    gold_file: str
    gold_events: int
    predicted_events: int
    matched_gold: int
    matched_predicted: int
    recall: float = Field(description="matched_gold / gold_events; 0.0 when there is no gold event.")
    precision: float = Field(description="matched_predicted / predicted_events; 0.0 when nothing predicted.")
    date_pairs: int = Field(description="Matched (gold, best predicted) pairs; one per matched gold event.")
    dates_correct: int
    date_accuracy: float | None
    modifier_pairs: int = Field(description="Matched pairs whose gold event is dated.")
    modifiers_agreeing: int
    modifier_agreement: float | None
    kind_pairs: int = Field(description="Matched pairs whose gold event gives a kind.")
    kinds_correct: int
    kind_accuracy: float | None
    duplicates: int
    duplicate_rate: float
    duplicated_gold: list[str]
    merged_events: int = 0
    merged_event_ids: list[str] = Field(default_factory=list)
    sources: int
    ungrounded_sources: int
    unchecked_sources: int = Field(
        default=0,
        description="Sources in a document the timeline lists whose file was not found as the build read "
        "it: neither grounded nor ungrounded, left out of grounded_quotes.",
    )
    unchecked_documents: list[str] = Field(default_factory=list)
    grounded_quotes: float | None = Field(
        description="(sources - unchecked - ungrounded) / (sources - unchecked); None when none was checked."
    )
    ungrounded: list[UngroundedSource]
    furniture_events: int
    furniture_event_ids: list[str]
    kendall_tau: float | None = Field(
        description="tau-b of the order the matched predictions' dates give against the gold dates' order; "
        "pairs either side's dates cannot order (undated, overlapping periods) are ties on that side. None "
        "when either side orders no pair."
    )
    missed: list[str]
    unmatched_predicted: list[PredictedRef]
    wrong_dates: list[WrongDate]


# --- evaluation ----------------------------------------------------------------------------------------


def evaluate(timeline: Timeline, gold: Gold, texts: Mapping[str, str]) -> EvalReport:
    """Score `timeline` against `gold`; `texts` maps document id -> the text source offsets index into.

    Raises ConfigError when a gold document is missing from `texts` or an anchor is not found exactly once.
    """
    built_from = {document.id for document in timeline.documents}
    if built_from and not built_from & set(gold.document_ids()):
        raise ConfigError(
            f"the timeline's documents ({', '.join(sorted(built_from)[:3])}...) are none of the gold's "
            f"({', '.join(gold.document_ids()[:3])}...): score a timeline built from {gold.documents_dir}"
        )
    anchors = {
        event.id: [_resolve_anchor(gold, event.id, anchor, texts) for anchor in event.anchors]
        for event in gold.events
    }
    furniture = [span for item in gold.furniture for span in _resolve_furniture(gold, item, texts)]
    predicted = timeline.events

    matches: dict[str, list[int]] = {
        g.id: [i for i, event in enumerate(predicted) if _overlaps_any(event, anchors[g.id])]
        for g in gold.events
    }
    matched_gold = [g for g in gold.events if matches[g.id]]
    matched_predicted = {i for found in matches.values() for i in found}
    best = {g.id: matches[g.id][0] for g in matched_gold}

    dates_correct, modifier_pairs, modifiers_agreeing, kind_pairs, kinds_correct = 0, 0, 0, 0, 0
    wrong_dates: list[WrongDate] = []
    for g in matched_gold:
        event = predicted[best[g.id]]
        if date_correct(g.date, event.date):
            dates_correct += 1
        else:
            wrong_dates.append(
                WrongDate(
                    gold_id=g.id,
                    gold_date=g.date.value,
                    gold_precision=g.date.precision,
                    predicted_id=event.id,
                    predicted_date=event.date.value,
                    predicted_precision=event.date.precision,
                    predicted_text=event.date.text,
                )
            )
        if g.date.value is not None:
            modifier_pairs += 1
            modifiers_agreeing += _modifier(event.date) == _modifier(g.date)
        if g.kind is not None:
            kind_pairs += 1
            kinds_correct += event.kind == g.kind

    duplicates = sum(max(0, len(matches[g.id]) - 1) for g in gold.events)
    # A source in a document the timeline lists but whose file was not at hand cannot be checked: counted
    # apart, since calling it ungrounded would blame the tool for a missing file. A source naming a
    # document the timeline does not list is ungrounded: nothing could show it right.
    unavailable = {document.id for document in timeline.documents} - texts.keys()
    unchecked = [s for event in predicted for s in event.sources if s.document in unavailable]
    ungrounded = [
        UngroundedSource(event_id=event.id, document=s.document, start=s.start, end=s.end)
        for event in predicted
        for s in event.sources
        if s.document not in unavailable
        and (s.document not in texts or texts[s.document][s.start : s.end] != s.quote)
    ]
    sources = sum(len(event.sources) for event in predicted)
    checked = sources - len(unchecked)
    gold_per_event = Counter(i for found in matches.values() for i in set(found))
    merged = [predicted[i].id for i, count in sorted(gold_per_event.items()) if count > 1]
    furniture_ids = [event.id for event in predicted if _overlaps_any(event, furniture)]
    tau = kendall_tau_b(
        [predicted[best[g.id]].date for g in matched_gold], [g.date for g in matched_gold], date_order
    )

    return EvalReport(
        gold_file=gold.origin,
        gold_events=len(gold.events),
        predicted_events=len(predicted),
        matched_gold=len(matched_gold),
        matched_predicted=len(matched_predicted),
        recall=_share(len(matched_gold), len(gold.events)) or 0.0,
        precision=_share(len(matched_predicted), len(predicted)) or 0.0,
        date_pairs=len(matched_gold),
        dates_correct=dates_correct,
        date_accuracy=_share(dates_correct, len(matched_gold)),
        modifier_pairs=modifier_pairs,
        modifiers_agreeing=modifiers_agreeing,
        modifier_agreement=_share(modifiers_agreeing, modifier_pairs),
        kind_pairs=kind_pairs,
        kinds_correct=kinds_correct,
        kind_accuracy=_share(kinds_correct, kind_pairs),
        duplicates=duplicates,
        duplicate_rate=_share(duplicates, len(matched_predicted)) or 0.0,
        duplicated_gold=[g.id for g in gold.events if len(matches[g.id]) > 1],
        merged_events=len(merged),
        merged_event_ids=merged,
        sources=sources,
        ungrounded_sources=len(ungrounded),
        unchecked_sources=len(unchecked),
        unchecked_documents=sorted({s.document for s in unchecked}),
        grounded_quotes=_share(checked - len(ungrounded), checked),
        ungrounded=ungrounded,
        furniture_events=len(furniture_ids),
        furniture_event_ids=furniture_ids,
        kendall_tau=tau,
        missed=[g.id for g in gold.events if not matches[g.id]],
        unmatched_predicted=[
            PredictedRef(id=event.id, title=event.title)
            for i, event in enumerate(predicted)
            if i not in matched_predicted
        ],
        wrong_dates=wrong_dates,
    )


def date_correct(gold: EventDate, predicted: EventDate) -> bool:
    """The date rule of `date_accuracy`: a gold start/mid/end narrows the gold period; other modifiers are
    ignored."""
    if gold.value is None:
        return predicted.value is None
    if predicted.value is None:
        return False
    gold_rank = _rank(gold)
    predicted_rank = _rank(predicted)
    if predicted_rank < gold_rank:
        return False
    length = _LENGTH_BY_RANK[gold_rank]
    if predicted.value[:length] != gold.value[:length]:
        return False
    # "end of 2024" is September to December: a day in March or a plain "2024" is not that date.
    gold_period, predicted_period = _third_of(gold), _third_of(predicted)
    return gold_period[0] <= predicted_period[0] and predicted_period[1] <= gold_period[1]


_THIRDS = (Modifier.start, Modifier.mid, Modifier.end)


def _third_of(d: EventDate) -> tuple[dt.date, dt.date]:
    """The days `d` names at its precision, narrowed by start/mid/end (never widened by the others)."""
    assert d.value is not None
    value = d.value[: _LENGTH_BY_RANK[_rank(d)]]
    bounds = date_bounds(EventDate(value=value, modifier=d.modifier if d.modifier in _THIRDS else None))
    assert bounds is not None
    return bounds


def _sign(a: Any, b: Any) -> int:
    return (a > b) - (a < b)  # type: ignore[no-any-return]


def date_order(a: EventDate, b: EventDate) -> int:
    """-1 when `a` ends before `b` begins, 1 when `b` ends before `a` begins, else 0 (undated or overlapping).

    Periods as `dates.date_bounds` reads them, modifiers included ("before 2024" reaches back two years).
    """
    bounds_a, bounds_b = date_bounds(a), date_bounds(b)
    if bounds_a is None or bounds_b is None:
        return 0
    if bounds_a[1] < bounds_b[0]:
        return -1
    if bounds_b[1] < bounds_a[0]:
        return 1
    return 0


def kendall_tau_b(xs: Sequence[T], ys: Sequence[T], order: Callable[[T, T], int] = _sign) -> float | None:
    """Kendall tau-b of two rankings of the same items (ties allowed in both).

    `order(a, b)` is -1, 0 or 1 as `a` comes before, ties with or comes after `b`; by default the items
    are comparable keys. tau-b = (concordant - discordant) / sqrt((pairs - ties_x) * (pairs - ties_y)),
    ties counted pair by pair. None when there are fewer than 2 items or either ranking is all ties (the
    denominator is 0): no order to agree with.
    """
    if len(xs) != len(ys):
        raise ValueError("kendall_tau_b needs two rankings of the same items")
    n = len(xs)
    if n < 2:
        return None
    concordant = discordant = ties_x = ties_y = 0
    for i in range(n):
        for j in range(i + 1, n):
            dx = order(xs[i], xs[j])
            dy = order(ys[i], ys[j])
            ties_x += dx == 0
            ties_y += dy == 0
            if dx * dy > 0:
                concordant += 1
            elif dx * dy < 0:
                discordant += 1
    pairs = n * (n - 1) // 2
    denominator = math.sqrt((pairs - ties_x) * (pairs - ties_y))
    if denominator == 0:
        return None
    return (concordant - discordant) / denominator


def _rank(d: EventDate) -> int:
    """How fine a dated value is: the declared precision, never finer than the value holds."""
    assert d.value is not None
    held = _RANK_BY_LENGTH[len(d.value)]
    if d.precision is Precision.unknown:
        return held
    return min(held, _PRECISION_RANK[d.precision])


def _modifier(d: EventDate) -> Modifier | None:
    return d.modifier


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _overlaps_any(event: Event, spans: Sequence[Span]) -> bool:
    return any(
        s.document == doc and max(s.start, start) < min(s.end, end)
        for s in event.sources
        for doc, start, end in spans
    )


def _document_text(gold: Gold, what: str, document: str, texts: Mapping[str, str]) -> str:
    if document not in texts:
        raise ConfigError(
            f"gold file {gold.origin}: {what} cites document {document!r}, which is not loaded: "
            f"check the name against the files in {gold.documents_dir}"
        )
    return texts[document]


def _resolve_anchor(gold: Gold, event_id: str, anchor: GoldAnchor, texts: Mapping[str, str]) -> Span:
    what = f"event {event_id!r}"
    text = _document_text(gold, what, anchor.document, texts)
    start = text.find(anchor.text)
    if start < 0:
        raise ConfigError(
            f"gold file {gold.origin}: {what}: anchor {anchor.text!r} is not in document "
            f"{anchor.document!r}: copy the text exactly from the document"
        )
    if text.find(anchor.text, start + 1) >= 0:
        raise ConfigError(
            f"gold file {gold.origin}: {what}: anchor {anchor.text!r} occurs more than once in document "
            f"{anchor.document!r}: lengthen it until it is unique"
        )
    return anchor.document, start, start + len(anchor.text)


def _resolve_furniture(gold: Gold, item: GoldAnchor, texts: Mapping[str, str]) -> list[Span]:
    """Every non-overlapping occurrence of a furniture text; none at all is a gold file error."""
    text = _document_text(gold, "furniture", item.document, texts)
    spans: list[Span] = []
    start = text.find(item.text)
    while start >= 0:
        spans.append((item.document, start, start + len(item.text)))
        start = text.find(item.text, start + len(item.text))
    if not spans:
        raise ConfigError(
            f"gold file {gold.origin}: furniture {item.text!r} is not in document {item.document!r}: "
            "copy the text exactly from the document"
        )
    return spans


# --- human-readable report -----------------------------------------------------------------------------


def format_report(report: EvalReport) -> str:
    """One metric per line, then the missed, unmatched and wrong-date lists."""

    def pct(value: float | None) -> str:
        return "   n/a" if value is None else f"{value:6.3f}"

    r = report
    rows = [
        ("recall", pct(r.recall), f"{r.matched_gold}/{r.gold_events} gold events matched"),
        ("precision", pct(r.precision), f"{r.matched_predicted}/{r.predicted_events} predicted events match"),
        ("date_accuracy", pct(r.date_accuracy), f"{r.dates_correct}/{r.date_pairs} matched pairs"),
        (
            "modifier_agreement",
            pct(r.modifier_agreement),
            f"{r.modifiers_agreeing}/{r.modifier_pairs} dated matched pairs",
        ),
        ("kind_accuracy", pct(r.kind_accuracy), f"{r.kinds_correct}/{r.kind_pairs} pairs with a gold kind"),
        (
            "duplicate_rate",
            pct(r.duplicate_rate),
            f"{r.duplicates} duplicates"
            + (f" ({', '.join(r.duplicated_gold)})" if r.duplicated_gold else ""),
        ),
        (
            "merged_events",
            f"{r.merged_events:6d}",
            "entries holding two gold events or more"
            + (f" ({', '.join(r.merged_event_ids)})" if r.merged_event_ids else ""),
        ),
        (
            "grounded_quotes",
            pct(r.grounded_quotes),
            f"{r.sources - r.unchecked_sources - r.ungrounded_sources}/{r.sources - r.unchecked_sources} "
            "sources grounded"
            + (
                f"; {r.unchecked_sources} not checked, their files not found as the build read them "
                f"({', '.join(r.unchecked_documents)})"
                if r.unchecked_sources
                else ""
            ),
        ),
        (
            "furniture_events",
            f"{r.furniture_events:6d}",
            ", ".join(r.furniture_event_ids) or "none cite furniture",
        ),
        ("kendall_tau", pct(r.kendall_tau), "tau-b of the order the dates give, timeline vs gold"),
    ]
    lines = [f"gold: {r.gold_file}"]
    lines += [f"{name:<19} {value}  {note}" for name, value, note in rows]
    lines.append(f"missed ({len(r.missed)}):" + ("" if r.missed else " none"))
    lines += [f"  - {gold_id}" for gold_id in r.missed]
    lines.append(
        f"unmatched predicted ({len(r.unmatched_predicted)}):" + ("" if r.unmatched_predicted else " none")
    )
    lines += [f"  - {ref.id}: {ref.title}" for ref in r.unmatched_predicted]
    lines.append(f"wrong dates ({len(r.wrong_dates)}):" + ("" if r.wrong_dates else " none"))
    lines += [
        f"  - {w.gold_id}: gold {w.gold_date or 'undated'} ({w.gold_precision.value}), predicted "
        f"{w.predicted_date or 'undated'} ({w.predicted_precision.value}) from {w.predicted_text!r} "
        f"[{w.predicted_id}]"
        for w in r.wrong_dates
    ]
    if r.ungrounded:
        lines.append(f"ungrounded sources ({len(r.ungrounded)}):")
        lines += [f"  - {u.event_id}: {u.document}[{u.start}:{u.end}]" for u in r.ungrounded]
    return "\n".join(lines)
