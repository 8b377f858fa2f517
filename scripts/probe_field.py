"""A probe of the deterministic code on the field corpus (tests/field/port-strike, six articles of our
own writing on an invented port strike, none from the seeds), with the model taken out: for each gold
event, the code is given the sentence of its first anchor as a perfect model would cite it (`q` its
first four words, `t` the gold title) and reads its date, kind and grounding as a build would.

Run it on any revision (`PYTHONPATH=<tree> python scripts/probe_field.py [-v]`): it prints how many of
the gold events stay grounded, are dated as the gold dates them (`evaluate.date_correct`), and get the
gold's kind; with -v every event that is not, with the words that decided it. What still differs is
mostly the corpus's conventions against the code's (a warning dated by what it warns of, an attributed
fact read `reported`) and an undated wire story whose year only "until 2028" gives: see the report of
review/field.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from timeline.cleaning import CleanedDocument, clean
from timeline.dates import estimate_document_date
from timeline.documents import load_document
from timeline.evaluate import date_correct
from timeline.extraction import WireEvent
from timeline.grounding import ground
from timeline.models import DocumentDate, EventDate

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "field" / "port-strike"
GOLD = ROOT / "tests" / "field" / "port-strike.gold.json"


def gold_events() -> list[dict[str, object]]:
    events: list[dict[str, object]] = json.loads(GOLD.read_text(encoding="utf-8"))["events"]
    return events


def _documents() -> dict[str, tuple[str, CleanedDocument, DocumentDate]]:
    """Each article's text, its cleaning and its publication date, as a build reads them."""
    documents = {}
    for path in sorted(CORPUS.iterdir()):
        if path.name.endswith(".meta.json"):
            continue
        loaded = load_document(path)
        cleaned = clean(loaded.text, loaded.info.title)
        published = loaded.info.published
        if published.value is None:
            published = estimate_document_date(loaded.text, [s.text for s in cleaned.sentences])
        documents[path.name] = (loaded.text, cleaned, published)
    return documents


def main(verbose: bool = False) -> None:
    documents = _documents()
    events = gold_events()
    grounded = dated = kinds = 0
    for event in events:
        anchor = event["anchors"][0]  # type: ignore[index]
        text, cleaned, published = documents[anchor["document"]]
        at = text.index(anchor["text"])
        sentence = next((s for s in cleaned.sentences if s.start <= at < s.end), None)
        if sentence is None:
            print(f"  not shown to the model: {event['id']}") if verbose else None
            continue
        wire = WireEvent(q=" ".join(sentence.text.split()[:4]), t=str(event["title"]), k="h")
        found = ground(anchor["document"], cleaned, [wire], published).events
        if not found:
            print(f"  dropped: {event['id']}") if verbose else None
            continue
        result = found[0]
        grounded += 1
        date_right = date_correct(EventDate(**event["date"]), result.date)  # type: ignore[arg-type]
        kind_right = result.kind.value == event["kind"]
        dated += date_right
        kinds += kind_right
        if verbose and not (date_right and kind_right):
            gold_date = event["date"]["value"]  # type: ignore[index]
            print(
                f"  {event['id']}: gold {gold_date} {event['kind']}, got {result.date.value} "
                f"({result.date.text!r}) {result.kind.value} ({result.kind_cue!r})"
            )
    print(
        f"grounded {grounded}/{len(events)}, dated as the gold {dated}/{len(events)}, "
        f"kind as the gold {kinds}/{len(events)}"
    )


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
