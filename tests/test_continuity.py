"""A folder built every day into the same -o file: an entry keeps its id (the viewer's `#event-ID`
links) while articles join it, leave it or are renamed, and the run says what changed since the file
it replaces. The model is a stub (no HTTP) answering with each paragraph's opening words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline.cli import main
from timeline.continuity import keep_ids, previous_timeline
from timeline.extraction import WireEvent, WireKind, WireReply
from timeline.llm import Completion
from timeline.models import Timeline, Usage

QUAKE_AP = (
    "A magnitude 6.8 earthquake struck southern Peru on Tuesday, 3 December 2024, killing at least 12 "
    "people in Arequipa, officials said.\n\nRescue teams from Lima reached Arequipa on Wednesday, "
    "4 December 2024, the civil defence agency said.\n"
)
QUAKE_WIRE = (
    "A magnitude 6.8 earthquake struck southern Peru on Tuesday, 3 December 2024, killing at least 12 "
    "people in Arequipa, authorities said.\n\nPeru's President Dina Boluarte declared a state of "
    "emergency in Arequipa on Thursday, 5 December 2024.\n"
)
COURT = (
    "The Supreme Court of Canada ruled on Friday, 6 December 2024, that the federal carbon levy is "
    "constitutional.\n\nAlberta Premier Danielle Smith said on 7 December 2024 that the province would "
    "keep fighting the levy.\n"
)


class ParagraphModel:
    """One event per paragraph: its first six words."""

    def __init__(self) -> None:
        self.calls = 0

    def complete(self, messages: list[dict[str, str]], *args: Any, **kwargs: Any) -> Completion[Any]:
        self.calls += 1
        lines = messages[1]["content"].splitlines()[1:-1]
        events = [
            WireEvent(q=" ".join(line.split()[:6]), t=" ".join(line.split()[:4]), k=WireKind.happened)
            for line in lines
            if line.strip()
        ]
        return Completion(WireReply(events=events), Usage(prompt_tokens=10, completion_tokens=5, requests=1))


@pytest.fixture
def build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    from timeline.providers import LazyModel

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    model = ParagraphModel()
    monkeypatch.setattr(LazyModel, "complete", lambda self, *a, **k: model.complete(*a, **k))

    def run(folder: Path, output: Path, *options: str) -> Timeline:
        assert main(["build", str(folder), "-o", str(output), *options]) == 0
        found = previous_timeline(output)
        assert found is not None
        return found

    return run


def _ids_by_quote(timeline: Timeline) -> dict[str, str]:
    return {source.quote[:40]: event.id for event in timeline.events for source in event.sources}


def test_an_article_joining_an_entry_keeps_the_entry_s_id(tmp_path: Path, build: Any) -> None:
    """The id hashed the sources' places: a second source gave the entry a new id, and yesterday's
    shared link led to the top of the page."""
    docs, output = tmp_path / "news", tmp_path / "timeline.json"
    docs.mkdir()
    (docs / "quake-ap.txt").write_text(QUAKE_AP, encoding="utf-8")
    (docs / "court.txt").write_text(COURT, encoding="utf-8")
    before = build(docs, output, "-q")
    (docs / "quake-wire.txt").write_text(QUAKE_WIRE, encoding="utf-8")
    after = build(docs, output, "-q")
    (joined,) = [e for e in after.events if len(e.sources) == 2]
    assert {s.document for s in joined.sources} == {"quake-ap.txt", "quake-wire.txt"}
    assert {e.id for e in before.events} < {e.id for e in after.events}
    assert joined.id == _ids_by_quote(before)["A magnitude 6.8 earthquake struck southe"]
    (docs / "quake-wire.txt").unlink()  # ... and leaves it again
    assert [e.id for e in build(docs, output, "-q").events] == [e.id for e in before.events]


def test_renamed_and_edited_articles_keep_their_entries_ids(tmp_path: Path, build: Any) -> None:
    """Renamed (a date put in front of the name), an article's every id changed; a figure corrected above a
    quote moved its offsets, and its entry's id changed too. The entry whose own sentence was edited is
    a new one. (Renamed and edited at once, an article is another: its entries take new ids.)"""
    docs, output = tmp_path / "news", tmp_path / "timeline.html"
    docs.mkdir()
    (docs / "quake.txt").write_text(QUAKE_AP, encoding="utf-8")
    (docs / "court.txt").write_text(COURT, encoding="utf-8")
    before = build(docs, output, "-q")  # the viewer keeps its timeline: its ids are read back
    (docs / "court.txt").rename(docs / "2024-12-06-court.txt")
    quake = docs / "quake.txt"
    quake.write_text(quake.read_text(encoding="utf-8").replace("6.8", "6.85"), encoding="utf-8")
    after = build(docs, output, "-q")
    old, new = _ids_by_quote(before), _ids_by_quote(after)
    assert new["Rescue teams from Lima reached Arequipa "] == old["Rescue teams from Lima reached Arequipa "]
    assert new["The Supreme Court of Canada ruled on Fri"] == old["The Supreme Court of Canada ruled on Fri"]
    assert new["Alberta Premier Danielle Smith said on 7"] == old["Alberta Premier Danielle Smith said on 7"]
    assert new["A magnitude 6.85 earthquake struck south"] not in old.values()


def test_the_run_says_what_changed_since_the_file_it_replaces(
    tmp_path: Path, build: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    docs, output = tmp_path / "news", tmp_path / "timeline.json"
    docs.mkdir()
    (docs / "quake-ap.txt").write_text(QUAKE_AP, encoding="utf-8")
    (docs / "court.txt").write_text(COURT, encoding="utf-8")
    build(docs, output)
    assert "since the previous" not in capsys.readouterr().err  # no file yet: nothing to compare
    (docs / "quake-wire.txt").write_text(QUAKE_WIRE, encoding="utf-8")
    (docs / "court.txt").unlink()
    build(docs, output)
    err = capsys.readouterr().err
    assert f"since the previous {output}: 1 new entries, 1 with sources added or removed, 2 gone\n" in err


def test_an_output_that_is_no_timeline_is_replaced_with_ids_of_its_own(tmp_path: Path, build: Any) -> None:
    docs, output = tmp_path / "news", tmp_path / "timeline.json"
    docs.mkdir()
    (docs / "court.txt").write_text(COURT, encoding="utf-8")
    fresh = build(docs, tmp_path / "fresh.json", "-q")
    output.write_text('{"previous": "not a timeline"}\n', encoding="utf-8")
    assert [e.id for e in build(docs, output, "-q").events] == [e.id for e in fresh.events]


def _timeline(events: list[tuple[str, list[tuple[str, str]]]]) -> Timeline:
    """A timeline of entries (id, [(document, quote)]), each source at offsets of its own."""
    sources = {doc for _, cited in events for doc, _ in cited}
    return Timeline.model_validate(
        {
            "provenance": {
                "tool_version": "0",
                "provider": "stub",
                "model": "stub",
                "prompts": [],
                "started_at": "2024-12-08T00:00:00+00:00",
                "duration_s": 0.0,
                "usage": {},
            },
            "summary": {
                "documents": len(sources),
                "documents_failed": 0,
                "events": len(events),
                "events_extracted": 0,
                "events_dropped_ungrounded": 0,
                "furniture_sentences_removed": 0,
                "events_aligned": 0,
            },
            "documents": [
                {"id": doc, "path": doc, "sha256": doc * 4, "chars": 1000} for doc in sorted(sources)
            ],
            "events": [
                {
                    "id": event_id,
                    "title": "t",
                    "summary": "s",
                    "kind": "happened",
                    "date": {"value": None, "precision": "unknown"},
                    "sources": [
                        {
                            "document": d,
                            "quote": q,
                            "start": 0,
                            "end": len(q),
                            "date": {"precision": "unknown"},
                        }
                        for d, q in cited
                    ],
                }
                for event_id, cited in events
            ],
        }
    )


def test_an_old_id_goes_to_one_entry_and_no_two_entries_share_an_id() -> None:
    """An entry that split keeps its id in the part with most of its sentences; an entry whose own
    hash is an id kept by another takes another."""
    previous = _timeline([("ev-old", [("a", "one"), ("b", "two"), ("c", "three")])])
    current = _timeline([("ev-x", [("c", "three")]), ("ev-old", [("a", "one"), ("b", "two")])])
    kept = keep_ids(current, previous)
    ids = [e.id for e in kept.events]
    assert ids[1] == "ev-old" and ids[0] == "ev-x"
    clash = _timeline([("ev-old", [("c", "three")]), ("ev-y", [("a", "one"), ("b", "two")])])
    ids = [e.id for e in keep_ids(clash, previous).events]
    assert ids[1] == "ev-old" and ids[0] not in {"ev-old", "ev-y"} and len(set(ids)) == 2
    assert json.loads(kept.model_dump_json())["events"][1]["sources"][0]["quote"] == "one"
