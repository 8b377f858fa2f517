"""Re-record the cassette tests against the real embedded model, then replay them once.

    make record                      # starts the local server itself, records every cassette test
    make record TESTS="tests/test_x.py::test_y"   # re-records only the tests named
    TIMELINE_TEST_BASE_URL=http://127.0.0.1:8080/v1 python scripts/record.py [TEST ...]   # any real server

Arguments are pytest's test selection: a prompt change that moves one cassette's request re-records
that one (a few minutes on a CPU) and leaves the others' recordings as they were.

Review the cassette diff afterwards: it shows each prompt sent and each answer received.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def server() -> Iterator[str]:
    configured = os.environ.get("TIMELINE_TEST_BASE_URL")
    if configured:
        yield configured
        return
    from timeline.config import load_settings
    from timeline.providers.local import ensure_model, running_server

    cache = load_settings(None).cache_folder()  # TIMELINE_CACHE_DIR, timeline.toml, as `timeline build`
    model = ensure_model(cache, progress=print)
    with running_server(model, cache / "logs" / "llama-server-record.log") as base_url:
        yield base_url


def pytest(*args: str, base_url: str | None = None) -> int:
    env = dict(os.environ)
    if base_url:
        env["TIMELINE_TEST_BASE_URL"] = base_url
    command = [sys.executable, "-m", "pytest", "-m", "vcr", "-p", "no:cacheprovider", *args]
    print("+", " ".join(command), flush=True)
    return subprocess.call(command, cwd=ROOT, env=env)


# Rewrite mode replaces each cassette as its test ends, so a failed or interrupted recording leaves
# some cassettes new and others old (one cut short when pytest was stopped while writing it).
PARTLY_RECORDED = (
    "the cassettes may be partly re-recorded: review `git diff cassettes/`, "
    "or restore them with `git checkout -- cassettes/`"
)


def main(selection: list[str] | None = None) -> int:
    from timeline.errors import TimelineError

    selection = selection or []
    try:
        with server() as base_url:
            print(f"recording against {base_url}", flush=True)
            status = pytest("--record-mode=rewrite", *selection, base_url=base_url)
    except TimelineError as exc:  # the model or its server could not be set up: nothing was recorded
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM (the server's context turns it into one)
        print(f"interrupted: {PARTLY_RECORDED}", file=sys.stderr)
        return 130
    if status != 0:
        print(f"recording failed (pytest exit {status}): {PARTLY_RECORDED}", file=sys.stderr)
        return status
    print("replaying the new cassettes offline", flush=True)
    return pytest("--record-mode=none", *selection)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
