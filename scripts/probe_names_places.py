"""A second probe of actors, headline checks, spellings and places, on cases the first probe
(scripts/probe_actors_headlines.py) did not have: opening words that are names and words of English at
once (brands, surnames, countries), plural nouns the word list lacks, transliterations of two different
people or places, places that stand for a body ("Downing Street", "Hollywood", a capital), and one
event whose reports name a city and its region, or two spellings of one city.

Each case says what is right; run it on any revision (`PYTHONPATH=<tree> python
scripts/probe_names_places.py [-v]`) to count the cases it gets right, and with -v the wrong ones.
Only functions every revision since 4a9e1a5 has are used, so one revision can be compared with another.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

# the probes' shared case and judging of actors, beside this one (a script's own folder is on the path)
from _probe_actors import Case as Actors
from _probe_actors import right as actors_right

from timeline.actors import actor_key, event_actors, people_named, read_mentions
from timeline.grounding import GroundedEvent
from timeline.headlines import headline_misleads
from timeline.merge import merge, one_spelling_per_actor
from timeline.models import EventDate, EventKind, Precision
from timeline.sentences import Sentence


class Headline(NamedTuple):
    sentence: str
    headline: str
    keep: bool


class Spellings(NamedTuple):
    one: str
    other: str
    same: bool  # whether the two are one actor


class Reports(NamedTuple):
    one: str
    other: str
    same: bool  # whether the two sentences, of one day in two documents, report one event


KEEP, REPLACE = True, False
SAME, APART = True, False

ACTORS = [
    # --- brands and names that are words of English, opening before a comma (an appositive) ---
    Actors("Apple, the world's most valuable company, said it would cut prices.", ["Apple"]),
    Actors("Amazon, which employs 1.5 million people, announced 14,000 job cuts.", ["Amazon"]),
    Actors("Shell, Europe's largest oil company, said profits fell 20%.", ["Shell", "Europe"]),
    Actors("Meta, which owns Facebook, said it would end fact-checking.", ["Meta", "Facebook"]),
    Actors("Visa, the card network, said it had blocked $40 billion in fraud.", ["Visa"]),
    Actors("Trump, speaking at a rally in Ohio, said tariffs would rise.", ["Trump"]),
    Actors("Musk, the world's richest man, said he would leave the post.", ["Musk"]),
    Actors("Tusk, Poland's prime minister, said the border would stay closed.", ["Tusk", "Poland"]),
    Actors(
        "Chad, a key Western ally in the Sahel, ended its defence pact with France.",
        ["Chad", "the West", "France"],
    ),
    Actors("Guinea, which holds vast bauxite reserves, suspended exports.", ["Guinea"]),
    Actors("Bush, in his first interview in years, criticised the war.", ["Bush"]),
    Actors("Ford, the carmaker, recalled 200,000 pickups on Tuesday.", ["Ford"]),
    Actors("Swift, whose tour broke records, endorsed Harris.", ["Swift", "Harris"]),
    Actors("Truss, who lasted 49 days in office, said she had no regrets.", ["Truss"]),
    Actors("Cook, Apple's chief executive, met Chinese officials in Beijing.", ["Cook", "Apple", "China"]),
    Actors("Apple, Google and Meta said they would appeal.", ["Apple", "Google", "Meta"]),
    Actors("Sinwar, Hamas's leader in Gaza, was killed in October.", ["Sinwar", "Hamas"]),
    # the same words that are no names: an adverb or an adjective before the comma
    Actors("Separately, Ukraine said it had downed 40 drones.", ["Ukraine"]),
    Actors("Still, the talks went on into the night.", []),
    Actors("Overall, exports fell 3% in October.", []),
    Actors("Meanwhile, Israel struck targets in Lebanon.", ["Israel", "Lebanon"]),
    Actors("Instead, the ministry said the money would go to defence.", []),
    # --- brands and names that are words of English, opening before a verb ---
    Actors("Apple said it would open its first store in India.", ["Apple", "India"]),
    Actors("Shell announced a $2 billion buyback.", ["Shell"]),
    Actors("Trump said he would impose tariffs on Canada.", ["Trump", "Canada"]),
    Actors("Cook said Apple would invest $500 billion.", ["Cook", "Apple"]),
    # --- names that are no words of English, opening before a verb ---
    Actors("Boeing said it would cut 10% of its workforce.", ["Boeing"]),
    Actors("Nvidia reported record revenue on Wednesday.", ["Nvidia"]),
    Actors("Gazprom halted gas supplies to Austria.", ["Gazprom", "Austria"]),
    Actors("Wagner said it had withdrawn its fighters from Bakhmut.", ["Wagner", "Bakhmut"]),
    Actors("Peshmerga forces said they had repelled the attack.", ["Peshmerga"]),
    Actors("Houthis claimed the attack on the tanker.", ["Houthis"]),
    Actors("Taliban officials said the ban would stay.", ["Taliban"]),
    Actors("Starmer said Britain would send more troops.", ["Starmer", "United Kingdom"]),
    Actors("Rubio told reporters the talks were productive.", ["Rubio"]),
    Actors("Hegseth ordered a review of the programme.", ["Hegseth"]),
    Actors("Syrskyi said Russian troops had been pushed back.", ["Syrskyi", "Russia"]),
    Actors("Zaluzhnyi was dismissed by Zelensky in February.", ["Zaluzhnyi", "Zelensky"]),
    Actors("Kharkiv was struck by Russian missiles overnight.", ["Kharkiv", "Russia"]),
    Actors("Navalny's mother said she had seen his body.", ["Navalny"]),
    Actors("Sinwar said the hostages would not be freed.", ["Sinwar"]),
    Actors("Gabbard said the report was accurate.", ["Gabbard"]),
    Actors("Microsoft said it would invest $80 billion.", ["Microsoft"]),
    Actors("Starbucks said sales fell in China.", ["Starbucks", "China"]),
    # --- plural nouns and common words the word list lacks, opening before a verb: no one ---
    Actors("Peacekeepers said two of their positions were hit.", []),
    Actors("Chipmakers warned of a shortage of memory chips.", []),
    Actors("Automakers said the tariffs would raise prices.", []),
    Actors("Policymakers agreed to hold rates at 4%.", []),
    Actors("Bondholders rejected the restructuring offer.", []),
    Actors("Stakeholders called for a pause in the rollout.", []),
    Actors("Airstrikes hit the outskirts of the city overnight.", []),
    Actors("Cyberattacks hit three hospitals in March.", []),
    Actors("Shipowners said they would avoid the Red Sea.", ["Red Sea"]),
    Actors("Dockworkers vowed to strike again in January.", []),
    Actors("Lockdowns cut economic output by a fifth.", []),
    Actors("Floodwaters cut off 20 villages.", []),
    Actors("Heatwaves killed thousands across Europe.", ["Europe"]),
    Actors("Influencers were paid by the campaign to post videos.", []),
    Actors("Deportees said they had been held for weeks.", []),
    Actors("Covid was declared a pandemic by the WHO in March 2020.", ["WHO"]),
    Actors("Ransomware was deployed by the hackers on Friday.", []),
    Actors("Brexit cut trade with the EU by 15%.", ["European Union"]),
]

HEADLINES = [
    # a headline's first word, now read as a name by its shape or by its quote's names
    Headline(
        "UN peacekeepers said two of their positions were hit by Israeli fire.",
        "Peacekeepers say positions hit by Israeli fire",
        KEEP,
    ),
    Headline(
        "Asian chipmakers warned of a shortage of memory chips.",
        "Chipmakers warn of memory chip shortage",
        KEEP,
    ),
    Headline(
        "U.S. automakers said the tariffs would raise prices.",
        "Automakers say tariffs will raise prices",
        KEEP,
    ),
    Headline(
        "Ukrainian sea drones struck a Russian landing ship in the Black Sea, Kyiv said.",
        "Sea drones strike Russian landing ship",
        KEEP,
    ),
    Headline(
        "A Ukrainian drone hit a refinery in the Krasnodar Region on Monday.",
        "Region's refinery hit by Ukrainian drone",
        KEEP,
    ),
    Headline(
        "Trump lost his bid to end the case at the Supreme Court on Friday.",
        "Court rejects Trump's bid to end case",
        REPLACE,
    ),
    Headline(
        "Hurricane Milton made landfall in Florida on Wednesday.", "Milton makes landfall in Florida", KEEP
    ),
    Headline("Netanyahu said Israel would keep fighting.", "Gallant says Israel will keep fighting", REPLACE),
    Headline(
        "Sikorski said Poland would buy 96 Apache helicopters.",
        "Sikorsky says Poland will buy Apaches",
        REPLACE,
    ),
    Headline("Radoslaw Sikorski met Blinken in Warsaw.", "Sikorsky meets Blinken in Warsaw", REPLACE),
    Headline(
        "Dmitry Peskov said the Kremlin would respond.", "Dmitri Peskov says Kremlin will respond", KEEP
    ),
    Headline("Yury Ushakov said the talks were useful.", "Yuri Ushakov says talks were useful", KEEP),
    Headline(
        "Vitali Klitschko said the capital was under attack.",
        "Vitaliy Klitschko says capital under attack",
        KEEP,
    ),
    # "cannot" and raise/cut
    Headline(
        "Zelensky said Ukraine cannot win without US aid.",
        "Zelensky says Ukraine can win without US aid",
        REPLACE,
    ),
    Headline(
        "Zelensky said Ukraine cannot win without US aid.",
        "Zelensky: Ukraine cannot win without US aid",
        KEEP,
    ),
    Headline(
        "The court said the law cannot take effect until July.",
        "Court says law cannot take effect until July",
        KEEP,
    ),
    Headline(
        "The government cut fuel subsidies, pushing prices up.",
        "Government cut raises fuel prices",
        KEEP,
    ),
    Headline("The ECB cut rates but raised its inflation forecast.", "ECB raises inflation forecast", KEEP),
    Headline("The ECB cut rates by a quarter point.", "ECB raises rates by a quarter point", REPLACE),
    Headline("Kenya's parliament slashed the proposed tax rise.", "Kenya parliament hikes tax", REPLACE),
    Headline("The storm cut power to 300,000 homes.", "Storm cuts power to 300,000 homes", KEEP),
    # brands opening both quote and headline
    Headline(
        "Apple, the world's most valuable company, cut prices in China.", "Apple cuts prices in China", KEEP
    ),
    Headline("Shell said profits fell 20% in the third quarter.", "Shell profits fall 20%", KEEP),
    Headline("Amazon was fined by the EU for breaking competition rules.", "Amazon fines EU", REPLACE),
    Headline("Amazon was fined by the EU for breaking competition rules.", "EU fines Amazon", KEEP),
]

SPELLINGS = [
    # one person or place, transliterated two ways
    Spellings("Dmitry Peskov", "Dmitrii Peskov", SAME),
    Spellings("Dmitry Peskov", "Dmitri Peskov", SAME),
    Spellings("Alexei Navalny", "Alexey Navalny", SAME),
    Spellings("Sergei Lavrov", "Sergey Lavrov", SAME),
    Spellings("Yury Ushakov", "Yuri Ushakov", SAME),
    Spellings("Vitaliy Klitschko", "Vitali Klitschko", SAME),
    Spellings("Oleksiy Reznikov", "Oleksii Reznikov", SAME),
    Spellings("Oleksandr Syrskyi", "Oleksandr Syrsky", SAME),
    Spellings("Nikolai Patrushev", "Nikolay Patrushev", SAME),
    Spellings("Mariupol", "Mariupol'", SAME),
    Spellings("Kharkiv", "Kharkov", SAME),
    Spellings("Odesa", "Odessa", SAME),
    Spellings("Zaporizhzhia", "Zaporizhia", SAME),
    # two people or places an ending tells apart
    Spellings("Sikorski", "Sikorsky", APART),  # Poland's foreign minister, the helicopter maker
    Spellings("Lewandowski", "Lewandowsky", APART),  # the footballer, the psychologist
    Spellings("Kaminski", "Kaminsky", APART),
    Spellings("Zelenska", "Zelensky", APART),
    Spellings("Karolyi", "Karoly", APART),  # Bela Karolyi; Karoly (a given name)
    Spellings("Pompei", "Pompey", APART),  # the Italian spelling of Pompeii; the Roman general
    Spellings("Wang Yi", "Wang Y", APART),
]

REPORTS = [
    # one event, its place named two ways
    Reports(
        "Russian missiles struck Kharkiv on Tuesday, killing three people.",
        "Russian missiles struck the Kharkiv Region on Tuesday, killing three people.",
        SAME,
    ),
    Reports(
        "Ukrainian drones hit Kursk on Sunday, damaging an oil depot.",
        "Ukrainian drones hit the Kursk Oblast on Sunday, damaging an oil depot.",
        SAME,
    ),
    Reports(
        "Russian drones struck Odesa overnight, damaging port infrastructure.",
        "Russian drones struck Odessa overnight, damaging port infrastructure.",
        SAME,
    ),
    Reports(
        "Russian shelling of Zaporizhzhia killed two civilians on Friday.",
        "Russian shelling of Zaporozhye killed two civilians on Friday.",
        SAME,
    ),
    Reports(
        "Russian missiles struck Dnipro on Friday, killing 11 people and injuring dozens.",
        "Russian missiles struck Dnipropetrovsk on Friday, killing 11 people and injuring dozens.",
        SAME,
    ),
    Reports(
        "An Israeli strike hit Rafah's Tal al-Sultan area on Sunday, killing 45 people in a tent camp.",
        "An Israeli strike hit a Rafah tent camp on Sunday, killing 45 people.",
        SAME,
    ),
    # one event, sources a lone surname, an outlet or a capital names
    Reports(
        "A Russian missile killed three people in Kharkiv on Tuesday, Syniehubov said.",
        "A Russian missile killed three people in Kharkiv on Tuesday, Terekhov said.",
        SAME,
    ),
    Reports(
        "North Korea fired a ballistic missile off its east coast on Thursday, Yonhap reported.",
        "North Korea fired a ballistic missile off its east coast on Thursday, Reuters reported.",
        SAME,
    ),
    Reports(
        "Tehran launched more than 300 drones and missiles at Israel on Saturday night.",
        "Iran launched more than 300 drones and missiles at Israel on Saturday night, targeting Nevatim.",
        SAME,
    ),
    Reports(
        "Downing Street said the prime minister would travel to Washington on Thursday.",
        "Whitehall said the prime minister would travel to Washington on Thursday.",
        SAME,
    ),
    Reports(
        "Hollywood actors joined writers on picket lines on Friday after talks with the studios collapsed.",
        "Actors joined writers on picket lines on Friday after talks with Disney and Netflix collapsed.",
        SAME,
    ),
    Reports(
        "Gazprom said it had halted gas supplies to Austria on Saturday.",
        "Gazprom halted gas supplies to Austria on Saturday, OMV said.",
        SAME,
    ),
    Reports(
        "An Israeli strike on Nuseirat killed 20 people on Saturday, medics said.",
        "An Israeli strike on central Gaza killed 20 people on Saturday, medics said.",
        SAME,
    ),
    Reports(
        "Wall Street fell sharply on Friday after a weak jobs report.",
        "U.S. stocks fell sharply on Friday after a weak jobs report, with the Nasdaq down 2%.",
        SAME,
    ),
    Reports(
        "Russian missiles struck Pokrovsk on Monday, killing four people.",
        "Russian missiles struck Myrnohrad, next to Pokrovsk, on Monday, killing four people.",
        SAME,
    ),
    # two events of one day, worded alike
    Reports(
        "Russian missiles struck Kharkiv on Tuesday, killing three people.",
        "Russian missiles struck Zaporizhzhia on Tuesday, killing three people.",
        APART,
    ),
    Reports(
        "Ukrainian drones hit an oil depot in Bryansk on Sunday.",
        "Ukrainian drones hit an oil depot in Kursk on Sunday.",
        APART,
    ),
    Reports(
        "Israeli strikes on Khan Younis killed 20 people on Monday.",
        "Israeli strikes on Jabalia killed 20 people on Monday.",
        APART,
    ),
    Reports(
        "Sikorski said Poland would buy 96 Apache helicopters on Monday.",
        "Sikorsky said it would deliver 96 Black Hawk helicopters to Poland on Monday.",
        APART,
    ),
]

_DAY = "2024-10-15"


def _report(document: str, text: str) -> GroundedEvent:
    return GroundedEvent(
        document=document,
        sentence=Sentence(0, len(text), text),
        title=text,
        kind=EventKind.happened,
        date=EventDate(value=_DAY, precision=Precision.day),
        actors=event_actors(read_mentions(text)),  # as grounding reads them
        aligned=False,
    )


def headline_right(case: Headline) -> tuple[bool, str]:
    people = people_named([case.sentence])
    quoted = Sentence(0, len(case.sentence), case.sentence)
    names = [mention.name for mention in read_mentions(case.sentence, people)]
    kept = not headline_misleads(case.headline, quoted, names, [quoted], people)
    return (
        kept == case.keep,
        f"headline {'kept' if kept else 'replaced'}: {case.headline!r} / {case.sentence!r}",
    )


def spellings_right(case: Spellings) -> tuple[bool, str]:
    same = actor_key(case.one) == actor_key(case.other)
    shown = {actor for event in one_spelling_per_actor([_report("a", case.one), _report("b", case.other)])
             for actor in event.actors}  # fmt: skip
    return (
        same == case.same,
        f"{'one' if same else 'two'} actors: {case.one!r} / {case.other!r} -> {sorted(shown)}",
    )


def reports_right(case: Reports) -> tuple[bool, str]:
    entries = merge([_report("a.txt", case.one), _report("b.txt", case.other)])
    same = len(entries) == 1
    return same == case.same, f"{'one entry' if same else 'two entries'}: {case.one!r} / {case.other!r}"


def main(verbose: bool) -> None:
    # Each group's cases are judged by its own function: judged here, the table stays typed.
    groups: tuple[tuple[str, list[tuple[bool, str]]], ...] = (
        ("actors", [actors_right(case) for case in ACTORS]),
        ("headlines", [headline_right(case) for case in HEADLINES]),
        ("spellings", [spellings_right(case) for case in SPELLINGS]),
        ("reports", [reports_right(case) for case in REPORTS]),
    )
    total = right = 0
    for name, results in groups:
        good = sum(ok for ok, _ in results)
        print(f"{name}: {good}/{len(results)} right")
        total, right = total + len(results), right + good
        for index, (ok, said) in enumerate(results):
            if verbose and not ok:
                print(f"  [{name} {index}] {said}")
    print(f"all: {right}/{total} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
