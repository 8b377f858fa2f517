"""Headlines: whether the model's headline says what its quote says, and the title an event gets.

A headline its quote does not back is replaced by the quote: the cost of a wrong call is a longer
title, never a wrong one (README, "Grounding").
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from timeline.actors import (
    NO_PEOPLE,
    People,
    actor_key,
    headline_actors,
    is_office,
    opens_with_an_act,
    read_mentions,
    spelling_key,
    state_of_word,
    with_names_of,
    with_opening_a_headline_names,
    without_names_of,
)
from timeline.cleaning import visible_text
from timeline.dates import dateline_length, find_date_expressions
from timeline.english import a_word_of_english
from timeline.extraction import WireEvent
from timeline.kinds import cues_outside_background, look_ahead, read_kind
from timeline.models import EventKind
from timeline.saying import MEANING, OBJECT_OFTEN_A_THING, SAYING, SAYING_WHAT_FOLLOWS, forms, verbs
from timeline.sentences import Sentence
from timeline.words import (
    STOPWORDS,
    by_value,
    normalised,
    stem,
    unstemmed_content_words,
    verbatim_matches,
)

COPIED_FRAGMENT_CHARS = 40  # a headline found inside another sentence at this length was copied from it


def _copies_another_sentence(headline: str, quoted: Sentence, sentences: list[Sentence]) -> bool:
    """Whether the headline holds a whole sentence other than its quote, or a long piece of one."""
    copied = normalised(headline)
    for sentence in sentences:
        if sentence == quoted:
            continue
        shown = normalised(sentence.text)
        if (len(shown) >= 8 and shown in copied) or (
            len(copied) >= COPIED_FRAGMENT_CHARS and copied in shown and copied not in normalised(quoted.text)
        ):
            return True
    return False


def _scripts(text: str) -> set[str]:
    """The scripts of the text's letters ("LATIN", "CYRILLIC", "CJK", "HANGUL"): a headline in its
    quote's script may use letters the quote happens not to ("Над" over "... над Одессой ...")."""
    return {unicodedata.name(c, "?").split()[0] for c in text if c.isalpha() and not c.isascii()} - {"LATIN"}


_WORD = re.compile(r"\w(?:[\w,.’'-]*\w)?")  # "10,000", "Jong-un" and "U.S" stay whole


def _words_as_written(text: str) -> list[str]:
    return [re.sub(r"[’']s$", "", word) for word in _WORD.findall(by_value(visible_text(text)))]


def _in_order(names: list[str], mentions: list[str]) -> bool:
    """Whether `names` occur in `mentions` in this order (a subsequence), every mention counting:
    "The Ukrainian government reports that North Korean infantrymen could be deployed to ... Ukraine"
    backs a headline that drops the attribution ("North Korean infantrymen ... Ukraine")."""
    remaining = iter([actor_key(m) for m in mentions])
    # a surname stands for the full name ("Von der Leyen visits Kyiv" over "Ursula von der Leyen"),
    # and capitals and hyphens do not tell names apart ("van Gogh" / "Van Gogh", "Jong-un" / "Jong Un")
    return all(any(m == key or m.endswith(" " + key) for m in remaining) for key in map(actor_key, names))


# The verbs of saying (`saying.SAYING`) in their finite forms. A verb that is also a noun only as the
# verb: "Gulf states agreed ..." and "..., hurting Gulf states" have no speaker "Gulf"; "claims" and
# "reports" stay ("Moscow claims ...", "Yonhap reports that ..."), as a frame read them before.
_NAMING_FRAMES = verbs("claim report")
# "told" only with whom it was told ("told reporters", "told Reuters on Monday").
_SAY_VERBS = (
    forms([verb for verb in SAYING_WHAT_FOLLOWS if verb.base != "tell"], nouns=False)
    + "|"
    + forms([verb for verb in _NAMING_FRAMES if verb in SAYING_WHAT_FOLLOWS], past=False)
    + r"|tells?\s+[^,;:]{1,40}?|told\s+[^,;:]{1,40}?"
)
# Verbs whose object is as often a thing as a clause ("Germany announced the delivery of ...",
# "added 5,000 troops", `saying.OBJECT_OFTEN_A_THING`): a frame only with "that".
_THAT_VERBS = (
    forms(OBJECT_OFTEN_A_THING, nouns=False)
    + "|"
    + forms([verb for verb in _NAMING_FRAMES if verb in OBJECT_OFTEN_A_THING], past=False)
)
_SPEECH_VERBS = f"{_SAY_VERBS}|{_THAT_VERBS}"
# A report's frame at the start of its sentence: "Seoul said (on Monday) (that) Pyongyang had sent ...".
_REPORT_FRAME = re.compile(
    rf"(?:[^,;:]{{1,40}},\s*)?(?P<speaker>[^,;:]{{1,80}}?)\s+(?:(?:{_SAY_VERBS})\s+"
    rf"(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?|(?:{_THAT_VERBS})\s+(?:(?:on|late|early)\s+\w+\s+)?that\s+)"
    r"(?P<clause>.+)",
    re.DOTALL,  # a verb in lower case: "Reports of ..." and "Claims that ..." open no frame
)
# ... and at its end: "Russian troops executed prisoners, Zelensky said (on Monday)." / "..., Zelensky says".
_TRAILING_SPEAKER = re.compile(
    rf"(?P<clause>.+?)\s*[,:;–—-]\s+(?P<speaker>[^,;:]{{1,60}}?)\s+(?:{_SPEECH_VERBS})(?:\s+\w+){{0,2}}",
    re.DOTALL,
)
# The reported clause's subject is the speaker: "Israel says it killed ...", "Kyiv said its forces ...".
_SPEAKER_PRONOUN = re.compile(r"(?:it|its|they|their|he|his|she|her|we|our)\b", re.IGNORECASE)
# A headline that attributes: "Seoul says ...", "Seoul warns ...", "Seoul: Pyongyang sent troops".
_HEADLINE_ATTRIBUTES = re.compile(
    rf"\b(?:{_SPEECH_VERBS}|warns?|warned|accus(?:es|ed)|den(?:ies|ied)|urges?|vows?|pledges?|threatens?"
    r"|according)\b|:",
    re.IGNORECASE,
)


def _speaker_first(text: str, people: People, read: bool) -> list[str] | None:
    """The actors of "CLAIM, SPEAKER says" with the speaker's first, as "SPEAKER says CLAIM" names
    them; None when the text does not end so."""
    trailing = _TRAILING_SPEAKER.fullmatch(visible_text(text).strip(" .\n"))
    if trailing is None:
        return None
    parts = (trailing["speaker"], trailing["clause"])
    if read:
        return [mention.name for part in parts for mention in read_mentions(part, people)]
    return list(dict.fromkeys(name for part in parts for name in headline_actors(part, people)))


# A passive with its agent: "Russia was accused by Ukraine of ...", "Kyiv was struck by Russian missiles".
_PASSIVE_AGENT = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+\s+by\s+(?P<agent>[^,;:.]+)", re.IGNORECASE
)
_PASSIVE_HEADLINE = re.compile(r"\bby\b|\b(?:is|are|was|were|been|being)\s", re.IGNORECASE)


