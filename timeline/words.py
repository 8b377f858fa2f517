"""How words are compared, the same way wherever the code compares them: folded as a reader folds
them (case, accents, ligatures), numbers by value, stopwords out, stems cut; and which sentences a
model's words quote verbatim."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from timeline.cleaning import visible_text
from timeline.sentences import Sentence

STOPWORDS = frozenset(
    """a an the and or but of to in on at by for from with as is are was were be been has have had that this
    these those it its their they he she his her will would could may might can also not no than then there
    into over about after before while which who whom what when where why how all any some more most such
    said says say""".split()
)


@lru_cache(maxsize=65536)  # a run's vocabulary: each word is cut once, not at every report using it
def stem(word: str) -> str:
    """The first five letters of the word without its inflection. Crude but predictable: "deployed",
    "deployment" and "deploy" share "deplo"; the inflection comes off first so that a root shorter than
    five letters is one word in every form: "kills", "killed" and "killing" are "kill" (cut alone,
    "kills" and "kille"), "votes" and "voted" "vote", "years" "year"."""
    return (_without_inflection(word) if word.isascii() else word)[:5]


def _without_inflection(word: str) -> str:
    """Step 1 of Porter's stemmer (1980): the plural, "-ed", "-ing" and a final "y" after a vowel,
    with its repairs ("hopping" "hop", "voted" "vote", "agreed" "agree", "cities" "citi")."""
    if len(word) <= 2:
        return word
    if word.endswith(("sses", "ies")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if word.endswith("eed"):
        if _measure(word[:-3]) > 0:
            word = word[:-1]
    else:
        for ending in ("ed", "ing"):
            root = word[: -len(ending)]
            if word.endswith(ending) and _has_vowel(root):
                word = _repaired(root)
                break
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    return word


def _repaired(root: str) -> str:
    """A root whose "-ed" or "-ing" came off, as Porter mends it: "relat" "relate", "hopp" "hop",
    "vot" "vote"."""
    if root.endswith(("at", "bl", "iz")):
        return root + "e"
    if (
        len(root) >= 2
        and root[-1] == root[-2]
        and _is_consonant(root, len(root) - 1)
        and root[-1] not in "lsz"
    ):
        return root[:-1]
    if _measure(root) == 1 and _ends_consonant_vowel_consonant(root):
        return root + "e"
    return root


def _is_consonant(word: str, at: int) -> bool:
    if word[at] in "aeiou":
        return False
    return word[at] != "y" or at == 0 or not _is_consonant(word, at - 1)


def _has_vowel(word: str) -> bool:
    return any(not _is_consonant(word, at) for at in range(len(word)))


def _measure(word: str) -> int:
    """Porter's m: how many vowel-consonant sequences the word has ("tree" 0, "trouble" 1)."""
    kinds = "".join("c" if _is_consonant(word, at) else "v" for at in range(len(word)))
    return re.sub(r"(.)\1+", r"\1", kinds).count("vc")


def _ends_consonant_vowel_consonant(word: str) -> bool:
    """Porter's *o: the word ends consonant, vowel, consonant, the last not w, x or y ("hop", not "snow")."""
    end = len(word)
    return (
        end >= 3
        and _is_consonant(word, end - 3)
        and not _is_consonant(word, end - 2)
        and _is_consonant(word, end - 1)
        and word[-1] not in "wxy"
    )


def folded(text: str) -> str:
    """Lower case without accents or compatibility forms, as a reader compares words: the PDF ligature
    in "conﬁrmed" is "fi", and "Sánchez" is "sanchez" whether its accent is one character or two."""
    shown = visible_text(text)
    if shown.isascii():  # most English news: nothing to decompose (and the merger folds every report)
        return shown.lower()
    decomposed = unicodedata.normalize("NFKD", shown)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("’", "'")


