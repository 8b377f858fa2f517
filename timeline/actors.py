"""Actors named in a sentence, found by code: proper-noun phrases, normalised by a small alias table.

The model is not asked for actors: listing them would cost output tokens on every event,
and a name the model writes is not checked against the text. Every actor here is read off
the cited sentence, so it is grounded by construction.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

from timeline.dates import dateline_length
from timeline.english import a_word_of_english, english_words

# Demonyms, capitals and short forms -> one canonical name (merge and filters compare these).
ALIASES: dict[str, str] = {
    "north korean": "North Korea", "north korea": "North Korea", "dprk": "North Korea",
    "pyongyang": "North Korea", "korean people's army": "North Korea",
    "south korean": "South Korea", "south korea": "South Korea", "seoul": "South Korea",
    "russian": "Russia", "russians": "Russia", "russia": "Russia", "moscow": "Russia", "kremlin": "Russia",
    "russian federation": "Russia", "duma": "Russia",
    "ukrainian": "Ukraine", "ukraine": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
    "american": "United States", "americans": "United States", "united states": "United States",
    "u.s.": "United States", "ukrainians": "Ukraine", "chinese": "China",
    "us": "United States", "washington": "United States",
    "china": "China", "beijing": "China",
    "vladimir putin": "Vladimir Putin", "kim jong-un": "Kim Jong Un", "kim jong un": "Kim Jong Un",
    "democratic people's republic of korea": "North Korea",
    "democratic people’s republic of korea": "North Korea",
    "nato": "NATO", "european": "Europe", "europe": "Europe", "west": "the West", "western": "the West",
    # States, their people and seats of power, and bodies that act in world news; not capitals that
    # are mostly places in reports (Vietnam stays a place where Putin spoke to reporters).
    "pentagon": "United States", "white house": "United States", "state department": "United States",
    "european union": "European Union", "eu": "European Union", "e.u.": "European Union",
    "european commission": "European Commission", "european parliament": "European Parliament",
    "european central bank": "European Central Bank", "ecb": "European Central Bank",
    "united nations": "United Nations", "un": "United Nations", "u.n.": "United Nations",
    "un security council": "UN Security Council", "u.n. security council": "UN Security Council",
    "united kingdom": "United Kingdom", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
    "france": "France", "germany": "Germany", "italy": "Italy", "spain": "Spain", "poland": "Poland",
    "hungary": "Hungary", "belarus": "Belarus", "turkey": "Turkey", "türkiye": "Turkey",
    "israel": "Israel", "israeli": "Israel", "israelis": "Israel",
    "iran": "Iran", "iranian": "Iran", "iraq": "Iraq", "syria": "Syria", "lebanon": "Lebanon",
    "saudi arabia": "Saudi Arabia", "egypt": "Egypt", "india": "India", "pakistan": "Pakistan",
    "afghanistan": "Afghanistan", "japan": "Japan", "taiwan": "Taiwan", "canada": "Canada",
    "australia": "Australia", "hamas": "Hamas", "hezbollah": "Hezbollah", "taliban": "Taliban",
    "houthis": "Houthis",
    "hungarian": "Hungary", "polish": "Poland", "czech": "Czech Republic", "czechia": "Czech Republic",
    "czech republic": "Czech Republic",
    "austria": "Austria", "austrian": "Austria", "romania": "Romania", "romanian": "Romania",
    "slovakia": "Slovakia", "slovak": "Slovakia", "moldova": "Moldova", "moldovan": "Moldova",
    "belarusian": "Belarus", "syrian": "Syria", "iraqi": "Iraq", "lebanese": "Lebanon",
    "egyptian": "Egypt", "pakistani": "Pakistan", "afghan": "Afghanistan", "taiwanese": "Taiwan",
    "japanese": "Japan",
}  # fmt: skip
# Demonyms that begin many names ("Turkish Airlines", "Indian Ocean", "British Columbia", "French
# Open") are left out above: they would split a name in two. Standing alone they are the state
# (`state_of_demonym`).


@cache
def _demonyms() -> Mapping[str, str]:
    """One-word demonyms of the world's states in lower case -> the state (timeline/data/demonyms.tsv,
    which says where the list comes from and which demonyms it leaves out)."""
    listed = resources.files("timeline").joinpath("data/demonyms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in listed.splitlines() if line and not line.startswith("#"))
    return MappingProxyType({demonym.lower(): state for demonym, state in rows})


def state_of_demonym(word: str) -> str | None:
    """The state a one-word demonym or its plural stands for ("Greek", "Greeks" -> Greece; "Dutch" ->
    Netherlands), else None: "the Greek foreign ministry said" names Greece, not an actor "Greek"
    beside "Greece" in the viewer's actor filter."""
    key = word.lower()
    return _demonyms().get(key) or (_demonyms().get(key[:-1]) if key.endswith("s") else None)


def state_of_word(word: str) -> str | None:
    """The state or body one word names, as a state's name, capital or demonym ("Kremlin", "German",
    "Brazil" -> Russia, Germany, Brazil), else None: "German chancellor" over "Germany's chancellor"
    names no one new."""
    key = word.lower()
    return ALIASES.get(key) or state_of_demonym(word) or _states_by_key().get(key)


@cache
def _states_by_key() -> Mapping[str, str]:
    return MappingProxyType({state.lower(): state for state in _demonyms().values()})


# Surnames that name one person only when they stand alone ("Kim", but not "Kim Yong-hyun"), unless
# the article names another person of that name (`people_named`).
SURNAMES: dict[str, str] = {"putin": "Vladimir Putin", "kim": "Kim Jong Un"}

# A document's people: a name word standing alone (lower case) -> the full name the document gives it.
People = Mapping[str, str]
NO_PEOPLE: People = MappingProxyType({})

# Capitalised words that are not actors on their own.
_NOT_ACTORS = frozenset(
    """a an the this that these those it its how why what who which where they their he she his her we our
    in on at by for from of to
    and or but if as after before since while when then there here so also however meanwhile despite
    according additionally unlike like through against during although unfortunately gradually
    recently former ex democratic senator president minister defense defence supreme leader dictator
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december general staff armed forces war intelligence
    government media reports sources analysts experts state
    several many some few most all both each every other another more thousands hundreds dozens
    parliament army navy military ministry police
    jan feb mar apr jun jul aug sep sept oct nov dec
    did does do breaking yesterday today tomorrow update updated exclusive analysis opinion
    last next starting early late""".split()
)

# Ranks of the forces, the police and the services, which the words before them qualify as an office's
# ("British Army Colonel Richard Kemp", "Marine Corps Sergeant Ana Ruiz", "Coast Guard Captain Mark
# Ellis", "Fire Chief Kristin Crowley"): those were actors under the whole name, apart from the person
# that "Colonel Kemp" or "Kemp" names later in the article. Not offices of `is_office`, which the
# check of headlines reads ("England captain" is no office a headline may leave out).
_RANKS = frozenset(
    """colonel col lieutenant lt sergeant sgt captain capt maj admiral adm commander chief brigadier
    corporal cpl marshal inspector superintendent constable detective""".split()
)

