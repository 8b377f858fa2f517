"""Prompt review: the exact messages sent for a fixed example document, as committed snapshots.

Editing a template (or the cleaning that decides what the model sees) changes a snapshot in the
same diff, and this test fails until the snapshot is updated on purpose:

    UPDATE_SNAPSHOTS=1 make test      # then review `git diff tests/snapshots`
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from timeline.cleaning import clean
from timeline.documents import load_document
from timeline.extraction import PROMPT_TEMPLATES, chunks, render_messages
from timeline.prompts import PromptLibrary

HERE = Path(__file__).resolve().parent
SNAPSHOTS = HERE / "snapshots"
EXAMPLES = {
    "example_article": HERE / "data" / "example_article.txt",
    "seed_004": HERE.parent / "seeds" / "004_2a939b2dd741ed47.txt",
    "hostile_injection": HERE / "data" / "hostile" / "injection.txt",
}


def rendered(path: Path) -> str:
    document = load_document(path)
    cleaned = clean(document.text, document.info.title)
    parts = []
    for number, chunk in enumerate(chunks(cleaned), start=1):
        for message in render_messages(PromptLibrary(), chunk):
            parts.append(f"===== request {number} · {message['role']} =====\n{message['content']}\n")
    return "\n".join(parts)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_rendered_prompt_matches_snapshot(name: str) -> None:
    snapshot = SNAPSHOTS / f"prompt_{name}.txt"
    actual = rendered(EXAMPLES[name])
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(actual, encoding="utf-8")
    expected = snapshot.read_text(encoding="utf-8") if snapshot.exists() else ""
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                str(snapshot),
                "rendered now",
            )
        )
        pytest.fail(
            f"the prompt sent to the model changed ({', '.join(PROMPT_TEMPLATES)} or the cleaning).\n"
            f"If intended: UPDATE_SNAPSHOTS=1 make test, review the diff, and re-record cassettes with "
            f"`make record`.\n{diff}"
        )


def test_prompt_templates_render_in_a_sandbox(tmp_path: Path) -> None:
    """A template cannot reach Python internals: the sandbox refuses attribute tricks."""
    from jinja2.exceptions import SecurityError

    (tmp_path / "evil.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
    with pytest.raises(SecurityError):
        PromptLibrary(tmp_path).render("evil.j2")


def test_missing_template_variable_is_an_error(tmp_path: Path) -> None:
    from jinja2.exceptions import UndefinedError

    (tmp_path / "t.j2").write_text("{{ paragraphs }}", encoding="utf-8")
    with pytest.raises(UndefinedError):
        PromptLibrary(tmp_path).render("t.j2")
