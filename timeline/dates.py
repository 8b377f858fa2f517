"""Date expressions as written in articles -> `EventDate`, computed by code, never by the model.

Rules of `normalize_date(expression, document_date)` (the document date may be unknown or year,
month or day precise; the machine's clock is never consulted):

* Explicit dates keep exactly the precision written: "June 20, 2024", "20 June 2024", "2024-06-20",
  "Thursday, October 24, 2024" -> day; "June 2024" -> month; "2024", "(1973)" -> year. Basis explicit.
* A month without a year ("in June") takes the document's year (basis document_date). When the document
  date has a month and the named month is later than it, the previous year is meant ("in November" in
  a March article is last November); month + day ("October 24") compare at day granularity. With
  `forward=True` (the sentence is a forecast: "will vote on November 5") the next such date is meant
  instead: an earlier month is next year's. A deadline or a start ("until Oct. 31", "by Nov. 8",
  "from Nov. 19", "starting Nov. 1", "effective Nov. 1", "Nov. 19-24") up to SCHEDULED_DAYS_AHEAD
  days after the document is the coming date in any sentence: it is set for a day to come
  ("adjourned the hearing until Oct. 31"); so is a date the caller says is set (`set_ahead`:
  grounding's "an election for Dec. 15", "until after the Nov. 5 election").
* A weekday fixes the year of a yearless day: among document year -1, 0, +1 the single year where
  the date falls on that weekday wins (basis weekday); otherwise the document-year rule applies, at
  month precision when no candidate year fits the weekday at all, because the text then contradicts
  itself about the day ("Monday October 24" in 2024, a Thursday). The same holds for an explicit
  date: "Thursday October 25, 2024" (a Friday) is October 2024.
  When the document date has a month, only years on the right side of it compete, and dates up to
  SCHEDULED_DAYS_AHEAD days after it: a report is not dated a year after its article ("Friday
  October 24" in a 25 October 2024 article is not 2025), but "The trial begins Monday, Oct. 28"
  there is the coming Monday.
* A weekday alone ("on Thursday", "last Tuesday") needs a day-precise document date: the latest such
  weekday on or before it ("last": strictly before; "next": strictly after; in a forecast, the next
  on or after it). "this Friday" and "Wednesday last week" are that day of the document's calendar
  week (Monday to Sunday), or of the week before or after. Basis relative. "this weekend", "last
  weekend", "next weekend" are the Saturday of that calendar week's weekend (or the one before or
  after), approx, except that "this weekend" outside a forecast is the nearer one (on a Monday or
  Tuesday, the one just past); "over the weekend" and "this past weekend" the latest weekend begun before the
  document's day (the coming one in a forecast, and "the coming weekend").
* A month with its year named relatively: "March last year", "Oct. 24 last year", "next March" (the
  first March after the document's month), "last October" (the last October before it; undated when
  the document's month is unknown). Basis relative.
* Relative phrases are computed from the document date at the precision it supports: "yesterday" is a
  day only with a day-precise document date, otherwise the document's own period with modifier approx
  (no modifier when the phrase cannot leave that period, e.g. "today", "this year"). "last week" and
  "N weeks ago" are days with modifier approx; "recently" / "in recent months" / "in the past month"
  (the last thirty days, not the previous calendar month) -> the document date with modifier before;
  "in the coming weeks" / "soon" -> the document date with modifier after. "a decade ago" -> ten years
  before, approx; "a fortnight ago" two weeks. "overnight" -> the document's day, approx. "within
  days/weeks/months" -> the document date with modifier after, in a forecast only. "this summer" ->
  the document's year; "next spring" the year after, once this year's has begun (undated before).
  "the end of the month/year", "year-end", "end-2025", "end-March" -> that part of the period. A count
  reaching before the year 1000 ("2000 years ago") is undated: the year 24 would read as a day.
* Modifiers: early/start/beginning -> start; mid/middle -> mid; late/end of (also "by the end of")
  -> end; around/about/circa/approximately -> approx; before/by/until -> before ("by" is before-or-at;
  we choose before); after/since/from -> after. The value is the named period itself.
* Ranges ("1950-1953", "from 2019 to 2021", "between June and August 2024", "20-22 June 2024") ->
  their start, at the start's precision, modifier after ("from 1950"; not start, which would read
  "early 1950" and narrow the range to its first third); the start borrows a year (and a month)
  written only at the end, the year before when its month comes later ("between December and
  February 2024" starts in December 2023). "2008-09", "2010–12", "2011/12" are ranges of years: a
  two-digit end later in the century than the start is a year, not a month ("2024-06" is June).
* "FY2025", "FY24" -> that year, approx (a fiscal year seldom is the calendar's). A period named by
  its end ("the three months to September", "the year to March", "the quarter ended Sept. 30") -> that
  month or day, modifier before (`closes_a_period`).
* Quarters and halves ("Q3 2024", "H1", "the first half of 2024", "the third quarter of the year",
  "the first six months of last year") are their year: the schema has no quarter, and start/end
  narrow it only where that third holds the period (Q1 and "the first three months" start, Q4 end; a
  half, Q2, Q3 or nine months the plain year). "Q3" without a year is the last one begun by the
  document's month (the next in a forecast); "in the third quarter" without a year is undated, a
  game's as well as a company's.
* Anything without a year that nothing justifies, vague spans ("in decades", "for months", "the
  1990s") and empty input -> value None, precision unknown, basis none. `text` is always the input.
* dateparser is only a fallback for explicit dates with a 4-digit year our rules miss; its precision is
  capped by what the text contains (day needs a month name and a day number; month a month name).

`date_bounds` semantics: start/mid/end take the first/middle/last third of a year (Jan-Apr, May-Aug,
Sep-Dec) or month (1-10, 11-20, 21-end); approx widens by 7 days (day), 31 days (month) or 183 days
(year); before/after include the named period (by-semantics) and open 730 days beyond it.

Chronological order (`chronological_key`): dated events first, by the earliest day of their period,
where start/mid/end move that day to the start of the third they name ("end of 2024" sorts at
2024-09-01, after "2024-06"); at an equal day the coarser period comes first (2024 < 2024-06 <
2024-06-19) because the broader event is context for the narrower; then before < approx < plain
< after; undated events last, in their original order (the sort is stable).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Final, NamedTuple

from timeline.models import DateBasis, DocumentDate, DocumentDateSource, EventDate, Modifier, Precision

__all__ = [
    "MONTH_NAME",
    "WEEKDAY_NAME",
    "chronological_key",
    "closes_a_period",
    "date_bounds",
    "date_from_the_build",
    "dateline_length",
    "dates_compatible",
    "day_of_the_month",
    "estimate_document_date",
    "expression_in_text",
    "find_date_expressions",
    "find_day_offsets",
    "find_days_of_the_month",
    "is_date_line",
    "normalize_date",
    "offset_day",
    "parse_document_date",
    "shift_month",
    "weekday_days_without_year",
]

# --- normalisation patterns (applied to a lower-cased, comma-free, single-spaced expression) --------

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?P<wd>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
_MONTHS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_ISO_DAY = re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")
_ISO_MONTH = re.compile(r"(?P<y>\d{4})[-/](?P<m>0[1-9]|1[0-2])")
_MDY = re.compile(rf"(?:{_WEEKDAY} )?{_MONTH} (?P<d>\d{{1,2}}) (?P<y>\d{{4}})")
_DMY = re.compile(rf"(?:{_WEEKDAY} )?(?:the )?(?P<d>\d{{1,2}}) (?:of )?{_MONTH} (?P<y>\d{{4}})")
_MY = re.compile(rf"{_MONTH} (?:of )?(?P<y>\d{{4}})")
_Y = re.compile(r"(?:(?:spring|summer|autumn|fall|winter) (?:of )?)?(?P<y>\d{4})")
_MD = re.compile(rf"(?:{_WEEKDAY} )?{_MONTH} (?:the )?(?P<d>\d{{1,2}})")
_DM = re.compile(rf"(?:{_WEEKDAY} )?(?:the )?(?P<d>\d{{1,2}}) (?:of )?{_MONTH}")
_M = re.compile(_MONTH)
_WEEKDAY_ALONE = re.compile(
    rf"(?:(?P<rel>last|this past|past|previous|next|this) )?{_WEEKDAY}(?: (?P<week>last|next|this) week)?"
)
# "last October", "next March", "March last year", "Oct 24 last year"
_MONTH_OF_NAMED_YEAR = re.compile(
    rf"(?:(?P<rel>last|next|this) )?{_MONTH}(?: (?:the )?(?P<d>\d{{1,2}}))?"
    r"(?: (?P<year>last|next|this) year)?"
)
_RANGE = re.compile(
    r"(?:from |between )?(?P<a>.+?)\s*(?:-|\bto\b|\band\b|\bthrough\b|\buntil\b|\btill\b)\s*(?P<b>.+)"
)
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")

# A period named by its last month or day, as business reports figures: "in the three months to
# September", "the year to March", "the quarter ended Sept. 30". Read before that month or day: the
# month itself was the figure's date, though the period only ends in it.
_PERIOD_TO = (
    r"(?:the\s+)?(?:(?:three|six|nine|twelve|\d{1,2})\s+months|year|quarter|half[-\s]year|period)"
    r"\s+(?:to|ended|ending)"
)
_CLOSES_A_PERIOD = re.compile(rf"(?i){_PERIOD_TO}\s")


def closes_a_period(expression: str) -> bool:
    """Whether the date expression names a period by its end ("the quarter ended Sept. 30"): it dates a
    figure, not what the sentence tells of it ("will post results for the quarter ended Sept. 30 on
    Nov. 7" is 7 November)."""
    return _CLOSES_A_PERIOD.match(expression) is not None


# Leading words, tried repeatedly; the first modifier found (the outermost) is kept. "end of" phrases
# come first so that "by the end of 2024" is end, not before.
_PREFIXES: Final[tuple[tuple[re.Pattern[str], Modifier | None], ...]] = (
    (
        # business writes "by end-2025", "at end-March" for the end of that year or month
        re.compile(
            r"(?:(?:by|before|until|till|at|towards?|near|around) )?(?:(?:the )?(?:very )?end of |end-)"
        ),
        Modifier.end,
    ),
    (re.compile(r"(?:at )?(?:the )?(?:start|beginning|outset) of "), Modifier.start),
    (re.compile(r"(?:the )?middle of |mid-|mid "), Modifier.mid),
    (re.compile(r"early[ -]"), Modifier.start),
    (re.compile(r"late[ -]"), Modifier.end),
    (re.compile(r"(?:around|about|circa|ca|c|approximately|roughly|some ?time around) "), Modifier.approx),
    (re.compile(rf"{_PERIOD_TO} "), Modifier.before),
    # "runs through Jan. 5", "no later than Nov. 8": deadlines ("than" alone made a comparison of it)
    (
        re.compile(r"(?:by|before|until|till|through|prior to|(?:no|not) later than|up to|ahead of) "),
        Modifier.before,
    ),
    # "starting Nov. 1", "effective Nov. 1": in force from that day on, as "from Nov. 1"
    (re.compile(r"(?:after|since|following|from|starting|beginning|effective) "), Modifier.after),
    (re.compile(r"(?:in|on|at|during|of|the|some ?time in|some ?time) "), None),
)

_NUMBERS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_VAGUE_COUNT = r"a few|few|several|many|some"
_UNIT = r"(?P<unit>day|week|month|year)"
# (pattern, unit, offset); unit "recent"/"coming" are open-ended phrases around the document date.
_RELATIVE: Final[tuple[tuple[re.Pattern[str], str, int], ...]] = (
    (re.compile(r"today|tonight|this (?:morning|afternoon|evening)"), "day", 0),
    (re.compile(r"yesterday(?: (?:morning|afternoon|evening))?|last night"), "day", -1),
    (re.compile(r"(?:the )?day before yesterday"), "day", -2),
    (re.compile(r"tomorrow"), "day", 1),
    (re.compile(r"(?:the )?day after tomorrow"), "day", 2),
    (re.compile(rf"(?:last|previous) {_UNIT}"), "", -1),
    (re.compile(rf"(?:(?:this|earlier this|later this|current) )?{_UNIT}"), "", 0),  # "(end of the) year"
    (re.compile(rf"(?:next|coming) {_UNIT}"), "", 1),
    (re.compile(rf"(?P<n>\d+|{'|'.join(_NUMBERS)}) {_UNIT}s? ago"), "", -1),
    (re.compile(rf"(?P<n>\d+|{'|'.join(_NUMBERS)}) fortnights? ago"), "fortnight", -1),  # two weeks each
    (re.compile(rf"(?P<n>\d+|{'|'.join(_NUMBERS)}) (?P<unit>decade|century|centurie)s? ago"), "", -1),
    (
        re.compile(
            rf"recently|lately|(?:{_VAGUE_COUNT}) (?:day|week|month|year)s? ago"
            rf"|(?:the )?(?:this )?past {_UNIT}"  # the last thirty days, not last calendar month
            r"|(?:recent|(?:past|last)(?: few| several)?) (?:days|weeks|months|years)"
        ),
        "recent",
        0,
    ),
    (
        re.compile(r"soon|near future|(?:coming|next)(?: few| several)? (?:days|weeks|months|years)"),
        "coming",
        0,
    ),
    # "would rule within weeks": from now on, but only in what is to come ("Within weeks the rebels
    # had taken the capital" counts from an event the sentence does not date)
    (re.compile(r"within (?:(?:a few|several|the next|the coming) )?(?:days|weeks|months)"), "within", 0),
    # the night before the article's day, which news calls "overnight" ("fired 60 drones overnight")
    (re.compile(r"overnight"), "night", 0),
)

_PRECISION_BY_LENGTH: Final = {4: Precision.year, 7: Precision.month, 10: Precision.day}


class _Hit(NamedTuple):
    value: str
    precision: Precision
    basis: DateBasis
    modifier: Modifier | None = None


_DocParts = tuple[int, int | None, int | None]  # year, month, day of the document date


# --- small helpers ---------------------------------------------------------------------------------


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def _precision_of(value: str) -> Precision:
    return _PRECISION_BY_LENGTH[len(value)]


def _valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return _MONTHS.index(name[:3]) + 1


def _parts(value: str) -> _DocParts:
    pieces = [int(p) for p in value.split("-")]
    return pieces[0], pieces[1] if len(pieces) > 1 else None, pieces[2] if len(pieces) > 2 else None


def _doc_parts(document_date: DocumentDate | None) -> _DocParts | None:
    if document_date is None or document_date.value is None:
        return None
    return _parts(document_date.value)


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) `months` after (before, when negative) the given one."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _clean(expression: str) -> str:
    """Lower-case, straighten dashes, drop brackets, commas, ordinals and abbreviation dots."""
    s = expression.lower().replace("–", "-").replace("—", "-").replace("’", "'")
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)  # "1,000 days ago"
    s = re.sub(r"[()\[\]\"“”,;:!?]", " ", s)
    s = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"\.(?!\d)", " ", s)  # "Oct." and trailing full stops, not "2024.10.25"
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\byear[- ]end\b", "end of the year", s)  # business's "by year-end"
    return re.sub(r"\s+", " ", s).strip(" '-")


