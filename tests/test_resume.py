"""Nothing is lost: results are stored per chunk as soon as they exist, a killed run resumes, the
output file is replaced atomically, and a warm rerun makes no model call.

The model here is a stub (no HTTP): these tests are about the pipeline's bookkeeping.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from timeline.cache import ResultCache
from timeline.cli import main
from timeline.errors import ProviderError
from timeline.extraction import WireEvent, WireKind, WireReply
from timeline.llm import Completion
from timeline.models import Usage
from timeline.pipeline import Builder, BuildSettings
from timeline.prompts import PromptLibrary

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class StubModel:
    """Answers with the first four words of the article's first paragraph; can fail on call N."""

    label = "stub/stub"

    def __init__(self, fail_on_call: int | None = None) -> None:
        self.calls = 0
        self.fail_on_call = fail_on_call
        self.prompts: list[str] = []  # the user message of each request

    def complete(
        self, messages: list[dict[str, str]], response_model: type[Any], **_: Any
    ) -> Completion[Any]:
        self.calls += 1
        self.prompts.append(messages[1]["content"])
        if self.fail_on_call == self.calls:
            raise ProviderError("stub: server gone")
        first_paragraph = messages[1]["content"].splitlines()[1]
        event = WireEvent(
            q=" ".join(first_paragraph.split()[:4]), t="First reported event", k=WireKind.happened
        )
        return Completion(WireReply(events=[event]), Usage(prompt_tokens=10, completion_tokens=5, requests=1))


def _settings(cache: Path) -> BuildSettings:
    # one request per part, so that the counts below are the cache's: a second look, of the dated
    # sentences the stub's one event leaves uncited, is tested in test_second_look.py
    return BuildSettings("stub", "stub", {"model": "stub"}, 100, cache=ResultCache(cache), second_look=False)


def test_a_killed_run_resumes_with_only_the_unfinished_documents(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    cache = tmp_path / "cache"
    with pytest.raises(ProviderError):
        Builder(StubModel(fail_on_call=3), PromptLibrary(), _settings(cache)).build([docs])
    resumed = StubModel()
    timeline = Builder(resumed, PromptLibrary(), _settings(cache)).build([docs])
    # Seeds 000 and 001 were stored before the failure; 002, 003 (two chunks) and 004 remain.
    assert resumed.calls == 4
    assert timeline.summary.documents == 5 and timeline.summary.documents_failed == 0
    assert timeline.provenance.usage.cached_documents == 2


def test_a_warm_rerun_makes_no_model_call_and_gives_the_same_ids(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = Builder(StubModel(), PromptLibrary(), _settings(cache)).build([SEEDS])
    silent = StubModel(fail_on_call=1)
    again = Builder(silent, PromptLibrary(), _settings(cache)).build([SEEDS])
    assert silent.calls == 0
    assert [e.id for e in again.events] == [e.id for e in first.events]
    assert again.provenance.usage.prompt_tokens == 0


def test_changing_one_document_re_extracts_only_that_document(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    cache = tmp_path / "cache"
    Builder(StubModel(), PromptLibrary(), _settings(cache)).build([docs])
    changed = docs / "002_305273ed8ae84061.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nA new closing sentence was added.\n", encoding="utf-8"
    )
    counting = StubModel()
    Builder(counting, PromptLibrary(), _settings(cache)).build([docs])
    assert counting.calls == 1


def test_an_interrupted_build_never_truncates_the_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "timeline.json"
    output.write_text('{"previous": "good timeline"}\n', encoding="utf-8")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("timeline.providers.LazyModel.complete", interrupted)
    code = main(["build", str(SEEDS / "000_05bc1de49be1dc5d.txt"), "-o", str(output), "--quiet"])
    assert code == 130
    assert output.read_text(encoding="utf-8") == '{"previous": "good timeline"}\n'
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".timeline.json")] == []


class TruncatingModel(StubModel):
    """Raises the token-limit error once, then answers: the pipeline must not resend unchanged."""

    def __init__(self) -> None:
        super().__init__()
        self.limits: list[int] = []

    def complete(
        self, messages: list[dict[str, str]], response_model: type[Any], **kwargs: Any
    ) -> Completion[Any]:
        from timeline.errors import OutputTruncatedError

        self.limits.append(kwargs["max_tokens"])
        if len(self.limits) == 1:
            raise OutputTruncatedError(
                "stub: hit max_tokens", usage=Usage(prompt_tokens=10, completion_tokens=100)
            )
        return super().complete(messages, response_model, **kwargs)


