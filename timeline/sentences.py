"""Sentence segmentation with exact character spans into the original text.

Quotes are whole sentences, so every span here must index the document text exactly: a quote is
always `text[start:end]`, never a re-typed copy. Rules, in order: a line break ends a sentence,
unless it only wraps a paragraph (below); `.`, `!` or `?` (plus closing quotes or brackets), and the
full-width `。`, `！` and `？` of Chinese and Japanese, end one when the next non-space character
starts a new sentence (an upper-case letter of any script, a letter of a script without case such
as Korean or Arabic, an opening quote or a digit), even without a space ("Kursk.“The Kremlin",
"DPRK.İt is", "哈尔科夫。乌克兰"); known abbreviations, initials, decimals, a list item's number
("1. "), a German day before its month ("am 3. März") and the "!" of a Markdown image do not end
one, save an abbreviation or initial followed by a word that opens sentences and goes on no name
("by the U.S. The move", "at 9 a.m. On Tuesday"). A line breaks at CR, LF and wherever
str.splitlines() breaks (U+2028).

A hard-wrapped paragraph (a plain-text article broken at about 75 columns) is one run of text: a
line without sentence punctuation joins the next when the next starts in lower case, when the line
ends with a comma, a dash or a word that cannot end a sentence or a headline ("and", "the", "of"),
or when the next starts with a capital or a digit and the line is as long as the document's
wrapped lines (the next line's first word would not have fitted on it); a line ending with an
abbreviation ("Gen.") joins too, one that also ends sentences ("Inc.", "a.m.", "U.S.") only when as
long as the wrapped lines, and no line of a lone e-mail address or sign-off code ("burs-jd/ab") goes on
after a stop. A sentence may then hold a line break. A line followed by a blank
line, a list item or a Markdown heading, and a line shorter than the wrapped ones followed by a
capitalised line (a headline, a subheading), still stand alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

# Abbreviations that end in a period without ending the sentence (lower-cased, without the dot). The
# plural titles ("Sens. Chuck Schumer and John Thune") and "v." of a case name ("Roe v. Wade") as AP
# and court copy write them; an address's "Ave." ("1600 Pennsylvania Ave. NW").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st col gen lt sgt capt maj cmdr adm gov sen rep rev hon pres
    sens reps govs gens atty msgr
    u.s u.k u.n e.g i.e v vs etc jan feb mar apr jun jul aug sep sept oct nov dec
    inc ltd co corp bros dept est fig approx ave blvd
    pvt cpl brig supt insp det fr mt rs nos ph ph.d w.va""".split()
)
# Titles go before a name, and a name may be any word ("Gen. An", "Dr. In-hwan Kim"); these others go
# before anything ("Smith v. The State", "vs. The New York Times"): none of them ends a sentence.
_NEVER_LAST = frozenset(
    """mr mrs ms dr prof col gen lt sgt capt maj cmdr adm gov sen rep rev hon pres sens reps govs gens
    atty msgr pvt cpl brig supt insp det fr mt v vs e.g i.e approx""".split()
)
# Words that open a sentence and are no part of a name, a time or a company's: after one, the stop of
# "U.S.", "Inc.", "p.m." or an initial ends the sentence ("announced by the U.S. The move angered
# Moscow", "at 9 a.m. On Tuesday, he flew", "vaccines against hepatitis B. The ministry").
_OPENER_NEXT = re.compile(
    r"\s+[\"'“‘(]?(?:(?:The|This|That|These|Those|It|Its|He|She|They|We|His|Her|Their|There|But|And|Yet"
    r"|Then|However|Meanwhile|In|On|At|After|Before|When|While|If|As|Since)(?:\s|[’']s\s)|(An?)\s+[a-z])"
)
# A stop joined to a short upper-case suffix that a bracket, comma or semicolon closes is inside a code:
# a Reuters instrument code ("(AAPL.O)", "(7203.T)", "(0700.HK)"), never a sentence's end.
_CODE_SUFFIX = re.compile(r"[A-Z]{1,3}[)\],;]")
# A quoted question or exclamation goes on with its speaker when one to four capitalised words (a name,
# a title) and a verb of speaking follow ('“Enough!” Biden told reporters'); the lower-case speaker
# ('"Why now?" she asked') goes on anyway. A quoted statement ends in a comma when its speaker follows,
# so '"We will win." Smith said the vote...' is two sentences.
_CLOSING_QUOTES = "\"'”’»"
# A verb that reports any speech ("said") goes with the quote only when it ends the attribution:
# '“Where will we go?” Officials said they did not know.' is an answer, not the speaker.
_ATTRIBUTION = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*\s+){1,4}(?:(?:asked|asks|told|tells|shouted|yelled|cried|wondered|demanded"
    r"|exclaimed|chanted)\b|(?:said|says|added|replied|wrote|tweeted|posted|insisted|responded|countered)[.,])"
)
# A web or e-mail address: a stop inside one, with no space after it, is no sentence's end.
_ADDRESS = re.compile(r"://|\bwww\.|\w@\w")
_ADDRESS_REACH = 300  # how far back an address's start is looked for: linear on a run without spaces
# A capital after a degree sign is a unit ("47°C."), not an initial.
_DEGREE = ("°", "º")
# Abbreviations only before a number, where they are words elsewhere ("under Art. 5 of the treaty"
# but "he loved art."; "from ca. 1500 BC"; "Vol. 3", "Sec. 230", "pp. 4-9").
_BEFORE_NUMBER = frozenset("no art arts sec ca c vol para pp ch".split())
# US states as AP datelines and addresses abbreviate them after a city ("TAMPA, Fla. (AP) —"): an
# abbreviation only so placed and capitalised, since "ill.", "wash." and "ore." end sentences.
_STATES = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo""".split()
)

# Invisible characters (cleaning removes them before prompting): a right-to-left mark or a zero-width
# space between two sentences ("غزة.\u200f وقالت", "Kyiv.\u200b The") is no letter of the next one.
_INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f"

# Chinese and Japanese end sentences with full-width marks and no space ("哈尔科夫。乌克兰"). A corner
# bracket is not a closing mark here: "「攻撃した。」と述べた。" is one sentence ("と述べた", "he said").
_TERMINATOR = re.compile(r"[.!?…。！？]+[\"'”’»)\]]*")
# A digit starts a sentence only after a space, so "0.5%" and "1.3 million" stay whole.
_NEXT_STARTS_SENTENCE = re.compile(
    f"[\\s{_INVISIBLE}]*[\"'“‘«(\\[]?[A-ZÀ-ÖØ-Þİ]|[{_INVISIBLE}]*\\s[\\s{_INVISIBLE}]*[0-9]"
)
# ... or a letter of another script that is not lower case: a capital ("Министерство", "Η") or a
# letter of a script without case (Korean, Arabic, Chinese), which cannot show a sentence's start.
_NEXT_LETTER = re.compile(f"[\\s{_INVISIBLE}]*[\"'“‘«(\\[]?([^\\W\\d_])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# German writes a day as an ordinal, "am 3. März", and capitalises the month: the dot ended the sentence.
_GERMAN_MONTH_NEXT = re.compile(
    r" (?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    r"|(?:Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\.)(?!\w)"
)
_DIGIT_NEXT = re.compile(r"\s*\d")

# What str.splitlines() breaks at (as the title is read): the line separator U+2028 and NEL too.
LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(f"[^{LINE_BREAKS}]+")
_BREAK = re.compile(f"\r\n|[{LINE_BREAKS}]")
# A line ending so cannot end a sentence or a headline: the next line goes on with it. Words such as
# "on", "in", "up", "over" are left out: a headline may end with them ("Moscow weighs in").
_OPEN_END = re.compile(
    r"(?:[,;(“‘]|\w-|\s[-–—]|\b(?:a|an|the|and|or|but|nor|of|to|for|with|by|from|at|as|than|into|onto|upon|"
    r"about|between|among|against|during|across|through|toward|towards|under|within|without|amid|"
    r"despite|including|via|per|its|his|her|their|our|whose|which|who|whom|that|this|these|those|"
    r"is|are|was|were|be|been|being|has|have|had|will|would|could|should|must|said))$",
    re.IGNORECASE,
)
# A line that opens a list item, a Markdown heading, quote or table row: never a wrapped line's rest.
_ITEM_START = re.compile(r"[•·▪◦‣#>|]|[-*+]\s|\d{1,2}[.)]\s")
# A month that ends a line (one line break after it; a full name without a stop, which would end a
# sentence): a number opening the next line is its day.
_MONTH_AT_LINE_END = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)[ \t]*(?:\r\n|[" + LINE_BREAKS + r"])[ \t]*\Z"
)
# A line of one e-mail address, handle or sign-off code ("jane.doe@example.com", "yna@yna.co.kr", AFP's
# "burs-jd/ab"): after a stop it is no wrapped rest of the sentence, though it opens in lower case.
_LONE_ADDRESS = re.compile(r"[^\s@/]*[@/]\S*")
# Abbreviations that end sentences as often as they go on ("names Acme Holdings Inc.", "at 10 a.m.",
# "in the U.S."), unlike a title before a name ("Gen.") or a month before its day ("Jan.\n2").
_MAY_END = frozenset("inc ltd co corp bros etc jr sr".split())
_LETTERS_WITH_DOTS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# How a line that goes on with the one before may open: a letter, a digit, a quote, a bracket, Markdown.
_GOES_ON = re.compile(r"[^\W_]|[\"'“‘«(\[`*_–—]")
# Where a wrapper may break a line: a no-break space holds its words together.
_SPACE = re.compile(r"[ \t]")
# Invisible characters at a line's end (cleaning removes them before prompting) do not end it.
_INVISIBLE_TAIL = re.compile(f"[{_INVISIBLE}]*$")
_INVISIBLE_CHARACTER = re.compile(f"[{_INVISIBLE}]")
# Text is taken for wrapped on length alone only at a usual width: a longer line is a paragraph.
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 60, 100
WRAP_SLACK = 8  # a wrapped line may exceed the document's other wrapped lines by this much


@dataclass(frozen=True)
class Sentence:
    """A sentence as a half-open span `[start, end)` of the document text."""

    start: int
    end: int
    text: str


def _ends_sentence(text: str, stop: int, end: int) -> bool:
    """Whether the terminator text[stop:end] really closes a sentence. The "!" of a Markdown image,
    "![alt](url)", does not."""
    if text.startswith("![", stop) and end == stop + 1:
        return False
    if _speaker_follows(text, stop, end):
        return False
    return _next_starts_sentence(text, end) and _stop_closes(text, stop, end)


def _speaker_follows(text: str, stop: int, end: int) -> bool:
    """Whether the quoted question or exclamation closed by text[stop:end] goes on with its speaker:
    '“Why now?” Senator Collins asked.' (the question is what she asked)."""
    return (
        text[end - 1] in _CLOSING_QUOTES
        and "." not in text[stop:end]
        and _ATTRIBUTION.match(text, end) is not None
    )


def _next_starts_sentence(text: str, end: int) -> bool:
    if _NEXT_STARTS_SENTENCE.match(text, end):
        return True
    letter = _NEXT_LETTER.match(text, end)
    return letter is not None and not letter.group(1).isascii() and not letter.group(1).islower()


def _stop_closes(text: str, stop: int, end: int) -> bool:
    """Whether the terminator text[stop:end] may close a sentence: not the dot of an abbreviation,
    an initial or "No. 5"."""
    if text[stop] != ".":
        return True
    if _CODE_SUFFIX.match(text, end):  # "Apple Inc. (AAPL.O) rose", "Tencent (0700.HK)"
        return False
    if end < len(text) and not text[end].isspace() and _in_address(text, stop):
        return False  # "https://t.co/AbC.Def", "J.Smith@Example.Org": the address goes on
    before = _word_before(text, stop)
    if before is None:
        return True
    word = before.group(1)
    key = word.lower().rstrip(".")
    # "U.S. The move", but not "A. The dam broke." (an answer's "A." opening the sentence)
    opener = _OPENER_NEXT.match(text, end)
    opener_next = opener is not None and key not in _NEVER_LAST and not _opens_sentence(text, before.start())
    if key in _ABBREVIATIONS:
        return opener_next
    if word in _STATES and re.search(r"\w, $", text[max(0, before.start() - 3) : before.start()]):
        return opener_next
    if word.lower() in _BEFORE_NUMBER and _DIGIT_NEXT.match(text, end):  # "No. 5", but "said no." ends
        return False
    if (
        len(word) <= 2
        and word.isdigit()
        and _opens_line(text, before.start())
        and not _day_of(text, before.start())
    ):
        return False  # a numbered list item: "1. Russia launched 50 drones"
    if len(word) <= 2 and word.isdigit() and 1 <= int(word) <= 31 and _GERMAN_MONTH_NEXT.match(text, end):
        return False  # a German day, "am 3. März" (other languages writing it so go on in lower case)
    if len(word) == 1 and word.isupper() and text[before.start() - 1 : before.start()] not in _DEGREE:
        # an initial ("J. Smith", "AP Photo/J. Scott"), but not "Pius X. It sank"; "A"/"An" may be the
        # name it goes before ("by Y. An of Seoul")
        return opener_next and opener is not None and opener.group(1) is None
    # "U.S." style: letters separated by dots
    return opener_next or not re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word)


def _may_end_sentence(text: str, stop: int) -> bool:
    """Whether the abbreviation whose stop is at `stop` may be a sentence's last word ("Inc.", "a.m.",
    "U.S."), not one that always goes on ("Gen.", "e.g.", "Jan.")."""
    before = _word_before(text, stop)
    if before is None:
        return False
    word = before.group(1)
    key = word.lower().rstrip(".")
    return key in _MAY_END or (_LETTERS_WITH_DOTS.fullmatch(word) is not None and key not in _NEVER_LAST)


def _opens_sentence(text: str, position: int) -> bool:
    """Whether the word at `position` opens a sentence: only spaces, line breaks, opening quotes or
    brackets stand between it and the start of the text or a stop ("Q. When? A. The dam broke.").
    A line's start is not enough: a wrapped line may open with "Inc. A spokesman said"."""
    start = position
    while position > 0 and (text[position - 1].isspace() or text[position - 1] in "\"'“‘(["):
        position -= 1
    return position == 0 or (position < start and text[position - 1] in ".!?…:")


