"""Transport retries, dialect rewriting, and the whole openai + instructor stack over a mock server.

Every server reply in this module is a SYNTHETIC protocol fixture built with `httpx2.MockTransport`
(status codes, headers and OpenAI-shaped chat-completion bodies written by hand), not a recording of a
real server and not model output. They exercise the protocol paths (retries, re-asks, truncation,
errors) that a real model cannot be made to produce on demand. No network is used.
"""

from __future__ import annotations

import email.utils
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx2
import pytest

from timeline.config import BUILTIN_PROFILES, Mode, Profile, RetryPolicy
from timeline.errors import ConfigError, ExtractionError, OutputTruncatedError, ProviderError
from timeline.extraction import WireReply
from timeline.models import Usage
from timeline.providers.openai_compatible import InstructorModel, build_http_client
from timeline.providers.transport import ResponseFormatTransport, RetryTransport, retry_after_seconds

BASE_URL = "http://llm.test/v1"
MESSAGES = [{"role": "user", "content": "Seoul confirmed the deployment."}]
NO_WAIT = RetryPolicy(initial_wait_s=0, max_wait_s=0)


class Server:
    """A MockTransport handler that serves `replies` in order (the last one repeats) and counts requests."""

    def __init__(
        self, *replies: httpx2.Response | Exception | Callable[[httpx2.Request], httpx2.Response]
    ) -> None:
        self.replies = replies
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx2.Response):
            return reply(request)
        return httpx2.Response(reply.status_code, headers=reply.headers, content=reply.content)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests]


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def retrying_client(server: Server, policy: RetryPolicy | None = None) -> tuple[httpx2.Client, Sleeps]:
    sleeps = Sleeps()
    transport = RetryTransport(httpx2.MockTransport(server), policy or RetryPolicy(), sleep=sleeps)
    return httpx2.Client(transport=transport), sleeps


# --- RetryTransport -------------------------------------------------------------------------------------


def test_three_503s_make_exactly_three_requests_and_return_the_last() -> None:
    server = Server(httpx2.Response(503, text="busy"))
    client, sleeps = retrying_client(server)
    response = client.get(f"{BASE_URL}/models")
    assert len(server.requests) == 3
    assert response.status_code == 503
    assert response.text == "busy"
    assert len(sleeps) == 2


def test_a_retry_that_succeeds_returns_the_success() -> None:
    server = Server(httpx2.Response(502), httpx2.Response(200, json={"ok": True}))
    client, _ = retrying_client(server)
    response = client.post(f"{BASE_URL}/chat/completions", json={"a": 1})
    assert response.json() == {"ok": True}
    assert len(server.requests) == 2
    assert [r.content for r in server.requests] == [b'{"a":1}', b'{"a":1}']  # body replayed


@pytest.mark.parametrize("status", [408, 409, 425, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried(status: int) -> None:
    server = Server(httpx2.Response(status), httpx2.Response(200))
    client, _ = retrying_client(server)
    assert client.get(f"{BASE_URL}/models").status_code == 200
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    server = Server(httpx2.Response(status))
    client, sleeps = retrying_client(server)
    assert client.get(f"{BASE_URL}/models").status_code == status
    assert len(server.requests) == 1
    assert sleeps == []


def test_retry_after_seconds_is_obeyed() -> None:
    server = Server(httpx2.Response(429, headers={"Retry-After": "2"}), httpx2.Response(200))
    client, sleeps = retrying_client(server)
    assert client.get(f"{BASE_URL}/models").status_code == 200
    assert sleeps == [2.0]


def test_retry_after_ms_is_obeyed() -> None:
    server = Server(httpx2.Response(429, headers={"retry-after-ms": "1500"}), httpx2.Response(200))
    client, sleeps = retrying_client(server)
    client.get(f"{BASE_URL}/models")
    assert sleeps == [1.5]


def test_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    server = Server(httpx2.Response(503, headers={"Retry-After": when}), httpx2.Response(200))
    client, sleeps = retrying_client(server)
    assert client.get(f"{BASE_URL}/models").status_code == 200
    assert len(sleeps) == 1
    assert 8.0 <= sleeps[0] <= 10.0


def test_retry_after_in_the_past_waits_nothing() -> None:
    response = httpx2.Response(503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert retry_after_seconds(response) == 0.0


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "soon"},
        {"Retry-After": "Wed, 99 Foo 2015"},
        {"Retry-After": "nan"},
        {"retry-after-ms": "nan"},
    ],
)
def test_a_malformed_retry_after_is_ignored_and_the_request_retried(headers: dict[str, str]) -> None:
    """It raised inside the wait: one request, and the 429 reported as a connection error."""
    server = Server(httpx2.Response(429, headers=headers), httpx2.Response(200))
    client, sleeps = retrying_client(server, RetryPolicy(initial_wait_s=1, max_wait_s=5))
    assert client.get(f"{BASE_URL}/models").status_code == 200
    assert len(server.requests) == 2
    assert len(sleeps) == 1 and 0 <= sleeps[0] <= 1.0  # the backoff's, as without the header


def test_a_retry_after_date_without_a_zone_is_read_as_gmt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read as local time it was off by the machine's offset from GMT (9 hours in Tokyo)."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        when = email.utils.formatdate(time.time() + 10, usegmt=True).replace("GMT", "-0000")
        waited = retry_after_seconds(httpx2.Response(503, headers={"Retry-After": when}))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert waited is not None and 8.0 <= waited <= 10.0


def test_a_retry_after_longer_than_max_wait_stops_the_retries() -> None:
    """A retry before the time the server asked for is refused again: waiting max_wait_s instead (this
    test once pinned it) sent three requests 5 s apart, all 429, where the server had said 120 s."""
    server = Server(httpx2.Response(429, headers={"Retry-After": "120"}), httpx2.Response(200))
    client, sleeps = retrying_client(server, RetryPolicy(attempts=3, max_wait_s=5))
    assert client.get(f"{BASE_URL}/models").status_code == 429
    assert (len(server.requests), sleeps) == (1, [])


def test_a_retry_after_within_max_wait_is_waited_in_full() -> None:
    server = Server(httpx2.Response(429, headers={"Retry-After": "5"}), httpx2.Response(200))
    client, sleeps = retrying_client(server, RetryPolicy(attempts=3, max_wait_s=5))
    assert client.get(f"{BASE_URL}/models").status_code == 200
    assert sleeps == [5.0]


def test_a_429_asking_for_a_longer_wait_than_max_wait_says_so_and_names_the_setting() -> None:
    """SYNTHETIC: a 429 asking for 120 s, with the profile's max_wait_s 0."""
    server = Server(httpx2.Response(429, headers={"Retry-After": "120"}, json={"error": {"message": "slow"}}))
    with pytest.raises(ProviderError) as caught:
        model_over(server, profile(attempts=3)).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert "the server asked to be asked again in 120 s, longer than max_wait_s = 0" in message
    assert "raise max_wait_s under [profiles.openai-compatible.retry] in timeline.toml" in message
    assert len(server.requests) == 1