def test_a_truncated_reply_is_retried_once_with_a_larger_limit_never_unchanged(tmp_path: Path) -> None:
    model = TruncatingModel()
    timeline = Builder(model, PromptLibrary(), _settings(tmp_path / "cache")).build(
        [SEEDS / "000_05bc1de49be1dc5d.txt"]
    )
    assert model.limits == [100, 200]
    assert timeline.summary.documents_failed == 0
    assert timeline.provenance.usage.completion_tokens == 100 + 5  # the cut-off reply is counted too
    assert timeline.provenance.usage.truncated_replies == 1


def test_a_cut_off_reply_is_counted_in_its_document_s_report(tmp_path: Path) -> None:
    """The progress line and the benchmark's row left it out (only the run's total had it)."""
    settings = _settings(tmp_path / "cache")
    timeline = Builder(TruncatingModel(), PromptLibrary(), settings).build(
        [SEEDS / "000_05bc1de49be1dc5d.txt"]
    )
    (report,) = settings.reports
    assert (report.usage.completion_tokens, report.usage.requests, report.usage.truncated_replies) == (
        105,
        1,
        1,
    )
    assert timeline.provenance.usage.completion_tokens == 105


def test_a_reply_cut_off_twice_fails_its_document_counting_both(tmp_path: Path) -> None:
    from timeline.errors import OutputTruncatedError

    class AlwaysCut(StubModel):
        def complete(
            self, messages: list[dict[str, str]], response_model: type[Any], **_: Any
        ) -> Completion[Any]:
            raise OutputTruncatedError("stub: hit max_tokens", usage=Usage(completion_tokens=100, requests=1))

    settings = _settings(tmp_path / "cache")
    timeline = Builder(AlwaysCut(), PromptLibrary(), settings).build([SEEDS / "000_05bc1de49be1dc5d.txt"])
    (report,) = settings.reports
    assert report.error is not None
    assert (report.usage.completion_tokens, report.usage.requests) == (200, 2)
    usage = timeline.provenance.usage
    assert (usage.completion_tokens, usage.requests, usage.truncated_replies) == (200, 2, 1)


def test_a_cache_that_cannot_be_written_costs_the_cache_not_the_run(tmp_path: Path) -> None:
    """The replies are paid for: the run finishes with them and says why a rerun will ask again."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    model = StubModel()
    timeline = Builder(model, PromptLibrary(), _settings(blocker / "cache")).build([SEEDS])
    assert timeline.summary.documents_failed == 0 and timeline.events
    assert model.calls == 6  # five seeds, one in two parts: each asked once, none again
    (problem,) = [p for p in timeline.problems if p.kind == "cache_unwritable"]
    assert "set TIMELINE_CACHE_DIR to a writable folder" in problem.message


class RefusingModel(StubModel):
    """Refuses the request of a chosen call (HTTP 400 as the provider reports it: an ExtractionError)."""

    def __init__(self, refuse_calls: set[int]) -> None:
        super().__init__()
        self.refuse_calls = refuse_calls

    def complete(
        self, messages: list[dict[str, str]], response_model: type[Any], **kw: Any
    ) -> Completion[Any]:
        from timeline.errors import ExtractionError

        self.calls += 1
        if self.calls in self.refuse_calls:
            raise ExtractionError(
                "stub: HTTP 400, the server refused this document's request", usage=Usage(requests=1)
            )
        self.calls -= 1
        return super().complete(messages, response_model, **kw)


def test_a_document_whose_request_is_refused_fails_alone(tmp_path: Path) -> None:
    """It stopped the run, and every rerun: one document too long for the model's context."""
    model = RefusingModel(refuse_calls={2})
    timeline = Builder(model, PromptLibrary(), _settings(tmp_path / "cache")).build([SEEDS])
    assert (timeline.summary.documents, timeline.summary.documents_failed) == (5, 1)
    assert model.calls == 6
    (problem,) = [p for p in timeline.problems if p.kind == "extraction_failed"]
    assert "001_" in problem.message and "HTTP 400" in problem.message


def test_a_failed_part_keeps_the_other_parts_and_their_tokens(tmp_path: Path) -> None:
    """Seed 003 is two parts: the first part's events and tokens stay when the second fails."""
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(next(SEEDS.glob("003_*.txt")), docs)
    model = RefusingModel(refuse_calls={2})
    timeline = Builder(model, PromptLibrary(), _settings(tmp_path / "cache")).build([docs])
    assert timeline.summary.documents_failed == 1
    assert timeline.events  # the first part's event
    assert timeline.provenance.usage.requests == 2  # both requests counted
    (problem,) = [p for p in timeline.problems if p.kind == "extraction_failed"]
    assert "(part 2 of 2; the other parts' events are kept)" in problem.message