def _word_before(text: str, stop: int) -> re.Match[str] | None:
    """The word (letters, digits, dots) ending at `stop`, looked for in a window that widens only
    while the word fills it: a search from the start of the text made long documents quadratic."""
    window = 64
    while True:
        low = max(0, stop - window)
        match = _WORD_BEFORE.search(text, low, stop)
        if match is None or match.start() > low or low == 0:
            return match
        window *= 4


def _in_address(text: str, stop: int) -> bool:
    """Whether the stop at `stop` is inside a web or e-mail address: the run of non-space text around
    it holds "://", "www." or "@" ("News.Desk@Example.Org")."""
    run_start, run_end = stop, stop
    while run_start > max(0, stop - _ADDRESS_REACH) and not text[run_start - 1].isspace():
        run_start -= 1
    while run_end < min(len(text), stop + _ADDRESS_REACH) and not text[run_end].isspace():
        run_end += 1
    return _ADDRESS.search(text, run_start, run_end) is not None


def _day_of(text: str, position: int) -> bool:
    """Whether the number opening the line at `position` is the day of a month that ends the line
    before ("reopens on Jan.\n2. Officials said"): a wrap, not a numbered list item."""
    line_start = position
    while line_start > 0 and text[line_start - 1] not in LINE_BREAKS:
        line_start -= 1
    before = text[max(0, line_start - 20) : line_start]
    return _MONTH_AT_LINE_END.search(before) is not None