def test_backoff_waits_never_exceed_max_wait() -> None:
    server = Server(httpx2.Response(500))
    client, sleeps = retrying_client(server, RetryPolicy(attempts=10, initial_wait_s=1, max_wait_s=2.5))
    client.get(f"{BASE_URL}/models")
    assert len(server.requests) == 10
    assert len(sleeps) == 9
    assert all(0 <= s <= 2.5 for s in sleeps)
    assert 0 <= sleeps[0] <= 1.0  # first backoff ceiling is initial_wait_s


def test_connection_errors_are_retried_then_raised() -> None:
    server = Server(httpx2.ConnectError("connection refused"))
    client, sleeps = retrying_client(server, RetryPolicy(attempts=4))
    with pytest.raises(httpx2.ConnectError, match="connection refused"):
        client.get(f"{BASE_URL}/models")
    assert len(server.requests) == 4
    assert len(sleeps) == 3


def test_connection_error_then_success() -> None:
    server = Server(httpx2.ConnectError("reset"), httpx2.Response(200, text="fine"))
    client, _ = retrying_client(server)
    assert client.get(f"{BASE_URL}/models").text == "fine"
    assert len(server.requests) == 2


def test_a_long_wait_before_a_retry_is_told_without_verbose(monkeypatch: pytest.MonkeyPatch) -> None:
    """SYNTHETIC 429 and 503 replies, and a refused connection. Backoff waits of up to a minute
    passed in silence without -v, like a hung run; one of 5 s or more is told, a shorter one is not."""
    told: list[str] = []
    server = Server(
        httpx2.Response(429, headers={"Retry-After": "20"}),
        httpx2.Response(503, headers={"Retry-After": "2"}),  # short: not told
        httpx2.Response(502),  # backoff, at its ceiling here
        httpx2.ConnectError("connection refused"),
        httpx2.Response(200),
    )
    monkeypatch.setattr("random.uniform", lambda low, high: high)
    policy = RetryPolicy(attempts=5, initial_wait_s=4, max_wait_s=30)
    transport = RetryTransport(httpx2.MockTransport(server), policy, sleep=Sleeps(), tell=told.append)
    assert httpx2.Client(transport=transport).get(f"{BASE_URL}/models").status_code == 200
    assert told == [
        "server busy (429): waiting 20 s as it asked, request 2 of 5",
        "server error (502): waiting 16 s, request 4 of 5",
        "server not answering (ConnectError): waiting 30 s, request 5 of 5",
    ]


def test_the_build_s_progress_hears_of_the_long_waits(tmp_path: Path) -> None:
    """The CLI's progress callback (silent under -q) is what the transport tells."""
    from timeline.providers import LazyModel

    said: list[str] = []
    with LazyModel(profile(), tmp_path, said.append) as lazy:
        transport = lazy._connected()._http._transport  # type: ignore[attr-defined]
        assert isinstance(transport, RetryTransport)
        transport.tell("server busy (429): waiting 20 s as it asked, request 2 of 3")
    assert said == ["server busy (429): waiting 20 s as it asked, request 2 of 3"]


def test_requests_sent_counts_every_attempt() -> None:
    server = Server(httpx2.Response(503), httpx2.Response(200))
    transport = RetryTransport(httpx2.MockTransport(server), NO_WAIT, sleep=Sleeps())
    client = httpx2.Client(transport=transport)
    client.get(f"{BASE_URL}/models")
    client.get(f"{BASE_URL}/models")
    assert transport.requests_sent == 3


# --- ResponseFormatTransport -----------------------------------------------------------------------------

JSON_SCHEMA_FORMAT = {
    "type": "json_schema",
    "json_schema": {"name": "WireReply", "schema": {"type": "object"}},
}


def _chat_request(body: dict[str, Any]) -> httpx2.Request:
    return httpx2.Request("POST", f"{BASE_URL}/chat/completions", json=body)


def test_llama_style_rewrites_json_schema_to_json_object_with_schema() -> None:
    server = Server(httpx2.Response(200, json={"ok": 1}))
    transport = ResponseFormatTransport(httpx2.MockTransport(server), "llama")
    transport.handle_request(_chat_request({"model": "m", "response_format": JSON_SCHEMA_FORMAT}))
    (sent,) = server.bodies()
    assert sent == {"model": "m", "response_format": {"type": "json_object", "schema": {"type": "object"}}}
    assert server.requests[0].headers["content-length"] == str(len(server.requests[0].content))


def test_none_style_removes_the_response_format() -> None:
    server = Server(httpx2.Response(200, json={"ok": 1}))
    transport = ResponseFormatTransport(httpx2.MockTransport(server), "none")
    transport.handle_request(_chat_request({"model": "m", "response_format": JSON_SCHEMA_FORMAT}))
    assert server.bodies() == [{"model": "m"}]


def test_other_requests_pass_through_unchanged() -> None:
    server = Server(httpx2.Response(200))
    transport = ResponseFormatTransport(httpx2.MockTransport(server), "llama")
    body = {"model": "m", "response_format": {"type": "json_object"}}
    transport.handle_request(_chat_request(body))
    transport.handle_request(httpx2.Request("GET", f"{BASE_URL}/models"))
    assert json.loads(server.requests[0].content) == body
    assert server.requests[1].method == "GET"


def chat_completion(content: str, finish_reason: str = "stop") -> dict[str, Any]:
    return {
        "id": "chatcmpl-synthetic",
        "object": "chat.completion",
        "created": 0,
        "model": "local-model",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish_reason}
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


FENCES = ['```json\n{"events": []}\n```', '```\n{"events": []}\n```', ' ```json\n{"events": []}```\n']


@pytest.mark.parametrize("fence", FENCES)
def test_none_style_unwraps_a_fenced_json_reply(fence: str) -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, json=chat_completion(fence), request=request)

    transport = ResponseFormatTransport(httpx2.MockTransport(Server(answer)), "none")
    response = transport.handle_request(_chat_request({"model": "m"}))
    assert response.status_code == 200
    assert json.loads(response.read())["choices"][0]["message"]["content"] == '{"events": []}'


def test_none_style_unwraps_a_fenced_reply_from_a_real_style_transport() -> None:
    server = Server(httpx2.Response(200, json=chat_completion(FENCES[0])))
    transport = ResponseFormatTransport(httpx2.MockTransport(server), "none")
    response = transport.handle_request(_chat_request({"model": "m"}))
    assert json.loads(response.read())["choices"][0]["message"]["content"] == '{"events": []}'


