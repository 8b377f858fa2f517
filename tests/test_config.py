"""Configuration precedence (built-in < timeline.toml < environment < CLI) and key handling."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.config import BUILTIN_PROFILES, Mode, load_settings
from timeline.errors import ConfigError, MissingKeyError
from timeline.providers.openai_compatible import NO_KEY, resolve_api_key

FILE_CONFIG = """
[timeline]
profile = "mine"

[profiles.mine]
kind = "openai-compatible"
model = "file-model"
base_url = "http://file.example/v1"

[profiles.openai]
model = "gpt-file"
"""


@pytest.fixture(autouse=True)
def _clean_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test runs in an empty folder with none of our variables set."""
    monkeypatch.chdir(tmp_path)
    for var in ("TIMELINE_PROFILE", "TIMELINE_MODEL", "TIMELINE_BASE_URL", "TIMELINE_CACHE_DIR"):
        monkeypatch.delenv(var, raising=False)


def write_config(folder: Path, text: str = FILE_CONFIG, name: str = "timeline.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_profiles_exist_with_their_kinds() -> None:
    settings = load_settings(environ={})
    assert sorted(settings.profiles) == ["local", "openai", "openai-compatible"]
    assert {name: p.kind for name, p in settings.profiles.items()} == {
        "local": "local",
        "openai": "openai",
        "openai-compatible": "openai-compatible",
    }
    assert settings.profile == "local"
    assert settings.source == "built-in defaults"
    assert settings.active().name == "local"
    assert settings.profiles["openai"].api_key_env == "OPENAI_API_KEY"
    assert settings.profiles["openai-compatible"].api_key_env == "OPENAI_COMPATIBLE_API_KEY"
    assert settings.profiles["local"].mode is Mode(BUILTIN_PROFILES["local"]["mode"])
    assert settings.profiles["openai"].mode is Mode.json_schema


def test_timeline_toml_in_cwd_is_found(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    settings = load_settings(environ={})
    assert settings.source == str(path)
    assert settings.profile == "mine"
    active = settings.active()
    assert (active.name, active.kind, active.model, active.base_url) == (
        "mine",
        "openai-compatible",
        "file-model",
        "http://file.example/v1",
    )


def test_file_profile_merges_over_the_builtin_one(tmp_path: Path) -> None:
    write_config(tmp_path)
    openai = load_settings(environ={}).profiles["openai"]
    assert openai.model == "gpt-file"
    assert openai.api_key_env == "OPENAI_API_KEY"  # kept from the built-in profile
    assert openai.kind == "openai"


def test_config_path_overrides_the_cwd_file(tmp_path: Path) -> None:
    write_config(tmp_path)
    other = tmp_path / "elsewhere"
    other.mkdir()
    explicit = write_config(other, "[profiles.local]\nmax_tokens = 321\n", "custom.toml")
    settings = load_settings(explicit, environ={})
    assert settings.source == str(explicit)
    assert settings.profile == "local"
    assert settings.active().max_tokens == 321
    assert "mine" not in settings.profiles


def test_missing_config_path_is_an_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as caught:
        load_settings(missing, environ={})
    assert str(caught.value) == f"{missing}: config file not found"


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    write_config(tmp_path)
    settings = load_settings(
        environ={
            "TIMELINE_PROFILE": "openai-compatible",
            "TIMELINE_MODEL": "env-model",
            "TIMELINE_BASE_URL": "http://env.example/v1",
        }
    )
    active = settings.active()
    assert (active.name, active.model, active.base_url) == (
        "openai-compatible",
        "env-model",
        "http://env.example/v1",
    )


def test_environment_model_overrides_the_file_profile(tmp_path: Path) -> None:
    write_config(tmp_path)
    active = load_settings(environ={"TIMELINE_MODEL": "env-model"}).active()
    assert (active.name, active.model, active.base_url) == ("mine", "env-model", "http://file.example/v1")


def test_process_environment_is_read_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_config(tmp_path)
    monkeypatch.setenv("TIMELINE_PROFILE", "openai")
    monkeypatch.setenv("TIMELINE_MODEL", "gpt-env")
    active = load_settings().active()
    assert (active.name, active.model) == ("openai", "gpt-env")


def test_cli_overrides_beat_the_environment(tmp_path: Path) -> None:
    write_config(tmp_path)
    settings = load_settings(
        profile="openai-compatible",
        overrides={"model": "cli-model", "base_url": "http://cli.example/v1", "max_tokens": 99},
        environ={
            "TIMELINE_PROFILE": "openai",
            "TIMELINE_MODEL": "env-model",
            "TIMELINE_BASE_URL": "http://env/v1",
        },
    )
    active = settings.active()
    assert (active.name, active.model, active.base_url, active.max_tokens) == (
        "openai-compatible",
        "cli-model",
        "http://cli.example/v1",
        99,
    )


def test_overrides_touch_only_the_chosen_profile() -> None:
    settings = load_settings(profile="openai", overrides={"model": "cli-model"}, environ={})
    assert settings.profiles["openai"].model == "cli-model"
    assert settings.profiles["local"].model == BUILTIN_PROFILES["local"]["model"]


def test_unknown_profile_lists_the_known_ones() -> None:
    settings = load_settings(profile="nope", environ={})
    with pytest.raises(ConfigError) as caught:
        settings.active()
    assert str(caught.value) == (
        "unknown profile 'nope' (from --profile): choose one of local, openai, openai-compatible"
    )
    assert caught.value.exit_code == 2


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write_config(tmp_path, "[profiles\nmodel = 1\n", "broken.toml")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ={})
    message = str(caught.value)
    assert message.startswith(f"{path}: invalid TOML")
    assert "line 1" in message


def test_invalid_toml_in_cwd_names_the_file(tmp_path: Path) -> None:
    path = write_config(tmp_path, "profile = \n")
    with pytest.raises(ConfigError, match="invalid TOML") as caught:
        load_settings(environ={})
    assert str(path) in str(caught.value)


def test_a_key_in_the_file_is_rejected_as_an_unknown_field(tmp_path: Path) -> None:
    write_config(tmp_path, '[profiles.openai]\napi_key = "sk-secret-123"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={})
    message = str(caught.value)
    assert (
        "unknown key 'api_key' in [profiles.openai]: did you mean api_key_env? use one of kind, " in message
    )
    assert "sk-secret-123" not in message


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            "[profiles.local]\nmax_token = 600\n",
            "unknown key 'max_token' in [profiles.local]: did you mean max_tokens? use one of kind, model, "
            "base_url, api_key_env, mode, temperature, seed, max_tokens, max_reasks, second_look, retry",
        ),
        (
            "[profiles.local.retry]\nattempt = 3\n",
            "unknown key 'attempt' in [profiles.local.retry]: did you mean attempts? use one of attempts, ",
        ),
        ("[profiles.local]\nfoo = 1\n", "unknown key 'foo' in [profiles.local]: use one of kind, "),
    ],
)
def test_a_mistyped_profile_key_is_named_with_the_keys_there_are(
    tmp_path: Path, toml: str, message: str
) -> None:
    """It read "invalid setting profiles.local.max_token: Extra inputs are not permitted"."""
    path = write_config(tmp_path, toml)
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={})
    assert str(caught.value).startswith(f"{path}: {message}")


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ("[profiles.local]\nmax_tokens = 3\n", "profiles.local.max_tokens"),
        ('[profiles.local]\nmode = "telepathy"\n', "profiles.local.mode"),
        ("[profiles.local.retry]\nattempts = 0\n", "profiles.local.retry.attempts"),
        ('[profiles.new]\nmodel = "m"\n', "profiles.new.kind"),
        ('[profiles.local]\nbase_url = "not a url"\n', "profiles.local.base_url"),
    ],
)
def test_invalid_settings_name_the_field(tmp_path: Path, body: str, where: str) -> None:
    path = write_config(tmp_path, body)
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={})
    assert str(caught.value).startswith(f"{path}: invalid setting {where}: ")


