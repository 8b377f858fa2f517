"""Grounding: every model event is tied to one exact sentence of its document, or dropped.

The model gives the first words of the reporting sentence (`q`) and a headline (`t`). A verbatim
`q` pins the sentence directly; otherwise the sentence is found by alignment (how many of the
model's content words it contains) and an event that aligns with nothing well enough is dropped
and counted. The quote is always `text[start:end]` of a sentence the cleaner kept, so page
furniture cannot be cited, and the date, kind and actors are read off that sentence by code. The
title is the model's headline when its quote backs it (`headlines`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from timeline.actors import (
    People,
    event_actors,
    people_named,
    read_mentions,
)
from timeline.cleaning import CleanedDocument, visible_text
from timeline.dates import (
    MONTH_NAME,
    NumericOrder,
    closes_a_period,
    date_bounds,
    dateline_length,
    day_of_the_month,
    find_date_expressions,
    find_day_offsets,
    find_days_of_the_month,
    normalize_date,
    numeric_order,
    offset_day,
)
from timeline.extraction import WireEvent
from timeline.headlines import choose_title, title_of
from timeline.kinds import (
    BACKGROUND_CLAUSE,
    LookAhead,
    a_date_between,
    dates_a_statement,
    forecast_after_a_deed,
    in_a_past_clause,
    is_arrangement,
    is_main_clause_would,
    look_ahead,
    past_verb_follows,
    read_kind,
    tells_the_past,
)
from timeline.live import Post, post_at, posting_day
from timeline.models import DateBasis, DocumentDate, EventDate, EventKind, Modifier, Precision, Source
from timeline.sentences import Sentence
from timeline.words import (
    content_words,
    normalised,
    verbatim_matches,
)

# Alignment acceptance: share of the model's content words found in the sentence, and at least
# this many of them. Tuned on the seeds; see tests/test_grounding.py for the cases it must keep apart.
MIN_ALIGNMENT = 0.5
MIN_SHARED_WORDS = 3
# A verbatim `q` yields to the sentence its headline reports when that sentence carries this many
# times the headline's (rarity-weighted) words; seen in trials where `q` and `t` came apart.
HEADLINE_OVER_Q = 2.0
# A sentence a headline copies whole is this long at least: shorter ones ("He denied it.") are found
# inside headlines by chance.
MIN_COPIED_CHARS = 20


@dataclass(frozen=True)
class GroundedEvent:
    """A model event pinned to one sentence, with its date, kind and actors computed from that sentence."""

    document: str
    sentence: Sentence
    title: str
    kind: EventKind
    date: EventDate
    actors: list[str]
    aligned: bool  # True when `q` was not verbatim and the sentence was found by alignment
    retitled: bool = False  # True when no headline of the model's passed the checks: the title is the quote
    kind_cue: str | None = None  # the sentence's words that decided `kind` ("said", "could be")

    def source(self) -> Source:
        return Source(
            document=self.document,
            quote=self.sentence.text,
            start=self.sentence.start,
            end=self.sentence.end,
            date=self.date,
        )


@dataclass(frozen=True)
class GroundingResult:
    events: list[GroundedEvent]
    dropped: list[WireEvent]


def _verbatim_match(event: WireEvent, cleaned: CleanedDocument) -> Sentence | None:
    """The sentence `q` quotes; when several start alike ("Russian missiles struck ..."), the one
    carrying most of the headline's words (the first on a tie)."""
    candidates = verbatim_matches(event.q, cleaned.sentences)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    headline = content_words(event.t)
    words_of = {s: content_words(s.text) for s in cleaned.sentences}
    weights = _rarity_weights(headline, list(words_of.values()))
    return max(candidates, key=lambda s: _headline_support(headline, words_of[s], weights))


def _weighted_share(
    words: frozenset[str], sentence_words: frozenset[str], weights: dict[str, float]
) -> float:
    # fsum: exact, so the same in any order; a set's order changes with each run's string hashing, and
    # so did plain sums' last digit, which decided between sentences carrying the same words
    total = math.fsum(weights[w] for w in words)
    return math.fsum(weights[w] for w in words & sentence_words) / total if total else 0.0


def _rarity_weights(words: frozenset[str], sentence_words: list[frozenset[str]]) -> dict[str, float]:
    """IDF over the document's sentences: "North Korean troops", in most of them, weighs little."""
    frequency = Counter(w for found in sentence_words for w in found & words)
    return {w: math.log((1 + len(sentence_words)) / (1 + frequency[w])) for w in words}


def _headline_support(
    headline_words: frozenset[str], sentence_words: frozenset[str], weights: dict[str, float]
) -> tuple[float, int]:
    shared = headline_words & sentence_words
    return math.fsum(weights[w] for w in shared), len(shared)  # in any order, as `_weighted_share`


def _sentence_the_headline_reports(
    event: WireEvent, exact: Sentence, cleaned: CleanedDocument
) -> Sentence | None:
    """Another sentence that carries clearly more of the headline than the one `q` pinned.

    Words are weighted by how few sentences of this document use them, so "North Korean troops",
    which most sentences share, says little and "NATO confirmed presence" says much."""
    headline = content_words(event.t)
    words_of = {s: content_words(s.text) for s in cleaned.sentences}
    weights = _rarity_weights(headline, list(words_of.values()))
    pinned_words = words_of[exact]  # `exact` is one of the document's sentences
    best, best_support = exact, _headline_support(headline, pinned_words, weights)
    pinned = best_support[0]
    for sentence, words in words_of.items():
        support = _headline_support(headline, words, weights)
        if support > best_support:
            best, best_support = sentence, support
    # The other sentence must add headline words of its own, not just weigh a little more: one
    # rare word in common ("potentially") is chance, three ("NATO confirmed presence") are a report.
    added = (headline & words_of[best]) - pinned_words
    if best is exact or len(added) < MIN_SHARED_WORDS or best_support[0] <= HEADLINE_OVER_Q * pinned:
        return None
    return best