# Titles that go before a person's name: of government, of courts ("Judge", "Justice"), of a company
# ("CEO", "Chief Executive", "Chairman"), of the forces ("Lt. Gen."), of a church, of a team ("Coach",
# "Striker" opening a sentence). "Federal Reserve Chair Jerome Powell", "Apple CEO Tim Cook" and
# "Justice Sonia Sotomayor" were actors under those names, apart from the person, and the surname alone
# later in the article ("Powell said") was not linked to them (`people_named` takes two or three words).
_TITLES = _RANKS.union(
    """prime secretary chancellor foreign interior finance deputy vice chief commander governor mayor
    ambassador envoy spokesman spokeswoman spokesperson premier king queen pope prince crown
    mr mrs ms dr gen lt col colonel adm admiral sen rep secretary-general
    chair chairman chairwoman ceo cfo coo executive officer judge justice speaker administrator
    commissioner director director-general attorney counsel lieutenant sgt sergeant maj capt captain
    archbishop bishop coach manager striker midfielder defender goalkeeper mp mep""".split()
)

# Offices a person holds, which the words before them qualify ("Turkish President", "Economy Minister",
# "Federal Reserve Chair", "Nvidia Chief Executive", "House Speaker", "Lt. Gen.").
_OFFICES = frozenset(
    """president minister secretary chancellor premier governor mayor ambassador envoy spokesman
    spokeswoman spokesperson senator prince king queen emir
    chair chairman chairwoman ceo cfo coo executive officer judge justice speaker leader administrator
    commissioner director director-general counsel general gen coach manager striker mp mep""".split()
)  # a monarch's title is an office too: "Saudi Crown Prince Mohammed bin Salman" is Mohammed bin Salman


def is_office(word: str) -> bool:
    """Whether the word is an office a person holds ("president", "minister", "coach")."""
    return word.lower() in _OFFICES


# "Cold War-era", "Western-enforced", "Kremlin-backed": adjectives; not "Kim Yong-hyun".
_ADJECTIVE_SUFFIX = re.compile(
    r"-(?:era|enforced|backed|based|led|style|made|born|owned|funded|linked|controlled|occupied|run|"
    r"speaking|leaning|aligned|friendly|allied|imposed)$"
)

# The particles inside a name, in lower case, before its next capitalised word: "Osama bin Laden",
# "Ursula von der Leyen", "Lula da Silva", "Jose Eduardo dos Santos", "Juan Martin del Potro". One list
# for reading a name (`_PHRASE`), keeping its first word's capital (`_NAME_PARTICLE`) and finding its
# surname (`people_named`): "da" and "dos" were missing from the first two, so "Luiz Inacio Lula da
# Silva" was two actors, "Luiz Inacio Lula" and "da Silva".
_PARTICLES = frozenset("von van der den de da dos das do du di del della bin ibn".split())
# "von der", "van den": a Dutch or German particle may take an article; the others stand alone
_NAME_PARTICLES = r"(?:(?:[Vv]on|[Vv]an)(?:\s+(?:der|den|de))?|{})".format(
    "|".join(sorted(_PARTICLES - {"von", "van", "der", "den"}))
)
# ... of which these may open a surname standing alone ("de Gaulle", "bin Salman", "dos Santos"), with
# a capital at a sentence's start; not "do", "di", "del" alone: "do Business" is more often English
_OPENING_PARTICLES = "|".join(
    f"[{particle[0].upper()}{particle[0]}]{particle[1:]}"
    for particle in sorted(_PARTICLES - {"von", "van", "der", "den", "do", "di", "del", "della"})
)

_PHRASE = re.compile(
    r"(?<![^\W\d_])"  # not the capital inside a word: "iPhone 16" names no "Phone", "eBay" no "Bay"
    # a surname that opens with its particle: "von der Leyen", "de Gaulle", "bin Salman", "dos Santos"
    rf"(?:(?:[Vv]on|[Vv]an)(?:\s+(?:der|den|de))?\s+(?=[A-Z])|(?:{_OPENING_PARTICLES})\s+(?=[A-Z]))?"
    r"(?:[A-Z][\w’'.-]*|DPRK|U\.S\.)"
    # name particles keep a name whole: "Osama bin Laden", "Ursula von der Leyen", "al-Baghdadi"
    rf"(?:\s+(?:of\s+the\s+|of\s+|for\s+|{_NAME_PARTICLES}\s+)?"
    r"(?:(?:al|el)-)?(?:[A-Z][\w’'-]*))*"
)


def _known_actor(key: str, people: People) -> str | None:
    """The actor a lower-cased name stands for: a person the article named in full, an alias ("the
    kremlin" -> Russia) or a known surname; None when it is none of them."""
    if key in people:
        return people[key]
    return ALIASES.get(key) or SURNAMES.get(key)


def _canonical(phrase: str, people: People = NO_PEOPLE) -> str | None:
    phrase = re.sub(r"[’']s$", "", phrase.strip(" ,"))
    if phrase.lower() not in ALIASES:
        phrase = phrase.rstrip(".")
    if (known := _known_actor(phrase.lower(), people)) is not None:
        return known
    words = phrase.split()
    while words and words[0].lower() in _NOT_ACTORS:  # "Russian dictator Putin" is split earlier
        words = words[1:]
    words = words[_office_start(words) :]
    # A title before a name goes ("Secretary of State Antony Blinken", "Mr. Putin"), not a word of an
    # organisation's name ("Premier League", "Foreign Ministry", "Prime Video").
    untitled = _untitled(words)
    if not untitled and len(words) >= 2 and words[-1].lower().rstrip(".") in _TITLES | _OFFICES:
        # a title alone names no one: "Prime Minister", "Lt. Gen" (of "Lt. Gen. Michael Kurilla"),
        # "Chief Executive"; a body stays ("Foreign Ministry"), and so does one word ("Pope", "Prince")
        return None
    # "Judge Merchan": Juan Merchan named
    named = _known_actor(" ".join(untitled).lower(), people) is not None
    if named or (len(untitled) >= 2 and _names_no_body(untitled)):
        words = untitled
    if not words:
        return None
    # "Defence Minister Kim" where the article named Kim Yong-hyun
    if (known := _known_actor(" ".join(words).lower(), people)) is not None:
        return known
    if len(words) == 1 and (state := state_of_demonym(words[0])):
        return state  # "the Greek foreign ministry", "the Turkish ambassador", "The French said"
    if len(words) == 1 and (len(words[0]) < 3 or words[0].lower() in _NOT_ACTORS):
        return None
    if words[-1] == "War" or _ADJECTIVE_SUFFIX.search(words[-1]):
        return None  # a war ("the Korean War") or an adjective ("Cold War-era", "Western-enforced")
    return " ".join(words)


