"""How work grows with its input, for the tests that guard against quadratic code.

Those tests once asserted a wall time ("under 2 s"), which a busy machine breaks: the same test took
1.75 s on a quiet run and 3.6 s beside a model build. A ratio of two runs on one machine moments apart
does not depend on how fast or busy the machine is: four times the input takes about four times as
long when the work is linear and sixteen times when it is quadratic (the defects these tests found
took 8.6 s, 11 s, 26 s where linear code takes a fraction of a second).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

Input = TypeVar("Input")
Output = TypeVar("Output")

SCALE = 4  # the larger input is this many times the smaller
# Linear work gives about SCALE, quadratic about SCALE ** 2; fixed costs only lower the ratio.
MAX_RATIO = 8.0
RUNS = 3  # the fastest of a few runs: a burst of other work slows one run, not all of them
# Measured again when the ratio is too high: a model build beside the suite (load average 3 to 5 on two
# cores) slowed all RUNS of one input now and then, and a linear test failed (2 of 11 in one suite run);
# quadratic code fails every attempt.
ATTEMPTS = 2


def _fastest(run: Callable[[Input], Output], given: Input, repeat: int) -> tuple[float, Output]:
    """The fastest of RUNS timings of `repeat` calls of `run` on `given`, and the last result."""
    best, result = float("inf"), None
    for _ in range(RUNS):
        started = time.perf_counter()
        for _ in range(repeat):
            result = run(given)
        best = min(best, time.perf_counter() - started)
    return best, result  # type: ignore[return-value]  # RUNS and repeat >= 1: result is set


# A timing shorter than this is mostly the clock and the caches: the smaller input's calls are
# repeated until they take this long, and the larger input's as many times.
MIN_TIMED_S = 0.05


def assert_linear(make: Callable[[int], Input], run: Callable[[Input], Output], size: int) -> Output:
    """Time `run` on `make(size)` and on `make(SCALE * size)` (inputs made outside the timing) and
    fail when the larger takes more than MAX_RATIO times as long in each of ATTEMPTS measurements.
    Returns `run`'s result on the larger input, for the test's own checks."""
    smaller, larger = make(size), make(SCALE * size)
    ratios: list[str] = []
    for _ in range(ATTEMPTS):
        repeat = 1
        small, _ = _fastest(run, smaller, repeat)
        while small < MIN_TIMED_S:
            repeat *= 2
            small, _ = _fastest(run, smaller, repeat)
        large, result = _fastest(run, larger, repeat)
        ratio = large / small
        if ratio < MAX_RATIO:
            return result
        ratios.append(f"{ratio:.1f} ({small:.3f} s -> {large:.3f} s, {repeat} call(s) each)")
    raise AssertionError(
        f"{SCALE} times the input took {', then '.join(ratios)} times as long: linear work takes about "
        f"{SCALE} times, quadratic about {SCALE**2}"
    )
