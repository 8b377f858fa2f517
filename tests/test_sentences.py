"""Sentence segmentation: exact spans into the original text, and the splits the citations rely on."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from timeline.sentences import split_sentences

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_span_indexes_the_seed_text_exactly(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    sentences = split_sentences(text)
    assert len(sentences) > 10
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.text


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_spans_are_ordered_and_never_overlap(seed: Path) -> None:
    sentences = split_sentences(seed.read_text(encoding="utf-8"))
    for before, after in pairwise(sentences):
        assert before.end <= after.start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine occupies less than 0.5% of the world’s land area. Its soils are rich.",
            ["Ukraine occupies less than 0.5% of the world’s land area.", "Its soils are rich."],
        ),
        (
            "It has up to 1.3 million active-duty personnel. Most are conscripts.",
            ["It has up to 1.3 million active-duty personnel.", "Most are conscripts."],
        ),
        (
            "The U.S. State Department declined to comment. Seoul did too.",
            ["The U.S. State Department declined to comment.", "Seoul did too."],
        ),
        (
            "Ex-British Army commander Col. Hamish de Bretton-Gordon suggested it. Others agreed.",
            ["Ex-British Army commander Col. Hamish de Bretton-Gordon suggested it.", "Others agreed."],
        ),
        (
            "The report was written by J. Smith of Reuters. It was short.",
            ["The report was written by J. Smith of Reuters.", "It was short."],
        ),
        ("Gen. Kim met Dr. Lee in Seoul.", ["Gen. Kim met Dr. Lee in Seoul."]),
    ],
    ids=["percent", "decimal-million", "U.S.", "Col.", "initial", "titles"],
)
def test_no_split_inside_decimals_abbreviations_and_initials(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "buildings in Kursk.“The Kremlin has reached an agreement.",
            ["buildings in Kursk.", "“The Kremlin has reached an agreement."],
        ),
        (
            "there could have been soldiers from the DPRK.İt is noted that they struck.",
            ["there could have been soldiers from the DPRK.", "İt is noted that they struck."],
        ),
        (
            "military involvement.The June 2024 agreement followed.",
            ["military involvement.", "The June 2024 agreement followed."],
        ),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ("In 2023 it began. 2024 was worse.", ["In 2023 it began.", "2024 was worse."]),
    ],
    ids=["curly-quote-no-space", "dotted-capital-I", "no-space-capital", "?-and-!", "digit-after-space"],
)
def test_splits_at_sentence_ends_even_without_a_space(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_line_break_ends_a_sentence_without_punctuation() -> None:
    text = "North Korean Troops Could Join the War\nPutin and Kim signed the treaty.\n\nTotal\n0"
    assert texts(text) == [
        "North Korean Troops Could Join the War",
        "Putin and Kim signed the treaty.",
        "Total",
        "0",
    ]


def test_crlf_text_keeps_exact_offsets() -> None:
    text = "Headline here\r\n\r\nFirst sentence. Second one.\r\nLast line\r\n"
    sentences = split_sentences(text)
    assert [(s.start, s.end, s.text) for s in sentences] == [
        (0, 13, "Headline here"),
        (17, 32, "First sentence."),
        (33, 44, "Second one."),
        (46, 55, "Last line"),
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert not any("\r" in s.text for s in sentences)


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\r\n\t ") == []


def test_the_word_no_at_the_end_of_a_sentence_ends_it() -> None:
    assert texts("Pyongyang said no. The talks ended.") == ["Pyongyang said no.", "The talks ended."]
