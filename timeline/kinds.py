"""The kind of an event, read off its sentence by code: a forecast, a report of what someone said
or plans, or (neither) something that happened.

Why code and not the model: on the seeds the 1.5B model's own label agreed with our gold on 9 of
14 matched events; it called "South Korea's Defense Minister said that ..." and "... claim North
Korea has already provided ..." happened or expected, and "Recently, Ukraine struck ..." a report.
The words that make a sentence a forecast or a report are few and visible, so they are matched here
and tested (tests/test_kinds.py). The model's label `k` is still asked, and ignored: without it the
model listed more, and more duplicated, events (see `timeline.extraction`).

Order matters: a forecast relayed by someone ("The Ukrainian government reports that ... could be
deployed ... by the end of 2024") is a forecast, dated when it is expected (the issue's example).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from timeline.actors import ALIASES
from timeline.cleaning import visible_text
from timeline.dates import (
    MONTH_NAME,
    WEEKDAY_NAME,
    dateline_length,
    find_date_expressions,
    find_days_of_the_month,
)
from timeline.models import EventKind
from timeline.saying import MEANING, NOT_SAID, SAYING, SAYING_WHAT_FOLLOWS, forms

# Forward-looking wording: "could be deployed", "may initially be", "is expected to", "will be".
# "could have been" looks back and is not a forecast; "May" with a capital is usually the month;
# "due to" is a cause and "would" mostly a condition ("if verified, would be further proof").
_PAST = r"(?<!was )(?<!were )(?<!been )"  # "was scheduled for Tuesday but was postponed" is history
# Words after which "forecast" is the noun: a determiner, what is forecast, a year, a verb taking it,
# a word that describes it ("cut its annual forecast", "withdrew its full-year forecast": read as a
# forecast, so "Shares fell on Tuesday after the company cut its annual forecast" was dated a week on),
# and a possessive ("the central bank's forecast", "economists' forecasts").
_NOUN_FORECAST_AFTER = """its the their a growth weather profit profits sales earnings revenue inflation
    budget beat beats missed misses topped tops exceeded exceeds raised raises cut cuts lowered lowers lifted
    trimmed than above below annual full-year yearly quarterly latest previous earlier original initial
    official own revised consensus upbeat gloomy bleak rosy cautious""".split()
_NOT_AFTER_A_NOUN_WORD = (
    "".join(rf"(?<!\b{word} )" for word in _NOUN_FORECAST_AFTER) + r"(?<!\d{4} )(?<!['’]s )(?<!s['’] )"
)
# What is due to happen ("is due to land in 2026"), not a cause ("is due to bad weather")
_DUE_VERBS = (
    r"(?:re)?(?:open|start|begin|meet|vote|arrive|hold|resume|end|close|visit|sign|return|announce"
    r"|publish|release|deliver|launch|rule|decide|take\s+place|be|land|take|go|expire|come|appear|testify"
    r"|report|face|reach|leave|depart|complete|finish|enter|retire|step|speak|address|travel|present"
    r"|submit|conclude|hear|give|stand"
    # seen in a field test: "Okafor is due to bring both sides together on Monday" was read as done,
    # last Monday
    r"|bring|make|join|discuss|debate|consider|approve|review|unveil|issue|receive|dock|sail|fly|attend"
    r"|host|chair|lead|play|hand|outline|sit|mark|sentence)\b"
)
# The first word of a date written out, for an arrangement's date: "Friday", "9 June", "March 12",
# a range of days "3 to 5 March".
_A_DAY_OR_MONTH = (
    rf"(?:{WEEKDAY_NAME}|{MONTH_NAME}"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?[A-Z][a-z]+)\b"
)
_FORECAST = re.compile(
    r"\b(?:could|might)\s+(?!have\b|not\b)\w+"  # "could not reach the village" looks back
    r"|(?<![A-Z])\bmay\s+(?!have\b)\w+"
    rf"|{_PAST}\b(?:expected|likely|unlikely|poised|set|anticipated|projected|going|on\s+(?:course|track)"
    # a tip or a favourite: "is tipped to become leader", "are favourites to lift the trophy"; not "The
    # favourite to win the race crashed out" (no copula: who it is), nor "was tipped to win but ..."
    r"|tipped|favou?red|(?:(?<=\bis )|(?<=\bare ))(?:the\s+)?(?:[a-z-]+\s+)?favou?rites?)\s+to\b"
    # a penalty or a proceeding someone faces: "faces up to 10 years in prison", "face life in prison",
    # "faces a lengthy ban", "is facing deportation" (each was read as done); not a state faced ("faces
    # stiff competition", "a shortage"), the past ("faced up to 10 years") nor a purpose ("to face trial")
    r"|(?<!\bto )(?<!\bwas )(?<!\bwere )\b(?:faces?|facing)\s+(?:up\s+to\b|(?:a\s+|the\s+)?(?:[a-z-]+\s+)?"
    r"(?:(?:possible|potential|maximum|minimum|mandatory)\b|life\b|death\s+penalty|extradition|deportation"
    r"|(?:re)?trial|prosecution|impeachment|relegation|eviction|disqualification|ban|fine|suspension"
    r"|(?:jail|prison)\s+(?:term|sentence)|sentence|run-?off|recount|(?:no-)?confidence\s+vote"
    r"|vote\s+of\s+(?:no\s+)?confidence|jail|prison)\b)"
    r"|(?<!['’]s )\bwill\b|\bwon['’]t\b"  # not "Seoul's will to resist"
    # "should ease later this year", "must be submitted by June 30"; not "must have died" (looking back)
    # nor "Should the court rule" (a condition, with its capital), nor the writer's "It should be
    # recalled that in June, Putin ..." (a seed's: it pointed back to June)
    r"|(?<!\bIt )(?<!\bit )\b(?:should|must)\s+(?!have\b|not\s+have\b|be\s+[a-z]+\s+that\b)\w+"
    # a deadline given: "Hamas has until Friday to respond"
    # not "has until now denied" (so far), nor "had been bracing for the storm" (history)
    r"|\b(?:has|have)\s+until\b(?!\s+(?:now|recently|then|lately)\b)|\bimminent\b"
    rf"|{_PAST}\bbrac(?:e|es|ing)\s+for\b"
    # schedules, with their verb in the present: "is expected on Nov. 5", "is due on", "are scheduled
    # for"; not "than expected in September", "originally scheduled for Sunday, was delayed"
    # ("the ministry's forecast in May" is the noun, after a possessive)
    r"|\b(?:(?:is|are|['’]s|be|remains?)\s+(?:now\s+)?(?:expected|scheduled|slated|set|due)"
    r"|(?:is|are|be|remains?)\s+(?:now\s+)?forecast)"
    # "rain is forecast for Thursday", "snow is expected this weekend"
    r"(?:\s+(?:on|for|in|at|by|within|back)\b|(?=\s+(?:this|next|later|tomorrow|tonight|overnight)\b))"
    r"|\b(?:is|are|['’]s|be|remains?)\s+(?:now\s+)?(?:scheduled|slated)\s+to\b"
    # an arrangement made: "The union has scheduled a mass meeting for Saturday" (read as done, last
    # Saturday, in a field test); not "has scheduled flights to 40 cities" (no day for it)
    r"|\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:re)?scheduled\b(?=[^.;]{0,80}?\b(?:for|on)\b)"
    # a court's or a board's listing: "The Court of Appeal has listed the appeal to be heard from 3 to 5
    # March" (read as done, last March, in a third field test), "has fixed the trial for June 9", "has
    # set the vote for Friday"; only with a date right after "for" or the listed act, so "has listed its
    # shares on the Nasdaq on Monday" and "has set a record for the fastest lap" stay deeds
    r"|\b(?:has|have)\s+(?:now\s+)?(?:listed|fixed|set)\b(?=[^.;]{0,80}?\b(?:for|to\s+(?:be\s+[a-z]+|begin"
    rf"|start|open|resume|take\s+place)\s+(?:on|from|in))\s+(?:the\s+)?{_A_DAY_OR_MONTH})"
    # not "had been due to appear in court in September" (history); "was due to" only in someone's
    # words (`_FUTURE_IN_THE_PAST`), as "was expected to" is
    rf"|{_PAST}\bdue\s+to\s+{_DUE_VERBS}"
    # "evacuated expecting mothers on Monday": pregnant women, not a forecast dated next Monday
    r"|\b(?:expect|expects|predict|predicts)\b|\bexpecting\b(?!\s+(?:mothers|women)\b)"
    # the verb, not the noun: "its growth forecast", "a forecast of 2%", "cut its 2024 profit forecast",
    # "subscriber growth beat forecasts"
    # (the word looked for first: the 31 look-behinds tried at every character were most of its time)
    rf"|\b(?=forecast){_NOT_AFTER_A_NOUN_WORD}forecasts?\b(?!\s+(?:of|for)\b)"
    r"|\bin the coming (?:days|weeks|months|years)\b",
)

# "would" in a main clause is a forecast: "A ceasefire would allow aid to flow", "The deal would take
# effect in July, officials said" (both were `happened`, the second dated a year back), with its condition
# stated too ("would end on Friday if the court agrees"). Not a judgement under a condition ("if verified,
# would be further proof"), nor a clause's ("a deal that would allow"), nor
# reported speech ("said talks would resume", a plan), a refusal ("would not say"), what might have
# been ("would have died") or a story's later events ("would later become president").
_WOULD = re.compile(
    r"(?<!\boften )(?<!\busually )(?<!\balways )(?<!\bsometimes )"  # a habit: "officials often would meet"
    r"\bwould\s+(?!have\b|not\b|never\b|later\b|go\s+on\b|often\b|eventually\b|usually\b|always\b)[a-z]+"
)
_NOT_A_MAIN_CLAUSE_BEFORE = re.compile(
    r"[,;:“”\"()—–]|\b(?:if|unless|that|which|who|whom|whose|where|when|whether|because|so|than|as"
    r"|once|until|said|says|say|told|tells|claimed|claims|warned|warns|announced|believes?|believed|thinks?"
    r"|thought|argued|hoped|hopes|feared|fears|expects?|expected|knew|knows?|added)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:if|unless|otherwise|provided|assuming)\b", re.IGNORECASE)
# A condition set off right before the "would": "The bill, if passed, would ban phones in schools".
_CONDITION_ASIDE = re.compile(r",\s+(?:if|unless|once)\s+[a-z]+,\s+$", re.IGNORECASE)
# "would be" and no participle after it: a judgement ("if verified, would be further proof", "would be
# a blow"), not an event that may come ("would be held on Friday")
_JUDGEMENT = re.compile(r"would\s+be\s+(?![a-z]+(?:ed|en)\b|held|made|built|paid|sent|set|cut|shut|kept|met)")


def _main_clause_would(text: str) -> _Cue | None:
    """The sentence's "would" when its own clause opens the sentence; a verb before it makes it an
    object's ("Israel had vowed it would retaliate"). A stated condition makes it a possible event, a
    forecast still ("The strike would end on Friday if the court agrees" was read as done, last Friday),
    unless what would be is a judgement ("..., if verified, would be further proof")."""
    would = _WOULD.search(text)
    if would is None:
        return None
    aside = _CONDITION_ASIDE.search(text, 0, would.start())
    head = aside.start() if aside else would.start()
    if _NOT_A_MAIN_CLAUSE_BEFORE.search(text, 0, head) or _FINITE_VERB.search(text, 0, head):
        return None
    if (aside or _CONDITION.search(text)) and _JUDGEMENT.match(text, would.start()):
        return None
    return _Cue(would.start(), would.end(), would.group(0))


def _first_forecast(text: str, woulds: bool = True) -> _Cue | None:
    """The sentence's first forecast words, background clauses included (as `read_kind` reads them);
    `woulds`: a main clause's "would" counts."""
    forecast = _FORECAST.search(text)
    cues = [_Cue(forecast.start(), forecast.end(), forecast.group(0))] if forecast else []
    would = _main_clause_would(text) if woulds else None
    return min([*cues, would] if would else cues, default=None)


