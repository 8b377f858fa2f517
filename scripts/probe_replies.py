"""A probe of where grounding (`grounding.locate`) pins the replies the embedded model really writes,
on nine news articles of my own writing (an earthquake, a rate decision, an election, a fraud trial, a
transfer, a wildfire, lay-offs, a missile strike, a climate summit; 15 to 17 sentences each, many
sharing words), none from the seeds.

The shapes (as in the recorded replies, cassettes/test_extraction_cassettes/ and docs/measurements.md):
`q` the sentence's opening, exact or with a copying error (case, quotes, a dropped word, "kyiv");
`q` a headline and `t` the sentence copied (whole, or with its last clause cut); `t` copying two or
three consecutive sentences while `q` names one of them, or a third sentence; `q` paraphrasing the
opening; `t` a paraphrase; `q` the opening of sentence A under a headline of sentence B; a `q` that
opens several sentences alike; and hard negatives, headlines about what the article does not report
(alone, or over copied sentences they are not about), which must be dropped.

Each case names the sentence a careful reader says the event cites, or none (drop), and the sentences
that are defensible too when `q` and `t` point at different ones. Run it on any revision
(`PYTHONPATH=<tree> python scripts/probe_replies.py [-v]`): it prints how many are right, defensible,
wrong (another sentence: the worst outcome) and dropped, in all and by shape; with -v every case that
is not right.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from timeline.cleaning import CleanedDocument, clean
from timeline.extraction import WireEvent
from timeline.grounding import locate

# The articles, as lists of sentences (three to a paragraph).
ARTICLES: dict[str, list[str]] = {
    "quake": [
        (
            "A magnitude 6.8 earthquake struck the mountainous province of Herat in western Afghanistan "
            "early on Saturday, officials said."
        ),
        (
            "The quake hit at 4:12 a.m. local time at a depth of 10 kilometres, according to the United "
            "States Geological Survey."
        ),
        (
            "At least 312 people were killed and more than 1,500 injured, the provincial disaster "
            "management authority said on Sunday."
        ),
        "The death toll is expected to rise as rescuers reach remote villages cut off by landslides.",
        (
            "Rescuers pulled 41 survivors from the rubble of collapsed houses in the district of Zindajan"
            " on Saturday night."
        ),
        "Entire villages of mud-brick houses were flattened in Zindajan, where most of the victims lived.",
        (
            "The Taliban administration sent 20 ambulances and two helicopters to the district, a "
            "spokesman said."
        ),
        (
            "A second earthquake, of magnitude 5.9, struck the same area on Sunday afternoon and brought "
            "down more houses."
        ),
        (
            "The World Health Organization said it had delivered medical supplies for 10,000 patients to "
            "the regional hospital in Herat city."
        ),
        (
            "The regional hospital in Herat city said it was treating 600 injured people and had run out "
            "of beds."
        ),
        (
            "Doctors at the hospital said many of the injured were women and children who had been "
            "indoors when the quake hit."
        ),
        "The United Nations appealed for $40 million in emergency aid on Monday.",
        "Pakistan and Iran said they would send aid convoys across the border on Monday.",
        (
            "Iran's Red Crescent said its first convoy of 14 trucks carrying tents and blankets crossed "
            "into Afghanistan on Monday evening."
        ),
        "Aid agencies warned that cold nights would put thousands of homeless families at risk.",
        (
            "Afghanistan's last deadly earthquake, in June 2022, killed more than 1,000 people in the "
            "east of the country."
        ),
    ],
    "bank": [
        (
            "The European Central Bank raised its three key interest rates by a quarter of a percentage "
            "point on Thursday."
        ),
        "The increase takes the deposit rate to 4%, its highest level since the euro was launched in 1999.",
        "It was the tenth consecutive increase since the bank began tightening policy in July 2022.",
        (
            "ECB President Christine Lagarde said the rate increase was needed to bring inflation back to"
            " 2% in a timely manner."
        ),
        (
            "Lagarde said the bank did not consider that rates had peaked and that future decisions would"
            " depend on the data."
        ),
        "Inflation in the euro area slowed to 5.3% in August from 5.5% in July, according to Eurostat.",
        "The bank cut its growth forecast for the euro area to 0.7% this year from 0.9%.",
        "It raised its inflation forecast for next year to 3.2% from 3%.",
        "The euro fell 0.8% against the dollar after the announcement.",
        (
            "German Finance Minister Christian Lindner said the increase would weigh on an economy "
            "already in recession."
        ),
        (
            "Italian Prime Minister Giorgia Meloni criticised the decision, saying higher rates were "
            "hurting families with mortgages."
        ),
        (
            "Two members of the governing council voted against the increase, according to people "
            "familiar with the discussion."
        ),
        (
            "Bundesbank President Joachim Nagel said on Friday that the bank might still need to raise "
            "rates again."
        ),
        (
            "Bank of France Governor Francois Villeroy de Galhau said rates had reached a plateau and "
            "should stay there."
        ),
        "The US Federal Reserve is due to announce its own rate decision next Wednesday.",
        "Markets expect the Federal Reserve to keep its rates unchanged next week.",
    ],
    "election": [
        (
            "Voters in Poland went to the polls on Sunday in a parliamentary election seen as the most "
            "important since the end of communism."
        ),
        "Turnout reached 74.4%, the highest since 1989, the National Electoral Commission said on Monday.",
        (
            "The governing Law and Justice party won 35.4% of the vote, according to official results "
            "published on Tuesday."
        ),
        "The opposition Civic Coalition led by Donald Tusk won 30.7% of the vote.",
        (
            "Together with two smaller opposition parties, Tusk's Civic Coalition won 248 of the 460 "
            "seats in the Sejm."
        ),
        "Law and Justice won 194 seats, short of the 231 it needs to govern alone.",
        "Tusk told cheering supporters in Warsaw on Sunday night that the era of Law and Justice was over.",
        "Law and Justice leader Jaroslaw Kaczynski said his party would try to form a government anyway.",
        (
            "President Andrzej Duda, an ally of Law and Justice, said he would hold talks with all "
            "parties before naming a prime minister."
        ),
        "Duda has 30 days after the first sitting of parliament to nominate a candidate.",
        "The far-right Confederation party won 7.2% of the vote and 18 seats.",
        "Confederation leaders said on Monday they would not join a coalition with Law and Justice.",
        (
            "The European Commission said it hoped the new government would restore the independence of "
            "the courts."
        ),
        "Brussels has frozen billions of euros of EU funds for Poland over changes to the judiciary.",
        "Tusk said unlocking the frozen EU funds would be his first priority.",
        "Thousands of people queued outside polling stations abroad, some waiting for hours to vote.",
        (
            "Polling stations in Wroclaw stayed open until 3 a.m. because of long queues, election "
            "officials said."
        ),
    ],
    "trial": [
        (
            "A jury in Manhattan found former crypto executive Samuel Reed guilty on all seven counts of "
            "fraud and conspiracy on Thursday."
        ),
        "Reed, 31, faces up to 110 years in prison.",
        "Judge Lewis Kaplan set sentencing for March 28.",
        "The jury deliberated for less than five hours after a trial that lasted a month.",
        (
            "Prosecutors said Reed stole $8 billion from customers of his exchange, Coinvault, to fund "
            "investments, political donations and property."
        ),
        (
            "Reed had pleaded not guilty and testified in his own defence that he had made mistakes but "
            "had not committed fraud."
        ),
        "His lawyer, Mark Cohen, said Reed would appeal the verdict.",
        "Reed showed no emotion as the verdict was read, and his parents wept in the courtroom.",
        "Three of Reed's former associates pleaded guilty last year and testified against him.",
        (
            "Former Coinvault chief executive Caroline Ellison told the jury that Reed had directed her "
            "to commit the crimes."
        ),
        "Coinvault collapsed in November after customers rushed to withdraw their funds.",
        "The exchange filed for bankruptcy in Delaware and has since recovered about $7 billion in assets.",
        "Customers who lost money said the verdict was only a first step.",
        (
            "US Attorney Damian Williams said the case was one of the biggest financial frauds in "
            "American history."
        ),
        (
            "Williams told reporters outside the courthouse that the crypto industry might be new but the"
            " lies were old."
        ),
        "A second trial on campaign finance charges is scheduled for March.",
    ],
    "transfer": [
        (
            "Real Madrid have completed the signing of England midfielder Jude Bellingham from Borussia "
            "Dortmund, the Spanish club said on Wednesday."
        ),
        (
            "Real Madrid will pay an initial fee of 103 million euros, Dortmund said in a statement to "
            "the stock exchange."
        ),
        "The fee could rise by around 30 million euros in add-ons, Dortmund said.",
        "Bellingham, 19, has signed a six-year contract with Real Madrid.",
        "He joined Dortmund from Birmingham City in 2020 for 25 million pounds.",
        "Bellingham scored 14 goals in all competitions for Dortmund last season.",
        (
            "Dortmund missed out on the Bundesliga title on the last day of the season after a 2-2 draw "
            "with Mainz."
        ),
        "Liverpool had been interested in Bellingham but withdrew from the race in April.",
        "Manchester City also pulled out, citing the size of the fee.",
        "Real Madrid coach Carlo Ancelotti said Bellingham would bring energy to midfield.",
        "Bellingham will be presented to fans at the Santiago Bernabeu on Thursday.",
        "He becomes the second most expensive English player ever, after Jack Grealish.",
        "Real Madrid said Bellingham would wear the number 5 shirt.",
        "Dortmund said they would use part of the fee to sign a replacement.",
        "Dortmund have already signed midfielder Marcel Sabitzer from Bayern Munich.",
        "Bellingham said in a video on social media that joining Real Madrid was a dream come true.",
    ],
    "wildfire": [
        (
            "A wildfire on the Greek island of Rhodes forced the evacuation of about 19,000 people on "
            "Saturday, the fire brigade said."
        ),
        "It was the largest evacuation ever carried out in Greece because of a wildfire, officials said.",
        "Tourists were moved from hotels on the island's southeast coast to schools and sports halls.",
        "Some tourists walked for hours along the coast in the heat to reach safety.",
        "Coast guard boats and private vessels picked up about 2,000 people from beaches.",
        "The fire broke out on Tuesday in the mountains in the centre of the island.",
        "Strong winds pushed the fire toward the coast on Saturday afternoon.",
        "More than 250 firefighters, backed by 10 aircraft and five helicopters, were battling the flames.",
        "Firefighters from Slovakia and Turkey arrived on the island on Sunday to help.",
        "The fire destroyed three hotels and damaged dozens of homes in the village of Kiotari.",
        "No deaths were reported, but three people were treated in hospital for breathing problems.",
        "Tour operator Jet2 cancelled all flights to Rhodes until Tuesday.",
        (
            "TUI said it had cancelled its flights to Rhodes until Tuesday and was bringing customers "
            "home on empty planes."
        ),
        (
            "Greece is in the grip of its longest heatwave on record, with temperatures above 40 degrees "
            "Celsius."
        ),
        "Prime Minister Kyriakos Mitsotakis said the country was facing a very difficult summer.",
        "A second fire on the island of Corfu forced the evacuation of 2,400 people on Sunday.",
    ],
    "layoffs": [
        (
            "Google's parent company Alphabet said on Friday it would cut 12,000 jobs, about 6% of its "
            "global workforce."
        ),
        (
            "Chief executive Sundar Pichai said in a memo to staff that he took full responsibility for "
            "the decisions that led here."
        ),
        "Pichai said the company had hired for a different economic reality than the one it faced today.",
        "The cuts will affect teams across the company, including recruiting, products and engineering.",
        "Employees in the United States who lose their jobs will receive 16 weeks of severance pay.",
        "Alphabet shares rose 5% after the announcement.",
        "Microsoft said on Wednesday it would cut 10,000 jobs by the end of March.",
        "Amazon began laying off 18,000 workers this month, the largest cuts in its history.",
        "Meta cut 11,000 jobs in November, about 13% of its staff.",
        "Technology companies hired aggressively during the pandemic as demand for online services surged.",
        "Alphabet's headcount grew by more than 50,000 between 2019 and 2022.",
        (
            "Activist investor TCI Fund Management urged Alphabet in November to cut costs and reduce its"
            " workforce."
        ),
        (
            "TCI said in a letter to Pichai that Alphabet had too many employees and that their pay was "
            "too high."
        ),
        "The Alphabet Workers Union said the layoffs were unacceptable.",
        "Alphabet will report its fourth-quarter results on February 2.",
        "Analysts expect Alphabet to report its slowest revenue growth in years.",
    ],
    "war": [
        (
            "Russia launched a large-scale missile and drone attack on Kyiv early on Friday, Ukrainian "
            "officials said."
        ),
        (
            "At least 14 people were killed in the Ukrainian capital and 45 were injured, Mayor Vitali "
            "Klitschko said."
        ),
        (
            "A missile struck a five-storey apartment building in the Solomianskyi district, setting it "
            "on fire."
        ),
        "Rescuers pulled six people from the rubble of the building on Friday morning.",
        (
            "Ukraine's air force said it shot down 37 of the 40 missiles and 24 of the 30 drones launched"
            " overnight."
        ),
        "Debris from a downed drone damaged a children's hospital in the city centre.",
        "President Volodymyr Zelensky called on Western allies to send more air defence systems to Kyiv.",
        (
            "Zelensky said Russia had fired more than 3,000 missiles at Ukrainian cities since the start "
            "of the year."
        ),
        "The Kremlin said its forces had hit military targets and denied striking civilian buildings.",
        "Russian Defence Minister Sergei Shoigu said the strikes targeted arms depots and command posts.",
        (
            "The attack came hours after Ukrainian drones struck an oil refinery in the Russian city of "
            "Tuapse."
        ),
        "The Tuapse refinery suspended operations after the fire, its owner Rosneft said.",
        "Germany said on Friday it would deliver two more Patriot air defence systems to Ukraine.",
        "German Defence Minister Boris Pistorius announced the delivery during a visit to Kyiv.",
        "The United States announced a new military aid package worth $250 million.",
        (
            "Power was cut to 200,000 homes in Kyiv after an energy facility was hit, the grid operator "
            "Ukrenergo said."
        ),
        "Ukrenergo said power had been restored to most homes by Friday evening.",
    ],
    "summit": [
        (
            "Nearly 200 countries agreed on Wednesday at the COP28 climate summit in Dubai to transition "
            "away from fossil fuels."
        ),
        "It was the first time a UN climate summit agreed to move away from oil, gas and coal.",
        "The deal was approved after two weeks of negotiations that ran a day past their scheduled end.",
        "COP28 President Sultan al-Jaber said the agreement was historic.",
        (
            "Al-Jaber, who heads the Abu Dhabi national oil company, had been criticised for his role in "
            "the oil industry."
        ),
        "Small island states said the deal did not go far enough and contained too many loopholes.",
        "The deal calls for tripling renewable energy capacity worldwide by 2030.",
        "It also calls for doubling the rate of energy efficiency improvements by 2030.",
        (
            "An earlier draft released on Monday had been criticised for dropping any mention of phasing "
            "out fossil fuels."
        ),
        "Saudi Arabia had opposed any language on phasing out fossil fuels, according to delegates.",
        "US climate envoy John Kerry said the deal sent a strong signal to markets.",
        (
            "EU climate commissioner Wopke Hoekstra said the deal marked the beginning of the end of "
            "fossil fuels."
        ),
        "Countries agreed on the first day of the summit to launch a fund for loss and damage.",
        "Pledges to the loss and damage fund reached about $700 million by the end of the summit.",
        "The next climate summit, COP29, will be held in Baku, Azerbaijan, in November.",
        (
            "Activists protested outside the venue on Wednesday, calling for an immediate end to fossil "
            "fuel subsidies."
        ),
    ],
}
# headlines in the model's own words, for sentences of each article: {index: headline}
HEADLINES = {
    "quake": {
        0: "Magnitude 6.8 earthquake hits Herat province",
        2: "Afghan quake kills at least 312 people",
        4: "Rescuers pull 41 survivors from rubble in Zindajan",
        9: "Herat hospital runs out of beds for 600 injured",
        13: "Iranian aid convoy of 14 trucks crosses into Afghanistan",
    },
    "bank": {
        0: "ECB raises interest rates by quarter point",
        3: "Lagarde says rate rise needed to tame inflation",
        6: "ECB cuts euro area growth forecast to 0.7%",
        10: "Meloni criticises ECB rate increase",
        12: "Nagel says ECB may need to raise rates again",
    },
    "election": {
        1: "Polish election turnout hits record 74.4%",
        2: "Law and Justice wins 35.4% of the vote",
        4: "Opposition wins majority of 248 seats in Sejm",
        8: "Duda to hold talks with all parties",
        11: "Confederation rules out coalition with Law and Justice",
    },
    "trial": {
        0: "Jury finds Samuel Reed guilty of fraud",
        2: "Judge sets Reed sentencing for March 28",
        6: "Reed's lawyer says he will appeal",
        9: "Ellison testifies Reed directed her crimes",
        11: "Coinvault recovers $7 billion in bankruptcy",
    },
    "transfer": {
        0: "Real Madrid signs Jude Bellingham from Dortmund",
        1: "Real Madrid to pay 103 million euros for Bellingham",
        3: "Bellingham signs six-year contract",
        8: "Manchester City pulls out over fee",
        14: "Dortmund sign Sabitzer from Bayern",
    },
    "wildfire": {
        0: "Rhodes wildfire forces 19,000 to evacuate",
        4: "Boats pick up 2,000 people from beaches",
        8: "Slovak and Turkish firefighters arrive on Rhodes",
        9: "Fire destroys three hotels in Kiotari",
        15: "Corfu fire forces evacuation of 2,400",
    },
    "layoffs": {
        0: "Alphabet to cut 12,000 jobs",
        4: "Laid-off US Google staff to get 16 weeks severance",
        6: "Microsoft to cut 10,000 jobs",
        11: "TCI urges Alphabet to cut costs",
        13: "Workers union calls Alphabet layoffs unacceptable",
    },
    "war": {
        0: "Russia launches massive missile attack on Kyiv",
        2: "Missile hits apartment building in Kyiv's Solomianskyi district",
        4: "Ukraine shoots down 37 of 40 missiles",
        8: "Kremlin denies striking civilian buildings",
        11: "Tuapse refinery halts operations after drone strike",
        12: "Germany to deliver two more Patriot systems to Ukraine",
    },
    "summit": {
        0: "COP28 agrees to transition away from fossil fuels",
        3: "Al-Jaber calls COP28 deal historic",
        6: "Deal calls for tripling renewable capacity by 2030",
        9: "Saudi Arabia opposed fossil fuel phase-out language",
        13: "Loss and damage fund pledges reach $700 million",
    },
}
# q paraphrasing the sentence's opening (not verbatim), with the headline as t
PARAPHRASED_Q = {
    "quake": [
        (4, "Rescue workers pulled 41 survivors", "41 survivors rescued in Zindajan"),
        (11, "The UN appealed for $40 million", "UN seeks $40 million in emergency aid"),
    ],
    "bank": [
        (1, "The rate rise takes the deposit rate", "Deposit rate reaches record 4%"),
    ],
    "election": [
        (6, "Tusk told supporters in Warsaw", "Tusk declares end of Law and Justice era"),
    ],
    "trial": [
        (4, "Prosecutors said Reed had stolen", "Reed stole $8 billion from customers, prosecutors say"),
    ],
    "transfer": [
        (7, "Liverpool was interested in Bellingham", "Liverpool withdrew from race for Bellingham"),
    ],
    "wildfire": [
        (5, "The fire started on Tuesday", "Rhodes fire began on Tuesday in mountains"),
    ],
    "layoffs": [
        (7, "Amazon has begun laying off", "Amazon lays off 18,000 workers"),
    ],
    "war": [
        (7, "Zelensky says Russia fired over", "Russia fired 3,000 missiles this year, Zelensky says"),
        (15, "Power was cut to 200k homes", "200,000 Kyiv homes lose power"),
    ],
    "summit": [
        (14, "COP29 will be held in Baku", "Baku to host COP29 in November"),
    ],
}
# t paraphrasing a sentence in other words entirely, q a headline too (no verbatim anywhere)
PARAPHRASES = {
    "quake": [
        (
            7,
            "Aftershock topples more homes",
            "A 5.9 aftershock on Sunday brought down more houses in the same area",
        ),
    ],
    "bank": [
        (8, "Euro slides", "The single currency lost 0.8% against the dollar following the decision"),
    ],
    "election": [
        (16, "Wroclaw polls stay open late", "Queues kept voting stations in Wroclaw open until 3 a.m."),
    ],
    "trial": [
        (3, "Quick verdict", "Jurors took under five hours to reach a verdict after a month-long trial"),
    ],
    "transfer": [
        (
            12,
            "Bellingham gets number 5",
            "The England midfielder will wear the number 5 shirt at Real Madrid",
        ),
    ],
    "wildfire": [
        (11, "Jet2 cancels Rhodes flights", "Jet2 called off all its flights to Rhodes until Tuesday"),
    ],
    "layoffs": [
        (5, "Alphabet stock climbs", "Shares of Alphabet climbed 5% following the job cuts announcement"),
    ],
    "war": [
        (5, "Children's hospital damaged", "Falling drone debris hit a children's hospital in central Kyiv"),
    ],
    "summit": [
        (
            15,
            "Protest at COP28 venue",
            "Activists demonstrated outside the venue demanding an end to fossil fuel subsidies",
        ),
    ],
}
# q the opening of sentence a, t a headline paraphrasing sentence b
CROSSED = {
    "quake": [
        (1, "Iran and Pakistan to send aid convoys", 12),
    ],
    "bank": [
        (9, "Villeroy says rates have plateaued", 13),
    ],
    "election": [
        (9, "Commission hopes new government restores court independence", 12),
    ],
    "trial": [
        (13, "Reed's parents weep as verdict read", 7),
    ],
    "transfer": [
        (5, "Ancelotti says Bellingham brings energy to midfield", 9),
    ],
    "wildfire": [
        (2, "Strong winds push Rhodes fire toward coast", 6),
    ],
    "layoffs": [
        (1, "Alphabet headcount grew by 50,000 since 2019", 10),
    ],
    "war": [
        (9, "Pistorius announces Patriot delivery in Kyiv", 13),
    ],
    "summit": [
        (10, "Hoekstra says deal marks beginning of the end of fossil fuels", 11),
    ],
}
# q the opening several sentences share, t naming one of them
ALIKE = {
    "quake": [
        ("The regional hospital in Herat", "Herat hospital short of beds as 600 injured treated", 9),
    ],
    "bank": [
        ("Lagarde said the bank", "Lagarde says rates may not have peaked", 4),
    ],
    "election": [
        ("Law and Justice", "Kaczynski vows to try to form government", 7),
    ],
    "trial": [
        ("Williams", "Williams calls case one of biggest frauds in US history", 13),
    ],
    "transfer": [
        ("Dortmund said", "Dortmund to use fee to sign replacement", 13),
    ],
    "wildfire": [
        ("Tour operator", "TUI cancels Rhodes flights and flies customers home", 12),
    ],
    "layoffs": [
        ("Alphabet", "Alphabet to report fourth-quarter results on Feb 2", 14),
    ],
    "war": [
        ("Ukrenergo said", "Power restored to most Kyiv homes by evening", 16),
    ],
    "summit": [
        ("It also calls for", "Deal calls for doubling energy efficiency gains", 7),
    ],
}
# headlines about something the article does not report: must be dropped
NOT_REPORTED = {
    "quake": [
        "Earthquake kills 312 in Turkey",
        "Taliban closes border with Iran",
        "Herat airport shut after quake damages runway",
    ],
    "bank": [
        "ECB cuts interest rates by quarter point",
        "Lagarde resigns as ECB president",
        "Federal Reserve raises rates",
    ],
    "election": [
        "Tusk sworn in as prime minister",
        "Duda names Kaczynski prime minister",
        "Confederation joins Law and Justice coalition",
    ],
    "trial": [
        "Reed sentenced to 25 years in prison",
        "Judge Kaplan dismisses fraud charges",
        "Ellison sentenced to two years",
    ],
    "transfer": [
        "Bellingham joins Liverpool",
        "Real Madrid sign Harry Kane from Tottenham",
        "Dortmund sack their coach",
    ],
    "wildfire": [
        "Wildfire on Rhodes kills 12 tourists",
        "Greece declares state of emergency on Crete",
        "Firefighters from Italy arrive on Corfu",
    ],
    "layoffs": [
        "Apple cuts 5,000 jobs",
        "Pichai steps down as Google chief",
        "Alphabet shares fall 10% after layoffs",
    ],
    "war": [
        "Ukraine launches missile attack on Moscow",
        "Klitschko resigns as Kyiv mayor",
        "France to deliver fighter jets to Ukraine",
    ],
    "summit": [
        "COP28 fails to reach agreement",
        "Saudi Arabia backs fossil fuel phase-out",
        "Next climate summit to be held in Brazil",
    ],
}
# copy errors the rotation does not make: curly quotes, a place's case
EXTRA = [
    (
        "war",
        "copy error (kyiv)",
        "russia launched a large-scale missile and drone attack on kyiv",
        "Russia strikes Kyiv",
        0,
    ),
    ("war", "copy error (curly quote)", "Ukraine’s air force said it", "Ukraine downs 37 missiles", 4),
    (
        "war",
        "copy error (kyiv)",
        "German Defence Minister Boris Pistorius announced the delivery during a visit to kyiv",
        "Pistorius visits Kyiv",
        13,
    ),
    (
        "quake",
        "copy error (curly quote)",
        "Iran’s Red Crescent said its",
        "Iranian convoy crosses border",
        13,
    ),
    (
        "wildfire",
        "copy error (straight quote)",
        "Tourists were moved from hotels on the island's",
        "Tourists moved to schools",
        2,
    ),
    (
        "layoffs",
        "copy error (curly quote)",
        "Alphabet’s headcount grew by more",
        "Alphabet headcount grew 50,000",
        10,
    ),
]


class Case(NamedTuple):
    article: str
    shape: str
    q: str
    t: str
    expected: int | None  # index of the sentence a careful reader says the event cites; None: drop
    also: tuple[int, ...] = ()  # other sentences as defensible (a `q` and a `t` naming different ones)


def opening(sentence: str, words: int = 4) -> str:
    return " ".join(sentence.split()[:words])


def copy_error(sentence: str, n: int) -> tuple[str, str]:
    """The opening of the sentence with one small copying error, rotating among kinds."""
    words = sentence.split()[:6]
    kinds = ["lower", "quotes", "dropped", "upper-first", "hyphen"]
    for kind in kinds[n % len(kinds) :] + kinds[: n % len(kinds)]:
        if kind == "lower":
            return "lower case", " ".join(words).lower()
        if kind == "quotes" and any("'" in w for w in words):
            return "curly quotes", " ".join(words).replace("'", "\u2019")
        if kind == "dropped" and len(words) >= 5:
            return "a word dropped", " ".join(words[:2] + words[3:])
        if kind == "upper-first" and len(words) >= 4:
            return "case of a name", " ".join(
                w.lower() if w[0].isupper() and i else w for i, w in enumerate(words)
            )
        if kind == "hyphen" and any("-" in w for w in words):
            return "hyphen as space", " ".join(words).replace("-", " ")
    return "lower case", " ".join(words).lower()


def cut_clause(sentence: str) -> str | None:
    """The sentence with its attribution or last clause cut (", officials said.")."""
    body = sentence.rstrip(".")
    if ", " not in body:
        return None
    head, _, _ = body.rpartition(", ")
    return head if len(head.split()) >= 6 else None


def shaped_cases(name: str, sentences: list[str], items: list[tuple[int, str]], n: int) -> list[Case]:
    """The reply shapes the model gives for the n-th headline's sentence: exact, with a copy error,
    swapped, copying one, two or three sentences, or naming another sentence's event."""
    cases: list[Case] = []
    i, headline = items[n]
    s = sentences[i]
    cases.append(Case(name, "exact q", opening(s), headline, i))
    kind, q = copy_error(s, n + len(name))
    cases.append(Case(name, f"q with a copy error ({kind})", q, headline, i))
    cases.append(Case(name, "swapped: q headline, t the sentence", headline, s, i))
    cut = cut_clause(s)
    if cut:
        cases.append(Case(name, "swapped, t with a clause cut", headline, cut, i))
    if i + 1 < len(sentences):
        cases.append(
            Case(name, "t copies 2 sentences, q names the first", headline, f"{s} {sentences[i + 1]}", i)
        )
    if i > 0:
        cases.append(
            Case(name, "t copies 2 sentences, q names the second", headline, f"{sentences[i - 1]} {s}", i)
        )
    if 0 < i < len(sentences) - 1:
        t = f"{sentences[i - 1]} {s} {sentences[i + 1]}"
        cases.append(Case(name, "t copies 3 sentences, q names the middle", headline, t, i))
    # the headline of another sentence over a copy of two that are neither (the seed-004 shape)
    j, other = items[(n + 2) % len(items)]
    k = next(k for k in range(len(sentences) - 1) if abs(k - j) > 1 and abs(k + 1 - j) > 1 and k != i)
    t = f"{sentences[k]} {sentences[k + 1]}"
    cases.append(Case(name, "t copies 2 sentences, q names a third", other, t, j, (k, k + 1)))
    return cases


