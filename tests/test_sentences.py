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
    "sentence",
    [
        "The court overturned Roe v. Wade in June 2022.",
        "U.S. v. Google began on Sept. 12.",
        "Warner Bros. Discovery said it would split in two.",
        "Sens. Chuck Schumer and John Thune met on Monday.",
        "Reps. Jim Jordan and Jamie Raskin did not.",
        "The claim falls under Art. 5 of the treaty.",
        "The tomb dates from ca. 1500 BC, the team said.",
        "The ruling turned on Sec. 230 of the law.",
        "Protesters gathered at 1600 Pennsylvania Ave. NW on Monday.",
    ],
)
def test_no_split_after_case_names_plural_titles_and_abbreviations_before_a_number(sentence: str) -> None:
    """'Roe v.' and 'Warner Bros.' ended a sentence before a capital, 'Art.' and 'ca.' before a
    number: the court's or the company's name was cut in two, and so was the date's sentence."""
    assert texts(f"{sentence} It was late.") == [sentence, "It was late."]


def test_a_word_abbreviated_only_before_a_number_ends_a_sentence_elsewhere() -> None:
    assert texts("He loved modern art. The museum bought his work.") == [
        "He loved modern art.",
        "The museum bought his work.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new sanctions were announced by the U.S. The move angered Moscow.",
            ["The new sanctions were announced by the U.S.", "The move angered Moscow."],
        ),
        (
            "The minister spoke to reporters at 9 a.m. On Tuesday, he flew to Paris.",
            ["The minister spoke to reporters at 9 a.m.", "On Tuesday, he flew to Paris."],
        ),
        (
            "The deal was struck with Alphabet Inc. It declined to comment.",
            ["The deal was struck with Alphabet Inc.", "It declined to comment."],
        ),
        (
            "Hurricane Helene made landfall near Perry, Fla. It weakened overnight.",
            ["Hurricane Helene made landfall near Perry, Fla.", "It weakened overnight."],
        ),
        (
            "The clinic ran out of vaccines against hepatitis B. The ministry sent more.",
            ["The clinic ran out of vaccines against hepatitis B.", "The ministry sent more."],
        ),
        (
            "The award went to Ken Griffey Jr. The outfielder was inducted.",
            ["The award went to Ken Griffey Jr.", "The outfielder was inducted."],
        ),
        (
            "Polls closed at 8 p.m.\nThe count began at once.",
            ["Polls closed at 8 p.m.", "The count began at once."],
        ),
    ],
    ids=["U.S.", "a.m.", "Inc.", "state", "initial", "Jr.", "line-break"],
)
def test_an_abbreviation_or_initial_ends_a_sentence_when_a_sentence_opener_follows(
    text: str, expected: list[str]
) -> None:
    """'by the U.S. The move angered Moscow' was one sentence: the stop of an abbreviation never
    ended one, so the next sentence's date ('On Tuesday') went with the sentence before, and so did a
    line break after 'p.m.'. No name, time or company goes on with 'The', 'It' or 'On'."""
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lt. Col. Ana Ruiz met Gen. An Nguyen.", ["Lt. Col. Ana Ruiz met Gen. An Nguyen."]),  # any name
        (  # an answer's "A." opens its sentence
            "Q. When did it break? A. The dam broke at dawn.",
            ["Q. When did it break?", "A. The dam broke at dawn."],
        ),
        ("The vote closed at 5 p.m. Monday.", ["The vote closed at 5 p.m. Monday."]),
        ("J.K. Rowling and George W. Bush attended.", ["J.K. Rowling and George W. Bush attended."]),
        ("The case Smith v. The State was heard.", ["The case Smith v. The State was heard."]),
        ("The study was led by Y. An of Seoul.", ["The study was led by Y. An of Seoul."]),  # a surname
    ],
)
def test_an_abbreviation_before_a_name_or_opening_a_sentence_still_goes_on(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


def test_a_unit_after_a_degree_sign_is_no_initial() -> None:
    """'47°C.' was read as the initial 'C.': the heat wave's sentence ran on into the next."""
    assert texts("Temperatures hit 47°C. Officials urged people to stay inside.") == [
        "Temperatures hit 47°C.",
        "Officials urged people to stay inside.",
    ]


def test_a_stop_inside_an_instrument_code_does_not_end_a_sentence() -> None:
    """Reuters names a company's shares by code, '(AAPL.O)', '(7203.T)', '(0700.HK)': the stop before
    the exchange's letters ended a sentence, showing the model 'Shares of Apple Inc. (AAPL.'."""
    assert texts("Shares of Apple Inc. (AAPL.O) rose 2%. Toyota (7203.T, 7203.N) fell.") == [
        "Shares of Apple Inc. (AAPL.O) rose 2%.",
        "Toyota (7203.T, 7203.N) fell.",
    ]
    assert texts("Tencent (0700.HK) and Vodafone (VOD.L) gained.") == [
        "Tencent (0700.HK) and Vodafone (VOD.L) gained."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Why now?” Senator Collins asked on Tuesday. Nobody answered.",
            ["“Why now?” Senator Collins asked on Tuesday.", "Nobody answered."],
        ),
        (
            '"Enough!" Biden told reporters on Monday. They laughed.',
            ['"Enough!" Biden told reporters on Monday.', "They laughed."],
        ),
        (  # a statement ends in a comma before its speaker: after a stop, the speaker's words are new
            '"We will win." Smith said the vote would come on Friday.',
            ['"We will win."', "Smith said the vote would come on Friday."],
        ),
        ("“Why now?” Nobody answered.", ["“Why now?”", "Nobody answered."]),
        ("“Why now?” Collins said. It was late.", ["“Why now?” Collins said.", "It was late."]),
        (  # "said" and a clause: an answer, not the speaker
            "“Where will we go?” Officials said they did not know.",
            ["“Where will we go?”", "Officials said they did not know."],
        ),
    ],
    ids=["question", "exclamation", "statement", "no-speaker", "said", "said-what"],
)
def test_a_quoted_question_goes_on_with_the_named_speaker_who_asked_it(
    text: str, expected: list[str]
) -> None:
    """'“Why now?”' stood alone and 'Senator Collins asked on Tuesday.' was a sentence of its own: a
    quote without what was asked, and the date in a sentence without the question."""
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قصفت إسرائيل مدينة غزة.\u200f وقالت وزارة الصحة إن 20 شخصا قتلوا.",
            ["قصفت إسرائيل مدينة غزة.", "وقالت وزارة الصحة إن 20 شخصا قتلوا."],
        ),
        (
            "Kyiv was hit on Friday.\u200b The ministry said 20 drones were downed.",
            ["Kyiv was hit on Friday.", "The ministry said 20 drones were downed."],
        ),
        ("It was hit.\u2060\u200b2 got through.", ["It was hit.\u2060\u200b2 got through."]),
        ("Kyiv was hit.\u200b 2 drones got through.", ["Kyiv was hit.", "2 drones got through."]),
    ],
    ids=["right-to-left-mark", "zero-width-space", "no-space-before-a-digit", "digit"],
)
def test_an_invisible_mark_between_two_sentences_does_not_join_them(text: str, expected: list[str]) -> None:
    """A right-to-left mark after an Arabic sentence's stop, or a web page's zero-width space, hid the
    next sentence's first letter: the two were one quote. The mark belongs to neither sentence."""
    found = split_sentences(text)
    assert [s.text for s in found] == expected
    assert all(text[s.start : s.end] == s.text for s in found)


