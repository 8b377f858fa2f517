"""Configuration: built-in profiles, then `timeline.toml`, then environment, then CLI flags.

Keys never live here: a profile names the environment variable that holds its key.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
import urllib.parse
from collections.abc import Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_cache_dir
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from timeline.errors import ConfigError, validation_message

CONFIG_FILE = "timeline.toml"
DEFAULT_PROFILE = "local"


# What api_key_env may hold: the name of an environment variable, never a key.
_VARIABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# The user:password@ of a URL (a proxy's basic auth in base_url): a credential, never printed.
_URL_CREDENTIALS = re.compile(r"(?i)\b(https?://)[^/@\s]*@")


# The API keys this process has read (`never_print`): a server or proxy may quote one back in an
# error body, which error messages and -v's library log lines repeat.
_SECRETS: set[str] = set()


def never_print(secret: str) -> None:
    """From now on `without_credentials` shows `secret` as ***."""
    if secret:
        _SECRETS.add(secret)


def without_credentials(text: str) -> str:
    """`text` with the credentials of any URL in it, and any key read (`never_print`), shown as ***."""
    text = _URL_CREDENTIALS.sub(r"\1***@", text)
    for secret in _SECRETS:
        text = text.replace(secret, "***")
    return text


class Mode(str, Enum):
    """How the structured reply is requested from the server."""

    json_schema = "json_schema"  # OpenAI structured outputs: response_format {"type": "json_schema"}
    llama_json_schema = "llama_json_schema"  # llama.cpp: {"type": "json_object", "schema": ...}, enforced
    json = "json"  # {"type": "json_object"}; the schema travels in the prompt
    tools = "tools"  # a forced function call
    md_json = "md_json"  # no constraint; instructor puts the schema in the prompt
    prompt_json = "prompt_json"  # no constraint; our prompt describes the JSON; validated, re-asked


MaxTokensParam = Literal["max_tokens", "max_completion_tokens"]
OmittableParam = Literal["temperature", "seed"]


class RetryPolicy(BaseModel):
    """Transport retries, owned by one tenacity loop around each HTTP request (see providers.transport)."""

    model_config = ConfigDict(extra="forbid")

    attempts: int = Field(
        default=3, ge=1, le=10, description="HTTP requests per call at most, first included."
    )
    initial_wait_s: float = Field(default=1.0, ge=0)
    max_wait_s: float = Field(default=30.0, ge=0)
    total_timeout_s: float = Field(default=600.0, gt=0, description="Give up retrying after this long.")
    request_timeout_s: float = Field(default=900.0, gt=0, description="One request; CPU inference is slow.")


class Profile(BaseModel):
    """One named way of reaching a model."""

    model_config = ConfigDict(extra="forbid")

    name: str = ""
    kind: str = Field(description="Provider registry key: local, openai or openai-compatible.")
    model: str
    base_url: str | None = None
    api_key_env: str | None = None
    mode: Mode = Mode.json_schema
    temperature: float = 0.0
    seed: int | None = 0
    max_tokens: int = Field(default=512, ge=16)
    max_reasks: int = Field(default=1, ge=0, le=5, description="Validation re-asks after the first reply.")
    # Each part's sentences that name a date and that no event of the reply cites are shown to the model
    # once more (`grounding.second_look`); false saves those requests, at the events they would find.
    second_look: bool = True
    retry: RetryPolicy = Field(default_factory=RetryPolicy)
    # Not in the cache key: the thread count changes the speed, not what the model is asked.
    threads: int | None = Field(
        default=None,
        ge=1,
        description="Threads of the embedded model's server (a local profile without base_url); "
        "default: every core this process may use.",
    )
    # The request field that carries max_tokens. OpenAI's reasoning models (o1, o3, o4-mini, the gpt-5
    # family) refuse max_tokens with HTTP 400 and take max_completion_tokens, which OpenAI documents for
    # every chat model; servers of other kinds (vLLM, Ollama, llama.cpp, LM Studio, OpenRouter, Groq,
    # Together, Mistral) take max_tokens. Default: max_completion_tokens for OpenAI's own API (kind
    # openai without base_url), max_tokens elsewhere.
    max_tokens_param: MaxTokensParam | None = None
    # Sampling settings left out of the request, for a server or model that refuses them: OpenAI's
    # reasoning models refuse a temperature other than 1, Mistral's API refuses seed (HTTP 422).
    omit_params: list[OmittableParam] = Field(default_factory=list)

    @property
    def limit_param(self) -> MaxTokensParam:
        """The request field that carries the reply's token limit (`max_tokens_param`, resolved)."""
        if self.max_tokens_param is not None:
            return self.max_tokens_param
        return "max_completion_tokens" if self.kind == "openai" and not self.base_url else "max_tokens"

    @property
    def starts_embedded_server(self) -> bool:
        """Whether a run starts the embedded model's server (a local profile without a server of yours)."""
        return self.kind == "local" and not self.base_url

    @field_validator("api_key_env")
    @classmethod
    def _variable_name(cls, value: str | None) -> str | None:
        # A key pasted here instead of a variable's name was printed back in "set the environment
        # variable sk-..." and in every 401 message; the value is never repeated. A name that is one
        # (letters, digits, _) but long and random-looking (a Groq "gsk_..." key) is refused too.
        if not value:  # api_key_env = "" reads as no variable, as it did before names were checked
            return None
        random_looking = (
            len(value) >= 32 and any(c.isdigit() for c in value) and any(c.islower() for c in value)
        )
        if not _VARIABLE_NAME.fullmatch(value) or random_looking:
            raise ValueError(
                "this is not the name of an environment variable (the value is not shown, in case it is "
                "a key): put the key in an environment variable and give its name, e.g. api_key_env = "
                '"OPENAI_API_KEY"'
            )
        return value

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        # The whole URL is checked, not its opening: a bad port ("host:abc") passed and crashed the
        # run with a traceback where the client was made, a space made every request "unreachable".
        shown = repr(without_credentials(value))
        try:
            parts = urllib.parse.urlsplit(value)
            _ = parts.port  # raises ValueError for a port that is not a number from 0 to 65535
        except ValueError as exc:
            raise ValueError(f"{shown} is not a usable URL ({exc}), e.g. http://127.0.0.1:8080/v1") from None
        if (
            parts.scheme.lower() not in ("http", "https")
            or not parts.hostname
            or any(c.isspace() for c in value)
        ):
            raise ValueError(f"{shown} is not an http:// or https:// URL (e.g. http://127.0.0.1:8080/v1)")
        # The client puts each request's path after base_url, so any part of a longer URL given here
        # sent every request to a wrong address: a query went on after "?" ("...?api-version=2024-10-21/
        # chat/completions"), an endpoint's own path was doubled (".../chat/completions/chat/completions").
        azure = (parts.hostname or "").endswith(".azure.com") and "/openai/deployments/" in parts.path
        if azure or parts.query or parts.fragment:
            raise ValueError(
                f"{shown}: base_url is where the API starts, without a query (?...) or a deployment's path: "
                "for Azure OpenAI use its v1 API, https://RESOURCE.openai.azure.com/openai/v1, with the "
                "deployment's name as model (no api-version is needed)"
            )
        endpoint = re.search(r"/(?:chat/)?completions/*$", parts.path)
        if endpoint:
            start = without_credentials(value[: value.rindex(parts.path) + endpoint.start()])
            raise ValueError(
                f"{shown} is an endpoint, not where the API starts: set base_url to {start!r} "
                "(/chat/completions is added to it)"
            )
        # ".../v1/" and ".../v1" are one server: one cache key, one client base
        return value.rstrip("/")

    def sampling_key(self) -> dict[str, Any]:
        """What changes the model's answer, for the result cache key."""
        key: dict[str, Any] = {
            "kind": self.kind,
            "model": self.model,
            "mode": self.mode.value,
            "temperature": self.temperature,
            "seed": self.seed,
        }
        # Not max_tokens: only a complete reply is stored, and a limit only cuts a reply, never changes
        # one (the pipeline already stores the reply of its larger-limit retry under this key). With it,
        # raising --max-tokens after one article was cut off asked the model again for every article.
        if self.omit_params:  # the server's own default temperature (or no seed) may answer otherwise
            key["omitted"] = sorted(set(self.omit_params))
        if self.base_url:  # another server may serve another model under the same name
            # Its user:password@ is not the server: a changed password re-extracted every article, and
            # the entries' file names (hashes of known text and the password) let a password be guessed.
            key["base_url"] = without_credentials(self.base_url)
        return key