def test_llama_style_leaves_a_fenced_reply_alone() -> None:
    fenced = '```json\n{"events": []}\n```'
    server = Server(httpx2.Response(200, json=chat_completion(fenced)))
    transport = ResponseFormatTransport(httpx2.MockTransport(server), "llama")
    response = transport.handle_request(_chat_request({"model": "m"}))
    assert json.loads(response.read())["choices"][0]["message"]["content"] == fenced


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown response format style"):
        ResponseFormatTransport(httpx2.MockTransport(Server(httpx2.Response(200))), "xml")


# --- the whole stack: openai SDK + instructor + our transports --------------------------------------------


def profile(mode: Mode = Mode.json_schema, attempts: int = 3, max_reasks: int = 1) -> Profile:
    return Profile(
        **{
            **BUILTIN_PROFILES["openai-compatible"],
            "name": "openai-compatible",
            "mode": mode,
            "max_reasks": max_reasks,
            "retry": RetryPolicy(attempts=attempts, initial_wait_s=0, max_wait_s=0),
        }
    )


def model_over(server: Server, prof: Profile) -> InstructorModel:
    return InstructorModel(prof, BASE_URL, build_http_client(prof, inner=httpx2.MockTransport(server)))


@pytest.fixture(autouse=True)
def _no_keys_no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_COMPATIBLE_API_KEY", raising=False)
    monkeypatch.setattr(time, "sleep", lambda _s: None)


@pytest.mark.parametrize("attempts", [1, 3, 5])
def test_server_errors_make_exactly_policy_attempts_requests(attempts: int) -> None:
    server = Server(httpx2.Response(500, json={"error": {"message": "boom"}}))
    model = model_over(server, profile(attempts=attempts))
    # "after retries" only when there were some: with attempts = 1 the one request was all
    said = "HTTP 500 after retries: boom" if attempts > 1 else "HTTP 500: boom"
    with pytest.raises(ProviderError, match=said) as caught:
        model.complete(MESSAGES, WireReply, max_tokens=50)
    assert len(server.requests) == attempts
    assert caught.value.exit_code == 3


def test_each_retry_is_logged_for_verbose_runs(caplog: pytest.LogCaptureFixture) -> None:
    """SYNTHETIC 429 (Retry-After) twice, then a reply. `-v` showed one "HTTP Request: POST ... 429"
    line and instructor's "Total attempts: 1" for three requests and the waits between them."""
    limited = httpx2.Response(429, headers={"retry-after": "0.5"}, json={"error": {"message": "slow down"}})
    server = Server(limited, limited, httpx2.Response(200, json=chat_completion('{"events": []}')))
    prof = profile(attempts=3)
    prof = prof.model_copy(update={"retry": prof.retry.model_copy(update={"max_wait_s": 5})})
    with caplog.at_level("INFO", logger="timeline.providers.transport"):
        model_over(server, prof).complete(MESSAGES, WireReply, max_tokens=50)
    lines = [r.getMessage() for r in caplog.records if r.name == "timeline.providers.transport"]
    assert lines == [
        "HTTP 429 (request 1 of at most 3): asking again in 0.5 s, as the server asked",
        "HTTP 429 (request 2 of at most 3): asking again in 0.5 s, as the server asked",
    ]


# Synthetic: the body llama-cpp-python 0.3.36's server sent (HTTP 500) to response_format
# {"type": "json_schema"} when the openai-compatible profile was pointed at it, shortened.
REFUSED_RESPONSE_FORMAT = {
    "error": {
        "message": "1 validation error:\n  {'type': 'literal_error', "
        "'loc': ('body', 'response_format', 'type'), "
        "'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema'}"
    }
}


def test_a_server_refusing_the_response_format_is_a_config_error_naming_the_mode_to_set() -> None:
    server = Server(httpx2.Response(500, json=REFUSED_RESPONSE_FORMAT))
    with pytest.raises(ConfigError) as caught:
        model_over(server, profile(attempts=2)).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert "refused the structured-output request of mode 'json_schema' (HTTP 500" in message
    assert 'set mode = "llama_json_schema" (a llama.cpp server), "json" (a server that takes ' in message
    assert "it said: 1 validation error: {'type': 'literal_error'" in message
    assert "[profiles.openai-compatible] in timeline.toml" in message
    assert caught.value.exit_code == 2
    assert len(server.requests) == 2  # a 500 is still retried: the transport cannot know it is final


def test_a_server_refusing_json_object_is_offered_the_other_modes_not_the_refused_one() -> None:
    """SYNTHETIC: LM Studio's HTTP 400 to response_format {"type": "json_object"} (mode json), as public
    issue threads quote it (lmstudio-ai/lmstudio-bug-tracker#189). The message offered "json" again."""
    refusal = {"error": "'response_format.type' must be 'json_schema' or 'text'"}
    server = Server(httpx2.Response(400, json=refusal))
    with pytest.raises(ConfigError) as caught:
        model_over(server, profile(Mode.json)).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert "it said: 'response_format.type' must be 'json_schema' or 'text'" in message
    assert (
        'set mode = "llama_json_schema" (a llama.cpp server), "json_schema" (LM Studio, vLLM, Ollama) or '
        '"prompt_json" (any server), under [profiles.openai-compatible]'
    ) in message
    assert '"json" (' not in message
    assert len(server.requests) == 1


def test_a_500_naming_response_format_in_a_mode_without_one_stays_a_provider_error() -> None:
    server = Server(httpx2.Response(500, json=REFUSED_RESPONSE_FORMAT))
    with pytest.raises(ProviderError, match="HTTP 500 after retries"):
        model_over(server, profile(Mode.prompt_json, attempts=2)).complete(MESSAGES, WireReply, max_tokens=50)


def test_connection_refused_makes_policy_attempts_requests() -> None:
    server = Server(httpx2.ConnectError("connection refused"))
    model = model_over(server, profile(attempts=3))
    with pytest.raises(ProviderError, match="server unreachable after retries"):
        model.complete(MESSAGES, WireReply, max_tokens=50)
    assert len(server.requests) == 3


def test_a_read_timeout_names_request_timeout_s_not_an_unreachable_server() -> None:
    """It said "server unreachable ... check that it is running" of a server that was computing."""
    server = Server(httpx2.ReadTimeout("timed out"))
    with pytest.raises(ProviderError) as caught:
        model_over(server, profile(attempts=2)).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    # the wait was twice the timeout: the message says so (it read as one timeout)
    assert "no reply within request_timeout_s = 900 s, 2 requests sent, each timed out: " in message
    assert "raise request_timeout_s under [profiles.openai-compatible.retry] in timeline.toml" in message
    assert "unreachable" not in message
    assert len(server.requests) == 2


