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


# --- dates, fourth look -------------------------------------------------------------------------


def _last_sentence_date(text: str, article: str = "2024-10-16") -> str | None:
    """The date value the pipeline gives the last sentence of `text`, grounded as its only event in
    an article of `article` (a day, a month or a year)."""
    precision = {4: Precision.year, 7: Precision.month, 10: Precision.day}[len(article)]
    published = DocumentDate(value=article, precision=precision, source=DocumentDateSource.cli)
    cleaned = clean(f"Note\n\n{text}\n", "Note")
    last = cleaned.sentences[-1].text
    (event,) = ground("a.txt", cleaned, [WireEvent(q=last, t=last, k="h")], published).events
    return event.date.value


# A day counted from another day of the story ("the following day", "two days later") is counted
# from the one day named before it in its sentence, else from the sentence before when that names one
# day and no other date; otherwise undated. Each was undated, or dated by the day it counts from.
DAYS_COUNTED = [
    (
        "The council voted on Tuesday, March 11. The following day the mayor resigned.",
        "2025-03-14",
        "2025-03-12",
    ),
    (
        "Rebels seized the border town on Sunday. Two days later, government troops retook it.",
        None,
        "2024-10-15",
    ),
    ("The tanker ran aground on Oct. 2. Salvage crews reached it three days later.", None, "2024-10-05"),
    (
        "The verdict came on Monday. A day earlier, the jury had asked to rehear the evidence.",
        None,
        "2024-10-13",
    ),
    ("The striker, who was injured on Saturday, had surgery the next day.", None, "2024-10-13"),
    ("The hospital, which admitted him on Sept. 30, discharged him the next morning.", None, "2024-10-01"),
    # the saying's own date stays the sentence's first
    ("Police said on Tuesday that the suspect had fled the previous day.", None, "2024-10-15"),
    # undated: no day before it, two days before it, a month, or a day before a noun's
    ("The minister resigned the following day.", None, None),
    ("Talks opened on Oct. 1 and ended on Oct. 3. The next day, both sides claimed victory.", None, None),
    ("The strike began in September. The following day, shops closed.", None, None),
    ("The river burst its banks on Friday. He was arrested the day before the vote.", None, None),
    ("The fire started on Monday. The next day of talks brought no deal.", None, None),
]


@pytest.mark.parametrize(("text", "article", "value"), DAYS_COUNTED)
def test_a_day_counted_from_another_is_counted_from_the_one_day_before_it(
    text: str, article: str | None, value: str | None
) -> None:
    assert _last_sentence_date(text, article or "2024-10-16") == value


# A span after the main verb that a noun's participle or relative clause dates is the noun's, not the
# event's: alone it leaves the event undated (each was dated by its first year); a span of the main
# clause is dated from its start, as "from 3 to 5 September" is.
SPANS_OF_A_NOUN = [
    ("He was fined for offences committed between 2022 and 2024.", None),
    ("The bishop apologised for abuses that took place from 1970 to 1990.", None),
    ("The bank was sued over loans made between 2015 and 2018.", None),
    ("Police arrested him for thefts carried out between January and March.", None),
    ("He was fined in 2024 for offences between 2019 and 2021.", "2024"),
    (
        "The trial of three men accused of crimes committed between 2014 and 2016 opened on Monday.",
        "2024-10-14",
    ),
    # the main clause's span
    ("He served as mayor from 2010 to 2015.", "2010"),
    ("Sales of electric cars increased between 2020 and 2022.", "2020"),
    ("The festival was held from 3 to 5 October.", "2024-10-03"),
]


@pytest.mark.parametrize(("sentence", "value"), SPANS_OF_A_NOUN)
def test_a_span_that_dates_a_noun_does_not_date_the_event(sentence: str, value: str | None) -> None:
    assert _date_value(sentence) == value


