"""A probe of what a build that fails part-way keeps: `timeline build` of 8 articles of the probe's own
writing (none from the seeds) against a SYNTHETIC OpenAI-compatible server on 127.0.0.1 (a stub that
names each article's first sentence as its one event; not a model, not a recording), in each failure
below, then the same command again with the server working.

Run it on any revision (`PYTHONPATH=<tree> python scripts/probe_robust.py`): for each failure it prints
the exit code, the requests sent, the replies cached, whether a timeline was written, the requests the
rerun sent (the work redone) and whether what the run said last is true of what was kept.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import tempfile
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from timeline.cli import main

ARTICLES = (
    "Heavy rain flooded the lower town of Marlow on Tuesday, 4 March 2025, forcing 300 families out.",
    "Rail workers across the northern region walked out on Wednesday, 5 March 2025, after talks failed.",
    "A federal judge blocked the state's new voting law on Thursday, 6 March 2025.",
    "Shareholders of Halvorsen Foods approved the takeover by Brightwater Capital on Friday, 7 March 2025.",
    "An earthquake of magnitude 6.1 struck off the coast of Tarvia early on Saturday, 8 March 2025.",
    "Voters in Esterlund elected Maria Kovac as their first woman president on Sunday, 9 March 2025.",
    "The space agency launched its new weather satellite on Monday, 10 March 2025.",
    "Nurses at St Anne's hospital in Carrow began a work-to-rule protest on Tuesday, 11 March 2025.",
)
SECOND = "Officials said more details would follow later in the week."

# What the stub does with the n-th request (0-based) of the first run, given the article's first line:
# an answer, "drop" (close the connection without a reply), or "gone" (stop listening, as a killed server)
Script = Callable[[int, str], str]


def _reply(first_line: str) -> bytes:
    event = {"q": " ".join(first_line.split()[:4]), "t": "Synthetic headline of the event", "k": "h"}
    content = json.dumps({"events": [event]})
    return json.dumps(
        {
            "id": "synthetic", "object": "chat.completion", "created": 0, "model": "stub-model",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
        }
    ).encode()  # fmt: skip


class Stub:
    def __init__(self, script: Script, port: int = 0) -> None:
        self.script, self.requests = script, 0
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
                text = "\n".join(str(m.get("content")) for m in body["messages"])
                found = re.search(r"<article>\n(.*?)\n", text)
                first = found.group(1) if found else ""
                what = stub.script(stub.requests, first)
                stub.requests += 1
                if what == "gone":
                    threading.Thread(target=stub.server.shutdown).start()
                    stub.server.socket.close()
                if what in ("drop", "gone"):
                    self.close_connection = True
                    return
                data = _reply(first)
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"


FAILURES: dict[str, tuple[Script, bool]] = {  # the stub's script, and whether the cache can be written
    "none": (lambda n, first: "answer", True),
    "one article's request dropped": (lambda n, first: "drop" if "earthquake" in first else "answer", True),
    "server killed at the 5th request": (lambda n, first: "gone" if n == 4 else "answer", True),
    "cache unwritable, server killed at the 5th": (lambda n, first: "gone" if n == 4 else "answer", False),
}


def run(folder: Path, config: Path, output: Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["build", str(folder), "--config", str(config), "-o", str(output)])
    return code, err.getvalue()


def probe(name: str, script: Script, cache_writable: bool) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "articles"
        folder.mkdir()
        for number, opening in enumerate(ARTICLES, start=1):
            (folder / f"{number:02}.txt").write_text(f"{opening}\n{SECOND}\n", encoding="utf-8")
        cache = root / "cache"
        if not cache_writable:
            cache.write_text("a file where the cache folder should be\n", encoding="utf-8")
        stub = Stub(script)
        config = root / "timeline.toml"
        settings = f'[timeline]\nprofile = "stub"\ncache_dir = "{cache}"\n\n[profiles.stub]\n'
        settings += f'kind = "openai-compatible"\nmodel = "stub-model"\nbase_url = "{stub.url}"\n'
        settings += "[profiles.stub.retry]\nattempts = 3\ninitial_wait_s = 0\nmax_wait_s = 0\n"
        config.write_text(settings, encoding="utf-8")
        output = root / "timeline.json"
        code, err = run(folder, config, output)
        sent, cached = stub.requests, len(list(cache.rglob("*.json"))) if cache.is_dir() else 0
        written = output.exists()
        promised = "finished documents are cached" in err
        stub.server.shutdown()
        stub.server.server_close()
        # the same port: base_url is part of the cache key (another server may serve another model)
        again = Stub(lambda n, first: "answer", port=stub.server.server_address[1])
        rerun_code, _ = run(folder, config, output)
        again.server.shutdown()
        again.server.server_close()
        true = not (promised and again.requests > cached and cached < sent)
        return (
            f"{name:<44} exit {code:>3}  requests {sent:>2}  cached {cached}/{len(ARTICLES)}  "
            f"written {'yes' if written else 'no ':<3}  rerun: exit {rerun_code}, {again.requests} requests  "
            f"last words true: {'yes' if true else 'NO'}"
        )


def main_probe() -> None:
    for name, (script, writable) in FAILURES.items():
        print(probe(name, script, writable))


if __name__ == "__main__":
    main_probe()
