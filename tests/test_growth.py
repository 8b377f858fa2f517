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


def test_quadratic_work_fails_the_check_at_every_attempt() -> None:
    with pytest.raises(AssertionError, match=r"took \d+\.\d \(.*\), then \d+\.\d .*quadratic about 16"):
        assert_linear(lambda n: "x " * n, _looks_back, 300)


def test_linear_work_passes_the_check_and_gives_the_larger_run_s_result() -> None:
    assert assert_linear(lambda n: "x " * n, _reads_once, 50_000) == 200_000


def test_a_burst_of_other_work_during_one_measurement_is_measured_again() -> None:
    """Linear work whose larger input is slowed in every run of the first measurement (as a model
    build beside the suite did) passes: the second measurement starts again from the smaller input."""
    calls = {"slowed": 0, "measured_again": False}

    def busy_at_first(text: str) -> int:
        large = len(text) > 100_000
        if not large and calls["slowed"]:
            calls["measured_again"] = True
        if large and not calls["measured_again"]:
            calls["slowed"] += 1
            for _ in range(3):  # four times the work: about 16 times the smaller input's, however busy
                _reads_once(text)
        return _reads_once(text)

    assert assert_linear(lambda n: "x " * n, busy_at_first, 50_000) == 200_000
    assert calls["slowed"] and calls["measured_again"]
