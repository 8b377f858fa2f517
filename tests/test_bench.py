"""The benchmark's token-time accounting (scripts/bench.py): the figure the speed targets rest on."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

_PATH = Path(__file__).resolve().parents[1] / "scripts" / "bench.py"

# Three llama_perf blocks as the server writes them; the first is the under-timed one seen on
# 2026-11-22 (528 tokens "in" 360 ms right after start), the others are ordinary.
LOG = """
llama_perf_context_print: prompt eval time =     359.92 ms /   528 tokens (    0.68 ms per token,  1466.98 tokens per second)
llama_perf_context_print:        eval time =   14925.49 ms /   138 runs   (  108.16 ms per token,     9.25 tokens per second)
llama_perf_context_print:       total time =   25913.00 ms /   666 tokens
llama_perf_context_print: prompt eval time =   16000.00 ms /   600 tokens (   26.67 ms per token,    37.50 tokens per second)
llama_perf_context_print:        eval time =   10000.00 ms /   100 runs   (  100.00 ms per token,    10.00 tokens per second)
llama_perf_context_print:       total time =   26100.00 ms /   700 tokens
llama_perf_context_print: prompt eval time =    8000.00 ms /   400 tokens (   20.00 ms per token,    50.00 tokens per second)
llama_perf_context_print:        eval time =    5000.00 ms /    62 runs   (   80.65 ms per token,    12.40 tokens per second)
llama_perf_context_print:       total time =   13100.00 ms /   462 tokens
llama_perf_context_print: prompt eval time =       0.00 ms /     1 tokens (    0.00 ms per token,      inf tokens per second)
llama_perf_context_print:        eval time =    3000.00 ms /    30 runs   (  100.00 ms per token,    10.00 tokens per second)
llama_perf_context_print:       total time =    3010.00 ms /    31 tokens
"""  # noqa: E501


@pytest.fixture(scope="module")
def bench() -> Any:
    spec = importlib.util.spec_from_file_location("timeline_bench", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["timeline_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_server_perf_reads_every_request(bench: Any) -> None:
    perf = bench.server_perf(LOG)
    assert [(p["prompt_eval_tokens"], p["gen_tokens"]) for p in perf] == [
        (528, 138),
        (600, 100),
        (400, 62),
        (1, 30),
    ]


def test_an_under_timed_prompt_is_costed_at_the_speed_of_the_others(bench: Any) -> None:
    costed = bench.token_seconds(bench.server_perf(LOG))
    assert costed["under_timed_requests"] == 1  # the prefix-cache hit (1 token, 0 ms) is not one
    assert costed["prompt_tokens_per_s"] == pytest.approx(1000 / 24)  # (600 + 400) tokens in 24 s
    assert costed["gen_tokens_per_s"] == pytest.approx(330 / 32.92549)
    expected = 1529 / (1000 / 24) + 32.92549
    assert costed["token_time_s"] == pytest.approx(expected)
    assert costed["token_time_s"] > costed["server_reported_ms_s"]  # the missing prompt time is back


def test_an_ordinary_run_is_costed_at_its_reported_times(bench: Any) -> None:
    perf = bench.server_perf(LOG)[1:]
    costed = bench.token_seconds(perf)
    assert costed["under_timed_requests"] == 0
    # Equal but for the prefix-cache hit's one token, reported as 0 ms and costed at 1/41.7 s.
    assert costed["token_time_s"] == pytest.approx(costed["server_reported_ms_s"] + 0.024, abs=1e-3)


def test_the_benchmark_records_the_seeds_as_a_relative_path(
    bench: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its timeline becomes docs/seeds-timeline.json: an absolute path there (it was
    /tmp/x/benchfinal2/seeds/...) names a folder no other checkout has, so the viewer lost the articles."""
    monkeypatch.chdir(tmp_path)
    assert bench.as_given(str(tmp_path / "seeds")) == Path("seeds")
    assert bench.as_given("seeds") == Path("seeds")
    elsewhere = tmp_path.parent / "other" / "seeds"
    assert bench.as_given(str(elsewhere)) == elsewhere  # outside the current folder: as given


def test_the_committed_seeds_timeline_names_its_articles_relative_to_the_repository() -> None:
    """`timeline export docs/seeds-timeline.json` from a checkout shows each quote in its article."""
    repo = _PATH.parents[1]
    timeline = json.loads((repo / "docs" / "seeds-timeline.json").read_text(encoding="utf-8"))
    for document in timeline["documents"]:
        assert not Path(document["path"]).is_absolute(), document["path"]
        assert (repo / document["path"]).is_file(), document["path"]
