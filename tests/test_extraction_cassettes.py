"""End-to-end extraction through `instructor` + `openai`, replayed from real recordings.

Every cassette under cassettes/test_extraction_cassettes/ was recorded by `make record` against
the real local server (Qwen2.5-Coder-1.5B-Instruct Q4_K_M via llama-cpp-python, profile
`openai-compatible`). Nothing in them is hand-written. A changed prompt or setting makes the
request body differ, and the test fails with the re-record message instead of replaying green.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic import Field

from timeline.cleaning import clean
from timeline.cli import main
from timeline.config import Profile
from timeline.documents import load_document
from timeline.errors import ExtractionError
from timeline.extraction import WireEvent, WireReply
from timeline.models import Timeline
from timeline.pipeline import Builder, BuildSettings
from timeline.prompts import PromptLibrary
from timeline.providers.openai_compatible import InstructorModel, build_http_client

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED_004 = ROOT / "seeds" / "004_2a939b2dd741ed47.txt"
MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"


def _profile(**overrides: Any) -> Profile:
    values: dict[str, Any] = {
        "name": "openai-compatible",
        "kind": "openai-compatible",
        "model": MODEL,
        "mode": "prompt_json",
        "max_tokens": 400,
        "max_reasks": 1,
    }
    values.update(overrides)
    return Profile(**values)


def _build(
    inputs: list[Path], base_url: str, profile: Profile | None = None, *, second_look: bool = False
) -> Timeline:
    profile = profile or _profile()
    model = InstructorModel(profile, base_url, build_http_client(profile))
    settings = BuildSettings(
        provider_label=profile.name,
        model_name=profile.model,
        sampling=profile.sampling_key(),
        max_tokens=400,
        second_look=second_look,
    )
    try:
        return Builder(model, PromptLibrary(), settings).build(inputs)
    finally:
        model.close()


def _assert_grounded(timeline: Timeline, texts: dict[str, str]) -> None:
    assert timeline.events, "the recording holds events; none came out"
    for event in timeline.events:
        for source in event.sources:
            assert texts[source.document][source.start : source.end] == source.quote


def _sent_prompts(vcr: Any) -> str:
    return "\n".join(json.dumps(json.loads(request.body)["messages"]) for request in vcr.requests)


@pytest.mark.vcr
def test_example_article_is_extracted_grounded_and_dated(
    tmp_path: Path, test_base_url: str, vcr: Any
) -> None:
    article = tmp_path / "example_article.txt"
    shutil.copy(DATA / "example_article.txt", article)
    timeline = _build([article], test_base_url)

    text = article.read_text(encoding="utf-8")
    _assert_grounded(timeline, {"example_article.txt": text})
    assert timeline.summary.documents_failed == 0
    assert timeline.provenance.usage.requests == len(vcr.requests) == 1
    assert timeline.provenance.usage.prompt_tokens > 0
    # Furniture never reaches the model, so it can never be an event.
    assert "Related posts" not in _sent_prompts(vcr)
    assert "Subscribe" not in _sent_prompts(vcr)
    strike = [e for e in timeline.events if "returned to work" in e.sources[0].quote]
    assert strike, [e.title for e in timeline.events]
    assert strike[0].date.value == "2024-03-18"
    assert strike[0].date.precision.value == "day"


@pytest.mark.vcr
def test_seed_004_duma_ratification_is_dated_from_its_weekday(test_base_url: str, vcr: Any) -> None:
    timeline = _build([SEED_004], test_base_url)
    text = SEED_004.read_text(encoding="utf-8")
    _assert_grounded(timeline, {SEED_004.name: text})
    # The seeds carry no publication date: the output says it was estimated, and from what.
    published = timeline.documents[0].published
    assert (published.source.value, published.value) == ("estimated", "2024")
    duma = [e for e in timeline.events if "ratification by the Duma" in e.sources[0].quote]
    assert duma, [e.title for e in timeline.events]
    assert duma[0].date.value == "2024-10-24"  # "Thursday October 24": 24 October was a Thursday in 2024
    assert duma[0].date.basis.value == "weekday"
    assert "GETTY IMAGES" not in duma[0].sources[0].quote


@pytest.mark.vcr
def test_seed_004_second_look_asks_about_the_dated_sentences_the_reply_passed_over(
    test_base_url: str, vcr: Any
) -> None:
    """The command line's default: after the reply to the article, the model is shown the sentences that
    name a date and that none of its events cites, as an article of their own, and what it names there
    is grounded in the article as any event."""
    timeline = _build([SEED_004], test_base_url, second_look=True)
    text = SEED_004.read_text(encoding="utf-8")
    _assert_grounded(timeline, {SEED_004.name: text})
    assert timeline.provenance.usage.requests == len(vcr.requests) == 2
    first, again = (json.loads(request.body)["messages"][1]["content"] for request in vcr.requests)
    shown_again = again.removeprefix("<article>\n").removesuffix("\n</article>")
    # only dated sentences of the article, and not those the first reply cites (the Duma's ratification)
    loaded = load_document(SEED_004)
    article_sentences = [sentence.text for sentence in clean(loaded.text, loaded.info.title).sentences]
    assert shown_again and all(sentence in first for sentence in article_sentences if sentence in shown_again)
    left = shown_again
    for sentence in article_sentences:
        left = left.replace(sentence, "")
    assert left.strip() == ""
    assert "in the coming weeks" in shown_again and "Yom Kippur War (1973)" in shown_again
    assert "ratification by the Duma" not in shown_again
    # what the model named in the second look is in the timeline, dated by code
    weeks = [e for e in timeline.events if "in the coming weeks" in e.sources[0].quote]
    assert weeks and weeks[0].kind.value == "expected", [e.title for e in timeline.events]


@pytest.mark.vcr
@pytest.mark.parametrize("name", ["injection.txt", "invisible.txt", "hidden.html"])
def test_planted_instructions_do_not_become_events(
    name: str, tmp_path: Path, test_base_url: str, vcr: Any
) -> None:
    article = tmp_path / name
    shutil.copy(DATA / "hostile" / name, article)
    timeline = _build([article], test_base_url)
    sent = _sent_prompts(vcr)
    assert "1999" not in sent and "Ignore previous" not in sent and "\U000e0049" not in sent
    for event in timeline.events:
        assert event.date.value is None or not event.date.value.startswith("1999")
        assert all("1999" not in s.quote and "nstructions" not in s.quote for s in event.sources)


class _AtLeastTwoEvents(WireReply):
    """Stricter than the product's reply model: the example article reports several events."""

    events: list[WireEvent] = Field(min_length=2)


