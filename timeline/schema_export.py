"""JSON Schema files generated from the Pydantic models, committed under `schemas/`.

`timeline schema` rewrites them; `timeline schema --check` (and a test) fails when they drift.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from timeline.evaluate import Gold
from timeline.extraction import WireReply
from timeline.models import SCHEMA_VERSION, Timeline

SCHEMAS: dict[str, type[BaseModel]] = {
    "timeline.schema.json": Timeline,  # what `timeline build` writes
    "extraction-reply.schema.json": WireReply,  # what the model is asked to return
    "gold.schema.json": Gold,  # what `timeline eval --gold` reads
}


def render_schema(model: type[BaseModel]) -> str:
    schema = model.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": f"schema {SCHEMA_VERSION}",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def default_schema_dir(package_dir: Path | None = None, cwd: Path | None = None) -> Path:
    """The checkout's `schemas/` when timeline runs from one (an editable install, `make schemas`);
    otherwise `schemas/` in the current folder. An installed package's parent is site-packages, where
    `timeline schema` must not write."""
    package = package_dir or Path(__file__).resolve().parent
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "schemas").is_dir():
        return checkout / "schemas"
    return (cwd or Path.cwd()) / "schemas"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / name
        path.write_text(render_schema(model), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(folder: Path) -> list[str]:
    """Names of committed schema files that differ from the models (missing ones included)."""
    stale = []
    for name, model in SCHEMAS.items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != render_schema(model):
            stale.append(name)
    return stale