def test_missing_openai_key_names_the_variable() -> None:
    profile = load_settings(environ={}).profiles["openai"]
    with pytest.raises(MissingKeyError) as caught:
        resolve_api_key(profile, environ={})
    assert "OPENAI_API_KEY" in str(caught.value)
    assert caught.value.exit_code == 2


def test_key_comes_from_the_environment() -> None:
    profile = load_settings(environ={}).profiles["openai"]
    assert resolve_api_key(profile, environ={"OPENAI_API_KEY": "sk-test-1"}) == "sk-test-1"


def test_empty_key_variable_counts_as_missing() -> None:
    profile = load_settings(environ={}).profiles["openai"]
    with pytest.raises(MissingKeyError):
        resolve_api_key(profile, environ={"OPENAI_API_KEY": ""})


def test_a_profile_of_kind_openai_without_api_key_env_reads_openai_api_key(tmp_path: Path) -> None:
    """It was told to set OPENAI_API_KEY, and then never read it."""
    write_config(tmp_path, '[profiles.work]\nkind = "openai"\nmodel = "gpt-4o"\n')
    profile = load_settings(environ={}).profiles["work"]
    assert resolve_api_key(profile, environ={"OPENAI_API_KEY": "sk-test-2"}) == "sk-test-2"
    with pytest.raises(MissingKeyError, match="set the environment variable OPENAI_API_KEY"):
        resolve_api_key(profile, environ={})