@pytest.mark.vcr
def test_validation_error_is_reasked_once_and_counted(test_base_url: str, vcr: Any) -> None:
    """A stricter reply model than the product's, so the real model's first reply fails validation."""
    profile = _profile(max_reasks=1)
    model = InstructorModel(profile, test_base_url, build_http_client(profile))
    text = (DATA / "example_article.txt").read_text(encoding="utf-8")
    messages = [
        {"role": "system", "content": 'Reply with JSON: {"events":[{"q":"...","t":"...","k":"h"}]}'},
        {"role": "user", "content": text},
    ]
    try:
        completion = model.complete(messages, _AtLeastTwoEvents, max_tokens=300)
        assert completion.usage.reasks == 1
        assert completion.usage.requests == 2
    except ExtractionError as exc:
        assert exc.usage is not None and exc.usage.reasks == 1 and exc.usage.requests == 2  # type: ignore[attr-defined]
    finally:
        model.close()
    assert len(vcr.requests) == 2
    reask = json.loads(vcr.requests[1].body)["messages"]
    assert any("at least 2 items" in str(m.get("content")) for m in reask)


@pytest.mark.vcr
def test_switching_to_another_server_is_a_config_edit(
    tmp_path: Path, test_base_url: str, monkeypatch: pytest.MonkeyPatch, vcr: Any
) -> None:
    """The `openai-compatible` profile, set in timeline.toml, drives the same client code path."""
    (tmp_path / "timeline.toml").write_text(
        "[timeline]\n"
        'profile = "openai-compatible"\n'
        f'cache_dir = "{tmp_path / "cache"}"\n\n'
        "[profiles.openai-compatible]\n"
        f'base_url = "{test_base_url}"\n'
        f'model = "{MODEL}"\n'
        'mode = "prompt_json"\n'
        "max_tokens = 400\n",
        encoding="utf-8",
    )
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DATA / "example_article.txt", docs / "example_article.txt")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_PROFILE", raising=False)

    assert main(["build", "docs", "-o", "timeline.json", "--quiet"]) == 0

    written = json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schemas" / "timeline.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(written, schema)
    assert written["provenance"]["provider"] == "openai-compatible"
    assert "not-needed" not in json.dumps(written)  # the placeholder key is never written out
    # A second build replays nothing: every chunk comes from the result cache.
    assert main(["build", "docs", "-o", "again.json", "--quiet"]) == 0
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert again["provenance"]["usage"]["cached_documents"] == 1
    assert [e["id"] for e in again["events"]] == [e["id"] for e in written["events"]]


