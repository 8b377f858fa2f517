"""A document that writes no year, dated by the build: the one year near the other documents' dates that
puts its days on their weekdays ("Tuesday, March 12"), never a date given to it, never when in doubt, and
alike from the result cache without a model call.

The articles are of our own writing (an invented flood barrier); the model is a stub citing every
sentence, so these tests are about the build's bookkeeping, not a model's reading.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from timeline.cache import ResultCache
from timeline.dates import parse_document_date
from timeline.extraction import WireEvent, WireKind, WireReply
from timeline.llm import Completion
from timeline.models import DocumentDate, DocumentDateSource, Precision, Timeline, Usage
from timeline.pipeline import Builder, BuildSettings
from timeline.prompts import PromptLibrary

COUNCIL = "Ravensholm councillors backed a flood barrier for Mill Lane on Thursday. The vote was 21 to 4.\n"
BARRIER = (
    "---\ntitle: Barrier work under way\npublished: {published}\n---\n\n"
    "Contractors are building the Mill Lane flood barrier, the council said. The work will take a year.\n"
)
# Tuesday, March 12 and Friday, March 22: on those weekdays in 2019 and 2024, in no year between
DIGEST = (
    "THE RAVENSHOLM WEEKLY\n"
    "Your week in town | Issue 88\n\n"
    "The council approved the flood barrier on Tuesday, March 12, after a two-hour debate. "
    "Work on the barrier started on {started}, the contractor said.\n"
)


class CitingModel:
    """Cites every sentence of the article by its first four words; can refuse to be called."""

    label = "stub/stub"

    def __init__(self, refuse: bool = False) -> None:
        self.calls = 0
        self.refuse = refuse

    def complete(
        self, messages: list[dict[str, str]], response_model: type[Any], **_: Any
    ) -> Completion[Any]:
        self.calls += 1
        assert not self.refuse, "the model was called"
        lines = [line for line in messages[1]["content"].splitlines()[1:-1] if line.strip()]
        sentences = [s for line in lines for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]
        events = [
            WireEvent(q=" ".join(s.split()[:4]), t=" ".join(s.split()[:6]), k=WireKind.happened)
            for s in sentences
        ]
        return Completion(WireReply(events=events), Usage(prompt_tokens=10, completion_tokens=5, requests=1))


def _folder(
    tmp_path: Path,
    council: str | None = "2024-03-08",
    barrier: str | None = "2024-03-27",
    started: str = "Friday, March 22",
) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    if council is not None:
        (docs / "01_council.txt").write_text(COUNCIL, encoding="utf-8")
        (docs / "01_council.txt.meta.json").write_text(f'{{"published": "{council}"}}', encoding="utf-8")
    if barrier is not None:
        (docs / "02_barrier.md").write_text(BARRIER.format(published=barrier), encoding="utf-8")
    (docs / "03_digest.txt").write_text(DIGEST.format(started=started), encoding="utf-8")
    return docs


def _build(
    docs: Path,
    model: CitingModel | None = None,
    cache: Path | None = None,
    published: DocumentDate | None = None,
) -> Timeline:
    settings = BuildSettings(
        "stub",
        "stub",
        {"model": "stub"},
        4000,
        published=published,
        cache=ResultCache(cache) if cache else None,
    )
    return Builder(model or CitingModel(), PromptLibrary(), settings).build([docs])


def _digest(timeline: Timeline) -> DocumentDate:
    return next(d.published for d in timeline.documents if d.id == "03_digest.txt")


def _digest_days(timeline: Timeline) -> list[str | None]:
    """The dates of the digest's events, as its sentences were cited."""
    return [
        source.date.value
        for event in timeline.events
        for source in event.sources
        if source.document == "03_digest.txt"
    ]


def test_a_digest_without_a_year_among_dated_articles_is_dated_and_so_are_its_days(tmp_path: Path) -> None:
    """The field test's newsletter wrote no year, so "Wednesday, November 5" was undated beside articles
    of 2025: its days fit one year of the build's, and that year dates it and them."""
    timeline = _build(_folder(tmp_path))
    assert [d.id for d in timeline.documents] == ["01_council.txt", "02_barrier.md", "03_digest.txt"]
    published = _digest(timeline)
    assert (published.value, published.precision, published.source) == (
        "2024",
        Precision.year,
        DocumentDateSource.estimated,
    )
    assert "01_council.txt" in (published.evidence or "") and "Tuesday, March 12" in (
        published.evidence or ""
    )
    assert sorted(_digest_days(timeline), key=str) == ["2024-03-12", "2024-03-22"]


def test_the_same_digest_alone_stays_undated(tmp_path: Path) -> None:
    timeline = _build(_folder(tmp_path, council=None, barrier=None))
    assert _digest(timeline).source is DocumentDateSource.unknown
    assert _digest_days(timeline) == [None, None]


def test_a_digest_whose_days_fit_two_years_of_the_build_stays_undated(tmp_path: Path) -> None:
    """A folder of 2019 and 2024: its days are on their weekdays in both years."""
    timeline = _build(_folder(tmp_path, council="2019-02-01", barrier="2024-05-01"))
    assert _digest(timeline).source is DocumentDateSource.unknown


def test_a_digest_whose_days_contradict_their_weekdays_stays_undated(tmp_path: Path) -> None:
    """March 12 and March 22 are never both Tuesdays."""
    timeline = _build(_folder(tmp_path, started="Tuesday, March 22"))
    assert _digest(timeline).source is DocumentDateSource.unknown


def test_a_date_given_by_a_sidecar_or_the_command_line_is_kept(tmp_path: Path) -> None:
    docs = _folder(tmp_path)
    (docs / "03_digest.txt.meta.json").write_text('{"published": "2019-03-23"}', encoding="utf-8")
    assert _digest(_build(docs)).model_dump() == {
        "value": "2019-03-23",
        "precision": "day",
        "source": "manifest",
        "evidence": None,
    }
    given = parse_document_date("2030-01-10", DocumentDateSource.cli)
    assert {d.published.value for d in _build(docs, published=given).documents} == {"2030-01-10"}


def test_a_rerun_from_the_cache_dates_the_digest_alike_without_a_model_call(tmp_path: Path) -> None:
    """The cache holds the model's reply to the digest's text, not its date: the date is read again from
    the other documents, with no request."""
    docs, cache = _folder(tmp_path), tmp_path / "cache"
    asked = CitingModel()
    first = _build(docs, asked, cache)
    assert asked.calls == 3
    silent = CitingModel(refuse=True)
    again = _build(docs, silent, cache)
    assert silent.calls == 0 and again.provenance.usage.cached_documents == 3
    assert again.documents == first.documents and _digest(again).value == "2024"
    assert [(e.id, e.date) for e in again.events] == [(e.id, e.date) for e in first.events]
