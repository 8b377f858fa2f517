"""What the core needs from a model: structured completion. Providers implement it; the core never
imports a provider or an SDK (enforced by import-linter, see pyproject.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from pydantic import BaseModel

from timeline.models import Usage

ReplyT = TypeVar("ReplyT", bound=BaseModel)

Message = dict[str, str]


@dataclass(frozen=True)
class Completion(Generic[ReplyT]):
    """A validated reply and what it cost (re-asks and HTTP retries included). `repaired` says why only
    part of the reply could be read (its JSON broke off part-way), None for a whole reply."""

    value: ReplyT
    usage: Usage
    repaired: str | None = None


class StructuredModel(Protocol):
    """A chat model that returns a validated Pydantic object or raises a `timeline.errors` error."""

    @property
    def label(self) -> str:
        """`provider/model`, for provenance and progress messages."""
        ...

    def complete(
        self,
        messages: list[Message],
        response_model: type[ReplyT],
        *,
        max_tokens: int,
        validation_context: dict[str, object] | None = None,
    ) -> Completion[ReplyT]: ...