def test_after_a_failed_cache_write_the_cache_is_still_read(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Builder(StubModel(), PromptLibrary(), _settings(cache)).build([SEEDS])  # fills it
    settings = _settings(cache)
    assert settings.cache is not None

    def put(*args: object) -> None:
        raise OSError(30, "Read-only file system")

    settings.cache.put = put  # type: ignore[method-assign]
    first = next(iter(sorted(cache.rglob("*.json"))))
    first.unlink()  # one document is not cached: its write fails
    model = StubModel()
    timeline = Builder(model, PromptLibrary(), settings).build([SEEDS])
    assert model.calls == 1  # only the missing one; the other documents are read from the cache
    assert [p.kind for p in timeline.problems if p.kind == "cache_unwritable"] == ["cache_unwritable"]


def test_a_file_name_that_is_not_utf8_is_read_and_the_timeline_can_be_written(tmp_path: Path) -> None:
    """A Latin-1 file name came from the OS with a lone surrogate, which the JSON output could not
    encode: the build failed after every model call. Its bytes are now shown escaped, and said so."""
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "002_305273ed8ae84061.txt", os.fsdecode(bytes(docs) + b"/caf\xe9.txt"))
    timeline = Builder(StubModel(), PromptLibrary(), _settings(tmp_path / "cache")).build([docs])
    written = json.loads(timeline.model_dump_json())
    assert [d["id"] for d in written["documents"]] == ["caf\\xe9.txt"]
    assert written["events"] and written["events"][0]["sources"][0]["document"] == "caf\\xe9.txt"
    assert [(p["kind"], p["document"]) for p in written["problems"]] == [
        ("file_name", str(docs / "caf\\xe9.txt"))
    ]


FRENCH = (
    "La Douma russe a ratifié jeudi 24 octobre le traité de partenariat stratégique entre Moscou et "
    "Pyongyang, qui prévoit une assistance mutuelle en cas d'agression. Selon les services de "
    "renseignement sud-coréens, plusieurs milliers de soldats nord-coréens sont déjà en Russie, où ils "
    "suivent un entraînement avant d'être déployés sur le front en Ukraine. Le Kremlin n'a pas "
    "confirmé ces informations, mais n'a pas non plus démenti.\n"
)


def test_an_article_not_in_english_is_named_with_what_its_reading_lacks(tmp_path: Path) -> None:
    """A French article came out with every event undated or dated by a bare year and every kind
    'happened', and nothing said why: dates and kinds are read by English rules."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "duma-fr.txt").write_text(FRENCH, encoding="utf-8")
    shutil.copy(SEEDS / "002_305273ed8ae84061.txt", docs)
    timeline = Builder(StubModel(), PromptLibrary(), _settings(tmp_path / "cache")).build([docs])
    language = [p for p in timeline.problems if p.kind == "language"]
    assert [p.document for p in language] == ["duma-fr.txt"]
    assert language[0].message.startswith(
        "duma-fr.txt: does not read as English (0% of its words are English function words)"
    )
    assert timeline.summary.documents_failed == 0  # a notice, not a failure


# --- what the cache key covers: the request sent, nothing else ---------------------------------------------


def _warm_cache(tmp_path: Path) -> Path:
    cache = tmp_path / "cache"
    model = StubModel()
    Builder(model, PromptLibrary(), _settings(cache)).build([SEEDS])
    assert model.calls == 6  # five seeds, 003 in two parts
    return cache


def test_an_edited_prompt_template_re_extracts_every_document(tmp_path: Path) -> None:
    cache = _warm_cache(tmp_path)
    prompts = tmp_path / "prompts"
    shutil.copytree(PromptLibrary().folder, prompts)
    system = prompts / "extract_events.system.j2"
    system.write_text(system.read_text(encoding="utf-8") + "\nKeep headlines short.\n", encoding="utf-8")
    model = StubModel()
    Builder(model, PromptLibrary(prompts), _settings(cache)).build([SEEDS])
    assert model.calls == 6


@pytest.mark.parametrize(
    ("sampling", "calls"),
    [
        ({"model": "stub"}, 0),
        ({"model": "other"}, 6),
        ({"model": "stub", "temperature": 0.7}, 6),
        ({"model": "stub", "seed": 1}, 6),
        ({"model": "stub", "base_url": "http://gpu.lan:8000/v1"}, 6),
    ],
    ids=["same", "model", "temperature", "seed", "server"],
)
def test_a_sampling_change_re_extracts_every_document(
    tmp_path: Path, sampling: dict[str, object], calls: int
) -> None:
    cache = _warm_cache(tmp_path)
    model = StubModel()
    settings = BuildSettings("stub", "stub", sampling, 100, cache=ResultCache(cache), second_look=False)
    Builder(model, PromptLibrary(), settings).build([SEEDS])
    assert model.calls == calls


def test_what_does_not_change_the_request_is_read_from_the_cache_and_processed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A larger reply limit and a publication date given on the command line send the same request;
    grounding, dates and merging run again on the cached replies (so improving them costs no call)."""
    from timeline import pipeline
    from timeline.dates import parse_document_date
    from timeline.models import DocumentDateSource

    cache = _warm_cache(tmp_path)
    grounded: list[str] = []
    real_ground = pipeline.ground

    def counting_ground(doc_id: str, *args: Any) -> Any:
        grounded.append(doc_id)
        return real_ground(doc_id, *args)

    monkeypatch.setattr(pipeline, "ground", counting_ground)
    model = StubModel(fail_on_call=1)
    published = parse_document_date("2020-01-01", DocumentDateSource.cli)
    settings = BuildSettings(
        "stub",
        "stub",
        {"model": "stub"},
        4000,
        published=published,
        cache=ResultCache(cache),
        second_look=False,
    )
    timeline = Builder(model, PromptLibrary(), settings).build([SEEDS])
    assert model.calls == 0 and timeline.provenance.usage.cached_documents == 5
    assert len(grounded) == 6  # every part of every document grounded again
    assert {d.published.value for d in timeline.documents} == {"2020-01-01"}


