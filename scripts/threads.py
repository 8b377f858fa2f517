"""How many threads should the embedded server run? (a speed measurement, not a test)

    make bench-threads   # = python scripts/threads.py

For one and for every usable core, and with the machine otherwise idle and then beside one busy
process, a fresh server generates a fixed reply twice; each line gives the generated tokens per second
(wall time of the request, so the 30-token prompt is included). The build's default is every usable
core; `threads` in `[profiles.local]` or TIMELINE_THREADS changes it (README, "Design notes").
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx2  # noqa: E402

from timeline.config import load_settings  # noqa: E402
from timeline.providers.local import ensure_model, running_server, usable_cores  # noqa: E402

PROMPT = "Write a numbered list of twenty famous rivers of the world, one per line, with their continent."
REPLY_TOKENS = 60
REPEATS = 2


def tokens_per_second(base_url: str) -> list[float]:
    body = {"messages": [{"role": "user", "content": PROMPT}], "max_tokens": REPLY_TOKENS, "temperature": 0}
    speeds = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        reply = httpx2.post(f"{base_url}/chat/completions", json=body, timeout=900).json()
        speeds.append(reply["usage"]["completion_tokens"] / (time.perf_counter() - started))
    return speeds


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--output", default="bench-threads.json")
    args = parser.parse_args()
    settings = load_settings(None, profile="local")
    model = ensure_model(settings.cache_folder(), progress=print)
    log = Path(tempfile.mkdtemp(prefix="timeline-threads-")) / "llama-server.log"
    results: list[dict[str, Any]] = []
    for busy in (False, True):
        for threads in sorted({usable_cores(), 1}, reverse=True):
            hog = subprocess.Popen([sys.executable, "-c", "while True: pass"]) if busy else None
            try:
                with running_server(model, log, threads) as base_url:
                    speeds = tokens_per_second(base_url)
            finally:
                if hog is not None:
                    hog.kill()
                    hog.wait()
            results.append({"busy_process": busy, "threads": threads, "tokens_per_s": speeds})
            shown = ", ".join(f"{speed:.1f}" for speed in speeds)
            print(f"{'beside a busy process' if busy else 'idle':>22}, {threads} thread(s): {shown} tokens/s")
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output}; server log: {log}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