def test_a_connect_timeout_is_an_unreachable_server() -> None:
    server = Server(httpx2.ConnectTimeout("timed out"))
    with pytest.raises(ProviderError, match="server unreachable after retries"):
        model_over(server, profile(attempts=2)).complete(MESSAGES, WireReply, max_tokens=50)


def test_invalid_json_is_reasked_once_then_succeeds() -> None:
    server = Server(
        httpx2.Response(200, json=chat_completion("this is not JSON")),
        httpx2.Response(
            200,
            json=chat_completion('{"events": [{"q": "Seoul confirmed", "t": "Seoul confirms", "k": "h"}]}'),
        ),
    )
    completion = model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert [e.q for e in completion.value.events] == ["Seoul confirmed"]
    assert completion.usage.reasks == 1
    assert completion.usage.requests == 2
    assert len(server.requests) == 2


def test_tokens_of_a_reasked_call_are_the_sum_of_its_replies() -> None:
    server = Server(
        httpx2.Response(200, json=chat_completion("this is not JSON")),
        httpx2.Response(200, json=chat_completion('{"events": []}')),
    )
    usage = model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50).usage
    assert (usage.prompt_tokens, usage.completion_tokens) == (20, 10)


def test_replies_without_token_counts_are_counted_apart() -> None:
    """Some servers and proxies leave `usage` out: the totals counted them as 0 tokens, and the summary
    showed "0+0 tokens" as if it were a count."""
    counted = chat_completion("this is not JSON")
    uncounted = {key: value for key, value in chat_completion('{"events": []}').items() if key != "usage"}
    server = Server(httpx2.Response(200, json=counted), httpx2.Response(200, json=uncounted))
    usage = model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50).usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.replies_without_usage) == (10, 5, 1)


def test_request_carries_model_sampling_and_schema() -> None:
    server = Server(httpx2.Response(200, json=chat_completion('{"events": []}')))
    model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    (body,) = server.bodies()
    assert (body["model"], body["temperature"], body["seed"], body["max_tokens"]) == (
        "local-model",
        0.0,
        0,
        50,
    )
    assert body["response_format"]["type"] == "json_schema"
    assert body["messages"][-1] == MESSAGES[-1]


def test_llama_mode_sends_json_object_with_schema_through_the_stack() -> None:
    server = Server(httpx2.Response(200, json=chat_completion('{"events": []}')))
    model_over(server, profile(Mode.llama_json_schema)).complete(MESSAGES, WireReply, max_tokens=50)
    (body,) = server.bodies()
    assert body["response_format"]["type"] == "json_object"
    assert body["response_format"]["schema"]["title"] == "WireReply"


def test_prompt_json_mode_accepts_a_fenced_reply_without_reask() -> None:
    server = Server(httpx2.Response(200, json=chat_completion('```json\n{"events": []}\n```')))
    completion = model_over(server, profile(Mode.prompt_json)).complete(MESSAGES, WireReply, max_tokens=50)
    assert completion.value.events == []
    assert completion.usage.reasks == 0
    assert "response_format" not in server.bodies()[0]


@pytest.mark.parametrize(
    ("mode", "content"),
    [
        (Mode.json_schema, '<think>\nThe user wants events.\n</think>\n\n{"events": []}'),
        (Mode.json, '<think>List them.</think>{"events": []}'),
        (Mode.prompt_json, '<think>\nOkay.\n</think>\n```json\n{"events": []}\n```'),
    ],
)
def test_a_reasoning_model_s_think_block_before_the_json_is_left_out(mode: Mode, content: str) -> None:
    """SYNTHETIC: a reasoning model (Qwen3, DeepSeek-R1) behind a server without a reasoning parser writes
    its reasoning in <think> tags before the JSON. Every document failed: "the reply is not JSON ...
    it began '<think> The user wants events...'", re-asked for the same."""
    server = Server(httpx2.Response(200, json=chat_completion(content)))
    completion = model_over(server, profile(mode)).complete(MESSAGES, WireReply, max_tokens=50)
    assert completion.value.events == []
    assert completion.usage.reasks == 0
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("mode", "content"),
    [
        (Mode.json_schema, 'Okay, the user wants the events of the article.\n</think>\n\n{"events": []}'),
        (Mode.json, '\nFirst, the vote on Monday.\n</think>{"events": []}'),
        (Mode.prompt_json, 'Let me list them.\n</think>\n\n```json\n{"events": []}\n```'),
    ],
)
def test_reasoning_closed_by_a_think_tag_the_template_opened_is_left_out(mode: Mode, content: str) -> None:
    """SYNTHETIC: DeepSeek-R1 (and its distills) behind a chat template that writes "<think>" into the
    prompt replies with its reasoning and "</think>" only, as many public issue threads show (vLLM
    #13125, DeepSeek-R1 #352). Every document failed: "the reply is not JSON ... it began 'Okay, the user
    wants ...'", and the re-ask brought the same."""
    server = Server(httpx2.Response(200, json=chat_completion(content)))
    completion = model_over(server, profile(mode)).complete(MESSAGES, WireReply, max_tokens=50)
    assert completion.value.events == []
    assert len(server.requests) == 1


def test_a_closing_think_tag_inside_a_json_reply_is_the_model_s_text() -> None:
    reply = '{"events": [{"q": "The council met", "t": "council meets </think> again", "k": "h"}]}'
    server = Server(httpx2.Response(200, json=chat_completion(reply)))
    completion = model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert completion.value.events[0].t == "council meets </think> again"


def test_a_think_block_inside_the_json_is_the_model_s_text() -> None:
    """Only a block opening the reply is reasoning: the same tags in a headline are kept."""
    reply = '{"events": [{"q": "The council met", "t": "<think>x</think> council meets", "k": "h"}]}'
    server = Server(httpx2.Response(200, json=chat_completion(reply)))
    completion = model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert completion.value.events[0].t == "<think>x</think> council meets"


def test_empty_content_every_time_gives_up_after_the_reask_budget() -> None:
    server = Server(httpx2.Response(200, json=chat_completion("")))
    with pytest.raises(ExtractionError) as caught:
        model_over(server, profile(max_reasks=1)).complete(MESSAGES, WireReply, max_tokens=50)
    assert not isinstance(caught.value, OutputTruncatedError)
    assert len(server.requests) == 2
    usage = caught.value.usage
    assert isinstance(usage, Usage)
    assert usage.requests == 2
    assert usage.prompt_tokens > 0
    assert "no valid reply after 2 attempt(s)" in str(caught.value)


