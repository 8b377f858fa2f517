"""A probe of the kinds (happened, reported, expected) of news genres the seeds and the other probes
see little of: business and markets, courts, sport, science and health, politics. None of its
sentences is from the seeds.

Each case is a sentence of an article dated Wednesday 16 October 2024, grounded as the pipeline grounds
it, and the kinds a careful reader accepts by the README's rules: a forecast, a schedule, a
possibility ("could", "is set to", "faces up to 10 years", "expects revenue to rise": the company's
forecast is a forecast, relayed or not) is `expected`; what someone says, claims, finds, plans,
pledges or denies ("according to a poll", "The study found that ...", "vowed to", "announced plans
to") is `reported`; anything else ("pleaded not guilty", "was charged with", "Apple buys startup",
"did not say") `happened`. Two kinds are accepted, joined by " or ", where the text allows both (an
agreement that is also a plan, results a company reports). Run it on any revision
(`PYTHONPATH=<tree> python scripts/probe_kinds_genres.py [-v]`): it prints how many are right in each
genre and, with -v, every kind that is not accepted with the words that decided it.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

# the probe beside this one (a script's own folder is on the path): how the pipeline grounds a sentence
import probe_dates_speech as speech

from timeline.models import EventKind

ARTICLE = "2024-10-16"  # a Wednesday


class Case(NamedTuple):
    sentence: str
    accepted: tuple[EventKind, ...]
    group: str


def cases(group: str, pairs: list[tuple[str, str]]) -> list[Case]:
    """Cases from (sentence, "the accepted kinds, joined by ' or '") pairs."""
    return [
        Case(sentence, tuple(EventKind(kind) for kind in accepted.split(" or ")), group)
        for sentence, accepted in pairs
    ]


BUSINESS = cases(
    "business and markets",
    [
        ("Shares of the carmaker fell 5% on Tuesday after the company cut its annual forecast.", "happened"),
        ("The company expects revenue to rise about 8% next year.", "expected"),
        ("The retailer raised its full-year guidance on Thursday.", "happened"),
        ("The miner reported a 20% drop in quarterly profit.", "happened or reported"),
        ("The bank posted record earnings for the third quarter.", "happened"),
        ("Analysts forecast that the central bank will cut rates in December.", "expected"),
        ("The airline agreed to buy the regional carrier for $1.2 billion.", "happened or reported"),
        ("The group announced plans to cut 2,000 jobs by 2026.", "reported"),
        ("Apple buys British AI startup for $500 million.", "happened"),
        ("Oil prices are poised to post their biggest weekly gain since March.", "expected"),
        ("The merger would create the country's largest lender.", "expected"),
        ("The company did not say how many stores it would close.", "happened or reported"),
        ("The board is considering a sale of its steel division.", "reported"),
        ("The company is set to report its results on Thursday.", "expected"),
        ("Unemployment rose to 4.3% in September, the highest in three years.", "happened"),
        ("Profit beat expectations as cloud sales jumped 30%.", "happened"),
        ("The firm warned that profits would fall in the second half.", "reported or expected"),
        ("Inflation is forecast to slow to 2.1% next year.", "expected"),
        ("The regulator approved the takeover on Monday.", "happened"),
        ("The carmaker's profit warning sent its shares down 9%.", "happened"),
        ("The company plans to list its shares in New York next year.", "reported"),
        ("The chipmaker's guidance points to a slowdown in demand next year.", "expected or reported"),
        ("The brewer is in talks to buy a rival, people familiar with the matter said.", "reported"),
        ("Tesla recalls 2 million cars over autopilot flaw.", "happened"),
        ("The company lowered its full-year forecast after a weak summer.", "happened"),
        ("Sales came in line with the central bank's forecast.", "happened"),
        ("Shares rose after the company said it would buy back $5 billion of stock.", "happened"),
        ("The takeover is expected to close in the first half of 2025.", "expected"),
        ("Investors are betting the Fed will cut rates in December.", "expected"),
        ("The IMF's latest forecast shows growth slowing to 3%.", "reported or happened"),
        ("The deal is expected to be announced in the coming days.", "expected"),
    ],
)

COURTS = cases(
    "courts",
    [
        ("The former minister was charged with fraud on Tuesday.", "happened"),
        ("He pleaded not guilty to all counts.", "happened or reported"),
        ("She is due to be sentenced on Friday.", "expected"),
        ("If convicted, he faces up to 10 years in prison.", "expected"),
        ("The singer faces up to 20 years in prison.", "expected"),
        ("He is due to appear in court on Monday.", "expected"),
        ("The jury found him guilty of murder.", "happened"),
        ("The judge sentenced her to six years in prison.", "happened"),
        ("Prosecutors allege that the men laundered $40 million.", "reported"),
        ("The defence argued that the evidence was obtained unlawfully.", "reported"),
        ("The trial is expected to last three weeks.", "expected"),
        ("The court will hear the appeal in January.", "expected"),
        ("The Supreme Court agreed to hear the case.", "happened or reported"),
        ("No decision was made on bail.", "happened"),
        ("He denied the charges.", "reported"),
        ("The judge adjourned the case until Nov. 12.", "expected or happened"),
        ("The company was fined $2 million for breaching safety rules.", "happened"),
        ("Two men were arrested on suspicion of arson.", "happened"),
        ("Lawyers for the actor said they would appeal the verdict.", "reported"),
        ("The hearing is set for Dec. 3.", "expected"),
        ("Court jails former mayor for bribery.", "happened"),
        ("The case could go to trial next year.", "expected"),
        ("She faces a maximum sentence of 14 years.", "expected"),
        ("He faces extradition to the United States.", "expected"),
        ("He admitted manslaughter.", "happened or reported"),
        ("The judge is expected to rule by the end of the month.", "expected"),
        ("Investigators found that the pilot had ignored warnings.", "reported"),
        ("The verdict is expected within days.", "expected"),
    ],
)

SPORT = cases(
    "sport",
    [
        ("Arsenal beat Chelsea 2-1 on Sunday.", "happened"),
        ("Manchester United are set to sign the Dutch striker in January.", "expected"),
        ("The club is in talks to sign the winger, according to reports.", "reported"),
        ("The midfielder is reportedly close to joining Juventus.", "reported"),
        ("Liverpool face Real Madrid in the Champions League on Tuesday.", "expected"),
        ("The final kicks off at 8pm on Saturday.", "expected"),
        ("The striker will miss the rest of the season with a knee injury.", "expected"),
        ("The coach was sacked after a run of five defeats.", "happened"),
        ("The Lakers look set to trade their star guard before the deadline.", "expected"),
        ("Djokovic withdrew from the tournament with an elbow injury.", "happened"),
        ("The forward is expected to be fit for the derby.", "expected"),
        ("The club announced the signing of the goalkeeper on a three-year deal.", "reported or happened"),
        ("The manager vowed to fight on despite the defeat.", "reported"),
        ("Ferrari could replace its team principal before the new season.", "expected"),
        ("Wimbledon champion crashes out in first round.", "happened"),
        ("The two sides meet again in the return leg next week.", "expected"),
        ("The transfer fee could rise to £80 million with add-ons.", "expected"),
        ("He did not play in the second half.", "happened"),
        ("The team is poised to clinch the title on Saturday.", "expected"),
        ("The striker is rumoured to be unhappy at the club.", "reported"),
        ("She is tipped to win gold in the 200m.", "expected"),
        ("The player has been linked with a move to Spain.", "reported"),
        ("The striker is favourite to win the Golden Boot.", "expected"),
        ("The winger is understood to have agreed personal terms.", "reported"),
        ("The champions travel to Munich on Saturday.", "expected"),
    ],
)

SCIENCE = cases(
    "science and health",
    [
        (
            "The study found that people who slept less than six hours had a higher risk of heart disease.",
            "reported",
        ),
        ("The findings suggest the drug could slow memory loss.", "reported or expected"),
        ("Researchers found the virus in samples from three farms.", "happened"),
        ("The vaccine could be available by the spring.", "expected"),
        ("The FDA approved the first gene therapy for sickle cell disease.", "happened"),
        ("The trial showed a 30% reduction in hospital admissions.", "happened or reported"),
        ("Scientists warn that the glacier may collapse within decades.", "reported or expected"),
        ("The drug is being tested in a trial of 2,000 patients.", "happened"),
        ("The agency is expected to decide on the approval by March.", "expected"),
        ("A new variant has been detected in five countries.", "happened"),
        ("The researchers estimate that 1.2 million deaths a year are linked to air pollution.", "reported"),
        ("According to the WHO, cases rose 20% last week.", "reported"),
        ("The treatment may cause liver damage in rare cases.", "expected or happened"),
        ("The hospital is recruiting volunteers for the next phase of the trial.", "happened"),
        ("Results of the trial are due in the first half of next year.", "expected"),
        ("The telescope captured images of a galaxy 13 billion light years away.", "happened"),
        ("The paper, published in Nature, concludes that the reef will not recover.", "reported or expected"),
        ("The researchers did not find any link between the vaccine and autism.", "happened or reported"),
        ("Health officials confirmed two more cases of measles on Monday.", "reported or happened"),
        ("A review of 40 studies found that the supplement had no effect.", "reported"),
        ("Researchers showed that the protein blocks the virus from entering cells.", "reported or happened"),
        ("Early results indicate the vaccine is 90% effective.", "reported"),
        ("The study, which followed 10,000 adults, found that walking cut the risk of dementia.", "reported"),
        ("The survey found that two in three renters struggle to pay.", "reported"),
        ("The experts concluded that the outbreak began at the market.", "reported"),
    ],
)

POLITICS = cases(
    "politics",
    [
        ("According to a poll published on Sunday, 52% of voters back the measure.", "reported"),
        ("The prime minister vowed to cut immigration.", "reported"),
        ("The party pledged to build 300,000 homes a year.", "reported"),
        ("The bill would raise the minimum wage to $15.", "expected"),
        ("The Senate is scheduled to vote on the bill next week.", "expected"),
        ("Parliament passed the budget by 312 votes to 290.", "happened"),
        ("The president signed the bill into law on Tuesday.", "happened"),
        ("The opposition leader is expected to win the runoff.", "expected"),
        ("The government collapsed after the coalition partner quit.", "happened"),
        ("The minister did not rule out a snap election.", "reported or happened"),
        ("The chancellor announced a freeze on fuel duty.", "reported or happened"),
        ("Voters go to the polls on Sunday.", "expected"),
        ("The president is poised to veto the bill.", "expected"),
        ("The senator looks set to lose her seat.", "expected"),
        ("The governor signed an executive order banning the devices.", "happened"),
        ("Protesters demanded the minister's resignation.", "reported"),
        ("The vote is unlikely to take place before January.", "expected"),
        ("Lawmakers rejected the proposal on Monday.", "happened"),
        ("The president's approval rating fell to 38%, a Gallup poll showed.", "reported or happened"),
        ("Macron names new prime minister.", "happened"),
        ("Polls suggest the race is tied.", "reported"),
        ("The candidates clashed over immigration in Tuesday's debate.", "happened"),
        ("No agreement was reached at the talks.", "happened"),
        ("The bill, if passed, would ban phones in schools.", "expected"),
        ("A new poll shows the governor trailing by six points.", "reported"),
        ("The opposition is tipped to win the election.", "expected"),
        ("An inquiry found that police failures contributed to the deaths.", "reported"),
        ("Labour leads the Conservatives by 20 points, according to a YouGov poll.", "reported"),
        ("Lawmakers are to vote on the bill on Thursday.", "reported or expected"),
        ("The senator announced she would not seek re-election.", "reported"),
    ],
)

# What someone must do, joined to a deed told in the past ("was granted bail but must surrender his
# passport"): the deed happened, the obligation is its condition, unless it has a date of its own;
# beside them, obligations that are the sentence's forecast and must stay expected.
OBLIGATIONS = cases(
    "obligations",
    [
        ("The former mayor was granted bail but must surrender his passport.", "happened"),
        ("The striker was banned for three matches and must pay a fine of £20,000.", "happened"),
        (
            "The airline was fined $2 million on Tuesday and will have to compensate stranded passengers.",
            "happened",
        ),
        ("The developer lost its appeal and has to demolish the extension.", "happened"),
        ("She was freed on Monday and is required to report to a police station every week.", "happened"),
        ("The lender settled the case but will need to overhaul its lending rules.", "happened"),
        ("The senator was censured by the chamber and must give up two committee seats.", "happened"),
        (
            "The refinery was shut after the leak and must pass a safety inspection before it reopens.",
            "happened",
        ),
        (
            "The teenager was convicted of dangerous driving and will be required to retake his test.",
            "happened",
        ),
        ("The club was docked 10 points yet must still play its remaining fixtures.", "happened"),
        ("The vaccine was approved in March but has to carry a warning about rare side effects.", "happened"),
        ("The builder went into administration, and buyers will have to wait for refunds.", "happened"),
        ("He was remanded in custody and must appear again on 12 November.", "expected"),
        ("Applicants must register by 30 November to vote in the election.", "expected"),
        ("The Treasury will have to borrow another £10 billion next year.", "expected"),
        ("Both sides must win on Saturday to stay in the division.", "expected"),
        ("The carmaker must file a recovery plan with the regulator by Friday.", "expected"),
        ("The firm, which was fined last year, must pay the penalty by the end of the month.", "expected"),
        ("Travellers will need to show a digital pass from next month.", "expected"),
        ("Airlines must halve their emissions by 2030 under the new rules.", "expected"),
        ("The minister is required to answer questions before the committee on Thursday.", "expected"),
    ],
)

CASES = BUSINESS + COURTS + SPORT + SCIENCE + POLITICS + OBLIGATIONS
GROUPS = ("business and markets", "courts", "sport", "science and health", "politics", "obligations")


def kind_of(case: Case) -> tuple[EventKind | None, str | None]:
    """The kind the pipeline gives the case's sentence, grounded as its only event, and its cue; no
    kind when the analysis filter hides the sentence from the model (a miss: no event is listed)."""
    events = speech.grounded_alone(case.sentence, ARTICLE)
    if not events:
        return None, "hidden as analysis"
    (event,) = events
    return event.kind, event.kind_cue


def main(verbose: bool) -> None:
    kinds = [kind_of(case) for case in CASES]
    for group in GROUPS:
        judged = [(case, kind) for case, (kind, _) in zip(CASES, kinds, strict=True) if case.group == group]
        right = sum(kind in case.accepted for case, kind in judged)
        print(f"{group}: right {right}/{len(judged)}")
    right = sum(kind in case.accepted for case, (kind, _) in zip(CASES, kinds, strict=True))
    print(f"all: right {right}/{len(CASES)}")
    if verbose:
        for case, (kind, cue) in zip(CASES, kinds, strict=True):
            if kind not in case.accepted:
                accepted = " or ".join(k.value for k in case.accepted)
                shown = kind.value if kind else "none"
                print(f"   {shown} ({cue!r}; accepted {accepted}): {case.sentence}")


if __name__ == "__main__":
    main("-v" in sys.argv)