def cases_of(name: str, sentences: list[str]) -> list[Case]:
    cases: list[Case] = []
    headlines = HEADLINES[name]
    items = sorted(headlines.items())
    for n in range(len(items)):
        cases.extend(shaped_cases(name, sentences, items, n))
    # the headline of one sentence over a copy of another (seen on seed 004): the headline names the event
    (i, headline), (j, _) = items[0], items[-1]
    cases.append(Case(name, "q headline of A, t copies B", headline, sentences[j], i, (j,)))
    for i, q, t in PARAPHRASED_Q[name]:
        cases.append(Case(name, "q paraphrases the opening", q, t, i))
    for i, q, t in PARAPHRASES[name]:
        cases.append(Case(name, "q headline, t paraphrase", q, t, i))
    for a, t, b in CROSSED[name]:
        cases.append(Case(name, "q opens A, t paraphrases B", opening(sentences[a]), t, b, (a,)))
    for q, t, i in ALIKE[name]:
        cases.append(Case(name, "q opens several sentences alike", q, t, i))
    for n, headline in enumerate(NOT_REPORTED[name]):
        cases.append(Case(name, "not reported: q headline, t headline", headline, headline, None))
        if n == 1:
            # a copied sentence under a headline it does not report: the copy says which sentence
            cases.append(Case(name, "not reported: q headline, t copies 1", headline, sentences[3], 3))
        if n == 0:
            # the seed-004 shape with an unreported headline: copied sentences the headline is not about
            t = f"{sentences[5]} {sentences[6]}"
            cases.append(Case(name, "not reported: q headline, t copies 2 others", headline, t, None, (5, 6)))
    return cases + [Case(*extra) for extra in EXTRA if extra[0] == name]


