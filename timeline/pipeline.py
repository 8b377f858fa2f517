"""The build: documents in -> clean -> extract (cached) -> ground and date -> merge -> Timeline.

Failures stay local: a bad document or an unusable reply becomes a `Problem` and the other
documents go on, and so do they after one request that the server failed (HTTP 5xx after the
retries, or a connection it closed without a reply each time: it may be that document's); only a
provider failure (server gone after retries, two server failures in a row) stops the run, and what
was finished by then is already in the result cache.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from timeline import __version__
from timeline.actors import People, people_named
from timeline.cache import ResultCache, cache_key
from timeline.cleaning import CleanedDocument, clean
from timeline.dates import date_from_the_build, estimate_document_date, weekday_days_without_year
from timeline.documents import (
    LoadedDocument,
    discover,
    identical_copies,
    load_document,
    printable,
    unique_ids,
)
from timeline.errors import (
    DocumentError,
    ExtractionError,
    OutputTruncatedError,
    ProviderError,
    ServerFailedError,
)
from timeline.extraction import (
    DocumentExtraction,
    WireReply,
    chunks,
    extract_events,
    prompt_refs,
    render_messages,
    wire_schema,
)
from timeline.grounding import GroundedEvent, ground, second_look
from timeline.live import Post
from timeline.llm import StructuredModel
from timeline.merge import merge
from timeline.models import (
    ENGLISH_ONLY,
    DocumentDate,
    DocumentDateSource,
    DocumentInfo,
    DocumentLanguage,
    Problem,
    Provenance,
    RunSummary,
    Timeline,
    Usage,
)
from timeline.prompts import PromptLibrary
from timeline.words import NOT_ENGLISH_BELOW, english_share

# A reply cut off at max_tokens is never re-sent unchanged: once with this many times the limit.
TRUNCATION_GROWTH = 2


# The problem kinds this module records for a document that gave nothing (it counts as failed), among
# them discovery's "unreadable" for an article it found but could not open (e.g. a broken symlink).
FAILURE_KINDS = frozenset({"unreadable", "nothing_to_read", "extraction_failed"})
# What `-q` still prints: failed documents, and inputs that were not read although they look like
# articles (a PDF, a path that does not exist), which a user would otherwise take for read ones.
# "unsupported" and "missing" do not count as failed documents.
SHOWN_WHEN_QUIET = FAILURE_KINDS | {"unsupported", "missing"}


@dataclass(frozen=True)
class DocumentReport:
    """Per-document figures for progress lines and the benchmark."""

    document: str
    seconds: float
    usage: Usage
    cached: bool
    events: int
    error: str | None = None
    note: str | None = None  # why a document that did not fail was not sent (a duplicate)


@dataclass
class BuildSettings:
    provider_label: str
    model_name: str
    sampling: dict[str, object]
    max_tokens: int
    published: DocumentDate | None = None
    cache: ResultCache | None = None
    cache_advice: str = "set TIMELINE_CACHE_DIR to a writable folder"  # how to fix an unwritable cache
    on_document: Callable[[int, int, DocumentReport], None] = lambda i, n, r: None
    # (document, part number, parts, seconds) after each part of a long article the model answered
    on_part: Callable[[str, int, int, float], None] = lambda d, i, n, s: None
    reports: list[DocumentReport] = field(default_factory=list)
    # ask the model again about the sentences of each part that name a date and that no event of its
    # reply cites (`grounding.second_look`); the profile's `second_look`, on unless it says otherwise
    second_look: bool = True


@dataclass
class _Tally:
    """What a document's requests spent, whether all came from the cache, and why any failed."""

    spent: Usage = field(default_factory=Usage)
    all_cached: bool = True
    failures: list[str] = field(default_factory=list)


def _language(cleaned: CleanedDocument) -> DocumentLanguage:
    """Whether the sentences shown to the model read as English, and if not, what is not read."""
    share = english_share(" ".join(sentence.text for sentence in cleaned.sentences))
    if share is None:
        return DocumentLanguage()
    english = share >= NOT_ENGLISH_BELOW
    return DocumentLanguage(
        english=english, english_share=round(share, 3), not_read=[] if english else list(ENGLISH_ONLY)
    )


def _with_publication_date(
    document: LoadedDocument, cleaned: CleanedDocument, language: DocumentLanguage
) -> DocumentInfo:
    """Keep a given date; otherwise estimate one from the text and say so. A text in another language
    is not dated by its latest year: which of its years are targets ("d'ici au 1er janvier 2030") is
    read in English only, and a French article of October 2024 came out as of 2030."""
    info = document.info.model_copy(update={"language": language})
    if info.published.source is not DocumentDateSource.unknown:
        return info
    kept = [sentence.text for sentence in cleaned.sentences]
    published = estimate_document_date(document.text, kept, from_years=language.english is not False)
    return info.model_copy(update={"published": published})