def _acting_order(quoted: str, mentions: list[str], people: People) -> list[str] | None:
    """A passive quote's actors with its agent first, in the order an active headline names them
    ("Ukraine accuses Russia" for "Russia was accused by Ukraine"); None for a quote without one."""
    text = visible_text(quoted)
    passive = _PASSIVE_AGENT.search(text)
    if passive is None:
        return None
    # the agent read in its sentence, not alone: alone, its first word opens a sentence and a name
    # not known as one is dropped there ("by Macron in Paris" would make Paris the agent)
    before = read_mentions(text[: passive.start("agent")], people)
    through = read_mentions(text[: passive.end("agent")], people)
    agent = through[len(before)].name if len(through) > len(before) else None
    if agent is None or agent not in mentions:
        return None  # "Profit was up by 5%": no one acts
    return [agent, *(name for name in mentions if name != agent)]


def _actors_in_order(headline: str, quoted: Sentence, mentions: list[str], people: People) -> bool:
    """Whether the headline names only its quote's actors, in the quote's order (`_in_order`).

    Who speaks may stand first or last in either ("Russian troops execute prisoners, Zelensky says"
    over "Zelensky claimed that Russian troops ..."). A headline that does not attribute must name
    the reported clause's actors in their order, not the speaker as the one who acts: "Seoul sends
    10,000 troops to Russia" over "Seoul said Pyongyang had sent 10,000 troops to Russia" makes Seoul
    do what it reported Pyongyang doing."""
    # the quote's first word is a name when the headline has it as one ("Trump endorses Musk" over
    # "Trump was endorsed by Musk")
    named = with_opening_a_headline_names(headline, quoted.text, people)
    read_again = [mention.name for mention in read_mentions(quoted.text, named)]
    if not _names_in_order(headline, quoted, read_again if named is not people else mentions, named):
        return False
    frame = _REPORT_FRAME.fullmatch(visible_text(quoted.text).strip())
    if frame is None or _HEADLINE_ATTRIBUTES.search(headline) or _SPEAKER_PRONOUN.match(frame["clause"]):
        return True
    # the speaker is the quote's first word only when read so already: "Sinner claimed the title"
    # is no report that Sinner wins it
    reported = [mention.name for mention in read_mentions(frame["clause"], people)]
    return any(
        _in_order(names, reported) for names in _headline_names(headline, quoted.text, mentions, people)
    )


def _headline_names(headline: str, quoted: str, mentions: list[str], people: People) -> list[list[str]]:
    """The headline's actors as written, and with its attribution first when it ends with one; its
    first word is a name when the quote names it (`with_names_of`), and an acronym of the quote's
    words is what it stands for (`_unabbreviated`)."""
    quoted_people = with_names_of(mentions, people)
    headlines = [headline_actors(headline, quoted_people)]
    attributed = _speaker_first(headline, quoted_people, read=False)
    named = headlines + ([attributed] if attributed is not None else [])
    return [_unabbreviated(names, quoted, mentions) for names in named]


def _unabbreviated(names: list[str], quoted: str, mentions: list[str]) -> list[str]:
    """The names with an acronym of the quote's words read as the actor they name ("BoE" the quote's
    "Bank of England"), or left out when they name none ("POWs", "prisoners of war")."""
    keys = {actor_key(mention): mention for mention in mentions}
    read: list[str] = []
    for written in names:
        name = _without_leading_office(written, quoted)
        expansion = acronym_expansion(name, quoted)
        if expansion is None:
            read.append(" ".join(_short_name(word) for word in name.split()))
        elif actor_key(expansion) in keys:
            read.append(keys[actor_key(expansion)])
    return read


# Short names a headline gives a body, a club or an office, each -> the words it stands for. Titles
# before a name as the AP Stylebook abbreviates them ("Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.",
# "Sgt.", "Capt.", "Maj.", "Dr."); "Fed", which the AP Stylebook allows for the Federal Reserve on
# second reference; "Ex-" for "former"; "Man" and "Utd" of "Man City" and "Man Utd", as British sports
# pages write Manchester's clubs. Acronyms of the quote's own words need no entry (`acronym_expansion`).
_SHORT_NAMES = {
    "fed": "Federal Reserve", "man": "Manchester", "utd": "United", "ex": "former",
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "sgt": "sergeant", "capt": "captain", "maj": "major", "dr": "doctor",
}  # fmt: skip


def _short_name(word: str) -> str:
    """The words a short name stands for ("Fed" "Federal Reserve"), else the word."""
    return _SHORT_NAMES.get(word.lower().rstrip("."), word)


def _without_leading_office(name: str, quoted: str) -> str:
    """A name without the office a short name or an acronym of the quote's words gives it before the
    person's name: "PM Johnson" is the quote's "Prime Minister Boris Johnson", "Gov. Hochul" its
    "Governor Kathy Hochul"."""
    words = name.split()
    while len(words) > 1:
        office = acronym_expansion(words[0], quoted) or _short_name(words[0])
        if not is_office(office.split()[-1]):
            break
        words = words[1:]
    return " ".join(words)


def _names_in_order(headline: str, quoted: Sentence, mentions: list[str], people: People) -> bool:
    """Whether the headline's actors are the quote's in its order, an attribution moved or not, a
    passive quote's agent first."""
    quotes = [mentions]
    # the speaker of "CLAIM, SPEAKER said" stands first only in a headline that attributes too: one that
    # does not makes the speaker act ("Ukraine launches missile attack" over "Russia launched a missile
    # attack on Kyiv, Ukrainian officials said")
    if _HEADLINE_ATTRIBUTES.search(headline):
        quotes += [names for names in [_speaker_first(quoted.text, people, read=True)] if names is not None]
    acting = _acting_order(quoted.text, mentions, people)
    if acting is not None and not _PASSIVE_HEADLINE.search(headline):
        # an active headline names the agent first: "Russia accuses Ukraine" over "Russia was accused
        # by Ukraine" turns the accusation round, "Russian missiles strike Kyiv" over "Kyiv was struck
        # by Russian missiles" does not
        quotes = [acting]
    headlines = _headline_names(headline, quoted.text, mentions, people)
    return any(_in_order(names, said) for names in headlines for said in quotes)


