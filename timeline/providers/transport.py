"""The HTTP layer under the openai client: the one owner of transport retries, and dialect fixes.

Retries live here and nowhere else: the openai client is built with `max_retries=0` and
instructor only re-asks on validation errors, so one call makes at most
`RetryPolicy.attempts` HTTP requests per model reply.
"""

from __future__ import annotations

import email.utils
import json
import logging
import math
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC

import httpx2
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt, stop_before_delay
from tenacity.stop import stop_base

from timeline.config import RetryPolicy

log = logging.getLogger(__name__)

_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*?)\n?```\s*$", re.DOTALL)

_THINKING = re.compile(r"\s*<think>.*?</think>\s*", re.DOTALL)

RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
# A wait this long is told without -v too: the default backoff reaches about a minute of silence, which
# looked like a hung run.
TOLD_WAIT_S = 5.0
_STATUS_WORDS = {429: "server busy", 503: "server unavailable", 408: "request timed out"}


class _RetryableResponse(Exception):
    """A response worth retrying, carried through tenacity so the wait can read Retry-After."""

    def __init__(self, response: httpx2.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


def retry_after_seconds(response: httpx2.Response) -> float | None:
    """Seconds the server asked us to wait (`retry-after-ms`, `Retry-After` as seconds or an HTTP
    date), if any. A value that is none of these is no request at all: "Retry-After: soon" or "nan"
    raised inside the wait, and the 429 came out as "server unreachable" without a retry."""
    value = response.headers.get("retry-after-ms")
    if value is not None and (milliseconds := _number(value)) is not None:
        return max(milliseconds / 1000, 0.0)
    value = response.headers.get("retry-after")
    if value is None:
        return None
    if (seconds := _number(value)) is not None:
        return max(seconds, 0.0)
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # "-0000" parses without a zone; an HTTP date is always GMT
        parsed = parsed.replace(tzinfo=UTC)
    return max(parsed.timestamp() - time.time(), 0.0)


def _number(text: str) -> float | None:
    """A number of seconds as a header writes it; "inf" waits the longest allowed, "nan" is no number."""
    try:
        number = float(text)
    except ValueError:
        return None
    return None if math.isnan(number) else number


def _asked_wait(state: RetryCallState) -> float | None:
    """The wait the last response asked for (Retry-After), if it asked."""
    outcome = state.outcome
    error = outcome.exception() if outcome is not None else None
    return retry_after_seconds(error.response) if isinstance(error, _RetryableResponse) else None


class _AskedTooLong(stop_base):
    """Stop when the server asks for a longer wait than `max_wait_s`: a retry before its time is
    refused again (a 429 asking for 100 s with max_wait_s = 2 got three requests 2 s apart, all 429),
    so the user hears what the server asked and which setting waits that long."""

    def __init__(self, max_wait_s: float) -> None:
        self.max_wait_s = max_wait_s

    def __call__(self, retry_state: RetryCallState) -> bool:
        asked = _asked_wait(retry_state)
        return asked is not None and asked > self.max_wait_s


def _wait(policy: RetryPolicy) -> Callable[[RetryCallState], float]:
    def wait(state: RetryCallState) -> float:
        asked = _asked_wait(state)
        if asked is not None:
            return asked  # at most max_wait_s: a longer one stops the retries (`_AskedTooLong`)
        # Exponential backoff with full jitter: spreads clients that failed together.
        ceiling = min(policy.initial_wait_s * 2 ** (state.attempt_number - 1), policy.max_wait_s)
        return random.uniform(0, ceiling)

    return wait


@dataclass
class Meter:
    """What crossed the wire: every HTTP attempt, every model reply and the tokens it reports.

    Counted here rather than from instructor's bookkeeping, which folds running totals into later
    replies; a reply is a 200 response from /chat/completions, so re-asks = replies - 1 per call.
    """

    requests: int = 0
    replies: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    # Replies whose `usage` gave no token counts (some servers and proxies leave it out): the totals
    # above leave them out, and the run summary must say so rather than show 0+0 as a count.
    replies_without_usage: int = 0
    # A 200 reply that is not a chat completion (a proxy's or a login page): what it was, for the error
    not_a_completion: str | None = None
    # A 200 reply carrying a server error's code instead of a completion: OpenRouter documents that an
    # error met once the model has started is sent so ({"error": {"code": 502, "message": ...}}).
    failed_while_answering: str | None = None
    answers_failed: int = 0

    def snapshot(self) -> Meter:
        return replace(self)

    def record_reply(self, response: httpx2.Response) -> None:
        body = response.read()
        try:
            reply = json.loads(body)
        except ValueError:
            reply = None
        if not isinstance(reply, dict) or "choices" not in reply:
            error = reply.get("error") if isinstance(reply, dict) else None
            code = error.get("code") if isinstance(error, dict) else None
            if isinstance(code, int) and (code in RETRYABLE_STATUS or code >= 500):
                said = error.get("message") if isinstance(error, dict) else None
                said = (
                    " ".join(said.split())[:300] if isinstance(said, str) and said.strip() else "no message"
                )
                self.failed_while_answering = f"{said} (code {code})"
                self.answers_failed += 1
                return
            kind = response.headers.get("content-type", "no content type").split(";")[0]
            opening = " ".join(body[:80].decode("utf-8", "replace").split())
            self.not_a_completion = f"{kind} starting {opening!r}"
            return
        self.replies += 1
        prompt = _tokens(reply.get("usage"), "prompt_tokens")
        completion = _tokens(reply.get("usage"), "completion_tokens")
        self.prompt_tokens += prompt
        self.completion_tokens += completion
        if prompt == 0 and completion == 0:
            self.replies_without_usage += 1


def _tokens(usage: object, name: str) -> int:
    """A token count from a reply's `usage`. An odd value ("n/a", a list) counts as none: raised here,
    inside the transport, it reached the user as "server unreachable" for a reply that had come."""
    value = usage.get(name) if isinstance(usage, dict) else None
    if isinstance(value, int | float) and math.isfinite(value) and value > 0:
        return int(value)
    return 0


class RetryTransport(httpx2.BaseTransport):
    """Retries 408/409/429/5xx replies and connection errors; everything else passes through once."""

    def __init__(
        self,
        inner: httpx2.BaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], None] = time.sleep,
        tell: Callable[[str], None] = lambda message: None,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.sleep = sleep
        self.tell = tell  # told of each wait of TOLD_WAIT_S or more (the CLI's progress lines)
        self._local = threading.local()

    @property
    def meter(self) -> Meter:
        """The calling thread's counts: a caller reads its own call's usage as a difference of two
        snapshots, which other threads' calls must not move (measured: two calls at once each
        reported both calls' tokens)."""
        meter: Meter | None = getattr(self._local, "meter", None)
        if meter is None:
            meter = self._local.meter = Meter()
        return meter

    @property
    def requests_sent(self) -> int:
        return self.meter.requests

    def _send_once(self, request: httpx2.Request) -> httpx2.Response:
        self.meter.requests += 1
        response = self.inner.handle_request(request)
        if response.status_code in RETRYABLE_STATUS:
            response.read()
            raise _RetryableResponse(response)
        if response.status_code == 200 and request.url.path.endswith("/chat/completions"):
            self.meter.record_reply(response)
        return response

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()  # the body must be replayable across attempts
        retrying = Retrying(
            # a retry whose wait would end past the total budget is not started: the budget is a
            # promise to the user, and `stop_after_delay` overran it by up to one wait
            stop=stop_after_attempt(self.policy.attempts)
            | stop_before_delay(self.policy.total_timeout_s)
            | _AskedTooLong(self.policy.max_wait_s),
            wait=_wait(self.policy),
            retry=retry_if_exception_type((_RetryableResponse, httpx2.TransportError)),
            before_sleep=self._tell_retry,
            sleep=self.sleep,
            reraise=True,
        )
        try:
            return retrying(self._send_once, request)
        except _RetryableResponse as final:
            return final.response  # the openai client turns it into its status error

    def _tell_retry(self, state: RetryCallState) -> None:
        """One log line per retry, for `-v`: httpx logs above this transport, so its one "HTTP Request"
        line and instructor's "Total attempts: 1" hid the other requests and the waits between them."""
        outcome = state.outcome
        error = outcome.exception() if outcome is not None else None
        what = error.__class__.__name__ if not isinstance(error, _RetryableResponse) else str(error)
        wait = state.next_action.sleep if state.next_action is not None else 0.0
        asked = ", as the server asked" if _asked_wait(state) is not None else ""
        log.info(
            "%s (request %d of at most %d): asking again in %.1f s%s",
            what, state.attempt_number, self.policy.attempts, wait, asked,
        )  # fmt: skip
        if wait >= TOLD_WAIT_S:
            self.tell(
                f"{_failure_words(error)}: waiting {wait:.0f} s{' as it asked' if asked else ''}, "
                f"request {state.attempt_number + 1} of {self.policy.attempts}"
            )

    def close(self) -> None:
        self.inner.close()


def _failure_words(error: BaseException | None) -> str:
    """What a retried request met, in a few words: "server busy (429)", "server not answering
    (ConnectError)"."""
    if isinstance(error, _RetryableResponse):
        status = error.response.status_code
        words = _STATUS_WORDS.get(status, "server error" if status >= 500 else "server refused for now")
        return f"{words} ({status})"
    return f"server not answering ({type(error).__name__})"


def _with_contents(response: httpx2.Response, change: Callable[[str], str | None]) -> httpx2.Response:
    """`response` with each chat completion message's content replaced by `change(content)`, where that
    gives a text; the response itself when nothing changed or it is no chat completion."""
    if response.status_code != 200:
        return response
    try:
        body = json.loads(response.read())
    except ValueError:
        return response
    changed = False
    # Only a chat completion's shape is looked into: a list or a string here raised, and read as
    # "server unreachable" instead of the reply it was.
    choices = body.get("choices") if isinstance(body, dict) else None
    for choice in choices if isinstance(choices, list) else []:
        message = choice.get("message") if isinstance(choice, dict) else None
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(message, dict) and isinstance(content, str) and (new := change(content)) is not None:
            message["content"] = new
            changed = True
    if not changed:
        return response
    headers = {
        k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-encoding")
    }
    # No `request=`: at transport level the client has not attached it yet (it does so after).
    return httpx2.Response(response.status_code, headers=headers, content=json.dumps(body).encode("utf-8"))


def _without_reasoning(content: str) -> str | None:
    """`content` without the reasoning that opens it, or None when none does.

    A chat template that opens the reply with "<think>" itself (DeepSeek-R1 and its distills; public
    reports from vLLM, Ollama and llama.cpp users) leaves the model to write only the reasoning and its
    closing "</think>": that reply began "Okay, the user wants ..." and was "not JSON" every time. Only
    text that does not open as the answer does ({, [ or a ``` fence) is read as such reasoning, so the
    tag inside a headline stays the model's text."""
    if match := _THINKING.match(content):
        return content[match.end() :]
    end = content.find("</think>")
    if end < 0 or content.lstrip()[:1] in ("{", "[", "`") or "<think>" in content[:end]:
        return None
    return content[end + len("</think>") :].lstrip()


