"""Does the embedded server gain from documents sent at once? (a speed measurement, not a test)

    make bench-concurrency   # = python scripts/concurrency.py

For each mode a fresh server is started (so neither mode inherits the other's prompt cache), and
the same seed articles are extracted one after another, then all at once from threads. The build
sends documents one at a time; this script is the measurement behind that choice.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.cleaning import CleanedDocument, clean  # noqa: E402
from timeline.config import load_settings  # noqa: E402
from timeline.documents import load_document  # noqa: E402
from timeline.extraction import chunks, extract_events  # noqa: E402
from timeline.prompts import PromptLibrary  # noqa: E402
from timeline.providers.local import ensure_model, running_server  # noqa: E402
from timeline.providers.openai_compatible import InstructorModel, build_http_client  # noqa: E402

DEFAULT_DOCUMENTS = ("001", "002", "004")  # one request each, about 45 s of model time together


def seed_chunks(prefixes: list[str]) -> list[CleanedDocument]:
    parts: list[CleanedDocument] = []
    for prefix in prefixes:
        (path,) = (ROOT / "seeds").glob(f"{prefix}_*.txt")
        loaded = load_document(path)
        parts += chunks(clean(loaded.text, loaded.info.title))
    return parts


def measure(mode: str, parts: list[CleanedDocument], model_path: Path, log_path: Path) -> dict[str, Any]:
    profile = load_settings(None, profile="local").active()
    library = PromptLibrary()
    with running_server(model_path, log_path, profile.threads) as base_url:
        model = InstructorModel(profile, base_url, build_http_client(profile))

        def one(part: CleanedDocument) -> tuple[int, int, int]:
            extraction = extract_events(model, library, part, profile.max_tokens)
            usage = extraction.usage
            return usage.prompt_tokens, usage.completion_tokens, len(extraction.events)

        started = time.perf_counter()
        if mode == "sequential":
            results = [one(part) for part in parts]
        else:
            with ThreadPoolExecutor(max_workers=len(parts)) as pool:
                results = list(pool.map(one, parts))
        wall = time.perf_counter() - started
    return {
        "mode": mode,
        "requests": len(parts),
        "wall_s": round(wall, 2),
        "prompt_tokens": sum(r[0] for r in results),
        "completion_tokens": sum(r[1] for r in results),
        "events": sum(r[2] for r in results),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--documents", nargs="+", default=list(DEFAULT_DOCUMENTS), help="seed number prefixes"
    )
    parser.add_argument("--output", default="bench-concurrency.json")
    args = parser.parse_args()
    parts = seed_chunks(args.documents)
    model_path = ensure_model(load_settings(None, profile="local").cache_folder(), progress=print)
    # made once the model is there: a run that stops before left an empty folder in /tmp each time
    logs = Path(tempfile.mkdtemp(prefix="timeline-concurrency-"))
    rows = [measure(mode, parts, model_path, logs / f"{mode}.log") for mode in ("sequential", "concurrent")]
    for row in rows:
        print(
            f"{row['mode']:<11} {row['requests']} requests  wall {row['wall_s']:>7.2f} s  "
            f"{row['prompt_tokens']}+{row['completion_tokens']} tokens  {row['events']} events"
        )
    sequential, concurrent = rows
    print(f"concurrent / sequential wall: {concurrent['wall_s'] / sequential['wall_s']:.3f}")
    Path(args.output).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
