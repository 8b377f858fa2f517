"""`timeline build` end to end against a SYNTHETIC OpenAI-compatible server on loopback.

The server below is a stub written for these tests, not a recording and not a model: it answers each
request from a script (status, headers, an OpenAI-shaped body written by hand) and counts what it
receives, so the HTTP attempts a run makes can be compared with what the retry policy promises, over
a real socket and the real transport stack. No network beyond 127.0.0.1 is used.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from timeline.cli import main
from timeline.models import Timeline

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

SECRET = "sk-stub-DO-NOT-PRINT-5150"
Answer = tuple[int, dict[str, str], bytes]
# A script's answer that is no answer: the connection is closed without a response (a server worker that
# crashed on the request while the server stays up)
DROP: Answer = (0, {}, b"")


def completion(content: str) -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-synthetic",
            "object": "chat.completion",
            "created": 0,
            "model": "stub-model",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        }
    ).encode()


def first_sentence_event(body: dict[str, Any]) -> Answer:
    """A reply naming the article's first sentence as its one event."""
    article = body["messages"][-1]["content"]
    opening = re.search(r"The council of (\w+)", article)
    assert opening is not None
    event = {"q": opening.group(0), "t": f"{opening.group(1)} approves budget", "k": "h"}
    return 200, {"content-type": "application/json"}, completion(json.dumps({"events": [event]}))


def server_error(status: int = 500, message: str = "the model crashed") -> Answer:
    return status, {"content-type": "application/json"}, json.dumps({"error": {"message": message}}).encode()


@dataclass
class StubServer:
    """Answers each POST with `script(town named in the article)`; records every request's town."""

    script: Callable[[str, dict[str, Any]], Answer]
    towns: list[str] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)

    def answer(self, body: dict[str, Any], headers: dict[str, str]) -> Answer:
        town = re.search(r"The council of (\w+)", json.dumps(body))
        self.towns.append(town.group(1) if town else "?")
        self.headers.append(headers)
        return self.script(self.towns[-1], body)


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[str, dict[str, Any]], Answer]], tuple[StubServer, str]]]:
    servers: list[ThreadingHTTPServer] = []

    def start(script: Callable[[str, dict[str, Any]], Answer]) -> tuple[StubServer, str]:
        stub = StubServer(script)

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
                status, headers, data = stub.answer(body, dict(self.headers))
                if (status, headers, data) == DROP:
                    self.close_connection = True
                    return
                self.send_response(status)
                for name, value in {**headers, "content-length": str(len(data))}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return stub, f"http://127.0.0.1:{server.server_address[1]}/v1"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


TOWNS = ("Avon", "Bree", "Cole")


