"""Sentence segmentation: exact spans into the original text, and the splits the citations rely on."""

from __future__ import annotations

import textwrap
import time
from itertools import pairwise
from pathlib import Path

import pytest

from timeline import sentences
from timeline.cleaning import visible_text
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Российские дроны атаковали Харьков. Министерство сообщило, что сбиты 20 дронов.",
            ["Российские дроны атаковали Харьков.", "Министерство сообщило, что сбиты 20 дронов."],
        ),
        ("Η Αθήνα αντέδρασε. Ο υπουργός μίλησε.", ["Η Αθήνα αντέδρασε.", "Ο υπουργός μίλησε."]),
        (
            "북한은 러시아에 병력을 보냈다. 국방부는 추가 파병 가능성을 경고했다.",
            ["북한은 러시아에 병력을 보냈다.", "국방부는 추가 파병 가능성을 경고했다."],
        ),
        (
            "قصفت إسرائيل مدينة غزة. وقالت وزارة الصحة إن 20 شخصا قتلوا.",
            ["قصفت إسرائيل مدينة غزة.", "وقالت وزارة الصحة إن 20 شخصا قتلوا."],
        ),
        # a lower-case letter of any script goes on: "т.е. мы" ("that is, we")
        ("Это т.е. пример. Всё.", ["Это т.е. пример.", "Всё."]),
    ],
    ids=["cyrillic", "greek", "korean", "arabic", "cyrillic-lower-case-goes-on"],
)
def test_a_sentence_of_another_script_starts_at_a_capital_or_a_letter_without_case(
    text: str, expected: list[str]
) -> None:
    """A paragraph in Cyrillic, Korean or Arabic was one sentence: only a Latin capital started one, so
    every quote of such an article was its whole paragraph, and a headline was checked against all of it."""
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "俄罗斯无人机袭击了哈尔科夫。乌克兰空军说，击落了20架无人机。",
            ["俄罗斯无人机袭击了哈尔科夫。", "乌克兰空军说，击落了20架无人机。"],
        ),
        ("ロシアが攻撃した。ウクライナは反撃した！", ["ロシアが攻撃した。", "ウクライナは反撃した！"]),
        ("他说：“我们会回应。”然后离开了。", ["他说：“我们会回应。”", "然后离开了。"]),
        # "と述べた" (he said) goes on with the quotation in corner brackets: one sentence
        ("「攻撃した。」と述べた。次に会談した。", ["「攻撃した。」と述べた。", "次に会談した。"]),
    ],
)
def test_chinese_and_japanese_sentences_end_at_their_full_width_marks(text: str, expected: list[str]) -> None:
    """An article in Chinese or Japanese was one sentence per paragraph: `。` was not a terminator, and
    no space follows it, so every quote was a whole paragraph."""
    assert texts(text) == expected


def test_a_line_break_ends_a_sentence_without_punctuation_when_the_next_line_stands_alone() -> None:
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


# --- hard-wrapped paragraphs ------------------------------------------------------------------------------

WRAPPED = (
    "KYIV, Oct 24 (Reuters) - Russian forces launched a large-scale missile and\n"
    "drone attack on Ukraine's energy infrastructure overnight, damaging power\n"
    "plants in several regions, Ukrainian officials said on Thursday.\n\n"
    "Energy Minister Herman Halushchenko said the attack targeted generation and\n"
    "transmission facilities. Three workers\nwere injured at a thermal power plant.\n"
)


def test_a_hard_wrapped_paragraph_is_one_run_of_sentences() -> None:
    sentences = split_sentences(WRAPPED)
    assert [visible_text(s.text) for s in sentences] == [
        "KYIV, Oct 24 (Reuters) - Russian forces launched a large-scale missile and drone attack on "
        "Ukraine's energy infrastructure overnight, damaging power plants in several regions, Ukrainian "
        "officials said on Thursday.",
        "Energy Minister Herman Halushchenko said the attack targeted generation and transmission "
        "facilities.",
        "Three workers were injured at a thermal power plant.",
    ]
    assert all(WRAPPED[s.start : s.end] == s.text for s in sentences)
    assert "\n" in sentences[0].text  # the span holds the line breaks: the quote is the text as written


@pytest.mark.parametrize("width", [60, 65, 72, 75, 80])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_a_seed_wrapped_at_any_width_splits_into_the_same_sentences(seed: Path, width: int) -> None:
    """Every paragraph wrapped as a plain-text article is (textwrap breaks at hyphens too)."""
    text = seed.read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(line, width) for line in text.splitlines() if line.strip())
    expected = [visible_text(s.text) for s in split_sentences(text)]
    assert [visible_text(s.text) for s in split_sentences(wrapped)] == expected