def _untitled(words: list[str]) -> list[str]:
    """`words` without the titles before a name, and the place or field a title is "of" ("Archbishop
    of Canterbury Justin Welby", "Chancellor of the Exchequer Rachel Reeves"), when a name is left."""
    untitled = list(words)
    while untitled and (title := untitled[0].lower().rstrip(".")) in _TITLES | _NOT_ACTORS:
        untitled = untitled[1:]
        of_what = re.match(r"of(?: the)? \S+ ", " ".join(untitled) + " ")
        if title in _TITLES and of_what and len(rest := of_what.group(0).split()) + 2 <= len(untitled):
            untitled = untitled[len(rest) :]
    return untitled


def _office_start(words: list[str]) -> int:
    """Where the office before a person's full name starts, after the words that qualify it: "French
    President Emmanuel Macron", "Health Minister Wes Streeting", "Acting President Han Duck-soo" were
    actors under those names, apart from "Emmanuel Macron" (demonyms that open other names, "French
    Open", "Turkish Airlines", are not in the alias table, which splits "Israeli Prime Minister ...").
    The last office word followed by two words or more is taken, and only after capitalised words: a
    phrase with a lower-case word before the office ("Bank of England Governor Andrew Bailey") is left
    to `_sub_phrases`, which finds the name in it ("Andrew Bailey", tests/test_actors.py)."""
    for index in range(len(words) - 3, 0, -1):
        if words[index].lower().rstrip(".") in _OFFICES | _RANKS:  # "US Army Lt. Col. Alexander Vindman"
            if not _names_no_body(words[index + 1 :]):
                return 0  # "Eisenhower Executive Office Building": an office's word in a body's name
            return index if all(word[:1].isupper() for word in words[:index]) else 0
    return 0


# Words of the names of bodies and places that a title's word may open ("Justice League Foundation",
# "Officer Training School", "Judge Advocate General Corps"): what follows such a title is no person.
_BODY_WORDS = frozenset("league building".split())


def _names_no_body(words: list[str]) -> bool:
    return not any(word.lower() in _NOT_PERSON_WORDS | _BODY_WORDS for word in words)


_LONGEST_ALIAS_WORDS = max(len(key.split()) for key in ALIASES.keys() | SURNAMES.keys())


def _sub_phrases(phrase: str) -> list[str]:
    """A run like "North Korean Defense Minister Kim" holds several names: known aliases are split
    out (longest first); the words between them stay together ("Institute for War Studies")."""
    pieces: list[str] = []
    pending: list[str] = []
    words = phrase.split()
    start = 0
    while start < len(words):
        # Only runs as long as an alias can match: trying every end made a run of capitalised words
        # (a tag list, a menu pasted as one line) cubic, 11 s for one 3,000-character sentence.
        for end in range(min(len(words), start + _LONGEST_ALIAS_WORDS), start, -1):
            candidate = " ".join(words[start:end])
            key = re.sub(r"[’']s$", "", candidate).lower()
            of_a_name = start > 0 and words[start - 1].lower() in ("of", "for")  # "Bank of Canada"
            possessive = re.search(r"[’']s$", candidate) is not None  # "Putin's June", not "Kim Yong-hyun"
            if (key in ALIASES or (key in SURNAMES and possessive)) and not of_a_name:
                if pending:
                    pieces.append(" ".join(pending))
                    pending = []
                pieces.append(candidate)
                start = end
                break
        else:
            pending.append(words[start])
            start += 1
    if pending:
        pieces.append(" ".join(pending))
    return pieces


ACTORS_PER_EVENT = 6  # shown and used for merging; the check of headlines uses every name


# A known name at the very start of a text ("Pyongyang warns", "South Korea's"), longest first.
_KNOWN_OPENING = re.compile(
    "(?:"
    + "|".join(sorted(map(re.escape, ALIASES.keys() | SURNAMES.keys()), key=len, reverse=True))
    + r")(?![\w-])"
)
_NAME_PARTICLE = re.compile(rf"\s+(?:{_NAME_PARTICLES}\s+|(?:al|el)-)[A-Z]")  # "Charles de Gaulle said"
_OPENING_WORD = re.compile(r"\W*([A-Z][\w’'-]*)(?:\s+(\S))?")


def _starts_with_known_name(text: str, people: People = NO_PEOPLE) -> bool:
    if _KNOWN_OPENING.match(re.sub(r"[^\w\s.’'-]", " ", text.lower()).lstrip()) is not None:
        return True
    # the surname of someone the article named in full: "Hecker said" after "Siegfried Hecker"
    opening = _OPENING_WORD.match(text)
    word = re.sub(r"[’']s$", "", opening.group(1)).lower() if opening else ""
    return word in people  # a family name (`people_named` keys no given names)


_HYPHENATED_NAME = re.compile(r"(?!(?:Pro|Anti|Post|Pre|Ex|Non|Neo|Mid|Pan|Trans|Inter|Intra)-)\w+-[A-Z]")