def test_failed_call_reports_the_reasks_actually_sent() -> None:
    server = Server(httpx2.Response(200, json=chat_completion("")))
    with pytest.raises(ExtractionError) as caught:
        model_over(server, profile(max_reasks=1)).complete(MESSAGES, WireReply, max_tokens=50)
    usage = caught.value.usage
    assert isinstance(usage, Usage)
    assert usage.reasks == len(server.requests) - 1 == 1


def test_finish_reason_length_is_truncation_and_never_resent() -> None:
    server = Server(httpx2.Response(200, json=chat_completion('{"events": [{"q": "Seoul', "length")))
    with pytest.raises(OutputTruncatedError, match="max_tokens=50") as caught:
        model_over(server, profile(max_reasks=3)).complete(MESSAGES, WireReply, max_tokens=50)
    # what to do about it (the message said only what happened)
    assert "raise the limit with --max-tokens or max_tokens under [profiles.openai-compatible]" in str(
        caught.value
    )
    assert len(server.requests) == 1
    assert isinstance(caught.value.usage, Usage)
    assert caught.value.usage.requests == 1


def test_401_names_the_key_variable_and_never_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "sk-test-DO-NOT-PRINT-4242"
    monkeypatch.setenv("OPENAI_COMPATIBLE_API_KEY", secret)
    server = Server(httpx2.Response(401, json={"error": {"message": "Incorrect API key provided"}}))
    with pytest.raises(ProviderError) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert "OPENAI_COMPATIBLE_API_KEY" in message
    assert "HTTP 401" in message
    assert secret not in message
    assert "DO-NOT-PRINT" not in message
    assert server.requests[0].headers["authorization"] == f"Bearer {secret}"
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("status", "error"), [(400, ExtractionError), (500, ProviderError), (502, ProviderError)]
)
def test_a_key_echoed_in_an_error_body_is_not_in_the_message(
    monkeypatch: pytest.MonkeyPatch, status: int, error: type[Exception]
) -> None:
    """SYNTHETIC: a proxy quoting the request's headers in its error body. The message quotes the
    body, so the key was printed on stderr and stored in the timeline's problems."""
    secret = "sk-test-DO-NOT-PRINT-4242"
    monkeypatch.setenv("OPENAI_COMPATIBLE_API_KEY", secret)
    body = {"error": {"message": f"rejected header Authorization: Bearer {secret}"}}
    server = Server(httpx2.Response(status, json=body))
    with pytest.raises(error) as caught:
        model_over(server, profile(attempts=1)).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert secret not in message
    assert "rejected header Authorization: Bearer ***" in message  # the rest of what it said is kept


def test_a_key_in_a_page_instead_of_a_completion_is_not_in_the_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SYNTHETIC: a debugging proxy's HTML page that shows the headers it received, HTTP 200."""
    secret = "sk-test-DO-NOT-PRINT-4242"
    monkeypatch.setenv("OPENAI_COMPATIBLE_API_KEY", secret)
    page = httpx2.Response(
        200, headers={"content-type": "text/html"}, content=f"<p>Bearer {secret}</p>".encode()
    )
    with pytest.raises(ProviderError) as caught:
        model_over(Server(page), profile(Mode.prompt_json)).complete(MESSAGES, WireReply, max_tokens=50)
    assert secret not in str(caught.value)
    assert "Bearer ***" in str(caught.value)


def test_401_when_the_key_variable_is_not_set_says_no_key_was_sent() -> None:
    """SYNTHETIC: a hosted API's 401 (OpenRouter, Groq) to a profile whose variable is unset: an
    openai-compatible profile then sends no key, and "check the environment variable X" sent the user to
    look at a key that was never read."""
    server = Server(
        httpx2.Response(401, json={"error": {"message": "No auth credentials found", "code": 401}})
    )
    with pytest.raises(ProviderError) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert (
        "check the environment variable OPENAI_COMPATIBLE_API_KEY: it is not set, so no key was sent; set it "
        "to the key" in str(caught.value)
    )


def test_401_for_a_profile_that_names_no_key_variable_says_where_to_name_one() -> None:
    prof = profile().model_copy(update={"api_key_env": None, "name": "mine"})
    server = Server(httpx2.Response(401, json={"error": {"message": "Unauthorized"}}))
    with pytest.raises(ProviderError) as caught:
        model_over(server, prof).complete(MESSAGES, WireReply, max_tokens=50)
    assert "set api_key_env under [profiles.mine]" in str(caught.value)


def test_a_refused_document_request_counts_its_requests_and_tokens() -> None:
    """A 400 after a re-ask: the run summary said 0 requests for this document, the server saw 2."""
    server = Server(
        httpx2.Response(200, json=chat_completion("this is not JSON")),
        httpx2.Response(400, json={"error": {"message": "maximum context length is 4096 tokens"}}),
    )
    with pytest.raises(
        ExtractionError, match="HTTP 400, the server refused this document's request"
    ) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    usage = caught.value.usage
    assert isinstance(usage, Usage)
    assert (usage.requests, usage.prompt_tokens, usage.completion_tokens) == (2, 10, 5)


def test_413_fails_the_document_alone_and_is_not_said_to_be_retried() -> None:
    """A body too large for the server is this document's, like a 400; it was "HTTP 413 after
    retries" (sent once) and stopped the whole run."""
    server = Server(httpx2.Response(413, text="Request Entity Too Large"))
    with pytest.raises(ExtractionError) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert "HTTP 413, the server refused this document's request" in str(caught.value)
    assert len(server.requests) == 1


def test_a_status_that_is_not_retried_is_not_said_to_be_retried() -> None:
    server = Server(httpx2.Response(405, text="Method Not Allowed"))
    with pytest.raises(ProviderError) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert "HTTP 405: Method Not Allowed" in str(caught.value)
    assert "after retries" not in str(caught.value)
    assert len(server.requests) == 1


def test_a_password_in_base_url_is_not_in_the_error() -> None:
    """A basic-auth proxy's base_url (http://user:password@host/v1) was printed whole."""
    server = Server(httpx2.Response(500, json={"error": {"message": "boom"}}))
    prof = profile(attempts=1)
    http = build_http_client(prof, inner=httpx2.MockTransport(server))
    model = InstructorModel(prof, "http://analyst:pa55-DO-NOT-PRINT@llm.test/v1", http)
    with pytest.raises(ProviderError) as caught:
        model.complete(MESSAGES, WireReply, max_tokens=50)
    assert "at http://***@llm.test/v1" in str(caught.value)
    assert "DO-NOT-PRINT" not in str(caught.value)


def test_403_says_what_to_check() -> None:
    """It said only "access denied (HTTP 403) for model local-model"."""
    server = Server(httpx2.Response(403, json={"error": {"message": "Forbidden"}}))
    with pytest.raises(ProviderError) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert (
        "access denied (HTTP 403) for model local-model: check that the key in the environment variable "
        in str(caught.value)
    )
    assert "OPENAI_COMPATIBLE_API_KEY may use this model, or choose another model with --model" in str(
        caught.value
    )
    assert len(server.requests) == 1


