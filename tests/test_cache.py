"""Result cache: roundtrip, misses on damage, a key that covers everything, atomic writes."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

import timeline.cache as cache_module
from timeline.cache import ResultCache, cache_key, write_atomically
from timeline.extraction import WireEvent, WireReply
from timeline.models import Usage

MESSAGES = [
    {"role": "system", "content": "List the events."},
    {"role": "user", "content": "Putin and Kim signed the treaty."},
]
SAMPLING = {
    "kind": "local",
    "model": "m",
    "mode": "llama_json_schema",
    "temperature": 0.0,
    "seed": 0,
}
SCHEMA = WireReply.model_json_schema()
REPLY = WireReply(events=[WireEvent(q="Putin and Kim signed", t="Putin and Kim sign treaty — “pact”", k="h")])
USAGE = Usage(prompt_tokens=120, completion_tokens=30, requests=2, reasks=1)


def stored_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_put_then_get_roundtrips(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    key = cache_key(MESSAGES, SCHEMA, SAMPLING)
    cache.put(key, REPLY, USAGE)
    hit = cache.get(key, WireReply)
    assert hit is not None
    reply, usage = hit
    assert reply == REPLY
    assert usage == USAGE
    assert [p.name for p in stored_files(tmp_path)] == [f"{key}.json"]


def test_unknown_key_is_a_miss(tmp_path: Path) -> None:
    assert ResultCache(tmp_path).get("0" * 64, WireReply) is None
    assert ResultCache(tmp_path / "never-created").get("ab" * 32, WireReply) is None


@pytest.mark.parametrize(
    "damage",
    [
        "",
        "{not json",
        '{"reply": {"events": []}}',
        '{"usage": {}}',
        '{"reply": {"events": [{"q": "x"}]}, "usage": {}}',
        '{"reply": {"events": []}, "usage": {"prompt_tokens": "many"}}',
        "[1, 2, 3]",
        "null",
        "[" * 100_000,  # nested deeper than the JSON parser's recursion limit
    ],
    ids=[
        "empty",
        "truncated",
        "no-usage",
        "no-reply",
        "invalid-event",
        "invalid-usage",
        "list",
        "null",
        "deep",
    ],
)
def test_damaged_entry_is_a_miss(tmp_path: Path, damage: str) -> None:
    cache = ResultCache(tmp_path)
    key = cache_key(MESSAGES, SCHEMA, SAMPLING)
    cache.put(key, REPLY, USAGE)
    (path,) = stored_files(tmp_path)
    path.write_text(damage, encoding="utf-8")
    assert cache.get(key, WireReply) is None


def test_undecodable_bytes_are_a_miss(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    key = cache_key(MESSAGES, SCHEMA, SAMPLING)
    cache.put(key, REPLY, USAGE)
    (path,) = stored_files(tmp_path)
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert cache.get(key, WireReply) is None


def test_a_miss_can_be_repaired_by_a_new_put(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    key = cache_key(MESSAGES, SCHEMA, SAMPLING)
    cache.put(key, REPLY, USAGE)
    (path,) = stored_files(tmp_path)
    path.write_text("{broken", encoding="utf-8")
    cache.put(key, REPLY, USAGE)
    assert cache.get(key, WireReply) == (REPLY, USAGE)


def test_key_is_deterministic_and_ignores_dict_order() -> None:
    reordered = dict(reversed(list(SAMPLING.items())))
    assert cache_key(MESSAGES, SCHEMA, SAMPLING) == cache_key(copy.deepcopy(MESSAGES), SCHEMA, reordered)
    assert len(cache_key(MESSAGES, SCHEMA, SAMPLING)) == 64


def _one_character_changed() -> list[dict[str, str]]:
    changed = copy.deepcopy(MESSAGES)
    changed[1]["content"] = changed[1]["content"].replace("treaty.", "treaty!")
    return changed


def _role_changed() -> list[dict[str, str]]:
    changed = copy.deepcopy(MESSAGES)
    changed[0]["role"] = "developer"
    return changed


@pytest.mark.parametrize(
    ("messages", "schema", "sampling"),
    [
        (_one_character_changed(), SCHEMA, SAMPLING),
        (_role_changed(), SCHEMA, SAMPLING),
        (MESSAGES[:1], SCHEMA, SAMPLING),
        (MESSAGES, SCHEMA, {**SAMPLING, "temperature": 0.2}),
        (MESSAGES, SCHEMA, {**SAMPLING, "seed": 1}),
        (MESSAGES, SCHEMA, {**SAMPLING, "model": "other"}),
        (MESSAGES, SCHEMA, {**SAMPLING, "mode": "json_schema"}),
        (MESSAGES, {**SCHEMA, "title": "WireReply2"}, SAMPLING),
        (MESSAGES, {**SCHEMA, "required": []}, SAMPLING),
    ],
    ids=[
        "one-char",
        "role",
        "message-dropped",
        "temperature",
        "seed",
        "model",
        "mode",
        "schema-title",
        "schema-required",
    ],
)
def test_key_changes_with_everything_that_changes_the_reply(
    messages: list[dict[str, str]], schema: dict[str, Any], sampling: dict[str, Any]
) -> None:
    assert cache_key(messages, schema, sampling) != cache_key(MESSAGES, SCHEMA, SAMPLING)


def test_key_changes_when_the_profile_sampling_changes() -> None:
    from timeline.config import load_settings

    profile = load_settings(environ={}).profiles["local"]
    colder = profile.model_copy(update={"temperature": 0.7})
    assert cache_key(MESSAGES, SCHEMA, profile.sampling_key()) != cache_key(
        MESSAGES, SCHEMA, colder.sampling_key()
    )


def test_key_ignores_max_tokens_which_only_cuts_a_reply() -> None:
    """Only complete replies are stored: raising --max-tokens after one article was cut off used to
    ask the model again for every article of the folder."""
    from timeline.config import load_settings

    profile = load_settings(environ={}).profiles["local"]
    longer = profile.model_copy(update={"max_tokens": 2 * profile.max_tokens})
    assert cache_key(MESSAGES, SCHEMA, profile.sampling_key()) == cache_key(
        MESSAGES, SCHEMA, longer.sampling_key()
    )


def test_write_atomically_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "folder" / "out.json"
    write_atomically(target, "first")
    write_atomically(target, "second — “quoted”")
    assert target.read_text(encoding="utf-8") == "second — “quoted”"
    assert stored_files(tmp_path) == [target]


def test_interrupted_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    write_atomically(target, "old content")

    def interrupted(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cache_module.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "new content")
    assert target.read_text(encoding="utf-8") == "old content"
    assert stored_files(tmp_path) == [target]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    write_atomically(target, "old content")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left")

    monkeypatch.setattr(cache_module.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, "new content")
    assert target.read_text(encoding="utf-8") == "old content"
    assert stored_files(tmp_path) == [target]


def test_interrupted_put_leaves_the_previous_entry_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ResultCache(tmp_path)
    key = cache_key(MESSAGES, SCHEMA, SAMPLING)
    cache.put(key, REPLY, USAGE)

    def interrupted(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(cache_module.os, "replace", interrupted)
    with pytest.raises(OSError, match="disk gone"):
        cache.put(key, WireReply(events=[]), Usage())
    monkeypatch.undo()
    assert cache.get(key, WireReply) == (REPLY, USAGE)
    assert len(stored_files(tmp_path)) == 1


def test_key_changes_with_the_server_a_profile_points_at() -> None:
    """Two servers may serve different models under one name ("local-model")."""
    from timeline.config import load_settings

    profile = load_settings(environ={}).profiles["openai-compatible"]
    elsewhere = profile.model_copy(update={"base_url": "http://gpu.lan:8000/v1"})
    assert cache_key(MESSAGES, SCHEMA, profile.sampling_key()) != cache_key(
        MESSAGES, SCHEMA, elsewhere.sampling_key()
    )


def test_key_ignores_the_password_in_the_server_s_url() -> None:
    """A changed proxy password asked the model again for every article, and each entry's file name,
    a hash of text the user has and the password, was something to guess the password against."""
    from timeline.config import load_settings

    profile = load_settings(environ={}).profiles["openai-compatible"]
    one = profile.model_copy(update={"base_url": "http://analyst:old-secret@gpu.lan:8000/v1"})
    rotated = profile.model_copy(update={"base_url": "http://analyst:new-secret@gpu.lan:8000/v1"})
    elsewhere = profile.model_copy(update={"base_url": "http://analyst:old-secret@gpu2.lan:8000/v1"})
    key = cache_key(MESSAGES, SCHEMA, one.sampling_key())
    assert key == cache_key(MESSAGES, SCHEMA, rotated.sampling_key())
    assert key != cache_key(MESSAGES, SCHEMA, elsewhere.sampling_key())
    assert "secret" not in json.dumps(one.sampling_key())


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664], ids=["600", "640", "664"])
def test_a_rewritten_file_keeps_its_permissions(tmp_path: Path, mode: int) -> None:
    """A timeline kept private (0600) became readable by every user of the machine at its next build."""
    target = tmp_path / "timeline.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(mode)
    write_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == mode


def test_a_new_file_has_the_permissions_the_umask_gives(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        write_atomically(tmp_path / "timeline.json", "new")
    finally:
        os.umask(previous)
    assert (tmp_path / "timeline.json").stat().st_mode & 0o777 == 0o640


def test_writing_never_changes_the_process_umask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It was set to 0 and back for each file: meanwhile another thread's files were made with no umask,
    and a signal between the two calls left it 0 for the rest of the process."""

    def umask(mask: int) -> int:
        raise AssertionError(f"os.umask({mask:o}) called")

    monkeypatch.setattr(cache_module.os, "umask", umask)
    write_atomically(tmp_path / "timeline.json", "first")
    write_atomically(tmp_path / "timeline.json", "second")
    assert (tmp_path / "timeline.json").read_text(encoding="utf-8") == "second"