def _sentences_copied(headline: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences `headline` holds whole, word for word as `normalised` compares them."""
    copy = f" {normalised(headline)} "
    return [
        s
        for s in sentences
        if len(normalised(s.text)) >= MIN_COPIED_CHARS and f" {normalised(s.text)} " in copy
    ]


def _sentence_q_names(q: str, sentences: list[Sentence]) -> Sentence | None:
    """The one sentence that carries most of `q`'s words (rare ones weighing more), at least
    MIN_SHARED_WORDS of them and MIN_ALIGNMENT of all; None when no sentence does or two tie."""
    opening = content_words(q)
    words_of = [content_words(sentence.text) for sentence in sentences]
    weights = _rarity_weights(opening, words_of)
    scored = sorted(
        (
            (_weighted_share(opening, words, weights), sentence)
            for sentence, words in zip(sentences, words_of, strict=True)
            if len(opening & words) >= max(MIN_SHARED_WORDS, MIN_ALIGNMENT * len(opening))
            and _numbers(opening) <= words
        ),
        key=lambda pair: -pair[0],
    )
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _numbers(words: frozenset[str]) -> frozenset[str]:
    """The figures among `words` (compared by value: "10k" is "10000")."""
    return frozenset(w for w in words if w.isdigit())


def locate(event: WireEvent, cleaned: CleanedDocument) -> tuple[Sentence, bool] | None:
    """The sentence the event comes from and whether alignment (not a verbatim quote) found it.

    A verbatim `q` pins its sentence unless the headline plainly reports another one: the quote
    must support the headline shown above it. Else a sentence `t` copies whole; of several, the one
    `q` names. Else the sentence that aligns best with the event's words."""
    exact = _verbatim_match(event, cleaned)
    if exact is not None:
        reported = _sentence_the_headline_reports(event, exact, cleaned)
        return (exact, False) if reported is None else (reported, True)
    copied = _sentences_copied(event.t, cleaned.sentences)
    if len(copied) == 1:
        # The 1.5B model often writes its headline in `q` and copies the sentence into `t`: a sentence
        # copied whole is a citation of it, whatever the headline says (the title is checked apart).
        return copied[0], True
    if copied:
        # `t` copied several sentences whole (the model runs on from its sentence into the next, or
        # copies the one before it too): the copy cannot say which is the event, the headline in `q`
        # can, even when it names a sentence the copy left out (seed 004: "DPRK becomes a
        # full-fledged player on international scene" over "So far, Seoul has ... Seoul plans to
        # send ..."). By word counts such an event landed on whichever copied sentence was shortest,
        # or none (each holds under half of the words); when `q` names no sentence plainly, nothing
        # tells which was meant, and it is dropped and counted.
        named = _sentence_q_names(event.q, cleaned.sentences)
        return None if named is None else (named, True)
    # Of the sentences that carry enough of the event's words and every figure it gives ("Union
    # demands 12% pay rise" is not the union's 9%: a figure the sentence lacks makes another event),
    # the one that carries most of them, rare words weighing more, and most of `q`'s: "troops ...
    # transported ... by civilian trucks" is the sentence with "transported in civilian trucks", not
    # one with the common "troops ... Ukraine".
    opening = content_words(event.q)
    wanted = opening | content_words(event.t)
    words_of = [content_words(sentence.text) for sentence in cleaned.sentences]
    weights = _rarity_weights(wanted, words_of)
    best: Sentence | None = None
    best_key = -1.0  # a qualifying sentence wins even when all its words are in every sentence
    for sentence, words in zip(cleaned.sentences, words_of, strict=True):
        shared = len(wanted & words)
        if shared < MIN_SHARED_WORDS or shared < MIN_ALIGNMENT * len(wanted) or not _numbers(wanted) <= words:
            continue
        key = _weighted_share(wanted, words, weights) + _weighted_share(opening, words, weights)
        if key > best_key:
            best, best_key = sentence, key
    return None if best is None else (best, True)


_DEADLINE = re.compile(r"(?i)(?:by|before|until|till|no later than)\b")
# Dates a figure is measured against, not when the event took place: "its highest level since 2008",
# "the first title since 1998", "fell 12% from a year ago", "compared with the same period last year",
# "up from 3.1% in August". Business, market and sports copy puts one in nearly every sentence; read as
# the event's date they put this week's record in 2008.
_SUPERLATIVE_SINCE = re.compile(
    r"(?i)\b(?:first|only|highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|fastest"
    r"|slowest|steepest|sharpest|deepest|hottest|coldest|warmest|wettest|driest|busiest|longest"
    r"|shortest|greatest|heaviest|most|least|fewest)\b(?:\s+[\w’'$%.-]+){0,4}?\s+$"
)
# "since the Red Mesa fire of 2019", "since the final in 2014" (its "in" the date's): the year of the
# thing a record is counted from, found apart from "since" (a fire "the largest since the Red Mesa fire
# of 2019" was dated 2019)
_SINCE_A_NAMED_PAST = re.compile(
    r"(?i)\bsince\s+(?:the|an?|its|their|his|her)\s+(?:[a-z][\w’'-]*\s+){1,4}?(?:(?:of|in)\s+)?$"
)
_COMPARED_WITH = re.compile(
    r"(?i)\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:the\s+same\s+(?:period|quarter|month|week|time)\s+(?:of\s+|in\s+)?)?$"
    # "from 2.5% in August", "from $4 billion a year ago": a figure's earlier value
    r"|(?i:\bfrom)\s+[$€£¥]?\d[\d.,]*\s*(?:%|percent|per\s+cent)?"
    r"(?:\s+(?:billion|million|trillion|bn|points?|euros?|dollars?|pounds?|yen))?\s+(?:(?:in|on|at)\s+)?$"
)
_FROM_AGO = re.compile(r"(?i)from\s+(?:a|an|one|\d+|the\s+same\s+\w+\s+)?.*(?:\bago|\bearlier|last\s+\w+)$")
# How far before a date the words of a comparison or a determiner are looked for: "highest" and four
# words, "compared with the same period of". Each search over all the text before its date made a
# long sentence of dates quadratic (48,000 characters of "the highest since 2008, " took 8.6 s).
_BEFORE_DATE_REACH = 80


# A year naming what, not when: "approved the 2025 budget on Monday", "the budget for fiscal 2025",
# "cut its 2024 profit forecast", "vaccines for the 2024-25 season were approved in August".
# A quarter or half too: "reported Q3 results on Wednesday", "its H1 2024 profit".
_YEAR_ALONE = re.compile(r"\d{4}(?:\s*[-–/]\s*\d{2}(?:\d{2})?)?|[QH]\d(?:\s+\d{4})?")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|by|for|from|with|was|were|is|are|has|had|have)\b)[a-z]"
)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_FISCAL_BEFORE = re.compile(r"(?i)\b(?:fiscal|financial)(?:\s+year)?\s+$")
# ... and a month after a determiner: "named their squad for the November internationals on Tuesday"
_MONTH_ALONE = re.compile(MONTH_NAME)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|its|their|his|her|our|a|an)\s+$")