# What a person or a body does in a wire story's first words: "Netanyahu rejected", "Biden said";
# one adverb may come between ("Erdogan also said"). Not "rose", "fell", "hit": things do them too
# ("Bitcoin rose").
_ADVERB_BEFORE = r"(?:(?:also|again|then|later|earlier|previously|\w+ly)\s+)?"
_ACTS = (
    r"said|says|told|tells|added|adds|announced|announces|rejected|rejects|denied|denies|warned|warns"
    r"|urged|urges|called|calls|accused|accuses|vowed|vows|pledged|pledges|signed|signs|met|meets"
    r"|visited|visits|ordered|orders|approved|approves|vetoed|vetoes|condemned|condemns|criticised"
    r"|criticises|criticized|criticizes|hosted|hosts|claimed|claims|insisted|insists|argued|argues"
    r"|confirmed|confirms|agreed|agrees|refused|refuses|declined|declines|resigned|resigns|won|wins"
    r"|launched|launches|named|names|appointed|appoints|sacked|sacks|threatened|threatens|promised"
    r"|promises|wants|wanted|hopes|hoped|asked|asks|demanded|demands|welcomed|welcomes|praised|praises"
    r"|thanked|endorsed|endorses|backed|backs|opposed|opposes|dismissed|dismisses|wrote|writes|spoke"
    r"|speaks|stated|states|noted|notes|stressed|stresses|blamed|blames|defended|defends|proposed"
    r"|proposes|suggested|suggests|admitted|admits|acknowledged|tweeted|posted|replied|responded"
    r"|arrived|arrives|travelled|traveled|flew|sent|sends|received|receives|cut|cuts|raised|raises"
    r"|reported|reports"
)
_ACTIVE_VERB = re.compile(rf"{_ADVERB_BEFORE}(?:{_ACTS})\b", re.IGNORECASE)
# ... and "Harris was endorsed by": a passive with its agent, not any auxiliary: "Covid has killed",
# "Brexit was a mistake" name no one
_ACTING_VERB = re.compile(
    rf"{_ADVERB_BEFORE}(?:{_ACTS}|(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?\w+\s+by)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"[’']s$")


_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_ROLE_BEFORE_A_NAME = re.compile(r"\s+([a-z]+)\s+[A-Z]")
# "and" before another name, which is no demonym before a noun: "Modi and Putin embraced", not
# "Deportees and Guatemalan officials said"
_AND_A_NAME = re.compile(r"\s+and\s+([A-Z][\w’'-]*)(\s+[a-z])?")


def _named_by_its_shape(word: str, rest: str) -> bool:
    """Whether an opening word capitalised by position is a name all the same: no word of English
    ("Netanyahu", not "Officials" or "Streets"), before a verb of what people do, in the possessive
    ("Navalnyy's widow"), before the office the name after it holds there ("Chelsea coach Enzo
    Maresca") or joined to another name ("Modi and Putin embraced"). A name that is also a word
    ("Trump", "Musk", "Xi") is not seen."""
    bare = _POSSESSIVE.sub("", word)
    if len(bare) < 3 or not bare[0].isupper() or a_word_of_english(bare.lower()):
        return False
    if _POSSESSIVE.search(word) is not None or _ACTING_VERB.match(rest.lstrip()) is not None:
        return True
    # whose officer the person after it is: "Chelsea coach Enzo Maresca", "Gazprom chief Alexei Miller"
    if (role := _ROLE_BEFORE_A_NAME.match(rest)) and role.group(1) in _TITLES | _OFFICES:
        return True
    other = _AND_A_NAME.match(rest)
    return other is not None and not (state_of_demonym(other.group(1)) and other.group(2))


# After a name's comma: who or what it is ("Bush, who ...", "Amazon, which ..."), or a phrase the
# next comma closes before a verb ("Apple, the world's most valuable company, said", "Trump, speaking
# at a rally, said", "Chad, a key Western ally, ended"). An adverb's comma is followed by its clause
# ("Separately, Ukraine said", "Still, officials said, the talks went on").
_RELATIVE_AFTER_COMMA = re.compile(r",\s+(?:who|whose|whom|which)\b")
_PHRASE_BETWEEN_COMMAS = re.compile(r",[^,;:]{1,80},\s+")
_PAST_VERB = re.compile(r"[a-z]+ed\b")  # "ended", "suspended", "recalled"


def opens_with_an_act(text: str, at: int = 0) -> bool:
    """Whether `text` opens (at `at`) with a verb of what people do, or a past tense: what follows a
    subject ("Apple, the world's most valuable company, said", "Chad, a key Western ally, ended")."""
    return _ACTING_VERB.match(text, at) is not None or _PAST_VERB.match(text, at) is not None


def _adverb_before_a_comma(word: str, rest: str) -> bool:
    """Whether a word of English opens the sentence before its comma ("Separately, Ukraine said",
    "Still, the talks went on"), not a name that is also a word before who it is ("Bush, who ...",
    "Apple, the world's most valuable company, said")."""
    if word.lower() not in english_words() or _RELATIVE_AFTER_COMMA.match(rest):
        return False
    phrase = _PHRASE_BETWEEN_COMMAS.match(rest)
    return phrase is None or not opens_with_an_act(rest[phrase.end() :])


def _without_positional_capital(text: str, *, kept_before_a_capital: bool, people: People = NO_PEOPLE) -> str:
    """The text with its first word lower-cased when that word is capitalised only by position.

    A known name keeps its capital. In a sentence (`kept_before_a_capital`) so does a word followed
    by another capitalised one ("Philip Ingram said") or by punctuation ("Carlin, who ..."), but not
    "Streets were adorned", "Footage of Putin's welcome" or "Speaking in Vietnam" (an unknown
    surname alone at the start, "Hecker said", is lost: the cost of not listing "Streets"). A
    headline may be in title case, so there only a known name keeps it ("Growing Tensions" names
    no one)."""
    opening = _OPENING_WORD.match(text)
    if opening is None or _starts_with_known_name(text, people):
        return text
    follower = opening.group(2)  # None when punctuation follows: "Carlin, who headed ..." stays a name
    particle = _NAME_PARTICLE.match(text, opening.end(1)) is not None  # "Osama bin Laden"
    rest = text[opening.end(1) :]
    before_punctuation = follower is None and not _adverb_before_a_comma(opening.group(1), rest)
    before_a_capital = follower is not None and follower.isupper()
    if kept_before_a_capital and (before_punctuation or before_a_capital or particle):
        return text
    # "German officials said" names Germany as "Russian officials said" names Russia; not in a headline,
    # whose title case may capitalise a demonym that opens a longer name
    if kept_before_a_capital and state_of_demonym(opening.group(1)):
        return text
    # an acronym that is no word: "RSF fighters entered Wad Madani", "FBI agents searched the house"
    # named no one (their first letter was lowered, as "Officials" is); not "WATCH:" or "LIVE"
    if kept_before_a_capital and _an_acronym(opening.group(1)):
        return text
    # "Guinea-Bissau", "Al-Assad": a name by its shape; not "Pro-Russian", "Anti-Kremlin"
    if _HYPHENATED_NAME.match(opening.group(1)):
        return text
    if _named_by_its_shape(opening.group(1), rest):
        return text
    # a title with what it is of, before a name: "Archbishop of Canterbury Justin Welby resigned"
    if kept_before_a_capital and opening.group(1).lower() in _TITLES and _OF_A_NAME.match(rest):
        return text
    at = opening.start(1)
    return text[:at] + text[at].lower() + text[at + 1 :]


def _an_acronym(word: str) -> bool:
    bare = _POSSESSIVE.sub("", word)
    return len(bare) >= 2 and bare.isalpha() and bare.isupper() and not a_word_of_english(bare.lower())


def headline_actors(headline: str, people: People = NO_PEOPLE) -> list[str]:
    """Every actor a headline names, in order of first mention (its first word only when known)."""
    text = _without_positional_capital(
        _normalised(headline.strip()), kept_before_a_capital=False, people=people
    )
    return list(dict.fromkeys(mention.name for mention in _mentions(text, people)))


def with_names_of(names: Iterable[str], people: People = NO_PEOPLE) -> People:
    """`people` and the names of a headline's quote, each by its last word, so that a headline's
    first word names whom its quote names: "Zelensky shells Kharkiv" over "Zelensky said Russian
    forces had shelled Kharkiv" makes Zelensky act. States and short words are left to the alias
    table ("Korea" of "North Korea" stands for no one), and so are the words of what kind of place or
    body a name is: "Sea drones strike Russian ship" names no "Black Sea", "Region's refinery hit" no
    "Krasnodar Region"."""
    quoted = {
        last: name
        for name in names
        if name not in _STATES
        and len(last := name.split()[-1].lower()) >= 3
        and last not in ALIASES
        and last not in _NOT_PERSON_WORDS
    }
    return MappingProxyType(quoted | dict(people))


def with_opening_a_headline_names(headline: str, quote: str, people: People = NO_PEOPLE) -> People:
    """`people` and the quote's first word when its headline has it capitalised too and neither reads
    it as a name otherwise: a name that is also a word of English ("Trump") or a noun ("Officials")
    stands for the same one in both, which matters for who acts first ("Trump endorses Musk" over
    "Trump was endorsed by Musk" turns the endorsement round, "Musk endorses Trump" does not)."""
    opening = _OPENING_WORD.match(_normalised(quote.strip()))
    if opening is None or _starts_with_known_name(quote, people):
        return people
    word = _POSSESSIVE.sub("", opening.group(1))
    if re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", _normalised(headline)) is None:
        return people
    return MappingProxyType({word.lower(): word} | dict(people))


def without_names_of(text: str, actors: list[str]) -> str:
    """`text` with every alias of these actors blanked out ("Pyongyang" when "North Korea" is given)."""
    for alias, canonical in (ALIASES | SURNAMES).items():
        if canonical in actors:
            text = re.sub(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", " ", text, flags=re.IGNORECASE)
    return text


# "in the Kursk region", "at the Capitol", "to reporters in Vietnam": a name right after one of these
# is where something happened. Not "to" or "from": "troops from North Korea" names who acts.
_LOCATIVE_WORDS = r"\b(?i:in|at|near|inside|outside|across|throughout)\s+(?i:the\s+)?"
_LOCATIVE = re.compile(rf"{_LOCATIVE_WORDS}$")
# How far before a name `_LOCATIVE` is looked for: "throughout the " with room for extra spaces. A
# search from the sentence's start for every name made a sentence of many names quadratic.
_LOCATIVE_REACH = 40
_STATES = frozenset(ALIASES.values())


class Mention(NamedTuple):
    """One actor mention: its canonical name, and whether it stands where a place does."""

    name: str
    as_place: bool  # "at the Capitol", "in the Kursk region", "the Kursk region", "liberate Kursk"
    written: str = ""  # the words as the text has them ("Defense Minister Kim", "Kim Jong-un")
    # whether it only says where someone comes from: a former affiliation ("ex-Wagner commander Pavel
    # Orlov"), the origin of unnamed sources ("according to Western sources"); no actor of the event
    aside: bool = False


def read_mentions(text: str, people: People = NO_PEOPLE) -> list[Mention]:
    """Every actor mention of a sentence, in order; `people` (`people_named`) completes lone names."""
    # a dateline's city and agency are not actors, and the word after it opens the sentence
    # ("PRAGUE, Sept 16 (Reuters) - Floods caused by ...": no one called Floods)
    text = _normalised(text[dateline_length(text) :])
    return _mentions(_without_positional_capital(text, kept_before_a_capital=True, people=people), people)


# A word in lower case with a capital inside ("iPhone", "iPad", "eBay"): a product or brand, whose
# name may go on in capitals ("the iPad Pro") without naming an actor.
_PRODUCT_BEFORE = re.compile(r"(?<![\w’'.-])[a-z]+[A-Z][\w-]*\s+$")


def _normalised(text: str) -> str:
    # keep dotted initials out of sentence punctuation: "U.S." is "US", "U.N." is "UN"
    return _pairs_apart(re.sub(r"\b([A-Z])\.([A-Z])\.(?=\W|$)", r"\1\2", text))


# A hyphen between capitalised words: "Russia-North Korea pact", "US-China talks", "Kim Jong-Un".
_CAPITALS_HYPHEN = re.compile(r"(?<=[\w’'])-(?=[A-Z])")
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w’'.]*\s+){0,2}[A-Z][\w’'.]*$")


def _pairs_apart(text: str) -> str:
    """ "Russia-North Korea pact" names two states, not one "Russia-North Korea": a hyphen right after
    a known name parts it from the next ("Kim Jong-Un" and "Guinea-Bissau" stay whole). The known
    name must open its run of capitals: in "Air France-KLM" and "Agence France-Presse" it ends a
    longer name, which stays whole."""

    def part(match: re.Match[str]) -> str:
        # the three words before the hyphen, looked for near it: linear in hyphens on any text
        before = _WORDS_BEFORE.search(text, max(0, match.start() - _LOCATIVE_REACH), match.start())
        words = before.group(0).split() if before else []
        known = any(
            " ".join(words[i:]).lower() in ALIASES and _opens_a_name(words[:i]) for i in range(len(words))
        )
        return " - " if known else "-"

    return _CAPITALS_HYPHEN.sub(part, text)


def _opens_a_name(before: list[str]) -> bool:
    """Whether a name after the capitalised words `before` begins there: nothing, a word capitalised
    only by position ("The", "On Monday") or a possessive ("Trump's") stands before it."""
    return not before or before[-1].lower() in _NOT_ACTORS or re.search(r"[’']s$", before[-1]) is not None


def _mentions(text: str, people: People) -> list[Mention]:
    found: list[Mention] = []
    for match in _PHRASE.finditer(text):
        before = max(0, match.start() - _LOCATIVE_REACH)  # near the name, as below: linear in names
        if _PRODUCT_BEFORE.search(text, before, match.start()):
            continue  # the rest of a product's name: "Pro" of "the iPad Pro"
        as_place = bool(_LOCATIVE.search(text, before, match.start()))
        phrase = match.group(0)
        opening_former = _FORMER_OPENING.match(phrase)  # "Former British Army", "Ex-Chelsea"
        former = opening_former is not None or _FORMER_BEFORE.search(text, before, match.start()) is not None
        phrase = phrase[opening_former.end() :] if opening_former else phrase
        pieces = [(piece, name) for piece in _sub_phrases(phrase) if (name := _canonical(piece, people))]
        # what a verb of war, rescue or movement is done to ("retook Bakhmut", "entered Wad Madani") or
        # a kind of place is of ("the city of Derna"): a place, when no state or body is named, nor a
        # person where the verb may take one ("captured Manuel Noriega"); elsewhere a name that looks
        # like a person's is a place all the same (Wad Madani acted in "recaptured Wad Madani")
        verb = _PLACE_VERB_BEFORE.search(text, before, match.start())
        done_to = verb is not None or _a_kind_of_place_before(text, before, match)
        to_a_person = verb is not None and _MAY_BE_DONE_TO_A_PERSON.match(verb.group(0)) is not None
        # what kind of place follows ("the Kumsusan state guest house"): a place, when no person,
        # state or body is named
        of_a_kind = _a_kind_of_place_after(text, match.end())
        # after "former", the names that qualify a role ("former British Army intelligence officer
        # Philip Ingram") or the person's office ("former Ukrainian President Petro Poroshenko")
        qualifying = 0 if not former else len(pieces) if _a_role_after(text, match.end()) else len(pieces) - 1
        from_sources = _SOURCES_AFTER.match(text, match.end()) is not None
        for index, (piece, name) in enumerate(pieces):
            last = index == len(pieces) - 1
            done_to_it = (
                done_to and index == 0 and (is_place(name) if to_a_person else not names_a_body(name))
            )
            place = done_to_it or (of_a_kind and last and is_place(name))
            aside = (former and index < qualifying) or (from_sources and last and _is_demonym(piece))
            found.append(Mention(name, as_place or place, piece, aside))
    return found


# What is done to a place, before its name: "help liberate Kursk", "retook Bakhmut", "shelled Kherson",
# "evacuated Paradise", "stormed the Capitol". Not "hit" or "attacked", which people do to people
# ("Trump hit Harris over ...", "attacked Harris"); a name these take that `is_place` reads as a
# person, a state or a body stays an actor ("captured Manuel Noriega", "shelled Ukraine").
_PLACE_VERB = (
    r"\b(?:liberat(?:e|es|ed|ing)|retak(?:e|es|en|ing)|retook|recaptur(?:e|es|ed|ing)|captur(?:e|es|ed|ing)"
    r"|shell(?:s|ed|ing)|bomb(?:s|ed|ing)|bombard(?:s|ed|ing)|encircl(?:e|es|ed|ing)|besieg(?:e|es|ed|ing)"
    r"|evacuat(?:e|es|ed|ing)|occup(?:y|ies|ied|ying)|annex(?:es|ed|ing)?|overr(?:an|un|uns|unning)"
    r"|storm(?:s|ed|ing)|fled|flee(?:s|ing)?|struck|strik(?:e|es|ing)"
    # entering or reaching one: "RSF fighters entered Wad Madani", "Aid convoys reached Antakya"
    r"|enter(?:s|ed|ing)?|reach(?:es|ed|ing)?"
    # moving into, towards or out of one, the verb right before: "Troops moved into Wad Madani", "The
    # fire spread towards Lahaina"; leaving one in haste: "withdrew from Kherson", "fled from Paradise".
    # Not money put into a company ("invested in", "poured money into Arm"), a break-in ("broke into
    # Microsoft's systems"), nor a club a player moves to or from ("moved to Bayern", "returned from
    # Juventus"): a transfer's clubs act
    r"|(?:mov|march|dr[io]v|roll|sweep|swept|advanc|cross|r[io]d|flew|fly|flies|sail|pull|spread|sent|send"
    r"|deploy|head|walk|fled|flee|retreat|withdr[ae]w|evacuat|return)[a-z]*(?:\s+back)?"
    r"\s+(?:into|towards?|out\s+of)"
    r"|(?:fled|flee|retreat|withdr[ae]w|evacuat)[a-z]*\s+from)\s+(?:the\s+)?"
)
_PLACE_VERB_BEFORE = re.compile(rf"{_PLACE_VERB}$")
# ... of which these are done to people too: "Marines captured Manuel Noriega", "struck a pedestrian",
# "Reporters reached Jane Smith by phone"
_MAY_BE_DONE_TO_A_PERSON = re.compile(r"\b(?:captur|struck|strik|reach)")
# Lower-case kinds of place after a name ("the Sylhet region", "Cotroceni palace", "the Kumsusan state
# guest house"), with the few words that qualify them; any word between would do otherwise ("Zelensky
# said the city" names no city Zelensky).
_KIND_OF_PLACE_AFTER = re.compile(
    r"(?:\s+(?:border|frontline|front-line|port|capital|international|military|air|state|presidential"
    r"|royal|central|main|industrial|coastal|occupied|historic|old|northern|southern|eastern|western)){0,2}"
    r"\s+(?:region|oblast|province|district|governorate|county|raion|krai|area|city|town|village|airport"
    r"|airfield|airbase|base|palace|square|guest\s+house|guesthouse|valley|river)\b"
)
# A lower-case kind of place and "of" before a name: "reached the city of Kahramanmaras", "taken to
# the town of Ashby", "flowed into the town of Grindavik" (they were actors); not one that then acts
# ("The city of Chicago sued the state"), nor "the state of Texas", which acts as often as not.
_KIND_OF_PLACE_BEFORE = re.compile(
    r"\b(?:city|town|village|hamlet|region|province|district|county|port|island|suburb|enclave"
    r"|municipality)\s+of\s+$"
)
_SPACE = re.compile(r"\s+")


def _a_kind_of_place_before(text: str, before: int, name: re.Match[str]) -> bool:
    if _KIND_OF_PLACE_BEFORE.search(text, before, name.start()) is None:
        return False
    space = _SPACE.match(text, name.end())
    return space is None or not opens_with_an_act(text, space.end())


# ... which ends the phrase: punctuation or a word that is no noun follows. "the Elysee palace said"
# speaks, "the Belgorod region governor" and "Kyiv city officials" act for the place.
_PLACE_PHRASE_ENDS = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:on|in|at|near|of|to|from|into|onto|by|for|with|and|or|but|after|before|during"
    r"|since|until|where|which|that|was|were|is|are|has|had|have|will|would|overnight|late|early|last|this"
    r"|[a-z]+ly)\b|\s+[A-Z]"
)


def _a_kind_of_place_after(text: str, end: int) -> bool:
    kind = _KIND_OF_PLACE_AFTER.match(text, end)
    return kind is not None and _PLACE_PHRASE_ENDS.match(text, kind.end()) is not None


# "former" or "ex-" before a name: what the person who acts once belonged to
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer\s+|[Ee]x-)$")
_FORMER_OPENING = re.compile(r"(?:Former\s+|Ex-)(?=[A-Z])")
_LOWER_CASE_AFTER = re.compile(r"\s+[a-z]")
# Lower-case words after a name that are no role: what the name does ("Former President Obama will
# campaign", "... on Tuesday endorsed")
_NO_ROLE_AFTER = re.compile(
    r"\s+(?:will|would|could|can|may|might|must|should|has|have|had|is|was|were|are|did|does|do|also|on|in"
    r"|at|and|or|to|for|who|whose|which|that|then|again|later|now|still|once)\b"
)