# Present-tense schedules: "The Security Council meets on Oct. 31", "The trial opens Monday". News
# copy tells what happened in the past tense; these verbs in the present with a date a few words on
# are a timetable, so the date lies ahead (it was read as the last Oct. 31, a year back). Not
# "meets every Monday" or "on Mondays" (a habit), nor a date beyond a comma or another clause.
_SCHEDULE = re.compile(
    r"(?<!['’]s )\b(?:meets|opens|begins|starts|ends|closes|convenes|reconvenes|resumes|votes|arrives"
    r"|departs|visits|travels|hosts|holds|takes\s+place|expires|kicks\s+off|returns|leaves|heads"
    r"|gathers|testifies|debates|plays|faces|goes\s+(?:on\s+trial|to\s+the\s+polls)|lasts|runs(?=\s+(?:until|through|till)\b)"
    r"|(?:comes|enters)\s+into\s+(?:force|effect)|takes\s+effect"
    # a post changing hands: "She takes over on January 5" (read as last January in a third field test)
    r"|takes\s+(?:over|office|charge)|steps\s+down|hands\s+over"
    r")\b"
    # a copula right before its date: "The hearing is on Tuesday", "The deadline is July 15"
    r"|(?<!['’]s )\b(?:is|are)(?=\s)"
)
# the copula's date follows it at once ("is the worst attack since 2014" is no schedule), or after how
# likely it is ("The vote is likely in July", "A deal is unlikely before September": read a year back)
_COPULA = re.compile(r"is|are")
_COPULA_GAP = re.compile(
    r"\s+(?:(?:most|more|very|highly|now)\s+)?(?:(?:un)?likely|possible|probable)\s+|\s+"
)
_FROM = re.compile(r"from\b", re.IGNORECASE)
# The present progressive with a date is an arrangement ("Ministers are meeting on Friday", "Talks
# are continuing in Doha next week"), when the date follows the verb at once or after a place: in
# "are investigating the crash on Monday" the date is the object's. Not "is preparing to launch", a
# plan (`_PLAN`), nor the period now running ("is struggling this year", "in 2024").
_PROGRESSIVE = re.compile(r"\b(?:is|are|['’]re)\s+(?!being\b)[a-z]+ing\b(?!\s+to\b)")
_PROGRESSIVE_GAP = re.compile(r"(?:\s+(?:in|at|to)\s+[A-Z][\w’'.-]*)?\s+")
_NOW = re.compile(r"(?:(?:in|during)\s+)?\d{4}\b|this\b|(?:in|during)\s+the\b", re.IGNORECASE)
# The same verbs after a plural subject ("Americans vote on Nov. 5", "Arsenal host Liverpool on
# Sunday", "The candidates debate on Thursday"): counted only after a name, a plural noun or a
# pronoun (`_SUBJECT_BEFORE`), so "a vote on Nov. 5" and "urged them to vote on Sunday" are not.
_PLURAL_SCHEDULE = re.compile(
    r"\b(?:meet|open|begin|start|end|close|convene|reconvene|resume|vote|arrive|depart|visit|travel|host"
    r"|hold|take\s+place|expire|kick\s+off|return|leave|head|gather|testify|debate|play|face|run"
    r"|go\s+(?:on\s+trial|to\s+the\s+polls)|take\s+(?:over|office|charge)|step\s+down|hand\s+over)\b"
)
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?!(?i:the|a|an|this|that|these|those|its|their|his|her|our|my|your|is|was|has|as|us|plus"
    r"|news|in|on|at|of|for|by|to|from|with|this|does|not)\b)(?:[A-Z][\w’'.-]*|[a-z][\w’'-]*s)"
    r"|\b(?:they|we|you))\s+$"
)
# a clock time among its words too: "kicks off at 19:45 BST on Saturday"
_SCHEDULE_GAP = re.compile(
    r"(?:\s+(?!every\b|each\b|and\b|but\b|who\b|which\b|that\b)(?:\d{1,2}:\d\d|[\w’'.-]+)){0,6}?\s+"
)
# A habit ("on Mondays") or a start ("since Monday": "are fighting since August" is ongoing).
_NOT_A_SCHEDULE_DATE = re.compile(r"[A-Z][a-z]+days\b|(?i:since)\b")
# Right after the date: another thing's date ("are fleeing after Monday's strike"). Only there: a
# possessive further on ("meets on September 2 to set next year's budget") was read as one.
_POSSESSIVE = re.compile(r"[’']s\b")


