"""A probe of the merge on two sentences of ONE article: one event told twice, and two events side by side.

The model often lists two sentences of one article that tell one event: a speaker's claim and its
restatement a paragraph later ("X suggested that A might supply weapons to B" ... "Speaking in Hanoi,
X indicated that B could receive A's arms"), two sentences of one scene ("The leaders embraced ..." /
"Footage of the ceremony showed ..."), a lead and the detail that repeats it, an expectation and a claim
about the same deliveries. Each is a restatement: the article tells one event twice. But articles as
often report two different statements of one speaker, or two acts of one actor, in neighbouring
sentences ("Scholz said Germany would send tanks. Scholz also said he would visit Kyiv in May"):
joined, one event is lost (an entry keeps one quote per article). Those are the hard negatives here.

Each case is a short article (the first sentence, a sentence between, the second), grounded as the
pipeline grounds the model's events (`clean`, then `ground` with the article's publication date, so
that kinds, dates and actors, with a surname read as the article's full name, are the code's), then
merged among a fixed background of unrelated reports dated decades away (they only give the IDF a
run's spread) and alone. None is from the seeds; the domains vary (politics, courts, business, science,
sports, disasters, wire copy, press releases).

Run it on any revision (`PYTHONPATH=<tree> python scripts/probe_merge_within.py [-v] [--rules]`): it
prints how many pairs of each group come out right in each setting; -v lists every pair with its cosine
(wrong ones marked x); --rules prints what candidate rules for joining restatements would join on each
group (`RULES`), and on the pairs of `probe_merge_paraphrase.py` told in one article.

Measured on 2026-12-07 (44 restatements, 54 hard negatives): the merge joins 2 restatements among other
news (0 alone) and 1 negative ("Jaishankar said India would continue to buy oil from Russia" / "...
would also continue to buy weapons from Russia", 0.72: one article's sentences join at CONFLICT). No
rule tried joins more restatements without more negatives: judged as if from two articles, 17 and 14;
one named speaker saying both with a content cosine (names and verbs of saying left out) of at least
0.2, 9 and 4; of 0.3, 6 and 2; of 0.4, 2 and 1; a cosine of 0.5, 6 and 2. Restatements reword what
was said (content cosine 0.21-0.39 where they join), two statements of one speaker share its frame
("Germany would increase ... next year", 0.23-0.49), so no threshold lies between them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple
from unittest.mock import patch

# the probe beside this one (a script's own folder is on the path): pairs from two articles
import probe_merge_paraphrase as paraphrase

from timeline.cleaning import clean
from timeline.extraction import WireEvent, WireKind
from timeline.grounding import GroundedEvent, ground
from timeline.merge import CONFLICT, Merger, merge, wording_vectors
from timeline.models import DocumentDate, DocumentDateSource, Precision
from timeline.sentences import Sentence
from timeline.words import content_words

PUBLISHED = DocumentDate(value="2024-10-16", precision=Precision.day, source=DocumentDateSource.manifest)


class Case(NamedTuple):
    one: str
    one_title: str
    other: str
    other_title: str
    between: str = "The announcement came as officials met for a second day of talks."


RESTATEMENTS = [
    # --- a speaker's claim and its restatement ---
    Case(
        "Chancellor Olaf Scholz has suggested that Germany might supply Taurus cruise missiles to Kyiv"
        " if Washington agreed.",
        "Scholz suggests Germany may supply Taurus missiles",
        "Speaking in Berlin on Tuesday, Scholz indicated that Ukraine could receive German long-range"
        " missiles with American consent.",
        "Scholz indicates Ukraine could receive German missiles",
    ),
    Case(
        "Federal Reserve Chair Jerome Powell said the central bank was prepared to cut interest rates"
        " again in December if inflation kept easing.",
        "Powell says Fed ready to cut rates in December",
        "Powell told reporters that another reduction in borrowing costs before the end of the year"
        " remained on the table as long as price pressures continued to ease.",
        "Powell keeps year-end rate reduction on the table",
    ),
    Case(
        "Prime Minister Keir Starmer said Britain would not rejoin the European Union's single market"
        " during his time in office.",
        "Starmer rules out rejoining EU single market",
        "Starmer repeated that a return to the single market was not on the agenda of his government.",
        "Starmer repeats single market return not on agenda",
    ),
    Case(
        "Iran's foreign minister Abbas Araghchi warned that Tehran would respond to any Israeli attack"
        " on its nuclear facilities.",
        "Araghchi warns Iran will respond to Israeli attack",
        "Araghchi said any strike by Israel on Iranian nuclear sites would be met with a response from"
        " Tehran.",
        "Araghchi says Israeli strike on nuclear sites will be met with response",
    ),
    Case(
        "President Lula da Silva said Brazil was ready to mediate peace talks between Russia and Ukraine.",
        "Lula offers to mediate Russia-Ukraine peace talks",
        "Lula told journalists in Brasilia that his country could act as a mediator in negotiations to"
        " end the war between Moscow and Kyiv.",
        "Lula says Brazil could mediate negotiations",
    ),
    Case(
        "NATO Secretary General Mark Rutte said North Korean troops had been deployed to Russia's Kursk"
        " region.",
        "Rutte says North Korean troops deployed to Kursk",
        "Rutte told reporters in Brussels that the alliance could confirm that units from North Korea"
        " were now in the Kursk region.",
        "Rutte confirms North Korean units in Kursk",
    ),
    Case(
        "Elon Musk said Tesla would begin producing cheaper electric vehicles in the first half of next"
        " year.",
        "Musk says Tesla to produce cheaper EVs next year",
        "Musk told analysts on the earnings call that production of the more affordable models would"
        " start in the first half of next year.",
        "Musk says affordable Tesla models to start production next year",
    ),
    Case(
        "The health minister, Wes Streeting, said the government would ban junk food advertising aimed"
        " at children.",
        "Streeting announces ban on junk food adverts for children",
        "Streeting told MPs that adverts for unhealthy food targeting children would be banned.",
        "Streeting tells MPs unhealthy food ads to children will be banned",
    ),
    Case(
        "Hungarian Prime Minister Viktor Orban said Hungary would block the EU's new sanctions package"
        " against Russia.",
        "Orban vows to block EU sanctions package",
        "Orban told state radio that Budapest would veto the latest round of European Union sanctions"
        " on Moscow.",
        "Orban says Budapest will veto new EU sanctions on Moscow",
    ),
    Case(
        "Israeli Prime Minister Benjamin Netanyahu said Israel would continue its military operations"
        " in Gaza until Hamas was destroyed.",
        "Netanyahu vows to continue Gaza operations until Hamas destroyed",
        "In a televised address, Netanyahu pledged that the war in Gaza would go on until the"
        " destruction of Hamas.",
        "Netanyahu pledges Gaza war will go on until Hamas destroyed",
    ),
    Case(
        "OpenAI chief executive Sam Altman said the company planned to release a new reasoning model"
        " within weeks.",
        "Altman says OpenAI to release new reasoning model",
        "Altman told a developer conference in San Francisco that a new reasoning model from OpenAI"
        " would be released in the coming weeks.",
        "Altman says new OpenAI reasoning model coming in weeks",
    ),
    Case(
        "The WHO director-general, Tedros Adhanom Ghebreyesus, said the mpox outbreak in Africa"
        " remained a public health emergency of international concern.",
        "Tedros says mpox remains global health emergency",
        "Tedros told a news conference in Geneva that the emergency declaration over the spread of mpox"
        " across African countries would stay in place.",
        "Tedros says mpox emergency declaration stays in place",
    ),
    Case(
        "Chinese Foreign Minister Wang Yi said Beijing firmly opposed any official contact between"
        " Washington and Taipei.",
        "Wang Yi says China opposes US-Taiwan official contact",
        "Wang reiterated China's firm opposition to official exchanges between the United States and Taiwan.",
        "Wang reiterates opposition to US-Taiwan exchanges",
    ),
    Case(
        "Defence Secretary Lloyd Austin said the United States would send an additional $425 million"
        " in military aid to Ukraine.",
        "Austin announces $425 million in aid for Ukraine",
        "Austin said the new $425 million package of military assistance for Kyiv would include air"
        " defence interceptors.",
        "Austin says $425 million package includes interceptors",
    ),
    Case(
        "Kremlin spokesman Dmitry Peskov said Russia saw no basis for talks with Ukraine at present.",
        "Peskov says no basis for talks with Ukraine",
        "Peskov told reporters that Moscow currently saw no grounds for negotiations with Kyiv.",
        "Peskov sees no grounds for negotiations with Kyiv",
    ),
    Case(
        "Governor Ron DeSantis said Florida would reopen its ports to commercial shipping by Friday.",
        "DeSantis says Florida ports to reopen by Friday",
        "DeSantis told a briefing in Tallahassee that commercial vessels would be able to use the"
        " state's ports again by the end of the week.",
        "DeSantis says ports to reopen to commercial vessels",
    ),
    Case(
        "Pope Francis called for an immediate ceasefire in Lebanon during his Sunday address.",
        "Pope calls for Lebanon ceasefire",
        "Francis appealed for the fighting in Lebanon to stop at once, telling the crowd in St Peter's"
        " Square that civilians were paying the price.",
        "Francis appeals for fighting in Lebanon to stop",
    ),
    Case(
        "Japanese Prime Minister Shigeru Ishiba said he would dissolve the lower house and call a snap"
        " election.",
        "Ishiba to dissolve lower house and call snap election",
        "Ishiba told reporters that he intended to dissolve parliament's lower chamber and hold an early"
        " general election.",
        "Ishiba intends to dissolve lower chamber for early election",
    ),
    Case(
        "UN Secretary-General Antonio Guterres said the humanitarian situation in northern Gaza was"
        " unbearable.",
        "Guterres calls situation in northern Gaza unbearable",
        "Guterres described conditions for civilians in the north of Gaza as unbearable in a statement.",
        "Guterres describes northern Gaza conditions as unbearable",
    ),
    Case(
        "Nvidia chief executive Jensen Huang said demand for the company's Blackwell chips was insane.",
        "Huang says demand for Blackwell chips is insane",
        "Huang told CNBC that customers wanted the new Blackwell processors faster than Nvidia could"
        " make them, calling demand insane.",
        "Huang calls Blackwell demand insane",
    ),
    Case(
        "President Emmanuel Macron said France would recognise a Palestinian state at the United Nations"
        " in September.",
        "Macron says France to recognise Palestinian state",
        "Macron confirmed that Paris would formally recognise the state of Palestine during the UN"
        " General Assembly in September.",
        "Macron confirms Paris to recognise Palestine at UN",
    ),
    Case(
        "Apple chief executive Tim Cook said the company would invest $500 billion in the United States"
        " over the next four years.",
        "Cook says Apple to invest $500 billion in US",
        "Cook said the $500 billion investment in America over four years would include a new server"
        " factory in Texas.",
        "Cook says $500 billion US investment includes Texas factory",
    ),
    # --- a claim, then the same claim from the same source in a detail ---
    Case(
        "The Israeli military said it had killed Hezbollah commander Ibrahim Aqil in an air strike on"
        " Beirut.",
        "Israeli military says it killed Hezbollah commander Aqil",
        "Aqil was killed in the strike on Beirut's southern suburbs, the Israeli military said.",
        "Aqil killed in Beirut strike, military says",
    ),
    Case(
        "Police said a 17-year-old boy had been arrested on suspicion of murder after the stabbing in"
        " Southport.",
        "Police arrest 17-year-old over Southport stabbing",
        "The teenager was arrested on suspicion of murder and remains in custody, police said.",
        "Teenager arrested on suspicion of murder, police say",
    ),
    Case(
        "Microsoft said it would cut about 10,000 jobs by the end of March.",
        "Microsoft to cut 10,000 jobs",
        "The job cuts, about 10,000 in all, will be completed by the end of the third quarter, Microsoft"
        " said in a filing.",
        "Microsoft job cuts to be completed by end of quarter",
    ),
    Case(
        "The Ukrainian air force said it had shot down 38 of 56 Russian drones launched overnight.",
        "Ukraine says it shot down 38 of 56 drones",
        "Air defences destroyed 38 of the drones over eight regions, the air force said on Telegram.",
        "Air defences destroy 38 drones, air force says",
    ),
    Case(
        "The Pentagon said about 10,000 North Korean soldiers had been sent to Russia for training.",
        "Pentagon says 10,000 North Korean soldiers sent to Russia",
        "The Pentagon said the roughly 10,000 troops were training in eastern Russia and could reach the"
        " front within weeks.",
        "Pentagon says troops training in eastern Russia",
    ),
    # --- a lead and the detail that repeats it ---
    Case(
        "A jury in Manhattan found former Trump Organization executive Allen Weisselberg guilty of"
        " perjury on Thursday.",
        "Jury finds Weisselberg guilty of perjury",
        "Weisselberg, 77, was convicted of lying under oath in a civil fraud case, the jury decided after"
        " two days of deliberations.",
        "Weisselberg convicted of lying under oath",
    ),
    Case(
        "The European Central Bank cut its deposit rate by a quarter point to 3.25 percent on Thursday.",
        "ECB cuts deposit rate to 3.25%",
        "The ECB's quarter-point reduction brought its deposit rate to 3.25 percent, its lowest since"
        " early 2023.",
        "ECB reduction brings deposit rate to 3.25%",
    ),
    Case(
        "SpaceX caught the Super Heavy booster with the launch tower's mechanical arms on Sunday.",
        "SpaceX catches Super Heavy booster with tower arms",
        "The catch of the 71-metre booster by the tower's arms, nicknamed chopsticks, was a first for"
        " SpaceX.",
        "SpaceX tower catches booster in a first",
    ),
    Case(
        "Jannik Sinner beat Taylor Fritz in straight sets to win the US Open on Sunday.",
        "Sinner beats Fritz to win US Open",
        "Sinner's straight-sets victory over Fritz gave the Italian his first US Open title.",
        "Sinner's victory over Fritz gives him first US Open title",
    ),
    Case(
        "A magnitude 6.4 earthquake struck western Turkey on Monday, damaging buildings in several towns.",
        "Magnitude 6.4 earthquake strikes western Turkey",
        "The 6.4-magnitude quake was centred near the town of Sindirgi in Balikesir province, the"
        " disaster agency said.",
        "Quake centred near Sindirgi",
    ),
    Case(
        "Boeing machinists voted to reject the company's contract offer, extending their strike into a"
        " sixth week.",
        "Boeing machinists reject contract offer, strike continues",
        "The machinists' rejection of the offer means the strike at Boeing's Seattle-area plants will go on.",
        "Machinists' rejection means Boeing strike goes on",
    ),
    Case(
        "The Senate confirmed Pete Hegseth as defence secretary on Friday by a vote of 51 to 50.",
        "Senate confirms Hegseth as defence secretary",
        "Vice President JD Vance cast the tie-breaking vote that confirmed Hegseth, after three"
        " Republicans joined Democrats in opposing him.",
        "Vance casts tie-breaking vote confirming Hegseth",
    ),
    Case(
        "The Supreme Court ruled on Monday that former presidents have broad immunity from prosecution"
        " for official acts.",
        "Supreme Court rules presidents have broad immunity",
        "In a 6-3 decision, the court held that a former president is immune from prosecution for acts"
        " within his official duties.",
        "Court holds former president immune for official acts",
    ),
    # --- one scene told twice ---
    Case(
        "Modi and Putin embraced on the tarmac at Vnukovo airport as a military band played.",
        "Modi and Putin embrace at Vnukovo airport",
        "Footage of the welcome ceremony showed Putin hugging Modi at the foot of the aircraft steps.",
        "Footage shows Putin hugging Modi at welcome ceremony",
    ),
    Case(
        "Protesters set fire to tyres and blocked the main highway into Nairobi on Thursday.",
        "Protesters block highway into Nairobi",
        "Television images showed burning tyres and crowds blocking the road into the Kenyan capital.",
        "Images show crowds blocking road into Nairobi",
    ),
    Case(
        "Thousands of fans lined the streets of Madrid on Monday to welcome the Spanish team home after"
        " their Euro 2024 victory.",
        "Fans welcome Spain team home in Madrid",
        "Crowds packed the Plaza de Cibeles as the players paraded the trophy through the Spanish"
        " capital on an open-top bus.",
        "Players parade trophy through Madrid",
    ),
    Case(
        "Rescue workers pulled a woman alive from the rubble of a collapsed building in Antakya on Tuesday.",
        "Woman pulled alive from rubble in Antakya",
        "Video broadcast by state television showed rescuers carrying the woman out of the ruins of the"
        " building in Antakya on a stretcher.",
        "Video shows rescuers carrying woman from Antakya ruins",
    ),
    # --- an expectation and a claim about the same thing ---
    Case(
        "The first F-16 fighter jets are expected to arrive in Ukraine this summer.",
        "First F-16 jets expected in Ukraine this summer",
        "Danish officials said the F-16s would be delivered to Kyiv by the summer.",
        "Danish officials say F-16s to be delivered by summer",
    ),
    Case(
        "The new bridge over the Danube is expected to open to traffic in December.",
        "New Danube bridge expected to open in December",
        "The transport ministry said cars would be able to cross the Danube bridge from December.",
        "Ministry says bridge to open to cars in December",
    ),
    Case(
        "Artemis II, the first crewed flight around the Moon in more than 50 years, is now expected in"
        " April 2026.",
        "Artemis II now expected in April 2026",
        "NASA said the four astronauts would fly around the Moon no earlier than April 2026.",
        "NASA says astronauts to fly around Moon in April 2026",
    ),
    Case(
        "Germany's second Patriot battery for Ukraine is due to arrive by the end of the year.",
        "Second German Patriot battery due in Ukraine",
        "Berlin said the Patriot air defence system would be handed over to Kyiv before the end of the year.",
        "Berlin says Patriot system to be handed over before year end",
    ),
    Case(
        "The merger between the two airlines is expected to be completed in the first quarter of next year.",
        "Airline merger expected to close in first quarter",
        "The airlines said they expected the deal to close in the first three months of next year,"
        " subject to regulatory approval.",
        "Airlines expect deal to close early next year",
    ),
]

HARD_NEGATIVES = [
    # --- one speaker, two statements ---
    Case(
        "Chancellor Olaf Scholz said Germany would send another Patriot air defence system to Ukraine.",
        "Scholz says Germany to send another Patriot system",
        "Scholz also said he would travel to Kyiv in May to meet President Volodymyr Zelensky.",
        "Scholz to travel to Kyiv in May",
    ),
    Case(
        "Federal Reserve Chair Jerome Powell said the central bank would keep interest rates unchanged"
        " for now.",
        "Powell says Fed to hold rates steady",
        "Powell said the labour market remained solid despite a slowdown in hiring over the summer.",
        "Powell says labour market remains solid",
    ),
    Case(
        "President Emmanuel Macron said France would send Mirage fighter jets to Ukraine.",
        "Macron says France to send Mirage jets to Ukraine",
        "Macron said France would also train a brigade of 4,500 Ukrainian soldiers on French soil.",
        "Macron says France to train Ukrainian brigade",
    ),
    Case(
        "Prime Minister Keir Starmer said the government would raise the minimum wage by 6.7 percent"
        " from April.",
        "Starmer announces 6.7% minimum wage rise",
        "Starmer said the government would also introduce a new tax on private jets from April.",
        "Starmer announces private jet tax",
    ),
    Case(
        "Kremlin spokesman Dmitry Peskov said Russia had not received any peace proposals from Ukraine.",
        "Peskov says Russia received no peace proposals",
        "Peskov said Putin would attend the BRICS summit in Kazan next week.",
        "Peskov says Putin to attend BRICS summit",
    ),
    Case(
        "Elon Musk said Tesla would unveil its robotaxi at an event in Los Angeles in October.",
        "Musk says Tesla to unveil robotaxi in October",
        "Musk said Tesla would also begin selling its humanoid robot Optimus to other companies in 2026.",
        "Musk says Tesla to sell Optimus robots in 2026",
    ),
    Case(
        "Hungarian Prime Minister Viktor Orban said Hungary would block the EU's new sanctions package"
        " against Russia.",
        "Orban vows to block EU sanctions package",
        "Orban said Hungary would also refuse to take part in NATO's mission to coordinate aid to Ukraine.",
        "Orban says Hungary will not join NATO aid mission",
    ),
    Case(
        "Israeli Prime Minister Benjamin Netanyahu said Israel would continue its military operations"
        " in Gaza.",
        "Netanyahu vows to continue Gaza operations",
        "Netanyahu said Israel would strike Iran's oil facilities in response to the missile attack.",
        "Netanyahu says Israel will strike Iran's oil facilities",
    ),
    Case(
        "Defence Secretary Lloyd Austin said the United States would send $425 million in military aid"
        " to Ukraine.",
        "Austin announces $425 million aid for Ukraine",
        "Austin said the United States would deploy a THAAD missile defence battery to Israel.",
        "Austin says US to deploy THAAD battery to Israel",
    ),
    Case(
        "Chinese Foreign Minister Wang Yi said Beijing opposed any official contact between Washington"
        " and Taipei.",
        "Wang Yi opposes US-Taiwan official contact",
        "Wang Yi said China would host talks between Palestinian factions in Beijing next month.",
        "Wang Yi says China to host Palestinian talks",
    ),
    Case(
        "Apple chief executive Tim Cook said the company would invest $500 billion in the United States.",
        "Cook says Apple to invest $500 billion in US",
        "Cook said Apple would hire 20,000 new workers, most of them in research and development.",
        "Cook says Apple to hire 20,000 workers",
    ),
    Case(
        "UN Secretary-General Antonio Guterres said the humanitarian situation in northern Gaza was"
        " unbearable.",
        "Guterres calls northern Gaza situation unbearable",
        "Guterres said the UN peacekeepers in southern Lebanon would stay in their positions despite"
        " Israeli demands.",
        "Guterres says peacekeepers to stay in southern Lebanon",
    ),
    Case(
        "Governor Ron DeSantis said Florida would reopen its ports to commercial shipping by Friday.",
        "DeSantis says Florida ports to reopen by Friday",
        "DeSantis said the state would send 500 National Guard troops to the counties hit hardest by the"
        " storm.",
        "DeSantis sends 500 National Guard troops",
    ),
    Case(
        "Japanese Prime Minister Shigeru Ishiba said he would dissolve the lower house and call a snap"
        " election.",
        "Ishiba to call snap election",
        "Ishiba said Japan would raise defence spending to 2 percent of GDP by 2027.",
        "Ishiba says Japan to raise defence spending",
    ),
    Case(
        "Nvidia chief executive Jensen Huang said demand for the company's Blackwell chips was insane.",
        "Huang says Blackwell demand is insane",
        "Huang said Nvidia would build a new supercomputer with Foxconn in Taiwan.",
        "Huang says Nvidia to build supercomputer with Foxconn",
    ),
    Case(
        "Iran's foreign minister Abbas Araghchi warned that Tehran would respond to any Israeli attack"
        " on its nuclear facilities.",
        "Araghchi warns Iran will respond to Israeli attack",
        "Araghchi said Iran was ready to resume indirect nuclear talks with the United States in Oman.",
        "Araghchi says Iran ready to resume nuclear talks",
    ),
    Case(
        "President Lula da Silva said Brazil was ready to mediate peace talks between Russia and Ukraine.",
        "Lula offers to mediate Russia-Ukraine talks",
        "Lula said Brazil would not attend the peace summit in Switzerland.",
        "Lula says Brazil will not attend Swiss peace summit",
    ),
    Case(
        "Sam Altman said OpenAI would release a new reasoning model within weeks.",
        "Altman says OpenAI to release reasoning model",
        "Altman said OpenAI would also open an office in Tokyo, its first in Asia.",
        "Altman says OpenAI to open Tokyo office",
    ),
    Case(
        "Pope Francis called for an immediate ceasefire in Lebanon during his Sunday address.",
        "Pope calls for Lebanon ceasefire",
        "Francis also announced that he would create 21 new cardinals at a ceremony in December.",
        "Francis to create 21 new cardinals",
    ),
    Case(
        "NATO Secretary General Mark Rutte said North Korean troops had been deployed to Russia's Kursk"
        " region.",
        "Rutte says North Korean troops deployed to Kursk",
        "Rutte said NATO would hold its next summit in The Hague in June.",
        "Rutte says NATO summit to be held in The Hague",
    ),
    Case(
        "Health minister Wes Streeting said the government would ban junk food advertising aimed at"
        " children.",
        "Streeting announces junk food advert ban",
        "Streeting said the government would also ban the sale of energy drinks to under-16s.",
        "Streeting announces energy drink sales ban for under-16s",
    ),
    # --- one speaker, two statements on one frame, the speaker's state named in both ---
    Case(
        "President Volodymyr Zelensky said Ukraine needed more Patriot systems to protect its cities"
        " from Russian missiles.",
        "Zelensky says Ukraine needs more Patriot systems",
        "Zelensky said Ukraine also needed more artillery shells to hold the front line against Russian"
        " troops.",
        "Zelensky says Ukraine needs more artillery shells",
    ),
    Case(
        "Chancellor Olaf Scholz said Germany would increase its military aid to Ukraine next year.",
        "Scholz says Germany to increase military aid to Ukraine",
        "Scholz said Germany would also increase its defence budget next year to meet NATO's spending"
        " target.",
        "Scholz says Germany to increase defence budget",
    ),
    Case(
        "Prime Minister Keir Starmer said Britain would build 1.5 million new homes by 2029.",
        "Starmer says Britain to build 1.5 million homes",
        "Starmer said Britain would also build new nuclear power stations to cut energy bills.",
        "Starmer says Britain to build nuclear power stations",
    ),
    Case(
        "Premier Li Qiang said China would cut import tariffs on goods from the least developed countries.",
        "Li Qiang says China to cut import tariffs",
        "Li said China would also cut the reserve requirement ratio for banks to support growth.",
        "Li says China to cut bank reserve ratio",
    ),
    Case(
        "Kenyan President William Ruto said Kenya would send 1,000 police officers to Haiti.",
        "Ruto says Kenya to send 1,000 police to Haiti",
        "Ruto said Kenya would also send a medical team to help fight the cholera outbreak in Haiti.",
        "Ruto says Kenya to send medical team to Haiti",
    ),
    Case(
        "Finance Minister Christian Lindner said Germany would not raise taxes next year.",
        "Lindner rules out tax rises next year",
        "Lindner said Germany would not take on new debt next year either.",
        "Lindner rules out new debt next year",
    ),
    Case(
        "Turkish President Recep Tayyip Erdogan said Turkey would ratify Sweden's NATO membership bid.",
        "Erdogan says Turkey to ratify Sweden's NATO bid",
        "Erdogan said Turkey would buy 40 F-16 fighter jets from the United States.",
        "Erdogan says Turkey to buy 40 F-16 jets",
    ),
    Case(
        "Amazon chief executive Andy Jassy said Amazon would require staff to work in the office five"
        " days a week.",
        "Jassy says Amazon staff to work in office five days a week",
        "Jassy said Amazon would also cut the number of its managers by 15 percent.",
        "Jassy says Amazon to cut managers by 15%",
    ),
    Case(
        "India's foreign minister Subrahmanyam Jaishankar said India would continue to buy oil from Russia.",
        "Jaishankar says India to keep buying Russian oil",
        "Jaishankar said India would also continue to buy weapons from Russia.",
        "Jaishankar says India to keep buying Russian weapons",
    ),
    Case(
        "Governor Kathy Hochul said New York would close the Rikers Island jail complex by 2027.",
        "Hochul says New York to close Rikers by 2027",
        "Hochul said New York would open a new jail in Brooklyn by 2029.",
        "Hochul says New York to open Brooklyn jail by 2029",
    ),
    # --- one company's or agency's two statements ---
    Case(
        "Microsoft said it would cut about 10,000 jobs by the end of March.",
        "Microsoft to cut 10,000 jobs",
        "Microsoft said it would invest $10 billion in OpenAI over several years.",
        "Microsoft to invest $10 billion in OpenAI",
    ),
    Case(
        "The Ukrainian air force said it had shot down 38 Russian drones overnight.",
        "Ukraine says it shot down 38 drones",
        "The Ukrainian air force said Russia had also launched four ballistic missiles at the Kharkiv"
        " region.",
        "Russia launches four ballistic missiles at Kharkiv region",
    ),
    Case(
        "The Pentagon said about 10,000 North Korean soldiers had been sent to Russia for training.",
        "Pentagon says 10,000 North Korean soldiers sent to Russia",
        "The Pentagon said it would send an additional aircraft carrier to the Middle East.",
        "Pentagon to send additional aircraft carrier to Middle East",
    ),
    Case(
        "Police said a 17-year-old boy had been arrested on suspicion of murder after the stabbing in"
        " Southport.",
        "Police arrest 17-year-old over Southport stabbing",
        "Police said officers had been injured when rioters threw bricks at a mosque in Southport.",
        "Police officers injured in Southport riot",
    ),
    Case(
        "The company said quarterly revenue rose 12 percent to $4.1 billion.",
        "Company reports 12% revenue rise",
        "The company said it would buy back $2 billion of its own shares over the next year.",
        "Company announces $2 billion share buyback",
    ),
    Case(
        "The European Central Bank cut its deposit rate by a quarter point to 3.25 percent on Thursday.",
        "ECB cuts deposit rate to 3.25%",
        "The European Central Bank also said it would end reinvestments under its pandemic bond-buying"
        " programme at the end of the year.",
        "ECB to end pandemic bond reinvestments",
    ),
    Case(
        "Boeing said it would cut 17,000 jobs, about 10 percent of its workforce.",
        "Boeing to cut 17,000 jobs",
        "Boeing said it would delay the first delivery of its 777X jet to 2026.",
        "Boeing delays 777X delivery to 2026",
    ),
    Case(
        "The health ministry said 42 people had been killed in Israeli strikes on Gaza over the past day.",
        "Gaza health ministry says 42 killed in strikes",
        "The health ministry said the last functioning hospital in northern Gaza had run out of fuel.",
        "Last northern Gaza hospital runs out of fuel",
    ),
    Case(
        "The World Health Organization said it would send 500,000 mpox vaccine doses to Congo.",
        "WHO to send 500,000 mpox vaccine doses to Congo",
        "The World Health Organization said a polio vaccination campaign in Gaza would begin on Sunday.",
        "WHO says Gaza polio vaccination campaign to begin",
    ),
    # --- one actor's two acts, side by side ---
    Case(
        "Russian forces captured the village of Krasnohorivka in the Donetsk region on Monday.",
        "Russian forces capture Krasnohorivka",
        "Russian forces also struck an energy facility in the Odesa region overnight, cutting power to"
        " thousands of homes.",
        "Russian forces strike Odesa energy facility",
    ),
    Case(
        "Apple unveiled its new iPhone 16 at an event in Cupertino on Monday.",
        "Apple unveils iPhone 16",
        "Apple also unveiled a new Apple Watch with a larger screen at the event.",
        "Apple unveils new Apple Watch",
    ),
    Case(
        "The Senate confirmed Pete Hegseth as defence secretary on Friday.",
        "Senate confirms Hegseth as defence secretary",
        "The Senate also confirmed Kristi Noem as homeland security secretary on Saturday.",
        "Senate confirms Noem as homeland security secretary",
    ),
    Case(
        "Jannik Sinner beat Taylor Fritz in straight sets to win the US Open on Sunday.",
        "Sinner beats Fritz to win US Open",
        "Sinner beat Jack Draper in the semi-final on Friday after a five-set battle.",
        "Sinner beats Draper in semi-final",
    ),
    Case(
        "SpaceX launched 23 Starlink satellites from Cape Canaveral on Tuesday.",
        "SpaceX launches 23 Starlink satellites",
        "SpaceX also launched a weather satellite for the US Space Force from Vandenberg on Wednesday.",
        "SpaceX launches Space Force weather satellite",
    ),
    Case(
        "The Supreme Court ruled on Monday that former presidents have broad immunity from prosecution"
        " for official acts.",
        "Supreme Court rules presidents have broad immunity",
        "The court also ruled on Monday that cities may punish homeless people for sleeping outside.",
        "Court rules cities may punish homeless people",
    ),
    Case(
        "A jury found former executive Allen Weisselberg guilty of perjury on Thursday.",
        "Weisselberg found guilty of perjury",
        "Weisselberg was sentenced in April to five months in jail for lying under oath.",
        "Weisselberg sentenced to five months",
    ),
    Case(
        "Israel's military killed Hezbollah commander Ibrahim Aqil in an air strike on Beirut.",
        "Israel kills Hezbollah commander Aqil in Beirut",
        "Israel's military also killed a Hamas commander in a strike on a school in central Gaza.",
        "Israel kills Hamas commander in Gaza school strike",
    ),
    Case(
        "Boeing machinists voted to reject the company's contract offer on Wednesday.",
        "Boeing machinists reject contract offer",
        "Boeing machinists voted to accept a new contract on Monday, ending their seven-week strike.",
        "Boeing machinists accept contract, ending strike",
    ),
    Case(
        "Modi and Putin embraced on the tarmac at Vnukovo airport as a military band played.",
        "Modi and Putin embrace at Vnukovo airport",
        "Modi and Putin signed nine agreements on trade and energy at the Kremlin on Tuesday.",
        "Modi and Putin sign nine agreements",
    ),
    Case(
        "Protesters blocked the main highway into Nairobi on Thursday.",
        "Protesters block highway into Nairobi",
        "Protesters stormed parliament in Nairobi on Tuesday and set part of the building on fire.",
        "Protesters storm parliament in Nairobi",
    ),
    Case(
        "Danish officials said the first F-16 jets would be delivered to Ukraine by the summer.",
        "Danish officials say F-16s to be delivered by summer",
        "Danish officials said Denmark would also fund the production of Ukrainian howitzers.",
        "Denmark to fund Ukrainian howitzer production",
    ),
    Case(
        "The transport ministry said the new Danube bridge would open to traffic in December.",
        "Ministry says Danube bridge to open in December",
        "The transport ministry said the high-speed rail line to Budapest would open in 2026.",
        "Ministry says Budapest rail line to open in 2026",
    ),
    Case(
        "Tesla said it delivered 463,000 vehicles in the third quarter.",
        "Tesla delivers 463,000 vehicles",
        "Tesla said it would recall 27,000 Cybertrucks over a faulty rear-view camera.",
        "Tesla recalls 27,000 Cybertrucks",
    ),
]


def _article(case: Case) -> tuple[str, list[WireEvent]]:
    text = f"{case.one}\n\n{case.between}\n\n{case.other}\n"
    events = [
        WireEvent(q=s[:40], t=t, k=WireKind.happened)
        for s, t in ((case.one, case.one_title), (case.other, case.other_title))
    ]
    return text, events


def grounded(case: Case) -> list[GroundedEvent]:
    """The pair's two reports as the pipeline grounds them in their article."""
    text, wire = _article(case)
    events = ground("a.txt", clean(text), wire, PUBLISHED).events
    if [e.sentence.text for e in events] != [case.one, case.other]:
        raise ValueError(f"not grounded on its two sentences: {case.one_title!r} / {case.other_title!r}")
    return events