def _strip_prefixes(s: str) -> tuple[str, Modifier | None]:
    modifier: Modifier | None = None
    changed = True
    while changed:
        changed = False
        for pattern, mod in _PREFIXES:
            m = pattern.match(s)
            if m and m.end() < len(s):
                s, changed = s[m.end() :], True
                modifier = modifier or mod
                break
    return s, modifier


# --- explicit dates written in other languages -----------------------------------------------------------
# The months of French, German, Spanish, Italian, Portuguese, Russian and Ukrainian as a date writes them
# (Russian and Ukrainian decline them: "24 октября", "в июле", "у квітні"). Names the English rules read
# ("April", "August", "September", "November") are theirs and left out.
_FOREIGN_MONTH_NAMES: Final = (
    "janvier enero gennaio janeiro januar jänner январь января январе січень січня січні",
    "février fevrier febrero febbraio fevereiro februar февраль февраля феврале лютий лютого лютому",
    "mars marzo março märz март марта марте березень березня березні",
    "avril aprile апрель апреля апреле квітень квітня квітні",
    "mai mayo maggio maio май мая мае травень травня травні",
    "juin junio giugno junho juni июнь июня июне червень червня червні",
    "juillet julio luglio julho juli июль июля июле липень липня липні",
    "août aout agosto август августа августе серпень серпня серпні",
    "septembre septiembre setiembre settembre setembro сентябрь сентября сентябре вересень вересня вересні",
    "octobre octubre ottobre outubro oktober октябрь октября октябре жовтень жовтня жовтні",
    "novembre noviembre novembro ноябрь ноября ноябре листопад листопада листопаді",
    "décembre decembre diciembre dicembre dezembro dezember декабрь декабря декабре грудень грудня грудні",
)
_FOREIGN_MONTH: Final = {name: n for n, names in enumerate(_FOREIGN_MONTH_NAMES, 1) for name in names.split()}
_FM = "|".join(sorted(_FOREIGN_MONTH, key=len, reverse=True))
# A month and year alone only where the name is no English word: "Mars 2020" is NASA's rover, "mayo" a
# sauce ("en mars 2023" stays undated, as a month the English rules cannot read).
_FM_NOT_ENGLISH = "|".join(sorted(set(_FOREIGN_MONTH) - {"mars", "mayo"}, key=len, reverse=True))
_FOREIGN_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er|º|°|ª|\.)?"  # "1er janvier", "1º de mayo", "3. März"
_FOREIGN_OF = r"(?:\s+(?:de|del)\s+|\s+)"  # "12 de febrero de 2024"
# Chinese, Japanese and Korean: "2024年10月24日", "2024년 12월 10일", with the year, so nothing is guessed.
_CJK_DATE = r"(?<!\d)\d{4}\s*[年년]\s*(?:1[0-2]|0?[1-9])\s*[月월](?:\s*(?:[12]\d|3[01]|0?[1-9])\s*[日일])?"
_FOREIGN_DMY = re.compile(
    rf"(?P<d>\d{{1,2}})(?:er|º|°|ª)?\s+(?:de\s+)?(?P<month>{_FM}){_FOREIGN_OF}(?P<y>\d{{4}})"
)
_FOREIGN_MY = re.compile(rf"(?P<month>{_FM_NOT_ENGLISH}){_FOREIGN_OF}(?P<y>\d{{4}})")
_CJK = re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월](?:\s*(?P<d>\d{1,2})\s*[日일])?")


def _foreign(core: str) -> _Hit | None:
    """An explicit date written in another language ("24 octobre 2024", "3 märz 2025" as `_clean` leaves
    "3. März 2025", "2024년 12월 10일"): it names its year, so the document date never touches it."""
    if m := _CJK.fullmatch(core):
        year, month = int(m["y"]), int(m["m"])
        if m["d"] is None:
            return _Hit(_fmt(year, month), Precision.month, DateBasis.explicit) if 1 <= month <= 12 else None
        day = _valid_day(year, month, int(m["d"])) if 1 <= month <= 12 else None
        return _Hit(day.isoformat(), Precision.day, DateBasis.explicit) if day else None
    if m := _FOREIGN_DMY.fullmatch(core):
        day = _valid_day(int(m["y"]), _FOREIGN_MONTH[m["month"]], int(m["d"]))
        return _Hit(day.isoformat(), Precision.day, DateBasis.explicit) if day else None
    if m := _FOREIGN_MY.fullmatch(core):
        return _Hit(_fmt(int(m["y"]), _FOREIGN_MONTH[m["month"]]), Precision.month, DateBasis.explicit)
    return None


# --- the rules ---------------------------------------------------------------------------------------


# "FY2025", "FY 2025", "FY24" (as `_clean` leaves them)
_FISCAL_YEAR = re.compile(r"fy ?(?P<y>\d{4}|\d\d)")


def _explicit(core: str) -> _Hit | None:
    """Dates that name their year: never touched by the document date."""
    if (foreign := _foreign(core)) is not None:
        return foreign
    if m := _FISCAL_YEAR.fullmatch(core):
        # about that calendar year, as "fiscal 2025" is: a company's year seldom is the calendar's
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        return _Hit(_fmt(year), Precision.year, DateBasis.explicit, Modifier.approx)
    for pattern in (_ISO_DAY, _MDY, _DMY):
        m = pattern.fullmatch(core)
        if m:
            month = int(m["m"]) if "m" in pattern.groupindex else _month_number(m["month"])
            day = _valid_day(int(m["y"]), month, int(m["d"]))
            if (
                day
                and "wd" in pattern.groupindex
                and m["wd"]
                and day.weekday() != _WEEKDAYS.index(m["wd"][:3])
            ):
                # "Thursday October 25, 2024" (a Friday): the text contradicts itself about the day
                return _Hit(_fmt(day.year, day.month), Precision.month, DateBasis.explicit)
            return _Hit(day.isoformat(), Precision.day, DateBasis.explicit) if day else None
    m = _ISO_MONTH.fullmatch(core) or _MY.fullmatch(core)
    if m:
        month = int(m["m"]) if "m" in m.re.groupindex else _month_number(m["month"])
        return _Hit(_fmt(int(m["y"]), month), Precision.month, DateBasis.explicit)
    m = _Y.fullmatch(core)
    return _Hit(m["y"], Precision.year, DateBasis.explicit) if m else None


def _side_of_document(year: int, month: int, day: int | None, doc: _DocParts) -> int:
    """-1, 0 or 1: the date before, within or after the document date, at the precision both have."""
    written = (year, month, day if day is not None and doc[2] is not None else 0)
    document = (doc[0], doc[1] or month, doc[2] if day is not None and doc[2] is not None else 0)
    return (written > document) - (written < document)


def _year_from_document(
    month: int, day: int | None, doc: _DocParts, forward: bool, set_ahead: bool = False
) -> int:
    """The document's year, or the year before (after, when `forward`) when the date would fall on
    the wrong side of the document date. `set_ahead`: the date is a deadline or the start of a range
    of days ("adjourned until Oct. 31", "runs Nov. 19-24"), set for a day to come when it falls
    within SCHEDULED_DAYS_AHEAD days after the document."""
    year, doc_month, _ = doc
    if doc_month is None:
        return year
    side = _side_of_document(year, month, day, doc)
    if forward:
        return year + 1 if side < 0 else year
    soon = day is not None and _days_ahead(year, month, day, doc) <= SCHEDULED_DAYS_AHEAD
    if side > 0 and set_ahead and soon:
        return year
    return year - 1 if side > 0 else year


# A weekday that fits a date up to this many days after the article is that date even outside a
# forecast: "The trial begins Monday, Oct. 28" (a 25 October 2024 article) is the coming Monday, not
# October 2023; a year ahead ("Friday October 24" there, a Friday in 2025) stays excluded.
SCHEDULED_DAYS_AHEAD = 60


def _days_ahead(year: int, month: int, day: int, doc: _DocParts) -> int:
    """Days from the document's first possible day to the date (large when either is invalid)."""
    written = _valid_day(year, month, day)
    if written is None or doc[1] is None:
        return 10**6
    return (written - dt.date(doc[0], doc[1], doc[2] or 1)).days