BUILTIN_PROFILES: dict[str, dict[str, Any]] = {
    "local": {
        "kind": "local",
        "model": "qwen2.5-coder-1.5b-instruct-q4_k_m",
        # No grammar: measured 15-40 % faster per request; Pydantic validation catches bad replies.
        "mode": "prompt_json",
        "max_tokens": 400,
    },
    "openai": {
        "kind": "openai",
        "model": "gpt-4o-mini",
        "api_key_env": "OPENAI_API_KEY",
        "mode": "json_schema",
    },
    "openai-compatible": {
        "kind": "openai-compatible",
        "model": "local-model",
        "base_url": "http://127.0.0.1:8080/v1",
        "api_key_env": "OPENAI_COMPATIBLE_API_KEY",
        "mode": "json_schema",
    },
}
# The provider registry's keys (timeline.providers; config does not import providers, a test checks
# the two agree).
KNOWN_KINDS = tuple(sorted({str(profile["kind"]) for profile in BUILTIN_PROFILES.values()}))


def threads_conflict(profile: Profile) -> str | None:
    """Why a profile cannot set `threads`, if it does: only the server timeline starts has threads to set."""
    if profile.threads is None or profile.starts_embedded_server:
        return None
    runs = "a server you run (base_url)" if profile.base_url else f"{profile.kind}'s API"
    return (
        f"profile '{profile.name}' talks to {runs}, so threads cannot be set for it: remove threads "
        f"from [profiles.{profile.name}] (it sets the threads of the embedded model's server only)"
    )


