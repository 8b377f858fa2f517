"""A probe of the merge on one event told in other words, and on the near misses it must keep apart.

Each case is two wire-style reports (sentence, model-style headline, date, kind) from two articles,
none from the seeds, and whether they are one event. Same-event pairs reword the event as outlets do:
a verb and its noun ("resigned" / "resignation"), a tense ("kills" / "killed"), a number in words or
digits ("three" / "3"), a hyphen ("cease-fire" / "ceasefire"), a synonym ("ratified" / "approved").
Different-event pairs are the near misses: two events of one day and one actor, a running toll, a claim
and its denial, one verb on two places, a plan and its execution.

Each pair is merged twice: among a fixed background of unrelated reports dated decades away (never
compared with the pair, so they only give the IDF the spread of words a run has), and alone, as in a run
of one story where the words its reports share weigh little. Run it on any revision
(`PYTHONPATH=<tree> python scripts/probe_merge_paraphrase.py [-v]`): it prints how many pairs of each
group come out right in each setting, and with -v every pair with its cosine, wrong ones marked x.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from timeline.actors import event_actors, read_mentions
from timeline.grounding import GroundedEvent
from timeline.merge import Merger, merge
from timeline.models import EventDate, EventKind, Precision
from timeline.sentences import Sentence

DAY = "2024-10-15"
NEXT_DAY = "2024-10-16"
HAPPENED, EXPECTED, REPORTED = EventKind.happened, EventKind.expected, EventKind.reported


class Pair(NamedTuple):
    one: str
    one_title: str
    other: str
    other_title: str
    dates: tuple[str | None, str | None] = (DAY, DAY)
    kinds: tuple[EventKind, EventKind] = (HAPPENED, HAPPENED)


SAME_EVENT = [
    # --- a verb and its noun, a tense ---
    Pair(
        "The prime minister resigned on Tuesday after losing a confidence vote in parliament.",
        "Prime minister resigns after losing confidence vote",
        "The prime minister's resignation came on Tuesday, hours after he lost a no-confidence motion.",
        "Prime minister's resignation follows lost motion",
    ),
    Pair(
        "Voters elected Claudia Sheinbaum as Mexico's first female president on Sunday.",
        "Sheinbaum elected Mexico's first female president",
        "Claudia Sheinbaum won Sunday's presidential election in Mexico, becoming its first woman president.",
        "Sheinbaum wins Mexican presidential election",
    ),
    Pair(
        "A magnitude 7.4 earthquake struck off Taiwan's east coast on Wednesday, killing nine people.",
        "Earthquake kills nine in Taiwan",
        "Nine people died when a 7.4-magnitude quake hit eastern Taiwan on Wednesday.",
        "Quake in eastern Taiwan leaves nine dead",
    ),
    Pair(
        "Authorities evacuated more than 20,000 residents as the wildfire spread toward the town.",
        "Wildfire forces evacuation of 20,000 residents",
        "More than 20,000 residents were ordered to evacuate as a wildfire closed in on the town.",
        "20,000 residents evacuate as wildfire nears town",
    ),
    Pair(
        "Police arrested the former mayor on corruption charges on Thursday.",
        "Former mayor arrested on corruption charges",
        "The arrest of the former mayor on charges of corruption was announced by police on Thursday.",
        "Police announce arrest of ex-mayor for corruption",
    ),
    Pair(
        "The European Commission approved the merger of the two airlines on Monday.",
        "EU approves airline merger",
        "The two airlines' merger won approval from the European Commission on Monday.",
        "Airline merger wins EU approval",
    ),
    Pair(
        "SpaceX launched its Starship rocket from Texas on Thursday on its fourth test flight.",
        "SpaceX launches Starship on fourth test flight",
        "The launch of SpaceX's Starship from Texas on Thursday marked the rocket's fourth test flight.",
        "Starship launch marks fourth test flight",
    ),
    Pair(
        "A five-storey apartment building collapsed in Lagos on Saturday, trapping dozens of residents.",
        "Apartment building collapses in Lagos",
        "Dozens of residents were trapped after the collapse of a five-storey"
        " apartment block in Lagos on Saturday.",
        "Dozens trapped in Lagos building collapse",
    ),
    Pair(
        "The central bank cut its key interest rate by a quarter point on Wednesday.",
        "Central bank cuts key rate by quarter point",
        "The central bank's quarter-point cut to its key interest rate was announced on Wednesday.",
        "Central bank announces quarter-point rate cut",
    ),
    Pair(
        "Workers at the Boeing plant voted to strike on Friday after rejecting the contract offer.",
        "Boeing workers vote to strike",
        "Boeing plant workers began a strike on Friday after their vote rejected the contract offer.",
        "Boeing workers strike after contract vote",
    ),
    Pair(
        "The company announced it would acquire the chipmaker for $35 billion on Monday.",
        "Company to acquire chipmaker for $35 billion",
        "The company's $35bn acquisition of the chipmaker was announced on Monday.",
        "Company announces $35bn chipmaker acquisition",
    ),
    Pair(
        "Rebels captured the provincial capital on Sunday after a week of fighting.",
        "Rebels capture provincial capital",
        "The capture of the provincial capital by rebels on Sunday followed a week of fighting.",
        "Rebels' capture of provincial capital follows week of fighting",
    ),
    Pair(
        "The court convicted the former minister of bribery on Tuesday.",
        "Court convicts ex-minister of bribery",
        "The former minister's conviction for bribery was handed down by the court on Tuesday.",
        "Ex-minister's bribery conviction handed down",
    ),
    Pair(
        "Floodwaters inundated hundreds of homes in Valencia on Tuesday, and"
        " emergency crews rescued 70 people.",
        "Floods inundate homes in Valencia",
        "Emergency crews carried out the rescue of 70 people as floods"
        " inundated hundreds of Valencia homes on Tuesday.",
        "70 rescued as floods hit Valencia homes",
    ),
    Pair(
        "Hamas released four Israeli hostages on Saturday under the truce deal.",
        "Hamas releases four hostages",
        "The release of four Israeli hostages by Hamas on Saturday took place under the truce deal.",
        "Four hostages released under truce deal",
    ),
    Pair(
        "The government suspended the news agency's licence on Monday.",
        "Government suspends news agency's licence",
        "The suspension of the news agency's licence was ordered by the government on Monday.",
        "News agency's licence suspended",
    ),
    # --- numbers in words and in digits ---
    Pair(
        "Three people were killed when a gas explosion tore through a restaurant in Nairobi on Friday.",
        "Gas explosion kills three in Nairobi restaurant",
        "A gas explosion at a Nairobi restaurant killed 3 people on Friday.",
        "3 killed in Nairobi restaurant gas blast",
    ),
    Pair(
        "About 3,000 troops are training at bases in eastern Poland, the defence ministry said.",
        "3,000 troops train in eastern Poland",
        "Several thousand troops are undergoing training in eastern Poland, the defence ministry said.",
        "Thousands of troops undergo training in Poland",
        kinds=(REPORTED, REPORTED),
    ),
    Pair(
        "Twelve miners were trapped underground after a shaft collapsed in Zonguldak on Monday.",
        "Twelve miners trapped in Zonguldak",
        "A shaft collapse in Zonguldak on Monday left 12 miners trapped underground.",
        "12 miners trapped after shaft collapse",
    ),
    Pair(
        "Five climbers died in an avalanche on Mont Blanc on Sunday.",
        "Avalanche kills five climbers on Mont Blanc",
        "An avalanche on Mont Blanc killed 5 climbers on Sunday.",
        "5 climbers killed in Mont Blanc avalanche",
    ),
    Pair(
        "The airline cancelled two thousand flights on Thursday as the storm hit.",
        "Airline cancels two thousand flights",
        "The airline scrapped 2,000 flights on Thursday because of the storm.",
        "Storm forces airline to scrap 2,000 flights",
    ),
    Pair(
        "Seven people were wounded in a shooting at a shopping centre in Malmo on Saturday.",
        "Seven wounded in Malmo shopping centre shooting",
        "A shooting at a Malmo shopping centre on Saturday wounded 7 people.",
        "Shooting wounds 7 in Malmo",
    ),
    Pair(
        "Lawmakers passed the budget by a margin of eight votes on Wednesday.",
        "Lawmakers pass budget by eight votes",
        "The budget passed the chamber by 8 votes on Wednesday.",
        "Budget passes by 8 votes",
    ),
    Pair(
        "The ferry capsized off Zanzibar on Friday with two hundred passengers aboard.",
        "Ferry with two hundred aboard capsizes off Zanzibar",
        "A ferry carrying 200 passengers capsized off Zanzibar on Friday.",
        "Ferry carrying 200 capsizes off Zanzibar",
    ),
    # --- hyphens ---
    Pair(
        "The two sides agreed to a cease-fire on Sunday after three days of border clashes.",
        "Sides agree cease-fire after border clashes",
        "A ceasefire was agreed on Sunday after three days of clashes on the border.",
        "Ceasefire agreed after border clashes",
    ),
    Pair(
        "The governor was re-elected on Tuesday with 58 percent of the vote.",
        "Governor re-elected with 58 percent",
        "The governor was reelected on Tuesday, winning 58 percent of the vote.",
        "Governor reelected with 58 percent",
    ),
    Pair(
        "The regulator fined the bank for breaches of anti-money-laundering rules on Thursday.",
        "Regulator fines bank over anti-money-laundering breaches",
        "The bank was fined by the regulator on Thursday for breaching anti money laundering rules.",
        "Bank fined for breaching anti money laundering rules",
    ),
    Pair(
        "The carmaker recalled 1.2 million vehicles over faulty air-bags on Monday.",
        "Carmaker recalls 1.2 million vehicles over air-bags",
        "The carmaker recalled 1.2m vehicles on Monday because of faulty airbags.",
        "Carmaker recalls 1.2m vehicles over faulty airbags",
    ),
    Pair(
        "Researchers reported a break-through in solid-state battery design on Wednesday.",
        "Researchers report solid-state battery break-through",
        "Researchers announced a breakthrough on Wednesday in the design of solid state batteries.",
        "Breakthrough in solid state battery design",
    ),
    # --- synonyms and other words (likely a known limit) ---
    Pair(
        "The parliament ratified the treaty on Thursday.",
        "Parliament ratifies treaty",
        "Lawmakers approved the pact's ratification on Thursday.",
        "Lawmakers approve pact",
    ),
    Pair(
        "A bus plunged into a ravine in northern Peru on Monday, killing 12 people.",
        "Bus crash kills 12 in Peru",
        "Twelve people died on Monday when their bus fell into a gorge in northern Peru.",
        "12 dead after bus falls into gorge in Peru",
    ),
    Pair(
        "The senator announced her resignation on Friday, citing health reasons.",
        "Senator announces resignation",
        "The senator stepped down on Friday for health reasons.",
        "Senator steps down for health reasons",
    ),
    Pair(
        "Apple unveiled its new iPhone at an event in Cupertino on Monday.",
        "Apple unveils new iPhone",
        "Apple presented the latest iPhone on Monday at its Cupertino launch event.",
        "Apple presents latest iPhone",
    ),
    Pair(
        "The striking dockworkers returned to work on Thursday after a deal on pay.",
        "Dockworkers end strike after pay deal",
        "Port workers ended their walkout on Thursday after agreeing a wage settlement.",
        "Port workers end walkout",
    ),
    Pair(
        "Thousands of protesters marched through Tbilisi on Sunday against the foreign agents law.",
        "Thousands march in Tbilisi against foreign agents law",
        "Tens of thousands rallied in the Georgian capital on Sunday to oppose the foreign agents bill.",
        "Mass rally in Georgian capital against foreign agents bill",
    ),
    Pair(
        "The jury found the defendant guilty of murder on Wednesday.",
        "Jury finds defendant guilty of murder",
        "The defendant was convicted of murder by the jury on Wednesday.",
        "Defendant convicted of murder",
    ),
    Pair(
        "The health ministry confirmed the country's first case of mpox on Tuesday.",
        "Ministry confirms first mpox case",
        "The country recorded its first mpox infection on Tuesday, the health ministry said.",
        "Country records first mpox infection",
    ),
    Pair(
        "The shares of the chipmaker plunged 12 percent on Thursday after weak earnings.",
        "Chipmaker shares plunge 12 percent",
        "The chipmaker's stock fell 12 percent on Thursday following disappointing results.",
        "Chipmaker stock falls 12 percent",
    ),
    Pair(
        "The typhoon made landfall in the northern Philippines on Saturday, forcing 100,000 people to flee.",
        "Typhoon makes landfall in northern Philippines",
        "The typhoon hit the northern Philippines on Saturday, and 100,000 people fled their homes.",
        "Typhoon hits northern Philippines; 100,000 flee",
    ),
    Pair(
        "The Supreme Court struck down the state's abortion ban on Friday.",
        "Supreme Court strikes down abortion ban",
        "The state's abortion ban was overturned by the Supreme Court on Friday.",
        "Supreme Court overturns state abortion ban",
    ),
    # --- reworded freely, as outlets do ---
    Pair(
        "Gunmen killed six villagers in an overnight raid in Zamfara state, police said on Monday.",
        "Gunmen kill six villagers in Zamfara raid",
        "Six people died when armed men attacked a village in Zamfara, police said on Monday.",
        "Six dead in attack on Zamfara village",
    ),
    Pair(
        "Finland's parliament voted 188-0 on Wednesday to approve joining NATO.",
        "Finland's parliament votes to join NATO",
        "Finnish lawmakers unanimously backed NATO membership on Wednesday.",
        "Finnish lawmakers back NATO membership",
    ),
    Pair(
        "Toyota will recall 1 million cars in the United States over a sensor"
        " defect, the company said on Tuesday.",
        "Toyota to recall 1 million US cars",
        "Toyota is recalling about one million US vehicles because of a faulty sensor, it said on Tuesday.",
        "Toyota recalls one million vehicles over faulty sensor",
        kinds=(EXPECTED, EXPECTED),
    ),
    Pair(
        "A Paris court sentenced the former president to three years in prison on Wednesday for corruption.",
        "Former president sentenced to three years for corruption",
        "The ex-president was given a 3-year prison term by a court in Paris on Wednesday for graft.",
        "Ex-president gets 3-year prison term",
    ),
    Pair(
        "Heavy rains triggered a landslide that buried 14 homes in a mountain village in Nepal on Sunday.",
        "Landslide buries 14 homes in Nepal",
        "Fourteen houses were buried when a landslide hit a Nepalese mountain"
        " village on Sunday after heavy rain.",
        "Fourteen houses buried by Nepal landslide",
    ),
    Pair(
        "Nurses accepted a 12 percent pay rise on Monday, ending their strike.",
        "Nurses accept 12 percent pay rise, end strike",
        "The nurses' strike ended on Monday as they agreed to a 12% pay increase.",
        "Nurses' strike ends with 12% pay deal",
    ),
    Pair(
        "Voters in Ireland rejected two proposed changes to the constitution in Saturday's referendums.",
        "Irish voters reject two constitutional changes",
        "Irish voters turned down both constitutional amendments put to them in referendums on Saturday.",
        "Irish voters turn down constitutional amendments",
    ),
    Pair(
        "Scientists announced on Tuesday that they had detected water vapour"
        " in the atmosphere of a distant planet.",
        "Scientists detect water vapour on distant planet",
        "Water vapour has been found in a distant planet's atmosphere, scientists said on Tuesday.",
        "Water vapour found in distant planet's atmosphere",
    ),
    Pair(
        "The ruling party won 52 seats in Sunday's election, short of a majority.",
        "Ruling party wins 52 seats, short of majority",
        "The governing party took fifty-two seats in the election on Sunday but fell short of a majority.",
        "Governing party takes fifty-two seats",
    ),
    Pair(
        "An Air India flight with 242 people on board crashed shortly after"
        " takeoff from Ahmedabad on Thursday.",
        "Air India flight with 242 aboard crashes",
        "A plane carrying 242 passengers and crew came down minutes after"
        " leaving Ahmedabad airport on Thursday.",
        "Plane carrying 242 comes down near Ahmedabad",
    ),
    # --- the same event, a day and its month ---
    Pair(
        "The chancellor dismissed the finance minister on Wednesday, collapsing the coalition.",
        "Chancellor dismisses finance minister",
        "The coalition collapsed in October after the chancellor's dismissal of the finance minister.",
        "Coalition collapses after finance minister's dismissal",
        dates=(DAY, "2024-10"),
    ),
    Pair(
        "The volcano erupted on Tuesday, sending a column of ash 5 kilometres into the sky.",
        "Volcano erupts, sending ash 5 km high",
        "The eruption of the volcano in October sent an ash column five kilometres high.",
        "Volcano eruption sends ash five kilometres high",
        dates=(DAY, "2024-10"),
    ),
]

DIFFERENT_EVENTS = [
    # --- two events of one day and one actor ---
    Pair(
        "The prime minister resigned on Tuesday after losing a confidence vote in parliament.",
        "Prime minister resigns after losing confidence vote",
        "The prime minister survived a confidence vote in parliament on Tuesday.",
        "Prime minister survives confidence vote",
    ),
    Pair(
        "Macron met Scholz in Berlin on Monday to discuss defence spending.",
        "Macron meets Scholz in Berlin",
        "Macron announced on Monday a new tax on share buybacks.",
        "Macron announces buyback tax",
    ),
    Pair(
        "The central bank cut its key interest rate by a quarter point on Wednesday.",
        "Central bank cuts key rate by quarter point",
        "The central bank raised its inflation forecast for next year on Wednesday.",
        "Central bank raises inflation forecast",
    ),
    Pair(
        "SpaceX launched its Starship rocket from Texas on Thursday on its fourth test flight.",
        "SpaceX launches Starship on fourth test flight",
        "SpaceX launched 22 Starlink satellites from Florida on Thursday.",
        "SpaceX launches 22 Starlink satellites",
    ),
    Pair(
        "The company announced it would acquire the chipmaker for $35 billion on Monday.",
        "Company to acquire chipmaker for $35 billion",
        "The company announced on Monday it would cut 4,000 jobs.",
        "Company to cut 4,000 jobs",
    ),
    Pair(
        "The court convicted the former minister of bribery on Tuesday.",
        "Court convicts ex-minister of bribery",
        "The court acquitted the former minister's aide of bribery on Tuesday.",
        "Court acquits ex-minister's aide",
    ),
    Pair(
        "Police arrested the former mayor on corruption charges on Thursday.",
        "Former mayor arrested on corruption charges",
        "Police arrested two protesters outside the city hall on Thursday.",
        "Police arrest two protesters",
    ),
    Pair(
        "The European Commission approved the merger of the two airlines on Monday.",
        "EU approves airline merger",
        "The European Commission fined the airline for price-fixing on Monday.",
        "EU fines airline for price-fixing",
    ),
    Pair(
        "Hamas released four Israeli hostages on Saturday under the truce deal.",
        "Hamas releases four hostages",
        "Israel released 200 Palestinian prisoners on Saturday under the truce deal.",
        "Israel releases 200 prisoners",
    ),
    Pair(
        "Apple unveiled its new iPhone at an event in Cupertino on Monday.",
        "Apple unveils new iPhone",
        "Apple unveiled a new iPad at an event in Cupertino on Monday.",
        "Apple unveils new iPad",
    ),
    Pair(
        "The governor was re-elected on Tuesday with 58 percent of the vote.",
        "Governor re-elected with 58 percent",
        "The governor's running mate was elected lieutenant governor on Tuesday with 55 percent of the vote.",
        "Running mate elected lieutenant governor",
    ),
    Pair(
        "Workers at the Boeing plant voted to strike on Friday after rejecting the contract offer.",
        "Boeing workers vote to strike",
        "Boeing delivered 40 jets to airlines in September, the company said on Friday.",
        "Boeing delivers 40 jets in September",
    ),
    # --- running tolls, figures ---
    Pair(
        "The death toll from the earthquake rose to 95 on Wednesday.",
        "Quake death toll rises to 95",
        "The death toll from the earthquake rose to 158 on Thursday.",
        "Quake death toll rises to 158",
        dates=(DAY, NEXT_DAY),
    ),
    Pair(
        "Floods in the province have killed 40 people, officials said on Tuesday.",
        "Floods kill 40 in province",
        "Floods in the province have killed 112 people, officials said on Wednesday.",
        "Floods kill 112 in province",
        dates=(DAY, NEXT_DAY),
    ),
    Pair(
        "Three people were killed when a gas explosion tore through a restaurant in Nairobi on Friday.",
        "Gas explosion kills three in Nairobi restaurant",
        "Thirty people were killed when a gas explosion tore through a market in Nairobi on Friday.",
        "Gas explosion kills thirty in Nairobi market",
    ),
    Pair(
        "The airline cancelled two thousand flights on Thursday as the storm hit.",
        "Airline cancels two thousand flights",
        "The airline cancelled 200 flights on Thursday as the storm hit.",
        "Airline cancels 200 flights",
    ),
    Pair(
        "About 3,000 troops are training at bases in eastern Poland, the defence ministry said.",
        "3,000 troops train in eastern Poland",
        "About 300 troops are training at bases in eastern Poland, the defence ministry said.",
        "300 troops train in eastern Poland",
        kinds=(REPORTED, REPORTED),
    ),
    Pair(
        "Twelve miners were trapped underground after a shaft collapsed in Zonguldak on Monday.",
        "Twelve miners trapped in Zonguldak",
        "Rescuers freed two miners trapped underground in Zonguldak on Monday.",
        "Two miners freed in Zonguldak",
    ),
    # --- a claim and its denial ---
    Pair(
        "Officials said the army had shot down a drone over the capital on Sunday.",
        "Army shoots down drone over capital",
        "The army denied reports that it had shot down a drone over the capital on Sunday.",
        "Army denies shooting down drone",
    ),
    Pair(
        "The minister resigned on Friday, the newspaper reported.",
        "Minister resigns, newspaper reports",
        "The ministry denied on Friday that the minister had resigned.",
        "Ministry denies minister resigned",
    ),
    Pair(
        "Opposition leaders said the election had been rigged on Sunday.",
        "Opposition says election rigged",
        "The electoral commission rejected claims that the election had been rigged on Sunday.",
        "Commission rejects rigging claims",
    ),
    Pair(
        "The company confirmed on Tuesday that hackers had stolen customer data.",
        "Company confirms customer data theft",
        "The company denied on Tuesday that hackers had stolen customer data.",
        "Company denies customer data was stolen",
    ),
    # --- the same verb on two places ---
    Pair(
        "Russian missiles struck Kharkiv on Tuesday, killing three people.",
        "Missiles kill three in Kharkiv",
        "Russian missiles struck Sumy on Tuesday, killing three people.",
        "Missiles kill three in Sumy",
    ),
    Pair(
        "A wildfire forced the evacuation of 5,000 residents in Patras on Monday.",
        "Wildfire forces evacuation in Patras",
        "A wildfire forced the evacuation of 5,000 residents in Corinth on Monday.",
        "Wildfire forces evacuation in Corinth",
    ),
    Pair(
        "Floods inundated hundreds of homes in Valencia on Tuesday.",
        "Floods inundate homes in Valencia",
        "Floods inundated hundreds of homes in Malaga on Tuesday.",
        "Floods inundate homes in Malaga",
    ),
    Pair(
        "An Israeli strike on Khan Younis killed 15 people on Sunday.",
        "Strike kills 15 in Khan Younis",
        "An Israeli strike on Deir al-Balah killed 15 people on Sunday.",
        "Strike kills 15 in Deir al-Balah",
    ),
    Pair(
        "Voters in Georgia elected a Republican governor on Tuesday.",
        "Georgia elects Republican governor",
        "Voters in Virginia elected a Republican governor on Tuesday.",
        "Virginia elects Republican governor",
    ),
    # --- a plan and its execution ---
    Pair(
        "The airline will cut 2,000 jobs next year, the chief executive said on Tuesday.",
        "Airline to cut 2,000 jobs",
        "The airline cut 2,000 jobs, the chief executive said on Tuesday.",
        "Airline cuts 2,000 jobs",
        kinds=(EXPECTED, HAPPENED),
    ),
    Pair(
        "Parliament is expected to ratify the treaty in October.",
        "Parliament to ratify treaty",
        "Parliament ratified the treaty on Tuesday.",
        "Parliament ratifies treaty",
        dates=("2024-10", DAY),
        kinds=(EXPECTED, HAPPENED),
    ),
    Pair(
        "The union plans to strike at the port in October, its leader said.",
        "Union plans port strike",
        "Dockworkers went on strike at the port on Tuesday.",
        "Dockworkers strike at port",
        dates=("2024-10", DAY),
        kinds=(EXPECTED, HAPPENED),
    ),
    Pair(
        "The president will sign the climate bill on Tuesday, the White House said.",
        "President to sign climate bill",
        "The president signed the climate bill into law on Tuesday.",
        "President signs climate bill",
        kinds=(EXPECTED, HAPPENED),
    ),
    # --- one story, two steps ---
    Pair(
        "The jury found the defendant guilty of murder on Wednesday.",
        "Jury finds defendant guilty of murder",
        "The judge sentenced the defendant to life in prison for murder on Friday.",
        "Defendant sentenced to life for murder",
        dates=(DAY, "2024-10-18"),
    ),
    Pair(
        "Prosecutors charged the former chief executive with fraud in October.",
        "Former CEO charged with fraud",
        "The former chief executive pleaded not guilty to fraud on Tuesday.",
        "Former CEO pleads not guilty to fraud",
        dates=("2024-10", DAY),
    ),
    Pair(
        "The senator announced her candidacy for governor on Friday.",
        "Senator announces run for governor",
        "The senator announced her resignation on Friday, citing health reasons.",
        "Senator announces resignation",
    ),
    Pair(
        "Claudia Sheinbaum won the presidential election in Mexico on Sunday.",
        "Sheinbaum wins Mexican election",
        "Claudia Sheinbaum was sworn in as Mexico's president on Tuesday.",
        "Sheinbaum sworn in as president",
        dates=("2024-06-02", "2024-10-01"),
    ),
    Pair(
        "The typhoon made landfall in the northern Philippines on Saturday.",
        "Typhoon makes landfall in northern Philippines",
        "A second typhoon made landfall in the northern Philippines on Saturday, a week after the first.",
        "Second typhoon makes landfall in Philippines",
        dates=("2024-10-12", "2024-10-19"),
    ),
    Pair(
        "The shares of the chipmaker plunged 12 percent on Thursday after weak earnings.",
        "Chipmaker shares plunge 12 percent",
        "The shares of the chipmaker rebounded 5 percent on Friday.",
        "Chipmaker shares rebound 5 percent",
        dates=(DAY, NEXT_DAY),
    ),
    Pair(
        "The health ministry confirmed the country's first case of mpox on Tuesday.",
        "Ministry confirms first mpox case",
        "The health ministry confirmed the country's first death from mpox on Tuesday.",
        "Ministry confirms first mpox death",
    ),
    Pair(
        "The two sides agreed to a cease-fire on Sunday after three days of border clashes.",
        "Sides agree cease-fire after border clashes",
        "The cease-fire collapsed on Sunday after three days as border clashes resumed.",
        "Cease-fire collapses as border clashes resume",
    ),
    Pair(
        "A five-storey apartment building collapsed in Lagos on Saturday.",
        "Apartment building collapses in Lagos",
        "A five-storey apartment building collapsed in Abuja on Saturday.",
        "Apartment building collapses in Abuja",
    ),
    Pair(
        "The carmaker recalled 1.2 million vehicles over faulty air-bags on Monday.",
        "Carmaker recalls 1.2 million vehicles",
        "The carmaker recalled 300,000 vehicles over faulty brakes on Monday.",
        "Carmaker recalls 300,000 vehicles over brakes",
    ),
]

# Unrelated reports dated decades away: never compared with a pair, they give the IDF a run's spread.
BACKGROUND = [
    "The government said on Monday it would raise the minimum wage by 5 percent.",
    "Police said three people were injured in a traffic accident on the motorway.",
    "The company reported a rise in quarterly profit, beating analysts' forecasts.",
    "The minister told reporters that talks with the union would resume next week.",
    "Officials said the storm had knocked out power to thousands of homes.",
    "The court adjourned the trial until next month at the request of the defence.",
    "The president met the visiting foreign minister to discuss trade and security.",
    "Authorities said the fire at the warehouse had been brought under control.",
    "The opposition party said it would challenge the results in court.",
    "Shares in the bank rose 3 percent after it announced a new chief executive.",
    "The army said its troops had repelled an attack near the border.",
    "The ministry said the new rules would take effect at the start of next year.",
]


def _report(document: str, text: str, title: str, date: str | None, kind: EventKind) -> GroundedEvent:
    precision = {None: Precision.unknown, 7: Precision.month, 10: Precision.day}[len(date) if date else None]
    return GroundedEvent(
        document=document,
        sentence=Sentence(0, len(text), text),
        title=title,
        kind=kind,
        date=EventDate(value=date, precision=precision),
        actors=event_actors(read_mentions(text)),  # as grounding reads them
        aligned=False,
    )


def _reports(pair: Pair, background: bool) -> list[GroundedEvent]:
    others = [
        _report(f"bg{i:02d}.txt", text, text, f"{1990 + i}-01-15", HAPPENED)
        for i, text in enumerate(BACKGROUND)
    ]
    return [
        _report("a.txt", pair.one, pair.one_title, pair.dates[0], pair.kinds[0]),
        _report("b.txt", pair.other, pair.other_title, pair.dates[1], pair.kinds[1]),
        *(others if background else []),
    ]


def judged(pair: Pair, background: bool) -> tuple[bool, float]:
    """Whether the merge joins the pair, and the pair's cosine."""
    reports = _reports(pair, background)
    vectors = Merger(reports).vectors
    cosine = float((vectors[0] @ vectors[1].T).toarray()[0, 0])
    joined = any({"a.txt", "b.txt"} <= {s.document for s in entry.sources} for entry in merge(reports))
    return joined, cosine


def main(verbose: bool) -> None:
    for setting, background in (("among other news", True), ("alone", False)):
        for name, pairs, want in (
            ("same event", SAME_EVENT, True),
            ("different events", DIFFERENT_EVENTS, False),
        ):
            results = [judged(pair, background) for pair in pairs]
            joined = sum(j for j, _ in results)
            right = joined if want else len(pairs) - joined
            print(f"{setting}, {name}: {right}/{len(pairs)} right ({joined} joined)")
            if verbose:
                for index, (pair, (was_joined, cosine)) in enumerate(zip(pairs, results, strict=True)):
                    mark = " " if was_joined == want else "x"
                    print(f"  {mark} [{index:2d}] {cosine:.2f} {'joined' if was_joined else 'apart '}  "
                          f"{pair.one_title!r} / {pair.other_title!r}")  # fmt: skip


if __name__ == "__main__":
    main("-v" in sys.argv)