# The words before a period that make it the time of the verb, not of a noun: "rose in the six months
# to June 30" (not "results for the quarter ended Sept. 30")
_TIME_OF_THE_VERB = re.compile(r"(?i)\b(?:in|during|over|throughout|across)\s+$")
# "overnight": the night before the article's day, unless the sentence names its day ("pulled 12
# survivors from the rubble overnight after the quake on Friday" is Friday's night)
_OVERNIGHT = re.compile(r"(?i)overnight")


def _yields_to_another_date(text: str, start: int, end: int, fiscal: bool) -> bool:
    """Whether the expression names what rather than when, so another date of the sentence dates its
    event (`_year_as_adjective`, a figure's period named by its end: "will post results for the
    quarter ended Sept. 30 on Nov. 7"), or dates it only roughly ("overnight")."""
    if _OVERNIGHT.fullmatch(text, start, end):
        return True
    if closes_a_period(text[start:end]):
        return not _TIME_OF_THE_VERB.search(text, max(0, start - _BEFORE_DATE_REACH), start)
    return _year_as_adjective(text, start, end, fiscal)


def _year_as_adjective(text: str, start: int, end: int, fiscal: bool) -> bool:
    """Whether the expression is a bare year or month that qualifies a noun ("the 2025 budget",
    "fiscal 2025" when `fiscal`, "FY2025", "the November internationals")."""
    if text.startswith("FY", start):
        return True
    if _MONTH_ALONE.fullmatch(text, start, end):
        determined = _DETERMINER_BEFORE.search(text, max(0, start - _BEFORE_DATE_REACH), start) is not None
        return determined and _NOUN_AFTER.match(text, end) is not None
    if _YEAR_ALONE.fullmatch(text, start, end) is None:
        return False
    # "a veteran of the 2014 World Cup", "the 2024 Paris Olympics": after a determiner, a name too
    determined = _DETERMINER_BEFORE.search(text, max(0, start - _BEFORE_DATE_REACH), start) is not None
    return (
        _NOUN_AFTER.match(text, end) is not None
        or fiscal
        or (determined and _NAME_AFTER.match(text, end) is not None)
    )


# "called a snap election for Dec. 15": the date something is set for
_SET_FOR = re.compile(r"(?i)\bfor\s+$")


def _sets_a_day(text: str, start: int, end: int) -> bool:
    """Whether the words around the date set it for a day to come, whatever the tense: "called a snap
    election for Dec. 15", or a date naming an event ("until after the Nov. 5 election"). Such a day
    a few weeks after the article is this year's; read as a bare date in a past-tense sentence, it was
    dated a year back."""
    before = text[max(0, start - 20) : start]
    if _SET_FOR.search(before):
        return True
    return _DETERMINER_BEFORE.search(before) is not None and _NOUN_AFTER.match(text, end) is not None


# A date something is put off until, or a deadline given: "adjourned the hearing until Jan. 10",
# "gave Google until Jan. 15 to respond". Past SCHEDULED_DAYS_AHEAD days after the article it was read
# as last January; up to half a year ahead it is the coming one. Further ahead the past one is likelier
# ("the ban was extended until Oct. 1" in a 23 October article was extended before it ran out).
_PUT_OFF_BEFORE = re.compile(
    r"(?i)\b(?:adjourn|postpon|delay|defer|extend|suspend|push|put|gave|give|given|grant|remand)\w*"
    r"(?:\s+[\w’'.-]+){0,5}?\s+$"
)
_UNTIL = re.compile(r"(?i)(?:until|till)\b")
# A court's or an organiser's act of setting a day for what is to come, its object between the verb and
# "for": "The judge set sentencing for Jan. 15", "scheduled the trial for Feb. 3" (read as last January
# when more than SCHEDULED_DAYS_AHEAD days ahead). Not a passive ("The vote was scheduled for March"),
# which may tell a plan of the past, and not a bare weekday ("scheduled the vote for Sunday").
_SET_FOR_BEFORE = re.compile(
    r"(?i)\b(?:set|scheduled|rescheduled|fixed|slated)(?:\s+[\w’'.-]+){1,4}?\s+for\s+$"
)
# "... for March 3, but the launch was scrubbed": the day set then has passed
_BUT_AFTER = re.compile(r",?\s+but\b")
PUT_OFF_DAYS_AHEAD = 183
# A present progressive's date further ahead than this is a month just past ("Prices are climbing in
# April" in May), not an arrangement: nine months, since half a year read "Americans are voting in
# November" in an April article (seven months ahead) as last November's vote.
ARRANGEMENT_DAYS_AHEAD = 275
# A past "when" clause after the date tells it as history: "delayed until Tuesday, when ministers met"
_WHEN_AFTER = re.compile(r",\s+when\b")


def _put_off_until(text: str, start: int, end: int, document_date: DocumentDate | None) -> EventDate | None:
    """The coming date the deadline at `start:end` names, when a verb of putting off or giving time
    sets it, or one of setting a day for something (`_SET_FOR_BEFORE`), and it is at most
    PUT_OFF_DAYS_AHEAD days after the article; else None."""
    near = max(0, start - _BEFORE_DATE_REACH)  # the words right before the date: linear in dates
    put_off = _UNTIL.match(text, start) is not None and _PUT_OFF_BEFORE.search(text, near, start) is not None
    set_for = _SET_FOR_BEFORE.search(text, near, start) is not None and not _BUT_AFTER.match(text, end)
    if not (put_off or set_for):
        return None
    if _WHEN_AFTER.match(text, end) and tells_the_past(text, end):
        return None
    coming = normalize_date(text[start:end], document_date, forward=True)
    if not put_off and coming.basis is DateBasis.relative:
        return None  # "scheduled the vote for Sunday": a weekday alone may be the one past
    return coming if 0 < _days_ahead(coming, document_date) <= PUT_OFF_DAYS_AHEAD else None