@dataclass(frozen=True)
class _Read:
    """A document loaded, cleaned and dated, before its model calls."""

    path: Path
    doc_id: str
    text: str
    cleaned: CleanedDocument
    info: DocumentInfo
    seconds: float  # spent reading it
    posts: tuple[Post, ...] = ()  # a live page's entries (`LoadedDocument.posts`)


# What a document gave: its entry in `documents` (None for one not read) and its grounded events.
Outcome = tuple[DocumentInfo | None, list[GroundedEvent]]


def _kept(read: _Read) -> list[str]:
    return [sentence.text for sentence in read.cleaned.sentences]


def waits_for_the_build(read: _Read) -> bool:
    """Whether a document's date may come from the build's other documents: it has none of its own (given
    or estimated), reads as English and gives days with their weekdays and no year."""
    english = read.info.language.english is not False
    undated = read.info.published.source is DocumentDateSource.unknown
    return undated and english and bool(weekday_days_without_year(read.text, _kept(read)))


def dated_by_the_build(read: _Read, others: Sequence[DocumentInfo]) -> _Read:
    """The document dated by the year the other documents' dates justify (`date_from_the_build`), or as
    it was (undated). Not a call to the model: its cache entry holds the reply to its text, not its date,
    so a rerun from the cache dates it alike."""
    published = date_from_the_build(read.text, _kept(read), [(other.id, other.published) for other in others])
    if published is None:
        return read
    return replace(read, info=read.info.model_copy(update={"published": published}))