@pytest.mark.parametrize(
    "pasted",
    ["sk-proj-AbCdEf0123456789DO-NOT-PRINT", "gsk_8fK2mQ9xV7LpR3tW1zY6bN4cH0jDaE5sDONOTPRINT", "my key"],
)
def test_a_key_given_as_api_key_env_is_refused_and_never_printed(tmp_path: Path, pasted: str) -> None:
    """It was printed back in "set the environment variable sk-..." and in every 401 message."""
    write_config(tmp_path, f'[profiles.work]\nkind = "openai"\nmodel = "m"\napi_key_env = "{pasted}"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={})
    message = str(caught.value)
    assert "invalid setting profiles.work.api_key_env" in message
    assert 'give its name, e.g. api_key_env = "OPENAI_API_KEY"' in message
    assert pasted not in message
    assert "PRINT" not in message


def test_an_empty_api_key_env_names_no_variable(tmp_path: Path) -> None:
    write_config(tmp_path, '[profiles.openai-compatible]\napi_key_env = ""\n')
    assert load_settings(environ={}).profiles["openai-compatible"].api_key_env is None


def test_an_ordinary_variable_name_is_accepted_as_api_key_env(tmp_path: Path) -> None:
    write_config(tmp_path, '[profiles.work]\nkind = "openai"\nmodel = "m"\napi_key_env = "my_org_key_2"\n')
    assert load_settings(environ={}).profiles["work"].api_key_env == "my_org_key_2"


def test_a_key_read_with_its_line_break_is_trimmed() -> None:
    """As an HTTP header "sk-...\\r\\n" failed before sending: "server unreachable"."""
    profile = load_settings(environ={}).profiles["openai"]
    assert resolve_api_key(profile, environ={"OPENAI_API_KEY": " sk-test-3\r\n"}) == "sk-test-3"
    with pytest.raises(MissingKeyError):
        resolve_api_key(profile, environ={"OPENAI_API_KEY": "\n"})


@pytest.mark.parametrize(
    "value", ["sk-test-DO-NOT\nPRINT", "\u201csk-test-DO-NOT-PRINT\u201d", "sk-test DO-NOT-PRINT"]
)
def test_a_key_that_cannot_be_a_header_is_refused_without_showing_it(value: str) -> None:
    """Typographic quotes failed every document with "'ascii' codec can't encode character"."""
    profile = load_settings(environ={}).profiles["openai"]
    with pytest.raises(ConfigError) as caught:
        resolve_api_key(profile, environ={"OPENAI_API_KEY": value})
    assert (
        "OPENAI_API_KEY holds a line break, space, quote mark or other character that is not plain ASCII"
        in str(caught.value)
    )
    assert "DO-NOT" not in str(caught.value)


def test_openai_compatible_without_a_key_gets_the_placeholder() -> None:
    profile = load_settings(environ={}).profiles["openai-compatible"]
    assert resolve_api_key(profile, environ={}) == NO_KEY == "not-needed"
    assert resolve_api_key(profile, environ={"OPENAI_COMPATIBLE_API_KEY": "k2"}) == "k2"


def test_cache_dir_comes_from_file_then_environment(tmp_path: Path) -> None:
    write_config(tmp_path, '[timeline]\ncache_dir = "/from/file"\n')
    assert load_settings(environ={}).cache_dir == Path("/from/file")
    assert load_settings(environ={"TIMELINE_CACHE_DIR": "/from/env"}).cache_dir == Path("/from/env")


def test_a_cache_dir_under_home_is_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It was a folder named "~" in the working directory."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    write_config(tmp_path, '[timeline]\ncache_dir = "~/timeline-cache"\n')
    assert load_settings(environ={}).cache_dir == tmp_path / "home" / "timeline-cache"
    assert (
        load_settings(environ={"TIMELINE_CACHE_DIR": "~/env-cache"}).cache_dir
        == tmp_path / "home" / "env-cache"
    )


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://127.0.0.1:abc/v1", "is not a usable URL (Port could not be cast"),
        ("http://127.0.0.1:99999/v1", "is not a usable URL (Port out of range"),
        ("http://[::1/v1", "is not a usable URL (Invalid IPv6 URL)"),
        ("http://exa mple/v1", "is not an http:// or https:// URL"),
        ("http:///v1", "is not an http:// or https:// URL"),
    ],
)
def test_a_base_url_is_checked_whole_not_only_its_opening(url: str, said: str) -> None:
    """A bad port passed and crashed the build with a traceback; a space made every request fail."""
    with pytest.raises(ConfigError) as caught:
        load_settings(profile="openai-compatible", overrides={"base_url": url}, environ={})
    assert str(caught.value).startswith("command line: invalid setting --base-url: ")
    assert said in str(caught.value)