def test_404_is_a_config_error_about_model_and_base_url() -> None:
    server = Server(httpx2.Response(404, json={"error": {"message": "model not found"}}))
    with pytest.raises(ConfigError, match="HTTP 404: check the profile's model name and base_url"):
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert len(server.requests) == 1


def test_429_then_success_through_the_stack() -> None:
    server = Server(
        httpx2.Response(429, headers={"Retry-After": "0"}, json={"error": {"message": "slow down"}}),
        httpx2.Response(200, json=chat_completion('{"events": []}')),
    )
    completion = model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert completion.usage.requests == 2
    assert completion.usage.reasks == 0


def test_calls_at_once_from_two_threads_each_report_their_own_tokens() -> None:
    """Both requests are held until the other has arrived, so each call's usage is read while the
    other one is in flight (the counting once added both calls' tokens to each)."""
    both_arrived = threading.Barrier(2, timeout=10)

    def answer(request: httpx2.Request) -> httpx2.Response:
        both_arrived.wait()
        reply = chat_completion('{"events": []}')
        asked = json.loads(request.content)["max_tokens"]
        reply["usage"] = {"prompt_tokens": asked, "completion_tokens": asked // 10, "total_tokens": 0}
        return httpx2.Response(200, json=reply, request=request)

    model = model_over(Server(answer), profile())
    with ThreadPoolExecutor(max_workers=2) as pool:
        usages = list(pool.map(lambda n: model.complete(MESSAGES, WireReply, max_tokens=n).usage, [100, 300]))
    assert [(u.prompt_tokens, u.completion_tokens, u.requests) for u in usages] == [
        (100, 10, 1),
        (300, 30, 1),
    ]


def test_odd_token_counts_in_a_reply_count_as_none_not_as_an_unreachable_server() -> None:
    """SYNTHETIC: `"prompt_tokens": "n/a"` raised inside the transport: "server unreachable"."""
    reply = chat_completion('{"events": []}')
    reply["usage"] = {"prompt_tokens": "n/a", "completion_tokens": 7}
    completion = model_over(Server(httpx2.Response(200, json=reply)), profile()).complete(
        MESSAGES, WireReply, max_tokens=50
    )
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (0, 7)
    assert completion.usage.requests == 1


@pytest.mark.parametrize("body", [[1, 2], "hello", {"choices": ["x"]}])
def test_json_that_is_not_a_completion_is_named_as_such_in_prompt_json_mode(body: object) -> None:
    """SYNTHETIC: unwrapping a fence raised on a JSON list or string, which read as "server unreachable"."""
    server = Server(httpx2.Response(200, json=body))
    with pytest.raises((ProviderError, ExtractionError)) as caught:
        model_over(server, profile(Mode.prompt_json)).complete(MESSAGES, WireReply, max_tokens=50)
    assert "unreachable" not in str(caught.value)
    if not isinstance(body, dict):
        assert "not an OpenAI chat completion" in str(caught.value)


def test_a_web_page_instead_of_a_completion_stops_the_run_naming_it() -> None:
    """SYNTHETIC: a proxy's login page, HTTP 200. It was a per-document validation failure, its
    message printed twice, and every other document got the same page."""
    page = httpx2.Response(
        200, headers={"content-type": "text/html; charset=utf-8"}, content=b"<html><title>Sign in</title>"
    )
    server = Server(page)
    with pytest.raises(ProviderError) as caught:
        model_over(server, profile(Mode.prompt_json)).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert (
        "HTTP 200 with text/html starting '<html><title>Sign in</title>', not an OpenAI chat completion"
        in message
    )
    assert "check the profile's base_url" in message
    assert caught.value.exit_code == 3


def test_a_retry_whose_wait_ends_past_the_total_budget_is_not_started() -> None:
    """With a 5 s budget, a 429 asking for 10 s was waited out and retried (stop_after_delay looks at
    the time spent, not at the wait to come): the run outlived its budget by up to max_wait_s."""
    server = Server(httpx2.Response(429, headers={"Retry-After": "10"}), httpx2.Response(200))
    client, sleeps = retrying_client(server, RetryPolicy(attempts=3, max_wait_s=30, total_timeout_s=5))
    assert client.get(f"{BASE_URL}/models").status_code == 429
    assert (len(server.requests), sleeps) == (1, [])


def test_429_after_retries_quotes_the_server_and_says_what_to_change() -> None:
    """SYNTHETIC: OpenAI-style rate-limit body. The message was "HTTP 429 after retries: Error code: 429 -
    {'error': {'message': ...}}" (the SDK's dict repr) and named no setting."""
    body = {"error": {"message": "Rate limit reached for gpt-4o-mini on requests per min", "type": "x"}}
    server = Server(httpx2.Response(429, json=body))
    with pytest.raises(ProviderError) as caught:
        model_over(server, profile(attempts=2)).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert "HTTP 429 after retries: Rate limit reached for gpt-4o-mini on requests per min: " in message
    assert "Error code" not in message
    assert "max_wait_s and attempts under [profiles.openai-compatible.retry] in timeline.toml" in message
    assert len(server.requests) == 2
    assert caught.value.exit_code == 3


def test_a_500_quotes_the_server_message_not_the_sdk_repr() -> None:
    server = Server(httpx2.Response(500, json={"error": "the model crashed"}))
    with pytest.raises(ProviderError) as caught:
        model_over(server, profile(attempts=1)).complete(MESSAGES, WireReply, max_tokens=50)
    assert str(caught.value).endswith("HTTP 500: the model crashed")  # one request: no "after retries"


def test_404_for_a_model_the_server_lacks_quotes_it() -> None:
    """SYNTHETIC: Ollama-style body for a model not pulled. The message named both model and base_url
    as suspects and dropped the server's answer, which says which one it is."""
    body = {"error": {"message": 'model "qwen2.5:7b" not found, try pulling it first', "type": "api_error"}}
    server = Server(httpx2.Response(404, json=body))
    with pytest.raises(ConfigError) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert (
        "HTTP 404: check the profile's model name and base_url (the server said: "
        'model "qwen2.5:7b" not found, try pulling it first)'
    ) in str(caught.value)


def test_404_web_page_says_base_url_is_not_the_api() -> None:
    """SYNTHETIC: a web server's HTML 404, as for a base_url without /v1."""
    page = httpx2.Response(
        404, headers={"content-type": "text/html"}, content=b"<html><h1>404 Not Found</h1></html>"
    )
    with pytest.raises(ConfigError) as caught:
        model_over(Server(page), profile()).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert "the answer is a page, not an API's error: base_url should end where the API starts" in message
    assert "<html>" not in message


def test_a_reply_that_is_not_json_is_named_so_with_its_opening_and_what_may_help() -> None:
    """SYNTHETIC prose reply. The message repeated pydantic's first line ("1 validation error for
    WireReply (1 validation error for WireReply Invalid JSON: ...") and cut the URL at 200 characters."""
    server = Server(httpx2.Response(200, json=chat_completion("Sure! Here are the events you asked for.")))
    with pytest.raises(ExtractionError) as caught:
        model_over(server, profile(Mode.prompt_json)).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert (
        "no valid reply after 2 attempt(s): the reply is not JSON (Invalid JSON: expected value at line 1 "
        "column 1; it began 'Sure! Here are the events you asked for.')"
    ) in message
    assert 'mode = "json_schema" (or "llama_json_schema" for a llama.cpp server)' in message
    assert "max_reasks under [profiles.openai-compatible] may help" in message
    assert message.count("validation error") == 0
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode", [Mode.json, Mode.json_schema, Mode.llama_json_schema])
def test_a_fenced_reply_in_a_mode_that_does_not_unwrap_it_names_the_mode_that_does(mode: Mode) -> None:
    """SYNTHETIC: a server that ignores response_format (LM Studio and proxies for some models) sends the
    JSON in a ```json fence. Every document failed, and the message said "more max_reasks ... may
    help": a re-ask returns the same fence. prompt_json reads the JSON inside one."""
    server = Server(httpx2.Response(200, json=chat_completion('```json\n{"events": []}\n```')))
    with pytest.raises(ExtractionError) as caught:
        model_over(server, profile(mode)).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert "it began '```json" in message
    assert (
        "the reply came in a ```json fence, so the server did not hold it to bare JSON: set "
        'mode = "prompt_json" under [profiles.openai-compatible], which reads the JSON inside a fence'
    ) in message
    assert "max_reasks" not in message


def test_reply_fields_that_fail_validation_are_named_with_what_came() -> None:
    reply = chat_completion('{"events": [{"q": "", "t": "x", "k": "z"}]}')
    with pytest.raises(ExtractionError) as caught:
        model_over(Server(httpx2.Response(200, json=reply)), profile()).complete(
            MESSAGES, WireReply, max_tokens=50
        )
    message = str(caught.value)
    assert (
        "events.0.q: String should have at least 1 character (got ''); "
        "events.0.k: Input should be 'h', 'r' or 'e' (got 'z'): the model did not write the JSON asked for; "
        "more max_reasks"
    ) in message  # json_schema already constrains the reply: no mode is suggested


def test_an_empty_choices_list_is_named_and_not_reasked() -> None:
    """SYNTHETIC: `"choices": []`. It read "No choices in OpenAI response (mode: json_schema_mode) (No
    choices in OpenAI response (mode: json_schema_mode))"."""
    reply = {**chat_completion('{"events": []}'), "choices": []}
    server = Server(httpx2.Response(200, json=reply))
    with pytest.raises(ExtractionError) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert str(caught.value).endswith(
        "no valid reply after 1 attempt(s): the server's reply held no choices (an empty list, as some "
        "servers send when a content filter withholds the answer)"
    )
    assert len(server.requests) == 1


def test_a_refusal_is_quoted() -> None:
    """SYNTHETIC: OpenAI structured outputs' refusal (content null, `refusal` set) read "Invalid JSON:
    EOF while parsing a value", hiding the model's reason."""
    reply = chat_completion("")
    reply["choices"][0]["message"].update(content=None, refusal="I'm sorry, I cannot assist with that.")
    with pytest.raises(ExtractionError) as caught:
        model_over(Server(httpx2.Response(200, json=reply)), profile()).complete(
            MESSAGES, WireReply, max_tokens=50
        )
    assert "the model refused: I'm sorry, I cannot assist with that." in str(caught.value)


def test_an_invalid_reply_from_the_embedded_server_suggests_the_mode_its_server_takes() -> None:
    """llama-cpp-python's server answers json_schema with HTTP 500: only llama_json_schema is named."""
    local = Profile(**{**BUILTIN_PROFILES["local"], "name": "local", "retry": NO_WAIT})
    server = Server(httpx2.Response(200, json=chat_completion("Sure!")))
    with pytest.raises(ExtractionError) as caught:
        model_over(server, local).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert (
        'mode = "llama_json_schema", which constrains the reply, or more max_reasks under [profiles.local]'
        in message
    )
    assert '"json_schema"' not in message


# --- a server refusing a field every request carries (SYNTHETIC bodies, shaped as each server documents) ---

# OpenAI's reasoning models (o1, o3, o4-mini, the gpt-5 family) to max_tokens and to temperature 0: the
# bodies quoted in public issue threads (e.g. pydantic/pydantic-ai#1205, OpenHands/OpenHands#4131).
OPENAI_REFUSES_MAX_TOKENS = {
    "error": {
        "message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use "
        "'max_completion_tokens' instead.",
        "type": "invalid_request_error",
        "param": "max_tokens",
        "code": "unsupported_parameter",
    }
}
OPENAI_REFUSES_TEMPERATURE = {
    "error": {
        "message": "Unsupported value: 'temperature' does not support 0 with this model. Only the default "
        "(1) value is supported.",
        "type": "invalid_request_error",
        "param": "temperature",
        "code": "unsupported_value",
    }
}
# Mistral's API (a FastAPI server) to seed, which it calls random_seed: HTTP 422, pydantic's detail.
MISTRAL_REFUSES_SEED = {
    "object": "error",
    "message": {
        "detail": [
            {"type": "extra_forbidden", "loc": ["body", "seed"], "msg": "Extra inputs are not permitted"}
        ]
    },
    "type": "invalid_request_error",
    "param": None,
    "code": None,
}


@pytest.mark.parametrize(
    ("status", "body", "field", "fix"),
    [
        (400, OPENAI_REFUSES_MAX_TOKENS, "max_tokens", 'set max_tokens_param = "max_completion_tokens"'),
        (400, OPENAI_REFUSES_TEMPERATURE, "temperature", 'set omit_params = ["temperature"] (the server'),
        (422, MISTRAL_REFUSES_SEED, "seed", 'set omit_params = ["seed"] under [profiles.openai-compatible]'),
    ],
)
def test_a_server_refusing_a_field_every_request_sends_is_a_config_error_naming_the_setting(
    status: int, body: dict[str, Any], field: str, fix: str
) -> None:
    """It was this document's failure ("if it is too long for the model, split the article"), so a run
    failed every article one by one with that advice, and no setting could leave the field out."""
    server = Server(httpx2.Response(status, json=body))
    with pytest.raises(ConfigError) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert f"the server refuses the request's {field} for model local-model (HTTP {status}: " in message
    assert fix in message
    assert "split the article" not in message
    assert caught.value.exit_code == 2
    assert len(server.requests) == 1


def test_the_setting_named_for_a_refused_field_makes_the_request_the_server_takes() -> None:
    """What the messages above tell the user to set leaves the fields out, and the limit travels as
    max_completion_tokens."""
    server = Server(httpx2.Response(200, json=chat_completion('{"events": []}')))
    prof = profile().model_copy(
        update={"max_tokens_param": "max_completion_tokens", "omit_params": ["temperature", "seed"]}
    )
    model_over(server, prof).complete(MESSAGES, WireReply, max_tokens=50)
    (body,) = server.bodies()
    assert body["max_completion_tokens"] == 50
    assert not {"max_tokens", "temperature", "seed"} & set(body)


def test_openai_s_own_api_gets_max_completion_tokens_and_other_servers_max_tokens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """OpenAI documents max_tokens as deprecated and refused by its reasoning models; max_completion_tokens
    is taken by all its chat models. Servers of other kinds are sent max_tokens, as before."""
    openai_profile = Profile(**{**BUILTIN_PROFILES["openai"], "name": "openai"})
    assert openai_profile.limit_param == "max_completion_tokens"
    # kind openai pointed at another server (a proxy, Azure's v1 API) keeps the field every server takes
    elsewhere = openai_profile.model_copy(update={"base_url": "https://proxy.example/v1"})
    assert elsewhere.limit_param == "max_tokens"
    assert profile().limit_param == "max_tokens"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    server = Server(httpx2.Response(200, json=chat_completion('{"events": []}')))
    model_over(server, openai_profile).complete(MESSAGES, WireReply, max_tokens=50)
    (body,) = server.bodies()
    assert body["max_completion_tokens"] == 50 and "max_tokens" not in body
    assert (body["temperature"], body["seed"]) == (0.0, 0)


def test_a_document_refusal_quoting_the_model_s_words_is_not_read_as_a_refused_field() -> None:
    """SYNTHETIC Groq json_validate_failed: its failed_generation quotes the model's reply, which may hold
    'seed' and "unsupported" (an article's words); the document still fails alone."""
    body = {
        "error": {
            "message": "Failed to generate JSON. Please adjust your prompt. See 'failed_generation' for "
            "more details.",
            "type": "invalid_request_error",
            "code": "json_validate_failed",
            "failed_generation": '{"events": [{"q": "The \'seed\' bank said it was unsupported"',
        }
    }
    server = Server(httpx2.Response(400, json=body))
    with pytest.raises(ExtractionError, match="the server refused this document's request"):
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)