class _Cue(NamedTuple):
    """Words that decide a kind or look ahead: where they are, and what they say."""

    start: int
    end: int
    words: str


_REACH_CHARS = 80  # more than the six words a schedule's date may follow its verb by, or its subject


def _schedule(text: str, arrangements: bool = True) -> _Cue | None:
    """The first present-tense schedule of the sentence, outside its background clauses: the verb
    and the date it is set for ("meets on Oct. 31"); `arrangements`: present progressives count."""
    expressions = find_date_expressions(text)
    starts = [start for start, _ in expressions]
    plural = [
        m
        for m in cues_outside_background(_PLURAL_SCHEDULE, text)
        if _SUBJECT_BEFORE.search(text, max(0, m.start() - _REACH_CHARS), m.start())
    ]
    progressive = cues_outside_background(_PROGRESSIVE, text) if arrangements else []
    for verb in sorted(
        [*cues_outside_background(_SCHEDULE, text), *plural, *progressive], key=lambda m: m.start()
    ):
        # only the dates within reach (a few words on): linear in verbs and dates on any text
        first = bisect_right(starts, verb.end())
        for start, end in expressions[first : bisect_right(starts, verb.end() + _REACH_CHARS)]:
            gap = text[verb.end() : start]
            # "The footage is from 2022", "The latest data are from April": provenance, not a schedule
            copula = _COPULA.fullmatch(verb.group(0)) is not None
            if copula and (not _COPULA_GAP.fullmatch(gap) or _FROM.match(text, start)):
                continue
            if verb.re is _PROGRESSIVE and (not _PROGRESSIVE_GAP.fullmatch(gap) or _NOW.match(text, start)):
                continue
            if (
                _SCHEDULE_GAP.fullmatch(text, verb.end(), start)
                and not _NOT_A_SCHEDULE_DATE.match(text, start)
                and not _POSSESSIVE.match(text, end)
            ):
                words = text[verb.start() : start].strip() if copula else verb.group(0)  # "is likely"
                return _Cue(verb.start(), verb.start() + len(words), words)
    return None


def _forecast_cues(text: str, arrangements: bool = True, woulds: bool = True) -> list[_Cue]:
    """Forecast wording and present-tense schedules outside background clauses, in order."""
    cues = [_Cue(m.start(), m.end(), m.group(0)) for m in cues_outside_background(_FORECAST, text)]
    would = _main_clause_would(text) if woulds else None
    extra = [cue for cue in (would, _schedule(text, arrangements)) if cue is not None]
    return sorted([*cues, *extra])


# "plan", "hope", "aim" as a plural subject's verb: after a plural ("Crews plan to", "Residents hope
# to"), "I", "we", "you" or "they"; not after a noun ("his victory plan to allies", read a statement)
# or "this", "its", "his".
_PLURAL_VERB = (
    r"(?:(?<=[a-z]s )|(?<=\bI )|(?<=\b[Ww]e )|(?<=\b[Yy]ou )|(?<=\b[Tt]hey ))"
    r"(?<!\bthis )(?<!\bits )(?<!\bhis )"
)

# Verbs of commitment, followed by "to": a statement (reported) whose object lies ahead (a plan).
_COMMITMENT_TO = (
    r"(?<!the )(?:plans|planned|intends?|intended|threaten(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)"
    # a plural subject's "plan to" ("Crews plan to burn a fire break on Friday", read last Friday)
    rf"|{_PLURAL_VERB}plan"
    r"|vow(?:s|ed))\s+to"
)

# Denying, as a verb: "was denied bail" is something done to someone, not a denial; "was denied by
# Moscow" is one. Shared with the merger, which keeps a claim and its denial apart.
DENY = (
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )den(?:y|ies|ied)"
    r"|denied(?=\s+by\b)"
)