def _opens_line(text: str, position: int) -> bool:
    """Whether only spaces stand between the start of a line and `position`."""
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    return position == 0 or text[position - 1] in LINE_BREAKS


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _TERMINATOR.finditer(text, start, end):
        if _ends_sentence(text, match.start(), match.end()):
            spans.append((cursor, match.end()))
            cursor = match.end()
    spans.append((cursor, end))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _trimmed_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces and invisible characters at its ends: the mark between two sentences
    ("غزة.\u200f وقالت") belongs to neither quote."""

    def edge(i: int) -> bool:
        return text[i].isspace() or _INVISIBLE_CHARACTER.match(text, i) is not None

    while start < end and edge(start):
        start += 1
    while end > start and edge(end - 1):
        end -= 1
    return start, end


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """The non-blank lines of `text` as trimmed spans, grouped into blocks between blank lines."""
    blocks: list[list[tuple[int, int]]] = []
    previous_end = -1
    for line in _LINE.finditer(text):
        start, end = _trimmed(text, line.start(), line.end())
        if start == end:
            continue
        if previous_end < 0 or len(_BREAK.findall(text, previous_end, start)) > 1:
            blocks.append([])
        blocks[-1].append((start, end))
        previous_end = end
    return blocks


class _Break(Enum):
    """What the line break after a line of a block is."""

    ends = "ends"  # the line stands alone or ends its sentence
    wraps = "wraps"  # the paragraph goes on: the line is one of its wrapped lines
    maybe = "maybe"  # a wrap only if the line is as long as the document's wrapped lines


def _break_after(text: str, line: tuple[int, int], following: tuple[int, int]) -> _Break:
    start, end = line
    invisible = _INVISIBLE_TAIL.search(text, start, end)
    end = invisible.start() if invisible else end
    head = text[following[0] : following[1]]
    if (
        not re.search(r"[^\W_]", text[start:end])
        or text[start] == "#"  # a Markdown heading
        or (_ITEM_START.match(head) and not _day_of(text, following[0]))
        or not _GOES_ON.match(head)
    ):
        return _Break.ends
    stop = next((m for m in _TERMINATOR.finditer(text, start, end) if m.end() == end), None)
    if stop is not None:  # joined only where the stop ends no sentence: "Gen.", "U.S.", "approx. five"
        if _LONE_ADDRESS.fullmatch(head):  # "ruling.\njane.doe@example.com", AFP's "burs-jd/ab"
            return _Break.ends
        if head[0].islower() or _speaker_follows(text, stop.start(), end):  # '“Why now?”\nCollins asked.'
            return _Break.wraps
        if head[0].isalnum() and not _stop_closes(text, stop.start(), end):
            # "Gen.\nKim" goes on, but "at 10 a.m.\nAssociated Press writer ..." may end the article:
            # after an abbreviation that ends sentences too, only a line as long as the wrapped ones goes on
            return _Break.maybe if _may_end_sentence(text, stop.start()) else _Break.wraps
        return _Break.ends
    if (
        head[0].islower()
        or _OPEN_END.search(text, start, end)
        or (head[0].isdigit() and _day_of(text, following[0]))
    ):
        return _Break.wraps
    return _Break.maybe


@functools.lru_cache(maxsize=8)
def segments(text: str) -> tuple[tuple[int, int], ...]:
    """The runs of text that sentences are cut from: a line, or lines a paragraph's wrapping broke.

    Cached: the loader, the splitter, the cleaner and each part of a long article ask for the same
    document's runs (a 2 MB article has 700 parts).

    A line whose break is `maybe` (the next line opens with a capital or a digit) wraps when it is
    as long as the longest line known to wrap: the next line's first word would not have fitted on
    it."""
    blocks = _blocks(text)
    breaks = [
        [_break_after(text, line, following) for line, following in pairwise(block)] for block in blocks
    ]
    known = [
        end - start
        for block, kinds in zip(blocks, breaks, strict=True)
        for (start, end), kind in zip(block, [*kinds, _Break.ends], strict=True)
        if kind is _Break.wraps
    ]
    width = max((n for n in known if n <= MAX_WRAP_WIDTH), default=0)
    runs: list[tuple[int, int]] = []
    for block, kinds in zip(blocks, breaks, strict=True):
        run_start = block[0][0]
        for ((start, end), following), kind in zip(pairwise(block), kinds, strict=True):
            if kind is _Break.maybe:
                next_word = len(_SPACE.split(text[following[0] : following[1]], maxsplit=1)[0])
                if width >= MIN_WRAP_WIDTH and width - next_word - 1 < end - start <= width + WRAP_SLACK:
                    continue
            elif kind is _Break.wraps:
                continue
            runs.append((run_start, end))
            run_start = following[0]
        runs.append((run_start, block[-1][1]))
    return tuple(runs)


def split_sentences(text: str) -> list[Sentence]:
    """All non-empty sentences of `text`, in order, with exact spans."""
    sentences: list[Sentence] = []
    for run_start, run_end in segments(text):
        for raw_start, raw_end in _split_line(text, run_start, run_end):
            start, end = _trimmed_sentence(text, raw_start, raw_end)
            if start < end:
                sentences.append(Sentence(start, end, text[start:end]))
    return sentences