def test_a_wrapped_line_ending_with_a_name_joins_a_capitalised_line_of_the_same_width() -> None:
    text = (
        "Putin himself has suggested that Russia might supply weapons to North\n"
        "Korea in response to Western countries arming Ukraine, and that Moscow\n"
        "would answer any strike on its territory, Kremlin spokesman Dmitry\n"
        "Peskov told reporters in the capital on Friday afternoon.\n"
    )
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Putin considering sending weapons to North Korea\nPutin suggested Russia might supply weapons.",
        "Key points\n- Russia launched drones overnight\n- Ukraine shot most of them down",
        "# Duma ratifies the treaty\nmore text follows here.",
        "Seoul confirmed the deployment.\nKyiv struck back.",
        "Total\n0\nShares",
    ],
    ids=["heading-then-sentence", "list-items", "markdown-heading", "sentence-ends", "counters"],
)
def test_a_line_that_stands_alone_is_not_joined_to_the_next(text: str) -> None:
    assert texts(text) == text.splitlines()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops under Gen.\nKim Yong-hyun moved.", "Troops under Gen. Kim Yong-hyun moved."),
        ("The talks went on for approx.\nfive hours.", "The talks went on for approx. five hours."),
        ("The drones hit Kharkiv,\nOdesa and Sumy.", "The drones hit Kharkiv, Odesa and Sumy."),
        ("It was signed by\nPutin and Kim.", "It was signed by Putin and Kim."),
    ],
    ids=["abbreviation", "lower-case-after-stop", "comma", "function-word"],
)
def test_a_line_break_inside_a_sentence_does_not_end_it(text: str, expected: str) -> None:
    assert [visible_text(s) for s in texts(text)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The government allotted Rs. 500 crore for the project.",
        "Pvt. Travis King crossed the border.",
        "Brig. Gen. Mark Ruffalo confirmed it.",
        "Supt. Rao arrested him.",
        "Mt. Everest was closed.",
        "Nos. 3 and 4 reactors were shut down.",
        "She has a Ph.D. from Harvard.",
        "TAMPA, Fla. (AP) — Hurricane Milton made landfall on Wednesday night.",
        "CHARLESTON, W.Va. (AP) — The legislature met on Monday.",
    ],
)
def test_no_split_after_ranks_units_degrees_and_dateline_states(sentence: str) -> None:
    assert texts(f"{sentence} It was late.") == [sentence, "It was late."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He fell ill. The doctors came.", ["He fell ill.", "The doctors came."]),
        ("Prices of iron ore. They fell.", ["Prices of iron ore.", "They fell."]),
        ("She did not miss. Kyiv was hit.", ["She did not miss.", "Kyiv was hit."]),
    ],
)
def test_a_state_abbreviation_outside_a_dateline_is_a_word_that_ends_a_sentence(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


def test_the_number_of_a_numbered_list_item_does_not_end_a_sentence() -> None:
    assert texts("1. Russia launched drones.\n2. Kyiv was hit.") == [
        "1. Russia launched drones.",
        "2. Kyiv was hit.",
    ]
    assert texts("It rose by 12. Then it fell.") == ["It rose by 12.", "Then it fell."]


def test_a_long_document_is_split_in_linear_time() -> None:
    """The word before each full stop was looked for from the start of the text: 465 KB took a minute."""
    seed = SEEDS[3].read_text(encoding="utf-8")
    article = "\n\n".join(textwrap.fill(line, 75) for line in seed.splitlines() if line.strip()) + "\n\n"
    text = article * 100  # about 465 KB
    started = time.perf_counter()
    assert len(split_sentences(text)) == 100 * len(split_sentences(article))
    assert time.perf_counter() - started < 5


def test_the_word_before_a_stop_is_found_whole_however_long() -> None:
    word = "ab" + "c" * 300 + ".d.e"
    text = f"See {word}. Then more."
    before = sentences._word_before(text, text.index(". Then"))
    assert before is not None
    assert before.group(1) == word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Bundestag hat am 3. März 2025 den Haushalt beschlossen. Der Bundesrat berät am 21. März.",
            [
                "Der Bundestag hat am 3. März 2025 den Haushalt beschlossen.",
                "Der Bundesrat berät am 21. März.",
            ],
        ),
        (
            "Am Dienstag, dem 4. Februar, trafen sich die Minister. Bis zum 1. Okt. soll es fertig sein.",
            [
                "Am Dienstag, dem 4. Februar, trafen sich die Minister.",
                "Bis zum 1. Okt. soll es fertig sein.",
            ],
        ),
        # a number ending an English sentence before a month still ends it
        (
            "The tally rose to 3. March brought more.",
            ["The tally rose to 3.", "March brought more."],
        ),
        ("The squad finished 32. August was worse.", ["The squad finished 32.", "August was worse."]),
    ],
)
def test_a_german_day_before_its_month_ends_no_sentence(text: str, expected: list[str]) -> None:
    """ "am 3. März 2025" was cut after "3.": the event's quote was "Der Bundestag hat am 3." and its date
    was lost with the rest of the sentence."""
    assert [s.text for s in split_sentences(text)] == expected