class Builder:
    def __init__(self, model: StructuredModel, library: PromptLibrary, settings: BuildSettings) -> None:
        self.model = model
        self.library = library
        self.settings = settings
        self.usage = Usage()
        self.problems: list[Problem] = []
        self.cache_writable = True  # a failed write stops the writes, not the reads
        # why the cache could not be written, for a run that stops: its "finished documents are cached"
        # would be untrue (the summary that names the problem is printed only by a run that finishes)
        self.cache_failure: str | None = None
        self.server_failed_last = False  # the last request sent ended in an HTTP 5xx (ServerFailedError)
        # each file that is a copy of another (identical bytes) -> the id of the copy read instead, and
        # whether that one's sidecar gives a date or title this one lacks
        self.copies: dict[Path, tuple[str, bool]] = {}
        self.counts = {
            "extracted": 0, "dropped": 0, "furniture": 0, "aligned": 0, "instructions": 0, "retitled": 0,
            "analysis": 0, "not_english": 0,
        }  # fmt: skip

    def _extract(self, chunk: CleanedDocument) -> tuple[DocumentExtraction, bool]:
        """The model's reply for one chunk: from the cache, or asked and stored at once."""
        messages = render_messages(self.library, chunk)
        key = cache_key(messages, wire_schema(), self.settings.sampling)
        cache = self.settings.cache
        if cache is not None and (hit := cache.get(key, WireReply)) is not None:
            reply, usage = hit
            assert isinstance(reply, WireReply)
            return DocumentExtraction(events=list(reply.events), usage=usage), True
        try:
            result = extract_events(self.model, self.library, chunk, self.settings.max_tokens)
        except OutputTruncatedError as exc:
            # The cut-off reply is this document's cost: counted with the retry's (or with its failure),
            # so the document's progress line and the benchmark's row show it, not only the run's total.
            cut = (exc.usage if isinstance(exc.usage, Usage) else Usage()).add(Usage(truncated_replies=1))
            # Never the same request again: once more with a larger limit, then give up.
            try:
                retried = extract_events(
                    self.model, self.library, chunk, self.settings.max_tokens * TRUNCATION_GROWTH
                )
            except ExtractionError as again:
                again.usage = cut.add(again.usage) if isinstance(again.usage, Usage) else cut
                raise
            result = replace(retried, usage=cut.add(retried.usage))
        # Only whole replies are stored: a repaired one is asked again next run (as one cut off is), so
        # its problem is listed again rather than its events passing for the whole article's.
        if cache is not None and self.cache_writable and result.repaired is None:
            try:
                cache.put(key, WireReply(events=result.events), result.usage)
            except OSError as exc:  # the reply is paid for: keep it in this run, say why it is not kept
                self.cache_writable = False  # later documents are still read from it
                self.cache_failure = (
                    f"the result cache could not be written during this run ({exc}), so the documents read "
                    "since then are not kept and a rerun asks the model for them again: "
                    f"{self.settings.cache_advice}"
                )
                self.problems.append(
                    Problem(
                        kind="cache_unwritable",
                        message=f"the result cache cannot be written ({exc}); this run goes on without it, "
                        f"so a rerun asks the model again: {self.settings.cache_advice}",
                    )
                )
        return result, False

    def _read(self, path: Path, doc_id: str) -> _Read | Outcome:
        """The document loaded, cleaned and dated, ready for the model; or what it gave when it cannot
        go to the model (unreadable, a copy of another, nothing left after cleaning)."""
        started = time.perf_counter()
        try:
            loaded = load_document(path, self.settings.published, doc_id=doc_id)
        except DocumentError as exc:
            message = str(exc)
            if isinstance(exc.__cause__, FileNotFoundError):
                # Discovery found it (or named it, were it missing): "not found: check the path" sent
                # the user to check a path that was right when the run began.
                message = (
                    f"{printable(path)}: disappeared during the run (deleted or moved after the inputs "
                    "were listed), so it was not read: put it back and run the same command again"
                )
            self.problems.append(Problem(document=doc_id, kind="unreadable", message=message))
            self._report(DocumentReport(doc_id, time.perf_counter() - started, Usage(), False, 0, message))
            return None, []
        # The same file twice ("story.html" and "story (1).html", a download repeated) was two sources
        # of every event in it, corroboration that is not there: read once (see `identical_copies`).
        if path in self.copies:
            return self._copy(path, doc_id, loaded, started)
        info = loaded.info
        self.problems.extend(loaded.problems)  # e.g. front matter that could not be read: not a failure
        cleaned = clean(loaded.text, info.title)
        info = _with_publication_date(loaded, cleaned, _language(cleaned))
        self._note_cleaning(doc_id, cleaned, info)
        if not cleaned.sentences:  # all page furniture: a failure to say, not an empty cache hit
            message = (
                f"{printable(path)}: no sentence left after cleaning ({len(cleaned.furniture)} line(s) of "
                "page furniture, titles or headings removed), so nothing was sent to the model: check that "
                "the file holds the article's text"
            )
            self.problems.append(Problem(document=doc_id, kind="nothing_to_read", message=message))
            self._report(DocumentReport(doc_id, time.perf_counter() - started, Usage(), False, 0, message))
            return info, []
        return _Read(path, doc_id, loaded.text, cleaned, info, time.perf_counter() - started, loaded.posts)

    def _extract_part(
        self, path: Path, chunk: CleanedDocument, number: int, parts: int
    ) -> tuple[DocumentExtraction | None, bool, Usage, str]:
        """One part's extraction and whether it came from the cache; or, when the part failed and the
        run goes on, None, the usage its requests spent and why it failed. A failure of the provider
        itself stops the run, naming the document."""
        try:
            extraction, cached = self._extract(chunk)
        except ExtractionError as exc:
            # The document counts as failed; its other parts' events are kept.
            self.server_failed_last = False  # the server answered
            where = f" (part {number} of {parts}; the other parts' events are kept)" if parts > 1 else ""
            return None, False, _spent_by(exc), f"{exc}{where}"
        except ServerFailedError as exc:
            # An HTTP 5xx to the end of the retries may be this request's (a document the server
            # cannot process): that stopped every run at the same document. The document fails
            # alone; a second such failure in a row is the server's, and stops the run.
            if self.server_failed_last:
                raise ServerFailedError(
                    f"{printable(path)}: {exc} (the request before this one failed too, so the server "
                    "is at fault, not one document)"
                ) from exc
            self.server_failed_last = True
            return (
                None,
                False,
                _spent_by(exc),
                f"{exc} (the run went on: it stops if the next request fails too)",
            )
        except ProviderError as exc:  # the provider itself failed: the run stops, naming the document
            raise type(exc)(f"{printable(path)}: {exc}") from exc
        return extraction, cached, Usage(), ""

    def _note_repaired(
        self, path: Path, doc_id: str, extraction: DocumentExtraction, number: int, parts: int
    ) -> None:
        """A problem saying the part's reply was cut and what of it was kept."""
        where = f" (part {number} of {parts})" if parts > 1 else ""
        kept = f"{len(extraction.events)} event{'' if len(extraction.events) == 1 else 's'}"
        self.problems.append(
            Problem(
                document=doc_id,
                kind="reply_repaired",
                message=f"{printable(path)}{where}: {extraction.repaired}: {kept} kept, the rest of "
                "the reply lost; a rerun asks again",
            )
        )

    def _part_events(
        self,
        read: _Read,
        chunk: CleanedDocument,
        shown: CleanedDocument,
        number: int,
        parts: int,
        people: People,
        tally: _Tally,
    ) -> list[GroundedEvent] | None:
        """The events of the model's reply to `shown` (the part `chunk`, or some of its sentences),
        grounded in the part; None when the request failed and the run goes on (`tally` says why)."""
        part_started = time.perf_counter()
        extraction, cached, lost, failure = self._extract_part(read.path, shown, number, parts)
        if extraction is None:  # this part is lost; the others are tried and kept
            tally.spent = tally.spent.add(lost)
            tally.failures.append(failure)
            tally.all_cached = False
            return None
        tally.all_cached = tally.all_cached and cached
        if not cached:
            self.server_failed_last = False
            tally.spent = tally.spent.add(extraction.usage)
            if parts > 1 and shown is chunk:  # a long article's progress line came after all its parts
                self.settings.on_part(read.doc_id, number, parts, time.perf_counter() - part_started)
        if extraction.repaired is not None:
            self._note_repaired(read.path, read.doc_id, extraction, number, parts)
        return self._ground(read.doc_id, chunk, extraction, read.info, people, read.posts)

    def _events(self, read: _Read) -> Outcome:
        """The model's events of a document read, grounded with its date."""
        started = time.perf_counter() - read.seconds  # its report counts the reading too
        path, doc_id, cleaned, info = read.path, read.doc_id, read.cleaned, read.info
        events: list[GroundedEvent] = []
        parts = chunks(cleaned)
        people = people_named(sentence.text for sentence in cleaned.sentences)  # of every part
        tally = _Tally()
        for number, chunk in enumerate(parts, start=1):
            found = self._part_events(read, chunk, chunk, number, len(parts), people, tally)
            if found is None:
                continue
            events.extend(found)
            # What the reply passed over among the sentences that name a date, asked once more
            # (`second_look`): the small model names some events only when shown them apart.
            again = second_look(chunk, events) if self.settings.second_look else None
            if again is not None:
                events.extend(self._part_events(read, chunk, again, number, len(parts), people, tally) or [])
        self.usage = self.usage.add(tally.spent)
        if tally.all_cached:
            self.usage = self.usage.add(Usage(cached_documents=1))
        for failure in tally.failures:
            self.problems.append(
                Problem(document=doc_id, kind="extraction_failed", message=f"{printable(path)}: {failure}")
            )
        seconds, error = time.perf_counter() - started, "; ".join(tally.failures) or None
        self._report(DocumentReport(doc_id, seconds, tally.spent, tally.all_cached, len(events), error))
        return info, events

    def _copy(
        self, path: Path, doc_id: str, loaded: LoadedDocument, started: float
    ) -> tuple[None, list[GroundedEvent]]:
        """A copy of a file read instead: named, and so are its own sidecar's problems (it was left
        unread, its sidecar no less wrong)."""
        first, with_its_sidecar = self.copies[path]
        self.problems.extend(problem for problem in loaded.problems if problem.kind == "sidecar")
        note = f"the same file as {first} (identical bytes), read once"
        metadata = f" with the date and title of {first}'s sidecar" if with_its_sidecar else ""
        self.problems.append(
            Problem(
                document=doc_id,
                kind="duplicate",
                message=f"{printable(path)}: {note}{metadata}, so that its events do not count it as a "
                "second source: remove one copy",
            )
        )
        self._report(DocumentReport(doc_id, time.perf_counter() - started, Usage(), False, 0, note=note))
        return None, []

    def _note_cleaning(self, doc_id: str, cleaned: CleanedDocument, info: DocumentInfo) -> None:
        self.counts["furniture"] += len(cleaned.furniture)
        self.counts["instructions"] += len(cleaned.instructions)
        self.counts["analysis"] += len(cleaned.analysis)
        share = info.language.english_share
        if info.language.english is False and share is not None:
            # Dates, kinds and actors are read by English rules: such an article's events come out
            # undated (but for bare years) and all "happened", which must not pass for a reading of it.
            self.counts["not_english"] += 1
            published = (
                "its publication date is not estimated from its years"
                if info.published.source is DocumentDateSource.unknown
                else f"its publication date ({info.published.source.value}) is kept"
            )
            self.problems.append(
                Problem(
                    document=doc_id,
                    kind="language",
                    message=f"{doc_id}: does not read as English ({share:.0%} of its words are English "
                    "function words): dates, kinds and actors are read in English only, so its events are "
                    "undated but for years standing alone, dates written in English and dates naming their "
                    "year ('24 octobre 2024', '2024년 10월 24일'), all read 'happened' and name actors by "
                    "English rules, its analysis is not set aside, "
                    f"{published}, and an event the model words in English cannot be found in its "
                    "sentences and is dropped",
                )
            )
        if cleaned.instructions:
            self.problems.append(
                Problem(
                    document=doc_id,
                    kind="instructions_removed",
                    message=f"{len(cleaned.instructions)} sentence(s) addressed to an AI model were not "
                    "shown to it (possible prompt injection)",
                )
            )

    def _ground(
        self,
        doc_id: str,
        chunk: CleanedDocument,
        extraction: DocumentExtraction,
        info: DocumentInfo,
        people: People,
        posts: Sequence[Post] = (),
    ) -> list[GroundedEvent]:
        grounded = ground(doc_id, chunk, extraction.events, info.published, people, posts)
        self.counts["extracted"] += len(extraction.events)
        self.counts["dropped"] += len(grounded.dropped)
        self.counts["aligned"] += sum(e.aligned for e in grounded.events)
        self.counts["retitled"] += sum(e.retitled for e in grounded.events)
        for event in grounded.dropped:
            self.problems.append(
                Problem(
                    document=doc_id,
                    kind="ungrounded_event",
                    message=f"dropped '{event.t}': no sentence of the document matches '{event.q}'",
                )
            )
        return grounded.events

    def _report(self, report: DocumentReport) -> None:
        self.settings.reports.append(report)
        self.settings.on_document(len(self.settings.reports), self.total, report)

    total = 0

    def build(self, inputs: Sequence[Path]) -> Timeline:
        started_at = datetime.now(UTC)
        started = time.perf_counter()
        paths, problems = discover(inputs)
        self.problems.extend(problems)
        unreadable = [problem for problem in problems if problem.kind in FAILURE_KINDS]
        self.total = len(paths) + len(unreadable)
        for problem in unreadable:  # found but not openable: a failed document, so the exit code says so
            self._report(DocumentReport(problem.document or "", 0.0, Usage(), False, 0, problem.message))
        ids = unique_ids(paths)
        copies = identical_copies(paths, cli_date=self.settings.published is not None)
        self.copies = {
            copy: (ids[read], with_its_sidecar) for copy, (read, with_its_sidecar) in copies.items()
        }
        # A document that writes no year but gives days with their weekdays waits for the others: their
        # dates may justify its year (`dated_by_the_build`). Its place among them is kept.
        outcomes: list[Outcome] = []
        waiting: list[tuple[int, _Read]] = []
        for path in paths:
            read = self._read(path, ids[path])
            if isinstance(read, _Read) and waits_for_the_build(read):
                waiting.append((len(outcomes), read))
                outcomes.append((None, []))
            else:
                outcomes.append(self._events(read) if isinstance(read, _Read) else read)
        others = [info for info, _ in outcomes if info is not None]
        for index, read in waiting:
            outcomes[index] = self._events(dated_by_the_build(read, others))
        documents = [info for info, _ in outcomes if info is not None]
        events = merge([event for _, grounded in outcomes for event in grounded])
        failed = sum(1 for r in self.settings.reports if r.error is not None)
        return Timeline(
            provenance=Provenance(
                tool_version=__version__,
                provider=self.settings.provider_label,
                model=self.settings.model_name,
                prompts=prompt_refs(self.library),
                started_at=started_at.isoformat(timespec="seconds"),
                duration_s=round(time.perf_counter() - started, 3),
                usage=self.usage,
                inputs=[printable(path) for path in inputs],
            ),
            summary=RunSummary(
                documents=self.total,
                documents_failed=failed,
                events=len(events),
                events_extracted=self.counts["extracted"],
                events_dropped_ungrounded=self.counts["dropped"],
                furniture_sentences_removed=self.counts["furniture"],
                events_aligned=self.counts["aligned"],
                headlines_replaced=self.counts["retitled"],
                sentences_with_instructions=self.counts["instructions"],
                analysis_sentences_hidden=self.counts["analysis"],
                documents_not_english=self.counts["not_english"],
            ),
            documents=documents,
            events=events,
            problems=self.problems,
        )


def _spent_by(exc: ExtractionError | ServerFailedError) -> Usage:
    """The tokens a failed request spent, when the error counted them."""
    return exc.usage if isinstance(exc.usage, Usage) else Usage()