def test_a_bad_setting_is_said_in_the_validators_words() -> None:
    """pydantic's "Value error, " stood between the setting and what is wrong with it."""
    with pytest.raises(ConfigError) as caught:
        load_settings(profile="openai-compatible", overrides={"base_url": "localhost:8080/v1"}, environ={})
    assert str(caught.value).startswith(
        "command line: invalid setting --base-url: 'localhost:8080/v1' is not an http:// or https:// URL"
    )


def test_a_bad_base_url_is_named_without_its_password() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={"TIMELINE_BASE_URL": "http://me:DO-NOT-PRINT@host:abc/v1"})
    assert "'http://***@host:abc/v1' is not a usable URL" in str(caught.value)


def test_an_environment_setting_is_named_as_its_variable() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={"TIMELINE_BASE_URL": "localhost:8080"})
    assert str(caught.value).startswith("environment: invalid setting TIMELINE_BASE_URL: ")
    assert "is not an http:// or https:// URL" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('[timeline]\nprofil = "openai"\n', "unknown key 'profil' in [timeline]"),
        ("[profile.local]\nmax_tokens = 100\n", "unknown setting 'profile'"),
        ('profile = "openai"\n', "unknown setting 'profile'"),
        ('[Timeline]\nprofile = "openai"\n', "unknown setting 'Timeline'"),
    ],
)
def test_a_typo_in_the_config_file_is_named_not_ignored(tmp_path: Path, text: str, named: str) -> None:
    """Each of these used to fall back, silently, to the embedded model."""
    path = tmp_path / "timeline.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ={})
    assert named in str(caught.value)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        '[profiles]\ndefault = "openai-compatible"\n',  # [timeline]'s profile written under [profiles]
        "[profiles]\nopenai-compatible = 3\n",
    ],
)
def test_a_profile_that_is_not_a_table_is_named_not_a_traceback(tmp_path: Path, text: str) -> None:
    """`[profiles]` with `default = "openai-compatible"` ended every command with a Python traceback
    ("TypeError: 'str' object does not support item assignment") and exit code 1, a partial run."""
    path = tmp_path / "timeline.toml"
    path.write_text(text, encoding="utf-8")
    name = text.split("\n")[1].split(" =")[0]
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ={})
    assert str(caught.value) == (
        f"{path}: [profiles] {name} is not a table: write a profile as [profiles.{name}] with its keys "
        "below it, and the default profile as profile = ... under [timeline]"
    )


def test_a_config_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "timeline.toml"
    path.write_text('\ufeff[timeline]\nprofile = "openai"\n', encoding="utf-8")
    assert load_settings(path, environ={}).profile == "openai"


def test_an_unknown_profile_names_where_it_came_from() -> None:
    settings = load_settings(environ={"TIMELINE_PROFILE": "bogus"})
    with pytest.raises(ConfigError, match=r"\(from the environment variable TIMELINE_PROFILE\)"):
        settings.active()


@pytest.mark.parametrize(
    ("overrides", "environ"), [({"model": "llama3-70b"}, {}), ({}, {"TIMELINE_MODEL": "llama3-70b"})]
)
def test_the_embedded_profile_refuses_another_model(
    overrides: dict[str, object], environ: dict[str, str]
) -> None:
    """--model was ignored by the local server but written into the provenance as the model used."""
    with pytest.raises(ConfigError, match="serves the embedded model only"):
        load_settings(overrides=overrides, environ=environ)


