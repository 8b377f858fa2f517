"""The Makefile's set-up targets on a fresh clone, read with `make -n` (nothing is built or installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LLAMA_WHEEL = "llama_cpp_python-0.3.36-py3-none-linux_x86_64.whl"

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")


def make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=60
    )


def dry_run(tmp_path: Path, wheels: Path) -> str:
    done = make("-n", "timeline", f"WHEELS={wheels}", f"VENV={tmp_path / 'venv'}")
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_cached_wheel_is_not_built_again(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    (wheels / LLAMA_WHEEL).write_bytes(b"")
    (wheels / ".llama-0.3.36").touch()
    plan = dry_run(tmp_path, wheels)
    assert "pip wheel" not in plan
    assert f'pip install --quiet --find-links {wheels} -e ".[local]"' in plan


def test_a_stamp_without_its_wheel_builds_the_wheel_with_the_portable_flags(tmp_path: Path) -> None:
    """`rm wheels/*.whl` keeps the dot-file stamp: make then skipped the build and pip compiled
    llama-cpp-python from source without CMAKE_ARGS (-march=native: the AMX crash, 25 minutes)."""
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    (wheels / ".llama-0.3.36").touch()
    plan = dry_run(tmp_path, wheels)
    build = next(line for line in plan.splitlines() if "pip wheel" in line)
    assert "-DGGML_NATIVE=OFF" in build and "-DGGML_AMX_INT8=OFF" in build
    assert plan.index("pip wheel") < plan.index('-e ".[local]"')


def test_a_venv_whose_creation_failed_is_made_again_on_the_next_run(tmp_path: Path) -> None:
    """A python3 without ensurepip (Debian without python3-venv) leaves .venv/bin/python and fails;
    the next run took the venv as made and failed on `.venv/bin/pip: not found`."""
    venv = tmp_path / "venv"
    broken = tmp_path / "python3"
    broken.write_text(
        '#!/bin/sh\nmkdir -p "$3/bin" && touch "$3/bin/python"\n'
        "echo 'ensurepip is not available: apt install python3-venv' >&2\nexit 1\n"
    )
    broken.chmod(0o755)
    failed = make(f"PYTHON={broken}", f"VENV={venv}", f"{venv}/.test-installed")
    assert failed.returncode != 0
    assert "ensurepip is not available" in failed.stderr
    assert not (venv / "bin" / "python").exists()
    plan = make("-n", f"VENV={venv}", f"{venv}/.test-installed")
    assert plan.stdout.splitlines()[0] == f"python3 -m venv {venv}"


def test_the_rebuild_hint_uses_the_makefiles_flags_and_version() -> None:
    """The hint shown when llama.cpp crashes on this CPU had drifted from LLAMA_CMAKE_ARGS (no
    -DGGML_AMX_BF16=OFF, -DGGML_AVX=ON, -DGGML_BMI2=ON)."""
    from timeline.providers.local import BUILD_HINT

    values = make("-p", "-n", "--no-builtin-rules", "-f", "Makefile", "-f", "/dev/null").stdout
    flags = re.search(r"^LLAMA_CMAKE_ARGS := (.*)$", values, re.M)
    version = re.search(r"^LLAMA_VERSION := (.*)$", values, re.M)
    assert flags is not None and version is not None
    assert f'CMAKE_ARGS="{flags.group(1).strip()}" ' in BUILD_HINT
    assert f"'llama-cpp-python[server]=={version.group(1).strip()}'" in BUILD_HINT
