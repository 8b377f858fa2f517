from __future__ import annotations

import re

from timeline.saying import MEANING, OBJECT_OFTEN_A_THING, SAYING, SAYING_WHAT_FOLLOWS, forms, verbs


def test_every_verb_of_saying_is_in_one_group_or_the_other() -> None:
    assert set(SAYING_WHAT_FOLLOWS) | set(OBJECT_OFTEN_A_THING) == set(SAYING)
    assert not set(SAYING_WHAT_FOLLOWS) & set(OBJECT_OFTEN_A_THING)
    assert not set(MEANING) & set(SAYING)  # "suggests" is no verb of saying for the analysis filter


def test_forms_match_whole_words_the_longest_first() -> None:
    """ "says" is tried before "say", so a pattern without a word boundary still takes the whole word."""
    pattern = re.compile(rf"(?:{forms(verbs('say'))})")
    assert pattern.match("says").group(0) == "says"
    assert forms(verbs("say"), participle=True).split("|") == ["saying", "said", "says", "say"]


def test_a_verb_that_is_also_a_noun_keeps_only_its_verb_forms_when_asked() -> None:
    """ "states", "claims", "reports" are nouns as often: `nouns=False` leaves "stated" alone."""
    assert forms(verbs("state"), nouns=False) == "stated"
    assert forms(verbs("state")) == "stated|states|state"