def embedded_model_conflict(profile: Profile) -> str | None:
    """Why a profile that starts the embedded model cannot name another one, if it does: the name would
    be recorded in provenance as the model used (`[profiles.local] model = "llama3"` ran Qwen and said
    llama3). With base_url the profile reuses a server of the user's, which may serve any model."""
    embedded = BUILTIN_PROFILES["local"]["model"]
    if not profile.starts_embedded_server or profile.model == embedded:
        return None
    return (
        f"profile '{profile.name}' starts the embedded model {embedded}, so its model cannot be "
        f"'{profile.model}' (that name would be recorded as the model used): remove model from "
        f"[profiles.{profile.name}], set base_url there to a server you run that serves it, or use an "
        "openai-compatible profile"
    )


class Settings(BaseModel):
    """The resolved configuration of one run."""

    model_config = ConfigDict(extra="forbid")

    profile: str = DEFAULT_PROFILE
    profile_from: str = "the default"  # where the profile's name came from, for error messages
    profiles: dict[str, Profile]
    cache_dir: Path | None = None
    # where cache_dir was set (a file's path), so that a folder that cannot be written is fixed there
    cache_dir_file: str | None = None
    source: str = "built-in defaults"

    @field_validator("cache_dir")
    @classmethod
    def _home(cls, value: Path | None) -> Path | None:
        # No shell expands "~" in timeline.toml (nor in a quoted variable): cache_dir = "~/cache" made
        # a folder named "~" in the working directory and put the results and the 1.1 GB model there.
        return value.expanduser() if value is not None else None

    def cache_folder(self) -> Path:
        """Where the model, the result cache and the server logs are kept: `cache_dir` (timeline.toml or
        TIMELINE_CACHE_DIR), else the user's cache folder. One place, so the CLI and the scripts
        (`make bench`, `make record`) never use two different folders."""
        return self.cache_dir or Path(user_cache_dir("timeline"))

    def cache_advice(self) -> str:
        """How to give the cache a writable folder: where the folder in use was set. "set
        TIMELINE_CACHE_DIR" alone sent the user to a variable they had never set, when cache_dir in
        their timeline.toml named the folder."""
        if self.cache_dir_file is not None:
            return f"set cache_dir in {self.cache_dir_file} (or TIMELINE_CACHE_DIR) to a writable folder"
        return "set TIMELINE_CACHE_DIR to a writable folder"

    def active(self) -> Profile:
        try:
            profile = self.profiles[self.profile]
        except KeyError:
            known = sorted(self.profiles)
            raise ConfigError(
                f"unknown profile '{self.profile}' (from {self.profile_from}): "
                f"{did_you_mean(self.profile, known)}choose one of {', '.join(known)}"
            ) from None
        if conflict := embedded_model_conflict(profile) or threads_conflict(profile):
            raise ConfigError(f"{self.source}: {conflict}")
        return profile


