"""The verbs of saying, one list for every reader of attribution: the analysis filter (a source makes
a conditional or a judgement a statement), titles (a cut never drops who says it) and kinds (what
someone said is `reported`). Each verb is written out in its forms, and each reader takes the verbs
and forms it needs, its own differences named and commented beside it. A verb added here is read the
same way by all three ("insisted" attributed in the filter while a title could cut it off, and "say"
was no attribution anywhere but in titles: "..., officials say" hid a conditional and read `happened`).

No import of the package: `cleaning` needs it, and `words` imports `cleaning`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Verb(NamedTuple):
    """A verb of saying in its forms: "say", "says", "said", "saying"."""

    base: str
    third: str  # the third person singular present
    past: str  # the past and the past participle
    participle: str  # the present participle
    # its base and third-person forms are nouns as often ("a state", "reports", "claims", "notes"):
    # read as a verb only where a verb of saying stands (before "that", at a clause's end)
    noun: bool = False


def _table(rows: str) -> dict[str, Verb]:
    verbs: dict[str, Verb] = {}
    for row in rows.strip().splitlines():
        words = row.split()
        noun = words[-1] == "noun"
        base, third, past, participle = words[:-1] if noun else words
        verbs[base] = Verb(base, third, past, participle, noun)
    return verbs


# Whoever does these states what follows: the speaker is the source. Not verbs of meaning or belief
# ("suggests", "shows", "signals", "believes", below) nor of commitment ("vowed", "pledged"): those are
# a source's only when the source is named doing them, and readers take them apart.
_SAYING = _table(
    """
    say says said saying
    tell tells told telling
    claim claims claimed claiming noun
    insist insists insisted insisting
    allege alleges alleged alleging
    argue argues argued arguing
    assert asserts asserted asserting
    testify testifies testified testifying
    state states stated stating noun
    warn warns warned warning
    declare declares declared declaring
    announce announces announced announcing
    confirm confirms confirmed confirming
    report reports reported reporting noun
    add adds added adding
    write writes wrote writing
    note notes noted noting noun
    stress stresses stressed stressing noun
    emphasise emphasises emphasised emphasising
    emphasize emphasizes emphasized emphasizing
    predict predicts predicted predicting
    estimate estimates estimated estimating noun
    conclude concludes concluded concluding
    admit admits admitted admitting
    acknowledge acknowledges acknowledged acknowledging
    reiterate reiterates reiterated reiterating
    explain explains explained explaining
    maintain maintains maintained maintaining
    concede concedes conceded conceding
    disclose discloses disclosed disclosing
    """
)
SAYING: tuple[Verb, ...] = tuple(_SAYING.values())


def verbs(names: str) -> tuple[Verb, ...]:
    """The verbs of saying named ("say claim insist"), in that order."""
    return tuple(_SAYING[name] for name in names.split())


# Verbs whose object is as often a thing or a person as what is said: "announced the delivery of
# tanks", "added 5,000 jobs", "confirmed the appointment", "wrote a letter", "maintained its lead",
# "admitted 300 patients", "declared a state of emergency", "warned residents", "asserted control over
# the reef". What follows them is
# what was said after "that", or when they end the clause ("..., the ministry added.").
OBJECT_OFTEN_A_THING: tuple[Verb, ...] = verbs(
    "warn declare announce confirm report add write note stress emphasise emphasize predict estimate "
    "conclude admit acknowledge explain maintain concede disclose assert"
)
# The rest say what follows them: "Seoul said Pyongyang had sent ...", "Kyiv insists the town holds".
SAYING_WHAT_FOLLOWS: tuple[Verb, ...] = tuple(verb for verb in SAYING if verb not in OBJECT_OFTEN_A_THING)

# Verbs of meaning or belief: a source's reading when a source is named reading ("The IMF suggested
# rates would fall", a report), the writer's own when a happening or "this" is their subject ("This
# suggests the bank is worried", analysis). Not verbs of saying: the analysis filter does not take
# them as a source; kinds and titles do.
MEANING: tuple[Verb, ...] = (
    Verb("suggest", "suggests", "suggested", "suggesting"),
    Verb("indicate", "indicates", "indicated", "indicating"),
    Verb("believe", "believes", "believed", "believing"),
)


# Before a verb of saying, words that make it no act of saying: an infinitive ("too early to say",
# "declined to comment"), a modal ("Time will tell", "would not say"), a negation ("did not say").
NOT_SAID = (
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bcan )(?<!\bmay )(?<!\bmight )(?<!\bshould )"
    r"(?<!\bmust )(?<!\bnot )(?<!n['’]t )"
)


def forms(
    chosen: Iterable[Verb],
    *,
    base: bool = True,
    third: bool = True,
    past: bool = True,
    participle: bool = False,
    nouns: bool = True,
) -> str:
    """A regular expression's alternation of the chosen forms of `chosen`, longest first (so that
    "says" is tried before "say"); `nouns`: whether the base and third-person forms of a verb that is
    also a noun are taken."""
    words: set[str] = set()
    for verb in chosen:
        as_noun = verb.noun and not nouns
        words.update(
            form
            for form, wanted in (
                (verb.base, base and not as_noun),
                (verb.third, third and not as_noun),
                (verb.past, past),
                (verb.participle, participle),
            )
            if wanted
        )
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))