# What a direct quotation tells as done is the speaker's story, not the saying: its date leaves the
# saying undated (it was dated by it), and a date outside it dates the saying. A forecast in it is
# read ahead, as in reported speech; a quotation of a few words is a name, not someone's words.
QUOTATIONS = [
    ('The minister said: "We made mistakes in 2019."', None),
    ("“We lost the final in 2018 and learned from it,” the captain told reporters.", None),
    ("The mayor told the council: ‘Our budget was cut in March without warning.’", None),
    ('The minister said on Monday: "We made mistakes in 2019."', "2024-10-14"),
    ("In 2019, he said, 'We will win this war.'", "2019"),
    ("“We will strike on Friday,” the union leader said.", "2024-10-18"),
    ("“We will never forget what happened in 1989,” the president said.", None),
    ("The coach said the “summer of 2019” was his best.", "2019"),
    ("“The floods of 2021 destroyed my house.”", "2021"),
]


@pytest.mark.parametrize(("sentence", "value"), QUOTATIONS)
def test_a_quotation_s_past_does_not_date_the_saying(sentence: str, value: str | None) -> None:
    assert _date_value(sentence) == value


# A forecast said in a clause of cause or time after a deed is not the deed's date: "resigned after
# the party said it would hold a vote on Friday" was dated the coming Friday, and "quit on Monday
# after the board said it would meet on 4 June" was 4 June.
FORECAST_AFTER_A_DEED = [
    ("The minister resigned after the party said it would hold a confidence vote on Friday.", None),
    ("She quit on Monday after the board said it would meet on 4 June.", "2024-10-14"),
    ("The club sacked its coach after he said he would leave in June.", None),
    ("Shares fell on Tuesday as the company said it planned to cut 500 jobs by December.", "2024-10-15"),
    # a forecast of the main clause is read ahead still
    ("The union said it would strike on Friday after talks failed.", "2024-10-18"),
]


@pytest.mark.parametrize(("sentence", "value"), FORECAST_AFTER_A_DEED)
def test_a_forecast_after_a_deed_does_not_date_the_deed(sentence: str, value: str | None) -> None:
    assert _date_value(sentence) == value


# A newsletter's "on the 12th" is of the article's month or the one before in what is told as done,
# the one after in a forecast; undated in the present, and when the article's day is unknown. Its
# "this weekend" told as done is the one just past (it was the coming one, read as a plan). Articles
# of Thursday 20 November 2025.
NEWSLETTER = [
    ("The bake sale raised £300 on the 12th.", "2025-11-20", "2025-11-12"),
    ("The choir performed on the 31st.", "2025-11-20", "2025-10-31"),
    ("The bake sale will be held on the 12th.", "2025-11-20", "2025-12-12"),
    ("The sale is on the 12th.", "2025-11-20", None),
    ("The lift broke down on the 12th floor.", "2025-11-20", None),
    ("The ship, which docked in March, left on the 12th.", "2025-11-20", "2025-03"),
    ("The bake sale raised £300 on the 12th.", "2025", None),
    ("The bake sale raised £300 on the 12th.", "2025-11", None),
    # the field corpus's forms (tests/field/measles): a forecast's day with its condition after it, and
    # days of the month before and after the article's day
    ("The ban will be lifted on the 22nd if no cases are found.", "2025-04-09", "2025-04-22"),
    ("Schools will reopen on the 2nd.", "2025-04-09", "2025-05-02"),
    ("Inspectors visited the ward on the 3rd.", "2025-04-09", "2025-04-03"),
    ("The clinic closed on the 21st.", "2025-01-09", "2024-12-21"),
    ("Hearings resume on the 14th, and last until the 30th.", "2025-04-09", None),
    ("The fair took place this weekend.", "2025-11-20", "2025-11-15"),
    ("Join us this weekend for the fair.", "2025-11-20", "2025-11-22"),
    ("Storms killed 16 people this weekend.", "2025-11-17", "2025-11-15"),
]


@pytest.mark.parametrize(("sentence", "article", "value"), NEWSLETTER)
def test_a_newsletter_s_day_of_the_month_and_weekend(sentence: str, article: str, value: str | None) -> None:
    assert _last_sentence_date(sentence, article) == value
