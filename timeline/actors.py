"""Actors named in a sentence, found by code: proper-noun phrases, normalised by a small alias table.

The model is not asked for actors: listing them would cost output tokens on every event,
and a name the model writes is not checked against the text. Every actor here is read off
the cited sentence, so it is grounded by construction.
"""

from __future__ import annotations

import re

# Demonyms, capitals and short forms -> one canonical name (merge and filters compare these).
ALIASES: dict[str, str] = {
    "north korean": "North Korea", "north korea": "North Korea", "dprk": "North Korea",
    "pyongyang": "North Korea", "korean people's army": "North Korea",
    "south korean": "South Korea", "south korea": "South Korea", "seoul": "South Korea",
    "russian": "Russia", "russians": "Russia", "russia": "Russia", "moscow": "Russia", "kremlin": "Russia",
    "russian federation": "Russia", "duma": "Russia",
    "ukrainian": "Ukraine", "ukraine": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
    "american": "United States", "united states": "United States", "u.s.": "United States",
    "us": "United States", "washington": "United States",
    "chinese": "China", "china": "China", "beijing": "China",
    "vladimir putin": "Vladimir Putin", "kim jong-un": "Kim Jong Un", "kim jong un": "Kim Jong Un",
    "democratic people's republic of korea": "North Korea",
    "democratic people’s republic of korea": "North Korea",
    "nato": "NATO", "european": "Europe", "europe": "Europe", "west": "the West", "western": "the West",
}  # fmt: skip

# Surnames that name one person only when they stand alone ("Kim", but not "Kim Yong-hyun").
SURNAMES: dict[str, str] = {"putin": "Vladimir Putin", "kim": "Kim Jong Un"}

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
    parliament army navy military ministry police""".split()
)

# "Cold War-era", "Western-enforced", "Kremlin-backed": adjectives; not "Kim Yong-hyun".
_ADJECTIVE_SUFFIX = re.compile(
    r"-(?:era|enforced|backed|based|led|style|made|born|owned|funded|linked|controlled|occupied|run|"
    r"speaking|leaning|aligned|friendly|allied|imposed)$"
)

_PHRASE = re.compile(
    r"(?:[A-Z][\w’'.-]*|DPRK|U\.S\.)(?:\s+(?:of\s+the\s+|of\s+|for\s+|de\s+)?(?:[A-Z][\w’'-]*))*"
)


def _canonical(phrase: str) -> str | None:
    phrase = re.sub(r"[’']s$", "", phrase.strip(" ,"))
    if phrase.lower() not in ALIASES:
        phrase = phrase.rstrip(".")
    key = phrase.lower()
    if key in ALIASES or key in SURNAMES:
        return ALIASES.get(key) or SURNAMES[key]
    words = phrase.split()
    while words and words[0].lower() in _NOT_ACTORS:  # "Russian dictator Putin" is split earlier
        words = words[1:]
    if not words:
        return None
    key = " ".join(words).lower()
    if key in ALIASES or key in SURNAMES:
        return ALIASES.get(key) or SURNAMES[key]
    if len(words) == 1 and (len(words[0]) < 3 or words[0].lower() in _NOT_ACTORS):
        return None
    if words[-1] == "War" or _ADJECTIVE_SUFFIX.search(words[-1]):
        return None  # a war ("the Korean War") or an adjective ("Cold War-era", "Western-enforced")
    return " ".join(words)


def _sub_phrases(phrase: str) -> list[str]:
    """A run like "North Korean Defense Minister Kim" holds several names: known aliases are split
    out (longest first); the words between them stay together ("Institute for War Studies")."""
    pieces: list[str] = []
    pending: list[str] = []
    words = phrase.split()
    start = 0
    while start < len(words):
        for end in range(len(words), start, -1):
            candidate = " ".join(words[start:end])
            if re.sub(r"[’']s$", "", candidate).lower() in ALIASES:
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


def _starts_with_known_name(text: str) -> bool:
    opening = re.sub(r"[^\w\s.’'-]", " ", text.lower()).lstrip()
    return any(re.match(rf"{re.escape(name)}(?![\w-])", opening) for name in ALIASES.keys() | SURNAMES.keys())


def headline_actors(headline: str) -> list[str]:
    """Every actor a headline names. Its first word is capitalised by position ("Growing tensions"),
    so it counts only when it is a known name ("Pyongyang warns", "Kim meets")."""
    headline = headline.strip()
    if not _starts_with_known_name(headline):
        headline = headline[:1].lower() + headline[1:]
    return find_actors(headline, limit=None)


_OPENING_WORDS = re.compile(r"(\W*)([A-Z][\w’'-]*)(\s+)(\S?)")


def _without_positional_capital(sentence: str) -> str:
    """A sentence's first word is capitalised by position: it starts a name only when it is a known
    name or the next word is capitalised too ("Philip Ingram said"), not in "Streets were adorned",
    "Footage of Putin's welcome" or "Speaking in Vietnam". (An unknown surname alone at the start,
    "Hecker said", is lost: the cost of not listing "Streets".)"""
    opening = _OPENING_WORDS.match(sentence)
    if opening is None or opening.group(4).isupper() or _starts_with_known_name(sentence):
        return sentence
    at = opening.start(2)
    return sentence[:at] + sentence[at].lower() + sentence[at + 1 :]


def without_names_of(text: str, actors: list[str]) -> str:
    """`text` with every alias of these actors blanked out ("Pyongyang" when "North Korea" is given)."""
    for alias, canonical in (ALIASES | SURNAMES).items():
        if canonical in actors:
            text = re.sub(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", " ", text, flags=re.IGNORECASE)
    return text


# "in the Kursk region", "at the Capitol", "to reporters in Vietnam": a name right after one of these
# is where something happened. Not "to" or "from": "troops from North Korea" names who acts.
_LOCATIVE = re.compile(r"\b(?:in|at|near|inside|outside|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_STATES = frozenset(ALIASES.values())


def _mentions_where(text: str) -> list[tuple[str, bool]]:
    """Every actor mention in order, and whether it stands where a place does ("at the Capitol")."""
    text = re.sub(r"\bU\.S\.(?=\W|$)", "US", _without_positional_capital(text))  # keep "U.S." whole
    found: list[tuple[str, bool]] = []
    for match in _PHRASE.finditer(text):
        as_place = bool(_LOCATIVE.search(text, 0, match.start()))
        found += [(name, as_place) for piece in _sub_phrases(match.group(0)) if (name := _canonical(piece))]
    return found


def actor_mentions(text: str) -> list[str]:
    """Canonical actor names in the order the text mentions them, every mention (places included)."""
    return [name for name, _ in _mentions_where(text)]


def event_actors(text: str, limit: int | None = ACTORS_PER_EVENT) -> list[str]:
    """The actors of the event a sentence reports, in order of first mention, at most `limit`.

    A name seen only as a place ("in Donetsk", "at the Capitol") is left out, unless it is one of
    the known states and people of `ALIASES`: "in Ukraine" still names a party to the war."""
    mentions = _mentions_where(text)
    acting = {name for name, as_place in mentions if not as_place or name in _STATES}
    return list(dict.fromkeys(name for name, _ in mentions if name in acting))[:limit]


def find_actors(*texts: str, limit: int | None = ACTORS_PER_EVENT) -> list[str]:
    """Canonical actor names in order of first mention across `texts`, at most `limit` (None: all)."""
    actors = list(dict.fromkeys(name for text in texts for name in actor_mentions(text)))
    return actors[:limit]