def test_a_cleaning_change_re_extracts_only_the_documents_whose_text_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cleaning decides the text the model is sent: a new rule that removes one more sentence of seed
    001 (only) asks again for seed 001 alone."""
    from timeline import pipeline

    cache = _warm_cache(tmp_path)
    real_clean = pipeline.clean

    def stricter_clean(text: str, title: str | None) -> Any:
        cleaned = real_clean(text, title)
        kept = [s for s in cleaned.sentences if "El País" not in s.text]  # a sentence of seed 001's
        return replace(cleaned, sentences=kept)

    monkeypatch.setattr(pipeline, "clean", stricter_clean)
    model = StubModel()
    Builder(model, PromptLibrary(), _settings(cache)).build([SEEDS])
    assert model.calls == 1


def test_smaller_parts_are_new_requests(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parts a long article is sent in are requests of their own: in parts of 1,500 characters
    every seed is split anew (each into more parts than the cache holds), and each part is asked."""
    from timeline import extraction, pipeline
    from timeline.cleaning import clean
    from timeline.documents import load_document

    def smaller(cleaned: Any) -> Any:
        return extraction.chunks(cleaned, max_chars=1500)

    cache = _warm_cache(tmp_path)
    cleaned = [clean(d.text, d.info.title) for d in map(load_document, sorted(SEEDS.glob("*.txt")))]
    assert all(len(smaller(c)) > len(extraction.chunks(c)) for c in cleaned)  # no part is cached
    monkeypatch.setattr(pipeline, "chunks", smaller)
    model = StubModel()
    Builder(model, PromptLibrary(), _settings(cache)).build([SEEDS])
    assert model.calls == sum(len(smaller(c)) for c in cleaned) >= 10


