"""The public timeline schema: what `timeline build` writes and every exporter reads.

These models are exported to `schemas/*.json` (see `timeline.schema_export`); a test
fails when the committed files drift from them. Bump `SCHEMA_VERSION` on any change
that alters the JSON shape.
"""

from __future__ import annotations

import datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.6"

PARTIAL_ISO_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Precision(str, Enum):
    """How much of a date the text supports."""

    year = "year"
    month = "month"
    day = "day"
    unknown = "unknown"


class Modifier(str, Enum):
    """Qualifies a date: "end of 2024" is (2024, end); "before June" is (June, before)."""

    start = "start"
    mid = "mid"
    end = "end"
    approx = "approx"
    before = "before"
    after = "after"


class DateBasis(str, Enum):
    """How a date value was obtained; never "the model said so"."""

    explicit = "explicit"  # the expression names the year itself ("June 20, 2024")
    document_date = "document_date"  # year/month taken from the document's date ("in June")
    weekday = "weekday"  # the year fixed by a weekday ("Thursday October 24" -> 2024)
    relative = "relative"  # computed from the document's date ("last week", "recently")
    # a live page's entry names no date: the day its time stamp says it was posted ("10:58 GMT" on the
    # page of 21 November 2025), `text` the stamp; not the sentence's own words
    posted = "posted"
    none = "none"  # undated


class EventDate(_Strict):
    """A date at the precision the text supports, computed by code from the expression as written."""

    value: str | None = Field(
        default=None,
        pattern=PARTIAL_ISO_PATTERN,
        description="Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD; null when undated.",
    )
    precision: Precision = Precision.unknown
    text: str | None = Field(
        default=None, description="The date expression exactly as written in the source."
    )
    modifier: Modifier | None = None
    basis: DateBasis = DateBasis.none


class DocumentDateSource(str, Enum):
    """Where a document's publication date came from."""

    front_matter = "front_matter"
    manifest = "manifest"
    cli = "cli"
    html_meta = "html_meta"
    email_header = "email_header"  # an e-mail's (.eml) Date header
    estimated = "estimated"  # inferred from its own dates (with no year written: its weekdays, the build's)
    unknown = "unknown"


class DocumentDate(_Strict):
    """The publication date of a document, and how it was known."""

    value: str | None = Field(default=None, pattern=PARTIAL_ISO_PATTERN)
    precision: Precision = Precision.unknown
    source: DocumentDateSource = DocumentDateSource.unknown
    evidence: str | None = Field(default=None, description="The text the estimate rests on, when estimated.")


# What the build reads by English rules only, and so does not read in a document in another language.
ENGLISH_ONLY = ("dates", "kinds", "actors", "analysis", "publication_date")


class DocumentLanguage(_Strict):
    """Whether the document reads as English, the language of the build's rules."""

    english: bool | None = Field(
        default=None,
        description="false: under 8 % of its words are English function words (English news has 25-33 %); "
        "null: too short to tell (under 40 words) or not read.",
    )
    english_share: float | None = Field(
        default=None, description="The share of its words that are English function words, 0 to 1."
    )
    not_read: list[str] = Field(
        default_factory=list,
        description="What the build reads by English rules only and did not read in this document: "
        "'dates' (only a year standing alone, English-written dates and dates naming their year in French, "
        "German, Spanish, Italian, Portuguese, Russian, Ukrainian, Chinese, Japanese or Korean are found "
        "in its text: '7 novembre' and 'hier' are undated), "
        "'kinds' (every event reads 'happened'), 'actors' (names are found by English rules), 'analysis' "
        "(the writer's hedges and readings of events are not set aside), 'publication_date' (not "
        "estimated from its years, which it cannot tell from a target's: given or unknown). Empty when "
        "English or too short to tell.",
    )


class DocumentInfo(_Strict):
    """One input document."""

    id: str = Field(description="The file name; unique within a run.")
    path: str
    title: str | None = None
    published: DocumentDate = Field(default_factory=DocumentDate)
    sha256: str = Field(description="SHA-256 of the file's bytes.")
    chars: int = Field(description="Length of the decoded text that source offsets index into.")
    format: str = Field(default="text", description="text, markdown, html, email, docx or pdf.")
    language: DocumentLanguage = Field(
        default_factory=DocumentLanguage,
        description="Whether it reads as English and what is read in English only. Not read in a timeline "
        "of schema 1.3 or older.",
    )