def _background() -> list[GroundedEvent]:
    reports: list[GroundedEvent] = []
    for i, text in enumerate(paraphrase.BACKGROUND):  # unrelated reports dated decades away
        date = DocumentDate(
            value=f"{1990 + i}-01-15", precision=Precision.day, source=DocumentDateSource.manifest
        )
        reports += ground(
            f"bg{i:02d}.txt", clean(text), [WireEvent(q=text[:40], t=text, k=WireKind.happened)], date
        ).events
    return reports


def judged(case: Case, background: bool) -> tuple[bool, float]:
    """Whether the merge joins the pair (one entry for both: it keeps one quote per article, so the
    other sentence is quoted nowhere), and the pair's cosine."""
    reports = grounded(case) + (_background() if background else [])
    vectors = Merger(reports).vectors
    cosine = float((vectors[0] @ vectors[1].T).toarray()[0, 0])
    pair = {case.one, case.other}
    entries = [entry for entry in merge(reports) if any(source.quote in pair for source in entry.sources)]
    return len(entries) == 1, cosine


# --- candidate rules for joining a restatement, measured (none adopted while it joins a negative) ---
#
# Each rule says when two sentences of one article may be judged as if from two articles (`SAME_EVENT`,
# or two shared actors on one date, then every check on denials, places, counts, outcomes, kinds and
# dates), where the merge asks them to be near-identical (`CONFLICT`). It is tried in the real merge
# (`merged_with`), so that it is measured with everything else the merge does.

