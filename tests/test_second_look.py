"""A second look: each part's sentences that name a date and that no event of the model's reply cites are
shown to the model once more, as an article of their own (`grounding.second_look`, the pipeline)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from timeline.cache import ResultCache
from timeline.cleaning import clean
from timeline.errors import ExtractionError
from timeline.extraction import WireEvent, WireKind, WireReply
from timeline.grounding import SECOND_LOOK_MOST, ground, second_look
from timeline.llm import Completion
from timeline.models import DocumentDate, DocumentDateSource, Precision, Usage
from timeline.pipeline import Builder, BuildSettings
from timeline.prompts import PromptLibrary

# Written for these tests: one event the first reply names, two dated sentences it passes over, an
# undated one and a figure compared with a year (no date of an event).
ARTICLE = (
    "Harbour board approves dredging\n\n"
    "The harbour board approved the dredging plan on Tuesday. "
    "The mayor said the plan was a good one. "
    "In March, engineers found silt blocking the east channel. "
    "Traffic fell to its lowest level since 2009. "
    "The first dredger is expected to arrive by the end of June.\n"
)
TUESDAY = DocumentDate(value="2025-04-10", precision=Precision.day, source=DocumentDateSource.cli)


def _reply(*openings: str) -> WireReply:
    return WireReply(
        events=[WireEvent(q=q, t="Harbour news of the day", k=WireKind.happened) for q in openings]
    )


def test_the_dated_sentences_no_event_cites_are_shown_again_in_their_order() -> None:
    cleaned = clean(ARTICLE, "Harbour board approves dredging")
    first = ground("a.txt", cleaned, _reply("The harbour board approved").events, TUESDAY).events
    again = second_look(cleaned, first)
    assert again is not None
    assert [sentence.text for sentence in again.sentences] == [
        "In March, engineers found silt blocking the east channel.",
        "The first dredger is expected to arrive by the end of June.",
    ]
    # the sentences keep their places in the article: a reply to them is grounded in it as any other
    assert all(ARTICLE[s.start : s.end] == s.text for s in again.sentences)


def test_an_undated_article_s_month_counts_as_a_date_named() -> None:
    """Without the article's date "In March" dates nothing, yet it names a date all the same."""
    cleaned = clean(ARTICLE, "Harbour board approves dredging")
    first = ground("a.txt", cleaned, _reply("The harbour board approved").events, None).events
    again = second_look(cleaned, first)
    assert again is not None and again.sentences[0].text.startswith("In March, engineers found silt")


def test_no_second_look_when_every_dated_sentence_is_cited() -> None:
    cleaned = clean(ARTICLE, "Harbour board approves dredging")
    reply = _reply("The harbour board approved", "In March, engineers found", "The first dredger is")
    events = ground("a.txt", cleaned, reply.events, TUESDAY).events
    assert len(events) == 3
    assert second_look(cleaned, events) is None


def test_a_second_look_shows_at_most_its_limit_of_sentences() -> None:
    days = [f"On {day} March the crane crews worked late." for day in range(1, SECOND_LOOK_MOST + 4)]
    cleaned = clean("Crane log\n\n" + " ".join(days) + "\n")
    again = second_look(cleaned, [])
    assert again is not None
    assert [s.text for s in again.sentences] == days[:SECOND_LOOK_MOST]


class _Stub:
    """Names the first sentence of whatever article it is shown; fails on the calls it is told to."""

    label = "stub/stub"

    def __init__(self, fail_on: tuple[int, ...] = ()) -> None:
        self.articles: list[str] = []
        self.fail_on = fail_on

    def complete(
        self, messages: list[dict[str, str]], response_model: type[Any], **_: Any
    ) -> Completion[Any]:
        article = messages[1]["content"]
        self.articles.append(article)
        if len(self.articles) in self.fail_on:
            raise ExtractionError("stub: no valid reply", Usage(requests=1))
        first_words = " ".join(article.splitlines()[1].split()[:4])
        reply = WireReply(events=[WireEvent(q=first_words, t="Harbour news", k=WireKind.happened)])
        return Completion(reply, Usage(prompt_tokens=10, completion_tokens=5, requests=1))


def _build(tmp_path: Path, model: _Stub, *, look: bool = True) -> Any:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    settings = BuildSettings(
        "stub", "stub", {"model": "stub"}, 100, cache=ResultCache(tmp_path / "cache"), second_look=look
    )
    return Builder(model, PromptLibrary(), replace(settings, published=TUESDAY)).build([folder])


def test_a_build_asks_again_about_the_dated_sentences_its_reply_passed_over(tmp_path: Path) -> None:
    model = _Stub()
    timeline = _build(tmp_path, model)
    assert len(model.articles) == 2
    # the two sentences alone, as the paragraph they stand in (the instructions are the same)
    assert model.articles[1].splitlines()[1:-1] == [
        "In March, engineers found silt blocking the east channel. "
        "The first dredger is expected to arrive by the end of June."
    ]
    quotes = sorted(source.quote for event in timeline.events for source in event.sources)
    assert quotes == [
        "In March, engineers found silt blocking the east channel.",
        "The harbour board approved the dredging plan on Tuesday.",
    ]
    assert timeline.provenance.usage.requests == 2
    # a rerun reads both replies from the cache
    again = _Stub()
    assert _build(tmp_path, again).events == timeline.events and again.articles == []


def test_no_second_look_when_the_profile_turns_it_off(tmp_path: Path) -> None:
    model = _Stub()
    timeline = _build(tmp_path, model, look=False)
    assert len(model.articles) == 1 and len(timeline.events) == 1


def test_a_part_whose_request_failed_gets_no_second_look(tmp_path: Path) -> None:
    """Its first reply lost, every sentence is uncited: asking about the dated ones would pass for a
    reading of the part."""
    model = _Stub(fail_on=(1,))
    timeline = _build(tmp_path, model)
    assert len(model.articles) == 1
    assert timeline.events == [] and timeline.summary.documents_failed == 1


def test_a_failed_second_look_keeps_the_first_reply_s_events_and_says_so(tmp_path: Path) -> None:
    model = _Stub(fail_on=(2,))
    timeline = _build(tmp_path, model)
    assert len(model.articles) == 2
    assert [event.sources[0].quote for event in timeline.events] == [
        "The harbour board approved the dredging plan on Tuesday."
    ]
    assert [problem.kind for problem in timeline.problems] == ["extraction_failed"]
