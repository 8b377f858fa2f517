"""Extraction: the prompt, the wire schema the model fills in, and one model call per document.

The wire schema is deliberately tiny (three short keys, no dates, no actors) because output
tokens are the slowest part on a CPU. The model names each event and where it is reported;
`grounding` finds the exact sentence, and dates, kind and actors are read off that sentence by code.
Measured on the seeds (README, "Design notes"): numbering sentences for the model to cite made
the 1.5B model copy sentences in order instead of choosing events, and a date-words field came
back empty, so neither is asked for. The model's kind `k` is still asked although `timeline.kinds`
decides the kind: without it the model listed 34 events instead of 26 (1,211 instead of 1,030
output tokens, 7 duplicates instead of 3), so classifying seems to keep it choosing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from timeline.cleaning import CleanedDocument
from timeline.llm import Message, StructuredModel
from timeline.models import PromptRef, Usage
from timeline.prompts import PromptLibrary
from timeline.sentences import Sentence

SYSTEM_TEMPLATE = "extract_events.system.j2"
USER_TEMPLATE = "extract_events.user.j2"
PROMPT_TEMPLATES = (SYSTEM_TEMPLATE, USER_TEMPLATE)
MAX_EVENTS_PER_DOCUMENT = 8  # asked for per chunk; the validator allows some slack
# The 1.5B model lists far fewer events for a long article than for the same text in parts
# (seed 003: 1 event whole, 8 in three parts), so long articles are sent in parts of about this size.
CHUNK_CHARS = 3000


class WireKind(str, Enum):
    """h: happened; r: said, claimed or planned; e: expected or possible."""

    happened = "h"
    reported = "r"
    expected = "e"


class WireEvent(BaseModel):
    """One event as the model writes it: three short fields, mapped to the public schema by code."""

    model_config = ConfigDict(extra="ignore")

    # Lengths are not policed here: an over-long headline is shortened by code, not re-asked
    # (a re-ask at temperature 0 returned the same reply in our trials and cost a minute).
    q: str = Field(min_length=1, max_length=1000, description="First words of the reporting sentence.")
    t: str = Field(min_length=1, max_length=1000, description="A short headline in the model's words.")
    k: WireKind


class WireReply(BaseModel):
    """The whole reply for one document."""

    events: list[WireEvent] = Field(max_length=3 * MAX_EVENTS_PER_DOCUMENT)


@functools.cache
def wire_schema() -> dict[str, Any]:
    """The wire schema, for cache keys (read, never changed): computed once, not for every part of
    every document (0.7 ms each, 12 % of the time outside the model on a run of 2,000 documents)."""
    return WireReply.model_json_schema()


@dataclass(frozen=True)
class DocumentExtraction:
    """What the model said about one document, before grounding."""

    events: list[WireEvent]
    usage: Usage
    repaired: str | None = None  # why only part of the reply was read (`Completion.repaired`)


def render_messages(library: PromptLibrary, cleaned: CleanedDocument) -> list[Message]:
    """The chat messages for one document: fixed instructions first, so servers can reuse the prefix."""
    return [
        {"role": "system", "content": library.render(SYSTEM_TEMPLATE, max_events=MAX_EVENTS_PER_DOCUMENT)},
        {"role": "user", "content": library.render(USER_TEMPLATE, paragraphs=_as_data(cleaned.paragraphs()))},
    ]


def _as_data(paragraphs: list[str]) -> list[str]:
    """Article text cannot close the <article> delimiter: angle brackets are shown as look-alikes."""
    return [p.replace("<", "‹").replace(">", "›") for p in paragraphs]


def chunks(cleaned: CleanedDocument, max_chars: int = CHUNK_CHARS) -> list[CleanedDocument]:
    """Consecutive runs of sentences of about `max_chars`, each starting with the previous run's
    last sentence for context. Spans stay absolute, so offsets need no mapping back; an event seen
    in the overlap cites the same sentence twice and the merger folds it."""
    groups: list[list[Sentence]] = [[]]
    size = 0
    for sentence in (piece for s in cleaned.sentences for piece in _pieces(s, max_chars)):
        if groups[-1] and size + len(sentence.text) > max_chars:
            carried = groups[-1][-1] if len(groups[-1]) > 1 else None
            groups.append([carried] if carried else [])
            size = len(carried.text) if carried else 0
        groups[-1].append(sentence)
        size += len(sentence.text)
    return [replace(cleaned, sentences=group) for group in groups if group]


def _pieces(sentence: Sentence, max_chars: int) -> list[Sentence]:
    """A sentence longer than a part, cut at spaces into pieces that fit: text without sentence
    punctuation (a scraped table, a run-on transcript) would otherwise be one request of any size."""
    pieces: list[Sentence] = []
    start, text = sentence.start, sentence.text
    while len(text) > max_chars:
        cut = text.rfind(" ", 0, max_chars)
        cut = cut if cut > 0 else max_chars
        pieces.append(Sentence(start, start + cut, text[:cut]))
        rest = text[cut:].lstrip()
        start, text = start + len(text) - len(rest), rest
    return [*pieces, Sentence(start, start + len(text), text)] if text else pieces


def prompt_refs(library: PromptLibrary) -> list[PromptRef]:
    return [library.template(name).ref() for name in PROMPT_TEMPLATES]


def extract_events(
    model: StructuredModel, library: PromptLibrary, cleaned: CleanedDocument, max_tokens: int
) -> DocumentExtraction:
    """Ask the model for the events of one cleaned document."""
    if not cleaned.sentences:
        return DocumentExtraction(events=[], usage=Usage())
    completion = model.complete(render_messages(library, cleaned), WireReply, max_tokens=max_tokens)
    return DocumentExtraction(
        events=list(completion.value.events), usage=completion.usage, repaired=completion.repaired
    )