# What timeline.toml may hold; anything else is a typo that would silently fall back to defaults.
_CONFIG_KEYS: dict[str, tuple[str, ...]] = {"timeline": ("profile", "cache_dir"), "profiles": ()}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_bytes().decode("utf-8-sig")  # an editor's byte-order mark is not an error
        data = tomllib.loads(text)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text; save the config as UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc}); fix the file or pass --config") from exc
    for table, value in data.items():
        if table not in _CONFIG_KEYS or not isinstance(value, dict):
            raise ConfigError(
                f"{path}: unknown setting {table!r}: the file holds a [timeline] table (profile, cache_dir) "
                "and [profiles.NAME] tables"
            )
        allowed = _CONFIG_KEYS[table]
        for key in value if allowed else ():
            if key not in allowed:
                raise ConfigError(
                    f"{path}: unknown key {key!r} in [{table}]: use one of {', '.join(allowed)}"
                )
    for name, body in data.get("profiles", {}).items():
        if not isinstance(body, dict):  # it raised TypeError, a traceback with exit code 1
            raise ConfigError(
                f"{path}: [profiles] {name} is not a table: write a profile as [profiles.{name}] with its "
                "keys below it, and the default profile as profile = ... under [timeline]"
            )
    return data


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        merged[key] = (
            _merge(merged[key], value)
            if isinstance(value, dict) and isinstance(merged.get(key), dict)
            else value
        )
    return merged


