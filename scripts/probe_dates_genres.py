"""A probe of the dates of news genres the other date probes see little of: business and markets,
courts, sport, science and health, politics, and numbers that are no dates. None of its sentences
is from the seeds.

Each case is a sentence of an article dated Wednesday 16 October 2024, grounded as the pipeline
grounds it, and the dates a careful reader accepts, with their modifier: "2024-10-14" (that day, no
modifier), "2024 end" (the end of 2024), "2024-10-16 after", "undated" (nothing in the words
justifies a date), joined by " or " where the text allows more than one reading. A date is never
more precise than its words: "fiscal 2025" is about 2025, "in the three months to September" ends
in September, "the 1990s" and "this season" date nothing. Run it on any revision
(`PYTHONPATH=<tree> python scripts/probe_dates_genres.py [-v]`): it prints how many are right in
each genre and, with -v, every date that is not accepted.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

# the probe beside this one (a script's own folder is on the path): how the pipeline dates a sentence
import probe_dates_speech as speech

from timeline.models import EventDate, Modifier

ARTICLE = speech.ARTICLE  # Wednesday 16 October 2024

Reading = tuple[str | None, Modifier | None]  # a date's value and modifier (None, None: undated)


class Case(NamedTuple):
    sentence: str
    accepted: tuple[Reading, ...]
    group: str
    article: str = ARTICLE


def _reading(written: str) -> Reading:
    if written == "undated":
        return None, None
    value, _, modifier = written.partition(" ")
    return value, Modifier(modifier) if modifier else None


def cases(group: str, pairs: list[tuple[str, str]]) -> list[Case]:
    """Cases from (sentence, "the accepted readings, joined by ' or '") pairs."""
    return [
        Case(sentence, tuple(_reading(written) for written in accepted.split(" or ")), group)
        for sentence, accepted in pairs
    ]


def reading(date: EventDate) -> Reading:
    return date.value, date.modifier if date.value is not None else None


def shown(read: Reading) -> str:
    value, modifier = read
    return "undated" if value is None else f"{value} {modifier.value}" if modifier else value


BUSINESS = cases(
    "business and markets",
    [
        (
            "Shares of the retailer fell 8% in early trading on Tuesday after it cut its outlook.",
            "2024-10-15",
        ),
        ("Revenue rose 12% in the third quarter of 2024 to $4.1 billion.", "2024"),
        ("The bank reported a record profit for fiscal 2024.", "2024 approx"),
        ("The retailer expects sales to grow 5% in FY2025.", "2025 approx"),
        ("The chipmaker's revenue rose 40% in FY24, it said.", "2024 approx"),
        ("Net income fell by a third in the first half of the year, the airline said.", "2024"),
        ("Revenue in H1 rose 9% on strong demand for its cloud services.", "2024"),
        ("The group aims to cut its net debt below $2 billion by year-end.", "2024 end"),
        ("The brewer plans to sell the unit by end-2025.", "2025 end"),
        ("The central bank is expected to start cutting rates by mid-2025.", "2025 mid or 2025 before"),
        (
            "Oil prices tumbled overnight after the cartel agreed to raise output.",
            "2024-10-16 approx or 2024-10-15 approx",
        ),
        (
            "Asian markets rallied late on Monday as investors shrugged off the data.",
            "2024-10-14 or 2024-10-14 end",
        ),
        ("Stocks closed higher on Friday, with the S&P 500 up 0.6% at 5,815 points.", "2024-10-11"),
        ("The merger is expected to close in the coming days.", "2024-10-16 after"),
        ("The firm said it would name a buyer within weeks.", "2024-10-16 after"),
        ("Tesla delivered 462,890 vehicles in the three months to September.", "2024-09 before or 2024"),
        ("Exports fell 5% in the year to March, data showed.", "2024-03 before"),
        (
            "The company, which went public in 2019, said on Thursday it would cut 1,200 jobs.",
            "2024-10-10",
        ),
        ("Shares of the lender have fallen 30% since March.", "2024-03 after"),
        ("Inflation eased to 2.4% in September from 2.9% in August.", "2024-09"),
        ("The automaker will recall its 2024 models of the pickup next month.", "2024-11"),
        ("The chipmaker will report results for the quarter ending Sept. 29 on Oct. 30.", "2024-10-30"),
        (
            "The insurer posted a profit for the quarter ended June 30.",
            "2024-06-30 before or 2024-06-30 or 2024",
        ),
        ("Bitcoin hit a record of $73,000 on March 14.", "2024-03-14"),
        ("The startup raised $20 million in June 2023.", "2023-06"),
        ("The company swung to a loss in Q3, hit by a strike at its plant.", "2024"),
        ("Factory output fell for a fourth month in a row in September.", "2024-09"),
    ],
)

COURTS = cases(
    "courts",
    [
        (
            "The jury returned its verdict late on Thursday after two days of deliberations.",
            "2024-10-10 or 2024-10-10 end",
        ),
        ("The judge set sentencing for Jan. 15.", "2025-01-15"),
        ("The suspect was arrested on Monday and charged the following day.", "2024-10-15 or 2024-10-14"),
        ("The Supreme Court will hear the case this term.", "undated"),
        ("The defendant, aged 24, pleaded guilty to manslaughter.", "undated"),
        ("He was convicted under Section 2024 of the penal code.", "undated"),
        ("The lawsuit, filed in federal court in 2022, was dismissed on Tuesday.", "2024-10-15"),
        ("The judge cited a 1996 ruling in dismissing the case on Friday.", "2024-10-11"),
        ("Prosecutors said the fraud took place between May and July.", "2024-05 after"),
        ("The former governor was jailed for 10 years in 2019 for bribery.", "2019"),
        ("The hearing, which began at 9:30 a.m. on Monday, lasted eight hours.", "2024-10-14"),
        ("The verdict came a fortnight after closing arguments.", "undated"),
        ("Lawyers for the company filed an appeal a fortnight ago.", "2024-10-02 approx"),
        ('"I was not in the country in 2015," he told the court on Wednesday.', "2024-10-16"),
        ("The man was sentenced on Tues. to life in prison.", "2024-10-15"),
        ("Police said the attack happened on the 14th.", "2024-10-14 or undated"),
        ("The trial is set to begin on the 28th.", "2024-10-28 or undated"),
        ("The court has sat since 9 a.m. on Monday.", "2024-10-14 after or 2024-10-14"),
        ("The appeal will be heard on Nov. 4th.", "2024-11-04"),
        ("The judge ordered the release of 2,024 pages of documents on Monday.", "2024-10-14"),
    ],
)

SPORT = cases(
    "sport",
    [
        ("City clinched the title on the final day of the 2023-24 season.", "2023 after or 2024"),
        ("The striker scored twice in a 7-5 win over Leeds on Saturday.", "2024-10-12"),
        ("Djokovic won the final 6-4, 6-3 on Sunday.", "2024-10-13"),
        ("The Yankees beat the Guardians 3-1 in Game 2.", "undated"),
        ("The club has not won a trophy this season.", "undated"),
        ("The team returns to training next spring.", "2025"),
        ("The marathon will be held on June 5th next year.", "2025-06-05"),
        ("The Games will take place from July 24 to Aug. 9.", "2025-07-24 after"),
        ("The derby ended with a score of 3-1 to the visitors.", "undated"),
        ("He ran the 100 metres in 9.58 seconds in Berlin in 2009.", "2009"),
        ("The 2026 World Cup will be held in North America.", "2026"),
        ("The sprinter, who turned 30 on the 2nd, broke the record on Sunday.", "2024-10-13"),
        ("The quarterback threw three touchdowns in the fourth quarter on Sunday night.", "2024-10-13"),
        ("The match kicks off at 19:45 BST on Saturday.", "2024-10-19"),
        (
            "The club sacked its manager overnight after a 4-0 defeat.",
            "2024-10-16 approx or 2024-10-15 approx",
        ),
        ("The Olympic champion dominated the sport in the 1990s.", "undated"),
        ("The race starts at 8 a.m. on Sunday, Nov. 3.", "2024-11-03"),
        ("The forward wears the No. 10 shirt and joined the club in August.", "2024-08"),
        ("The coach was fired a day after the 5-0 loss.", "undated"),
        ("The champions play their first game of the 2024-25 season on Saturday.", "2024-10-19"),
    ],
)

SCIENCE = cases(
    "science and health",
    [
        ("The probe will fly past Jupiter in the first half of 2026.", "2026"),
        ("The outbreak has killed 34 people since early September.", "2024-09 after or 2024-09 start"),
        ("Researchers tracked 2,024 volunteers for a decade.", "undated"),
        ("The vaccine could be approved in the coming weeks.", "2024-10-16 after"),
        (
            "The telescope spotted the comet on the night of 4 to 5 June.",
            "2024-06-04 or 2024-06-04 after or 2024-06-05",
        ),
        ("The patient was discharged on Monday, a fortnight after the transplant.", "2024-10-14"),
        ("Cases have risen every week since March.", "2024-03 after"),
        ("The earthquake struck at 03:17 local time on Tuesday.", "2024-10-15"),
        ("The trial's results are due in Q1.", "2025 start"),
        ("The satellite lifted off at 10:42 GMT on Monday from French Guiana.", "2024-10-14"),
        ("The mission is scheduled for next spring.", "2025"),
        ("The study followed patients between 2015 and 2020.", "2015 after"),
        ("Scientists first described the virus in 1947.", "1947"),
        ("The rover landed on Mars on Feb. 18, 2021.", "2021-02-18"),
        ("Health officials reported 24 new cases over the weekend.", "2024-10-12 approx"),
        ("The heatwave is forecast to ease this weekend.", "2024-10-19 approx"),
        ("A fortnight ago, regulators approved the drug for children.", "2024-10-02 approx"),
        ("Doctors operated on the boy on the night of Sept. 3.", "2024-09-03"),
        ("The lab will publish its findings on Dec. 12.", "2024-12-12"),
    ],
)

POLITICS = cases(
    "politics",
    [
        ("Parliament will vote on the bill in the coming days.", "2024-10-16 after"),
        ("The prime minister met the king the day before the vote.", "undated"),
        ("The senator announced her candidacy on Sept. 4.", "2024-09-04"),
        ("The president signed the bill into law on Tuesday, Oct. 15.", "2024-10-15"),
        ("The minister resigned earlier on Tuesday.", "2024-10-15"),
        ("The party has governed the state since 2010.", "2010 after"),
        ("The vote will be held between Nov. 5 and Nov. 7.", "2024-11-05 after"),
        ("Protesters gathered outside No. 10 on Saturday.", "2024-10-12"),
        ("Route 66 was closed by order of the governor on Monday.", "2024-10-14"),
        ("The ceasefire took effect at midnight on Sunday.", "2024-10-13"),
        ("Talks between the two parties will resume this weekend.", "2024-10-19 approx"),
        ("Ministers agreed the 2025 budget late on Monday.", "2024-10-14 or 2024-10-14 end"),
        ("The election, last held in 2019, will take place next spring.", "2025"),
        ("Lawmakers have debated the bill since March.", "2024-03 after"),
        ("The senator said in 2016 that she would never run for president.", "2016"),
        ('"We will never forget what happened in 1989," the president said on Monday.', "2024-10-14"),
        (
            "The president, who took office in January 2021, said on Thursday he would not run again.",
            "2024-10-10",
        ),
        ("The governor will deliver the speech on Thurs.", "2024-10-17"),
        ("The poll was conducted Oct. 7-10.", "2024-10-07 after"),
        ("The cabinet met on 9-10 October.", "2024-10-09 after"),
        ("The president arrived in Kyiv on Monday and left the following day.", "2024-10-15 or 2024-10-14"),
        ("The motion passed by 312 votes to 24 on Wednesday.", "2024-10-16"),
        ("Officials said the count would be finished within days.", "2024-10-16 after"),
        ("The council approved the plan a fortnight ago.", "2024-10-02 approx"),
        ("The mayor, 66, was re-elected in May 2022.", "2022-05"),
        ("Voters go to the polls on Nov. 5.", "2024-11-05"),
    ],
)

CASES = BUSINESS + COURTS + SPORT + SCIENCE + POLITICS
GROUPS = ("business and markets", "courts", "sport", "science and health", "politics")


def main(verbose: bool) -> None:
    readings = [
        reading(speech.dated(speech.Case(case.sentence, (), case.group, case.article))) for case in CASES
    ]
    for group in GROUPS:
        judged = [(case, read) for case, read in zip(CASES, readings, strict=True) if case.group == group]
        right = sum(read in case.accepted for case, read in judged)
        print(f"{group}: right {right}/{len(judged)}")
    right = sum(read in case.accepted for case, read in zip(CASES, readings, strict=True))
    print(f"all: right {right}/{len(CASES)}")
    if verbose:
        for case, read in zip(CASES, readings, strict=True):
            if read not in case.accepted:
                accepted = " or ".join(map(shown, case.accepted))
                print(f"   {shown(read)} (accepted {accepted}): {case.sentence}")


if __name__ == "__main__":
    main("-v" in sys.argv)