def _is_comparison_base(text: str, start: int, end: int) -> bool:
    """Whether the date expression at `start:end` is what a figure is compared with ("the highest
    since 2008", "from a year ago"), so it does not date the sentence's event."""
    near = max(0, start - _BEFORE_DATE_REACH)  # the words right before the date: linear in dates
    expression = text[start:end]
    if re.match(r"(?i)since\b", expression) and _SUPERLATIVE_SINCE.search(text, near, start):
        return True
    # "the largest since the Red Mesa fire of 2019": the year of what "since" names
    named = _SINCE_A_NAMED_PAST.search(text, near, start)
    if named is not None and _SUPERLATIVE_SINCE.search(
        text, max(0, named.start() - _BEFORE_DATE_REACH), named.start()
    ):
        return True
    return _COMPARED_WITH.search(text, near, start) is not None or _FROM_AGO.fullmatch(expression) is not None


# Parts of a sentence that tell its subject's past, not its event, besides a relative clause
# (`BACKGROUND_CLAUSE`): a participial aside ("The law, passed in July, took effect on Monday", "The
# senator, first elected in 2018, announced on Monday ...", "Signed in June, the treaty entered into
# force on Tuesday") and an opening clause of time ("After talks collapsed in June, the union struck
# on Monday", "Ahead of the vote on Sunday, ..."). Their dates were the event's whenever they came
# first. Like a relative clause's, such a date dates the event only when the sentence has no other.
# Not the words that frame a statement ("Asked on Monday about the plan, the minister said ..."),
# nor an opening with a finite verb of its own ("United States officials said on Monday, ...").
_PARTICIPLE = (
    r"(?:(?:first|originally|initially|only|recently|newly|already|also|last|previously|once)\s+)?"
    r"(?!(?:asked|quoted|pressed|questioned|interviewed|contacted|reached|added|said|told)\b)"
    r"(?:[a-z]{2,}ed|built|made|held|set|shut|won|lost|sold|bought|paid|struck|led|sent|spent|brought"
    r"|caught|cut|put|kept|found|begun|run|laid|sworn|chosen|shown|taken|given|written|driven|broken"
    r"|frozen|stolen|withdrawn|thrown|known|grown|drawn|seen|done|hit|beaten|born|sunk|fought|sought)\b"
)
# Not a main verb after an appositive that a coordinate clause follows: "The first vessel, the Aurora
# Venture, tied up on March 25, and by Tuesday 19 ships had been unloaded" (its March 25 was set aside,
# seen in a field test); "The law, passed in July, and the decree ..." is an aside still.
_ASIDE = re.compile(
    rf",\s*{_PARTICIPLE}[^,;]*(?:;|,(?!\s*(?:and|but)\s+(?:by|on|in|at|after|then|later|since|from)\b))"
)
_OPENING_ASIDE = re.compile(
    rf"\W*(?:(?i:{_PARTICIPLE})|(?i:after|before|since|following|once|although|though|despite"
    r"|when|ahead\s+of|prior\s+to)\b)[^,;]*,"
)

# A noun and a participle of its own right before a date inside what a plan says: "would appeal the
# ruling handed down in July" (read as next July). Not a participle that sets a date for what is to
# come: "would hold the vote scheduled for March", "the summit planned for June".
_REDUCED_RELATIVE = re.compile(
    r"\b(?i:the|a|an|its|their|his|her|this|these|those)\s+"
    # not a passive's verb: "Plans to build the wall were shelved in May"; a noun first, as the
    # participle after it makes the clause: "will publish an updated forecast on 28 March" is no clause
    # (the participle describes the noun), and was undated
    r"(?:(?!(?:was|were|is|are|be|been|being|has|have|had|will|would|could|should|may|might|must|can|to)\b)"
    r"[\w’'-]+\s+){1,2}?"
    r"(?!(?:scheduled|planned|set|slated|expected|proposed|timed|delayed|postponed|moved|pushed|brought"
    rf"|put|rescheduled|reset)\b){_PARTICIPLE}(?:\s+(?:down|up|off|out|back|over))?(?:\s+[\w’'-]+){{0,2}}?\s+$"
)


def _in_a_reduced_relative(text: str, start: int, since: int) -> bool:
    """Whether the date at `start` closes a reduced relative clause after `since` (`_REDUCED_RELATIVE`)
    that holds no other date ("would deliver the jets it built in 2023 next year": 2023's clause)."""
    clause = _REDUCED_RELATIVE.search(text, max(since, start - _BEFORE_DATE_REACH), start)
    return clause is not None and not a_date_between(text, clause.start(), start)


# A finite verb in an opening that makes it the main clause: "United States officials said on Monday, ..."
_A_VERB_OF_ITS_OWN = re.compile(r"\b(?:said|says|was|were|is|are|has|have|had|will|would|did|does)\b")


def _aside_spans(text: str, opening: int) -> list[tuple[int, int]]:
    """Where the sentence's participial asides and its opening clause of time are (`_ASIDE`);
    `opening`: where the sentence starts after its dateline."""
    spans = [m.span() for m in _ASIDE.finditer(text)]
    clause = _OPENING_ASIDE.match(text, opening)
    if clause is not None:
        word = re.compile(r"\W*\w+").match(text, clause.start())
        # "United States officials said on Monday, ...": a verb of its own makes it the main clause
        if word is None or not _A_VERB_OF_ITS_OWN.search(text, word.end(), clause.end()):
            spans.append(clause.span())
    return spans


# A direct quotation: in double quotes, curly or straight, or in single ones opened before a capital
# ('he said, 'We will win'') and closed before no letter (not the apostrophe of "won't")
_QUOTATION = re.compile(
    r"“[^“”]*”|\"[^\"]*\"|(?:(?<=^)|(?<=[\s:,(]))(?:‘(?=[A-Z])[^‘]*?’|'(?=[A-Z])[^\n]*?')(?!\w)"
)
# A quotation of fewer words is a name or a scare quote ("the 'Christmas truce'", "dubbed "Black
# Friday""), not someone's words
_QUOTED_WORDS = 4