def test_a_reply_withheld_by_a_content_filter_is_named_so() -> None:
    """SYNTHETIC: Azure OpenAI's (and OpenAI's) reply when its filter flags the output: content null,
    finish_reason "content_filter". It read "the reply is not JSON ... more max_reasks may help"."""
    withheld = chat_completion("", "content_filter")
    withheld["choices"][0]["message"]["content"] = None
    server = Server(httpx2.Response(200, json=withheld))
    with pytest.raises(ExtractionError) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    message = str(caught.value)
    assert "the server's content filter withheld the reply (finish_reason content_filter)" in message
    assert "max_reasks" not in message


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_a_reply_of_reasoning_alone_is_named_so(field: str) -> None:
    """SYNTHETIC: a server that parses a reasoning model's thinking out (vLLM and DeepSeek as
    reasoning_content, Ollama and OpenRouter as reasoning) when the model stopped after it: content
    null. It read "the reply is not JSON (EOF ...; it began '')"."""
    thought = chat_completion("")
    thought["choices"][0]["message"].update({"content": None, field: "The user wants the events. " * 20})
    server = Server(httpx2.Response(200, json=thought))
    with pytest.raises(ExtractionError) as caught:
        model_over(server, profile()).complete(MESSAGES, WireReply, max_tokens=50)
    assert (
        "the reply held only the model's reasoning (540 characters, given apart by the server) and no "
        "answer: more max_reasks under [profiles.openai-compatible] may help" in str(caught.value)
    )


