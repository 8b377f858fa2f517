"""Entry ids that outlive a day: a build into an existing timeline file keeps the ids of that file's
entries, and says what changed since it.

An entry's id hashes where it is reported (`merge.event_id`: its sources' file names and offsets), so
it is the same for the same input. But a folder that grows by the day changed ids for no reason a
reader could see: an article joining an entry (a second source), a source's article removed, renamed
or edited above the quote gave the entry a new id, and a link shared the day before (`#event-ev-...`
in the viewer) led to the top of the page. So an entry that cites a sentence the replaced file's entry
cited, in the same article (by file name or by SHA-256: an edited or a renamed article), takes that
entry's id. Each old id goes to one entry: the one sharing most of its sentences (an entry that split
in two keeps its id in the part with most of them; of two that joined, the one with most sentences in
common gives its id). Deterministic: the same inputs and the same replaced file give the same ids.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from timeline.models import Event, Timeline

# The viewer's copy of its timeline (export/templates/viewer.html.j2), as `_json_for_script` writes it.
_EMBEDDED = re.compile(r'<script type="application/json" id="timeline-data">(.*?)</script>', re.DOTALL)

SourceKey = tuple[str, str, str]  # ("name" or "sha256", the file name or digest, the quote)


def previous_timeline(path: Path) -> Timeline | None:
    """The timeline an output file holds (JSON, or the HTML viewer's embedded copy), or None: a file of
    another format, another tool or another schema has no ids to keep, and is replaced as before."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.lstrip().startswith("{"):
        embedded = _EMBEDDED.search(text)
        if embedded is None:
            return None
        text = embedded.group(1)  # JSON as written: '<' escaped as \u003c, nothing HTML-escaped
    try:
        return Timeline.model_validate_json(text)
    except (ValidationError, ValueError):
        return None


def _keys(event: Event, sha256: dict[str, str]) -> set[SourceKey]:
    keys: set[SourceKey] = set()
    for source in event.sources:
        keys.add(("name", source.document, source.quote))
        if source.document in sha256:
            keys.add(("sha256", sha256[source.document], source.quote))
    return keys


def keep_ids(current: Timeline, previous: Timeline | None) -> Timeline:
    """`current` with each entry that cites a sentence of one of `previous`'s entries under that entry's
    id; every other entry keeps its own (re-hashed in the rare case it is an id given away here)."""
    if previous is None or not previous.events or not current.events:
        return current
    old_sha = {d.id: d.sha256 for d in previous.documents}
    new_sha = {d.id: d.sha256 for d in current.documents}
    cited_by: dict[SourceKey, list[str]] = defaultdict(list)
    for event in previous.events:
        for key in _keys(event, old_sha):
            cited_by[key].append(event.id)
    shared: Counter[tuple[int, str]] = Counter()
    for index, event in enumerate(current.events):
        for key in _keys(event, new_sha):
            for old_id in cited_by.get(key, ()):
                shared[index, old_id] += 1
    # Most sentences in common first; ties by the entry's place, then the old id: a fixed order.
    given: dict[int, str] = {}
    taken: set[str] = set()
    for (index, old_id), _count in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
        if index not in given and old_id not in taken:
            given[index] = old_id
            taken.add(old_id)
    if not given:
        return current
    events: list[Event] = []
    for index, event in enumerate(current.events):
        new_id = given.get(index, event.id)
        while index not in given and new_id in taken:  # its own hash is an id kept by another entry
            new_id = "ev-" + hashlib.sha256(new_id.encode("utf-8")).hexdigest()[:12]
        taken.add(new_id)
        events.append(event if new_id == event.id else event.model_copy(update={"id": new_id}))
    return current.model_copy(update={"events": events})


@dataclass(frozen=True)
class Changes:
    """Entries against the replaced file: new ids, kept ids with sources added or gone, ids gone."""

    new: int
    changed: int
    gone: int

    def __str__(self) -> str:
        return f"{self.new} new entries, {self.changed} with sources added or removed, {self.gone} gone"


def changes(current: Timeline, previous: Timeline) -> Changes:
    """Sources compared by their article's SHA-256 and quote: a renamed article changes no entry."""

    def cited(event: Event, sha256: dict[str, str]) -> set[tuple[str, str]]:
        return {(sha256.get(source.document, source.document), source.quote) for source in event.sources}

    old_sha = {d.id: d.sha256 for d in previous.documents}
    new_sha = {d.id: d.sha256 for d in current.documents}
    before = {event.id: cited(event, old_sha) for event in previous.events}
    now = {event.id: cited(event, new_sha) for event in current.events}
    return Changes(
        new=sum(1 for i in now if i not in before),
        changed=sum(1 for i, sources in now.items() if i in before and before[i] != sources),
        gone=sum(1 for i in before if i not in now),
    )