def _year_from_weekday(month: int, day: int, weekday: int, doc: _DocParts, forward: bool) -> int | None:
    years = [doc[0] - 1, doc[0], doc[0] + 1]
    if doc[1] is not None:  # the document's month is known: only the right side of it competes
        years = [
            y
            for y in years
            if _side_of_document(y, month, day, doc) * (1 if forward else -1) >= 0
            or (not forward and _days_ahead(y, month, day, doc) <= SCHEDULED_DAYS_AHEAD)
        ]
    fits = [y for y in years if (d := _valid_day(y, month, day)) is not None and d.weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


def _yearless(core: str, doc: _DocParts | None, forward: bool, set_ahead: bool = False) -> _Hit | None:
    m = _MD.fullmatch(core) or _DM.fullmatch(core)
    if m:
        if doc is None:
            return None  # nothing justifies a year
        month, day = _month_number(m["month"]), int(m["d"])
        weekday = _WEEKDAYS.index(m["wd"][:3]) if m["wd"] else None
        year = _year_from_weekday(month, day, weekday, doc, forward) if weekday is not None else None
        basis = DateBasis.weekday if year is not None else DateBasis.document_date
        if weekday is not None and year is None:
            # No year near the document puts that day on that weekday: the text contradicts itself
            # about the day, so only the month is certain.
            year = _year_from_document(month, day, doc, forward)
            return _Hit(_fmt(year, month), Precision.month, basis) if _valid_day(year, month, day) else None
        year = year if year is not None else _year_from_document(month, day, doc, forward, set_ahead)
        date = _valid_day(year, month, day)
        return _Hit(date.isoformat(), Precision.day, basis) if date else None
    m = _M.fullmatch(core)
    if m and doc is not None:
        month = _month_number(m["month"])
        return _Hit(
            _fmt(_year_from_document(month, None, doc, forward), month),
            Precision.month,
            DateBasis.document_date,
        )
    return None


def _shifted(unit: str, offset: int, doc: _DocParts, doc_value: str) -> _Hit:
    """The period `offset` units from the document date, at the precision the document supports."""
    year, month, day = doc
    if unit in ("day", "week") and day is not None and month is not None:
        step = dt.timedelta(days=offset * (7 if unit == "week" else 1))
        approx = Modifier.approx if unit == "week" else None  # "last week" is not one particular day
        return _Hit((dt.date(year, month, day) + step).isoformat(), Precision.day, DateBasis.relative, approx)
    if unit == "month" and month is not None:
        return _Hit(_fmt(*shift_month(year, month, offset)), Precision.month, DateBasis.relative)
    if unit == "year":
        return _Hit(_fmt(year + offset), Precision.year, DateBasis.relative)
    # The document is coarser than the phrase: keep its period; approx when the phrase may leave it.
    stays_inside = offset == 0 and unit != "week"
    modifier = None if stays_inside else Modifier.approx
    return _Hit(doc_value, _precision_of(doc_value), DateBasis.relative, modifier)


_MAX_DAYS_BACK = 365_000  # beyond this, day arithmetic leaves the calendar ("10000000 days ago")


def _plausible_year(value: str) -> bool:
    """Relative dates reach no earlier than the year 1000: "3000 years ago" in 2024 is not year -976,
    and "2000 years ago" is not the year 24, which a reader would take for a day."""
    return not value.startswith("-") and int(value[:4]) >= 1000


def _relative(core: str, doc: _DocParts | None, doc_value: str | None, forward: bool) -> _Hit | None:
    for pattern, unit, offset in _RELATIVE:
        m = pattern.fullmatch(core)
        if not m:
            continue
        if doc is None or doc_value is None or (unit == "within" and not forward):
            return None
        if unit == "night":  # which of the two days it spans is not said: about the article's day
            return _shifted("day", 0, doc, doc_value)._replace(modifier=Modifier.approx)
        if unit in ("recent", "coming", "within"):
            modifier = Modifier.before if unit == "recent" else Modifier.after  # "within": from now
            return _Hit(doc_value, _precision_of(doc_value), DateBasis.relative, modifier)
        if "n" in pattern.groupindex:
            count = m["n"]
            offset = -(int(count) if count.isdigit() else _NUMBERS[count])
            if offset == 0:
                return None  # "0 years ago" dates nothing
            if unit == "fortnight":
                unit, offset = "week", 2 * offset
        unit = unit or m["unit"]
        if unit in ("decade", "century", "centurie"):  # "a decade ago": about ten years before
            years = offset * (10 if unit == "decade" else 100)
            hit = _shifted("year", years, (doc[0], None, None), doc_value)
            return hit._replace(modifier=Modifier.approx) if _plausible_year(hit.value) else None
        if unit in ("day", "week") and abs(offset) > _MAX_DAYS_BACK:
            return None  # "100000 days ago" is not a date a news report can mean (and overflows)
        hit = _shifted(unit, offset, doc, doc_value)
        return hit if _plausible_year(hit.value) else None
    return None


def _weekday_alone(core: str, doc: _DocParts | None, forward: bool) -> _Hit | None:
    m = _WEEKDAY_ALONE.fullmatch(core)
    if not m or doc is None or doc[1] is None or doc[2] is None:
        return None
    anchor = dt.date(doc[0], doc[1], doc[2])
    weekday = _WEEKDAYS.index(m["wd"][:3])
    if m["week"] or m["rel"] == "this":
        # "Wednesday last week", "this Friday": that day of a calendar week (Monday to Sunday)
        weeks = {"last": -1, "next": 1}.get(m["week"] or "", 0)
        days = weeks * 7 + weekday - anchor.weekday()
    elif m["rel"] == "next" or (forward and m["rel"] is None):
        # "next Monday"; a forecast's "on Monday" is the coming one, possibly the article's own day
        days = (weekday - anchor.weekday()) % 7 or (7 if m["rel"] == "next" else 0)
    else:
        back = (anchor.weekday() - weekday) % 7
        days = -(back or 7) if m["rel"] in ("last", "past", "previous", "this past") else -back
    return _Hit((anchor + dt.timedelta(days=days)).isoformat(), Precision.day, DateBasis.relative)


_WEEKEND = re.compile(
    r"(?:over )?(?:the )?(?:(?P<rel>last|this past|past|previous|next|this|coming) )?weekend"
)


_NUMERIC = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})")
_NUMERIC_IN_TEXT = re.compile(rf"(?<![\d/]){_NUMERIC.pattern}(?![\d/])")


class NumericOrder(str, Enum):
    """Which comes first in a date written in figures: the day (British, "20/1/2025") or the month
    (American, "1/20/2025")."""

    day_first = "day_first"
    month_first = "month_first"


def numeric_order(texts: Iterable[str]) -> NumericOrder | None:
    """The order a document writes its dates in figures, as a reader learns it from one that can be read
    only one way ("20/1/2025": a day first, there being no 20th month); None when none or both orders
    are shown. The document's other such dates are read in that order ("4/2/2025" is then 4 February)."""
    orders = set()
    for text in texts:
        for m in _NUMERIC_IN_TEXT.finditer(text):
            a, b = int(m["a"]), int(m["b"])
            if a > 12 >= b:
                orders.add(NumericOrder.day_first)
            elif b > 12 >= a:
                orders.add(NumericOrder.month_first)
    return orders.pop() if len(orders) == 1 else None


def _numeric(core: str, order: NumericOrder | None) -> _Hit | None:
    """A date in figures (`_F_NUMERIC`): the day it names when only one order reads it as a date, or
    the two orders give the same day, or the document's `order` says which; else its year alone (a
    reader cannot tell 4 February from 2 April)."""
    m = _NUMERIC.fullmatch(core)
    if not m:
        return None
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    day_first = _valid_day(year, b, a) if b <= 12 else None
    month_first = _valid_day(year, a, b) if a <= 12 else None
    if day_first and month_first and day_first != month_first:
        if order is None:
            return _Hit(_fmt(year), Precision.year, DateBasis.explicit)
        day_first = day_first if order is NumericOrder.day_first else month_first
    date = day_first or month_first
    return _Hit(date.isoformat(), Precision.day, DateBasis.explicit) if date else None


def _weekend(core: str, doc: _DocParts | None, forward: bool) -> _Hit | None:
    """ "over the weekend", "this past weekend": the last one before the article ("over the weekend"
    in a forecast: the coming one); "this weekend": that of the article's calendar week; "last" /
    "next weekend": the week before or after.
    Its Saturday, about: a weekend is two days, and what happened "over the weekend" may be Sunday's."""
    m = _WEEKEND.fullmatch(core)
    if not m or doc is None or doc[1] is None or doc[2] is None:
        return None
    anchor = dt.date(doc[0], doc[1], doc[2])
    saturday_of_the_week = anchor + dt.timedelta(days=5 - anchor.weekday())  # weeks run Monday to Sunday
    if m["rel"] == "this":
        # the nearer weekend: on a Monday or Tuesday "killed 16 people this weekend" is the one just
        # past; from Wednesday on, or in a forecast, the coming one
        just_past = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        nearer_past = (anchor - just_past) < (saturday_of_the_week - anchor)
        saturday = just_past if nearer_past and not forward else saturday_of_the_week
    elif m["rel"] == "next":
        saturday = saturday_of_the_week + dt.timedelta(days=7)
    elif m["rel"] in ("last", "previous"):
        saturday = saturday_of_the_week - dt.timedelta(days=7)
    elif (forward and m["rel"] is None) or m["rel"] == "coming":
        saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
    else:
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7 or 7)
    return _Hit(saturday.isoformat(), Precision.day, DateBasis.relative, Modifier.approx)


def _month_of_named_year(core: str, doc: _DocParts | None) -> _Hit | None:
    """ "March last year" (the month of the year named), "last October" (the latest October before
    the document's month; unknown when that month is), "next March", "this October"."""
    m = _MONTH_OF_NAMED_YEAR.fullmatch(core)
    if not m or doc is None or bool(m["rel"]) == bool(m["year"]) or (m["d"] and not m["year"]):
        return None
    month = _month_number(m["month"])
    if m["year"]:
        year = doc[0] + {"last": -1, "this": 0, "next": 1}[m["year"]]
    elif m["rel"] == "this":
        year = doc[0]
    elif doc[1] is None:
        return None  # "last October" in a 2024 article: October 2023, or 2024 when written in December
    elif m["rel"] == "last":
        year = doc[0] if month < doc[1] else doc[0] - 1
    else:
        year = doc[0] if month > doc[1] else doc[0] + 1
    if m["d"]:
        date = _valid_day(year, month, int(m["d"]))
        return _Hit(date.isoformat(), Precision.day, DateBasis.relative) if date else None
    return _Hit(_fmt(year, month), Precision.month, DateBasis.relative)


# The month each season of the northern year starts in. Winter straddles two years and has no year.
_SEASON_STARTS: Final = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
_SEASON = re.compile(rf"(?P<rel>this|next) (?P<season>{'|'.join(_SEASON_STARTS)})")


def _season(core: str, doc: _DocParts | None) -> _Hit | None:
    """ "this summer": the article's year; "next spring": the year after, once this year's has begun
    (in a March article "next summer" may be this June or next year's, so it dates nothing)."""
    m = _SEASON.fullmatch(core)
    if m is None or doc is None:
        return None
    if m["rel"] == "this":
        return _Hit(_fmt(doc[0]), Precision.year, DateBasis.relative)
    if doc[1] is None or doc[1] < _SEASON_STARTS[m["season"]]:
        return None
    return _Hit(_fmt(doc[0] + 1), Precision.year, DateBasis.relative)