def _build_field_articles(
    corpus: Path, names: list[str], furniture: tuple[str, ...], tmp_path: Path, base_url: str, vcr: Any
) -> Timeline:
    """A build of some articles of a field corpus (with their sidecars), checked for what the code
    guarantees whatever the model chose: every quote verbatim at its offsets, and none of the corpus's
    furniture shown to the model or quoted."""
    for name in names:
        for path in corpus.glob(f"{name}*"):  # the article and its sidecar (NAME.meta.json)
            shutil.copy(path, tmp_path / path.name)
    timeline = _build([tmp_path / name for name in names], base_url)
    texts = {document.id: load_document(tmp_path / document.id).text for document in timeline.documents}
    _assert_grounded(timeline, texts)
    sent = _sent_prompts(vcr)
    quotes = " ".join(source.quote for event in timeline.events for source in event.sources)
    for words in furniture:
        assert words not in sent and words not in quotes
    return timeline


FIELD = Path(__file__).resolve().parent / "field" / "port-strike"
# The field corpus's page furniture and boxes of links: never shown to the model, never quoted.
FIELD_FURNITURE = (
    "Related coverage",
    "what it means for your shopping",
    "the port must modernise",
    "We use cookies",
    "Shared 1,284 times",
    "Ferry services cancelled",
    "Council approves budget",
    "Sign up to our daily newsletter",
    "Reporting by",
)


@pytest.mark.vcr
def test_field_corpus_is_grounded_without_furniture_and_dated_from_its_own_words(
    tmp_path: Path, test_base_url: str, vcr: Any
) -> None:
    """Three articles of the field corpus (tests/field/port-strike: a local paper with a box of links, a
    live-blog page with its furniture, a wire story without a date) with the model's recorded replies:
    what the code guarantees, not the model's choices."""
    names = ["02_local_talks_collapse.md", "04_liveblog_deal.html", "05_wire_ratified.txt"]
    timeline = _build_field_articles(FIELD, names, FIELD_FURNITURE, tmp_path, test_base_url, vcr)
    # the undated wire story: its "since 1998" is not its year, its dateline's agency no actor
    published = {document.id: document.published for document in timeline.documents}
    assert published["05_wire_ratified.txt"].value is None  # nor "until 2028", a term years ahead
    assert published["04_liveblog_deal.html"].value == "2025-03-20"  # the page's own metadata
    for event in timeline.events:
        assert "Harbour Wire" not in event.actors
        if not any("1998" in source.quote for source in event.sources):
            assert not (event.date.value or "").startswith("1998"), event
    # arrangements read forward from the article's day, never back: Saturday's meeting is the 8th
    meeting = [e for e in timeline.events if "scheduled a mass meeting" in e.sources[0].quote]
    for event in meeting:
        assert (event.date.value, event.kind.value) == ("2025-03-08", "expected")


WILDFIRE = Path(__file__).resolve().parent / "field" / "wildfire"
# The wildfire corpus's furniture in the three articles below: never shown to the model, never quoted.
WILDFIRE_FURNITURE = ("Related:", "emergency alerts", "By Lena Vasquez")


@pytest.mark.vcr
def test_second_field_corpus_is_grounded_without_furniture_and_dated_from_its_own_words(
    tmp_path: Path, test_base_url: str, vcr: Any
) -> None:
    """Three articles of the second field corpus (tests/field/wildfire: a county paper with a one-line
    box of links, a piece with no date, a follow-up with a range of days) with the model's recorded
    replies: what the code guarantees, not the model's choices."""
    names = ["02_courier_firefighter_hurt.md", "04_lindell_creek_waits.txt", "06_followup_contained.txt"]
    timeline = _build_field_articles(WILDFIRE, names, WILDFIRE_FURNITURE, tmp_path, test_base_url, vcr)
    # the undated piece is of 2025, the year its "Thursday, August 14" gives, not of "the fire of 2019"
    published = {document.id: document.published for document in timeline.documents}
    assert published["04_lindell_creek_waits.txt"].value == "2025"
    for event in timeline.events:
        assert not (event.date.value or "").startswith("2019"), event
        quote = " ".join(source.quote for source in event.sources)
        if "from 3 to 5 September" in quote:
            assert event.date.value == "2025-09-03"
        if "Crews plan to burn" in quote:
            assert event.date.value == "2025-08-08"
        if "Thursday, August 14" in quote:
            assert event.date.value == "2025-08-14"