class EventKind(str, Enum):
    """Whether the source reports something that happened, something said, or something expected."""

    happened = "happened"
    reported = "reported"  # a claim, statement, plan or assessment, dated when it was made
    expected = "expected"  # a forecast or possibility; its date is when it is expected


class Source(_Strict):
    """One supporting passage: `quote == document_text[start:end]`, checked before writing."""

    document: str
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    date: EventDate = Field(description="The date this source gives for the event.")


def real_date(value: str) -> bool:
    """Whether a partial ISO date (its pattern checked by the field) names a year, month or day that
    exists: no month 13, no 30 February, no year 0."""
    try:
        datetime.date.fromisoformat(value + "-01-01"[len(value) - 4 :])  # C-fast: merge builds many
    except ValueError:
        return False
    return True


class Event(_Strict):
    """One entry of the timeline, merged across every document that reports it."""

    id: str = Field(description="Stable across reruns of the same input.")
    title: str
    summary: str
    kind: EventKind
    kind_cue: str | None = Field(
        default=None,
        description='The quote\'s words that made the kind ("said", "could be"); none for happened.',
    )
    date: EventDate
    actors: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(min_length=1)
    date_conflict: bool = Field(
        default=False, description="True when the sources give incompatible dates; see each source's date."
    )

    @model_validator(mode="after")
    def _dates_exist(self) -> Event:
        for date in (self.date, *(source.date for source in self.sources)):
            if date.value is not None and not real_date(date.value):
                raise ValueError(f"event {self.id}: date {date.value!r} is not a calendar date")
        return self


class Usage(_Strict):
    """Token and request counts, as reported by the server."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    reasks: int = 0
    cached_documents: int = 0
    truncated_replies: int = Field(
        default=0, description="Replies cut off at max_tokens; each was sent once more with twice the limit."
    )
    replies_without_usage: int = Field(
        default=0,
        description="Replies whose server reported no token counts; the token totals leave them out.",
    )

    def add(self, other: Usage) -> Usage:
        return Usage(**{name: getattr(self, name) + getattr(other, name) for name in Usage.model_fields})


class PromptRef(_Strict):
    """A prompt template used by the run and the SHA-256 of its text."""

    name: str
    sha256: str


class Provenance(_Strict):
    """What produced this timeline. Never holds a key."""

    tool_version: str
    schema_version: str = SCHEMA_VERSION
    provider: str
    model: str
    prompts: list[PromptRef]
    started_at: str
    duration_s: float
    usage: Usage
    inputs: list[str] = Field(
        default_factory=list,
        description="The files and folders given to the build, as given (relative where they were "
        "relative), so that export can refuse to write where the next build of them would read it. "
        "Empty in a timeline of schema 1.2 or older.",
    )


class Problem(_Strict):
    """Something the run skipped or repaired, named so a user can act on it."""

    document: str | None = None
    kind: str = Field(description="e.g. unreadable, empty, ungrounded_event, extraction_failed")
    message: str


class RunSummary(_Strict):
    """Counts a user checks before trusting the output."""

    documents: int
    documents_failed: int
    events: int
    events_extracted: int = Field(description="Events returned by the model before grounding and merging.")
    events_dropped_ungrounded: int
    furniture_sentences_removed: int = Field(description="Page furniture sentences never shown to the model.")
    events_aligned: int = Field(
        description="Events whose quoted opening was not verbatim, pinned to a sentence by word alignment."
    )
    sentences_with_instructions: int = Field(
        default=0, description="Sentences addressing the model (prompt injection), never shown to it."
    )
    analysis_sentences_hidden: int = Field(
        default=0,
        description="Questions and the writer's own conditionals, hedges and readings of events, never "
        "shown to the model: not events.",
    )
    documents_not_english: int = Field(
        default=0,
        description="Documents that do not read as English: their dates, kinds and actors are read by "
        "English rules (see each document's language). 0 in a timeline of schema 1.3 or older.",
    )
    headlines_replaced: int = Field(
        default=0,
        description="Headlines their quoted sentence does not back (another actor, order, name or number, "
        "mostly other words, a copy of another sentence); the sentence is the title.",
    )


class Timeline(_Strict):
    """The whole output document."""

    schema_version: str = SCHEMA_VERSION
    provenance: Provenance
    summary: RunSummary
    documents: list[DocumentInfo]
    events: list[Event]
    problems: list[Problem] = Field(default_factory=list)