class ReasoningTransport(httpx2.BaseTransport):
    """Leaves out the reasoning a model writes before its answer in <think> tags.

    A reasoning model (Qwen3, DeepSeek-R1) behind a server that does not parse its reasoning out (into
    `reasoning_content`) opens every reply with it: "<think> The user wants events ... </think>
    {"events": ...}" was "not JSON" for every document, and a re-ask brought the same. Only a block
    opening the reply goes; the same tags inside the JSON are the model's text.
    """

    def __init__(self, inner: httpx2.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response = self.inner.handle_request(request)
        if not (request.method == "POST" and request.url.path.endswith("/chat/completions")):
            return response
        return _with_contents(response, _without_reasoning)

    def close(self) -> None:
        self.inner.close()


class ResponseFormatTransport(httpx2.BaseTransport):
    """Adapts OpenAI's `json_schema` response format to what a server can take.

    instructor's JSON_SCHEMA mode sends `{"type": "json_schema", "json_schema": {"schema": S}}`.
    llama-cpp-python's server answers that with HTTP 500 but enforces `{"type": "json_object",
    "schema": S}` with a grammar (`style="llama"`). With `style="none"` the constraint is dropped:
    the prompt describes the JSON and validation (with bounded re-asks) catches what is wrong,
    which on a CPU saves the grammar sampler's time. One client code path serves every server.
    """

    def __init__(self, inner: httpx2.BaseTransport, style: str) -> None:
        if style not in ("llama", "none"):
            raise ValueError(f"unknown response format style {style!r}")
        self.inner = inner
        self.style = style

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if not (request.method == "POST" and request.url.path.endswith("/chat/completions")):
            return self.inner.handle_request(request)
        response = self.inner.handle_request(self._rewritten(request))
        return self._unfenced(response) if self.style == "none" else response

    @staticmethod
    def _unfenced(response: httpx2.Response) -> httpx2.Response:
        """Unconstrained small models sometimes wrap the JSON in a ```json fence; unwrap it so the
        reply is judged on its content (a re-ask at temperature 0 returned the same fence)."""
        return _with_contents(response, lambda content: (match := _FENCE.match(content)) and match.group(1))

    def _rewritten(self, request: httpx2.Request) -> httpx2.Request:
        body = json.loads(request.read() or b"{}")
        response_format = body.get("response_format") or {}
        if response_format.get("type") != "json_schema":
            return request
        if self.style == "llama":
            schema = response_format.get("json_schema", {}).get("schema", {})
            body["response_format"] = {"type": "json_object", "schema": schema}
        else:
            del body["response_format"]
        headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
        return httpx2.Request(
            request.method, request.url, headers=headers, content=json.dumps(body).encode("utf-8")
        )

    def close(self) -> None:
        self.inner.close()