# Synthetic (a protocol edge case, shaped on the field test's reply): a copied quotation's unescaped `"`
# breaks the JSON after two whole events; the re-ask breaks the same way.
BROKEN_AFTER_TWO = (
    '{"events":[{"q":"The union said 78","t":"Dockworkers back deal","k":"h"},'
    '{"q":"Workers will return to","t":"Workers return on Tuesday","k":"r"},'
    '{"q":"A spokesman said "Not one","t":"Union denies","k":"r"}]}'
)


@pytest.mark.parametrize("mode", [Mode.prompt_json, Mode.json_schema, Mode.md_json])
def test_a_reply_whose_json_breaks_off_keeps_the_whole_events_before_the_break(mode: Mode) -> None:
    """A live blog's reply broke at character 1,684 after eight good events, twice: the article was
    lost ("no valid reply after 2 attempt(s): the reply is not JSON")."""
    server = Server(httpx2.Response(200, json=chat_completion(BROKEN_AFTER_TWO)))
    completion = model_over(server, profile(mode=mode, max_reasks=1)).complete(
        MESSAGES, WireReply, max_tokens=50
    )
    assert [event.q for event in completion.value.events] == ["The union said 78", "Workers will return to"]
    assert completion.repaired is not None
    at, length = BROKEN_AFTER_TWO.index("Not one"), len(BROKEN_AFTER_TWO)  # the word after the stray `"`
    assert (
        f"the reply's JSON broke off at character {at} of {length} after 2 attempt(s)" in completion.repaired
    )
    assert completion.usage.requests == len(server.requests) == 2  # the re-ask was sent, and counted


def test_a_reply_of_the_wrong_shape_or_with_nothing_whole_is_refused_whole() -> None:
    """Only broken JSON is repaired: valid JSON that is no reply, or a break inside the first event,
    still fails the document."""
    for content in (
        '{"events":[{"q":"a","t":"b","k":"happened-ish"}]}',
        '{"events":[{"q":"The union said "78',
    ):
        server = Server(httpx2.Response(200, json=chat_completion(content)))
        with pytest.raises(ExtractionError, match="no valid reply after 2 attempt"):
            model_over(server, profile(max_reasks=1)).complete(MESSAGES, WireReply, max_tokens=50)


def test_a_reply_cut_off_at_max_tokens_is_not_repaired_but_sent_again() -> None:
    server = Server(httpx2.Response(200, json=chat_completion(BROKEN_AFTER_TWO[:120], "length")))
    with pytest.raises(OutputTruncatedError):
        model_over(server, profile(max_reasks=1)).complete(MESSAGES, WireReply, max_tokens=50)
