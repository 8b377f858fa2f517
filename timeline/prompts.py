"""Prompt templates: Jinja2 files in the top-level `prompts/` folder, loaded by name and rendered
in a sandbox (a template cannot reach Python objects beyond the values it is given)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment

from timeline.errors import ConfigError
from timeline.models import PromptRef


def prompts_dir() -> Path:
    """`TIMELINE_PROMPTS_DIR`, else the repository's `prompts/` next to the package."""
    configured = os.environ.get("TIMELINE_PROMPTS_DIR")
    folder = Path(configured) if configured else Path(__file__).resolve().parent.parent / "prompts"
    if not folder.is_dir():
        raise ConfigError(
            f"prompt folder not found: {folder} (set TIMELINE_PROMPTS_DIR or install from a checkout)"
        )
    return folder


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    source: str
    sha256: str

    def ref(self) -> PromptRef:
        return PromptRef(name=self.name, sha256=self.sha256)


class PromptLibrary:
    """Loads and renders templates; the content hash of each goes into provenance and the cache key."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or prompts_dir()
        self._env = SandboxedEnvironment(
            loader=FileSystemLoader(self.folder),
            undefined=StrictUndefined,  # a missing variable is an error, not an empty string
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,
        )

    def template(self, name: str) -> PromptTemplate:
        path = self.folder / name
        try:
            source = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"prompt template not found: {path}") from exc
        return PromptTemplate(name, source, hashlib.sha256(source.encode("utf-8")).hexdigest())

    def render(self, name: str, **values: Any) -> str:
        try:
            return self._env.get_template(name).render(**values).strip()
        except TemplateNotFound as exc:
            raise ConfigError(f"prompt template not found: {self.folder / name}") from exc