def document(sentences: list[str]) -> str:
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return "Report\n\n" + "\n\n".join(paragraphs) + "\n"


def judge(case: Case, cleaned: CleanedDocument, sentences: list[str]) -> str:
    located = locate(WireEvent(q=case.q, t=case.t, k="h"), cleaned)
    if located is None:
        return "dropped" if case.expected is not None else "right"
    text = located[0].text
    if case.expected is not None and text == sentences[case.expected]:
        return "right"
    if any(text == sentences[i] for i in case.also):
        return "defensible"
    return "wrong"


def main(verbose: bool) -> None:
    counts: dict[str, int] = {}
    by_shape: dict[str, dict[str, int]] = {}
    total = 0
    for name, sentences in ARTICLES.items():
        cleaned = clean(document(sentences), "Report")
        kept = {s.text for s in cleaned.sentences}
        missing = [s for s in sentences if s not in kept]
        if missing:
            print(f"{name}: not kept as sentences: {missing}")
        for case in cases_of(name, sentences):
            verdict = judge(case, cleaned, sentences)
            total += 1
            counts[verdict] = counts.get(verdict, 0) + 1
            of_shape = by_shape.setdefault(case.shape, {})
            of_shape[verdict] = of_shape.get(verdict, 0) + 1
            if verbose and verdict not in ("right",):
                got = locate(WireEvent(q=case.q, t=case.t, k="h"), cleaned)
                print(
                    f"[{verdict}] {name} / {case.shape}\n  q: {case.q}\n  t: {case.t[:120]}\n"
                    f"  want: {None if case.expected is None else sentences[case.expected][:90]}\n"
                    f"  got:  {None if got is None else got[0].text[:90]}"
                )
    print(f"{total} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for shape, found in by_shape.items():
        print(f"  {shape}: " + ", ".join(f"{k} {v}" for k, v in sorted(found.items())))


if __name__ == "__main__":
    main("-v" in sys.argv)