def test_a_wrapped_line_opening_with_an_abbreviation_still_ends_before_a_sentence_opener() -> None:
    """'Inc.' at a wrapped line's start was taken for a sentence's first word, as an answer's 'A.' is,
    and the next sentence (with its date) ran on from it."""
    text = (
        "The agency, which has been under pressure from lawmakers of both\n"
        "parties for months, said in a statement that it had reviewed the\n"
        "figures and found no errors in them. The contract went to Acme\n"
        "Inc. A spokesman declined to comment on Monday. Officials said the\n"
        "figures would be revised later in the week after a review of the\n"
        "data."
    )
    assert [visible_text(s) for s in texts(text)][1:3] == [
        "The contract went to Acme Inc.",
        "A spokesman declined to comment on Monday.",
    ]


def test_a_quoted_question_wrapped_before_its_speaker_goes_on_with_them() -> None:
    text = (
        "The senator, who had pressed for the vote to be held before the\n"
        "recess, was blunt when the delay was announced. “Why now?”\n"
        "Collins said. The vote was delayed to Thursday."
    )
    assert [visible_text(s) for s in texts(text)][1:] == [
        "“Why now?” Collins said.",
        "The vote was delayed to Thursday.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The office, closed since the flood, reopens on Jan.\n2. Officials said repairs were done.",
            ["The office, closed since the flood, reopens on Jan. 2.", "Officials said repairs were done."],
        ),
        (
            "The trial, halted when a juror fell ill, resumes on March\n3. The judge said so.",
            ["The trial, halted when a juror fell ill, resumes on March 3.", "The judge said so."],
        ),
        ("The vote was in May.\n1. Turnout fell.", ["The vote was in May.", "1. Turnout fell."]),
        ("Timeline\n1. Russia invaded.\n2. Kyiv held.", ["Timeline", "1. Russia invaded.", "2. Kyiv held."]),
    ],
    ids=["abbreviated-month", "month", "sentence-then-list", "list"],
)
def test_a_day_wrapped_onto_the_next_line_stays_with_its_month(text: str, expected: list[str]) -> None:
    """A wrapped line opening with the day ('March\\n3. The judge') was read as a numbered list
    item: the sentence lost its day ('resumes on March') and the day went with the next sentence."""
    assert [visible_text(s) for s in texts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The full ruling is at www.Supremecourt.Gov/Opinions. The court adjourned.",
            ["The full ruling is at www.Supremecourt.Gov/Opinions.", "The court adjourned."],
        ),
        (
            "The post (https://t.co/AbC.Def) was deleted on Monday. It had been shared widely.",
            ["The post (https://t.co/AbC.Def) was deleted on Monday.", "It had been shared widely."],
        ),
        (
            "Tips go to News.Desk@Example.Org at any hour. The desk is staffed.",
            ["Tips go to News.Desk@Example.Org at any hour.", "The desk is staffed."],
        ),
    ],
    ids=["www", "url", "e-mail"],
)
def test_a_stop_inside_a_web_or_e_mail_address_does_not_end_a_sentence(
    text: str, expected: list[str]
) -> None:
    """A capital after a stop with no space ended a sentence ('Kursk.The Kremlin'), inside an address
    too: 'www.' and 'Supremecourt.Gov/Opinions.' were shown to the model as two sentences."""
    assert texts(text) == expected


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


def test_an_abbreviation_at_the_end_of_a_wrapped_line_still_goes_on_when_the_line_is_full() -> None:
    """'Inc.', 'U.S.' or 'a.m.' at a short last line may end the article (before its credit line), but at
    a line as long as the paragraph's wrapped lines the sentence goes on."""
    text = (
        "The sanctions, which were announced on Monday after weeks of talks\n"
        "between the allies, target banks that have moved money for the U.S.\n"
        "Treasury's list of designated firms, officials said on Tuesday."
    )
    assert len(texts(text)) == 1
