"""Every committed cassette is free of secrets and account headers, and readable.

The scan also runs on a planted copy to prove it can fail.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"

SECRET_PATTERNS = {
    "api key": re.compile(r"sk-[A-Za-z0-9_-]{16,}"),
    "bearer token": re.compile(r"[Bb]earer\s+[A-Za-z0-9._~+/=-]{8,}"),
    "authorization header": re.compile(r"^\s*-?\s*['\"]?authorization['\"]?\s*:", re.I | re.M),
    "api-key header": re.compile(r"^\s*['\"]?(x-)?api-key['\"]?\s*:", re.I | re.M),
    "organisation header": re.compile(r"openai-organization", re.I),
    "project header": re.compile(r"openai-project", re.I),
    "cookie": re.compile(r"^\s*['\"]?(set-)?cookie['\"]?\s*:", re.I | re.M),
    "loopback address": re.compile(r"(127\.0\.0\.1|localhost):\d+"),
}


def scan(folder: Path) -> list[str]:
    findings = []
    for path in sorted(folder.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        findings += [
            f"{path.name}: {label}" for label, pattern in SECRET_PATTERNS.items() if pattern.search(text)
        ]
    return findings


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def test_cassettes_exist() -> None:
    assert cassette_files(), "no cassettes committed: run `make record`"


def test_no_cassette_holds_a_secret_or_account_header() -> None:
    assert scan(CASSETTES) == []


def test_scan_catches_a_planted_bearer_token(tmp_path: Path) -> None:
    original = cassette_files()[0]
    planted = tmp_path / original.name
    shutil.copy(original, planted)
    data = yaml.safe_load(planted.read_text(encoding="utf-8"))
    data["interactions"][0]["request"]["headers"]["Authorization"] = ["Bearer sk-planted0123456789abcdef"]
    planted.write_text(yaml.safe_dump(data), encoding="utf-8")
    findings = scan(tmp_path)
    assert f"{planted.name}: api key" in findings
    assert f"{planted.name}: bearer token" in findings
    assert f"{planted.name}: authorization header" in findings


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: p.name)
def test_cassette_is_scrubbed_and_readable(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["interactions"], f"{path.name} is empty"
    for interaction in data["interactions"]:
        request, response = interaction["request"], interaction["response"]
        assert set(map(str.lower, request["headers"])) <= {"content-type"}
        assert set(map(str.lower, response["headers"])) <= {"content-type"}
        assert request["uri"].startswith("http://llm.test/"), request["uri"]
        # Bodies are stored as data, so a review shows the prompt and the answer, not one escaped line.
        assert "json" in request["body"], "request body is not stored as readable JSON"
        assert "json" in response["body"], "response body is not stored as readable JSON"