def headline_misleads(
    headline: str,
    quoted: Sentence,
    mentions: list[str],
    sentences: list[Sentence],
    people: People = NO_PEOPLE,
) -> bool:
    """Whether the headline says what its quote does not, so the quote must stand in for it.

    Seen with the embedded model on the seeds: a headline naming someone the quote does not
    ("Russian forces strike" over Ukraine's strike); the quote's actors turned round ("Ukraine
    accuses Russia of providing weapons to North Korea" over a claim that North Korea supplied
    Russia; "Kim Jong-un meets Putin" over a senator holding up their photo); a name or number
    that is not in the quote ("Pakistani intelligence expert" over "Former British Army
    intelligence expert"); letters the quote does not use (Chinese words in an English headline);
    mostly words the quote does not have ("Russia and North Korea sign nuclear arms agreement" over
    a pact's obligation to intervene); a copy of another sentence.
    A faithful headline can fail these too (the same names in another order for a symmetric act,
    synonyms for most of its words): the cost is a longer title, never a wrong one.
    `mentions` are the names of the quote's actors, every mention in order (`read_mentions`), and
    `people` those the document names in full (`people_named`).
    """
    if not _actors_in_order(headline, quoted, mentions, people):  # also: someone the quote does not name
        return True
    if _scripts(headline) - _scripts(quoted.text):
        return True  # seen: "... for further部署 to乌克兰" over an English sentence
    unnamed = without_names_of(headline, mentions)
    # a headline's first word of English stands for no one when the headline names everyone its quote
    # does ("Firm sells stake in Brazilian miner"); else it may be a name ("Amazon" over "Google")
    named = _headline_names(headline, quoted.text, mentions, people)
    opening_is_a_word = _opens_without_a_name(quoted.text) and any(
        set(mentions) <= set(names) for names in named
    )
    if _name_or_number_not_quoted(unnamed, quoted, mentions, opening_is_a_word):
        return True
    return (
        _says_more_than(unnamed, quoted)
        or _grave_word_not_quoted(unnamed, quoted)
        or _turns_round(unnamed, quoted)
        or _drops_doubt(headline, quoted)
        or _act_done_to(unnamed, quoted)
        or _done_told_as_to_come(headline, quoted)
        or _drops_negation(headline, quoted)
        or _dates_its_quote_lacks(headline, quoted)
        or _drops_office_qualifier(headline, quoted)
        or _copies_another_sentence(headline, quoted, sentences)
    )


def _name_or_number_not_quoted(
    headline: str, quoted: Sentence, mentions: list[str], opening_is_a_word: bool = False
) -> bool:
    """Whether the headline holds a name or a number its quote lacks ("Pakistani" over "British",
    "iPhone" over "laptops", "420" over "42"). A name in another transliteration is the quote's
    ("Zelenskyy" / "Zelensky"), as is a state named by its demonym or capital ("German chancellor" /
    "Germany's chancellor"), an acronym of the quote's words ("PM" / "prime minister", "BoE" / "Bank of
    England") and the numbers of a score or an age ("68-31" / "68 votes to 31", "Man, 45," / "a
    45-year-old man"). With `opening_is_a_word`, a first word of English capitalised only by opening
    the headline is no name ("Troops" over "Government forces")."""
    as_written = _words_as_written(quoted.text)
    quote_words = {spelling_key(word) for word in as_written}
    quote_words |= {part for word in as_written for part in _numbers_in(word)}
    words = _words_as_written(headline)
    for at, word in enumerate(words):
        # "Troops retake airport" over "Government forces retook the airport"; not a word that says
        # which office the next one is ("Foreign Minister", "Prime minister" over "Defence Minister")
        office_follows = at + 1 < len(words) and is_office(words[at + 1])
        if at == 0 and opening_is_a_word and not office_follows and _capitalised_by_position(word):
            continue
        # "scores" counts only as "scores of": "Striker scores 12 goals" is the verb
        of_follows = at + 1 < len(words) and words[at + 1].lower() == "of"
        quantity = word.lower() in _QUANTITIES or (word.lower() == "scores" and of_follows)
        # a capital anywhere makes a name: "iPhone", "eBay"
        name_or_number = any(c.isupper() for c in word) or any(c.isdigit() for c in word) or quantity
        if not name_or_number or _quoted_word(word, quote_words):
            continue
        if state_of_word(word) in mentions or acronym_expansion(word, quoted.text) is not None:
            continue
        numbers = _numbers_in(word)
        if not numbers or not numbers <= quote_words:
            return True
    return False


def _quoted_word(word: str, quote_words: set[str]) -> bool:
    """Whether the word is among the quote's, whole or each part of a hyphenated one, a short name as
    the words it stands for: "Fed" / "Federal Reserve", "Ex-president" / "former president"."""
    if spelling_key(word) in quote_words:
        return True
    parts = word.split("-")
    return all(
        part.isalpha() and all(spelling_key(said) in quote_words for said in _short_name(part).split())
        for part in parts
    )


def _opens_without_a_name(text: str) -> bool:
    """Whether a sentence opens with a common noun's phrase: a determiner ("The company", "A drone"), a
    plural ("Soldiers fought") or a word before one ("Government forces", "Rebel fighters"). A singular
    noun of English opens a sentence only after a determiner, so a bare singular word is a name, even one
    that is also a word ("Google will cut", "Ford recalled", "Shell sold")."""
    words = [word.lower() for word in _words_as_written(text)[:2]]
    if not words:
        return False
    plural = [word.endswith("s") and not word.endswith("ss") and a_word_of_english(word) for word in words]
    return words[0] in STOPWORDS or any(plural)