def _a_role_after(text: str, end: int) -> bool:
    """Whether a lower-case role follows a name: "... British Army intelligence officer", "ex-Wagner
    fighters"; not what the name does ("Former President Obama campaigned"), nor a possessive's noun
    ("former President Trump's lawyers")."""
    # read in place, not from a copy of the rest: a sentence of many names stays linear
    lower_case = _LOWER_CASE_AFTER.match(text, end)
    return (
        lower_case is not None
        and _POSSESSIVE.search(text, max(0, end - 2), end) is None
        and _NO_ROLE_AFTER.match(text, end) is None
        and not opens_with_an_act(text, lower_case.end() - 1)
    )


# Unnamed sources, analysts and the like, whose demonym says only where they are: "according to
# Western sources", "Turkish security sources said". Not "Israeli officials", who speak for the state.
_SOURCES_AFTER = re.compile(
    r"(?:\s+(?:security|intelligence|military|diplomatic|government|official|industry|defence|defense"
    r"|political|independent|local|senior))?\s+(?:sources|analysts|experts|observers|commentators)\b"
)


def _is_demonym(written: str) -> bool:
    """Whether a name is written as a demonym ("Turkish", "Western", "North Korean"), not as the state
    or a seat of power ("Iran", "Kremlin")."""
    key = re.sub(r"[’']s$", "", written).lower()
    alias = ALIASES.get(key)
    is_adjective = re.search(r"(?:an|ern|ese|ish|i)$", key) is not None
    return state_of_demonym(key) is not None or (alias is not None and alias.lower() != key and is_adjective)