# Quarters and halves of a year: "Q3 2024", "H1", "the first half of 2024", "the third quarter of the
# year", "the first six months of the year". The schema holds no quarter: each is its year, narrowed
# by start/end only where the third that names fits it (Q1, Jan-Mar, lies in the start's Jan-Apr; Q4,
# Oct-Dec, in the end's Sep-Dec). A half or Q2/Q3 straddles two thirds: the plain year, which holds it.
_PART_OF_YEAR = re.compile(
    r"(?:(?P<q>q[1-4])|(?P<h>h[12])|(?P<ord>first|second|third|fourth|final|last) (?P<unit>quarter|half)"
    r"|first (?P<months>three|six|nine) months)"
    r"(?: (?:of )?(?P<fiscal>fiscal )?(?P<y>\d{4})| of (?:the |this )?(?P<rel>last |next )?year)?"
)
_QUARTER_OF: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def _part_of_year(core: str, doc: _DocParts | None, forward: bool) -> _Hit | None:
    m = _PART_OF_YEAR.fullmatch(core)
    if m is None:
        return None
    if m["q"] or m["h"]:
        quarter = int(m["q"][1]) if m["q"] else (1 if m["h"] == "h1" else 3)
        half = m["h"] is not None
    elif m["months"]:
        quarter, half = 1, m["months"] != "three"
    else:
        half = m["unit"] == "half"
        if half and m["ord"] not in ("first", "second"):
            return None
        quarter = _QUARTER_OF[m["ord"]] if not half else (1 if m["ord"] == "first" else 3)
    if m["y"] is not None:
        year, basis = int(m["y"]), DateBasis.explicit
    elif doc is None:
        return None  # nothing justifies a year
    elif m["rel"] is not None or core.endswith("year"):
        year, basis = doc[0] + {"last ": -1, "next ": 1}.get(m["rel"] or "", 0), DateBasis.relative
    elif m["q"] or m["h"]:  # "Q3", "H1": the last such period begun before the article (or the next)
        year, basis = _year_from_document(3 * quarter - 2, None, doc, forward), DateBasis.document_date
    else:
        return None  # "in the third quarter" alone is also a game's ("scored in the third quarter")
    if m["fiscal"] is not None:
        # a fiscal year's quarter is about that year, as "fiscal 2025" is (grounding's `_FISCAL_BEFORE`),
        # and not its calendar quarter: "Q1 of fiscal 2025" is April to June 2024 at Apple
        return _Hit(_fmt(year), Precision.year, basis, Modifier.approx)
    whole = m["months"] == "nine" or half
    modifier = None if whole else {1: Modifier.start, 4: Modifier.end}.get(quarter)
    return _Hit(_fmt(year), Precision.year, basis, modifier)


def _single(
    core: str, doc: _DocParts | None, doc_value: str | None, forward: bool = False, set_ahead: bool = False
) -> _Hit | None:
    return (
        _explicit(core)
        or _part_of_year(core, doc, forward)
        or _yearless(core, doc, forward, set_ahead)
        or _relative(core, doc, doc_value, forward)
        or _season(core, doc)
        or _weekday_alone(core, doc, forward)
        or _weekend(core, doc, forward)
        or _month_of_named_year(core, doc)
    )


def _range_start(core: str, doc: _DocParts | None, doc_value: str | None, forward: bool) -> _Hit | None:
    m = _RANGE.fullmatch(core)
    if not m:
        return None
    start, end = m["a"].strip(), m["b"].strip()
    # The end must itself look like a date, a day ("June 20-22 2024") or a short year ("1950-53").
    end_hit = _single(end, doc, doc_value, forward)
    if not (end_hit or re.fullmatch(r"\d{1,2}(?: \d{4})?", end)):
        return None
    if re.fullmatch(r"\d{1,2}", start) and (
        day_month := re.fullmatch(rf"\d{{1,2}} (?:of )?({_MONTH}.*)", end)
    ):
        start = f"{start} {day_month[1]}"  # "20-22 june 2024": the start's month and year are the end's
    year = re.search(r"(?<!\d)(\d{4})$", end)
    if year and not _FOUR_DIGITS.search(start):
        borrowed = int(year[1])
        start_month = re.match(_MONTH, start)
        end_month = _parts(end_hit.value)[1] if end_hit else None
        if start_month and end_month is not None and _month_number(start_month["month"]) > end_month:
            borrowed -= 1  # "between December and February 2024" starts in December 2023
        start = f"{start} {borrowed}"
    hit = _single(start, doc, doc_value, forward, set_ahead=True)  # a range of days lies ahead
    return hit._replace(modifier=Modifier.after) if hit else None


# "2008-09", "2010-12", "2011/12": years written the way seasons, fiscal years and periods are. A
# two-digit end later in the same century than the start is a year; not an ISO month ("2024-06").
_SHORT_YEAR_RANGE = re.compile(r"(?P<y>\d{4})[-/](?P<yy>\d\d)")


def _consecutive_years(core: str) -> _Hit | None:
    m = _SHORT_YEAR_RANGE.fullmatch(core)
    if m is None or not int(m["y"]) % 100 < int(m["yy"]):
        return None
    return _Hit(m["y"], Precision.year, DateBasis.explicit, Modifier.after)


def _dateparser_fallback(core: str) -> _Hit | None:
    """Explicit dates in forms our rules miss. Only runs when a year is written, and its precision is
    capped by the text, because dateparser fills missing parts from its base date."""
    years = _FOUR_DIGITS.findall(core)
    if len(years) != 1:
        return None
    from dateparser.date import DateDataParser  # slow import, rarely needed

    settings = {
        "RELATIVE_BASE": dt.datetime(int(years[0]), 1, 1),  # never the machine's clock
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["year"],
    }
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(core)
    parsed: dt.datetime | None = data.date_obj
    if parsed is None or parsed.year != int(years[0]):
        return None
    has_month = re.search(rf"\b{_MONTH}\b", core) is not None
    has_day = has_month and re.search(r"(?<!\d)\d{1,2}(?!\d)", core) is not None
    if data.period == "day" and has_day:
        return _Hit(parsed.date().isoformat(), Precision.day, DateBasis.explicit)
    if data.period in ("day", "month") and has_month:
        return _Hit(_fmt(parsed.year, parsed.month), Precision.month, DateBasis.explicit)
    return _Hit(_fmt(parsed.year), Precision.year, DateBasis.explicit)


# "from Nov. 19", "starting Nov. 1", "effective Nov. 1": a start set for a day to come ("since" looks back)
_SETS_A_START = re.compile(r"(?:from|starting|beginning|effective) ")


# --- public API --------------------------------------------------------------------------------------


def normalize_date(
    expression: str | None,
    document_date: DocumentDate | None,
    *,
    forward: bool = False,
    set_ahead: bool = False,
    numeric: NumericOrder | None = None,
) -> EventDate:
    """The date an expression supports, relative to the document's date; see the module docstring.
    `forward`: the sentence looks ahead (a forecast), so a yearless date is the next one.
    `set_ahead`: its words set the date for a day to come ("called an election for Dec. 15", "until
    after the Nov. 5 election"), so a day up to SCHEDULED_DAYS_AHEAD days after the document is
    this year's, as a deadline's is. `numeric`: the order the document writes dates in figures
    (`numeric_order`), for one that can be read either way ("4/2/2025")."""
    if expression is None or not expression.strip():
        return EventDate(text=expression)
    core, modifier = _strip_prefixes(_clean(expression))
    doc = _doc_parts(document_date)
    doc_value = document_date.value if document_date else None
    ranged = _consecutive_years(core)  # first: the ISO rule of `_single` would read "2008-09" as a month
    # "until Oct. 31", "by Nov. 8", "from Nov. 19": a deadline or a start a few weeks after the
    # article is this year's, not last year's (it dated "The court adjourned the hearing until Oct. 31"
    # a year back)
    sets_a_start = _SETS_A_START.match(_clean(expression)) is not None
    set_ahead = set_ahead or modifier is Modifier.before or sets_a_start
    hit = ranged or _numeric(core, numeric)
    hit = hit or _single(core, doc, doc_value, forward, set_ahead)
    if hit is None:
        hit = ranged = _range_start(core, doc, doc_value, forward)
    if ranged is not None:
        modifier = Modifier.after  # a range is dated from its start, whatever preceded it
    hit = hit or _dateparser_fallback(core)
    if hit is None:
        return EventDate(text=expression)
    return EventDate(
        value=hit.value,
        precision=hit.precision,
        text=expression,
        modifier=modifier or hit.modifier,
        basis=hit.basis,
    )


# A publication time is read for its day as written: the zone in "2024-10-24T23:30:00-05:00" says where
# the article appeared, and converting it to UTC would date it a day later than its readers saw it.
_ISO_WITH_TIME = re.compile(
    r"\s*(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    r"\s*(?:Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,5})?\s*"
)
# An RSS `pubDate` ("Thu, 24 Oct 2024 10:00:00 +0000"): its day as written, for the same reason.
_RFC2822_DATE = re.compile(
    r"\s*(?:[A-Za-z]{3},\s*)?(\d{1,2}\s+[A-Za-z]{3}\s+\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\S+)?\s*"
)


