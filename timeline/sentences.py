"""Sentence segmentation with exact character spans into the original text.

The model cites sentences by number, so every span here must index the document text
exactly: a quote is always `text[start:end]`, never a re-typed copy. Rules, in order:
a line break ends a sentence; `.`, `!` or `?` (plus closing quotes or brackets) ends one
when the next non-space character starts a new sentence (an upper-case letter, an opening
quote or a digit), even without a space ("Kursk.“The Kremlin", "DPRK.İt is"); known
abbreviations, initials and decimals do not end one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that end in a period without ending the sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st col gen lt sgt capt maj cmdr adm gov sen rep rev hon pres
    u.s u.k u.n e.g i.e vs etc jan feb mar apr jun jul aug sep sept oct nov dec
    inc ltd co corp dept est fig approx""".split()
)

_TERMINATOR = re.compile(r"[.!?…]+[\"'”’»)\]]*")
# A digit starts a sentence only after a space, so "0.5%" and "1.3 million" stay whole.
_NEXT_STARTS_SENTENCE = re.compile(r"\s*[\"'“‘«(\[]?[A-ZÀ-ÖØ-Þİ]|\s+[0-9]")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    """A sentence as a half-open span `[start, end)` of the document text."""

    start: int
    end: int
    text: str


def _ends_sentence(text: str, stop: int, end: int) -> bool:
    """Whether the terminator text[stop:end] really closes a sentence."""
    if not _NEXT_STARTS_SENTENCE.match(text, end):
        return False
    if text[stop] != ".":
        return True
    before = _WORD_BEFORE.search(text, 0, stop)
    if before is None:
        return True
    word = before.group(1)
    if word.lower().rstrip(".") in _ABBREVIATIONS:
        return False
    if word.lower() == "no" and re.match(r"\s*\d", text[end:]):  # "No. 5", but "said no." ends
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return False
    # "U.S." style: letters separated by dots
    return not re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word)


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _TERMINATOR.finditer(text, start, end):
        if _ends_sentence(text, match.start(), match.end()):
            spans.append((cursor, match.end()))
            cursor = match.end()
    spans.append((cursor, end))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[Sentence]:
    """All non-empty sentences of `text`, in order, with exact spans."""
    sentences: list[Sentence] = []
    for line in re.finditer(r"[^\r\n]+", text):
        for raw_start, raw_end in _split_line(text, line.start(), line.end()):
            start, end = _trimmed(text, raw_start, raw_end)
            if start < end:
                sentences.append(Sentence(start, end, text[start:end]))
    return sentences
