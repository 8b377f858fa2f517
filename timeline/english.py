"""Which lower-case words are English, by SCOWL's word list (timeline/data/english_words.README.md).

Read by actors (a word opening a sentence is no name), headlines (a headline's positional capital) and
the PDF reader (a word hyphenated at a line's end is one word, or a compound of two). No import of the
package: the document readers sit below everything that reads sentences.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["a_word_of_english", "english_words"]

_COMPOUND_HEAD_CHARS = 4  # "makers", "keepers", "waters", "downs"; not "kin" of "Hopkins", "Dawkins"
_COMPOUND_MODIFIER_CHARS = 3  # "air" of "airstrikes", "car" of "carmakers"


@cache
def english_words() -> frozenset[str]:
    """Words of English in lower case (SCOWL's list: timeline/data/english_words.README.md)."""
    listed = resources.files("timeline").joinpath("data/english_words.txt").read_text(encoding="utf-8")
    return frozenset(listed.split())


def a_word_of_english(word: str) -> bool:
    """Whether a lower-case word is English: in the word list, or a plural of two of its words that the
    list does not have written as one ("peacekeepers", "chipmakers", "bondholders", "floodwaters",
    "lockdowns", "airstrikes"), which open wire sentences before a verb as a name does."""
    if word in english_words():
        return True
    singular = word[:-1] if word.endswith("s") else ""
    return any(
        singular[:split] in english_words() and singular[split:] in english_words()
        for split in range(_COMPOUND_MODIFIER_CHARS, len(singular) - _COMPOUND_HEAD_CHARS + 1)
    )