def load_settings(
    config_path: Path | None = None,
    *,
    profile: str | None = None,
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Resolve settings. Precedence: CLI (`profile`, `overrides`) > environment > file > built-in."""
    env = os.environ if environ is None else environ
    raw, source = _from_file(config_path)
    chosen, raw["profile_from"] = next(
        (name, origin)
        for name, origin in (
            (profile, "--profile"),
            (env.get("TIMELINE_PROFILE"), "the environment variable TIMELINE_PROFILE"),
            (raw.get("profile"), f"[timeline] profile in {source}"),
            (DEFAULT_PROFILE, "the default"),
        )
        if name
    )
    raw["profile"] = chosen
    if env.get("TIMELINE_CACHE_DIR"):
        raw["cache_dir"], raw["cache_dir_file"] = env["TIMELINE_CACHE_DIR"], None
    env_overrides = _environment_overrides(env, raw["profiles"].get(chosen, {}))
    if chosen in raw["profiles"]:
        changed = {**env_overrides, **(overrides or {})}
        if raw["profiles"][chosen].get("kind") == "local" and "model" in changed:
            raise ConfigError(
                f"profile '{chosen}' serves the embedded model only, so --model / TIMELINE_MODEL cannot "
                "change it; to use another model choose an openai or openai-compatible profile "
                "(see `timeline providers`)"
            )
        raw["profiles"][chosen] = _merge(raw["profiles"][chosen], changed)
    for name, body in raw["profiles"].items():
        body["name"] = name
    try:
        return Settings(**raw, source=source)
    except ValidationError as exc:
        # a command-line value wins over the environment's, so it is the one named
        origins = {field: "environment" for field in env_overrides} | dict.fromkeys(
            overrides or {}, "command line"
        )
        raise _invalid_setting(exc, raw["profiles"], chosen, source, origins) from exc


def _from_file(config_path: Path | None) -> tuple[dict[str, Any], str]:
    """The built-in profiles with the config file's settings over them, and where they came from."""
    raw: dict[str, Any] = {"profiles": {name: dict(p) for name, p in BUILTIN_PROFILES.items()}}
    path = config_path or (Path.cwd() / CONFIG_FILE)
    if config_path is not None and config_path.is_dir():  # it said "not found" of a folder that is there
        raise ConfigError(f"{config_path}: a folder, not a config file: give the timeline.toml file")
    if config_path is not None and not config_path.is_file():
        raise ConfigError(f"{config_path}: config file not found")
    if not path.is_file():
        return raw, "built-in defaults"
    data = _read_toml(path)
    raw = _merge(raw, {"profiles": data.get("profiles", {})})
    raw.update({k: v for k, v in data.get("timeline", {}).items() if k in ("profile", "cache_dir")})
    if isinstance(raw.get("cache_dir"), str) and not raw["cache_dir"].startswith("~"):
        # a relative folder is the file's neighbour, wherever the command runs: with --config
        # elsewhere, it was read from the working folder (and the 1.1 GB model stored there)
        raw["cache_dir"] = str(path.parent / raw["cache_dir"])
    if raw.get("cache_dir") is not None:
        raw["cache_dir_file"] = str(path)
    return raw, str(path)


def _environment_overrides(env: Mapping[str, str], chosen_body: dict[str, Any]) -> dict[str, str]:
    """The chosen profile's settings the environment variables give."""
    overrides = {
        field: env[var]
        for field, var in (("model", "TIMELINE_MODEL"), ("base_url", "TIMELINE_BASE_URL"))
        if env.get(var)
    }
    if env.get("TIMELINE_THREADS") and chosen_body.get("kind") == "local" and not chosen_body.get("base_url"):
        # for the embedded server only: a variable exported for it must not break a remote profile's run
        overrides["threads"] = env["TIMELINE_THREADS"]
    return overrides


def _invalid_setting(
    exc: ValidationError, profiles: dict[str, Any], chosen: str, source: str, origins: dict[str, str]
) -> ConfigError:
    """The first invalid setting, named where the user wrote it (`origins`: field -> "command line" or
    "environment" for the chosen profile's overrides; the config file otherwise), with its fix."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    field = str(first["loc"][-1])
    origin = source
    if first["loc"][:2] == ("profiles", chosen) and field in origins:
        origin = origins[field]
        where = "--" + field.replace("_", "-") if origin == "command line" else "TIMELINE_" + field.upper()
    if first["type"] == "extra_forbidden":  # a typo ("max_token") read "Extra inputs are not permitted"
        return ConfigError(_unknown_key(origin, first["loc"]))
    # A misspelt kind ("openai-compatable") lacks the model its built-in profile would give, and
    # "model: Field required" hid the typo: the kind is named first.
    kind = profiles.get(str(first["loc"][1]), {}).get("kind") if first["loc"][0] == "profiles" else None
    if first["loc"][0] == "profiles" and first["loc"][-1] == "kind" and first["type"] == "missing":
        # a table of its own name gets no kind from a built-in profile: "kind: Field required" named
        # neither the kinds nor that way out
        name = first["loc"][1]
        return ConfigError(
            f"{origin}: invalid setting {where}: {first['msg']}: a profile not named after a built-in "
            f'one says which provider it uses: add kind = "openai-compatible" (or "openai", "local") '
            f"under [profiles.{name}], or name the table [profiles.openai-compatible]"
        )
    if isinstance(kind, str) and kind not in KNOWN_KINDS:
        known = ", ".join(KNOWN_KINDS)
        return ConfigError(f"{origin}: profile '{first['loc'][1]}': unknown kind '{kind}' (known: {known})")
    return ConfigError(f"{origin}: invalid setting {where}: {validation_message(first)}")


def _unknown_key(origin: str, loc: tuple[int | str, ...]) -> str:
    """'unknown key' for a key of a profile (or its retry table) that no setting has, with the close one."""
    *table, key = (str(part) for part in loc)
    model: type[BaseModel] = RetryPolicy if table[-1:] == ["retry"] else Profile
    allowed = [name for name in model.model_fields if name != "name"]
    hint = did_you_mean(key, allowed)
    return f"{origin}: unknown key {key!r} in [{'.'.join(table)}]: {hint}use one of {', '.join(allowed)}"


def did_you_mean(given: str, choices: Sequence[str]) -> str:
    """ "did you mean max_tokens? " for the choice nearest a misspelt `given` ('max_token', 'opnai'), else
    "": a list of choices alone left the reader to spot their own typo."""
    # 0.7, not difflib's 0.6: "nope" read as a misspelt "openai"
    close = difflib.get_close_matches(given, choices, n=1, cutoff=0.7)
    return f"did you mean {close[0]}? " if close else ""
