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

The first 52 same-event and 41 different-event pairs are the first review's; the pairs added after them
(`SAME_EVENT += ...`) carry incidental figures, places and denial clauses, so that a rule splitting
near misses is measured against the joins it could break, and add near misses of the same four sorts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

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

# Added by a later review (the near misses): one event's reports that carry incidental figures, places
# or a denial clause, which a rule splitting near misses could wrongly split.
SAME_EVENT += [
    # --- figures: the same counts, other nouns counted too, a toll told a little differently ---
    Pair(
        "A suicide bomber killed 14 people at a market in Mogadishu on Tuesday, police said.",
        "Suicide bomber kills 14 at Mogadishu market",
        "Fourteen people died when a suicide bomber struck a busy Mogadishu market on Tuesday.",
        "Fourteen dead in Mogadishu market bombing",
    ),
    Pair(
        "Flash floods killed at least 20 people in northern Pakistan on Monday, officials said.",
        "Flash floods kill at least 20 in northern Pakistan",
        "Flash floods in northern Pakistan killed 23 people on Monday, the disaster agency said.",
        "Pakistan flash floods kill 23",
    ),
    Pair(
        "A magnitude 6.8 earthquake struck central Morocco late on Friday, killing more than 600 people.",
        "Morocco earthquake kills more than 600",
        "More than 600 people were killed when a 6.8-magnitude quake hit central Morocco on Friday night.",
        "6.8-magnitude quake kills over 600 in Morocco",
    ),
    Pair(
        "The strike grounded 400 flights at Frankfurt airport on Thursday, affecting 60,000 passengers.",
        "Strike grounds 400 flights at Frankfurt",
        "Some 60,000 passengers were affected on Thursday as the strike grounded about 400 flights at"
        " Frankfurt.",
        "Frankfurt strike hits 60,000 passengers",
    ),
    Pair(
        "Eleven soldiers were killed in an ambush in northern Mali on Wednesday, the army said.",
        "Eleven soldiers killed in Mali ambush",
        "An ambush in northern Mali killed 11 soldiers on Wednesday, the army said.",
        "Ambush kills 11 soldiers in northern Mali",
    ),
    Pair(
        "The Labour Party won 412 seats in Thursday's general election, a landslide majority.",
        "Labour wins 412 seats in landslide",
        "Labour won a landslide in the general election on Thursday, taking 412 of the 650 seats.",
        "Labour takes 412 of 650 seats",
    ),
    Pair(
        "The carmaker said on Tuesday it would cut 3,500 jobs in Germany by 2030.",
        "Carmaker to cut 3,500 German jobs",
        "The carmaker will shed 3,500 jobs in Germany by the end of the decade, it said on Tuesday.",
        "Carmaker to shed 3,500 jobs in Germany",
        kinds=(EXPECTED, EXPECTED),
    ),
    Pair(
        "A court in Seoul sentenced the former president to 20 years in prison on Friday.",
        "Former president sentenced to 20 years",
        "The former president was jailed for 20 years by a Seoul court on Friday.",
        "Seoul court jails former president for 20 years",
    ),
    Pair(
        "The central bank raised interest rates by half a point to 5.25 percent on Thursday.",
        "Central bank raises rates to 5.25 percent",
        "The central bank lifted its key interest rate to 5.25% on Thursday, a half-point rise.",
        "Central bank lifts key rate to 5.25%",
    ),
    Pair(
        "Wildfires have burned 40,000 hectares in Alberta, forcing 25,000 people to flee, officials said"
        " on Sunday.",
        "Alberta wildfires force 25,000 to flee",
        "About 25,000 people have fled wildfires that scorched 40,000 hectares in Alberta, officials said"
        " on Sunday.",
        "25,000 flee Alberta wildfires",
    ),
    Pair(
        "About 50 people were injured when a footbridge collapsed in Morbi on Sunday.",
        "Footbridge collapse injures about 50 in Morbi",
        "The collapse of a footbridge in Morbi on Sunday injured 52 people, officials said.",
        "Morbi footbridge collapse injures 52",
    ),
    Pair(
        "A fuel tanker exploded on a highway near Lagos on Wednesday, killing at least 9 people.",
        "Tanker explosion kills 9 near Lagos",
        "Nine people died when a fuel tanker blew up on a Lagos highway on Wednesday.",
        "Nine dead as tanker blows up on Lagos highway",
    ),
    Pair(
        "Heavy snow closed Munich airport on Saturday, and 760 flights were cancelled.",
        "Heavy snow closes Munich airport",
        "Munich airport halted all flights on Saturday because of heavy snow, cancelling 760 of them.",
        "Snow halts flights at Munich airport",
    ),
    Pair(
        "Shares in the retailer fell 15 percent on Monday after it cut its profit forecast.",
        "Retailer shares fall 15 percent",
        "The retailer's stock dropped 15% on Monday after it cut its profit forecast.",
        "Retailer stock drops 15% after forecast cut",
    ),
    Pair(
        "Senators voted 51 to 49 on Thursday to reject the nomination.",
        "Senate rejects nomination 51-49",
        "The Senate rejected the nominee on Thursday by 51 votes to 49.",
        "Senate rejects nominee by 51 votes to 49",
    ),
    Pair(
        "Parliament approved the budget on Wednesday by 230 votes to 190.",
        "Parliament approves budget",
        "Lawmakers passed the budget by 230 votes to 190 on Wednesday.",
        "Lawmakers pass budget by 230 votes to 190",
    ),
    # --- places named after "in", "at", "near", one report naming more ---
    Pair(
        "A passenger train derailed in Odisha on Friday, killing 288 people.",
        "Train derails in Odisha, killing 288",
        "At least 288 people died when a passenger train derailed near Balasore in Odisha on Friday.",
        "288 dead in Odisha train derailment",
    ),
    Pair(
        "Riot police fired tear gas at protesters in Nairobi on Tuesday.",
        "Police fire tear gas at Nairobi protesters",
        "Police used tear gas on Tuesday to disperse protesters outside parliament.",
        "Police use tear gas on protesters",
    ),
    Pair(
        "Protesters stormed the parliament building in Nairobi on Tuesday as lawmakers passed the"
        " finance bill.",
        "Protesters storm parliament in Nairobi",
        "Kenyan protesters broke into parliament in Nairobi on Tuesday after lawmakers passed the tax bill.",
        "Protesters break into Kenyan parliament",
    ),
    Pair(
        "The volcano on the Reykjanes peninsula erupted on Monday, forcing the evacuation of Grindavik.",
        "Reykjanes volcano erupts; Grindavik evacuated",
        "An eruption began on the Reykjanes peninsula on Monday, and Grindavik was evacuated.",
        "Eruption on Reykjanes peninsula forces Grindavik evacuation",
    ),
    Pair(
        "Police in Naples arrested the mafia boss on Thursday after 30 years on the run.",
        "Mafia boss arrested in Naples after 30 years",
        "The mafia boss was arrested on Thursday at a clinic in Naples, ending 30 years on the run.",
        "Mafia boss caught at Naples clinic",
    ),
    Pair(
        "A cargo ship struck the Key Bridge in Baltimore early on Tuesday, causing it to collapse.",
        "Ship strikes Baltimore bridge, causing collapse",
        "The Key Bridge in Baltimore collapsed on Tuesday after a cargo ship struck one of its supports.",
        "Baltimore's Key Bridge collapses after ship strike",
    ),
    # --- a denial clause that is not the report's point, or a denial both report ---
    Pair(
        "Russian missiles struck a shopping centre in Kharkiv on Saturday, killing 12 people; Moscow"
        " denied targeting civilians.",
        "Missiles hit Kharkiv shopping centre, killing 12",
        "A Russian missile strike on a shopping centre in Kharkiv killed 12 people on Saturday.",
        "Strike on Kharkiv shopping centre kills 12",
    ),
    Pair(
        "The company confirmed on Tuesday that hackers had stolen customer data, but denied that"
        " payment details were taken.",
        "Company confirms hackers stole customer data",
        "Hackers stole customer data from the company, it confirmed on Tuesday.",
        "Hackers steal customer data",
    ),
    Pair(
        "Israeli strikes killed 30 people in Gaza on Sunday, health officials said, as the army denied"
        " hitting a school.",
        "Israeli strikes kill 30 in Gaza",
        "Israeli strikes on Gaza killed 30 people on Sunday, according to health officials.",
        "Strikes on Gaza kill 30",
    ),
    Pair(
        "The Kremlin denied on Monday that Russian troops had crossed the border.",
        "Kremlin denies troops crossed border",
        "Moscow denied reports on Monday that its troops had crossed the border.",
        "Moscow denies troops crossed border",
    ),
    Pair(
        "The footballer denied the doping charges at a hearing in Lausanne on Wednesday.",
        "Footballer denies doping charges",
        "At a hearing in Lausanne on Wednesday, the footballer rejected the doping allegations.",
        "Footballer rejects doping allegations",
    ),
    Pair(
        "The minister resigned on Friday over the housing scandal, denying any wrongdoing.",
        "Minister resigns over housing scandal",
        "The minister stepped down on Friday over the housing scandal.",
        "Minister steps down over scandal",
    ),
    # --- one event, two sides: who won is who the other beat ---
    Pair(
        "Labour won the by-election in Runcorn on Thursday.",
        "Labour wins Runcorn by-election",
        "The Conservatives lost the Runcorn by-election to Labour on Thursday.",
        "Conservatives lose Runcorn by-election",
    ),
    Pair(
        "Spain beat England 2-1 in the final in Berlin on Sunday.",
        "Spain beat England in final",
        "England lost the final to Spain 2-1 in Berlin on Sunday.",
        "England lose final to Spain",
    ),
    Pair(
        "Union members voted on Monday to approve strike action after rejecting the pay offer.",
        "Union members approve strike action",
        "Rail workers rejected the pay offer on Monday and backed strike action.",
        "Rail workers reject pay offer, back strike",
    ),
    Pair(
        "A Paris court convicted the former minister of embezzlement on Monday and acquitted his wife.",
        "Former minister convicted of embezzlement",
        "The former minister was found guilty of embezzlement by a Paris court on Monday.",
        "Ex-minister found guilty of embezzlement",
    ),
    # --- what a rule splitting near misses could break: a toll revised within the day, a town and
    # its state, an opposite verb in a clause added after the report ---
    Pair(
        "The earthquake killed 296 people in the mountain villages, officials said on Saturday.",
        "Earthquake kills 296",
        "The earthquake killed more than 600 people in the mountain villages, officials said on Saturday.",
        "Earthquake kills more than 600",
    ),
    Pair(
        "A gunman killed 19 children at an elementary school in Uvalde on Tuesday.",
        "Gunman kills 19 children at Uvalde school",
        "A gunman killed 19 children at an elementary school in Texas on Tuesday.",
        "Gunman kills 19 children at Texas school",
    ),
    Pair(
        "The regulator approved the takeover of the broadband provider on Monday.",
        "Regulator approves broadband takeover",
        "The regulator cleared the takeover of the broadband provider on Monday, rejecting objections"
        " from rivals.",
        "Regulator clears broadband takeover",
    ),
]

