"""A probe of the deterministic code on the field corpora (tests/field/port-strike, six articles of our
own writing on an invented port strike; tests/field/wildfire, six on an invented wildfire;
tests/field/fraud-trial, six on an invented fraud trial; tests/field/measles, six on an invented measles
outbreak, one of them a PDF and one a Word file; none from the seeds), with the model taken out: for
each gold event, the code is given the sentence of its first anchor as a perfect model would cite it
(`q` its first four words, `t` the gold title) and reads its date, kind and grounding as a build would.

Run it on any revision (`PYTHONPATH=<tree> python scripts/probe_field.py [-v] [CORPUS ...]`, every
corpus when none is named): it prints, per corpus, how many of the gold events stay grounded, are dated
as the gold dates them (`evaluate.date_correct`), and get the gold's kind; with -v every event that is
not, with the words that decided it. What still differs is mostly the corpora's conventions against the
code's (a warning dated by what it warns of, an attributed fact read `reported`, "is to visit" a plan
stated) and dates the text gives only in an earlier sentence: see the reports of review/field and
review/field2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.cleaning import CleanedDocument, clean
from timeline.dates import date_from_the_build, estimate_document_date
from timeline.documents import load_document
from timeline.evaluate import date_correct
from timeline.extraction import WireEvent
from timeline.grounding import ground
from timeline.live import Post
from timeline.models import DocumentDate, EventDate

FIELD = Path(__file__).resolve().parents[1] / "tests" / "field"
CORPORA = ("port-strike", "wildfire", "fraud-trial", "measles")


def gold_events(corpus: str = CORPORA[0]) -> list[dict[str, object]]:
    gold = FIELD / f"{corpus}.gold.json"
    events: list[dict[str, object]] = json.loads(gold.read_text(encoding="utf-8"))["events"]
    return events


def _documents(corpus: str) -> dict[str, tuple[str, CleanedDocument, DocumentDate, tuple[Post, ...]]]:
    """Each article's text, its cleaning, its publication date and a live page's posts, as a build reads
    them."""
    documents = {}
    for path in sorted((FIELD / corpus).iterdir()):
        if path.name.endswith(".meta.json"):
            continue
        loaded = load_document(path)
        cleaned = clean(loaded.text, loaded.info.title)
        published = loaded.info.published
        if published.value is None:
            published = estimate_document_date(loaded.text, [s.text for s in cleaned.sentences])
        documents[path.name] = (loaded.text, cleaned, published, loaded.posts)
    # one that writes no year, by the year the others' dates justify (`date_from_the_build`), as a build
    others = [
        (name, published) for name, (_, _, published, _) in documents.items() if published.value is not None
    ]
    for name, (text, cleaned, published, posts) in documents.items():
        if published.value is None:
            kept = [s.text for s in cleaned.sentences]
            published = date_from_the_build(text, kept, others) or published
            documents[name] = (text, cleaned, published, posts)
    return documents


def figures(corpus: str, verbose: bool = False) -> tuple[int, int, int, int]:
    """How many of the corpus's gold events stay grounded, are dated as the gold and get its kind, and
    how many there are."""
    documents = _documents(corpus)
    events = gold_events(corpus)
    grounded = dated = kinds = 0
    for event in events:
        anchor = event["anchors"][0]  # type: ignore[index]
        text, cleaned, published, posts = documents[anchor["document"]]
        at = text.index(anchor["text"])
        sentence = next((s for s in cleaned.sentences if s.start <= at < s.end), None)
        if sentence is None:
            print(f"  not shown to the model: {event['id']}") if verbose else None
            continue
        wire = WireEvent(q=" ".join(sentence.text.split()[:4]), t=str(event["title"]), k="h")
        found = ground(anchor["document"], cleaned, [wire], published, posts=posts).events
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
    return grounded, dated, kinds, len(events)


def main(verbose: bool = False, corpora: Sequence[str] = CORPORA) -> None:
    for corpus in corpora:
        if verbose:
            print(f"{corpus}:")
        grounded, dated, kinds, total = figures(corpus, verbose)
        print(
            f"{corpus}: grounded {grounded}/{total}, dated as the gold {dated}/{total}, "
            f"kind as the gold {kinds}/{total}"
        )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(verbose="-v" in arguments, corpora=[a for a in arguments if a != "-v"] or CORPORA)