def _quotation_spans(text: str) -> list[tuple[int, int]]:
    """Where the sentence quotes someone's words, when words of its own tell who says them: what a
    quotation tells happened in the speaker's story, and its dates ("The minister said: 'We made
    mistakes in 2019'") are not the saying's. A sentence that is all quotation is its own words."""
    spans = [m.span() for m in _QUOTATION.finditer(text) if len(m.group(0).split()) >= _QUOTED_WORDS]
    ends, starts = [0] + [end for _, end in spans], [start for start, _ in spans] + [len(text)]
    outside = "".join(text[a:b] for a, b in zip(ends, starts, strict=True))
    return spans if len(re.findall(r"[A-Za-z]{2,}", outside)) >= 2 else []


# Past forms that are no participle, for a relative clause's verb: "The strike that began on Sept. 15"
_SIMPLE_PAST = (
    r"(?:began|came|went|took|rose|fell|grew|ran|broke|spoke|wrote|flew|drew|threw|chose|drove|froze|sank"
    r"|swore|tore|wore|shook|ate|gave|saw|knew|became|forgot|stole|struck|fled|left|met|led)\b"
)
# A span of time (a range of years or days) and the words that make it a noun's: a preposition after
# the main verb, its noun and a participle or a relative clause of its own ("was fined for offences
# committed between 2022 and 2024", "an inquiry into abuses that took place from 1970 to 1990")
_SPAN = re.compile(r"(?i:from|between)\s|\d{4}\s*[-–—/]")
_NOUN_BEFORE_A_SPAN = re.compile(
    r"\b(?i:for|of|over|into|on|about|against|with|to)\s+(?:[\w’'-]+\s+){1,3}?"
    rf"(?:(?:that|which|who)\s+(?:(?:was|were|had\s+been|had)\s+)?(?:[a-z]{{2,}}ed|{_SIMPLE_PAST})"
    rf"|(?!(?:was|were|is|are|be|been|being|has|have|had)\s){_PARTICIPLE})(?:\s+[\w’'-]+){{0,2}}?\s+$"
)
# A verb before that preposition: the span is not the main clause's ("Sales of cars increased between
# 2020 and 2022" is the rise's)
_A_VERB_BEFORE = re.compile(rf"\b(?:(?:was|were|is|are|has|have|had)\b|{_SIMPLE_PAST})|\b{_PARTICIPLE}")


def _span_of_a_noun(text: str, start: int) -> bool:
    """Whether the date at `start` is a span that dates a noun after the main verb, not the event: "He
    was fined for offences committed between 2022 and 2024" (the fine came after them, on a day the
    sentence does not give; it was dated 2022)."""
    if _SPAN.match(text, start) is None:
        return False
    clause = _NOUN_BEFORE_A_SPAN.search(text, max(0, start - _BEFORE_DATE_REACH), start)
    return clause is not None and _A_VERB_BEFORE.search(text, 0, clause.start()) is not None


# A subject's own clause before its date: "the bridge that collapsed", "the deal signed", "Flights
# cancelled" (a bare plural and its participle, opening the clause)
_VERB_BEFORE = re.compile(
    rf"\b(?:that|which|who)\s+(?:[\w’'-]+\s+){{0,2}}?(?:(?:was|were|had)\s+)?(?:{_PARTICIPLE}|{_SIMPLE_PAST})"
    rf"|\b(?i:the|a|an|its|their|his|her)\s+[\w’'-]+\s+{_PARTICIPLE}"
)
_OPENS_WITH_A_PARTICIPLE = re.compile(rf"[\W_]*[\w’'-]+\s+{_PARTICIPLE}")


def _in_the_subject(text: str, start: int, end: int, opening: int) -> bool:
    """Whether the date at `start:end` ends a subject that tells its own past ("The deal signed in
    June was ratified on Thursday", "The bridge that collapsed in March reopened on Saturday", "The
    man who was arrested on Monday appeared in court"): a verb before it in its clause and a finite
    verb right after it. Not a noun's date alone ("The attack on Monday killed 12": the attack's)."""
    if not past_verb_follows(text, end):
        return False
    near = max(0, start - _BEFORE_DATE_REACH)  # the words right before the date: linear in dates
    comma = max(text.rfind(",", near, start), text.rfind(";", near, start))
    clause_start = comma if comma >= 0 else opening if opening >= near else None
    if clause_start is None:
        return _VERB_BEFORE.search(text, near, start) is not None
    return (
        _VERB_BEFORE.search(text, clause_start, start) is not None
        or _OPENS_WITH_A_PARTICIPLE.match(text, clause_start) is not None
    )


# "this weekend": the article's own week's, or the one just past in what is told as done
_THIS_WEEKEND = re.compile(r"(?i)(?:over\s+)?this\s+weekend")


# A sentence's opening date, set off by a comma: "In March, the minister said ...", "On Monday, ..."
_OPENING = re.compile(r"[\W_]*")
# Words that look ahead from the article's own time, not the saying's: "said inflation will peak"
_NOW_LOOKING = re.compile(
    r"(?i)\b(?:will|won['’]t|shall|is|are|am|has|have|plans|intends|expects|aims|hopes|seeks|wants)\b"
)


def _said_on(text: str, ahead: int, document_date: DocumentDate | None) -> EventDate | None:
    """The date of the saying in a sentence whose words look ahead to the date at `ahead`, when it
    lies wholly before the article: the date right after the verb of saying ("said on Monday that
    ...") or the one opening the sentence ("In March, the minister said ..."). What was said then
    to come lies ahead of that date, not of the article: "In March, the minister said the law would
    take effect in June" is June of that year, not the next. None when the statement is undated,
    dated only roughly ("last week", "recently"), or when what it looks ahead to is told in the present
    or future ("said inflation will peak in June": still to come as the article is written)."""
    if _NOW_LOOKING.search(text, 0, ahead):
        return None  # "In March, the agency said inflation will peak in June": still to come now
    opening = dateline_length(text)
    for start, end in reversed(find_date_expressions(text)):
        if end > ahead:
            continue
        opens = _OPENING.fullmatch(text, opening, start) is not None and text.startswith(",", end)
        if not (opens or dates_a_statement(text, start)):
            continue
        said = normalize_date(text[start:end], document_date)
        bounds, article = date_bounds(said), _article_bounds(document_date)
        if said.modifier is None and bounds and article and bounds[1] < article[0]:
            return said
        return None
    return None