def _capitalised_by_position(word: str) -> bool:
    """Whether a headline's first word is a word of English capitalised only by opening it ("Troops",
    "Firm", "Coalition"), not a short name ("Fed", "Man")."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.lower() not in _SHORT_NAMES
        and a_word_of_english(word.lower())
    )


def _numbers_in(word: str) -> set[str]:
    """The numbers of a hyphenated word ("68-31", "45-year-old"), each as written; none of one number
    alone."""
    parts = word.split("-")
    return {part for part in parts if any(c.isdigit() for c in part)} if len(parts) > 1 else set()


# Words an acronym's small letters stand for: "BoE" is "Bank of England".
_ACRONYM_FILLERS = frozenset("of and for the".split())


def acronym_expansion(word: str, text: str) -> str | None:
    """The words of `text` an acronym in the headline stands for, by their initials ("PM" "prime
    minister", "BoE" "Bank of England", "POWs" "prisoners of war"), else None. Its capitals stand for
    words that are no stopwords, its small letters for "of", "and", "for", "the": "UN" is not "under
    new"."""
    letters = word[:-1] if word.endswith("s") and len(word) > 2 else word  # "POWs"
    if not (2 <= len(letters) <= 6 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2):
        return None
    words = re.findall(r"[^\W\d_]+", text)
    for start in range(len(words) - len(letters) + 1):
        span = words[start : start + len(letters)]
        pairs = zip(letters, span, strict=True)
        if all(_stands_for(letter, said, first=at == 0) for at, (letter, said) in enumerate(pairs)):
            return " ".join(span)
    return None


def _stands_for(letter: str, word: str, first: bool = True) -> bool:
    if word[0].lower() != letter.lower():
        return False
    filler = word.lower() in _ACRONYM_FILLERS
    if letter == "O" and word.lower() == "of" and not first:
        return True  # "POW" is "prisoner of war"
    return filler if letter.islower() else not filler and word.lower() not in STOPWORDS


# Words that make a sentence less than a statement of fact. "may" only in lower case: "May" is
# usually the month.
_DOUBT = re.compile(
    r"\b(?:potential(?:ly)?|possib(?:le|ly|ility)|reportedly|alleged(?:ly)?|unconfirmed|unverified"
    r"|if (?:verified|confirmed|true)|reports? of|suspected|could|might|likely|expected"
    # not yet done: a plan, a threat, a proposal, an accusation ("Troops withdrawn" over "will be")
    r"|will|won['’]t|plans? to|planning to|prepar(?:es|ing) to|threaten(?:s|ed)?(?: to)?"
    r"|accus(?:e|es|ed|ation)|consider(?:s|ing)|intends? to|aims? to|calls? for|urg(?:es|ed)"
    # promised, scheduled, wished for, asked for: "Germany agreed to deliver", "is set to deliver",
    # "has yet to deliver", "Zelensky asked Germany to deliver" are no delivery
    r"|(?:is|are|was|were)\s+(?:set|due|poised|going|about|scheduled|slated)\s+to|yet\s+to"
    # a promise to act, not an agreement to a thing ("agreed to a four-day truce" is the truce)
    r"|(?:agree[sd]?|promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|offer(?:s|ed)?|wants?|wanted|hop(?:e|es|ed))"
    r"\s+to(?!\s+(?:a|an|the|its|their|his|her|this|that|these|those)\b)"
    r"|would|should|must|ask(?:s|ed)?\s+(?:[\w-]+\s+){1,3}?to|demand(?:s|ed)?"
    # asked for, not granted: "The prosecutor sought a 10-year sentence", "called for a vote"
    r"|seek(?:s|ing)?|sought|request(?:s|ed)?|called\s+for"
    # seeming, not being: "the DPRK tends to become a full-fledged player", "appears to be the
    # linchpin", "is believed to have 1.3 million" are the writer's or someone's estimate
    r"|(?:tend|seem|appear)(?:s|ed)?\s+to|(?:is|are|was|were)\s+(?:believed|thought|said|understood)\s+to"
    # a claim ("Zelensky claimed that ...", "claims to have"), not "claimed the title" or "the lives of"
    r"|claim(?:s|ed)?\s+(?:that|to\s+have|to\s+be))\b"
    r"|\b(?-i:may)\b",
    re.IGNORECASE,
)
# Doubt about the whole claim, wherever it stands: "..., according to unverified reports".
_WHOLE_CLAIM_DOUBT = re.compile(
    r"\b(?:reportedly|alleged(?:ly)?|unconfirmed|unverified|if (?:verified|confirmed|true))\b", re.IGNORECASE
)
# A headline keeps its quote's doubt in its own words too: "Apple plans March launch", "City mulls
# car ban", "Prosecutors accuse ex-president of fraud".
_HEADLINE_HEDGE = re.compile(
    _DOUBT.pattern
    + r"|\b(?:plans?|planning|mulls?|weighs?|eyes|considers?|seeks?|proposes?|accuses?|warns?|threatens?)\b",
    re.IGNORECASE,
)
_CUE_REACH_WORDS = 6  # the words before and after a hedge or a negation that it bears on


def _bears_on(cue: re.Match[str], text: str, other: str) -> bool:
    """Whether the hedge or negation `cue` in `text` bears on what `other` says: the few words around
    it, within its clause, share a word with `other` ("did not strike Kyiv" / "Russia strikes Kyiv";
    "The meeting was cancelled" / "The meeting was held"), unlike a clause about something else
    ("..., speaking on condition of anonymity because they were not authorised to speak" / "Two
    killed, source says")."""
    after = re.split(r"[,;:.!?]", text[cue.end() :], maxsplit=1)[0].split()[:_CUE_REACH_WORDS]
    before = re.split(r"[,;:.!?]", text[: cue.start()])[-1].split()[-_CUE_REACH_WORDS:]
    near = {word[:ROOT_CHARS] for word in unstemmed_content_words(" ".join(before + after))}
    return bool(near & {word[:ROOT_CHARS] for word in unstemmed_content_words(other)})


def _cues_bearing_on(cue: re.Pattern[str], text: str, other: str) -> bool:
    """Whether `text` has a `cue` outside its background clauses that bears on `other`."""
    return any(_bears_on(m, text, other) for m in cues_outside_background(cue, text))


def _drops_doubt(headline: str, quoted: Sentence) -> bool:
    """Whether the quote doubts what the headline states as fact: "North Korean military officers
    killed in Ukraine" over "Reports of North Korean military officers being killed in Ukraine ...,
    if verified, would be ..."; "North Korean soldiers involved in Ukraine war" over "The potential
    involvement of North Korean soldiers ..." (both seen on the seeds)."""
    # A headline that hedges or attributes in its own way keeps the doubt ("... is being reported"),
    # as does headlinese for what is to come ("Seoul to send intelligence officers").
    text = visible_text(quoted.text)
    doubted = _WHOLE_CLAIM_DOUBT.search(text) is not None or _cues_bearing_on(_DOUBT, text, headline)
    return (
        doubted
        and _HEADLINE_HEDGE.search(headline) is None
        and read_kind(headline)[0] is EventKind.happened
        and _HEADLINE_FUTURE.match(headline) is None
    )


_HEADLINE_FUTURE = re.compile(r"\W*(?:[\w’'.-]+\s+){1,4}?to\s+[a-z]")

_WORD_BEFORE_TO = re.compile(r"\b([a-z]\w*)\s+to\s+[a-z]")  # the verb of "agrees to deliver", not a name


def _done_told_as_to_come(headline: str, quoted: Sentence) -> bool:
    """Whether the headline tells as still to come what its quote tells as done: "Germany to deliver
    Taurus missiles" (or "plans to", "will") over "Germany delivered Taurus missiles on Monday".
    "Germany agrees to deliver" over "Germany agreed to deliver" keeps the quote's own verb."""
    before_to = _WORD_BEFORE_TO.search(headline)
    quoted_roots = {word[:ROOT_CHARS] for word in unstemmed_content_words(quoted.text)}
    if before_to and before_to[1].lower()[:ROOT_CHARS] in quoted_roots:  # "vote" / "voted"
        return False
    # headlinese ("Germany to deliver"), or the forecast and plan words kinds reads ("will", "plans to")
    to_come = _HEADLINE_FUTURE.match(headline) is not None or look_ahead(headline) is not None
    return to_come and read_kind(visible_text(quoted.text))[0] is EventKind.happened


# An act named as the object of another verb: "approved the delivery of", "discussed the deployment of".
_ACT_AS_OBJECT = re.compile(
    r"\b(?P<verb>[a-z]\w+(?:ed|es))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?P<act>\w+(?:ment|tion|sion|ery|ance|ence|al))\s+of\b",
    re.IGNORECASE,
)


def _act_done_to(headline: str, quoted: Sentence) -> bool:
    """Whether the headline states as done an act its quote only names as the object of another verb:
    "Germany delivers Taurus missiles" over "Germany approved (discussed, ended) the delivery of Taurus
    missiles"; "Germany approves delivery of Taurus missiles" keeps the quote's verb and stands."""
    words = unstemmed_content_words(headline)
    own = {stem(word) for word in words}
    for named in _ACT_AS_OBJECT.finditer(visible_text(quoted.text)):
        act, verb = named["act"].lower(), named["verb"].lower()[:ROOT_CHARS]
        # the act as a verb ("delivers"), not the quote's noun ("North Korea's involvement"), and not
        # under the quote's own verb ("Wildfires force 30,000 to evacuate" over "forced the evacuation of")
        if stem(act) in own and act not in words and verb not in {word[:ROOT_CHARS] for word in words}:
            return True
    return False


# Words that count like numbers: "kills thousands" over "killed dozens" says another event.
_QUANTITIES = frozenset(
    "dozen dozens hundred hundreds thousand thousands million millions billion billions".split()
)

# Deaths, attacks and arrests: a headline may not claim one its quote does not state, even as its
# single word of its own ("North Korean troops killed in Kursk" over "... troops arrived in Kursk").
# One group per kind of grave event; a headline may name it in any of its group's words ("12 dead"
# over "killed 12", "Missile strikes ship" over "hit by a missile", "Police arrest 12" over "detained").
_GRAVE_GROUPS = (
    "kill|killing|killed|kills|dead|death|deaths|die|died|dies|dying|fatal|fatalities|murder|murders"
    "|murdered|massacre|massacred|casualty|casualties|shot dead|lives",
    "attack|attacks|attacked|strike|strikes|struck|striking|hit|hits|bomb|bombs|bombed|bombing|shell"
    "|shells|shelled|shelling|shoot|shoots|shot|shooting|fire|fired|raid|raids|raided",
    "invade|invades|invaded|invasion",
    "capture|captures|captured|seize|seizes|seized|annex|annexes|annexed|annexation|took control",
    "execute|executes|executed|execution",
    "wound|wounds|wounded|injure|injures|injured|injuries|hurt",
    "arrest|arrests|arrested|detain|detains|detained|detention|custody",
    "destroy|destroys|destroyed|destruction|blew up|blown up|demolish|demolished|razed|levelled|leveled",
    "surrender|surrenders|surrendered",
)  # fmt: skip
_GRAVE = re.compile(
    "|".join(rf"\b(?P<g{i}>{words})\b" for i, words in enumerate(_GRAVE_GROUPS)), re.IGNORECASE
)


# Opposite directions of a figure or a verdict: a headline may not say the one when its quote says
# only the other ("Profit rises 12%" over "Profit fell 12%"; "Former mayor convicted" over "The jury
# acquitted the former mayor"). One changed word passes every other check.
_OPPOSITES = (
    (
        "rise|rises|rose|risen|rising|gain|gains|gained|climb|climbs|climbed|jump|jumps|jumped|increase"
        "|increases|increased|grow|grows|grew|growth|surge|surges|surged|soar|soars|soared|higher|up"
        "|accelerate|accelerates|accelerated|accelerating|quicken|quickens|quickened",
        "fall|falls|fell|fallen|falling|drop|drops|dropped|decline|declines|declined|slide|slides|slid"
        "|slump|slumps|slumped|shrink|shrinks|shrank|plunge|plunges|plunged|tumble|tumbles|tumbled"
        "|decrease|decreases|decreased|lower|down|slow|slows|slowed|slowing|ease|eases|eased|easing",
    ),
    # a rate, a price or spending raised or cut: "Milei raises spending" over "Milei cut spending"
    (
        "raise|raises|raised|raising|hike|hikes|hiked|hiking",
        "cut|cuts|cutting|slash|slashes|slashed|slashing|reduce|reduces|reduced|reducing"
        "|lowers|lowered|lowering|trim|trims|trimmed",
    ),
    (
        "convict|convicts|convicted|conviction|guilty",
        "acquit|acquits|acquitted|acquittal|cleared",
    ),
    ("uphold|upholds|upheld", "overturn|overturns|overturned|quash|quashes|quashed|annul|annuls|annulled"),
    # a measure ended or kept on: "Bank of Japan extends negative rates" over "... ended its negative
    # rate policy", "Regulator bans drug" over "... lifted its ban" ("ban" alone is the noun)
    (
        "lift|lifts|lifted|lifting|ends|ended|scrap|scraps|scrapped|abolish|abolishes|abolished|repeal"
        "|repeals|repealed",
        "impose|imposes|imposed|imposing|reimpose|reimposes|reimposed|extend|extends|extended|extending"
        "|prolong|prolongs|prolonged|bans|banned|banning",
    ),
    (
        "close|closes|closed|closing|shut|shuts|shutting",
        "open|opens|opened|opening|reopen|reopens|reopened|reopening",
    ),
)  # fmt: skip
# Outcomes one side's loss is the other's win: turned round only when the headline keeps its quote's
# subject ("Incumbent mayor wins runoff" over "The incumbent mayor lost the runoff"), not when it tells
# the other side's part ("Alcaraz loses final to Sinner" over "Sinner won the final against Alcaraz").
_OUTCOMES = (
    (
        "win|wins|won|winning|retain|retains|retained|pass|passes|passed",
        "lose|loses|lost|losing|(?:is|are|was|were|been)\\s+(?:defeated|voted\\s+down|rejected)",
    ),
)


def _directions(pairs: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return [
        (re.compile(rf"\b(?:{one})\b", re.IGNORECASE), re.compile(rf"\b(?:{other})\b", re.IGNORECASE))
        for one, other in pairs
    ]


_DIRECTIONS = _directions(_OPPOSITES)
_OUTCOME_DIRECTIONS = _directions(_OUTCOMES)


def _turns_round(headline: str, quoted: Sentence) -> bool:
    """Whether the headline says one direction where its quote says only the opposite one."""
    text = visible_text(quoted.text)
    for directions, same_subject_only in ((_DIRECTIONS, False), (_OUTCOME_DIRECTIONS, True)):
        for one, other in directions:
            for said, opposite in ((one, other), (other, one)):
                told = said.search(headline)
                if told is None or said.search(text) or (found := opposite.search(text)) is None:
                    continue
                subject = headline[: told.start()], text[: found.start()], text[found.end() :]
                if not same_subject_only or _same_subject(*subject):
                    return True
    return False


def _same_subject(headline_before: str, quote_before: str, quote_after: str) -> bool:
    """Whether the headline's words before its verb are the quote's subject: none of them is among the
    quote's words after its verb, and those among the quote's words stand before it. A subject in other
    words is still the subject ("Coalition wins" over "The ruling bloc lost"); the other side named
    after the verb is not ("Alcaraz loses" over "Sinner won the final against Alcaraz")."""
    before = {word[:ROOT_CHARS] for word in unstemmed_content_words(quote_before)}
    after = {word[:ROOT_CHARS] for word in unstemmed_content_words(quote_after)} - before
    return not any(word[:ROOT_CHARS] in after for word in unstemmed_content_words(headline_before))


def _grave_word_not_quoted(headline: str, quoted: Sentence) -> bool:
    in_quote = {m.lastgroup for m in _GRAVE.finditer(visible_text(quoted.text))}
    return any(m.lastgroup not in in_quote for m in _GRAVE.finditer(headline))


# The quote says something did not happen, or was denied or refused.
_NEGATION = re.compile(
    r"\b(?:not(?! only| merely| just| least| least)|cannot|never|no longer|no plans?|unlikely"
    r"|den(?:y|ies|ied|ial)"
    r"|neither|nor|refus(?:e|es|ed)|reject(?:s|ed)?|dismiss(?:es|ed)?|declin(?:e|es|ed) to|fail(?:s|ed)? to"
    r"|voted? against"
    # undone: "The meeting was held" over "The meeting was cancelled"
    r"|cancel(?:s|ed|led)?|called off|postpone(?:s|d)?|suspend(?:s|ed)?|halt(?:s|ed)?|scrap(?:s|ped)?"
    # stopped or held back: "Germany ruled out / stopped / delayed / blocked the delivery of ..."
    r"|rul(?:e|es|ed) out|stop(?:s|ped)?|delay(?:s|ed)?|block(?:s|ed)?|oppos(?:e|es|ed)"
    # not done yet, or done without it: "has yet to open the crossing", "ended without an agreement"
    r"|yet to|without (?:a|an|any)"
    # none of it: "No survivors were found", "There were no survivors", "Rescuers found no survivors";
    # mid-clause not "no one" ("A blast hit the factory and no one was hurt" denies no blast), "no doubt"
    r"|(?<![\w,;:] )(?<!\w)no(?= [a-z])|(?<=\w )no(?= (?!one\b|doubt\b|matter\b|longer\b)[a-z])"
    r"|there (?:is|are|was|were|have been|has been) no)\b"
    r"|n['’]t\b(?! only)",
    re.IGNORECASE,
)

# Headlinese drops the article: "Talks end without ceasefire deal".
_HEADLINE_NEGATION = re.compile(_NEGATION.pattern + r"|\bwithout\b", re.IGNORECASE)


def _drops_negation(headline: str, quoted: Sentence) -> bool:
    """Whether the quote denies, refuses or negates what the headline states: "Kremlin confirms
    troops in Russia" over "The Kremlin denied ..."; "Russia strikes Kyiv" over "Russia did not
    strike Kyiv"; "Parliament passes the bill" over "... voted against". Or the other way round: the
    headline denies or undoes what its quote states ("Russia denies shelling the plant" over "Kyiv said
    Russian forces had shelled it"; "Biden rejects ..." over "Biden approved ...")."""
    text = visible_text(quoted.text)
    if _HEADLINE_NEGATION.search(headline) is None:
        return _cues_bearing_on(_NEGATION, text, headline)
    if _HEADLINE_NEGATION.search(text) is None:  # "Storm leaves homes without power" over "... without power"
        return _cues_bearing_on(_HEADLINE_NEGATION, headline, text)
    return _undoing_negated(headline, text)


_NEGATED_REACH_WORDS = 2  # "declined to dismiss", "did not reject the", "refused to lift"


def _undoing_negated(headline: str, text: str) -> bool:
    """Whether the headline states an undoing its quote negates: "Judge dismisses case" over "The judge
    declined to dismiss the case" (two negations, the second undone), unless the headline negates it
    too ("Judge refuses to dismiss case")."""
    own = list(_NEGATION.finditer(headline))
    if len(own) != 1:
        return False
    root = own[0].group().lower()[:ROOT_CHARS]
    cues = list(_NEGATION.finditer(text))
    return any(
        second.group().lower()[:ROOT_CHARS] == root
        and len(text[first.end() : second.start()].split()) <= _NEGATED_REACH_WORDS
        for first, second in itertools.pairwise(cues)
    )


# What makes an office another one: "Former President Bolsonaro" holds none, "the deputy prime minister"
# is not the prime minister.
_OFFICE_QUALIFIER = re.compile(
    r"\b(?:former|ex|deputy|vice|acting|assistant|interim|outgoing|caretaker)(?:\s+|-)(?:[\w’'.-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_OFFICE_QUALIFIER_REACH = 40  # characters before an office where its qualifier is looked for


def _drops_office_qualifier(headline: str, quoted: Sentence) -> bool:
    """Whether the headline gives someone an office its quote gives only as former, deputy, vice or
    acting: "President Bolsonaro barred" over "Former President Jair Bolsonaro was barred", "Prime
    minister resigns" over "The deputy prime minister resigned". "Ex-president Bolsonaro" keeps it."""
    text = visible_text(quoted.text)
    quoted_offices = _offices(text)
    return any(
        not qualified and quoted_offices.get(office) is True
        for office, qualified in _offices(headline).items()
    )


def _offices(text: str) -> dict[str, bool]:
    """Each office the text names -> whether every mention of it is qualified (`_OFFICE_QUALIFIER`)."""
    offices: dict[str, bool] = {}
    for word in re.finditer(r"[\w’'-]+", text):
        office = word.group().lower().split("-")[-1]  # "ex-president", "vice-president"
        if not is_office(office):
            continue
        before = text[max(0, word.start() - _OFFICE_QUALIFIER_REACH) : word.start()]
        qualified = _OFFICE_QUALIFIER.search(before) is not None or "-" in word.group()
        offices[office] = offices.get(office, True) and qualified
    return offices


_DATE_FILLER = frozenset({"in", "on", "at", "by", "during", "the", "of", "since", "from"})


def _dates_its_quote_lacks(headline: str, quoted: Sentence) -> bool:
    """Whether the headline dates the event with words its quote does not have ("... last year"
    over a sentence dated "Thursday October 24"): the quote's date is the event's date."""
    quote_words = set(_without_ordinals(normalised(quoted.text)).split())
    for start, end in find_date_expressions(headline):
        words = set(_without_ordinals(normalised(headline[start:end])).split()) - _DATE_FILLER
        if not words <= quote_words:
            return True
    return False


def _without_ordinals(text: str) -> str:
    return re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text)


ROOT_CHARS = 4  # "warns"/"warned", "grow"/"growing", "ratifies"/"ratification" count as one word


def _says_more_than(headline: str, quoted: Sentence) -> bool:
    """Whether most of the headline's own words (two at least) are not in its quote, so that it
    tells something else: "Putin announces no military presence in Ukraine" over "Putin stated
    that there currently is no need for North Korean soldiers in Ukraine". One word is allowed
    ("Putin says no to North Korea's troops" over "... soldiers"), and so are inflections."""
    own = unstemmed_content_words(headline)
    in_quote = {word[:ROOT_CHARS] for word in unstemmed_content_words(quoted.text)}
    missing = [word for word in own if word[:ROOT_CHARS] not in in_quote]
    return len(missing) >= 2 and len(missing) > len(own) / 2


TITLE_WORDS = 12
MIN_HEADLINE_WORDS = 3


# A headline that is its speaker and a verb of saying tells who spoke and not what ("Ex-British Army commander
# Col. Hamish de Bretton-Gordon suggests", "Former British Army intelligence expert Philip Ingram
# comments", over quotes that say what they suggested and commented); one that opens with it has lost
# its speaker ("Warns South Korea against supplying arms to Ukraine", over "Putin also warned ...").
# Seen in the seeds' replies. Nouns are not read as the verb at the start: "Reports of ..." is a subject.
_SPOKE = (
    rf"{forms(SAYING + MEANING)}|comments?|commented|speaks|spoke|responds|responded|reacts|reacted|"
    r"weighs in|weighed in"
)
# Only when nothing stands before the speaker: "Two killed, source says" ends on its attribution.
# "Minister to testify" is a plan, and "... is being reported" a passive whose subject is the news.
_SAYS_NOTHING = re.compile(
    rf"^[^,:;—–]*(?<!\bto )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeing )(?<!\bbeen )"
    rf"\b(?:{_SPOKE})\W*$",
    re.IGNORECASE,
)
_SPEAKER_LOST = re.compile(
    rf"^\W*(?:{forms(SAYING + MEANING, base=False, nouns=False)}|comments|commented|speaks|spoke)\b",
    re.IGNORECASE,
)


def tells_nothing(headline: str) -> bool:
    """Whether a headline names who spoke but not what they said, or what was said but not who said
    it: a title of the quote's own words then says more."""
    text = visible_text(headline)
    return _SAYS_NOTHING.search(text) is not None or _SPEAKER_LOST.match(text) is not None


def choose_title(
    event: WireEvent,
    quoted: Sentence,
    mentions: list[str],
    sentences: list[Sentence],
    people: People = NO_PEOPLE,
) -> tuple[str, bool]:
    """The event's title and whether it had to be the quote itself.

    The headline `t` when it is short and its quote backs it. Otherwise `q`, when the model wrote
    a headline there instead of copying the sentence's first words: in the seeds' replies it often
    did ("Duma ratifies strategic partnership" as `q`, the whole sentence as `t`), and a title of
    the model's own words reads better than one made from the sentence (`title_of`). A `q` is held to
    the same checks as `t`. Then a long `t` the quote backs (shortened), then the quote.
    """
    candidates = [event.t]
    if _is_headline(event.q, sentences):
        candidates.append(event.q)
    backed = [
        h
        for h in candidates
        if not tells_nothing(h) and not headline_misleads(h, quoted, mentions, sentences, people)
    ]
    for headline in backed:
        if len(visible_text(headline).split()) <= TITLE_WORDS:
            return headline, False
    if event.t in backed:
        return event.t, False
    return quoted.text, True


def _is_headline(text: str, sentences: list[Sentence]) -> bool:
    """Words of the model's own, not a sentence's opening copied as asked ("Putin also warned South")."""
    return len(visible_text(text).split()) >= MIN_HEADLINE_WORDS and not verbatim_matches(text, sentences)


WORDS_AFTER_A_CUE = 3  # a title cut after a hedge keeps what it hedges: "... could have been soldiers"
# A sentence of up to 16 words is a title whole: wire headlines run to 10-14 words, and the seeds'
# "Putin stated that there currently is no need for North Korean soldiers in Ukraine" (15) read whole
# says more than any 12 words of it; a longer one loses what carries no news first.
WHOLE_TITLE_WORDS = 16
MIN_CLAUSE_WORDS = 6  # a clause cut shorter than this is seldom a statement ("Blumenthal, holding up")

# Who says it: a title cut never drops it ("..., the ministry said"; "as indicated by recent reports").
# Every verb of saying in its finite forms, and the verbs of meaning or belief (`saying.MEANING`: the
# source's "suggests", "believes"); of a verb that is also a noun, its third person, as "reports",
# "notes" and "estimates" attribute more often than "a note" or "the state" does. Participles only of
# the verbs a statement's words most often follow ("a statement saying ...", ", adding that"): a
# participle's clause after the main one (", insisting that the moderator was biased") is dropped
# whole, its attribution with it, and "warning" and "writing" are as often a noun or a setting ("a
# tsunami warning", "Writing on social media, X claimed").
_PARTICIPLES = forms(
    verbs("say add claim state stress note emphasise emphasize"),
    participle=True,
    base=False,
    third=False,
    past=False,
)
_ATTRIBUTION = re.compile(
    rf"\b(?:{_SPEECH_VERBS}|{forms(SAYING + MEANING, nouns=False)}|{forms(SAYING, base=False, past=False)}"
    rf"|{_PARTICIPLES}"
    r"|according\s+to|as\s+\w+\s+by|cit(?:es|ed|ing)|quot(?:es|ed|ing)|reports?|sources?)\b",
    re.IGNORECASE,
)
# "provided" only as a condition: ", provided rich nations pay", not "has provided Russia with missiles"
_CONDITION = re.compile(
    r"\b(?:if|unless|assuming|whether)\b|,\s*provided\b|\bprovided\s+that\b", re.IGNORECASE
)
# A condition on the whole sentence, not one inside a clause a cut drops with it ("..., threatening
# a painful response if they did" conditions the threat, not the warning).
_CONDITION_ON_ALL = re.compile(r"(?:^|[,;])\s*(?:if|unless|provided|assuming)\b", re.IGNORECASE)
# What a title keeps at any length: a piece holding one of these is never dropped.
_QUALIFIERS = (_DOUBT, _NEGATION, _ATTRIBUTION, _CONDITION)

# Openings that carry no news: a discourse marker ("However,", "At the same time,"), optionally with a
# date ("Also on Tuesday,"), and the setting of a statement whose speaker the clause names ("Speaking
# to reporters in Brussels,", "In a statement on Tuesday,", "At a news conference in Nairobi,"). Not
# "Asked whether he would resign,": the answer needs its question.
_MARKER = (
    r"(?:However|Meanwhile|Moreover|Furthermore|Additionally|In\s+addition|At\s+the\s+same\s+time|Separately"
    r"|Still|Nevertheless|Nonetheless|Indeed|In\s+fact|Instead|Elsewhere|In\s+turn|In\s+response|Also|Now"
    r"|For\s+(?:its|his|her|their)\s+part)"
)
_OPENING_WITHOUT_NEWS = re.compile(
    rf"(?:{_MARKER}(?P<date>\s+[^,;:]{{1,40}})?,|(?:But|And|Yet)\b"
    r"|(?:In\s+)?(?:speaking|talking|writing|addressing|briefing)\b[^,;:]{0,80},"
    r"|In\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|post|speech|address|letter"
    r"|briefing|message|video)\b[^,;:]{0,60},"
    r"|At\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:news|press)\s+(?:conference|briefing)\b[^,;:]{0,60},"
    r"|(?:During|On)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?visit\s+to\b[^,;:]{0,60},"
    r")\s+(?=\S)",
    re.IGNORECASE,
)
# A date alone before the clause ("On Monday,", "Late on Saturday,", "Earlier this month,"): the
# entry shows its date. Not "By Friday," "Until 2019," or "Since 2020,": they bound what follows.
_DATE_FILLERS = frozenset(
    {"on", "in", "at", "late", "early", "earlier", "later", "this", "last", "over", "during"}
)
_BOUNDING = re.compile(r"\b(?:by|until|till|since|from|before|after|through|between)\b", re.IGNORECASE)
_LEADING_PHRASE = re.compile(r"(?P<phrase>[^,;:]{1,40}),\s+(?=\S)")

# A phrase between commas that says who or what someone is, or what they did meanwhile: "Olaf Scholz,
# the German chancellor, and", "The vessel, a Liberian-flagged bulk carrier, was struck", "Trump,
# speaking at a rally, said", "Javier Milei, who took office in December, has cut".
_ASIDE = re.compile(
    r",\s+(?P<aside>(?P<relative>who|whom|whose|which|where)\b[^,;:()]{1,100}|(?:the|a|an|[a-z]+ing)\b[^,;:()]{1,80}),"
    r"\s+(?P<next>\S+(?:\s+\S+)?)"
)
# A name set off after a common noun keeps its closing comma when the aside after it goes: "Rwanda's
# president, Paul Kagame, who has ruled since 2000, won"; not after a name ("In Gaza, Hamas, which ...,
# said" is "In Gaza, Hamas said").
_NAME_AFTER_A_NOUN = re.compile(r"(?:^|\s)[a-z][\w’'-]*,\s+[A-Z][^,]*$")
# What follows a subject: a verb, an auxiliary, an irregular past the verb lists lack, or the next name
# of a list ("Scholz, the German chancellor, and Emmanuel Macron").
_AFTER_A_SUBJECT = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|won|took|made"
    r"|became|left|hit|fell|rose|came|went|gave|held|paid|sold|set|kept|lost|beat|led|ran|struck|began)\b"
    r"|and\s+[A-Z]"
)
# A relative clause to the end, one clause alone: ", which the Standard Model predicts occurs ...".
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:—–]*")
# Where a clause ends and another begins: a title may stop there ("The union called off the strike").
_CLAUSE_BOUNDARY = re.compile(
    r";|\s[—–]\s|,\s+(?=(?:and|but|while|as|after|before|when|which|who|where|with|amid|[a-z]+ing)\b)"
)
_DANGLING = frozenset(
    """a an the and or but nor of to in on at by for from with as that this these those its their his her our
    which who whom whose than into onto about after before while when where against across through under
    over between among near without within towards toward via amid despite including is are was were be been
    being has have had""".split()
)  # a title never ends on these: "... Putin stated that…"