_SPEECH = (
    r"(?:said|says|told|added|stated|warned|indicated|suggested|repeated|reiterated|confirmed"
    r"|announced|described|called|appealed|pledged|vowed|insisted|argued|claimed)"
)


def _speaks(actor: str, text: str) -> bool:
    """Whether the actor (or its last name) is the one saying: "Scholz said", "Scholz, 66, told",
    "..., Scholz said", "said Scholz"."""
    names = "|".join(re.escape(name) for name in {actor, actor.split()[-1]})
    said = (
        rf"(?:{names})(?:,[^,]{{1,60}},)?\s+(?:also\s+|has\s+|had\s+)?{_SPEECH}\b|\b{_SPEECH}\s+(?:{names})\b"
    )
    return re.search(said, text) is not None


def speakers(event: GroundedEvent) -> set[str]:
    """The actors the report has saying what it tells."""
    return {actor for actor in event.actors if _speaks(actor, event.sentence.text)}


def _content(event: GroundedEvent) -> list[str]:
    """The report's content words without its actors' names and the verbs of saying."""
    text = event.sentence.text
    names = {word for actor in event.actors for word in content_words(actor)}
    said = set(content_words(" ".join(re.findall(rf"\b{_SPEECH}\b", text))))
    return sorted(content_words(text) - names - said)


