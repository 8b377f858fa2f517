"""A probe of the year a month or a weekday without its year takes in reported speech and the future
seen from the past, on wire-style sentences, none from the seeds: politics, courts, central banks,
business, science, sports, weather and disasters.

A date without its year takes the document's, moved a year back when it would fall after the article
(what was done lies before it) or a year on when the sentence looks ahead (what is planned lies after
it). Reported speech puts a plan in the past tense: "Powell said the bank was prepared to cut rates in
December" looks ahead as "said it would cut rates in December" does, while "said the attack happened
in March" and "The rocket was scheduled to launch in August but ..." stay in the past. Each case is a
sentence of an article dated Wednesday 16 October 2024 (unless it says otherwise), grounded as the
pipeline grounds it, and the dates a careful reader accepts: one, or two where the text cannot tell.
Run it on any revision (`PYTHONPATH=<tree> python scripts/probe_dates_speech.py [-v]`): it prints how
many dates are right, how many a year or more off (what a reader is misled by) and, with -v, every
date that is not accepted.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from timeline.cleaning import clean
from timeline.extraction import WireEvent
from timeline.grounding import GroundedEvent, ground
from timeline.models import DocumentDate, DocumentDateSource, EventDate, Precision

ARTICLE = "2024-10-16"  # a Wednesday


class Case(NamedTuple):
    sentence: str
    accepted: tuple[str | None, ...]  # the dates a careful reader accepts (value only; None: undated)
    group: str
    article: str = ARTICLE


def cases(group: str, pairs: list[tuple[str, str]]) -> list[Case]:
    """Cases from (sentence, "the accepted dates, joined by ' or '") pairs."""
    return [
        Case(sentence, tuple(None if v == "undated" else v for v in value.split(" or ")), group)
        for sentence, value in pairs
    ]


# A plan told in someone's words: its date lies ahead of the saying, so of the article.
AHEAD = cases(
    "ahead",
    [
        ("Powell said the central bank was prepared to cut interest rates again in December.", "2024-12"),
        ("Macron said France would recognise a Palestinian state in September.", "2025-09"),
        ("Macron confirmed that Paris would recognise a Palestinian state in September.", "2025-09"),
        ("The finance minister said the government would present its budget in March.", "2025-03"),
        ("The airline said it was ready to resume flights to Tel Aviv in November.", "2024-11"),
        ("The agency said the probe was set to land on the asteroid in February.", "2025-02"),
        ("Officials said the bridge was due to reopen in January.", "2025-01"),
        ("The court said the trial was scheduled to begin in November.", "2024-11"),
        ("Analysts said the central bank was expected to raise rates in December.", "2024-12"),
        ("The company said it was poised to launch the phone in March.", "2025-03"),
        ("The union said its members were about to walk out again in November.", "2024-11"),
        ("The ministry said it planned to hold the auction in February.", "2025-02"),
        ("Boeing plans to restart production in January.", "2025-01"),
        ("The mayor promised to clear the backlog by December.", "2024-12"),
        ("The company announced that it will close the plant in January.", "2025-01"),
        ("Toyota announced it would cut output in November.", "2024-11"),
        ("The two sides agreed that talks would resume in January.", "2025-01"),
        ("The rebels vowed to retake the city by March.", "2025-03"),
        ("The union pledged that its members would strike in January.", "2025-01"),
        ("The court ruled that the election would be rerun in December.", "2024-12"),
        ("Germany confirmed it would send more air defence systems in January.", "2025-01"),
        ("The minister insisted that the election would go ahead in March.", "2025-03"),
        ("The CEO said the company was on track to return to profit in March.", "2025-03"),
        ("The regulator said it was likely to rule on the merger in February.", "2025-02"),
        ("The central bank was prepared to cut rates again in December, Powell said.", "2024-12"),
        ("The bridge was due to reopen in January, officials said.", "2025-01"),
        ("The trial was scheduled to begin in November, the court said.", "2024-11"),
        ("The prime minister said on Monday that he would resign in January.", "2025-01"),
        ("The league said the final would be played in May.", "2025-05"),
        ("The league confirmed the final will be played in May.", "2025-05"),
        ("Apple said it was about to release the update in November.", "2024-11"),
        ("The governor said the state would hold a special election in February.", "2025-02"),
        ("The health ministry said vaccinations were set to begin in January.", "2025-01"),
        ("Scientists said the comet would be visible in the night sky in March.", "2025-03"),
        ("The minister reiterated that the troops would leave in December.", "2024-12"),
        ("The IMF predicted that growth would slow in January.", "2025-01"),
        ("The company expects the merger to close in March.", "2025-03"),
        ("The government decided that schools would reopen in January.", "2025-01"),
        ("The chancellor said the budget was going to be published in November.", "2024-11"),
        ("He told the BBC he was willing to meet Putin in January.", "2025-01"),
        ("The judge said sentencing was scheduled for January.", "2025-01"),
        ("The judge ruled that the defendant would be sentenced in January.", "2025-01"),
        ("The company said in a statement that the plant would close in March.", "2025-03"),
        ("The company said in a statement on Tuesday that the plant would close in March.", "2025-03"),
        ("Acme Corp. announced that it expects to complete the acquisition in December.", "2024-12"),
        ("Researchers said the telescope was due to begin observations in February.", "2025-02"),
        ("The space agency said the crew was about to return to Earth in February.", "2025-02"),
        ("Election officials said the runoff was scheduled for December.", "2024-12"),
        ("The runoff was scheduled for December, election officials said.", "2024-12"),
        ("The central bank said inflation was likely to peak in March.", "2025-03"),
        ("The union said workers were willing to strike in January.", "2025-01"),
        ("Opposition leaders pledged that they would boycott the vote in December.", "2024-12"),
        ("The minister hinted that rates would fall in February.", "2025-02"),
        ("The UN estimated that famine would hit the region in March.", "2025-03"),
        ("Modi visits Washington in June.", "2025-06"),
        ("Pope to visit Belgium in September.", "2025-09"),
        ("The board said it would decide on the merger in November.", "2024-11"),
        ("Officials warned that the reservoir could run dry by August.", "2025-08"),
        ("The defendant is due in court on Monday.", "2024-10-21"),
        # the statement dated before the article: its plan lies ahead of the saying, not of the article
        ("In March, the minister said the law would take effect in June.", "2024-06"),
        ("On Monday, the ministry said the drills would start on Tuesday.", "2024-10-15"),
        ("In February, the company said it would open the plant in May.", "2024-05"),
        ("The coach said on Monday that the team would travel to Madrid on Tuesday.", "2024-10-15"),
        ("In March, the minister said the law would take effect next month.", "2024-04"),
        ("In January, officials said the bridge was due to reopen in March.", "2024-03"),
        ("In April, Biden said he would visit Germany in June, but the trip was cancelled.", "2024-06"),
        ("In 2019, the company said it would open the plant in June.", "2019-06"),
        ("In September, the Fed said it was prepared to cut rates again in December.", "2024-12"),
        ("In March, the agency said inflation will peak in June.", "2025-06"),
        ("In October, the minister said the law would take effect in December.", "2024-12"),
        ("Last month, the company said it planned to cut jobs in January.", "2025-01"),
        # a second round, written after the rules above
        ("Hamas said it is ready to resume talks on Thursday.", "2024-10-17"),
        ("The company is ready to launch the product in March.", "2025-03"),
        ("Kyiv said it was counting on the new aid package arriving in December.", "2024-12"),
        ("The ECB signalled it would cut rates again in December.", "2024-12"),
        ("The ECB said it stood ready to cut rates again in December.", "2024-12"),
        ("The mayor told residents the water would be restored by Friday.", "2024-10-18"),
        ("Spokesman Dmitry Peskov told reporters that Putin would travel to Kazan on Tuesday.", "2024-10-22"),
        ("The airline told passengers the flight would depart on Sunday.", "2024-10-20"),
        ("The minister was confident the deal would be signed in November.", "2024-11"),
        ("The president said elections would be held in February, a month later than planned.", "2025-02"),
        ("The Kremlin said the summit would go ahead as planned in November.", "2024-11"),
        ("The committee said a decision was not expected until January.", "2025-01"),
        ("The company said it would report third-quarter results on Thursday.", "2024-10-17"),
        ("The striker said he would retire at the end of the season in May.", "2025-05"),
        ("The agency said it was poised to approve the vaccine as early as December.", "2024-12"),
        ("Officials said the storm was forecast to hit the coast on Friday.", "2024-10-18"),
        ("The government said it intended to hold a referendum in March.", "2025-03"),
        ("The mission team said the lander was ready to touch down in January.", "2025-01"),
        ("The senator told CNN she was planning to run for governor in November.", "2024-11"),
        ("Negotiators were expected to meet in Cairo on Sunday, two officials said.", "2024-10-20"),
        ("Zelensky said Ukraine was ready to hold elections in May if the war ended.", "2025-05"),
        ("The minister said it would be held in March.", "2025-03"),
        ("The union said workers who walked out would return in January.", "2025-01"),
        ("He said that he would step down in January.", "2025-01"),
        ("The ministry said it was ready to act in March.", "2025-03"),
        ("Israel said it would respond on Tuesday.", "2024-10-22"),
        ("The party said it would nominate a candidate in March, after it lost in June.", "2025-03"),
        ("The club said it would appeal, and that the player would return in March.", "2025-03"),
        ("The airline said passengers who booked in March would get refunds in January.", "2025-01"),
        ("The senator announced she would not run again in November.", "2024-11"),
    ],
)

# What was done, said or expected in the past: it stays before the article.
PAST = cases(
    "past",
    [
        ("The vote had been expected to take place in June but was postponed.", "2024-06"),
        ("The rocket was scheduled to launch in August but the flight was scrubbed.", "2024-08"),
        ("The talks collapsed in September.", "2024-09"),
        ("He said the attack happened in March.", "2024-03"),
        ("It said the company had cut jobs in August.", "2024-08"),
        ("The journalist was killed in July.", "2024-07"),
        ("The minister said prices rose in September.", "2024-09"),
        ("The central bank cut rates in September, Powell said.", "2024-09"),
        ("The senator said she voted against the bill in May.", "2024-05"),
        ("The minister said the government had planned to hold the vote in March.", "2024-03"),
        ("The company said in September it would cut 1,000 jobs.", "2024-09"),
        ("Ukraine said Russia had been preparing to attack in May.", "2024-05"),
        ("The government was ready to sign the deal in September, but talks stalled.", "2024-09"),
        ("The army was planning to withdraw in March.", "2024-03"),
        ("Ukraine said Russia was preparing an offensive in May.", "2024-05"),
        ("The company said it had been expected to close the deal in June.", "2024-06"),
        ("The minister said the election had been scheduled for March.", "2024-03"),
        ("The mayor announced his resignation in September.", "2024-09"),
        ("The company reported that sales had fallen in September.", "2024-09"),
        ("The scientists said the comet was visible in the night sky in March.", "2024-03"),
        ("The defendant was sentenced in January, the judge said.", "2024-01"),
        ("Acme Corp. announced that the acquisition was completed in September.", "2024-09"),
        ("Researchers said the telescope began observations in February.", "2024-02"),
        (
            "The minister said the government was set to sign the deal in September, but talks stalled.",
            "2024-09",
        ),
        ("The commission said the delay was due to bad weather in March.", "2024-03"),
        ("Police said the man was likely to have fled in September.", "2024-09"),
        ("Israel's army said it had been ready to strike in April.", "2024-04"),
        ("Witnesses said the plane was about to land when it crashed on Monday.", "2024-10-14"),
        ("Officials said the ferry was preparing to leave when the fire broke out on Sunday.", "2024-10-13"),
        ("The federation said the tournament took place last month.", "2024-09"),
        ("Germany agreed to deliver the tanks in January.", "2024-01"),
        ("The ministry said last week that the drills would start on Thursday.", "2024-10-17"),
        ("After the floods in May, the government said it would rebuild the bridge by September.", "2025-09"),
        ("In July, Israel vowed to retaliate in August.", "2024-08"),
        # a second round
        ("The mayor told residents the water was restored on Friday.", "2024-10-11"),
        ("The president said elections, originally planned for February, were held in March.", "2024-03"),
        ("The company said it reported third-quarter results on Thursday.", "2024-10-10"),
        ("The striker, who said he would retire, played his last game on Sunday.", "2024-10-13"),
        ("The agency said the vaccine was approved in December.", "2023-12"),
        ("Police said the suspect had been due to appear in court in September.", "2024-09"),
        ("The government said it had intended to hold a referendum in March.", "2024-03"),
        ("Negotiators met in Cairo on Sunday, two officials said.", "2024-10-13"),
        ("The ferry was due to leave in September.", "2024-09"),
        # a third round: a clause of its own told as done inside what a plan says. What the plan acts
        # on is neither when the plan was said nor when it is to be: the sentence leaves the event
        # undated (dates4; dates3 accepted the clause's date, better than the year on it had)
        ("The company said it would close the plant it opened in March.", "undated"),
        ("The company said it would reverse the decision it made in March.", "undated"),
        ("Officials said they would vote on the bill they drafted in September.", "undated"),
        ("The government said it would restore the cuts that were made in August.", "undated"),
        ("The firm said it would sell the unit it bought in March.", "undated"),
        ("Israel said it would respond to the attack it suffered on Tuesday.", "undated"),
        ("The firm said it would appeal the ruling handed down in July.", "undated"),
    ],
)

# Weekdays and this or next month: the coming one in a plan, the last one in a report of the done.
WEEKDAYS = cases(
    "weekdays and months",
    [
        ("The speaker told reporters the vote would take place on Thursday.", "2024-10-17"),
        ("The president told reporters he would meet Xi on Monday.", "2024-10-21"),
        ("Police said the suspect was arrested on Thursday.", "2024-10-10"),
        ("The leaders met on Thursday.", "2024-10-10"),
        ("The ministry said on Monday that the drills would start on Thursday.", "2024-10-17"),
        ("The minister said the law would take effect next month.", "2024-11"),
        ("The government said it would announce the plan this month.", "2024-10"),
        ("She said the team would play Brazil on Saturday.", "2024-10-19"),
        ("He said the team played Brazil on Saturday.", "2024-10-12"),
        ("The coach said on Tuesday that the team would face Spain on Saturday.", "2024-10-19"),
        ("NASA said the launch was expected on Thursday.", "2024-10-17"),
        ("The White House said Biden was set to travel to Germany on Friday.", "2024-10-18"),
        ("The White House said Biden travelled to Germany on Friday.", "2024-10-11"),
        ("Prosecutors said the defendant was due in court on Monday.", "2024-10-21"),
        ("Prosecutors said the defendant appeared in court on Monday.", "2024-10-14"),
        ("The striking nurses said they were ready to return to work on Monday.", "2024-10-21"),
        ("The federation said the tournament would take place next month.", "2024-11"),
        ("The FA said the replay would be staged on Tuesday.", "2024-10-22"),
        ("The club confirmed that the striker would miss the match on Saturday.", "2024-10-19"),
        ("The club said the striker missed the match on Saturday.", "2024-10-12"),
        ("Organisers said the marathon was set to go ahead on Sunday despite the heat.", "2024-10-20"),
        ("The marathon went ahead on Sunday despite the heat.", "2024-10-13"),
        ("Forecasters warned that the hurricane would make landfall on Thursday.", "2024-10-17"),
        ("The hurricane made landfall on Thursday, forecasters said.", "2024-10-10"),
        ("Forecasters said the storm was expected to weaken on Friday.", "2024-10-18"),
        ("The ministry stressed that the exercises would end on Friday.", "2024-10-18"),
        ("The ministry said the exercises ended on Friday.", "2024-10-11"),
        ("The White House said Biden was going to visit Germany last week.", "2024-10-09"),
    ],
)

# Where the text cannot tell: either reading is accepted, never a third.
EITHER = cases(
    "either",
    [
        ("Russia was preparing to attack in May, Ukrainian intelligence said.", "2024-05 or 2025-05"),
        ("The EU agreed to lift the sanctions in February.", "2024-02 or 2025-02"),
        ("The company expected the merger to close in March.", "2024-03 or 2025-03"),
        ("Last year, the company said it would open the plant in June.", "2023-06 or 2024-06"),
        ("Officials expected the bridge to reopen in January.", "2024-01 or 2025-01"),
        ("In July, the court scheduled the trial for November.", "2024-07 or 2024-11"),
    ],
)

CASES = AHEAD + PAST + WEEKDAYS + EITHER


def grounded_alone(sentence: str, article: str = ARTICLE) -> list[GroundedEvent]:
    """The sentence grounded as the pipeline grounds it, the only event of an article of that day;
    none when the analysis filter hides it from the model. Shared with probe_kinds_genres."""
    published = DocumentDate(value=article, precision=Precision.day, source=DocumentDateSource.cli)
    cleaned = clean(f"Note\n\n{sentence}\n", "Note")
    return ground("a.txt", cleaned, [WireEvent(q=sentence[:30], t="x", k="h")], published).events


def dated(case: Case) -> EventDate:
    """The date the pipeline gives the case's sentence, grounded as its only event."""
    (event,) = grounded_alone(case.sentence, case.article)
    return event.date