FRAUD_TRIAL = Path(__file__).resolve().parent / "field" / "fraud-trial"
# The third field corpus's furniture in the three articles below: never shown to the model, never quoted.
FRAUD_TRIAL_FURNITURE = (
    "Notes to editors",
    "founded in 1962",
    "Media enquiries",
    "Good morning and welcome",
    "That is all from us",
    "We use cookies",
    "Ring road roadworks",
    "Sign up for our Courts newsletter",
    "By Nadia Ferro",
)


@pytest.mark.vcr
def test_third_field_corpus_is_grounded_without_furniture_and_dated_from_its_own_words(
    tmp_path: Path, test_base_url: str, vcr: Any
) -> None:
    """Three articles of the third field corpus (tests/field/fraud-trial: a press release with its notes
    to editors, a live-updates page with its furniture, a follow-up with a listing, a handover and a
    fiscal quarter's neighbours) with the model's recorded replies: what the code guarantees, not the
    model's choices."""
    names = ["02_press_release.md", "04_live_verdict.html", "06_followup_sentenced.txt"]
    timeline = _build_field_articles(FRAUD_TRIAL, names, FRAUD_TRIAL_FURNITURE, tmp_path, test_base_url, vcr)
    published = {document.id: document.published for document in timeline.documents}
    assert published["04_live_verdict.html"].value == "2025-11-21"  # the page's own metadata
    assert published["02_press_release.md"].value == "2025-10-16"  # its front matter
    for event in timeline.events:
        quote = " ".join(source.quote for source in event.sources)
        # what is listed or handed over lies ahead of the article, never back
        if "to be heard from 3 to 5 March" in quote:
            assert (event.date.value, event.kind.value) == ("2026-03-03", "expected")
        if "takes over on January 5" in quote:
            assert (event.date.value, event.kind.value) == ("2026-01-05", "expected")
        if "set sentencing for Friday, December 12" in quote:
            assert (event.date.value, event.kind.value) == ("2025-12-12", "expected")
        if "Thursday, December 18" in quote:
            assert event.date.value == "2025-12-18"


MEASLES = Path(__file__).resolve().parent / "field" / "measles"
# The fourth field corpus's furniture in the three articles below: never shown to the model, never quoted.
MEASLES_FURNITURE = ("By Clara Ridley",)


@pytest.mark.vcr
def test_fourth_field_corpus_is_grounded_without_furniture_and_dated_from_its_own_words(
    tmp_path: Path, test_base_url: str, vcr: Any
) -> None:
    """Three articles of the fourth field corpus (tests/field/measles: a PDF printed by a browser and a
    Word file, each with its date alone under its headline, and a follow-up with "on the 22nd" and "the
    last week of March") with the model's recorded replies: what the code guarantees, not the model's
    choices."""
    names = ["04_modelling_forecast.pdf", "05_minister_resigns.docx", "06_followup_revised.txt"]
    timeline = _build_field_articles(MEASLES, names, MEASLES_FURNITURE, tmp_path, test_base_url, vcr)
    published = {document.id: document.published for document in timeline.documents}
    assert published["04_modelling_forecast.pdf"].value == "2025-03-14"  # the line under its headline
    assert published["05_minister_resigns.docx"].value == "2025-03-18"  # ditto, in the Word file
    assert published["06_followup_revised.txt"].value == "2025-04-09"  # its sidecar
    for event in timeline.events:
        quote = " ".join(source.quote for source in event.sources)
        if "lifted on the 22nd" in quote:
            assert (event.date.value, event.kind.value) == ("2025-04-22", "expected")
        if "the last week of March" in quote:
            assert event.date.value == "2025-03"
        if "updated forecast on 28 March" in quote:
            assert (event.date.value, event.kind.value) == ("2025-03-28", "expected")
        if "reached 702 on Monday" in quote:
            assert event.date.value == "2025-03-17"
        if "resigned as Varnia's health minister on Tuesday" in quote:
            assert (event.date.value, event.kind.value) == ("2025-03-18", "happened")