# Who says something: a verb of saying (`saying.SAYING`) that says what follows it ("Officials say 12
# died", "a rescue official tells Reuters", "Kyiv alleges ..."; not "would not say", "declined to
# say"), one whose object may be a thing before "that" ("declared that", "noted in a statement that";
# not "declared a state of emergency", "added 200 jobs"), or any after its speaker at the sentence's
# end ("..., the mayor added.", "..., the prosecutor admitted on Monday.").
_SAYS = (
    rf"{NOT_SAID}(?:{forms(SAYING_WHAT_FOLLOWS, nouns=False)})\b"
    rf"|(?:{forms(SAYING)})(?:\s+[\w’'-]+){{0,3}}?\s+that\b"
    rf"|,\s+(?:[\w’'.-]+\s+){{1,6}}?(?P<trailing>{forms(SAYING)})(?:\s+(?:on\s+)?\w+day)?(?=\W*$)"
)
# Attribution, plans and assessments: who says, claims, plans or concludes something. Besides the
# verbs of saying, kinds' own: an announcement, a warning, a confirmation or an estimate is a report
# whatever its object ("Germany announced the delivery of tanks"), and so are a commitment, a denial,
# an accusation, a belief and a suggestion (`saying.MEANING`), said by whoever does them.
_REPORT = re.compile(
    # not a passive still to come: "will be confirmed", "could be announced", "is expected to be
    # announced in the coming days" (each was a statement, not the forecast it is)
    r"(?<!\bbe )\b(?:said|says|stated|told|claims?|claimed|warn(?:s|ed)?|announc(?:es?|ed)"
    r"|reports? that|reported|reportedly|according to|confirm(?:s|ed)|alleged(?:ly)?"
    rf"|{_COMMITMENT_TO}|promis(?:es|ed)|pledg(?:es|ed)|vow(?:s|ed)"
    # a plan of the past, as "had planned to" is: "The army was planning to withdraw in March"
    r"|(?:was|were|been)\s+(?:planning|preparing)\s+to"
    r"|suggest(?:s|ed)?|indicat(?:es|ed)|(?<!\bto )indicate|declined\s+to"
    # findings, what a study, a poll or an inquiry reports: "The study found that ...", "A survey shows
    # most renters ...", "Polls showed the incumbent ahead" (each was `happened`); not "found the wreck",
    # "to find that", nor figures that show a fact ("The figures showed a sharp fall in exports")
    r"|(?<!\bto )(?:found|finds?)\s+that"
    r"|(?:polls?|surveys?|stud(?:y|ies)|research)\s+(?:also\s+)?(?:shows?|showed)"
    r"|believes?|believed|accus(?:es|ed)|noted|concluded?|concludes"
    rf"|{DENY}"
    r"|assess(?:es|ed|ment)|estimates?|estimated|revealed|insists?|insisted"
    # more verbs of saying, all statements: "The company acknowledged that data was exposed", "The
    # witness testified", not "was admitted to hospital" or "was cautioned by police" (done to them)
    # nor "admitted 300 patients", "admitted Sweden" (let in), "acknowledged the crowd" (greeted)
    r"|acknowledg(?:e|es|ed)(?!\s+(?:the\s+)?(?:crowds?|fans|cheers|applause|supporters)\b)"
    r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?:caution(?:s|ed)?|admit(?:s|ted)?(?=\s+(?:that|to|having|it"
    r"|he|she|they|guilt|wrongdoing|responsibility|liability|fault|mistakes?|errors?|failings?|\w+ing)\b))"
    r"|argu(?:e|es|ed)|contend(?:s|ed)?(?!\s+with)|reiterat(?:e|es|ed)|testif(?:y|ies|ied)"
    r"|disclos(?:e|es|ed)|tweet(?:s|ed)|emphasi[sz](?:e|es|ed)"
    # acts of speech, statements whatever their object: "urged both sides to return to talks",
    # "criticised the review", "condemned the attack", "called for calm", "appealed to residents". Not
    # a sentence or a building condemned ("was condemned to death", "the condemned tower"), an appeal
    # to a court (a legal act), nor "the urge to" (a noun)
    r"|urg(?:es|ed)|critici[sz](?:es|ed)|denounc(?:es|ed)|prais(?:es|ed)|demand(?:s|ed)(?!\s+(?:by|of)\b)"
    r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bthe )condemn(?:s|ed)(?!\s+to\b)"
    # "called for calm"; not a vote or an election called for a day ("was called for Monday",
    # "called for December 12": a date set), nor the noun ("answered calls for help")
    r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )called\s+for"
    r"(?!\s+(?:(?:next|this|last)\s+)?(?:\w+day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))"
    r"|appeal(?:s|ed)\s+for"
    r"|appeal(?:s|ed)\s+to(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:court|tribunal|panel|judges?)\b)"
    # verbs that say only before what is said: "added that", "wrote on X that", "stressed that"; not
    # "added 200 jobs", "posted a loss", "maintained its lead", "conceded a goal"
    r"|(?:wr(?:ote|ites)|adds|added|posted|explain(?:s|ed)|maintain(?:s|ed)|signall?(?:s|ed)|signals"
    r"|assert(?:s|ed)|conced(?:es|ed)|stress(?:es|ed)|hint(?:s|ed))(?:\s+[\w’'-]+){0,3}?\s+that"
    # hedged and passive reports: "is thought to have died", "are feared dead", "purportedly stole"
    r"|(?:is|are|was|were)\s+(?:thought|understood|rumou?red|presumed|feared)\s+(?:to|dead|killed)"
    # a transfer rumour: "has been linked with a return to Celtic", "is strongly linked with a summer move"
    r"|(?:is|are|was|were|been)\s+(?:\w+ly\s+)?linked\s+with\s+(?:a\s+)?(?:[\w-]+\s+)?(?:move|switch|transfer|return)"
    r"|apparently|purportedly|supposedly"
    # rulings relay what a court or an authority decided: "Israel must halt its offensive, the court
    # ruled on Friday" (its "must" made it a forecast, dated the Friday after); not "ruled out", nor
    # "ordered 100 jets" (bought), nor "ruled Russia for decades" (governed); "ruled in favour of the
    # plaintiffs" is the ruling itself, done
    # "The court rules that ...", not the noun: "Under the rules that came into force on Monday" (a
    # determiner before it, or a verb right after its "that") was a ruling, `reported`
    r"|(?<!\bthe\s)(?<!\bnew\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bits\s)(?<!\btheir\s)rules\s+that"
    r"(?!\s+(?:came|come|comes|take|takes|took|apply|applies|applied|require[sd]?|ban|bans|banned|allow"
    r"|allows|allowed|govern|governs|governed|were|are|was|is|will|would|have|has|had|limit|limits|cover"
    r"|covers|bar|bars|set|sets)\b)"
    r"|(?:ruled|ordered)(?=\s+(?:that\b|on\b|(?:last\s+)?\w+day\b)"
    r"|\s*[,.;]|\s*$))\b"
    # last, so that a verb listed above shows as before ("disclosed", not "disclosed that")
    rf"|\b(?:{_SAYS})",
    re.IGNORECASE,
)