def build(
    tmp_path: Path,
    base_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *options: str,
    profile_lines: str = "",
) -> tuple[int, str, Timeline | None]:
    """`timeline build` of three articles (one per town) with a profile whose retries do not wait (and
    `profile_lines` added to it)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for number, town in enumerate(TOWNS):
        (folder / f"{number}.txt").write_text(
            f"The council of {town} approved the budget on Monday, 3 March 2025. The vote was close.\n",
            encoding="utf-8",
        )
    config = tmp_path / "timeline.toml"
    config.write_text(
        f'[timeline]\nprofile = "stub"\ncache_dir = "cache"\n\n[profiles.stub]\nkind = "openai-compatible"\n'
        f'model = "stub-model"\nbase_url = "{base_url}"\napi_key_env = "STUB_KEY"\n{profile_lines}\n'
        "[profiles.stub.retry]\nattempts = 3\ninitial_wait_s = 0\nmax_wait_s = 0\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("STUB_KEY", SECRET)
    for variable in ("TIMELINE_PROFILE", "TIMELINE_MODEL", "TIMELINE_BASE_URL", "TIMELINE_CACHE_DIR"):
        monkeypatch.delenv(variable, raising=False)
    output = tmp_path / "timeline.json"
    code = main(["build", str(folder), "--config", str(config), "-o", str(output), *options])
    err = capsys.readouterr().err
    assert SECRET not in err
    written = Timeline.model_validate_json(output.read_text(encoding="utf-8")) if output.exists() else None
    assert written is None or SECRET not in written.model_dump_json()
    return code, err, written


def cached_replies(tmp_path: Path) -> int:
    return len(list((tmp_path / "cache" / "results").rglob("*.json")))


def test_a_document_the_server_fails_fails_alone_and_the_others_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    """A server that answers every article but one with HTTP 500: the run stopped at that article, wrote
    no timeline and, rerun, stopped there again, so the articles after it were never read."""
    stub, url = serve(lambda town, body: server_error() if town == "Bree" else first_sentence_event(body))
    code, err, written = build(tmp_path, url, capsys, monkeypatch)
    assert stub.towns == ["Avon", "Bree", "Bree", "Bree", "Cole"]  # 3 attempts, as the policy says
    assert code == 1
    assert written is not None
    assert (written.summary.documents, written.summary.documents_failed) == (3, 1)
    assert sorted(d.id for d in written.documents) == ["0.txt", "1.txt", "2.txt"]
    assert sorted({s.document for e in written.events for s in e.sources}) == ["0.txt", "2.txt"]
    assert written.provenance.usage.requests == 5  # the failed attempts were sent, so they count
    assert cached_replies(tmp_path) == 2
    assert "1.txt: FAILED: stub/stub-model at http://127.0.0.1:" in err
    assert "HTTP 500 after retries: the model crashed (the run went on: it stops if the next request" in err
    assert all(h.get("authorization") == f"Bearer {SECRET}" for h in stub.headers)


def test_a_server_failing_two_requests_in_a_row_stops_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    stub, url = serve(lambda town, body: first_sentence_event(body) if town == "Avon" else server_error(503))
    code, err, written = build(tmp_path, url, capsys, monkeypatch)
    assert stub.towns == ["Avon", "Bree", "Bree", "Bree", "Cole", "Cole", "Cole"]
    assert code == 3
    assert written is None  # the output file is written only by a run that went through
    assert cached_replies(tmp_path) == 1  # ... and what was finished is kept for the rerun
    last = err.splitlines()[-2]
    assert last.startswith("error: ") and "2.txt: stub/stub-model at http://127.0.0.1:" in last
    assert last.endswith(
        "HTTP 503 after retries: the model crashed (the request before this one failed too, so the server "
        "is at fault, not one document)"
    )
    assert err.splitlines()[-1].startswith("finished documents are cached")


def test_an_unreachable_server_still_stops_at_the_first_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, err, written = build(tmp_path, "http://127.0.0.1:9/v1", capsys, monkeypatch)
    assert (code, written) == (3, None)
    assert "0.txt: stub/stub-model at http://127.0.0.1:9/v1/: server unreachable after retries" in err


def test_an_error_body_echoing_the_key_never_reaches_stderr_nor_the_timeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    """SYNTHETIC: a proxy that quotes the Authorization header in its 400 (a document-level failure, so
    the message lands in the timeline's problems as well as on stderr)."""
    _stub, url = serve(
        lambda town, body: (
            server_error(400, f"bad header Authorization: Bearer {SECRET}")
            if town == "Cole"
            else first_sentence_event(body)
        )
    )
    code, err, written = build(tmp_path, url, capsys, monkeypatch)  # `build` checks both for the key
    assert code == 1
    assert written is not None and written.summary.documents_failed == 1
    assert "bad header Authorization: Bearer ***" in err


def test_with_verbose_the_library_log_lines_do_not_show_an_echoed_key(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    serve: Any,
) -> None:
    """-v shows instructor's log lines, which quote the SDK's error ("Error code: 400 - {... Bearer
    sk-...}"): they printed the key although the error messages did not. (Under pytest the log lines
    go to its capture handler, which gets the same filter as stderr's handler.)"""
    # an earlier main() in this process without -v silenced instructor's logger for the process
    instructor_log = logging.getLogger("instructor")
    silenced = instructor_log.level
    instructor_log.setLevel(logging.NOTSET)  # setLevel, not the attribute: it clears logging's cache
    _stub, url = serve(lambda town, body: server_error(400, f"bad header Authorization: Bearer {SECRET}"))
    try:
        code, _, _ = build(tmp_path, url, capsys, monkeypatch, "-v")
    finally:
        instructor_log.setLevel(silenced)
    assert code == 1
    instructor_lines = [r for r in caplog.records if r.name.startswith("instructor")]
    assert any("Bearer ***" in r.getMessage() for r in instructor_lines)
    assert not any(SECRET in r.getMessage() for r in caplog.records)


def test_a_server_refusing_max_tokens_stops_the_run_at_once_naming_the_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    """SYNTHETIC: the HTTP 400 OpenAI documents for its reasoning models (o1, o3, o4-mini, gpt-5) when a
    request carries max_tokens. Each article failed alone, told to split itself, and the run went on to
    ask for every other one."""
    refusal = {
        "error": {
            "message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use "
            "'max_completion_tokens' instead.",
            "type": "invalid_request_error",
            "param": "max_tokens",
            "code": "unsupported_parameter",
        }
    }
    answer: Answer = (400, {"content-type": "application/json"}, json.dumps(refusal).encode())
    stub, url = serve(lambda town, body: answer if "max_tokens" in body else first_sentence_event(body))
    code, err, written = build(tmp_path, url, capsys, monkeypatch)
    assert (code, written, stub.towns) == (2, None, ["Avon"])
    assert 'set max_tokens_param = "max_completion_tokens" (the field that carries max_tokens) under ' in err
    # the setting it names makes the run go through
    (tmp_path / "in").rename(tmp_path / "in-1")
    line = 'max_tokens_param = "max_completion_tokens"\n'
    code, err, written = build(tmp_path, url, capsys, monkeypatch, profile_lines=line)
    assert code == 0 and written is not None and len(written.events) == 3


def test_a_server_that_reports_no_token_counts_is_not_shown_as_zero_tokens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    """SYNTHETIC: replies without `usage`, as some OpenAI-compatible servers and proxies send them. The
    summary read "0+0 tokens in 3 requests", a count no server made."""

    def without_usage(town: str, body: dict[str, Any]) -> Answer:
        status, headers, content = first_sentence_event(body)
        reply = json.loads(content)
        del reply["usage"]
        return status, headers, json.dumps(reply).encode()

    _, url = serve(without_usage)
    code, err, written = build(tmp_path, url, capsys, monkeypatch)
    assert code == 0 and written is not None
    assert written.provenance.usage.replies_without_usage == 3
    assert "tokens not reported by the server in 3 requests" in err
    assert "0+0 tokens" not in err


def test_an_error_sent_with_http_200_fails_its_document_alone_naming_what_the_server_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    """SYNTHETIC: OpenRouter documents that an error met once the model has started comes with HTTP 200
    and {"error": {"code": 502, "message": ...}} in the body. The run stopped at that article telling the
    user to check base_url, which was right."""
    failure = {
        "error": {"code": 502, "message": "Provider returned error", "metadata": {"provider_name": "X"}}
    }
    answer: Answer = (200, {"content-type": "application/json"}, json.dumps(failure).encode())
    stub, url = serve(lambda town, body: answer if town == "Bree" else first_sentence_event(body))
    code, err, written = build(tmp_path, url, capsys, monkeypatch)
    assert code == 1 and written is not None
    assert (written.summary.documents, written.summary.documents_failed, len(written.events)) == (3, 1, 2)
    assert stub.towns == ["Avon", "Bree", "Cole"]
    assert (
        "1.txt: FAILED: stub/stub-model at http://127.0.0.1:" in err
        and "HTTP 200 carrying an error instead of a reply: Provider returned error (code 502): the model or "
        "its provider failed while answering (the run went on"
        in err
    )
    assert "base_url" not in err


def test_a_request_the_server_drops_fails_its_document_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    """SYNTHETIC: a server that stays up but closes the connection without a response to one article's
    request (a worker crashing on that input), as often as it is sent. The run stopped at that article
    with "server unreachable ... check that it is running" although the server answered every other
    request: the articles after it were never read, and a rerun stopped at the same place."""
    stub, url = serve(lambda town, body: DROP if town == "Bree" else first_sentence_event(body))
    code, err, written = build(tmp_path, url, capsys, monkeypatch)
    assert stub.towns == ["Avon", "Bree", "Bree", "Bree", "Cole"]  # retried as the policy says
    assert code == 1 and written is not None
    assert (written.summary.documents, written.summary.documents_failed, len(written.events)) == (3, 1, 2)
    assert cached_replies(tmp_path) == 2
    failure = next(line for line in err.splitlines() if "1.txt: FAILED" in line)
    assert "the server closed the connection without a reply, 3 times" in failure
    assert "unreachable" not in failure and "check that it is running" not in failure


def test_a_server_dropping_two_requests_in_a_row_stops_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    """SYNTHETIC: as above, for every article after the first: the server, not one input, is at fault."""
    stub, url = serve(lambda town, body: first_sentence_event(body) if town == "Avon" else DROP)
    code, err, written = build(tmp_path, url, capsys, monkeypatch)
    assert (code, written) == (3, None)
    assert stub.towns == ["Avon", "Bree", "Bree", "Bree", "Cole", "Cole", "Cole"]
    assert cached_replies(tmp_path) == 1
    assert "2.txt: " in err and "the request before this one failed too" in err


def test_a_run_stopped_after_the_cache_could_not_be_written_does_not_say_its_documents_are_cached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    """SYNTHETIC: a server failing every request after the first, with a cache folder that cannot be
    made (a file stands in its way). The run stopped saying "finished documents are cached: once the
    provider works, the same command resumes", when nothing was kept, and the summary that named the
    unwritable cache is not printed by a stopped run: the user learnt it when the rerun redid everything."""
    (tmp_path / "cache").write_text("a file where the cache folder should be\n", encoding="utf-8")
    _stub, url = serve(lambda town, body: first_sentence_event(body) if town == "Avon" else server_error(503))
    code, err, written = build(tmp_path, url, capsys, monkeypatch)
    assert (code, written) == (3, None)
    assert "finished documents are cached" not in err
    last = err.splitlines()[-1]
    assert last.startswith("the result cache could not be written during this run (")
    assert last.endswith(
        "so the documents read since then are not kept and a rerun asks the model for them again: set "
        f"cache_dir in {tmp_path / 'timeline.toml'} (or TIMELINE_CACHE_DIR) to a writable folder"
    )


def test_ctrl_c_after_the_cache_could_not_be_written_does_not_say_its_documents_are_cached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    """SYNTHETIC: as above, Ctrl-C at the second article: it said "interrupted: finished documents are
    cached; run the same command again to resume"."""
    (tmp_path / "cache").write_text("a file where the cache folder should be\n", encoding="utf-8")
    from timeline.providers import LazyModel

    real = LazyModel.complete

    def ctrl_c_at_bree(self: LazyModel, messages: list[dict[str, str]], *args: Any, **kwargs: Any) -> Any:
        if "The council of Bree" in json.dumps(messages):
            raise KeyboardInterrupt  # in the main thread, as Ctrl-C is
        return real(self, messages, *args, **kwargs)

    monkeypatch.setattr(LazyModel, "complete", ctrl_c_at_bree)
    _stub, url = serve(lambda town, body: first_sentence_event(body))
    code, err, written = build(tmp_path, url, capsys, monkeypatch)
    assert (code, written) == (130, None)
    assert "finished documents are cached" not in err
    assert err.splitlines()[-1].startswith(
        "interrupted: the result cache could not be written during this run ("
    )


def test_a_reply_whose_json_breaks_off_keeps_its_whole_events_says_so_and_is_asked_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, serve: Any
) -> None:
    """Synthetic replies: Bree's JSON breaks after its one whole event (an unescaped quotation). The
    article was lost; now its event is kept, the problem names the break, and the reply is not cached,
    so a rerun asks again rather than pass the part for the whole."""

    def script(town: str, body: dict[str, Any]) -> Answer:
        if town != "Bree":
            return first_sentence_event(body)
        event = {"q": "The council of Bree", "t": "Bree approves budget", "k": "h"}
        broken = json.dumps({"events": [event]})[:-2] + ',{"q":"The vote was "close","t":"x","k":"h"}]}'
        return 200, {"content-type": "application/json"}, completion(broken)

    stub, url = serve(script)
    code, err, written = build(tmp_path, url, capsys, monkeypatch)
    assert "  reply_repaired: " in err  # in the run's summary on stderr
    assert code == 0 and written is not None
    assert written.summary.documents_failed == 0
    assert sorted({s.document for e in written.events for s in e.sources}) == ["0.txt", "1.txt", "2.txt"]
    [problem] = [p for p in written.problems if p.kind == "reply_repaired"]
    assert problem.document == "1.txt"
    assert "the reply's JSON broke off at character" in problem.message
    assert "1 event kept, the rest of the reply lost; a rerun asks again" in problem.message
    assert cached_replies(tmp_path) == 2  # Bree's part reply is not stored
    assert stub.towns == ["Avon", "Bree", "Bree", "Cole"]  # its re-ask broke the same way