def content_cosine(one: GroundedEvent, other: GroundedEvent, pool: list[GroundedEvent]) -> float:
    """The cosine of what two reports say, their names and verbs of saying left out (IDF with `pool`)."""
    vectors = wording_vectors([_content(one), _content(other), *(_content(e) for e in pool)])
    return float((vectors[0] @ vectors[1].T).toarray()[0, 0])


Rule = Callable[[GroundedEvent, GroundedEvent, float, list[GroundedEvent]], bool]


def _one_speaker(one: GroundedEvent, other: GroundedEvent) -> bool:
    return bool(speakers(one) & speakers(other))


def _one_speaker_and_cosine(threshold: float) -> Rule:
    def rule(one: GroundedEvent, other: GroundedEvent, score: float, pool: list[GroundedEvent]) -> bool:
        return _one_speaker(one, other) and content_cosine(one, other, pool) >= threshold

    return rule


RULES: dict[str, Rule] = {
    "none (the merge as it is)": lambda one, other, score, pool: False,
    "as if from two articles (every pair)": lambda one, other, score, pool: True,
    "cosine >= 0.5 (CONFLICT is 0.6)": lambda one, other, score, pool: score >= 0.5,
    "one named speaker saying both": lambda one, other, score, pool: _one_speaker(one, other),
    **{
        f"one named speaker saying both, content cosine >= {t}": _one_speaker_and_cosine(t)
        for t in (0.2, 0.3, 0.4)
    },
}