# A number however written ("10,000", "10k", "1.5m", "$2bn", "1.5 million", "two thousand") is
# compared by its value.
_WRITTEN_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:(k|mn|bn|tn|m|b)\b|\s(hundred|thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_SCALE = {
    "k": 3, "thousand": 3, "m": 6, "mn": 6, "million": 6,
    "b": 9, "bn": 9, "billion": 9, "tn": 12, "trillion": 12, "hundred": 2,
}  # fmt: skip
# Wire style spells out small numbers ("killed three people", "Twelve miners") where other outlets and
# the model's headlines write digits ("3 killed", "12 miners"): one event's reports shared no word for
# its figure. "one" is a count only before a scale ("one million"): elsewhere it is as often a pronoun
# or "one of".
_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
        " seventeen eighteen nineteen".split(),
        start=2,
    )
} | {
    word: 10 * tens
    for tens, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_UNITS = {"one": 1} | {word: value for word, value in _NUMBER_WORDS.items() if value < 10}
_SCALE_WORD = r"\s(?:hundred|thousand|million|billion|trillion)\b"
# "twenty-five" whole; "five-storey" is "5-storey", as outlets writing digits put it. The lookahead on
# the first letters of the number words lets most words fail at once: without it, trying every
# alternative at every word's start cost 5 us a sentence, half of what the merge spends reading words.
_SPELLED_NUMBER = re.compile(
    rf"\b(?=[efnost])(?:({'|'.join(_NUMBER_WORDS)})(?:-({'|'.join(_UNITS)}))?|(one)(?={_SCALE_WORD}))\b",
    re.IGNORECASE,
)


def by_value(text: str) -> str:
    """`text` with every number written as its value ("10k" and "10,000" are "10000", "1.5 million"
    "1500000", "two thousand" "2000", "twenty-five" "25"), for comparing words; never for quotes or
    offsets."""

    def value(number: re.Match[str]) -> str:
        written = number.group(1).replace(",", "") + (number.group(2) or "")
        scale = (number.group(3) or number.group(4) or "").lower()
        if not scale:
            # digits as written: trailing and leading zeros tell dotted dates, times and codes apart
            # ("24.10.2024" is not "24.1.2024", "10.30am" not "10.3am", "0100" not "100")
            return written
        return format(Decimal(written).scaleb(_SCALE[scale]).normalize(), "f")

    def spelled(number: re.Match[str]) -> str:
        if number.group(3):  # "one" before a scale
            return "1"
        tens, unit = number.group(1).lower(), (number.group(2) or "").lower()
        return str(_NUMBER_WORDS[tens] + _UNITS.get(unit, 0))

    return _WRITTEN_NUMBER.sub(value, _SPELLED_NUMBER.sub(spelled, text))


# Grounding compares each event of a part with every sentence of it (the sentence `q` quotes, the one
# the headline reports, a sentence the headline copies), so the same sentences are read for every
# event: remembered, each is read once. On 300 wire articles (5,978 events) grounding took 13.8 s of
# the 18.5 s outside the model, 8.7 s so. Frozen sets: a caller cannot change what others are given.
SENTENCES_REMEMBERED = 4096  # a few parts' worth; the merge's titles and sentences pass here too


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def unstemmed_content_words(text: str) -> frozenset[str]:
    words = re.findall(r"[^\W_]+", by_value(folded(text)))  # letters of any script: "Россия", "País"
    return frozenset(w for w in words if w not in STOPWORDS and (len(w) > 2 or w.isdigit()))


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def content_words(text: str) -> frozenset[str]:
    # numbers whole: cut to five characters, 10000 and 100000 would be one word
    return frozenset(w if w.isdigit() else stem(w) for w in unstemmed_content_words(text))


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def normalised(text: str) -> str:
    return re.sub(r"[\W_]+", " ", folded(text)).strip()


def verbatim_matches(quote: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences `q` quotes, best kind first: those it opens ("the first words of the sentence");
    else those holding it further in; else the longest one it copied and ran on from."""
    needle = normalised(quote)
    if len(needle) < 8:
        return []
    shown = [(sentence, normalised(sentence.text)) for sentence in sentences]
    opened = [sentence for sentence, words in shown if words.startswith(needle)]
    inside = [sentence for sentence, words in shown if needle in words]
    ran_on = [sentence for sentence, words in shown if len(words) >= 8 and needle.startswith(words)]
    return opened or inside or sorted(ran_on, key=lambda s: -len(s.text))[:1]


# The commonest English function words: a fifth to a third of the words of English news, hardly any of
# French, German, Spanish or Russian (measured in tests/test_words.py).
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in is was were that for on with by at from as it its has have had be been are said".split()
)
NOT_ENGLISH_BELOW = 0.08  # share of English function words under which a text is taken for another language
MIN_WORDS_FOR_LANGUAGE = 40  # fewer words tell nothing
# Han ideographs (with extension A and compatibility ones), hiragana and katakana: scripts without spaces
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def english_share(text: str) -> float | None:
    """The share of the text's words that are English function words; None for a text too short to tell."""
    # Chinese and Japanese are written without spaces: a paragraph was a handful of "words" and an article
    # was too short to tell, so it was never named. Each of their characters counts as a word (a word
    # there is one to three of them), which no English function word is.
    words = re.findall(rf"[{_UNSPACED}]|[^\W\d_{_UNSPACED}]+", text.lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    return sum(word in _ENGLISH_FUNCTION_WORDS for word in words) / len(words)
