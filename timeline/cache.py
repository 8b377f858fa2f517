"""Result cache: the model's validated reply per document, stored the moment it is complete.

The key covers everything that can change the reply: the exact messages sent (so the document
text, the cleaning and every prompt template), the wire schema, the provider kind, model and
sampling settings. Grounding, dates and merging run again on every build, so improving them
needs no new model calls. A killed run resumes from what was stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from timeline.models import Usage

CACHE_FORMAT = 1


def cache_key(messages: list[dict[str, str]], schema: dict[str, Any], sampling: dict[str, Any]) -> str:
    material = json.dumps(
        {"format": CACHE_FORMAT, "messages": messages, "schema": schema, "sampling": sampling},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def write_atomically(path: Path, data: str) -> None:
    """Temporary file in the same folder, then rename: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(handle, 0o666 & ~umask)  # mkstemp makes 0600; the output is an ordinary file
        # newline="": the text as given, never Windows' "\n" -> "\r\n" (a CSV's CRLF rows became CR CR LF)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class ResultCache:
    """One JSON file per key under `folder`; unreadable entries count as misses."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, reply_model: type[BaseModel]) -> tuple[BaseModel, Usage] | None:
        path = self._path(key)
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            return reply_model.model_validate(stored["reply"]), Usage.model_validate(stored["usage"])
        except (OSError, ValueError, KeyError, TypeError, ValidationError, RecursionError):
            return None

    def put(self, key: str, reply: BaseModel, usage: Usage) -> None:
        payload = {"reply": reply.model_dump(mode="json"), "usage": usage.model_dump()}
        write_atomically(self._path(key), json.dumps(payload, ensure_ascii=False, indent=1))