def merged_with(rule: Rule, reports: list[GroundedEvent], pool: list[GroundedEvent]) -> list[object]:
    """The merge of `reports` with `rule` deciding when two sentences of one article are judged as
    if from two articles."""
    original = Merger._fits

    def fits(self: Merger, index: int, score: float, cluster: object) -> bool:
        event = self.events[index]
        traits = self._traits(cluster)  # type: ignore[arg-type]
        own = (event.sentence.start, event.sentence.end)
        others = [
            self.events[m]
            for m in cluster.members  # type: ignore[attr-defined]
            if self.events[m].document == event.document
            and (self.events[m].sentence.start, self.events[m].sentence.end) != own
        ]
        if others and score < CONFLICT and all(rule(o, event, score, pool) for o in others):
            kept = traits.spans
            traits.spans = {document: spans for document, spans in kept.items() if document != event.document}
            try:
                return original(self, index, score, cluster)  # type: ignore[arg-type]
            finally:
                traits.spans = kept
        return original(self, index, score, cluster)  # type: ignore[arg-type]

    with patch.object(Merger, "_fits", fits):
        return list(merge(reports))


def _joined(entries: list[object], one: str, other: str) -> bool:
    return sum(any(s.quote in (one, other) for s in e.sources) for e in entries) == 1  # type: ignore[attr-defined]


