"""Any OpenAI-compatible server (OpenAI, vLLM, Ollama, llama.cpp, LM Studio, OpenRouter) through
`openai` + `instructor`. The local provider reuses this after starting its own server."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from typing import Any

import httpx2
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from timeline.config import BUILTIN_PROFILES, Mode, Profile, never_print, without_credentials
from timeline.errors import (
    ConfigError,
    ExtractionError,
    MissingKeyError,
    OutputTruncatedError,
    ProviderError,
    ServerFailedError,
    TimelineError,
)
from timeline.llm import Completion, Message, ReplyT
from timeline.models import Usage
from timeline.providers.json_prefix import element_prefixes
from timeline.providers.transport import (
    RETRYABLE_STATUS,
    Meter,
    ReasoningTransport,
    ResponseFormatTransport,
    RetryTransport,
    retry_after_seconds,
)

# Our config names -> instructor modes. llama_json_schema and prompt_json are JSON_SCHEMA plus a
# request rewrite (see transport.ResponseFormatTransport).
_INSTRUCTOR_MODES = {
    Mode.json_schema: instructor.Mode.JSON_SCHEMA,
    Mode.llama_json_schema: instructor.Mode.JSON_SCHEMA,
    Mode.json: instructor.Mode.JSON,
    Mode.tools: instructor.Mode.TOOLS,
    Mode.md_json: instructor.Mode.MD_JSON,
    Mode.prompt_json: instructor.Mode.JSON_SCHEMA,
}

_RESPONSE_FORMAT_STYLE = {Mode.llama_json_schema: "llama", Mode.prompt_json: "none"}
# The modes in which the server holds the reply to JSON (a grammar or structured outputs).
_CONSTRAINING_MODES = frozenset({Mode.json_schema, Mode.llama_json_schema, Mode.json})
# The modes that read JSON inside a ```json fence (the transport unwraps it; instructor's MD_JSON expects it).
_FENCE_READING_MODES = frozenset({Mode.prompt_json, Mode.md_json})

# What a server refusing a mode's response_format is offered instead, in this order.
_MODES_TO_OFFER = (
    (Mode.llama_json_schema, "a llama.cpp server"),
    (Mode.json_schema, "LM Studio, vLLM, Ollama"),
    (Mode.json, "a server that takes json_object alone"),
    (Mode.prompt_json, "any server"),
)

# Sent to servers that want no key; never a real secret.
NO_KEY = "not-needed"


def key_variable(profile: Profile) -> str | None:
    """The environment variable that holds the profile's key: the one it names, else OPENAI_API_KEY
    for any profile of kind `openai` (a `[profiles.work] kind = "openai"` without `api_key_env` was
    told to set OPENAI_API_KEY and then never read it)."""
    return profile.api_key_env or ("OPENAI_API_KEY" if profile.kind == "openai" else None)


# The built-in openai-compatible profile's variable: that profile's server is most often one on the user's
# machine, which takes no key, so the key is sent when the variable is set and nothing is missing when not.
OPTIONAL_KEY_VARIABLE = str(BUILTIN_PROFILES["openai-compatible"]["api_key_env"])


def key_required(profile: Profile) -> bool:
    """Whether a build of `profile` cannot run without its key variable set: any of kind `openai`, and any
    that names its own variable but the built-in optional one. A profile naming api_key_env = "MY_KEY"
    with MY_KEY unset was listed as usable and its build sent no key, to be refused by the server."""
    return profile.kind == "openai" or profile.api_key_env not in (None, OPTIONAL_KEY_VARIABLE)


def resolve_api_key(profile: Profile, environ: dict[str, str] | None = None) -> str:
    """The key from the environment variable the profile names; never from a file."""
    env = os.environ if environ is None else environ
    variable = key_variable(profile)
    # A key read from a file often ends in a line break (a Windows-saved .env: "\r"): as an HTTP
    # header it failed before any byte was sent, reported as "server unreachable"; one pasted with
    # typographic quotes failed every document with "'ascii' codec can't encode". Keys are printable
    # ASCII without spaces, so the ends are trimmed and anything else is refused, never shown.
    key = env.get(variable, "").strip() if variable else ""
    if key and any(c.isspace() or not (c.isascii() and c.isprintable()) for c in key):
        raise ConfigError(
            f"the environment variable {variable} holds a line break, space, quote mark or other "
            "character that is not plain ASCII inside the key: set it to the key alone"
        )
    if key:
        never_print(key)
        return key
    if variable and key_required(profile):
        raise MissingKeyError(profile.name, variable, named_by_profile=profile.kind != "openai")
    return NO_KEY


def build_http_client(
    profile: Profile,
    inner: httpx2.BaseTransport | None = None,
    tell: Callable[[str], None] = lambda message: None,
) -> httpx2.Client:
    """The HTTP client every provider uses: retries owned here, llama.cpp dialect when asked; `tell`
    hears of each long wait before a retry."""
    transport: httpx2.BaseTransport = ReasoningTransport(inner or httpx2.HTTPTransport())
    if profile.mode in _RESPONSE_FORMAT_STYLE:
        transport = ResponseFormatTransport(transport, _RESPONSE_FORMAT_STYLE[profile.mode])
    return httpx2.Client(
        transport=RetryTransport(transport, profile.retry, tell=tell),
        timeout=httpx2.Timeout(profile.retry.request_timeout_s, connect=10.0),
    )


class InstructorModel:
    """`StructuredModel` over an OpenAI-compatible endpoint."""

    def __init__(self, profile: Profile, base_url: str | None, http_client: httpx2.Client) -> None:
        self.profile = profile
        self._http = http_client
        self._openai = openai.OpenAI(
            api_key=resolve_api_key(profile),
            base_url=base_url,
            max_retries=0,  # RetryTransport is the only retry owner
            http_client=http_client,
        )
        self._client = instructor.from_openai(self._openai, mode=_INSTRUCTOR_MODES[profile.mode])

    @property
    def label(self) -> str:
        return f"{self.profile.name}/{self.profile.model}"

    @property
    def _where(self) -> str:
        """The model and server for messages; a password in base_url is not shown."""
        return f"{self.label} at {without_credentials(str(self._openai.base_url))}"

    def _usage_since(self, before: Meter) -> Usage:
        now = self._retry_transport().meter
        replies = now.replies - before.replies
        return Usage(
            prompt_tokens=now.prompt_tokens - before.prompt_tokens,
            completion_tokens=now.completion_tokens - before.completion_tokens,
            requests=now.requests - before.requests,
            reasks=max(replies - 1, 0),
            replies_without_usage=now.replies_without_usage - before.replies_without_usage,
        )

    def _retry_transport(self) -> RetryTransport:
        transport = self._http._transport
        assert isinstance(transport, RetryTransport)
        return transport

    def complete(
        self,
        messages: list[Message],
        response_model: type[ReplyT],
        *,
        max_tokens: int,
        validation_context: dict[str, object] | None = None,
    ) -> Completion[ReplyT]:
        try:
            return self._complete(messages, response_model, max_tokens, validation_context)
        except TimelineError as exc:
            # Messages quote what the server said, and some servers and proxies echo the request's
            # headers in an error body ("bad header Authorization: Bearer sk-..."): that printed the key
            # on stderr and stored it in the timeline's problems.
            exc.args = tuple(without_credentials(str(arg)) for arg in exc.args)
            raise

    def _complete(
        self,
        messages: list[Message],
        response_model: type[ReplyT],
        max_tokens: int,
        validation_context: dict[str, object] | None,
    ) -> Completion[ReplyT]:
        before = self._retry_transport().meter.snapshot()
        kwargs = self._sampling(max_tokens)
        try:
            value = self._client.chat.completions.create(
                model=self.profile.model,
                messages=messages,  # type: ignore[arg-type]
                response_model=response_model,
                max_retries=self.profile.max_reasks,
                context=validation_context,
                **kwargs,
            )
        except IncompleteOutputException as exc:
            raise OutputTruncatedError(
                f"{self.label}: the reply hit max_tokens={max_tokens} before it was complete: raise the "
                f"limit with --max-tokens or max_tokens under [profiles.{self.profile.name}] in "
                "timeline.toml (a rerun asks again only for the articles that were cut off)",
                usage=self._usage_since(before),
            ) from exc
        except InstructorRetryException as exc:
            self._refuse_a_server_that_is_not_the_api(before)
            cause = exc.__cause__
            if isinstance(cause, openai.OpenAIError):
                raise self._translate(cause, before) from cause
            repaired = _before_the_break(exc, response_model, validation_context)
            if repaired is not None:
                value, broke_at, length = repaired
                return Completion(
                    value=value,
                    usage=self._usage_since(before),
                    repaired=(
                        f"{self.label}: the reply's JSON broke off at character {broke_at:,} of {length:,} "
                        f"after {exc.n_attempts} attempt(s); only what came before the break was read"
                    ),
                )
            raise ExtractionError(
                f"{self.label}: no valid reply after {exc.n_attempts} attempt(s): {self._why_refused(exc)}",
                usage=self._usage_since(before),
            ) from exc
        except openai.OpenAIError as exc:
            self._refuse_a_server_that_is_not_the_api(before)
            raise self._translate(exc, before) from exc
        return Completion(value=value, usage=self._usage_since(before))

    def _refuse_a_server_that_is_not_the_api(self, before: Meter) -> None:
        """Stop the run when the server answered with something other than a chat completion: every
        other document would get the same page (seen: a proxy's HTML login page, HTTP 200)."""
        meter = self._retry_transport().meter
        failed = meter.failed_while_answering
        if failed is not None and meter.answers_failed > before.answers_failed:
            # The server is the right one (the wrong one is a page, or an error without a server's
            # code): the model failed while answering, as a 5xx says, so the document fails alone and
            # the run stops only if the next one fails too. It read "check the profile's base_url".
            raise ServerFailedError(
                f"{self._where}: HTTP 200 carrying an error instead of a reply: {failed}: the model or its "
                "provider failed while answering",
                usage=self._usage_since(before),
            )
        odd = meter.not_a_completion
        if odd is not None and odd != before.not_a_completion:
            raise ProviderError(
                f"{self._where}: HTTP 200 with {odd}, not an OpenAI chat "
                "completion: check the profile's base_url (it should end in /v1) and any proxy in between"
            )

    def _translate(
        self, exc: openai.OpenAIError, before: Meter
    ) -> ConfigError | ProviderError | ExtractionError:
        """An SDK error as one of ours, with the hint that fixes it. A document's failure carries what
        its requests cost, so the run's counts include them (a refused request was left out)."""
        where = self._where
        if isinstance(exc, openai.AuthenticationError):
            return ProviderError(f"{where}: the server rejected the key (HTTP 401): check {self._key_hint()}")
        if isinstance(exc, openai.PermissionDeniedError):
            variable = key_variable(self.profile)
            check = (
                f"check that the key in the environment variable {variable} may use this model"
                if variable
                else "this profile sends no key: name its variable with api_key_env under "
                f"[profiles.{self.profile.name}]"
            )
            return ProviderError(
                f"{where}: access denied (HTTP 403) for model {self.profile.model}: {check}, or choose "
                "another model with --model"
            )
        if isinstance(exc, openai.NotFoundError):
            # Which of the two: an API names the missing model in JSON; a web page means no API there.
            said = _server_message(exc)
            which = (
                f"the server said: {said}"
                if said
                else "the answer is a page, not an API's error: base_url should end where the API "
                "starts, often in /v1"
            )
            return ConfigError(f"{where}: HTTP 404: check the profile's model name and base_url ({which})")
        if isinstance(exc, openai.APIStatusError) and _refuses_response_format(exc, self.profile.mode):
            # Seen with llama-cpp-python's server (HTTP 500 to {"type": "json_schema"}): the mode,
            # not the server, is what the user has to change.
            # The modes other than the refused one, each with the servers it suits: LM Studio takes only
            # json_schema (its 400 to json_object: "'response_format.type' must be 'json_schema' or
            # 'text'"), and naming the refused mode again ("json" to a server refusing json) sent the
            # user round in a circle.
            others = [
                f'"{mode.value}" ({suits})' for mode, suits in _MODES_TO_OFFER if mode != self.profile.mode
            ]
            said = _server_message(exc) or _first_line(exc)
            return ConfigError(
                f"{where}: the server refused the structured-output request of mode "
                f"'{self.profile.mode.value}' (HTTP {exc.status_code}: it does not accept this "
                f"response_format; it said: {said}): set mode = {', '.join(others[:-1])} or {others[-1]}, "
                f"under [profiles.{self.profile.name}] in timeline.toml"
            )
        if isinstance(exc, openai.APIStatusError) and (
            param := _refused_param(exc, tuple(self._sampling(max_tokens=0)))  # the field names
        ):
            # Every request carries it, so every document would fail the same way (an o-series or gpt-5
            # model refusing max_tokens, or temperature 0; Mistral refusing seed): the profile must change.
            said = _server_message(exc) or _first_line(exc)
            return ConfigError(
                f"{where}: the server refuses the request's {param} for model {self.profile.model} (HTTP "
                f"{exc.status_code}: {said}): {self._param_fix(param)} under [profiles.{self.profile.name}] "
                "in timeline.toml"
            )
        if isinstance(exc, (openai.BadRequestError, openai.UnprocessableEntityError)) or (
            isinstance(exc, openai.APIStatusError) and exc.status_code == 413  # payload too large
        ):
            # This document's request, not the server: too long for the model's context, or refused by
            # a content filter. The document fails; the others still run.
            said = _server_message(exc) or _first_line(exc)
            return ExtractionError(
                f"{where}: HTTP {exc.status_code}, the server refused this document's request ({said}): "
                "if it is too long for the model, split the article or raise the server's context size",
                usage=self._usage_since(before),
            )
        if isinstance(exc, openai.APIStatusError):
            # Only the statuses the transport retries were retried (a 405 or 501 was sent once), and only
            # when attempts and the time budget allowed a second request
            sent = self._usage_since(before).requests
            retried = " after retries" if exc.status_code in RETRYABLE_STATUS and sent > 1 else ""
            said = _server_message(exc) or _first_line(exc)
            hint = self._hint(exc.status_code, retry_after_seconds(exc.response))
            message = f"{where}: HTTP {exc.status_code}{retried}: {said}{hint}"
            if exc.status_code >= 500:
                return ServerFailedError(message, usage=self._usage_since(before))
            return ProviderError(message)
        if isinstance(exc, openai.APITimeoutError) and not isinstance(exc.__cause__, httpx2.ConnectTimeout):
            # Connected, then no reply in time: a slow CPU server on a long article, not a stopped one
            # (this was "server unreachable ... check that it is running").
            # each attempt waited that long (a hang cost attempts x the timeout, which "within 3 s" hid)
            sent = self._usage_since(before).requests
            each = f", {sent} requests sent, each timed out" if sent > 1 else ""
            return ProviderError(
                f"{where}: no reply within request_timeout_s = {self.profile.retry.request_timeout_s:g} s"
                f"{each}: the server is running but slower than that; raise request_timeout_s under "
                f"[profiles.{self.profile.name}.retry] in timeline.toml"
            )
        if isinstance(exc, openai.APIConnectionError) and _dropped_without_reply(exc):
            # Connected, sent, then the connection closed with no response, at the last attempt too: the
            # server is up (it accepted the connection) and ended this request, as a worker crashing on
            # one input does. Like a 5xx the document fails alone; a second in a row stops the run. It
            # read "server unreachable: check that it is running" and stopped every rerun at that article.
            sent = self._usage_since(before).requests
            return ServerFailedError(
                f"{where}: the server closed the connection without a reply, {_times(sent)} "
                f"({_first_line(exc.__cause__ or exc)}): it may have crashed on this request; if it did "
                "not come back, restart it",
                usage=self._usage_since(before),
            )
        if isinstance(exc, openai.APIConnectionError):
            return ProviderError(
                f"{where}: server unreachable after retries ({_first_line(exc)}): check that it is running "
                "and the profile's base_url (or --base-url / TIMELINE_BASE_URL)"
            )
        return ProviderError(f"{where}: {_first_line(exc)}")

    def _sampling(self, max_tokens: int) -> dict[str, Any]:
        """The sampling fields every request of this profile carries, the omitted ones left out."""
        fields: dict[str, Any] = {self.profile.limit_param: max_tokens}
        if "temperature" not in self.profile.omit_params:
            fields["temperature"] = self.profile.temperature
        if self.profile.seed is not None and "seed" not in self.profile.omit_params:
            fields["seed"] = self.profile.seed
        return fields

    def _param_fix(self, param: str) -> str:
        """The setting that stops the profile's requests carrying `param`."""
        if param == self.profile.limit_param:
            other = "max_tokens" if param == "max_completion_tokens" else "max_completion_tokens"
            return f'set max_tokens_param = "{other}" (the field that carries max_tokens)'
        omitted = json.dumps(sorted({*self.profile.omit_params, param}))
        default = " (the server then uses its own default)" if param == "temperature" else ""
        return f"set omit_params = {omitted}{default}"

    def _why_refused(self, exc: InstructorRetryException) -> str:
        """Why the last reply was not accepted, in one line with what to try (instructor's own message
        is an XML dump, and the first line of pydantic's repeated its count of errors twice)."""
        failed = getattr(exc, "failed_attempts", None) or []
        error = failed[-1].exception if failed else exc.__cause__ or exc
        choices = _last_choices(exc)
        if isinstance(choices, list) and not choices:
            return (
                "the server's reply held no choices (an empty list, as some servers send when a content "
                "filter withholds the answer)"
            )
        message = getattr(choices[0], "message", None) if choices else None
        refusal = getattr(message, "refusal", None)
        if isinstance(refusal, str) and refusal.strip():  # OpenAI's structured outputs say so apart
            return f"the model refused: {' '.join(refusal.split())[:300]}"
        if choices and getattr(choices[0], "finish_reason", None) == "content_filter":
            # Azure OpenAI and OpenAI withhold a reply their filter flags (content null or cut short): it
            # read "the model did not write the JSON asked for; more max_reasks may help".
            return (
                "the server's content filter withheld the reply (finish_reason content_filter): this "
                "document cannot be read through this provider, and a re-ask brings the same"
            )
        content = getattr(message, "content", None)
        # vLLM and DeepSeek return reasoning apart as reasoning_content, Ollama and OpenRouter as reasoning
        reasoning = getattr(message, "reasoning_content", None) or getattr(message, "reasoning", None)
        if not (isinstance(content, str) and content.strip()) and isinstance(reasoning, str) and reasoning:
            return (
                f"the reply held only the model's reasoning ({len(reasoning):,} characters, given apart by "
                f"the server) and no answer: more max_reasks under [profiles.{self.profile.name}] may help, "
                "or a model that answers without reasoning first"
            )
        if not isinstance(error, ValidationError):
            return _first_line(error)
        if _fenced(error) and self.profile.mode not in _FENCE_READING_MODES:
            # A re-ask returns the same fence (seen at temperature 0), so more max_reasks cannot help.
            return (
                f"{_reply_errors(error)}: the reply came in a ```json fence, so the server did not hold it "
                f'to bare JSON: set mode = "prompt_json" under [profiles.{self.profile.name}], which reads '
                "the JSON inside a fence"
            )
        # the embedded server is llama-cpp-python's, which refuses json_schema (HTTP 500)
        modes = (
            '"llama_json_schema"'
            if self.profile.kind == "local"
            else '"json_schema" (or "llama_json_schema" for a llama.cpp server)'
        )
        constrained = self.profile.mode in _CONSTRAINING_MODES
        constrain = "" if constrained else f"mode = {modes}, which constrains the reply, or "
        return (
            f"{_reply_errors(error)}: the model did not write the JSON asked for; {constrain}more "
            f"max_reasks under [profiles.{self.profile.name}] may help"
        )

    def _hint(self, status: int, asked_wait_s: float | None) -> str:
        """What to do about a status that ends the run, when the status alone does not say it."""
        if status != 429:
            return ""
        retry = f"[profiles.{self.profile.name}.retry] in timeline.toml"
        if asked_wait_s is not None and asked_wait_s > self.profile.retry.max_wait_s:
            # the transport does not retry before the time the server asked for (it would be refused)
            return (
                f": the server asked to be asked again in {asked_wait_s:.0f} s, longer than max_wait_s = "
                f"{self.profile.retry.max_wait_s:g}: wait, or raise max_wait_s under {retry}"
            )
        return (
            ": the server limits how often it may be asked (a rate limit, or a used-up quota: see what "
            f"it said): wait, or let the retries wait longer with max_wait_s and attempts under {retry}"
        )

    def _key_hint(self) -> str:
        variable = key_variable(self.profile)
        if variable and not os.environ.get(variable, "").strip():
            # a profile of kind openai-compatible sends no key when its variable is unset (a local server
            # needs none), so a hosted API (OpenRouter, Groq, Together) answered 401 to a key never sent
            return (
                f"the environment variable {variable}: it is not set, so no key was sent; set it to the key"
            )
        if variable:
            return f"the environment variable {variable}"
        return (
            f"the key: this profile sends none, so set api_key_env under [profiles.{self.profile.name}] "
            "to the name of the environment variable that holds it"
        )

    def close(self) -> None:
        self._openai.close()


def _refuses_response_format(exc: openai.APIStatusError, mode: Mode) -> bool:
    """An HTTP 400/422/500 that names response_format, for a mode that sends one."""
    sends_one = mode not in (Mode.prompt_json, Mode.md_json, Mode.tools)
    return sends_one and exc.status_code in (400, 422, 500) and "response_format" in str(exc)


# How servers say a request field is not taken: OpenAI's "Unsupported parameter" / "Unsupported value"
# (code unsupported_parameter / unsupported_value), a FastAPI server's 422 "extra_forbidden" / "Extra
# inputs are not permitted" (Mistral's API), "unrecognized" / "unknown field" elsewhere.
_REFUSES_A_FIELD = re.compile(
    r"(?i)unsupported|not supported|extra_forbidden|extra inputs are not permitted|unrecognized"
    r"|unknown (?:field|parameter|argument)"
)


def _refused_param(exc: openai.APIStatusError, sent: tuple[str, ...]) -> str | None:
    """Which of the fields every request sends (`sent`) an HTTP 400/422 says the server does not take.
    The field must be named in quotes (or as the error's `param`), so a document-level refusal that
    happens to hold the word (Groq quotes the model's failed reply) is not read as one."""
    if exc.status_code not in (400, 422):
        return None
    raw = exc.body if isinstance(exc.body, dict) else {}
    body = {k: v for k, v in raw.items() if k != "failed_generation"}
    said = json.dumps(body) if body else exc.response.text
    if not _REFUSES_A_FIELD.search(said):
        return None
    if isinstance(param := body.get("param"), str) and param in sent:
        return param
    return next((name for name in sent if re.search(rf"""['"`]{name}\\?['"`]""", said)), None)


def _server_message(exc: openai.APIStatusError) -> str | None:
    """The message of an OpenAI-style JSON error body (`{"error": {"message": ...}}` or
    `{"error": "..."}`) in one line, or None when the body is not one (a web page). The SDK's own text
    is "Error code: 429 - {'error': {'message': ...}}", a Python dict's repr."""
    try:
        json.loads(exc.response.text)
    except ValueError:
        return None
    said = exc.body.get("message") if isinstance(exc.body, dict) else exc.body
    if not isinstance(said, str) or not said.strip():
        return None
    return " ".join(said.split())[:300]


def _fenced(error: ValidationError) -> bool:
    """The reply was not JSON because it came in a Markdown code fence."""
    return any(
        problem["type"] == "json_invalid"
        and isinstance(problem.get("input"), str)
        and problem["input"].lstrip().startswith("```")
        for problem in error.errors(include_url=False)
    )


def _reply_errors(error: ValidationError, shown: int = 3) -> str:
    """A reply's validation errors as "where: what (got ...)", the first `shown` of them."""
    parts = []
    for problem in error.errors(include_url=False)[:shown]:
        got = problem.get("input")
        opening = f"{' '.join(got.split())[:80]!r}" if isinstance(got, str) else None
        if problem["type"] == "json_invalid":
            parts.append(f"the reply is not JSON ({problem['msg']}; it began {opening})")
            continue
        where = ".".join(str(part) for part in problem["loc"]) or "the reply"
        parts.append(f"{where}: {problem['msg']}" + (f" (got {opening})" if opening is not None else ""))
    more = f" and {error.error_count() - shown} more" if error.error_count() > shown else ""
    return "; ".join(parts) + more


def _dropped_without_reply(exc: openai.APIConnectionError) -> bool:
    """Whether the request's connection was made and then closed (or reset) before any response: not
    an unreachable server (a refused connection, a wrong host), whose last attempt fails to connect."""
    return isinstance(exc.__cause__, httpx2.RemoteProtocolError | httpx2.ReadError)


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


def _last_choices(exc: InstructorRetryException) -> Any:
    """The `choices` of the last reply instructor refused; None when it kept no reply."""
    failed = getattr(exc, "failed_attempts", None) or []
    completion = failed[-1].completion if failed else getattr(exc, "last_completion", None)
    return getattr(completion, "choices", None)


def _before_the_break(
    exc: InstructorRetryException, response_model: type[ReplyT], context: dict[str, object] | None
) -> tuple[ReplyT, int, int] | None:
    """The last reply's complete elements before its JSON breaks off, validated as a reply, with where
    it broke and its length; None when the reply is no broken JSON (a reply of the wrong shape is
    refused whole) or nothing before the break validates. Only a reply the model ended itself: one cut
    off at max_tokens is sent again with a larger limit (`pipeline`)."""
    choices = _last_choices(exc)
    if not choices or getattr(choices[0], "finish_reason", None) != "stop":
        return None
    content = getattr(getattr(choices[0], "message", None), "content", None)
    if not isinstance(content, str) or (start := content.find("{")) < 0:
        return None
    text = content[start:]
    try:
        json.loads(text)
    except json.JSONDecodeError as broken:
        for candidate in element_prefixes(text[: broken.pos]):
            try:
                return (
                    response_model.model_validate_json(candidate, context=context),
                    start + broken.pos,
                    len(content),
                )
            except ValidationError:
                continue
    return None