# A sentence that opens a quotation relays someone's words: "“The Kremlin has reached an agreement ...".
# Its cue is the mark with the quotation's first words ("“The Kremlin has"): the mark alone was shown
# as a lone "“" beside the kind.
_OPENING_QUOTE = re.compile(r"^\W*[“\"«„]\s*(?:[^\s”\"»]+\s+){0,2}[^\s”\"»]+")


# A date right after the verb of saying is the statement's: "Shoigu said on Monday", "told reporters
# Tuesday", "said in a statement on Tuesday". It never dates what the statement looks ahead to.
_STATEMENT_DATE = re.compile(
    r"\b(?:said|says|told(?:\s+\w+)?|announced|stated|confirmed|claimed|warned|reported|added|wrote|ruled"
    r"|ordered)(?:\s+(?:in|to|at|during)\s+(?:a|an|the|his|her|their|its)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
# Verbs that report what someone said, agreed or decided, after which a "would" or a "was set to"
# tells the speaker's future as of the saying ("Macron confirmed that Paris would recognise ... in
# September", "the court ruled that the election would be rerun in December"): only "said", "says",
# "told", "announced" and "added" counted, so the same plan was dated a year apart by its verb. The
# verbs of saying and of meaning (`saying`) in their past and third-person forms, and commitments,
# decisions and certainty.
_SAID_OF_A_PLAN = (
    rf"told\s+\w+|assured\s+\w+|{forms((*SAYING, *MEANING), base=False, nouns=False)}"
    r"|agreed|pledged|promised|vowed|decided|ruled|signall?ed|hoped|hinted|revealed"
    # what someone was sure of: "The minister was confident the deal would be signed in November"
    r"|(?:was|were)\s+(?:confident|sure|certain|hopeful|optimistic|convinced)"
)
# The future seen from the past, as reported speech puts it: "said the bank was prepared to cut rates
# in December", "said the bridge was due to reopen in January", "said the vote was set for Thursday".
# Told as the speaker's words it lies ahead of the saying (it was read as done, a year back); alone
# ("The rocket was scheduled to launch in August") it is an expectation of the past and stays one.
_BE_TO_PAST = (
    r"\bstood\s+ready\s+to\b"  # "said it stood ready to cut rates again in December"
    r"|\b(?:was|were)\s+(?:(?:all|now|also|still|already)\s+)?(?:"
    r"(?:prepared|ready|set|expected|poised|about|scheduled|slated|likely|willing|going|planning"
    rf"|preparing|hoping|aiming|on\s+(?:track|course))\s+to\b(?!\s+have\b)|due\s+(?:to\s+{_DUE_VERBS}|in\s+court\b)"
    r"|(?:expected|scheduled|slated|set)\s+(?=(?:on|for)\b))"
)
_FUTURE_IN_THE_PAST = re.compile(_BE_TO_PAST, re.IGNORECASE)
# ... unless what followed is told too: "was about to land when it crashed", "was set to sign the deal
# in September, but talks stalled"
_THEN_WHAT_HAPPENED = re.compile(r"(?i)\b(?:when|but|before|until|only\s+for)\b")
# Plans, pledges and arrangements: not forecasts (someone states them), but their dates lie ahead.
_PLAN = re.compile(
    # not "had planned to reopen on Monday, but": a plan of the past, not ahead of the article; nor "was
    # planning to withdraw in March", a plan of the past unless someone's words (`_FUTURE_IN_THE_PAST`)
    rf"(?<!\bhad )\b(?:{_COMMITMENT_TO}|(?:(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?:planning|prepar(?:es|ing))"
    r"|(?:is|are)\s+(?:set|scheduled))\s+to)\b"
    rf"|\b(?:is|are)\s+due\s+to\s+{_DUE_VERBS}"
    # aims: "The startup aims to raise $50 million next year", "The EU is considering sanctions"
    r"|(?<!the )(?<!their )(?<!its )(?<!his )(?<!her )(?<!our )(?<!['’]s )"
    # not a noun's purpose: "migrants hoping to reach Europe drowned", "the bill that aims to curb
    # migration passed on Monday" (the act is in the past; the aim dated it next Monday)
    r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )"
    # and a plural subject's: "Residents hope to return on Monday"
    rf"\b(?:hopes|aims|seeks|wants|{_PLURAL_VERB}(?:hope|aim|seek|want)|(?:is|are|['’]re)\s+(?:hoping|aiming|seeking|looking))\s+to\b|\b(?:is|are)\s+(?:considering|weighing|mulling)\b"
    r"|\b(?:is|are)\s+to\s+(?!be\s+blamed)\w+"
    # readiness, as a plan: "Hamas said it is ready to resume talks on Thursday" (it was last Thursday)
    r"|\b(?:is|are|['’]re)\s+(?:(?:now|also|still|already)\s+)?(?:ready|prepared|willing)\s+to\s+(?!have\b)"
    # "would" in reported speech ("said talks would resume on Friday"), not a condition or a clause;
    # the statement's own date or place may come before its "that" ("said on Monday that the drills
    # would start on Thursday" was dated Monday)
    # its subject may run to seven words with a clause of its own ("said passengers who booked in March
    # would get refunds", "said the budget approved in March would be revised": four were read as the
    # past, dated by the clause) and carry an aside in commas ("said the bill, passed in July, would")
    rf"|\b(?:{_SAID_OF_A_PLAN})\s+(?:(?:[\w’'-]+\s+){{0,5}}?that\s+)?(?:[\w’'-]+\s+){{0,7}}?"
    r"(?:[\w’'-]+,\s+[^,;]{1,60}?,\s+)?would\b(?!\s+not)"
    # a second thing said, after the first: "said the deal was "good news for the country" and that the
    # government would publish a review in May" (read as last May in a field test); the cue starts at
    # "and that", so a date of the first thing said stays its own ("said the man was arrested on Monday
    # and that he would appear in court in April")
    r"|\band\s+that\s+(?:[\w’'-]+\s+){0,7}?would\b(?!\s+not)",
    re.IGNORECASE,
)
# Headlinese for a plan, at a sentence's start: "Britain to hold general election on July 4", "Pope
# Francis to travel to Asia in September" (both were read as done, dated a year back). Its subject is
# a name (capitalised words, a possessive between them: "Ukraine's Zelenskiy"); what follows "to" is a
# verb, not a place ("Aid to Gaza resumed").
_HEADLINE_INFINITIVE = re.compile(
    r"\W*(?P<subject>(?:[A-Z][\w’'.&-]*\s+){0,4}?[A-Z][\w’'.&-]*)"
    r"\s+(?P<cue>to\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z]+)\b"
)
# A finite verb after the infinitive makes its subject a noun with a purpose: "Efforts to reach a deal
# failed on Monday", "The decision to leave came in March". Past forms ending in -ed (not "unchanged",
# "to be sentenced") and a passive headline's in -n ("Appeal to overturn ban thrown out"), the commonest
# irregular ones, and auxiliaries.
# "may" in lower case: "on May 28" is the month ("Spain's Sanchez to recognise Palestinian state")
_PRESENT_OR_MODAL = r"is|are|has|have|will|would|can|could|(?-i:may)|might|must|shall|should|does|do|says"
_FINITE_VERB = re.compile(
    r"(?<!\bbe )(?<!\bbeen )\b(?:(?!un[a-z]+ed\b|(?:hundred|need|speed|feed|seed|breed|red|bed|shed|sacred"
    r"|naked|wicked|hatred|kindred)\b)[a-z]{2,}ed|(?:over)?thrown|withdrawn)\b"
    rf"|\b(?:{_PRESENT_OR_MODAL}|was|were|had|did|got|said|came|went|took|made|gave|held|met|began|fell|rose|won|lost|left|saw|told|found|brought"
    r"|bought|ran|sent|spent|built|struck|fought|led|kept|paid|sold|stood|shot|hit|put|set|cut|cost|grew"
    r"|knew|drew|threw|flew|broke|spoke|chose|wrote|drove|froze|stole|became|withdrew|fled|felt|heard"
    r"|lay|sat|spread|sank|shut|quit|beat|dried|tried|died|lied"
    # not "woke" ("to ban woke ideology") nor "Lent"
    r"|taught|sought|caught|wore|bore|tore|swore|shook|shrank|sprang|rang|sang|swam|dug|swung|dealt|meant"
    r"|slid|rode|forbade|forgave|overtook|undertook|underwent|arose|withheld|upheld|overthrew|hid|slept"
    r"|wept|swept|crept|leapt|knelt|bled|hurt|clung|flung|strove|wove|spun)\b",
    re.IGNORECASE,
)
# Words that make "X to" a preposition, never a headline's subject: "According to police, the gunman
# wore a mask", "Prior to entering politics in 1995, he taught law", "Due to injury, Nadal sat out".
_PREPOSITION_BEFORE_TO = frozenset(
    (
        "according prior contrary due close next thanks owing up back relative subject similar compared "
        "pursuant"
    ).split()
)
# Where the clause of a headline's verb ends: a comma ("..., officials say"), a colon or a semicolon,
# or a conjunction that opens another clause ("Apple to cut jobs as sales slowed").
_CLAUSE_END = re.compile(r"[,;:]|\s(?:as|after|before|when|while|because|since|but|which|who|that)\s")


