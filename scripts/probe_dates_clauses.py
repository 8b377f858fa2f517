"""A probe of which date is the event's when a sentence holds two, or holds one in a part that is not
its own, on wire-style sentences, none from the seeds: politics, courts, business, science, sports,
disasters and press releases.

A date in a background part of a sentence yields to the main clause's own (README "Dates"): a
relative clause (", which invaded in February 2022,"), a participial aside ("The law, passed in
July, took effect on Monday", "Signed in June, the treaty ..."), an opening clause of time ("After
talks collapsed in June, the union struck on Monday") and a clause that ends the subject ("The deal
signed in June was ratified on Thursday"). With no date of its own the sentence keeps the aside's
("The treaty, signed in June, is the first of its kind"), except inside what a plan says: "said it
would close the plant it opened in March" dates neither the saying nor the closing, so it is
undated. Each case is a sentence of an article dated Wednesday 16 October 2024, grounded as the
pipeline grounds it, and the dates a careful reader accepts ("undated" for none). Run it on any
revision (`PYTHONPATH=<tree> python scripts/probe_dates_clauses.py [-v]`): it prints how many are
right in each group and, with -v, every date that is not accepted.
"""

from __future__ import annotations

import sys

# the probe beside this one (a script's own folder is on the path): its cases, article date and dating
import probe_dates_speech as speech

from timeline.cleaning import clean
from timeline.extraction import WireEvent
from timeline.grounding import ground
from timeline.models import DocumentDate, DocumentDateSource, EventDate, Precision

Case, cases, dated = speech.Case, speech.cases, speech.dated  # an article of Wednesday 16 October 2024


