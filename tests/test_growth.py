"""The growth check the linear-time tests rely on tells linear work from quadratic."""

from __future__ import annotations

import re

import pytest
from growth import assert_linear

# "each x looked back to the start": the shape of every quadratic defect those tests guard against
_BACK_TO_START = re.compile(r"\bx\b")


def _looks_back(text: str) -> int:
    return sum(len(_BACK_TO_START.findall(text, 0, m.start())) for m in _BACK_TO_START.finditer(text))


def _reads_once(text: str) -> int:
    return len(_BACK_TO_START.findall(text))


def test_quadratic_work_fails_the_check() -> None:
    with pytest.raises(AssertionError, match="quadratic about 16"):
        assert_linear(lambda n: "x " * n, _looks_back, 300)


def test_linear_work_passes_the_check_and_gives_the_larger_run_s_result() -> None:
    assert assert_linear(lambda n: "x " * n, _reads_once, 50_000) == 200_000