def tells_the_past(text: str, start: int) -> bool:
    """Whether the first finite verb of `text` from `start` on is a past form that says no one's words:
    "..., when ministers met in Brussels", not "..., when the judge will rule" or "..., the court said"."""
    verb = _FINITE_VERB.search(text, start)
    return (
        verb is not None
        and re.fullmatch(_PRESENT_OR_MODAL, verb.group(0), re.IGNORECASE) is None
        and _REPORT.match(text, verb.start()) is None
    )


def _names_someone(subject: str) -> bool:
    """Whether a sentence's opening capitalised words are a name, not a word capitalised by its
    place: a known state or body ("Britain", "NATO"), two or more words ("Pope Francis", "Wells
    Fargo"), an acronym ("OPEC"), or one word that does not look like a plural noun ("Boeing", but
    not "Efforts", "Talks", "Moves")."""
    words = subject.split()
    bare = re.sub(r"[’']s$", "", subject).lower()
    if bare in _PREPOSITION_BEFORE_TO:
        return False
    return (
        bare in ALIASES
        or len(words) > 1
        or (len(subject) > 1 and subject.isupper())
        or not subject.endswith("s")
    )


def _headline_plan(text: str) -> _Cue | None:
    """A headline's plan at the sentence's start ("Britain to hold general election on July 4"): its
    subject is a name and no finite verb follows in its clause. A name of one unknown word
    ("Boeing", but also "Money" in "Money to rebuild the school was raised") has no finite verb in
    the whole sentence, since a clause after a comma may still be its own ("Money to rebuild the
    school, pledged in March, never arrived")."""
    opening = dateline_length(text)
    match = _HEADLINE_INFINITIVE.match(text, opening)
    if match is None or not _names_someone(match["subject"]):
        return None
    one_unknown_word = " " not in match["subject"] and match["subject"].lower() not in ALIASES
    clause_end = None if one_unknown_word else _CLAUSE_END.search(text, match.end())
    end = clause_end.start() if clause_end else len(text)
    if _FINITE_VERB.search(text, match.end(), end):
        return None
    return _Cue(match.start("cue"), match.end("cue"), match["cue"])


def _plan_cues(text: str) -> list[_Cue]:
    """The plans of a sentence, outside background clauses, in order: its plan words and a
    headline's plan."""
    plans = [_Cue(m.start(), m.end(), m.group(0)) for m in cues_outside_background(_PLAN, text)]
    headline = _headline_plan(text)
    return sorted([*plans, *_futures_in_the_past(text), *([headline] if headline else [])])


def _futures_in_the_past(text: str) -> list[_Cue]:
    """The future seen from the past in someone's words ("Powell said the bank was prepared to cut
    rates in December", "The bridge was due to reopen in January, officials said"): a plan as of the
    saying, so its date lies ahead. Not without a report ("The rocket was scheduled to launch in
    August"), nor when the sentence goes on to what came of it ("... in September, but talks
    stalled")."""
    found = cues_outside_background(_FUTURE_IN_THE_PAST, text)
    reports = [r.start() for r in _REPORT.finditer(text)] if found else []
    cues = []
    for m in found:
        # someone's words other than the plan itself ("was planning to" alone is a plan of the past)
        if not any(at < m.start() or at >= m.end() for at in reports):
            continue
        # what came of it is told within the clause's reach (a bounded look: linear on any text)
        then = _THEN_WHAT_HAPPENED.search(text, m.end(), m.end() + 2 * _REACH_CHARS)
        if then is not None and _past_verb_after(text, then.end()):
            continue
        cues.append(_Cue(m.start(), m.end(), m.group(0).strip()))
    return cues


# A clause of its own with a past verb right before a date, inside what a plan says: "said it would
# close the plant it opened in March", "would restore the cuts that were made in August". The date is
# that clause's, told as done, not the plan's (it was read ahead, a year on). Its subject, its verb
# and at most four words to the date, none a modal ("workers who walked out would return in January"
# is the plan's date).
_PAST_CLAUSE_SUBJECT = re.compile(r"(?i)\b(?:it|he|she|they|we|which|that|who)\s")
_OWN_PAST_CLAUSE = re.compile(
    r"\w+\s+(?:had\s+)?(?P<verb>[a-z]+)\b(?!\s+to\b)"
    r"(?:\s+(?!(?:would|will|could|should|might|may|must|can|to)\b)[\w’'-]+){0,4}?\s+$",
    re.IGNORECASE,
)


