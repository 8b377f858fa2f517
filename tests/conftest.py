"""Test harness: offline replay of real recordings, scrubbed, readable, and strict.

* Real network is blocked (`--block-network` in pyproject addopts); replay is the default
  (`--record-mode=none`). Recording is `make record` (see README), never a config default,
  because `record_mode` in `vcr_config` would override `--record-mode=none`.
* Requests match on method, path and the JSON body compared as data (key order ignored), so a
  prompt edit cannot replay an old answer: the miss says to re-record and review the diff.
* Cassettes are scrubbed both ways: only `content-type` survives in request and response
  headers, the server's host is normalised to `llm.test`, bodies are stored decompressed and
  pretty-printed as JSON so a review shows the prompt and the answer.
* A test fails when its cassette has interactions it never played.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
NORMALISED_HOST = "llm.test"
# Where tests send requests. Replay ignores the host; `make record` points this at a real server.
TEST_BASE_URL = os.environ.get("TIMELINE_TEST_BASE_URL", f"http://{NORMALISED_HOST}/v1")
KEPT_HEADERS = frozenset({"content-type"})

RERECORD_HINT = (
    "the request differs from the recorded one (a prompt, schema or setting changed): "
    "re-record with `make record` and review the cassette diff"
)


def _json_or_none(body: Any) -> Any:
    if body is None:
        return None
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    try:
        return json.loads(body)
    except (TypeError, ValueError):
        return None


def json_body_matcher(recorded: Any, incoming: Any) -> None:
    """Bodies equal as JSON data (dict order ignored); raw bytes otherwise."""
    left, right = _json_or_none(recorded.body), _json_or_none(incoming.body)
    if left is None or right is None:
        assert recorded.body == incoming.body, RERECORD_HINT
        return
    assert left == right, RERECORD_HINT


def _normalise_url(uri: str) -> str:
    parts = urlsplit(uri)
    return urlunsplit((parts.scheme, NORMALISED_HOST, parts.path, parts.query, ""))


def scrub_request(request: Any) -> Any:
    request.headers = {k: v for k, v in request.headers.items() if k.lower() in KEPT_HEADERS}
    request.uri = _normalise_url(request.uri)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {k: v for k, v in response.get("headers", {}).items() if k.lower() in KEPT_HEADERS}
    return response


class _BlockStyleDumper(yaml.SafeDumper):
    """Multi-line strings (prompts) as YAML literal blocks, so a prompt diff reads like the prompt."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = (
        "|" if "\n" in value and not any(c in value for c in "\r\t") and value == value.rstrip(" ") else None
    )
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockStyleDumper.add_representer(str, _represent_str)


class ReadableJsonSerializer:
    """YAML cassettes whose JSON bodies are stored as structured YAML (diffable), not one long line."""

    @staticmethod
    def serialize(cassette_dict: dict[str, Any]) -> str:
        for interaction in cassette_dict.get("interactions", []):
            for side in ("request", "response"):
                body = interaction[side].get("body")
                raw = body.get("string") if isinstance(body, dict) else body
                parsed = _json_or_none(raw)
                if parsed is not None:
                    interaction[side]["body"] = {"json": parsed}
        return yaml.dump(
            cassette_dict, Dumper=_BlockStyleDumper, allow_unicode=True, sort_keys=False, width=100
        )

    @staticmethod
    def deserialize(cassette_string: str) -> dict[str, Any]:
        data: dict[str, Any] = yaml.safe_load(cassette_string)
        for interaction in data.get("interactions", []):
            request_body = interaction["request"].get("body")
            if isinstance(request_body, dict) and "json" in request_body:
                interaction["request"]["body"] = json.dumps(request_body["json"])
            response_body = interaction["response"].get("body")
            if isinstance(response_body, dict) and "json" in response_body:
                interaction["response"]["body"] = {"string": json.dumps(response_body["json"])}
        return data


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    # Registered under the name "yaml" so cassettes keep the .yaml extension pytest-recording gives them.
    vcr.register_serializer("yaml", ReadableJsonSerializer)
    vcr.register_matcher("json_body", json_body_matcher)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "serializer": "yaml",
        "match_on": ["method", "path", "json_body"],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / Path(str(request.node.fspath)).stem)


@pytest.fixture(autouse=True)
def _every_recorded_interaction_played(
    request: pytest.FixtureRequest, vcr: Any, record_mode: str
) -> Iterator[None]:
    yield
    if vcr is not None and record_mode == "none" and not request.node.rep_call_failed:
        unplayed = len(vcr.data) - vcr.play_count
        assert vcr.all_played, (
            f"{unplayed} recorded interaction(s) in {vcr._path} were never played: the code now makes fewer "
            "requests than when it was recorded; re-record with `make record` and review the diff"
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    if call.when == "call":
        item.rep_call_failed = outcome.get_result().failed  # type: ignore[attr-defined]


@pytest.fixture
def test_base_url() -> str:
    return TEST_BASE_URL