def title_of(headline: str) -> str:
    """A title from the model's headline or from a sentence: its own words, in their order, with what
    carries no news left out and cut where a reader expects a headline to end.

    Never left out or cut: a hedge, a negation, an attribution or a condition (`_QUALIFIERS`), nor a
    death, attack or arrest. Always left out: a lede's dateline ("ANKARA, Feb 6 (Reuters) - ", a third
    of a cut title's words; the date is shown beside it) and an opening without news ("However,",
    "Speaking to reporters in Brussels,", "On Monday,"). When a title is longer than WHOLE_TITLE_WORDS:
    asides between commas ("Olaf Scholz, the German chancellor, and ..."), then the clauses after the
    last clause boundary that keeps it within that length ("..., which is due to open next year"). What is
    still too long is cut after TITLE_WORDS words and marked "…", never before its last qualifier
    (the cut moves to a few words after it: "... according to unverified reports" stays), nor on a
    word like "the" or "that"."""
    text = headline[dateline_length(headline) :]
    # "war , as" in a seed: a space before a comma is no word of the sentence's
    text = re.sub(r"\s+([,;:])", r"\1", " ".join(visible_text(text).split())).strip(" .")
    text = _without_opening(text)
    if len(text.split()) > WHOLE_TITLE_WORDS:
        text = _without_asides(text)
    if len(text.split()) > WHOLE_TITLE_WORDS:
        text = _first_clauses(text)
    if len(text.split()) > WHOLE_TITLE_WORDS:
        text = _cut(text)
    return text[:1].upper() + text[1:]