def _article_bounds(document_date: DocumentDate | None) -> tuple[dt.date, dt.date] | None:
    if document_date is None or document_date.value is None:
        return None
    return date_bounds(EventDate(value=document_date.value, precision=document_date.precision))


def _ahead_of_the_saying(expression: str, said: EventDate, set_ahead: bool) -> EventDate:
    """The date `expression` names ahead of the saying on `said` (`_said_on`). A statement dated by
    its year alone ("Last year, the company said it would open the plant in June") puts a month in
    that year or the next: from that month of the statement's year, not a year it cannot be."""
    anchor = DocumentDate(value=said.value, precision=said.precision)  # only its value and precision count
    date = normalize_date(expression, anchor, forward=True, set_ahead=set_ahead)
    if said.precision is Precision.year and date.basis is DateBasis.document_date and date.modifier is None:
        return date.model_copy(update={"modifier": Modifier.after})
    return date


def _expression_date(
    text: str,
    start: int,
    end: int,
    document_date: DocumentDate | None,
    *,
    ahead_of_it: bool,
    opening: int,
    numeric: NumericOrder | None,
) -> EventDate:
    """The date expression `text[start:end]` normalised against the document's date, read ahead when
    `ahead_of_it` (the sentence looks ahead to it); `numeric`: the article's order of a date in figures."""
    date = (None if ahead_of_it else _put_off_until(text, start, end, document_date)) or normalize_date(
        text[start:end],
        document_date,
        forward=ahead_of_it,
        set_ahead=_sets_a_day(text, start, end),
        numeric=numeric,
    )
    if not ahead_of_it and _THIS_WEEKEND.fullmatch(text, start, end) and tells_the_past(text, opening):
        # "The fair took place this weekend" in a Thursday's newsletter: the weekend just past, not
        # the coming one (it was read as that, then as a plan since it lay after the article)
        past = normalize_date("this past weekend", document_date)
        date = past.model_copy(update={"text": date.text}) if past.value is not None else date
    return date


def _day_of_the_month(
    text: str, document_date: DocumentDate | None, *, forward: bool, opening: int
) -> tuple[int, EventDate] | None:
    """Where the sentence's one day of the month stands and its date ("The bake sale raised £300 on
    the 12th": the month is the article's, or the one before or after it by the tense), or None; with
    a month or another date in the sentence it may be theirs, so the caller asks only when it has none."""
    days_of_the_month = find_days_of_the_month(text)
    if len(days_of_the_month) != 1:
        return None
    start, end, day = days_of_the_month[0]
    past = not forward and tells_the_past(text, opening)
    date = day_of_the_month(day, text[start:end], document_date, past=past, forward=forward)
    return (start, date) if date.value is not None else None


def _counted_day(
    expression: str, days: int, days_before: Sequence[EventDate], story_day: EventDate | None
) -> EventDate:
    """The day `expression` ("the following day", "two days later") counts `days` from: the one day its
    sentence names before it, else the day the sentence before tells alone (`story_day`); undated when
    the sentence names several days before it or neither gives one, never a guess."""
    named = {day.value for day in days_before}
    anchor = days_before[-1] if len(named) == 1 else story_day if not named else None
    return offset_day(anchor, days, expression) if anchor else EventDate()


def _read_ahead(
    text: str, start: int, *, forward: bool, cue: int | None, aside: tuple[int, int] | None
) -> tuple[bool, bool]:
    """Whether the date at `start` of a sentence that looks ahead (`forward`, from its cue's start
    `cue`; within `aside` when the cue is in an aside) is one it looks ahead to, and whether it is
    instead told as done inside what the sentence looks ahead to."""
    ahead_of_it = (
        forward
        and (cue is None or start >= cue or _DEADLINE.match(text, start) is not None)
        # "said on Tuesday it would close the factory it opened in 2015": the saying's date, never
        # ahead (it was next Tuesday once the clause's 2015 made the sentence look ahead)
        and not dates_a_statement(text, start)
        and (aside is None or aside[0] <= start < aside[1])
    )
    # "said it would close the plant it opened in March": that clause's date, as background
    # ... and "would appeal the ruling handed down in July", a reduced relative clause
    told_as_done = ahead_of_it and (
        in_a_past_clause(text, start, cue or 0) or _in_a_reduced_relative(text, start, cue or 0)
    )
    return ahead_of_it and not told_as_done, told_as_done


