"""The one exception hierarchy. Every message says what to do about it."""

from __future__ import annotations

from pydantic_core import ErrorDetails


class TimelineError(Exception):
    """Base class: an error the CLI reports in one line and maps to an exit code."""

    exit_code = 1


class ConfigError(TimelineError):
    """The configuration or the command line asks for something impossible."""

    exit_code = 2


class MissingExtraError(ConfigError):
    """An optional dependency group is not installed; the message names the command that installs it.

    That is `make timeline`, not `pip install 'timeline[EXTRA]'`: PyPI's `timeline` is another
    project (pip takes it wherever this one is not installed), and pip would compile
    llama-cpp-python from its source for this CPU, without the Makefile's portable flags (the AMX
    crash) and without the wheel the Makefile keeps in ~/.cache/timeline/wheels."""

    def __init__(self, extra: str, package: str) -> None:
        super().__init__(
            f"the '{extra}' extra is needed ({package} is not installed): run `make timeline` in the "
            f"timeline checkout, which installs it (`pip install -e '.[{extra}]'` there would compile "
            "llama-cpp-python without the Makefile's portable CPU flags)"
        )


class MissingKeyError(ConfigError):
    """A provider profile needs an API key that the environment does not hold."""

    def __init__(self, profile: str, env_var: str, named_by_profile: bool = False) -> None:
        super().__init__(f"profile '{profile}' needs an API key: set the environment variable {env_var}")
        self.profile, self.env_var, self.named_by_profile = profile, env_var, named_by_profile

    def how_to_fix(self) -> str:
        """The message with how to set the variable, for a build it stops (`timeline providers` keeps its
        one line per profile short); a profile naming its own variable may name one its server never
        needed."""
        how = (
            f'{self} (`export {self.env_var}=...` in a POSIX shell, `$env:{self.env_var} = "..."` in '
            "PowerShell; a key is never read from a file)"
        )
        if self.named_by_profile:
            how += f"; or, if its server takes no key, remove api_key_env from [profiles.{self.profile}]"
        return how


class DocumentError(TimelineError):
    """One input document cannot be read or has no usable text; the others still run."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ProviderError(TimelineError):
    """The model server refused or failed a request after the retry policy gave up."""

    exit_code = 3


class ServerFailedError(ProviderError):
    """The server answered one request with a server error (HTTP 5xx), or closed its connection without
    a reply, until the retries ran out. The request may be at fault as well as the server (a document
    the server cannot process), so the pipeline fails the document and goes on, and stops only when the
    next request fails too."""

    def __init__(self, message: str, usage: object | None = None) -> None:
        super().__init__(message)
        self.usage = usage  # a timeline.models.Usage: the failed attempts were sent


class ModelSetupError(ProviderError):
    """The embedded model or its server could not be prepared or started."""


class ExtractionError(TimelineError):
    """The model's reply could not be turned into valid events within the re-ask budget."""

    def __init__(self, message: str, usage: object | None = None) -> None:
        super().__init__(message)
        self.usage = usage  # a timeline.models.Usage: failed attempts still cost tokens


class OutputTruncatedError(ExtractionError):
    """The reply hit the token limit; it is never re-sent unchanged."""


def validation_message(error: ErrorDetails) -> str:
    """A validation error's message as its validator wrote it: pydantic puts "Value error, " before
    each message a validator raises ("invalid setting --base-url: Value error, 'x' is not an http://
    URL"), which tells a user nothing and reads as if the value were the error."""
    if error["type"] == "value_error" and "error" in error.get("ctx", {}):
        return str(error["ctx"]["error"])
    return error["msg"]