def parse_document_date(value: str, source: DocumentDateSource) -> DocumentDate:
    """A publication date given by front matter, a manifest or the CLI: an explicit date, nothing else.

    The one reader of publication dates, so a date copied from a manifest to `--published` (or back)
    reads the same. ValueError says why a value is not one.
    """
    timed = _ISO_WITH_TIME.fullmatch(value) or _RFC2822_DATE.fullmatch(value)
    text = timed[1] if timed else value  # messages quote `value`, as the user wrote it
    numeric = re.fullmatch(r"\s*(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?\s*", text)
    if numeric:  # year first: "2024-10-24", "2024/10/24", "2024-10"; a month or day it lacks is refused
        year, month, day = int(numeric[1]), int(numeric[2]), numeric[3]
        if not 1 <= month <= 12 or (day is not None and _valid_day(year, month, int(day)) is None):
            raise ValueError(f"{value!r} is not a real date: use YYYY-MM-DD, YYYY-MM or YYYY")
        text = _fmt(year, month, int(day) if day else None)
    elif re.fullmatch(r"\s*\d{1,2}[-/.]\d{4}\s*", text):
        raise ValueError(f"{value!r}: write a month and year as YYYY-MM")
    if re.search(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", text):
        raise ValueError(f"{value!r}: the order of day and month is ambiguous: use YYYY-MM-DD")
    parsed = normalize_date(text, None)
    if parsed.value is not None and not 1000 <= int(parsed.value[:4]) <= 2999:
        raise ValueError(f"{value!r}: year {parsed.value[:4]} is not a publication year")
    if parsed.value is None or parsed.basis is not DateBasis.explicit or parsed.modifier is not None:
        raise ValueError(
            f"cannot read {value!r} as a document date: use YYYY-MM-DD, YYYY-MM, YYYY or a date such as "
            "'October 25, 2024'"
        )
    return DocumentDate(value=parsed.value, precision=parsed.precision, source=source)


# --- finding expressions in running text (case matters: month and weekday names are capitalised) ----

_F_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_NAME: Final = _F_MONTH_FULL  # a month's name in full, for the rules elsewhere that read dates
WEEKDAY_NAME: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_F_MONTH = rf"(?:{_F_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_F_WEEKDAY = WEEKDAY_NAME
_F_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,]\d)"
# The time zones a clock is written with ("1500 GMT", "10:58 AEDT"), in one place for the year rule
# below and the live pages' stamps (timeline.live): kept twice, the two lists had drifted apart, and
# "at 1500 SGT" was read here as the year 1500.
TIME_ZONE: Final = (
    r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|"
    r"EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT)"
)
_F_YEAR = (
    r"(?<![\d$£€¥₹₩₽₴₺₪¢.,])(?:1[5-9]\d\d|20\d\d)(?!\d|[.,]\d|\s?%)"
    # a clock time ("at 1500 GMT", "1930 local time") is not a year
    rf"(?!\s*(?:{TIME_ZONE}|hrs?)\b|\s+local\s+time)"
)
# A bare 4-digit number followed by a count noun is a quantity, not a year ("2000 troops").
_COUNT_NOUNS = (
    r"troops|soldiers|people|men|women|km|kilometers|kilometres|miles|meters|metres|rounds"
    r"|shells|units|dollars|euros|tons|tonnes|casualties|deaths|times|million|billion"
    r"|days|weeks|months|years|hours|feet|ft|personnel|block"
    # units of weight, score and price: "weighs 2000 kilograms", "scored 1999 points", "at 1850 pence"
    r"|kilograms|kilogrammes|kg|grams|pounds|lbs|points|pence|cents|yards|acres|hectares|barrels"
    r"|guineas"  # "the 2000 Guineas" (a race named for its purse), not the year 2000
)
_F_NOT_COUNT = rf"(?!\s+(?:{_COUNT_NOUNS})\b)"
_F_RANGE_SEP = r"\s*(?:[-–—]|(?i:to|and|until|through))\s*"
_F_PREFIX = (
    r"(?:(?i:(?:(?:by|before|until|till|at|towards?|near)\s+)?the\s+end\s+of|(?:at\s+)?the\s+(?:start|beginning"
    r"|middle)\s+of|(?:start|beginning|middle|end)\s+of|by|before|until|till|through|(?:no|not)\s+later\s+than"
    r"|after|since|from|starting|beginning|effective|in|on|during"
    rf"|around|about|circa|approximately|roughly|prior\s+to|{_PERIOD_TO})\s+)?(?:(?i:early|late|mid)(?:-|\s+)|(?i:end)-)?"
)
_F_RELATIVE = (
    r"(?i:today|tonight|yesterday|tomorrow|lately|recently"
    # read by _RELATIVE but never found: "The storm hit this morning" was undated
    r"|this\s+(?:morning|afternoon|evening)|(?<!the\s)last\s+night(?!\s+of\b)"  # not "the last night of"
    # not "in the last week of March", "the last month of 2024": a part of the month or year it names
    # ("the peak had passed in the last week of March" was dated a week before the article)
    r"|(?:last|this|next|past|previous|this\s+past|earlier\s+this|later\s+this)\s+(?:week|month|year)\b"
    rf"(?!\s+of\s+(?:{_F_MONTH_FULL}|{_F_YEAR}))"
    r"|(?:last|this|next|past|this\s+past|previous|coming)\s+weekend|(?:over|at|during|on)\s+the\s+weekend"
    r"|(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)"
    r"|(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few"
    r"|several|an?)\s+(?:day|week|fortnight|month|year|decade|century|centurie)s?\s+ago"
    r"|(?:(?:by|before|until|at|towards?)\s+)?the\s+(?:end|start|beginning|middle)\s+of\s+the\s+(?:week|month|year)"
    r"|in\s+recent\s+(?:days|weeks|months|years)"
    r"|in\s+the\s+(?:coming|next|past|last)\s+(?:few\s+|several\s+)?(?:days|weeks|months|years)"
    r"|in\s+the\s+near\s+future"
    # not "within weeks of the coup", counted from another event
    r"|within\s+(?:(?:a\s+few|several|the\s+next|the\s+coming)\s+)?(?:days|weeks|months)(?!\s+of\b)"
    # "fired 60 drones overnight, ...": not "the overnight rate", "an overnight stay"
    r"|overnight(?=\s*(?:[.,;:!?)\"”’']|$)|\s+(?:on|in|at|after|as|and|but|to|from|into|when|while|with"
    r"|before|amid|following|despite|near|across|over|by|for|outside)\b)"
    r"|(?:this|next)\s+(?:spring|summer|autumn|fall(?!\s+(?:in|of)\b))"  # not "the next fall in prices"
    r"|(?:by|at|before|until|till|towards?|near)\s+(?:the\s+)?year[-\s]end)"
)
# "on 20/1/2025", "4/2/2025": a day, a month and a year in figures, as British and American papers write
# them in opposite orders (`NumericOrder`; only "2025" was found, so such a day was dated by its year).
_F_NUMERIC = r"(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])/(?:1[5-9]|20)\d\d(?!\d)"
# "on Tues.", "on Thurs.": a weekday some outlets abbreviate, read only after "on" and with its full
# stop ("Sat" and "Sun" are words and names)
_F_SHORT_WEEKDAY = r"(?i:on)\s+(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."
# "from"/"between" ranges are tried before the prefixed forms, which would stop at "from 2019".
# Days too ("between Sept. 1 and Oct. 15", "from 1 September to 15 October"): "between" was left out
# of the expression, so the range read as its first day.
_F_FROM_RANGE = (
    rf"(?i:from|between)\s+(?:{_F_YEAR}{_F_RANGE_SEP}{_F_YEAR}"
    rf"|{_F_MONTH_FULL}{_F_RANGE_SEP}{_F_MONTH_FULL}(?:,?\s+{_F_YEAR})?"
    rf"|{_F_MONTH}\s+{_F_DAY}(?:,?\s+{_F_YEAR})?{_F_RANGE_SEP}{_F_MONTH}\s+{_F_DAY}(?:,?\s+{_F_YEAR})?"
    rf"|{_F_DAY}\s+{_F_MONTH}(?:,?\s+{_F_YEAR})?{_F_RANGE_SEP}{_F_DAY}\s+{_F_MONTH}(?:,?\s+{_F_YEAR})?"
    # one month for both days, written out ("from 3 to 5 September", "between May 12 and 14"): without
    # it only "5 September" was found and the range was dated by its last day
    rf"|{_F_DAY}{_F_RANGE_SEP}{_F_DAY}\s+(?:of\s+)?{_F_MONTH}(?:,?\s+{_F_YEAR})?"
    rf"|{_F_MONTH}\s+{_F_DAY}{_F_RANGE_SEP}{_F_DAY}(?:,?\s+{_F_YEAR})?)"
)
# "Q3 2024", "H1", "the first half of 2024", "the third quarter of the year", "the first six months of
# last year": a written-out quarter or half needs its year ("in the third quarter" alone is also a game's)
_F_PART_OF_YEAR = (
    # "Q3 of fiscal 2024": a fiscal year's quarter is of that year (it was "Q3" of the article's year)
    rf"(?:Q[1-4]|H[12])(?:\s+(?:of\s+)?(?:(?i:fiscal)\s+)?{_F_YEAR})?"
    r"|(?i:(?:the\s+)?(?:(?:first|second|third|fourth|final|last)\s+quarter|(?:first|second)\s+half"
    r"|first\s+(?:three|six|nine)\s+months)\s+of\s+(?:fiscal\s+)?)"
    rf"(?:{_F_YEAR}|(?i:(?:the\s+|this\s+)?(?:(?:last|next)\s+)?year\b))"
)
_F_CORE = "|".join(
    (
        _F_PART_OF_YEAR,
        rf"FY\s?(?:{_F_YEAR}|\d\d(?!\d))",  # "FY2025", "FY 2025", "FY24": a fiscal year
        rf"{_F_MONTH}(?:\s+{_F_DAY})?,?\s+(?i:last|next|this)\s+year",  # "in March last year"
        rf"(?i:last|next|this)\s+{_F_MONTH_FULL}",  # "last October"
        rf"{_F_MONTH_FULL}{_F_RANGE_SEP}{_F_MONTH_FULL}(?:,?\s+{_F_YEAR})?",
        r"\d{4}-\d{2}-\d{2}",
        rf"{_F_YEAR}\s*[-–—]\s*(?:{_F_YEAR}|\d\d(?!\d))",
        rf"{_F_YEAR}/\d\d(?!\d)",  # "the 2011/12 season"
        rf"{_F_WEEKDAY},?\s+{_F_MONTH}\s+{_F_DAY}(?:,?\s+{_F_YEAR})?",
        rf"{_F_WEEKDAY},?\s+(?:the\s+)?{_F_DAY}\s+(?:of\s+)?{_F_MONTH}(?:,?\s+{_F_YEAR})?",
        rf"{_F_MONTH}\s+{_F_DAY}(?:\s*[-–]\s*{_F_DAY})?(?:,?\s+{_F_YEAR})?",
        rf"{_F_DAY}\s*[-–]\s*{_F_DAY}\s+(?:of\s+)?{_F_MONTH}(?:,?\s+{_F_YEAR})?",
        rf"{_F_DAY}\s+(?:of\s+)?{_F_MONTH}(?:,?\s+{_F_YEAR})?",
        rf"{_F_MONTH},?\s+(?:of\s+)?{_F_YEAR}",
        _F_MONTH_FULL,
        _F_NUMERIC,
        rf"{_F_YEAR}{_F_NOT_COUNT}",
        rf"(?:(?i:last|this\s+past|next|this)\s+)?{_F_WEEKDAY}(?:\s+(?i:last|next|this)\s+week)?",
        _F_RELATIVE,
    )
)
# "since the 2022 invasion": a year as an adjective after since/by, the modifier kept
_F_SINCE_THE = rf"(?i:since|after|before|until|by)\s+the\s+{_F_YEAR}{_F_NOT_COUNT}(?!['’]s\b)"
# Not inside a number written with separators: "1,000 days ago" is not "000 days ago".
# Another language's explicit date first: "24 octobre 2024" would otherwise be found as "2024" alone. The
# Chinese, Japanese or Korean one has no word boundary around it ("新华社北京2024年10月24日电").
_F_FOREIGN = (
    rf"(?i:{_FOREIGN_DAY}\s+(?:de\s+)?(?:{_FM}){_FOREIGN_OF}{_F_YEAR}"
    rf"|(?:{_FM_NOT_ENGLISH}){_FOREIGN_OF}{_F_YEAR})"
)
_FIND = re.compile(
    rf"(?<![\w-])(?<!\d[,.])(?:{_F_FOREIGN}|{_F_FROM_RANGE}|{_F_SINCE_THE}|{_F_SHORT_WEEKDAY}"
    rf"|{_F_PREFIX}(?:{_F_CORE}))(?![\w-])"
    rf"|{_CJK_DATE}"
)


# A 4-digit number standing alone (or after "about"), which only its surroundings make a year.
_F_LONE_NUMBER = re.compile(r"(?:(?i:about|around|circa|approximately|roughly)\s+)?\d{4}")
_F_COUNT_AHEAD = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{_COUNT_NOUNS})\b", re.IGNORECASE)
# Capitalised words that may stand before a year ("Spring 2024", "In 2019"); any other makes the
# number part of a name ("Resolution 1718", "Building 1945", "Vision 2030").
_F_BEFORE_A_YEAR = re.compile(
    rf"(?:{_F_MONTH}|{_F_WEEKDAY}|Spring|Summer|Autumn|Fall|Winter|In|By|Since|From|Until|Before"
    r"|After|During|Of|Early|Late|Mid|Around|About|Circa|The|Following|Throughout|Last|This)",
)


# Words after which a following plural noun makes a 4-digit number a year used as an adjective
# ("the 2024 elections", "in 2024 prices rose"); after any other word it is a count ("received 1999
# votes", "nearly 2000 civilians").
_YEAR_ADJECTIVE_AFTER = frozenset(
    "the its his her their our my your this that these those a an in of for since from by during until"
    " till before after through between".split()
)
_NOT_PLURAL_NOUNS = frozenset("was is has as us this its his hers ours theirs yes thus plus bus news".split())
# A lower-case word naming what a number identifies: "flight 1549", "page 2024", "gate 1800".
_IDENTIFIER_WORDS = frozenset(
    "flight flights route bus train room gate page pages article section paragraph chapter exit highway"
    " interstate resolution code number no model version channel platform line unit building apartment"
    " suite seat track lot box".split()
)