def _in_one_article(pair: Any) -> list[GroundedEvent]:
    """A pair of the paraphrase probe (two articles) told in one article, the second sentence after
    the first."""
    one, other = paraphrase._reports(pair, background=False)
    moved = Sentence(
        len(one.sentence.text) + 2, len(one.sentence.text) + 2 + len(other.sentence.text), other.sentence.text
    )
    return [one, replace(other, document=one.document, sentence=moved)]


def rule_counts(rule: Rule, background: bool) -> list[tuple[int, int]]:
    """(joined, of) for the restatements, the hard negatives, and the paraphrase probe's same-event
    and different-event pairs told in one article, among other news or alone."""
    pool = _background() if background else []
    groups = [[grounded(case) for case in cases] for cases in (RESTATEMENTS, HARD_NEGATIVES)]
    groups += [
        [_in_one_article(pair) for pair in pairs]
        for pairs in (paraphrase.SAME_EVENT, paraphrase.DIFFERENT_EVENTS)
    ]
    return [
        (
            sum(
                _joined(merged_with(rule, r + pool, pool), r[0].sentence.text, r[1].sentence.text)
                for r in group
            ),
            len(group),
        )
        for group in groups
    ]


def report_rules(rules: dict[str, Rule], counts: Callable[[Rule, bool], list[tuple[int, int]]]) -> None:
    """For each candidate rule, among other news and alone, the `joined/of` of each group `counts` gives.
    Shared with probe_merge_statements."""
    for label, rule in rules.items():
        for setting, background in (("among other news", True), ("alone", False)):
            figures = counts(rule, background)
            print(f"  {label}, {setting}: " + ", ".join(f"{joined}/{of}" for joined, of in figures))


def main(verbose: bool, rules: bool = False) -> None:
    groups = (("restatements", RESTATEMENTS, True), ("hard negatives", HARD_NEGATIVES, False))
    paraphrase.report(groups, judged, verbose)
    if rules:
        print(
            "candidate rules: joined of the restatements, of the hard negatives, and of the paraphrase"
            " probe's same-event and different-event pairs told in one article"
        )
        report_rules(RULES, rule_counts)


if __name__ == "__main__":
    main("-v" in sys.argv, "--rules" in sys.argv)