DIFFERENT_EVENTS += [
    # --- one actor's two acts of a day, opposite outcomes ---
    Pair(
        "The Senate approved the defence spending bill on Thursday.",
        "Senate approves defence spending bill",
        "The Senate rejected the border security bill on Thursday.",
        "Senate rejects border security bill",
    ),
    Pair(
        "The prime minister survived a no-confidence vote in parliament on Wednesday.",
        "Prime minister survives no-confidence vote",
        "The prime minister lost a vote on the budget in parliament on Wednesday.",
        "Prime minister loses budget vote",
    ),
    Pair(
        "The jury convicted the first defendant of murder on Friday.",
        "Jury convicts first defendant of murder",
        "The jury acquitted the second defendant of murder on Friday.",
        "Jury acquits second defendant",
    ),
    Pair(
        "The governor signed the abortion bill into law on Friday.",
        "Governor signs abortion bill",
        "The governor vetoed the gun control bill on Friday.",
        "Governor vetoes gun control bill",
    ),
    Pair(
        "Lawmakers approved the pension reform on Tuesday.",
        "Lawmakers approve pension reform",
        "Lawmakers rejected the opposition's amendments to the pension reform on Tuesday.",
        "Lawmakers reject pension reform amendments",
    ),
    Pair(
        "Voters approved the pension increase in Sunday's referendum.",
        "Voters approve pension increase",
        "Voters rejected the rise in the retirement age in Sunday's referendum.",
        "Voters reject higher retirement age",
    ),
    Pair(
        "Striking miners accepted the pay offer on Thursday.",
        "Miners accept pay offer",
        "Striking dockworkers rejected the pay offer on Thursday.",
        "Dockworkers reject pay offer",
    ),
    Pair(
        "The court acquitted the police officer of manslaughter on Monday.",
        "Court acquits police officer",
        "The court convicted the police officer's partner of manslaughter on Monday.",
        "Court convicts officer's partner",
    ),
    # --- another figure of the same thing ---
    Pair(
        "A boat carrying 40 migrants capsized off Lampedusa on Wednesday.",
        "Boat carrying 40 migrants capsizes",
        "A boat carrying 400 migrants capsized off Lampedusa on Wednesday.",
        "Boat carrying 400 migrants capsizes",
    ),
    Pair(
        "Police arrested 12 protesters outside parliament on Saturday.",
        "Police arrest 12 protesters",
        "Police arrested 120 protesters outside parliament on Saturday.",
        "Police arrest 120 protesters",
    ),
    Pair(
        "A court in Istanbul sentenced the journalist to 3 years in prison on Tuesday.",
        "Journalist sentenced to 3 years",
        "A court in Istanbul sentenced the activist to 10 years in prison on Tuesday.",
        "Activist sentenced to 10 years",
    ),
    Pair(
        "The wildfire destroyed 200 homes in the town on Saturday.",
        "Wildfire destroys 200 homes",
        "A wildfire destroyed 20 homes in the village on Saturday.",
        "Wildfire destroys 20 homes",
    ),
    Pair(
        "The coastguard rescued 7 migrants off Crete on Tuesday.",
        "Coastguard rescues 7 migrants",
        "The coastguard rescued seventy migrants off Crete on Tuesday.",
        "Coastguard rescues seventy migrants",
    ),
    Pair(
        "The company will cut 1,200 jobs at its plant in Ohio, it said on Monday.",
        "Company to cut 1,200 jobs in Ohio",
        "The company will cut 300 jobs at its plant in Texas, it said on Monday.",
        "Company to cut 300 jobs in Texas",
        kinds=(EXPECTED, EXPECTED),
    ),
    Pair(
        "The storm left 500,000 homes without power in Florida on Thursday.",
        "Storm leaves 500,000 homes without power",
        "The storm left 50,000 homes without power in Georgia on Thursday.",
        "Storm leaves 50,000 homes without power",
    ),
    Pair(
        "A bus crash killed 12 people on a mountain road in Bolivia on Sunday.",
        "Bus crash kills 12 in Bolivia",
        "A bus crash killed 2 people on a mountain road in Bolivia on Sunday.",
        "Bus crash kills 2 in Bolivia",
    ),
    Pair(
        "The carmaker recalled 50,000 cars over faulty brakes on Wednesday.",
        "Carmaker recalls 50,000 cars",
        "The carmaker recalled 5,000 trucks over faulty brakes on Wednesday.",
        "Carmaker recalls 5,000 trucks",
    ),
    Pair(
        "The army said it had shot down 25 drones over the Kursk region overnight.",
        "Army shoots down 25 drones over Kursk",
        "The army said it had shot down 52 drones over the Belgorod region overnight.",
        "Army shoots down 52 drones over Belgorod",
    ),
    # --- places after "in", "at" ---
    Pair(
        "A car bomb killed six people in Mogadishu on Sunday.",
        "Car bomb kills six in Mogadishu",
        "A car bomb killed six people in Kismayo on Sunday.",
        "Car bomb kills six in Kismayo",
    ),
    Pair(
        "Floods forced 3,000 people from their homes in Porto Alegre on Friday.",
        "Floods force 3,000 from homes in Porto Alegre",
        "Floods forced 3,000 people from their homes in Canoas on Friday.",
        "Floods force 3,000 from homes in Canoas",
    ),
    Pair(
        "A fire at a hospital in Bucharest killed 10 patients on Monday.",
        "Hospital fire kills 10 in Bucharest",
        "A fire at a hospital in Constanta killed 10 patients on Monday.",
        "Hospital fire kills 10 in Constanta",
    ),
    Pair(
        "An earthquake of magnitude 5.9 struck in Peru on Monday, damaging dozens of homes.",
        "Magnitude 5.9 quake strikes Peru",
        "An earthquake of magnitude 5.9 struck in Ecuador on Monday, damaging dozens of homes.",
        "Magnitude 5.9 quake strikes Ecuador",
    ),
    Pair(
        "Gunmen opened fire at a church in Kaduna on Sunday, killing five worshippers.",
        "Gunmen kill five at Kaduna church",
        "Gunmen opened fire at a mosque in Kaduna on Sunday, killing five worshippers.",
        "Gunmen kill five at Kaduna mosque",
    ),
    Pair(
        "Teachers went on strike in Marseille on Tuesday over pay.",
        "Teachers strike in Marseille",
        "Teachers went on strike in Lyon on Tuesday over pay.",
        "Teachers strike in Lyon",
    ),
    Pair(
        "The rocket launched from Cape Canaveral on Tuesday carrying 23 Starlink satellites.",
        "Rocket launches 23 Starlink satellites",
        "The rocket launched from Vandenberg on Tuesday carrying 20 Starlink satellites.",
        "Rocket launches 20 Starlink satellites",
    ),
    # --- a claim and its denial ---
    Pair(
        "Israel said its forces had killed the Hezbollah commander in a strike on Beirut on Friday.",
        "Israel says it killed Hezbollah commander",
        "Hezbollah denied that its commander had been killed in the Israeli strike on Beirut on Friday.",
        "Hezbollah denies commander killed",
    ),
    Pair(
        "North Korea fired a ballistic missile into the sea on Thursday, Seoul said.",
        "North Korea fires ballistic missile",
        "North Korea denied firing a ballistic missile into the sea on Thursday.",
        "North Korea denies missile launch",
    ),
    Pair(
        "The club confirmed on Monday that its manager had been sacked.",
        "Club confirms manager sacked",
        "The club denied on Monday that its manager had been sacked.",
        "Club denies manager sacked",
    ),
    Pair(
        "Russia said it had captured the village of Krasnohorivka on Monday.",
        "Russia says it captured Krasnohorivka",
        "Ukraine denied on Monday that Russian forces had captured the village of Krasnohorivka.",
        "Ukraine denies Krasnohorivka captured",
    ),
    Pair(
        "The minister resigned on Wednesday over the expenses scandal.",
        "Minister resigns over expenses scandal",
        "The minister denied on Wednesday that he would resign over the expenses scandal.",
        "Minister denies he will resign",
    ),
    Pair(
        "The airline cancelled 300 flights on Monday because of the strike, the airport said.",
        "Airline cancels 300 flights",
        "The airline denied on Monday that it had cancelled 300 flights because of the strike.",
        "Airline denies cancelling flights",
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


# A group of pairs: its name, its pairs (each with `one_title` and `other_title`), whether they should join.
Group = tuple[str, Sequence[Any], bool]


def report(groups: Sequence[Group], judge: Callable[[Any, bool], tuple[bool, float]], verbose: bool) -> None:
    """For each setting (among other news, alone) and group, how many pairs come out right; with
    `verbose`, every pair with its cosine, the wrong ones marked x. Shared with probe_merge_within."""
    for setting, background in (("among other news", True), ("alone", False)):
        for name, pairs, want in groups:
            results = [judge(pair, background) for pair in pairs]
            joined = sum(j for j, _ in results)
            right = joined if want else len(pairs) - joined
            print(f"{setting}, {name}: {right}/{len(pairs)} right ({joined} joined)")
            if verbose:
                for index, (pair, (was_joined, cosine)) in enumerate(zip(pairs, results, strict=True)):
                    mark = " " if was_joined == want else "x"
                    print(f"  {mark} [{index:2d}] {cosine:.2f} {'joined' if was_joined else 'apart '}  "
                          f"{pair.one_title!r} / {pair.other_title!r}")  # fmt: skip


def main(verbose: bool) -> None:
    report((("same event", SAME_EVENT, True), ("different events", DIFFERENT_EVENTS, False)), judged, verbose)


if __name__ == "__main__":
    main("-v" in sys.argv)