# The main clause has a date of its own, and it is the event's.
OWN = cases(
    "own date wins",
    [
        # participial asides in commas
        ("The law, passed in July, took effect on Monday.", "2024-10-14"),
        ("The treaty, signed in June, entered into force on Tuesday.", "2024-10-15"),
        (
            "The senator, elected in 2018, announced on Monday that she would not seek re-election.",
            "2024-10-14",
        ),
        ("The vaccine, approved in August, was rolled out to pharmacies on Friday.", "2024-10-11"),
        ("The ship, delivered in March, ran aground on Sunday.", "2024-10-13"),
        ("The ruling, handed down in May, was overturned on appeal on Tuesday.", "2024-10-15"),
        ("The plan, first announced in March, was approved by parliament on Tuesday.", "2024-10-15"),
        ("The coach, hired in June, was fired on Sunday.", "2024-10-13"),
        ("The suspect, arrested in May, was charged with murder on Friday.", "2024-10-11"),
        ("The building, damaged in the February earthquake, collapsed on Wednesday.", "2024-10-16"),
        ("The president, sworn in on Jan. 20, signed the order on Monday.", "2024-10-14"),
        ("The fund, set up in 2019, said on Tuesday it would close.", "2024-10-15"),
        ("The reactor, shut down in 2011, restarted on Tuesday.", "2024-10-15"),
        ("The satellite, launched in March, stopped transmitting on Saturday.", "2024-10-12"),
        ("The vote, scheduled for Sunday, was postponed on Monday.", "2024-10-14"),
        ("The telescope, launched in December 2021, captured the image on Sept. 30.", "2024-09-30"),
        ("The quarterback, drafted in 2017, signed a contract extension on Thursday.", "2024-10-10"),
        ("The dam, completed in 1964, burst on Sunday after days of rain.", "2024-10-13"),
        ("The company, listed in Hong Kong in 2019, said on Monday its profit fell 8%.", "2024-10-14"),
        ("The vaccine trial, halted in August, resumed on Monday.", "2024-10-14"),
        ("The bishop, ordained in 1989, was defrocked on Thursday.", "2024-10-10"),
        ("The film, released in March, won the top prize on Sunday.", "2024-10-13"),
        ("The storm, expected to make landfall on Thursday, strengthened on Tuesday.", "2024-10-15"),
        # appositives and relative clauses
        ("The striker, a veteran of the 2014 World Cup, retired on Monday.", "2024-10-14"),
        ("Smith, a veteran of the 2014 campaign, joined the race on Tuesday.", "2024-10-15"),
        ("The court, which heard arguments in May, ruled on Tuesday.", "2024-10-15"),
        ("The ruling, which came in May, was welcomed on Monday by rights groups.", "2024-10-14"),
        # an opening participle or clause of time
        ("First announced in March, the plan was approved by parliament on Tuesday.", "2024-10-15"),
        ("Signed in June, the treaty entered into force on Tuesday.", "2024-10-15"),
        ("Founded in 1998, the company filed for bankruptcy on Monday.", "2024-10-14"),
        ("Elected in 2019, the president was impeached on Friday.", "2024-10-11"),
        ("Released in March, the film topped the box office over the weekend.", "2024-10-12"),
        ("Acquired in 2021 for $2 billion, the startup was shut down on Friday.", "2024-10-11"),
        ("Unveiled in January, the plan was scrapped on Wednesday.", "2024-10-16"),
        ("After talks collapsed in June, the union struck on Monday.", "2024-10-14"),
        ("After winning the title in May, the coach resigned on Tuesday.", "2024-10-15"),
        ("After a meeting on Monday, ministers said on Tuesday that the plan was dead.", "2024-10-15"),
        ("Before the vote on Sunday, the party held a rally on Friday.", "2024-10-11"),
        ("Ahead of the summit in November, ministers met in Brussels on Monday.", "2024-10-14"),
        (
            "Following a review launched in May, the regulator fined the bank $5 million on Wednesday.",
            "2024-10-16",
        ),
        ("Despite gains in September, the index fell on Tuesday.", "2024-10-15"),
        (
            "Since the war began in 2022, more than 6 million people have fled, the UN said on Monday.",
            "2024-10-14",
        ),
        # a clause that ends the subject
        ("The deal signed in June was ratified by the Senate on Thursday.", "2024-10-10"),
        ("The drug approved in August was pulled from shelves on Monday.", "2024-10-14"),
        ("The bridge that collapsed in March reopened on Saturday.", "2024-10-12"),
        ("The judge who sentenced him in 2019 recused herself on Monday.", "2024-10-14"),
        ("The law passed last year was struck down by the court on Thursday.", "2024-10-10"),
        ("Flights cancelled on Monday were rebooked on Tuesday.", "2024-10-15"),
        ("The man arrested on Monday appeared in court on Tuesday.", "2024-10-15"),
        ("The man who was arrested on Monday appeared in court on Tuesday.", "2024-10-15"),
        ("Rescuers said the miners trapped on Friday were rescued on Tuesday.", "2024-10-15"),
        ("The tanker seized in July was released on Saturday.", "2024-10-12"),
        ("Companies that missed the June deadline were fined on Monday.", "2024-10-14"),
        ("The strike that began on Sept. 15 ended on Monday.", "2024-10-14"),
        ("The senator who introduced the bill in March said on Tuesday she would withdraw it.", "2024-10-15"),
        (
            "The Senate passed the bill on Tuesday, sending it to the president, who is expected to sign it "
            "in November.",
            "2024-10-15",
        ),
        ("Voters who registered in September can cast ballots on Nov. 5.", "2024-11-05"),
        # a plan of a subject with an aside or a clause of its own: the plan's date, ahead
        ("The minister said the bill, passed in July, would take effect in January.", "2025-01"),
        ("The minister said the budget approved in March would be revised in November.", "2024-11"),
        ("The minister said the rules, introduced in 2020, would be scrapped in April.", "2025-04"),
        ("The CEO said the plant, built in 2015, would close in March.", "2025-03"),
        ("The club said the stadium it built in 2010 would be demolished next year.", "2025"),
        ("The league said the match, abandoned on Saturday, would be replayed on Nov. 2.", "2024-11-02"),
        ("The ministry said the bridge, closed since March, would reopen in December.", "2024-12"),
        ("The minister said the deal, signed in June, would be ratified in November.", "2024-11"),
        ("The law, which was passed in July, will take effect in January.", "2025-01"),
        ("The bill passed in July will take effect in January.", "2025-01"),
        ("The president, who took office in January, will travel to Paris in November.", "2024-11"),
        ("The mission, launched in 2021, will end in December.", "2024-12"),
    ],
)