def a_date_between(text: str, low: int, high: int) -> bool:
    """Whether a date expression of `text` starts in `low:high` (a bisection: linear in dates)."""
    expressions = find_date_expressions(text)
    at = bisect_left(expressions, (low, -1))
    return at < len(expressions) and expressions[at][0] < high


def past_verb_follows(text: str, end: int) -> bool:
    """Whether a finite verb in the past, in lower case, comes right after `end` ("The deal signed in
    June was ratified", "The bridge that collapsed in March reopened"): what comes before it is the
    sentence's subject. Not a name's word ("in June United Airlines said"), nor a present or a modal,
    whose date may lie ahead ("Voters who registered in September can cast ballots on Nov. 5")."""
    space = re.compile(r"\s+").match(text, end)
    verb = _FINITE_VERB.match(text, space.end()) if space else None
    return (
        verb is not None
        and verb.group(0)[0].islower()
        and re.fullmatch(_PRESENT_OR_MODAL, verb.group(0), re.IGNORECASE) is None
    )


def in_a_past_clause(text: str, start: int, since: int) -> bool:
    """Whether the date at `start` follows, after `since` (where the words that look ahead start),
    a subject and a past verb of its own clause ("the plant it opened in March"); not a future seen
    from the past ("it was ready to act in March") nor a modal ("it would be held in March")."""
    for subject in _PAST_CLAUSE_SUBJECT.finditer(text, max(since, start - _REACH_CHARS), start):
        clause = _OWN_PAST_CLAUSE.match(text, subject.start(), start)
        if (
            clause is not None
            and _FINITE_VERB.fullmatch(clause["verb"]) is not None
            and re.fullmatch(_PRESENT_OR_MODAL, clause["verb"], re.IGNORECASE) is None
            and _FUTURE_IN_THE_PAST.match(text, clause.start("verb")) is None
            # "would deliver the jets it built in 2023 next year": the clause's date is 2023, not
            # the plan's "next year" after it
            and not a_date_between(text, clause.end("verb"), start)
        ):
            return True
    return False


def _past_verb_after(text: str, start: int) -> bool:
    """Whether the first finite verb from `start` on is a past form ("but talks stalled", "when the
    ministry said"), not a present or a modal ("but inflation is still high")."""
    verb = _FINITE_VERB.search(text, start, start + 2 * _REACH_CHARS)
    return verb is not None and re.fullmatch(_PRESENT_OR_MODAL, verb.group(0), re.IGNORECASE) is None


# A clause break between the words that look ahead and a date: the date belongs to another clause
# ("Israel had vowed it would retaliate, and on Saturday its jets struck").
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|as|after|before|when)\b|\.\s")
# A non-restrictive relative clause: background to the sentence's event ("Russia, which invaded in
# February 2022, said on Monday ..."); in dashes or brackets too.
BACKGROUND_CLAUSE = re.compile(
    r",\s*(?:which|who|whom|whose|where)\b[^,;]*[,;]"
    r"|\s[—–-]{1,2}\s*(?:which|who|whom|whose|where)\b[^—–;]*[—–]"  # "Putin — who came to power in 2000 —"
    r"|\(\s*(?:which|who|whom|whose|where)\b[^)]*\)"
)


def dates_a_statement(text: str, start: int) -> bool:
    """Whether the date expression at `start` follows its verb of saying ("said on Monday", "told
    reporters Tuesday", "said in a statement on Tuesday"): the statement's date."""
    # looked for near the date: linear in dates on any text
    return _STATEMENT_DATE.search(text, max(0, start - _REACH_CHARS), start) is not None


def _dates_of_what_comes(text: str) -> list[int]:
    """Where the sentence's date expressions and days of the month ("will be lifted on the 22nd") start,
    leaving out the dates of statements."""
    starts = [start for start, _ in find_date_expressions(text)]
    starts += [start for start, _, _ in find_days_of_the_month(text)]
    return sorted(start for start in starts if not dates_a_statement(text, start))


def _dates_the_forecast(text: str, forecast_at: int, report_at: int) -> bool:
    """Whether a date of the sentence is the forecast's, not the statement's: one after the forecast
    words ("said the drills will start on 3 November"), or any when the attribution comes after the
    forecast ("By November, troops could be deployed, Kyiv says"). "Moscow said on 3 October that
    the drills will start soon" and "'We will respond,' Shoigu said on Monday" date the saying."""
    starts = _dates_of_what_comes(text)
    return any(start > forecast_at for start in starts) or (bool(starts) and report_at > forecast_at)


# A sentence's kind is read by `read_kind` and again by `look_ahead`, and once more when its date
# says the first reading was wrong: on 300 wire articles 82,495 cue scans of 34,190 (2.2 s of the
# 13 s outside the model). Each pattern is scanned once per text.
CUE_SCANS_REMEMBERED = 8192


@functools.lru_cache(maxsize=CUE_SCANS_REMEMBERED)
def cues_outside_background(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """The matches of `pattern` in `text` that are not in a background clause ("The law, which aims
    to curb migration, was passed")."""
    background = _background_clauses(text)
    return tuple(m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in background))


@functools.lru_cache(maxsize=CUE_SCANS_REMEMBERED)
def _background_clauses(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in BACKGROUND_CLAUSE.finditer(text))


class LookAhead(NamedTuple):
    """Where, in a sentence's visible text, the words that look ahead (a forecast's or a plan's)
    start, and where the dates they look ahead to begin."""

    cue_start: int  # dates after it, and deadlines ("By November, troops could be deployed"), lie ahead
    dates_from: int | None  # a date from here on is the event's ("said on Monday that ... in August")


def look_ahead(sentence: str, arrangements: bool = True, woulds: bool = True) -> LookAhead | None:
    """The sentence's first forecast or plan words, or None. `dates_from` is set when a date follows
    them that is not a statement's: that date lies ahead of the article ("Russia plans to hold the
    drills in August", "The leaders are to meet on June 16", "said talks would resume on Friday");
    "Tuesday's attack will likely prompt a response" looks ahead to no date."""
    text = visible_text(sentence)
    cues = [
        cue
        for cue in _forecast_cues(text, arrangements, woulds) + _plan_cues(text)
        # "She quit on Monday after the board said it would meet on 4 June": what a clause of cause
        # after a deed says lies ahead is not the sentence's event, so its date is not read ahead
        if not _after_a_main_clause_told_as_done(text, cue.start)
    ]
    if not cues:
        return None
    cue = min(cues)
    for start in _dates_of_what_comes(text):
        # "expected on Wednesday": the cue may end inside the date's own preposition
        if start >= cue.start + 1 and not _CLAUSE_BREAK.search(text, cue.start, max(start, cue.end)):
            return LookAhead(cue.start, min(start, cue.end))
    return LookAhead(cue.start, None)


