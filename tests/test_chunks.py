"""Long documents are sent in parts with a one-sentence overlap; offsets stay absolute, and an event
seen in both parts of the overlap comes out once."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

from timeline.cleaning import clean
from timeline.extraction import WireEvent, WireKind, WireReply, chunks
from timeline.grounding import ground
from timeline.llm import Completion
from timeline.merge import merge
from timeline.models import Usage
from timeline.pipeline import Builder, BuildSettings
from timeline.prompts import PromptLibrary


def _long_article(paragraphs: int) -> str:
    lines = ["Port authority reports record year", ""]
    for n in range(paragraphs):
        lines.append(
            f"In paragraph {n} the harbour master of Port Elena reported that ship number {n} unloaded cargo "
            f"worth about {n + 3} million euros at quay {n % 7}."
        )
    return "\n".join(lines) + "\n"


def test_parts_cover_every_sentence_in_order_with_one_sentence_of_overlap() -> None:
    text = _long_article(60)
    cleaned = clean(text, "Port authority reports record year")
    parts = chunks(cleaned, max_chars=1500)
    assert len(parts) > 2
    for previous, following in pairwise(parts):
        assert following.sentences[0] == previous.sentences[-1]  # the overlap
    seen = [s for part in parts for s in part.sentences]
    assert sorted(set(seen), key=lambda s: s.start) == cleaned.sentences
    for part in parts:
        assert all(text[s.start : s.end] == s.text for s in part.sentences)  # offsets into the whole text


def test_an_event_reported_in_the_overlap_comes_out_once() -> None:
    text = _long_article(60)
    cleaned = clean(text, "Port authority reports record year")
    first, second = chunks(cleaned, max_chars=1500)[:2]
    shared = second.sentences[0]
    opening = " ".join(shared.text.split()[:4])
    reply = [WireEvent(q=opening, t="Ship unloads cargo", k=WireKind.happened)]
    reports = ground("long.txt", first, reply, None).events + ground("long.txt", second, reply, None).events
    assert len(reports) == 2
    (event,) = merge(reports)
    assert [(s.start, s.end) for s in event.sources] == [(shared.start, shared.end)]


def test_a_sentence_longer_than_a_part_is_cut_at_spaces() -> None:
    """Text without sentence punctuation (a scraped table) would otherwise be one request of any size."""
    words = " ".join(f"word{n}" for n in range(3000))  # about 23,000 characters, no full stop
    text = "Port authority data\n\n" + words + "\n"
    cleaned = clean(text, "Port authority data")
    parts = chunks(cleaned, max_chars=3000)
    pieces = [s for part in parts for s in part.sentences]
    assert len(parts) >= 7
    assert all(len(s.text) <= 3000 for s in pieces)
    assert all(text[s.start : s.end] == s.text for s in pieces)  # still exact spans of the document
    assert " ".join(dict.fromkeys(s.text for s in pieces)) == words  # nothing lost, overlap aside


def test_a_lone_name_in_a_later_part_is_the_person_an_earlier_part_named(tmp_path: Path) -> None:
    """The people of an article are read from all of it: part 2's "Kim said" is the minister of part 1."""
    paragraphs = ["South Korean Defense Minister Kim Yong-hyun spoke to lawmakers in Seoul."]
    paragraphs += [f"Ship number {n} unloaded cargo at quay {n % 7} of Port Elena." for n in range(80)]
    paragraphs += ["Kim said more North Korean troops would follow soon."]
    article = tmp_path / "a.txt"
    article.write_text("Minister briefs lawmakers\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    model = _QuotingModel("Kim said more North")
    timeline = Builder(model, PromptLibrary(), BuildSettings("stub", "stub", {"model": "stub"}, 100)).build(
        [article]
    )
    assert model.parts > 1
    (event,) = timeline.events
    assert event.actors == ["Kim Yong-hyun", "North Korea"]  # not Kim Jong Un


class _QuotingModel:
    """Reports one event, opening with `q`, in the part that holds those words."""

    label = "stub/stub"

    def __init__(self, q: str) -> None:
        self.q = q
        self.parts = 0

    def complete(
        self, messages: list[dict[str, str]], response_model: type[Any], **_: Any
    ) -> Completion[Any]:
        self.parts += 1
        found = self.q in messages[1]["content"]
        events = (
            [WireEvent(q=self.q, t="Kim says more troops will follow", k=WireKind.happened)] if found else []
        )
        return Completion(WireReply(events=events), Usage(prompt_tokens=10, completion_tokens=5, requests=1))
