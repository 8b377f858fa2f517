"""Result cache: the model's validated reply per document, stored the moment it is complete.

The key covers everything that can change the reply: the exact messages sent (so the document
text, the cleaning and every prompt template), the wire schema, the provider kind, model and
sampling settings. Grounding, dates and merging run again on every build, so improving them
needs no new model calls. A killed run resumes from what was stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import stat
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
    """Temporary file in the same folder, then rename: readers see the old file or the new one.

    The new file keeps the old one's permissions (a timeline kept private with 0600 became 0644, readable
    by every user of the machine, at its next build); a file new to the folder gets the ordinary ones."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary, handle = _new_temporary_beside(path)
    try:
        # newline="": the text as given, never Windows' "\n" -> "\r\n" (a CSV's CRLF rows became CR CR LF)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileNotFoundError):  # nothing to keep
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _new_temporary_beside(path: Path) -> tuple[Path, int]:
    """A new file beside `path` with the umask's ordinary permissions, and its descriptor.

    Not mkstemp, whose file is 0600 whatever the umask: learning the umask means setting it, which
    changes it for every thread of the process meanwhile, and a signal between the two calls left it 0.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return temporary, os.open(temporary, flags, 0o666)  # the kernel applies the umask
        except FileExistsError:  # another run's temporary file of the same name: draw again
            continue


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