# The first date is the event's, or the only one: what the rules above must not take away.
KEPT = cases(
    "first date kept",
    [
        ("The bill passed in July and took effect on Monday.", "2024-07"),
        ("Police arrested the suspect on Monday, charged him on Tuesday and released him.", "2024-10-14"),
        ("The attack on Monday killed 12 people, officials said on Tuesday.", "2024-10-14"),
        ("The Kremlin on Monday denied the report.", "2024-10-14"),
        ("Russian strikes killed 12 people on Monday, officials said.", "2024-10-14"),
        ("Asked on Monday about the plan, the minister said it would go ahead.", "2024-10-14"),
        ("Speaking on Tuesday, the chancellor said growth had slowed.", "2024-10-15"),
        ("In March, the company cut 500 jobs.", "2024-03"),
        ("On Tuesday, the court, packed with supporters, heard the appeal.", "2024-10-15"),
        (
            "United States officials said on Monday, after a meeting in Geneva, that talks would continue.",
            "2024-10-14",
        ),
        ("When the storm hit on Monday, 12 people died.", "2024-10-14"),
        ("The company reported a loss on Tuesday, hit by weak demand in September.", "2024-10-15"),
        ("Shares fell 5% on Monday, extending losses recorded in September.", "2024-10-14"),
        ("The striker, 31, scored twice on Sunday.", "2024-10-13"),
        ("The June agreement was scrapped on Monday.", "2024-10-14"),
        ("The regulator scrapped the June agreement on Monday.", "2024-10-14"),
        ("Investigators said the plane that crashed in July had a faulty engine.", "2024-07"),
        ("The company said sales rose in September.", "2024-09"),
        (
            "The company's profit in the third quarter rose 12% to $3 billion, it said on Tuesday.",
            "2024-10-15",
        ),
        ("Officials said that the strike in June killed 12, the ministry said on Tuesday.", "2024-06"),
        ("The 2024 Paris Olympics ended on Aug. 11.", "2024-08-11"),
        ("Wildfires that broke out on Friday destroyed 200 homes.", "2024-10-11"),
        ("Since its launch in April, the app has been downloaded 10 million times.", "2024-04"),
        ("Since taking office in January, the governor has vetoed 12 bills.", "2024-01"),
        ("Before the merger closed in March, the company cut 500 jobs.", "2024-03"),
        ("The bill passed in July.", "2024-07"),
    ],
)

# No date of its own outside the aside: the aside's stands, as a relative clause's does (tested since
# the first review: "Russia, which invaded in February 2022, says it will respond"). Where the aside
# tells the event ("is the first of its kind") it is right; where the main clause tells a later act
# ("was fired", "resigned") a reader would also take undated, and both are accepted there.
ALONE = cases(
    "aside alone",
    [
        ("The treaty, signed in June, is the first of its kind.", "2024-06"),
        ("The plant, opened in March, employs 400 people.", "2024-03"),
        ("The earthquake, which struck in February, killed 50,000 people.", "2024-02"),
        ("The ceasefire, agreed on Oct. 1, collapsed.", "2024-10-01 or undated"),
        ("The coach, hired in June, was fired.", "2024-06 or undated"),
        ("The treaty, signed in June, was ratified.", "2024-06 or undated"),
        ("The minister, appointed in July, resigned.", "2024-07 or undated"),
        ("The CEO, appointed in May, said the firm would cut 1,000 jobs.", "2024-05 or undated"),
        ("The regulator said the deal, announced in March, would be reviewed.", "2024-03 or undated"),
        ("The summit, scheduled for November, will be held in Baku.", "2024-11"),
    ],
)

# What a plan acts on, told as done, is neither when the plan was said nor when it is to be.
PLAN = cases(
    "inside a plan",
    [
        ("The company said it would close the plant it opened in March.", "undated"),
        ("The airline said it would resume flights it suspended in August.", "undated"),
        ("The firm said it would appeal the ruling handed down in July.", "undated"),
        ("The company said it would refund customers who bought tickets in August.", "undated"),
        ("The union said the strike it called in September would continue.", "undated"),
        ("Israel said it would respond to the attack it suffered on Tuesday.", "undated"),
        ("The government said it would repay the bonds it issued in 2020.", "undated"),
        ("The company said it would rehire workers it laid off in March.", "undated"),
        (
            "The airline said it would compensate passengers whose flights were cancelled in August.",
            "undated",
        ),
        ("The ministry said it would compensate farmers hit by the floods in May.", "undated"),
        # ... while the plan's own date, or the saying's, dates it
        ("Boeing said it would deliver the jets it built in 2023 next year.", "2025"),
        ("The bank said it would repay the loans it took in 2020 by 2026.", "2026"),
        ("The minister said it would hold the vote scheduled for March.", "2025-03"),
        ("The company said on Tuesday it would close the factory it opened in 2015.", "2024-10-15"),
        ("The company said on Tuesday it would close the factory.", "2024-10-15"),
    ],
)

