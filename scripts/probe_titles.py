"""A probe of the titles made from a sentence (`headlines.title_of`), on wire-style sentences, none from
the seeds: wars, elections, courts, business, disasters, science.

Each case is a sentence, the title a reader should get from it (its own words only), the opening that
carries no news when it has one ("However,", "Speaking to reporters in Brussels,"), and the words that
must survive in any title of it: the hedges, negations, attributions and conditions that bear on what
the title says. A title reads as a headline when it is whole (no "…"), of WHOLE_TITLE_WORDS words at
most, and does not open with that opening. Run it on any revision
(`PYTHONPATH=<tree> python scripts/probe_titles.py [-v]`): it prints how many titles read as headlines,
how many lose a word they must keep (must be 0), how many are the expected title, and the mean length;
with -v every title that is not the expected one, a title losing a word marked !.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from timeline.headlines import title_of

HEADLINE_WORDS = 16  # the longest title that reads as a headline


class Case(NamedTuple):
    sentence: str
    title: str  # the expected title
    opening: str = ""  # an opening without news, which a headline does not start with
    keep: tuple[str, ...] = ()  # words any title must keep


CASES = [
    # --- discourse markers ---
    Case(
        "However, the central bank left its benchmark rate unchanged at 5.25% on Wednesday.",
        "The central bank left its benchmark rate unchanged at 5.25% on Wednesday",
        "However",
    ),
    Case(
        "Meanwhile, rescuers pulled 14 survivors from the rubble of a collapsed hotel in Antakya.",
        "Rescuers pulled 14 survivors from the rubble of a collapsed hotel in Antakya",
        "Meanwhile",
    ),
    Case(
        "At the same time, Boeing said it would halt production of the 737 MAX at its Renton plant for two "
        "weeks.",
        "Boeing said it would halt production of the 737 MAX…",
        "At the same time",
        ("said", "would", "halt"),
    ),
    Case(
        "In addition, the company will cut 1,200 jobs in Germany by the end of next year.",
        "The company will cut 1,200 jobs in Germany by the end of next year",
        "In addition",
        ("will",),
    ),
    Case(
        "Separately, police in Lagos arrested 23 people suspected of vandalising polling stations.",
        "Police in Lagos arrested 23 people suspected of vandalising polling stations",
        "Separately",
        ("suspected",),
    ),
    Case(
        "Still, the jury found the former mayor guilty on all three counts of bribery.",
        "The jury found the former mayor guilty on all three counts of bribery",
        "Still",
    ),
    Case(
        "Moreover, the airline cancelled 300 flights on Friday as the storm approached the coast.",
        "The airline cancelled 300 flights on Friday as the storm approached the coast",
        "Moreover",
        ("cancelled",),
    ),
    Case(
        "But the Senate rejected the measure by a vote of 52 to 48.",
        "The Senate rejected the measure by a vote of 52 to 48",
        "But",
        ("rejected",),
    ),
    Case(
        "And prosecutors said they would seek the death penalty.",
        "Prosecutors said they would seek the death penalty",
        "And",
        ("said", "would"),
    ),
    Case(
        "Nevertheless, shares of the chipmaker rose 4% in early trading in New York.",
        "Shares of the chipmaker rose 4% in early trading in New York",
        "Nevertheless",
    ),
    Case(
        "Indeed, the yen weakened past 160 per dollar for the first time since 1986.",
        "The yen weakened past 160 per dollar for the first time since 1986",
        "Indeed",
    ),
    Case(
        "Elsewhere, a landslide buried at least 40 homes in the Indonesian province of West Java.",
        "A landslide buried at least 40 homes in the Indonesian province of West Java",
        "Elsewhere",
    ),
    Case(
        "Instead, the ministers agreed to meet again in Geneva next month.",
        "The ministers agreed to meet again in Geneva next month",
        "Instead",
        ("agreed to",),
    ),
    Case(
        "Also on Tuesday, the European Commission fined Apple 1.8 billion euros over music streaming.",
        "The European Commission fined Apple 1.8 billion euros over music streaming",
        "Also on Tuesday",
    ),
    Case(
        "In response, Iran launched more than 300 drones and missiles at Israel, the military said.",
        "Iran launched more than 300 drones and missiles at Israel, the military said",
        "In response",
        ("said",),
    ),
    Case(
        "For its part, the Kremlin said the talks had been constructive but no date was set for another "
        "round.",
        "The Kremlin said the talks had been constructive but no date was set for another round",
        "For its part",
        ("said", "no date"),
    ),
    # --- a date alone before the clause ---
    Case(
        "On Monday, the Supreme Court declined to hear the appeal of the convicted financier.",
        "The Supreme Court declined to hear the appeal of the convicted financier",
        "On Monday",
        ("declined to",),
    ),
    Case(
        "Late on Saturday, Israeli jets struck targets in southern Lebanon, the army said.",
        "Israeli jets struck targets in southern Lebanon, the army said",
        "Late on Saturday",
        ("said",),
    ),
    Case(
        "Earlier this month, the World Health Organization declared the outbreak a global health emergency.",
        "The World Health Organization declared the outbreak a global health emergency",
        "Earlier this month",
    ),
    Case(
        "In 2019, the company paid $5 billion to settle privacy charges with regulators.",
        "The company paid $5 billion to settle privacy charges with regulators",
        "In 2019",
    ),
    Case(
        "Last week, the state's governor signed a law banning mobile phones in classrooms.",
        "The state's governor signed a law banning mobile phones in classrooms",
        "Last week",
    ),
    Case(
        "By Friday, all foreign troops must leave the disputed border town under the agreement.",
        "By Friday, all foreign troops must leave the disputed border town under the agreement",
        keep=("By Friday", "must"),
    ),
    Case(
        "Until 2019, the airline was owned by the state, which sold its last shares to a Gulf fund.",
        "Until 2019, the airline was owned by the state",
        keep=("Until 2019",),
    ),
    # --- the setting of a statement ---
    Case(
        "Speaking to reporters in Brussels, NATO's secretary general said the alliance would not send troops "
        "to Ukraine.",
        "NATO's secretary general said the alliance would not send troops to Ukraine",
        "Speaking to reporters",
        ("said", "would not"),
    ),
    Case(
        "In a statement on Tuesday, the ministry said two soldiers were killed in the attack.",
        "The ministry said two soldiers were killed in the attack",
        "In a statement",
        ("said",),
    ),
    Case(
        "In an interview with Reuters, the chief executive said the company had no plans to sell its mining "
        "unit.",
        "The chief executive said the company had no plans to sell its mining unit",
        "In an interview",
        ("said", "no plans"),
    ),
    Case(
        "At a news conference in Nairobi, the electoral commission declared William Ruto the winner of the "
        "presidential vote.",
        "The electoral commission declared William Ruto the winner of the presidential vote",
        "At a news conference",
    ),
    Case(
        "Addressing the U.N. General Assembly, the Brazilian president called for a global tax on "
        "billionaires.",
        "The Brazilian president called for a global tax on billionaires",
        "Addressing",
        ("called for",),
    ),
    Case(
        "Writing on social media, the former president claimed that the election had been stolen.",
        "The former president claimed that the election had been stolen",
        "Writing on social media",
        ("claimed that",),
    ),
    Case(
        "In a post on X, the billionaire said he would move the company's headquarters to Texas.",
        "The billionaire said he would move the company's headquarters to Texas",
        "In a post on X",
        ("said", "would"),
    ),
    Case(
        "Speaking on condition of anonymity, two officials said the deal could be signed as early as Friday.",
        "Two officials said the deal could be signed as early as Friday",
        "Speaking on condition",
        ("said", "could"),
    ),
    Case(
        "Asked whether he would resign, the minister said he had no intention of doing so.",
        "Asked whether he would resign, the minister said he had no intention of doing so",
        keep=("resign", "said", "no intention"),
    ),
    Case(
        "In speaking about the verdict to reporters outside the courthouse, the defendant's lawyer said they "
        "would appeal.",
        "The defendant's lawyer said they would appeal",
        "In speaking about",
        ("said", "would"),
    ),
    Case(
        "During a visit to Kyiv, the German chancellor pledged a further 500 million euros in military aid.",
        "The German chancellor pledged a further 500 million euros in military aid",
        "During a visit",
        ("pledged",),
    ),
    Case(
        "According to the health ministry, at least 35 people were killed in the strike on the market.",
        "According to the health ministry, at least 35 people were killed…",
        keep=("According to",),
    ),
    # --- an attribution at the end ---
    Case(
        "Russian forces shelled the city of Kherson overnight, killing two civilians, the regional governor "
        "said on Telegram.",
        "Russian forces shelled the city of Kherson overnight, killing two civilians, the regional governor "
        "said on Telegram",
        keep=("said",),
    ),
    Case(
        "The parliament approved the 2025 budget by 280 votes to 150, the speaker said.",
        "The parliament approved the 2025 budget by 280 votes to 150, the speaker said",
        keep=("said",),
    ),
    Case(
        "Three climbers died in an avalanche on Mont Blanc, French police said.",
        "Three climbers died in an avalanche on Mont Blanc, French police said",
        keep=("said",),
    ),
    Case(
        "A Chinese research vessel entered Vietnam's exclusive economic zone on Monday, Hanoi said, "
        "calling it "
        "a violation of its sovereignty.",
        "A Chinese research vessel entered Vietnam's exclusive economic zone on Monday, Hanoi said",
        keep=("said",),
    ),
    Case(
        "Gunmen abducted at least 87 villagers in Kaduna state in northwest Nigeria, residents and local "
        "officials told Reuters on Tuesday.",
        "Gunmen abducted at least 87 villagers in Kaduna state in northwest Nigeria, residents and local "
        "officials told Reuters on Tuesday",
        keep=("told",),
    ),
    Case(
        "Russian troops executed three Ukrainian prisoners of war near the village of Robotyne in the "
        "Zaporizhzhia region, Ukraine's prosecutor general said.",
        "Russian troops executed three Ukrainian prisoners of war near the village of Robotyne in the "
        "Zaporizhzhia region, Ukraine's prosecutor general said",
        keep=("said",),
    ),
    # --- hedges, negations and conditions further in ---
    Case(
        "The company could be delisted from the Nasdaq if its shares stay below $1 for another 30 trading "
        "days.",
        "The company could be delisted from the Nasdaq if its shares stay…",
        keep=("could", "if"),
    ),
    Case(
        "Hundreds of civilians were reportedly killed in the fighting around El Fasher, according to "
        "unverified reports.",
        "Hundreds of civilians were reportedly killed in the fighting around El Fasher, according to "
        "unverified reports",
        keep=("reportedly", "according to", "unverified"),
    ),
    Case(
        "Investigators suspect a faulty sensor may have caused the crash of the small plane near Denver.",
        "Investigators suspect a faulty sensor may have caused the crash of the small plane near Denver",
        keep=("suspect", "may"),
    ),
    Case(
        "The talks, which could resume next week, were suspended after the delegations failed to agree on a "
        "ceasefire map.",
        "The talks were suspended after the delegations failed to agree on a ceasefire map",
        keep=("suspended", "failed to"),
    ),
    Case(
        "If confirmed, the sale would be the largest acquisition in the history of the Japanese steel "
        "industry.",
        "If confirmed, the sale would be the largest acquisition in the history…",
        keep=("If confirmed", "would"),
    ),
    Case(
        "The storm is expected to make landfall near Tampa late on Wednesday as a Category 3 hurricane.",
        "The storm is expected to make landfall near Tampa late on Wednesday…",
        keep=("expected",),
    ),
    Case(
        "Kenya plans to deploy 1,000 police officers to Haiti to fight gangs, the interior ministry said.",
        "Kenya plans to deploy 1,000 police officers to Haiti to fight gangs, the interior ministry said",
        keep=("plans to", "said"),
    ),
    Case(
        "The minister denied that the government had spied on journalists.",
        "The minister denied that the government had spied on journalists",
        keep=("denied",),
    ),
    Case(
        "The bank did not say how many employees would lose their jobs under the restructuring plan.",
        "The bank did not say how many employees would lose their jobs under the restructuring plan",
        keep=("did not", "would"),
    ),
    Case(
        "The regulator has yet to approve the merger, which would create the country's largest mobile "
        "operator by subscribers.",
        "The regulator has yet to approve the merger",
        keep=("yet to",),
    ),
    Case(
        "The central bank is widely expected to cut interest rates by a quarter point at its meeting next "
        "week, economists said.",
        "The central bank is widely expected to cut interest rates by a quarter point at its meeting next "
        "week, economists said",
        keep=("expected", "said"),
    ),
    Case(
        "Opposition leaders rejected the preliminary results, saying the count in several provinces had been "
        "rigged.",
        "Opposition leaders rejected the preliminary results, saying the count in several provinces had been "
        "rigged",
        keep=("rejected",),
    ),
    Case(
        "The court ruled that the former prime minister cannot stand in next year's election because of his "
        "conviction for corruption.",
        "The court ruled that the former prime minister cannot stand in next year's election…",
        keep=("cannot",),
    ),
    Case(
        "North Korea may have supplied Russia with as many as 6,000 containers of artillery shells since "
        "August, the South Korean defence minister said.",
        "North Korea may have supplied Russia with as many as 6,000 containers of artillery shells since "
        "August, the South Korean defence minister said",
        keep=("may", "said"),
    ),
    Case(
        "Union members voted against the pay offer by a wide margin, extending a strike that has shut the "
        "port for three weeks.",
        "Union members voted against the pay offer by a wide margin",
        keep=("voted against",),
    ),
    # --- asides between commas ---
    Case(
        "Unanimous approval by the Bundestag, the lower house of the German parliament, cleared the way for "
        "the law to take effect in January.",
        "Unanimous approval by the Bundestag cleared the way for the law to take effect in January",
    ),
    Case(
        "Olaf Scholz, the German chancellor, and Emmanuel Macron, the French president, agreed on Friday to "
        "pool orders for air defence systems.",
        "Olaf Scholz and Emmanuel Macron agreed on Friday to pool orders for air defence systems",
        keep=("agreed",),
    ),
    Case(
        "Javier Milei, who took office in December, has cut public spending by nearly a third, according to "
        "the economy ministry.",
        "Javier Milei has cut public spending by nearly a third, according to the economy ministry",
        keep=("according to",),
    ),
    Case(
        "The vessel, a Liberian-flagged bulk carrier bound for Rotterdam, was struck by a missile in the "
        "Gulf "
        "of Aden, the U.S. military said.",
        "The vessel was struck by a missile in the Gulf of Aden, the U.S. military said",
        keep=("said",),
    ),
    Case(
        "Maria Zakharova, the foreign ministry's spokeswoman, said the talks had failed.",
        "Maria Zakharova, the foreign ministry's spokeswoman, said the talks had failed",
        keep=("said",),
    ),
    Case(
        "Rwanda's president, Paul Kagame, who has ruled the country since 2000, won a fourth term with 99 "
        "percent of the vote.",
        "Rwanda's president, Paul Kagame, won a fourth term with 99 percent of the vote",
    ),
    Case(
        "The former president, speaking at a rally in Pennsylvania, said he would impose tariffs of 60 "
        "percent on Chinese goods.",
        "The former president said he would impose tariffs of 60 percent on Chinese goods",
        keep=("said", "would"),
    ),
    Case(
        "The European Medicines Agency, which assesses drugs for the 27-nation bloc, recommended approval of "
        "the Alzheimer's treatment.",
        "The European Medicines Agency recommended approval of the Alzheimer's treatment",
    ),
    Case(
        "In Paris, the president met the pope at the Elysee palace, officials said, for talks on "
        "migration and "
        "the war in Gaza.",
        "In Paris, the president met the pope at the Elysee palace, officials said…",
        keep=("said",),
    ),
    Case(
        "Ferrari, the Italian carmaker whose shares have tripled since 2019, reported a 14% rise in "
        "quarterly "
        "profit on Thursday.",
        "Ferrari reported a 14% rise in quarterly profit on Thursday",
    ),
    Case(
        "The suspect, who police said had a history of mental illness, was arrested at the scene of the "
        "stabbing in Sydney.",
        "The suspect was arrested at the scene of the stabbing in Sydney",
    ),
    Case(
        "The probe, a joint mission of NASA and the European Space Agency, entered orbit around "
        "Jupiter's moon "
        "Europa on Sunday.",
        "The probe entered orbit around Jupiter's moon Europa on Sunday",
    ),
    # --- clause boundaries ---
    Case(
        "Floodwaters swept through the city centre on Sunday after the river burst its banks, and "
        "thousands of "
        "residents were moved to shelters.",
        "Floodwaters swept through the city centre on Sunday after the river burst its banks",
    ),
    Case(
        "The jury convicted the former banker of fraud on all counts, ending a trial that had lasted nearly "
        "four months.",
        "The jury convicted the former banker of fraud on all counts",
    ),
    Case(
        "Toyota recalled 1.2 million vehicles in the United States over a faulty rearview camera; no "
        "injuries "
        "have been reported.",
        "Toyota recalled 1.2 million vehicles in the United States over a faulty rearview camera",
    ),
    Case(
        "The measure passed the lower house by 312 votes to 98 on Thursday, sending it to the Senate, "
        "where its "
        "fate is uncertain.",
        "The measure passed the lower house by 312 votes to 98 on Thursday",
    ),
    Case(
        "A magnitude 7.1 earthquake struck off the coast of southern Japan, killing at least nine people and "
        "triggering a tsunami warning.",
        "A magnitude 7.1 earthquake struck off the coast of southern Japan, killing at least nine…",
    ),
    Case(
        "Scientists at CERN reported the first observation of the rare particle decay, which the "
        "Standard Model "
        "predicts occurs only once in ten billion events.",
        "Scientists at CERN reported the first observation of the rare particle decay",
        keep=("reported",),
    ),
    Case(
        "The government announced a state of emergency in three provinces as wildfires spread across "
        "more than "
        "50,000 hectares of forest.",
        "The government announced a state of emergency in three provinces…",
    ),
    Case(
        "The incumbent won 54% of the vote in Sunday's run-off, while his challenger took 46%, the electoral "
        "commission said.",
        "The incumbent won 54% of the vote in Sunday's run-off, while his challenger took 46%, the electoral "
        "commission said",
        keep=("said",),
    ),
    Case(
        "The airline's chief executive resigned on Monday, two days after a software fault grounded its "
        "entire "
        "fleet for eight hours.",
        "The airline's chief executive resigned on Monday, two days after a software fault grounded its…",
    ),
    # --- short sentences stand whole ---
    Case(
        "Hamas released four Israeli hostages on Saturday.",
        "Hamas released four Israeli hostages on Saturday",
    ),
    Case(
        "The Federal Reserve raised interest rates by a quarter point.",
        "The Federal Reserve raised interest rates by a quarter point",
    ),
    Case(
        "Wildfires destroyed more than 1,000 homes in Maui, officials said.",
        "Wildfires destroyed more than 1,000 homes in Maui, officials said",
        keep=("said",),
    ),
    Case(
        "The ceasefire could collapse within days, diplomats warned.",
        "The ceasefire could collapse within days, diplomats warned",
        keep=("could", "warned"),
    ),
    Case(
        "Police have not identified the gunman, who was killed by officers at the scene.",
        "Police have not identified the gunman, who was killed by officers at the scene",
        keep=("not",),
    ),
    Case(
        "Shares in the retailer plunged 18% after it cut its full-year profit forecast for the second time.",
        "Shares in the retailer plunged 18% after it cut its full-year profit forecast for the second time",
    ),
    Case(
        "Voters in Ireland rejected two proposed amendments to the constitution, the electoral commission "
        "said.",
        "Voters in Ireland rejected two proposed amendments to the constitution, the electoral "
        "commission said",
        keep=("rejected", "said"),
    ),
    Case(
        "Elon Musk, the world's richest man, completed his $44 billion takeover of Twitter.",
        "Elon Musk, the world's richest man, completed his $44 billion takeover of Twitter",
    ),
    Case(
        "However, officials said the toll was likely to rise as rescuers reached remote villages cut off "
        "by the "
        "landslides.",
        "Officials said the toll was likely to rise as rescuers reached remote villages cut off…",
        "However",
        ("said", "likely"),
    ),
    Case(
        "At the same time, prosecutors allege that the company concealed losses of more than $2 billion from "
        "investors.",
        "Prosecutors allege that the company concealed losses of more than $2 billion from investors",
        "At the same time",
        ("allege",),
    ),
    Case(
        "Speaking at a climate summit in Dubai, the prime minister pledged to phase out coal by 2035, "
        "provided "
        "rich nations help pay for the transition.",
        "The prime minister pledged to phase out coal by 2035, provided rich nations help pay for the "
        "transition",
        "Speaking at a climate summit",
        ("pledged to", "provided"),
    ),
    # --- what must not be taken for an aside or an opening ---
    Case(
        "In Gaza, Hamas, which has run the enclave since 2007, said the strike on the school killed at "
        "least 30 "
        "people.",
        "In Gaza, Hamas said the strike on the school killed at least 30 people",
        keep=("said",),
    ),
    Case(
        "After the vote, the party leader resigned, officials said, and a caretaker was named until the "
        "congress in March.",
        "After the vote, the party leader resigned, officials said",
        keep=("officials said",),
    ),
    Case(
        "The bill, a priority of the governing coalition, was not put to a vote before parliament rose "
        "for the "
        "summer recess.",
        "The bill was not put to a vote before parliament rose for the summer recess",
        keep=("not",),
    ),
    Case(
        "The drug, an experimental antibody, slowed cognitive decline by 27% in a trial of 1,800 "
        "patients, the "
        "company said.",
        "The drug slowed cognitive decline by 27% in a trial of 1,800 patients, the company said",
        keep=("said",),
    ),
    Case(
        "Asked about the report, a spokesman for the ministry declined to comment.",
        "Asked about the report, a spokesman for the ministry declined to comment",
        keep=("declined to",),
    ),
    Case(
        "In a rare public rebuke, the president criticised the central bank for raising rates.",
        "In a rare public rebuke, the president criticised the central bank for raising rates",
    ),
    Case(
        "Reportedly, the army has withdrawn from the town.",
        "Reportedly, the army has withdrawn from the town",
        keep=("Reportedly",),
    ),
    Case(
        "Instead of cutting rates, the central bank raised them by half a point.",
        "Instead of cutting rates, the central bank raised them by half a point",
    ),
    Case(
        "Still, no agreement was reached on the final text, diplomats said.",
        "No agreement was reached on the final text, diplomats said",
        "Still",
        ("no agreement", "said"),
    ),
    Case(
        "The senator, speaking after the vote, said the bill would not pass the House.",
        "The senator, speaking after the vote, said the bill would not pass the House",
        keep=("said", "would not"),
    ),
    Case(
        "Prime Minister Narendra Modi, campaigning in the eastern state of Bihar on Sunday, promised "
        "free grain "
        "for 800 million people for five more years.",
        "Prime Minister Narendra Modi promised free grain for 800 million people for five more years",
        keep=("promised",),
    ),
    Case(
        "The company, which makes chips for Apple, said profit fell 12% in the quarter, hurt by weak "
        "demand in "
        "China.",
        "The company said profit fell 12% in the quarter, hurt by weak demand in China",
        keep=("said",),
    ),
    Case(
        "Police said the gunman, a 24-year-old local man, had been known to security services and was shot "
        "dead at the scene.",
        "Police said the gunman had been known to security services and was shot dead at the scene",
        keep=("said",),
    ),
]


def reads_as_headline(case: Case, title: str) -> bool:
    opens_without_news = bool(case.opening) and title.lower().startswith(case.opening.lower())
    return not title.endswith("…") and len(title.split()) <= HEADLINE_WORDS and not opens_without_news


def lost_words(case: Case, title: str) -> list[str]:
    return [word for word in case.keep if word.lower() not in title.lower()]


def main(verbose: bool) -> None:
    titles = [title_of(case.sentence) for case in CASES]
    headlines = sum(reads_as_headline(case, title) for case, title in zip(CASES, titles, strict=True))
    losing = [case for case, title in zip(CASES, titles, strict=True) if lost_words(case, title)]
    expected = sum(case.title == title for case, title in zip(CASES, titles, strict=True))
    mean_words = sum(len(title.split()) for title in titles) / len(titles)
    print(f"read as headlines: {headlines}/{len(CASES)}")
    print(f"lose a hedge, negation, attribution or condition: {len(losing)}/{len(CASES)}")
    print(f"the expected title: {expected}/{len(CASES)}")
    print(f"mean words: {mean_words:.1f}")
    if verbose:
        for case, title in zip(CASES, titles, strict=True):
            if title != case.title:
                mark = "!" if lost_words(case, title) else " "
                print(f" {mark} {title!r}\n     expected {case.title!r}")


if __name__ == "__main__":
    main("-v" in sys.argv)
