"""Which date is the event's when a sentence holds two, or holds one in a part that is not its own
(review dates4): a participial aside, an opening clause of time, a clause ending the subject, a
clause told as done inside what a plan says. Articles of Wednesday 16 October 2024; none of the
sentences is from the seeds."""

from __future__ import annotations

import pytest

from timeline.cleaning import clean
from timeline.extraction import WireEvent
from timeline.grounding import ground
from timeline.models import DocumentDate, DocumentDateSource, Precision

ARTICLE = DocumentDate(value="2024-10-16", precision=Precision.day, source=DocumentDateSource.cli)


def _date_value(sentence: str) -> str | None:
    """The date value the pipeline gives the sentence, grounded as its only event."""
    cleaned = clean(f"Note\n\n{sentence}\n", "Note")
    (event,) = ground("a.txt", cleaned, [WireEvent(q=sentence, t=sentence, k="h")], ARTICLE).events
    return event.date.value


# The main clause's own date wins over an aside's: each was dated by the aside (the first date).
MAIN_CLAUSE_WINS = [
    # a participial aside in commas
    ("The law, passed in July, took effect on Monday.", "2024-10-14"),
    ("The treaty, signed in June, entered into force on Tuesday.", "2024-10-15"),
    ("The senator, elected in 2018, announced on Monday that she would not seek re-election.", "2024-10-14"),
    ("The ruling, handed down in May, was overturned on appeal on Tuesday.", "2024-10-15"),
    ("The plan, first announced in March, was approved by parliament on Tuesday.", "2024-10-15"),
    ("The president, sworn in on Jan. 20, signed the order on Monday.", "2024-10-14"),
    ("The reactor, shut down in 2011, restarted on Tuesday.", "2024-10-15"),
    # ... or opening the sentence, and an opening clause of time
    ("First announced in March, the plan was approved by parliament on Tuesday.", "2024-10-15"),
    ("Founded in 1998, the company filed for bankruptcy on Monday.", "2024-10-14"),
    ("After talks collapsed in June, the union struck on Monday.", "2024-10-14"),
    ("Ahead of the summit in November, ministers met in Brussels on Monday.", "2024-10-14"),
    (
        "Following a review launched in May, the regulator fined the bank $5 million on Wednesday.",
        "2024-10-16",
    ),
    (
        "Since the war began in 2022, more than 6 million people have fled, the UN said on Monday.",
        "2024-10-14",
    ),
    # a clause that ends the subject, before the main verb
    ("The deal signed in June was ratified by the Senate on Thursday.", "2024-10-10"),
    ("The bridge that collapsed in March reopened on Saturday.", "2024-10-12"),
    ("The judge who sentenced him in 2019 recused herself on Monday.", "2024-10-14"),
    ("Flights cancelled on Monday were rebooked on Tuesday.", "2024-10-15"),
    ("The strike that began on Sept. 15 ended on Monday.", "2024-10-14"),
    ("Rescuers said the miners trapped on Friday were rescued on Tuesday.", "2024-10-15"),
    # a year before a name, after a determiner, names the thing ("the 2014 World Cup")
    ("The striker, a veteran of the 2014 World Cup, retired on Monday.", "2024-10-14"),
    # an aside's forecast looks ahead to its own date, not the main clause's (read as next Tuesday)
    ("The storm, expected to make landfall on Thursday, strengthened on Tuesday.", "2024-10-15"),
    # a plan said of a subject with an aside or a clause of its own lies ahead (a year back, or the aside's)
    ("The minister said the bill, passed in July, would take effect in January.", "2025-01"),
    ("The CEO said the plant, built in 2015, would close in March.", "2025-03"),
    ("The league said the match, abandoned on Saturday, would be replayed on Nov. 2.", "2024-11-02"),
]


@pytest.mark.parametrize(("sentence", "value"), MAIN_CLAUSE_WINS)
def test_the_main_clause_date_wins_over_an_aside(sentence: str, value: str) -> None:
    assert _date_value(sentence) == value


# Unchanged, and must stay so: the first date is the event's, or the aside's date is all there is
# and tells the event ("The treaty, signed in June, is the first of its kind").
FIRST_DATE_KEPT = [
    ("The bill passed in July and took effect on Monday.", "2024-07"),
    ("The bill passed in July.", "2024-07"),
    ("The attack on Monday killed 12 people, officials said on Tuesday.", "2024-10-14"),
    ("The Kremlin on Monday denied the report.", "2024-10-14"),
    ("Asked on Monday about the plan, the minister said it would go ahead.", "2024-10-14"),
    (
        "United States officials said on Monday, after a meeting in Geneva, that talks would continue.",
        "2024-10-14",
    ),
    ("When the storm hit on Monday, 12 people died.", "2024-10-14"),
    ("In March, the company cut 500 jobs.", "2024-03"),
    ("The treaty, signed in June, is the first of its kind.", "2024-06"),
    ("The plant, opened in March, employs 400 people.", "2024-03"),
    ("The ceasefire, agreed on Oct. 1, collapsed.", "2024-10-01"),
    ("The earthquake, which struck in February, killed 50,000 people.", "2024-02"),
    ("Investigators said the plane that crashed in July had a faulty engine.", "2024-07"),
    ("The June agreement was scrapped on Monday.", "2024-10-14"),
]


@pytest.mark.parametrize(("sentence", "value"), FIRST_DATE_KEPT)
def test_a_date_of_the_main_clause_or_the_only_one_is_kept(sentence: str, value: str) -> None:
    assert _date_value(sentence) == value


# What a plan acts on, told as done ("the plant it opened in March"), is neither when the plan was
# said nor when it is to be: the sentence leaves its event undated (it was dated by that clause, or
# a year on when the clause was a participle's: "the ruling handed down in July" was next July).
PLAN_OBJECT_UNDATED = [
    ("The company said it would close the plant it opened in March.", None),
    ("The airline said it would resume flights it suspended in August.", None),
    ("The firm said it would appeal the ruling handed down in July.", None),
    ("The company said it would refund customers who bought tickets in August.", None),
    ("The union said the strike it called in September would continue.", None),
    # ... while the plan's own date, after the clause, dates it
    ("Boeing said it would deliver the jets it built in 2023 next year.", "2025"),
    ("The minister said the budget approved in March would be revised in November.", "2024-11"),
    ("The club said the stadium it built in 2010 would be demolished next year.", "2025"),
    ("The bank said it would repay the loans it took in 2020 by 2026.", "2026"),
    ("The minister said it would hold the vote scheduled for March.", "2025-03"),
    # a participle before its noun describes it and makes no clause: the plan's date (it was undated)
    ("The institute will publish an updated forecast on 28 October.", "2024-10-28"),
    ("The council said it would present a revised budget in December.", "2024-12"),
    # ... and the saying's date, never read ahead (it was next Tuesday once 2015 made it look ahead)
    ("The company said on Tuesday it would close the factory it opened in 2015.", "2024-10-15"),
    ("The company said on Tuesday it would close the factory.", "2024-10-15"),
]


@pytest.mark.parametrize(("sentence", "value"), PLAN_OBJECT_UNDATED)
def test_a_clause_told_as_done_inside_a_plan_does_not_date_it(sentence: str, value: str | None) -> None:
    assert _date_value(sentence) == value