def may_name_a_place(text: str) -> bool:
    """Whether a name in `text` may stand for a place (`Mention.as_place`): after "in", "at" ..., after
    a verb of war or rescue, or before a lower-case kind of place. Cheaper than `read_mentions`, for
    callers that want only the places of many sentences."""
    return _PLACE_CUE.search(text) is not None


_PLACE_CUE = re.compile(
    rf"{_LOCATIVE_WORDS}[A-Z]|{_PLACE_VERB}[A-Z]"
    rf"|[A-Z][\w’'-]*{_KIND_OF_PLACE_AFTER.pattern}"
)


# Words of the names of organisations, places and events, which are not people: "Carnegie Endowment"
# must not make a lone "Carnegie" anyone, nor "White House" a sentence's opening "White" a name.
# Words that make a name an organisation's: who speaks or acts for a side, as a person does, not where
# something happened (`is_place`).
_ORGANISATION_WORDS = frozenset(
    """house endowment institute institution university college school agency party times post news
    bank council committee commission ministry office department service services guard union assembly
    court company group foundation fund airlines airways corporation forces force army navy brigade
    division command corps fleet press journal review tribune herald network channel church""".split()
)
# ... and words of places, states, events and agreements: none of them names a person either
_NOT_PERSON_WORDS = _ORGANISATION_WORDS | frozenset(
    """republic federation kingdom states nations peninsula sea ocean river lake mountain region oblast
    province district county city town village street road avenue boulevard square palace hall center
    centre front war summit treaty pact cathedral bridge airport station port island islands gulf strait
    bay valley""".split()
)
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_’'-]*(?:[-’'][^\W\d_]+)*")