# The fourth look (dates4): a day counted from another day of the story, a span that dates a noun, a
# quotation's past, a forecast said after a deed, a newsletter's "on the 12th" and "this weekend". A
# case may hold the sentence before its event's: the event is its last sentence.
FOURTH = cases(
    "fourth look",
    [
        # days counted from the one day before them
        ("The ferry left port on Friday. The following day it sank off the coast.", "2024-10-12"),
        ("Voters went to the polls on Sunday. Two days later the results were published.", "2024-10-15"),
        ("The hostages were freed on Oct. 4. They landed in Paris the next morning.", "2024-10-05"),
        ("The goalkeeper, who was sent off on Saturday, apologised the next day.", "2024-10-13"),
        (
            "The court heard closing arguments on Monday. A day earlier, protesters had gathered outside.",
            "2024-10-13",
        ),
        ("The fire broke out on Sept. 28. Firefighters contained it four days later.", "2024-10-02"),
        ("The bank collapsed. The following day, depositors queued outside its branches.", "undated"),
        ("Talks began on Oct. 7 and stalled on Oct. 9. The following day, the envoy left.", "undated"),
        ("Floods hit the valley in September. Two days later the army was sent in.", "undated"),
        # a span that dates a noun
        ("The former mayor was jailed for bribes taken between 2015 and 2019.", "undated"),
        ("The regulator fined the lender for failings identified between 2019 and 2022.", "undated"),
        ("The church paid compensation to children abused from 1960 to 1985.", "undated"),
        ("The airline was fined on Tuesday for delays recorded between 2021 and 2023.", "2024-10-15"),
        ("The dictator ruled the country from 1979 to 2003.", "1979"),
        ("Exports of wheat fell between 2022 and 2023.", "2022"),
        # a quotation's past
        ('The coach said: "We were robbed in the 2022 final and it still hurts."', "undated"),
        ("“Our factory burned down in 2020 and we rebuilt it ourselves,” the owner told the BBC.", "undated"),
        ("The senator said on Tuesday: “I voted against the war in 2003.”", "2024-10-15"),
        ("In March, the minister said: “We have nothing to hide.”", "2024-03"),
        ("“The bridge will reopen on Monday,” the mayor said.", "2024-10-21"),
        # a forecast said after a deed
        (
            "The chief executive stepped down after the board said it would review his pay in January.",
            "undated",
        ),
        ("Shares rose on Monday after the central bank said it would cut rates in December.", "2024-10-14"),
        ("The coach was sacked after the club said it would sign a new manager by Friday.", "undated"),
        (
            "Farmers blocked roads on Tuesday because the government said it would cut subsidies in 2025.",
            "2024-10-15",
        ),
        # a newsletter's day of the month and weekend (an article of Thursday 20 November 2025)
        ("Year 6 pupils visited the science museum on the 14th.", "2025-11-14"),
        ("The parish council met on the 25th.", "2025-10-25"),
        ("The Christmas fair will be held on the 6th.", "2025-12-06"),
        ("The library is closed on the 3rd.", "undated"),
        ("The choir sang at the cathedral this weekend.", "2025-11-15"),
        ("The choir will sing at the cathedral this weekend.", "2025-11-22"),
    ],
)
_NEWSLETTER_AT = FOURTH.index(next(case for case in FOURTH if "Year 6" in case.sentence))
FOURTH[_NEWSLETTER_AT:] = [case._replace(article="2025-11-20") for case in FOURTH[_NEWSLETTER_AT:]]

CASES = OWN + KEPT + ALONE + PLAN + FOURTH
GROUPS = ("own date wins", "first date kept", "aside alone", "inside a plan", "fourth look")


def dated_last(case: Case) -> EventDate:
    """The date the pipeline gives the case's last sentence, grounded as its only event in the case's
    article (the sentences before it are its context, as in an article)."""
    article = DocumentDate(value=case.article, precision=Precision.day, source=DocumentDateSource.cli)
    cleaned = clean(f"Note\n\n{case.sentence}\n", "Note")
    last = cleaned.sentences[-1].text
    (event,) = ground("a.txt", cleaned, [WireEvent(q=last, t=last, k="h")], article).events
    return event.date


def main(verbose: bool) -> None:
    dates = [dated(case) if case.group != "fourth look" else dated_last(case) for case in CASES]
    for group in GROUPS:
        judged = [(case, date) for case, date in zip(CASES, dates, strict=True) if case.group == group]
        right = sum(date.value in case.accepted for case, date in judged)
        print(f"{group}: right {right}/{len(judged)}")
    right = sum(date.value in case.accepted for case, date in zip(CASES, dates, strict=True))
    print(f"all: right {right}/{len(CASES)}")
    if verbose:
        for case, date in zip(CASES, dates, strict=True):
            if date.value not in case.accepted:
                accepted = " or ".join("undated" if value is None else value for value in case.accepted)
                print(f"   {date.value or 'undated'} (accepted {accepted}): {case.sentence}")


if __name__ == "__main__":
    main("-v" in sys.argv)
