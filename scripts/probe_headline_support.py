"""A probe of whether a headline says only what its quote says (`headlines.headline_misleads`), on
news copy of our own writing, none from the seeds: wars, diplomacy, elections, courts, business,
sport, science, disasters.

Each case is a sentence, a headline a small model might write over it, and whether the headline must
be kept (it says what the sentence says, in headlinese or synonyms: present tense, dropped articles,
"to" for what is to come, "strikes" for "attacked", "Kremlin" for "Russia", "Seoul" for "South
Korea", a demonym for its state, "PM" for "prime minister", "10k", the attribution moved) or
replaced (it says what the sentence does not: an actor, place, number, date or object the sentence
lacks; who did what to whom turned round; a direction turned round; a negation or refusal dropped; a
plan told as done; a person's title confused). Run it on any revision
(`PYTHONPATH=<tree> python scripts/probe_headline_support.py [-v]`): it prints, per kind of case, how
many faithful headlines are kept and how many wrong ones are replaced; with -v every miss.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import NamedTuple

from timeline.actors import people_named, read_mentions
from timeline.headlines import headline_misleads
from timeline.sentences import Sentence


class Case(NamedTuple):
    sentence: str
    headline: str
    keep: bool
    kind: str


KEEP, REPLACE = True, False

# --- wrong headlines, by the way they go wrong ---
ACTOR = "actor, place, number, date or object the quote lacks"
ROLES = "roles reversed"
DIRECTION = "direction reversed"
NEGATION = "negation or refusal dropped"
PLAN = "plan told as done"
TITLE = "a person's title confused"
# --- faithful headlines ---
HEADLINESE = "headlinese"
SYNONYM = "synonyms, capitals, demonyms"
SHORT = "shortened"
ATTRIBUTION = "attribution moved"
NEAR = "near misses of the rules"

CASES = [
    # --- an actor, place, number, date or object the quote lacks ---
    Case(
        "Russia launched a large-scale missile and drone attack on Kyiv early on Tuesday, officials said.",
        "Ukraine launches missile attack on Moscow",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Israeli aircraft struck targets in southern Lebanon overnight, the military said.",
        "Israeli jets strike targets in Syria",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The European Central Bank held its deposit rate at 4% on Thursday.",
        "Fed holds rates at 4%",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Floods in eastern Spain killed at least 95 people, regional authorities said.",
        "Floods in Portugal kill at least 95",
        REPLACE,
        ACTOR,
    ),
    Case(
        "A magnitude 6.4 earthquake struck central Taiwan on Wednesday morning.",
        "Magnitude 7.4 earthquake strikes Taiwan",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Microsoft agreed to buy the games developer for $68.7 billion.",
        "Google to buy games developer for $68.7 billion",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The prime minister visited flood-hit towns in the north of the country on Saturday.",
        "Prime minister visits flood-hit towns in Wales",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Police in Paris arrested 42 people after protests over the pension reform turned violent.",
        "Police arrest 420 after pension protests",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The Senate passed the spending bill by 68 votes to 31.",
        "House passes spending bill",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Germany pledged a further 500 million euros in military aid to Ukraine.",
        "Germany pledges 500 million euros in aid to Moldova",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Apple unveiled a new line of laptops at its event in Cupertino.",
        "Apple unveils new iPhone",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The storm left more than 200,000 homes without power across Florida.",
        "Storm leaves 2 million homes without power in Florida",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The election will be held on 4 July, the prime minister announced.",
        "Election to be held in September",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Turkish troops shelled Kurdish positions near the Syrian town of Kobani.",
        "Turkish troops shell Kurdish positions in Iraq",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The World Health Organization declared the outbreak a public health emergency.",
        "UN declares outbreak a pandemic",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Chinese coast guard vessels fired water cannon at a Philippine supply boat.",
        "Chinese coast guard fires water cannon at Vietnamese boat",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The central bank of Brazil raised its benchmark Selic rate to 11.25%.",
        "Argentina raises benchmark rate to 11.25%",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Manchester City beat Arsenal 2-1 at the Etihad on Sunday.",
        "Manchester City beat Liverpool 2-1",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The hospital said six patients were being treated for smoke inhalation.",
        "Sixty patients treated for smoke inhalation",
        REPLACE,
        ACTOR,
    ),
    Case(
        "North Korea fired a ballistic missile into the sea off its east coast, Seoul's military said.",
        "North Korea fires missile toward Japan",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The company said it would cut 1,200 jobs in its European operations.",
        "Company to cut 12,000 jobs",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Sudan's army said it had retaken the presidential palace in Khartoum.",
        "Sudan's army retakes airport in Khartoum",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Iran seized an oil tanker in the Gulf of Oman on Thursday.",
        "Iran seizes oil tanker in Red Sea",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Wildfires forced the evacuation of 30,000 residents on the island of Rhodes.",
        "Wildfires force evacuation of 30,000 on Crete",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The minister resigned on Monday after weeks of pressure over the housing scandal.",
        "Minister resigns on Friday over housing scandal",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Venezuela's electoral council declared Maduro the winner of the presidential vote.",
        "Colombia's electoral council declares Maduro winner",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Pakistan's cricket team beat New Zealand by six wickets in Rawalpindi.",
        "Pakistan beat India by six wickets",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Hamas released three hostages in exchange for 90 Palestinian prisoners.",
        "Hamas releases three hostages in exchange for 900 prisoners",
        REPLACE,
        ACTOR,
    ),
    # --- roles reversed: who did what to whom ---
    Case(
        "Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant.",
        "Ukraine accuses Russia of shelling nuclear plant",
        REPLACE,
        ROLES,
    ),
    Case(
        "Israel struck Iranian air defences in retaliation for the missile barrage.",
        "Iran strikes Israeli air defences",
        REPLACE,
        ROLES,
    ),
    Case(
        "Real Madrid beat Barcelona 3-1 in the Spanish Super Cup final.",
        "Barcelona beat Real Madrid 3-1 in Super Cup final",
        REPLACE,
        ROLES,
    ),
    Case(
        "China imposed sanctions on several US defence companies over arms sales to Taiwan.",
        "US imposes sanctions on Chinese defence companies",
        REPLACE,
        ROLES,
    ),
    Case(
        "Serbia expelled a Croatian diplomat, the foreign ministry in Belgrade said.",
        "Croatia expels Serbian diplomat",
        REPLACE,
        ROLES,
    ),
    Case(
        "Poland summoned the Belarusian charge d'affaires after a drone crossed into its airspace.",
        "Belarus summons Polish envoy over drone",
        REPLACE,
        ROLES,
    ),
    Case(
        "The Kremlin said Moscow had handed over 90 prisoners of war to Kyiv.",
        "Ukraine hands over 90 prisoners of war to Russia",
        REPLACE,
        ROLES,
    ),
    Case(
        "Hezbollah fired rockets at northern Israel after an Israeli strike killed a commander.",
        "Israel fires rockets at Hezbollah",
        REPLACE,
        ROLES,
    ),
    Case(
        "India beat Australia by 36 runs in the second test in Melbourne.",
        "Australia beat India by 36 runs",
        REPLACE,
        ROLES,
    ),
    Case(
        "Ethiopia accused Eritrea of sending troops across the border.",
        "Eritrea accuses Ethiopia of sending troops across border",
        REPLACE,
        ROLES,
    ),
    Case(
        "Pyongyang said Seoul had sent leaflet balloons across the border.",
        "North Korea sends leaflet balloons to South Korea",
        REPLACE,
        ROLES,
    ),
    Case(
        "Washington sold 40 F-16 jets to Ankara under the deal.",
        "Turkey sells 40 F-16 jets to US",
        REPLACE,
        ROLES,
    ),
    Case(
        "Armenia accused Azerbaijan of opening fire on its positions near the border.",
        "Azerbaijan accuses Armenia of opening fire",
        REPLACE,
        ROLES,
    ),
    Case(
        "Venezuela was sanctioned by the United States after the disputed election.",
        "Venezuela sanctions United States after election",
        REPLACE,
        ROLES,
    ),
    Case(
        "Kenya was beaten by Uganda in the regional final on Saturday.",
        "Kenya beats Uganda in regional final",
        REPLACE,
        ROLES,
    ),
    # --- direction reversed ---
    Case(
        "The European Central Bank raised its three key interest rates by a quarter of a percentage point.",
        "ECB cuts interest rates by quarter point",
        REPLACE,
        DIRECTION,
    ),
    Case("Unemployment fell to 3.9% in March.", "Unemployment rises to 3.9% in March", REPLACE, DIRECTION),
    Case(
        "The incumbent mayor lost the runoff to a 34-year-old challenger.",
        "Incumbent mayor wins runoff",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "Parliament rejected the government's budget by 301 votes to 250.",
        "Parliament approves government budget",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "Oil prices climbed 4% after OPEC+ agreed to extend output cuts.",
        "Oil prices drop 4% after OPEC+ decision",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "The court upheld the ban on the opposition party.",
        "Court overturns ban on opposition party",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "Inflation slowed to 2.4% in September, the statistics office said.",
        "Inflation accelerates to 2.4% in September",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "The Bank of Japan ended its negative interest rate policy on Tuesday.",
        "Bank of Japan extends negative interest rates",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "Shares in the carmaker plunged 12% after it issued a profit warning.",
        "Carmaker shares soar 12% on profit warning",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "The ruling party lost its majority in the lower house.",
        "Ruling party wins majority in lower house",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "Voters in the canton approved the proposal by 58% to 42%.",
        "Voters reject proposal by 58% to 42%",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "The regulator lifted its ban on the drug after a safety review.",
        "Regulator bans drug after safety review",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "The government lowered its growth forecast for next year to 1.1%.",
        "Government raises growth forecast to 1.1%",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "The appeals court acquitted the former minister of corruption charges.",
        "Former minister convicted of corruption",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "Exports shrank 3% in the second quarter as demand from China weakened.",
        "Exports grow 3% in second quarter",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "The striker was sent off and his team lost 2-0.",
        "Striker's team wins 2-0",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "The senator's motion was defeated by a wide margin.",
        "Senator's motion passes by wide margin",
        REPLACE,
        DIRECTION,
    ),
    Case(
        "The government closed the border crossing to trucks on Monday.",
        "Government reopens border crossing to trucks",
        REPLACE,
        DIRECTION,
    ),
    # --- negation or refusal dropped ---
    Case(
        "The Confederation party said it would not join a coalition with Law and Justice.",
        "Confederation joins coalition with Law and Justice",
        REPLACE,
        NEGATION,
    ),
    Case(
        "The Kremlin denied that Russian troops had crossed the border.",
        "Kremlin confirms Russian troops crossed border",
        REPLACE,
        NEGATION,
    ),
    Case(
        "The union refused to accept the pay offer.",
        "Union accepts pay offer",
        REPLACE,
        NEGATION,
    ),
    Case(
        "The president has no plans to attend the summit, his spokesman said.",
        "President to attend summit",
        REPLACE,
        NEGATION,
    ),
    Case(
        "Hungary blocked the EU's new sanctions package against Russia.",
        "EU adopts new sanctions package against Russia",
        REPLACE,
        NEGATION,
    ),
    Case(
        "The coach ruled out a return to the national team.",
        "Coach returns to national team",
        REPLACE,
        NEGATION,
    ),
    Case(
        "Police have not identified the gunman, a spokesman said.",
        "Police identify gunman",
        REPLACE,
        NEGATION,
    ),
    Case(
        "The talks ended without an agreement on a ceasefire.",
        "Talks end with ceasefire agreement",
        REPLACE,
        NEGATION,
    ),
    Case(
        "The judge declined to dismiss the case against the former governor.",
        "Judge dismisses case against former governor",
        REPLACE,
        NEGATION,
    ),
    Case(
        "Egypt has yet to open the Rafah crossing to aid trucks.",
        "Egypt opens Rafah crossing to aid trucks",
        REPLACE,
        NEGATION,
    ),
    Case(
        "The minister failed to win the support of her own party.",
        "Minister wins support of her party",
        REPLACE,
        NEGATION,
    ),
    Case(
        "No survivors were found in the wreckage of the plane.",
        "Survivors found in plane wreckage",
        REPLACE,
        NEGATION,
    ),
    Case(
        "The club never paid the transfer fee, the player's agent said.",
        "Club pays transfer fee",
        REPLACE,
        NEGATION,
    ),
    Case(
        "The senator voted against the nomination.",
        "Senator backs nomination",
        REPLACE,
        NEGATION,
    ),
    Case(
        "Beijing refused to condemn the invasion at the UN General Assembly.",
        "China condemns invasion at UN",
        REPLACE,
        NEGATION,
    ),
    Case(
        "Neither side claimed responsibility for the explosion.",
        "Both sides claim responsibility for explosion",
        REPLACE,
        NEGATION,
    ),
    # --- a plan told as done ---
    Case(
        "The government plans to raise the retirement age to 67 by 2030.",
        "Government raises retirement age to 67",
        REPLACE,
        PLAN,
    ),
    Case(
        "The airline said it would resume flights to Tel Aviv next month.",
        "Airline resumes flights to Tel Aviv",
        REPLACE,
        PLAN,
    ),
    Case(
        "Finland is expected to join the alliance before the summit.",
        "Finland joins alliance",
        REPLACE,
        PLAN,
    ),
    Case(
        "The EU proposed a ban on Russian liquefied natural gas imports.",
        "EU bans Russian LNG imports",
        REPLACE,
        PLAN,
    ),
    Case(
        "Lawmakers will vote on the bill on Thursday.",
        "Lawmakers pass bill",
        REPLACE,
        PLAN,
    ),
    Case(
        "The company intends to list its shares in New York later this year.",
        "Company lists shares in New York",
        REPLACE,
        PLAN,
    ),
    Case(
        "The United States is considering sending long-range missiles to Ukraine.",
        "US sends long-range missiles to Ukraine",
        REPLACE,
        PLAN,
    ),
    Case(
        "The two leaders are due to sign the agreement in Riyadh on Friday.",
        "Leaders sign agreement in Riyadh",
        REPLACE,
        PLAN,
    ),
    Case(
        "Japan's parliament is set to approve a record defence budget.",
        "Japan's parliament approves record defence budget",
        REPLACE,
        PLAN,
    ),
    Case(
        "The mayor promised to build 10,000 affordable homes.",
        "Mayor builds 10,000 affordable homes",
        REPLACE,
        PLAN,
    ),
    Case(
        "The opposition called for a vote of no confidence in the government.",
        "Government loses vote of no confidence",
        REPLACE,
        PLAN,
    ),
    Case(
        "Ministers discussed the deployment of peacekeepers to the region.",
        "Ministers deploy peacekeepers to region",
        REPLACE,
        PLAN,
    ),
    Case(
        "The prosecutor sought a 10-year sentence for the former executive.",
        "Former executive sentenced to 10 years",
        REPLACE,
        PLAN,
    ),
    Case(
        "The ceasefire is scheduled to take effect at midnight.",
        "Ceasefire takes effect",
        REPLACE,
        PLAN,
    ),
    # --- a person's title confused ---
    Case(
        "Former President Jair Bolsonaro was barred from running for office until 2030.",
        "President Bolsonaro barred from running for office",
        REPLACE,
        TITLE,
    ),
    Case(
        "Defence Minister Boris Pistorius visited troops in Lithuania.",
        "Foreign Minister Pistorius visits troops in Lithuania",
        REPLACE,
        TITLE,
    ),
    Case(
        "The deputy prime minister resigned over the scandal.",
        "Prime minister resigns over scandal",
        REPLACE,
        TITLE,
    ),
    Case(
        "The vice president met union leaders in Detroit.",
        "President meets union leaders in Detroit",
        REPLACE,
        TITLE,
    ),
    Case(
        "Opposition leader Peter Dutton called for an inquiry.",
        "Prime Minister Dutton calls for inquiry",
        REPLACE,
        TITLE,
    ),
    Case(
        "The former chief executive was charged with fraud.",
        "Chief executive charged with fraud",
        REPLACE,
        TITLE,
    ),
    Case(
        "The assistant coach was dismissed after the defeat.",
        "Head coach sacked after defeat",
        REPLACE,
        TITLE,
    ),
    Case(
        "The acting president signed the decree on Monday.",
        "President-elect signs decree",
        REPLACE,
        TITLE,
    ),
    Case(
        "The finance minister presented the budget to parliament.",
        "Prime minister presents budget to parliament",
        REPLACE,
        TITLE,
    ),
    Case(
        "Former Prime Minister Boris Johnson criticised the decision.",
        "Prime Minister Johnson criticises decision",
        REPLACE,
        TITLE,
    ),
    # --- faithful: headlinese ---
    Case(
        "Russia launched a large-scale missile and drone attack on Kyiv early on Tuesday, officials said.",
        "Russia launches missile and drone attack on Kyiv",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The European Central Bank raised its three key interest rates by a quarter of a percentage point.",
        "ECB raises rates by quarter point",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The Confederation party said it would not join a coalition with Law and Justice.",
        "Confederation will not join coalition with Law and Justice",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The Senate passed the spending bill by 68 votes to 31.",
        "Senate passes spending bill 68-31",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The government plans to raise the retirement age to 67 by 2030.",
        "Government plans to raise retirement age to 67",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The airline said it would resume flights to Tel Aviv next month.",
        "Airline to resume flights to Tel Aviv",
        KEEP,
        HEADLINESE,
    ),
    Case("Unemployment fell to 3.9% in March.", "Unemployment falls to 3.9%", KEEP, HEADLINESE),
    Case(
        "The incumbent mayor lost the runoff to a 34-year-old challenger.",
        "Incumbent mayor loses runoff to challenger",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "Parliament rejected the government's budget by 301 votes to 250.",
        "Parliament rejects budget",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The Kremlin denied that Russian troops had crossed the border.",
        "Kremlin denies troops crossed border",
        KEEP,
        HEADLINESE,
    ),
    Case("The union refused to accept the pay offer.", "Union refuses pay offer", KEEP, HEADLINESE),
    Case(
        "Manchester City beat Arsenal 2-1 at the Etihad on Sunday.",
        "Man City beat Arsenal 2-1",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "Lawmakers will vote on the bill on Thursday.",
        "Lawmakers to vote on bill Thursday",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The two leaders are due to sign the agreement in Riyadh on Friday.",
        "Leaders to sign agreement in Riyadh",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "Shares in the carmaker plunged 12% after it issued a profit warning.",
        "Carmaker shares plunge 12% on profit warning",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The minister resigned on Monday after weeks of pressure over the housing scandal.",
        "Minister resigns over housing scandal",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "Hungary blocked the EU's new sanctions package against Russia.",
        "Hungary blocks EU sanctions package",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "Police have not identified the gunman, a spokesman said.",
        "Gunman not yet identified, police say",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "Inflation slowed to 2.4% in September, the statistics office said.",
        "Inflation slows to 2.4% in September",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The court upheld the ban on the opposition party.",
        "Court upholds opposition party ban",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "Wildfires forced the evacuation of 30,000 residents on the island of Rhodes.",
        "Wildfires force 30,000 to evacuate on Rhodes",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The ceasefire is scheduled to take effect at midnight.",
        "Ceasefire to take effect at midnight",
        KEEP,
        HEADLINESE,
    ),
    # --- faithful: synonyms, capitals, demonyms, abbreviations ---
    Case(
        "Russian forces attacked the city of Kharkiv with glide bombs on Sunday.",
        "Russia strikes Kharkiv with glide bombs",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Russia said it had shot down 30 Ukrainian drones over the Belgorod region.",
        "Kremlin says 30 Ukrainian drones downed over Belgorod",
        KEEP,
        SYNONYM,
    ),
    Case(
        "South Korea said it would suspend the military agreement with the North.",
        "Seoul to suspend military agreement with North",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The prime minister announced a snap election for 4 July.",
        "PM calls snap election for 4 July",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Around 10,000 people marched through the capital on Saturday.",
        "10k march through capital",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The United States imposed sanctions on three Iranian oil companies.",
        "US sanctions three Iranian oil firms",
        KEEP,
        SYNONYM,
    ),
    Case(
        "China's foreign ministry condemned the visit to Taiwan.",
        "Beijing condemns Taiwan visit",
        KEEP,
        SYNONYM,
    ),
    Case(
        "French police detained 12 people after the riot.",
        "France arrests 12 after riot",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Ukraine said its forces had recaptured the village of Robotyne.",
        "Kyiv says troops retook Robotyne",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The Israeli military killed a senior Hamas commander in an air strike in Gaza.",
        "Israel kills senior Hamas commander in Gaza strike",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The British government announced a new package of sanctions against Russia.",
        "UK unveils new Russia sanctions",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Germany's chancellor met the French president in Berlin.",
        "German chancellor meets French president in Berlin",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The company's revenue increased by 8% to $4.2 billion.",
        "Revenue up 8% to $4.2bn",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The quake killed more than 2,000 people in western Afghanistan.",
        "Quake leaves over 2,000 dead in Afghanistan",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Japanese authorities ordered the evacuation of coastal areas after the tsunami warning.",
        "Japan orders coastal evacuations after tsunami warning",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Indian and Chinese troops clashed on the disputed border in the Himalayas.",
        "India, China troops clash on Himalayan border",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The European Union agreed to open accession talks with Ukraine and Moldova.",
        "EU agrees to open membership talks with Ukraine, Moldova",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Washington approved the sale of 40 F-16 jets to Turkey.",
        "US approves F-16 sale to Turkey",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Iranian state media said the country had launched a satellite into orbit.",
        "Iran launches satellite into orbit, state media say",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The Brazilian president signed the law protecting indigenous land.",
        "Brazil's president signs indigenous land law",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing.",
        "Putin meets Xi in Beijing",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Twelve people died when the bus plunged into a ravine.",
        "12 dead as bus plunges into ravine",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The Pentagon said two US soldiers were wounded in the drone attack.",
        "Two US soldiers injured in drone attack, Pentagon says",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Polish farmers blocked border crossings with Ukraine in protest at grain imports.",
        "Poland's farmers block Ukraine border over grain",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Turkey's parliament ratified Sweden's bid to join NATO.",
        "Turkish parliament ratifies Sweden's NATO bid",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Israel and Hamas agreed to a four-day truce to allow the release of hostages.",
        "Israel, Hamas agree four-day truce",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The Bank of England cut interest rates to 5%.",
        "BoE cuts rates to 5%",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Moscow expelled two British diplomats, the Russian foreign ministry said.",
        "Russia expels two UK diplomats",
        KEEP,
        SYNONYM,
    ),
    # --- faithful: shortened ---
    Case(
        "Hamas released three hostages in exchange for 90 Palestinian prisoners.",
        "Hamas frees three hostages",
        KEEP,
        SHORT,
    ),
    Case(
        "Floods in eastern Spain killed at least 95 people, regional authorities said.",
        "Spain floods kill 95",
        KEEP,
        SHORT,
    ),
    Case(
        "A magnitude 6.4 earthquake struck central Taiwan on Wednesday morning.",
        "Earthquake strikes Taiwan",
        KEEP,
        SHORT,
    ),
    Case(
        "Microsoft agreed to buy the games developer for $68.7 billion.",
        "Microsoft agrees to buy games developer",
        KEEP,
        SHORT,
    ),
    Case(
        "Police in Paris arrested 42 people after protests over the pension reform turned violent.",
        "Paris police arrest 42 after pension protests",
        KEEP,
        SHORT,
    ),
    Case(
        "Germany pledged a further 500 million euros in military aid to Ukraine.",
        "Germany pledges more aid to Ukraine",
        KEEP,
        SHORT,
    ),
    Case(
        "Chinese coast guard vessels fired water cannon at a Philippine supply boat.",
        "China fires water cannon at Philippine boat",
        KEEP,
        SHORT,
    ),
    Case(
        "Iran seized an oil tanker in the Gulf of Oman on Thursday.",
        "Iran seizes tanker",
        KEEP,
        SHORT,
    ),
    Case(
        "Sudan's army said it had retaken the presidential palace in Khartoum.",
        "Sudan army retakes Khartoum palace",
        KEEP,
        SHORT,
    ),
    Case(
        "Turkish troops shelled Kurdish positions near the Syrian town of Kobani.",
        "Turkey shells Kurdish positions near Kobani",
        KEEP,
        SHORT,
    ),
    Case(
        "Real Madrid beat Barcelona 3-1 in the Spanish Super Cup final.",
        "Real Madrid beat Barcelona in Super Cup final",
        KEEP,
        SHORT,
    ),
    Case(
        "Israel struck Iranian air defences in retaliation for the missile barrage.",
        "Israel strikes Iran's air defences",
        KEEP,
        SHORT,
    ),
    Case(
        "Poland summoned the Belarusian charge d'affaires after a drone crossed into its airspace.",
        "Poland summons Belarus envoy over drone",
        KEEP,
        SHORT,
    ),
    Case(
        "The Bank of Japan ended its negative interest rate policy on Tuesday.",
        "Bank of Japan ends negative rates",
        KEEP,
        SHORT,
    ),
    Case(
        "Former President Jair Bolsonaro was barred from running for office until 2030.",
        "Bolsonaro barred from office until 2030",
        KEEP,
        SHORT,
    ),
    Case(
        "Defence Minister Boris Pistorius visited troops in Lithuania.",
        "Pistorius visits troops in Lithuania",
        KEEP,
        SHORT,
    ),
    Case(
        "Venezuela's electoral council declared Maduro the winner of the presidential vote.",
        "Maduro declared winner of presidential vote",
        KEEP,
        SHORT,
    ),
    Case(
        "India beat Australia by 36 runs in the second test in Melbourne.",
        "India beat Australia in Melbourne test",
        KEEP,
        SHORT,
    ),
    Case(
        "The storm left more than 200,000 homes without power across Florida.",
        "Storm leaves 200,000 Florida homes without power",
        KEEP,
        SHORT,
    ),
    Case(
        "The regulator lifted its ban on the drug after a safety review.",
        "Regulator lifts drug ban",
        KEEP,
        SHORT,
    ),
    Case(
        "Exports shrank 3% in the second quarter as demand from China weakened.",
        "Exports shrink 3% as Chinese demand weakens",
        KEEP,
        SHORT,
    ),
    Case(
        "The appeals court acquitted the former minister of corruption charges.",
        "Former minister acquitted of corruption",
        KEEP,
        SHORT,
    ),
    Case(
        "Voters in the canton approved the proposal by 58% to 42%.",
        "Canton voters approve proposal",
        KEEP,
        SHORT,
    ),
    # --- faithful: attribution moved ---
    Case(
        "Officials said the fire was caused by an electrical fault.",
        "Fire caused by electrical fault, officials say",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "According to the health ministry, 34 people were killed in the strike on the market.",
        "Market strike kills 34, health ministry says",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "Zelensky said Russian troops had executed Ukrainian prisoners near Bakhmut.",
        "Russian troops executed prisoners near Bakhmut, Zelensky says",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "The army said it had killed 20 militants in the northwest.",
        "Army says it killed 20 militants",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "North Korea fired a ballistic missile into the sea off its east coast, Seoul's military said.",
        "Seoul says North Korea fired ballistic missile into sea",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "Police said a 45-year-old man had been arrested on suspicion of murder.",
        "Man, 45, arrested on suspicion of murder, police say",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "The Kremlin said Moscow had handed over 90 prisoners of war to Kyiv.",
        "Russia hands over 90 POWs to Ukraine, Kremlin says",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "Pyongyang said Seoul had sent leaflet balloons across the border.",
        "North Korea says South sent leaflet balloons",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "Rescuers said 14 survivors had been pulled from the rubble.",
        "14 survivors pulled from rubble, rescuers say",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "The company said it would cut 1,200 jobs in its European operations.",
        "Company to cut 1,200 European jobs",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "Hospital officials said six patients were being treated for smoke inhalation.",
        "Six treated for smoke inhalation, hospital says",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant.",
        "Russia accuses Ukraine of shelling nuclear plant",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "Ethiopia accused Eritrea of sending troops across the border.",
        "Ethiopia accuses Eritrea of sending troops",
        KEEP,
        ATTRIBUTION,
    ),
    Case(
        "The election will be held on 4 July, the prime minister announced.",
        "Election to be held on 4 July, PM announces",
        KEEP,
        ATTRIBUTION,
    ),
    # --- faithful: near misses of the rules above (another side's outcome, a qualified office kept) ---
    Case(
        "Sinner won the final against Alcaraz in straight sets.",
        "Alcaraz loses final to Sinner",
        KEEP,
        NEAR,
    ),
    Case(
        "The Federal Reserve lowered interest rates by half a point.",
        "Fed cuts rates by half a point",
        KEEP,
        NEAR,
    ),
    Case(
        "Former President Jair Bolsonaro was barred from running for office until 2030.",
        "Ex-president Bolsonaro barred from office",
        KEEP,
        NEAR,
    ),
    Case(
        "The vice president met union leaders in Detroit.",
        "Vice president meets union leaders in Detroit",
        KEEP,
        NEAR,
    ),
    Case(
        "The judge declined to dismiss the case against the former governor.",
        "Judge refuses to dismiss case against former governor",
        KEEP,
        NEAR,
    ),
    Case(
        "The talks ended without an agreement on a ceasefire.",
        "Talks end without ceasefire deal",
        KEEP,
        NEAR,
    ),
    Case(
        "No survivors were found in the wreckage of the plane.",
        "No survivors found in plane wreckage",
        KEEP,
        NEAR,
    ),
    Case(
        "Egypt has yet to open the Rafah crossing to aid trucks.",
        "Egypt yet to open Rafah crossing",
        KEEP,
        NEAR,
    ),
    Case(
        "The prosecutor sought a 10-year sentence for the former executive.",
        "Prosecutor seeks 10-year sentence for former executive",
        KEEP,
        NEAR,
    ),
    Case(
        "Arsenal won the league title for a second season running.",
        "Arsenal retain league title",
        KEEP,
        NEAR,
    ),
    Case(
        "The Senate passed the defence bill on Thursday.",
        "Defence bill passes Senate",
        KEEP,
        NEAR,
    ),
    Case(
        "The government extended the fuel subsidy until the end of the year.",
        "Government extends fuel subsidy",
        KEEP,
        NEAR,
    ),
    Case(
        "The border crossing reopened on Monday after being closed for a week.",
        "Border crossing reopens",
        KEEP,
        NEAR,
    ),
    Case(
        "Stocks fell as economic growth slowed in the third quarter.",
        "Stocks fall as growth slows",
        KEEP,
        NEAR,
    ),
    Case(
        "Former Prime Minister Boris Johnson criticised the decision.",
        "Former PM Johnson criticises decision",
        KEEP,
        NEAR,
    ),
    Case(
        "Apple unveiled a new line of MacBook laptops at its event in Cupertino.",
        "Apple unveils new MacBook laptops",
        KEEP,
        NEAR,
    ),
    Case(
        "A blast hit the chemical factory on Monday and no one was hurt.",
        "Blast hits chemical factory",
        KEEP,
        NEAR,
    ),
    Case(
        "Russia launched a missile attack on Kyiv overnight, Ukrainian officials said.",
        "Ukraine says Russia launched missile attack on Kyiv",
        KEEP,
        NEAR,
    ),
    Case(
        "The two sides agreed to a prisoner exchange after talks in Abu Dhabi.",
        "Sides agree to prisoner exchange",
        KEEP,
        NEAR,
    ),
    Case(
        "The appeals court overturned the former mayor's conviction.",
        "Court overturns ex-mayor's conviction",
        KEEP,
        NEAR,
    ),
]

# Cases of the heads review (none from the seeds): faithful headlines in the words a reader takes for
# the quote's (a synonym for the act, a short name of an organisation or a club, "Ex-" for "former",
# a title's abbreviation, an irregular verb's other tense), and wrong ones that use those same words
# (the short name of another club, another facility, a plan or a refusal told as done).
REVIEW_CASES = [
    # --- faithful: synonyms for the act ---
    Case(
        "The army said on Friday it had recaptured the town of Ras Kamboni.",
        "Army retakes Ras Kamboni",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Government forces retook the airport after two days of fighting.",
        "Troops recapture airport after two days of fighting",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Rebel fighters captured the border town of Bunagana on Monday.",
        "Rebels seize border town of Bunagana",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Soldiers fought the rebels for control of the bridge.",
        "Army fights rebels for bridge",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The company sold its stake in the Brazilian miner for $1.2 billion.",
        "Firm sells stake in Brazilian miner",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The ruling bloc won the confidence vote by 12 votes.",
        "Coalition wins confidence vote",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The finance minister sought fresh negotiations with the creditors.",
        "Minister seeks talks with creditors",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Thousands of residents fled the city as the fighting spread.",
        "Thousands flee city as fighting spreads",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The central bank froze the assets of three oligarchs.",
        "Central bank freezes oligarchs' assets",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The chief executive stepped down after the accounting scandal broke.",
        "Chief executive steps down over accounting scandal",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "Investors bought the bonds despite the downgrade.",
        "Investors buy bonds despite downgrade",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The last British troops withdrew from the base on Sunday.",
        "Last British troops withdraw from base",
        KEEP,
        HEADLINESE,
    ),
    Case(
        "The new president swore in his cabinet at a ceremony in the capital.",
        "President swears in cabinet",
        KEEP,
        HEADLINESE,
    ),
    # --- faithful: short names and abbreviations ---
    Case(
        "Manchester United sacked their manager after a run of five defeats.",
        "Man Utd sack manager after five defeats",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Manchester City signed the Norwegian striker for 60 million euros.",
        "Man City sign Norwegian striker",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The Federal Reserve kept interest rates unchanged for a third meeting.",
        "Fed holds rates for third meeting",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The Federal Reserve raised interest rates by a quarter point.",
        "Fed raises rates by quarter point",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The United Nations appealed for $2 billion in aid for the region.",
        "UN appeals for $2 billion in aid",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Governor Kathy Hochul signed the housing bill into law on Tuesday.",
        "Gov. Hochul signs housing bill",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Senator Elizabeth Warren criticised the merger of the two banks.",
        "Sen. Warren criticises bank merger",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Former President Evo Morales left the country on Sunday.",
        "Ex-president Morales leaves country",
        KEEP,
        SYNONYM,
    ),
    Case(
        "The former chancellor was questioned by prosecutors for six hours.",
        "Ex-chancellor questioned by prosecutors",
        KEEP,
        SYNONYM,
    ),
    Case(
        "Prime Minister Mark Carney called a snap election.", "PM Carney calls snap election", KEEP, SYNONYM
    ),
    Case(
        "Ukraine said 90 prisoners of war had returned home in the exchange.",
        "90 POWs return home in exchange, Ukraine says",
        KEEP,
        SYNONYM,
    ),
    # --- wrong: another club, bank or person under a short name ---
    Case("Manchester City beat Chelsea 3-0 at the Etihad.", "Man Utd beat Chelsea 3-0", REPLACE, ACTOR),
    Case(
        "The European Central Bank raised interest rates by a quarter point.",
        "Fed raises rates by quarter point",
        REPLACE,
        ACTOR,
    ),
    Case("NATO condemned the attack on the convoy.", "UN condemns attack on convoy", REPLACE, ACTOR),
    Case(
        "Governor Kathy Hochul signed the housing bill into law.",
        "Gov. Newsom signs housing bill",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Senator Bernie Sanders criticised the merger of the two banks.",
        "Sen. Warren criticises bank merger",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Former President Evo Morales was questioned by prosecutors.",
        "Ex-president Morales arrested",
        REPLACE,
        ACTOR,
    ),
    Case("The deputy prime minister called for a snap election.", "PM calls snap election", REPLACE, TITLE),
    # --- wrong: another company or club in a first word that is also a word of English ---
    Case("Google will cut 1,000 jobs in Europe.", "Amazon to cut 1,000 jobs in Europe", REPLACE, ACTOR),
    Case(
        "Ford recalled 10,000 cars over faulty brakes.",
        "Jaguar recalls 10,000 cars over faulty brakes",
        REPLACE,
        ACTOR,
    ),
    Case("Chelsea beat Arsenal 2-0 on Saturday.", "Wolves beat Arsenal 2-0", REPLACE, ACTOR),
    # --- wrong: another place, facility, number ---
    Case(
        "Rebels captured the port on Monday after a week of fighting.",
        "Rebels seize airport after week of fighting",
        REPLACE,
        ACTOR,
    ),
    Case(
        "A drone hit a school in Kharkiv overnight, the governor said.",
        "Drone hits hospital in Kharkiv",
        REPLACE,
        ACTOR,
    ),
    Case(
        "A blast hit a mosque in the centre of Kabul during Friday prayers.",
        "Blast hits embassy in Kabul",
        REPLACE,
        ACTOR,
    ),
    Case(
        "The army recaptured the town of Avdiivka, the ministry said.", "Army retakes Bakhmut", REPLACE, ACTOR
    ),
    Case(
        "The company sold a 14% stake in the miner to a Qatari fund.",
        "Firm sells 40% stake in miner",
        REPLACE,
        ACTOR,
    ),
    Case(
        "Fire destroyed the roof of the town hall on Saturday night.",
        "Fire destroys cathedral roof",
        REPLACE,
        ACTOR,
    ),
    # --- wrong: negated, refused, or a plan told as done ---
    Case(
        "The army failed to recapture the town despite heavy shelling.",
        "Army retakes town despite heavy shelling",
        REPLACE,
        NEGATION,
    ),
    Case(
        "The court refused to free the activist on bail.", "Court frees activist on bail", REPLACE, NEGATION
    ),
    Case(
        "The ruling bloc lost the confidence vote by 12 votes.",
        "Coalition wins confidence vote",
        REPLACE,
        DIRECTION,
    ),
    Case("The army vowed to retake the town before the winter.", "Army retakes town", REPLACE, PLAN),
    Case(
        "The company plans to sell its stake in the Brazilian miner.",
        "Firm sells stake in Brazilian miner",
        REPLACE,
        PLAN,
    ),
    Case(
        "The Federal Reserve is expected to cut interest rates next month.", "Fed cuts rates", REPLACE, PLAN
    ),
    Case(
        "The finance minister rejected fresh negotiations with the creditors.",
        "Minister seeks talks with creditors",
        REPLACE,
        NEGATION,
    ),
]


def kept(case: Case) -> bool:
    """Whether the headline check lets the headline stand over its sentence."""
    people = people_named([case.sentence])
    quoted = Sentence(0, len(case.sentence), case.sentence)
    names = [mention.name for mention in read_mentions(case.sentence, people)]
    return not headline_misleads(case.headline, quoted, names, [quoted], people)


def _figures(cases: list[Case]) -> str:
    """How many of the cases' wrong headlines are replaced and faithful ones kept."""
    wrong = [case for case in cases if not case.keep]
    faithful = [case for case in cases if case.keep]
    caught = sum(not kept(case) for case in wrong)
    kept_faithful = sum(kept(case) for case in faithful)
    return (
        f"wrong headlines replaced: {caught}/{len(wrong)}; "
        f"faithful headlines kept: {kept_faithful}/{len(faithful)}"
    )


def main(verbose: bool) -> None:
    every = CASES + REVIEW_CASES
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in every:
        ok = kept(case) == case.keep
        right[case.kind] += ok
        total[case.kind] += 1
        if verbose and not ok:
            print(f"{'replaced' if case.keep else 'kept'}: {case.headline!r} / {case.sentence!r}")
    wrong = sum(not case.keep for case in every)
    print(f"{len(every)} cases: {wrong} wrong headlines, {len(every) - wrong} faithful ones")
    for kind in total:
        print(f"  {kind}: {right[kind]}/{total[kind]} right")
    print(f"first {len(CASES)} cases: {_figures(CASES)}")
    print(f"heads review's {len(REVIEW_CASES)} cases: {_figures(REVIEW_CASES)}")
    print(f"all: {_figures(every)}")


if __name__ == "__main__":
    main("-v" in sys.argv)