def people_named(sentences: Iterable[str]) -> dict[str, str]:
    """The people a document names in full, by the family name a later mention may stand alone as:
    "Kim Yong-hyun" makes "Kim" the defence minister in that article, "Siegfried Hecker" makes
    "Hecker" him. A word two people share, or a known name ("UN"), is left out: "Kim", in an
    article that names Kim Jong Un and Kim Yong-hyun, stays Kim Jong Un."""
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        for mention in read_mentions(sentence):
            words = mention.name.split()
            # only a name written in full: a lone "Kim" read as Kim Jong Un is not the article's word
            in_full = set(_name_parts(mention.name)) <= set(_name_parts(mention.written))
            if not in_full or not _looks_like_a_person(mention.name, words):
                continue
            # the surname from its particle on: "von der Leyen" of "Ursula von der Leyen"
            particle = next((i for i, word in enumerate(words) if i and word in _PARTICLES), None)
            surname = " ".join(words[particle:]) if particle else words[-1]
            # the family name: the last word, or the first in names written family name first ("Kim
            # Yong-hyun", "Xi Jinping"); never a given name ("Charles Michel" does not make a lone
            # "Charles" him, nor "Lloyd Austin" "Lloyd")
            family = [surname.lower()]
            if words[0].lower() in _FAMILY_NAME_FIRST and len(words) > 1:
                family.append(words[0].lower())
            for word in family:
                if (len(word) >= 3 or word in _FAMILY_NAME_FIRST) and word not in ALIASES:
                    found.setdefault(word, set()).add(mention.name)
    # "Judge Merchan" after "Judge Juan Merchan" is him, not a second Merchan ("Prince Harry" alone stays)
    found = {word: {name for name in names if not _titled(name)} or names for word, names in found.items()}
    return {word: next(iter(names)) for word, names in found.items() if len(names) == 1}


def _titled(name: str) -> bool:
    """Whether a name is a title and a surname ("Judge Merchan", "Mr. Putin"), as `_canonical` keeps it."""
    return name.split()[0].lower().rstrip(".") in _TITLES


# Family names that come first in Korean, Chinese and Vietnamese names as English news writes them
# (a closed list: the common ones; not words of English such as "He", "Do", "Oh").
_FAMILY_NAME_FIRST = frozenset(
    """kim lee park choi jung jeong kang cho yoon yun jang lim moon han shin seo kwon hwang ahn song hong
    xi li wang zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo gao wen hua qin
    nguyen tran pham hoang phan vu vo dang bui ngo duong""".split()
)


def _name_parts(name: str) -> list[str]:
    return re.split(r"[\s-]+", name.lower())  # "Kim Jong-un" and "Kim Jong Un" have the same parts


def actor_key(name: str) -> str:
    """What two spellings of one actor share: "Kim Yong-hyun" and "Kim Yong Hyun" are one person, and
    so are the transliterations of `spelling_key` ("Zelensky", "Zelenskyy", "Zelenskiy")."""
    return " ".join(map(spelling_key, _name_parts(name)))


# Endings that English news transliterates from Russian and Ukrainian in several ways, each group
# written one way: -ий/-ый as "y", "yy", "iy", "yi" or "ii" ("Zelenskyy", "Zelenskiy", "Navalnyy",
# "Dmitriy"); -ей as "-ei" or "-ey" ("Sergei", "Sergey"). Only after a consonant ("Hawaii" is no
# transliteration), and never a vowel turned into another: "Zelenska" (Olena Zelenska) stays apart
# from "Zelensky". Not "-ski" as "-sky": Polish names end in -ski, and Sikorski (Poland's foreign
# minister) became Sikorsky (the helicopter maker), Lewandowski Lewandowsky, in one run.
_TRANSLITERATED_ENDINGS = (
    (re.compile(r"(?<=[b-df-hj-np-tv-z])(?:yy|iy|yi|ii|yj|ij)$"), "y"),
    (re.compile(r"(?<=[b-df-hj-np-tv-z])ei$"), "ey"),
)
_MIN_TRANSLITERATED_CHARS = 5  # "Yi" of "Wang Yi" and "Lei" are names of their own, not endings