def test_ctrl_c_mid_run_keeps_the_finished_documents_and_the_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line end to end: exit 130, -o as it was, and the same command asks only for the rest."""
    from timeline.providers import LazyModel

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    output = tmp_path / "timeline.json"
    output.write_text('{"previous": "good timeline"}\n', encoding="utf-8")
    interrupted = StubModel()

    def complete(self: LazyModel, messages: list[dict[str, str]], *args: Any, **kwargs: Any) -> Any:
        if interrupted.calls == 2:  # the third request: Ctrl-C
            raise KeyboardInterrupt
        return interrupted.complete(messages, *args, **kwargs)

    monkeypatch.setattr(LazyModel, "complete", complete)
    assert main(["build", str(SEEDS), "-o", str(output), "-q"]) == 130
    assert output.read_text(encoding="utf-8") == '{"previous": "good timeline"}\n'
    resumed = StubModel()
    monkeypatch.setattr(LazyModel, "complete", lambda self, *a, **k: resumed.complete(*a, **k))
    assert main(["build", str(SEEDS), "-o", str(output), "-q"]) == 0
    # every request of a whole run but the two answered before Ctrl-C (a document's second look, of the
    # dated sentences its reply does not cite, counts as one of its requests)
    whole = StubModel()
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "empty cache"))
    monkeypatch.setattr(LazyModel, "complete", lambda self, *a, **k: whole.complete(*a, **k))
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "whole.json"), "-q"]) == 0
    assert resumed.calls == whole.calls - 2 > 0
    # 000's reply and its second look were both answered: that document alone came from the cache
    assert json.loads(output.read_text(encoding="utf-8"))["provenance"]["usage"]["cached_documents"] == 1


def test_the_summary_counts_the_sentences_not_shown_as_analysis(tmp_path: Path) -> None:
    """What the model was not shown is counted, so a reader knows what the timeline could not hold:
    a question and the writer's reading of an event are left out of the prompt, and the summary says how
    many (as it does for page furniture)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "Parliament ratified the treaty on Thursday. The vote is a blow to the opposition. "
        "Will the treaty survive the courts?\n",
        encoding="utf-8",
    )
    model = StubModel()
    timeline = Builder(model, PromptLibrary(), _settings(tmp_path / "cache")).build([docs])
    assert timeline.summary.analysis_sentences_hidden == 2
    assert "blow" not in model.prompts[0] and "survive" not in model.prompts[0]


def test_a_file_deleted_during_the_run_is_said_to_have_disappeared(tmp_path: Path) -> None:
    """The message was "not found: check the path", of a path that was right when the run began."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "b.txt"):
        (docs / name).write_text("The court ruled on 4 March 2024 that the merger may proceed.\n")
    settings = _settings(tmp_path / "cache")
    # the first document's progress line comes before the second is read: remove the second then
    settings.on_document = lambda done, total, report: (docs / "b.txt").unlink(missing_ok=True)
    timeline = Builder(StubModel(), PromptLibrary(), settings).build([docs])
    assert timeline.summary.documents_failed == 1
    (problem,) = [p for p in timeline.problems if p.kind == "unreadable"]
    assert problem.message == (
        f"{docs / 'b.txt'}: disappeared during the run (deleted or moved after the inputs were listed), so "
        "it was not read: put it back and run the same command again"
    )


FRENCH_WITH_A_TARGET = (
    "Le Sénat a adopté le 24 octobre 2024 le projet de loi sur les retraites, par 195 voix contre 112. "
    "Le texte prévoit un relèvement progressif de l'âge légal de départ à 64 ans d'ici au 1er janvier "
    "2030. Les syndicats ont appelé à une nouvelle journée de grève, et le Conseil constitutionnel doit "
    "se prononcer avant la fin de l'année, selon le gouvernement.\n"
)


def test_a_document_not_in_english_says_so_in_its_entry_and_the_summary(tmp_path: Path) -> None:
    """The notice was a problem only: documents[] and the summary read as if every article had been
    read, and a French article of October 2024 was estimated to be of 2030 (its target year, which the
    English rules cannot tell from the year of its events). Its date is now unknown, and said so."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "retraites-fr.txt").write_text(FRENCH_WITH_A_TARGET, encoding="utf-8")
    shutil.copy(SEEDS / "002_305273ed8ae84061.txt", docs)
    timeline = Builder(StubModel(), PromptLibrary(), _settings(tmp_path / "cache")).build([docs])
    by_id = {d.id: d for d in timeline.documents}
    french, english = by_id["retraites-fr.txt"], by_id["002_305273ed8ae84061.txt"]
    assert french.language.english is False and french.language.english_share == 0.0
    assert french.language.not_read == ["dates", "kinds", "actors", "analysis", "publication_date"]
    assert french.published.value is None and french.published.source.value == "unknown"
    assert english.language.english is True and english.language.not_read == []
    assert english.published.value is not None  # an English article is still estimated
    assert timeline.summary.documents_not_english == 1
    (language,) = [p for p in timeline.problems if p.kind == "language"]
    assert "its publication date is not estimated from its years" in language.message


def test_a_document_too_short_to_tell_is_neither_english_nor_not() -> None:
    from timeline.cleaning import clean
    from timeline.pipeline import _language

    language = _language(clean("Le Sénat a adopté le projet de loi.\n", None))
    assert (language.english, language.english_share, language.not_read) == (None, None, [])