_QUANTITY_BEFORE = re.compile(
    r"(?i)\b(?:nearly|almost|about|around|some|over|roughly|approximately|only|just|at least|more than"
    r"|fewer than|less than|up to|an estimated)\s+$"
)
# How far before a number its word of quantity is looked for ("approximately" and its spaces). Every
# lookup here is near the number: one over the text before it, or a copy of the text after it, made a
# long sentence of numbers (a table scraped as one line) quadratic, 28 s for 80,000 characters.
_QUANTITY_REACH = 40
_PLURAL_AFTER = re.compile(r"\s+([a-z]{2,}s)\b")
_NEWS_YEARS = (1990, 2035)  # the years news is mostly about


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([\w.'’]+)\s+$", text[max(start - 40, 0) : start])
    return m[1] if m else ""


def _is_count(text: str, start: int, end: int) -> bool:
    """Whether the number ending at `end` counts something ("1800 passengers", "2000 North Korean
    soldiers") or identifies it ("flight 1549"), rather than naming a year."""
    if _F_COUNT_AHEAD.match(text, end):
        return True
    number_at = re.search(r"\d{4}$", text[start:end])
    before = _word_before(text, start + number_at.start() if number_at else start)
    if before.lower().rstrip(".") in _IDENTIFIER_WORDS:
        return True
    plural = _PLURAL_AFTER.match(text, end)
    if plural is None or plural[1].endswith("ss") or plural[1] in _NOT_PLURAL_NOUNS:
        return False
    # A year of the news ("postponed 2024 elections", "record 2023 profits") is a year, unless a word
    # of quantity stands before it ("nearly 2000 civilians"); another number before a plural noun
    # counts it ("carried 1800 passengers").
    number_start = start + (number_at.start() if number_at else 0)
    if _QUANTITY_BEFORE.search(text, max(0, number_start - _QUANTITY_REACH), number_start):
        return True
    year = int(number_at.group(0)) if number_at else 0
    return not _NEWS_YEARS[0] <= year <= _NEWS_YEARS[1] and before.lower() not in _YEAR_ADJECTIVE_AFTER


def _names_a_year(text: str, start: int, end: int) -> bool:
    """Whether a lone 4-digit number is a year: not a count ("some 2000 North Korean soldiers"), not
    part of a name ("Resolution 1718"), not a decade ("the 1990's")."""
    if _is_count(text, start, end):
        return False
    if text[end : end + 2] in ("'s", "’s") and text[max(start - 4, 0) : start].lower() == "the ":
        return False
    if text[start].isalpha():  # "about 2000": the words before it are this expression's own
        return True
    return not _after_a_name(text, start)


def _after_a_name(text: str, start: int) -> bool:
    """Whether the capitalised word before `start` makes what follows part of a name ("Resolution
    1718", "the Audi Q3"); not a possessive ("Russia's 2022 invasion") nor a word of dates ("In")."""
    word = _word_before(text, start)
    possessive = re.search(r"['’]s$", word) is not None
    return word[:1].isupper() and not possessive and _F_BEFORE_A_YEAR.fullmatch(word) is None


# Capitalised words that may stand before a month or weekday name without making it part of a name
# Capitalised words that continue a date, not a name: "Thursday October 24", "Monday In ..."
_F_DATE_WORD = re.compile(
    rf"(?:{_F_MONTH}|{_F_WEEKDAY}|On|In|By|Since|From|Until|Till|Before|After|During|Through|Between|Of"
    r"|Last|Next|This|Past|Early|Late|Mid|Every|Each|And|Or|Around|About|Circa)",
)
_F_NAME_WORD = re.compile(r"\s+([A-Z][\w'’-]*)")
_F_BARE_NAME = re.compile(rf"(?:{_F_WEEKDAY}|{_F_MONTH_FULL})(?:\s+{_F_DAY})?")


_OPENERS = "\"“‘'(["  # what may stand between a sentence's start and its first word


def _starts_sentence(text: str, at: int) -> bool:
    """Whether only spaces and opening quotes or brackets stand between `at` and the start of the text,
    a line, or a sentence (after ".", "!", "?", ":" or ";" and a space). Read backwards from `at`: a
    search of all the text before it for each month or weekday name made long sentences quadratic."""
    begin = at
    while begin > 0 and (text[begin - 1].isspace() or text[begin - 1] in _OPENERS):
        begin -= 1
    if begin == 0 or "\n" in text[begin:at]:
        return True
    return begin < at and text[begin - 1] in ".!?:;" and text[begin].isspace()


# Words that make a weekday or month part of a name before it ("Black Friday", "Long March 5") or
# after it ("the Sunday Times", "Saturday Night Live", "the October Revolution"). Closed lists: wire
# copy puts names next to dates all the time ("The Kremlin Monday denied", "Trump said Tuesday Kamala
# Harris ...").
_NAME_BEFORE_A_DATE_WORD = frozenset(
    "Black Good Holy Ash Palm Easter Cyber Super Bloody Long Maundy Great Giving Patriots".split()
)
_NAME_AFTER_A_DATE_WORD = frozenset(
    """Night Morning Evening Times Telegraph Express Post Mirror Herald Review Club Show Live Massacre
    Agreement Offensive Uprising Revolution Accords Accord Group Movement Sale Sales Mass School
    Service Services Weekly Magazine Edition Special""".split()
)


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether a bare weekday or month ("Friday", "March 5") is part of a name: after a word that
    makes names of them ("Black Friday", "Long March 5", "Good Friday"), before a word that heads
    names ("the Sunday Times", "on Saturday Night Live", "the October Revolution"), or before a
    capitalised word at a sentence's start ("April Ryan asked"). "In June Putin visited", "Trump said
    Tuesday Kamala Harris was unfit", "The Kremlin Monday denied", "Putin's June visit" stay dates."""
    core = _F_BARE_NAME.search(text, start, end)
    if core is None or core.end() != end or text[start : core.start()] != text[start : core.start()].lower():
        return False
    start = core.start()
    if _word_before(text, start) in _NAME_BEFORE_A_DATE_WORD:
        return True
    after = _F_NAME_WORD.match(text, end)
    if after is None or _F_DATE_WORD.fullmatch(after[1]) or after[1][:1].isdigit():
        return False
    return after[1] in _NAME_AFTER_A_DATE_WORD or (start == core.start() and _starts_sentence(text, start))


_F_Q_OR_H = re.compile(r"[QH]\d")
# "In May 12 soldiers were killed": after "in", a number and a lower-case word count, not a day
_F_MONTH_THEN_COUNT = re.compile(rf"(?i:in)\s+{_F_MONTH_FULL}(?=\s+\d{{1,2}}\s+[a-z])")
_F_YEARS_RANGE = re.compile(r"(?:(?i:from|between)\s+)?\d{4}\s*(?:[-–—]|(?i:to|and))\s*\d{4}")


# Every rule of a sentence's kind and date, and the headline checks, ask for its date expressions: on
# 300 wire articles 46,969 times for 10,792 texts (2.3 s of the 13 s outside the model). Found once.
TEXTS_REMEMBERED = 4096


@functools.lru_cache(maxsize=TEXTS_REMEMBERED)
def find_date_expressions(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the date expressions in `text`, in order, with any modifier phrase
    ("by the end of 2024", "in June"). Not dates: counts ("1800 passengers", "from 1800 to 2000
    soldiers", the 12 of "In May 12 soldiers"), numbers with separators ("1,000"), decimals,
    percentages, amounts ("₹2000"), clock times ("1500 GMT"), identifiers ("flight 1549"), numbers in
    names ("Resolution 1718"), and weekday or month names in names ("the Sunday Times", "Black
    Friday", "Long March 5", "the October Revolution")."""
    spans = []
    for m in _FIND.finditer(text):
        if m.group() == "May":  # the modal verb at the start of a sentence, not the month
            continue
        if _F_LONE_NUMBER.fullmatch(m.group()) and not _names_a_year(text, *m.span()):
            continue
        if _F_YEARS_RANGE.fullmatch(m.group()) and _F_COUNT_AHEAD.match(text, m.end()):
            continue  # "from 1800 to 2000 soldiers"
        if _in_a_name(text, *m.span()):
            continue
        if _F_Q_OR_H.match(m.group()) and _after_a_name(text, m.start()):
            continue  # "the Audi Q3", "a Nokia H1": a model after a name, not a quarter
        month_only = _F_MONTH_THEN_COUNT.match(text, m.start())
        spans.append((m.start(), month_only.end()) if month_only and month_only.end() < m.end() else m.span())
    return tuple(spans)


# Days counted from another day of the story, not from the article: "the following day", "the next
# morning", "two days later", "a day earlier", "the previous day", "the day before." (a noun after it
# is what it is before: "the day before the vote" is no day of the story's). Not "the next day of
# talks" (a noun's), and not a week or more, which a reader does not take to the day.
_DAY_OFFSET = re.compile(
    r"\b(?i:(?P<next>(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening|night)(?!\s+of\b))"
    r"|(?P<previous>the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)(?!\s+of\b))"
    r"|(?P<around>the\s+day\s+(?P<way>before|after))(?=\s*(?:[,.;:)—–]|$))"
    r"|(?P<count>a|one|two|three|four|five|six|[1-6])\s+days?\s+"
    r"(?P<side>later|afterwards?|after(?=\s*(?:[,.;:)—–]|$))|earlier|before(?=\s*(?:[,.;:)—–]|$))))"
)


def find_day_offsets(text: str) -> tuple[tuple[int, int, int], ...]:
    """The spans of `text` that count days from another day of the story (`_DAY_OFFSET`), each with
    its count: +1 for "the following day", -2 for "two days earlier"."""
    offsets = []
    for m in _DAY_OFFSET.finditer(text):
        if m["next"]:
            days = 1
        elif m["previous"]:
            days = -1
        elif m["around"]:
            days = -1 if m["way"].lower() == "before" else 1
        else:
            count = m["count"].lower()
            days = int(count) if count.isdigit() else _NUMBERS[count]
            days = -days if m["side"].lower() in ("earlier", "before") else days
        offsets.append((m.start(), m.end(), days))
    return tuple(offsets)


def offset_day(anchor: EventDate, days: int, expression: str) -> EventDate:
    """The day `days` after (before, when negative) the story's day `anchor`, shown with the words
    that count it and the day they count from ("the following day" after "Tuesday, March 11");
    undated when `anchor` is no single day."""
    if anchor.value is None or anchor.precision is not Precision.day or anchor.modifier is not None:
        return EventDate()  # "a day after mid-March" names no day
    day = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=days)
    return EventDate(
        value=day.isoformat(),
        precision=Precision.day,
        text=f"{expression} ({anchor.text})" if anchor.text else expression,
        basis=anchor.basis,
    )


# A day of the month without its month, as a newsletter writes it: "on the 12th", at a clause's end or
# before a word that starts another part of it ("will be lifted on the 22nd if no cases are found"; not
# "on the 12th floor", "on the 3rd day"). Only after "on": "by"/"until the 30th" would need the
# deadline's modifier, which this reading does not give.
_DAY_OF_THE_MONTH = re.compile(
    r"\b(?i:on)\s+the\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:!?)\"”’—–]|$)"
    r"|\s+(?i:at|when|after|before|but|with|as|if|and|unless|or|so|while|in\s+(?!the\b)[A-Z])\b)"
)


def find_days_of_the_month(text: str) -> tuple[tuple[int, int, int], ...]:
    """The spans of `text` that name a day of a month they leave to the reader (`_DAY_OF_THE_MONTH`),
    each with its day."""
    return tuple((m.start(), m.end(), int(m["d"])) for m in _DAY_OF_THE_MONTH.finditer(text))


def day_of_the_month(
    day: int, expression: str, document_date: DocumentDate | None, *, past: bool, forward: bool
) -> EventDate:
    """The `day` of the month the article's day makes it: in what is told as done (`past`), the last
    such day up to the article ("raised £300 on the 12th" in an article of 20 November is 12
    November); in a forecast (`forward`), the next one after it ("will be held on the 12th" is 12
    December). Undated in the present, which may be either ("The sale is on the 12th"), and when the
    article's day is not known (a newsletter dated by its year alone)."""
    doc = _doc_parts(document_date)
    if doc is None or doc[1] is None or doc[2] is None or past == forward:
        return EventDate()
    year, month = doc[0], doc[1]
    step = 1 if forward else -1
    if (forward and day <= doc[2]) or (not forward and day > doc[2]):
        year, month = shift_month(year, month, step)
    for _ in range(3):  # a 31st is not in every month: the one before or after that holds it
        found = _valid_day(year, month, day)
        if found is not None:
            return EventDate(
                value=found.isoformat(), precision=Precision.day, text=expression, basis=DateBasis.relative
            )
        year, month = shift_month(year, month, step)
    return EventDate()  # pragma: no cover - two months in three hold every day up to the 31st


def _token_pattern(token: str) -> str:
    return "".join("[-–—]" if ch in "-–—" else "['’]" if ch in "'’" else re.escape(ch) for ch in token)


def expression_in_text(expression: str, text: str) -> tuple[int, int] | None:
    """The span of `expression` in `text`, ignoring case, whitespace runs, commas between words and
    dash or apostrophe styles; None when the text does not contain it (a model-invented date)."""
    tokens = [t for t in re.split(r"[\s,]+", expression.strip().strip(".;:")) if t]
    if not tokens:
        return None
    pattern = r"[\s,]+".join(_token_pattern(t) for t in tokens)
    before = r"(?<!\w)" if tokens[0][0].isalnum() else ""
    after = r"(?!\w)" if tokens[-1][-1].isalnum() else ""
    m = re.search(before + pattern + after, text, re.IGNORECASE)
    return m.span() if m else None


_FORWARD_PREFIX = re.compile(r"(?i)(?:by|before|until|till|ahead of|no later than)\b")
# Of the years an article looks ahead to, only a deadline at the end of a year ("by the end of 2024",
# "before the end of 2025") is set in that year as a rule; "by 2050", "before 2030" and a term "until
# (the end of) 2028" lie years after the article, which they date to no year (a field test's undated
# wire story, whose only other year was one it counted from, was dated 2028, its "in March" March 2028).
_END_OF_A_YEAR = re.compile(
    r"(?i)(?:by|before|ahead of|no later than)\s+the\s+(?:end|close|last\s+\w+)\s+of\s+\d{4}$"
)
# "the longest strike since 1998", "who has led the union since 2016": a span that began before the
# article and runs up to it, so its year is not the article's (a field test's undated wire story was
# dated 1998, and its "in March" would have been March 1998).
_SINCE_PREFIX = re.compile(r"(?i)since\b")
# A line near the top that is only a date, maybe with "Updated"/"Published" and a time: the byline's
_DATE_LINE_WORDS = re.compile(
    # "Date:" and a short weekday: an e-mail's header ("Date: Thu, 24 Oct 2024 06:00:00 +0000") is the
    # day the newsletter or wire copy was sent, as an RSS date is the day the page was published.
    # Markdown emphasis ("*October 24, 2024*", "**Published:** ...") is how an export prints a byline.
    r"(?i)\b(?:published|updated|posted|date|first|last|on|at|am|pm|a\.m|p\.m|gmt|utc|[a-z]{2,4}t|et|"
    r"mon|tue|wed|thu|fri|sat|sun)\b|[\d:.,|/+*_-]"
)
_ISO_TIMESTAMP = re.compile(
    r"(?<!\d)(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
# "KYIV, Oct 24 (Reuters) -": the wire's date line names the day the story was filed
_WIRE_AGENCIES = (  # the agencies a dateline names
    r"(?:Reuters|AP|AFP|Xinhua|TASS|Yonhap|PTI|IANS|ANI|UPI|dpa|Kyodo|Anadolu|Bloomberg|RIA|Interfax)"
)
# Another agency or outlet in brackets, after a city in capitals: "KESTREL BAY, March 24 (Harbour Wire) -"
_OTHER_AGENCY = r"\([A-Z][\w&.'’ -]{1,30}\)\s*[-—–]"
_WIRE_DATELINE = re.compile(
    rf"^\W*[A-Z][A-Za-z .'’-]{{1,40}},(?:\s+[A-Z][A-Za-z.]{{1,20}},)?\s+(?P<day>{_F_MONTH}\s+{_F_DAY})"
    rf"\s*\({_WIRE_AGENCIES}\)"
    rf"|^\W*[A-Z][A-Z .'’-]{{1,40}},(?:\s+[A-Z][A-Za-z.]{{1,20}},)?\s+(?P<other_day>{_F_MONTH}\s+{_F_DAY})"
    rf"\s*{_OTHER_AGENCY}"
)
# "SAN FRANCISCO, October 24, 2024 /PRNewswire/ --", "NEW YORK, Oct. 24, 2024 (GLOBE NEWSWIRE) --",
# "LONDON, 24 October 2024 -": a press release's (or a wire's) date line with its year names the day
# it was issued, which a year the release looks ahead to ("expected to close in 2025") must not beat.
# The city in capitals or the newswire named: "On Monday, October 21, 2024 - ..." is a sentence.
_FULL_DATELINE = re.compile(
    rf"^\W*(?P<city>[A-Z][A-Za-z .'’-]{{1,40}}),(?:\s+[A-Z][A-Za-z.]{{1,20}},)?\s+"
    rf"(?P<day>{_F_MONTH}\s+{_F_DAY},?\s+\d{{4}}|{_F_DAY}\s+{_F_MONTH}\s+\d{{4}})"
    r"\s*(?P<wire>/[^/\n]{1,40}/|\([^()\n]{1,40}\))?\s*(?:--|[-–—])\s"
)
# Any dateline opening a story's first sentence: "PRAGUE, Sept 16 (Reuters) - ", "KYIV (AP) — ",
# "BUDAPEST, Hungary, Sept. 18 — ", or a dated one (`_FULL_DATELINE`).
_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z .'’-]{1,40}(?:,\s+[A-Z][A-Za-z.]{1,20})*"
    rf"(?:(?:,\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?\s*(?:\({_WIRE_AGENCIES}\)|(?={_OTHER_AGENCY})\([^()]+\))"
    rf"|,\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})"
    r"\s*[-—–]{1,2}\s*"
)
_TOP_LINES = 8


def _full_dateline(sentence: str) -> re.Match[str] | None:
    """A dated dateline whose city is in capitals or whose newswire is named."""
    full = _FULL_DATELINE.match(sentence)
    return full if full is not None and (full["wire"] or full["city"].isupper()) else None


def dateline_length(sentence: str) -> int:
    """How many characters open `sentence` as its dateline ("PRAGUE, Sept 16 (Reuters) - ", "SAN
    FRANCISCO, October 24, 2024 /PRNewswire/ -- "); 0 when it has none."""
    found = _DATELINE.match(sentence) or _full_dateline(sentence)
    return found.end() if found else 0


def _estimated(value: str, evidence: str) -> DocumentDate:
    return DocumentDate(
        value=value, precision=_precision_of(value), source=DocumentDateSource.estimated, evidence=evidence
    )


def _date_line(text: str, body_at: int) -> DocumentDate | None:
    """A day-precise date standing alone on one of the first lines before the body starts at
    `body_at` ("October 24, 2024 10:42 AM", "Updated: 2024-10-24T10:42:00Z"): how pages print their
    publication date. Not after the body: a comment's date is not the article's."""
    lines = [line.strip() for line in text[:body_at].splitlines() if line.strip()][:_TOP_LINES]
    for line in lines:
        if len(line) > 60:
            continue
        iso = _ISO_TIMESTAMP.search(line)
        spans = [(iso.start(1), iso.end())] if iso else find_date_expressions(line)
        for start, end in spans:
            found = normalize_date(iso.group(1) if iso else line[start:end], None)
            rest = _DATE_LINE_WORDS.sub(" ", line[:start] + " " + line[end:])
            explicit_day = found.precision is Precision.day and found.basis is DateBasis.explicit
            if explicit_day and found.value is not None and not rest.strip():
                return _estimated(found.value, line)
    return None


_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’»)\]]*\s*$")


def _first_prose(sentences: Sequence[str]) -> str:
    """Where the body starts: its first sentence with a full stop. A standfirst kept above the byline
    ("Ukrainian officials say city centre hit as ..."), without one, hid the byline's date below it."""
    return next((sentence for sentence in sentences if _ENDS_SENTENCE.search(sentence)), sentences[0])


def is_date_line(line: str) -> bool:
    """Whether the line is a date and nothing else, as pages print their publication date
    ("October 24, 2024 10:42 AM", "Updated: 2024-10-24T10:42:00Z")."""
    return _date_line(line, len(line)) is not None


def _after_since(snippet: str) -> int:
    """The earliest year an article can be written in that counts from `snippet` ("since 1998": 1999,
    since a span begun that year would be named by its month; "since March 2023": 2023)."""
    years = [int(year) for year in _FOUR_DIGITS.findall(snippet)]
    if not years:
        return 0
    bare_year = _SINCE_PREFIX.sub("", snippet).strip() == str(years[-1])
    return years[-1] + 1 if bare_year else years[-1]


def estimate_document_date(
    text: str, kept: Sequence[str] | None = None, *, from_years: bool = True
) -> DocumentDate:
    """A conservative publication date estimated from the document itself, with its evidence.

    A date standing alone on one of the first lines (a byline's) is the day, as is a press release's
    date line with its year opening the first kept sentence. Otherwise the latest
    year 1990-2100 written in a date expression of `kept` (the sentences cleaning kept; the whole text
    when not given): page furniture (a comment's date, a related story's) is no evidence. A year the
    text looks ahead to counts only when no other year is written (an article's targets lie after it),
    and only the end of a year ("by the end of 2024"): "by 2050", "until 2028" say nothing of the
    article's own year. A wire date line ("KYIV, Oct 24 (Reuters) -") then gives the day,
    when a year was found that does not look ahead. Days given with their weekday and no year ("on
    Saturday, August 2") move that year on to the first that puts them all on their weekdays. Unknown
    when no year is written, and, without
    `from_years` (a text in another language, whose "d'ici à 2030" cannot be told from "en 2023"),
    unless a date line or a full dateline gives the day."""
    sentences = list(kept) if kept is not None else [text]
    body_at = text.find(_first_prose(sentences)) if kept else -1
    if (line := _date_line(text, body_at if body_at >= 0 else len(text))) is not None:
        return line
    full = _full_dateline(sentences[0]) if sentences else None
    if full is not None:
        issued = normalize_date(full["day"], None)
        if issued.value is not None and issued.precision is Precision.day:
            return _estimated(issued.value, full.group(0).strip())
    if not from_years:
        return DocumentDate(source=DocumentDateSource.unknown)
    looking_back, looking_ahead = _latest_years(sentences)
    best = looking_back or looking_ahead
    if best is None:
        return DocumentDate(source=DocumentDateSource.unknown)
    if looking_back and (fitted := _year_of_weekday_days(sentences, looking_back[0])) is not None:
        looking_back = best = fitted
    dateline = _WIRE_DATELINE.match(sentences[0]) if sentences else None
    if dateline and looking_back:
        of_year = DocumentDate(value=_fmt(looking_back[0]), precision=Precision.year)
        day = normalize_date(dateline["day"] or dateline["other_day"], of_year)
        if day.value is not None and day.precision is Precision.day:
            evidence = f"{dateline.group(0).strip()} in {looking_back[0]} ({looking_back[1]})"
            return _estimated(day.value, evidence)
    return _estimated(_fmt(best[0]), best[1])


_YearSeen = tuple[int, str]  # a year 1990-2100 and the date expression that wrote it


def _latest_years(sentences: Sequence[str]) -> tuple[_YearSeen | None, _YearSeen | None]:
    """The latest year the sentences' date expressions write looking back ("in 2024", "on 3 May 2024")
    and the latest they look ahead to (only the end of a year: "by the end of 2024"), each None when
    none is written or it is before the span the article counts from."""
    looking_back: _YearSeen | None = None
    looking_ahead: _YearSeen | None = None
    not_before = 0
    for sentence in sentences:
        for start, end in find_date_expressions(sentence):
            snippet = sentence[start:end]
            if _SINCE_PREFIX.match(snippet):
                not_before = max(not_before, _after_since(snippet))
                continue
            ahead = _FORWARD_PREFIX.match(snippet) is not None
            if ahead and not _END_OF_A_YEAR.match(snippet):
                continue
            for year in map(int, _FOUR_DIGITS.findall(snippet)):
                best = looking_ahead if ahead else looking_back
                if 1990 <= year <= 2100 and (best is None or year > best[0]):
                    if ahead:
                        looking_ahead = (year, snippet)
                    else:
                        looking_back = (year, snippet)
    # a year before the span the article counts from cannot be its own: "in 2019" beside "the highest
    # since 2022" says only that the article is later than both
    return (
        looking_back if looking_back is not None and looking_back[0] >= not_before else None,
        looking_ahead if looking_ahead is not None and looking_ahead[0] >= not_before else None,
    )


# The weekday of a yearless day repeats every 5, 6 or 11 years: the first year that fits is sought this far.
_WEEKDAY_CYCLE_YEARS: Final = 11


class _WeekdayDay(NamedTuple):
    """A day the text gives with its weekday and no year ("Wednesday, November 5"), as written."""

    month: int
    day: int
    weekday: int
    text: str

    def falls_in(self, year: int) -> bool:
        return (d := _valid_day(year, self.month, self.day)) is not None and d.weekday() == self.weekday


def _as_weekday_day(snippet: str) -> _WeekdayDay | None:
    core = _strip_prefixes(_clean(snippet))[0]
    m = _MD.fullmatch(core) or _DM.fullmatch(core)
    if not m or not m["wd"]:
        return None
    return _WeekdayDay(_month_number(m["month"]), int(m["d"]), _WEEKDAYS.index(m["wd"][:3]), snippet)


def _weekday_days(sentences: Sequence[str]) -> list[_WeekdayDay]:
    """Every day the sentences give with its weekday and no year, in their order."""
    days = (
        _as_weekday_day(sentence[start:end])
        for sentence in sentences
        for start, end in find_date_expressions(sentence)
    )
    return [day for day in days if day is not None]


def _year_of_weekday_days(sentences: Sequence[str], year: int) -> tuple[int, str] | None:
    """The first year from `year` (the latest written in the text, looking back) on which every day the
    text gives with its weekday and no year ("on Saturday, August 2") falls on that weekday, with that
    day as evidence; None when there is no such day, `year` fits them, or no year soon after does.
    An article without a date that recalls "the Red Mesa fire of 2019" is not of 2019 when its
    "Thursday, August 14" is no Thursday then: it was dated 2019, and its days read as months."""
    days = _weekday_days(sentences)

    def fits(y: int) -> bool:
        return all(day.falls_in(y) for day in days)

    if not days or fits(year):
        return None
    found = next((y for y in range(year + 1, year + _WEEKDAY_CYCLE_YEARS + 1) if fits(y)), None)
    return (found, f"{days[0].text} after {year}") if found is not None else None


# How far the years a document of the build may be of reach beyond the other documents' years: one, for
# a newsletter of early January among December's articles (or of late December among January's). One
# more would let two years fit in a build of one year: a day's weekday comes back after 5 years at the
# soonest, so a window of up to five years (a build spanning three, and one either side) holds at most
# one year that puts a day on its weekday, and a wider one is left to say so (undated).
BUILD_YEARS_MARGIN: Final = 1


# A newsletter's header beside its day: "Issue 212 | Friday, November 28" (the number and bar are
# `_DATE_LINE_WORDS`' already)
_ISSUE = re.compile(r"(?i)\bissue\b")


def _yearless_date_line(text: str, body_at: int) -> tuple[_WeekdayDay, str] | None:
    """A day with its weekday and no year standing alone on one of the first lines above the body
    ("Friday, November 28", "Issue 212 | Friday, November 28"): the day a newsletter went out, in a year
    its text does not write; with the line."""
    for line in [line.strip() for line in text[:body_at].splitlines() if line.strip()][:_TOP_LINES]:
        if len(line) > 60:
            continue
        for start, end in find_date_expressions(line):
            rest = _ISSUE.sub(" ", _DATE_LINE_WORDS.sub(" ", line[:start] + " " + line[end:]))
            day = _as_weekday_day(line[start:end])
            if day is not None and not rest.strip():
                return day, line
    return None


def _days_without_year(text: str, kept: Sequence[str]) -> tuple[list[_WeekdayDay], str | None]:
    """The days a document gives with their weekday and no year (a date line at the top first), and
    that date line."""
    if not kept:
        return [], None
    line = _yearless_date_line(text, max(text.find(_first_prose(kept)), 0))
    days = _weekday_days(kept)
    if line is None:
        return days, None
    return [line[0], *(day for day in days if day.text != line[0].text)], line[1]


def weekday_days_without_year(text: str, kept: Sequence[str]) -> list[str]:
    """The days `kept` (the sentences cleaning kept of `text`) or a date line above them give with their
    weekday and no year ("Wednesday, November 5"), as written: what `date_from_the_build` fits."""
    return [day.text for day in _days_without_year(text, kept)[0]]


def date_from_the_build(
    text: str, kept: Sequence[str], others: Sequence[tuple[str, DocumentDate]]
) -> DocumentDate | None:
    """The date of a document that writes no year, from the build's `others` (each document's name and
    its date, given or estimated from its own text): the one year within BUILD_YEARS_MARGIN of their
    years that puts every day `kept` (the sentences cleaning kept) or a date line at the top gives with
    its weekday and no year ("Wednesday, November 5") on that weekday. That year, or the date line's day
    in it ("Friday, November 28" above the body; a wire's "KESTREL BAY, March 24 (Harbour Wire) -"),
    estimated, with the days and the documents it rests on as evidence. None (undated stays undated)
    when no other document is dated, the text gives no such day, or they fit no year of that span or
    more than one: the documents' years alone never date it, as a folder can mix years."""
    dated = sorted(
        ((int(date.value[:4]), date.value, name) for name, date in others if date.value is not None),
    )
    if not dated:
        return None
    sentences = list(kept)
    days, line = _days_without_year(text, sentences)
    if not days:
        return None
    first, last = dated[0][0] - BUILD_YEARS_MARGIN, dated[-1][0] + BUILD_YEARS_MARGIN
    fitting = [year for year in range(first, last + 1) if all(day.falls_in(year) for day in days)]
    if len(fitting) != 1:
        return None
    year = fitting[0]
    shown = "; ".join(dict.fromkeys(day.text for day in days))
    (_, earliest, earliest_name), (_, latest, latest_name) = dated[0], dated[-1]
    leaned_on = (
        f"{earliest_name} of {earliest}"
        if len(dated) == 1
        else f"{earliest_name} of {earliest} to {latest_name} of {latest}"
    )
    count = f"{len(dated)} other dated document{'' if len(dated) == 1 else 's'}"
    evidence = (
        f"{shown}: on {'its weekday' if len(days) == 1 else 'their weekdays'} in {year} alone of "
        f"{first}-{last}, the years of the build's {count} ({leaned_on}) give or take {BUILD_YEARS_MARGIN}"
    )
    of_year = DocumentDate(value=_fmt(year), precision=Precision.year)
    if line is not None:
        return _estimated(_fmt(year, days[0].month, days[0].day), f"{line}; {evidence}")
    if (dateline := _WIRE_DATELINE.match(sentences[0])) is not None:
        issued = normalize_date(dateline["day"] or dateline["other_day"], of_year)
        if issued.value is not None and issued.precision is Precision.day:
            return _estimated(issued.value, f"{dateline.group(0).strip()}; {evidence}")
    return _estimated(_fmt(year), evidence)


# --- bounds and order ---------------------------------------------------------------------------------

_APPROX_MARGIN: Final = {Precision.day: 7, Precision.month: 31, Precision.year: 183}
_OPEN_HORIZON: Final = dt.timedelta(days=730)
_PRECISION_RANK: Final = {Precision.year: 0, Precision.month: 1, Precision.day: 2}
_MODIFIER_RANK: Final = {Modifier.before: 0, Modifier.approx: 1, None: 2, Modifier.after: 3}


def _period(value: str) -> tuple[dt.date, dt.date]:
    year, month, day = _parts(value)
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if day is None:
        next_year, next_month = shift_month(year, month, 1)
        return dt.date(year, month, 1), dt.date(next_year, next_month, 1) - dt.timedelta(days=1)
    return dt.date(year, month, day), dt.date(year, month, day)


@functools.lru_cache(maxsize=4096)  # pure; merge and sort ask for the same few dates many times
def _third(value: str, modifier: Modifier | None) -> tuple[dt.date, dt.date]:
    """The period, narrowed to its first, middle or last third by start/mid/end."""
    first, last = _period(value)
    precision = _precision_of(value)
    if modifier not in (Modifier.start, Modifier.mid, Modifier.end) or precision is Precision.day:
        return first, last
    index = [Modifier.start, Modifier.mid, Modifier.end].index(modifier)
    if precision is Precision.year:
        begin = dt.date(first.year, 1 + 4 * index, 1)
        after = dt.date(first.year + 1, 1, 1) if index == 2 else dt.date(first.year, 5 + 4 * index, 1)
        return begin, after - dt.timedelta(days=1)
    begin = first.replace(day=1 + 10 * index)
    return begin, last if index == 2 else begin.replace(day=10 + 10 * index)


def date_bounds(d: EventDate) -> tuple[dt.date, dt.date] | None:
    """Earliest and latest day `d` can mean; None when undated. See the module docstring."""
    if d.value is None:
        return None
    first, last = _third(d.value, d.modifier)
    if d.modifier is Modifier.approx:
        margin = dt.timedelta(days=_APPROX_MARGIN[_precision_of(d.value)])
        return first - margin, last + margin
    if d.modifier is Modifier.before:
        return first - _OPEN_HORIZON, last
    if d.modifier is Modifier.after:
        return first, last + _OPEN_HORIZON
    return first, last


def dates_compatible(a: EventDate, b: EventDate) -> bool:
    """Whether two dates can name the same moment: either undated, or their bounds overlap."""
    bounds_a, bounds_b = date_bounds(a), date_bounds(b)
    if bounds_a is None or bounds_b is None:
        return True
    return bounds_a[0] <= bounds_b[1] and bounds_b[0] <= bounds_a[1]


def chronological_key(d: EventDate) -> tuple[int, int, int, int]:
    """Sort key for the documented total order: by first day, coarser first, undated last."""
    if d.value is None:
        return (1, 0, 0, 0)
    first, _ = _third(d.value, d.modifier)
    modifier = d.modifier if d.modifier in _MODIFIER_RANK else None
    return (0, first.toordinal(), _PRECISION_RANK[_precision_of(d.value)], _MODIFIER_RANK[modifier])