def test_the_embedded_profile_refuses_another_model_from_the_file(tmp_path: Path) -> None:
    """The same through timeline.toml: the embedded model answered, "llama3-70b" was recorded."""
    path = write_config(tmp_path, '[profiles.local]\nmodel = "llama3-70b"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={}).active()
    assert str(caught.value).startswith(
        f"{path}: profile 'local' starts the embedded model qwen2.5-coder-1.5b-instruct-q4_k_m, so its model "
        "cannot be 'llama3-70b' (that name would be recorded as the model used)"
    )
    # another profile may be chosen all the same; with base_url the server is the user's
    assert load_settings(profile="openai", environ={}).active().name == "openai"
    write_config(tmp_path, '[profiles.local]\nmodel = "llama3-70b"\nbase_url = "http://127.0.0.1:8080/v1"\n')
    assert load_settings(environ={}).active().model == "llama3-70b"


def test_a_base_url_with_a_trailing_slash_is_the_same_server() -> None:
    """It was another cache key: every article was extracted again."""
    one = load_settings(
        profile="openai-compatible", overrides={"base_url": "http://127.0.0.1:8080/v1/"}, environ={}
    )
    other = load_settings(
        profile="openai-compatible", overrides={"base_url": "http://127.0.0.1:8080/v1"}, environ={}
    )
    assert one.active().sampling_key() == other.active().sampling_key()


def test_a_relative_cache_dir_is_beside_its_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --config in another folder it was read from the working folder."""
    config = tmp_path / "project" / "timeline.toml"
    config.parent.mkdir()
    config.write_text('[timeline]\ncache_dir = "cache"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_settings(config_path=config, environ={}).cache_dir == tmp_path / "project" / "cache"
    # the environment's relative folder is the working folder's, as a shell's paths are
    assert load_settings(config_path=config, environ={"TIMELINE_CACHE_DIR": "env"}).cache_dir == Path("env")


def test_a_misspelt_kind_is_named_before_the_model_it_lacks(tmp_path: Path) -> None:
    """A profile of kind "openai-compatable" (no model: the built-in profile of the right kind gives
    one) said "invalid setting profiles.mine.model: Field required", hiding the typo."""
    config = tmp_path / "timeline.toml"
    config.write_text('[profiles.mine]\nkind = "openai-compatable"\nbase_url = "http://127.0.0.1:9/v1"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config, environ={})
    known = "(known: local, openai, openai-compatible)"
    assert f"profile 'mine': unknown kind 'openai-compatable' {known}" in str(caught.value)


def test_a_profile_of_its_own_without_a_kind_is_told_the_kinds(tmp_path: Path) -> None:
    """`[profiles.mine]` with a base_url and a model but no kind said "invalid setting
    profiles.mine.kind: Field required", naming neither the kinds nor that a built-in profile's name
    would have given one."""
    config = tmp_path / "timeline.toml"
    config.write_text('[profiles.mine]\nbase_url = "http://127.0.0.1:9/v1"\nmodel = "qwen2.5:7b"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config, environ={})
    assert str(caught.value) == (
        f"{config}: invalid setting profiles.mine.kind: Field required: a profile not named after a "
        'built-in one says which provider it uses: add kind = "openai-compatible" (or "openai", "local") '
        "under [profiles.mine], or name the table [profiles.openai-compatible]"
    )


def test_the_kinds_config_knows_are_the_provider_registry_s() -> None:
    from timeline.config import KNOWN_KINDS
    from timeline.providers import PROVIDERS

    assert set(KNOWN_KINDS) == set(PROVIDERS)


def test_threads_are_set_for_the_embedded_server_only(tmp_path: Path) -> None:
    """`threads` sets the embedded model's server; a profile talking to another server has none to set,
    and TIMELINE_THREADS, exported for the embedded server, does not break a remote profile's run."""
    config = tmp_path / "timeline.toml"
    config.write_text("[profiles.local]\nthreads = 1\n")
    assert load_settings(config, environ={}).active().threads == 1
    assert load_settings(config, environ={"TIMELINE_THREADS": "2"}).active().threads == 2
    remote = load_settings(config, profile="openai-compatible", environ={"TIMELINE_THREADS": "1"}).active()
    assert remote.threads is None
    config.write_text("[profiles.openai-compatible]\nthreads = 1\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, profile="openai-compatible", environ={}).active()
    refused = "profile 'openai-compatible' talks to a server you run (base_url), so threads cannot be set"
    assert refused in str(caught.value)
    with pytest.raises(ConfigError) as caught:
        load_settings(config, environ={"TIMELINE_THREADS": "0"}).active()
    assert "environment: invalid setting TIMELINE_THREADS" in str(caught.value)


def test_a_profile_may_leave_temperature_and_seed_out_and_name_the_token_limit_field(tmp_path: Path) -> None:
    """OpenAI's reasoning models refuse max_tokens and a temperature other than 1, Mistral's API refuses
    seed: a profile had no way to send them otherwise (TOML has no null to unset seed with)."""
    config = write_config(
        tmp_path,
        '[profiles.reasoning]\nkind = "openai"\nmodel = "o4-mini"\nomit_params = ["temperature"]\n\n'
        '[profiles.mistral]\nkind = "openai-compatible"\nmodel = "mistral-small-latest"\n'
        'base_url = "https://api.mistral.ai/v1"\nomit_params = ["seed"]\nmax_tokens_param = "max_tokens"\n',
    )
    profiles = load_settings(config, environ={}).profiles
    assert (profiles["reasoning"].omit_params, profiles["reasoning"].limit_param) == (
        ["temperature"],
        "max_completion_tokens",
    )
    assert (profiles["mistral"].omit_params, profiles["mistral"].limit_param) == (["seed"], "max_tokens")
    # what the model is asked changes with them; profiles that leave nothing out keep their cache keys
    assert profiles["mistral"].sampling_key()["omitted"] == ["seed"]
    assert "omitted" not in profiles["openai"].sampling_key()


@pytest.mark.parametrize(
    ("toml", "said"),
    [
        ('[profiles.openai]\nomit_params = ["top_p"]\n', "profiles.openai.omit_params.0: Input should be"),
        ('[profiles.openai]\nmax_tokens_param = "max_output_tokens"\n', "profiles.openai.max_tokens_param:"),
    ],
)
def test_a_field_that_cannot_be_left_out_or_named_is_refused(tmp_path: Path, toml: str, said: str) -> None:
    with pytest.raises(ConfigError, match=said):
        load_settings(write_config(tmp_path, toml), environ={})


@pytest.mark.parametrize(
    ("url", "said"),
    [
        # Azure OpenAI's classic deployment URL, as its portal shows it: the request went to
        # "...?api-version=2024-10-21/chat/completions", the query swallowing the path
        (
            "https://news-desk.openai.azure.com/openai/deployments/gpt-4o/chat/completions"
            "?api-version=2024-10-21",
            "for Azure OpenAI use its v1 API, https://RESOURCE.openai.azure.com/openai/v1, with the "
            "deployment's name as model",
        ),
        ("https://news-desk.openai.azure.com/openai/deployments/gpt-4o", "for Azure OpenAI use its v1 API"),
        ("https://gateway.example/v1?team=news", "without a query (?...)"),
        # the endpoint copied whole: ".../v1/chat/completions/chat/completions" was asked
        (
            "http://127.0.0.1:11434/v1/chat/completions",
            "is an endpoint, not where the API starts: set base_url to 'http://127.0.0.1:11434/v1'",
        ),
        (
            "https://me:DO-NOT-PRINT@proxy.example/api/v1/chat/completions/",
            "'https://***@proxy.example/api/v1'",
        ),
    ],
)
def test_a_base_url_that_is_more_than_where_the_api_starts_is_refused_with_the_one_to_set(
    url: str, said: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(profile="openai-compatible", overrides={"base_url": url}, environ={})
    assert str(caught.value).startswith("command line: invalid setting --base-url: ")
    assert said in str(caught.value)
    assert "DO-NOT-PRINT" not in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "https://news-desk.openai.azure.com/openai/v1",  # Azure's v1 API, as Microsoft documents it
        "http://127.0.0.1:11434",  # Ollama without /v1 is a 404 the build explains, not a bad URL
        "https://openrouter.ai/api/v1",
        "https://api.groq.com/openai/v1",
    ],
)
def test_where_an_api_starts_is_a_base_url(url: str) -> None:
    assert load_settings(profile="openai-compatible", overrides={"base_url": url}, environ={}).active()