def _qualifies(piece: str) -> bool:
    return any(pattern.search(piece) for pattern in _QUALIFIERS)


def _droppable(piece: str) -> bool:
    """Whether a piece may leave the title: no qualifier, and no death, attack or arrest, the news
    that a reader of the title must not miss."""
    return not _qualifies(piece) and _GRAVE.search(piece) is None


def _without_opening(text: str) -> str:
    """The text without its openings that carry no news, one after another ("However, on Monday, ...")."""
    while True:
        opening = _OPENING_WITHOUT_NEWS.match(text)
        if opening is not None and opening["date"] is not None and not _only_a_date(opening["date"]):
            opening = None  # "Also in the capital," is not a marker and a date
        if opening is None and (phrase := _LEADING_PHRASE.match(text)) and _only_a_date(phrase["phrase"]):
            opening = phrase
        if opening is None or not _droppable(opening.group()):
            return text
        text = text[opening.end() :]


def _only_a_date(phrase: str) -> bool:
    """Whether the phrase is a date and its fillers: "Late on Saturday", "Earlier this month"."""
    # a date's opening word first: the phrase before most sentences' first comma is no date ("The
    # exiled cleric, who ...") and is not scanned for one
    if phrase.split()[0].lower() not in _DATE_FILLERS or _BOUNDING.search(phrase):
        return False
    spans = find_date_expressions(phrase)
    rest = phrase
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    return bool(spans) and all(word.lower() in _DATE_FILLERS for word in rest.split())