def a_year_off(case: Case, date: EventDate) -> bool:
    """Whether the date has the accepted month or day in another year: the misreading a reader cannot
    see, unlike an undated event."""
    return (
        date.value is not None
        and date.value not in case.accepted
        and any(
            value is not None and date.value[4:] == value[4:] and date.value[:4] != value[:4]
            for value in case.accepted
        )
    )


def main(verbose: bool) -> None:
    dates = [dated(case) for case in CASES]
    for group in ("ahead", "past", "weekdays and months", "either"):
        judged = [(case, date) for case, date in zip(CASES, dates, strict=True) if case.group == group]
        right = sum(date.value in case.accepted for case, date in judged)
        off = sum(a_year_off(case, date) for case, date in judged)
        print(f"{group}: right {right}/{len(judged)}, a year off {off}/{len(judged)}")
    right = sum(date.value in case.accepted for case, date in zip(CASES, dates, strict=True))
    print(f"all: right {right}/{len(CASES)}")
    if verbose:
        for case, date in zip(CASES, dates, strict=True):
            if date.value not in case.accepted:
                mark = "!" if a_year_off(case, date) else " "
                print(
                    f" {mark} {date.value} (accepted {' or '.join(map(str, case.accepted))}): {case.sentence}"
                )


if __name__ == "__main__":
    main("-v" in sys.argv)