def is_arrangement(cue: str | None) -> bool:
    """Whether the words that decided a kind are a present progressive ("are meeting"): an
    arrangement only while its date is near, unlike "will" or "plans to"."""
    return cue is not None and _PROGRESSIVE.fullmatch(cue) is not None


def is_main_clause_would(cue: str | None) -> bool:
    """Whether the words that decided a kind are a main clause's "would" ("would take effect"): a
    forecast, or a story's later events told from its past ("He would return to Iran in 1979")."""
    return cue is not None and _WOULD.fullmatch(cue) is not None


# A clause of cause or time after the main clause, up to its verb of saying: "Shares fell 11 percent on
# Thursday after the regulator said it had opened an inquiry" tells the fall (it was read as a report).
# Not at the sentence's start ("After the minister said ..., the union struck" opens an aside as well,
# but "When asked, officials said" is theirs), nor across a comma.
# A condition after it too: "The ban will be lifted on the 22nd if no new cases are reported" tells the
# lifting, not a report (it was `reported`, undated).
_CAUSE_BEFORE = re.compile(
    r"\w[^,;:\"“”]*?\s(?P<conjunction>after|following|because|when|as|if|unless)\s[^,;:\"“”]*$"
)


def _after_the_main_clause(text: str, at: int) -> bool:
    """Whether `at` lies in a clause of cause or time following the sentence's main clause
    (`_CAUSE_BEFORE`): "Shares slid after the bank said it would close branches"."""
    return _CAUSE_BEFORE.search(text, 0, at) is not None


def _after_a_main_clause_told_as_done(text: str, at: int) -> bool:
    """Whether `at` lies in a clause of cause or time following a main clause told in the past
    ("Oil jumped after OPEC said it will cut output"); not "Oil is as likely to rise" nor "It is
    unclear when the vote will take place", whose main clause is no deed."""
    clause = _CAUSE_BEFORE.search(text, 0, at)
    return clause is not None and _past_verb_after(text[: clause.start("conjunction")], clause.start())


def forecast_after_a_deed(sentence: str) -> int | None:
    """Where the first forecast or plan said in a clause of cause or time after a main clause told as
    done starts ("The minister resigned after the party said it would hold a vote on Friday": its
    "would"), or None. A date from there on is that forecast's, not the deed's."""
    text = visible_text(sentence)
    cues = _forecast_cues(text) + _plan_cues(text)
    embedded = [cue.start for cue in cues if _after_a_main_clause_told_as_done(text, cue.start)]
    return min(embedded, default=None)


# An obligation ("must", "has to", "will have to", "is required to") ...
_OBLIGATION = re.compile(
    r"must\b|(?:will|['’]ll)\s+(?:now\s+|still\s+|also\s+)?(?:have|need)\s+to\b"
    r"|(?:will\s+(?:now\s+|still\s+|also\s+)?be\s+)?(?:required|obliged)\s+to\b",
    re.IGNORECASE,
)
# ... joined to the clause before it by "but", "and" or "yet", sharing its subject or naming it by a
# pronoun: "He was granted bail but must surrender his passport", "was fined and will have to repay"
_JOINED_BEFORE = re.compile(
    r"(?:,\s*)?\s(?:but|and|yet)\s+(?:(?:he|she|it|they|we)\s+)?(?:(?:now|still|also|then|first)\s+)?$",
    re.IGNORECASE,
)


def _obligation_of_a_deed(text: str, at: int) -> bool:
    """Whether the words at `at` are an obligation joined to a main clause told in the past ("He was
    granted bail but must surrender his passport", "The bank was fined and will have to repay
    customers"): the event is the deed, which happened (it was `expected`, its "must" a forecast);
    what it obliges to is its condition, not a second event the sentence forecasts. An obligation
    alone ("Applicants must file by June 30"), after a clause that is no deed ("The court ruled he
    must leave", "The firm, which was fined, must pay by Friday") or with a date of its own stays
    what it was."""
    # a date after it is the obligation's own ("was remanded and must appear again on 12 November"):
    # read as done, the sentence was dated the last 12 November
    if _OBLIGATION.match(text, at) is None or a_date_between(text, at, len(text)):
        return False
    joined = _JOINED_BEFORE.search(text, 0, at)
    if joined is None:
        return False
    return _past_verb_after(text[: joined.start()], 0)


def _main_report(text: str) -> re.Match[str] | None:
    """The first attribution of the sentence that is not inside a clause of cause or time following
    its main clause (`_CAUSE_BEFORE`)."""
    for report in _REPORT.finditer(text):
        if report.groupdict().get("trailing") or not _after_the_main_clause(text, report.start()):
            return report
    return None


def read_kind(sentence: str, arrangements: bool = True, woulds: bool = True) -> tuple[EventKind, str | None]:
    """The kind of the event a sentence reports, and the words of the sentence that decided it
    (shown beside the kind, as a date's words are beside the date; none for `happened`).

    A forecast is `expected`, unless someone voices a possibility without a time for it ("Putin
    indicated that North Korea could receive Russian arms"): then the statement is the event,
    `reported`. So is a statement dated before its forecast: in "Moscow said on 3 October that the
    drills will start soon" the date is the saying's, and a forecast would move it a year ahead.
    Attribution, plans and quotations are `reported`; anything else `happened`. `arrangements`:
    whether a present progressive before a date ("Ministers are meeting on Friday") is a schedule;
    `woulds`: whether a main clause's "would" is a forecast."""
    text = visible_text(sentence)
    report = _main_report(text) or _OPENING_QUOTE.match(text)
    # what a clause of cause or time says lies ahead is not the sentence's event, as what it says is
    # not: "Oil jumped after OPEC said it will cut output" tells the jump (it was `expected`)
    cue = next(
        (
            cue
            for cue in (_first_forecast(text, woulds), _schedule(text, arrangements))
            if cue is not None
            and not _after_a_main_clause_told_as_done(text, cue.start)
            and not _obligation_of_a_deed(text, cue.start)
        ),
        None,
    )
    if cue and (report is None or _dates_the_forecast(text, cue.start, report.start())):
        return EventKind.expected, cue.words
    if report is not None:
        # the verb alone of a speaker at the end: "added", not ", the ministry added"
        trailing = report.groupdict().get("trailing")
        return EventKind.reported, trailing or report.group(0).strip()
    # An arrangement or preparation without a verb of saying ("The leaders are to meet on June 16",
    # "Russia is preparing to launch"): `look_ahead` dates it after the article, so it is a plan
    # someone has set, never something that happened (it was `happened`, dated days ahead).
    plan = next(
        (plan for plan in _plan_cues(text) if not _after_a_main_clause_told_as_done(text, plan.start)), None
    )
    if plan is not None:
        return EventKind.reported, plan.words.strip()
    return EventKind.happened, None