def date_of(
    sentence: Sentence,
    document_date: DocumentDate | None,
    *,
    forward: bool = False,
    looking: LookAhead | None = None,
    story_day: EventDate | None = None,
    numeric: NumericOrder | None = None,
) -> EventDate:
    """The sentence's first date expression outside a background clause, normalised (the first inside
    one when there is no other); undated when it has none. A date a figure is compared with ("the
    highest since 2008", "from a year ago") is never the event's, and a year qualifying a noun ("the
    2025 budget", "fiscal 2025") yields to another date ("approved the 2025 budget on Monday").
    `forward`: the sentence is a forecast or a plan, so a date without a year is the next one ("will
    vote on November 5"). `looking`
    (`kinds.look_ahead`): only dates after the words that look ahead, and deadlines ("By November"),
    are forward, so "Tuesday's attack will likely prompt a response" keeps last Tuesday; and the
    dates they look ahead to come first ("Putin said on Monday that the drills will start in
    August" is dated August). `story_day`: the day the sentence before tells, when it tells one
    alone (`_story_day_before`): "The following day the mayor resigned" counts from it, as "the following
    day" counts from a day earlier in its own sentence; without either it is undated."""
    forward_from = looking.cue_start if looking is not None else None
    ahead = looking.dates_from if looking is not None else None
    text = visible_text(sentence.text)  # "Octo\u00adber 19" (a soft hyphen) is October to a reader
    said = _said_on(text, ahead, document_date) if ahead is not None and forward else None
    opening = dateline_length(text)
    asides = _aside_spans(text, opening)
    background = [m.span() for m in BACKGROUND_CLAUSE.finditer(text)] + asides
    # "The storm, expected to make landfall on Thursday, strengthened on Tuesday": the aside's forecast
    # looks ahead to its own dates, not the sentence's (Tuesday was read as next week's)
    cue_aside = next(((a, b) for a, b in asides if forward_from is not None and a <= forward_from < b), None)
    dates: list[tuple[tuple[bool, bool], EventDate]] = []
    # dates that are not the event's, nor any other's it could take: of clauses told as done inside
    # what a plan says, of a forecast said in a clause of cause after the deed, of what a quotation
    # tells as done, and a span a noun's clause dates
    not_the_events: list[EventDate] = []
    # "The minister resigned after the party said it would hold a vote on Friday": the vote's Friday
    embedded_forecast = forecast_after_a_deed(sentence.text)
    quotations = _quotation_spans(text)
    offsets = {start: (end, days) for start, end, days in find_day_offsets(text)}
    days_before: list[EventDate] = []  # the days the sentence names before a day counted from one
    hits = sorted([*find_date_expressions(text), *((start, end) for start, (end, _) in offsets.items())])
    for start, end in hits:
        if start in offsets:
            # "The mayor, who lost the vote on March 11, resigned the following day": counted from the
            # one day named before it in the sentence, else from the sentence before's; never a guess
            date = _counted_day(text[start:end], offsets[start][1], days_before, story_day)
            if date.value is not None:
                secondary = any(a <= start < b for a, b in background) or (
                    ahead is not None and start < ahead
                )
                dates.append(((secondary, False), date))
            continue
        if _is_comparison_base(text, start, end):
            continue
        ahead_of_it, told_as_done = _read_ahead(
            text, start, forward=forward, cue=forward_from, aside=cue_aside
        )
        if said is not None and ahead is not None and start >= ahead and ahead_of_it:
            date = _ahead_of_the_saying(text[start:end], said, _sets_a_day(text, start, end))
        else:
            date = _expression_date(
                text, start, end, document_date, ahead_of_it=ahead_of_it, opening=opening, numeric=numeric
            )
        fiscal = _FISCAL_BEFORE.search(text, max(0, start - _BEFORE_DATE_REACH), start) is not None
        if date.precision is Precision.year and date.modifier is None and fiscal:
            # "fiscal 2025" is a company's or a government's year (Apple's from October 2024, Japan's
            # from April 2025): about that calendar year, not the year itself
            date = date.model_copy(update={"modifier": Modifier.approx})
        if date.value is not None:
            # what a quotation tells as done is the speaker's story, not the saying (a forecast in it
            # is read ahead as one in reported speech is; a past year after its "will" is the past:
            # '"We will never forget what happened in 1989," the president said on Monday')
            quoted_past = any(a <= start < b for a, b in quotations) and (
                not ahead_of_it or _lies_before(date, document_date)
            )
            # a forecast's date in a clause of cause after the deed, a quotation's past, a noun's span
            not_the_event = (
                (embedded_forecast is not None and start > embedded_forecast)
                or quoted_past
                or _span_of_a_noun(text, start)
            )
            in_background = (
                told_as_done
                or not_the_event
                # a date that opens in the clause is its own, though its comma ends the clause there:
                # ", who had fled on Friday, August 8, drove back on Tuesday" was dated 8 August
                or any(a <= start < b for a, b in background)
                or _in_the_subject(text, start, end, opening)
            )
            # "KYIV, Oct 24 (Reuters) - ... voted on Sunday": the dateline's day is the story's, not the
            # event's (the field corpus's ratification vote was dated the Monday it was reported)
            in_dateline = start < opening
            secondary = in_background or in_dateline or (ahead is not None and start < ahead)
            dates.append(((secondary, _yields_to_another_date(text, start, end, fiscal)), date))
            if date.precision is Precision.day and not in_dateline:
                days_before.append(date)
            if told_as_done or not_the_event:
                not_the_events.append(date)
    if not hits and (day := _day_of_the_month(text, document_date, forward=forward, opening=opening)):
        dates.append(((any(a <= day[0] < b for a, b in background), False), day[1]))
    # stable: outside the clauses first, then a year that qualifies a noun, in order
    ranked = sorted(dates, key=lambda pair: pair[0])
    if not ranked or any(ranked[0][1] is date for date in not_the_events):
        # "said it would close the plant it opened in March": the plant's opening is neither when
        # the plan was told nor when it is to be; "resigned after the party said it would hold a vote
        # on Friday": the vote's day is not the resignation's. The sentence does not date its event.
        return EventDate()
    return ranked[0][1]


# At most this many sentences are shown again in a part's second look: a part of 3,000 characters has
# about 20 sentences, and an article's dated background (a chronology) must not become a second article.
SECOND_LOOK_MOST = 6


def second_look(part: CleanedDocument, events: Sequence[GroundedEvent]) -> CleanedDocument | None:
    """The part's sentences the model is shown again, as an article of their own: those that name a
    date (a date expression other than a figure's comparison base, "the highest since 2008"; whether
    the article's own date is known or not, so "In January" counts in an undated article) and that
    none of `events` cites, at most SECOND_LOOK_MOST in order; None when there are none. The
    embedded model's reply to a whole part named 15 of the seeds' 24 gold events; shown the five
    dated sentences it had passed over, it named four of them as events (docs/measurements.md, "A
    second look"). The model still decides what is an event; code only chooses what it is shown
    again."""
    cited = {event.sentence.start for event in events}
    dated = [
        sentence for sentence in part.sentences if sentence.start not in cited and _names_a_date(sentence)
    ]
    return replace(part, sentences=dated[:SECOND_LOOK_MOST]) if dated else None


def _names_a_date(sentence: Sentence) -> bool:
    text = visible_text(sentence.text)
    return any(not _is_comparison_base(text, start, end) for start, end in find_date_expressions(text))