def _without_asides(text: str) -> str:
    """The text without the asides between commas that carry no news, each where a subject or a list
    goes on after it."""
    at = 0
    while (aside := _ASIDE.search(text, at)) is not None:
        at = aside.start() + 1
        # a relative clause's hedge or attribution is its own ("The suspect, who police said had a
        # history of mental illness, was arrested"): it leaves with the clause, as kinds reads it
        relative = aside["relative"] is not None
        if _GRAVE.search(aside["aside"]) or not (relative or _droppable(aside["aside"])):
            continue
        if not relative and not (opens_with_an_act(aside["next"]) or _AFTER_A_SUBJECT.match(aside["next"])):
            continue  # "In Paris, the president met the pope, officials said": a clause, no aside
        before = text[: aside.start()]
        comma = "," if _NAME_AFTER_A_NOUN.search(before) else ""
        text = before + comma + " " + text[aside.start("next") :]
    return text


def _first_clauses(text: str) -> str:
    """The text up to its last clause boundary within WHOLE_TITLE_WORDS words, when what follows is no
    qualifier of the whole (an attribution, "reportedly", a condition after a comma) and no death,
    attack or arrest; the text itself when there is none."""
    ends = [b.start() for b in _CLAUSE_BOUNDARY.finditer(text)]
    for end in reversed(ends):
        kept, rest = text[:end], text[end:]
        words = kept.split()
        if not MIN_CLAUSE_WORDS <= len(words) <= WHOLE_TITLE_WORDS or words[-1].lower() in _DANGLING:
            continue
        # a relative clause's attribution is its own, dropped with it: "..., which the Standard Model
        # predicts occurs only once in a trillion decays" (not "..., which killed 12, officials said")
        attribution = None if _RELATIVE_CLAUSE.fullmatch(rest) else _ATTRIBUTION.search(rest)
        whole_claim = attribution or _WHOLE_CLAIM_DOUBT.search(rest) or _CONDITION_ON_ALL.search(rest)
        if whole_claim is None and _GRAVE.search(rest) is None:
            return kept
    return text


def _cut(text: str) -> str:
    """The text cut after TITLE_WORDS words, or a few words after its last qualifier or its last death,
    attack or arrest, and "…"; not after a word like "the", nor on a comma."""
    words = text.split()
    last_qualifier = max(
        (len(text[: m.end()].split()) for pattern in _QUALIFIERS for m in pattern.finditer(text)), default=0
    )
    # a death, attack or arrest within a headline's length is kept with what it tells (not "...,
    # killing…"); one further in is left out with the rest ("... and millions of artillery shells")
    last_grave = max(
        (at for m in _GRAVE.finditer(text) if (at := len(text[: m.end()].split())) <= WHOLE_TITLE_WORDS),
        default=0,
    )
    cut = min(
        len(words), max(TITLE_WORDS, last_qualifier + WORDS_AFTER_A_CUE, last_grave + WORDS_AFTER_A_CUE)
    )
    while cut > max(last_qualifier, last_grave, 1) and (
        words[cut - 1].lower().strip(",;:") in _DANGLING or not any(c.isalnum() for c in words[cut - 1])
    ):
        cut -= 1
    if cut >= len(words):
        return text
    return " ".join(words[:cut]).rstrip(",;:–—-") + "…"
