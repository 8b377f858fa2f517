"""SIGTERM (a job scheduler, `kill`) and SIGHUP (a closed terminal) stop a run as Ctrl-C does.

One place for it: the command line wants an interrupted run's exit (130, the output file untouched,
finished documents cached), and the embedded model's server, which the scripts also start, must be
stopped in order however the run is told to end.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

STOP_SIGNALS = (signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else []))


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@contextlib.contextmanager
def stopped_like_ctrl_c() -> Iterator[None]:
    """Within the block the stop signals raise KeyboardInterrupt; the previous handlers come back
    after it. Only the main thread may set handlers: elsewhere (tests, worker threads) the block
    changes nothing."""
    previous = {}
    for signum in STOP_SIGNALS:
        with contextlib.suppress(ValueError):
            previous[signum] = signal.signal(signum, _interrupt)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