def ground(
    document: str,
    cleaned: CleanedDocument,
    events: list[WireEvent],
    document_date: DocumentDate | None,
    people: People | None = None,
    posts: Sequence[Post] = (),
) -> GroundingResult:
    """The events located in `cleaned`, each with its quote, title, kind, date and actors, and those
    no sentence backs. `people`: those the whole article names (`people_named`), when `cleaned` is
    one part of it; by default, those of `cleaned`. `posts`: a live page's entries (`LoadedDocument.
    posts`): a sentence of one is read as of the day it was posted, and dated by it when it names no
    date and tells what happened (a statement's date is that of what it tells, as in any article)."""
    grounded: list[GroundedEvent] = []
    dropped: list[WireEvent] = []
    if people is None:
        people = people_named(sentence.text for sentence in cleaned.sentences)
    # "4/2/2025" is 4 February in an article that also writes "20/1/2025", as its reader takes it
    numeric = numeric_order(sentence.text for sentence in cleaned.sentences)
    for event in events:
        located = locate(event, cleaned)
        if located is None:
            dropped.append(event)
            continue
        sentence, aligned = located
        mentions = read_mentions(sentence.text, people)
        named = [mention.name for mention in mentions]
        title, retitled = choose_title(event, sentence, named, cleaned.sentences, people)
        post = post_at(posts, sentence.start)
        posted = posting_day(post, document_date) if post is not None else None
        as_of = posted or document_date  # "yesterday" in an entry posted after midnight
        story_day = _story_day_before(sentence, cleaned.sentences, posts, as_of, numeric)
        reading = _Reading(story_day=story_day, numeric=numeric)
        kind, kind_cue, date = _kind_and_date(sentence, as_of, reading)
        if is_arrangement(kind_cue) and _days_ahead(date, as_of) > ARRANGEMENT_DAYS_AHEAD:
            # "Troops are advancing in March" in a May article: a present progressive with a month of
            # the last three tells what goes on, not an arrangement ten months ahead
            kind, kind_cue, date = _kind_and_date(sentence, as_of, reading, arrangements=False)
        if is_main_clause_would(kind_cue) and _lies_before(date, as_of):
            # "He would return to Iran in 1979", "Oil would hit $147 in July 2008": no forecast is
            # dated wholly before its article; a feature's "would" tells what came later in its story
            kind, kind_cue, date = _kind_and_date(sentence, as_of, reading, woulds=False)
        if kind is EventKind.happened and _lies_ahead(date, as_of):
            # Nothing its article tells as done can be dated after the article: a date ahead makes
            # the sentence a timetable ("The tournament runs from Nov. 19 to 24", "Ballots must
            # arrive by Nov. 8"), so its date's words decide the kind.
            kind, kind_cue = EventKind.expected, date.text
        if posted is not None and post is not None and date.value is None and kind is EventKind.happened:
            # "The jury has found Marsh guilty" under "10:58 GMT": the entry tells it as done that day.
            # Not a statement ("Pike said she would appeal"): its date is what it tells, not the saying's
            date = EventDate(
                value=posted.value, precision=Precision.day, text=post.stamp, basis=DateBasis.posted
            )
        grounded.append(
            GroundedEvent(
                document=document,
                sentence=sentence,
                title=title_of(title),
                kind=kind,
                date=date,
                actors=event_actors(mentions),
                aligned=aligned,
                retitled=retitled,
                kind_cue=kind_cue,
            )
        )
    return GroundingResult(grounded, dropped)


class _Reading(NamedTuple):
    """What of the article, beyond its date, dates one of its sentences: the day the sentence before tells
    alone (`date_of`'s `story_day`) and the order it writes dates in figures (`numeric_order`)."""

    story_day: EventDate | None
    numeric: NumericOrder | None


def _kind_and_date(
    sentence: Sentence,
    document_date: DocumentDate | None,
    reading: _Reading,
    *,
    arrangements: bool = True,
    woulds: bool = True,
) -> tuple[EventKind, str | None, EventDate]:
    """The sentence's kind, the words that decided it, and its date, read forward when it looks ahead
    (`arrangements`, `woulds`: as `read_kind` takes them; `reading`: what of the article dates it)."""
    kind, kind_cue = read_kind(sentence.text, arrangements, woulds)
    looking = look_ahead(sentence.text, arrangements, woulds)
    forward = kind is EventKind.expected or (looking is not None and looking.dates_from is not None)
    looks = looking if forward else None
    date = date_of(
        sentence,
        document_date,
        forward=forward,
        looking=looks,
        story_day=reading.story_day,
        numeric=reading.numeric,
    )
    return kind, kind_cue, date


def _story_day_before(
    sentence: Sentence,
    sentences: Sequence[Sentence],
    posts: Sequence[Post],
    as_of: DocumentDate | None,
    numeric: NumericOrder | None,
) -> EventDate | None:
    """The day the sentence before `sentence` tells, for a day counted from it ("The council voted on
    Tuesday, March 11. The following day the mayor resigned."): only when that sentence names one
    date and no other and it is a day, in the same live entry; None otherwise (two days before leave
    "the following day" undated, never a guess). Only sentences that count days ask for it."""
    if not find_day_offsets(visible_text(sentence.text)):
        return None
    at = bisect.bisect_left(sentences, sentence.start, key=lambda kept: kept.start)  # in text order
    if (
        at == 0
        or at == len(sentences)
        or sentences[at].start != sentence.start
        or post_at(posts, sentences[at - 1].start) != post_at(posts, sentence.start)
    ):
        return None
    before = sentences[at - 1]
    text = visible_text(before.text)
    if len(find_date_expressions(text)) != 1 or find_day_offsets(text):
        return None
    date = _kind_and_date(before, as_of, _Reading(story_day=None, numeric=numeric))[2]
    return date if date.precision is Precision.day and date.modifier is None else None


def _periods(
    date: EventDate, document_date: DocumentDate | None
) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]] | None:
    """The first and last days the date names (whatever its modifier) and the article's; None when
    either is unknown."""
    if date.value is None or document_date is None or document_date.value is None:
        return None
    named = date_bounds(EventDate(value=date.value, precision=date.precision))
    article = date_bounds(EventDate(value=document_date.value, precision=document_date.precision))
    return (named, article) if named is not None and article is not None else None


def _days_ahead(date: EventDate, document_date: DocumentDate | None) -> int:
    """Days from the article's last day to the first day the date names (0 when either is unknown)."""
    periods = _periods(date, document_date)
    return (periods[0][0] - periods[1][1]).days if periods is not None else 0


def _lies_before(date: EventDate, document_date: DocumentDate | None) -> bool:
    """Whether the period the date names ends before the article's period starts ("1979" in 2024;
    not "this year", which the article's day is in)."""
    periods = _periods(date, document_date)
    return periods is not None and periods[0][1] < periods[1][0]


def _lies_ahead(date: EventDate, document_date: DocumentDate | None) -> bool:
    """Whether the period the date names (whatever its modifier) starts after the article's period."""
    return _days_ahead(date, document_date) > 0