def spelling_key(word: str) -> str:
    """One word of a name with its transliterated ending written one way (lower case)."""
    key = word.lower()
    if len(key) < _MIN_TRANSLITERATED_CHARS:
        return key
    for ending, written in _TRANSLITERATED_ENDINGS:
        key = ending.sub(written, key)
    return key


def _looks_like_a_person(name: str, words: list[str]) -> bool:
    """Two or three capitalised words (and name particles), none of them an organisation's or a
    place's, and not a state."""
    named = [word for word in words if word not in _PARTICLES]
    return (
        2 <= len(named) <= 3
        and (name not in _STATES or name in SURNAMES.values())  # "Kim Jong Un", not "North Korea"
        and all(_NAME_WORD.fullmatch(word) and word[0].isupper() for word in named)
        and not any(word.lower() in _NOT_PERSON_WORDS | _NOT_ACTORS for word in named)
    )


# Bodies that govern are organisations too, though the person test need not know them
_GOVERNING_WORDS = frozenset("parliament government cabinet senate congress police".split())


@functools.lru_cache(maxsize=4096)  # merge asks about the same few hundred names again and again
def is_place(actor: str) -> bool:
    """Whether an actor is a place ("Kharkiv", "Kursk", "Crimean Bridge"): neither a person, nor one of
    the states, peoples and bodies of `ALIASES`, nor an organisation (an acronym, or a name with an
    organisation's word). Where something happened tells one day's events apart (see `merge`); who
    said it does not: outlets cite different sources for one event ("South Korea's NIS said" and
    "South Korea's National Intelligence Service said" were two entries when bodies counted)."""
    return not _looks_like_a_person(actor, actor.split()) and not names_a_body(actor)


def names_a_body(actor: str) -> bool:
    """Whether an actor is one of the states, peoples and bodies of `ALIASES`, or an organisation (an
    acronym, or a name with an organisation's word): who acts, wherever it is named."""
    return (
        actor in _STATES
        or (len(actor) > 1 and actor.isupper())
        or any(word.lower() in _ORGANISATION_WORDS | _GOVERNING_WORDS for word in actor.split())
    )


# Before a name that is cited: "told Reuters", "according to Yonhap", "citing the Kremlin".
_CITED_BY = re.compile(
    r"\b(?:told|according\s+to|cited\s+by|quoted\s+by|citing)\s+(?:the\s+)?$", re.IGNORECASE
)
_CITED_REACH = 20  # how far before a name `_CITED_BY` is looked for
_AGENCY_AFTER = re.compile(r"(?:\s+news\s+agency)?\s+")  # "Yonhap news agency reported"
# A name after a preposition is no subject: "strikes on Kharkiv cut power" (the strikes cut it).
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|in|at|near|of|over|across|to|from|into|against|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE
)


def speaks_or_acts_in(name: str, text: str) -> bool:
    """Whether `text` has `name` say or do something ("..., Syniehubov said", "Yonhap reported",
    "Downing Street said", "Tehran launched") or cites it ("told Reuters"): a source or a seat of
    power there, whatever `is_place` reads in the name alone."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        before = max(0, found.start() - _CITED_REACH)
        after = _AGENCY_AFTER.match(text, found.end())
        subject = _PREPOSITION_BEFORE.search(text, before, found.start()) is None
        if subject and after is not None and _ACTIVE_VERB.match(text, after.end()) is not None:
            return True
        if _CITED_BY.search(text, before, found.start()) is not None:
            return True
    return False


# Words that say what kind of place a name is, which one outlet adds and another leaves out: "Kharkiv"
# and "the Kharkiv Region", "Kursk" and "Kursk Oblast", "Gaza" and "Gaza City".
_PLACE_KIND_WORDS = frozenset(
    "region oblast province district governorate county city area raion krai".split()
)
# Two spellings of one place agree this much (difflib's ratio): "Odesa" / "Odessa" 0.91, "Kharkiv" /
# "Kharkov" 0.86, "Luhansk" / "Lugansk" 0.86; two cities of one war far less ("Kharkiv" / "Kherson"
# 0.43, "Bryansk" / "Kursk" 0.5).
_ONE_PLACE_SPELLINGS = 0.8
_PREFIX_CHARS = 5  # "Dnipro" / "Dnipropetrovsk" (the city and its region); not "Kyiv" / "Kyivska"


def _place_words(place: str) -> list[str]:
    """A place name's words as `actor_key` spells them, without a possessive ("Rafah's Tal al-Sultan")
    or the kind of place ("Region")."""
    words = (spelling_key(re.sub(r"[’']s$", "", word)) for word in _name_parts(place))
    return [word for word in words if word not in _PLACE_KIND_WORDS]


@functools.lru_cache(maxsize=4096)  # merge asks about the same few hundred pairs again and again
def may_be_one_place(one: str, other: str) -> bool:
    """Whether two place names may name one place, as outlets reporting one strike write it: with and
    without the kind of place ("Kharkiv" / "Kharkiv Region"), a part named with its whole ("Rafah" /
    "Rafah's Tal al-Sultan"), in two spellings ("Odesa" / "Odessa", "Kharkiv" / "Kharkov") or a city
    and the region named after it ("Dnipro" / "Dnipropetrovsk"). Spellings further apart
    ("Zaporizhzhia" / "Zaporozhye", 0.64) are taken for two places."""
    own, theirs = _place_words(one), _place_words(other)
    if set(own) <= set(theirs) or set(theirs) <= set(own):
        return True
    shorter, longer = sorted((" ".join(own), " ".join(theirs)), key=len)
    return SequenceMatcher(None, shorter, longer).ratio() >= _ONE_PLACE_SPELLINGS or (
        len(shorter) >= _PREFIX_CHARS and longer.startswith(shorter)
    )


def event_actors(mentions: list[Mention], limit: int | None = ACTORS_PER_EVENT) -> list[str]:
    """The actors of the event a sentence reports (its `read_mentions`), in order of first mention.

    A name seen only as a place ("in Donetsk", "at the Capitol", "liberate Kursk") is left out, unless
    it is one of the known states and people of `ALIASES`: "in Ukraine" still names a party to the war.
    So is one seen only aside ("ex-Wagner commander", "Western sources": `Mention.aside`)."""
    acting = {m.name for m in mentions if not m.aside and (not m.as_place or m.name in _STATES)}
    return list(dict.fromkeys(m.name for m in mentions if m.name in acting))[:limit]
